"""A relation stated of a shorthand mention goes where linking sends the mention: "dự thảo
sửa đổi Nghị định 67 quy định chi tiết Luật ..." amends, and the decree guides, the one
document the article's "Nghị định 67" was linked to, in the graph, the store and the
column table alike, built at once, saved and grown."""

from __future__ import annotations

from dangdoc.corpus.articles import Article
from dangdoc.corpus.pipeline import read_article
from dangdoc.graph.columns import MentionTable
from dangdoc.graph.core import build_graph
from dangdoc.graph.store import Store

FULL = ("Nghị định 67/2013/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Phòng, chống tác hại "
        "của thuốc lá; cơ sở kinh doanh thuốc lá phải treo biển cấm hút thuốc lá ở nơi số {}.")
DRAFT = ("Chính phủ thảo luận dự thảo Nghị định sửa đổi, bổ sung một số điều của Nghị định 67 quy định chi tiết "
         "một số điều và biện pháp thi hành Luật Phòng, chống tác hại của thuốc lá, về kinh doanh thuốc lá.")


def _articles():
    return [Article(f"full{i}", None, None, None, None, None, FULL.format(i)) for i in range(3)] + [
        Article("draft", None, None, None, None, None, DRAFT)]


def _draft_relations(answers):
    """The draft article's relations, as (source, relation, target) with the article's own
    unnumbered documents named by their type only."""
    return sorted((s.split(" · ")[0], r, t.split(" · ")[0]) for s, r, t, _, a in answers if a == "draft")


EXPECTED = [("67/2013/NĐ-CP", "guides", "Luật Phòng, chống tác hại"),
            ("dự thảo Nghị định", "amends", "67/2013/NĐ-CP")]


def test_the_table_answers_with_the_linked_ends_and_keeps_them_as_written(tmp_path):
    table = MentionTable.from_records(read_article(a) for a in _articles())
    assert [(ln.article, ln.document) for ln in table.link(period=2017)] == [("draft", "67/2013/NĐ-CP")]
    assert _draft_relations(table.related("67/2013/NĐ-CP")) == EXPECTED
    # nothing cites or relates the undecided entry any more: it is no document of the corpus
    assert "67/NĐ-CP · ?" not in dict(table.most_cited(20)) and table.count("document") == 6
    table.save(tmp_path / "t")
    opened = MentionTable.open(tmp_path / "t")
    assert _draft_relations(opened.related("67/2013/NĐ-CP")) == EXPECTED
    # linked again after growing, from the ends as written: the same
    opened.append_records([read_article(Article("other", None, None, None, None, None, "Theo Chỉ thị 05-CT/TW."))])
    opened.link(period=2017)
    assert _draft_relations(MentionTable.open(tmp_path / "t").related("67/2013/NĐ-CP")) == EXPECTED
    # unlinked, the relations are where the article wrote them
    plain = MentionTable.from_records(read_article(a) for a in _articles())
    assert _draft_relations(plain.related("67/NĐ-CP · ?")) == [
        ("67/NĐ-CP", "guides", "Luật Phòng, chống tác hại"), ("dự thảo Nghị định", "amends", "67/NĐ-CP")]


def test_the_graph_and_the_store_agree_with_the_table(tmp_path):
    graph = build_graph(_articles(), progress=False, period=2017)
    assert _draft_relations(graph.related("67/2013/NĐ-CP")) == EXPECTED
    assert "doc:67/NĐ-CP · ?" not in graph.graph
    stated = sorted((u[4:].split(" · ")[0], d["relation"], v[4:].split(" · ")[0])
                    for u, v, d in graph.graph.edges(data=True) if d.get("article") == "draft" and d["relation"] != "cites")
    assert stated == EXPECTED
    store = Store(tmp_path / "s.db")
    store.add(_articles(), progress=False, period=2017)
    assert _draft_relations(store.graph().related("67/2013/NĐ-CP")) == EXPECTED


def test_a_relation_stated_of_a_document_to_itself_stays_as_in_the_graph(tmp_path):
    """Only a relation linking would turn into a document's to itself goes; one the text
    states so (a resolver's reading) is answered alike by the table, linked or not."""
    text = ("Nghị định 67 về kinh doanh thuốc lá thay thế Nghị định 67/2013/NĐ-CP quy định chi tiết Luật Phòng, "
            "chống tác hại của thuốc lá.")
    articles = _articles() + [Article("self", None, None, None, None, None, text)]
    graph = build_graph(articles, progress=False, period=2017)
    table = MentionTable.from_records(read_article(a) for a in articles)
    table.link(period=2017)
    assert [r[:3] for r in table.related("67/2013/NĐ-CP") if r[4] == "self"] == \
        [r[:3] for r in graph.related("67/2013/NĐ-CP") if r[4] == "self"]
