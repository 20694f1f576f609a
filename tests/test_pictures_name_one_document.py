"""A picture or a spread of a query is about the document the query means: of two
documents written alike (05-CT/TW of 1951 and of 2016) the most cited, not both counted
as one; a decided document without the undecided entries that may or may not be it."""

from __future__ import annotations

import datetime as dt

from dangdoc.corpus.articles import Article
from dangdoc.graph.columns import MentionTable
from dangdoc.corpus.pipeline import read_article
from dangdoc.graph.core import build_graph, drawn_documents
from dangdoc.views.draw import focus_picture
from dangdoc.views.spread import spread

from test_cli import run

NEW = "Cán bộ {} học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị."
OLD = "Chỉ thị số 05-CT/TW ngày 2/3/1951 của Ban Chấp hành Trung ương nói về công tác dân vận."
FISH = "Ngư dân {} vay vốn đóng tàu cá vỏ thép theo {} nay nhiều tàu nằm bờ."


def _articles():
    places = ["Quảng Nam", "Hà Nội", "Nghệ An"]
    return ([Article(f"new{i}", None, dt.date(2017, 3, i + 1), None, None, place, NEW.format(place))
             for i, place in enumerate(places)]
            + [Article("old", None, dt.date(2017, 4, 1), None, None, "Huế", OLD)]
            + [Article(f"fish{i}", None, None, None, None, None, FISH.format(i, "Nghị định 67/2014/NĐ-CP"))
               for i in range(3)]
            + [Article("bare", None, None, None, None, "Bình Định", "Hội nghị bàn việc thực hiện Nghị định 67 tại xã.")])


def _both():
    graph = build_graph(_articles(), progress=False, period=2017)
    table = MentionTable.from_records(read_article(a) for a in _articles())
    table.link(period=2017)
    return graph, table


def test_the_most_cited_of_documents_written_alike_is_drawn_and_the_undecided_set_aside():
    for corpus in _both():
        assert drawn_documents(corpus, "05-CT/TW") == (["05-CT/TW · khóa XII"], ["05-CT/TW · khóa II"])
        assert drawn_documents(corpus, "67/2014/NĐ-CP") == (["67/2014/NĐ-CP"], ["67/NĐ-CP · ?"])
        assert drawn_documents(corpus, "05-CT/TW · khóa II") == (["05-CT/TW · khóa II"], [])


def test_focus_and_spread_count_the_document_drawn_only():
    graph, _ = _both()
    picture = focus_picture(graph, "05-CT/TW")
    assert picture.counts.startswith("05-CT/TW · khóa XII: 3 bài trích dẫn")
    assert "Huế" not in picture.dot and "1951" not in picture.dot
    s = spread(graph, "05-CT/TW")
    assert s.keys == ("05-CT/TW · khóa XII",) and s.articles == 3 and "Thừa Thiên Huế" not in dict(s.by_province)
    decree = focus_picture(graph, "67/2014/NĐ-CP")
    assert "chưa rõ" not in decree.dot and "Bình Định" not in decree.dot
    assert spread(graph, "67/2014/NĐ-CP").articles == 3


def test_the_command_says_what_it_set_aside(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for a in _articles():
        (folder / f"{a.id}.txt").write_text(a.text, encoding="utf-8")
    graph = str(tmp_path / "g.json")
    assert run("build", str(folder), "-o", graph, "-q", "--period", "2017").returncode == 0
    said = run("spread", graph, "05-CT/TW")
    assert said.returncode == 0 and said.stdout.startswith("05-CT/TW: 3 articles")
    assert "05-CT/TW also names 05-CT/TW · khóa II; shown: 05-CT/TW · khóa XII" in said.stderr
    said = run("render", graph, "-o", str(tmp_path / "f.dot"), "--focus", "67/2014/NĐ-CP")
    assert "also names 67/NĐ-CP · ? (undecided)" in said.stderr
