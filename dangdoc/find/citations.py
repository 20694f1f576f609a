"""find_citations: every citation in running Vietnamese text, with exact offsets.

The stages: :mod:`dangdoc.text.scan` finds candidate anchors with one compiled pattern;
here each anchor is read rightwards (number or identifier, coordinated numbers, date,
issuing body, plenum, term), identifiers and dates are handed to the Lark grammars,
and the result becomes :class:`~dangdoc.models.Citation` objects. Offsets are mapped
back to the caller's string, whatever folding happened on the way.
"""

from __future__ import annotations

import functools
import re

import attrs
from lark.exceptions import LarkError

from ..vocab import codes
from ..text import scan
from ..parse.dates import parse_date
from ..errors import DangdocError
from ..parse.identifier import _parse_prepared
from ..models import Citation, DocumentId
from ..text.normalize import fold, modern_tone, prepare, squash_spaces

_CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương"


def find_citations(text: str) -> list[Citation]:
    """Every citation in ``text``, in text order.

    Raises :class:`TypeError` for anything but a ``str``, and nothing else.

    >>> [c.text for c in find_citations("thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về ...")]
    ['Chỉ thị số 05-CT/TW của Bộ Chính trị']
    >>> c = find_citations("Nghị quyết số 04-NQ/TU, ngày 12/8/2016 của Tỉnh uỷ")[0]
    >>> c.kind, str(c.doc), c.date.isoformat(), c.body
    ('full', '04-NQ/TU', '2016-08-12', 'Tỉnh ủy')
    >>> [(c.kind, c.plenum, c.term) for c in find_citations("Nghị quyết T.Ư 4 (khóa XI) và khóa XII")]
    [('plenum', 4, 'XI'), ('plenum', 4, 'XII')]
    >>> find_citations("Gọi 0235 3812 345, biển số 77C-016.47, COVID-19, quý II/2024")
    []
    """
    if not isinstance(text, str):
        raise TypeError(f"find_citations needs a str, got {type(text).__name__}")
    if not text:
        return []
    return _Reader(text).read()


@attrs.define
class _Mods:
    """What follows an identifier: date, year, body, plenum, term, and where it ends."""

    end: int
    date: object = None
    year: int | None = None
    body: str | None = None
    plenum: int | None = None
    term: str | None = None
    seen: set = attrs.Factory(set)


class _Reader:
    def __init__(self, original: str):
        self.original = original
        self.prepared = prepare(original)
        self.t = self.prepared.text
        self.aliases: dict[tuple[str, int], DocumentId] = {}
        self.resume = 0

    # -- output ---------------------------------------------------------------------

    def cite(self, start: int, end: int, kind: str, **fields) -> Citation:
        a = self.prepared.original(start)
        b = self.prepared.original(end)
        return Citation(a, b, self.original[a:b], kind, **fields)

    def read(self) -> list[Citation]:
        out: list[Citation] = []
        resume = 0
        t = self.t
        for start, kind in scan.candidates(t):
            if start < resume:
                continue
            if kind == "word":
                found, end = self.after_type_word(start)
            elif kind == "code":
                found, end = self.after_code(start)
            else:
                found, end = self.abbreviation(start)
            if found:
                out.extend(found)
                resume = self.resume = end
        return self.apply_aliases(out)

    # -- anchors --------------------------------------------------------------------

    def after_type_word(self, start: int):
        t = self.t
        m = scan.TYPE_WORD_AT.match(t, start)
        if m is None:  # pragma: no cover - the anchor pattern and this one agree
            return [], 0
        word = codes.type_words()[_form_key(m.group())]
        pos = _skip_space(t, m.end())
        plenum = scan.PLENUM_AFTER.match(t, pos) or scan.PLENUM_BEFORE.match(t, pos)
        if plenum:
            return self.plenum(m.start(), plenum, word.name)
        congress = scan.CONGRESS.match(t, pos)
        if (
            congress
            and (congress.group("ord") or (congress.group("nk") and _local_org(congress) is not None))
            and not scan.OTHER_CONGRESS.match(t, congress.end())
        ):
            return self.congress(m.start(), congress, word.name)
        number = scan.NUMBER_WORD.match(t, pos)
        if number:
            pos = number.end()
        # lower-case "quy định 18 nhóm", "quyết định 4 vấn đề" are verbs with a count
        verb = m.group()[0].islower() and word.code in _VERB_TYPES
        bare_allowed = (word.bare == "yes" and not verb) or (word.bare != "no" and number is not None)
        items = self.number_list(pos, word, bare_allowed=bare_allowed)
        if items and scan.FOREIGN.match(t, items[-1][0].end()):
            return [], 0
        if not items:
            return [], 0
        return self.documents(m.start(), items, word.name)

    def after_code(self, start: int):
        ident = scan.IDENT.match(self.t, start)
        if ident is None or not _codes(ident):
            return [], 0
        if _LICENCE.search(self.t, max(0, start - 25), start):
            return [], 0  # "Số giấy phép: 548/GP-BTTTT" in a site's footer is no citation
        doc = self.identifier(ident)
        if doc is None:
            return [], 0
        if not _plausible_code(doc, fold(self.t[start : ident.end()])):
            # an unknown code is still a citation when a date follows: "504/D-UB ngày 20/5/1999"
            date = scan.DATE.match(self.t, _skip_space(self.t, ident.end()))
            if date is None or not (date.group("ngay") and (date.group("y") or date.group("y2"))):
                return [], 0
        begin, type_name = start, doc.type_name
        if doc.type is None and doc.year is None:
            return [], 0  # "60/CP" is a citation only after a type word
        if doc.type is None or doc.system == codes.STATE:
            law = self.law_before(start)
            if law is not None:
                begin, word = law
                type_name = word.name
                if doc.type is None:
                    doc = attrs.evolve(doc, type=word.code)
        items = [(ident, doc)]
        found, end = self.documents(begin, items, type_name, anchored_on_code=True)
        return found, end

    def abbreviation(self, start: int):
        abbr = scan.ABBR.match(self.t, start)
        if abbr is None:
            return [], 0
        number = int(abbr.group("n"))
        if abbr.group("tw"):
            mods = self.modifiers(abbr.end())
            return [
                self.cite(start, mods.end, "plenum", type_name="Nghị quyết", plenum=number,
                          term=mods.term, body=_CENTRAL_COMMITTEE, date=mods.date, year=mods.year)
            ], mods.end
        doc = DocumentId("NQ", number)
        return [self.cite(start, abbr.end(), "alias", doc=doc, type_name="Nghị quyết")], abbr.end()

    # -- the pieces -----------------------------------------------------------------

    def number_list(self, pos: int, word, bare_allowed) -> list[tuple[re.Match, DocumentId]]:
        t = self.t
        first = scan.IDENT.match(t, pos)
        if first is None:
            return []
        if not _codes(first) and (not bare_allowed or scan.BARE_STOP.match(t, first.end())):
            return []
        matches = [first]
        while True:
            join = scan.LIST_JOIN.match(t, matches[-1].end())
            if join is None:
                break
            nxt = scan.IDENT.match(t, join.end())
            if nxt is None or not (_codes(nxt) or scan.LIST_BARE_END.match(t, nxt.end())):
                break
            if not _codes(matches[-1]) and not scan.LIST_BARE_END.match(t, matches[-1].end()):
                break
            matches.append(nxt)
        docs: list[DocumentId | None] = []
        for ident in matches:
            doc = self.identifier(ident) if _codes(ident) else None
            if doc is not None and doc.type is None:
                doc = attrs.evolve(doc, type=word.code)
            elif doc is not None and word.code == "TTr" and doc.type == "TT":
                doc = attrs.evolve(doc, type="TTr")  # the old code of Tờ trình
            docs.append(doc)
        # a list shares the code of its last member: "Nghị quyết số 18, 19-NQ/TW"
        coded = next((d for d in reversed(docs) if d is not None), None)
        out = []
        for ident, doc in zip(matches, docs):
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
                ident = _Span(ident.start(), ident.end("year") if ident.group("year") else ident.end("num"))
            out.append((ident, doc))
        return out

    def identifier(self, ident: re.Match) -> DocumentId | None:
        try:
            return _parse_prepared(fold(self.t[ident.start() : ident.end()]).strip())
        except (DangdocError, LarkError, ValueError):
            return None

    def documents(self, start: int, items, type_name: str | None, anchored_on_code: bool = False):
        last_end = items[-1][0].end()
        mods = self.modifiers(last_end)
        out = []
        title = self.title(mods.end)
        for i, (ident, doc) in enumerate(items):
            last = i == len(items) - 1
            begin = start if i == 0 else ident.start()
            end = mods.end if last else ident.end()
            if doc.system == codes.STATE:
                kind = "state"
            elif doc.issuer is None:
                kind = "full" if mods.date else "bare"
            elif anchored_on_code and begin == ident.start():
                kind = "code"
            else:
                kind = "full" if mods.date else "short"
            out.append(
                self.cite(begin, end, kind, doc=doc, type_name=type_name, date=mods.date, year=mods.year,
                          body=mods.body, term=mods.term, plenum=mods.plenum, title=title if last else None)
            )
        resume = mods.end
        alias = scan.ALIAS.match(self.t, mods.end)
        if alias:
            key = _alias_key(alias.group("alias"))
            if key is not None:
                doc = items[-1][1]
                self.aliases[key] = doc
                out.append(self.cite(alias.start("alias"), alias.end("alias"), "alias", doc=doc,
                                     type_name=type_name, date=mods.date, body=mods.body, term=mods.term))
                resume = alias.end()
        return out, resume

    def plenum(self, start: int, m: re.Match, type_name: str):
        number = _plenum_number(m)
        if number is None:
            return [], 0
        terms = scan.TERM_LIST.match(self.t, _skip_space(self.t, m.end()))
        if terms:
            return self.plenum_terms(start, terms, number, type_name)
        mods = self.modifiers(m.end())
        out = [self.cite(start, mods.end, "plenum", type_name=type_name, plenum=number, term=mods.term,
                         body=_CENTRAL_COMMITTEE, date=mods.date, year=mods.year, title=None)]
        end = mods.end
        if mods.term:
            # "Nghị quyết Trung ương 4 khóa XI, XII", "Nghị quyết T.Ư 4 (khóa XI) và khóa XII"
            while True:
                more = scan.TERM_MORE.match(self.t, end)
                if more is None or scan.roman_to_int(more.group("t")) is None:
                    break
                term = scan.int_to_roman(scan.roman_to_int(more.group("t")))
                begin = _first_word_after_join(self.t, more.start(), more.start("t"))
                out.append(self.cite(begin, more.end(), "plenum", type_name=type_name, plenum=number, term=term,
                                     body=_CENTRAL_COMMITTEE))
                end = more.end()
        # one topic for the whole list: "Nghị quyết T.Ư 4 (khóa XI) và khóa XII về xây dựng Đảng"
        title = self.title(end)
        return [attrs.evolve(c, title=title) for c in out] if title else out, end

    def plenum_terms(self, start: int, m: re.Match, number: int, type_name: str):
        """One plenum, several terms: "Nghị quyết Trung ương 4 (Khóa XI, XII)"."""
        out = [self.cite(start, m.end("first"), "plenum", type_name=type_name, plenum=number,
                         term=_roman(m.group("first")), body=_CENTRAL_COMMITTEE)]
        for r in scan.ROMAN_AT.finditer(self.t, m.start("more"), m.end("more")):
            term = _roman(r.group())
            if term:
                out.append(self.cite(r.start(), r.end(), "plenum", type_name=type_name, plenum=number,
                                     term=term, body=_CENTRAL_COMMITTEE))
        title = self.title(m.end())
        return [attrs.evolve(c, title=title) for c in out] if title else out, m.end()

    def congress(self, start: int, m: re.Match, type_name: str):
        ordinal = m.group("ord")
        congress = None
        if ordinal:
            value = int(ordinal) if ordinal.isdigit() else scan.roman_to_int(ordinal)
            if value is None or not 0 < value <= 40:
                return [], 0
            congress = scan.int_to_roman(value)
        org = _local_org(m)
        body = None
        if org is not None:
            body = modern_tone(squash_spaces(fold("Đảng bộ" + org)))
        end = m.end()
        return [self.cite(start, end, "congress", type_name=type_name, congress=congress, body=body,
                          title=self.title(end))], end

    def law_before(self, start: int):
        """A law's type word and name before its number: "Bộ luật Hình sự số 100/2015/QH13"."""
        window = self.t[max(0, start - 120, self.resume) : start]
        m = None
        for m in _LAW_WORD.finditer(window):
            pass  # the nearest law word
        if m is None or not _LAW_BEFORE.fullmatch(window, m.start()):
            return None
        word = codes.type_words().get(_form_key(m.group()))
        if word is None:
            return None
        return start - len(window) + m.start(), word

    def modifiers(self, pos: int, inside: bool = False) -> _Mods:
        t = self.t
        mods = _Mods(end=pos)
        while True:
            at = scan.SEPARATOR.match(t, mods.end).end()
            if "\n" in t[mods.end : at] and not t[at : at + 1].islower():
                break  # across a line break only a lower-case continuation: "\nngày 17 tháng 6"
            if t[at : at + 1] not in _MODIFIER_STARTS or not self.one_modifier(at, mods):
                paren = scan.OPEN_PAREN.match(t, mods.end) if not inside else None
                if paren is None:
                    break
                inner = self.modifiers(paren.end(), inside=True)
                close = scan.CLOSE_PAREN.match(t, inner.end)
                if inner.end == paren.end() or close is None:
                    break
                for name in ("date", "year", "body", "plenum", "term"):
                    if getattr(inner, name) is not None and getattr(mods, name) is None:
                        setattr(mods, name, getattr(inner, name))
                mods.end = close.end()
        return mods

    def one_modifier(self, at: int, mods: _Mods) -> bool:
        t = self.t
        if "date" not in mods.seen:
            m = scan.DATE.match(t, at)
            if m and (m.group("y3") or m.group("y") or m.group("y2") or m.group("ngay") or m.group("d2")):
                mods.seen.add("date")
                mods.date, mods.year = _date_of(m)
                mods.end = m.end()
                return True
        if "body" not in mods.seen:
            intro = scan.BODY_INTRO.match(t, at)
            body_at = intro.end() if intro else at
            plenum = scan.PLENUM_BEFORE.match(t, body_at) or scan.PLENUM_AFTER.match(t, body_at)
            if plenum and _plenum_number(plenum) is not None:
                mods.seen.add("body")
                mods.body, mods.plenum = _CENTRAL_COMMITTEE, _plenum_number(plenum)
                mods.end = plenum.end()
                return True
            if intro:
                m = scan.BODY.match(t, body_at)
                if m:
                    mods.seen.add("body")
                    mods.body = _body_name(m)
                    mods.end = m.end()
                    return True
        if "term" not in mods.seen:
            m = scan.TERM.match(t, at)
            if m:
                value = m.group("t1") or m.group("t2")
                number = int(value) if value.isdigit() else scan.roman_to_int(value)
                if number and 0 < number <= 30:
                    mods.seen.add("term")
                    mods.term = scan.int_to_roman(number)
                    mods.end = m.end()
                    return True
        return False

    def title(self, pos: int) -> str | None:
        m = scan.TITLE_ABOUT.match(self.t, pos) or scan.TITLE_QUOTED.match(self.t, pos)
        if m is None:
            return None
        title = m.group("quoted") or m.groupdict().get("plain")
        title = squash_spaces(title or "").strip(" ,")
        return title or None

    def apply_aliases(self, found: list[Citation]) -> list[Citation]:
        if not self.aliases:
            return found
        out = []
        for c in found:
            if c.kind in ("bare", "alias") and c.doc is not None and c.doc.issuer is None:
                doc = self.aliases.get((c.doc.type, c.doc.number))
                if doc is not None:
                    c = attrs.evolve(c, kind="alias", doc=doc)
            out.append(c)
        return out


@attrs.frozen
class _Span:
    """Start and end of a piece that is not a regex match (a bare number cut short)."""

    a: int
    b: int

    def start(self) -> int:
        return self.a

    def end(self) -> int:
        return self.b


_LAW_WORD = re.compile(rf"(?<![^\W\d_])(?:bộ{scan.__}luật|luật|pháp{scan.__}lệnh|nghị{scan.__}quyết)(?![^\W\d_])", re.IGNORECASE)
_LAW_BEFORE = re.compile(
    rf"(?P<w>bộ{scan.__}luật|luật|pháp{scan.__}lệnh|nghị{scan.__}quyết)[^\n.;:()]{{0,90}}?(?:số{scan._}:?)?{scan._}",
    re.IGNORECASE,
)
_LICENCE = re.compile(r"giấy\s+phép(?:\s+số)?\s*:?\s*$", re.IGNORECASE)
# type words that are also verbs ("quy định", "quyết định", "hướng dẫn", "kết luận")
_VERB_TYPES = frozenset({"QĐ", "HD", "KL"})
_SPACE = re.compile(r"[ \t\r]*+(?:\n[ \t\r]*+)?")


def _skip_space(t: str, pos: int) -> int:
    return _SPACE.match(t, pos).end()


def _first_word_after_join(t: str, start: int, term_start: int) -> int:
    segment = t[start:term_start]
    m = re.search(r"(?i)kh(?:óa|oá)", segment)
    return start + m.start() if m else term_start


def _codes(ident) -> str | None:
    if isinstance(ident, _Span):
        return None
    return ident.group("codes") or ident.group("spaced")


def _plausible_code(doc: DocumentId, surface: str) -> bool:
    """A number and code with no type word before it is a citation only if the codes are known."""
    if doc.type is None:
        return doc.issuer is not None and codes.issuer_system(doc.issuer) == codes.STATE
    if codes.canonical_type(doc.type) is None:
        return False
    return codes.is_known_issuer(doc.issuer) or bool(re.match(r"\d+\s*-\s*[^\W\d_]+\s*/", surface))


def _roman(text: str) -> str | None:
    value = scan.roman_to_int(text)
    return scan.int_to_roman(value) if value and value <= 30 else None


def _plenum_number(m: re.Match) -> int | None:
    if m.group("pn"):
        value = int(m.group("pn"))
    else:
        word = (m.group("pw") or m.group("pc") or "").lower()
        word = squash_spaces(modern_tone(word))
        value = int(word) if word.isdigit() else scan.ORDINAL_WORDS.get(word)
    return value if value and 0 < value <= 20 else None


def _local_org(m: re.Match) -> str | None:
    for group in ("org1", "org2"):
        org = m.group(group)
        if org is not None:
            return org
    return None


def _body_name(m: re.Match) -> str:
    if m.group("central"):
        return _BODY_NAMES[_form_key(m.group("central"))]
    name = _BODY_NAMES[_form_key(m.group("local"))]
    place = squash_spaces(m.group("place") or "")
    return modern_tone(f"{name} {place}".strip())


# the characters a date, body, plenum, term or parenthesis can start with; anything else
# ends the citation without trying the patterns
_MODIFIER_STARTS = frozenset("0123456789(nNbBvVcCdDhHtTkK")


@functools.lru_cache(maxsize=4096)
def _form_key(text: str) -> str:
    return modern_tone(squash_spaces(fold(text).lower()))


_BODY_NAMES = {form: body.name for body in codes.bodies() for form in body.forms}


def _date_of(m: re.Match):
    if m.group("y3"):
        return None, int(m.group("y3"))
    if m.group("d2"):
        day, month, year = m.group("d2"), m.group("m2"), m.group("y2")
        text = f"{day} tháng {month} năm {year}" if year else None
    else:
        day, month, year = m.group("d"), m.group("m"), m.group("y")
        text = f"{day}/{month}/{year}" if year else None
    if text is None:
        return None, None
    try:
        date = parse_date(text)
    except DangdocError:
        return None, int(year)
    return date, date.year


def _alias_key(alias: str) -> tuple[str, int] | None:
    alias = modern_tone(squash_spaces(alias.lower()))
    m = re.match(r"(?P<w>.*?)\s*(?:số\s*)?(?P<n>\d+)$", alias)
    if m is None:
        return None
    word = m.group("w").strip(" -")
    code = {"nq": "NQ", "ct": "CT", "kl": "KL"}.get(word)
    if code is None:
        entry = codes.type_words().get(word)
        code = entry.code if entry else None
    return (code, int(m.group("n"))) if code else None
