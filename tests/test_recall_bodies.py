"""Issuing bodies the finder did not know: central state offices the press names
("Văn phòng Chính phủ", "VPCP", "Thanh tra Chính phủ", "Bộ VHTT&DL"; the table is
vocab/data/offices.csv), "Ban Chỉ đạo T.Ư", and a company's Party committee ("Đảng ủy Tập
đoàn" was cut to "Đảng ủy Tập": the place took capitalised words only)."""

from __future__ import annotations

import pytest

from dangdoc import find_citations

FOUND = [
    # (text, surface, body)
    ("theo Thông báo số 12/TB-VPCP ngày 3/2/2017 của Văn phòng Chính phủ về",
     "Thông báo số 12/TB-VPCP ngày 3/2/2017 của Văn phòng Chính phủ", "Văn phòng Chính phủ"),
    ("văn bản 321 ngày 9/1/2017 của VPCP gửi các bộ", "văn bản 321 ngày 9/1/2017 của VPCP", "Văn phòng Chính phủ"),
    ("Thông tư số 02/2015/TT-TTCP của Thanh tra Chính phủ quy định",
     "Thông tư số 02/2015/TT-TTCP của Thanh tra Chính phủ", "Thanh tra Chính phủ"),
    # a ministry's short name, under the ministry's name in the bodies table
    ("Thông tư 20/2016 của Bộ VHTT&DL đã", "Thông tư 20/2016 của Bộ VHTT&DL", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("Công văn 1234 của Bảo hiểm xã hội Việt Nam hướng dẫn", "Công văn 1234 của Bảo hiểm xã hội Việt Nam",
     "Bảo hiểm xã hội Việt Nam"),
    ("văn bản số 41 ngày 2/4 của Ban Chỉ đạo T.Ư về phòng chống thiên tai",
     "văn bản số 41 ngày 2/4 của Ban Chỉ đạo T.Ư", "Ban Chỉ đạo Trung ương"),
    ("Nghị quyết 120/NQ-ĐU, ngày 5-6-2010 của Đảng ủy Tập đoàn có nội dung",
     "Nghị quyết 120/NQ-ĐU, ngày 5-6-2010 của Đảng ủy Tập đoàn", "Đảng ủy Tập đoàn"),
    ("Nghị quyết 07-NQ/ĐU của Đảng ủy Tổng công ty về", "Nghị quyết 07-NQ/ĐU của Đảng ủy Tổng công ty",
     "Đảng ủy Tổng công ty"),
]


@pytest.mark.parametrize("text, surface, body", FOUND)
def test_body_is_read(text, surface, body):
    (c,) = find_citations(text)
    assert (c.text, c.body) == (surface, body)


NO_BODY = [
    # after "do", a body that organises something is not the issuer
    ("hội nghị về tàu cá theo NĐ 67 do Bộ NN-PTNT tổ chức tại Bình Định", "NĐ 67"),
    ("Công văn 1234 của Bảo hiểm xã hội tỉnh", "Công văn 1234"),  # not the national office
]


@pytest.mark.parametrize("text, surface", NO_BODY)
def test_no_body(text, surface):
    (c,) = find_citations(text)
    assert (c.text, c.body) == (surface, None)
