"""The vocabulary: what exists, as tables read once.

Document type and issuer codes, issuing bodies and the type words that name them
(:mod:`.codes`); how the language writes them (:mod:`.orthography`: tone placement, capital
letters, Roman numerals); the terms of the Central Committee (:mod:`.terms`). The tables
are CSV files in ``data/``. Nothing here imports the rest of dangdoc.
"""
