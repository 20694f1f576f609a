"""What follows an identifier: date, issuing body, plenum, term (in any order, commas and
parentheses allowed), and the topic ("về ...", or a quoted title).
"""

from __future__ import annotations

import re

import attrs

from ..vocab import codes
from ..text import scan
from ..text.scan import Lazy
from ..vocab.orthography import int_to_roman, roman_to_int
from ..parse.dates import parse_date
from ..errors import DangdocError
from .page import CENTRAL_COMMITTEE, MAX_PLENUM, MAX_TERM, form_key
from ..text.normalize import modern_tone, squash_spaces

# the characters a date, body, plenum, term or parenthesis can start with; anything else
# ends the citation without trying the patterns
# a dash only before a term: "Nghị quyết Trung ương 4 - khóa XII"
_MODIFIER_STARTS = frozenset("0123456789(nNbBvVcCdDhHtTkK-\u2013")


@attrs.frozen
class Modifiers:
    """Date, year, issuing body, plenum and term read after an identifier, and where they end."""

    end: int
    date: object = None
    year: int | None = None
    body: str | None = None
    plenum: int | None = None
    term: str | None = None


@attrs.define
class _Draft:
    """Modifiers while they are being read: each kind is read at most once."""

    end: int
    values: dict = attrs.Factory(dict)
    # what was read here, not merged from parentheses: a kind is read once
    seen: set = attrs.Factory(set)

    def set(self, end: int, **values) -> bool:
        self.values.update(values)
        self.seen.update(values)
        self.end = end
        return True

    def has(self, name: str) -> bool:
        return name in self.seen

    def done(self) -> Modifiers:
        return Modifiers(self.end, **self.values)


def read_modifiers(t: str, pos: int, plenums: bool = True) -> Modifiers:
    """The modifiers of ``t`` from ``pos``: "ngày 15/5/2016 của Bộ Chính trị (khóa XII)".

    With ``plenums=False`` a plenum is not read as the issuing body: after a plenum
    ("Nghị quyết Trung ương 4, Trung ương 5") the next one is a citation of its own.

    >>> read_modifiers("Nghị quyết Trung ương 4, Trung ương 5", 23, plenums=False).plenum is None
    True
    """
    return _read(t, pos, inside=False, plenums=plenums).done()


def _read(t: str, pos: int, inside: bool, plenums: bool = True) -> _Draft:
    mods = _Draft(end=pos)
    if not plenums:
        mods.seen.add("plenum")
    while True:
        at = scan.SEPARATOR.match(t, mods.end).end()
        if "\n" in t[mods.end : at] and not t[at : at + 1].islower():
            break  # across a line break only a lower-case continuation: "\nngày 17 tháng 6"
        if t[at : at + 1] in _MODIFIER_STARTS and _one(t, at, mods):
            continue
        if inside or not _parenthesised(t, mods):
            break
    return mods


def _parenthesised(t: str, mods: _Draft) -> bool:
    """Modifiers in parentheses, "(khóa XII)", "(ngày 3/6/2013)": merged into ``mods``."""
    paren = scan.OPEN_PAREN.match(t, mods.end)
    if paren is None:
        return False
    inner = _read(t, paren.end(), inside=True, plenums=not mods.has("plenum"))
    close = scan.CLOSE_PAREN.match(t, inner.end)
    if inner.end == paren.end() or close is None:
        return False
    for name, value in inner.values.items():
        if value is not None and mods.values.get(name) is None:
            mods.values[name] = value
    mods.end = close.end()
    return True


def _one(t: str, at: int, mods: _Draft) -> bool:
    return (
        (not mods.has("date") and _date(t, at, mods))
        or (not mods.has("body") and _body(t, at, mods))
        or (not mods.has("term") and _term(t, at, mods))
    )


def _date(t: str, at: int, mods: _Draft) -> bool:
    m = scan.DATE.match(t, at)
    if m and (m.group("y3") or m.group("y") or m.group("y2") or m.group("ngay") or m.group("d2")):
        date, year = date_of(m)
        return mods.set(m.end(), date=date, year=year)
    return False


def _body(t: str, at: int, mods: _Draft) -> bool:
    intro = scan.BODY_INTRO.match(t, at)
    body_at = intro.end() if intro else at
    plenum = None if mods.has("plenum") else scan.PLENUM_BEFORE.match(t, body_at) or scan.PLENUM_AFTER.match(t, body_at)
    if plenum and plenum_number(plenum) is not None:
        return mods.set(plenum.end(), body=CENTRAL_COMMITTEE, plenum=plenum_number(plenum))
    if intro:
        m = scan.BODY.match(t, body_at)
        if m is None:
            return False
        end, name = m.end(), body_name(m)
        if not (intro.group().lower().startswith("do") and scan.NOT_ISSUING_AFTER.match(t, end)):
            return mods.set(end, body=name)
    return False


def _term(t: str, at: int, mods: _Draft) -> bool:
    m = scan.TERM.match(t, at)
    if m:
        value = m.group("t1") or m.group("t2") or m.group("t3")
        number = int(value) if value.isdigit() else roman_to_int(value)
        if number and 0 < number <= MAX_TERM:
            return mods.set(m.end(), term=int_to_roman(number))
    return False


def read_title(t: str, pos: int) -> str | None:
    """The topic at ``pos``: ", về việc ...", "về “...”", or a quoted title; None if there is
    none. A topic as written runs to the end of the clause; it ends before another
    document joined to the cited one ("về trách nhiệm nêu gương và Chỉ thị 05-CT/TW ...")
    and at the comma after a document its title names ("về sửa đổi ... Nghị định
    185/2013/NĐ-CP, UBND phường phạt ...").

    >>> read_title("Quy định 08 về trách nhiệm nêu gương và Chỉ thị 05-CT/TW được quán triệt", 11)
    'trách nhiệm nêu gương'
    >>> read_title("Nghị định 124 về sửa đổi một số điều của Nghị định 185/2013/NĐ-CP, UBND phạt ông A", 13)
    'sửa đổi một số điều của Nghị định 185/2013/NĐ-CP'
    """
    m = scan.TITLE_ABOUT.match(t, pos) or scan.TITLE_QUOTED.match(t, pos)
    if m is None:
        return None
    title = m.group("quoted")
    if title is None:
        title = m.groupdict().get("plain") or ""
        joined = _JOINED_DOCUMENT.search(title)
        if joined is not None:
            title = title[:joined.start()]
        named = _NAMED_DOCUMENT.search(title)
        if named is not None and "," in title[named.end():]:
            title = title[:title.index(",", named.end())]
    title = squash_spaces(title).strip(" ,")
    return title or None


# another document joined to the one a topic follows: "... và Chỉ thị 05-CT/TW", ", Nghị quyết số 18"
_JOINED_DOCUMENT = Lazy(rf"(?:\s+(?:và|cùng|với)\s+|\s*[,;]\s*)(?=(?:{scan.TYPE_WORD})\s*(?:số\s*)?\d)", re.IGNORECASE)
# a document a title names: "sửa đổi ... của Nghị định 185/2013/NĐ-CP"
_NAMED_DOCUMENT = Lazy(rf"(?:{scan.TYPE_WORD})\s*(?:số\s*)?\d[\w/.\-]*", re.IGNORECASE)


def plenum_number(m) -> int | None:
    """The plenum number of a :data:`scan.PLENUM_AFTER` or :data:`scan.PLENUM_BEFORE` match."""
    pw = m.group("pw") or ""
    roman = m.group("pr") or (pw if pw and set(pw) <= set("IVX") else None)
    if m.group("pn"):
        value = int(m.group("pn"))
    elif roman:
        value = roman_to_int(roman)
    else:
        word = (m.group("pw") or m.group("pc") or "").lower()
        word = squash_spaces(modern_tone(word))
        value = int(word) if word.isdigit() else scan.ORDINAL_WORDS.get(word)
    return value if value and 0 < value <= MAX_PLENUM else None


_BODY_NAMES = {form: body.name for body in codes.bodies() + codes.central_offices() for form in body.forms}


def body_name(m) -> str:
    """The canonical name of the body in a :data:`scan.BODY` match, with its place as
    :func:`written_place` gives it.

    >>> body_name(scan.BODY.match("UBND TP.HCM về")), body_name(scan.BODY.match("Quận ủy Q.1 đã"))
    ('Ủy ban nhân dân TP.HCM', 'Quận ủy quận 1')
    """
    if m.group("central"):
        return _BODY_NAMES[form_key(m.group("central"))]
    name = _BODY_NAMES[form_key(m.group("local"))]
    place = m.group("place") or ""
    if not ORGANISATION.match(place):
        place = written_place(place)
    return modern_tone(f"{name} {squash_spaces(place)}".strip())


def written_place(text: str) -> str:
    """A place the scanner read (:data:`scan.LOCALITY`) as a body's name gives it: spaces
    tidied, a level's abbreviation other than "TP" written out.

    >>> written_place(" Q.1"), written_place(" H. Củ Chi"), written_place(" tỉnh  Quảng Nam")
    ('quận 1', 'huyện Củ Chi', 'tỉnh Quảng Nam')
    """
    place = PLACE.fullmatch(text)
    return place_text(place) if place else squash_spaces(text.strip())


def place_text(place) -> str:
    """The place of a :data:`PLACE` match as a body's name gives it: spaces tidied, a level's
    abbreviation other than "TP" written out ("Q.1" → "quận 1", "H. Củ Chi" → "huyện Củ Chi")."""
    abbr = place.group("abbr")
    if abbr and abbr.lower() in _LEVEL_ABBREVIATIONS:
        return f"{_LEVEL_ABBREVIATIONS[abbr.lower()]} {squash_spaces(place.group('dotted'))}"
    return squash_spaces(place.group().strip())


_LEVEL_ABBREVIATIONS = {"q": "quận", "h": "huyện", "tx": "thị xã", "p": "phường", "tt": "thị trấn"}
PLACE = Lazy(scan.PLACE_WRITTEN, re.IGNORECASE)
# what the scanner reads whole after a body: "Khối các cơ quan tỉnh Quảng Trị", "Tập đoàn Dầu
# khí Việt Nam" (and all after a bloc's form, "Đảng ủy Khối Dân – Chính Đảng")
ORGANISATION = Lazy(
    rf"{scan.__}(?:khối|tập{scan.__}đoàn|tổng{scan.__}công{scan.__}ty|công{scan.__}ty|cơ{scan.__}quan"
    rf"|các{scan.__}cơ{scan.__}quan|doanh{scan.__}nghiệp)(?![^\W_])",
    re.IGNORECASE,
)


def date_of(m):
    """``(date, year)`` of a :data:`scan.DATE` match; the date is None without a full date."""
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
