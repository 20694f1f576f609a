"""Three forms the finder misread, from an audit of the news corpus:

1. A type code written before the number: "NĐ-67/CP" (and "NĐ–67/CP", "QĐ-123/TTg",
   "TT-15/BTC") names the document 67/NĐ-CP: the number and the issuer it writes, the type
   of its code, no year. Only a type code as written in upper case, a listed issuer that
   may issue that type and a slash after the number make one: not "F-16A/B", "KH-101/KH",
   "CT1-CT2", "Tổng Công ty 36 – CTCP".
2. A company's or an office's Party committee as the issuing body keeps its whole name:
   "Đảng ủy Tập đoàn Dầu khí Việt Nam" (the body took capitalised words only, and stopped
   at "Dầu"): capitalised words, lower-case syllables between them, one after the last
   before a word that ends the name ("Dầu khí có nội dung"), a dash between parts.
3. A type code glued to its issuer after a year, or before joint issuers: "121/2003/NĐCP"
   is 121/2003/NĐ-CP, "06/2013/TTLTBCA-BQP" is 06/2013/TTLT-BCA-BQP (it was read with
   issuer "NĐCP", or type "TTLTBCA"); not "CTCP" (a joint-stock company: the government
   issues no directive).
"""

from __future__ import annotations

import pytest

from dangdoc import find_citations, parse_id

GLUED = [
    # (text, surface, identifier)
    ("theo Nghị định số 121/2003/NĐCP của Chính phủ với", "Nghị định số 121/2003/NĐCP của Chính phủ", "121/2003/NĐ-CP"),
    ("Theo Nghị định 185/NĐCP quy định xử phạt", "Nghị định 185/NĐCP", "185/NĐ-CP"),
    ("tại Quyết định số 718/2004/QĐUB ký ngày 2/12/2004", "Quyết định số 718/2004/QĐUB", "718/2004/QĐ-UB"),
    ("Quyết định số 724/QĐUB, tỉnh", "Quyết định số 724/QĐUB", "724/QĐ-UB"),
    ("Quyết định 12/QĐTTg về", "Quyết định 12/QĐTTg", "12/QĐ-TTg"),
    ("Thông tư 15/2014/TTBTC hướng dẫn", "Thông tư 15/2014/TTBTC", "15/2014/TT-BTC"),
    ("Thông tư liên tịch số 06/2013/TTLTBCA-BQP-BTC ngày 2/8/2013",
     "Thông tư liên tịch số 06/2013/TTLTBCA-BQP-BTC ngày 2/8/2013", "06/2013/TTLT-BCA-BQP-BTC"),
]


@pytest.mark.parametrize("text, surface, ident", GLUED)
def test_glued_type_and_issuer(text, surface, ident):
    (c,) = find_citations(text)
    assert (c.text, str(c.doc), c.doc.issuer) == (surface, ident, parse_id(ident).issuer)


@pytest.mark.parametrize(
    "written, ident",
    [("121/2003/NĐCP", "121/2003/NĐ-CP"), ("06/TTLTBCA-BQP", "06/TTLT-BCA-BQP"), ("15/2014/TTBTC", "15/2014/TT-BTC"),
     # not glued: a code of its own, or a type the issuer does not issue ("CTCP")
     ("12/2017/BTC", "12/2017/BTC"), ("12/2017/CTCP", "12/2017/CTCP"), ("45/2019/QH14", "45/2019/QH14"),
     ("5382/BTC-QLCS", "5382/BTC-QLCS")],
)
def test_glued_identifier(written, ident):
    assert str(parse_id(written)) == ident


NOT_GLUED = [
    "Tổng Công ty 36-CTCP. Ông Nguyễn Đăng Thuận",
    "Tổng công ty Xây dựng số 1 – CTCP (CC1)",
    "mã 19/2017/CTCP của công ty",
]


@pytest.mark.parametrize("text", NOT_GLUED)
def test_not_glued(text):
    assert find_citations(text) == []
