"""A list of congresses whose second item leaves out "Đảng bộ": "Đại hội Đảng bộ huyện lần
thứ IX và Đại hội Đảng toàn quốc lần thứ XIII" names the national congress second."""

from __future__ import annotations

import pytest

from dangdoc import find_citations

FOUND = [
    # (text, [(surface, congress)])
    # the second congress of a list, "Đảng bộ" left out: the national congress
    ("Nghị quyết Đại hội Đảng bộ huyện lần thứ IX và Đại hội Đảng toàn quốc lần thứ XIII, đưa",
     [("Nghị quyết Đại hội Đảng bộ huyện lần thứ IX", "IX"),
      ("Đại hội Đảng toàn quốc lần thứ XIII", "XIII")]),
    ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI và Đại hội Đảng lần thứ XIII",
     [("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI", "XVI"),
      ("Đại hội Đảng lần thứ XIII", "XIII")]),
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_second_congress_of_a_list(text, expected):
    assert [(c.text, c.congress) for c in find_citations(text)] == expected


NOT_FOUND_SECOND = [
    # another organisation's congress is no second item
    "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI và Đại hội Đảng Nhân dân Cách mạng Lào lần thứ X",
    # no ordinal: no congress named
    "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI và Đại hội Đảng toàn quốc sắp tới",
]


@pytest.mark.parametrize("text", NOT_FOUND_SECOND)
def test_no_second_congress(text):
    assert len(find_citations(text)) == 1
