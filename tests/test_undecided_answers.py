"""An undecided entry answers a query by full identifier as a maybe in every engine alike:
the graph, the column table and the store; a key only written so before linking moved its
mentions is no answer."""

from __future__ import annotations

import datetime as dt

import pytest

from dangdoc.corpus.articles import Article
from dangdoc.corpus.pipeline import read_article
from dangdoc.graph.columns import MentionTable
from dangdoc.graph.core import build_graph
from dangdoc.graph.store import Store

FISH = "Ngư dân {} vay vốn đóng tàu cá vỏ thép theo {} nay nhiều tàu nằm bờ."
DAY = dt.date(2017, 6, 8)


def _engines(tmp_path, articles):
    graph = build_graph(articles, progress=False, period=2017)
    table = MentionTable.from_records(read_article(a) for a in articles)
    table.link(period=2017)
    store = Store(tmp_path / "s.db")
    store.add(articles, progress=False, period=2017)
    return {"graph": graph, "table": table, "store": store}


@pytest.fixture()
def decree(tmp_path):
    articles = [Article(f"f{i}", None, None, None, None, None, FISH.format(i, "Nghị định 67/2014/NĐ-CP"))
                for i in range(3)] + [Article("bare", None, None, None, None, None, "Hội nghị bàn Nghị định 67 tại xã.")]
    return _engines(tmp_path, articles)


def test_an_undecided_entry_answers_for_each_of_its_candidates(decree):
    for name, engine in decree.items():
        assert engine.documents("67/2014/NĐ-CP") == ["67/2014/NĐ-CP", "67/NĐ-CP · ?"], name
        assert engine.documents("67/2013/NĐ-CP") == ["67/NĐ-CP · ?"], name


def test_a_government_resolution_by_its_identifier_with_the_year(tmp_path):
    """Its key carries the year apart ("19/NQ-CP · 2017"), its identifier in it ("19/2017/NQ-CP"):
    the undecided entry is found by the identifier, as its candidates' are written."""
    articles = [Article(f"g{i}", None, None, None, None, None,
                        f"Chính phủ ban hành Nghị quyết 19/2017/NQ-CP về cải thiện môi trường kinh doanh {i}.")
                for i in range(3)] + [Article("b", None, None, None, None, None,
                                              "Hội nghị bàn việc thực hiện Nghị quyết 19/NQ-CP tại xã.")]
    for name, engine in _engines(tmp_path, articles).items():
        assert engine.documents("19/2017/NQ-CP") == ["19/NQ-CP · 2017", "19/NQ-CP · ?"], name


def test_a_decision_of_unknown_year_is_found_undecided(tmp_path):
    articles = [Article(f"x{i}", None, DAY, None, None, None, text) for i, text in enumerate([
        "Theo Quyết định số 9316/QĐ-TTg phê duyệt đề án phát triển nông thôn.",
        "Lộ trình đã được xác định trong Quyết định số 9316/QĐ-TTg phê duyệt đề án nông thôn mới."])]
    for name, engine in _engines(tmp_path, articles).items():
        keys = engine.documents("9316/QĐ-TTg")
        assert keys == ["9316/QĐ-TTg · ?"] and engine.is_undecided(keys[0]), name
        assert len(engine.citing("9316/QĐ-TTg")) == 2, name
