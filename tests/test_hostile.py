"""Hostile and broken input: bad files are reported and skipped, writes are atomic, a
killed store build resumes to exactly the uninterrupted result, nothing crashes."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dangdoc import find_citations, find_relations, resolve_citations
from dangdoc.corpus.articles import Article, ArticleError
from dangdoc.corpus.pipeline import read_article
from dangdoc.graph.core import CitationGraph, build_corpus

from conftest import REPO

DANGDOC = [sys.executable, "-m", "dangdoc"]


# -- bad files ----------------------------------------------------------------------

@pytest.fixture
def messy(tmp_path):
    """A folder of every kind of broken file, and two good articles among them."""
    d = tmp_path / "messy"
    d.mkdir()
    (d / "01-good.txt").write_text("Tin tốt\nThực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.", encoding="utf-8")
    (d / "02-cp1258.txt").write_bytes("Thông báo của Tỉnh ủy về Chỉ thị".encode("cp1258", "replace"))
    (d / "03-latin1.txt").write_bytes("Résumé: café à la crème".encode("latin-1"))
    (d / "04-bom.txt").write_bytes("\ufeffTin có BOM\nNghị quyết số 04-NQ/TU, ngày 12/8/2016.".encode("utf-8"))
    (d / "05-nul.txt").write_bytes(b"Tin\x00\x00 binary")
    (d / "06-empty.txt").write_bytes(b"")
    (d / "07-lines.jsonl").write_text(
        json.dumps({"id": "j1", "text": "Theo Kết luận số 21-KL/TW."}, ensure_ascii=False) + "\n"
        + '{"id": "j2", "text": "cắt ngang\n'
        + json.dumps({"id": "j3", "text": "Quyết định 2218/QĐ-TTg của Thủ tướng."}, ensure_ascii=False) + "\n"
        + "[1, 2, 3]\n", encoding="utf-8")
    (d / "08-broken.html").write_text("<html><body><p>Chỉ thị số 05-CT/TW<div><b>không đóng thẻ", encoding="utf-8")
    (d / "09-empty.jsonl").write_text("", encoding="utf-8")
    return d


def test_bad_files_are_skipped_with_a_clear_message(messy):
    reported = []
    graph = build_corpus(messy, progress=False, on_skip=reported.append)
    assert reported == graph.skipped and len(reported) == 6
    expected = ["02-cp1258.txt: not UTF-8", "03-latin1.txt: not UTF-8", "05-nul.txt: contains NUL bytes",
                "06-empty.txt: empty", "07-lines.jsonl, line 2: not an article record",
                "07-lines.jsonl, line 4: not an article record"]
    for message, start in zip(reported, expected):
        assert start in message, message
    articles = {n[8:] for n, kind in graph.graph.nodes(data="kind") if kind == "article"}
    assert articles == {"01-good", "04-bom", "j1", "j3", "08-broken"}  # the rest of the corpus is all there


def test_strict_stops_at_the_first(messy):
    with pytest.raises(ArticleError, match="02-cp1258.txt"):
        build_corpus(messy, progress=False, strict=True)


def test_command_reports_and_counts(messy, tmp_path):
    out = subprocess.run([*DANGDOC, "build", str(messy), "-o", str(tmp_path / "g.json"), "-q"],
                         capture_output=True, text=True)
    assert out.returncode == 0 and "; 6 skipped" in out.stdout
    assert out.stderr.count("dangdoc: skipped") == 6 and "07-lines.jsonl, line 2" in out.stderr
    strict = subprocess.run([*DANGDOC, "build", str(messy), "-o", str(tmp_path / "s.json"), "--strict", "-q"],
                            capture_output=True, text=True)
    assert strict.returncode == 1 and "02-cp1258.txt" in strict.stderr and not (tmp_path / "s.json").exists()
    db = subprocess.run([*DANGDOC, "build", str(messy), "--db", str(tmp_path / "m.db"), "-q"],
                        capture_output=True, text=True)
    assert db.returncode == 0 and "5 articles added" in db.stdout and "6 skipped" in db.stdout


# -- no data loss -------------------------------------------------------------------

# a writer that dies (SIGKILL, no clean-up of any kind) once it has written 20,000 bytes
_DYING_WRITER = """
import os, signal, sys
from dangdoc.atomic import write_atomically
def write(fh):
    for _ in range(20):
        fh.write(b"x" * 1000)
        fh.flush()
    os.kill(os.getpid(), signal.SIGKILL)
write_atomically(sys.argv[1], write)
"""


def test_a_writer_killed_mid_save_leaves_the_previous_file(tmp_path):
    from dangdoc.graph.files import load, save

    target = tmp_path / "graph.json"
    graph = build_corpus(REPO / "examples" / "articles", progress=False)
    save(graph, target)
    before = target.read_bytes()
    child = subprocess.run([sys.executable, "-c", _DYING_WRITER, str(target)])
    assert child.returncode == -signal.SIGKILL
    (partial,) = tmp_path.glob(".graph.json.*.tmp")  # the new file, left half-written
    assert partial.stat().st_size == 20_000
    assert target.read_bytes() == before  # the previous file, whole
    print(f"\nwriter killed with {partial.stat().st_size:,} bytes of the new file written; "
          f"the previous {len(before):,}-byte file is intact")
    assert set(load(target).graph.nodes) == set(graph.graph.nodes)


def _corpus(folder: Path, n: int) -> None:
    """n small articles citing a rotating set of documents (written for this test)."""
    folder.mkdir()
    docs = ["Chỉ thị số 05-CT/TW của Bộ Chính trị", "Nghị quyết số 04-NQ/TU, ngày 12/8/2016 của Tỉnh ủy",
            "Nghị quyết Trung ương 4 khóa XII", "Nghị định số 30/2020/NĐ-CP", "Kết luận 21-KL/TW"]
    for i in range(n):
        body = f"Bài số {i}\nTỉnh ủy Quảng Nam thực hiện {docs[i % 5]} và {docs[(i * 7 + 3) % 5]}."
        (folder / f"a{i:05d}.txt").write_text(body, encoding="utf-8")


def _dump(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return list(con.iterdump())
    finally:
        con.close()


# a store build that dies (SIGKILL) when it asks for article 350: with batches of 100, three
# batches are committed and the fourth is lost, whatever the speed of the machine
_DYING_BUILD = """
import os, signal, sys
from dangdoc.corpus.articles import read_articles
from dangdoc.graph.store import Store
def articles():
    for i, article in enumerate(read_articles(sys.argv[1])):
        if i == 350:
            os.kill(os.getpid(), signal.SIGKILL)
        yield article
with Store(sys.argv[2]) as store:
    store.add(articles(), batch=100, progress=False)
"""


def test_a_killed_store_build_resumes_to_the_same_content(tmp_path):
    corpus = tmp_path / "corpus"
    _corpus(corpus, 1200)
    whole, resumed = tmp_path / "whole.db", tmp_path / "resumed.db"
    subprocess.run([*DANGDOC, "build", str(corpus), "--db", str(whole), "-q", "--batch", "100"], check=True,
                   capture_output=True)
    child = subprocess.run([sys.executable, "-c", _DYING_BUILD, str(corpus), str(resumed)])
    assert child.returncode == -signal.SIGKILL
    con = sqlite3.connect(resumed)
    stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.close()
    assert stored == 300  # the three committed batches, and nothing of the fourth
    again = subprocess.run([*DANGDOC, "build", str(corpus), "--db", str(resumed), "-q", "--batch", "100"],
                           capture_output=True, text=True, check=True)
    added = int(again.stdout.split(":")[1].split("articles added")[0].replace(",", ""))
    assert added == 1200 - 300
    dump = _dump(resumed)
    assert dump == _dump(whole)
    print(f"\nkilled with {stored} of 1200 articles stored; the resumed build added {added}; "
          f"{len(dump)} SQL lines identical to the uninterrupted build")


# -- properties: odd combinations never crash ---------------------------------------

FRAGMENTS = st.sampled_from([
    "Nghị quyết", "Chỉ thị", "Kết luận", "Quy định", "Nghị định", "số", "05", "18", "0", "99999", "-", "–", "/",
    "CT", "NQ", "TW", "TƯ", "T.Ư", "TU", "HU", "QĐi", "NĐ-CP", "2020", "ngày", "12/8/2016", "31/02/2020",
    "tháng", "năm", "của", "Bộ Chính trị", "Tỉnh ủy", "Quảng Nam", "khóa", "XII", "Xlll", "(", ")", ",", ";",
    "và", "Trung ương", "Hội nghị", "lần thứ", "năm", "Đại hội", "Đảng bộ", "nhiệm kỳ", "2015 - 2020",
    "sau đây gọi tắt là", "NQ21", "thay thế", "cụ thể hóa", "(nay là", "Căn cứ", "Số:", "\n", "  ", "\u0301",
    "\u00ad", "Ð", "“", "”", "<script>", "{", "}", "\"",
])


@given(st.lists(FRAGMENTS, max_size=40), st.sampled_from([" ", "", "\n"]))
@settings(max_examples=600, suppress_health_check=[HealthCheck.too_slow])
def test_the_whole_pipeline_never_crashes(parts, sep):
    text = sep.join(parts)
    citations = find_citations(text)
    for c in citations:  # every span lies inside the text, in order, and does not start or end in space
        assert 0 <= c.start < c.end <= len(text) and not text[c.start].isspace() and not text[c.end - 1].isspace()
    assert [c.start for c in citations] == sorted(c.start for c in citations)
    resolve_citations(citations, text=text)
    find_relations(text, citations)
    record = read_article(Article("x", text[:30], None, None, None, None, text))
    graph = CitationGraph()
    graph.add_record(record)
    graph.add_record(record)  # again: replaced, not doubled
    expected = len(record.mentions) + len(record.relations) if record.mentions else 0
    assert graph.graph.number_of_edges() == expected


@given(st.lists(FRAGMENTS, max_size=30), st.text(max_size=40))
@settings(max_examples=300)
def test_embedding_shifts_citations(parts, prefix):
    text = " ".join(parts)
    found = [(c.start, c.end, c.kind, c.doc) for c in find_citations(text)]
    shifted = [(c.start - len(prefix) - 1, c.end - len(prefix) - 1, c.kind, c.doc)
               for c in find_citations(prefix + "\n" + text) if c.start > len(prefix)]
    assert shifted == found


# -- linear time ----------------------------------------------------------------------

LETTERS = "".join(unicodedata.normalize("NFC", c + m) for c in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
                  for m in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")) + "đĐ "
HOSTILE = {
    "1-1-1-": "1-1-",
    "Nghị quyết Nghị quyết": "Nghị quyết ",
    "slashes": "/",
    "digits": "0123456789",
    "one long line": "Tỉnh ủy họp bàn về kinh tế, xã hội, quốc phòng và an ninh năm 2017 ",
    "every letter and tone": LETTERS,
}


# and some that are dense with citations or half-citations
DENSE = {"lists": "Nghị quyết số 1, ", "terms": "khóa X, ", "abbreviations": "NQ-05/", "brackets": "(((",
         "dates": "ngày 1/1/2020 ", "congresses": "Đại hội Đảng bộ tỉnh Quảng Nam "}


@pytest.mark.parametrize("name", [*HOSTILE, *DENSE])
def test_hostile_input_takes_linear_time(name):
    """A generous bound: ten times the text may take up to forty times as long."""
    piece = HOSTILE.get(name) or DENSE[name]
    small, big = (piece * (100_000 // len(piece)))[:100_000], (piece * (1_000_000 // len(piece)))[:1_000_000]
    find_citations(small)  # warm up
    t0 = time.perf_counter()
    find_citations(small)
    t_small = time.perf_counter() - t0
    t0 = time.perf_counter()
    find_citations(big)
    t_big = time.perf_counter() - t0
    assert t_big < 40 * t_small + 0.5, (name, t_small, t_big)


def test_one_document_cited_thousands_of_times_takes_linear_time():
    """A digest that cites one directive over and over: resolving each citation from the
    others must not compare every pair. Eight times the citations may take up to sixteen
    times as long (they take eight; comparing every pair took over thirty)."""
    from dangdoc.corpus.articles import Article
    from dangdoc.corpus.pipeline import read_article

    def seconds(n: int) -> float:
        article = Article("digest", None, None, None, None, None, "Theo " + "Chỉ thị 05-CT/TW, " * n)
        t0 = time.perf_counter()
        read_article(article)
        return time.perf_counter() - t0

    seconds(500)  # warm up
    small = min(seconds(500) for _ in range(2))
    big = min(seconds(4000) for _ in range(2))
    assert big < 16 * small + 0.2, (small, big)


# -- safe output ------------------------------------------------------------------------

def test_no_pickle_no_eval_in_the_package():
    for path in (REPO / "dangdoc").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        for banned in ("import pickle", "pickle.", "eval(", "exec(", "marshal"):
            assert banned not in source, (path.name, banned)


@pytest.mark.parametrize("head, item, tail", [
    ("Nghị quyết Trung ương 6", ", 7", " khóa XII."),         # each number looks ahead for the term
    ("Nghị quyết Trung ương 6", " và 7", " (khóa XII)."),
    ("Nghị quyết Đại hội XII", ", XIII", " của Đảng."),
    ("Nghị quyết Trung ương 4", " và Trung ương 5", " khóa XII."),
])
def test_a_long_list_of_plenums_or_congresses_takes_linear_time(head, item, tail):
    """A generous bound: ten times the list may take up to forty times as long."""
    def seconds(n: int) -> float:
        text = head + item * n + tail
        t0 = time.perf_counter()
        find_citations(text)
        return time.perf_counter() - t0

    seconds(100)  # warm up
    small, big = seconds(2_000), seconds(20_000)
    assert big < 40 * small + 0.5, (head, item, small, big)
