"""dangdoc: trace how Vietnamese Party and state documents are cited.

The stages, each usable alone: :func:`parse_id` (one identifier), :func:`find_citations`
(every citation in a text), :func:`resolve_citations` (which document each one names),
:func:`find_relations` (what one document does to another).

>>> import dangdoc
>>> print(dangdoc.parse_id("05 – CT/TƯ"))
05-CT/TW
"""

from .annotate import annotate
from .articles import Article, read_articles
from .catalog import Catalog
from .dates import parse_date
from .errors import DangdocError, GrammarNotFound, InvalidDate, InvalidIdentifier, UnknownCode
from .evaluate import LinkingScores, RelationScores, Scores, evaluate, evaluate_linking, evaluate_relations
from .find import find_citations
from .identifier import format_id, is_valid_id, parse_id
from .models import Citation, Document, DocumentId, Relation
from .places import Place, locate
from .relations import find_relations
from .resolve import Period, Resolver, resolve_citations

__version__ = "0.1.0"

# The graph and its pictures need networkx, which takes a quarter of a second to import;
# they are imported when first asked for.
_LAZY = {"CitationGraph": "graph", "Mention": "graph", "build_graph": "graph", "build_corpus": "graph",
         "Store": "store", "render": "draw", "to_dot": "draw"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'dangdoc' has no attribute {name!r}")

__all__ = [
    "Article",
    "Catalog",
    "Citation",
    "CitationGraph",
    "DangdocError",
    "Document",
    "DocumentId",
    "GrammarNotFound",
    "InvalidDate",
    "InvalidIdentifier",
    "LinkingScores",
    "Mention",
    "Period",
    "Place",
    "Relation",
    "RelationScores",
    "Resolver",
    "Scores",
    "Store",
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
    "locate",
    "parse_date",
    "parse_id",
    "resolve_citations",
]
