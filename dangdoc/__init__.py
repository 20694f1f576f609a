"""dangdoc: trace how Vietnamese Party and state documents are cited.

>>> import dangdoc
>>> print(dangdoc.parse_id("05 – CT/TƯ"))
05-CT/TW
"""

from .dates import parse_date
from .evaluate import Scores, evaluate
from .find import find_citations
from .errors import DangdocError, GrammarNotFound, InvalidDate, InvalidIdentifier, UnknownCode
from .identifier import format_id, is_valid_id, parse_id
from .models import Citation, DocumentId

__version__ = "0.1.0"

__all__ = [
    "Citation",
    "DangdocError",
    "DocumentId",
    "GrammarNotFound",
    "InvalidDate",
    "InvalidIdentifier",
    "UnknownCode",
    "Scores",
    "evaluate",
    "find_citations",
    "format_id",
    "is_valid_id",
    "parse_date",
    "parse_id",
]
