"""link: a decision whose year is only the article's.

A decision cited with its code but no year ("Quyết định số 316/QĐ-TTg") is taken by the
resolver to be of the article's year, as letters are. Letters are cited the year they
are sent; a decision is as often cited for what it rules years later: 316/QĐ-TTg approving
a plan for 2016-2025 is of 2016, 2218/QĐ-TTg on cutting staff of 2015. Such a year stands
only where the sentence says the decision is new (a day and month of no other year,
"vừa", the article's year, the verb that issues it, a fine or an appointment it decides)
or the catalogue knows the decision in that year; otherwise the mention is left undecided.
"""

from __future__ import annotations

import datetime as dt

import pytest


def _lands(text):
    from dangdoc import Article, build_graph

    g = build_graph([Article("a", None, None, None, None, None, text)], progress=False, period=2017)
    return [v[4:] for _, v, d in g.graph.out_edges("article:a", data=True) if d.get("relation") == "cites"]


@pytest.mark.parametrize("text, where", [
    # cited for what it rules: undecided
    ("Lộ trình liên thông đã được xác định trong Quyết định số 412/QĐ-TTg của Thủ tướng Chính phủ phê duyệt "
     "đề án giai đoạn 2016 - 2025.", "412/QĐ-TTg · ?"),
    ("Nhà nước miễn phí cho xe dưới 12 chỗ theo quyết định 3412/QĐ-BGTVT của Bộ Giao thông vận tải.",
     "3412/QĐ-BGTVT · ?"),
    # a date of another year says it is older
    ("Anh dẫn Quyết định số 3412/QĐ-BGTVT do Bộ trưởng ký ngày 23/12/2016.", "3412/QĐ-BGTVT · ?"),
    # the sentence says it is new
    ("Ngày 12/6, Bộ Giao thông vận tải ra Quyết định số 412/QĐ-BGTVT về việc thu hồi giấy phép.",
     "412/QĐ-BGTVT · 2017"),
    ("Bộ Giao thông vận tải vừa ban hành Quyết định số 412/QĐ-BGTVT về việc thu hồi giấy phép.",
     "412/QĐ-BGTVT · 2017"),
    ("Bộ Giao thông vận tải đã ban hành Quyết định số 412/QĐ-BGTVT về việc thu hồi giấy phép.",
     "412/QĐ-BGTVT · 2017"),
    ("Trong năm 2017, theo Quyết định số 412/QĐ-BGTVT, các bến xe phải di dời.", "412/QĐ-BGTVT · 2017"),
    # a fine, an appointment: news when issued
    ("Theo quyết định số 12/QĐ-XPVPHC, công ty bị phạt 60 triệu đồng.", "12/QĐ-XPVPHC · 2017"),
    ("Theo Quyết định số 412/QĐ-BGTVT về việc bổ nhiệm ông A làm Cục trưởng.", "412/QĐ-BGTVT · 2017"),
    # a letter keeps the article's year
    ("Theo công văn số 412/BGTVT-VT, các bến xe phải di dời.", "412/BGTVT-VT · 2017"),
    # but not a letter of the Prime Minister approving a policy, cited for it
    ("Được sự phê duyệt của Chính phủ tại công văn số 1412/TTg-QHQT, Bộ Tài chính đã ký thỏa thuận.",
     "1412/TTg-QHQT · ?"),
])
def test_a_decision_keeps_the_articles_year_only_where_its_sentence_says_it_is_new(text, where):
    assert _lands(text) == [where]


def test_the_catalogue_confirms_the_articles_year(tmp_path):
    from dangdoc import Article, build_graph
    from dangdoc.resolve.catalog import Catalog

    rows = tmp_path / "rows.csv"
    rows.write_text("type,number,issuer,date,title\nQĐ,412,TTg,2017-03-09,về bồi thường thiệt hại\n", encoding="utf-8")
    text = "Việc chi trả theo Quyết định số 412/QĐ-TTg của Thủ tướng Chính phủ còn chậm."
    g = build_graph([Article("a", None, None, None, None, None, text)], progress=False, period=2017,
                    catalog=Catalog.default().with_csv(rows))
    assert [v[4:] for _, v in g.graph.out_edges("article:a")] == ["412/QĐ-TTg · 2017"]


def test_a_fine_that_another_decision_decides_says_nothing_of_this_one():
    text = ("Cơ sở cho rằng do việc khởi kiện Quyết định số 3412/QĐ-BGTVT đang được xét xử nên việc Thanh tra bộ ra "
            "quyết định xử phạt cơ sở này là vi phạm, nhưng các cơ quan đã bác đơn của cơ sở.")
    assert _lands(text) == ["3412/QĐ-BGTVT · ?"]


@pytest.mark.parametrize("sentence", [
    "Theo Quyết định số 9316/QĐ-TTg phê duyệt đề án hỗ trợ doanh nghiệp nhỏ và vừa.",  # a size, not "just"
    "Theo Quyết định số 9316/QĐ-TTg, mỗi hộ được hỗ trợ 2-3 triệu đồng.",              # a range, not a day
    "Theo Quyết định số 9316/QĐ-TTg, điểm chuẩn giảm 0.5 điểm.",
])
def test_words_that_only_look_new_keep_the_year_undecided(sentence):
    from dangdoc.graph.link import Cite, _said_new

    start = sentence.index("Quyết định")
    assert not _said_new(Cite("a", "k", start, "Quyết định số 9316/QĐ-TTg", sentence), dt.date(2017, 12, 31))
