"""A target named by reference to documents named before it: "thực hiện các nghị quyết đó",
"triển khai Nghị quyết này", "sửa đổi hai Quyết định trên" name the last (two, all) documents of
that type before the source. "Báo cáo ... thực hiện B, đồng chí X ..." is a person reporting.
Each sentence is written for this test.
"""

from __future__ import annotations

import pytest

from dangdoc import find_relations

READINGS = [
    ("Quốc hội ban hành Nghị quyết số 26/2016/QH14. Chính phủ có Nghị quyết số 70/NQ-CP triển khai Nghị quyết này.",
     {("Nghị quyết số 70/NQ-CP", "implements", "Nghị quyết số 26/2016/QH14")}),
    ("Tỉnh bám sát Nghị quyết Đại hội XII của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX và giải pháp trong "
     "Chương trình hành động của Tỉnh ủy thực hiện các nghị quyết đó.",
     {("Chương trình hành động của Tỉnh ủy", "implements", "Nghị quyết Đại hội XII của Đảng"),
      ("Chương trình hành động của Tỉnh ủy", "implements", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX")}),
    ("Bộ ban hành Quyết định số 12/QĐ-BXD và Quyết định số 15/QĐ-BXD. Quyết định số 40/QĐ-BXD sửa đổi hai Quyết định trên.",
     {("Quyết định số 40/QĐ-BXD", "amends", "Quyết định số 12/QĐ-BXD"),
      ("Quyết định số 40/QĐ-BXD", "amends", "Quyết định số 15/QĐ-BXD")}),
    # nothing of that type before: no target
    ("Chỉ thị số 05-CT/TW được ban hành. Kế hoạch số 12-KH/TU triển khai Nghị quyết này.", set()),
    # a person reporting
    ("Chỉ thị 05-CT/TW ra đời năm 2016. Báo cáo sơ kết 1 năm thực hiện Chỉ thị này, đồng chí Trưởng ban cho biết nhiều việc.",
     set()),
]


@pytest.mark.parametrize("text, expected", READINGS)
def test_referred(text, expected):
    assert {(r.source.text, r.type, r.target.text) for r in find_relations(text)} == expected
