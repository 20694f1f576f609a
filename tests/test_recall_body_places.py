"""A local body's place written with an abbreviation, a dot, a dash or a number is read
whole: "của UBND TP.HCM" was cut to "UBND TP", "Tỉnh ủy Bà Rịa - Vũng Tàu" to "Tỉnh ủy Bà
Rịa", "Quận ủy Q.1" to "Quận ủy Q", "UBND quận 5" to "UBND quận". A dot that ends the
sentence ("UBND TP. Sau đó ..."), a dash that starts a new clause, a line break and a
person's name after an abbreviated place are not part of it. A local document keyed with
the body's place, not the article's."""

from __future__ import annotations

import pytest

from dangdoc import Place, find_citations, resolve_citations

READ = [
    # (text, surface, body)
    ("thực hiện Quyết định số 33/2014/QĐ-UBND của UBND TP.HCM quy định về diện tích",
     "Quyết định số 33/2014/QĐ-UBND của UBND TP.HCM", "Ủy ban nhân dân TP.HCM"),
    ("Quyết định 26/2017 của UBND TP.HCM có hiệu lực từ 30-6, việc cấp phép",
     "Quyết định 26/2017 của UBND TP.HCM", "Ủy ban nhân dân TP.HCM"),
    ("theo Nghị quyết số 04-NQ/TU ngày 12/8/2016 của Thành ủy TP.HCM. Theo đó, thành phố",
     "Nghị quyết số 04-NQ/TU ngày 12/8/2016 của Thành ủy TP.HCM", "Thành ủy TP.HCM"),
    ("Chỉ thị số 05-CT/TU của Thành ủy Tp.HCM về", "Chỉ thị số 05-CT/TU của Thành ủy Tp.HCM", "Thành ủy Tp.HCM"),
    ("Chỉ thị số 05-CT/TU của Thành ủy TP.Hồ Chí Minh về",
     "Chỉ thị số 05-CT/TU của Thành ủy TP.Hồ Chí Minh", "Thành ủy TP.Hồ Chí Minh"),
    ("Nghị quyết số 04-NQ/TU của Thành ủy TP. Hồ Chí Minh. Theo đó",
     "Nghị quyết số 04-NQ/TU của Thành ủy TP. Hồ Chí Minh", "Thành ủy TP. Hồ Chí Minh"),
    ("Chỉ thị 05-CT/TU của Ban Thường vụ Thành ủy TP Hồ Chí Minh về",
     "Chỉ thị 05-CT/TU của Ban Thường vụ Thành ủy TP Hồ Chí Minh", "Ban Thường vụ Thành ủy TP Hồ Chí Minh"),
    ("Nghị quyết số 12/NQ-HĐND của HĐND TP. Đà Nẵng về", "Nghị quyết số 12/NQ-HĐND của HĐND TP. Đà Nẵng",
     "Hội đồng nhân dân TP. Đà Nẵng"),
    ("Quyết định số 12/QĐ-UBND của UBND TP. Huế về việc", "Quyết định số 12/QĐ-UBND của UBND TP. Huế",
     "Ủy ban nhân dân TP. Huế"),
    ("Nghị quyết 05-NQ/TU của Tỉnh ủy Bà Rịa - Vũng Tàu về", "Nghị quyết 05-NQ/TU của Tỉnh ủy Bà Rịa - Vũng Tàu",
     "Tỉnh ủy Bà Rịa - Vũng Tàu"),
    ("Chỉ thị 05-CT/TU của Tỉnh ủy Bà Rịa-Vũng Tàu về", "Chỉ thị 05-CT/TU của Tỉnh ủy Bà Rịa-Vũng Tàu",
     "Tỉnh ủy Bà Rịa-Vũng Tàu"),
    ("Kết luận 05-KL/TU của Tỉnh ủy BR-VT về", "Kết luận 05-KL/TU của Tỉnh ủy BR-VT", "Tỉnh ủy BR-VT"),
    ("Nghị quyết 05-NQ/TU của Tỉnh ủy Thừa Thiên - Huế về", "Nghị quyết 05-NQ/TU của Tỉnh ủy Thừa Thiên - Huế",
     "Tỉnh ủy Thừa Thiên - Huế"),
    ("Quyết định số 64/2014/QĐ-UBND, ngày 25/9/2014 của UBND tỉnh TT-Huế. Theo quy hoạch",
     "Quyết định số 64/2014/QĐ-UBND, ngày 25/9/2014 của UBND tỉnh TT-Huế", "Ủy ban nhân dân tỉnh TT-Huế"),
    ("Quyết định 12/2016/QĐ-UBND của UBND TP Phan Rang - Tháp Chàm về",
     "Quyết định 12/2016/QĐ-UBND của UBND TP Phan Rang - Tháp Chàm", "Ủy ban nhân dân TP Phan Rang - Tháp Chàm"),
    ("Nghị quyết 05-NQ/TU của Tỉnh ủy Đắk Lắk về", "Nghị quyết 05-NQ/TU của Tỉnh ủy Đắk Lắk", "Tỉnh ủy Đắk Lắk"),
    # a level's abbreviation the gazetteer does not read is written out
    ("Chỉ thị 05-CT/QU của Quận ủy Q.1 về", "Chỉ thị 05-CT/QU của Quận ủy Q.1", "Quận ủy quận 1"),
    ("Quyết định số 12/QĐ-UBND của UBND Q.Thanh Khê ngày 3/4/2016 về",
     "Quyết định số 12/QĐ-UBND của UBND Q.Thanh Khê ngày 3/4/2016", "Ủy ban nhân dân quận Thanh Khê"),
    ("Quyết định số 12/QĐ-UBND của UBND H. Phong Điền về", "Quyết định số 12/QĐ-UBND của UBND H. Phong Điền",
     "Ủy ban nhân dân huyện Phong Điền"),
    ("Quyết định số 7/QĐ-UBND của UBND TX.Sông Cầu về", "Quyết định số 7/QĐ-UBND của UBND TX.Sông Cầu",
     "Ủy ban nhân dân thị xã Sông Cầu"),
    ("Quyết định số 9/QĐ-UBND của UBND P.4 về", "Quyết định số 9/QĐ-UBND của UBND P.4", "Ủy ban nhân dân phường 4"),
    # a district's number
    ("Quyết định số 12/QĐ-UBND của UBND quận 5 ngày 3/4/2016 về",
     "Quyết định số 12/QĐ-UBND của UBND quận 5 ngày 3/4/2016", "Ủy ban nhân dân quận 5"),
    ("Chỉ thị 03-CT/QU của Quận ủy Quận 2 về", "Chỉ thị 03-CT/QU của Quận ủy Quận 2", "Quận ủy Quận 2"),
    ("Kế hoạch 12/KH-UBND của UBND TP. HCM về", "Kế hoạch 12/KH-UBND của UBND TP. HCM", "Ủy ban nhân dân TP. HCM"),
    # as before
    ("Quyết định số 3/QĐ-UBND của UBND TT Hưng Hóa về", "Quyết định số 3/QĐ-UBND của UBND TT Hưng Hóa",
     "Ủy ban nhân dân TT Hưng Hóa"),
    ("Quyết định số 12/QĐ-UBND của UBND TỈNH NGHỆ AN về", "Quyết định số 12/QĐ-UBND của UBND TỈNH NGHỆ AN",
     "Ủy ban nhân dân TỈNH NGHỆ AN"),
    ("Nghị quyết 05-NQ/TU của Tỉnh ủy Quảng Nam về", "Nghị quyết 05-NQ/TU của Tỉnh ủy Quảng Nam", "Tỉnh ủy Quảng Nam"),
    ("Quyết định số 23 của UBND TP Hà Nội về", "Quyết định số 23 của UBND TP Hà Nội", "Ủy ban nhân dân TP Hà Nội"),
    ("Nghị quyết 05-NQ/ĐU của Đảng ủy Khối các cơ quan tỉnh Quảng Trị về",
     "Nghị quyết 05-NQ/ĐU của Đảng ủy Khối các cơ quan tỉnh Quảng Trị", "Đảng ủy Khối các cơ quan tỉnh Quảng Trị"),
    ("Nghị quyết 12-NQ/ĐU của Đảng ủy Tập đoàn Dầu khí Việt Nam về",
     "Nghị quyết 12-NQ/ĐU của Đảng ủy Tập đoàn Dầu khí Việt Nam", "Đảng ủy Tập đoàn Dầu khí Việt Nam"),
]


@pytest.mark.parametrize("text, surface, body", READ)
def test_place_is_read_whole(text, surface, body):
    (c,) = find_citations(text)
    assert (c.text, c.body) == (surface, body)


CUT = [
    # (text, surface, body): what follows the place is not part of it
    # a full stop after "TP": the next sentence
    ("Kế hoạch số 12/KH-UBND của UBND TP. Sau đó, các sở", "Kế hoạch số 12/KH-UBND của UBND TP", "Ủy ban nhân dân TP"),
    ("Quyết định số 5383/QĐ-UBND ngày 20/10/2014 của UBND TP. Đề nghị của Bộ Tư lệnh",
     "Quyết định số 5383/QĐ-UBND ngày 20/10/2014 của UBND TP", "Ủy ban nhân dân TP"),
    ("Quyết định 07 của UBND TP. Về lâu dài", "Quyết định 07 của UBND TP", "Ủy ban nhân dân TP"),
    ("Kế hoạch số 32/KH-UBND ngày 4/2/2016 của UBND TP, Hà Nội thống nhất",
     "Kế hoạch số 32/KH-UBND ngày 4/2/2016 của UBND TP", "Ủy ban nhân dân TP"),
    # a person after an abbreviated place
    ("Chỉ thị số 05-CT/TU của Thành ủy Tp.HCM Nguyễn Thiện Nhân về",
     "Chỉ thị số 05-CT/TU của Thành ủy Tp.HCM", "Thành ủy Tp.HCM"),
    ("Kế hoạch 12/KH-UBND của UBND TPHCM Nguyễn Thành Phong đã", "Kế hoạch 12/KH-UBND của UBND TPHCM",
     "Ủy ban nhân dân TPHCM"),
    ("Quyết định 9/QĐ-UBND của UBND tỉnh Thừa Thiên - Huế Nguyễn Văn Cao về",
     "Quyết định 9/QĐ-UBND của UBND tỉnh Thừa Thiên - Huế", "Ủy ban nhân dân tỉnh Thừa Thiên - Huế"),
    # a dash after a place that is not written with one
    ("Nghị quyết 05-NQ/TU của Thành ủy Hải Phòng - Đây là", "Nghị quyết 05-NQ/TU của Thành ủy Hải Phòng",
     "Thành ủy Hải Phòng"),
    ("Nghị quyết 05-NQ/TU của Thành ủy Hà Nội – ông Nam cho biết", "Nghị quyết 05-NQ/TU của Thành ủy Hà Nội",
     "Thành ủy Hà Nội"),
    # a line break: a heading, then a person
    ("Quyết định số 4849 của UBND huyện Thanh Trì\nBà Nguyễn Thị Hòa, trú tại",
     "Quyết định số 4849 của UBND huyện Thanh Trì", "Ủy ban nhân dân huyện Thanh Trì"),
    # a dot glued to a central body is the next sentence
    ("Quyết định số 12/QĐ-TTg ngày 12/11/2015 của Thủ tướng Chính phủ.Thủ tướng yêu cầu",
     "Quyết định số 12/QĐ-TTg ngày 12/11/2015 của Thủ tướng Chính phủ", "Thủ tướng Chính phủ"),
    # a number that is no district's
    ("Quyết định số 12/QĐ-UBND của UBND quận 5/2016", "Quyết định số 12/QĐ-UBND của UBND quận", "Ủy ban nhân dân quận"),
]


@pytest.mark.parametrize("text, surface, body", CUT)
def test_what_follows_the_place_is_not_read(text, surface, body):
    c = find_citations(text)[0]
    assert (c.text, c.body) == (surface, body)


KEYED = [
    # (text, key) in an article about Hà Nội: the body's place decides
    ("Quyết định số 33/2014/QĐ-UBND của UBND TP.HCM về", "33/2014/QĐ-UBND · Hồ Chí Minh"),
    ("Nghị quyết số 04-NQ/TU ngày 12/8/2016 của Thành ủy TP.HCM. Theo đó", "04-NQ/TU · Hồ Chí Minh · 2015-2020"),
    ("Chỉ thị số 05-CT/QU ngày 3/3/2017 của Quận ủy Q.1 về", "05-CT/QU · Quận 1, Hồ Chí Minh · 2015-2020"),
    ("Nghị quyết số 05-NQ/TU ngày 3/3/2017 của Tỉnh ủy Thừa Thiên - Huế về", "05-NQ/TU · Huế · 2015-2020"),
    ("Nghị quyết số 05-NQ/TU ngày 3/3/2017 của Tỉnh ủy Bà Rịa-Vũng Tàu về", "05-NQ/TU · Bà Rịa - Vũng Tàu · 2015-2020"),
    ("Quyết định số 12/QĐ-UBND ngày 3/3/2017 của UBND Q.Thanh Khê về", "12/QĐ-UBND · Đà Nẵng · 2017"),
    # the sentence's next word is no place: the article's
    ("Kế hoạch số 12/KH-UBND ngày 3/3/2017 của UBND TP. Sau đó", "12/KH-UBND · Hà Nội · 2017"),
]


@pytest.mark.parametrize("text, key", KEYED)
def test_document_is_keyed_with_the_body_place(text, key):
    (doc,) = resolve_citations(find_citations(text), text=text, locality=Place("Hà Nội"))
    assert doc.key == key


CONGRESSES = [
    # (text, surface, body, congress, term): a local Party organisation's place in a congress phrase
    ("thực hiện Nghị quyết Đại hội X của Đảng bộ TP.HCM, trọng tâm là",
     "Nghị quyết Đại hội X của Đảng bộ TP.HCM", "Đảng bộ TP.HCM", "X", None),
    ("thực hiện Nghị quyết Đại hội Đảng bộ TP.HCM lần thứ X về",
     "Nghị quyết Đại hội Đảng bộ TP.HCM lần thứ X", "Đảng bộ TP.HCM", "X", None),
    ("Nghị quyết Đại hội Đảng bộ TP.HCM nhiệm kỳ 2015-2020 về",
     "Nghị quyết Đại hội Đảng bộ TP.HCM nhiệm kỳ 2015-2020", "Đảng bộ TP.HCM", None, "2015-2020"),
    ("Nghị quyết Đại hội lần thứ X của Đảng bộ Q.1 (nhiệm kỳ 2015-2020) về",
     "Nghị quyết Đại hội lần thứ X của Đảng bộ Q.1 (nhiệm kỳ 2015-2020)", "Đảng bộ quận 1", "X", "2015-2020"),
    ("Nghị quyết Đại hội Đảng bộ quận 1 lần thứ XI về", "Nghị quyết Đại hội Đảng bộ quận 1 lần thứ XI",
     "Đảng bộ quận 1", "XI", None),
    ("Nghị quyết Đại hội X Đảng bộ tỉnh Bà Rịa - Vũng Tàu về", "Nghị quyết Đại hội X Đảng bộ tỉnh Bà Rịa - Vũng Tàu",
     "Đảng bộ tỉnh Bà Rịa - Vũng Tàu", "X", None),
    # as before
    ("Nghị quyết Đại hội Đảng bộ TP. Hồ Chí Minh lần thứ X về", "Nghị quyết Đại hội Đảng bộ TP. Hồ Chí Minh lần thứ X",
     "Đảng bộ TP. Hồ Chí Minh", "X", None),
    ("nghị quyết Đại hội Đảng bộ TP lần thứ X và Đại hội", "nghị quyết Đại hội Đảng bộ TP lần thứ X", "Đảng bộ TP", "X", None),
    ("Nghị quyết Đại hội Đảng bộ tỉnh Bà Rịa-Vũng Tàu lần thứ VI về",
     "Nghị quyết Đại hội Đảng bộ tỉnh Bà Rịa-Vũng Tàu lần thứ VI", "Đảng bộ tỉnh Bà Rịa-Vũng Tàu", "VI", None),
]


@pytest.mark.parametrize("text, surface, body, congress, term", CONGRESSES)
def test_congress_organisation_place(text, surface, body, congress, term):
    c = find_citations(text)[0]
    assert (c.text, c.kind, c.body, c.congress, c.term) == (surface, "congress", body, congress, term)


def test_congress_of_a_city_keyed_with_its_place():
    text = "thực hiện Nghị quyết Đại hội Đảng bộ TP.HCM lần thứ X về"
    (doc,) = resolve_citations(find_citations(text), text=text, locality=Place("Hà Nội"))
    assert doc.key == "Nghị quyết Đại hội Đảng bộ thành phố Hồ Chí Minh · lần thứ X" and doc.locality == "Hồ Chí Minh"


# A district's body with its province written after it: the province settles a name found
# in several provinces, and two districts' documents of one number stay two (a new user saw
# Châu Thành of Tiền Giang and of Bến Tre merged into one 04-NQ/HU).
@pytest.mark.parametrize(
    "text, body, key",
    [
        ("Thực hiện Nghị quyết số 04-NQ/HU của Huyện ủy Châu Thành tỉnh Tiền Giang.",
         "Huyện ủy Châu Thành tỉnh Tiền Giang", "04-NQ/HU · Châu Thành, Tiền Giang"),
        ("Thực hiện Nghị quyết số 04-NQ/HU của Huyện ủy Châu Thành tỉnh Bến Tre về du lịch.",
         "Huyện ủy Châu Thành tỉnh Bến Tre", "04-NQ/HU · Châu Thành, Bến Tre"),
        ("Theo Nghị quyết số 04-NQ/HU của Huyện ủy Thọ Xuân, tỉnh Thanh Hóa.",
         "Huyện ủy Thọ Xuân", "04-NQ/HU · Thọ Xuân, Thanh Hóa"),
        # not a province after it: as before
        ("Chỉ thị số 05-CT/TU của Tỉnh ủy Quảng Nam tỉnh ủy yêu cầu các cấp", "Tỉnh ủy Quảng Nam", "05-CT/TU · Quảng Nam"),
    ],
)
def test_a_district_body_with_its_province_after_it(text, body, key):
    cites = find_citations(text)
    assert cites[0].body == body
    assert [d.key for d in resolve_citations(cites, text=text)] == [key]
