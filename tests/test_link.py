"""link: partial mentions sent to the full document across a corpus (issue 12)."""

from __future__ import annotations

import datetime as dt

import pytest

from dangdoc.corpus.articles import Article
from dangdoc.graph.core import build_graph
from dangdoc.graph.link import link

FISHERIES = "Ngư dân vay vốn đóng tàu cá vỏ thép theo {} nay nhiều tàu nằm bờ vì thua lỗ."
MULTILEVEL = "Công ty bán hàng đa cấp phải ký quỹ theo {}, nhiều người tham gia mạng lưới bị lừa."
DERIVATIVES = "Công ty chứng khoán muốn làm thành viên giao dịch phái sinh phải có vốn điều lệ theo {}."


def article(aid, text, date=None):
    return Article(aid, None, date, None, None, None, text)


def landed(graph, aid):
    """The document each mention of an article lands on, in text order."""
    edges = sorted(graph.graph.out_edges(f"article:{aid}", data=True), key=lambda e: e[2]["start"])
    return [v[4:] for _, v, d in edges if d["relation"] == "cites"]


def corpus(*partials, full=()):
    """Three articles that write each full form near its topic, then the partial ones."""
    articles = []
    for n, (template, written) in enumerate(full):
        articles += [article(f"f{n}{i}", template.format(written)) for i in range(3)]
    return articles + [article(aid, text, date) for aid, text, date in partials]


# (the partial article, the full documents the corpus writes, where it must land):
# one row per phenomenon
LINKS = [
    # a bare decree among one full one, on its topic
    (("p", FISHERIES.format("Nghị định 67"), None), [(FISHERIES, "Nghị định 67/2014/NĐ-CP")], "67/2014/NĐ-CP"),
    # a decree written with its code but no year
    (("p", FISHERIES.format("Nghị định 67/NĐ-CP"), None), [(FISHERIES, "Nghị định 67/2014/NĐ-CP")], "67/2014/NĐ-CP"),
    # one number, two decrees of different years: the topic decides (đa cấp)
    (("p", MULTILEVEL.format("Nghị định 42"), None),
     [(MULTILEVEL, "Nghị định 42/2014/NĐ-CP"), (DERIVATIVES, "Nghị định 42/2015/NĐ-CP")], "42/2014/NĐ-CP"),
    # ... and the other way (phái sinh)
    (("p", DERIVATIVES.format("Nghị định 42"), None),
     [(MULTILEVEL, "Nghị định 42/2014/NĐ-CP"), (DERIVATIVES, "Nghị định 42/2015/NĐ-CP")], "42/2015/NĐ-CP"),
    # no words in common: undecided, not the only candidate
    (("p", "Hội nghị bàn việc thực hiện Nghị định 67 tại xã.", None), [(FISHERIES, "Nghị định 67/2014/NĐ-CP")],
     "67/NĐ-CP · ?"),
    # a document issued after the article cannot be the one it cites
    (("p", FISHERIES.format("Nghị định 67"), dt.date(2013, 5, 1)), [(FISHERIES, "Nghị định 67/2014/NĐ-CP")],
     "67/NĐ-CP · ?"),
    # a state code rules out a Party document of the same number
    (("p", FISHERIES.format("Nghị quyết 67/NQ-CP"), None), [(FISHERIES, "Nghị quyết số 67-NQ/TW ngày 2/3/2014")],
     "67/NQ-CP · ?"),
    # a letter without its office's code is not linked: every office numbers its letters
    (("p", MULTILEVEL.format("công văn số 42"), None), [(MULTILEVEL, "công văn số 42/BCT-QLCT ngày 3/1/2017")],
     "Công văn 42 · ?"),
]


@pytest.mark.parametrize("partial, full, key", LINKS)
def test_partial_mentions_land_where_the_corpus_says(partial, full, key):
    graph = build_graph(corpus(partial, full=full), progress=False, period=2017)
    assert landed(graph, "p") == [key]


def test_a_link_records_what_was_written_its_confidence_and_evidence():
    graph = build_graph(corpus(("p", FISHERIES.format("Nghị định 67"), None),
                               full=[(FISHERIES, "Nghị định 67/2014/NĐ-CP")]), progress=False, period=2017)
    (edge,) = [d for _, _, d in graph.graph.out_edges("article:p", data=True)]
    assert edge["written"] == "67/NĐ-CP · ?" and 0 < edge["confidence"] <= 1
    head = "3 other articles write 67/2014/NĐ-CP near "
    assert edge["evidence"].startswith(head)
    shown = edge["evidence"][len(head):].split(", ")
    assert shown and all(pair in FISHERIES.lower() for pair in shown)  # word pairs of the topic
    assert "doc:67/NĐ-CP · ?" not in graph.graph  # nothing else cited it: it goes


def test_undecided_keeps_ranked_candidates():
    graph = build_graph(corpus(("p", "Chính sách mới theo Nghị định 42 được bàn.", None),
                               full=[(MULTILEVEL, "Nghị định 42/2014/NĐ-CP"), (DERIVATIVES, "Nghị định 42/2015/NĐ-CP")]),
                        progress=False, period=2017)
    node = graph.graph.nodes["doc:42/NĐ-CP · ?"]
    assert node["ambiguous"] and sorted(node["candidates"]) == ["42/2014/NĐ-CP", "42/2015/NĐ-CP"]
    assert len(node["scores"]) == 2


def test_linking_again_changes_nothing():
    graph = build_graph(corpus(("p", FISHERIES.format("Nghị định 67"), None),
                               full=[(FISHERIES, "Nghị định 67/2014/NĐ-CP")]), progress=False, period=2017)
    before = sorted((u, v, d["start"]) for u, v, d in graph.graph.edges(data=True))
    assert link(graph, period=2017) == []
    assert sorted((u, v, d["start"]) for u, v, d in graph.graph.edges(data=True)) == before


def test_the_catalogue_is_a_candidate_with_its_title(tmp_path):
    rows = tmp_path / "mine.csv"
    rows.write_text("type,number,issuer,date,body,term,plenum,title,source,certainty\n"
                    "NĐ,968,CP,2014-07-07,Chính phủ,,,về chính sách đóng tàu cá vỏ thép cho ngư dân,"
                    "my notes,high\n", encoding="utf-8")
    arts = [article("p", FISHERIES.format("Nghị định 968"))]
    assert landed(build_graph(arts, progress=False, period=2017), "p") == ["968/NĐ-CP · ?"]
    assert landed(build_graph(arts, progress=False, period=2017, catalog=rows), "p") == ["968/2014/NĐ-CP"]


def test_store_links_like_the_graph_and_new_articles_relink_old_mentions(tmp_path):
    from dangdoc.graph.store import Store

    partial = [article("p", FISHERIES.format("Nghị định 67"))]
    full = corpus(full=[(FISHERIES, "Nghị định 67/2014/NĐ-CP")])
    with Store(tmp_path / "c.db") as store:
        store.add(partial, progress=False, period=2017)
        assert [m.document for m in store.citing("Nghị định 67")] == ["67/NĐ-CP · ?"]  # nothing to link to yet
        store.add(full, progress=False)
        assert "p" in [m.article for m in store.citing("67/2014/NĐ-CP")]  # the old mention, linked
        stored = store.graph()
        top = store.most_cited(5)
    built = build_graph(partial + full, progress=False, period=2017)
    assert sorted((u, v, d["start"]) for u, v, d in stored.graph.edges(data=True)) == \
        sorted((u, v, d["start"]) for u, v, d in built.graph.edges(data=True))
    assert top == built.most_cited(5)


def test_a_local_document_is_not_linked_to_another_places():
    land = "Diện tích tối thiểu được tách thửa đất ở theo {} khiến nhiều hộ dân không thể tách thửa."
    full = [article(f"f{i}", land.format("Quyết định 33/2014/QĐ-UBND của UBND TP Hồ Chí Minh")) for i in range(3)]
    here = [article("p", land.format("Quyết định 33/QĐ-UBND của UBND tỉnh Quảng Nam"))]
    graph = build_graph(full + here, progress=False, period=2017)
    (key,) = landed(graph, "p")
    assert "Quảng Nam" in key and not key.startswith("33/2014/QĐ-UBND · Hồ Chí Minh")
    assert landed(graph, "f0") == ["33/2014/QĐ-UBND · Hồ Chí Minh"]


def test_most_cited_lists_undecided_entries_flagged():
    arts = [article(f"u{i}", f"Hội nghị số {i} bàn việc thực hiện Nghị định 67 tại xã.") for i in range(2)]
    arts.append(article("f", FISHERIES.format("Nghị định 67/2014/NĐ-CP")))
    graph = build_graph(arts, progress=False, period=2017)
    top = graph.most_cited(5)
    assert top == [("67/NĐ-CP · ?", 2), ("67/2014/NĐ-CP", 1)]
    assert [graph.is_undecided(key) for key, _ in top] == [True, False]


def test_a_plenum_of_several_resolutions_is_told_apart_by_topic():
    # plenum 4 of term XII issued 04-NQ/TW (party building) and 06-NQ/TW (integration)
    party = ("Chi bộ đẩy mạnh chống suy thoái tư tưởng chính trị, đạo đức, lối sống, biểu hiện tự diễn biến, "
             "tự chuyển hóa trong nội bộ theo {}.")
    full = [article(f"f{i}", party.format("Nghị quyết số 04-NQ/TW của Ban Chấp hành Trung ương khóa XII"))
            for i in range(3)]
    here = [article("p", party.format("Nghị quyết Trung ương 4 khóa XII"))]
    graph = build_graph(full + here, progress=False, period=2017)
    assert landed(graph, "p") == ["04-NQ/TW · khóa XII"]
