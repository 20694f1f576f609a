"""Codes written with "&" between the letters of an office ("BGD&ĐT", "BNN&PTNT", "SGD&ĐT",
"QLCT&CTMT"): writers spell the office's name that way inside a document's identifier.

The code used to end at the "&": "Thông tư số 12/2011/TT-BGD&ĐT ngày 28-3-2011" was
"12/2011/TT-BGD" with no date, and "văn bản số 85/PGD&ĐT-GDMN" was a letter of "PGD".
The "&" is kept as written (the issuer is the code as the text gives it), and only between
two letters: "Quyết định 935 & 936" is still a list of two decisions.
"""

from __future__ import annotations

import pytest

from dangdoc import find_citations

FOUND = [
    # (text, surface, doc, issuer, date)
    ("bị xử lý theo Thông tư số 17/2012/TT-BGD&ĐT ngày 16-5-2012 về dạy thêm",
     "Thông tư số 17/2012/TT-BGD&ĐT ngày 16-5-2012", "17/2012/TT-BGD&ĐT", "BGD&ĐT", "2012-05-16"),
    ("căn cứ văn bản số 41/PGD&ĐT-TH ngày 3/9/2016 của Phòng giáo dục",
     "văn bản số 41/PGD&ĐT-TH ngày 3/9/2016", "41/PGD&ĐT-TH", "PGD&ĐT-TH", "2016-09-03"),
    ("Sở đã ra Quyết định số 1207/QĐ-SGD&ĐT phê duyệt danh sách",
     "Quyết định số 1207/QĐ-SGD&ĐT", "1207/QĐ-SGD&ĐT", "SGD&ĐT", None),
    ("theo Thông tư liên tịch số 14/2015/TTLT-BNN&PTNT-BTC ngày 2/4/2015 hướng dẫn",
     "Thông tư liên tịch số 14/2015/TTLT-BNN&PTNT-BTC ngày 2/4/2015", "14/2015/TTLT-BNN&PTNT-BTC",
     "BNN&PTNT-BTC", "2015-04-02"),
    ("Tổng cục có Công văn số 712/TCMT-KSON&CT gửi các tỉnh",
     "Công văn số 712/TCMT-KSON&CT", "712/TCMT-KSON&CT", "TCMT-KSON&CT", None),
    ("UBND huyện có văn bản số 96/UBND-VH&TT ngày 12/1 về lễ hội",
     "văn bản số 96/UBND-VH&TT ngày 12/1", "96/UBND-VH&TT", "UBND-VH&TT", None),
]


@pytest.mark.parametrize("text, surface, doc, issuer, date", FOUND)
def test_ampersand_inside_a_code(text, surface, doc, issuer, date):
    (c,) = find_citations(text)
    got = (c.text, str(c.doc), c.doc.issuer, c.date.isoformat() if c.date else None)
    assert got == (surface, doc, issuer, date)


LISTS = [
    # "&" between numbers still joins a list
    ("Nghị quyết 35/NQ-CP & 19/NQ-CP được thực hiện", ["35/NQ-CP", "19/NQ-CP"]),
]


@pytest.mark.parametrize("text, docs", LISTS)
def test_ampersand_between_numbers_is_a_list(text, docs):
    assert [str(c.doc) for c in find_citations(text)] == docs


NOT_CHANGED = [
    # an office written with "&" outside any code is no document, and does not start one
    ("Bộ GD&ĐT vừa ban hành Thông tư 22/2016/TT-BGDĐT về đánh giá", ["22/2016/TT-BGDĐT"]),
    ("lãnh đạo Sở NN&PTNT cho biết", []),
    # "&" right after a code, then a word: the code ends before it
    ("theo Quyết định 12/QĐ-UBND & Kế hoạch của tỉnh", ["12/QĐ-UBND"]),
]


@pytest.mark.parametrize("text, docs", NOT_CHANGED)
def test_ampersand_outside_codes(text, docs):
    assert [str(c.doc) for c in find_citations(text)] == docs
