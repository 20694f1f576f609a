"""The exceptions dangdoc raises.

Every error is a :class:`DangdocError`, itself a :class:`ValueError`, so a plain
``except ValueError`` keeps working. Each says what was wrong, where, and what to do.
"""

from __future__ import annotations


class DangdocError(ValueError):
    """Base class of every error dangdoc raises on bad input."""


class InvalidIdentifier(DangdocError):
    """A document identifier that does not have the shape of one.

    ``text`` is the input, ``column`` the 1-based position where reading stopped.
    """

    def __init__(self, text: str, column: int, reason: str):
        self.text = text
        self.column = column
        self.reason = reason
        pointer = " " * (column - 1) + "^"
        super().__init__(
            f"not a document identifier: {reason} at column {column}:\n"
            f"    {text}\n    {pointer}\n"
            "An identifier looks like 05-CT/TW (Party) or 30/2020/NĐ-CP, 1234/QĐ-TTg (state)."
        )


class InvalidDate(DangdocError):
    """A date that is malformed or does not exist (31/02/2020)."""

    def __init__(self, text: str, reason: str, column: int | None = None):
        self.text = text
        self.column = column
        self.reason = reason
        where = f" at column {column}" if column else ""
        super().__init__(
            f"not a valid date: {reason}{where} in {text!r}. "
            "Write a date as 12/8/2016, 12-8-2016, 12.8.2016 or 12 tháng 8 năm 2016."
        )


class UnknownCode(DangdocError):
    """A type or issuer code that is not in dangdoc's vocabulary.

    Raised only when the caller asks for strict checking
    (``parse_id(text, strict=True)``); by default unknown codes are accepted and
    listed in :attr:`DocumentId.unknown_codes`.
    """

    def __init__(self, text: str, code: str, kind: str):
        self.text = text
        self.code = code
        self.kind = kind
        super().__init__(
            f"unknown {kind} code {code!r} in {text!r}. If it is real, parse without "
            "strict=True (unknown codes are then accepted and flagged) or add it to "
            "the vocabulary in dangdoc/vocab/data."
        )


class GrammarNotFound(DangdocError):
    """The .lark grammar files could not be found next to the package."""


class ArticleError(DangdocError):
    """A file or record that cannot be read as an article; the message names the file and line."""


class GraphFileError(DangdocError):
    """A graph file that is not one dangdoc wrote, or of a version it cannot read."""


class StoreError(DangdocError):
    """A file that is not a dangdoc store, or of a version this dangdoc cannot read."""


class RenderError(DangdocError):
    """A picture that cannot be made: Graphviz missing, or it failed."""


class DocumentNotFound(DangdocError):
    """A query names no document the graph holds; the message says what was asked."""
