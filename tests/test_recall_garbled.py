"""Identifiers written wrongly but readably: a type code glued to the number ("37QĐ/TW"), a
slash and a dash together ("09/-CT-TW"), an abbreviation dashed to a state number
("NĐ-67/CP"), a year after a dot ("Thông tư 15.2015"), "lần này" after a bare number.

Decisions: "Thông tư 15.2015" is Thông tư 15 of 2015 (four digits after a dot are no
thousands group, and only a type word's number is read so). English ("Resolution
No.10-NQ/TW") is out of scope: the finder reads Vietnamese type words; an English text's
code written apart from "No." ("Resolution No. 20-NQ/TW") is still found as a code.
"""

from __future__ import annotations

import pytest

from dangdoc import find_citations

FOUND = [
    # (text, surface, doc, date)
    ("theo Quy định số 45QĐ/TW ngày 1/11/2011 của Bộ Chính trị về", "Quy định số 45QĐ/TW ngày 1/11/2011 của Bộ Chính trị",
     "45-QĐ/TW", "2011-11-01"),
    ("Chỉ thị 12/-CT-TW, ngày 07/4/2003 của Ban Bí thư về", "Chỉ thị 12/-CT-TW, ngày 07/4/2003 của Ban Bí thư",
     "12-CT/TW", "2003-04-07"),
    ("Thông báo số 88/-TB-TW ngày 11/02/2010 của", "Thông báo số 88/-TB-TW ngày 11/02/2010", "88-TB/TW", "2010-02-11"),
    ("đóng tàu theo NĐ-17/CP nhưng", "NĐ-17/CP", "17/NĐ-CP", None),
    ("Điều 4 Thông tư 21.2016 của Bộ quy định", "Thông tư 21.2016", "TT 21", None),
    ("sửa đổi Nghị định 52 lần này chú trọng", "Nghị định 52", "NĐ 52", None),
]


@pytest.mark.parametrize("text, surface, doc, date", FOUND)
def test_garbled_identifier(text, surface, doc, date):
    (c,) = find_citations(text)
    assert (c.text, str(c.doc), c.date.isoformat() if c.date else None) == (surface, doc, date)


NOT_FOUND = [
    "giá 15.2015 đồng",  # no type word
    "Thông tư 15.201 của Bộ",  # a thousands group, not a year
    "Nghị quyết 15.2015.000",  # a larger number
    "theo QĐ-UBND tỉnh",  # a dash and no number
    "Nghị quyết 3 lần",  # a count
    "Resolution No.10-NQ / TW",  # English glued to "No.": out of scope
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_an_identifier(text):
    assert find_citations(text) == []


def test_year_after_a_dot():
    (c,) = find_citations("Điều 4 Thông tư 21.2016 của Bộ quy định")
    assert (c.doc.type, c.doc.number, c.doc.year) == ("TT", 21, 2016)


def test_code_after_english_no_with_a_space():
    assert [c.text for c in find_citations("implement Resolution No. 20-NQ/TW")] == ["20-NQ/TW"]
