"""The ``dangdoc`` command.

    dangdoc parse ID...                     read identifiers, print the canonical form
    dangdoc extract FILE... [--json|--csv]  the citations in text files (- for stdin)
    dangdoc evaluate GOLD.jsonl...          precision and recall against gold annotations
    dangdoc build CORPUS... -o graph.json   the citation graph of a corpus (or --db corpus.db)
    dangdoc cites GRAPH DOC                 the articles that cite a document
    dangdoc top GRAPH                       the most cited documents
    dangdoc render GRAPH -o out.svg         a picture: .svg, .png, .html (interactive), .dot
                     [--view documents|focus]  the most cited documents only, or one document in focus
    dangdoc spread GRAPH DOC [-o chart.svg]  where and when a document is cited (--format csv|json)
    dangdoc timeline GRAPH DOC              articles citing a document per month (or --freq year|day)
    dangdoc related GRAPH DOC               the relations around a document
    dangdoc co-cited GRAPH DOC              the documents cited in the same articles
    dangdoc annotate FILE -o out.html       an article with its citations marked
    dangdoc table GRAPH -o mentions.csv     one row per mention (.csv, .jsonl, .parquet)
    dangdoc compact FOLDER                  merge the parts of a grown column table

Heavy modules are imported inside the subcommands so that ``--help`` starts fast.
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import sys
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

EXIT_OK, EXIT_ERROR, EXIT_BELOW_FLOOR = 0, 1, 3
EXIT_INTERRUPTED = 130  # as a shell reports Ctrl-C

_FIELDS = ("file", "article", "start", "end", "kind", "text", "doc", "type", "type_name", "number", "issuer", "year",
           "system", "date", "body", "term", "plenum", "congress", "title", "document", "ambiguous")


def run() -> None:
    """The ``dangdoc`` command: :func:`main`, then exit with its code. What the command made
    is left for the operating system to free: the collector does not walk it all once more
    on the way out (that took 0.2–0.4 s after a build of the news corpus)."""
    code = main()
    gc.freeze()
    sys.exit(code)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except BrokenPipeError:  # e.g. piped into head
        return EXIT_OK
    except BrokenProcessPool:
        print("dangdoc: a worker process died (out of memory?); what was being written is left as it was "
              "before; try fewer workers (-j)", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("dangdoc: interrupted; what was being written is left as it was before", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"dangdoc: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR
    except ValueError as exc:
        print(f"dangdoc: {exc}", file=sys.stderr)
        return EXIT_ERROR


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dangdoc", description="Find and trace citations of Vietnamese Party and state documents.")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="read document identifiers and print their canonical form",
                       description="Read document identifiers (05 – CT/TƯ, 30/2020/ND-CP) and print each one's canonical form, system and type.")
    p.add_argument("ids", nargs="+", metavar="ID")
    p.add_argument("--json", action="store_true", help="one JSON object a line")
    p.set_defaults(run=_parse)

    p = sub.add_parser("extract", help="list the citations in articles, and the documents they name",
                       description="List every citation in articles (.txt, .html, .jsonl[.gz] files or folders, read as "
                                   "`dangdoc build` reads them), with offsets into each article's text (for HTML, the "
                                   "text of the page) and the document each one names (resolved within the article, "
                                   "with its date and place).")
    p.add_argument("files", nargs="+", metavar="FILE", help="files or folders; - reads plain text from standard input")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="one JSON object a line")
    fmt.add_argument("--csv", action="store_true", help="CSV with a header row")
    p.set_defaults(run=_extract)

    p = sub.add_parser("evaluate", help="score the citation finder against gold annotations",
                       description="Score find_citations against gold JSONL files (the format is in docs/guide.md, "
                                   "section Accuracy). Gold citations of form \"named\" (Điều lệ Đảng) are not scored.")
    p.add_argument("gold", nargs="+", metavar="GOLD.jsonl")
    p.add_argument("--verbose", "-v", action="store_true", help="also list misses, false alarms and wrong identities")
    p.add_argument("--min-f1", type=float, default=0.0, help="exit with status 3 if span F1 is below this")
    p.add_argument("--min-identity-f1", type=float, default=0.0, help="exit with status 3 if identity F1 is below this")
    p.add_argument("--min-date-accuracy", type=float, default=0.0, help="exit with status 3 if date accuracy is below this")
    p.add_argument("--relations", metavar="RELATIONS.jsonl", action="append", default=[],
                   help="also score find_relations against these gold relations (format in docs/guide.md, Relations)")
    p.add_argument("--min-relation-precision", type=float, default=0.0, help="exit with status 3 below this")
    p.add_argument("--min-relation-recall", type=float, default=0.0, help="exit with status 3 below this")
    p.add_argument("--texts", metavar="CORPUS", action="append", default=[],
                   help="articles (JSON lines with id and text, .gz too) whose ids relation files with offsets name "
                        "(relations-news.jsonl); they are not scored for citations")
    p.add_argument("--max-false-alarm-rate", type=float, default=1.0,
                   help="exit with status 3 if a negatives file (sentences with no relation) has a higher false-alarm rate")
    p.set_defaults(run=_evaluate)
    _linking_options(p)

    p = sub.add_parser("build", help="build the citation graph of a corpus",
                       description="Read articles (folders of .txt, .jsonl or .jsonl.gz, .html), find, resolve and "
                                   "link their citations, and keep them: in a column table folder (any size; "
                                   "--add grows it), a graph file (JSON, or GraphML/GEXF by extension), or a "
                                   "SQLite store.")
    p.add_argument("corpus", nargs="+", metavar="CORPUS", help="files or folders of articles")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--output", metavar="OUT",
                       help="a folder (no extension) for the column table, or a graph file: .json (dangdoc), "
                            ".graphml, .gexf")
    where.add_argument("--db", metavar="STORE.db", help="add to this SQLite store (created if missing)")
    p.add_argument("--add", action="store_true",
                   help="add the articles to the column table already in -o's folder (a new part; articles "
                        "already there are replaced) and link the whole table again")
    p.add_argument("-j", "--workers", type=_count, default=1, help="worker processes (default 1)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress line")
    p.add_argument("--batch", type=_count, default=500, metavar="N",
                   help="with --db: articles per transaction (default 500); an interrupted build keeps whole batches")
    p.add_argument("--strict", action="store_true",
                   help="stop at the first file or line that is not an article (by default it is skipped and reported)")
    p.add_argument("--period", metavar="YEAR[-YEAR]",
                   help="when the undated articles were published (2017, or 2016-2017): documents issued later "
                        "are not what they cite")
    p.add_argument("--catalog", metavar="CATALOG.csv",
                   help="your own catalogue rows (the columns of dangdoc's catalog.csv), added to the packaged ones")
    p.add_argument("--no-link", dest="link", action="store_false",
                   help="do not link partial mentions across the corpus (each article on its own)")
    p.set_defaults(run=_build)

    p = sub.add_parser("cites", help="the articles that cite a document",
                       description="The articles that cite a document, newest first, with the sentence of each mention. "
                                   "DOC is an identifier (05-CT/TW), a citation (\"Nghị quyết Trung ương 4 khóa XII\") "
                                   "or a document key. Given an article's id, it lists what the article cites.")
    p.add_argument("graph", metavar="GRAPH", help="a column table folder or graph file from `dangdoc build -o`, or a store from --db")
    p.add_argument("doc", metavar="DOC")
    p.add_argument("--since", type=_date, help="only articles from this date (YYYY-MM-DD)")
    p.add_argument("--until", type=_date, help="only articles up to this date (YYYY-MM-DD)")
    p.add_argument("--locality", help="only articles about this place")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(run=_cites)

    p = sub.add_parser("top", help="the most cited documents",
                       description="The documents cited by the most articles.")
    p.add_argument("graph", metavar="GRAPH")
    p.add_argument("-n", type=_count, default=20, help="how many (default 20)")
    p.add_argument("--type", help="only this type code (NQ, CT, KL, ...)")
    p.add_argument("--issuer", help="only this issuer code (TW, TU, CP, ...)")
    p.add_argument("--system", choices=("party", "state"),
                   help="only the Party's documents (with its plenums' and congresses' resolutions), or the state's")
    p.add_argument("--since", type=_date, help="count only the articles dated from this day (YYYY-MM-DD)")
    p.add_argument("--until", type=_date, help="count only the articles dated up to this day (YYYY-MM-DD)")
    p.set_defaults(run=_top)

    p = sub.add_parser("render", help="draw the graph (SVG, PNG, interactive HTML, DOT)",
                       description="Draw a graph: .svg and .png through Graphviz, .html as one offline page "
                                   "(pan, zoom, hover, click a document to see who cites it, search), .dot as text.")
    p.add_argument("graph", metavar="GRAPH")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="out.svg, out.png, out.html or out.dot")
    p.add_argument("--focus", metavar="DOC", help="only this document, what relates to it, and who cites them")
    p.add_argument("--depth", type=_steps, default=1, help="relation steps around --focus (default 1)")
    p.add_argument("--title", default=None, help="a title for the picture")
    p.add_argument("--view", choices=("graph", "documents", "focus"), default=None,
                   help="graph: every article and document (the default); documents: the most cited documents only, "
                        "by issue year and level, linked by relations and co-citation; focus: --focus DOC with its "
                        "citing articles grouped by province and month (the default when --focus is given)")
    p.add_argument("--top", type=_count, default=None, metavar="N",
                   help="with --view documents: how many documents (default 100)")
    p.set_defaults(run=_render)

    p = _about_a_document(sub, "spread", _spread, "where and when a document is cited, and what carries it down",
                          "How many articles cite a document in each province and each month, when each province "
                          "first cited it, and which documents implement, continue or guide it. With -o, a chart: "
                          ".svg, .png, .html or .dot.")
    p.add_argument("-o", "--output", metavar="OUT", help="chart.svg, chart.png, chart.html or chart.dot")
    p = _about_a_document(sub, "timeline", _timeline, "how many articles cite a document, month by month",
                          "How many articles cite a document per month (or year, or day); undated articles are "
                          "counted apart.")
    p.add_argument("--freq", choices=("year", "month", "day"), default="month")
    p = _about_a_document(sub, "related", _related, "the relations around a document",
                          "What implements, continues, replaces, amends or guides a document, and what it does to "
                          "others, as the articles state it, up to --depth steps away.")
    p.add_argument("--depth", type=_count, default=2, help="relation steps (default 2)")
    p = _about_a_document(sub, "co-cited", _co_cited, "the documents cited in the same articles as a document",
                          "The documents most often cited in the same articles as a document, with how many "
                          "articles cite both.")
    p.add_argument("-n", type=_count, default=20, help="how many (default 20)")

    p = sub.add_parser("table", help="one row per mention, for pandas, R or a spreadsheet",
                       description="Write the tidy table of a graph: one row per mention, with the article "
                                   "(title, date, URL, province, district), the document it names (key, type, number, "
                                   "issuer, year, term, title, undecided or not, link confidence) and the mention "
                                   "(surface, offsets, sentence). The format comes from the suffix.")
    p.add_argument("graph", metavar="GRAPH", help="a column table folder or graph file from `dangdoc build -o`, or a store from --db")
    p.add_argument("-o", "--output", required=True, help="mentions.csv, mentions.jsonl or mentions.parquet "
                                                         "(Parquet needs: pip install 'dangdoc[columns]')")
    p.add_argument("--excel", action="store_true",
                   help="a CSV file Excel opens with its Vietnamese intact (UTF-8 with a byte-order mark)")
    p.set_defaults(run=_table)

    p = sub.add_parser("compact", help="merge the parts of a grown column table into one",
                       description="Merge the parts a column table folder gained with `build --add` into one part, "
                                   "so that it opens in milliseconds again (a table with several parts is merged in "
                                   "memory each time it is opened). Parts added without linking (--no-link, or a "
                                   "build stopped on the way) are linked first; otherwise the answers do not change.")
    p.add_argument("table", metavar="FOLDER", help="a column table folder from `dangdoc build -o FOLDER`")
    p.set_defaults(run=_compact)
    p = sub.add_parser("annotate", help="an article as HTML with its citations marked",
                       description="Write an article (.txt, .html, or - for standard input) as an HTML page with every "
                                   "citation highlighted and linked to the document it names.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("-o", "--output", required=True, metavar="OUT.html")
    p.set_defaults(run=_annotate)
    return parser


def _about_a_document(sub, name: str, run, help: str, description: str) -> argparse.ArgumentParser:
    """A subcommand that answers about one document of a graph."""
    p = sub.add_parser(name, help=help, description=description)
    p.add_argument("graph", metavar="GRAPH", help="a column table folder or graph file from `dangdoc build -o`, or a store from --db")
    p.add_argument("doc", metavar="DOC", help="an identifier (05-CT/TW), a citation or a document key")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(run=run)
    return p


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {text!r}")
    return value


def _steps(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"not a number of steps (0, 1, 2, ...): {text!r}")
    return int(text)


def _date(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (write YYYY-MM-DD)") from None


def _is_table(path: Path) -> bool:
    """Whether ``path`` is a column table's folder (``dangdoc build -o FOLDER``)."""
    return (Path(path) / "manifest.json").is_file()


def _open_graph(path: str):
    """What ``dangdoc build`` kept: a column table, a graph file, a store's graph."""
    from .graph.opening import open_corpus

    kept = open_corpus(path)
    if not getattr(kept, "linked", True):
        print(f"dangdoc: note: {path} has articles added since it was last linked (a build stopped on the way, or "
              f"--no-link); their shorthand is not linked. `dangdoc compact {path}` links and merges them.",
              file=sys.stderr)
    return kept


def _open_queries(path: str):
    """Something to ask citing/most_cited of: a store answers from its tables directly."""
    from .graph.opening import is_store
    from .graph.store import Store

    return Store(path) if is_store(path) else _open_graph(path)


def _build(args) -> int:
    from .corpus.articles import read_articles
    from .errors import ArticleError
    from .graph.store import Store

    def report(message: str) -> None:
        print(f"dangdoc: skipped {message}", file=sys.stderr)

    table = False
    if args.output:
        out = Path(args.output)
        table = _is_table(out) or (out.suffix == "" and not out.is_file())
        if not table and out.suffix.lower() not in (".json", ".graphml", ".gexf"):
            raise ValueError(f"{out}: give a folder (no extension) for a column table, or a graph file "
                             ".json (to query it later), .graphml or .gexf")
        if not out.resolve().parent.is_dir():
            raise ValueError(f"{out}: the folder {out.resolve().parent} does not exist")
        if table and out.exists() and not args.add and _is_table(out):
            raise ValueError(f"{out}: the folder holds a column table already; --add adds the articles to it, "
                             "or choose a new folder")
        if table and out.exists() and not _is_table(out) and any(out.iterdir()):
            raise ValueError(f"{out}: the folder is not empty and holds no column table; choose a new folder "
                             "(or an empty one)")
        if args.add and table and not _is_table(out):
            raise ValueError(f"{out}: no column table there yet to add to; build it first without --add")
        if args.add and not table:
            raise ValueError(f"{out}: --add grows a column table folder; graph files are built whole")
    elif args.add:
        raise ValueError("--add grows a column table: give its folder with -o (a store grows with --db alone)")

    from .resolve.catalog import Catalog
    from .resolve.resolver import Period

    period = Period.parse(args.period)
    catalog = Catalog.default().with_csv(args.catalog) if args.catalog else None
    try:
        if args.db:
            skipped: list[str] = []
            with Store(args.db) as store:
                articles = read_articles(args.corpus, strict=args.strict, skipped=skipped)
                added, unchanged = store.add(articles, workers=args.workers, batch=args.batch,
                                             progress=not args.quiet, period=period, catalog=catalog)
                for message in skipped:
                    report(message)
                print(f"{args.db}: {added:,} articles added, {unchanged:,} already there, {len(store):,} in all"
                      + (f"; {len(skipped):,} skipped" if skipped else ""))
            if not added and not unchanged:
                print(f"dangdoc: no article read from {' '.join(args.corpus)}" + _nothing_read_hint(args.corpus),
                      file=sys.stderr)
                return EXIT_ERROR
            return EXIT_OK
        from .graph.core import Workers, build_corpus

        # the workers start first, and get ready while this process imports Arrow and opens the table
        with Workers(args.workers, progress=not args.quiet) as pool:
            if table:
                return _build_table(args, report, period, catalog, pool)
            graph = build_corpus(args.corpus, workers=pool, strict=args.strict, on_skip=report, period=period,
                                 catalog=catalog, link=args.link)
    except ArticleError as exc:
        hint = "\n(stopped: --strict; without it the file or line is skipped and reported)" if args.strict else ""
        print(f"dangdoc: {exc}{hint}", file=sys.stderr)
        return EXIT_ERROR
    if not graph.graph and _read_nothing(args.corpus, graph.skipped):
        print(f"dangdoc: no article read from {' '.join(args.corpus)}" + _nothing_read_hint(args.corpus)
              + "; no graph written", file=sys.stderr)
        return EXIT_ERROR
    from .graph.files import save, write_gexf, write_graphml

    writer = {".graphml": write_graphml, ".gexf": write_gexf}.get(Path(args.output).suffix.lower(), save)
    writer(graph, args.output)
    print(f"{args.output}: {graph!r}" + (f"; {len(graph.skipped):,} skipped" if graph.skipped else ""))
    return EXIT_OK


def _build_table(args, report, period, catalog, pool) -> int:
    """``dangdoc build -o FOLDER [--add]``: the column table, read by the started ``pool``."""
    from .graph.columns import MentionTable

    options = dict(workers=pool, strict=args.strict, on_skip=report, period=period, catalog=catalog,
                   link=args.link)
    if args.add and _is_table(Path(args.output)):
        table = MentionTable.open(args.output)
        before = table.articles.num_rows
        read = table.add_corpus(args.corpus, **options)
        if not read:
            print(f"dangdoc: no article read from {' '.join(args.corpus)}" + _nothing_read_hint(args.corpus)
                  + f"; {args.output} is as it was", file=sys.stderr)
            return EXIT_ERROR
        added = table.articles.num_rows - before
        # an id already in the table, or given twice: its copy read last is kept
        what = f"{added:,} articles added" + (f", {read - added:,} read again (the last copy kept)"
                                              if read > added else "")
    else:
        table = MentionTable.from_corpus(args.corpus, **options)
        added = table.articles.num_rows
        if not added and _read_nothing(args.corpus, table.skipped):
            print(f"dangdoc: no article read from {' '.join(args.corpus)}" + _nothing_read_hint(args.corpus)
                  + "; no table written", file=sys.stderr)
            return EXIT_ERROR
        table.save(args.output)
        what = f"{added:,} articles"
    print(f"{args.output}: {what}; {table!r}" + (f"; {len(table.skipped):,} skipped" if table.skipped else ""))
    return EXIT_OK


def _read_nothing(corpus: list[str], skipped: list[str]) -> bool:
    """Whether every source in the corpus was skipped (or there was none)."""
    from .corpus.articles import sources

    return sum(1 for _ in sources(corpus)) == len(skipped)


def _nothing_read_hint(corpus: list[str]) -> str:
    from .corpus.articles import SUFFIXES

    return f" (dangdoc reads {', '.join(SUFFIXES)} files and folders of them)"


def _cites(args) -> int:
    graph = _open_queries(args.graph)
    mentions = graph.citing(args.doc, since=args.since, until=args.until, locality=args.locality)
    keys = graph.documents(args.doc)
    if not keys and args.format == "table":
        cited = graph.cited_by(args.doc)
        if cited:  # an article's id: what it cites, which is what was wanted
            print(f"{args.doc} is an article, not a document; it cites {len(cited)} "
                  f"document{'s' if len(cited) != 1 else ''}:")
            for key, times in cited:
                print(f"{times:>6}  {key}" + ("  (undecided)" if graph.is_undecided(key) else ""))
            return EXIT_OK
    if not keys:
        near = graph.suggest(args.doc)
        hint = f"; nearest: {', '.join(near)}" if near else ""
        print(f"dangdoc: no document in {args.graph} matches {args.doc!r}{hint}", file=sys.stderr)
        return EXIT_ERROR
    decided = [k for k in keys if not graph.is_undecided(k)]
    if len(decided) > 1 and args.format == "table":
        print(f"{args.doc} names {len(decided)} documents: {'; '.join(decided)}")
    rows = [{"document": m.document, "article": m.article, "date": m.date.isoformat() if m.date else None,
             "title": m.title, "locality": m.locality, "url": m.url, "surface": m.surface, "start": m.start,
             "end": m.end, "sentence": m.sentence} for m in mentions]
    if args.format == "json":
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
    elif args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["document"])
        writer.writeheader()
        writer.writerows(rows)
    else:
        _print_citing(args, graph, keys, rows)
    return EXIT_OK


def _print_citing(args, graph, keys: list[str], rows: list[dict]) -> None:
    """The citing articles for people: those of the documents the query names first; then
    those whose mention was left undecided between one of them and another document (they
    may cite it, or not: counted apart); then what a date filter left out."""
    undecided = {k for k in keys if graph.is_undecided(k)}
    sure = [r for r in rows if r["document"] not in undecided]
    maybe = [r for r in rows if r["document"] in undecided]

    def listed(rows):
        for r in rows:
            print(f"\n{r['date'] or 'undated':<10}  {r['title'] or r['article']}  [{r['document']}]")
            print(f"            {r['sentence']}")

    if sure or not maybe:
        print(f"{_how_many(sure, 'cite')} {args.doc} ({len(sure)} mention{'s' if len(sure) != 1 else ''})")
        listed(sure)
    if maybe:
        entries = "; ".join(sorted({r["document"] for r in maybe}))
        print(f"{chr(10) if sure else ''}{_how_many(maybe, 'name')} a document left undecided ({entries}): "
              "it may be what was asked for, or another document written alike")
        listed(maybe)
    if args.since or args.until:
        undated = len({m.article for m in graph.citing(args.doc, locality=args.locality) if m.date is None})
        if undated:
            were = "s have no date and are" if undated != 1 else " has no date and is"
            print(f"\n{undated} citing article{were} left out by --since/--until")


def _say_set_aside(graph, doc) -> None:
    """Tell (on standard error) which documents a query names that a picture or a spread
    of it leaves out, and how to ask for one of them."""
    from .graph.core import drawn_documents

    drawn, aside = drawn_documents(graph, doc)
    if aside:
        aside = [k + (" (undecided)" if graph.is_undecided(k) else "") for k in aside]
        print(f"dangdoc: note: {doc} also names {'; '.join(aside)}; shown: {'; '.join(drawn)} (give a key, "
              "as written here, for another)", file=sys.stderr)


def _how_many(rows: list[dict], verb: str) -> str:
    """How many articles ``rows`` are of, with ``verb`` agreeing: "1 article cites", "2 articles cite"."""
    n = len({r["article"] for r in rows})
    return f"{n} article {verb}s" if n == 1 else f"{n} articles {verb}"


def _render(args) -> int:
    from .views.draw import render

    graph = _open_graph(args.graph)
    title = args.title or Path(args.graph).stem
    view = args.view or ("focus" if args.focus else "graph")
    if view == "focus" and not args.focus:
        raise ValueError("--view focus needs --focus DOC: the document to put in the middle")
    if args.focus:
        if not graph.documents(args.focus):
            print(f"dangdoc: no document in {args.graph} matches {args.focus!r}", file=sys.stderr)
            return EXIT_ERROR
        title = args.title or f"{args.focus} — {Path(args.graph).stem}"
        if view == "focus":
            _say_set_aside(graph, args.focus)
            render(graph, args.output, title=title, view="focus", doc=args.focus, depth=args.depth)
            print(f"{args.output}: {args.focus} with its documents and citing articles by province and month")
            return EXIT_OK
        graph = graph.subgraph(args.focus, depth=args.depth)
    render(graph, args.output, title=title, view=view, top=args.top)
    if view == "graph":
        print(f"{args.output}: {graph!r}")
    else:
        shown = len(graph.most_cited(args.top or 100))
        print(f"{args.output}: the {shown} most cited documents, of {graph.count('document')}")
    return EXIT_OK


def _emit(rows: list[dict], fmt: str, table) -> None:
    """Print rows as JSON lines, CSV with a header, or through ``table`` (a function that
    prints them for people)."""
    if fmt == "json":
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["document"])
        writer.writeheader()
        writer.writerows(rows)
    else:
        table(rows)


def _document_graph(args):
    """The graph, if it holds ``args.doc``; None (after saying so) if not."""
    graph = _open_graph(args.graph)
    if not graph.documents(args.doc):
        print(f"dangdoc: no document in {args.graph} matches {args.doc!r}", file=sys.stderr)
        return None
    return graph


def _table(args) -> int:
    from .atomic import write_atomically
    from .graph.core import MENTION_COLUMNS

    out = Path(args.output)
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".jsonl", ".parquet"):
        raise ValueError(f"{out}: write the table as .csv, .jsonl or .parquet")
    if args.excel and suffix != ".csv":
        raise ValueError(f"{out}: --excel writes a .csv file; give -o mentions.csv")
    # Excel reads a CSV file as the machine's code page unless it starts with a byte-order mark
    encoding = "utf-8-sig" if args.excel else "utf-8"
    graph = _open_graph(args.graph)
    rows = graph.mentions()
    if not isinstance(rows, list):  # a column table's: Arrow columns, written as they are
        return _write_columns(rows, out, suffix, encoding)
    if suffix == ".parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise ValueError("a Parquet table needs pyarrow: pip install 'dangdoc[columns]'") from None
        table = pa.Table.from_pylist(rows) if rows else pa.table({c: [] for c in MENTION_COLUMNS})
        write_atomically(out, lambda fh: pq.write_table(table, fh))
    elif suffix == ".jsonl":
        payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
        write_atomically(out, lambda fh: fh.write(payload))
    else:
        import io

        text = io.StringIO()
        writer = csv.DictWriter(text, fieldnames=MENTION_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
        payload = text.getvalue().encode(encoding)
        write_atomically(out, lambda fh: fh.write(payload))
    print(f"{out}: {len(rows):,} mentions, {len(MENTION_COLUMNS)} columns")
    return EXIT_OK


def _write_columns(table, out: Path, suffix: str, encoding: str = "utf-8") -> int:
    """The tidy table of a column table, written from its Arrow columns."""
    from .atomic import write_atomically

    if suffix == ".parquet":
        import pyarrow.parquet as pq

        write_atomically(out, lambda fh: pq.write_table(table, fh, compression="zstd"))
    elif suffix == ".csv":
        import io

        def write(fh):  # written as the graph's table is written, so that the two files are the same
            text = io.TextIOWrapper(fh, encoding=encoding, newline="")
            writer = csv.DictWriter(text, fieldnames=table.column_names)
            writer.writeheader()
            for batch in table.to_batches(max_chunksize=10_000):
                rows = batch.to_pylist()
                for row in rows:
                    row["date"] = row["date"].isoformat() if row["date"] else None
                    if row["confidence"] is not None:
                        row["confidence"] = round(row["confidence"], 2)
                writer.writerows(rows)
            text.flush()
            text.detach()

        write_atomically(out, write)
    else:
        def write(fh):
            for batch in table.to_batches(max_chunksize=10_000):
                for row in batch.to_pylist():
                    row["date"] = row["date"].isoformat() if row["date"] else None
                    if row["confidence"] is not None:
                        row["confidence"] = round(row["confidence"], 2)
                    fh.write((json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8"))

        write_atomically(out, write)
    print(f"{out}: {table.num_rows:,} mentions, {table.num_columns} columns")
    return EXIT_OK


def _compact(args) -> int:
    from .graph.columns import MentionTable

    if not _is_table(Path(args.table)):
        raise ValueError(f"{args.table}: not a column table folder (it has no manifest.json); "
                         "make one with `dangdoc build CORPUS -o FOLDER`")
    table = MentionTable.open(args.table)
    parts = len(table.parts)
    if not table.linked:
        table.link()
    table.compact()
    print(f"{args.table}: {parts} part{'s' if parts != 1 else ''} merged into one; {table!r}")
    return EXIT_OK


def _spread(args) -> int:
    from .corpus.pipeline import key_for_people
    from .views.spread import UNDATED, UNPLACED, spread

    graph = _document_graph(args)
    if graph is None:
        return EXIT_ERROR
    result = spread(graph, args.doc)
    _say_set_aside(graph, args.doc)
    if args.output:
        from .views.draw import render_spread

        render_spread(result, args.output, title=args.doc)
        print(f"{args.output}: {args.doc}, {result.articles} articles", file=sys.stderr if args.format != "table" else sys.stdout)
        if args.format == "table":
            return EXIT_OK

    def table(rows):
        print(f"{args.doc}: {result.articles} articles; {result.placed} with a place, "
              f"in {sum(1 for p, _ in result.by_province if p != UNPLACED)} provinces; {result.dated} dated")
        for row in rows:
            if row["what"] == "province":
                print(f"  {row['articles']:>5}  {row['name']:<24} {row['first'] or ''}")
        months = [r for r in rows if r["what"] == "month" and r["name"] != UNDATED]
        if months:
            print("by month:")
            for row in months:
                print(f"  {row['articles']:>5}  {row['name']}")
        for row in rows:
            if row["what"] == "carrier":
                n = row["articles"]
                cited = f"cited in {n} article{'s' if n != 1 else ''}" if n else "named, not cited"
                print(f"carried by {key_for_people(row['name'])} ({row['relation']} {key_for_people(row['target'])}, "
                      f"{row['level'] or 'level not known'}, {cited})")

    _emit(result.rows(), args.format, table)
    return EXIT_OK


def _answer(args, rows_of, show) -> int:
    """Answer about ``args.doc``: ``rows_of(graph)`` gives the rows, ``show(graph, rows)``
    prints them for people; --format json or csv prints them as data."""
    graph = _document_graph(args)
    if graph is None:
        return EXIT_ERROR
    rows = rows_of(graph)
    _emit(rows, args.format, lambda rows: show(graph, rows))
    return EXIT_OK


def _timeline(args) -> int:
    def show(graph, rows):
        for row in rows:
            print(f"{row['period']:<10} {row['articles']:>5}  {'█' * min(row['articles'], 60)}")
        articles = {m.article for m in graph.citing(args.doc)}
        undated = len(articles - {m.article for m in graph.citing(args.doc) if m.date})
        if undated:
            print(f"{undated} of {len(articles)} citing articles have no date"
                  + (" (none of them has one)" if undated == len(articles) else ""))

    return _answer(args, lambda graph: [{"document": args.doc, "period": period, "articles": n}
                                        for period, n in graph.timeline(args.doc, freq=args.freq)], show)


def _related(args) -> int:
    def show(graph, rows):
        if not rows:
            print(f"no relation around {args.doc} is stated in the articles")
        for row in rows:
            print(f"{row['source']}  —{row['relation']}→  {row['target']}    [{row['article']}]")

    return _answer(args, lambda graph: [{"source": s, "relation": r, "target": t, "evidence": e, "article": a}
                                        for s, r, t, e, a in graph.related(args.doc, depth=args.depth)], show)


def _co_cited(args) -> int:
    def show(graph, rows):
        for row in rows:
            print(f"{row['articles']:>6}  {row['other']}")

    return _answer(args, lambda graph: [{"document": args.doc, "other": key, "articles": n}
                                        for key, n in graph.co_cited(args.doc, n=args.n)], show)


def _annotate(args) -> int:
    from .views.annotate import annotate
    from .corpus.articles import read_articles
    from .atomic import write_atomically

    if args.file == "-":
        page = annotate(sys.stdin.read())
    else:
        (article, *more) = list(read_articles(args.file))
        if more:
            raise ValueError(f"{args.file}: holds {len(more) + 1} articles; annotate one at a time")
        page = annotate(article)
    write_atomically(args.output, lambda fh: fh.write(page.encode("utf-8")))
    print(args.output)
    return EXIT_OK


def _top(args) -> int:
    graph = _open_queries(args.graph)
    rows = graph.most_cited(args.n, type=args.type, issuer=args.issuer, since=args.since, until=args.until,
                            system=args.system)
    for key, count in rows:
        flag = "  (undecided)" if graph.is_undecided(key) else ""
        print(f"{count:>6}  {key}{flag}")
    if args.since or args.until:
        undated = graph.count("undated")
        if undated:
            print(f"dangdoc: note: {undated:,} citing article{'s' if undated != 1 else ''} of {graph.count('article'):,} "
                  "have no date and are not counted by --since/--until", file=sys.stderr)
    if not rows:
        asked = [f"{name} {value}" for name, value in (("--type", args.type), ("--issuer", args.issuer),
                                                        ("--system", args.system), ("--since", args.since),
                                                        ("--until", args.until)) if value]
        print(f"dangdoc: no document in {args.graph} is cited" + (f" with {', '.join(asked)}" if asked else "")
              + ("; type and issuer are codes as in identifiers (NQ, CT, NĐ; TW, TU, CP, TTg)"
                 if args.type or args.issuer else ""), file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def _parse(args) -> int:
    from .errors import DangdocError
    from .parse.identifier import parse_id

    status = EXIT_OK
    for text in args.ids:
        try:
            doc = parse_id(text)
        except DangdocError as exc:
            print(f"dangdoc: {exc}", file=sys.stderr)
            status = EXIT_ERROR
            continue
        if args.json:
            print(json.dumps({"input": text, "id": str(doc), "type": doc.type, "type_name": doc.type_name,
                              "number": doc.number, "issuer": doc.issuer, "year": doc.year, "system": doc.system,
                              "unknown_codes": list(doc.unknown_codes)}, ensure_ascii=False))
        else:
            flags = f"  (unknown code: {', '.join(doc.unknown_codes)})" if doc.unknown_codes else ""
            print(f"{doc}\t{doc.system}\t{doc.type_name or ''}{flags}")
    return status


def _articles(names: list[str], skipped: list[str]):
    """The articles named on the command line ("-" is standard input); unreadable files
    are reported, added to ``skipped`` and passed over."""
    from .corpus.articles import Article, read_articles

    for name in names:
        if name == "-":
            yield Article("-", None, None, None, None, None, sys.stdin.read())
            continue
        before = len(skipped)
        yield from read_articles(name, strict=False, skipped=skipped)
        for message in skipped[before:]:
            print(f"dangdoc: skipped {message}", file=sys.stderr)


def _rows(article):
    from .corpus.pipeline import read_article

    record = read_article(article, citations=True)
    for c, m in zip(record.citations, record.mentions):
        d = c.doc
        yield {
            "file": article.source or article.id, "article": article.id, "start": c.start, "end": c.end,
            "kind": c.kind, "text": c.text,
            "doc": str(d) if d else None, "type": d.type if d else None, "type_name": c.type_name,
            "number": d.number if d else None, "issuer": d.issuer if d else None,
            "year": (d.year if d and d.year else c.year), "system": d.system if d else None,
            "date": c.date.isoformat() if c.date else None, "body": c.body, "term": c.term,
            "plenum": c.plenum, "congress": c.congress, "title": c.title,
            "document": m.document, "ambiguous": record.documents[m.document]["ambiguous"],
        }


def _extract(args) -> int:
    writer = None
    if args.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=_FIELDS)
        writer.writeheader()
    skipped: list[str] = []
    for article in _articles(args.files, skipped):
        rows = list(_rows(article))
        if not args.json and not args.csv:
            print(f"{article.source or article.id}: {len(rows)} citation{'s' if len(rows) != 1 else ''}")
        for row in rows:
            if args.json:
                print(json.dumps(row, ensure_ascii=False))
            elif writer:
                writer.writerow(row)
            else:
                what = row["doc"] or (f"plenum {row['plenum']}" if row["plenum"] else f"congress {row['congress']}")
                print(f"  {row['start']:>6}-{row['end']:<6} {row['kind']:<8} {what:<16} {' '.join(row['text'].split())}")
                print(f"  {'':13} {'→ ' + row['document']}")
    return EXIT_ERROR if skipped else EXIT_OK


def _evaluate(args) -> int:
    from .evaluate import evaluate

    scores = evaluate(args.gold)
    print(scores.report(verbose=args.verbose))
    checks = [
        ("span F1", scores.f1, args.min_f1),
        ("identity F1", scores.identity_f1, args.min_identity_f1),
        ("date accuracy", scores.date_accuracy, args.min_date_accuracy),
    ]
    if args.relations:
        from .evaluate import evaluate_relations

        for path in args.relations:  # each file has its own figures and floors
            rel = evaluate_relations(list(args.gold) + list(args.texts), [path])
            print(f"-- {Path(path).name}")
            print(rel.report(verbose=args.verbose))
            name = Path(path).name
            if rel.gold or not rel.negatives:
                checks += [(f"{name} relation precision", rel.precision, args.min_relation_precision),
                           (f"{name} relation recall", rel.recall, args.min_relation_recall)]
            if rel.negatives:
                checks.append((f"{name} false-alarm rate", -rel.false_alarm_rate, -args.max_false_alarm_rate))
    below = [
        f"{name} {abs(value):.3f} {'<' if value >= 0 else '>'} {abs(floor)}"
        for name, value, floor in checks
        if value < floor
    ]
    if below:
        print("dangdoc: below the floor: " + "; ".join(below), file=sys.stderr)
        return EXIT_BELOW_FLOOR
    return EXIT_OK


# -- dangdoc evaluate --linking (issue 12) ----------------------------------------------


def _linking_options(p: argparse.ArgumentParser) -> None:
    """The options of ``dangdoc evaluate`` that score linking on a built corpus graph."""
    group = p.add_argument_group("linking", "where hand-checked mentions of a corpus land in its graph")
    group.add_argument("--linking", metavar="LINKING.jsonl", action="append", default=[],
                       help="linking gold, one mention a line (format in docs/guide.md, Accuracy); needs --graph")
    group.add_argument("--graph", metavar="GRAPH", help="the graph of the corpus the linking gold comes from")
    group.add_argument("--min-linking-exact", type=float, default=0.0, help="exit with status 3 below this")
    group.add_argument("--max-linking-wrong", type=float, default=1.0, help="exit with status 3 above this")
    p.set_defaults(run=_evaluate_with_linking)


def _evaluate_with_linking(args) -> int:
    status = _evaluate(args)
    if not args.linking:
        return status
    from .evaluate import evaluate_linking

    if not args.graph:
        raise ValueError("--linking needs --graph: build one with `dangdoc build CORPUS --period YEAR -o g.json`")
    scores = evaluate_linking(_open_graph(args.graph), args.linking)
    print(scores.report(verbose=args.verbose))
    below = [f"{name} {value:.3f} {sign} {floor}" for name, value, sign, floor, bad in (
        ("linking exact", scores.exact, "<", args.min_linking_exact, scores.exact < args.min_linking_exact),
        ("linking wrong", scores.wrong, ">", args.max_linking_wrong, scores.wrong > args.max_linking_wrong)) if bad]
    if below:
        print("dangdoc: below the floor: " + "; ".join(below), file=sys.stderr)
        return EXIT_BELOW_FLOOR
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
