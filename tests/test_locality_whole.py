"""The scanner reads a body's or a Party organisation's place whole (scan.LOCALITY): "TP.HCM",
"Bà Rịa - Vũng Tàu", "quận 5", "Q.1", "TT-Huế". Before, its pattern cut them ("UBND TP",
"Tỉnh ủy Bà Rịa") and the finder read the place a second time after it; now the match
itself ends where the place does, and the finder only writes a level's abbreviation out
("Q.1" → "quận 1").

A district's number is part of the place, never a congress's ordinal: "Đại hội Đảng bộ
quận 1" names no congress by its ordinal (it was read as congress I of "Đảng bộ quận").
"""

from __future__ import annotations

import pytest

from dangdoc import find_citations
from dangdoc.find.party import local_org
from dangdoc.text import scan

BODIES = [
    # (text, what the scanner's body match covers)
    ("UBND TP.HCM vừa", "UBND TP.HCM"),
    ("Thành ủy Tp. Hồ Chí Minh đã", "Thành ủy Tp. Hồ Chí Minh"),
    ("Tỉnh ủy Bà Rịa - Vũng Tàu ban hành", "Tỉnh ủy Bà Rịa - Vũng Tàu"),
    ("UBND quận 5 cho biết", "UBND quận 5"),
    ("Quận ủy Q.3 chỉ đạo", "Quận ủy Q.3"),
    ("UBND tỉnh TT-Huế đề nghị", "UBND tỉnh TT-Huế"),
    ("Huyện ủy Châu Thành tỉnh Tiền Giang có", "Huyện ủy Châu Thành tỉnh Tiền Giang"),
    # a company's committee keeps its own reading
    ("Đảng ủy Tổng công ty Điện lực miền Bắc có", "Đảng ủy Tổng công ty Điện lực miền Bắc"),
    # a person after a place in capitals is not the place
    ("UBND TP.HCM Lê Văn Tám ký", "UBND TP.HCM"),
]


@pytest.mark.parametrize("text, covered", BODIES)
def test_body_match_reads_the_place_whole(text, covered):
    assert scan.BODY.match(text).group() == covered


CONGRESSES = [
    # (text, the organisation the scanner's congress match gives, as the finder writes it)
    ("Đại hội Đảng bộ TP.HCM lần thứ XI", " TP.HCM"),
    ("Đại hội XI của Đảng bộ Q.1, nhiệm kỳ", " quận 1"),
    ("Đại hội Đảng bộ quận 10 lần thứ XII", " quận 10"),
    ("Đại hội Đảng bộ tỉnh Bà Rịa - Vũng Tàu lần thứ VII", " tỉnh Bà Rịa - Vũng Tàu"),
]


@pytest.mark.parametrize("text, org", CONGRESSES)
def test_congress_match_reads_the_place_whole(text, org):
    assert local_org(scan.CONGRESS.match(text)) == org


FOUND = [
    ("Nghị quyết Đại hội Đảng bộ quận 10 lần thứ XII đề ra", "Đảng bộ quận 10", "XII"),
    ("Nghị quyết Đại hội XI Đảng bộ Q.1 đã", "Đảng bộ quận 1", "XI"),
    ("theo Nghị quyết Đại hội Đảng bộ TP.HCM lần thứ X", "Đảng bộ TP.HCM", "X"),
]


@pytest.mark.parametrize("text, body, congress", FOUND)
def test_local_congress(text, body, congress):
    (c,) = find_citations(text)
    assert (c.body, c.congress) == (body, congress)


NOT_CONGRESSES = [
    # a district's number is no ordinal: no congress is named
    "thực hiện Nghị quyết Đại hội Đảng bộ quận 1 đã đề ra",
    "Nghị quyết Đại hội Đảng bộ phường 12 về",
]


@pytest.mark.parametrize("text", NOT_CONGRESSES)
def test_district_number_is_not_an_ordinal(text):
    assert find_citations(text) == []
