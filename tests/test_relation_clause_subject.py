"""A trigger that opens a clause carries out its target for the subject that follows.

"Chỉ thị nêu rõ, thực hiện B và các mục tiêu ..., Chính phủ đã ban hành nhiều nghị quyết": B is
what the Government carried out, not what the directive does. Without a later subject the
saying document keeps it ("Chỉ thị nêu rõ tiếp tục thực hiện B, tiếp tục giao ..."). Each
sentence is written for this test.
"""

from __future__ import annotations

import pytest

from dangdoc import find_relations

CASES = [
    ("Kết luận nêu rõ, thực hiện Nghị quyết số 18-NQ/TW và các mục tiêu năm 2018, Tỉnh ủy đã sắp xếp lại bộ máy.",
     set()),
    ("Chỉ thị khẳng định: triển khai Nghị quyết số 35/NQ-CP, các bộ, ngành vừa cắt giảm nhiều thủ tục.", set()),
    # no subject of its own after B: the saying document carries it out
    ("Chỉ thị nêu rõ, tiếp tục thực hiện Chỉ thị số 13/CT-TTg, tiếp tục giao các bộ quản lý cán bộ.",
     {("Chỉ thị", "continues", "13/CT-TTg")}),
    ("Chỉ thị nêu rõ tiếp tục thực hiện Nghị quyết số 35/NQ-CP, Chính phủ đồng hành cùng doanh nghiệp.",
     {("Chỉ thị", "continues", "35/NQ-CP")}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_whose_clause(text, expected):
    assert {(r.source.text, r.type, str(r.target.doc)) for r in find_relations(text)} == expected
