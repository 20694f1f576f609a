""""The most cited Party documents": a congress's and a plenum's resolutions are the
Party's though they carry no identifier; the graph, the store and the column table
answer alike, and a date filter says how many citing articles it could not count."""

from __future__ import annotations

import datetime as dt

import pytest

from dangdoc.corpus.articles import Article
from dangdoc.corpus.pipeline import read_article
from dangdoc.errors import DangdocError
from dangdoc.graph.columns import MentionTable
from dangdoc.graph.core import build_graph
from dangdoc.graph.store import Store

from test_cli import run

TEXTS = [
    "Quán triệt Nghị quyết Đại hội XII của Đảng và Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.",
    "Thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng, chỉnh đốn Đảng.",
    "Ngư dân đóng tàu theo Nghị định 67/2014/NĐ-CP của Chính phủ.",
    "Đưa Nghị quyết Đại hội XII của Đảng vào cuộc sống.",
]


def _articles():
    return [Article(f"a{i}", None, dt.date(2017, 5, 1) if i == 0 else None, None, None, None, text)
            for i, text in enumerate(TEXTS)]


def _engines(tmp_path):
    graph = build_graph(_articles(), progress=False, period=2017)
    table = MentionTable.from_records(read_article(a) for a in _articles())
    table.link(period=2017)
    store = Store(tmp_path / "s.db")
    store.add(_articles(), progress=False, period=2017)
    return graph, table, store


def test_the_party_and_the_state_apart_in_every_engine(tmp_path):
    for engine in _engines(tmp_path):
        party = engine.most_cited(10, system="party")
        assert party[0] == ("Nghị quyết Đại hội · XII", 2), engine
        assert {k for k, _ in party} == {"Nghị quyết Đại hội · XII", "05-CT/TW · khóa XII", "04-NQ/TW · khóa XII"}
        assert engine.most_cited(10, system="state") == [("67/2014/NĐ-CP", 1)]
        # a congress's resolution is a Nghị quyết, though no identifier says so
        assert ("Nghị quyết Đại hội · XII", 2) in engine.most_cited(10, type="NQ"), engine
        assert engine.count("undated") == 3 and engine.count("article") == 4
        assert engine.cited_by("a0") == [("Nghị quyết Đại hội · XII", 1), ("05-CT/TW · khóa XII", 1)], engine
        with pytest.raises(DangdocError, match="give 'party'"):
            engine.most_cited(system="Đảng")


def test_top_says_what_a_date_filter_leaves_out(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for i, text in enumerate(TEXTS):
        (folder / f"a{i}.txt").write_text(text, encoding="utf-8")
    graph = str(tmp_path / "g.json")
    assert run("build", str(folder), "-o", graph, "-q").returncode == 0
    said = run("top", graph, "--system", "party")
    assert said.returncode == 0 and said.stdout.splitlines()[0].split() == ["2", "Nghị", "quyết", "Đại", "hội", "·", "XII"]
    said = run("top", graph, "--since", "2017-01-01")
    assert "4 citing articles of 4 have no date and are not counted by --since/--until" in said.stderr


def test_a_graph_built_before_plenums_said_whose_they_are(tmp_path):
    graph = _engines(tmp_path)[0]
    for _, data in graph.graph.nodes(data=True):
        if data.get("plenum") or data.get("congress"):
            data.pop("system")  # as an older dangdoc wrote them
    assert ("Nghị quyết Đại hội · XII", 2) in graph.most_cited(10, system="party")
