"""CitationGraph: building, queries, keeping (save/load, GraphML, GEXF), the SQLite store."""

from __future__ import annotations

import datetime as dt
import json

import networkx as nx
import pytest

from dangdoc.graph import files as export
from dangdoc.corpus.articles import Article, read_articles
from dangdoc.graph.core import CitationGraph, build_graph
from dangdoc.errors import StoreError
from dangdoc.graph.store import Store

D = dt.date

# A small corpus written for these tests: a central directive carried down to a province
# and a district, over three years.
CORPUS = [
    Article("hn-2016", "Hà Nội quán triệt Chỉ thị 05", D(2016, 6, 1), "test", None, "Hà Nội",
            "Thành ủy Hà Nội quán triệt Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị. "
            "Nghị quyết Trung ương 4 khóa XII cũng được nhắc tới."),
    Article("qn-2017", "Quảng Nam: chương trình hành động", D(2017, 3, 2), "test", None, None,
            "Quảng Nam: Tỉnh ủy ban hành Chương trình số 08-CTr/TU ngày 18/10/2016 để cụ thể hóa và tổ chức "
            "thực hiện Nghị quyết số 04-NQ/TU, ngày 12/8/2016 của Tỉnh uỷ. Các cấp ủy tiếp tục thực hiện "
            "Chỉ thị 05-CT/TW của Bộ Chính trị."),
    Article("tk-2018", "Tam Kỳ sơ kết", D(2018, 9, 9), "test", None, None,
            "Quảng Nam: Thành ủy Tam Kỳ sơ kết Chỉ thị 05-CT/TW và Nghị quyết Trung ương 4 (khóa XII). "
            "Chỉ thị 05 được thực hiện nghiêm túc; Nghị quyết số 04-NQ/TU được quán triệt."),
]


@pytest.fixture(scope="module")
def graph():
    return build_graph(CORPUS, progress=False)


def test_citing_newest_first_with_sentences(graph):
    mentions = graph.citing("05-CT/TW")
    assert [m.article for m in mentions] == ["tk-2018", "tk-2018", "qn-2017", "hn-2016"]
    assert mentions[0].start < mentions[1].start  # text order within an article
    assert {m.document for m in mentions} == {"05-CT/TW · khóa XII"}
    assert mentions[-1].sentence.startswith("Thành ủy Hà Nội quán triệt Chỉ thị số 05-CT/TW")
    assert [m.article for m in graph.citing("05-CT/TW", since=D(2017, 1, 1), until=D(2017, 12, 31))] == ["qn-2017"]
    assert {m.article for m in graph.citing("05-CT/TW", locality="Quảng Nam")} == {"qn-2017", "tk-2018"}
    assert graph.citing("05-CT/TW", locality="quang nam") == graph.citing("05-CT/TW", locality="Quảng Nam")
    assert graph.most_cited(5, type="nq", issuer="tư") == graph.most_cited(5, type="NQ", issuer="TW")


def test_same_file_names_in_two_folders_are_two_articles(tmp_path):
    for year in ("2016", "2017"):
        (tmp_path / year).mkdir()
        (tmp_path / year / "bai1.txt").write_text(f"Tin {year}\nThực hiện Chỉ thị số 05-CT/TW năm {year}.",
                                                 encoding="utf-8")
    from dangdoc.graph.core import build_corpus

    g = build_corpus(tmp_path, progress=False)
    assert sorted(m.article for m in g.citing("05-CT/TW")) == ["2016/bai1", "2017/bai1"]


def test_re_adding_articles_keeps_queries_right():
    g = build_graph(CORPUS, progress=False)
    assert g.citing("05-CT/TW")  # the identifier index is made now
    for article in CORPUS:  # replaced by versions that cite nothing, and one that cites something else
        g.add_article(Article(article.id, article.title, article.date, None, None, None, "Không trích dẫn gì."))
    g.add_article(Article("new", "Tin", D(2022, 1, 1), None, None, "Hà Nội", "Theo Kết luận số 21-KL/TW ngày 25/10/2021."))
    assert g.citing("05-CT/TW") == [] and [m.article for m in g.citing("21-KL/TW")] == ["new"]
    assert g.count("document") == 1  # no orphans left behind


def test_an_ambiguous_reference_answers_for_its_candidates():
    g = build_graph([Article("x", "Tin", D(2019, 1, 1), None, None, "Hà Nội",
                             "Thực hiện Nghị quyết Trung ương 6 (khóa XII) và các nghị quyết khác.")], progress=False)
    (mention,) = g.citing("18-NQ/TW")
    assert mention.document.startswith("Nghị quyết Trung ương 6 · khóa XII · 18-NQ/TW | 19-NQ/TW")
    one = build_graph([Article("y", "Tin", None, None, None, "Hà Nội", "Thực hiện Kết luận số 21-KL/TW.")], progress=False)
    assert [m.article for m in one.citing("21-KL/TW")] == ["y"]  # once, though it is two candidates


def test_queries_by_phrase_id_and_key(graph):
    assert {m.article for m in graph.citing("Nghị quyết Trung ương 4 khóa XII")} == {"hn-2016", "tk-2018"}
    from dangdoc import parse_id
    assert graph.documents(parse_id("05-CT/TW")) == ["05-CT/TW · khóa XII"]
    assert graph.documents("04-NQ/TU · Quảng Nam · 2015-2020") == ["04-NQ/TU · Quảng Nam · 2015-2020"]
    assert graph.citing("99-CT/TW") == []


def test_other_queries(graph):
    assert graph.most_cited(2) == [("05-CT/TW · khóa XII", 3), ("04-NQ/TW · khóa XII", 2)]
    assert graph.most_cited(5, type="NQ", issuer="TW") == [("04-NQ/TW · khóa XII", 2)]
    assert dict(graph.most_cited(5, since=D(2018, 1, 1))) == {
        "05-CT/TW · khóa XII": 1, "04-NQ/TW · khóa XII": 1, "04-NQ/TU · Quảng Nam": 1}
    # the 2018 article cites 04-NQ/TU without a date: a document of its own, named with the dated one
    assert [(m.document, m.article) for m in graph.citing("04-NQ/TU")] == [
        ("04-NQ/TU · Quảng Nam", "tk-2018"), ("04-NQ/TU · Quảng Nam · 2015-2020", "qn-2017")]
    assert graph.cited_by("tk-2018")[0] == ("05-CT/TW · khóa XII", 2)
    assert graph.timeline("05-CT/TW", freq="year") == [("2016", 1), ("2017", 1), ("2018", 1)]
    assert graph.co_cited("05-CT/TW")[:2] == [("04-NQ/TW · khóa XII", 2), ("04-NQ/TU · Quảng Nam", 1)]
    (rel,) = graph.related("04-NQ/TU · Quảng Nam · 2015-2020")
    assert rel[:3] == ("08-CTr/TU · Quảng Nam · 2015-2020", "implements", "04-NQ/TU · Quảng Nam · 2015-2020")
    sub = graph.subgraph("04-NQ/TU · Quảng Nam · 2015-2020")
    assert (sub.count("document"), sub.count("article")) == (2, 1)


def test_one_edge_per_mention(graph):
    edges = [d for _, _, d in graph.graph.out_edges("article:tk-2018", data=True) if d["relation"] == "cites"]
    assert len(edges) == 4 and sorted(e["start"] for e in edges) == [e["start"] for e in sorted(edges, key=lambda e: e["start"])]


def test_parallel_build_is_the_same_graph(graph):
    assert nx.utils.graphs_equal(build_graph(CORPUS, workers=2, progress=False).graph, graph.graph)


def _double(n: int) -> int:
    return 2 * n


def test_workers_read_the_items_as_they_go():
    # a corpus larger than memory streams through: the workers are sent a few chunks
    # ahead, not the whole corpus before the first result comes back
    from dangdoc.graph.core import Workers

    pulled = []

    def items():
        for n in range(10_000):
            pulled.append(n)
            yield n

    with Workers(2, progress=False) as pool:
        results = pool.map(_double, items(), chunksize=10)
        assert next(results) == 0
        assert len(pulled) <= 100
        assert list(results) == [2 * n for n in range(1, 10_000)]


def _pid(_) -> int:
    import os

    return os.getpid()


def test_workers_started_first_read_the_corpus_then_go(tmp_path):
    """The command starts the workers before it opens the table; a build given them uses
    them (each warmed up on its own) and lets them go when the corpus is read, ending the
    progress line before the command says what it built."""
    import os

    from dangdoc.graph.core import Workers, corpus_records

    (tmp_path / "a.txt").write_text("Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Theo Nghị quyết số 04-NQ/TU, ngày 12/8/2016 của Tỉnh ủy Quảng Nam.", encoding="utf-8")
    alone = [(m.document, m.start) for r in corpus_records([tmp_path], progress=False) for m in r.mentions]
    with Workers(2, progress=False) as pool:
        pids = set(pool.map(_pid, range(8), chunksize=1))
        given = [(m.document, m.start) for r in corpus_records([tmp_path], workers=pool) for m in r.mentions]
        assert pool.pool is None  # finished
    assert os.getpid() not in pids and given == alone and len(alone) == 2


def test_a_worker_that_cannot_warm_up_says_why(monkeypatch):
    """An error while a worker warms up (the gazetteer missing, say) reaches the caller as
    itself, not as a broken pool."""
    import dangdoc.graph.core as core

    def broken():
        raise ImportError("dangdoc needs the vietnamadminunits package for place names")

    monkeypatch.setattr(core, "warm_up", broken)
    with core.Workers(2, progress=False) as pool:
        with pytest.raises(ImportError, match="vietnamadminunits"):
            list(pool.map(_double, range(10), chunksize=5))


def _edge_set(g):
    return sorted((u, v, json.dumps(d, sort_keys=True, ensure_ascii=False)) for u, v, d in g.edges(data=True))


def test_save_load_keeps_everything(graph, tmp_path):
    export.save(graph, tmp_path / "g.json")
    back = export.load(tmp_path / "g.json")
    assert dict(back.graph.nodes(data=True)) == dict(graph.graph.nodes(data=True))
    assert _edge_set(back.graph) == _edge_set(graph.graph)


@pytest.mark.parametrize("writer, reader, names", [
    (export.write_graphml, nx.read_graphml, {}),
    (export.write_gexf, nx.read_gexf, export.GEXF_NAMES),
])
def test_graphml_and_gexf_keep_every_node_edge_and_attribute(graph, tmp_path, writer, reader, names):
    path = tmp_path / "g.out"
    writer(graph, path)
    back = reader(path)

    def expected(data):
        return {names.get(k, k): (" | ".join(map(str, v)) if isinstance(v, list) else v)
                for k, v in data.items() if v is not None}

    assert set(back.nodes) == set(graph.graph.nodes)
    for node, data in graph.graph.nodes(data=True):
        assert dict(back.nodes[node]) == expected(data), node
    got = sorted((u, v, json.dumps({k: d[k] for k in d if k != "id"}, sort_keys=True, ensure_ascii=False))
                 for u, v, d in back.edges(data=True))
    assert got == sorted((u, v, json.dumps(expected(d), sort_keys=True, ensure_ascii=False))
                         for u, v, d in graph.graph.edges(data=True))


def test_node_link_json(graph, tmp_path):
    export.write_node_link(graph, tmp_path / "g.json")
    data = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    assert len(data["nodes"]) == graph.graph.number_of_nodes() and len(data["edges"]) == graph.graph.number_of_edges()


def test_load_refuses_other_files(tmp_path):
    (tmp_path / "v9.json").write_text(json.dumps({"format": "dangdoc-graph", "version": 9, "graph": {}}), encoding="utf-8")
    with pytest.raises(export.GraphFileError, match="version 9"):
        export.load(tmp_path / "v9.json")
    (tmp_path / "x.json").write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(export.GraphFileError, match="not a dangdoc graph"):
        export.load(tmp_path / "x.json")


def test_store_is_idempotent_and_gives_the_graph(graph, tmp_path):
    path = tmp_path / "c.db"
    with Store(path) as store:
        assert store.add(CORPUS, progress=False) == (3, 0)
        snapshot = store.db.execute("SELECT * FROM mentions ORDER BY 1, 4").fetchall()
        assert store.add(CORPUS, progress=False) == (0, 3)
        assert store.db.execute("SELECT * FROM mentions ORDER BY 1, 4").fetchall() == snapshot
        from_store = store.graph()
    assert dict(from_store.graph.nodes(data=True)) == dict(graph.graph.nodes(data=True))
    assert _edge_set(from_store.graph) == _edge_set(graph.graph)
    changed = [Article("hn-2016", "Hà Nội", D(2016, 6, 1), "test", None, "Hà Nội", "Chỉ mới có Chỉ thị số 35-CT/TW năm 2014.")]
    with Store(path) as store:
        assert store.add(changed, progress=False) == (1, 0)
        assert {m.article for m in store.graph().citing("05-CT/TW")} == {"qn-2017", "tk-2018"}


def test_store_gives_the_documents_only_relations_name(tmp_path):
    """"Luật Đất đai", amended, is a document only the relation names (no mention cites it):
    the store's graph gives it with its fields, as the graph does (a new user found it
    bare, with no kind, and the documents picture one short)."""
    arts = [Article("l1", None, D(2017, 3, 1), None, None, None,
                    "Quốc hội thông qua Luật số 35/2018/QH14 sửa đổi Luật Đất đai và các luật khác.")]
    graph = build_graph(arts, progress=False)
    with Store(tmp_path / "r.db") as store:
        store.add(arts, progress=False)
        from_store = store.graph()
    bare = [n for n, d in graph.graph.nodes(data=True) if n.startswith("doc:") and "không số" in n]
    assert bare and all(graph.graph.nodes[n].get("kind") == "document" for n in bare)
    assert dict(from_store.graph.nodes(data=True)) == dict(graph.graph.nodes(data=True))


def test_store_answers_like_the_graph(graph, tmp_path):
    with Store(tmp_path / "q.db") as store:
        store.add(CORPUS, progress=False)
        for query in ("05-CT/TW", "Nghị quyết Trung ương 4 khóa XII", "04-NQ/TU"):
            assert store.citing(query) == graph.citing(query), query
        assert store.citing("05-CT/TW", since=D(2017, 1, 1), until=D(2017, 12, 31)) == graph.citing(
            "05-CT/TW", since=D(2017, 1, 1), until=D(2017, 12, 31))
        assert store.citing("05-CT/TW", locality="Quảng Nam") == graph.citing("05-CT/TW", locality="Quảng Nam")
        assert store.citing("05-CT/TW", limit=2) == graph.citing("05-CT/TW", limit=2) == graph.citing("05-CT/TW")[:2]
        assert store.most_cited(5) == graph.most_cited(5)
        assert store.most_cited(5, type="NQ", issuer="TW") == graph.most_cited(5, type="NQ", issuer="TW")
        assert store.most_cited(5, since=D(2018, 1, 1)) == graph.most_cited(5, since=D(2018, 1, 1))
        assert store.most_cited(5, type="nq", issuer="tư") == graph.most_cited(5, type="NQ", issuer="TW")
        assert store.citing("05-CT/TW", locality="quang nam") == graph.citing("05-CT/TW", locality="Quảng Nam")


def test_store_refuses_other_files(tmp_path):
    (tmp_path / "x.db").write_text("not a database at all, just text " * 40, encoding="utf-8")
    with pytest.raises(StoreError, match="not a dangdoc store"):
        Store(tmp_path / "x.db")


def test_seeds_must_show(shared):
    g = build_graph(read_articles(shared / "seeds"), progress=False)
    (tam_ky,) = g.citing("05-CT/TW")
    assert tam_ky.title.startswith("Quảng Nam: Tam Kỳ") and "Chỉ thị số 05-CT/TW" in tam_ky.sentence
    titles = {m.title for m in g.citing("Nghị quyết Trung ương 4 khóa XII")}
    assert any("Quảng Yên" in t for t in titles) and any(t.startswith("Quảng Nam") for t in titles)
    assert any(source.startswith("18-KL/TW") for source, *_ in g.related("10-CT/TW"))


@pytest.mark.parametrize("written", ["TP.HCM", "TP HCM", "TPHCM", "tp. hồ chí minh", "Hồ Chí Minh"])
def test_a_place_filter_finds_the_place_however_written(written, tmp_path):
    # the article's place is stored as the gazetteer names it; users type it any way
    articles = [Article("a1", "Tin", None, None, None, "Quận 1, Hồ Chí Minh", "Thực hiện Chỉ thị số 05-CT/TW."),
                Article("a2", "Tin", None, None, None, "Hà Nội", "Thực hiện Chỉ thị số 05-CT/TW.")]
    g = build_graph(articles, progress=False)
    assert [m.article for m in g.citing("05-CT/TW", locality=written)] == ["a1"]
    with Store(tmp_path / "s.db") as store:
        store.add(articles, progress=False)
        assert [m.article for m in store.citing("05-CT/TW", locality=written)] == ["a1"]


def test_a_document_named_without_a_number_is_a_node_marked_unnumbered():
    text = ("Thực hiện chỉ đạo, Bộ Công Thương đã ban hành Kế hoạch hành động tiếp tục thực hiện "
            "Nghị quyết số 11-NQ/TW ngày 3/6/2017 của Ban Chấp hành Trung ương.")
    g = build_graph([Article("a1", "Tin", None, None, None, None, text)], progress=False)
    (node,) = [n for n, d in g.graph.nodes(data=True) if d.get("unnumbered")]
    data = g.graph.nodes[node]
    start = text.index("Kế hoạch hành động")
    assert node == f"doc:Kế hoạch hành động · không số · a1@{start}"
    assert (data["type"], data["body"], data["label"]) == ("KH", "Bộ Công Thương", "Kế hoạch hành động")
    (edge,) = [d for u, v, d in g.graph.out_edges(node, data=True)]
    assert edge["relation"] == "continues" and edge["evidence"] == "tiếp tục thực hiện"
    assert [m.article for m in g.citing("11-NQ/TW")] == ["a1"] and g.most_cited() == [("11-NQ/TW · khóa XII", 1)]


def test_a_term_the_query_writes_is_the_term_answered_for(graph):
    # the corpus knows 05-CT/TW of term XII only: a query for term XI names nothing
    assert graph.documents("05-CT/TW · khóa XI") == [] and graph.citing("Chỉ thị 05 khóa XI") == []
    assert graph.documents("Chỉ thị 05-CT/TW khóa XII") == ["05-CT/TW · khóa XII"]
    assert graph.documents("Chỉ thị số 05 của Bộ Chính trị khoá xii") == ["05-CT/TW · khóa XII"]
    assert "05-CT/TW · khóa XII" in graph.suggest("05-CT/TW · khóa XI")


def test_workers_leave_a_callers_frozen_objects_frozen():
    import gc

    from dangdoc.graph.core import Workers

    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with Workers(2, progress=False):
            with Workers(2, progress=False):
                pass
        assert gc.get_freeze_count() > frozen // 2  # not thawed by the workers (0 if they had)
    finally:
        gc.unfreeze()
    with Workers(2, progress=False):
        assert gc.get_freeze_count() > 0  # their own freeze, for the fork ...
    assert gc.get_freeze_count() == 0  # ... undone when they are done
