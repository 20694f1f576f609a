""""dự án" alone names a bill when it amends or replaces at once.

"hội nghị góp ý về dự án sửa đổi, bổ sung một số điều của Bộ luật X số N" speaks of the bill
that amends Bộ luật X, as "dự thảo sửa đổi B" speaks of a draft; elsewhere "dự án" is a project
("dự án đầu tư", "quản lý dự án thay thế cán bộ"). Each sentence is written for this test.
"""

from __future__ import annotations

import pytest

from conftest import end_name
from dangdoc import find_relations


ROWS = [
    ("Các đại biểu góp ý về dự án sửa đổi, bổ sung một số điều của Bộ luật Tố tụng dân sự số 92/2015/QH13 sáng nay.",
     {("~dự án", "amends", "92/2015/QH13", "sửa đổi, bổ sung")}),
    ("Bộ Tư pháp đang hoàn thiện dự án thay thế Pháp lệnh số 10/2009/UBTVQH12.",
     {("~dự án", "replaces", "10/2009/UBTVQH12", "thay thế")}),
    ("Cuối năm, Ban soạn thảo trình dự án sửa đổi Luật Thanh niên.",
     {("~dự án", "amends", "~Luật Thanh niên", "sửa đổi")}),
    # the law's name ends where the sentence goes on ("lại", "muốn")
    ("Cơ quan soạn thảo dự án sửa đổi Luật Dân quân tự vệ lại muốn giữ quy định cũ.",
     {("~dự án", "amends", "~Luật Dân quân tự vệ", "sửa đổi")}),
    # a project, not a bill
    ("Ban quản lý dự án thay thế những cán bộ yếu kém theo Quyết định số 12/2017/QĐ-UBND.", set()),
    ("Ban quản lý dự án thay thế Quyết định 123/QĐ-UBND bằng quyết định mới.", set()),  # the board, not a bill
    ("Các dự án đầu tư được bổ sung vốn theo Nghị quyết số 26/2016/QH14.", set()),
    ("Tỉnh đã duyệt dự án, sửa đổi Quyết định số 40/2015/QĐ-UBND là việc của Sở.", set()),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_bill_or_project(text, expected):
    found = find_relations(text)
    assert {(end_name(r.source), r.type, end_name(r.target), r.evidence) for r in found} == expected
    assert all(text[r.start : r.end] == r.evidence for r in found)
