"""locate and place_of: the province an article is about."""

from __future__ import annotations

import pytest

from dangdoc.resolve.places import Place, locate, place_of


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Quảng Nam: Tam Kỳ chú trọng xây dựng Đảng", "Quảng Nam"),  # headline place
        ("Thị ủy Quảng Yên đã chỉ đạo ...", "Quảng Ninh"),  # a town that names no province
        ("Ban Thường vụ Huyện ủy Thọ Xuân họp", "Thanh Hóa"),  # a district
        ("UBND tỉnh Đắk Lắk và Thành ủy Buôn Ma Thuột", "Đắk Lắk"),
        ("Tỉnh ủy Quảng Nam ... tỉnh Quảng Nam ... thành phố Hà Nội", "Quảng Nam"),  # the most named
    ],
)
def test_locate(text, expected):
    assert locate(text).province == expected


def test_unknown_or_ambiguous_names():
    assert locate("Hội nghị diễn ra tại trụ sở.") is None
    assert place_of("huyện Châu Thành") is None  # in several provinces
    assert place_of("huyện Châu Thành, tỉnh Tiền Giang") == Place("Tiền Giang", "Châu Thành")


def test_str():
    assert str(Place("Quảng Ninh", "Quảng Yên")) == "Quảng Yên, Quảng Ninh"
