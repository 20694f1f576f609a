"""link: a state document written as just issued is of the article's year.

"Chính phủ vừa ban hành Nghị quyết 58/NQ-CP", "Chỉ thị 24 của Thủ tướng vừa ký ban hành":
the Government's resolutions and the Prime Minister's directives restart their numbers
every year, and one said to be just issued, or issued on a day and month written without a
year ("Ngày 9/5, UBND tỉnh có quyết định số 949"), is the one of the article's year (its
date, else a period of one year; a day after the article's is last year's). It goes to the corpus's document of that year when there is
one, else to a node of that year; a candidate of another year that the words name, a
Party document, a document without its issuer, or an article whose year is not known
decide nothing by themselves.
"""

from __future__ import annotations

import pytest


def _lands(text, period=2017, date=None, place="Quảng Trị"):
    import datetime as dt

    from dangdoc import Article, build_graph

    article = Article("a", None, dt.date.fromisoformat(date) if date else None, None, None, place, text)
    g = build_graph([article], progress=False, period=period)
    return [v[4:] for _, v, d in g.graph.out_edges("article:a", data=True) if d.get("relation") == "cites"]


@pytest.mark.parametrize("text, where", [
    ("Chính phủ vừa ban hành Nghị quyết 77/NQ-CP về đơn giản hóa thủ tục hành chính.", "77/NQ-CP · 2017"),
    ("Thủ tướng Chính phủ vừa ký Chỉ thị số 41/CT-TTg về tăng cường quản lý vật liệu nổ.", "41/CT-TTg · 2017"),
    ("Các ngành phải thực hiện cho được Chỉ thị 41/CT-TTg của Thủ tướng vừa ký ban hành hôm qua.", "41/CT-TTg · 2017"),
    ("Bộ trưởng Bộ Y tế vừa có Chỉ thị số 09/CT-BYT về tăng cường quản lý phòng khám.", "09/CT-BYT · 2017"),
    # a day and month of no year, and the verb that issues it, right before it
    ("Ngày 9/5, UBND tỉnh Quảng Trị có quyết định số 949 về chủ trương đầu tư.", "949/QĐ-UBND · Quảng Trị · 2017"),
    # a day and month in another clause: nothing
    ("Ngày 9/5, đoàn kiểm tra làm việc tại tỉnh. UBND tỉnh Quảng Trị có quyết định số 949 về chủ trương đầu tư.",
     "949/QĐ-UBND · Quảng Trị"),
    # cited, not issued: the year stays undecided
    ("Các bộ tiếp tục thực hiện Nghị quyết 77/NQ-CP về đơn giản hóa thủ tục hành chính.", "77/NQ-CP · ?"),
    # "vừa" of another verb: the amended document is not new
    ("Ngân hàng Nhà nước vừa sửa đổi Thông tư 39/TT-NHNN về cho vay.", "39/TT-NHNN · ?"),
])
def test_a_document_written_as_just_issued_is_of_the_articles_year(text, where):
    assert _lands(text) == [where]


def test_the_year_comes_from_the_articles_date_before_the_period():
    assert _lands("Chính phủ vừa ban hành Nghị quyết 77/NQ-CP về thủ tục.", period="2016-2017",
                  date="2016-05-02") == ["77/NQ-CP · 2016"]


def test_a_day_after_the_articles_is_last_years():
    assert _lands("Ngày 28/12, Chính phủ có Nghị quyết 77 về thủ tục.", period="2016-2017",
                  date="2017-01-05") == ["77/NQ-CP · 2016"]


def test_a_period_of_several_years_without_a_date_decides_nothing():
    assert _lands("Chính phủ vừa ban hành Nghị quyết 77/NQ-CP về thủ tục.", period="2016-2017") == ["77/NQ-CP · ?"]
