"""Where an article is: the province, and the district or town, it is about.

Local Party committees reuse numbers (every province has a 04-NQ/TU), so a local
document is told apart by its place. Names are resolved with the ``vietnamadminunits``
package in its legacy mode, which knows the provinces and districts as they were before
the 2025 merger (the articles span decades). It is imported on first use only.
"""

from __future__ import annotations

import collections
import functools
import re

import attrs

from ..text.normalize import fold, modern_tone, squash_spaces
from ..vocab.orthography import CAPWORD


@attrs.frozen
class Place:
    """A province (short name, "Quảng Ninh") and, where known, a district or town."""

    province: str
    district: str | None = None

    def __str__(self) -> str:
        return f"{self.district}, {self.province}" if self.district else self.province


@functools.lru_cache(maxsize=16384)
def place_of(name: str) -> Place | None:
    """The place a name stands for, or None if it is unknown or could be several.

    >>> print(place_of("thị xã Quảng Yên"))
    Quảng Yên, Quảng Ninh
    >>> print(place_of("Quảng Nam"))
    Quảng Nam
    >>> place_of("Châu Thành") is None   # a district name found in several provinces
    True
    """
    from vietnamadminunits import ParseMode, parse_address

    try:
        unit = parse_address(name, mode=ParseMode.LEGACY, level=2)
    except Exception:  # the package raises on some odd strings; an unknown place is no error
        return None
    # the package matches loosely ("huyện Châu Thành" comes back as Yên Châu, Sơn La): keep
    # only what the name really says
    said = _comparable(name)
    if unit.short_district and _comparable(unit.short_district) in said:
        return Place(unit.short_province, unit.short_district)
    if unit.short_province and _comparable(unit.short_province) in said:
        return Place(unit.short_province)
    return None


def _comparable(name: str) -> str:
    return modern_tone(squash_spaces(fold(name))).lower()


_NAME = rf"(?P<name>{CAPWORD}(?:[ \t]+{CAPWORD}){{0,3}})"
# "Quảng Nam: Tam Kỳ chú trọng ..." — a place before a colon at the start of the headline
_HEADLINE = re.compile(rf"\A\s*{_NAME}\s*:")
# the words that announce a place, and how to say the place to the gazetteer
_CUES = {
    "tỉnh ủy": "tỉnh", "tỉnh uỷ": "tỉnh", "tỉnh": "tỉnh",
    "thành ủy": "", "thành uỷ": "", "thành phố": "", "tp.": "", "tp": "",
    "thị ủy": "thị xã", "thị uỷ": "thị xã", "thị xã": "thị xã",
    "huyện ủy": "huyện", "huyện uỷ": "huyện", "huyện": "huyện",
    "quận ủy": "quận", "quận uỷ": "quận", "quận": "quận",
}
_CUE = re.compile(
    r"(?<![^\W\d_])(?P<cue>" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(_CUES, key=len, reverse=True))
    + rf")[ \t]*{_NAME}",
    re.IGNORECASE,
)


# an article names its place near the top; reading further costs time and finds the
# places it merely mentions
_REACH = 4000


def locate(text: str) -> Place | None:
    """The place an article is about, from its headline and the places it names.

    A "Quảng Nam: ..." headline counts three times; "Tỉnh ủy Quảng Nam", "tỉnh Quảng Nam",
    "Thị ủy Quảng Yên", "huyện Thọ Xuân" in the first 4,000 characters once each. The province named most wins (the
    first named on a tie), with its most named district. None when no place is named.

    >>> print(locate("Quảng Nam: Tam Kỳ chú trọng công tác xây dựng Đảng\\nThành ủy Tam Kỳ ..."))
    Tam Kỳ, Quảng Nam
    >>> print(locate("Triển khai thực hiện Nghị quyết, Thị ủy Quảng Yên đã chỉ đạo ..."))
    Quảng Yên, Quảng Ninh
    >>> locate("Không có địa danh nào ở đây.") is None
    True
    """
    votes: collections.Counter = collections.Counter()
    districts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    order: dict[str, int] = {}

    def vote(name: str, weight: int) -> None:
        place = place_of(squash_spaces(name))
        if place is None:
            return
        votes[place.province] += weight
        order.setdefault(place.province, len(order))
        if place.district:
            districts[place.province][place.district] += weight

    text = text[:_REACH]
    headline = _HEADLINE.match(text)
    if headline:
        vote(headline.group("name"), 3)
    for m in _CUE.finditer(text):
        cue = _CUES[squash_spaces(m.group("cue").lower())]
        vote(f"{cue} {m.group('name')}".strip(), 1)
    if not votes:
        return None
    province = max(votes, key=lambda p: (votes[p], -order[p]))
    district = districts[province].most_common(1)[0][0] if districts[province] else None
    return Place(province, district)
