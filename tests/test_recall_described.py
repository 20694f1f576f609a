"""A type word, words that say what kind of document it is, then "số" and an identifier."""

from __future__ import annotations

import pytest

from dangdoc import find_citations

FOUND = [
    # (text, surface, doc)
    ("đã ra quyết định khởi tố vụ án hình sự số 45/QĐ-CQCSĐT đối với", "quyết định khởi tố vụ án hình sự số 45/QĐ-CQCSĐT", "45/QĐ-CQCSĐT"),
    ("theo Báo cáo thẩm tra số 321/BC-UBTP14 ngày 02 tháng 5 năm 2017 của",
     "Báo cáo thẩm tra số 321/BC-UBTP14 ngày 02 tháng 5 năm 2017", "321/BC-UBTP14"),
    ("kết luận thanh tra số 11/KL-TTQ về", "kết luận thanh tra số 11/KL-TTQ", "11/KL-TTQ"),
    ("Bộ gửi công văn khẩn số 512/KCB-NV tới", "công văn khẩn số 512/KCB-NV", "512/KCB-NV"),
    ("văn bản xử phạt hành chính số 77/QĐ - XPVPHC ký", "văn bản xử phạt hành chính số 77/QĐ - XPVPHC", "77/QĐ-XPVPHC"),
    ("Quyết định truy nã đặc biệt toàn quốc số 9/C46-P12, bị can", "Quyết định truy nã đặc biệt toàn quốc số 9/C46-P12", "09/C46-P12"),
    ("Quyết định đình chỉ thi công số 88/QĐ-UBND ngày 3/4/2017.", "Quyết định đình chỉ thi công số 88/QĐ-UBND ngày 3/4/2017", "88/QĐ-UBND"),
    # the nearest type word, not one before a joining word
    ("Kết luận của Phó Thủ tướng tại Văn bản số 19/TB-VPCP", "Văn bản số 19/TB-VPCP", "19/TB-VPCP"),
]


@pytest.mark.parametrize("text, surface, doc", FOUND)
def test_described_document(text, surface, doc):
    assert [(c.text, str(c.doc)) for c in find_citations(text)] == [(surface, doc)]


NOT_FOUND = [
    "quyết định xử lý con vật số 18 - con trâu đã",  # a number, no code
    "quyết định cho phép cầu cảng số 1 - cảng Vũng Áng",
    "kế hoạch của tỉnh có số 12/KH-ABC",  # "có" joins another phrase: the unknown code stands alone
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_no_description(text):
    assert find_citations(text) == []
