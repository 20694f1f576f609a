"""Graph benchmarks (not tests): corpus build, and queries on a large synthetic graph.

    .venv/bin/python benchmarks/bench_graph.py                   # everything, 1,000,000 articles
    .venv/bin/python benchmarks/bench_graph.py --articles 200000 # a smaller synthetic graph
    .venv/bin/python benchmarks/bench_graph.py --skip-build      # only the synthetic part

1. The whole news corpus (../shared/corpus/news-2017.jsonl.gz) built with 1 and 2
   workers, each in a fresh process: seconds, peak memory (the process and its workers),
   and whether both give the same graph file.
2. A synthetic graph of N articles (seeded): the citing articles of the real corpus,
   replicated with new identifiers and dates spread over 2010-2025, so documents keep
   the real shape of who is cited how often. Its build time, memory per edge, the
   latency of citing() (a median-cited document and the most cited one) and of
   most_cited(), save/load times and file size; then the same queries on a SQLite store
   holding the same records.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import hashlib
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "news-2017.jsonl.gz"

_BUILD = """
import json, resource, sys, time, hashlib
from dangdoc.graph.core import build_corpus
from dangdoc.graph.files import save
t0 = time.perf_counter()
g = build_corpus([sys.argv[1]], workers=int(sys.argv[2]), progress=False)
seconds = time.perf_counter() - t0
save(g, sys.argv[3])
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": seconds, "peak_mb": peak / 1024, "nodes": g.graph.number_of_nodes(),
                  "edges": g.graph.number_of_edges(),
                  "sha": hashlib.sha256(open(sys.argv[3], "rb").read()).hexdigest()}))
"""


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def corpus_builds(rows: list) -> None:
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for workers in (1, 2):
            out = subprocess.run([sys.executable, "-c", _BUILD, str(CORPUS), str(workers), f"{tmp}/g{workers}.json"],
                                 capture_output=True, text=True, check=True)
            results[workers] = json.loads(out.stdout)
    one, two = results[1], results[2]
    rows += [
        ("news corpus build, 1 worker (s)", f"{one['seconds']:.1f}", ""),
        ("  peak memory (MB)", f"{one['peak_mb']:.0f}", ""),
        ("news corpus build, 2 workers (s)", f"{two['seconds']:.1f}", "<= 15"),
        ("  peak memory, with workers (MB)", f"{two['peak_mb']:.0f}", ""),
        ("  speed-up", f"{one['seconds'] / two['seconds']:.2f}×", ">= 1.7×"),
        ("  same graph file", "yes" if one["sha"] == two["sha"] else "NO", "yes"),
        ("  nodes / edges", f"{one['nodes']:,} / {one['edges']:,}", ""),
    ]


def real_records():
    from dangdoc.corpus.articles import parse_source, sources
    from dangdoc.corpus.pipeline import read_article

    return [r for r in (read_article(parse_source(s)) for s in sources([CORPUS])) if r.mentions]


def synthetic(records, n: int, seed: int = 20170101):
    """N records copied from real ones, with new identifiers and dates."""
    from dangdoc.corpus.pipeline import Record

    rng = random.Random(seed)
    start = dt.date(2010, 1, 1).toordinal()
    span = dt.date(2025, 12, 31).toordinal() - start
    for i in range(n):
        r = rng.choice(records)
        article = dict(r.article, article=f"syn-{i:07d}", label=f"syn-{i:07d}",
                       date=dt.date.fromordinal(start + rng.randrange(span)).isoformat())
        yield Record(article, r.documents, r.mentions, r.relations)


def timed(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def synthetic_graph(rows: list, n: int) -> None:
    from dangdoc.graph.files import load, save
    from dangdoc.graph.core import CitationGraph
    from dangdoc.graph.store import Store

    base = real_records()
    gc.collect()
    before = rss_mb()
    t0 = time.perf_counter()
    graph = CitationGraph()
    for record in synthetic(base, n):
        graph.add_record(record)
    build_s = time.perf_counter() - t0
    edges = graph.graph.number_of_edges()
    per_edge = (rss_mb() - before) * 2**20 / edges
    ranking = graph.most_cited(10_000)
    top_key, top_count = ranking[0]
    median_key, median_count = ranking[len(ranking) // 2]
    rows += [
        (f"synthetic graph: {n:,} articles, {edges:,} edges, build (s)", f"{build_s:.1f}", ""),
        ("  memory per edge, nodes included (bytes)", f"{per_edge:,.0f}", ""),
        (f"  citing() median document ({median_count:,} articles) (ms)", f"{timed(lambda: graph.citing(median_key)) * 1e3:.2f}", "<= 1"),
        ("  citing(limit=20), the same document (ms)", f"{timed(lambda: graph.citing(median_key, limit=20)) * 1e3:.2f}", ""),
        (f"  citing() by identifier, same document (ms)",
         f"{timed(lambda: graph.citing(graph.graph.nodes['doc:' + median_key]['doc_id'] or median_key)) * 1e3:.2f}", ""),
        (f"  citing() most cited document ({top_count:,} articles) (ms)", f"{timed(lambda: graph.citing(top_key), 3) * 1e3:.0f}", ""),
        ("  most_cited(20) (ms)", f"{timed(lambda: graph.most_cited(20), 3) * 1e3:.0f}", ""),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.json"
        t0 = time.perf_counter()
        save(graph, path)
        save_s = time.perf_counter() - t0
        size = path.stat().st_size
        del graph
        gc.collect()
        t0 = time.perf_counter()
        load(path)
        load_s = time.perf_counter() - t0
        rows += [("  save (s)", f"{save_s:.1f}", ""), ("  load (s)", f"{load_s:.1f}", ""),
                 ("  file size (MB)", f"{size / 1e6:,.0f}", "")]
        gc.collect()
        db = Path(tmp) / "big.db"
        with Store(db) as store:
            t0 = time.perf_counter()
            with store.db:
                for record in synthetic(base, n):
                    store._put(record, "synthetic")
            fill_s = time.perf_counter() - t0
            rows += [
                (f"SQLite store, same {n:,} articles: fill (s)", f"{fill_s:.1f}", ""),
                ("  file size (MB)", f"{db.stat().st_size / 1e6:,.0f}", ""),
                ("  citing() median document (ms)", f"{timed(lambda: store.citing(median_key)) * 1e3:.2f}", ""),
                ("  citing(limit=20), the same document (ms)",
                 f"{timed(lambda: store.citing(median_key, limit=20)) * 1e3:.2f}", ""),
                ("  citing() most cited document (ms)", f"{timed(lambda: store.citing(top_key), 3) * 1e3:.0f}", ""),
                ("  most_cited(20) (ms)", f"{timed(lambda: store.most_cited(20), 3) * 1e3:.0f}", ""),
            ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1_000_000, help="synthetic graph size (default 1,000,000)")
    ap.add_argument("--skip-build", action="store_true", help="skip the corpus builds")
    args = ap.parse_args()
    if not CORPUS.is_file():
        sys.exit(f"corpus not found: {CORPUS}")
    rows: list = []
    print(f"Python {sys.version.split()[0]}; {os.cpu_count()} cores", flush=True)
    if not args.skip_build:
        corpus_builds(rows)
    synthetic_graph(rows, args.articles)
    w0 = max(len(r[0]) for r in rows)
    w1 = max(len(r[1]) for r in rows)
    print(f"\n{'measure':<{w0}} | {'value':>{w1}} | target")
    print(f"{'-' * w0}-+-{'-' * w1}-+-{'-' * 9}")
    for name, value, target in rows:
        print(f"{name:<{w0}} | {value:>{w1}} | {target}")


if __name__ == "__main__":
    main()
