"""Speed benchmark for dangdoc.find_citations (a benchmark, not a test).

Run from the repository root:

    .venv/bin/python benchmarks/bench_find.py                  # full table
    .venv/bin/python benchmarks/bench_find.py --limit 5000     # first 5000 articles only
    .venv/bin/python benchmarks/bench_find.py --corpus other.jsonl.gz
    .venv/bin/python benchmarks/bench_find.py --profile        # cProfile, top 25 by cumulative time

The corpus (default ../shared/corpus/news-2017.jsonl.gz, next to the repository) is a
gzip JSONL file with one article per line and a ``text`` field. All texts are loaded
into memory before anything is timed. MB means bytes of UTF-8 text / 1e6.

What it measures, on one core, in one run:

1. find_citations over every article: MB/s, citations found, citations/s.
2. A bare ``re.finditer`` of the candidate patterns (``dangdoc.text.scan.WORD_ANCHOR``,
   ``CODE_ANCHOR``, ``ABBR_ANCHOR``) over the same texts,
   just iterating the matches: MB/s, and how many times slower find_citations is.
3. Citation-dense text: the seed articles in ../shared/seeds/*.txt, cycled until
   ~2 MB, one find_citations call per seed article: citations/s and MB/s.
4. ``import dangdoc`` in a fresh interpreter, minus the interpreter's own start-up
   (best of 5 each).
5. Hostile input: 1 MB strings of ``1-1-1-``, "Nghị quyết Nghị quyết ...", slashes,
   digits, one long line, every Vietnamese letter with every tone mark: MB/s each, against
   a third of the normal rate.

(1), (2) and (3) run ``--repeat`` times (default 5), interleaved, after a warm-up on the
first 200 articles, and the best time of each is reported: this machine is a shared
virtual one, and single runs vary by ±20%.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import os
import pstats
import subprocess
import sys
import time
from pathlib import Path

import dangdoc
from dangdoc.text import scan

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_graph import print_rows  # noqa: E402  (the benchmarks print their tables alike)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "news-2017.jsonl.gz"
SEEDS = ROOT.parent / "shared" / "seeds"
DENSE_BYTES = 2_000_000
WARMUP = 200


def megabytes(texts) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def load(path: Path, limit: int | None) -> list[str]:
    texts = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if limit is not None and len(texts) >= limit:
                break
            texts.append(json.loads(line).get("text") or "")
    return texts


def time_find(texts) -> tuple[float, int]:
    found = 0
    t0 = time.perf_counter()
    for t in texts:
        found += len(dangdoc.find_citations(t))
    return time.perf_counter() - t0, found


def time_bare_scan(texts) -> float:
    """The candidate patterns alone: the anchor passes of dangdoc.text.scan, no reading."""
    patterns = (scan.WORD_ANCHOR, scan.CODE_ANCHOR, scan.ABBR_ANCHOR)
    finditers = [p.finditer for p in patterns]
    t0 = time.perf_counter()
    for t in texts:
        for finditer in finditers:
            for _ in finditer(t):
                pass
    return time.perf_counter() - t0


def dense_chunks() -> list[str]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if not seeds:
        sys.exit(f"no seed articles found in {SEEDS}")
    chunks, size = [], 0
    while size < DENSE_BYTES:
        for s in seeds:
            chunks.append(s)
            size += len(s.encode("utf-8"))
    return chunks


def hostile_rates(repeat: int) -> dict[str, float]:
    """MB/s on 1 MB strings made to trouble a scanner (the cases tests/test_hostile.py bounds)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from test_hostile import HOSTILE

    rates = {}
    for name, piece in HOSTILE.items():
        text = (piece * (1_000_000 // len(piece) + 1))[:1_000_000]
        size = len(text.encode("utf-8")) / 1e6
        dangdoc.find_citations(text[:1000])
        best = min(_time(lambda: dangdoc.find_citations(text)) for _ in range(repeat))
        rates[name] = size / best
    return rates


def _time(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def import_time(runs: int = 5) -> float:
    def best(code: str) -> float:
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            times.append(time.perf_counter() - t0)
        return min(times)

    return best("import dangdoc") - best("pass")


def profile(texts) -> None:
    texts = texts[:3000]
    print(f"profiling find_citations over {len(texts):,} articles ({megabytes(texts):.1f} MB)\n")
    prof = cProfile.Profile()
    prof.enable()
    for t in texts:
        dangdoc.find_citations(t)
    prof.disable()
    pstats.Stats(prof).sort_stats("cumulative").print_stats(25)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="gzip JSONL, one article per line")
    ap.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    ap.add_argument("--profile", action="store_true", help="cProfile find_citations on the first 3000 articles")
    ap.add_argument("--repeat", type=int, default=5, help="runs of each measurement; the best is reported")
    args = ap.parse_args()

    if not args.corpus.is_file():
        sys.exit(f"corpus not found: {args.corpus}\n(pass --corpus PATH to a gzip JSONL file with a 'text' field)")
    if hasattr(os, "sched_setaffinity"):  # pin to one core
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    texts = load(args.corpus, args.limit)
    mb = megabytes(texts)
    print(f"Python {sys.version.split()[0]} ({sys.executable})")
    print(f"dangdoc {dangdoc.__version__}; corpus {args.corpus.name}: {len(texts):,} articles, {mb:.1f} MB; "
          f"best of {args.repeat} runs\n")

    if args.profile:
        profile(texts)
        return

    time_find(texts[:WARMUP])
    time_bare_scan(texts[:WARMUP])
    dense = dense_chunks()
    dense_mb = megabytes(dense)
    time_find(dense[:5])
    find_runs, bare_runs, dense_runs = [], [], []
    for _ in range(args.repeat):
        find_runs.append(time_find(texts))
        bare_runs.append(time_bare_scan(texts))
        dense_runs.append(time_find(dense))
    find_s, found = min(find_runs)
    bare_s = min(bare_runs)
    dense_s, dense_found = min(dense_runs)

    imp = import_time()
    hostile = hostile_rates(args.repeat)

    rows = [
        ("find_citations, news corpus (MB/s)", f"{mb / find_s:.1f}", ">= 25"),
        ("  time (s)", f"{find_s:.1f}", ""),
        ("  citations found", f"{found:,}", ""),
        ("  citations/s", f"{found / find_s:,.0f}", ""),
        ("bare candidate-pattern finditer (MB/s)", f"{mb / bare_s:.1f}", ""),
        ("  find is N× slower than the bare scan", f"{find_s / bare_s:.1f}×", "<= 4×"),
        (f"dense text, {len(dense)} seed chunks, {dense_mb:.1f} MB: citations/s", f"{dense_found / dense_s:,.0f}", ">= 10,000"),
        ("  citations found", f"{dense_found:,}", ""),
        ("  MB/s", f"{dense_mb / dense_s:.1f}", ""),
        ("import dangdoc (s, minus bare start-up)", f"{imp:.3f}", "<= 0.3"),
    ] + [
        (f"hostile 1 MB: {name} (MB/s)", f"{rate:.1f}", f">= {mb / find_s / 3:.1f} (1/3 of normal)")
        for name, rate in hostile.items()
    ]
    print_rows(rows)


if __name__ == "__main__":
    main()
