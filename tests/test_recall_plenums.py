"""Plenums and congresses written in the less common ways: a Roman plenum number, a list of
plenums that shares a trailing term, a doubled or bracketed term.

Decision on "Nghị quyết Trung ương 4 (khóa XI, XII)" and "khóa XI, khóa XII": the fourth
plenum of the eleventh term and that of the twelfth passed two different resolutions, so
the phrase names two documents and stays two citations, the second spanning only its term
("XII", "khóa XII"). The news gold annotates it the same way (a coordinated second citation).
"""

from __future__ import annotations

import pytest

from dangdoc import find_citations

FOUND = [
    # (text, [(surface, kind, plenum, term, congress)])
    ("cuộc thi về Nghị quyết Trung ương IV và cách làm",
     [("Nghị quyết Trung ương IV", "plenum", 4, None, None)]),
    ("theo Nghị quyết Trung ương lần thứ VI khóa X về",
     [("Nghị quyết Trung ương lần thứ VI khóa X", "plenum", 6, "X", None)]),
    # a list of plenums: the term after the last is the term of both
    ("thực hiện Nghị quyết Trung ương 6 và Trung ương 7 khóa XI về đất đai",
     [("Nghị quyết Trung ương 6", "plenum", 6, "XI", None), ("Trung ương 7 khóa XI", "plenum", 7, "XI", None)]),
    ("gắn với Nghị quyết Trung ương 3, Trung ương 8 (khóa XII) và",
     [("Nghị quyết Trung ương 3", "plenum", 3, "XII", None), ("Trung ương 8 (khóa XII)", "plenum", 8, "XII", None)]),
    # each with its own term
    ("Nghị quyết T.Ư 7 khóa X, T.Ư 6 khóa XII đã",
     [("Nghị quyết T.Ư 7 khóa X", "plenum", 7, "X", None), ("T.Ư 6 khóa XII", "plenum", 6, "XII", None)]),
    ("nghị quyết TƯ 6 và nghị quyết TƯ 7 gần đây",
     [("nghị quyết TƯ 6", "plenum", 6, None, None), ("nghị quyết TƯ 7", "plenum", 7, None, None)]),
    # the term's numeral alone in brackets, the word doubled by mistake
    ("là Nghị quyết Trung ương 7 khóa (XI), và", [("Nghị quyết Trung ương 7 khóa (XI)", "plenum", 7, "XI", None)]),
    ("Nghị quyết Hội nghị Trung ương 6 khóa khóa XII về",
     [("Nghị quyết Hội nghị Trung ương 6 khóa khóa XII", "plenum", 6, "XII", None)]),
    # one plenum, two terms: two resolutions (see the module docstring)
    ("Nghị quyết Trung ương 4 (khóa XI, XII) về",
     [("Nghị quyết Trung ương 4 (khóa XI", "plenum", 4, "XI", None), ("XII", "plenum", 4, "XII", None)]),
    ("Nghị quyết Trung ương 4 khóa XI, khóa XII và",
     [("Nghị quyết Trung ương 4 khóa XI", "plenum", 4, "XI", None), ("khóa XII", "plenum", 4, "XII", None)]),
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_plenum_and_congress_forms(text, expected):
    found = [(c.text, c.kind, c.plenum, c.term, c.congress) for c in find_citations(text)]
    assert found == expected


NOT_FOUND = [
    "Hội nghị Trung ương III của Đảng Cộng sản Cuba",  # not a type word, and another party
    "Nghị quyết Trung ương III của Đảng Cộng sản Cuba đã",  # another party's plenum
    "theo Nghị quyết Trung ương V.I. Lênin",  # initials, no numeral
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_a_plenum(text):
    assert find_citations(text) == []


def test_spelled_plenum_in_capitals_is_not_roman():
    # "NĂM" in capitals is the word five, not a Roman numeral
    (c,) = find_citations("NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ NĂM BAN CHẤP HÀNH TRUNG ƯƠNG KHÓA XII")
    assert (c.plenum, c.term) == (5, "XII")


def test_a_plenum_after_a_plenum_is_not_its_issuer():
    # the second plenum is a citation of its own, not the body of the first
    found = find_citations("Nghị quyết Trung ương 4, Trung ương 5 về")
    assert [(c.text, c.plenum) for c in found] == [("Nghị quyết Trung ương 4", 4), ("Trung ương 5", 5)]
