"""link: one bare circular number, several ministries' circulars.

"Thông tư 22" names the education ministry's circular on assessing primary pupils (2016),
the information ministry's numbering plan (2014) or the trade ministry's circular of 2009,
among others: the number restarts every year in every ministry. The catalogue holds
them, each with its title, so that the words of the article decide; a mention whose
words match none stays undecided.
"""

from __future__ import annotations

import pytest


def _lands(text):
    from dangdoc import Article, build_graph

    g = build_graph([Article("a", None, None, None, None, None, text)], progress=False, period=2017)
    return sorted(v[4:] for _, v, d in g.graph.out_edges("article:a", data=True) if d.get("relation") == "cites")


@pytest.mark.parametrize("text, where", [
    ("Giáo viên tiểu học đánh giá học sinh theo Thông tư 22, đánh giá học sinh tiểu học bằng nhận xét.",
     "22/2016/TT-BGDĐT"),
    ("Việc chuyển đổi mã vùng nằm trong quy hoạch kho số viễn thông theo Thông tư số 22/2014 về quy hoạch kho "
     "số viễn thông.", "22/2014/TT-BTTTT"),
])
def test_a_bare_circular_number_goes_to_the_ministry_its_words_name(text, where):
    assert _lands(text) == [where]


def test_a_decree_number_of_several_years_goes_to_the_year_its_words_name():
    text = ("Công ty chứng khoán phải đủ vốn tối thiểu để là thành viên giao dịch trên thị trường chứng khoán phái "
            "sinh theo quy định tại Nghị định 42.")
    assert _lands(text) == ["42/2015/NĐ-CP"]


def test_a_bare_circular_number_on_no_catalogued_topic_stays_undecided():
    (key,) = _lands("Doanh nghiệp phản ánh nhiều vướng mắc khi thực hiện Thông tư 22.")
    assert key.endswith("?")


@pytest.mark.parametrize("text, where", [
    # a plan approved in 2016, cited in 2017 without its year
    ("Lộ trình liên thông kết quả xét nghiệm đã được xác định trong Quyết định số 316/QĐ-TTg của Thủ tướng "
     "Chính phủ phê duyệt đề án tăng cường chất lượng xét nghiệm y học.", "316/QĐ-TTg · 2016"),
    # a decision of 2017 the catalogue knows: the article's year stands
    ("Việc chi trả bồi thường theo Quyết định 309/QĐ-TTg của Thủ tướng Chính phủ còn chậm.", "309/QĐ-TTg · 2017"),
])
def test_a_catalogued_decision_gives_the_year_the_article_does_not(text, where):
    assert _lands(text) == [where]
