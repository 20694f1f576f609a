"""Pictures and annotated articles: DOT, SVG/PNG through Graphviz, HTML; all escaped."""

from __future__ import annotations

import datetime as dt
import os
import shutil

import pytest

from dangdoc import annotate
from dangdoc.corpus.articles import Article
from dangdoc.graph.core import build_graph
from dangdoc.errors import RenderError
from dangdoc.views.draw import Picture, render, to_dot, to_html

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
    assert 'label="implements"' in dot


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
    svg = Picture(graph)._repr_svg_()
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
