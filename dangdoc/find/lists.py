"""The numbers after a type word: one identifier or bare number, or a coordinated list of
them ("Nghị quyết số 18, 19-NQ/TW", "Quy định 89; 214; 124", "126-KL/TW và 127-KL/TW").
"""

from __future__ import annotations

import re
import unicodedata

import attrs
from lark.exceptions import LarkError

from ..vocab import codes
from ..text import scan
from ..errors import DangdocError
from ..parse.identifier import _parse_prepared
from ..models import DocumentId
from ..text.normalize import fold


@attrs.frozen
class Span:
    """Start and end of a piece that is not a regex match (a bare number cut short)."""

    a: int
    b: int

    def start(self) -> int:
        return self.a

    def end(self) -> int:
        return self.b


def codes_of(ident) -> str | None:
    """The code part of an :data:`scan.IDENT` match ("CT/TW"), or None for a bare number."""
    if isinstance(ident, Span):
        return None
    return ident.group("codes") or ident.group("spaced")


def parse_identifier(t: str, start: int, end: int) -> DocumentId | None:
    """The identifier ``t[start:end]`` spells, or None if the grammar rejects it."""
    try:
        return _parse_prepared(_GARBLED_SEP.sub("-", fold(t[start:end]).strip()))
    except (DangdocError, LarkError, ValueError):
        return None


# a slash and a dash garbled together after the number: "09/-CT-TW" is 09-CT/TW
_GARBLED_SEP = re.compile(r"(?<=\d)\s*/\s*-\s*")


def code_end(t: str, ident) -> int:
    """Where an identifier's code ends: a word glued to a known code is not part of it.

    "05-CT/TWngày" ends after "TW", "67/CPvừa" after "CP", "123/QĐ-TTgvề" after "TTg":
    the last code is cut where a listed code, spelled as listed, meets a lower-case letter.
    """
    end = ident.end()
    last = _LAST_CODE.search(t, ident.start(), end)
    if last is None or _listed(last.group()):
        return end
    code = last.group()
    word = _glued_word(code)
    if word is not None:
        return last.start() + word
    for cut in range(len(code) - 1, 0, -1):
        if code[cut].islower() and _listed(code[:cut]) and codes.canonical_issuer_part(code[:cut]) == code[:cut]:
            return last.start() + cut
    return end


_LAST_CODE = re.compile(r"[^\W_]+$")
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_VOWELS = frozenset("aăâeêioôơuưy")
# the consonants a Vietnamese syllable may begin with, longest first
_ONSETS = ("ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr", *"bcdđghklmnprstvx")


def _glued_word(code: str) -> int | None:
    """Where a Vietnamese word glued to the end of ``code`` begins, or None.

    >>> _glued_word("VPĐOÀN"), _glued_word("TWngày"), _glued_word("BTGTƯ"), _glued_word("VNCERTĐPƯC")
    (2, 2, None, None)
    """
    # codes carry no tone mark ("ĐPƯC", "TƯ" have none): a letter with one belongs to a
    # Vietnamese word glued to the code ("VPĐOÀN", "TWngày")
    begin = next((i for i, ch in enumerate(code) if _TONE_MARKS & set(unicodedata.normalize("NFD", ch))), None)
    if begin is None:
        return None
    while begin > 0 and _base(code[begin - 1]) in _VOWELS:
        begin -= 1
    lower = code[:begin].lower()
    onset = next((o for o in _ONSETS if lower.endswith(o)), "")
    begin -= len(onset)
    return begin if begin > 0 else None


def _base(ch: str) -> str:
    return unicodedata.normalize("NFD", ch)[0].lower()


def _listed(code: str) -> bool:
    return codes.canonical_issuer_part(code).upper() in codes.issuer_codes() or codes.canonical_type(code) is not None


def read_number_list(t: str, pos: int, word, bare_allowed: bool) -> list[tuple[object, DocumentId]]:
    """``(span, document)`` for each number or identifier of the list at ``pos``; [] if none.

    ``word`` is the type word's vocabulary entry; a bare number is accepted only if
    ``bare_allowed``.
    """
    matches = _list_matches(t, pos, bare_allowed)
    docs: list[DocumentId | None] = []
    ends = []
    for _begin, ident in matches:
        ends.append(code_end(t, ident) if codes_of(ident) else ident.end())
        doc = parse_identifier(t, ident.start(), ends[-1]) if codes_of(ident) else None
        if doc is not None and doc.type is None:
            doc = attrs.evolve(doc, type=word.code)
        elif doc is not None and word.code == "TTr" and doc.type == "TT":
            doc = attrs.evolve(doc, type="TTr")  # the old code of Tờ trình
        docs.append(doc)
    # a list shares the code of its last member: "Nghị quyết số 18, 19-NQ/TW"
    coded = next((d for d in reversed(docs) if d is not None), None)
    out = []
    for (begin, ident), end, doc in zip(matches, ends, docs):
        if doc is None:
            number = int(ident.group("num"))
            if number == 0:
                return out
            year = int(ident.group("year")) if ident.group("year") else None
            if coded is not None and year is None and len(matches) > 1:
                doc = attrs.evolve(coded, number=number)
            else:
                doc = DocumentId(word.code, number, None, year, None)
            # a bare number ends at the number (and year); drop an unusable code
            end = ident.end("year") if ident.group("year") else ident.end("num")
        out.append((Span(begin, end), doc))
    return out


def _list_matches(t: str, pos: int, bare_allowed: bool) -> list[tuple[int, re.Match]]:
    """The identifiers of a list, each with where its item begins ("số 30" begins at "số")."""
    first = scan.IDENT.match(t, pos)
    if first is None:
        return []
    if not codes_of(first) and (not bare_allowed or scan.BARE_STOP.match(t, first.end())):
        return []
    matches = [(first.start(), first)]
    while True:
        last = matches[-1][1]
        join = scan.LIST_JOIN.match(t, last.end())
        if join is None:
            break
        nxt = scan.IDENT.match(t, join.end())
        if nxt is None or not (codes_of(nxt) or scan.LIST_BARE_END.match(t, nxt.end())):
            break
        if not codes_of(last) and not scan.LIST_BARE_END.match(t, last.end()):
            break
        matches.append((join.start("so") if join.group("so") else nxt.start(), nxt))
    return matches
