"""Finding citations: each candidate the scan found is read rightwards (number or identifier,
lists, date, issuing body, plenum, term) and becomes a :class:`~dangdoc.models.Citation`
(:mod:`.citations`)."""
