"""A congress of a Party organisation of the whole country (the army's, a force's, the
central blocs') is one document wherever the article is written; a local organisation's
is keyed by its place."""

from __future__ import annotations

import pytest

from dangdoc.corpus.articles import Article
from dangdoc.corpus.pipeline import read_article


def _keys(text, locality):
    record = read_article(Article("a", None, None, None, None, locality, text))
    return sorted(k for k, d in record.documents.items() if d.get("congress"))


@pytest.mark.parametrize("organisation", [
    "Đảng bộ Quân đội", "Đảng bộ Bộ đội Biên phòng", "Đảng bộ Quân khu 7", "Đảng bộ Công an Trung ương",
    "Đảng bộ Khối các cơ quan Trung ương",
])
def test_a_nationwide_organisation_has_no_place(organisation):
    text = f"Quán triệt Nghị quyết Đại hội {organisation} lần thứ X."
    keys = {tuple(_keys(text, place)) for place in ("Hải Phòng", "Quảng Nam", None)}
    assert len(keys) == 1 and all("Hải Phòng" not in k and "Quảng Nam" not in k for k in keys.pop())


def test_a_local_organisation_keeps_the_article_place():
    text = "Quán triệt Nghị quyết Đại hội Đảng bộ xã lần thứ XX."
    assert _keys(text, "Thanh Miện, Hải Dương") != _keys(text, "Quảng Nam")
