"""Party documents named by their meeting, not their number: plenums ("Nghị quyết Trung
ương 4 khóa XII") and congresses ("Nghị quyết Đại hội XIII", "Nghị quyết Đại hội Đảng bộ
tỉnh lần thứ XV").
"""

from __future__ import annotations

import re

import attrs

from ..text import scan
from ..vocab.orthography import int_to_roman, roman_to_int
from .modifiers import ORGANISATION, plenum_number, read_modifiers, read_title, written_place
from .page import CENTRAL_COMMITTEE, MAX_PLENUM, Found, Page, roman, skip_space
from ..text.normalize import fold, modern_tone, squash_spaces

# the Party has held thirteen national congresses and provinces about twenty; an ordinal
# above 40 is a count or a year, not a congress
MAX_CONGRESS = 40


def read_plenum(page: Page, start: int, m: re.Match, type_name: str) -> Found | None:
    """A plenum resolution from its type word at ``start`` and the plenum phrase ``m``, and
    the plenums a list adds after it ("Nghị quyết Trung ương 4 và Trung ương 5 khóa XII")."""
    number = plenum_number(m)
    if number is None or scan.OTHER_PARTY_AFTER.match(page.t, m.end()):
        return None
    t = page.t
    terms = scan.TERM_LIST.match(t, skip_space(t, m.end()))
    if terms:
        return _plenum_terms(page, start, terms, number, type_name)
    items = []  # (start, number, modifiers) of each plenum of a list
    while True:
        mods = read_modifiers(t, m.end(), plenums=False)
        items.append((start, number, mods))
        more = scan.PLENUM_MORE.match(t, mods.end)
        if more is not None and plenum_number(more) is not None and not scan.OTHER_PARTY_AFTER.match(t, more.end()):
            start, number, m = more.start("next"), plenum_number(more), more
            continue
        # "Nghị quyết Trung ương 6, 7 khóa XII": the next plenum by its number alone
        more = scan.PLENUM_NUMBER_MORE.match(t, mods.end)
        if more is None or not 0 < int(more.group("next")) <= MAX_PLENUM:
            break
        start, number, m = more.start("next"), int(more.group("next")), more
    # a term after the last plenum is the term of those written without one:
    # "Nghị quyết Trung ương 4 và Trung ương 5 khóa XII" are both of the twelfth term
    shared = items[-1][2].term
    out = [
        page.cite(begin, mods.end, "plenum", type_name=type_name, plenum=n, term=mods.term or shared,
                  body=CENTRAL_COMMITTEE, date=mods.date, year=mods.year, title=None)
        for begin, n, mods in items
    ]
    end = items[-1][2].end
    if shared:
        # "Nghị quyết Trung ương 4 khóa XI, XII", "Nghị quyết T.Ư 4 (khóa XI) và khóa XII":
        # the same plenum of two terms is two resolutions (the gold counts the second on its own)
        while True:
            more = scan.TERM_MORE.match(t, end)
            if more is None or roman_to_int(more.group("t")) is None:
                break
            term = int_to_roman(roman_to_int(more.group("t")))
            begin = _first_word_after_join(t, more.start(), more.start("t"))
            out.append(page.cite(begin, more.end(), "plenum", type_name=type_name, plenum=number, term=term,
                                 body=CENTRAL_COMMITTEE))
            end = more.end()
    # one topic for the whole list: "Nghị quyết T.Ư 4 (khóa XI) và khóa XII về xây dựng Đảng"
    return _with_title(page, out, end)


def _plenum_terms(page: Page, start: int, m: re.Match, number: int, type_name: str) -> Found:
    """One plenum, several terms: "Nghị quyết Trung ương 4 (Khóa XI, XII)"."""
    out = [page.cite(start, m.end("first"), "plenum", type_name=type_name, plenum=number,
                     term=roman(m.group("first")), body=CENTRAL_COMMITTEE)]
    for r in scan.ROMAN_AT.finditer(page.t, m.start("more"), m.end("more")):
        term = roman(r.group())
        if term:
            out.append(page.cite(r.start(), r.end(), "plenum", type_name=type_name, plenum=number,
                                 term=term, body=CENTRAL_COMMITTEE))
    return _with_title(page, out, m.end())


def _with_title(page: Page, out: list, end: int) -> Found:
    title = read_title(page.t, end)
    if title:
        out = [attrs.evolve(c, title=title) for c in out]
    return Found(tuple(out), end)


def _first_word_after_join(t: str, start: int, term_start: int) -> int:
    segment = t[start:term_start]
    m = re.search(r"(?i)kh(?:óa|oá)", segment)
    return start + m.start() if m else term_start


def congress_follows(t: str, m: re.Match) -> bool:
    """Whether the :data:`scan.CONGRESS` match ``m`` names a congress of the Party.

    It must say which congress: an ordinal, or a local organisation and its term in years.
    """
    return bool(
        (m.group("ord") or (m.group("nk") and local_org(m) is not None))
        and not scan.OTHER_CONGRESS.match(t, m.end())
    )


def read_congress(page: Page, start: int, m: re.Match, type_name: str) -> Found | None:
    """A congress resolution from its type word at ``start`` and the congress phrase ``m``,
    and the congresses a list adds after it ("..., huyện lần thứ XXII")."""
    org = _organisation(m)
    first = _congress(page, start, m, type_name, org)
    if first is None:
        return None
    out, end = [first], m.end()
    read = [(start, m)]  # where each congress of the list starts, and its match
    while True:
        more = scan.CONGRESS_MORE.match(page.t, end)
        if more is None or scan.OTHER_CONGRESS.match(page.t, more.end()):
            break
        if more.group("dh") or more.group("lvl") or more.group("orgw") is not None:
            org = _organisation(more)
        elif _next_ordinal(out[-1].congress, more.group("ord")):
            # "Nghị quyết Đại hội XII, XIII của Đảng", "Đại hội Đảng bộ tỉnh lần thứ XV và XVI":
            # the next congress of the same organisation by its ordinal alone; an organisation
            # written after the last is the list's ("lần thứ XV, XVI của Đảng bộ tỉnh")
            later = _organisation(more)
            if later is not None and org is None:  # every congress before it, however many
                out = [_congress(page, at, match, type_name, later) or cite for (at, match), cite in zip(read, out)]
            org = later if later is not None else org
        else:
            break
        cite = _congress(page, more.start("next"), more, type_name, org)
        if cite is None:
            break
        out.append(cite)
        read.append((more.start("next"), more))
        end = more.end()
    title = read_title(page.t, end)
    if title:
        out[-1] = attrs.evolve(out[-1], title=title)
    return Found(tuple(out), end)


def _next_ordinal(previous: str | None, ordinal: str | None) -> bool:
    """Whether ``ordinal`` (a Roman numeral) can be the next congress of a list after the
    congress ``previous``: a later one ("XII, XIII"), not a count or a year ("XII, 2 năm")."""
    if not previous or not ordinal or ordinal.isdigit():
        return False
    before, value = roman_to_int(previous), roman_to_int(ordinal)
    return before is not None and value is not None and before < value <= MAX_CONGRESS


def _congress(page: Page, start: int, m: re.Match, type_name: str, org: str | None):
    ordinal = m.group("ord")
    congress = None
    if ordinal:
        value = int(ordinal) if ordinal.isdigit() else roman_to_int(ordinal)
        if value is None or not 0 < value <= MAX_CONGRESS:
            return None
        congress = int_to_roman(value)
    body = modern_tone(squash_spaces(fold("Đảng bộ" + org))) if org is not None else None
    # a local congress's term, as years: the committee's term ("2020-2025")
    term = "-".join(re.findall(r"\d{4}", m.group("nk"))) if m.group("nk") else None
    return page.cite(start, m.end(), "congress", type_name=type_name, congress=congress, body=body, term=term)


def _organisation(m: re.Match) -> str | None:
    """The local organisation a congress phrase names: "Đảng bộ" and what follows it."""
    groups = m.groupdict()
    if groups.get("lvl"):
        return f" {groups['lvl']}{groups.get('place') or ''}"
    return local_org(m)


def local_org(m: re.Match) -> str | None:
    """The place of a local Party organisation in a congress phrase ("tỉnh Quảng Nam"), or None."""
    groups = m.groupdict()
    if groups.get("orgw") is not None:
        return groups["orgw"]
    for group in ("org1", "org2"):
        org = groups.get(group)
        if org is not None:
            # "Q.1" is "quận 1"; a company's or a bloc's name stays as written
            return f" {written_place(org)}" if org.strip() and not ORGANISATION.match(org) else org
    return None
