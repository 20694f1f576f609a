"""Where an article is: the province, and the district or town, it is about.

Local Party committees reuse numbers (every province has a 04-NQ/TU), so a local
document is told apart by its place. Names are looked up in the legacy gazetteer of the
``vietnamadminunits`` package, which knows the provinces and districts as they were
before the 2025 merger (the articles span decades). Only its data file is read, on first
use: importing its parser costs 0.3 s (it compiles a 46,000-character pattern of the 2025
units and loads geometry libraries), more than reading the whole file.

Provinces are written many ways ("TP.HCM", "TPHCM", "Thừa Thiên - Huế", "Đăk Lăk",
"Bà Rịa-Vũng Tàu", "Khánh Hoà"); :func:`province_of` knows them all and
:func:`same_place` compares two places however each is written.
"""

from __future__ import annotations

import collections
import functools
import importlib.util
import json
import re
from pathlib import Path

import attrs

from ..text.normalize import fold, modern_tone, plain, squash_spaces
from ..vocab.orthography import CAPWORD, UPPER


@attrs.frozen
class Place:
    """A province (short name, "Quảng Ninh") and, where known, a district or town."""

    province: str
    district: str | None = None

    def __str__(self) -> str:
        return f"{self.district}, {self.province}" if self.district else self.province


# spellings the gazetteer does not know, in the form _key() gives them (no diacritics,
# spaces or punctuation; a leading "tỉnh", "thành phố" or "TP" already dropped)
_ALIASES = {
    "hcm": "Hồ Chí Minh", "tphcm": "Hồ Chí Minh", "saigon": "Hồ Chí Minh", "hochiminh": "Hồ Chí Minh",
    "thuathienhue": "Huế", "tthue": "Huế",
    "daclac": "Đắk Lắk", "daklac": "Đắk Lắk", "daclak": "Đắk Lắk",
    "dacnong": "Đắk Nông",
    "brvt": "Bà Rịa - Vũng Tàu",
    "hn": "Hà Nội",
}
_PREFIX = re.compile(r"^\s*(?:thanh\s*pho|tinh|t\.?\s?p)(?:\s*\.\s*|\s+|(?=hcm))")


def _key(name: str) -> str:
    """A name reduced to what tells provinces apart: no prefix, case, marks or spaces."""
    text = _PREFIX.sub("", plain(fold(name)))
    return re.sub(r"[\W_]+", "", text)


@functools.cache
def _legacy_units() -> dict:
    """The package's legacy gazetteer: provinces, and the districts of each."""
    spec = importlib.util.find_spec("vietnamadminunits")  # found, not imported
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("dangdoc needs the vietnamadminunits package for place names: "
                          f"pip install '{_GAZETTEER}'")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "parser_legacy.json"
    try:
        data = json.loads(path.read_text("utf-8"))
        units = {"provinces": data["DICT_PROVINCE"], "districts": data["DICT_PROVINCE_DISTRICT"]}
        for unit in units["provinces"].values():
            unit["province"], unit["provinceShort"]
        for unit in (d for districts in units["districts"].values() for d in districts.values()):
            unit["district"], unit["districtShort"], unit["districtType"], unit["districtKeywords"]
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ImportError(f"{path}: not the gazetteer this dangdoc reads ({type(exc).__name__}: {exc}); "
                          f"install the version it was made for: pip install '{_GAZETTEER}'") from None
    return units


# the versions of vietnamadminunits whose data file dangdoc reads (as pyproject.toml pins them)
_GAZETTEER = "vietnamadminunits>=1.0.4,<2"


@functools.cache
def _province_keys() -> dict[str, str]:
    keys = {}  # the gazetteer's names first: provinces() lists them in this order
    for unit in _legacy_units()["provinces"].values():
        keys[_key(unit["provinceShort"])] = unit["provinceShort"]
        keys[_key(unit["province"])] = unit["provinceShort"]
    keys.update(_ALIASES)
    return keys


def provinces() -> list[str]:
    """The 63 provinces and centrally governed cities before the 2025 merger, by their
    short names, in the gazetteer's order (north to south).

    >>> names = provinces()
    >>> len(names), names[0], "Đắk Lắk" in names
    (63, 'Hà Nội', True)
    """
    return list(dict.fromkeys(_province_keys().values()))


def province_of(name: str) -> str | None:
    """The province a name stands for however it is written, or None.

    >>> [province_of(n) for n in ("TP.HCM", "TPHCM", "Tp. Hồ Chí Minh", "Sài Gòn")]
    ['Hồ Chí Minh', 'Hồ Chí Minh', 'Hồ Chí Minh', 'Hồ Chí Minh']
    >>> [province_of(n) for n in ("Đắc Lắc", "Đăk Lăk", "tỉnh Thừa Thiên - Huế", "Bà Rịa-Vũng Tàu")]
    ['Đắk Lắk', 'Đắk Lắk', 'Huế', 'Bà Rịa - Vũng Tàu']
    >>> province_of("Thủ Đức") is None   # a district, not a province: see place_of
    True
    """
    return _province_keys().get(_key(name))


@functools.lru_cache(maxsize=16384)
def place_of(name: str) -> Place | None:
    """The place a name stands for, or None if it is unknown or could be several.

    >>> print(place_of("thị xã Quảng Yên"))
    Quảng Yên, Quảng Ninh
    >>> print(place_of("Quảng Nam")), print(place_of("TP.HCM")), print(place_of("quận Thủ Đức, TP.HCM"))
    Quảng Nam
    Hồ Chí Minh
    Thủ Đức, Hồ Chí Minh
    (None, None, None)
    >>> place_of("Châu Thành") is None   # a district name found in several provinces
    True
    """
    province = province_of(name)
    key = _name_key(name)
    if province and (key == _name_key(province) or key not in _district_index()):
        return Place(province)  # not "Thạnh Hóa", a district of Long An spelt as Thanh Hóa without marks
    head, comma, tail = name.rpartition(",")
    if comma and province_of(tail):  # "quận Thủ Đức, TP.HCM"
        return _district(head, province_of(tail)) or Place(province_of(tail))
    return _district(name)


# the words that say what level a place is, as the gazetteer's types name them; the bodies
# of a level say it too ("Huyện ủy Thọ Xuân"), those of any level say nothing ("UBND Núi Thành")
_LEVELS = {"tỉnh": "tỉnh", "thành phố": "thành phố", "tp": "thành phố", "tp.": "thành phố",
           "thị xã": "thị xã", "tx": "thị xã", "tx.": "thị xã", "huyện": "huyện", "h.": "huyện",
           "quận": "quận", "q.": "quận", "tỉnh ủy": "tỉnh", "thành ủy": "thành phố", "thị ủy": "thị xã",
           "huyện ủy": "huyện", "quận ủy": "quận", "tỉnh đoàn": "tỉnh", "thành đoàn": "thành phố",
           "thị đoàn": "thị xã", "huyện đoàn": "huyện", "quận đoàn": "quận", "ubnd": None, "hđnd": None,
           "ủy ban nhân dân": None, "hội đồng nhân dân": None, "đảng ủy": None, "đảng bộ": None}
_LEVEL_WORDS = frozenset(w for w, level in _LEVELS.items() if level and not w.endswith(("ủy", "đoàn")))


def level_named(word: str) -> str | None:
    """The level a word names, as the gazetteer's types do, however it is written.

    >>> level_named("TP."), level_named("Huyện"), level_named("Đảng ủy")
    ('thành phố', 'huyện', None)
    """
    return _LEVELS.get(_name_key(word).replace("uỷ", "ủy"))
# at most this many words name a district ("Điện Biên Phủ", "Nam Trà My"); more follow it
# in running text ("quận Ngô Quyền Trần Hữu": a person's name comes next)
_NAME_WORDS = 4


def _name_key(name: str) -> str:
    """A place name as the index keeps it: lower case, modern tone marks, single spaces;
    the names of the Central Highlands however their final consonant is spelt ("Krông
    Pắk", "Krông Pắc"; no Vietnamese syllable ends in k) and "Đắk" however written.

    >>> _name_key("Huyện  Đăk-Hà"), _name_key("Krông Pắk") == _name_key("Krông Pắc")
    ('huyện đắc hà', True)
    """
    words = (w[:-1] + "c" if w.endswith("k") else w for w in modern_tone(fold(name)).lower().replace("-", " ").split())
    return " ".join("đắc" if w in _DAK else w for w in words)


# how "Đắk" is written (its final k already read as c)
_DAK = frozenset({"đắc", "đăc", "đac", "dac", "đác"})


@functools.cache
def _district_index() -> dict[str, list]:
    """Every district, town and provincial city by its names (short, "Thọ Xuân", and full,
    "Huyện Thọ Xuân"; "Cao Lãnh (Huyện)" also as "Cao Lãnh") → [(province, district,
    level)]; names are matched with their diacritics ("Tân Thành" is not "Tân Thạnh").
    Units merged away (huyện Nam Đông, now part of Phú Lộc) are not there: their documents
    are not their successor's."""
    index: dict[str, list] = collections.defaultdict(list)
    provinces = _legacy_units()["provinces"]
    for province_key, districts in _legacy_units()["districts"].items():
        province = provinces[province_key]["provinceShort"]
        for d in districts.values():
            entry = (province, d["districtShort"], d["districtType"].lower())
            short = d["districtShort"].split(" (")[0]  # "Cao Lãnh (Huyện)": two units of one name
            for name in {short, d["districtShort"], d["district"]}:
                index[_name_key(name)].append(entry)
    return dict(index)


def _district(name: str, province: str | None = None) -> Place | None:
    """The place a name gives: the district, town or provincial city it starts with, or
    that follows its last level word ("huyện Thọ Xuân", "Tam Kỳ", "quận Ngô Quyền Trần Hữu",
    "Khối các cơ quan huyện Thọ Xuân"), in ``province`` if given or named last ("huyện Thọ
    Xuân tỉnh Thanh Hóa"); a province named so ("tỉnh Ninh Bình Trần Thị") gives the
    province. None when the name is no place or could be several ("huyện Châu Thành" is in
    eight provinces). A level word given ("thị xã Cai Lậy") chooses between units of one
    name in one province, and "quận" between provinces (only the five central cities have
    them); without one, a province comes before a district of its name ("Điện Biên"), but
    not one spelt with other diacritics ("Phù Yên" is in Sơn La). With two units of one name
    in one province and nothing to choose, the province only.

    >>> [str(_district(n)) for n in ("huyện Thọ Xuân", "thị xã Quảng Yên", "Tam Kỳ", "Điện Biên Phủ")]
    ['Thọ Xuân, Thanh Hóa', 'Quảng Yên, Quảng Ninh', 'Tam Kỳ, Quảng Nam', 'Điện Biên Phủ, Điện Biên']
    >>> [str(_district(n)) for n in ("thị xã Cai Lậy", "Cai Lậy", "huyện Châu Thành", "tỉnh Đoàn Thanh niên")]
    ['Cai Lậy (Thị xã), Tiền Giang', 'Tiền Giang', 'None', 'None']
    >>> [str(_district(n)) for n in ("UBND Núi Thành", "Khối các cơ quan tỉnh Quảng Trị", "Lê Thanh Liêm")]
    ['Núi Thành, Quảng Nam', 'Quảng Trị', 'None']
    >>> str(_district("quận 1", "Hồ Chí Minh")), str(_district("huyện Thanh Trì Hà"))
    ('Quận 1, Hồ Chí Minh', 'Thanh Trì, Hà Nội')
    """
    return _lookup(_name_key(name).split(), province)[0]


def _lookup(words: list[str], province: str | None = None) -> tuple[Place | None, int]:
    """:func:`_district` of a name's words (as :func:`_name_key` gives them), and how many
    of its words follow the place ("quận Ngô Quyền Trần Hữu": 2)."""
    if province is None:  # "huyện Thọ Xuân tỉnh Thanh Hóa": the province named last settles the rest
        for i in range(len(words) - 2, 0, -1):
            for size in (2, 1):
                if _LEVELS.get(" ".join(words[i:i + size])) in ("tỉnh", "thành phố") and i + size < len(words):
                    whole = province_of(" ".join(words[i + size:]))
                    if whole:
                        return _lookup(words[:i], whole)[0] or Place(whole), 0
    # what follows the last level word: "Khối các cơ quan tỉnh Quảng Trị"
    for i in range(len(words) - 2, 0, -1):
        if words[i] in _LEVEL_WORDS or " ".join(words[i - 1:i + 1]) in _LEVEL_WORDS:
            words = words[i - (" ".join(words[i - 1:i + 1]) in _LEVEL_WORDS):]
            break
    level = None
    for _ in range(2):  # "UBND huyện Núi Thành": a body, then a level
        for size in (4, 3, 2, 1):
            said = " ".join(words[:size]).replace("uỷ", "ủy")
            if len(words) > size and said in _LEVELS:
                level, words = _LEVELS[said] or level, words[size:]
                break
    index = _district_index()
    if level == "quận" and words and words[0].isdigit() and province_of(
            " ".join(w.capitalize() for w in words[1:])) not in (None, _NUMBERED_IN):
        return None, len(words)  # "quận 12 Hà Nội": only TP.HCM numbers its districts; this is another city's
    for n in range(min(_NAME_WORDS, len(words)), 0, -1):
        phrase, left = " ".join(words[:n]), len(words) - n
        whole = province_of(phrase)
        found = [e for e in index.get(phrase) or index.get(f"{level} {phrase}") or () if province in (None, e[0])]
        if whole and level in (None, "tỉnh", "thành phố") and province in (None, whole) and (
                not found or province is None and _name_key(whole) == phrase):
            return Place(whole), left
        if level == "tỉnh":
            continue
        if level == "quận" and any(e[2] == level for e in found):
            found = [e for e in found if e[2] == level]
        if len({e[0] for e in found}) > 1:
            return None, left  # the same name in several provinces (a level does not tell them apart: levels change)
        if level and found and not any(e[2] == level for e in found) and whole:
            return Place(whole), left  # "thị xã Sơn La", a city now: the province's capital
        if level and any(e[2] == level for e in found):
            found = [e for e in found if e[2] == level]
        if found:
            return (Place(found[0][0], found[0][1]) if len(found) == 1 else Place(found[0][0])), left
        if level == "quận" and phrase.isdigit() and 1 <= int(phrase) <= _NUMBERED_DISTRICTS and province in (
                None, _NUMBERED_IN):
            return Place(_NUMBERED_IN, f"Quận {int(phrase)}"), left  # Quận 2 and Quận 9, merged in 2021
    return None, len(words)


# only Thành phố Hồ Chí Minh numbers its urban districts, Quận 1 to Quận 12; Quận 2 and
# Quận 9 (with Thủ Đức) became Thành phố Thủ Đức on 1/1/2021 (Nghị quyết 1111/NQ-UBTVQH14 of
# 9/12/2020; nld.com.vn, 22/1/2021), so the gazetteer no longer has them, but the press wrote of
# them until then
_NUMBERED_IN, _NUMBERED_DISTRICTS = "Hồ Chí Minh", 12


def unit_level(place: Place) -> str | None:
    """What a place is: a province's level ("tỉnh", or "thành phố" for the cities run from the
    centre), or a district's ("huyện", "quận", "thị xã", "thành phố"); None for one the
    gazetteer does not know.

    >>> unit_level(Place("Hà Nội")), unit_level(Place("Quảng Nam")), unit_level(Place("Quảng Nam", "Tam Kỳ"))
    ('thành phố', 'tỉnh', 'thành phố')
    """
    return _unit_levels().get((place.province, place.district))


@functools.cache
def _unit_levels() -> dict[tuple, str]:
    levels = {}
    for province_key, unit in _legacy_units()["provinces"].items():
        levels[unit["provinceShort"], None] = "thành phố" if _name_key(unit["province"]).startswith("thành phố") else "tỉnh"
        for d in _legacy_units()["districts"].get(province_key, {}).values():
            levels[unit["provinceShort"], d["districtShort"]] = d["districtType"].lower()
    return levels


def _whole_place(name: str) -> bool:
    """Whether the whole of ``name`` is a place ("UBND TP Hà Nội"), with no person's name
    after it ("UBND TP HCM Phan Văn Mãi").

    >>> _whole_place("Thành ủy Tam Kỳ"), _whole_place("UBND TP HCM Phan Văn Mãi")
    (True, False)
    """
    place, left = _lookup(_name_key(name).split())
    return place is not None and left == 0


def canonical_place(name: str) -> str:
    """A place as the gazetteer names it, however it was written ("TP.HCM" → "Hồ Chí
    Minh"); an unknown name comes back as written, with its spaces tidied.

    >>> canonical_place("Tp. HCM"), canonical_place("quận 1, TP.HCM"), canonical_place("Nơi  lạ")
    ('Hồ Chí Minh', 'Quận 1, Hồ Chí Minh', 'Nơi lạ')
    """
    place = place_of(squash_spaces(name))
    return str(place) if place else squash_spaces(name)


def same_place(a: str | Place | None, b: str | Place | None) -> bool:
    """Whether two places are the same however each is written; a province matches any
    district in it ("TP.HCM" matches "Thủ Đức, Hồ Chí Minh").

    >>> same_place("TP.HCM", "Thủ Đức, Hồ Chí Minh"), same_place("Đăk Lăk", "Đắk Lắk")
    (True, True)
    >>> same_place("Thừa Thiên - Huế", "Huế"), same_place("Hà Nội", "TP HCM"), same_place(None, "Hà Nội")
    (True, False, False)
    """
    if not a or not b:
        return False
    pa = a if isinstance(a, Place) else place_of(str(a))
    pb = b if isinstance(b, Place) else place_of(str(b))
    if pa is None or pb is None:
        return plain(squash_spaces(str(a))) == plain(squash_spaces(str(b)))
    if pa.province != pb.province:
        return False
    return pa.district is None or pb.district is None or pa.district == pb.district


def place_matches(query: str, locality: str | None) -> bool:
    """Whether an article's locality answers a place filter as a user types it: the same
    place however written ("TP.HCM" finds "Quận 1, Hồ Chí Minh"), or, for a name the
    gazetteer does not know, the name inside it without case or diacritics.

    >>> place_matches("TP.HCM", "Quận 1, Hồ Chí Minh"), place_matches("quang nam", "Tam Kỳ, Quảng Nam")
    (True, True)
    >>> place_matches("Hà Nội", "Hồ Chí Minh"), place_matches("Hà Nội", None)
    (False, False)

    A district asked for is not found in an article placed in its province only: it may be
    about anywhere in the province.

    >>> place_matches("Nhà Bè", "Hồ Chí Minh"), place_matches("huyện Nhà Bè", "Nhà Bè, Hồ Chí Minh")
    (False, True)
    """
    if not locality:
        return False
    asked = place_of(query)
    if asked is not None and asked.district is not None:
        placed = place_of(locality)
        if placed is not None and placed.district is None:
            return False
    return same_place(query, locality) or plain(squash_spaces(query)) in plain(locality)


# -- where an article is ---------------------------------------------------------------

# spellings of provinces as written in running text, besides each short name; matched in
# lower case with tone marks in the modern place, any dots, dashes and spaces between words
_SPELLINGS = {
    "Hồ Chí Minh": ("tp hcm", "tp hồ chí minh", "thành phố hồ chí minh"),  # bare "Hồ Chí Minh" is the president
    "Huế": ("thừa thiên huế", "huế"),
    "Đắk Lắk": ("đăk lăk", "đắc lắc", "đắk lăk", "đăk lắk", "dak lak"),
    "Đắk Nông": ("đăk nông", "đắc nông", "dak nông"),
    "Kon Tum": ("kontum",),
}
_WORD_BREAK = re.compile(r"[\s.\-\u2010-\u2015]+")


_WORD = re.compile(r"[^\W_]+")
_SEPARATORS = frozenset(" \t\r\n\u00a0.-\u2010\u2011\u2012\u2013\u2014\u2015")


@functools.cache
def _spelled() -> tuple[dict[tuple[str, ...], str], int, frozenset[str]]:
    """Every spelling as its words in lower case with modern tone marks (and run together:
    "tphcm", "daklak") → its province; the most words a spelling has; the words a spelling
    starts with."""
    spelled = {}
    for province in provinces():
        for spelling in (*_SPELLINGS.get(province, ()), province):
            if province == "Hồ Chí Minh" and spelling == province:
                continue
            words = tuple(modern_tone(spelling).lower().replace("-", " ").split())
            spelled[words] = province
            spelled[("".join(words),)] = province
    return spelled, max(map(len, spelled)), frozenset(words[0] for words in spelled)


def _find_spellings(hay: str):
    """(start, end, province) for each spelling in the lower-cased text, longest first and
    not overlapping; words may be joined by spaces, dots and dashes. A dictionary look-up
    per word: linear in the text."""
    spelled, longest, first = _spelled()
    words = list(_WORD.finditer(hay))
    i = 0
    while i < len(words):
        if words[i].group() not in first:
            i += 1
            continue
        for n in range(min(longest, len(words) - i), 0, -1):
            run = words[i:i + n]
            if any(not _SEPARATORS.issuperset(hay[a.end():b.start()]) for a, b in zip(run, run[1:])):
                continue
            province = spelled.get(tuple(w.group() for w in run))
            if province:
                yield run[0].start(), run[-1].end(), province
                i += n
                break
        else:
            i += 1


def _haystack(text: str) -> str:
    """The text in lower case with modern tone marks, the same length as the text."""
    folded = modern_tone(fold(text)).lower()
    return folded if len(folded) == len(text) else text.lower()


# a capitalised word with lower-case letters right before a name: a person ("Phí Thái Bình")
_PERSON_BEFORE = re.compile(rf"(?-i:[{UPPER}])[^\W\d_]*[a-zđà-ỹ][^\W\d_]*[ \t]+$")
_NAME_GOES_ON = re.compile(rf"[ \t]+(?-i:[{UPPER}])[a-zđà-ỹ]")
# sentence-initial words and cues that may stand capitalised before a place
_NOT_A_NAME = frozenset("tại ở về của và từ đến với cho theo tỉnh thành phố huyện quận thị xã ủy uỷ".split())
# "đại biểu Trần Hoàng Ngân (Thành phố Hồ Chí Minh)": the deputy's province, not the article's
_DEPUTY_BEFORE = re.compile(r"(?:đại biểu|đbqh|\bđb\b)[^.;\n]{0,60}$")
# how far back a deputy or a person's name is looked for
_LOOK_BACK = 70


def _mentions(text: str):
    """(start, end, province, explicit) for every province named in the text, without
    those that are a person's name or a deputy's constituency."""
    hay = _haystack(text)
    for start, end, province in _find_spellings(hay):
        surface = text[start:end]
        explicit = hay.startswith(("tp", "thành phố"), start)
        if not explicit and not all(w[:1].isupper() for w in _WORD_BREAK.split(surface) if w):
            continue  # "hòa bình" is peace, not the province
        before = text[max(0, start - _LOOK_BACK):start]
        if _DEPUTY_BEFORE.search(hay[max(0, start - _LOOK_BACK):start]):
            continue
        person = _PERSON_BEFORE.search(before)
        if person and not explicit and person.group().split()[-1].lower() not in _NOT_A_NAME:
            continue
        if not explicit and _NAME_GOES_ON.match(text, end):
            continue  # "Đồng Tháp Mười", "Thái Bình Dương": a longer name
        yield start, end, province, explicit


# the first lines of an article: a headline "Quảng Nam: ...", a dateline "QUẢNG NAM -",
# "TP HCM (TTXVN) -", "(Baohaiduong.vn) -"
_LEAD_LINES = 3
_DATELINE_END = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?[-\u2010-\u2015:]")
_SITE = re.compile(r"[ \t]*\((?:www\.)?(?:bao)?(?P<site>[A-Za-z]{3,30})(?:\.vn|\.com\.vn|online)?\)[ \t]*[-\u2010-\u2015]",
                   re.IGNORECASE)


def _lead_place(line: str) -> str | None:
    site = _SITE.match(line)
    if site:
        return _province_keys().get(site.group("site").lower())
    for start, end, province, _ in _mentions(line[:60]):
        if line[:start].strip() == "" and _DATELINE_END.match(line, end):
            return province
        break
    return None


def locate(text: str) -> Place | None:
    """The place an article is about, from its headline or dateline and the places it names.

    A headline "Quảng Nam: ..." or a dateline ("TP HCM -", "QUẢNG NAM -", "(Baonghean) -")
    in the first three lines counts three times; every other province named in the first
    4,000 characters (any spelling, "Tỉnh ủy Quảng Nam", "TP.HCM") and every district or
    town named with its level ("huyện Thọ Xuân", "Thị ủy Quảng Yên") twice. Provinces that are a deputy's
    constituency or part of a person's name are left out. The province with at least two
    votes and more than half of all votes wins, with its most named district; None when no place is named or none
    has a majority (an article about the whole country names many).

    >>> print(locate("Quảng Nam: Tam Kỳ chú trọng công tác xây dựng Đảng\\nThành ủy Tam Kỳ ..."))
    Tam Kỳ, Quảng Nam
    >>> print(locate("Học tập gương Bác\\nTPHCM - Sáng 5/6, Thành ủy tổ chức hội nghị ..."))
    Hồ Chí Minh
    >>> print(locate("Triển khai thực hiện Nghị quyết, Thị ủy Quảng Yên đã chỉ đạo ..."))
    Quảng Yên, Quảng Ninh
    >>> locate("Đại biểu Lê Văn A (Đắk Lắk) và đại biểu Trần B (TP.HCM) thảo luận.") is None
    True
    """
    votes: collections.Counter = collections.Counter()
    districts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    order: dict[str, int] = {}

    def vote(province: str, weight: int, district: str | None = None) -> None:
        votes[province] += weight
        order.setdefault(province, len(order))
        if district:
            districts[province][district] += weight

    text = text[:_REACH]
    for line in [line for line in text.splitlines() if line.strip()][:_LEAD_LINES]:
        lead = _lead_place(line)
        if lead:
            vote(lead, 3)
    for _, _, province, _ in _mentions(text):
        vote(province, 1)
    for m in _CUE.finditer(text):
        if _DEPUTY_BEFORE.search(_haystack(text[max(0, m.start() - _LOOK_BACK):m.start()])):
            continue
        cue = _CUES[squash_spaces(m.group("cue").lower())]
        if m.group("name").isdigit() and _COUNTED.search(text, max(0, m.start() - 8), m.start()):
            continue  # "Đà Nẵng có 6 quận 1 huyện": a count, not Quận 1
        place = place_of(squash_spaces(f"{cue} {m.group('name')}".strip()))
        if place and place.district:  # provinces are counted above, in every spelling
            # a district named with its level ("huyện Yên Thành", "Thị ủy Quảng Yên") is one
            # place only, and says more than a province named in passing; a numbered one
            # ("quận 5") is mostly an address ("phường 13, quận 5"), and counts as one
            vote(place.province, 1 if m.group("name").isdigit() else _DISTRICT_VOTES, place.district)
    if not votes:
        return None
    province = max(votes, key=lambda p: (votes[p], -order[p]))
    if votes[province] < _SUPPORT or votes[province] * 2 <= sum(votes.values()):
        return None
    district = districts[province].most_common(1)[0][0] if districts[province] else None
    return Place(province, district)


_NAME = rf"(?P<name>{CAPWORD}(?:[ \t]+{CAPWORD}){{0,3}}|\d{{1,2}}(?!\d))"  # "quận 5": TP.HCM numbers its districts
# the words that announce a place, and how to say the place to the gazetteer
_CUES = {
    "tỉnh ủy": "tỉnh", "tỉnh uỷ": "tỉnh", "tỉnh": "tỉnh",
    "thành ủy": "", "thành uỷ": "", "thành phố": "", "tp.": "", "tp": "",
    "thị ủy": "thị xã", "thị uỷ": "thị xã", "thị xã": "thị xã", "tx.": "thị xã",
    "huyện ủy": "huyện", "huyện uỷ": "huyện", "huyện": "huyện", "h.": "huyện",
    "quận ủy": "quận", "quận uỷ": "quận", "quận": "quận", "q.": "quận",
}
_CUE = re.compile(
    r"(?<![^\W\d_])(?P<cue>" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(_CUES, key=len, reverse=True))
    + rf")[ \t]*{_NAME}",
    re.IGNORECASE,
)


# a number right before a level word counts units ("6 quận 1 huyện")
_COUNTED = re.compile(r"\d[ \t]*\Z")
# a province named once in passing ("họp tại Hà Nội") does not make an article local
_SUPPORT = 2
# the votes of a district named with its level: enough alone to place an article
_DISTRICT_VOTES = _SUPPORT
# an article names its place near the top; reading further costs time and finds the
# places it merely mentions
_REACH = 4000


# -- who acted -------------------------------------------------------------------------

_LOCAL_BODY = (r"(?:(?:Ban\s+Thường\s+vụ|Ban\s+Chấp\s+hành|Thường\s+trực|Ban\s+Tuyên\s+giáo|Ban\s+Tổ\s+chức|"
               r"Ban\s+Dân\s+vận|Ủy\s+ban\s+Kiểm\s+tra|Uỷ\s+ban\s+Kiểm\s+tra)\s+)?"
               r"(?P<level>Tỉnh\s+[uủ][yỷ]|Thành\s+[uủ][yỷ]|Huyện\s+[uủ][yỷ]|Quận\s+[uủ][yỷ]|Thị\s+[uủ][yỷ]|Đảng\s+[uủ][yỷ]|"
               r"UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Hội\s+đồng\s+nhân\s+dân)"
               r"(?:[ \t]+(?:tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã))?"
               rf"(?P<name>[ \t]+(?:TP\.?[ \t]?HCM|TPHCM|{CAPWORD}(?:[ \t]+{CAPWORD}){{0,3}}))?")
# what a body does in the sentence that names it as the one acting
_ACTS = ("ban hành", "ký", "tổ chức", "chỉ đạo", "quyết định", "triển khai", "thực hiện", "có văn bản", "yêu cầu",
         "phát động", "công bố", "thông qua", "họp", "kỷ luật", "sơ kết", "tổng kết", "ra", "kiểm tra", "giao")


@functools.cache
def _acting() -> re.Pattern:
    """A body, then what it does: a local one (with its place), or a central one as the
    vocabulary writes it (the Party's and the state's bodies and offices, longest first:
    "Thanh tra Chính phủ" is not "Chính phủ"; capitalised, which :func:`acting_body` checks)."""
    from ..text.scan import CENTRAL_BODY as forms

    return re.compile(
        # a body starts with a capital: the gate skips every other position at once
        rf"(?=[{UPPER}])(?<![^\W\d_])(?P<body>{_LOCAL_BODY}|(?P<central>(?i:{forms})))(?![^\W\d_])"
        r"[ \t]*(?:đã|vừa|mới|sẽ|chính thức|đã chính thức|vừa có)?[ \t]*"
        r"(?:" + "|".join(a.replace(" ", r"\s+") for a in _ACTS) + r")(?![^\W\d_])"
    )


# words before a body that make it not the one acting: a person's title ("Bí thư Thành ủy
# ... yêu cầu", "Phó Thủ tướng Chính phủ"), an owner ("Ủy ban ... của Quốc hội"), or a body
# asked to act ("kiến nghị Chính phủ tổng kết", "trình UBND TP")
_NOT_ACTING_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:phó|của|bí thư|ủy viên|uỷ viên|đại biểu|kiến nghị|đề nghị|yêu cầu|báo cáo|trình|gửi|xin|cho)"
    r"[ \t]+$")


def acting_body(text: str) -> str | None:
    """The body the text says issued something or acted ("Ban Thường vụ Tỉnh ủy Quảng Nam
    ban hành ..."), as written, or None. A province-level body written without its place
    ("Ban Thường vụ Tỉnh ủy đã ban hành ...") gets the province the article is about.

    >>> acting_body("Ngày 5/3, Ban Thường vụ Tỉnh ủy Quảng Nam đã ban hành Kế hoạch số 12-KH/TU ...")
    'Ban Thường vụ Tỉnh ủy Quảng Nam'
    >>> acting_body("Quảng Nam: ...\\nBan Thường vụ Tỉnh ủy vừa tổ chức hội nghị quán triệt ...")
    'Ban Thường vụ Tỉnh ủy Quảng Nam'
    >>> acting_body("Bộ Chính trị ban hành Chỉ thị số 05-CT/TW"), acting_body("Tỉnh ủy Quảng Nam và nhân dân")
    ('Bộ Chính trị', None)
    >>> acting_body("Bí thư Thành ủy Hoàng Trung Hải yêu cầu ...; Bộ Nội vụ kiến nghị Chính phủ tổng kết ...") is None
    True
    >>> acting_body("Bộ Tài chính vừa ban hành Thông tư 332"), acting_body("Thanh tra Chính phủ tổ chức hội nghị")
    ('Bộ Tài chính', 'Thanh tra Chính phủ')
    """
    for m in _acting().finditer(text[:_REACH]):
        if m.group("central") and not m.group("central")[:1].isupper():
            continue  # "các cơ quan trung ương chỉ đạo": no body named
        if _NOT_ACTING_BEFORE.search(_haystack(text[max(0, m.start() - _LOOK_BACK):m.start()])):
            continue
        name = m.group("name")
        if name and not (province_of(name) or _whole_place(f"{m.group('level')} {name}")):
            continue  # "Bí thư Thành ủy Hoàng Trung Hải yêu cầu", "UBND TP HCM Phan Văn Mãi": a person after it
        break
    else:
        return None
    body = squash_spaces(m.group("body"))
    if m.group("level") and not m.group("name") and re.match(r"(?i)tỉnh|thành|ubnd|hđnd|ủy ban|hội đồng", m.group("level")):
        place = locate(text)
        if place is not None:
            body = f"{body} {place.province}"
    return body
