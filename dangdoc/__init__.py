"""dangdoc: trace how Vietnamese Party and state documents are cited.

The stages, each usable alone: :func:`parse_id` (one identifier), :func:`find_citations`
(every citation in a text), :func:`resolve_citations` (which document each one names),
:func:`find_relations` (what one document does to another).

>>> import dangdoc
>>> print(dangdoc.parse_id("05 – CT/TƯ"))
05-CT/TW
"""

from .corpus.articles import Article, read_articles
from .errors import (ArticleError, DangdocError, DocumentNotFound, GrammarNotFound, GraphFileError, InvalidDate, InvalidIdentifier,
                     RenderError, StoreError, UnknownCode)
from .evaluate import LinkingScores, RelationScores, Scores, evaluate, evaluate_linking, evaluate_relations
from .find.citations import find_citations
from .models import Citation, Document, DocumentId, Relation
from .parse.dates import parse_date
from .parse.identifier import format_id, is_valid_id, parse_id
from .resolve.catalog import Catalog
from .resolve.places import Place, locate
from .resolve.relations import find_relations
from .resolve.resolver import Period, Resolver, resolve_citations
from .views.annotate import annotate

__version__ = "0.1.0"

# The graph and its pictures need networkx, which takes a quarter of a second to import;
# they are imported when first asked for.
_LAZY = {"CitationGraph": "graph.core", "Mention": "graph.core", "build_graph": "graph.core",
         "build_corpus": "graph.core", "open_corpus": "graph.opening", "MentionTable": "graph.columns",
         "load": "graph.files", "save": "graph.files", "Store": "graph.store",
         "render": "views.draw", "to_dot": "views.draw", "Picture": "views.draw", "picture": "views.draw",
         "write_picture": "views.draw",
         "spread": "views.spread"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'dangdoc' has no attribute {name!r}")


__all__ = [
    "Article",
    "ArticleError",
    "Catalog",
    "Citation",
    "CitationGraph",
    "DangdocError",
    "DocumentNotFound",
    "Document",
    "DocumentId",
    "GrammarNotFound",
    "GraphFileError",
    "InvalidDate",
    "InvalidIdentifier",
    "LinkingScores",
    "Mention",
    "Period",
    "Picture",
    "Place",
    "Relation",
    "RenderError",
    "RelationScores",
    "Resolver",
    "Scores",
    "Store",
    "StoreError",
    "UnknownCode",
    "annotate",
    "build_corpus",
    "build_graph",
    "evaluate",
    "evaluate_linking",
    "evaluate_relations",
    "find_citations",
    "find_relations",
    "format_id",
    "is_valid_id",
    "load",
    "open_corpus",
    "MentionTable",
    "locate",
    "parse_date",
    "parse_id",
    "picture",
    "write_picture",
    "read_articles",
    "render",
    "resolve_citations",
    "save",
    "spread",
    "to_dot",
]
