"""MentionTable: the column table answers every query as CitationGraph does, built from the
same records; it survives saving, growing (append, re-add, compact) and refuses files it
cannot read."""

from __future__ import annotations

import datetime as dt
import gzip
import itertools
import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import REPO
from dangdoc.corpus.articles import read_articles
from dangdoc.corpus.pipeline import MentionRow as PipelineMention
from dangdoc.corpus.pipeline import Record, read_article
from dangdoc.corpus.pipeline import RelationRow as PipelineRelation
from dangdoc.errors import DangdocError, GraphFileError
from dangdoc.graph.columns import MentionRow, MentionTable, RelationRow
from dangdoc.graph.core import CitationGraph

D = dt.date


def graph_of(records) -> CitationGraph:
    g = CitationGraph()
    for r in records:
        g.add_record(r)
    return g


# what the linking stage reads around a mention; the column table holds corpora already linked
_LINKING_ONLY = ("context", "topic", "note")


def edges(g) -> list:
    """The edges of a networkx multigraph as a sorted list, whatever their keys."""
    return sorted((u, v, json.dumps({k: x for k, x in d.items() if k not in _LINKING_ONLY}, sort_keys=True,
                                    ensure_ascii=False)) for u, v, d in g.edges(data=True))


# how a document's year is known: when an article that first named a document is added
# again, the graph and the table may keep the basis of different articles (known, open)
_PROVENANCE = ("basis",)


def nodes(g) -> list:
    return sorted((n, json.dumps({k: x for k, x in d.items() if k not in _PROVENANCE}, sort_keys=True,
                                 ensure_ascii=False)) for n, d in g.nodes(data=True))


# how many documents of a large corpus are asked for (the most cited, the least, and a sample)
_ASKED = 40


def queries(g: CitationGraph) -> list:
    """The queries both must answer alike: every document (of a large corpus, a sample) by
    key and by identifier, with and without filters; the rankings with every filter."""
    keys = sorted(n[4:] for n, k in g.graph.nodes(data="kind") if k == "document")
    names = keys + sorted({d for _, d in g.graph.nodes(data="doc_id") if d})
    if len(names) > _ASKED:
        ranked = [k for k, _ in g.most_cited(len(keys))]
        names = ranked[:5] + ranked[-5:] + random.Random(len(names)).sample(names, _ASKED - 10)
    filters = [{}, {"since": D(2017, 1, 1)}, {"until": D(2017, 12, 31)}, {"since": D(2016, 6, 1), "until": D(2018, 1, 1)},
               {"locality": "quang nam"}, {"locality": "Hà Nội"}, {"limit": 1}, {"limit": 3}]
    asked = [("citing", name, f) for name in names for f in filters]
    for n, type_, issuer, since in itertools.product((0, 1, 3, 100), (None, "nq", "CT"), (None, "tw", "CP"),
                                                      (None, D(2017, 1, 1))):
        asked.append(("most_cited", n, {"type": type_, "issuer": issuer, "since": since}))
    asked.append(("most_cited", 100, {"until": D(2017, 12, 31)}))
    return asked


def same_answers(g: CitationGraph, t: MentionTable, *, graphs: bool = True) -> None:
    for method, arg, kwargs in queries(g):
        expected = getattr(g, method)(arg, **kwargs)
        assert getattr(t, method)(arg, **kwargs) == expected, (method, arg, kwargs)
        if method == "citing":  # the columns hold the same rows, in the same order
            columns = t.citing(arg, as_columns=True, **kwargs).to_pylist()
            assert [(c["document"], c["article"], c["date"], c["start"], c["sentence"]) for c in columns] == \
                [(m.document, m.article, m.date, m.start, m.sentence) for m in expected]
    if graphs:
        assert nodes(t.to_networkx()) == nodes(g.graph)
        assert edges(t.to_networkx()) == edges(g.graph)


@pytest.fixture(scope="module")
def examples():
    articles = list(read_articles(REPO / "examples" / "articles"))
    return articles, [read_article(a) for a in articles]


def test_examples_answer_as_the_graph(examples):
    _, records = examples
    g, t = graph_of(records), MentionTable.from_records(records)
    assert len(t) == g.graph.number_of_edges() - len(t.relations) == sum(len(r.mentions) for r in records)
    same_answers(g, t)
    for key, _ in g.most_cited(100):
        for depth in (0, 1, 2):
            sub = g.subgraph(key, depth).graph
            assert (nodes(t.to_networkx(key, depth)), edges(t.to_networkx(key, depth))) == (nodes(sub), edges(sub))


def test_offsets_point_into_the_articles(examples):
    articles, records = examples
    texts = {a.id: a.text for a in articles}
    tidy = t = MentionTable.from_records(records).mentions().to_pylist()
    assert len(tidy) == sum(len(r.mentions) for r in records)
    for row in t:
        text = texts[row["article"]]
        # the surface is found where the offsets say, searched for independently from there
        assert text.index(row["surface"], row["start"]) == row["start"]
        assert row["end"] - row["start"] == len(row["surface"])


def tidy_rows(t: MentionTable) -> list[dict]:
    """The table's tidy rows as the graph gives them (dates as ISO text, confidences to 2 places)."""
    rows = t.mentions().to_pylist()
    for row in rows:
        row["date"] = row["date"].isoformat() if row["date"] else None
        row["confidence"] = None if row["confidence"] is None else round(row["confidence"], 2)
    return rows


def test_tidy_table_is_the_graphs(examples, news_records):
    from dangdoc.graph.core import MENTION_COLUMNS

    for records in (examples[1], news_records):
        g, t = linked_graph(records), MentionTable.from_records(records)
        t.link(period=2017)
        assert t.mentions().column_names == list(MENTION_COLUMNS)
        assert tidy_rows(t) == g.mentions()
    frame = pytest.importorskip("pandas").DataFrame
    assert isinstance(t.to_pandas(), frame) and len(t.to_pandas()) == len(t)
    assert list(t.citing("05-CT/TW", as_frame=True)["article"]) == [m.article for m in t.citing("05-CT/TW")]


def test_the_graphs_other_questions(examples, news_records):
    for records in (examples[1], news_records):
        g, t = linked_graph(records), MentionTable.from_records(records)
        t.link(period=2017)
        assert (t.count("article"), t.count("document")) == (g.count("article"), g.count("document"))
        keys = [k for k, _ in g.most_cited(1000)]
        for key in keys:
            assert t.co_cited(key, n=5) == g.co_cited(key, n=5), key
            assert t.timeline(key, freq="day") == g.timeline(key, freq="day")
            assert t.is_undecided(key) == g.is_undecided(key)
            for depth in (1, 2):
                assert sorted(t.related(key, depth)) == sorted(g.related(key, depth)), key
        for article in sorted({m.article for k in keys[:30] for m in g.citing(k)}):
            assert t.cited_by(article) == g.cited_by(article)
        assert t.cited_by("no such article") == g.cited_by("no such article") == []
        assert t.suggest("05-CT/TX") == g.suggest("05-CT/TX")
        assert sorted(t.graph.edges()) == sorted(g.graph.edges())


def test_save_open_and_append_re_add_compact(examples, tmp_path):
    _, records = examples
    folder = tmp_path / "corpus"
    first, rest = records[:2], records[2:]
    t = MentionTable.from_records(first)
    t.save(folder)
    t = MentionTable.open(folder)
    same_answers(graph_of(first), t)
    # an article added again, now citing nothing; one added again with other text; one new
    a0, a1 = first[0].article, first[1].article
    changed = [Record(dict(a0), {}, (), ()), extract_text(a1, "Thực hiện Kết luận số 21-KL/TW ngày 25/10/2021.")]
    t.append_records(rest + changed)
    everything = first + rest + changed
    same_answers(graph_of(everything), t)
    parts = sorted(p.name for p in folder.glob("part-*"))
    assert len(parts) == 2  # the first part was not rewritten
    reopened = MentionTable.open(folder)
    same_answers(graph_of(everything), reopened)
    assert reopened.citing("21-KL/TW")[0].article == a1["article"]
    assert all(m.article != a0["article"] for m in reopened.citing("05-CT/TW"))
    reopened.compact()
    assert sorted(p.name for p in folder.glob("part-*")) == ["part-000003"]
    same_answers(graph_of(everything), MentionTable.open(folder))


def extract_text(article: dict, text: str) -> Record:
    from dangdoc.corpus.articles import Article

    date = dt.date.fromisoformat(article["date"]) if article.get("date") else None
    return read_article(Article(article["article"], article["title"], date, article["source"], article["url"],
                           article["locality"], text))


def test_refuses_what_it_cannot_read(tmp_path, examples):
    with pytest.raises(GraphFileError, match="not a dangdoc column table"):
        MentionTable.open(tmp_path)
    folder = tmp_path / "c"
    MentionTable.from_records(examples[1]).save(folder)
    manifest = json.loads((folder / "manifest.json").read_text())
    (folder / "manifest.json").write_text(json.dumps(dict(manifest, version=99)))
    with pytest.raises(GraphFileError, match="version 99"):
        MentionTable.open(folder)
    (folder / "manifest.json").write_text(json.dumps(dict(manifest, format="something else")))
    with pytest.raises(GraphFileError, match="not a dangdoc column table"):
        MentionTable.open(folder)
    (folder / "manifest.json").write_text(json.dumps(manifest))
    (folder / manifest["parts"][0]["name"] / "mentions.arrow").write_bytes(b"not arrow")
    with pytest.raises(GraphFileError, match="mentions.arrow"):
        MentionTable.open(folder)
    with pytest.raises(GraphFileError, match="save"):
        MentionTable.from_records(examples[1]).compact()


def test_rows_and_mappings_build_the_same_table():
    articles = [{"article": "b", "title": "B", "date": D(2019, 5, 1), "locality": "Hà Nội"},
                {"article": "a", "title": "A", "date": "2019-05-01"}, {"article": "c", "title": None}]
    documents = [{"key": "05-CT/TW · khóa XII", "doc_id": "05-CT/TW", "type": "CT", "issuer": "TW"},
                 {"key": "04-NQ/TW · khóa XII", "doc_id": "04-NQ/TW", "type": "NQ", "issuer": "TW"}]
    rows = [MentionRow("a", "05-CT/TW · khóa XII", 30, 40, "Chỉ thị 05", "short", "S2", 0.5),
            MentionRow("b", "05-CT/TW · khóa XII", 5, 15, "Chỉ thị 05", "short", "S1"),
            MentionRow("a", "05-CT/TW · khóa XII", 3, 13, "Chỉ thị 05"),
            MentionRow("c", "04-NQ/TW · khóa XII", 0, 9, "NQ 04")]
    relations = [RelationRow("a", "05-CT/TW · khóa XII", "implements", "04-NQ/TW · khóa XII", "thực hiện", 0, 20)]
    t = MentionTable.build(articles=articles, documents=documents, mentions=rows, relations=relations)
    u = MentionTable.build(articles=articles, documents=documents, mentions=[vars_of(r) for r in rows],
                           relations=[vars_of(r) for r in relations])
    for table in (t, u):
        # same date: the later id first, then text order; the undated article last
        assert [(m.article, m.start) for m in table.citing("05-CT/TW")] == [("b", 5), ("a", 3), ("a", 30)]
        assert table.citing("05-CT/TW", as_columns=True).column("confidence").to_pylist() == [None, None, 0.5]
        assert table.most_cited() == [("05-CT/TW · khóa XII", 2), ("04-NQ/TW · khóa XII", 1)]
        assert table.most_cited(since=D(2019, 1, 1)) == [("05-CT/TW · khóa XII", 2)]  # "c" is undated
        assert ("doc:05-CT/TW · khóa XII", "doc:04-NQ/TW · khóa XII") in table.to_networkx().edges()
    with pytest.raises(GraphFileError, match="'zz'"):
        MentionTable.build(articles=articles, mentions=[MentionRow("zz", "k", 0, 1, "x")])


def vars_of(row) -> dict:
    import attrs

    return attrs.asdict(row)


# -- a generated corpus: the real news articles, replicated with new ids and dates -------

@pytest.fixture(scope="module")
def news_records(shared):
    records = []
    with gzip.open(shared / "corpus" / "news-2017.jsonl.gz", "rt", encoding="utf-8") as fh:
        from dangdoc.corpus.articles import Article

        for line in itertools.islice(fh, 1500):
            a = json.loads(line)
            date = dt.date.fromisoformat(a["date"][:10]) if a.get("date") else None
            records.append(read_article(Article(a["id"], a.get("title"), date, a.get("source"), a.get("url"), None,
                                           a["text"])))
    return [r for r in records if r.mentions]


def replicate(records, n: int, seed: int) -> list[Record]:
    """N records copied from real ones with new ids and dates (some undated), a tenth of
    them adding again an id already given."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        r = rng.choice(records)
        ident = f"syn-{rng.randrange(i)}" if i and rng.random() < 0.1 else f"syn-{i}"
        day = None if rng.random() < 0.05 else (D(2015, 1, 1) + dt.timedelta(days=rng.randrange(3000))).isoformat()
        out.append(Record(dict(r.article, article=ident, label=ident, date=day), r.documents, r.mentions, r.relations))
    return out


def test_generated_corpus_answers_as_the_graph(news_records, tmp_path):
    records = replicate(news_records, 400, seed=7)
    g = graph_of(records)
    t = MentionTable.from_records(records)
    same_answers(g, t)
    # grown in three parts, then compacted: the same answers all along
    t = MentionTable.from_records(records[:200])
    t.save(tmp_path / "c")
    t.append_records(records[200:300])
    t = MentionTable.open(tmp_path / "c")
    t.append_records(records[300:])
    same_answers(g, MentionTable.open(tmp_path / "c"))
    t.compact()
    same_answers(g, MentionTable.open(tmp_path / "c"))


# -- random small corpora ------------------------------------------------------------------

KEYS = [("05-CT/TW · khóa XII", "05-CT/TW", "CT", "TW", False), ("05-CT/TW · khóa XI", "05-CT/TW", "CT", "TW", False),
        ("30/2020/NĐ-CP", "30/2020/NĐ-CP", "NĐ", "CP", False), ("04-NQ/TU · Quảng Nam", "04-NQ/TU", "NQ", "TU", False),
        ("Nghị quyết Trung ương 6 · khóa XII · 18-NQ/TW | 19-NQ/TW", None, "NQ", "TW", True)]
FIELDS = {key: {"key": key, "label": key, "doc_id": doc_id, "type": type_, "number": None, "issuer": issuer,
                "date": None, "term": "XII", "title": None, "ambiguous": ambiguous,
                "candidates": ["18-NQ/TW · khóa XII", "19-NQ/TW · khóa XII"] if ambiguous else []}
          for key, doc_id, type_, issuer, ambiguous in KEYS}
PLACES = [None, "Quảng Nam", "Tam Kỳ, Quảng Nam", "Hà Nội"]


@st.composite
def corpora(draw):
    records = []
    for _ in range(draw(st.integers(1, 12))):
        ident = f"a{draw(st.integers(0, 8))}"  # ids repeat: an article added again
        day = draw(st.none() | st.dates(D(2015, 1, 1), D(2019, 12, 31)))
        article = {"article": ident, "label": ident, "title": draw(st.none() | st.sampled_from(["T1", "T2"])),
                   "date": day.isoformat() if day else None, "source": None, "url": None,
                   "locality": draw(st.sampled_from(PLACES))}
        starts = sorted(draw(st.sets(st.integers(0, 500), max_size=5)))
        mentions = tuple(PipelineMention(draw(st.sampled_from([k[0] for k in KEYS])), f"s{s}", s, s + 3, "short", f"sentence {s}")
                         for s in starts)
        cited = sorted({m.document for m in mentions})
        relations = (PipelineRelation(cited[0], "implements", cited[1], "thực hiện", 0, 9),) if len(cited) > 1 else ()
        records.append(Record(article, {k: FIELDS[k] for k in cited}, mentions, relations))
    return records


@settings(max_examples=25)
@given(corpora(), st.integers(0, 12))
def test_random_corpora_answer_as_the_graph(records, split):
    g = graph_of(records)
    same_answers(g, MentionTable.from_records(records))
    grown = MentionTable.from_records(records[:split])
    grown.append_records(records[split:])
    same_answers(g, grown)


def test_mentions_are_the_objects_the_class_makes(examples):
    # citing() fills Mention's slots directly; the objects must be those Mention(...) makes
    from dangdoc.graph.core import Mention

    t = MentionTable.from_records(examples[1])
    for m in t.citing("05-CT/TW"):
        made = Mention(*(getattr(m, f) for f in ("document", "article", "title", "date", "source", "url", "locality",
                                                 "surface", "start", "end", "sentence")))
        assert type(m) is Mention and m == made and hash(m) == hash(made) and repr(m) == repr(made)
        with pytest.raises(AttributeError):
            m.start = 0  # still frozen


# -- linking over the table ------------------------------------------------------------

def linked_graph(records, period=2017) -> CitationGraph:
    from dangdoc.graph.link import link

    g = graph_of(records)
    link(g, period=period)
    return g


def test_linking_the_table_gives_the_graph_links(news_records, tmp_path):
    g = linked_graph(news_records)
    moved = [d for _, _, d in g.graph.edges(data=True) if d.get("written")]
    assert len(moved) >= 5  # the sample has partial mentions that linking sends on
    t = MentionTable.from_records(news_records)
    assert len(t.link(period=2017)) == len({(u, d["written"]) for u, _, d in g.graph.edges(data=True) if d.get("written")})
    same_answers(g, t)
    assert sorted(t.to_networkx().edges(data="confidence")) == sorted(
        (u, v, c) for u, v, c in g.graph.edges(data="confidence"))
    # kept, opened, linked again: nothing changes
    t.save(tmp_path / "c")
    t = MentionTable.open(tmp_path / "c")
    same_answers(g, t)
    t.link(period=2017)
    same_answers(g, MentionTable.open(tmp_path / "c"))


def test_a_growing_table_links_across_its_parts(news_records, tmp_path):
    """Articles added later bring evidence that links mentions of articles added earlier:
    the table grown in parts and linked answers as the graph of everything, linked."""
    half = len(news_records) // 2
    t = MentionTable.from_records(news_records[:half])
    t.link(period=2017)
    t.save(tmp_path / "c")
    t = MentionTable.open(tmp_path / "c")
    t.append_records(news_records[half:])
    t.link(period=2017)
    assert sorted(p.name for p in (tmp_path / "c").glob("part-*")) == ["part-000001", "part-000002"]
    # the answers, links and documents are those of the graph of everything, linked once:
    # linking reads the documents as the articles give them, not as the last linking
    # left them (a graph grown and linked twice keeps the first evidence and the
    # catalogue's fields of a document linking added before an article named it)
    at_once = linked_graph(news_records)
    for table in (t, MentionTable.open(tmp_path / "c")):
        same_answers(at_once, table)
    MentionTable.open(tmp_path / "c").compact()
    reopened = MentionTable.open(tmp_path / "c")
    assert not list((tmp_path / "c").glob("links-*"))
    same_answers(at_once, reopened)
    reopened.link(period=2017)  # linking a compacted table again changes nothing
    same_answers(at_once, reopened)


def test_parts_written_elsewhere_are_taken_in(news_records, tmp_path):
    from dangdoc.graph.columns import write_part

    folder = tmp_path / "c"
    MentionTable.build(articles=[]).save(folder)
    names = [write_part(folder, news_records[i::3]) for i in range(3)]
    t = MentionTable.open(folder)
    t.add_parts(names)
    t.link(period=2017)
    # the graph of the articles in the parts' order: the first article to give a document's
    # title gives it, and a title is evidence for linking
    g = linked_graph([r for i in range(3) for r in news_records[i::3]])
    same_answers(g, t)
    same_answers(g, MentionTable.open(folder))


# -- what a review found: each case against the graph of the same articles -----------------

def rec(ident: str, text: str) -> Record:
    from dangdoc.corpus.articles import Article

    return read_article(Article(ident, None, None, None, None, None, text))


FULL = "Ngư dân đóng tàu cá vỏ thép theo Nghị định 67/2014/NĐ-CP, vay vốn ngân hàng."
PART = "Nhiều ngư dân vay vốn đóng tàu cá vỏ thép theo Nghị định 67 nay thua lỗ."
OFF = "Nghị định 67 về học phí mầm non được áp dụng từ tháng 9."


def test_parts_added_after_linking_stay_unlinked_until_linked_again(tmp_path):
    folder = tmp_path / "c"
    MentionTable.from_records([rec(f"a{i}", FULL) for i in range(3)] + [rec("a3", PART)]).save(folder)
    t = MentionTable.open(folder)
    t.link(period=2017)
    assert t.cited_by("a3") == [("67/2014/NĐ-CP", 1)]
    t.append_records([rec("a3", OFF)])  # the same article, now about school fees
    for table in (t, MentionTable.open(folder)):
        assert table.cited_by("a3") == [("67/NĐ-CP · ?", 1)] and not MentionTable.open(folder).linked
    t.link(period=2017)
    assert MentionTable.open(folder).linked
    g = linked_graph([rec(f"a{i}", FULL) for i in range(3)] + [rec("a3", OFF)])
    same_answers(g, MentionTable.open(folder))


def test_a_document_only_the_catalogue_knows_keeps_its_fields_when_linked_again():
    t = MentionTable.from_records([rec("c1", "Theo Nghị định 49 về quản lý thuê bao di động trả trước, nhà mạng "
                                             "phải chuẩn hóa thông tin thuê bao di động.")])
    t.link(period=2017)
    first = t.most_cited(type="NĐ")
    assert first and first[0][0].startswith("49/2017/NĐ-CP")
    t.link(period=2017)
    assert t.most_cited(type="NĐ") == first
    assert t.mentions().column("type").to_pylist() == ["NĐ"]


def test_an_article_added_again_takes_its_old_fields_with_it():
    old, new = rec("a0", "Ban hành Nghị định 77/2015/NĐ-CP về nuôi cá tra xuất khẩu."), rec("a0", "Ban hành Nghị định 77/2015/NĐ-CP.")
    partial = rec("a1", "Người nuôi cá tra xuất khẩu chờ hướng dẫn Nghị định 77.")
    t = MentionTable.from_records([old, partial])
    t.append_records([new])
    t.link(period=2017)
    same_answers(linked_graph([new, partial]), t)


def test_relations_of_an_article_that_cites_nothing_are_left_out_as_in_the_graph():
    r = rec("a", "Chương trình 21-CTr/ThU thực hiện Nghị quyết 04-NQ/TW.")
    assert r.relations
    bare = Record(r.article, r.documents, (), r.relations)
    same_answers(graph_of([bare, rec("b", FULL)]), MentionTable.from_records([bare, rec("b", FULL)]))


def test_the_users_catalogue_rows_and_period_stay_with_the_table(tmp_path):
    rows = tmp_path / "mine.csv"
    rows.write_text("type,number,issuer,date,title\nNĐ,88,CP,2016-07-01,về tàu cá vỏ thép ngư dân\n", encoding="utf-8")
    corpus = tmp_path / "a"
    corpus.mkdir()
    (corpus / "x.txt").write_text("Nhiều ngư dân vay vốn đóng tàu cá vỏ thép theo Nghị định 88 nay thua lỗ.",
                                  encoding="utf-8")
    t = MentionTable.from_corpus([corpus], progress=False, catalog=rows, period=2017)
    assert t.cited_by("x") == [("88/2016/NĐ-CP", 1)]
    t.save(tmp_path / "c")
    more = tmp_path / "b"
    more.mkdir()
    (more / "y.txt").write_text("Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.", encoding="utf-8")
    t = MentionTable.open(tmp_path / "c")
    t.add_corpus([more], progress=False)  # neither catalogue nor period given again
    assert MentionTable.open(tmp_path / "c").cited_by("x") == [("88/2016/NĐ-CP", 1)]
    assert MentionTable.open(tmp_path / "c").period == "2017"
    # another period would read every undated article so, and change what the old ones cite
    before = sorted(MentionTable.open(tmp_path / "c").most_cited(10))
    with pytest.raises(DangdocError, match="read as published in 2017; adding articles with --period 2020"):
        MentionTable.open(tmp_path / "c").add_corpus([more], progress=False, period=2020)
    t = MentionTable.open(tmp_path / "c")
    assert (t.period, sorted(t.most_cited(10))) == ("2017", before)
    t.add_corpus([more], progress=False, period="2017")  # the same period, said again


def test_a_second_build_into_a_table_is_refused_at_once(tmp_path):
    """A build holds the table from its start: a second one is refused before it reads
    anything (a new user saw the first refused after reading the whole corpus)."""
    folder, more = tmp_path / "c", tmp_path / "more"
    MentionTable.from_records([rec("a", FULL)]).save(folder)
    more.mkdir()
    (more / "b.txt").write_text(PART, encoding="utf-8")
    first, second = MentionTable.open(folder), MentionTable.open(folder)
    with first._folder.building():  # as a build of another process holds it
        with pytest.raises(GraphFileError, match="another process is writing to this table"):
            second.add_corpus([more], progress=False)
        first.append_records([rec("c", FULL)])  # the holder writes
    assert len(MentionTable.open(folder)) == 2
    MentionTable.open(folder).add_corpus([more], progress=False)  # free again
    assert len(MentionTable.open(folder)) == 3


def test_a_second_writer_is_refused_and_leftovers_are_removed(tmp_path):
    folder = tmp_path / "c"
    MentionTable.from_records([rec("a", FULL)]).save(folder)
    one, two = MentionTable.open(folder), MentionTable.open(folder)
    one.append_records([rec("b", FULL)])
    with pytest.raises(GraphFileError, match="another process changed this table"):
        two.append_records([rec("c", FULL)])
    assert len(MentionTable.open(folder)) == 2
    (folder / "part-000099").mkdir()  # what a crashed writer leaves
    (folder / ".links-000003-x1y2").mkdir()
    (folder / "notes").mkdir()  # not dangdoc's: kept
    one.compact()
    assert sorted(p.name for p in folder.iterdir() if p.is_dir()) == ["notes", *one.parts] and len(one.parts) == 1
    from dangdoc.graph.columns import write_part

    with pytest.raises(GraphFileError, match="not a part of this table"):
        one.add_parts(["../elsewhere"])
    name = write_part(folder, [rec("d", FULL)])
    one.add_parts([name])
    with pytest.raises(GraphFileError, match="already a part"):
        one.add_parts([name])


def test_what_a_stopped_add_left_goes_with_the_next_add(tmp_path):
    """An --add stopped after writing its part, before the manifest named it, leaves the
    part's folder; the next --add removes it (and leaves what is not dangdoc's, and the
    parts other processes wrote for add_parts)."""
    from dangdoc.graph.columns import write_part

    folder = tmp_path / "c"
    (tmp_path / "more.jsonl").write_text(json.dumps({"id": "b", "text": FULL}, ensure_ascii=False) + "\n",
                                         encoding="utf-8")
    MentionTable.from_records([rec("a", FULL)]).save(folder)
    (folder / "part-000007").mkdir()  # a part written, never named
    (folder / "part-000007" / "mentions.arrow").write_bytes(b"x" * 1000)
    (folder / "notes").mkdir()  # not dangdoc's
    elsewhere = write_part(folder, [rec("d", FULL)])  # written for add_parts, not taken in yet
    t = MentionTable.open(folder)
    assert t.add_corpus([tmp_path / "more.jsonl"], progress=False) == 1
    left = sorted(p.name for p in folder.iterdir() if p.is_dir())
    assert "part-000007" not in left and "notes" in left and elsewhere in left
    assert sorted(MentionTable.open(folder).articles.column("id").to_pylist()) == ["a", "b"]


def test_an_add_stopped_before_linking_leaves_the_table_as_it_was(tmp_path):
    folder = tmp_path / "c"
    MentionTable.from_records([rec(f"a{i}", FULL) for i in range(3)]).save(folder)
    before = MentionTable.open(folder).most_cited()
    more = tmp_path / "more"
    more.mkdir()
    (more / "b.txt").write_text(PART, encoding="utf-8")
    t = MentionTable.open(folder)
    with pytest.raises(Exception, match="not a period"):  # fails after the part is written, before the manifest
        t.add_corpus([more], progress=False, period="năm ngoái")
    again = MentionTable.open(folder)
    assert again.parts == t.parts and again.most_cited() == before and again.linked
    again.add_corpus([more], progress=False, period=2017)
    assert MentionTable.open(folder).cited_by("b") == [("67/2014/NĐ-CP", 1)]


# -- Arrow arrays made from their buffers (pa.array() would import pandas) ---------------

_TEXT = st.one_of(st.none(), st.text(max_size=12), st.sampled_from(["", "\x00", "a\x00b", "Tỉnh ủy", "😀"]))


@given(st.lists(_TEXT, max_size=30))
def test_texts_are_the_arrays_pyarrow_makes(values):
    import pyarrow as pa

    from dangdoc.graph.columns import _text_lists, _texts

    made = _texts(values)
    made.validate(full=True)
    assert made.equals(pa.array(values, pa.string()))
    lists = [[v for v in values[i:i + 3] if v is not None] for i in range(0, len(values), 3)]
    assert _text_lists(lists).equals(pa.array(lists, pa.list_(pa.string())))


@given(st.lists(st.one_of(st.none(), st.integers(-2**31, 2**31 - 1)), max_size=30), st.booleans())
def test_numbers_and_flags_are_the_arrays_pyarrow_makes(values, as_dates):
    import numpy as np
    import pyarrow as pa

    from dangdoc.graph.columns import _flags, _numbers

    type_ = pa.date32() if as_dates else pa.int32()
    if as_dates:
        values = [None if v is None else v % 2_000_000 for v in values]
    made = _numbers(values, type_)
    made.validate(full=True)
    assert made.equals(pa.array(values, type_))
    flags = [v is None for v in values]
    assert _flags(np.array(flags, bool)).equals(pa.array(flags, pa.bool_()))


def test_building_growing_and_asking_do_not_import_pandas(tmp_path):
    """pa.array() imports pandas (when installed) on its first call: 0.2 s before every
    build. Building, growing, linking, compacting and asking a table make their arrays
    without it."""
    import importlib.util
    import subprocess
    import sys

    if importlib.util.find_spec("pandas") is None:
        pytest.skip("pandas is not installed: nothing could import it")
    articles = tmp_path / "a.jsonl"
    articles.write_text("".join(json.dumps({"id": f"a{i}", "text": text}, ensure_ascii=False) + "\n" for i, text in
                                enumerate(["Tỉnh ủy thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.",
                                           "Ngư dân đóng tàu cá vỏ thép theo Nghị định 67/2014/NĐ-CP.",
                                           "Ngư dân vay vốn đóng tàu cá vỏ thép theo Nghị định 67."])), encoding="utf-8")
    code = f"""
import sys
from dangdoc.graph.columns import MentionTable
t = MentionTable.from_corpus([{str(articles)!r}], progress=False, period=2017)
t.save({str(tmp_path / 't')!r})
t = MentionTable.open({str(tmp_path / 't')!r})
t.add_corpus([{str(articles)!r}], progress=False)
t.compact()
assert t.citing("05-CT/TW") and t.most_cited(5)
print("pandas" in sys.modules)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
