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
