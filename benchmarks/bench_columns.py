"""Column table benchmark (not a test): dangdoc's MentionTable beside DuckDB and pandas.

    .venv/bin/python benchmarks/bench_columns.py                      # 1,000,000 articles
    .venv/bin/python benchmarks/bench_columns.py --articles 10000000  # a decade of national news

The synthetic corpus is bench_graph.py's: the citing articles of the real news corpus
(../shared/corpus/news-2017.jsonl.gz), replicated with new identifiers and dates spread
over 2010-2025. It is built into a MentionTable and saved; the same mentions are written as
one tidy Parquet file (``MentionTable.to_parquet``), which DuckDB and pandas read. Each
engine then runs in a fresh process of its own, one after the other in this run, so that
its opening time and resident memory are its own: open, ``citing`` of a median-cited and
of the most cited document (as objects and as columns), ``most_cited(20)``. The answers
are compared, and the ratios are DuckDB's time over the MentionTable's. DuckDB is skipped
with a message if it is not installed (it is not a dependency of dangdoc).

The format rows say why the table is kept as Arrow IPC read memory-mapped: the same four
tables as Parquet (zstd) are smaller but must be read and decompressed whole on opening.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_graph import CORPUS, real_records, rss_mb, synthetic, timed  # noqa: E402

SINCE = dt.date(2020, 1, 1)  # the date filter of the filtered most_cited


def folder_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file()) / 1e6


# -- one engine per process -----------------------------------------------------------

def child_columns(path: str, median: str, top: str) -> dict:
    from dangdoc.graph.columns import MentionTable

    t0 = time.perf_counter()
    table = MentionTable.open(path)
    out = {"open_s": time.perf_counter() - t0, "rss_open": rss_mb()}
    t0 = time.perf_counter()
    first = table.citing(median)
    out["first_ms"] = (time.perf_counter() - t0) * 1e3
    out["median_objects_ms"] = timed(lambda: table.citing(median), 9) * 1e3
    out["median_columns_ms"] = timed(lambda: table.citing(median, as_columns=True), 9) * 1e3
    out["median_limit_ms"] = timed(lambda: table.citing(median, limit=20), 9) * 1e3
    out["top_columns_ms"] = timed(lambda: table.citing(top, as_columns=True), 5) * 1e3
    out["top_objects_ms"] = timed(lambda: table.citing(top), 3) * 1e3
    out["most_cited_ms"] = timed(lambda: table.most_cited(20), 5) * 1e3
    out["most_cited_since_ms"] = timed(lambda: table.most_cited(20, since=SINCE), 5) * 1e3
    out["rss_after"] = rss_mb()
    top_rows = table.citing(top, as_columns=True)
    out["answers"] = {"median": [[m.article, m.start] for m in first],
                      "top": [top_rows.num_rows, top_rows.column("article")[0].as_py()],
                      "most_cited": [list(kv) for kv in table.most_cited(20)],
                      "most_cited_since": [list(kv) for kv in table.most_cited(20, since=SINCE)]}
    return out


_DUCK_CITING = ('SELECT document, article, title, date, source, url, locality, surface, start, "end", kind, sentence, '
                "confidence FROM m WHERE document = ? ORDER BY date DESC NULLS LAST, article DESC, start")
_DUCK_MOST = ("SELECT document, count(DISTINCT article) AS n FROM m WHERE NOT ambiguous {} GROUP BY document "
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
        where = f"AND date >= DATE '{since.isoformat()}'" if since else ""
        return con.execute(_DUCK_MOST.format(where)).fetchall()

    t0 = time.perf_counter()
    first = objects(median)
    out["first_ms"] = (time.perf_counter() - t0) * 1e3
    out["median_objects_ms"] = timed(lambda: objects(median), 9) * 1e3
    out["median_columns_ms"] = timed(lambda: columns(median), 9) * 1e3
    out["top_columns_ms"] = timed(lambda: columns(top), 5) * 1e3
    out["top_objects_ms"] = timed(lambda: objects(top), 3) * 1e3
    out["most_cited_ms"] = timed(most, 5) * 1e3
    out["most_cited_since_ms"] = timed(lambda: most(SINCE), 5) * 1e3
    out["rss_after"] = rss_mb()
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
        rows = df[~df["ambiguous"]]
        if since:
            rows = rows[rows["date"] >= pd.Timestamp(since)]
        n = rows.groupby("document", observed=True)["article"].nunique().rename("n").reset_index()
        return n.sort_values(["n", "document"], ascending=[False, True]).head(20)

    t0 = time.perf_counter()
    first = columns(median)
    out["first_ms"] = (time.perf_counter() - t0) * 1e3
    out["median_columns_ms"] = timed(lambda: columns(median), 9) * 1e3
    out["top_columns_ms"] = timed(lambda: columns(top), 5) * 1e3
    out["most_cited_ms"] = timed(most, 3) * 1e3
    out["most_cited_since_ms"] = timed(lambda: most(SINCE), 3) * 1e3
    out["rss_after"] = rss_mb()
    top_rows = columns(top)
    out["answers"] = {"median": [[a, int(s)] for a, s in zip(first["article"], first["start"])],
                      "top": [len(top_rows), str(top_rows["article"].iloc[0])],
                      "most_cited": [[d, int(n)] for d, n in zip(*(most()[c] for c in ("document", "n")))],
                      "most_cited_since": [[d, int(n)] for d, n in zip(*(most(SINCE)[c] for c in ("document", "n")))]}
    return out


def child_parquet_tables(folder: str) -> dict:
    import pyarrow.parquet as pq

    t0 = time.perf_counter()
    tables = [pq.read_table(f) for f in sorted(Path(folder).glob("*.parquet"))]
    return {"open_s": time.perf_counter() - t0, "rss_open": rss_mb(), "rows": sum(t.num_rows for t in tables)}


CHILDREN = {"columns": child_columns, "duckdb": child_duckdb, "pandas": child_pandas,
            "parquet-tables": child_parquet_tables}


def run_child(*args: str) -> dict | None:
    done = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True)
    if done.returncode:
        print(f"{args[0]} failed:\n{done.stderr[-2000:]}", file=sys.stderr)
        return None
    return json.loads(done.stdout)


# -- the run ---------------------------------------------------------------------------

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1_000_000, help="synthetic corpus size (default 1,000,000)")
    ap.add_argument("--without", default="", help="engines to leave out, comma-separated: duckdb, pandas "
                    "(pandas holds the whole table in memory: about 8 GB at 10M articles)")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(CHILDREN[args.child[0]](*args.child[1:])))
        return
    if not CORPUS.is_file():
        sys.exit(f"corpus not found: {CORPUS}")
    import pyarrow.parquet as pq

    from dangdoc.graph.columns import MentionTable

    n = args.articles
    print(f"Python {sys.version.split()[0]}; {os.cpu_count()} cores; {n:,} articles", flush=True)
    base = real_records()
    gc.collect()
    before = rss_mb()
    t0 = time.perf_counter()
    table = MentionTable.from_records(synthetic(base, n))
    build_s = time.perf_counter() - t0
    build_mb = rss_mb() - before
    ranking = table.most_cited(10_000)
    top, top_count = ranking[0]
    median, median_count = ranking[len(ranking) // 2]
    top_mentions, median_mentions = (len(table.citing(k, as_columns=True)) for k in (top, median))
    mentions = len(table)
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_TMP")) as tmp:
        folder, parquet, tables = Path(tmp) / "corpus", Path(tmp) / "mentions.parquet", Path(tmp) / "tables"
        t0 = time.perf_counter()
        table.save(folder)
        save_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        table.to_parquet(parquet)
        parquet_s = time.perf_counter() - t0
        tables.mkdir()
        c = table._c
        for name, t in (("articles", c.articles), ("documents", c.documents), ("mentions", c.mentions),
                        ("relations", c.relations)):
            pq.write_table(t, tables / f"{name}.parquet", compression="zstd")
        del table, c, t
        gc.collect()
        os.sync()  # what was just written is on disk before anything is timed
        ours = run_child("columns", str(folder), median, top)
        duck = panda = None
        without = set(args.without.split(","))
        try:
            import duckdb  # noqa: F401

            duck = None if "duckdb" in without else run_child("duckdb", str(parquet), median, top)
        except ImportError:
            print("DuckDB is not installed: its column is left empty (pip install duckdb to compare)", file=sys.stderr)
        try:
            import pandas  # noqa: F401

            panda = None if "pandas" in without else run_child("pandas", str(parquet), median, top)
        except ImportError:
            print("pandas is not installed: its column is left empty", file=sys.stderr)
        as_parquet = run_child("parquet-tables", str(tables))
        sizes = {"ours": folder_mb(folder), "parquet": parquet.stat().st_size / 1e6, "tables": folder_mb(tables)}

    def cell(result, key, fmt):
        return fmt.format(result[key]) if result and key in result else ""

    def ratio(key):
        if not (duck and ours and key in duck and key in ours):
            return ""
        return f"{duck[key] / ours[key]:,.0f}×"

    rows = [
        ("build from records (s)", f"{build_s:.1f}", "", "", "", ""),
        ("  memory held by the built table (MB)", f"{build_mb:,.0f}", "", "", "", ""),
        ("save (s) / Parquet export (s)", f"{save_s:.1f}", f"{parquet_s:.1f}", "", "", ""),
        ("file size (MB)", f"{sizes['ours']:,.0f}", f"{sizes['parquet']:,.0f}", f"{sizes['parquet']:,.0f}", "",
         "<= 150"),
        ("open (s)", cell(ours, "open_s", "{:.3f}"), cell(duck, "open_s", "{:.3f}"), cell(panda, "open_s", "{:.2f}"),
         ratio("open_s"), "<= 1"),
        ("  resident after open (MB)", cell(ours, "rss_open", "{:,.0f}"), cell(duck, "rss_open", "{:,.0f}"),
         cell(panda, "rss_open", "{:,.0f}"), "", "<= 600"),
        ("first citing(), cold (ms)", cell(ours, "first_ms", "{:.1f}"), cell(duck, "first_ms", "{:.1f}"),
         cell(panda, "first_ms", "{:.1f}"), ratio("first_ms"), ""),
        (f"citing median ({median_count:,} articles, {median_mentions:,} mentions), objects (ms)", cell(ours, "median_objects_ms", "{:.2f}"),
         cell(duck, "median_objects_ms", "{:.2f}"), "", ratio("median_objects_ms"), "<= 1.5"),
        ("citing median, columns (ms)", cell(ours, "median_columns_ms", "{:.3f}"),
         cell(duck, "median_columns_ms", "{:.2f}"), cell(panda, "median_columns_ms", "{:.1f}"),
         ratio("median_columns_ms"), "<= 0.2"),
        ("citing median, limit=20, objects (ms)", cell(ours, "median_limit_ms", "{:.3f}"), "", "", "", ""),
        (f"citing top ({top_count:,} articles, {top_mentions:,} mentions), columns (ms)", cell(ours, "top_columns_ms", "{:.2f}"),
         cell(duck, "top_columns_ms", "{:.1f}"), cell(panda, "top_columns_ms", "{:.1f}"), ratio("top_columns_ms"),
         "<= 50"),
        ("citing top, objects (ms)", cell(ours, "top_objects_ms", "{:.0f}"), cell(duck, "top_objects_ms", "{:.0f}"),
         "", ratio("top_objects_ms"), ""),
        ("most_cited(20) (ms)", cell(ours, "most_cited_ms", "{:.2f}"), cell(duck, "most_cited_ms", "{:.1f}"),
         cell(panda, "most_cited_ms", "{:.0f}"), ratio("most_cited_ms"), "<= 20"),
        (f"most_cited(20, since={SINCE}) (ms)", cell(ours, "most_cited_since_ms", "{:.1f}"),
         cell(duck, "most_cited_since_ms", "{:.1f}"), cell(panda, "most_cited_since_ms", "{:.0f}"),
         ratio("most_cited_since_ms"), ""),
        ("resident after the queries (MB)", cell(ours, "rss_after", "{:,.0f}"), cell(duck, "rss_after", "{:,.0f}"),
         cell(panda, "rss_after", "{:,.0f}"), "", ""),
        ("format: the same 4 tables as Parquet zstd: size (MB)", f"{sizes['tables']:,.0f}", "", "", "", ""),
        ("  read them (s) / resident (MB)",
         f"{as_parquet['open_s']:.2f} / {as_parquet['rss_open']:,.0f}" if as_parquet else "", "", "", "", ""),
    ]
    answers = [r["answers"] for r in (ours, duck, panda) if r]
    same = all(a == answers[0] for a in answers)
    print(f"\n{n:,} articles, {mentions:,} mentions; engines in fresh processes, DuckDB and pandas on the same "
          f"Parquet file; ratio = DuckDB time / MentionTable time")
    head = ("measure", "MentionTable", "DuckDB", "pandas", "ratio", "target")
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
    print(" | ".join(f"{h:<{w}}" for h, w in zip(head, widths)))
    print("-+-".join("-" * w for w in widths))
    for r in rows:
        print(" | ".join(f"{v:<{w}}" if i == 0 else f"{v:>{w}}" for i, (v, w) in enumerate(zip(r, widths))))
    print(f"\nsame answers from every engine: {'yes' if same else 'NO'}")
    if not same:
        for name, r in zip(("columns", "duckdb", "pandas"), (ours, duck, panda)):
            if r:
                print(name, json.dumps(r["answers"])[:600])


if __name__ == "__main__":
    main()
