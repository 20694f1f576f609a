"""Views: pictures of the graph (:mod:`.draw`: DOT, SVG, PNG, offline HTML) and annotated
articles (:mod:`.annotate`)."""
