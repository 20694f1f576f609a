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


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    from dangdoc.graph.core import build_graph

    path = tmp_path_factory.mktemp("html") / "graph.html"
    render(build_graph(CORPUS, progress=False), path, title="test <i>title</i>")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1200,800"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.get(path.as_uri())
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
    assert len(highlighted) == 1
    box.clear()


def test_nothing_fetched(page):
    assert page.execute_script("return performance.getEntriesByType('resource').length") == 0
