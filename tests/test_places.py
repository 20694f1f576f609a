"""Places: every spelling of a province, the place of an article, who acted, comparing places.

The spellings are those the 2017 news corpus actually writes (counted with a scan of
../shared/corpus/news-2017.jsonl.gz); the sentences around them are written here.
"""

from __future__ import annotations

import time

import pytest

from dangdoc.resolve.places import (Place, acting_body, canonical_place, locate, place_matches, place_of, province_of,
                            provinces, same_place)


@pytest.mark.parametrize(
    "spelling, province",
    [
        ("TP.HCM", "Hồ Chí Minh"),  # the commonest, with a dot and no space
        ("TP HCM", "Hồ Chí Minh"),  # a space instead of the dot
        ("TPHCM", "Hồ Chí Minh"),  # run together
        ("TP. HCM", "Hồ Chí Minh"),  # dot and space
        ("Tp.HCM", "Hồ Chí Minh"),  # lower-case p
        ("Tp HCM", "Hồ Chí Minh"),
        ("tphcm", "Hồ Chí Minh"),  # all lower case
        ("TP. Hồ Chí Minh", "Hồ Chí Minh"),
        ("TP.Hồ Chí Minh", "Hồ Chí Minh"),
        ("Tp. Hồ Chí Minh", "Hồ Chí Minh"),
        ("TP Hồ Chí Minh", "Hồ Chí Minh"),
        ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
        ("thành phố Hồ Chí Minh", "Hồ Chí Minh"),
        ("TP.HỒ CHÍ MINH", "Hồ Chí Minh"),  # capitals
        ("Sài Gòn", "Hồ Chí Minh"),  # the old name, as a place to filter by
        ("Thừa Thiên - Huế", "Huế"),  # spaced hyphen
        ("Thừa Thiên-Huế", "Huế"),  # tight hyphen
        ("Thừa Thiên – Huế", "Huế"),  # en dash
        ("Thừa Thiên- Huế", "Huế"),  # hyphen on one side
        ("Thừa Thiên Huế", "Huế"),  # no hyphen
        ("tỉnh Thừa Thiên Huế", "Huế"),
        ("Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("Bà Rịa- Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("Bà Rịa Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("Đắk Lắk", "Đắk Lắk"),  # the official spelling
        ("Đăk Lăk", "Đắk Lắk"),  # without the acute accents
        ("Đắc Lắc", "Đắk Lắk"),  # the older c spelling
        ("Đắk Lăk", "Đắk Lắk"),
        ("Đăk Lắk", "Đắk Lắk"),
        ("Daklak", "Đắk Lắk"),  # unaccented, run together
        ("Đắk Nông", "Đắk Nông"),
        ("Đăk Nông", "Đắk Nông"),
        ("Đắc Nông", "Đắk Nông"),
        ("Kon Tum", "Kon Tum"),
        ("Kontum", "Kon Tum"),  # run together
        ("Khánh Hoà", "Khánh Hòa"),  # old tone placement
        ("Khánh Hòa", "Khánh Hòa"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("Hoà Bình", "Hòa Bình"),
        ("TP Đà Nẵng", "Đà Nẵng"),
        ("TP.Đà Nẵng", "Đà Nẵng"),
        ("Tp. Cần Thơ", "Cần Thơ"),
        ("TP.Hải Phòng", "Hải Phòng"),
        ("thành phố Hà Nội", "Hà Nội"),
        ("HÀ NỘI", "Hà Nội"),
        ("Lâm đồng", "Lâm Đồng"),  # careless capitals
    ],
)
def test_every_spelling_names_its_province(spelling, province):
    assert province_of(spelling) == province
    assert place_of(spelling) == Place(province)


@pytest.mark.parametrize(
    "sentence, surface, province",
    [
        ("Sở GD-ĐT TP.HCM vừa có văn bản gửi các trường.", "TP.HCM", "Hồ Chí Minh"),
        ("Công an TPHCM đang điều tra vụ việc.", "TPHCM", "Hồ Chí Minh"),
        ("UBND tỉnh Thừa Thiên - Huế đã phê duyệt.", "Thừa Thiên - Huế", "Huế"),
        ("Cảng Cái Mép (Bà Rịa-Vũng Tàu) đón tàu lớn.", "Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("Nông dân huyện Cư M'gar, Đăk Lăk thu hoạch cà phê.", "Đăk Lăk", "Đắk Lắk"),
    ],
)
def test_spellings_are_found_in_running_text(sentence, surface, province):
    from dangdoc.resolve.places import _mentions

    start = sentence.index(surface)
    assert [(s, e, p) for s, e, p, _ in _mentions(sentence)] == [(start, start + len(surface), province)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ông Phí Thái Bình, nguyên Phó Chủ tịch, bị khởi tố.",  # a person's name
        "Các nước châu Á - Thái Bình Dương họp bàn.",  # the Pacific
        "Bệnh viện khu vực Đồng Tháp Mười tiếp nhận bệnh nhân.",  # a region with a longer name
        "Nhân dân mong muốn hòa bình và ổn định.",  # peace, in lower case
        "Học tập tư tưởng Hồ Chí Minh.",  # the president
    ],
)
def test_look_alikes_are_not_places(sentence):
    from dangdoc.resolve.places import _mentions

    assert list(_mentions(sentence)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Quảng Nam: Tam Kỳ chú trọng xây dựng Đảng", "Quảng Nam"),  # headline place
        ("Thị ủy Quảng Yên đã chỉ đạo ...", "Quảng Ninh"),  # a town's committee that names no province
        ("Ban Thường vụ Huyện ủy Thọ Xuân họp", "Thanh Hóa"),  # a district's committee
        ("UBND tỉnh Đắk Lắk và Thành ủy Buôn Ma Thuột", "Đắk Lắk"),
        ("Tỉnh ủy Quảng Nam ... tỉnh Quảng Nam ... thành phố Hà Nội", "Quảng Nam"),  # the most named
        ("Trường học mở cửa\nTP HCM - Sáng 3/4, các trường ...", "Hồ Chí Minh"),  # dateline, spaced
        ("Trường học mở cửa\nTP.HCM - Sáng 3/4, các trường ...", "Hồ Chí Minh"),  # dateline, dotted
        ("Giao thông\nQUẢNG NAM - Ngày 5-2, Trạm CSGT cho biết ...", "Quảng Nam"),  # dateline in capitals
        ("Giao thông\nĐÀ NẴNG- Sáng 4-2, UBND quận tổ chức ...", "Đà Nẵng"),  # dash against the name
        ("Lễ hội\n(Baonghean) - Sau Tết, các đền chùa đông khách ...", "Nghệ An"),  # a province paper's name
        ("Đường mới\n(Baohaiduong.vn) - Tuyến đường được thông xe ...", "Hải Dương"),
        ("Khánh thành cầu\nQuảng Ninh (TTXVN) - Sáng nay, tỉnh tổ chức ...", "Quảng Ninh"),  # with the agency
        ("Hà Nội: Xe buýt mới\nSở Giao thông vận tải cho biết ...", "Hà Nội"),  # a leading "Hà Nội:"
        ("TPHCM: Khảo sát trông giữ trẻ\nSở GD&ĐT TPHCM có văn bản ...", "Hồ Chí Minh"),  # headline run together
        ("Chợ xe cũ\nDọc đại lộ (H.Bình Chánh, TP.HCM) có nhiều bãi xe ... TP.HCM cấm ...", "Hồ Chí Minh"),
        ("Ngư dân Bình Định gặp khó\nTàu của ngư dân Bình Định nằm bờ ở cảng Quy Nhơn.", "Bình Định"),  # bare names
    ],
)
def test_locate(text, expected):
    assert locate(text).province == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị diễn ra tại trụ sở.",  # no place
        "Sáng 19/5, tại Hà Nội, Ban Tổ chức Trung ương họp báo.",  # the capital, once, in passing
        "Đại biểu Nguyễn Văn A (TP.HCM) và đại biểu Trần Thị B (TP.HCM) thảo luận về luật.",  # deputies
        "Mưa lũ ở Hà Giang, Lào Cai, Yên Bái và Lai Châu; Hà Giang thiệt hại nặng.",  # no majority
    ],
)
def test_no_place(text):
    assert locate(text) is None


def test_unknown_or_ambiguous_names():
    assert place_of("huyện Châu Thành") is None  # in several provinces
    assert place_of("huyện Châu Thành, tỉnh Tiền Giang") == Place("Tiền Giang", "Châu Thành")
    assert place_of("quận Bình Thạnh, TP.HCM") == Place("Hồ Chí Minh", "Bình Thạnh")


# Names as the news corpus gives them to the district look-up: after a level word ("huyện
# Thọ Xuân"), a body ("Huyện ủy", "UBND"), with a person's name running on after them, with
# the province after a comma; each kind with its negatives.
@pytest.mark.parametrize(
    "name, place",
    [
        ("huyện Thọ Xuân", Place("Thanh Hóa", "Thọ Xuân")),
        ("Huyện  Thọ   Xuân", Place("Thanh Hóa", "Thọ Xuân")),
        ("thị xã Quảng Yên", Place("Quảng Ninh", "Quảng Yên")),
        ("Tam Kỳ", Place("Quảng Nam", "Tam Kỳ")),  # "Thành ủy Tam Kỳ": the cue says nothing of the level
        ("thành phố Điện Biên Phủ", Place("Điện Biên", "Điện Biên Phủ")),  # the longest name first
        ("huyện Điện Biên Đông", Place("Điện Biên", "Điện Biên Đông")),
        ("Điện Biên", Place("Điện Biên")),  # no level: the province before its district of that name
        ("huyện Quảng Ninh", Place("Quảng Bình", "Quảng Ninh")),  # a level: the district, not the province
        ("huyện Quang Bình", Place("Hà Giang", "Quang Bình")),  # diacritics tell it from Quảng Bình
        ("huyện Phù Yên", Place("Sơn La", "Phù Yên")),  # ... and from Phú Yên
        ("huyện Thanh Trì", Place("Hà Nội", "Thanh Trì")),  # ... and from Thạnh Trị, Sóc Trăng
        ("huyện Đắk Hà", Place("Kon Tum", "Đăk Hà")),  # Đắk however spelt
        ("huyện Đak Song", Place("Đắk Nông", "Đắk Song")),
        ("thị xã Cai Lậy", Place("Tiền Giang", "Cai Lậy (Thị xã)")),  # a level chooses in one province
        ("huyện Cai Lậy", Place("Tiền Giang", "Cai Lậy (Huyện)")),
        ("Cai Lậy", Place("Tiền Giang")),  # ... without one, the province only
        ("thị xã Quảng Trị", Place("Quảng Trị", "Quảng Trị")),
        ("thị xã Sơn La", Place("Sơn La")),  # a city now, named as the town it was: its province
        ("quận Ngô Quyền Trần Hữu", Place("Hải Phòng", "Ngô Quyền")),  # a person's name after it
        ("tỉnh Ninh Bình Trần Thị", Place("Ninh Bình")),
        ("Huyện ủy Thường Xuân", Place("Thanh Hóa", "Thường Xuân")),  # a body of a level
        ("Huyện uỷ Diễn Châu", Place("Nghệ An", "Diễn Châu")),
        ("UBND Núi Thành", Place("Quảng Nam", "Núi Thành")),  # a body of any level
        ("UBND huyện Mê Linh", Place("Hà Nội", "Mê Linh")),
        ("UBND TP Hà Nội", Place("Hà Nội")),
        ("Khối các cơ quan tỉnh Quảng Trị", Place("Quảng Trị")),  # after its last level word
        ("Khối cơ quan huyện Thọ Xuân", Place("Thanh Hóa", "Thọ Xuân")),
        ("Vũng Tàu", Place("Bà Rịa - Vũng Tàu", "Vũng Tàu")),
        ("Gò Vấp, Thành phố Hồ Chí Minh", Place("Hồ Chí Minh", "Gò Vấp")),
        ("quận 1, TP.HCM", Place("Hồ Chí Minh", "Quận 1")),
        ("Phong Điền, Thừa Thiên Huế", Place("Huế", "Phong Điền")),
        ("Nơi lạ, Quảng Nam", Place("Quảng Nam")),  # an unknown district: the province still
        ("huyện Thọ Xuân tỉnh Thanh Hóa", Place("Thanh Hóa", "Thọ Xuân")),  # the province named last
        ("huyện Châu Thành tỉnh Tiền Giang", Place("Tiền Giang", "Châu Thành")),  # ... settles the name
        ("quận Ngô Quyền thành phố Hải Phòng", Place("Hải Phòng", "Ngô Quyền")),
        ("Thái Nguyên, Thái Nguyên", Place("Thái Nguyên", "Thái Nguyên")),  # the city of the province's name
        ("UBND Phù Yên", Place("Sơn La", "Phù Yên")),  # no level: diacritics still tell it from Phú Yên
        ("UBND Quang Bình", Place("Hà Giang", "Quang Bình")),
        ("Thạnh Hóa", Place("Long An", "Thạnh Hóa")),
        ("quận Tân Phú", Place("Hồ Chí Minh", "Tân Phú")),  # "quận": only the five central cities have them
        ("quận Hoàng Mai", Place("Hà Nội", "Hoàng Mai")),  # (thị xã Hoàng Mai is in Nghệ An)
        ("huyện Krông Pắk", Place("Đắk Lắk", "Krông Pắc")),  # Central Highlands names end in k or c
        ("tỉnh Đoàn Thái Nguyên", Place("Thái Nguyên")),  # youth unions say their level
        ("Thành đoàn Hà Nội", Place("Hà Nội")),
        ("huyện Đoàn Thọ Xuân", Place("Thanh Hóa", "Thọ Xuân")),
    ],
)
def test_district_names(name, place):
    assert place_of(name) == place


@pytest.mark.parametrize(
    "name",
    [
        "huyện Châu Thành",  # eight provinces
        "huyện Phong Điền",  # Cần Thơ and Thừa Thiên Huế: the level does not choose (levels change)
        "huyện Tân Phú",  # Đồng Nai, and TP.HCM's quận Tân Phú: a level does not choose (levels change)
        "huyện Tân Thành",  # not Tân Thạnh (Long An); Phú Mỹ's former name, but spelt as Tân Thạnh without marks
        "Lê Thanh Liêm",  # a person, though Thanh Liêm is a district
        "tỉnh Trương Hồng Lĩnh", "tỉnh Trùng Khánh", "tỉnh Hà Đông",  # "tỉnh" and no province
        "tỉnh Đoàn Thanh niên", "Cảng Hải Phòng", "Hoàng Trung Hải", "Tôi", "",
        "huyện Nam Đông", "thị xã Cửa Lò",  # merged into Phú Lộc, Vinh: their documents are not their successor's
    ],
)
def test_not_one_district(name):
    assert place_of(name) is None


def test_every_unit_is_read_back_as_written():
    """What the pipeline keeps of a place is str(place); read again, it is the same place."""
    from dangdoc.resolve.places import _legacy_units

    units = _legacy_units()
    places = [Place(units["provinces"][p]["provinceShort"], d["districtShort"])
              for p, districts in units["districts"].items() for d in districts.values()]
    assert len(places) > 690
    assert [p for p in places if place_of(str(p)) != p] == []
    assert all(place_of(str(Place(name))) == Place(name) for name in provinces())


def test_the_gazetteer_is_read_not_imported():
    """The package's parser costs 0.3 s to import (a pattern of the 2025 units, geometry
    libraries); its legacy data file is read instead."""
    import subprocess
    import sys

    code = ("import sys; from dangdoc.resolve.places import place_of, locate; "
            "assert str(place_of('huyện Thọ Xuân')) == 'Thọ Xuân, Thanh Hóa'; "
            "locate('Thị ủy Quảng Yên ban hành nghị quyết'); "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'vietnamadminunits', 'shapely', 'geopy'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("TP.HCM", "Hồ Chí Minh", True),
        ("TP HCM", "Thủ Đức, Hồ Chí Minh", True),  # a province matches its districts
        ("Thủ Đức, Hồ Chí Minh", "Bình Thạnh, Hồ Chí Minh", False),  # two districts
        ("Đắc Lắc", "Đắk Lắk", True),
        ("Thừa Thiên-Huế", "Huế", True),
        ("Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu", True),
        ("Hà Nội", "Hà Nam", False),
        ("Quảng Nam", None, False),
        ("Nơi lạ", "nơi lạ", True),  # unknown names compare as written, loosely
    ],
)
def test_same_place(a, b, same):
    assert same_place(a, b) is same


@pytest.mark.parametrize(
    "name, canonical",
    [
        ("TP.HCM", "Hồ Chí Minh"),  # to filter a graph whose places the gazetteer named
        ("Thừa Thiên - Huế", "Huế"),
        ("huyện Thọ Xuân", "Thọ Xuân, Thanh Hóa"),  # a district gets its province
        ("Đâu  đó", "Đâu đó"),  # unknown: as written
    ],
)
def test_canonical_place(name, canonical):
    assert canonical_place(name) == canonical


@pytest.mark.parametrize(
    "text, body",
    [
        ("Ngày 3/2, Ban Thường vụ Tỉnh ủy Quảng Nam ban hành Kế hoạch số 5-KH/TU.", "Ban Thường vụ Tỉnh ủy Quảng Nam"),
        ("Ban Thường vụ Tỉnh uỷ Quảng Nam vừa ban hành Chỉ thị.", "Ban Thường vụ Tỉnh uỷ Quảng Nam"),  # old tone
        ("Thành ủy TP.HCM tổ chức hội nghị học tập.", "Thành ủy TP.HCM"),
        ("UBND tỉnh Nghệ An đã ban hành Quyết định số 89/2016/QĐ-UBND.", "UBND tỉnh Nghệ An"),
        ("Huyện ủy Thọ Xuân chỉ đạo các chi bộ.", "Huyện ủy Thọ Xuân"),
        ("Quảng Nam: ...\nThường trực Tỉnh ủy đã chỉ đạo các cấp.", "Thường trực Tỉnh ủy Quảng Nam"),  # place added
        ("Bộ Chính trị ban hành Chỉ thị số 05-CT/TW.", "Bộ Chính trị"),
        ("Thủ tướng Chính phủ vừa ký Quyết định 21/2017/QĐ-TTg.", "Thủ tướng Chính phủ"),
        # the ministries and offices of the vocabulary, longest first (a new user found them missed)
        ("Bộ Tài chính vừa ban hành Thông tư 332/2016/TT-BTC.", "Bộ Tài chính"),
        ("Bộ Giáo dục và Đào tạo ban hành Thông tư 22/2016/TT-BGDĐT.", "Bộ Giáo dục và Đào tạo"),
        ("Ban Bí thư Trung ương Đảng ban hành Chỉ thị 05.", "Ban Bí thư Trung ương Đảng"),
        ("Thanh tra Chính phủ tổ chức hội nghị.", "Thanh tra Chính phủ"),  # not "Chính phủ"
    ],
)
def test_acting_body(text, body):
    assert acting_body(text) == body


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh ủy Quảng Nam và nhân dân trong tỉnh.",  # named, but does nothing
        "Không có cơ quan nào.",
        "Bí thư Thành ủy Nguyễn Văn An yêu cầu các ngành khẩn trương.",  # a person after the body
        "Các cơ quan trung ương chỉ đạo quyết liệt.",  # no body named
        "Chủ tịch UBND TP HCM Phan Văn Mãi chỉ đạo các sở ngành.",  # ... after a place
        "Chủ tịch UBND TP Vinh Trần Ngọc Tú chỉ đạo các phường.",
        "Thủ tướng và các Phó Thủ tướng Chính phủ sẽ họp với các bộ.",  # a title
        "Ủy ban Pháp luật của Quốc hội đã tổ chức đoàn khảo sát.",  # the owner of the one acting
        "Bộ Nội vụ kiến nghị Chính phủ tổng kết các chính sách.",  # asked to act
        "Thực hiện chỉ đạo của Bộ Chính trị, tổ chức bộ máy được giữ ổn định.",  # a noun after a comma
    ],
)
def test_no_acting_body(text):
    assert acting_body(text) is None


def test_acting_body_skips_to_the_one_that_acts():
    text = "Bí thư Thành ủy Nguyễn Văn An yêu cầu ...; Phó Chủ tịch UBND tỉnh Bình Định đã ký quyết định."
    assert acting_body(text) == "UBND tỉnh Bình Định"  # signed by its vice-chairman


def test_provinces_and_str():
    assert len(provinces()) == 63 and len(set(provinces())) == 63
    assert str(Place("Quảng Ninh", "Quảng Yên")) == "Quảng Yên, Quảng Ninh"


def test_hostile_text_is_linear():
    start = time.perf_counter()
    for text in ("Tỉnh ủy " * 20_000, "TP." * 20_000, "Thái Bình " * 10_000, "Ban Thường vụ Tỉnh ủy Quảng " * 5_000):
        locate(text), acting_body(text)
    assert time.perf_counter() - start < 5


@pytest.mark.parametrize("name, place", [
    ("Quận 2", "Quận 2, Hồ Chí Minh"),         # merged into Thủ Đức in 2021: not in the gazetteer
    ("quận 9, TP.HCM", "Quận 9, Hồ Chí Minh"),
    ("Quận ủy Quận 2", "Quận 2, Hồ Chí Minh"),
    ("quận 5", "Quận 5, Hồ Chí Minh"),
    ("Quận 13", None),                           # TP.HCM numbered its districts 1 to 12
    ("quận 2, Hà Nội", "Hà Nội"),               # Hà Nội has no numbered district
    ("quận 12 Hà Nội", None),                    # nor Đà Nẵng: another city's, not TP.HCM's
    ("quận 1 Đà Nẵng", None),
    ("quận 5 TP.HCM", "Quận 5, Hồ Chí Minh"),
])
def test_numbered_districts_of_ho_chi_minh_city(name, place):
    found = place_of(name)
    assert (str(found) if found else None) == place


def test_an_article_about_a_numbered_district_is_placed_there_and_an_address_counts_once():
    about = ("Quận ủy Quận 2 tổ chức hội nghị. Quận 2 có nhiều dự án. Lãnh đạo Quận 2 cho biết. "
             "Một đoàn (huyện Bình Chánh, TP Hồ Chí Minh) đến thăm.")
    assert str(locate(about)) == "Quận 2, Hồ Chí Minh"
    # a company's address in another city does not outweigh the province the article is about
    elsewhere = ("Ngư dân huyện Hoài Nhơn, tỉnh Bình Định mua máy của công ty X (quận 2, TP.HCM). "
                 "Công ty X (quận 2, TP.HCM) bán máy cũ. UBND huyện Hoài Nhơn đã kiểm tra.")
    assert str(locate(elsewhere)) == "Hoài Nhơn, Bình Định"
    # "6 quận 1 huyện" counts districts: no Quận 1 there
    assert locate("Đà Nẵng có 6 quận 1 huyện. UBND quận 3 họp.") is None


@pytest.mark.parametrize("query, locality, found", [
    ("Nhà Bè", "Hồ Chí Minh", False),          # placed in the city only: not known to be in the district
    ("Nhà Bè", "Nhà Bè, Hồ Chí Minh", True),
    ("TP.HCM", "Nhà Bè, Hồ Chí Minh", True),   # a province finds its districts
    ("quận 5", "Quận 5, Hồ Chí Minh", True),
    ("Tam Kỳ", "Quảng Nam", False),
])
def test_a_district_filter_keeps_only_articles_placed_in_it(query, locality, found):
    assert place_matches(query, locality) is found
