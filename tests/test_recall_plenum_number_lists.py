"""Plenums listed by their numbers alone, the Central Committee written once: "Nghị quyết
Trung ương 6, 7 khóa XII", "Nghị quyết Hội nghị Trung ương 5 và 6 (khóa XII)"; and a term
after a dash ("Nghị quyết Trung ương 4 - khóa XII").

Before, the list gave only the first plenum, without its term; the dash lost the term.
A number after the first plenum is another plenum only when the list ends in a term
("khóa XII"): "Nghị quyết Trung ương 4, 5 năm qua" and "Trung ương 5, 10 đồng chí" are no lists.
Each listed plenum is its own citation, as in "Nghị quyết Trung ương 6 và Trung ương 7
khóa XII"; the term is shared.
"""

from __future__ import annotations

import pytest

from dangdoc import find_citations

FOUND = [
    # (text, [(surface, plenum, term)])
    ("học tập các Nghị quyết Trung ương 6, 7 khóa XII về bộ máy và tiền lương",
     [("Nghị quyết Trung ương 6", 6, "XII"), ("7 khóa XII", 7, "XII")]),
    ("quán triệt Nghị quyết Hội nghị Trung ương 5 và 6 (khóa XII) tới đảng viên",
     [("Nghị quyết Hội nghị Trung ương 5", 5, "XII"), ("6 (khóa XII)", 6, "XII")]),
    ("thực hiện Nghị quyết TƯ 4, 5, 6 khóa XII trong toàn tỉnh",
     [("Nghị quyết TƯ 4", 4, "XII"), ("5", 5, "XII"), ("6 khóa XII", 6, "XII")]),
    ("Nghị quyết Trung ương 7 và 8 khoá XI đã chỉ rõ",
     [("Nghị quyết Trung ương 7", 7, "XI"), ("8 khoá XI", 8, "XI")]),
    ("tài liệu học tập Nghị quyết Trung ương 4 - khóa XII cho chi bộ",
     [("Nghị quyết Trung ương 4 - khóa XII", 4, "XII")]),
    ("thực hiện Nghị quyết Trung ương 8 – khóa XI về bảo vệ Tổ quốc",
     [("Nghị quyết Trung ương 8 – khóa XI", 8, "XI")]),
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_plenum_number_list(text, expected):
    got = [(c.text, c.plenum, c.term) for c in find_citations(text)]
    assert got == expected


NOT_LISTS = [
    # no term closes the list: the numbers are counts, not plenums
    ("sau Nghị quyết Trung ương 4, 5 năm qua Đảng bộ đã", [("Nghị quyết Trung ương 4", 4, None)]),
    ("theo Nghị quyết Trung ương 5, 10 đồng chí đã bị kỷ luật", [("Nghị quyết Trung ương 5", 5, None)]),
    ("Nghị quyết Trung ương 4 và 2 nghị quyết khác khóa XII", [("Nghị quyết Trung ương 4", 4, None)]),
    # a meeting is no document, listed or not
    ("phát biểu tại các Hội nghị Trung ương 6, 7, 8 khóa XII", []),
]


@pytest.mark.parametrize("text, expected", NOT_LISTS)
def test_not_a_plenum_list(text, expected):
    got = [(c.text, c.plenum, c.term) for c in find_citations(text)]
    assert got == expected


WORDS = [
    # a plenum's number in lower-case words, before its term
    ("Nghị quyết Trung ương bốn khóa XII về xây dựng Đảng", [("Nghị quyết Trung ương bốn khóa XII", 4, "XII")]),
    ("thực hiện Nghị quyết Trung ương sáu (khóa XII) về bộ máy",
     [("Nghị quyết Trung ương sáu (khóa XII)", 6, "XII")]),
    # not before a term: a year, a count, "hai nước"
    ("Nghị quyết Trung ương năm 2017 đã", []),
    ("Nghị quyết Trung ương hai nước", []),
    ("các nghị quyết Trung ương ba năm qua", []),
]


@pytest.mark.parametrize("text, expected", WORDS)
def test_plenum_number_in_words(text, expected):
    got = [(c.text, c.plenum, c.term) for c in find_citations(text)]
    assert got == expected
