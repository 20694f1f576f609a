"""Keeping graphs: versioned JSON (save/load), GraphML, GEXF and node-link JSON.

Saved files are written atomically (:func:`dangdoc.atomic.write_atomically`), so a crash
leaves the previous file whole. No pickle anywhere.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from ..atomic import read_versioned, write_atomically
from ..errors import GraphFileError
from .core import CitationGraph

FORMAT = "dangdoc-graph"
VERSION = 1



def save(graph: CitationGraph, path: str | Path) -> None:
    """Write ``graph`` as versioned JSON, atomically."""
    data = {"format": FORMAT, "version": VERSION,
            "graph": nx.node_link_data(graph.graph, edges="edges")}
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    write_atomically(path, lambda fh: fh.write(payload))


def load(path: str | Path) -> CitationGraph:
    """Read a graph written by :func:`save`; refuses other files and unknown versions."""
    data = read_versioned(path, FORMAT, VERSION, "graph file")
    graph = nx.node_link_graph(data["graph"], directed=True, multigraph=True, edges="edges")
    return CitationGraph(graph)


# GEXF gives "start" and "end" a meaning of its own (time spells) and networkx keeps "key"
# for itself; in GEXF files these attributes are renamed.
GEXF_NAMES = {"start": "offset_start", "end": "offset_end", "key": "document_key"}


def _plain(graph: nx.MultiDiGraph, names: dict[str, str] | None = None) -> nx.MultiDiGraph:
    """A copy whose attributes GraphML and GEXF accept: no None, lists joined with " | "."""
    names = names or {}

    def clean(attrs: dict) -> dict:
        out = {}
        for k, v in attrs.items():
            if v is None:
                continue
            out[names.get(k, k)] = " | ".join(map(str, v)) if isinstance(v, (list, tuple)) else v
        return out

    plain = nx.MultiDiGraph()
    plain.add_nodes_from((n, clean(d)) for n, d in graph.nodes(data=True))
    plain.add_edges_from((u, v, k, clean(d)) for u, v, k, d in graph.edges(keys=True, data=True))
    return plain


def _unplain(graph: nx.MultiDiGraph, names: dict[str, str] | None = None) -> CitationGraph:
    """A graph read from GraphML or GEXF, with the renamed attributes given their names back."""
    back = {v: k for k, v in (names or {}).items()}
    out = nx.MultiDiGraph()
    out.add_nodes_from((n, {back.get(k, k): v for k, v in d.items() if k != "label" or "kind" in d})
                       for n, d in graph.nodes(data=True))
    out.add_edges_from((u, v, k, {back.get(a, a): x for a, x in d.items() if a != "id"})
                       for u, v, k, d in graph.edges(keys=True, data=True))
    return CitationGraph(out)


def write_graphml(graph: CitationGraph, path: str | Path) -> None:
    """GraphML for Gephi, Cytoscape, yEd (dates as ISO strings, missing values left out)."""
    write_atomically(path, lambda fh: nx.write_graphml(_plain(graph.graph), fh))


def read_graphml(path: str | Path) -> CitationGraph:
    """A graph from a GraphML file that :func:`write_graphml` wrote. Lists come back as the
    " | "-joined text GraphML keeps; :func:`save` and :func:`load` keep everything."""
    return _unplain(nx.read_graphml(path, force_multigraph=True))


def write_gexf(graph: CitationGraph, path: str | Path) -> None:
    """GEXF for Gephi (``start``, ``end`` and ``key`` renamed as in :data:`GEXF_NAMES`)."""
    write_atomically(path, lambda fh: nx.write_gexf(_plain(graph.graph, GEXF_NAMES), fh))


def read_gexf(path: str | Path) -> CitationGraph:
    """A graph from a GEXF file that :func:`write_gexf` wrote, with ``start``, ``end`` and
    ``key`` under their own names again (lists as " | "-joined text)."""
    return _unplain(nx.read_gexf(path), GEXF_NAMES)


def write_node_link(graph: CitationGraph, path: str | Path) -> None:
    """networkx node-link JSON (the graph alone, no dangdoc header)."""
    payload = json.dumps(nx.node_link_data(graph.graph, edges="edges"), ensure_ascii=False).encode("utf-8")
    write_atomically(path, lambda fh: fh.write(payload))


def read_node_link(path: str | Path) -> CitationGraph:
    """A graph from node-link JSON that :func:`write_node_link` wrote; nothing is lost."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return CitationGraph(nx.node_link_graph(data, directed=True, multigraph=True, edges="edges"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
        raise GraphFileError(f"{path}: not node-link JSON ({exc})") from None
