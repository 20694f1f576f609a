"""The HTML view, opened in headless Chromium as a person would open it."""

from __future__ import annotations

import shutil
import struct
import zlib

import pytest

from dangdoc.views.draw import render

from test_draw import CORPUS  # the same hostile little corpus

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER and shutil.which("dot")),
    reason="needs chromium, chromedriver and Graphviz (bash scripts/setup.sh --test installs them)",
)


def _browser(path, size="1200,800"):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--window-size={size}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.get(path.as_uri())
    return driver


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    from dangdoc.graph.core import build_graph

    path = tmp_path_factory.mktemp("html") / "graph.html"
    render(build_graph(CORPUS, progress=False), path, title="test <i>title</i>")
    driver = _browser(path)
    yield driver
    driver.quit()


def _distinct_bytes(png: bytes) -> int:
    """How many different byte values the image data holds (a blank image has two or three)."""
    pos, data = 8, b""
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        if kind == b"IDAT":
            data += png[pos + 8:pos + 8 + length]
        pos += 12 + length
    return len(set(zlib.decompress(data)))


def test_graph_draws(page):
    nodes = page.find_elements("css selector", "svg g.node")
    assert len(nodes) == 2 + 3  # two articles, three documents
    box = page.find_element("css selector", "#view svg").rect
    assert box["width"] > 500 and box["height"] > 300
    png = page.get_screenshot_as_png()
    assert _distinct_bytes(png) > 50


def test_click_a_document_highlights_its_articles(page):
    data = page.execute_script("return JSON.parse(document.getElementById('data').textContent)")
    directive = next(i for i, d in data.items() if d["label"] == "05-CT/TW · khóa XII")
    plan = next(i for i, d in data.items() if d["label"].startswith("08-CTr/TU"))
    page.find_element("id", directive).click()
    highlighted = {el.get_attribute("id") for el in page.find_elements("css selector", "svg g.node.hl")}
    assert highlighted == {directive, *data[directive]["citedBy"]} and len(data[directive]["citedBy"]) == 2
    assert plan not in highlighted
    assert "2 bài trích dẫn" in page.find_element("id", "info").text
    page.find_element("css selector", "#view svg").click()  # click the background: clear
    assert page.find_elements("css selector", "svg g.node.hl") == []


def test_article_text_is_shown_as_text(page):
    labels = [el.text for el in page.find_elements("css selector", "svg g.node text")]
    assert any("<script>" in label for label in labels)  # visible as text
    assert page.execute_script("return document.querySelectorAll('script').length") == 2
    assert page.title == "test <i>title</i>"


def test_search_box(page):
    box = page.find_element("id", "search")
    box.clear()
    box.send_keys("ha noi hoc tap")  # no diacritics, lower case
    highlighted = [el.get_attribute("id") for el in page.find_elements("css selector", "svg g.node.hl")]
    assert len(highlighted) == 1 and page.find_element("id", "found").text == "1 khớp"
    box.clear()
    box.send_keys("quang tri")  # no match: nothing dimmed, and the page says so
    assert not page.find_elements("css selector", "svg g.node.hl")
    assert page.execute_script("return document.querySelector('#view svg').classList.contains('focus')") is False
    assert page.find_element("id", "found").text == "không có gì khớp với “quang tri”"
    box.clear()


def test_nothing_fetched(page):
    assert page.execute_script("return performance.getEntriesByType('resource').length") == 0


@pytest.mark.parametrize("view", ["documents", "focus"])
def test_views_draw_and_explain(tmp_path, view):
    from test_draw import VIEW_CORPUS

    from dangdoc.graph.core import build_graph

    path = tmp_path / f"{view}.html"
    render(build_graph(VIEW_CORPUS, progress=False), path, view=view, doc="05-CT/TW", title=view)
    driver = _browser(path)
    try:
        data = driver.execute_script("return JSON.parse(document.getElementById('data').textContent)")
        drawn = {el.get_attribute("id") for el in driver.find_elements("css selector", "svg g.node")}
        assert set(data) <= drawn and len(data) >= 5
        directive = next(i for i, d in data.items() if d["label"].startswith("05-CT/TW"))
        driver.find_element("id", directive).click()
        info = driver.find_element("id", "info").text
        assert "05-CT/TW" in info and "bài trích dẫn" in info
        highlighted = {el.get_attribute("id") for el in driver.find_elements("css selector", "svg g.node.hl")}
        assert directive in highlighted and len(highlighted) >= 2  # with what it is linked to
        assert _distinct_bytes(driver.get_screenshot_as_png()) > 50
        assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0
    finally:
        driver.quit()


def test_a_large_picture_opens_readable(tmp_path):
    """Wider than the window: it opens at its top left at three quarters of its size, not shrunk to fit."""
    from dangdoc.corpus.articles import Article
    from dangdoc.graph.core import build_graph

    articles = [Article(str(i), None, None, None, None, None, f"Theo Nghị định số {i + 1}/{2000 + i}/NĐ-CP.")
                for i in range(18)]
    path = tmp_path / "wide.html"
    render(build_graph(articles, progress=False), path, view="documents", title="wide")
    driver = _browser(path, "800,600")
    try:
        scale = driver.execute_script(
            "const s = document.querySelector('#view svg'); const r = s.getBoundingClientRect();"
            "return s.viewBox.baseVal.width / r.width;")
        assert 0.99 <= scale <= 1.01  # one point of the picture per CSS pixel: 0.75 of its size
    finally:
        driver.quit()
