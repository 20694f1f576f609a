"""Words between a trigger and "theo B" are the trigger's object; B is what the act follows, not
its target: "thay thế cầu yếu theo Quyết định B" replaces bridges, "sửa đổi quy chế theo B"
amends a statute. "theo" right after the trigger still leads to the target ("thực hiện theo B").
Each sentence is written for this test.
"""

from __future__ import annotations

import pytest

from dangdoc import find_relations

FOLLOWS = [
    ("Dự án thay thế cầu yếu theo Quyết định số 123/QĐ-BGTVT đã hoàn thành.", set()),
    ("Nghị định 15/2015/NĐ-CP thay thế cầu yếu theo Quyết định số 123/QĐ-BGTVT.", set()),
    ("Thông tư 10/2017/TT-BTC sửa đổi quy chế theo Nghị định 20/2016/NĐ-CP.", set()),
    ("Kế hoạch số 45/KH-UBND được ban hành để triển khai thực hiện theo Chỉ thị số 13/CT-TTg.",
     {("45/KH-UBND", "implements", "13/CT-TTg")}),
]


@pytest.mark.parametrize("text, expected", FOLLOWS)
def test_object_before_theo(text, expected):
    assert {(str(r.source.doc), r.type, str(r.target.doc)) for r in find_relations(text)} == expected
