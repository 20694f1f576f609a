"""The same extraction on a local Dask distributed cluster gives the same citations, the
same graph, and (the workers writing its parts) the same column table as one process."""

from __future__ import annotations

import gzip
import itertools
import json
import os

import networkx as nx
import pytest

distributed = pytest.importorskip("distributed", reason="needs the dask extra: pip install 'dangdoc[dask]'")

from dangdoc.graph import cluster  # noqa: E402
from dangdoc.graph.core import build_corpus  # noqa: E402

from conftest import REPO  # noqa: E402

EXAMPLES = REPO / "examples" / "articles"


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as lc, \
            distributed.Client(lc) as c:
        yield c


def _single_process_rows(graph):
    return sorted((d["surface"], d["start"], v[4:]) for u, v, d in graph.graph.edges(data=True) if d["relation"] == "cites")


def test_cluster_gives_the_same_citations(client):
    rows = cluster.citation_rows(EXAMPLES, client=client)  # what each article says, before linking
    here = build_corpus(EXAMPLES, progress=False, link=False)
    assert sorted((r["surface"], r["start"], r["document"]) for r in rows) == _single_process_rows(here)
    assert len({r["article"] for r in rows}) == 3


def test_cluster_builds_the_same_graph(client):
    there = cluster.build_graph(EXAMPLES, client=client)
    here = build_corpus(EXAMPLES, progress=False)
    assert nx.utils.graphs_equal(there.graph, here.graph)


def test_seeds_on_the_cluster(client, shared):
    rows = cluster.citation_rows(shared / "seeds", client=client)
    here = build_corpus(shared / "seeds", progress=False, link=False)
    assert sorted((r["surface"], r["start"], r["document"]) for r in rows) == _single_process_rows(here)


def test_cluster_store_and_json_build_give_the_same_links(client, tmp_path):
    """The linking stage runs after extraction wherever it ran: the Dask build, the
    single-machine build and the SQLite store send each partial mention to one place."""
    from dangdoc.corpus.articles import read_articles
    from dangdoc.graph.store import Store

    fisheries = "Ngư dân vay vốn đóng tàu cá vỏ thép theo {} nay nhiều tàu nằm bờ vì thua lỗ."
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(3):
        (folder / f"full{i}.txt").write_text(fisheries.format("Nghị định 67/2014/NĐ-CP"), encoding="utf-8")
    (folder / "bare.txt").write_text(fisheries.format("Nghị định 67"), encoding="utf-8")
    other = "Hội nghị bàn việc thực hiện Nghị định 67 tại xã."
    (folder / "other.txt").write_text(other, encoding="utf-8")
    there = cluster.build_graph(folder, client=client, period=2017)
    here = build_corpus(folder, progress=False, period=2017)
    with Store(tmp_path / "c.db") as store:
        store.add(read_articles(folder), progress=False, period=2017)
        stored = store.graph()

    def links(graph):
        return sorted((u, v, d["start"], d.get("written")) for u, v, d in graph.graph.edges(data=True))

    assert links(there) == links(here) == links(stored)
    at = fisheries.index("{}")
    assert ("article:bare", "doc:67/2014/NĐ-CP", at, "67/NĐ-CP · ?") in links(here)
    # no words in common: undecided
    assert ("article:other", "doc:67/NĐ-CP · ?", other.index("Nghị định 67"), None) in links(here)


def test_cluster_names_and_skips_articles_as_one_machine_does(client, tmp_path):
    # the same file name in two folders is two articles; a broken file is skipped and reported
    for year in ("2016", "2017"):
        (tmp_path / year).mkdir()
        (tmp_path / year / "bai1.txt").write_text(f"Năm {year}, tỉnh thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.",
                                                  encoding="utf-8")
    (tmp_path / "2017" / "hong.txt").write_bytes(b"\xff\xfe not text")
    there = cluster.build_graph(tmp_path, client=client)
    here = build_corpus(tmp_path, progress=False)
    articles = sorted(n for n, k in there.graph.nodes(data="kind") if k == "article")
    assert articles == ["article:2016/bai1", "article:2017/bai1"]
    assert nx.utils.graphs_equal(there.graph, here.graph)
    assert len(there.skipped) == len(here.skipped) == 1 and "hong.txt" in there.skipped[0]


# -- the column table, written by the workers ------------------------------------------

# what the news corpus of these tests holds: lines that name a document (a cheap test on
# the raw line), spread over several files
_ANCHORS = ("Nghị định", "Chỉ thị", "Nghị quyết", "Quyết định", "Thông tư", "Kết luận")
_NEWS_LINES = 240
_NEWS_FILES = 6


@pytest.fixture(scope="module")
def columns():
    pytest.importorskip("pyarrow", reason="needs the columns extra: pip install 'dangdoc[columns]'")
    from dangdoc.graph import columns

    return columns


@pytest.fixture(scope="module")
def news(shared, tmp_path_factory) -> list:
    """The news corpus cut into files, in name order: JSON lines (one gzipped), a file that
    is not UTF-8 in the middle, a broken line, and an article given again with other text
    in a later file (the later one is the article)."""
    folder = tmp_path_factory.mktemp("news")
    with gzip.open(shared / "corpus" / "news-2017.jsonl.gz", "rt", encoding="utf-8") as fh:
        lines = list(itertools.islice((line for line in fh if any(a in line for a in _ANCHORS)), _NEWS_LINES))
    again = dict(json.loads(lines[0]), text="Tỉnh ủy quán triệt Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành.")
    for i in range(_NEWS_FILES):
        chunk = lines[i::_NEWS_FILES]
        if i == 3:
            chunk.insert(5, "{not json\n")
        if i == _NEWS_FILES - 1:
            chunk.append(json.dumps(again, ensure_ascii=False) + "\n")
        name = folder / f"news-{i}.jsonl"
        if i == 1:
            with gzip.open(name.with_suffix(".jsonl.gz"), "wt", encoding="utf-8") as out:
                out.write("".join(chunk))
        else:
            name.write_text("".join(chunk), encoding="utf-8")
    (folder / "news-2b.txt").write_bytes(b"\xff\xfe not text")
    return sorted(p for p in folder.iterdir())


def one_process(paths, period=None, link=True):
    """The table built here, from the records of one process, linked; and what it skipped."""
    from dangdoc.corpus.articles import read_articles
    from dangdoc.corpus.pipeline import read_article
    from dangdoc.graph.columns import MentionTable

    skipped: list = []
    table = MentionTable.from_records(read_article(a, period=period)
                                      for a in read_articles(paths, strict=False, skipped=skipped))
    if link:
        table.link(period=period)
    return table, skipped


def same_tables(t, u) -> None:
    """Both tables answer alike: who cites each document, by key and by identifier; the
    ranking; the graph."""
    from test_columns import edges, nodes

    keys = t.documents_table.column("key").to_pylist()
    assert keys == u.documents_table.column("key").to_pylist()
    ids = sorted({d for d in t.documents_table.column("doc_id").to_pylist() if d})
    for name in keys + ids:
        assert t.citing(name) == u.citing(name), name
    assert t.most_cited(100) == u.most_cited(100)
    assert (nodes(t.to_networkx()), edges(t.to_networkx())) == (nodes(u.to_networkx()), edges(u.to_networkx()))


def test_workers_write_the_table_of_one_process(client, columns, tmp_path):
    from test_columns import same_answers

    there = cluster.build_table(EXAMPLES, tmp_path / "t", client=client)
    here, _ = one_process(EXAMPLES)
    same_tables(there, here)
    same_answers(build_corpus(EXAMPLES, progress=False), there)
    same_tables(columns.MentionTable.open(tmp_path / "t"), here)
    assert there.skipped == []


def test_news_table_on_the_cluster(client, columns, news, tmp_path):
    from test_columns import same_answers

    there = cluster.build_table(news, tmp_path / "t", client=client, period=2017)
    here, skipped = one_process(news, period=2017)
    graph = build_corpus(news, progress=False, period=2017)
    assert len(there.skipped) == 2 and there.skipped == skipped == graph.skipped
    same_tables(there, here)
    same_answers(graph, there)
    assert there.citing("21-KL/TW")  # the article given again is its later version
    same_tables(columns.MentionTable.open(tmp_path / "t"), here)
    # seven files, seven tasks (two workers: up to eight); the task of the file that is not
    # UTF-8 reads no article and writes no part; the first part is the empty table made first
    manifest = json.loads((tmp_path / "t" / "manifest.json").read_text())
    assert len(news) == 7 and len(manifest["parts"]) == 1 + 6
    # two tasks, or no linking: the same table as one process makes
    same_tables(cluster.build_table(news, tmp_path / "two", client=client, period=2017, partitions=2), here)
    unlinked = cluster.build_table(news, tmp_path / "plain", client=client, period=2017, link=False)
    same_tables(unlinked, one_process(news, period=2017, link=False)[0])


def _kept(folder) -> dict:
    """Each part folder's files, with what says they were not rewritten (inode, mtime)."""
    return {p.relative_to(folder).as_posix(): (os.stat(p).st_ino, os.stat(p).st_mtime_ns)
            for part in folder.glob("part-*") for p in [part, *part.iterdir()]}


@pytest.fixture(scope="module")
def grown(client, columns, news, tmp_path_factory):
    """A table built on the cluster from the first files, then grown by a second build
    from the others; the part folders before and after."""
    folder = tmp_path_factory.mktemp("grown") / "t"
    cluster.build_table(news[:3], folder, client=client, period=2017)
    before, parts = _kept(folder), json.loads((folder / "manifest.json").read_text())["parts"]
    table = cluster.build_table(news[3:], folder, client=client, period=2017)
    return folder, table, (before, parts), (_kept(folder), json.loads((folder / "manifest.json").read_text())["parts"])


def test_a_growing_table_on_the_cluster(grown, columns, news):
    from test_columns import edges, same_answers

    folder, table, (before, parts), (after, now) = grown
    assert {k: after[k] for k in before} == before  # nothing written is rewritten
    assert now[:len(parts)] == parts and len(now) > len(parts)
    here, _ = one_process(news, period=2017)
    graph = build_corpus(news, progress=False, period=2017)
    same_tables(table, here)
    same_answers(graph, table)
    assert table.skipped == graph.skipped and len(table.skipped) == 2  # both in the second build's files
    reopened = columns.MentionTable.open(folder)
    same_answers(graph, reopened, graphs=False)
    assert edges(reopened.to_networkx()) == edges(here.to_networkx())


def test_a_grown_table_opened_again_keeps_the_document_fields(grown, columns):
    from test_columns import nodes

    folder, table, _, _ = grown
    assert nodes(columns.MentionTable.open(folder).to_networkx()) == nodes(table.to_networkx())


def test_a_folder_that_is_not_a_table_is_refused_before_any_work(client, columns, tmp_path):
    from dangdoc.errors import GraphFileError

    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(GraphFileError, match="not a dangdoc column table"):
        cluster.build_table(EXAMPLES, tmp_path / "t", client=client)
    assert sorted(p.name for p in (tmp_path / "t").iterdir()) == ["notes.txt"]


def _disk_fails_on(name: str | None) -> None:
    """In a worker: reading the file called ``name`` fails as a failing disk does (an
    error no reader skips); None puts the reader back."""
    from dangdoc.corpus.articles import file_sources

    def failing(path, article_id):
        if path.name == name:
            raise OSError(5, "Input/output error", str(path))
        return file_sources(path, article_id)

    cluster.file_sources = file_sources if name is None else failing


def test_a_failed_build_leaves_the_table_as_it_was(client, columns, news, tmp_path):
    folder = tmp_path / "t"
    cluster.build_table(EXAMPLES, folder, client=client)
    kept = sorted(p.name for p in folder.iterdir())
    answers = columns.MentionTable.open(folder).most_cited(100)
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "b1", "text": "Theo Chỉ thị 05-CT/TW."}\n', encoding="utf-8")
    client.run(_disk_fails_on, broken.name)
    try:
        with pytest.raises(OSError, match="Input/output error"):
            cluster.build_table([*news, broken], folder, client=client, partitions=4)
    finally:
        client.run(_disk_fails_on, None)
    assert sorted(p.name for p in folder.iterdir()) == kept  # the other tasks' parts are gone
    assert columns.MentionTable.open(folder).most_cited(100) == answers


def test_a_damaged_gzip_file_is_skipped_by_the_workers(client, columns, news, tmp_path):
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(b"not gzip")
    table = cluster.build_table([*news, broken], tmp_path / "t", client=client, partitions=4)
    assert any("broken.jsonl.gz: cannot be read at all" in m for m in table.skipped)
    assert table.most_cited(5) == cluster.build_table(news, tmp_path / "u", client=client).most_cited(5)
