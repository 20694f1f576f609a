"""A law or an ordinance named without a number is a source too: "Luật Đất đai 2013 thay thế Luật
Đất đai 2003", "Luật Nhà ở ban hành năm 2014 (thay thế Luật Nhà ở ban hành năm 2005)". "Luật X
sửa đổi" with nothing between is the revised law X, not an amending one, a law does not act on
itself, and the year a law's name ends with dates it. Each sentence is written for this test.
"""

from __future__ import annotations

import pytest

from dangdoc import find_relations

EXPECTED = [
    ("Luật Đất đai 2013 thay thế Luật Đất đai 2003 từ ngày 1/7/2014.",
     {("Luật Đất đai 2013", "replaces", "Luật Đất đai 2003")}),
    ("Theo Luật Doanh nghiệp ban hành năm 2014 (thay thế Luật Doanh nghiệp ban hành năm 2005), thủ tục đã gọn hơn.",
     {("Luật Doanh nghiệp ban hành năm 2014", "replaces", "Luật Doanh nghiệp ban hành năm 2005")}),
    ("Luật Thú y năm 2015 thay thế Pháp lệnh Thú y năm 2004.",
     {("Luật Thú y năm 2015", "replaces", "Pháp lệnh Thú y năm 2004")}),
    ("Luật Du lịch năm 2017 đã thể chế hóa Nghị quyết số 08-NQ/TW.",
     {("Luật Du lịch năm 2017", "implements", "Nghị quyết số 08-NQ/TW")}),
    # the revised law, and what it should rest on
    ("Luật Thể dục sửa đổi, bổ sung nên dựa vào Nghị quyết số 08-NQ/TW.", set()),
    # a law's name gives its year, and no document acts on a later one
    ("Luật Đất đai 2003 thay thế Luật Đất đai 2013.", set()),
    ("Nghị định 12/2010/NĐ-CP hướng dẫn Luật Đất đai năm 2013.", set()),
    # one law named twice
    ("Nghị định 56/2017/NĐ-CP quy định chi tiết Luật Trẻ em (ngày 9/5/2017) hướng dẫn Luật Trẻ em nêu rõ.",
     {("Nghị định 56/2017/NĐ-CP", "guides", "Luật Trẻ em")}),
]


@pytest.mark.parametrize("text, expected", EXPECTED)
def test_named_law_source(text, expected):
    assert {(r.source.text, r.type, r.target.text) for r in find_relations(text)} == expected
