"""The term of a Party document follows the document's own date, not the article's.

A history article of 2017 that says "Ngày 12-5-1951, Ban Bí thư ra Chỉ thị số 05-CT/TW"
cites a directive of term II, not the 05-CT/TW of term XII. The date may be written after
the identifier, before it in the clause that issues it, or only as a year; the term may be
written next to the body that issues it. Where no term can be given (before the first
congress, or a year in which a congress closed), the key gives the year and claims no term.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dangdoc import find_citations, resolve_citations
from dangdoc.vocab.terms import term_of_year, terms


def keys(text: str) -> list[str]:
    return [d.key for d in resolve_citations(find_citations(text), text=text, period="2017")]


@pytest.mark.parametrize("text, expected", [
    # a date before the citation, in the clause that issues it ("ra", "có", "ban hành", "ký ban hành")
    ("Ngày 12-5-1951, Ban Bí thư Trung ương Đảng ra Chỉ thị số 05-CT/TW về tổ chức công an.", ["05-CT/TW · khóa II"]),
    ("Ngày 3/9/1948, Ban Thường vụ Trung ương đã ra Chỉ thị số 25-CT/TW về bảo vệ nội bộ.", ["25-CT/TW · khóa I"]),
    ("Ngày 2-3-1962, thay mặt Bộ Chính trị, đồng chí Lê Duẩn đã ký ban hành Nghị quyết số 40-NQ/TW.",
     ["40-NQ/TW · khóa III"]),
    ("Sau Đại hội VI, ngày 20-5-1988, Bộ Chính trị đã có Nghị quyết số 13/NQ-TW về đối ngoại.", ["13-NQ/TW · khóa VI"]),
    ("Ngày 6/7/1979, Ban Bí thư ban hành Chỉ thị số 66-CT/TW về công tác xây dựng Đảng.", ["66-CT/TW · khóa IV"]),
    # the date spelled out, or only its month and year
    ("Ngày 6 tháng 7 năm 1979, Ban Bí thư ban hành Chỉ thị số 66-CT/TW về xây dựng Đảng.", ["66-CT/TW · khóa IV"]),
    ("Tháng 5/1988, Bộ Chính trị ra Nghị quyết số 13-NQ/TW về đối ngoại.", ["13-NQ/TW · khóa VI"]),
    # a state document takes the year the same way ("Nghị định 67" of 2014 carries it in its number)
    ("Tháng 7/2014, Chính phủ ban hành Nghị định 67 về phát triển thủy sản.", ["67/2014/NĐ-CP"]),
    ("Còn nhớ tháng 6-2016, Thủ tướng Chính phủ ký Quyết định 1013 về lãi suất cho vay.", ["1013/QĐ-TTg · 2016"]),
    # a list the clause issues: each takes the date
    ("Ngày 12/12/2013, Bộ Chính trị có các Quyết định 217, 218 về giám sát và phản biện xã hội.",
     ["217-QĐ/TW · khóa XI", "218-QĐ/TW · khóa XI"]),
    # a later mention of the same document takes the date the first one had
    ("Ngày 12-5-1951, Ban Bí thư ra Chỉ thị số 05-CT/TW. Chỉ thị 05-CT/TW nêu rõ nhiệm vụ công an.",
     ["05-CT/TW · khóa II"]),
    # the date written after the identifier
    ("Chỉ thị số 05-CT/TW ngày 12/5/1951 của Ban Bí thư về công an.", ["05-CT/TW · khóa II"]),
    ("Nghị quyết số 13-NQ/TW, ngày 20-5-1988 của Bộ Chính trị.", ["13-NQ/TW · khóa VI"]),
    # a year that lies in one term gives that term; catalogued or not
    ("Chỉ thị số 17-CT/TW năm 1998 của Bộ Chính trị về tiết kiệm.", ["17-CT/TW · khóa VIII"]),
    ("Năm 1988, Bộ Chính trị ra Nghị quyết số 13-NQ/TW về đối ngoại.", ["13-NQ/TW · khóa VI"]),
    # a year in which a congress closed: two terms share it, the key gives the year
    ("Chỉ thị số 07-CT/TW năm 1951 của Ban Bí thư.", ["07-CT/TW · 1951"]),
    ("Năm 1951, Ban Bí thư ban hành Chỉ thị số 07-CT/TW về tình báo.", ["07-CT/TW · 1951"]),
    # before the first congress there is no congress-numbered term
    ("Chỉ thị số 03-CT/TW ngày 4/6/1931 của Ban Thường vụ Trung ương.", ["03-CT/TW · 1931"]),
    # the term written with the body that issues it
    ("Bộ Chính trị (khóa IX) đã ban hành Nghị quyết 36 về người Việt Nam ở nước ngoài.", ["36-NQ/TW · khóa IX"]),
    ("Ban Thường vụ Trung ương (khóa I) đã ra Quyết nghị số 57-QN/TW về Ban Kinh tế Trung ương.",
     ["57-QN/TW · khóa I"]),
    ("Quyết định số 68/QĐ-TW ngày 4.7.2007 của Bộ Chính trị khóa 10 về bổ nhiệm cán bộ.", ["68-QĐ/TW · khóa X"]),
    # a local Party document takes its committee's term (years) from the date
    ("Ngày 22/4/2016, Huyện ủy có Nghị quyết số 07-NQ/HU về bảo vệ môi trường.", ["07-NQ/HU · 2015-2020"]),
    # a plenum resolution dated in the citation
    ("Nghị quyết Hội nghị Trung ương 8 ngày 25/10/2013 về đổi mới giáo dục.", ["29-NQ/TW · khóa XI"]),
])
def test_the_term_follows_the_documents_own_date(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    # nothing dates it: the catalogue and the article's period decide, as before
    ("Các chi bộ học tập Chỉ thị 05-CT/TW của Bộ Chính trị về học tập và làm theo.", ["05-CT/TW · khóa XII"]),
    # a date in the sentence that dates something else ("đề ra" is not "ra")
    # (the catalogue knows three 11-NQ/TW, of terms IX, X and XI: nothing here tells them apart)
    ("Trong 6 tháng đầu năm 2017, từ đó đề ra phương hướng và thực hiện Nghị quyết 11-NQ/TW của Bộ Chính trị.",
     ["11-NQ/TW · khóa IX | khóa X | khóa XI?"]),
    ("Ngày 5/6/2017, Tỉnh ủy tổ chức hội nghị quán triệt Chỉ thị 05-CT/TW của Bộ Chính trị.", ["05-CT/TW · khóa XII"]),
    # a term of the National Assembly is not the Party's
    ("Quốc hội khóa XIV đã thông qua Nghị quyết 42/2017/QH14 về xử lý nợ xấu.", ["42/2017/QH14 · Nghị quyết"]),
    # an unknown code written Party-style is no Central Committee's: dated by year, no term
    ("Ngày 13/5/2017, Viện kiểm sát tỉnh đã có quyết định số 15 QĐ/VKS về việc này.", ["15-QĐ/VKS · 2017"]),
    # "có" (have) after no body issues nothing: the date is the localities' news
    ("Ngày 20/5/2017, nhiều địa phương đã có Chỉ thị 99-CT/TW về việc này.", ["99-CT/TW"]),
    ("Ngày 20/5/2017, nhiều nơi đã có Nghị quyết Trung ương 9 khóa XI.", ["33-NQ/TW · khóa XI"]),
])
def test_what_does_not_date_a_document(text, expected):
    assert keys(text) == expected


def test_a_document_keeps_the_date_its_clause_gives():
    text = "Ngày 12-5-1951, Ban Bí thư ra Chỉ thị số 05-CT/TW về tổ chức công an."
    (doc,) = resolve_citations(find_citations(text), text=text, period="2017")
    assert (doc.date, doc.term, doc.year, doc.basis) == (dt.date(1951, 5, 12), "II", 1951, "date")


def test_the_terms_and_their_years():
    assert terms()[0] == "I" and "XIV" in terms()
    assert [term_of_year(y) for y in (1934, 1940, 1951, 1955, 1960, 1961, 2016, 2017)] == [
        None, "I", None, "II", None, "III", None, "XII"]
