"""Graph benchmarks (not tests): the corpus build, and the column table beside DuckDB and pandas.

    .venv/bin/python benchmarks/bench_graph.py                        # 1,000,000 articles (2-3 minutes)
    .venv/bin/python benchmarks/bench_graph.py --articles 10000000    # ten million (10-12 minutes; the build
                                                                      # peaks at 7 GB, pandas at 10 GB)
    .venv/bin/python benchmarks/bench_graph.py --skip-build           # without the news-corpus builds
    .venv/bin/python benchmarks/bench_graph.py --only-build           # only them
    .venv/bin/python benchmarks/bench_graph.py --with-networkx        # also the networkx graph and the SQLite
                                                                      # store (at 1M: 6 more minutes, 14 GB)

1. The whole news corpus (../shared/corpus/news-2017.jsonl.gz) built by ``dangdoc build``
   with 1 and 2 workers, each in a fresh process, alternating, the best of two rounds: as a
   column table, as a graph file, and grown (half built, the other half added with --add
   and the whole linked again); and whether the tables give the same answers.
2. A synthetic corpus of N articles (seeded): the citing articles of the real corpus,
   replicated with new identifiers and dates spread over 2010-2025, so documents keep the
   real shape of who is cited how often. It is built into a MentionTable and saved, and the
   same mentions are written as one tidy Parquet file (``MentionTable.to_parquet``), which
   DuckDB and pandas read. Each engine runs in a fresh process of its own, one after the
   other, so that its opening time and resident memory are its own: open, ``citing`` of a
   median-cited and of the most cited document (as objects and as columns),
   ``most_cited(20)``. The answers are compared; the ratio is DuckDB's time over the
   MentionTable's; each figure stands beside the issue's target and says whether it is met.
   DuckDB is skipped with a message if it is not installed (it is not a dependency of
   dangdoc): ``pip install duckdb``.

With ``--with-networkx`` the same synthetic corpus is also built as a networkx
CitationGraph (saved and loaded as JSON) and a SQLite store, for comparison; both are far
slower and larger, which is why the column table exists.

The format rows say why the table is kept as Arrow IPC read memory-mapped: the same four
tables as Parquet (zstd) are smaller but must be read and decompressed whole on opening.
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
SINCE = dt.date(2020, 1, 1)  # the date filter of the filtered most_cited


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mb() -> float:
    """The peak resident memory of this process so far."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def folder_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file()) / 1e6


# -- 1. the news corpus -----------------------------------------------------------------

def _dangdoc(*args: str) -> float:
    """Seconds of one ``dangdoc`` command, run as a user runs it (a fresh process)."""
    command = Path(sys.executable).with_name("dangdoc")
    t0 = time.perf_counter()
    subprocess.run([str(command), *args, "-q"], capture_output=True, text=True, check=True)
    return time.perf_counter() - t0


def _answers(folder: str) -> str:
    """A digest of a table's answers: most_cited(200) and citing of the 30 most cited."""
    from dangdoc.graph.columns import MentionTable

    t = MentionTable.open(folder)
    top = t.most_cited(200)
    text = json.dumps([top] + [[(m.document, m.article, m.start) for m in t.citing(k)] for k, _ in top[:30]])
    return hashlib.sha256(text.encode()).hexdigest()


def corpus_builds(rows: list, rounds: int = 2) -> None:
    """The news corpus built by `dangdoc build` with 1 and 2 workers, alternating, the best
    of ``rounds`` each: as one column table, as a graph file, and grown (the first half
    built, the second added with --add, which links the whole again; the --add is timed)."""
    with tempfile.TemporaryDirectory() as tmp:
        import gzip

        with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
            lines = fh.readlines()
        half = len(lines) // 2
        halves = [f"{tmp}/first.jsonl", f"{tmp}/second.jsonl"]
        for path, chunk in zip(halves, (lines[:half], lines[half:])):
            Path(path).write_text("".join(chunk), encoding="utf-8")
        best: dict = {}
        for _ in range(rounds):
            for workers in ("1", "2"):
                for kind in ("table", "graph", "grown"):
                    out = f"{tmp}/{kind}{workers}" + (".json" if kind == "graph" else "")
                    subprocess.run(["rm", "-rf", out], check=True)
                    if kind == "grown":
                        _dangdoc("build", halves[0], "-o", out, "--period", "2017", "-j", workers)
                        seconds = _dangdoc("build", halves[1], "-o", out, "--add", "-j", workers)
                    else:
                        seconds = _dangdoc("build", str(CORPUS), "-o", out, "--period", "2017", "-j", workers)
                    best[kind, workers] = min(best.get((kind, workers), seconds), seconds)
        same = len({_answers(f"{tmp}/{kind}{w}") for kind in ("table", "grown") for w in "12"}) == 1
    for kind, name in (("table", "column table"), ("graph", "graph file"),
                       ("grown", "grown: --add of the second half")):
        one, two = best[kind, "1"], best[kind, "2"]
        rows += [(f"news corpus {name}, 1 / 2 workers (s)", f"{one:.1f} / {two:.1f}", ""),
                 ("  speed-up", f"{one / two:.2f}×", ">= 1.7×")]
    rows.append(("  same answers: tables built at once and grown, 1 and 2 workers", "yes" if same else "NO", "yes"))


def print_rows(rows: list) -> None:
    """Rows of (measure, value, target) as a table."""
    w0 = max(len(r[0]) for r in rows)
    w1 = max(len(r[1]) for r in rows)
    print(f"\n{'measure':<{w0}} | {'value':>{w1}} | target")
    print(f"{'-' * w0}-+-{'-' * w1}-+-{'-' * 9}")
    for name, value, target in rows:
        print(f"{name:<{w0}} | {value:>{w1}} | {target}")


# -- the synthetic corpus ------------------------------------------------------------------

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
    """The median time of ``repeat`` calls of ``fn``, in seconds."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


# -- 2. one engine per process -------------------------------------------------------------

def time_queries(out: dict, median: str, top: str, columns, most, objects=None, repeat: int = 9):
    """Time the queries every engine answers, into ``out`` (``objects`` and ``columns``
    take a document key, ``most`` an optional since date); the first answer for the median
    document, as objects if the engine makes them. Sub-millisecond answers get ``repeat``
    tries, slower ones fewer."""
    t0 = time.perf_counter()
    first = (objects or columns)(median)
    out["first_ms"] = (time.perf_counter() - t0) * 1e3
    t0 = time.perf_counter()
    columns(median)
    out["first_columns_ms"] = (time.perf_counter() - t0) * 1e3
    if objects:
        out["median_objects_ms"] = timed(lambda: objects(median), repeat) * 1e3
    out["median_columns_ms"] = timed(lambda: columns(median), 4 * repeat) * 1e3
    out["top_columns_ms"] = timed(lambda: columns(top), max(5, repeat // 2)) * 1e3
    if objects:
        out["top_objects_ms"] = timed(lambda: objects(top), 3) * 1e3
    out["most_cited_ms"] = timed(most, max(3, repeat // 2)) * 1e3
    out["most_cited_since_ms"] = timed(lambda: most(SINCE), max(3, repeat // 10)) * 1e3
    out["rss_after"] = rss_mb()
    return first


def child_build(n: str, folder: str, parquet: str, tables: str) -> dict:
    """Build the synthetic corpus as a MentionTable, keep it, export it; its two documents asked for."""
    import pyarrow.parquet as pq

    from dangdoc.graph.columns import MentionTable

    base = real_records()
    gc.collect()
    before = rss_mb()
    t0 = time.perf_counter()
    table = MentionTable.from_records(synthetic(base, int(n)))
    out = {"build_s": time.perf_counter() - t0, "build_mb": rss_mb() - before, "mentions": len(table)}
    ranking = table.most_cited(10_000)
    (out["top"], out["top_count"]), (out["median"], out["median_count"]) = ranking[0], ranking[len(ranking) // 2]
    out["top_mentions"], out["median_mentions"] = (len(table.citing(k, as_columns=True))
                                                   for k in (out["top"], out["median"]))
    t0 = time.perf_counter()
    table.save(folder)
    out["save_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    table.to_parquet(parquet)
    out["parquet_s"] = time.perf_counter() - t0
    Path(tables).mkdir()
    for name in ("articles", "documents", "mentions", "relations"):
        pq.write_table(getattr(table._c, name), Path(tables) / f"{name}.parquet", compression="zstd")
    out["peak_mb"] = peak_mb()
    return out


def child_columns(path: str, median: str, top: str) -> dict:
    from dangdoc.graph.columns import MentionTable

    t0 = time.perf_counter()
    table = MentionTable.open(path)
    out = {"open_s": time.perf_counter() - t0, "rss_open": rss_mb()}
    first = time_queries(out, median, top, lambda key: table.citing(key, as_columns=True), lambda since=None:
                         table.most_cited(20, since=since), lambda key: table.citing(key), repeat=51)
    out["median_limit_ms"] = timed(lambda: table.citing(median, limit=20), 51) * 1e3
    top_rows = table.citing(top, as_columns=True)
    out["answers"] = {"median": [[m.article, m.start] for m in first],
                      "top": [top_rows.num_rows, top_rows.column("article")[0].as_py()],
                      "most_cited": [list(kv) for kv in table.most_cited(20)],
                      "most_cited_since": [list(kv) for kv in table.most_cited(20, since=SINCE)]}
    return out


# the tidy table has the place as province and district; citing() answers with the place as written
_DUCK_CITING = ("SELECT document, article, title, date, source, url, "
                "CASE WHEN district IS NULL THEN province ELSE district || ', ' || province END AS locality, "
                'surface, start, "end", kind, sentence, '
                "confidence FROM m WHERE document = ? ORDER BY date DESC NULLS LAST, article DESC, start")
# undecided entries ("67/NĐ-CP · ?") are listed too, as most_cited lists them
_DUCK_MOST = ("SELECT document, count(DISTINCT article) AS n FROM m {} GROUP BY document "
              "ORDER BY n DESC, document LIMIT 20")


def child_duckdb(parquet: str, median: str, top: str) -> dict:
    import duckdb

    from dangdoc.graph.core import Mention

    t0 = time.perf_counter()
    con = duckdb.connect()
    con.execute(f"CREATE VIEW m AS SELECT * FROM read_parquet('{parquet}')")
    out = {"open_s": time.perf_counter() - t0, "rss_open": rss_mb()}

    def objects(key):
        return [Mention(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[11])
                for r in con.execute(_DUCK_CITING, [key]).fetchall()]

    def columns(key):
        result = con.execute(_DUCK_CITING, [key])
        return result.fetch_arrow_table() if hasattr(result, "fetch_arrow_table") else result.to_arrow_table()

    def most(since=None):
        where = f"WHERE date >= DATE '{since.isoformat()}'" if since else ""
        return con.execute(_DUCK_MOST.format(where)).fetchall()

    first = time_queries(out, median, top, columns, most, objects)
    top_rows = columns(top)
    out["answers"] = {"median": [[m.article, m.start] for m in first],
                      "top": [top_rows.num_rows, top_rows.column("article")[0].as_py()],
                      "most_cited": [list(kv) for kv in most()], "most_cited_since": [list(kv) for kv in most(SINCE)]}
    return out


def child_pandas(parquet: str, median: str, top: str) -> dict:
    import pandas as pd

    t0 = time.perf_counter()
    df = pd.read_parquet(parquet)
    df["date"] = pd.to_datetime(df["date"])  # Arrow's dates arrive as Python objects
    out = {"open_s": time.perf_counter() - t0, "rss_open": rss_mb()}

    def columns(key):
        return df[df["document"] == key].sort_values(["date", "article", "start"], ascending=[False, False, True],
                                                     na_position="last")

    def most(since=None):
        rows = df
        if since:
            rows = rows[rows["date"] >= pd.Timestamp(since)]
        n = rows.groupby("document", observed=True)["article"].nunique().rename("n").reset_index()
        return n.sort_values(["n", "document"], ascending=[False, True]).head(20)

    first = time_queries(out, median, top, columns, most, repeat=3)
    top_rows = columns(top)
    out["answers"] = {"median": [[a, int(s)] for a, s in zip(first["article"], first["start"])],
                      "top": [len(top_rows), str(top_rows["article"].iloc[0])],
                      "most_cited": [[d, int(n)] for d, n in zip(*(most()[c] for c in ("document", "n")))],
                      "most_cited_since": [[d, int(n)] for d, n in zip(*(most(SINCE)[c] for c in ("document", "n")))]}
    return out


def child_open(engine: str, path: str) -> dict:
    """Only the opening: the MentionTable's folder, or DuckDB's view of the Parquet file."""
    if engine == "duckdb":
        import duckdb

        t0 = time.perf_counter()
        con = duckdb.connect()
        con.execute(f"CREATE VIEW m AS SELECT * FROM read_parquet('{path}')")
    else:
        from dangdoc.graph.columns import MentionTable

        t0 = time.perf_counter()
        MentionTable.open(path)
    return {"open_s": time.perf_counter() - t0, "rss_open": rss_mb()}


def child_parquet_tables(folder: str) -> dict:
    import pyarrow.parquet as pq

    t0 = time.perf_counter()
    tables = [pq.read_table(f) for f in sorted(Path(folder).glob("*.parquet"))]
    return {"open_s": time.perf_counter() - t0, "rss_open": rss_mb(), "rows": sum(t.num_rows for t in tables)}


def child_networkx(n: str, median: str, top: str, tmp: str) -> dict:
    """The same corpus as a networkx CitationGraph (saved and loaded as JSON), then as a SQLite store."""
    from dangdoc.graph.core import CitationGraph
    from dangdoc.graph.files import load, save
    from dangdoc.graph.store import Store

    base = real_records()
    gc.collect()
    before = rss_mb()
    t0 = time.perf_counter()
    graph = CitationGraph()
    for record in synthetic(base, int(n)):
        graph.add_record(record)
    out = {"build_s": time.perf_counter() - t0, "build_mb": rss_mb() - before}
    first = graph.citing(median)
    out["median_objects_ms"] = timed(lambda: graph.citing(median), 9) * 1e3
    out["median_limit_ms"] = timed(lambda: graph.citing(median, limit=20), 9) * 1e3
    out["top_objects_ms"] = timed(lambda: graph.citing(top), 3) * 1e3
    out["most_cited_ms"] = timed(lambda: graph.most_cited(20), 3) * 1e3
    out["answers"] = {"median": [[m.article, m.start] for m in first],
                      "most_cited": [list(kv) for kv in graph.most_cited(20)]}
    path = Path(tmp) / "big.json"
    t0 = time.perf_counter()
    save(graph, path)
    out["save_s"] = time.perf_counter() - t0
    out["file_mb"] = path.stat().st_size / 1e6
    del graph
    gc.collect()
    t0 = time.perf_counter()
    load(path)
    out["open_s"] = time.perf_counter() - t0
    out["build_peak_mb"] = peak_mb()
    path.unlink()
    gc.collect()
    db = Path(tmp) / "big.db"
    store = {}
    with Store(db) as s:
        t0 = time.perf_counter()
        with s.db:
            for record in synthetic(base, int(n)):
                s._put(record, "synthetic")
        store["build_s"] = time.perf_counter() - t0
        store["file_mb"] = db.stat().st_size / 1e6
        store["median_objects_ms"] = timed(lambda: s.citing(median), 9) * 1e3
        store["median_limit_ms"] = timed(lambda: s.citing(median, limit=20), 9) * 1e3
        store["top_objects_ms"] = timed(lambda: s.citing(top), 3) * 1e3
        store["most_cited_ms"] = timed(lambda: s.most_cited(20), 3) * 1e3
    db.unlink()
    return {"networkx": out, "store": store}


CHILDREN = {"build": child_build, "open": child_open, "columns": child_columns, "duckdb": child_duckdb, "pandas": child_pandas,
            "parquet-tables": child_parquet_tables, "networkx": child_networkx}


def run_child(*args: str) -> dict | None:
    done = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True)
    if done.returncode:
        print(f"{args[0]} failed:\n{done.stderr[-2000:]}", file=sys.stderr)
        return None
    return json.loads(done.stdout)


# -- 2. the column table beside the others -------------------------------------------------

# the targets: (measure, "<=" or ">=", value); and the least DuckDB time over ours
TARGETS_1M = {"file_mb": ("<=", 150), "open_s": ("<=", 1), "rss_open": ("<=", 600), "median_objects_ms": ("<=", 1.5),
              "median_columns_ms": ("<=", 0.2), "top_columns_ms": ("<=", 50), "most_cited_ms": ("<=", 20)}
RATIO_1M = ("open_s", "median_objects_ms", "median_columns_ms", "top_columns_ms", "most_cited_ms")
TARGETS_10M = {"open_s": ("<=", 5), "median_objects_ms": ("<=", 30), "most_cited_ms": ("<=", 200),
               "build_peak_mb": ("<=", 24 * 1024)}
LEAST_RATIO = 10
OPENS = 5  # fresh processes that only open, for the opening time of the MentionTable and of DuckDB


def column_table(n: int, without: set[str], with_networkx: bool) -> None:
    targets, ratio_targets = (TARGETS_1M, RATIO_1M) if n <= 1_000_000 else (TARGETS_10M, ())
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_TMP")) as tmp:
        folder, parquet, tables = Path(tmp) / "corpus", Path(tmp) / "mentions.parquet", Path(tmp) / "tables"
        built = run_child("build", str(n), str(folder), str(parquet), str(tables))
        if built is None:
            sys.exit("the build failed")
        median, top = built["median"], built["top"]
        os.sync()  # what was just written is on disk before anything is timed
        ours = run_child("columns", str(folder), median, top)
        duck = panda = None
        if "duckdb" not in without:
            try:
                import duckdb  # noqa: F401

                duck = run_child("duckdb", str(parquet), median, top)
            except ImportError:
                print("DuckDB is not installed: its column is left empty (pip install duckdb to compare)",
                      file=sys.stderr)
        if "pandas" not in without:
            try:
                import pandas  # noqa: F401

                panda = run_child("pandas", str(parquet), median, top)
            except ImportError:
                print("pandas is not installed: its column is left empty", file=sys.stderr)
        # one opening is a few milliseconds, at the mercy of the scheduler: the median of a few
        for result, engine, path in ((ours, "columns", folder), (duck, "duckdb", parquet)):
            opens = [run_child("open", engine, str(path)) for _ in range(OPENS)] if result else []
            if opens and all(opens):
                result["open_s"] = statistics.median(o["open_s"] for o in opens)
        as_parquet = run_child("parquet-tables", str(tables))
        ours = dict(ours or {}, file_mb=folder_mb(folder), build_peak_mb=built["peak_mb"])
        parquet_mb, tables_mb = parquet.stat().st_size / 1e6, folder_mb(tables)
        for other in (duck, panda):
            if other:
                other["file_mb"] = parquet_mb
        nx = store = None
        if with_networkx:
            both = run_child("networkx", str(n), median, top, tmp)
            nx, store = (both["networkx"], both["store"]) if both else (None, None)
    elapsed = time.perf_counter() - started

    engines = [("MentionTable", ours), ("DuckDB", duck), ("pandas", panda)]
    if with_networkx:
        engines += [("networkx", nx), ("SQLite store", store)]

    def value(result, key, fmt):
        return fmt.format(result[key]) if result and key in result else ""

    def judge(key) -> tuple[str, str, str]:
        """The ratio, the target and the verdict of measure ``key``."""
        timing = key.endswith("_ms") or key == "open_s"  # a ratio of sizes or of builds says nothing
        ratio = duck[key] / ours[key] if timing and duck and duck.get(key) and ours.get(key) else None
        wanted, missed = [], []
        if key in targets:
            op, limit = targets[key]
            wanted.append(f"{'≤' if op == '<=' else '≥'} {limit:,}")
            if key in ours and not (ours[key] <= limit if op == "<=" else ours[key] >= limit):
                missed.append("value")
        if key in ratio_targets:
            wanted.append(f"≥ {LEAST_RATIO}×")
            if ratio is None:
                missed.append("no ratio")
            elif ratio < LEAST_RATIO:
                missed.append("ratio")
        verdict = "" if not wanted or key not in ours else "met" if not missed else "MISSED (" + ", ".join(missed) + ")"
        shown = "" if ratio is None else f"{ratio:,.0f}×" if ratio >= LEAST_RATIO else f"{ratio:.1f}×"
        return shown, ", ".join(wanted), verdict

    measures = [
        ("build from records (s)", "build_s", "{:,.1f}"),
        ("  memory held by the built table or graph (MB)", "build_mb", "{:,.0f}"),
        ("  peak resident memory (MB): the build; networkx: with save and open", "build_peak_mb", "{:,.0f}"),
        ("save (s); DuckDB: the Parquet export", "save_s", "{:.1f}"),
        ("file size (MB); DuckDB, pandas: the Parquet file", "file_mb", "{:,.0f}"),
        (f"open (s; MentionTable, DuckDB: median of {OPENS} fresh processes)", "open_s", "{:.3f}"),
        ("  resident after open (MB)", "rss_open", "{:,.0f}"),
        ("first citing(), cold (ms)", "first_ms", "{:.1f}"),
        ("first citing(as_columns=True), cold (ms)", "first_columns_ms", "{:.1f}"),
        (f"citing median ({built['median_count']:,} articles, {built['median_mentions']:,} mentions), objects (ms)",
         "median_objects_ms", "{:.2f}"),
        ("citing median, columns (ms)", "median_columns_ms", "{:.3f}"),
        ("citing median, limit=20, objects (ms)", "median_limit_ms", "{:.3f}"),
        (f"citing top ({built['top_count']:,} articles, {built['top_mentions']:,} mentions), columns (ms)",
         "top_columns_ms", "{:.2f}"),
        ("citing top, objects (ms)", "top_objects_ms", "{:,.0f}"),
        ("most_cited(20) (ms)", "most_cited_ms", "{:.2f}"),
        (f"most_cited(20, since={SINCE}) (ms)", "most_cited_since_ms", "{:.1f}"),
        ("resident after the queries (MB)", "rss_after", "{:,.0f}"),
    ]
    ours.update(build_s=built["build_s"], build_mb=built["build_mb"], save_s=built["save_s"])
    if duck:
        duck["save_s"] = built["parquet_s"]
    rows = []
    for label, key, fmt in measures:
        figures = [value(result, key, fmt if name == "MentionTable" or key == "open_s" else fmt.replace(".3f", ".2f"))
                   for name, result in engines]
        rows.append((label, *figures, *judge(key)))
    blank = [""] * (len(engines) + 2)
    rows.append(("format: the same 4 tables as Parquet zstd: size (MB)", f"{tables_mb:,.0f}", *blank))
    rows.append(("  read them (s) / resident (MB)",
                 f"{as_parquet['open_s']:.2f} / {as_parquet['rss_open']:,.0f}" if as_parquet else "", *blank))
    answers = [r["answers"] for r in (ours, duck, panda) if r and "answers" in r]
    same = all(a == answers[0] for a in answers)
    if nx and "answers" in nx:
        same &= nx["answers"] == {k: answers[0][k] for k in nx["answers"]}
    print(f"\n{n:,} articles, {built['mentions']:,} mentions; each engine in a fresh process, DuckDB and pandas "
          f"on the same Parquet file; ratio = DuckDB time / MentionTable time; targets of issue 15 "
          f"({'1M' if n <= 1_000_000 else '10M'} articles)")
    head = ("measure", *(name for name, _ in engines), "ratio", "target", "verdict")
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
    print(" | ".join(f"{h:<{w}}" for h, w in zip(head, widths)))
    print("-+-".join("-" * w for w in widths))
    for r in rows:
        print(" | ".join(f"{v:<{w}}" if i in (0, len(head) - 1) else f"{v:>{w}}"
                         for i, (v, w) in enumerate(zip(r, widths))))
    if with_networkx:
        print("networkx: build = add_record of each article, save and open = the JSON file; "
              "SQLite store: build = its fill")
    print(f"\nsame answers from every engine: {'yes' if same else 'NO'}; "
          f"this part took {elapsed / 60:.1f} min")
    if not same:
        for name, r in (("columns", ours), ("duckdb", duck), ("pandas", panda), ("networkx", nx)):
            if r and "answers" in r:
                print(name, json.dumps(r["answers"])[:600])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1_000_000, help="synthetic corpus size (default 1,000,000)")
    ap.add_argument("--skip-build", action="store_true", help="skip the news-corpus builds")
    ap.add_argument("--only-build", action="store_true", help="only the news-corpus builds (about 4 minutes)")
    ap.add_argument("--without", default="", help="engines to leave out, comma-separated: duckdb, pandas "
                    "(pandas holds the whole table in memory: about 8 GB at 10M articles)")
    ap.add_argument("--with-networkx", action="store_true", help="also the networkx graph and the SQLite store of "
                    "the synthetic corpus (at 1M: 6 more minutes and 14 GB; at 10M it does not fit)")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(CHILDREN[args.child[0]](*args.child[1:])))
        return
    if not CORPUS.is_file():
        sys.exit(f"corpus not found: {CORPUS}")
    print(f"Python {sys.version.split()[0]}; {os.cpu_count()} cores; load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True)
    if not args.skip_build:
        rows: list = []
        corpus_builds(rows)
        print_rows(rows)
    if args.only_build:
        return
    column_table(args.articles, set(args.without.split(",")), args.with_networkx)


if __name__ == "__main__":
    main()
