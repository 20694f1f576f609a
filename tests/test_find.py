"""find_citations on the phrasings real text uses, and on what only looks like a citation."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dangdoc import find_citations

D = dt.date

FOUND = [
    # (text, surface, kind, doc, date, body, term, plenum, congress)
    ("thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về học tập",  # short form with body, topic not in span
     "Chỉ thị số 05-CT/TW của Bộ Chính trị", "short", "05-CT/TW", None, "Bộ Chính trị", None, None, None),
    ("Nghị quyết số 04-NQ/TU, ngày 12/8/2016 của Tỉnh uỷ.",  # comma before the date, old tone placement
     "Nghị quyết số 04-NQ/TU, ngày 12/8/2016 của Tỉnh uỷ", "full", "04-NQ/TU", D(2016, 8, 12), "Tỉnh ủy", None, None, None),
    ("Chỉ thị số 05-CT/TW, ngày 15-5-2016, của Bộ Chính trị khóa XII về",  # hyphen date, term after body
     "Chỉ thị số 05-CT/TW, ngày 15-5-2016, của Bộ Chính trị khóa XII", "full", "05-CT/TW", D(2016, 5, 15), "Bộ Chính trị", "XII", None, None),
    ("Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khoá XI) về",  # term in parentheses
     "Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khoá XI)", "full", "25-NQ/TW", D(2013, 6, 3), "Ban Chấp hành Trung ương", "XI", None, None),
    ("theo Nghị định số 144/2013/NĐ-CP ngày 29 tháng 10 năm 2013 của Chính phủ",  # spelled date
     "Nghị định số 144/2013/NĐ-CP ngày 29 tháng 10 năm 2013 của Chính phủ", "state", "144/2013/NĐ-CP", D(2013, 10, 29), "Chính phủ", None, None, None),
    ("Nghị định số 34/2016/NĐ-CP ngày 14\ntháng 5 năm 2016 của Chính phủ",  # line break inside the date
     "Nghị định số 34/2016/NĐ-CP ngày 14\ntháng 5 năm 2016 của Chính phủ", "state", "34/2016/NĐ-CP", D(2016, 5, 14), "Chính phủ", None, None, None),
    ("Quyết định 2218/QĐ-TTg của Thủ tướng Chính phủ",  # state decision
     "Quyết định 2218/QĐ-TTg của Thủ tướng Chính phủ", "state", "2218/QĐ-TTg", None, "Thủ tướng Chính phủ", None, None, None),
    ("Luật số 45/2019/QH14 có hiệu lực",  # law: the type comes from the words
     "Luật số 45/2019/QH14", "state", "45/2019/QH14", None, None, None, None, None),
    ("Công văn số 5382/BTC-QLCS về",  # letter: no type code
     "Công văn số 5382/BTC-QLCS", "state", "5382/BTC-QLCS", None, None, None, None, None),
    ("Chỉ thị 05 của Bộ Chính trị",  # bare number with body
     "Chỉ thị 05 của Bộ Chính trị", "bare", "CT 05", None, "Bộ Chính trị", None, None, None),
    ("Quy định 205 của BCT về",  # abbreviation of the Politburo
     "Quy định 205 của BCT", "bare", "QĐ 205", None, "Bộ Chính trị", None, None, None),
    ("Nghị định số 87 đã quy định",  # bare state decree
     "Nghị định số 87", "bare", "NĐ 87", None, None, None, None, None),
    ("Quy định số 58, ngày 8-2-2022 của Bộ Chính trị",  # bare number with a date is full
     "Quy định số 58, ngày 8-2-2022 của Bộ Chính trị", "full", "QĐ 58", D(2022, 2, 8), "Bộ Chính trị", None, None, None),
    ("Chỉ thị 05 - CT/TƯ của Ban Bí thư",  # spaced code with TƯ
     "Chỉ thị 05 - CT/TƯ của Ban Bí thư", "short", "05-CT/TW", None, "Ban Bí thư", None, None, None),
    ("NGHỊ QUYẾT SỐ 18-NQ/TW NGÀY 25/10/2017",  # all-caps heading
     "NGHỊ QUYẾT SỐ 18-NQ/TW NGÀY 25/10/2017", "full", "18-NQ/TW", D(2017, 10, 25), None, None, None, None),
    ("Nghị quyết số 18/NQ-TW của Trung ương",  # party identifier written state-style
     "Nghị quyết số 18/NQ-TW của Trung ương", "short", "18-NQ/TW", None, "Ban Chấp hành Trung ương", None, None, None),
    ("Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị về",  # QĐi
     "Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị", "full", "11-QĐi/TW", D(2019, 2, 18), "Bộ Chính trị", None, None, None),
    ("Hướng dẫn 126-HD/BTGTW về",  # central commission guidance
     "Hướng dẫn 126-HD/BTGTW", "short", "126-HD/BTGTW", None, None, None, None, None),
    ("căn cứ 126-HD/BTGTW, Ban Tuyên giáo",  # code with no type word
     "126-HD/BTGTW", "code", "126-HD/BTGTW", None, None, None, None, None),
    ("Chỉ thị số 35 năm 2019 về",  # year instead of a date
     "Chỉ thị số 35 năm 2019", "bare", "CT 35", None, None, None, None, None),
    ("Nghị quyết Trung ương 6 (khóa XII) và",  # plenum with term in parentheses
     "Nghị quyết Trung ương 6 (khóa XII)", "plenum", None, None, "Ban Chấp hành Trung ương", "XII", 6, None),
    ("Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa XIII về",  # ordinal word
     "Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa XIII", "plenum", None, None, "Ban Chấp hành Trung ương", "XIII", 5, None),
    ("theo Nghị quyết T.Ư 4, khóa 12 về",  # T.Ư, Arabic term
     "Nghị quyết T.Ư 4, khóa 12", "plenum", None, None, "Ban Chấp hành Trung ương", "XII", 4, None),
    ("NQ TW 4 khóa XII",  # abbreviation of a plenum
     "NQ TW 4 khóa XII", "plenum", None, None, "Ban Chấp hành Trung ương", "XII", 4, None),
    ("Nghị quyết Đại hội XIII của Đảng",  # national congress
     "Nghị quyết Đại hội XIII của Đảng", "congress", None, None, None, None, None, "XIII"),
    ("Nghị quyết Đại hội Đảng bộ thành phố Kon Tum lần thứ XII (nhiệm kỳ 2020-2025) đề ra",  # local congress
     "Nghị quyết Đại hội Đảng bộ thành phố Kon Tum lần thứ XII (nhiệm kỳ 2020-2025)", "congress", None, None, "Đảng bộ thành phố Kon Tum", "2020-2025", None, "XII"),
    ("Nghị quyết Đại hội 13 của Đảng",  # Arabic congress number
     "Nghị quyết Đại hội 13 của Đảng", "congress", None, None, None, None, None, "XIII"),
    ("mục tiêu NQ21 đề ra",  # abbreviation
     "NQ21", "alias", "NQ 21", None, None, None, None, None),
]


@pytest.mark.parametrize("text, surface, kind, doc, date, body, term, plenum, congress", FOUND)
def test_finds(text, surface, kind, doc, date, body, term, plenum, congress):
    found = find_citations(text)
    assert len(found) == 1, found
    c = found[0]
    assert text[c.start : c.end] == c.text == surface
    assert c.kind == kind
    assert (str(c.doc) if c.doc else None) == doc
    assert (c.date, c.body, c.term, c.plenum, c.congress) == (date, body, term, plenum, congress)


def test_law_takes_type_from_words():
    (c,) = find_citations("Bộ luật hình sự số 100/2015/QH13 quy định")
    assert c.text == "Bộ luật hình sự số 100/2015/QH13"
    assert c.doc.type == "Luật" and c.type_name == "Luật"


def test_type_name_follows_the_words():
    (c,) = find_citations("Quy định số 22-QĐ/TW của Bộ Chính trị")
    assert c.doc.type == "QĐ" and c.type_name == "Quy định"
    (c,) = find_citations("Quyết định số 22-QĐ/TW của Bộ Chính trị")
    assert c.type_name == "Quyết định"


LISTS = [
    # (text, the surfaces, the identifiers)
    ("Nghị quyết số 18, 19-NQ/TW ngày 25/10/2017", ["Nghị quyết số 18", "19-NQ/TW ngày 25/10/2017"], ["18-NQ/TW", "19-NQ/TW"]),
    ("Kết luận số 126-KL/TW và 127-KL/TW", ["Kết luận số 126-KL/TW", "127-KL/TW"], ["126-KL/TW", "127-KL/TW"]),
    ("Quy định 89; 214; 124 của Bộ Chính trị", ["Quy định 89", "214", "124 của Bộ Chính trị"], ["QĐ 89", "QĐ 214", "QĐ 124"]),
]


@pytest.mark.parametrize("text, surfaces, ids", LISTS)
def test_coordinated_lists_give_one_citation_each(text, surfaces, ids):
    found = find_citations(text)
    assert [c.text for c in found] == surfaces
    assert [str(c.doc) for c in found] == ids


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nghị quyết Trung ương 4 khóa XI, XII, Kết luận", [("Nghị quyết Trung ương 4 khóa XI", "XI"), ("XII", "XII")]),
        ("Nghị quyết T.Ư 4 (khóa XI) và khóa XII về", [("Nghị quyết T.Ư 4 (khóa XI)", "XI"), ("khóa XII", "XII")]),
    ],
)
def test_plenum_lists(text, expected):
    found = find_citations(text)
    assert [(c.text, c.term) for c in found] == expected
    assert all(c.plenum == 4 and c.kind == "plenum" for c in found)


def test_one_plenum_several_terms_in_parentheses():
    found = find_citations("Nghị quyết Trung ương 4 (Khóa XI, XII) về xây dựng Đảng")
    assert [(c.plenum, c.term) for c in found] == [(4, "XI"), (4, "XII")]


def test_older_state_identifier_without_type_code():
    (c,) = find_citations("Nghị định số 60/CP ngày 5/7/1994 của Chính phủ")
    assert (c.doc.type, c.doc.number, c.doc.issuer, c.date) == ("NĐ", 60, "CP", D(1994, 7, 5))


def test_last_bare_number_of_a_list():
    found = find_citations("Bộ Chính trị có các Quyết định 217, 218 về công tác giám sát")
    assert [c.doc.number for c in found] == [217, 218]


def test_alias_defined_in_parentheses():
    text = ("Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của Bộ Chính trị (sau đây gọi tắt là Nghị quyết 35). "
            "Việc thực hiện Nghị quyết 35 được sơ kết.")
    found = find_citations(text)
    assert [c.kind for c in found] == ["full", "alias", "alias"]
    assert [str(c.doc) for c in found] == ["35-NQ/TW"] * 3
    assert found[1].text == "Nghị quyết 35"


def test_title():
    (c,) = find_citations('Chỉ thị số 05-CT/TW của Bộ Chính trị về "Đẩy mạnh học tập và làm theo" đạt')
    assert c.title == "Đẩy mạnh học tập và làm theo"


LOOK_ALIKES = [
    "Đường dây nóng: 0237 3721150",  # phone number
    "xe mang BKS 77C-016.47 kéo theo rơ mooc 77R-001.37",  # licence plates
    "đội nhà thắng 3-1 trong trận chung kết",  # score
    "phòng chống dịch COVID-19 trên địa bàn",  # disease name
    "trong quý II/2024 và năm 2025",  # quarter
    "Tại Km 604+700 quốc lộ 1A",  # road marker
    "điện thoại Samsung GT-S5830 giá rẻ",  # model code
    "sinh viên mã số 20A1234 đã nộp",  # student ID
    "sáng 9/6/2017, tại trụ sở",  # bare date
    "các nghị quyết của Đảng và chỉ thị của Trung ương",  # generic plurals
    "Chỉ thị này có hiệu lực từ ngày ký",  # anaphora
    "Hội nghị Trung ương 4 đã thảo luận",  # a meeting, not a document
    "thi hành kỷ luật 22 đảng viên",  # 'luật' inside a word, with a count
    "xây dựng kế hoạch 5 năm và báo cáo 6 tháng",  # generic type words with numbers
    "Nghị quyết Đại hội Đảng bộ các cấp nhiệm kỳ 2020 – 2025",  # generic congress
    "Ngày 22/10, Ban Chấp hành Trung ương khóa XIII họp",  # term without a document
    "chi phí không đúng quy định 2.779 triệu đồng",  # the verb, with an amount
    "Dự thảo quy định 18 nhóm đối tượng được cảnh vệ",  # the verb, with a count
    "Nghị quyết 2334 của Hội đồng Bảo an Liên Hợp Quốc",  # not a Vietnamese document
    "Nghị quyết Đại hội XI Công đoàn Việt Nam",  # another organisation's congress
    "",  # nothing at all
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_not_citations(text):
    assert find_citations(text) == []


def test_type_error_for_non_strings():
    for bad in (None, b"Chi thi 05", 5, ["Chỉ thị 05"]):
        with pytest.raises(TypeError):
            find_citations(bad)  # type: ignore[arg-type]


def test_offsets_into_decomposed_text():
    composed = "theo Chỉ thị số 05-CT/TƯ của Bộ Chính trị."
    import unicodedata

    decomposed = unicodedata.normalize("NFD", composed)
    assert len(decomposed) > len(composed)
    (c,) = find_citations(decomposed)
    assert decomposed[c.start : c.end] == c.text
    assert unicodedata.normalize("NFC", c.text) == "Chỉ thị số 05-CT/TƯ của Bộ Chính trị"
    assert str(c.doc) == "05-CT/TW"


def test_look_alike_characters():
    text = "Ngh\u1ecb quy\u1ebft s\u1ed1 05\u2013NQ/T\u01af ng\u00e0y 12\u00a0/\u00a08/2016 c\u1ee7a \u00d0\u1ea3ng \u1ee7y"
    (c,) = find_citations(text)
    assert str(c.doc) == "05-NQ/TW" and c.date == D(2016, 8, 12)
    assert text[c.start : c.end] == c.text


# every kind of space a text may hold between the words and pieces of a citation: thin,
# figure, no-break, en, em, ideographic, narrow no-break, tab, and one line break
SPACES = ["\u2009", "\u2007", "\u00a0", "\u2002", "\u2003", "\u3000", "\u202f", "\t", " \n "]


@pytest.mark.parametrize("space", SPACES)
def test_any_space_between_the_words(space):
    text = f"Theo Nghị{space}quyết{space}số{space}04-NQ/TU{space}của{space}Tỉnh{space}ủy, tỉnh làm đường."
    (c,) = find_citations(text)
    assert str(c.doc) == "04-NQ/TU" and text[c.start : c.end] == c.text
    assert c.text.endswith("Tỉnh" + space + "ủy")


@pytest.mark.parametrize("space", ["\u2009", "\u3000", "\t", "\n"])
def test_plenum_phrase_across_any_space(space):
    (c,) = find_citations(f"Học tập Nghị quyết{space}Trung{space}ương{space}4 khóa XII.")
    assert c.plenum == 4 and c.term == "XII"


@pytest.mark.parametrize("end", ["\u2029", "\u2028", "\x0c", "\x85", "\x0b"])
def test_other_line_ends_are_line_breaks(end):
    # one may wrap a citation; two end it, as two "\n" do
    (c,) = find_citations(f"Học tập Nghị quyết{end}Trung ương 4 khóa XII.")
    assert c.plenum == 4 and c.text == f"Nghị quyết{end}Trung ương 4 khóa XII"
    assert [x.plenum for x in find_citations(f"Học tập Nghị quyết{end}{end}Trung ương 4 khóa XII.")] == []


def test_a_blank_line_ends_a_citation():
    # a citation may wrap, once; it does not run on into the next paragraph
    (c,) = find_citations("Thực hiện Nghị quyết số 04-NQ/TU của\n\nTỉnh ủy về giao thông.")
    assert c.text == "Nghị quyết số 04-NQ/TU"


CITED = st.sampled_from([
    "Chỉ thị số 05-CT/TW của Bộ Chính trị",
    "Nghị quyết Trung ương 4 (khóa XII)",
    "Nghị định số 30/2020/NĐ-CP ngày 5/3/2020",
    "Nghị quyết Đại hội XIII của Đảng",
    "Kết luận 21-KL/TW",
])
FILLER = st.text(alphabet="abcđêôơư ,.\n0123456789-/()ABCĐT", max_size=40)


@given(st.lists(st.tuples(FILLER, CITED), max_size=4), FILLER)
@settings(max_examples=200)
def test_spans_are_exact_and_shift_with_a_prefix(parts, tail):
    text = "".join(f + " " + c + " " for f, c in parts) + tail
    found = find_citations(text)
    for c in found:
        assert text[c.start : c.end] == c.text
    prefix = "Tin mới. \n"
    shifted = find_citations(prefix + text)
    assert [(c.start - len(prefix), c.end - len(prefix), c.doc, c.kind) for c in shifted] == [
        (c.start, c.end, c.doc, c.kind) for c in found
    ]
    assert len(found) >= len(parts) or not parts


@given(st.text(max_size=300))
@settings(max_examples=300)
def test_never_raises_on_arbitrary_text(text):
    for c in find_citations(text):
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start : c.end] == c.text


# a type word inside a longer one is not read as a citation of its own, whatever comes
# before the longer one: the text's start, a space, a bracket, a quote, a line break
_NESTED = ["Thông báo kết luận 35", "Bộ luật 5"]


@pytest.mark.parametrize("before", ["", " ", "(", "“", "\n", "5."])
@pytest.mark.parametrize("phrase", _NESTED)
def test_a_type_word_inside_a_longer_one_is_no_anchor_of_its_own(before, phrase):
    from dangdoc.text.scan import candidates

    text = before + phrase + ", theo Nghị định 67."
    assert candidates(text) == [(len(before), "word"), (text.index("Nghị định"), "word")]
    assert [(c.text, str(c.doc)) for c in find_citations(text)] == [(c.text, str(c.doc)) for c in find_citations(phrase + ", theo Nghị định 67.")]
