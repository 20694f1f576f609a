"""Pictures and annotated articles: DOT, SVG/PNG through Graphviz, HTML; all escaped."""

from __future__ import annotations

import datetime as dt
import shutil

import attrs
import pytest

from dangdoc import annotate
from dangdoc.corpus.articles import Article
from dangdoc.graph.core import build_graph
from dangdoc.errors import RenderError
from dangdoc.views.draw import picture, render, to_dot, to_html

HOSTILE = 'Tin "nóng" <script>alert(1)</script> {braces} \\ & more'
CORPUS = [
    Article("a1", HOSTILE, dt.date(2017, 3, 1), None, None, "Quảng Nam",
            "Tỉnh ủy ban hành Chương trình số 08-CTr/TU ngày 18/10/2016 để cụ thể hóa và tổ chức thực hiện "
            "Nghị quyết số 04-NQ/TU, ngày 12/8/2016 của Tỉnh uỷ, gắn với Chỉ thị 05-CT/TW <b>đậm</b>."),
    Article("a2", "Hà Nội học tập", dt.date(2017, 5, 2), None, None, "Hà Nội", "Thực hiện Chỉ thị số 05-CT/TW."),
]
needs_dot = pytest.mark.skipif(shutil.which("dot") is None, reason="needs Graphviz's dot (scripts/setup.sh installs it)")


@pytest.fixture(scope="module")
def graph():
    return build_graph(CORPUS, progress=False)


def test_dot_escapes_text(graph):
    dot = to_dot(graph)
    assert '\\"nóng\\"' in dot and "\\\\ & more" in dot
    assert dot.count("->") == 5  # a1 cites three documents, a2 one; and one relation
    assert 'label="thực hiện"' in dot


def test_focus_draws_a_co_cited_document_from_the_one_it_shares_articles_with():
    """"05-CT/TW" names the directive of 1951 (one article) and of 2016 (three, each with
    04-NQ/TW): the co-citation goes from the 2016 one (a researcher saw it drawn from 1951's)."""
    arts = [Article("old", None, dt.date(2017, 1, 2), None, None, "Hà Nội",
                    "Ngày 12-5-1951, Ban Bí thư ra Chỉ thị số 05-CT/TW về công an.")]
    arts += [Article(f"n{i}", None, dt.date(2017, 2, i + 1), None, None, "Quảng Nam",
                     "Học tập Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị và Nghị quyết số 04-NQ/TW.")
             for i in range(3)]
    dot = focus_picture(build_graph(arts, progress=False), "05-CT/TW").dot
    ids = {label: node for node, label in re.findall(r'  (d\d+) \[id=d\d+, label="([^"\\]*)', dot)}
    tips = dict(re.findall(r'  (d\d+) \[id=[^\n]*tooltip="([^"]*)"', dot))
    new = next(node for node, tip in tips.items() if tip.startswith("05-CT/TW · khóa XII"))
    assert re.search(rf'  {new} -> {ids["04-NQ/TW"]} \[[^]]*cùng được trích dẫn trong 3 bài', dot)
    assert dot.count('class="cocited"') == 1


@needs_dot
@pytest.mark.parametrize("suffix, magic", [(".svg", b"<?xml"), (".png", b"\x89PNG"), (".dot", b"digraph")])
def test_render_files(graph, tmp_path, suffix, magic):
    path = render(graph, tmp_path / f"g{suffix}")
    data = path.read_bytes()
    assert data.startswith(magic) and len(data) > 500
    if suffix == ".svg":
        text = data.decode("utf-8")
        assert "<script>" not in text and "&lt;script&gt;" in text


@needs_dot
def test_html_is_self_contained_and_escaped(graph):
    page = to_html(graph)
    assert page.count("<script") == 2  # the data and the viewer, nothing from the article
    assert "http://" not in page.replace("http://www.w3.org", "") and "https://" not in page
    assert "alert(1)</script>" not in page and "\\u003cscript\\u003e" in page
    assert "default-src 'none'" in page


def test_missing_graphviz_says_how_to_install(graph, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # a PATH with no Graphviz on it
    with pytest.raises(RenderError, match="apt-get install graphviz"):
        render(graph, tmp_path / "g.svg")
    assert render(graph, tmp_path / "g.dot").exists()  # DOT needs nothing


def test_unknown_suffix(graph, tmp_path):
    with pytest.raises(RenderError, match="use .svg, .png, .html or .dot"):
        render(graph, tmp_path / "g.pdf")


def test_annotate_marks_and_escapes():
    page = annotate(CORPUS[0])
    assert page.count('<a class="cite"') == 3
    assert "<b>đậm</b>" not in page and "&lt;b&gt;đậm&lt;/b&gt;" in page
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert 'title="05-CT/TW · khóa XII — về đẩy mạnh học tập' in page


@needs_dot
def test_jupyter_shows_svg(graph):
    svg = picture(graph)._repr_svg_()
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg


# -- the views that summarise --------------------------------------------------------------

import re  # noqa: E402

from dangdoc.views.draw import documents_picture, focus_picture, render_spread, spread_picture  # noqa: E402
from dangdoc.views.spread import spread  # noqa: E402

VIEW_CORPUS = CORPUS + [
    Article("a3", HOSTILE, dt.date(2017, 3, 9), None, None, "TP.HCM",
            "Theo Nghị định số 30/2014/NĐ-CP và Chỉ thị số 05-CT/TW; Quyết định số 12/2009/QĐ-TTg."),
    Article("a4", "Huyện", dt.date(2017, 4, 9), None, None, "Núi Thành, Quảng Nam",
            "Huyện ủy ban hành Kế hoạch số 12-KH/HU để thực hiện Nghị quyết số 04-NQ/TU ngày 12/8/2016 của Tỉnh ủy."),
    Article("a5", "Không nơi, không ngày", None, None, None, None, "Nghị định số 30/2014/NĐ-CP; Chỉ thị số 05-CT/TW."),
]


@pytest.fixture(scope="module")
def view_graph():
    return build_graph(VIEW_CORPUS, progress=False)


def _positions(dot: str) -> dict[str, tuple[float, float]]:
    """Node label (first line) → pinned position, read back from the DOT text."""
    out = {}
    for m in re.finditer(r'label="([^"\\]*)[^"]*", tooltip=[^\n]*pos="([\d.-]+),([\d.-]+)!"', dot):
        out[m.group(1)] = (float(m.group(2)), float(m.group(3)))
    return out


def test_documents_view_reads_time_and_level(view_graph):
    pos = _positions(documents_picture(view_graph).dot)
    assert pos["05-CT/TW"][1] > pos["04-NQ/TU"][1] > pos["12-KH/HU"][1]  # central above province above district
    assert pos["12/2009/QĐ-TTg"][0] < pos["30/2014/NĐ-CP"][0] < pos["05-CT/TW"][0]  # 2009, 2014, 2016 left to right
    assert pos["05-CT/TW"][1] == pos["30/2014/NĐ-CP"][1]  # both the most cited of their year, on the top row


def test_documents_view_keeps_the_most_cited(view_graph):
    dot = documents_picture(view_graph, top=2).dot
    assert dot.count("class=\"document") == 2 and "05-CT/TW" in dot
    assert "article" not in dot and HOSTILE not in dot  # documents only


def test_documents_view_links_co_cited_and_related(view_graph):
    dot = documents_picture(view_graph).dot
    ids = dict(re.findall(r'  (d\d+) \[id=d\d+, label="([^"\\]*)', dot))
    ids = {label: node for node, label in ids.items()}
    assert f'{ids["12-KH/HU"]} -- {ids["04-NQ/TU"]} [id="r_' in dot and 'label="thực hiện"' in dot
    pair = sorted((ids["05-CT/TW"], ids["30/2014/NĐ-CP"]), key=lambda n: int(n[1:]))
    assert re.search(rf'{pair[0]} -- {pair[1]} \[[^]]*cùng được trích dẫn trong 2 bài', dot)  # a3 and a5
    assert dot.count("class=\"cocited\"") == 1  # no other pair is cited together twice


def test_focus_groups_articles_by_province_and_month(view_graph):
    p = focus_picture(view_graph, "05-CT/TW")
    groups = re.findall(r'label="([^"]*)", shape=box, style="rounded,filled", fillcolor="#f2f2f2"', p.dot)
    assert sorted(groups) == sorted(["Quảng Nam · 2017-03\\n1 bài", "Hà Nội · 2017-05\\n1 bài",
                                     "Hồ Chí Minh · 2017-03\\n1 bài", "không rõ nơi\\n1 bài"])
    assert HOSTILE not in p.dot and "Bài" not in p.dot  # no article boxes, no titles
    assert p.data["g0"]["kind"] == "group"


@needs_dot
@pytest.mark.parametrize("view", ["documents", "focus"])
@pytest.mark.parametrize("suffix, magic", [(".svg", b"<?xml"), (".png", b"\x89PNG"), (".html", b"<!DOCTYPE html>")])
def test_render_views(view_graph, tmp_path, view, suffix, magic):
    path = render(view_graph, tmp_path / f"v{suffix}", view=view, doc="05-CT/TW", title='<b>"t"</b>')
    data = path.read_bytes()
    assert data.startswith(magic) and len(data) > 500
    if suffix == ".html":
        page = data.decode("utf-8")
        assert page.count("<script") == 2 and '<b>"t"</b>' not in page and "&lt;b&gt;&quot;t&quot;&lt;/b&gt;" in page
        assert "https://" not in page and "default-src 'none'" in page


@needs_dot
@pytest.mark.parametrize("suffix", [".svg", ".png", ".html"])
def test_spread_chart_is_escaped(view_graph, tmp_path, suffix):
    s = attrs.evolve(spread(view_graph, "05-CT/TW"), document='05-CT/TW <script>alert("x")</script> & more')
    data = render_spread(s, tmp_path / f"s{suffix}").read_bytes()
    assert b"<script>alert" not in data
    if suffix == ".svg":
        text = data.decode("utf-8")
        assert "&lt;script&gt;" in text and "Quảng Nam" in text and "Hồ Chí Minh" in text


def test_spread_chart_says_what_is_missing(view_graph):
    dot = spread_picture(spread(view_graph, "04-NQ/TU")).dot
    assert "không bài nào" not in dot and "thực hiện" in dot and "cấp huyện" in dot  # 12-KH/HU carries it down
    undated = attrs.evolve(spread(view_graph, "05-CT/TW"), by_month=(("(no date)", 3),))
    assert "3 bài không rõ ngày" in spread_picture(undated).dot


def test_unknown_view(view_graph, tmp_path):
    with pytest.raises(RenderError, match="no view 'map'"):
        render(view_graph, tmp_path / "g.svg", view="map")
    with pytest.raises(RenderError, match="the focus view needs a document"):
        render(view_graph, tmp_path / "g.svg", view="focus")


def test_a_relation_stated_twice_is_one_arrow():
    text = "Huyện ủy ban hành Kế hoạch số 12-KH/HU để thực hiện Nghị quyết số 04-NQ/TU ngày 12/8/2016 của Tỉnh ủy."
    g = build_graph([Article(a, None, None, None, None, "Núi Thành, Quảng Nam", text) for a in ("a", "b")],
                    progress=False)
    dot = documents_picture(g).dot
    assert dot.count('class="relation"') == 1 and 'label="thực hiện (2 bài)"' in dot


def test_the_documents_picture_carries_its_own_legend_of_the_colours_it_uses(view_graph):
    dot = documents_picture(view_graph).dot
    legend = re.search(r"legend \[.*\];", dot).group()
    named = re.findall(r'<TD ALIGN="LEFT">([^<]*)</TD>', legend)
    assert named == ["CT · Chỉ thị", "NQ · Nghị quyết", "NĐ · Nghị định", "CTr · Chương trình", "KH · Kế hoạch",
                     "QĐ, QĐi · Quyết định / Quy định", "quan hệ (thực hiện, thay thế, …)", "được trích dẫn cùng nhau"]
    assert "Luật" not in legend and "văn bản khác" not in legend  # only what is drawn


def test_a_document_of_no_known_type_is_grey_and_a_plenum_green():
    from dangdoc.views.draw import OTHER_COLOUR, REFERENCE_COLOUR, _colour

    assert _colour({"type": None, "key": "QCVN 109/2017/BTTTT"}) == OTHER_COLOUR
    assert _colour({"type": None, "plenum": 4}) == REFERENCE_COLOUR == _colour({"type": "NQ", "congress": "XII"})
    assert _colour({"type": "NQ", "plenum": 4, "number": 4}) == _colour({"type": "NQ"}) != REFERENCE_COLOUR
