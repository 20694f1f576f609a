"""The same extraction on a local Dask distributed cluster gives the same citations."""

from __future__ import annotations

import networkx as nx
import pytest

distributed = pytest.importorskip("distributed", reason="needs the dask extra: pip install 'dangdoc[dask]'")

from dangdoc.graph import cluster  # noqa: E402
from dangdoc.graph.core import build_corpus  # noqa: E402

from conftest import REPO  # noqa: E402

EXAMPLES = REPO / "examples" / "articles"


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as lc, \
            distributed.Client(lc) as c:
        yield c


def _single_process_rows(graph):
    return sorted((d["surface"], d["start"], v[4:]) for u, v, d in graph.graph.edges(data=True) if d["relation"] == "cites")


def test_cluster_gives_the_same_citations(client):
    rows = cluster.citation_rows(EXAMPLES, client=client)  # what each article says, before linking
    here = build_corpus(EXAMPLES, progress=False, link=False)
    assert sorted((r["surface"], r["start"], r["document"]) for r in rows) == _single_process_rows(here)
    assert len({r["article"] for r in rows}) == 3


def test_cluster_builds_the_same_graph(client):
    there = cluster.build_graph(EXAMPLES, client=client)
    here = build_corpus(EXAMPLES, progress=False)
    assert nx.utils.graphs_equal(there.graph, here.graph)


def test_seeds_on_the_cluster(client, shared):
    rows = cluster.citation_rows(shared / "seeds", client=client)
    here = build_corpus(shared / "seeds", progress=False, link=False)
    assert sorted((r["surface"], r["start"], r["document"]) for r in rows) == _single_process_rows(here)


def test_cluster_store_and_json_build_give_the_same_links(client, tmp_path):
    """The linking stage runs after extraction wherever it ran: the Dask build, the
    single-machine build and the SQLite store send each partial mention to one place."""
    from dangdoc.corpus.articles import read_articles
    from dangdoc.graph.store import Store

    fisheries = "Ngư dân vay vốn đóng tàu cá vỏ thép theo {} nay nhiều tàu nằm bờ vì thua lỗ."
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(3):
        (folder / f"full{i}.txt").write_text(fisheries.format("Nghị định 67/2014/NĐ-CP"), encoding="utf-8")
    (folder / "bare.txt").write_text(fisheries.format("Nghị định 67"), encoding="utf-8")
    other = "Hội nghị bàn việc thực hiện Nghị định 67 tại xã."
    (folder / "other.txt").write_text(other, encoding="utf-8")
    there = cluster.build_graph(folder, client=client, period=2017)
    here = build_corpus(folder, progress=False, period=2017)
    with Store(tmp_path / "c.db") as store:
        store.add(read_articles(folder), progress=False, period=2017)
        stored = store.graph()

    def links(graph):
        return sorted((u, v, d["start"], d.get("written")) for u, v, d in graph.graph.edges(data=True))

    assert links(there) == links(here) == links(stored)
    at = fisheries.index("{}")
    assert ("article:bare", "doc:67/2014/NĐ-CP", at, "67/NĐ-CP · ?") in links(here)
    # no words in common: undecided
    assert ("article:other", "doc:67/NĐ-CP · ?", other.index("Nghị định 67"), None) in links(here)


def test_cluster_names_and_skips_articles_as_one_machine_does(client, tmp_path):
    # the same file name in two folders is two articles; a broken file is skipped and reported
    for year in ("2016", "2017"):
        (tmp_path / year).mkdir()
        (tmp_path / year / "bai1.txt").write_text(f"Năm {year}, tỉnh thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.",
                                                  encoding="utf-8")
    (tmp_path / "2017" / "hong.txt").write_bytes(b"\xff\xfe not text")
    there = cluster.build_graph(tmp_path, client=client)
    here = build_corpus(tmp_path, progress=False)
    articles = sorted(n for n, k in there.graph.nodes(data="kind") if k == "article")
    assert articles == ["article:2016/bai1", "article:2017/bai1"]
    assert nx.utils.graphs_equal(there.graph, here.graph)
    assert len(there.skipped) == len(here.skipped) == 1 and "hong.txt" in there.skipped[0]
