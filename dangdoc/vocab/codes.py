"""Vocabularies: document type codes, issuer codes, issuing bodies, type words.

The tables are CSV files in ``dangdoc/vocab/data``, read once on first use. The grammar says
what an identifier looks like; these tables say which codes exist and whether an
issuer belongs to the Party or to the state.

Sources: Quy định 66-QĐ/TW (2017) and Hướng dẫn 36-HD/VPTW (2018) for Party types and
issuers; Nghị định 30/2020/NĐ-CP (Phụ lục III) and Luật 80/2015/QH13 for state ones.
"""

from __future__ import annotations

import functools
import re

import attrs

from .orthography import TW_SPELLINGS
from .tables import rows as _rows

PARTY = "party"
STATE = "state"


@attrs.frozen
class TypeCode:
    """A document type code and its Vietnamese names in each system."""

    code: str
    party_name: str | None
    state_name: str | None

    def name(self, system: str | None) -> str | None:
        """The Vietnamese name of this type in ``system`` (``"party"`` or ``"state"``)."""
        if system == STATE:
            return self.state_name or self.party_name
        return self.party_name or self.state_name


@attrs.frozen
class IssuerCode:
    """An issuer code (the part after the slash, or after the type code)."""

    code: str
    name: str
    system: str
    level: str


@attrs.frozen
class Body:
    """An issuing body as named in running text, with the issuer code it implies."""

    name: str
    forms: tuple[str, ...]
    issuer: str


@functools.lru_cache(maxsize=None)
def type_codes() -> dict[str, TypeCode]:
    """Every known type code, keyed by its upper-cased spellings.

    >>> type_codes()["QĐI"].code
    'QĐi'
    >>> type_codes()["ND"].code
    'NĐ'
    """
    table: dict[str, TypeCode] = {}
    for row in _rows("types.csv"):
        entry = TypeCode(row["code"], row["party_name"] or None, row["state_name"] or None)
        table[row["code"].upper()] = entry
        for variant in filter(None, row["variants"].split("|")):
            table[variant.upper()] = entry
    return table


@functools.lru_cache(maxsize=None)
def issuer_codes() -> dict[str, IssuerCode]:
    """Every known issuer code, keyed by its upper-cased spelling.

    >>> issuer_codes()["TTG"].name
    'Thủ tướng Chính phủ'
    """
    return {
        row["code"].upper(): IssuerCode(row["code"], row["name"], row["system"], row["level"])
        for row in _rows("issuers.csv")
    }


@functools.lru_cache(maxsize=None)
def bodies() -> tuple[Body, ...]:
    """Issuing bodies with the forms they take in text, longest forms first."""
    return tuple(
        Body(row["name"], tuple(row["forms"].split("|")), row["issuer"]) for row in _rows("bodies.csv")
    )


@attrs.frozen
class TypeWord:
    """A type word as written in text ("chỉ thị"), the code it implies and its name.

    ``bare`` says whether the word takes a bare number: ``"yes"`` ("Chỉ thị 05"),
    ``"số"`` after "số" ("Kế hoạch số 31", not "kế hoạch 5 năm") or when a date or its
    issuer follows ("Kế hoạch 64 của Ban Chỉ đạo"), ``"số only"`` after "số" alone ("Luật
    số 71", not "kỷ luật 22 đảng viên"), ``"no"`` never.
    """

    word: str
    code: str
    name: str
    bare: str = "yes"


@functools.lru_cache(maxsize=None)
def type_words() -> dict[str, TypeWord]:
    """Type words (lower case, modern tone marks) and the type each implies.

    >>> type_words()["quy định"]
    TypeWord(word='quy định', code='QĐ', name='Quy định', bare='yes')
    """
    return {
        row["word"]: TypeWord(row["word"], row["code"], row["name"], row["bare"])
        for row in _rows("type_words.csv")
    }


# "TƯ" and "T.Ư" (Trung ương) stand for TW in any issuer code: BTCTƯ, T.Ư.
_TW_VARIANTS = re.compile(TW_SPELLINGS, re.IGNORECASE)
# Party committees and their boards: a prefix naming the board and a suffix naming the
# level (BTGTU, UBKTTW, VPHU, BCSĐ...). Used for codes the table does not list.
_PARTY_SHAPE = re.compile(
    r"(?:B[A-ZĐ]{0,6}|UBKT|VP|BCĐ|ĐĐ)?(?:TW|TU|HU|QU|THU|ĐU|ĐUK)|BCSĐ[A-ZĐ]*|ĐĐ[A-ZĐ]*|ĐUK[A-ZĐ]*"
)
_STATE_SHAPE = re.compile(r"(?:UBTV)?QH\d{1,2}|UBND|HĐND|S[A-ZĐ]{1,6}|B[A-ZĐ]{1,8}")


def canonical_type(code: str) -> str | None:
    """The canonical spelling of a type code, or None when the code is unknown.

    >>> canonical_type("qđi"), canonical_type("CTR"), canonical_type("XYZ")
    ('QĐi', 'CTr', None)
    """
    entry = type_codes().get(code.upper())
    return entry.code if entry else None


def canonical_issuer_part(code: str) -> str:
    """The canonical spelling of one issuer code (one part of a joint issuer).

    ``TƯ``, ``T.Ư`` become ``TW``; known codes take their official case (``TTg``,
    ``ThU``); unknown codes are upper-cased.

    >>> canonical_issuer_part("T.Ư"), canonical_issuer_part("ttg"), canonical_issuer_part("btctư")
    ('TW', 'TTg', 'BTCTW')
    """
    folded = _TW_VARIANTS.sub("TW", code).upper()
    entry = issuer_codes().get(folded)
    if entry:
        return entry.code
    match = re.fullmatch(r"(UBTVQH|QH)(\d{1,2})", folded)
    if match:
        return match.group(1) + match.group(2)
    return folded


def issuer_system(issuer: str) -> str | None:
    """``"party"`` or ``"state"`` for an issuer code, from its first part; None if unknown.

    >>> issuer_system("TW"), issuer_system("BTCTU-BDVTU"), issuer_system("CP"), issuer_system("QH14")
    ('party', 'party', 'state', 'state')
    >>> issuer_system("XYZ") is None, issuer_system("BGD&ĐT")
    (True, 'state')
    """
    first = _first_part(issuer)
    entry = issuer_codes().get(first.upper())
    if entry:
        return entry.system
    upper = first.upper()
    if _PARTY_SHAPE.fullmatch(upper):
        return PARTY
    if _STATE_SHAPE.fullmatch(upper):
        return STATE
    return None


def _first_part(issuer: str) -> str:
    """The first code of an issuer, read without the "&" writers put in an office's name
    ("SGD&ĐT" is the listed SGDĐT)."""
    return issuer.split("-", 1)[0].replace("&", "")


# the organs of a company, whose numbered resolutions and decisions are no Party or state
# documents: the board of directors, the shareholders' meeting, a state company's members'
# council, the supervisory board, "the company"
CORPORATE_ORGANS = frozenset({"HĐQT", "HDQT", "ĐHĐCĐ", "ĐHCĐ", "DHDCD", "HĐTV", "BKS", "CTY"})


def is_corporate(issuer: str | None) -> bool:
    """Whether an issuer code names a company's organ in any of its parts.

    >>> is_corporate("HĐQT"), is_corporate("VEC-HĐTV"), is_corporate("ĐHĐCĐ"), is_corporate("UBND")
    (True, True, True, False)
    """
    if not issuer:
        return False
    return any(part.upper() in CORPORATE_ORGANS for part in issuer.replace("/", "-").split("-"))


def is_known_issuer(issuer: str) -> bool:
    """Whether the first part of ``issuer`` is a listed code or has a known shape."""
    return issuer_system(issuer) is not None


def type_name(code: str, system: str | None) -> str | None:
    """The Vietnamese name of a type code in a system.

    >>> type_name("TT", "state"), type_name("TT", "party"), type_name("QĐi", "party")
    ('Thông tư', 'Thông tri', 'Quy định')
    """
    entry = type_codes().get(code.upper())
    return entry.name(system) if entry else None


# Quy định was QĐi for a while (term XII), QyĐ in state use; Quyết định and Quy định share
# QĐ. One number sequence for all of them.
_TYPE_CLASS = {"QĐi": "QĐ", "QyĐ": "QĐ"}


def type_class(code: str | None) -> str | None:
    """Type codes that one number sequence may share: ``QĐ``, ``QĐi`` and ``QyĐ`` are one.
    Any spelling of a known code is read first (``qdi``, ``QD``).

    >>> type_class("QĐi"), type_class("qdi"), type_class("NQ"), type_class("XYZ")
    ('QĐ', 'QĐ', 'NQ', 'XYZ')
    """
    if not code:
        return None
    code = canonical_type(code) or code
    return _TYPE_CLASS.get(code, code)


#: the levels of issuers whose documents are told apart by place: every province has a 04-NQ/TU
LOCAL_LEVELS = frozenset({"provincial", "district", "base", "local"})
# the level a Party code's last letters name, for codes the table does not list (BTGTU, VPHU)
_PARTY_LEVEL_SUFFIX = re.compile(r"(?P<c>TW)$|(?P<p>TU)$|(?P<d>HU|QU|THU|ĐU|ĐUK)$")


def issuer_level(issuer: str) -> str | None:
    """``central``, ``provincial``, ``district``, ``base`` (Party) or ``local`` (state: UBND,
    HĐND, departments) for an issuer code, from its first part; None if unknown.

    >>> issuer_level("TW"), issuer_level("BTGTU"), issuer_level("VPHU"), issuer_level("UBND"), issuer_level("SGDĐT")
    ('central', 'provincial', 'district', 'local', 'local')
    >>> issuer_level("CP"), issuer_level("XYZ"), issuer_level("UBTVQH13"), issuer_level("QH14")
    ('central', None, 'central', 'central')
    >>> issuer_level("SGD&ĐT"), issuer_level("SVH&TT-QLDT")
    ('local', 'local')
    """
    first = _first_part(issuer)
    # a code with the legislature's term ("UBTVQH13", "QH14") is the code's
    entry = issuer_codes().get(first.upper()) or issuer_codes().get(first.upper().rstrip("0123456789"))
    if entry is not None:
        return entry.level
    upper = first.upper()
    m = _PARTY_LEVEL_SUFFIX.search(upper)
    if m:
        return "central" if m.group("c") else "provincial" if m.group("p") else "district"
    if issuer_system(first) == STATE and upper.startswith(("S", "UB", "HĐ")):
        return "local"
    return None


@attrs.frozen
class IssuingRule:
    """What an issuer may issue (``data/issuing.csv``): a type that ``only`` the listed
    issuers issue (Nghị định: the Government), or that the listed issuers ``never``
    issue (a Nghị quyết of the Prime Minister), with the issuer meant ``instead``."""

    type: str
    issuers: tuple[str, ...]
    rule: str
    instead: str | None


@functools.lru_cache(maxsize=None)
def issuing_rules() -> dict[str, tuple[IssuingRule, ...]]:
    """The issuing rules of each type code.

    >>> [r.issuers for r in issuing_rules()["NĐ"]]
    [('CP',)]
    >>> issuing_rules()["QĐ"][0].instead
    'TTg'
    """
    table: dict[str, list[IssuingRule]] = {}
    for row in _rows("issuing.csv"):
        rule = IssuingRule(row["type"], tuple(row["issuers"].split("|")), row["rule"], row["instead"] or None)
        table.setdefault(row["type"], []).append(rule)
    return {k: tuple(v) for k, v in table.items()}


def may_issue(issuer: str, type: str) -> bool:
    """Whether ``issuer`` (its first part; ``QH14`` counts as ``QH``) may issue ``type``.

    >>> may_issue("CP", "NĐ"), may_issue("BTC", "NĐ"), may_issue("TTg", "NQ"), may_issue("TW", "NQ")
    (True, False, False, True)
    """
    first = re.sub(r"\d+$", "", issuer.split("-", 1)[0])
    for rule in issuing_rules().get(type, ()):
        if rule.rule == "only" and first not in rule.issuers:
            return False
        if rule.rule == "never" and first in rule.issuers:
            return False
    return True


def sole_issuer(type: str) -> str | None:
    """The one issuer a type has, if it has one: ``NĐ`` → ``CP``.

    >>> sole_issuer("NĐ"), sole_issuer("CT")
    ('CP', None)
    """
    for rule in issuing_rules().get(type, ()):
        if rule.rule == "only" and len(rule.issuers) == 1:
            return rule.issuers[0]
    return None


def issuer_instead(issuer: str, type: str) -> str | None:
    """The issuer a writer meant when the one written cannot issue the type:
    "1880/QĐ-CP" is a Prime Minister's decision.

    >>> issuer_instead("CP", "QĐ"), issuer_instead("TTg", "QĐ")
    ('TTg', None)
    """
    for rule in issuing_rules().get(type, ()):
        if rule.rule == "never" and issuer in rule.issuers and rule.instead:
            return rule.instead
    return None


@functools.lru_cache(maxsize=None)
def offices() -> tuple[Body, ...]:
    """State offices and the short names the press gives ministries (``data/offices.csv``),
    read as issuers of the documents named just after them ("Bộ VHTT&DL có văn bản ...").

    >>> [o.issuer for o in offices() if "vpcp" in o.forms]
    ['VPCP']
    """
    return tuple(Body(row["name"], tuple(row["forms"].split("|")), row["issuer"]) for row in _rows("offices.csv"))


def central_offices() -> tuple[Body, ...]:
    """The :func:`offices` that are not local, each under the name of the body with its issuer
    code if :func:`bodies` has one ("Bộ VHTT&DL" is "Bộ Văn hóa, Thể thao và Du lịch").

    >>> [o.name for o in central_offices() if "vpcp" in o.forms]
    ['Văn phòng Chính phủ']
    """
    names = {b.issuer: b.name for b in bodies()}
    return tuple(
        Body(names.get(o.issuer, o.name), o.forms, o.issuer)
        for o in offices()
        if issuer_level(o.issuer) not in LOCAL_LEVELS
    )
