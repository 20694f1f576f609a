"""Resolution: which document each citation names (:mod:`.resolver`, against the
:mod:`.catalog` of known documents and the :mod:`.places` of articles and bodies), and what
documents do to each other (:mod:`.relations`)."""
