"""An ordinance named without a number ("Pháp lệnh Ngoại hối") is a target as a law is, and a
document replacing a law or an ordinance named so ("thay thế cho Pháp lệnh X") replaces it.

Each sentence is written for this test.
"""

from __future__ import annotations

import pytest

from dangdoc import find_relations

TABLE = [
    ("Luật Thú y (số 79/2015/QH13 có hiệu lực từ ngày 01/7/2016 thay thế cho Pháp lệnh Thú y) quy định rõ việc này.",
     {("79/2015/QH13", "replaces", "Pháp lệnh Thú y", "thay thế cho")}),
    ("Bộ luật số 92/2015/QH13 thay thế Bộ luật Tố tụng dân sự năm 2004.",
     {("92/2015/QH13", "replaces", "Bộ luật Tố tụng dân sự năm 2004", "thay thế")}),
    ("Nghị định 50/2014/NĐ-CP quy định chi tiết một số điều của Pháp lệnh Ngoại hối.",
     {("50/2014/NĐ-CP", "guides", "Pháp lệnh Ngoại hối", "quy định chi tiết")}),
    ("Ủy ban Thường vụ đã thông qua Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Thư viện.",
     {("Pháp lệnh", "amends", "Pháp lệnh Thư viện", "sửa đổi, bổ sung")}),
    # a law replacing a practice, not a document
    ("Quyết định số 12/2017/QĐ-UBND thay thế cho phương thức cũ theo Pháp lệnh Thú y.", set()),
]


@pytest.mark.parametrize("text, expected", TABLE)
def test_named_target(text, expected):
    got = {(r.source.text if r.source.kind == "unnumbered" else str(r.source.doc), r.type, r.target.text, r.evidence)
           for r in find_relations(text)}
    assert got == expected
