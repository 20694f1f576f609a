"""Linking's evidence is read as the articles come, in any order, in pieces joined later:
the same articles give the same evidence and the same links as reading them all at once.
A table built at once, grown by --add, and grown with articles given again links alike."""

from __future__ import annotations

import collections
import gzip
import itertools
import json
import shutil

import pytest
from hypothesis import given, settings, strategies as st

from dangdoc.graph.columns import MentionTable
from dangdoc.graph.link import Cite, Evidence, decide, plan
from dangdoc.resolve.catalog import Catalog

# the corpus's own evidence only: the packaged catalogue would take most of each example's time
NO_CATALOG = Catalog()

# passages that several articles carry (one story in several papers), each mention with its
# own surface, so that the passage is read differently depending on which mention reads it
_PASSAGES = [
    "Ngư dân đóng tàu cá vỏ thép theo Nghị định 67/2014/NĐ-CP, vay vốn ngân hàng.",
    "Nhiều ngư dân vay vốn đóng tàu cá vỏ thép theo Nghị định 67 nay thua lỗ, Nghị định 67/2014/NĐ-CP.",
    "Doanh nghiệp nhỏ và vừa được hỗ trợ theo Nghị quyết 35/NQ-CP về hỗ trợ doanh nghiệp.",
    "Chính phủ vừa ban hành Nghị quyết 35 về hỗ trợ và phát triển doanh nghiệp đến năm 2020.",
    "Thực hiện Nghị quyết 35, tỉnh hỗ trợ doanh nghiệp khởi nghiệp, Nghị định 67 hỗ trợ ngư dân.",
]
_SURFACES = {
    "67/2014/NĐ-CP": "Nghị định 67/2014/NĐ-CP",
    "67/NĐ-CP · ?": "Nghị định 67",
    "35/2016/NQ-CP": "Nghị quyết 35/NQ-CP",
    "35/NQ-CP · ?": "Nghị quyết 35",
}
# the full documents have titles, so that a mention's topic can rule a candidate out
_DOCUMENTS = {
    "67/2014/NĐ-CP": {"kind": "document", "doc_id": "67/2014/NĐ-CP", "type": "NĐ", "number": 67, "issuer": "CP",
                      "year": 2014, "title": "về một số chính sách phát triển thủy sản"},
    "67/NĐ-CP · ?": {"kind": "document", "doc_id": "67/NĐ-CP", "type": "NĐ", "number": 67, "issuer": "CP",
                     "ambiguous": True},
    "35/2016/NQ-CP": {"kind": "document", "doc_id": "35/2016/NQ-CP", "type": "NQ", "number": 35, "issuer": "CP",
                      "year": 2016, "title": "về hỗ trợ và phát triển doanh nghiệp đến năm 2020"},
    "35/NQ-CP · ?": {"kind": "document", "doc_id": "35/NQ-CP", "type": "NQ", "number": 35, "issuer": "CP",
                     "ambiguous": True},
}

# offsets from few values, so that one article often holds two mentions of one document at
# one offset (ties the order of reading must break the same way every time)
mention = st.tuples(st.sampled_from(sorted(_SURFACES)), st.sampled_from(range(len(_PASSAGES))),
                    st.sampled_from([0, 7, 40]), st.sampled_from([None, "về hỗ trợ doanh nghiệp", "tàu cá vỏ thép"]))
corpus = st.lists(st.lists(mention, min_size=1, max_size=4), min_size=1, max_size=12)


def _cites(articles: list) -> list[Cite]:
    return [Cite(f"a{i:02d}", key, start, _SURFACES[key], _PASSAGES[p], topic)
            for i, mentions in enumerate(articles) for key, p, start, topic in mentions]


def _by_article(cites):
    return [(a, list(its)) for a, its in itertools.groupby(sorted(cites, key=lambda c: c.article),
                                                           key=lambda c: c.article)]


def _state(e: Evidence) -> tuple:
    return ({k: v for k, v in e.around.items() if v}, +e.sets, +e.times, +e.held, +e.pair_counts(), +e.spread,
            {k: [(c.document, c.start) for c in v] for k, v in e.said.items()},
            {text: first for text, first in e.passages.items()})


def _links(e: Evidence) -> list:
    docs = {k: dict(v) for k, v in _DOCUMENTS.items()}
    articles = {a: (None, None) for a in e.articles}
    return sorted(attrs_tuple(ln) for ln in decide(e, docs, articles, catalog=NO_CATALOG, period=2017)[0])


def attrs_tuple(link):
    return (link.article, link.written, link.document, link.confidence, link.evidence)


@settings(max_examples=150, deadline=None)
@given(corpus, st.randoms(use_true_random=False), st.integers(0, 12))
def test_any_order_and_any_split_give_the_same_evidence_and_links(articles, rng, cut):
    cites = _cites(articles)
    whole = Evidence()
    for article, its in _by_article(cites):
        whole.add(article, its)
    # the articles in another order, each article's mentions shuffled too
    groups = _by_article(cites)
    rng.shuffle(groups)
    shuffled = Evidence()
    for article, its in groups:
        rng.shuffle(its)
        shuffled.add(article, its)
    # read in pieces (as the table already there and the articles added, here in two
    # pieces whose articles alternate), then joined
    first, second, third = Evidence(), Evidence(), Evidence()
    for i, (article, its) in enumerate(groups):
        (first if i < cut else second if i % 2 else third).add(article, its)
    first.update(second)
    first.update(third)
    assert not whole.repeated and not shuffled.repeated and not first.repeated
    # the counts kept as the mentions come are what they count: the mentions each pair is
    # written around, and the documents it is written near
    df = collections.Counter(p for pairs, n in whole.sets.items() for p in pairs for _ in range(n))
    spread = collections.Counter(p for arts in whole.around.values() for p in set().union(*arts.values()))
    assert (+whole.pair_counts(), +whole.spread) == (df, spread)
    for other in (shuffled, first):
        assert _state(other) == _state(whole)
        assert _links(other) == _links(whole)
    # and plan(), which reads the mentions all at once, links as the evidence does
    docs = {k: dict(v) for k, v in _DOCUMENTS.items()}
    planned = plan(list(reversed(cites)), docs, {a: (None, None) for a in whole.articles}, catalog=NO_CATALOG,
                   period=2017)[0]
    assert sorted(map(attrs_tuple, planned)) == _links(whole)


def test_an_article_given_twice_is_told():
    """The later copy of an article replaces the earlier in a corpus; evidence that holds
    both is not the corpus's, and says so (the table then reads its evidence again)."""
    c = Cite("a", "67/NĐ-CP · ?", 0, "Nghị định 67", _PASSAGES[1])
    once, twice = Evidence(), Evidence()
    once.add("a", [c])
    twice.add("a", [c])
    assert not once.repeated
    twice.add("a", [c])
    assert twice.repeated
    other = Evidence()
    other.add("a", [c])
    once.update(other)
    assert once.repeated


# -- the table: built at once, grown with --add, and grown with articles given again ------

@pytest.fixture(scope="module")
def news_lines(shared):
    with gzip.open(shared / "corpus" / "news-2017.jsonl.gz", "rt", encoding="utf-8") as fh:
        lines = list(itertools.islice(fh, 3000))
    # the articles that cite something, and some that do not
    cited = [ln for ln in lines if any(w in ln for w in ("Nghị định", "Nghị quyết", "Chỉ thị", "Quyết định"))]
    return cited[:500] + [ln for ln in lines if ln not in cited][:100]


def _answers(table: MentionTable) -> tuple:
    """Every mention as the table answers it (document, confidence ...), and what linking
    wrote of each document."""
    docs = table.documents_table
    return (table.most_cited(400), table.mentions().to_pylist(),
            [(key, json.loads(linked) if linked else None)
             for key, linked in zip(docs.column("key").to_pylist(), docs.column("linked").to_pylist())])


def test_a_table_grown_with_add_links_as_one_built_at_once(news_lines, tmp_path):
    (tmp_path / "all.jsonl").write_text("".join(news_lines), encoding="utf-8")
    half = len(news_lines) // 2
    (tmp_path / "first.jsonl").write_text("".join(news_lines[:half]), encoding="utf-8")
    (tmp_path / "second.jsonl").write_text("".join(news_lines[half:]), encoding="utf-8")
    at_once = MentionTable.from_corpus([tmp_path / "all.jsonl"], progress=False, period=2017)
    assert sum(1 for m in at_once.mentions().column("confidence").to_pylist() if m) >= 5  # linking moved some
    MentionTable.from_corpus([tmp_path / "first.jsonl"], progress=False, period=2017).save(tmp_path / "first")
    for workers in (1, 2):
        shutil.copytree(tmp_path / "first", tmp_path / f"grown{workers}")
        grown = MentionTable.open(tmp_path / f"grown{workers}")
        assert grown.add_corpus([tmp_path / "second.jsonl"], progress=False, workers=workers) == len(news_lines) - half
        assert _answers(grown) == _answers(at_once)
        assert _answers(MentionTable.open(tmp_path / f"grown{workers}")) == _answers(at_once)
    # the second half again: each article replaced by itself (its evidence read again), the
    # answers unchanged
    again = MentionTable.open(tmp_path / "grown2")
    assert again.add_corpus([tmp_path / "second.jsonl"], progress=False) == len(news_lines) - half
    assert _answers(again) == _answers(at_once)


@pytest.mark.parametrize("later_cites", [True, False], ids=["later copy cites", "later copy cites nothing"])
def test_an_article_given_again_is_linked_as_its_later_copy(news_lines, later_cites, tmp_path):
    """A corpus that gives an article twice keeps the later copy, whose mentions differ
    (or are none): linking reads the corpus as kept, not the copy that went, whether both
    copies come in one build or the later one is added to a table."""
    lines = news_lines[:200]
    first = json.loads(lines[0])
    assert any(w in first["text"] for w in ("Nghị định", "Nghị quyết", "Chỉ thị", "Quyết định"))
    text = json.loads(lines[1])["text"] if later_cites else "Tin thời tiết: trời nắng, không có văn bản nào."
    later = json.dumps(dict(first, text=text), ensure_ascii=False) + "\n"
    files = {"twice": "".join(lines) + later, "once": "".join(lines[1:]) + later,
             "table": "".join(lines), "added": "".join(lines[100:]) + later}
    for name, text in files.items():
        (tmp_path / f"{name}.jsonl").write_text(text, encoding="utf-8")
    once = _answers(MentionTable.from_corpus([tmp_path / "once.jsonl"], progress=False, period=2017))
    assert _answers(MentionTable.from_corpus([tmp_path / "twice.jsonl"], progress=False, period=2017)) == once
    MentionTable.from_corpus([tmp_path / "table.jsonl"], progress=False, period=2017).save(tmp_path / "t")
    grown = MentionTable.open(tmp_path / "t")
    grown.add_corpus([tmp_path / "added.jsonl"], progress=False)
    assert _answers(grown) == once


@pytest.mark.parametrize("later_cites", [True, False], ids=["later copy cites", "later copy cites nothing"])
def test_the_evidence_read_as_articles_come_is_the_tables_or_none(news_lines, later_cites, tmp_path):
    """What linking reads while the articles come in is exactly what it would read from
    the table they make, or, when a later copy of an article replaces one already read,
    nothing (the table's evidence is then read from the table)."""
    from dangdoc.graph.columns import _consolidate, _evidence, _grown_evidence, _part_from_records, _Reader
    from dangdoc.graph.core import Workers, corpus_records

    lines = news_lines[:200]
    first = json.loads(lines[0])
    text = json.loads(lines[1])["text"] if later_cites else "Tin thời tiết: trời nắng, không có văn bản nào."
    later = json.dumps(dict(first, text=text), ensure_ascii=False) + "\n"

    def records(text):
        path = tmp_path / "x.jsonl"
        path.write_text(text, encoding="utf-8")
        return list(corpus_records([path], progress=False, period=2017))

    def streamed(text, table=None, background=False):
        with Workers(2 if background else 1, False) as pool, _Reader(table, pool) as reader:
            part = _part_from_records(records(text), reader)
            return (_grown_evidence(reader, table, part) if table is not None else reader.evidence()), part

    # one build: all at once, and with an article given twice
    evidence, part = streamed("".join(lines))
    assert evidence is not None and _state(evidence) == _state(_evidence(_consolidate([part])))
    for background in (False, True):
        evidence, part = streamed("".join(lines) + later, background=background)
        assert evidence is None
    # a table grown: new articles only, and with an article of the table given again
    table = _consolidate([_part_from_records(records("".join(lines[:100])))])
    for (added, replaces), background in itertools.product(
            (("".join(lines[100:]), False), ("".join(lines[100:]) + later, True)), (False, True)):
        evidence, part = streamed(added, table, background)
        assert (evidence is None) == replaces
        if evidence is not None:
            assert _state(evidence) == _state(_evidence(_consolidate([table.part(), part])))


def test_a_reader_that_fails_says_so_at_once():
    """What goes wrong while linking's evidence is read beside the workers (here: a table it
    cannot read) is raised to the build by the next article given, not after the whole
    corpus is read; read in one process, when the evidence is asked for."""
    import time

    from dangdoc.graph.columns import _Reader
    from dangdoc.graph.core import Workers

    cite = Cite("a", "67/NĐ-CP · ?", 0, "Nghị định 67", _PASSAGES[1])
    with Workers(2, False) as pool:
        reader = _Reader(object(), pool)  # not a table
        given = 0
        with pytest.raises(AttributeError):
            for given in range(1, 1000):
                reader.add(f"a{given}", [cite])
                time.sleep(0.01)  # the articles come as the workers read them
        assert given < 50  # it said so at once
    with Workers(1, False) as pool:
        reader = _Reader(object(), pool)
        reader.add("a", [cite])
        with pytest.raises(AttributeError):
            reader.evidence()


def test_an_article_replaced_takes_its_evidence_with_it(tmp_path):
    """The article that wrote a decree in full is replaced by a later copy naming another
    year's decree: the shorthand it used to decide goes where the corpus as it now stands
    sends it, as in a table built at once from that corpus (before, the decree the old copy
    named stayed among the candidates with the fields it gave, and the shorthand was left
    undecided)."""
    def lines(*articles):
        return "".join(json.dumps({"id": i, "title": i, "text": t}, ensure_ascii=False) + "\n" for i, t in articles)

    # the words of the catalogue's title of 67/2014/NĐ-CP ("chính sách phát triển thủy sản")
    # are written around the shorthand too
    first = lines(("x", "Ngư dân đóng tàu cá vỏ thép theo Nghị định số 67/2014/NĐ-CP của Chính phủ về chính sách "
                        "phát triển thủy sản."),
                  ("y", "Nhiều tàu cá vỏ thép đóng theo Nghị định 67 bị hỏng, ngư dân lo về chính sách phát triển "
                        "thủy sản."),
                  ("z", "Tàu cá vỏ thép đóng theo Nghị định 67 phải sửa, theo chính sách phát triển thủy sản."))
    later = lines(("x", "Chính phủ ban hành Nghị định số 67/2015/NĐ-CP về tàu cá vỏ thép và chính sách phát triển "
                        "thủy sản."))
    (tmp_path / "first.jsonl").write_text(first, encoding="utf-8")
    (tmp_path / "later.jsonl").write_text(later, encoding="utf-8")
    at_once = MentionTable.from_corpus([tmp_path / "first.jsonl", tmp_path / "later.jsonl"], progress=False,
                                       period=2017)
    assert at_once.most_cited() == [("67/2015/NĐ-CP", 3)]
    for workers in (1, 2):
        MentionTable.from_corpus([tmp_path / "first.jsonl"], progress=False, period=2017).save(tmp_path / f"g{workers}")
        grown = MentionTable.open(tmp_path / f"g{workers}")
        grown.add_corpus([tmp_path / "later.jsonl"], progress=False, workers=workers)
        for table in (grown, MentionTable.open(tmp_path / f"g{workers}")):
            assert _answers(table) == _answers(at_once)


@pytest.mark.parametrize("replacing", [False, True], ids=["new articles", "an article replaced"])
def test_an_add_whose_linking_fails_leaves_the_table_as_it_was(tmp_path, monkeypatch, replacing):
    """Linking fails half-way through an --add (here: the decision raises): the table in
    memory and the folder answer as before it, whether the articles were new or replaced
    one already there (whose evidence is then read from the table the parts make)."""
    texts = {"a": "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.", "b": "Theo Nghị định số 67/2014/NĐ-CP."}
    first = "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in texts.items())
    later = json.dumps({"id": "a" if replacing else "c", "text": "Kết luận số 21-KL/TW của Trung ương."}) + "\n"
    (tmp_path / "first.jsonl").write_text(first, encoding="utf-8")
    (tmp_path / "later.jsonl").write_text(later, encoding="utf-8")
    MentionTable.from_corpus([tmp_path / "first.jsonl"], progress=False, period=2017).save(tmp_path / "t")
    table = MentionTable.open(tmp_path / "t")
    before = (_answers(table), repr(table), table.period)

    def fails(*args, **kwargs):
        raise RuntimeError("linking failed")

    monkeypatch.setattr("dangdoc.graph.link.decide", fails)
    with pytest.raises(RuntimeError, match="linking failed"):
        table.add_corpus([tmp_path / "later.jsonl"], progress=False)
    for t in (table, MentionTable.open(tmp_path / "t")):
        assert (_answers(t), repr(t), t.period) == before
