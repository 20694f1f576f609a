"""Parsing: the Lark grammars (:mod:`.grammar`) for identifiers (:mod:`.identifier`) and
Vietnamese dates (:mod:`.dates`)."""
