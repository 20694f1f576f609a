"""Technical standards ("QCVN 40:2011/BTNMT", "TCVN 5574:2012") are designated like
documents, but their year and ministry after the colon are no document's identifier.
Before, "QCVN 10-MT:2015/BTNMT - Quy chuẩn ..." gave a document 2015/BTNMT-QUY and
"QCVN 02 – 13: 2009/BNNPTNT – tàu cá" one of "2009/BNNPTNT-TÀU".

The rule: an identifier found without a type word is not read when a standard's prefix
(QCVN, TCVN, QCĐP, QCXDVN, TCXDVN, ISO) and its number, ending in a colon, stand right
before it. The document that issues a standard is still read ("ban hành kèm theo Thông tư
số 11/2013/TT-BCT").
"""

from __future__ import annotations

import pytest

from dangdoc import find_citations

NOT_FOUND = [
    "nước thải vượt QCVN 14:2008/BTNMT cột B nhiều lần",
    "giới hạn cho phép của QCVN 05-MT:2013/BTNMT - Quy chuẩn kỹ thuật quốc gia về không khí",
    "theo QCVN 02 – 21: 2015/BNNPTNT – tàu cá vỏ thép",
    "thiết bị phải đạt QCVN:117/2018/BTTTT về tương thích điện từ",
    "bê tông theo TCVN 5574:2012/BXD được áp dụng",
    "quy chuẩn QCĐP 01:2016/HN của thành phố",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_standard_is_not_a_document(text):
    assert find_citations(text) == []


FOUND = [
    # the document that issues the standard is read
    ("QCVN 01:2013/BCT ban hành kèm theo Thông tư số 11/2013/TT-BCT ngày 18/6/2013",
     ["11/2013/TT-BCT"]),
    # a code after a colon with no standard before it is read as before
    ("Số hiệu: 15/2017/TT-BTC, ngày ban hành 14/2/2017", ["15/2017/TT-BTC"]),
    ("Căn cứ: Nghị định 30/2020/NĐ-CP về công tác văn thư", ["30/2020/NĐ-CP"]),
]


@pytest.mark.parametrize("text, docs", FOUND)
def test_documents_near_standards(text, docs):
    assert [str(c.doc) for c in find_citations(text)] == docs
