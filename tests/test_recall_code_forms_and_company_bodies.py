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

PREFIXED = [
    # (text, surface, identifier, type name)
    ("công ty đóng 20 tàu cá theo NĐ-67/CP nhưng nhiều tàu bị trục trặc", "NĐ-67/CP", "67/NĐ-CP", "Nghị định"),
    ("đóng tàu theo NĐ–67/CP của Chính phủ", "NĐ–67/CP của Chính phủ", "67/NĐ-CP", "Nghị định"),
    ("đóng tàu theo NĐ - 67/CP, nhưng", "NĐ - 67/CP", "67/NĐ-CP", "Nghị định"),
    ("đóng tàu theo ND-67/CP, nhưng", "ND-67/CP", "67/NĐ-CP", "Nghị định"),
    ("theo Nghị định NĐ-67/CP của Chính phủ về", "Nghị định NĐ-67/CP của Chính phủ", "67/NĐ-CP", "Nghị định"),
    ("theo Nghị định số NĐ-67/CP về", "Nghị định số NĐ-67/CP", "67/NĐ-CP", "Nghị định"),
    ("thực hiện QĐ-123/TTg về", "QĐ-123/TTg", "123/QĐ-TTg", "Quyết định"),
    ("hướng dẫn tại TT-15/BTC ngày 2/3/2014", "TT-15/BTC ngày 2/3/2014", "15/TT-BTC", "Thông tư"),
    ("theo TT-15/2014/BTC thì", "TT-15/2014/BTC", "15/2014/TT-BTC", "Thông tư"),
    ("theo TTLT-15/BTC-BNV, các", "TTLT-15/BTC-BNV", "15/TTLT-BTC-BNV", "Thông tư liên tịch"),
    # a Party issuer makes it the Party's
    ("quán triệt CT-05/TW của Bộ Chính trị", "CT-05/TW của Bộ Chính trị", "05-CT/TW", "Chỉ thị"),
    # "NQ-05" alone is a resolution's nickname; with a slash and an issuer it is a code
    ("Nghị quyết NQ-05/TW của Bộ Chính trị", "Nghị quyết NQ-05/TW của Bộ Chính trị", "05-NQ/TW", "Nghị quyết"),
    ("theo NQ-15/CP về", "NQ-15/CP", "15/NQ-CP", "Nghị quyết"),
    # a word glued to the issuer is not part of it
    ("theo NĐ-67/CPvừa ban hành", "NĐ-67/CP", "67/NĐ-CP", "Nghị định"),
    # the type code glued to the number (no dash) was read before and still is
    ("xử phạt theo NĐ155/CP... nhưng rác vẫn ngập đường", "NĐ155/CP", "155/NĐ-CP", "Nghị định"),
    # an abbreviation after a type word of its type: the citation begins at the word
    ("theo Nghị định NĐ155/CP của Chính phủ", "Nghị định NĐ155/CP của Chính phủ", "155/NĐ-CP", "Nghị định"),
    ("theo Quyết định QĐ 123/TTg về", "Quyết định QĐ 123/TTg", "123/QĐ-TTg", "Quyết định"),
    # not after a word of another type
    ("theo Quyết định NĐ 67/CP", "NĐ 67/CP", "67/NĐ-CP", "Nghị định"),
    ("theo Quyết định NĐ-67/CP", "NĐ-67/CP", "67/NĐ-CP", "Nghị định"),
]


@pytest.mark.parametrize("text, surface, ident, type_name", PREFIXED)
def test_type_code_before_number(text, surface, ident, type_name):
    (c,) = find_citations(text)
    assert (c.text, str(c.doc), c.doc.year, c.type_name) == (surface, ident, parse_id(ident).year, type_name)


@pytest.mark.parametrize("text, surface", [("theo NQ21 về", "NQ21"), ("thực hiện NQ-21, các", "NQ-21")])
def test_nickname_still_a_nickname(text, surface):
    (c,) = find_citations(text)
    assert (c.text, c.kind, str(c.doc)) == (surface, "alias", "NQ 21")


def test_two_prefixed_codes_in_a_row():
    found = find_citations("theo Nghị định NĐ-67/CP và NĐ-89/CP về tàu cá")
    assert [(c.text, str(c.doc)) for c in found] == [("Nghị định NĐ-67/CP", "67/NĐ-CP"), ("NĐ-89/CP", "89/NĐ-CP")]


NOT_PREFIXED = [
    "2 thế hệ chính: F-16A/B (đời đầu F-16); F-16C/D nâng cấp",  # aircraft
    "trên nền tảng của MiG-29M/M2 và MiG-29K/KUB",
    "tên lửa Kh-101/Kh-102 có tầm bắn 5.000-5.500 km",  # a type code only in upper case
    "tên lửa KH-101/KH-102 có tầm bắn",  # KH is no issuer
    "đạn pháo sáng MJU-23A/B",
    "chủ tàu cá KH 95897-TS, cùng 6 thuyền viên",  # a fishing boat's number
    "nhà chung cư CT1-CT2, khu đô thị mới Yên Hòa",  # buildings
    "tòa nhà CT4 – A1 Tây Nam Linh Đàm",
    "Tổng Công ty 36 – CTCP (mã chứng khoán: G36)",  # a joint-stock company
    "mẫu QC-15/A đã được",  # an unknown issuer
    "theo NĐ-67/BTC",  # a ministry issues no decree
    "các văn bản NĐ-CP và QĐ-TTg",  # codes alone
    "biển số 29A-123.45",
]


@pytest.mark.parametrize("text", NOT_PREFIXED)
def test_not_a_prefixed_code(text):
    assert find_citations(text) == []


BODIES = [
    # (text, surface, body)
    ("Nghị quyết số 05-NQ/ĐU của Đảng ủy Tập đoàn Dầu khí Việt Nam về nâng cao",
     "Nghị quyết số 05-NQ/ĐU của Đảng ủy Tập đoàn Dầu khí Việt Nam", "Đảng ủy Tập đoàn Dầu khí Việt Nam"),
    ("Chỉ thị 05 của Đảng ủy Tập đoàn Dầu khí Quốc gia Việt Nam (PVN) yêu cầu",
     "Chỉ thị 05 của Đảng ủy Tập đoàn Dầu khí Quốc gia Việt Nam", "Đảng ủy Tập đoàn Dầu khí Quốc gia Việt Nam"),
    # up to three lower-case syllables in a row when a capitalised word follows
    ("Chỉ thị 05 của Đảng ủy Tập đoàn Dầu khí quốc gia Việt Nam, các",
     "Chỉ thị 05 của Đảng ủy Tập đoàn Dầu khí quốc gia Việt Nam", "Đảng ủy Tập đoàn Dầu khí quốc gia Việt Nam"),
    # one lower-case syllable after the last capitalised word, before a word that ends the name
    ("Nghị quyết 233/NQ-ĐU của Đảng ủy Tập đoàn Dầu khí có nội dung không phù hợp",
     "Nghị quyết 233/NQ-ĐU của Đảng ủy Tập đoàn Dầu khí", "Đảng ủy Tập đoàn Dầu khí"),
    ("Nghị quyết 12-NQ/ĐU ngày 5/5/2017 của Đảng ủy Tập đoàn Dầu khí.",
     "Nghị quyết 12-NQ/ĐU ngày 5/5/2017 của Đảng ủy Tập đoàn Dầu khí", "Đảng ủy Tập đoàn Dầu khí"),
    ("Nghị quyết 12-NQ/ĐU của Đảng ủy Tổng công ty Điện lực miền Bắc về",
     "Nghị quyết 12-NQ/ĐU của Đảng ủy Tổng công ty Điện lực miền Bắc", "Đảng ủy Tổng công ty Điện lực miền Bắc"),
    ("Kết luận 03-KL/ĐU của Đảng ủy Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam.",
     "Kết luận 03-KL/ĐU của Đảng ủy Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam",
     "Đảng ủy Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam"),
    ("Nghị quyết 12-NQ/ĐU của Đảng ủy Công ty TNHH MTV Cấp nước Sài Gòn về",
     "Nghị quyết 12-NQ/ĐU của Đảng ủy Công ty TNHH MTV Cấp nước Sài Gòn", "Đảng ủy Công ty TNHH MTV Cấp nước Sài Gòn"),
    ("Quyết định số 31-QĐ/ĐU của Đảng ủy Cơ quan Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam thi hành kỷ luật",
     "Quyết định số 31-QĐ/ĐU của Đảng ủy Cơ quan Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
     "Đảng ủy Cơ quan Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
    ("thông báo số 28-TB/ĐUK, ngày 15/3/2017 của Ban Thường vụ Đảng ủy Tập đoàn Bưu chính Viễn thông Việt Nam kết luận",
     "thông báo số 28-TB/ĐUK, ngày 15/3/2017 của Ban Thường vụ Đảng ủy Tập đoàn Bưu chính Viễn thông Việt Nam",
     "Ban Thường vụ Đảng ủy Tập đoàn Bưu chính Viễn thông Việt Nam"),
    # the name ends where the sentence goes on
    ("Nghị quyết 233/NQ-ĐU, ngày 17-3-2009 của Đảng ủy Tập đoàn có nội dung",
     "Nghị quyết 233/NQ-ĐU, ngày 17-3-2009 của Đảng ủy Tập đoàn", "Đảng ủy Tập đoàn"),
    ("Nghị quyết 12-NQ/ĐU của Đảng ủy Tập đoàn ban hành Thông tư mới",
     "Nghị quyết 12-NQ/ĐU của Đảng ủy Tập đoàn", "Đảng ủy Tập đoàn"),
    ("Nghị quyết 12-NQ/ĐU của Đảng ủy Tập đoàn Viettel triển khai Thông tư",
     "Nghị quyết 12-NQ/ĐU của Đảng ủy Tập đoàn Viettel", "Đảng ủy Tập đoàn Viettel"),
    ("Nghị quyết 12-NQ/ĐU của Đảng ủy Tập đoàn Viettel và Bộ Quốc phòng",
     "Nghị quyết 12-NQ/ĐU của Đảng ủy Tập đoàn Viettel", "Đảng ủy Tập đoàn Viettel"),
    ("Nghị quyết 12-NQ/ĐU của Đảng ủy Tập đoàn Viettel ban hành Thông tư",
     "Nghị quyết 12-NQ/ĐU của Đảng ủy Tập đoàn Viettel", "Đảng ủy Tập đoàn Viettel"),
    ("Nghị quyết 12-NQ/ĐU của Đảng ủy Tập đoàn Dầu khí Khóa II",
     "Nghị quyết 12-NQ/ĐU của Đảng ủy Tập đoàn Dầu khí Khóa II", "Đảng ủy Tập đoàn Dầu khí"),
    # a bloc's committee: "Trung ương" ends its name as one word
    ("Hướng dẫn 05-HD/ĐUK của Đảng ủy Khối Doanh nghiệp Trung ương về việc",
     "Hướng dẫn 05-HD/ĐUK của Đảng ủy Khối Doanh nghiệp Trung ương", "Đảng ủy Khối Doanh nghiệp Trung ương"),
    ("Hướng dẫn 05-HD/ĐUK của Đảng ủy Khối các cơ quan Trung ương yêu cầu",
     "Hướng dẫn 05-HD/ĐUK của Đảng ủy Khối các cơ quan Trung ương", "Đảng ủy Khối các cơ quan Trung ương"),
    ("Hướng dẫn 05-HD/ĐUK của Đảng ủy khối Dân – Chính Đảng tỉnh về",
     "Hướng dẫn 05-HD/ĐUK của Đảng ủy khối Dân – Chính Đảng tỉnh", "Đảng ủy Khối Dân – Chính Đảng tỉnh"),
    ("Hướng dẫn 05-HD/ĐUK của Đảng ủy Khối về", "Hướng dẫn 05-HD/ĐUK của Đảng ủy Khối", "Đảng ủy Khối"),
    # a province's committee as before
    ("thông báo số 28-TB/ĐUK, ngày 15/3/2017 của Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Quảng Trị kết luận",
     "thông báo số 28-TB/ĐUK, ngày 15/3/2017 của Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Quảng Trị",
     "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Quảng Trị"),
]


@pytest.mark.parametrize("text, surface, body", BODIES)
def test_company_committee_keeps_its_name(text, surface, body):
    (c,) = find_citations(text)
    assert (c.text, c.body) == (surface, body)


NOT_COMPANY = [
    # (text, surface, body): a province's committee takes capitalised words only, as before
    ("Nghị quyết 05-NQ/TU của Tỉnh ủy Bắc Ninh đối với các cơ quan",
     "Nghị quyết 05-NQ/TU của Tỉnh ủy Bắc Ninh", "Tỉnh ủy Bắc Ninh"),
    ("Nghị quyết 05-NQ/TU của Tỉnh ủy Quảng Nam giai đoạn 2015-2020",
     "Nghị quyết 05-NQ/TU của Tỉnh ủy Quảng Nam", "Tỉnh ủy Quảng Nam"),
]


@pytest.mark.parametrize("text, surface, body", NOT_COMPANY)
def test_province_committee_unchanged(text, surface, body):
    (c,) = find_citations(text)
    assert (c.text, c.body) == (surface, body)


def test_company_congress_keeps_its_name():
    (c,) = find_citations("thực hiện Nghị quyết Đại hội Đảng bộ Tập đoàn Dầu khí Việt Nam lần thứ III, nhiệm kỳ 2015-2020")
    assert (c.kind, c.body, c.congress) == ("congress", "Đảng bộ Tập đoàn Dầu khí Việt Nam", "III")


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


# A number and a code with no type word before it: a code begun in lower case is a word
# ("ứng dụng 32-bit - thứ hai"), unless a date follows it as a document's does.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Phiên bản ứng dụng 32-bit - thứ hai là bản 64-bit.", []),
        ("bộ vi xử lý 8-bit/giây và 64-bit", []),
        ("theo văn bản 126-HD/BTGTW của Ban Tuyên giáo", ["126-HD/BTGTW"]),
        ("thực hiện 123/UBND-VP của UBND tỉnh", ["123/UBND-VP"]),
        ("Theo 504/d-ub ngày 20/5/1999 của UBND tỉnh", ["504/D-UB"]),  # an old code, dated
    ],
)
def test_a_code_in_lower_case_is_a_word(text, expected):
    assert [str(c.doc) for c in find_citations(text)] == expected


# The topic after a citation ends before another document joined to it, and at the comma
# after a document its title names (a new user found 188 topics in the news corpus running
# on into the next citation or clause); a title that names a document keeps it.
@pytest.mark.parametrize(
    "text, title",
    [
        ("Quy định số 08-QĐi/TW về trách nhiệm nêu gương và Chỉ thị 05-CT/TW của Bộ Chính trị được quán triệt.",
         "trách nhiệm nêu gương"),
        ("Nghị định 60/CP về quyền sở hữu nhà ở tại đô thị, Nghị định số 61/CP về mua bán nhà ở.",
         "quyền sở hữu nhà ở tại đô thị"),
        ("Nghị định 124/2015/NĐ-CP về sửa đổi một số điều của Nghị định 185/2013/NĐ-CP, UBND phường phạt ông A.",
         "sửa đổi một số điều của Nghị định 185/2013/NĐ-CP"),
        # kept whole: a title naming a document with no comma after it, words joined by "và"
        ("Thông tư 31/2017/TT-BTC về sửa đổi Thông tư 99/2016/TT-BTC hướng dẫn quản lý hoàn thuế giá trị gia tăng.",
         "sửa đổi Thông tư 99/2016/TT-BTC hướng dẫn quản lý hoàn thuế giá trị gia tăng"),
        ("Nghị quyết 35/NQ-CP về hỗ trợ và phát triển doanh nghiệp đến năm 2020.",
         "hỗ trợ và phát triển doanh nghiệp đến năm 2020"),
        ("Chỉ thị 05-CT/TW về “Đẩy mạnh học tập và làm theo tư tưởng, Chỉ thị của Bác”.",
         "Đẩy mạnh học tập và làm theo tư tưởng, Chỉ thị của Bác"),  # quoted: as written
    ],
)
def test_a_topic_ends_where_its_document_does(text, title):
    assert find_citations(text)[0].title == title
