"""Text: folding that keeps offsets (:mod:`.normalize`) and the candidate scan (:mod:`.scan`),
the compiled, linear patterns that find where citations may be."""
