"""Pictures of a citation graph: DOT text, SVG/PNG through Graphviz, one-file HTML.

:func:`to_dot` needs nothing installed. SVG and PNG need Graphviz's ``dot`` (small graphs)
or ``sfdp`` (large ones) on PATH. The HTML view is one self-contained file that works
offline: the Graphviz SVG inline, with a small script for pan and zoom, hover, click to
highlight the articles citing a document, a search box and a legend. Everything that
comes from article text is escaped for DOT, SVG and HTML alike.
"""

from __future__ import annotations

import html
import json
import math
import re
import shutil
import subprocess
from importlib import resources
from pathlib import Path

from ..atomic import write_atomically
from ..errors import RenderError
from ..graph.core import ARTICLE, DOCUMENT, CitationGraph
from ..vocab import codes

# colours by document type (a colour-blind-safe palette); plenum and congress references
# that did not resolve to a numbered document are green
TYPE_COLOURS = {
    "NQ": "#e15759", "CT": "#4e79a7", "KL": "#f28e2b", "QĐ": "#76b7b2", "QĐi": "#76b7b2", "HD": "#59a14f",
    "CTr": "#edc948", "KH": "#b07aa1", "NĐ": "#ff9da7", "TT": "#9c755f", "Luật": "#bab0ac",
}
OTHER_COLOUR, REFERENCE_COLOUR, ARTICLE_COLOUR = "#d4d4d4", "#8cd17d", "#f2f2f2"
LARGE = 150  # nodes above which sfdp lays the graph out



def type_label(code: str) -> str:
    """The Vietnamese name(s) of a type code for a legend: its Party and state names.

    >>> type_label("CT"), type_label("TT"), type_label("QĐi")
    ('Chỉ thị', 'Thông tri / Thông tư', 'Quy định')
    """
    entry = codes.type_codes().get(code.upper())
    names = [] if entry is None else [n for n in (entry.party_name, entry.state_name) if n]
    return " / ".join(dict.fromkeys(names)) or code


def dot_string(text: object) -> str:
    r"""A DOT quoted string: backslashes and quotes escaped, whitespace runs made one space.

    >>> print(dot_string('say "hi" \\ <b>\n'))
    "say \"hi\" \\ <b>"
    """
    text = " ".join(str(text).split()).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def _short(text: str | None, width: int = 38) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def node_ids(graph: CitationGraph) -> dict[str, str]:
    """A short, safe id for every node ("n0", "n1", ...), in a stable order."""
    return {node: f"n{i}" for i, node in enumerate(sorted(graph.graph.nodes))}


def to_dot(graph: CitationGraph, *, title: str = "dangdoc") -> str:
    r"""The graph in Graphviz's DOT language.

    Articles are grey boxes; documents are ellipses coloured by type and sized by how many
    articles cite them; an article cites a document along a grey arrow (one arrow however
    many times); relations between documents are labelled red arrows.

    >>> from dangdoc.corpus.articles import Article
    >>> from dangdoc.graph.core import build_graph
    >>> g = build_graph([Article("a", 'Bài "một"', None, None, None, "Hà Nội", "Theo Chỉ thị số 05-CT/TW.")],
    ...                 progress=False)
    >>> dot = to_dot(g)
    >>> dot.startswith('digraph "dangdoc" {') and 'label="Bài \\"một\\""' in dot and "n0 -> n1" in dot
    True
    """
    g = graph.graph
    ids = node_ids(graph)
    large = g.number_of_nodes() > LARGE
    lines = [
        f"digraph {dot_string(title)} {{",
        f'  graph [{"layout=sfdp, overlap=prism, outputorder=edgesfirst" if large else "rankdir=LR"}, '
        'bgcolor="white", fontname="DejaVu Sans", pad=0.3];',
        '  node [fontname="DejaVu Sans", fontsize=10, penwidth=0.8];',
        '  edge [fontname="DejaVu Sans", fontsize=9, arrowsize=0.6];',
    ]
    citing = {n: len({a for a, _, d in g.in_edges(n, data=True) if d.get("relation") == "cites"})
              for n, kind in g.nodes(data="kind") if kind == DOCUMENT}
    for node in sorted(g.nodes):
        data = g.nodes[node]
        if data.get("kind") == ARTICLE:
            label = _short(data.get("title") or data.get("article"))
            tip = " — ".join(x for x in (data.get("title"), data.get("date"), data.get("locality")) if x)
            lines.append(f"  {ids[node]} [id={ids[node]}, label={dot_string(label)}, tooltip={dot_string(tip)}, shape=box, "
                         f'style="rounded,filled", fillcolor="{ARTICLE_COLOUR}", color="#9a9a9a", class="article"];')
        else:
            doc_type = data.get("type")
            colour = TYPE_COLOURS.get(doc_type, OTHER_COLOUR if doc_type else REFERENCE_COLOUR)
            size = 0.5 + 0.3 * math.sqrt(citing.get(node, 0))
            tip = " — ".join(str(x) for x in (data.get("key"), data.get("title"), data.get("date"), data.get("body")) if x)
            lines.append(f"  {ids[node]} [id={ids[node]}, label={dot_string(_short(data.get('label'), 28))}, tooltip={dot_string(tip)}, "
                         f'shape=ellipse, style=filled, fillcolor="{colour}", width={size:.2f}, height={size * 0.6:.2f}, '
                         f'class="document type-{_css(doc_type)}"];')
    seen = set()
    for u, v, data in sorted(g.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("start") or 0)):
        if data.get("relation") == "cites":
            if (u, v) in seen:
                continue
            seen.add((u, v))
            count = g.number_of_edges(u, v)
            lines.append(f'  {ids[u]} -> {ids[v]} [id="e_{ids[u]}_{ids[v]}", color="#b0b0b0", penwidth={0.6 + 0.4 * math.log2(count):.1f}, '
                         f'tooltip={dot_string(f"{count} mention" + ("s" if count > 1 else ""))}, class="cites"];')
        else:
            lines.append(f'  {ids[u]} -> {ids[v]} [id="r_{ids[u]}_{ids[v]}_{len(lines)}", label={dot_string(data.get("relation"))}, color="#c0392b", '
                         f'fontcolor="#c0392b", penwidth=1.4, tooltip={dot_string(data.get("evidence") or "")}, '
                         f'class="relation"];')
    lines.append("}")
    return "\n".join(lines) + "\n"


def _css(code: str | None) -> str:
    return "".join(ch for ch in (code or "none") if ch.isalnum()) or "none"


def graphviz_svg(dot: str, engine: str = "dot", fmt: str = "svg") -> bytes:
    """Run Graphviz on DOT text; an error that says how to install it when it is missing."""
    program = shutil.which(engine)
    if program is None:
        raise RenderError(
            f"drawing the graph ({fmt.upper()}, or the HTML view, which embeds it) needs Graphviz's `{engine}` "
            "on PATH. Install it with `apt-get install graphviz` (Debian, Ubuntu) or `brew install graphviz` "
            "(macOS), or run `bash scripts/setup.sh`. A .dot file (to_dot) needs nothing."
        )
    done = subprocess.run([program, f"-T{fmt}"], input=dot.encode("utf-8"), capture_output=True, timeout=600)
    if done.returncode != 0:
        raise RenderError(f"Graphviz `{engine}` failed: {done.stderr.decode('utf-8', 'replace').strip()[:500]}")
    return done.stdout


def render(graph: CitationGraph, path: str | Path, *, title: str = "dangdoc") -> Path:
    """Write a picture of ``graph``; the format comes from the suffix: ``.svg``, ``.png``,
    ``.html`` (interactive, offline) or ``.dot``."""

    path = Path(path)
    suffix = path.suffix.lower()
    dot = to_dot(graph, title=title)
    engine = "sfdp" if graph.graph.number_of_nodes() > LARGE else "dot"
    if suffix == ".dot":
        payload = dot.encode("utf-8")
    elif suffix in (".svg", ".png"):
        payload = graphviz_svg(dot, engine, suffix[1:])
    elif suffix in (".html", ".htm"):
        payload = to_html(graph, title=title).encode("utf-8")
    else:
        raise RenderError(f"{path}: cannot tell the format from {suffix or 'no suffix'!r}; use .svg, .png, .html or .dot")
    write_atomically(path, lambda fh: fh.write(payload))
    return path


def to_html(graph: CitationGraph, *, title: str = "dangdoc") -> str:
    """One self-contained, offline HTML page showing the graph (needs Graphviz to lay it out)."""
    g = graph.graph
    ids = node_ids(graph)
    svg = graphviz_svg(to_dot(graph, title=title), "sfdp" if g.number_of_nodes() > LARGE else "dot").decode("utf-8")
    svg = svg[svg.index("<svg"):]  # drop the XML prolog and doctype
    nodes = {}
    for node, data in g.nodes(data=True):
        is_article = data.get("kind") == ARTICLE
        nodes[ids[node]] = {
            "kind": data.get("kind"),
            "label": data.get("title") or data.get("article") if is_article else data.get("key"),
            "date": data.get("date"),
            "cites": sorted({ids[v] for _, v, d in g.out_edges(node, data=True) if d.get("relation") == "cites"}),
            "citedBy": sorted({ids[u] for u, _, d in g.in_edges(node, data=True) if d.get("relation") == "cites"}),
            "related": sorted({ids[x] for u, v, d in list(g.in_edges(node, data=True)) + list(g.out_edges(node, data=True))
                               if d.get("relation") != "cites" for x in (u, v) if x != node}),
        }
    legend = "".join(
        f'<li><span class="swatch" style="background:{colour}"></span>{html.escape(code)} · {html.escape(type_label(code))}</li>'
        for code, colour in TYPE_COLOURS.items()
    ) + (f'<li><span class="swatch" style="background:{REFERENCE_COLOUR}"></span>plenum / congress</li>'
         f'<li><span class="swatch box" style="background:{ARTICLE_COLOUR}"></span>article</li>')
    template = resources.files(__package__).joinpath("graph.html").read_text(encoding="utf-8")
    fill = {
        "TITLE": html.escape(title),
        "LEGEND": legend,
        "COUNTS": html.escape(f"{graph.count(ARTICLE)} articles · {graph.count(DOCUMENT)} documents"),
        "DATA": _script_json(nodes),
        "SVG": svg,
    }
    # one pass, so that nothing filled in (an article title, say) is read as a placeholder
    return re.sub(r"\{\{([A-Z]+)\}\}", lambda m: fill[m.group(1)], template)


def _script_json(data) -> str:
    """JSON safe to put inside <script>: no "<", ">" or "&" left to close the element."""
    return (json.dumps(data, ensure_ascii=False)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


# the most nodes a notebook shows inline; a larger graph is a field of dots at that size
NOTEBOOK_NODES = 300


class Picture:
    """A graph shown as a picture in Jupyter (through Graphviz): ``Picture(g)``, or
    ``Picture(g.subgraph("05-CT/TW"))`` for a focus. Graphs of more than 300 nodes show as
    text; draw those with :func:`render` to HTML."""

    def __init__(self, graph: CitationGraph, *, title: str = "dangdoc"):
        self.graph, self.title = graph, title

    def __repr__(self) -> str:
        return repr(self.graph)

    def _repr_svg_(self) -> str | None:
        if self.graph.graph.number_of_nodes() > NOTEBOOK_NODES:
            return None
        try:
            return graphviz_svg(to_dot(self.graph, title=self.title), "dot").decode("utf-8")
        except RenderError:
            return None
