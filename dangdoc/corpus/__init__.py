"""Corpora: reading articles (:mod:`.articles`) and the one pipeline that turns an article
into what the graph needs (:mod:`.pipeline`)."""
