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
    rows = cluster.citation_rows(EXAMPLES, client=client)
    here = build_corpus(EXAMPLES, progress=False)
    assert sorted((r["surface"], r["start"], r["document"]) for r in rows) == _single_process_rows(here)
    assert len({r["article"] for r in rows}) == 3


def test_cluster_builds_the_same_graph(client):
    there = cluster.build_graph(EXAMPLES, client=client)
    here = build_corpus(EXAMPLES, progress=False)
    assert nx.utils.graphs_equal(there.graph, here.graph)


def test_seeds_on_the_cluster(client, shared):
    rows = cluster.citation_rows(shared / "seeds", client=client)
    here = build_corpus(shared / "seeds", progress=False)
    assert sorted((r["surface"], r["start"], r["document"]) for r in rows) == _single_process_rows(here)
