"""The text a citation reader reads, and what a reader returns.

:class:`Page` holds the caller's string and its prepared (folded) copy, and turns offsets
in the prepared text into :class:`~dangdoc.models.Citation` objects whose offsets point
into the caller's string. :class:`Found` is a reader's answer: the citations and where
reading stopped. A reader that finds nothing returns None.
"""

from __future__ import annotations

import functools
import re

import attrs

from ..vocab.orthography import int_to_roman, roman_to_int
from ..models import Citation
from ..text import scan
from ..text.normalize import fold, modern_tone, prepare, squash_spaces

CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương"

# the Party is in its fourteenth term; 30 leaves room and still rejects "khóa 2017", "khóa 50"
MAX_TERM = 30
# a term has had at most about fifteen plenums; a larger number is a count ("Trung ương 45 tỉnh")
MAX_PLENUM = 20


@attrs.frozen
class Found:
    """Citations read from one anchor, and the offset (prepared text) where reading ended."""

    citations: tuple[Citation, ...]
    end: int


class Page:
    """The caller's text and its prepared copy; makes citations with offsets into the former."""

    def __init__(self, original: str):
        self.original = original
        self.prepared = prepare(original)
        self.t = self.prepared.text

    def cite(self, start: int, end: int, kind: str, **fields) -> Citation:
        a = self.prepared.original(start)
        b = self.prepared.original(end)
        return Citation(a, b, self.original[a:b], kind, **fields)


# the scanner's spaces: any but the line break, and at most one line break
_SPACE = re.compile(scan._)


def skip_space(t: str, pos: int) -> int:
    """The offset after the spaces (and at most one line break) at ``pos``."""
    return _SPACE.match(t, pos).end()


def roman(text: str) -> str | None:
    """A term written in Roman numerals, normalised, or None if it is no term."""
    value = roman_to_int(text)
    return int_to_roman(value) if value and value <= MAX_TERM else None


@functools.lru_cache(maxsize=4096)
def form_key(text: str) -> str:
    """The key of a written word in the vocabularies: folded, lower case, modern tone marks."""
    return modern_tone(squash_spaces(fold(text).lower()))
