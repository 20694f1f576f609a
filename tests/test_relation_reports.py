"""A report on carrying out a document reviews it; the verb "báo cáo" states no relation.

"Theo báo cáo của <body> về tình hình thực hiện B", "trình bày báo cáo kết quả sau 1 năm thực
hiện B", "báo cáo sơ kết về kết quả thực hiện B" and a list "...; báo cáo tình hình thực hiện B"
name a report that reviews B. "Các địa phương báo cáo kết quả thực hiện B" is the verb, and
"Theo báo cáo của Bộ, sau 3 năm triển khai B, ..." tells what the report says, not what it is
about. Each sentence is written for this test.
"""

from __future__ import annotations

import pytest

from dangdoc import find_relations

ROWS = [
    ("Theo báo cáo của Bộ Tư pháp về tình hình thực hiện Nghị quyết số 36a/NQ-CP, nhiều việc còn chậm.",
     {("báo cáo của Bộ Tư pháp", "reviews", "36a/NQ-CP", "thực hiện")}),
    ("Hội nghị nghe báo cáo kết quả sau 2 năm thực hiện Chỉ thị số 05-CT/TW.",
     {("báo cáo", "reviews", "05-CT/TW", "sau 2 năm thực hiện")}),
    ("Theo báo cáo sơ kết về kết quả thực hiện Nghị quyết 35/NQ-CP vừa được công bố, chi phí đã giảm.",
     {("báo cáo", "reviews", "35/NQ-CP", "sơ kết về kết quả thực hiện")}),
    ("Phiên họp gồm: báo cáo tình hình thực hiện Nghị quyết số 19/NQ-CP; báo cáo tình hình thực hiện Nghị quyết số 01/NQ-CP.",
     {("báo cáo", "reviews", "19/NQ-CP", "thực hiện"), ("báo cáo", "reviews", "01/NQ-CP", "thực hiện")}),
    # the verb: a subject does the reporting
    ("Các địa phương báo cáo kết quả thực hiện Chỉ thị số 05-CT/TW trước ngày 15/12.", set()),
    ("Thủ tướng yêu cầu các bộ, ngành báo cáo tình hình thực hiện Nghị quyết số 35/NQ-CP.", set()),
    ("UBND các huyện báo cáo kết quả thực hiện Kế hoạch số 45/KH-UBND về Sở.", set()),
    # what the report says, after a comma
    ("Theo báo cáo của Sở Y tế, sau 3 năm triển khai Nghị định 67/2014/NĐ-CP, số tàu tăng.", set()),
]


def _read(text: str) -> set[tuple[str, str, str, str]]:
    """(source, type, target, evidence) of each relation found, checking the evidence's offsets."""
    out = set()
    for r in find_relations(text):
        assert text[r.start : r.end] == r.evidence
        out.add((r.source.text if r.source.kind == "unnumbered" else str(r.source.doc), r.type, str(r.target.doc), r.evidence))
    return out


@pytest.mark.parametrize("text, expected", ROWS)
def test_report_or_verb(text, expected):
    assert _read(text) == expected
