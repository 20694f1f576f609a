"""link: a Party number the Politburo used in two terms is told apart by what is said of it.

Party numbers restart every term: the Politburo's resolution 26 of the 11th term is on
Nghệ An province (2013), the Central Committee's 26 of the 10th on agriculture (2008);
resolution 06 is on the defence industry (11th term, 2011) and on international economic
integration (12th, 2016). With only one of each pair catalogued, every mention went to
that one, however the article described it. With both, the topic clause or the words
around the mention decide, and a mention that says nothing stays undecided.
"""

from __future__ import annotations

import pytest


def _lands(text, province=None):
    from dangdoc import Article, build_graph

    g = build_graph([Article("a", None, None, None, None, province, text)], progress=False, period=2017)
    return sorted(v[4:] for _, v, d in g.graph.out_edges("article:a", data=True) if d.get("relation") == "cites")


@pytest.mark.parametrize("text, province, where", [
    ("Tỉnh đang tích cực thực hiện Nghị quyết 26 của Bộ Chính trị về phương hướng, nhiệm vụ phát triển tỉnh "
     "Nghệ An đến năm 2020.", "Nghệ An", "26-NQ/TW · khóa XI"),
    ("Các địa phương tiếp tục thực hiện Nghị quyết 26-NQ/TW về nông nghiệp, nông dân, nông thôn.", None,
     "26-NQ/TW · khóa X"),
    ("Quân đội tiếp tục thực hiện Nghị quyết 06-NQ/TW của Bộ Chính trị về xây dựng và phát triển công nghiệp "
     "quốc phòng đến năm 2020.", None, "06-NQ/TW · khóa XI"),
    ("Các bộ quán triệt Nghị quyết 06-NQ/TW về thực hiện có hiệu quả tiến trình hội nhập kinh tế quốc tế.", None,
     "06-NQ/TW · khóa XII"),
])
def test_a_reused_party_number_goes_where_its_topic_says(text, province, where):
    assert _lands(text, province) == [where]


def test_a_reused_party_number_without_a_topic_is_not_guessed():
    (key,) = _lands("Tỉnh tiếp tục thực hiện Nghị quyết 26 của Bộ Chính trị.")
    assert "khóa X | khóa XI" in key
