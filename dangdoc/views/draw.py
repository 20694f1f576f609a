"""Pictures of a citation graph: DOT text, SVG/PNG through Graphviz, one-file HTML.

:func:`to_dot` needs nothing installed. SVG and PNG need Graphviz's ``dot`` (small graphs)
or ``sfdp`` (large ones) on PATH. The HTML view is one self-contained file that works
offline: the Graphviz SVG inline, with a small script for pan and zoom, hover, click to
highlight the articles citing a document, a search box and a legend. Everything that
comes from article text is escaped for DOT, SVG and HTML alike.
"""

from __future__ import annotations

import collections
import html
import json
import math
import re
import shutil
import subprocess
from importlib import resources
from pathlib import Path

import attrs

from ..atomic import write_atomically
from ..corpus.pipeline import key_for_people
from ..errors import RenderError
from ..graph.core import ARTICLE, DOCUMENT, CitationGraph, drawn_documents
from ..models import Document
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


def _dot_lines(*parts: object) -> str:
    r"""A DOT quoted string of several centred lines, each escaped as :func:`dot_string` does.

    >>> print(_dot_lines('05-CT/TW', '3 "bài"'))
    "05-CT/TW\n3 \"bài\""
    """
    return '"' + "\\n".join(dot_string(part)[1:-1] for part in parts) + '"'


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
                         f'tooltip={dot_string(f"{count} lần trích dẫn")}, class="cites"];')
        else:
            lines.append(f'  {ids[u]} -> {ids[v]} [id="r_{ids[u]}_{ids[v]}_{len(lines)}", label={dot_string(relation_name(data.get("relation")))}, color="#c0392b", '
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


VIEWS = ("graph", "documents", "focus")


def picture(graph: CitationGraph, *, view: str = "graph", doc=None, top: int | None = None, depth: int = 1,
            title: str = "dangdoc") -> "Picture":
    """A picture of ``graph`` to write (:func:`write_picture`) or to show in Jupyter.

    ``view`` is ``"graph"`` (every article and document), ``"documents"`` (the ``top``
    most cited documents only, placed by issue year and level, linked by relations and
    co-citation: :func:`documents_picture`) or ``"focus"`` (``doc``, the documents around it
    and its citing articles grouped by province and month: :func:`focus_picture`).

    >>> from dangdoc.corpus.articles import Article
    >>> from dangdoc.graph.core import build_graph
    >>> g = build_graph([Article("a", "Tin", None, None, None, None, "Theo Chỉ thị số 05-CT/TW.")], progress=False)
    >>> picture(g).engine, picture(g, view="documents").engine
    ('dot', 'neato')
    """
    if view == "documents":
        return documents_picture(graph, top=top or DOCUMENTS_TOP, title=title)
    if view == "focus":
        if doc is None:
            raise RenderError("the focus view needs a document (doc=..., or --focus DOC)")
        return focus_picture(graph, doc, depth=depth, title=title)
    if view == "graph":
        engine = "sfdp" if graph.graph.number_of_nodes() > LARGE else "dot"
        return Picture(to_dot(graph, title=title), engine, {}, _type_legend(),
                       f"{graph.count(ARTICLE)} bài · {graph.count(DOCUMENT)} văn bản")
    raise RenderError(f"no view {view!r}: choose one of {', '.join(VIEWS)}")


def render(graph: CitationGraph, path: str | Path, *, title: str = "dangdoc", view: str = "graph",
           doc=None, top: int | None = None, depth: int = 1) -> Path:
    """Write a :func:`picture` of ``graph``; the format comes from the suffix: ``.svg``,
    ``.png``, ``.html`` (interactive, offline) or ``.dot``."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".dot", ".svg", ".png", ".html", ".htm"):
        raise RenderError(f"{path}: cannot tell the format from {suffix or 'no suffix'!r}; use .svg, .png, .html or .dot")
    if view == "graph" and suffix in (".html", ".htm"):
        return _write(path, to_html(graph, title=title).encode("utf-8"))
    return write_picture(picture(graph, view=view, doc=doc, top=top, depth=depth, title=title), path, title=title)


def write_picture(picture: "Picture", path: str | Path, *, title: str = "dangdoc") -> Path:
    """Write a :class:`Picture` as .dot, .svg, .png or an offline .html page."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".dot":
        payload = picture.dot.encode("utf-8")
    elif suffix in (".svg", ".png"):
        payload = graphviz_svg(picture.dot, picture.engine, suffix[1:])
    elif suffix in (".html", ".htm"):
        svg = graphviz_svg(picture.dot, picture.engine).decode("utf-8")
        payload = _page(title, svg[svg.index("<svg"):], picture.data, picture.legend, picture.counts).encode("utf-8")
    else:
        raise RenderError(f"{path}: cannot tell the format from {suffix or 'no suffix'!r}; use .svg, .png, .html or .dot")
    return _write(path, payload)


def _write(path: Path, payload: bytes) -> Path:
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
    return _page(title, svg, nodes, _type_legend(), f"{graph.count(ARTICLE)} bài · {graph.count(DOCUMENT)} văn bản")


def _type_legend(extra: str = "") -> str:
    return "".join(
        f'<li><span class="swatch" style="background:{colour}"></span>{html.escape(code)} · {html.escape(type_label(code))}</li>'
        for code, colour in TYPE_COLOURS.items()
    ) + (f'<li><span class="swatch" style="background:{REFERENCE_COLOUR}"></span>hội nghị Trung ương / đại hội</li>'
         f'<li><span class="swatch box" style="background:{ARTICLE_COLOUR}"></span>{extra or "bài báo"}</li>')


def _page(title: str, svg: str, data: dict, legend: str, counts: str) -> str:
    template = resources.files(__package__).joinpath("graph.html").read_text(encoding="utf-8")
    fill = {
        "TITLE": html.escape(title),
        "LEGEND": legend,
        "COUNTS": html.escape(counts),
        "DATA": _script_json(data),
        "SVG": svg,
    }
    # one pass, so that nothing filled in (an article title, say) is read as a placeholder
    return re.sub(r"\{\{([A-Z]+)\}\}", lambda m: fill[m.group(1)], template)


def _script_json(data) -> str:
    """JSON safe to put inside <script>: no "<", ">" or "&" left to close the element."""
    return (json.dumps(data, ensure_ascii=False)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


# -- pictures that summarise -------------------------------------------------------------

@attrs.frozen
class Picture:
    """A picture ready to write: DOT text, the Graphviz engine that lays it out, and for the
    HTML page the data behind each node, a legend and a line of counts."""

    dot: str
    engine: str
    data: dict = attrs.field(eq=False, repr=False)
    legend: str = ""
    counts: str = ""

    def _repr_svg_(self) -> str | None:
        """Jupyter shows a picture inline (None, so shown as text, when Graphviz is missing)."""
        try:
            return graphviz_svg(self.dot, self.engine).decode("utf-8")
        except RenderError:
            return None


DOCUMENTS_TOP = 100  # documents in the documents-only picture: about what a page can label legibly
# the relations as the pictures name them, in the language of the pictures' other words
RELATION_NAMES = {"implements": "thực hiện", "continues": "tiếp tục thực hiện", "replaces": "thay thế",
                  "replaced_by": "được thay bằng", "repeals": "bãi bỏ", "amends": "sửa đổi", "guides": "hướng dẫn",
                  "reviews": "sơ kết, tổng kết", "based_on": "căn cứ"}
# the levels of the documents that carry one down, as the spread chart names them
CARRIER_LEVELS = {"central": "Trung ương", "province": "cấp tỉnh", "district": "cấp huyện"}


def relation_name(relation: str | None) -> str:
    """A relation as the pictures name it.

    >>> relation_name("implements"), relation_name("based_on")
    ('thực hiện', 'căn cứ')
    """
    return RELATION_NAMES.get(relation or "", relation or "")


CO_CITED_MIN = 2  # articles citing both before two documents are linked as cited together
CO_CITED_EACH = 3  # the strongest co-citation links drawn per document, so that the picture stays readable
COLUMN_WIDTH, ROW_HEIGHT = 1.9, 0.5  # inches: room for a two-line label in 11-point type
LABEL_CHARACTERS = 20  # a document's label is cut to this, to stay inside its column
LEFT_MARGIN = 2.2  # inches left of the first column, for the names of the levels
ASPECT = 1.6  # width to height the documents picture aims at: a screen, a report page turned
# years up to EARLY are shown in bins of EARLY_BIN years: few documents are that old, and a
# column each would stretch the picture
EARLY, EARLY_BIN = 2005, 5


def _year_bin(year: int | None) -> int | None:
    """The last year of the column a year falls in.

    >>> _year_bin(2017), _year_bin(2004), _year_bin(1998), _year_bin(None)
    (2017, 2005, 2000, None)
    """
    if year is None or year > EARLY:
        return year
    return EARLY - (EARLY - year) // EARLY_BIN * EARLY_BIN


def _cell_rows(placed: dict, columns: list, levels) -> int:
    """How many documents to stack in one year and level before opening another column:
    the number that brings the whole picture closest to :data:`ASPECT`."""
    def shape(rows: int) -> float:
        wide = sum(max(1, max(math.ceil(len(placed.get((y, lv), [])) / rows) for lv in levels)) for y in columns)
        tall = sum(min(rows, max((len(placed.get((y, lv), [])) for y in columns), default=0)) for lv in levels)
        return abs(math.log((wide * COLUMN_WIDTH + LEFT_MARGIN) / (tall * ROW_HEIGHT + 1.0) / ASPECT))

    most = max((len(v) for v in placed.values()), default=1)
    return min(range(1, most + 1), key=shape)
LEVEL_NAMES = {"central": "Trung ương", "province": "Tỉnh, thành phố", "district": "Huyện, quận, thị xã"}


def _colour(data: dict) -> str:
    """A document's fill: its type's colour; green for a plenum's or a congress's
    resolution named without a number; grey for any other (a standard, a document of no
    known type)."""
    if (data.get("plenum") or data.get("congress")) and not data.get("number"):
        return REFERENCE_COLOUR
    return TYPE_COLOURS.get(data.get("type"), OTHER_COLOUR)


def _legend_node(nodes: list[dict], x: float, y: float) -> str:
    """A legend drawn in the picture itself (for SVG and PNG, which have no page around
    them): the colours of the documents ``nodes`` shown, and the two kinds of line, its
    top left corner at ``x``, ``y`` (points / 72)."""
    codes_of: dict[str, list[str]] = collections.defaultdict(list)  # QĐ and QĐi share a colour
    for code, colour in TYPE_COLOURS.items():
        codes_of[colour].append(code)

    def named(codes: list[str]) -> str:  # "QĐ, QĐi · Quyết định / Quy định"; "Luật", its own name
        labels = " / ".join(dict.fromkeys(type_label(c) for c in codes))
        coded = [c for c in codes if type_label(c) != c]
        return f"{', '.join(coded)} · {labels}" if coded else labels

    names = {colour: named(codes) for colour, codes in codes_of.items()}
    names[REFERENCE_COLOUR], names[OTHER_COLOUR] = "hội nghị Trung ương / đại hội", "văn bản khác"
    shown = dict.fromkeys(_colour(n) for n in nodes)
    rows = "".join(f'<TR><TD WIDTH="16" HEIGHT="10" BGCOLOR="{colour}"></TD><TD ALIGN="LEFT">'
                   f"{html.escape(names[colour])}</TD></TR>" for colour in shown)
    rows += ('<TR><TD HEIGHT="10"><FONT COLOR="#c0392b">→</FONT></TD><TD ALIGN="LEFT">quan hệ (thực hiện, thay thế, …)</TD></TR>'
             '<TR><TD HEIGHT="10"><FONT COLOR="#7f7f7f">—</FONT></TD><TD ALIGN="LEFT">được trích dẫn cùng nhau</TD></TR>')
    return (f'  legend [shape=plaintext, style="", fontsize=10, class="legend", pos="{x:.2f},{y:.2f}!", '
            f'label=<<TABLE BORDER="0" CELLSPACING="1" CELLPADDING="1">{rows}</TABLE>>];')


def _citers(graph: CitationGraph, node: str) -> set[str]:
    return {a for a, _, d in graph.graph.in_edges(node, data=True) if d.get("relation") == "cites"}


def documents_picture(graph: CitationGraph, *, top: int = DOCUMENTS_TOP, title: str = "dangdoc") -> Picture:
    """The ``top`` most cited documents without their articles, placed on a grid: one
    column per issue year (left to right; documents whose year is unknown in the first
    column, a year known only from the Party term marked "~"), one band per level (central
    at the top, then province, then district). Red arrows are relations the articles
    state; grey lines join documents cited in the same articles (at least
    :data:`CO_CITED_MIN`, the :data:`CO_CITED_EACH` strongest per document), thicker for
    more. A box is coloured by type and its label says how many articles cite it.

    >>> from dangdoc.corpus.articles import Article
    >>> from dangdoc.graph.core import build_graph
    >>> g = build_graph([Article(str(i), None, None, None, None, None,
    ...                          "Theo Chỉ thị số 05-CT/TW và Nghị định số 30/2020/NĐ-CP.") for i in range(3)],
    ...                 progress=False)
    >>> p = documents_picture(g)
    >>> p.engine, 'label="05-CT/TW\\\\n3 bài"' in p.dot, "cùng được trích dẫn trong 3 bài" in p.dot
    ('neato', True, True)
    """
    from .spread import LEVELS, issue_year, level

    g = graph.graph
    chosen = [key for key, _ in graph.most_cited(top)]
    nodes = {key: f"d{i}" for i, key in enumerate(chosen)}
    citers = {key: _citers(graph, f"doc:{key}") for key in chosen}
    placed: dict[tuple, list[str]] = collections.defaultdict(list)
    years, approx = {}, {}
    for key in chosen:
        years[key], approx[key] = issue_year(g.nodes[f"doc:{key}"])
        placed[(_year_bin(years[key]), level(g.nodes[f"doc:{key}"]))].append(key)
    columns = sorted({y for y, _ in placed}, key=lambda y: (y is not None, y or 0))
    rows = _cell_rows(placed, columns, LEVELS)
    # each year is as wide as its busiest level needs; each band as tall as its busiest year
    width = {y: max(1, max(math.ceil(len(placed.get((y, lv), [])) / rows) for lv in LEVELS)) for y in columns}
    height = {lv: min(rows, max((len(placed.get((y, lv), [])) for y in columns), default=0)) for lv in LEVELS}
    x0, xs = LEFT_MARGIN, {}
    for y in columns:
        xs[y] = x0
        x0 += width[y] * COLUMN_WIDTH
    lines = [f"graph {dot_string(title)} {{",
             '  graph [layout=neato, splines=line, outputorder=edgesfirst, bgcolor="white", '
             'fontname="DejaVu Sans", pad=0.4];',
             '  node [fontname="DejaVu Sans", fontsize=11, shape=box, style="rounded,filled", penwidth=0.8, '
             'margin="0.06,0.03"];',
             '  edge [fontname="DejaVu Sans", fontsize=9];']
    data: dict = {}
    top_y = 0.0
    for lv in LEVELS:
        if not height[lv]:
            continue
        band = top_y - ROW_HEIGHT
        lines.append(f'  L{lv} [label={dot_string(LEVEL_NAMES[lv])}, shape=plaintext, style="", fontsize=13, '
                     f'pos="{LEFT_MARGIN / 2 - COLUMN_WIDTH / 2:.2f},{band - (height[lv] - 1) * ROW_HEIGHT / 2:.2f}!"];')
        for y in columns:
            for i, key in enumerate(placed.get((y, lv), [])):
                node = g.nodes[f"doc:{key}"]
                col, row = divmod(i, rows)
                n = len(citers[key])
                tip = " — ".join(str(x) for x in (key, node.get("title"), node.get("date") or (
                    f"~{years[key]} (khóa {node.get('term')})" if approx[key] else years[key]), f"{n} bài") if x)
                lines.append(f"  {nodes[key]} [id={nodes[key]}, label={_dot_lines(_short(node.get('label') or key, LABEL_CHARACTERS), f'{n} bài')}, "
                             f'tooltip={dot_string(tip)}, fillcolor="{_colour(node)}", '
                             f'pos="{xs[y] + col * COLUMN_WIDTH:.2f},{band - row * ROW_HEIGHT:.2f}!", '
                             f'class="document type-{_css(node.get("type"))}"];')
                data[nodes[key]] = {"kind": "document", "label": key, "date": node.get("date"),
                                    "note": f"{n} bài trích dẫn · {LEVEL_NAMES[lv]} · "
                                            + (f"~{years[key]}" if approx[key] else str(years[key] or "năm ?")),
                                    "cites": [], "citedBy": [], "related": []}
        top_y = band - height[lv] * ROW_HEIGHT - 0.3
        lines.append(f'  S{lv} [label="", shape=point, width=0.01, pos="{-COLUMN_WIDTH / 2:.2f},{top_y + 0.15:.2f}!"];'
                     f'  T{lv} [label="", shape=point, width=0.01, pos="{x0:.2f},{top_y + 0.15:.2f}!"];'
                     f'  S{lv} -- T{lv} [color="#cccccc", style=dashed];')
    for y in columns:
        name = "năm ?" if y is None else (f"{y - EARLY_BIN + 1}–{y}" if y <= EARLY else str(y))
        lines.append(f'  Y{name.replace(" ", "").replace("?", "x")} [label={dot_string(name)}, shape=plaintext, style="", '
                     f'fontsize=13, pos="{xs[y] + (max(1, width[y]) - 1) * COLUMN_WIDTH / 2:.2f},0.2!"];')
    # relations between the chosen documents, then the strongest co-citations of each
    stated: dict[tuple[str, str, str], list[str]] = collections.defaultdict(list)  # one arrow, however many articles
    for u, v, d in g.edges(data=True):
        ku, kv = u[4:], v[4:]
        if d.get("relation") != "cites" and ku in nodes and kv in nodes and ku != kv:
            stated[(ku, kv, d["relation"])].append(d.get("evidence") or d["relation"])
    for (ku, kv, relation), evidence in sorted(stated.items()):
        label = relation_name(relation) + ("" if len(evidence) == 1 else f" ({len(evidence)} bài)")
        lines.append(f'  {nodes[ku]} -- {nodes[kv]} [id="r_{nodes[ku]}_{nodes[kv]}", dir=forward, arrowsize=0.7, '
                     f'color="#c0392b", fontcolor="#c0392b", penwidth=1.6, label={dot_string(label)}, '
                     f'tooltip={dot_string(evidence[0])}, class="relation"];')
        data[nodes[ku]]["related"].append(nodes[kv])
        data[nodes[kv]]["related"].append(nodes[ku])
    links = set()
    for key in chosen:
        strengths = sorted(((len(citers[key] & citers[other]), other) for other in chosen if other != key),
                           key=lambda t: (-t[0], chosen.index(t[1])))
        links |= {tuple(sorted((key, other), key=chosen.index)) + (n,)
                  for n, other in strengths[:CO_CITED_EACH] if n >= CO_CITED_MIN}
    for a, b, n in sorted(links, key=lambda t: (chosen.index(t[0]), chosen.index(t[1]))):
        lines.append(f'  {nodes[a]} -- {nodes[b]} [id="e_{nodes[a]}_{nodes[b]}", color="#7f7f7f80", '
                     f"penwidth={0.6 + math.log2(n):.1f}, tooltip={dot_string(f'cùng được trích dẫn trong {n} bài')}, "
                     'class="cocited"];')
        data[nodes[a]]["related"].append(nodes[b])
        data[nodes[b]]["related"].append(nodes[a])
    lines.append(_legend_node([g.nodes[f"doc:{key}"] for key in chosen], LEFT_MARGIN, top_y - 1.0))
    lines.append("}")
    legend = _type_legend("").rsplit("<li>", 1)[0] + (
        '<li><span class="swatch line" style="background:#c0392b"></span>quan hệ (thực hiện, thay thế, …)</li>'
        '<li><span class="swatch line" style="background:#7f7f7f"></span>được trích dẫn cùng nhau</li>')
    counts = f"{len(chosen)} văn bản được trích dẫn nhiều nhất (trên {graph.count(DOCUMENT)}) · {graph.count(ARTICLE)} bài"
    return Picture("\n".join(lines) + "\n", "neato", data, legend, counts)


FOCUS_GROUPS = 24  # groups of citing articles drawn around a focused document; the rest are pooled
FOCUS_CO_CITED = 6  # documents most often cited alongside it, drawn even when no relation is stated
NO_PLACE, NO_DATE = "không rõ nơi", "không rõ ngày"


def focus_picture(graph: CitationGraph, doc, *, depth: int = 1, title: str = "dangdoc") -> Picture:
    """One document in its surroundings: the documents related to it (red arrows, within
    ``depth`` steps) and those most often cited in the same articles (grey dashes); on the
    left its citing articles grouped by province and month, one box per group with how
    many articles it holds (at most :data:`FOCUS_GROUPS`, the smallest pooled).

    >>> from dangdoc.corpus.articles import Article
    >>> from dangdoc.graph.core import build_graph
    >>> import datetime as dt
    >>> g = build_graph([Article(str(i), None, dt.date(2017, 3, i + 1), None, None, "Quảng Nam",
    ...                          "Theo Chỉ thị số 05-CT/TW và Nghị quyết số 04-NQ/TW.") for i in range(3)],
    ...                 progress=False)
    >>> p = focus_picture(g, "05-CT/TW")
    >>> '"Quảng Nam · 2017-03\\\\n3 bài"' in p.dot, "cùng được trích dẫn trong 3 bài" in p.dot
    (True, True)
    """
    from ..resolve.places import place_of

    g = graph.graph
    keys = drawn_documents(graph, doc)[0]  # "05-CT/TW": the directive of 2016, not also that of 1951
    if not keys:
        raise RenderError(f"no document in the graph matches {doc!r}")
    around: dict[str, tuple[str, str, str]] = {}  # other document → (relation, source, target)
    relations = list(dict.fromkeys(r for key in keys for r in graph.related(Document(key), depth)))
    for source, relation, target, _, _ in relations:
        for key in (source, target):
            if key not in keys:
                around.setdefault(key, (relation, source, target))
    # each document cited with one of them, from the one it is cited with most ("05-CT/TW"
    # names the directives of 1951 and of 2016: the other documents go with the one they share articles with)
    best: dict[str, tuple[int, str]] = {}
    for key in keys:
        for k, n in graph.co_cited(Document(key), FOCUS_CO_CITED + len(keys)):
            if k not in keys and n >= CO_CITED_MIN and n > best.get(k, (0, ""))[0]:
                best[k] = (n, key)
    co_cited = sorted(((k, n, key) for k, (n, key) in best.items()), key=lambda c: (-c[1], c[0]))[:FOCUS_CO_CITED]
    shown = list(keys) + [k for k in around] + [k for k, _, _ in co_cited if k not in around]
    ids = {key: f"d{i}" for i, key in enumerate(shown)}
    # the citing articles, grouped
    groups: dict[tuple[str, str], dict[str, set]] = collections.defaultdict(lambda: collections.defaultdict(set))
    for key in keys:
        for m in graph.citing(Document(key)):
            place = place_of(m.locality) if m.locality else None
            group = (place.province if place else NO_PLACE, m.date.isoformat()[:7] if m.date else NO_DATE)
            groups[group][key].add(m.article)
    size = {grp: len(set().union(*cited.values())) for grp, cited in groups.items()}
    order = sorted(groups, key=lambda grp: (grp[0] == NO_PLACE, -size[grp], grp))
    if len(order) > FOCUS_GROUPS:
        pooled = collections.defaultdict(set)
        for grp in order[FOCUS_GROUPS - 1:]:
            for key, arts in groups[grp].items():
                pooled[key] |= arts
        rest = len(order) - FOCUS_GROUPS + 1
        order = order[:FOCUS_GROUPS - 1] + [(f"{rest} nhóm khác", "")]
        groups[order[-1]] = pooled
        size[order[-1]] = len(set().union(*pooled.values()))
    lines = [f"digraph {dot_string(title)} {{",
             '  graph [rankdir=LR, ranksep=1.1, nodesep=0.12, bgcolor="white", fontname="DejaVu Sans", pad=0.3];',
             '  node [fontname="DejaVu Sans", fontsize=12, penwidth=0.8];',
             '  edge [fontname="DejaVu Sans", fontsize=10, arrowsize=0.6];']
    data: dict = {}
    # two documents written alike ("05-CT/TW" of two terms) are told apart by their keys
    labels = collections.Counter(g.nodes[f"doc:{key}"].get("label") or key for key in shown)
    for key in shown:
        node = g.nodes[f"doc:{key}"]
        n = len(_citers(graph, f"doc:{key}"))
        focus = key in keys
        label = node.get("label") or key
        # a document only named in a relation ("Báo cáo" of an article) is cited by none
        words = [_short(label if labels[label] == 1 else key, 28), f"{n} bài" if n else "không số, chỉ được nêu"]
        if node.get("ambiguous"):  # a title it holds is one article's words, not the document's
            words.insert(1, "chưa rõ là văn bản nào")
        elif node.get("title"):
            words.insert(1, _short(node["title"], 34))
        lines.append(f"  {ids[key]} [id={ids[key]}, label={_dot_lines(*words)}, shape=box, style=\"rounded,filled\", "
                     f'fillcolor="{_colour(node)}", fontsize={16 if focus else 12}, penwidth={2.5 if focus else 0.8}, '
                     f"tooltip={dot_string(' — '.join(str(x) for x in (key, node.get('title'), node.get('date')) if x))}, "
                     f'class="document type-{_css(node.get("type"))}"];')
        data[ids[key]] = {"kind": "document", "label": key_for_people(key), "date": node.get("date"),
                          "note": f"{n} bài trích dẫn" if n else "không số, chỉ được nêu trong bài",
                          "cites": [], "citedBy": [], "related": []}
    if len(keys) > 1:
        lines.append("  { rank=same; " + " ".join(ids[k] for k in keys) + " }")
    for i, grp in enumerate(order):
        gid = f"g{i}"
        province, month = grp
        head = f"{province} · {month}" if month and month != NO_DATE else province
        lines.append(f"  {gid} [id={gid}, label={_dot_lines(head, f'{size[grp]} bài')}, shape=box, style=\"rounded,filled\", "
                     f'fillcolor="{ARTICLE_COLOUR}", color="#9a9a9a", width={0.9 + 0.25 * math.sqrt(size[grp]):.2f}, '
                     f'class="group"];')
        data[gid] = {"kind": "group", "label": head, "date": None, "note": f"{size[grp]} bài",
                     "cites": [ids[k] for k in groups[grp]], "citedBy": [], "related": []}
        for key, arts in groups[grp].items():
            lines.append(f'  {gid} -> {ids[key]} [id="e_{gid}_{ids[key]}", color="#b0b0b0", '
                         f"penwidth={0.6 + 0.5 * math.log2(len(arts) + 1):.1f}, class=\"cites\"];")
            data[ids[key]]["citedBy"].append(gid)
    drawn = set()
    for source, relation, target, evidence, _ in relations:
        if (source, relation, target) in drawn or source not in ids or target not in ids:
            continue
        drawn.add((source, relation, target))
        lines.append(f'  {ids[source]} -> {ids[target]} [id="r_{ids[source]}_{ids[target]}", label={dot_string(relation_name(relation))}, '
                     f'color="#c0392b", fontcolor="#c0392b", penwidth=1.6, tooltip={dot_string(evidence or relation)}, '
                     f'class="relation"];')
        data[ids[source]]["related"].append(ids[target])
        data[ids[target]]["related"].append(ids[source])
    for key, n, with_ in co_cited:
        if key in around:
            continue
        lines.append(f'  {ids[with_]} -> {ids[key]} [id="e_{ids[with_]}_{ids[key]}", dir=none, style=dashed, '
                     f'color="#7f7f7f", fontcolor="#555555", penwidth={0.6 + 0.5 * math.log2(n + 1):.1f}, '
                     f"label={dot_string(f'cùng được trích dẫn trong {n} bài')}, class=\"cocited\"];")
        data[ids[with_]]["related"].append(ids[key])
        data[ids[key]]["related"].append(ids[with_])
    lines.append("}")
    articles = len({a for grp in groups.values() for arts in grp.values() for a in arts})
    legend = _type_legend("nhóm bài theo tỉnh và tháng") + (
        '<li><span class="swatch line" style="background:#c0392b"></span>quan hệ</li>'
        '<li><span class="swatch line" style="background:#7f7f7f"></span>được trích dẫn cùng nhau</li>')
    what = keys[0] if len(keys) == 1 else f"{doc} ({len(keys)} văn bản)"
    return Picture("\n".join(lines) + "\n", "dot", data, legend,
                   f"{what}: {articles} bài trích dẫn · {len(shown) - len(keys)} văn bản xung quanh")


BAR_WIDTH = 260  # points: the longest bar of the spread chart
MONTH_BAR_HEIGHT = 90  # points: the tallest month of the timeline


def spread_picture(s, *, title: str = "dangdoc") -> Picture:
    """A :class:`~dangdoc.views.spread.Spread` as a chart: one bar per province (articles citing
    the document there, and the date of the first), a timeline of articles per month,
    and the documents that carry it down. Drawn by Graphviz as one table, so SVG, PNG and
    the HTML page come out alike.

    >>> from dangdoc.views.spread import Spread
    >>> import datetime as dt
    >>> s = Spread("05-CT/TW", ("05-CT/TW",), 3, (("Hà Nội", 2), ("(no place)", 1)),
    ...            (("2017-03", 2), ("(no date)", 1)), (("Hà Nội", dt.date(2017, 3, 2), "a"),), ())
    >>> dot = spread_picture(s).dot
    >>> "Hà Nội" in dot and "2017-03-02" in dot and 'WIDTH="260"' in dot
    True
    """
    from .spread import UNDATED, UNPLACED

    def esc(text: object) -> str:  # text inside a Graphviz HTML-like label
        return html.escape(str(text), quote=False)

    BREAK = '<BR ALIGN="LEFT"/>'
    first = {p: d.isoformat() for p, d, _ in s.first}
    most = max((n for p, n in s.by_province if p != UNPLACED), default=1)
    rows = [f'<TR><TD COLSPAN="3" ALIGN="LEFT"><FONT POINT-SIZE="18"><B>{esc(s.document)}</B></FONT></TD></TR>',
            f'<TR><TD COLSPAN="3" ALIGN="LEFT"><FONT COLOR="#555555">{s.articles} bài trích dẫn · {s.placed} rõ nơi, '
            f'ở {sum(1 for p, _ in s.by_province if p != UNPLACED)} tỉnh, thành phố · {s.dated} rõ ngày</FONT></TD></TR>',
            f'<TR><TD COLSPAN="3" ALIGN="LEFT"><FONT POINT-SIZE="9" COLOR="#777777">{BREAK.join(map(esc, s.keys))}{BREAK}'
            '</FONT></TD></TR>',
            '<TR><TD COLSPAN="3" ALIGN="LEFT"><B>Theo tỉnh, thành phố</B> (số bài; ngày bài đầu tiên)</TD></TR>']
    for province, n in s.by_province:
        if province == UNPLACED:
            continue
        bar = max(2, round(BAR_WIDTH * n / most))
        rows.append(f'<TR><TD ALIGN="RIGHT">{esc(province)}</TD>'
                    f'<TD ALIGN="LEFT"><TABLE BORDER="0" CELLSPACING="0" CELLPADDING="0"><TR>'
                    f'<TD FIXEDSIZE="TRUE" WIDTH="{bar}" HEIGHT="14" BGCOLOR="#4e79a7"></TD>'
                    f'<TD FIXEDSIZE="TRUE" WIDTH="34" HEIGHT="14" ALIGN="LEFT">&nbsp;{n}</TD>'
                    f'<TD FIXEDSIZE="TRUE" WIDTH="{BAR_WIDTH + 2 - bar}" HEIGHT="14"></TD></TR></TABLE></TD>'
                    + (f'<TD ALIGN="LEFT"><FONT COLOR="#555555">{esc(first[province])}</FONT></TD></TR>'
                       if province in first else "<TD></TD></TR>"))
    unplaced = dict(s.by_province).get(UNPLACED, 0)
    if unplaced:
        rows.append(f'<TR><TD COLSPAN="3" ALIGN="LEFT"><FONT COLOR="#777777">{unplaced} bài không rõ nơi '
                    '(bài về cả nước, hoặc không nêu địa danh)</FONT></TD></TR>')
    months = [(m, n) for m, n in s.by_month if m != UNDATED]
    rows.append('<TR><TD COLSPAN="3" ALIGN="LEFT"><B>Theo tháng</B> (số bài)</TD></TR>')
    if months:
        tallest = max(n for _, n in months)
        bars = "".join(f'<TD VALIGN="BOTTOM"><TABLE BORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD><FONT POINT-SIZE="9">{n}'
                       f'</FONT></TD></TR><TR><TD FIXEDSIZE="TRUE" WIDTH="22" HEIGHT="{max(2, round(MONTH_BAR_HEIGHT * n / tallest))}" '
                       f'BGCOLOR="#f28e2b"></TD></TR></TABLE></TD>' for _, n in months)
        names = "".join(f'<TD><FONT POINT-SIZE="9">{esc(m[2:])}</FONT></TD>' for m, _ in months)
        rows.append(f'<TR><TD COLSPAN="3" ALIGN="LEFT"><TABLE BORDER="0" CELLSPACING="2"><TR>{bars}</TR>'
                    f'<TR>{names}</TR></TABLE></TD></TR>')
    undated = dict(s.by_month).get(UNDATED, 0)
    if undated:
        rows.append(f'<TR><TD COLSPAN="3" ALIGN="LEFT"><FONT COLOR="#777777">{undated} bài không rõ ngày '
                    '(nguồn không ghi ngày đăng)</FONT></TD></TR>')
    rows.append('<TR><TD COLSPAN="3" ALIGN="LEFT"><B>Văn bản cụ thể hóa</B></TD></TR>')
    if s.carriers:
        for c in s.carriers:
            cited = f"{c.articles} bài" if c.articles else "chỉ được nêu, không được trích dẫn"
            rows.append(f'<TR><TD ALIGN="RIGHT">{esc(key_for_people(c.key))}</TD><TD COLSPAN="2" ALIGN="LEFT">'
                        f'<FONT COLOR="#c0392b">{esc(relation_name(c.relation))}</FONT> {esc(key_for_people(c.target))} · '
                        f'{esc(CARRIER_LEVELS.get(c.level, c.level) or "cấp không rõ")} · {esc(cited)}</TD></TR>')
    else:
        rows.append('<TR><TD COLSPAN="3" ALIGN="LEFT"><FONT COLOR="#777777">không bài nào nêu văn bản thực hiện, '
                    'tiếp tục hay hướng dẫn văn bản này</FONT></TD></TR>')
    table = ('<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="3" CELLPADDING="2">' + "".join(rows) + "</TABLE>")
    dot = (f"digraph {dot_string(title)} {{\n"
           '  graph [bgcolor="white", pad=0.3, fontname="DejaVu Sans"];\n'
           '  node [fontname="DejaVu Sans", fontsize=12, shape=plaintext];\n'
           f"  chart [id=chart, label=<{table}>];\n}}\n")
    data = {"chart": {"kind": "chart", "label": s.document, "date": None, "note": f"{s.articles} bài",
                      "cites": [], "citedBy": [], "related": []}}
    legend = ('<li><span class="swatch box" style="background:#4e79a7"></span>số bài theo tỉnh, thành phố</li>'
              '<li><span class="swatch box" style="background:#f28e2b"></span>số bài theo tháng</li>')
    return Picture(dot, "dot", data, legend, f"{s.articles} bài · {s.placed} rõ nơi · {s.dated} rõ ngày")


def render_spread(s, path: str | Path, *, title: str | None = None) -> Path:
    """Write the chart of a :class:`~dangdoc.views.spread.Spread` as .svg, .png, .html or .dot."""
    return write_picture(spread_picture(s, title=title or s.document), path, title=title or s.document)
