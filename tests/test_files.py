"""Every format a graph is written in is read back: read_* beside every write_*."""

from __future__ import annotations

import pytest

from conftest import REPO
from dangdoc.errors import GraphFileError
from dangdoc.graph.core import build_corpus
from dangdoc.graph import files


@pytest.fixture(scope="module")
def graph():
    return build_corpus(REPO / "examples" / "articles", progress=False)


def _edges(g):
    return sorted((u, v, d.get("relation"), d.get("start"), d.get("end")) for u, v, d in g.graph.edges(data=True))


@pytest.mark.parametrize("write, read, suffix", [
    (files.write_graphml, files.read_graphml, ".graphml"),
    (files.write_gexf, files.read_gexf, ".gexf"),
    (files.write_node_link, files.read_node_link, ".json"),
])
def test_read_gives_back_what_write_wrote(graph, tmp_path, write, read, suffix):
    path = tmp_path / f"g{suffix}"
    write(graph, path)
    again = read(path)
    assert set(again.graph.nodes) == set(graph.graph.nodes)
    assert _edges(again) == _edges(graph)  # offsets under their own names, whatever the format renamed
    article = next(n for n, k in graph.graph.nodes(data="kind") if k == "article")
    assert again.graph.nodes[article]["title"] == graph.graph.nodes[article]["title"]
    assert [m.article for m in again.citing("05-CT/TW")] == [m.article for m in graph.citing("05-CT/TW")]


def test_node_link_keeps_lists_and_refuses_other_files(graph, tmp_path):
    path = tmp_path / "g.json"
    files.write_node_link(graph, path)
    assert files.read_node_link(path).graph.nodes(data=True) == graph.graph.nodes(data=True)
    (tmp_path / "bad.json").write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(GraphFileError, match="not node-link JSON"):
        files.read_node_link(tmp_path / "bad.json")
