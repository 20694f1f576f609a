"""Congresses listed by their ordinals alone: "Nghị quyết Đại hội XII, XIII của Đảng",
"Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII và XIII của Đảng", "Nghị quyết Đại hội
Đảng bộ tỉnh lần thứ XV, XVI".

Before, only the first was read. As with one plenum of two terms ("Nghị quyết Trung ương 4
khóa XI, XII", which the gold counts as two citations, the second spanning "XII"), each
ordinal is a citation of its own, of the same organisation; an organisation written after
the last ordinal is the whole list's. Only a later Roman ordinal continues the list: "Đại
hội XIII, XII" (a reversed pair, more likely a typo or two things) and "Đại hội XII, 2
năm qua" are not lists.
"""

from __future__ import annotations

import pytest

from dangdoc import find_citations

FOUND = [
    # (text, [(surface, congress, body)])
    ("quán triệt Nghị quyết Đại hội XI, XII của Đảng về công tác cán bộ",
     [("Nghị quyết Đại hội XI", "XI", None), ("XII của Đảng", "XII", None)]),
    ("thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XI và XII của Đảng",
     [("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XI", "XI", None), ("XII của Đảng", "XII", None)]),
    ("kết quả thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII, XIX trên các lĩnh vực",
     [("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII", "XVIII", "Đảng bộ tỉnh"), ("XIX", "XIX", "Đảng bộ tỉnh")]),
    ("Nghị quyết Đại hội lần thứ XXI, XXII của Đảng bộ huyện đã",
     [("Nghị quyết Đại hội lần thứ XXI", "XXI", "Đảng bộ huyện"), ("XXII của Đảng bộ huyện", "XXII", "Đảng bộ huyện")]),
    # three or more: the organisation written after the last is every one's
    ("Thực hiện Nghị quyết Đại hội XIX, XX, XXI của Đảng bộ tỉnh Quảng Nam.",
     [("Nghị quyết Đại hội XIX", "XIX", "Đảng bộ tỉnh Quảng Nam"), ("XX", "XX", "Đảng bộ tỉnh Quảng Nam"),
      ("XXI của Đảng bộ tỉnh Quảng Nam", "XXI", "Đảng bộ tỉnh Quảng Nam")]),
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_congress_ordinal_list(text, expected):
    assert [(c.text, c.congress, c.body) for c in find_citations(text)] == expected


NOT_LISTS = [
    ("Nghị quyết Đại hội XIII, XII của Đảng", [("Nghị quyết Đại hội XIII", "XIII", None)]),
    ("sau Nghị quyết Đại hội XII, 2 năm qua tỉnh đã", [("Nghị quyết Đại hội XII", "XII", None)]),
    ("Nghị quyết Đại hội XII, V. I. Lênin từng nói", [("Nghị quyết Đại hội XII", "XII", None)]),
]


@pytest.mark.parametrize("text, expected", NOT_LISTS)
def test_not_a_congress_list(text, expected):
    assert [(c.text, c.congress, c.body) for c in find_citations(text)] == expected
