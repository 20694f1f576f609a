"""The dangdoc command, run as a user runs it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from conftest import REPO

COMMAND = shutil.which("dangdoc", path=str(REPO / ".venv" / "bin")) or shutil.which("dangdoc")


def run(*args, stdin=None):
    cmd = [COMMAND, *args] if COMMAND else [sys.executable, "-m", "dangdoc", *args]
    return subprocess.run(cmd, input=stdin, capture_output=True, text=True)


@pytest.mark.parametrize("sub", ["parse", "extract", "evaluate", "build", "cites", "top", "render", "annotate", "table",
                                 "compact"])
def test_help_everywhere(sub):
    out = run(sub, "--help")
    assert out.returncode == 0 and "usage: dangdoc " + sub in out.stdout


def test_parse():
    out = run("parse", "05 – CT/TƯ", "30/2020/ND-CP")
    assert out.returncode == 0
    assert out.stdout.splitlines() == ["05-CT/TW\tparty\tChỉ thị", "30/2020/NĐ-CP\tstate\tNghị định"]


def test_parse_bad_input_exit_code_and_message():
    out = run("parse", "05-CT/")
    assert out.returncode == 1 and "column 7" in out.stderr


def test_extract_json_from_stdin():
    out = run("extract", "--json", "-", stdin="thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị.")
    assert out.returncode == 0
    (row,) = [json.loads(line) for line in out.stdout.splitlines()]
    assert row["doc"] == "05-CT/TW" and row["date"] == "2016-05-15" and row["start"] == 10


def test_extract_csv_examples():
    out = run("extract", "--csv", *sorted(str(p) for p in (REPO / "examples" / "articles").glob("*.txt")))
    assert out.returncode == 0
    lines = out.stdout.splitlines()
    assert lines[0].startswith("file,article,start,end,kind,text,doc")
    assert sum("05-CT/TW" in line for line in lines) >= 3


def test_extract_missing_file():
    out = run("extract", "no-such-file.txt")
    assert out.returncode == 1 and "no-such-file.txt" in out.stderr and "Errno" not in out.stderr


def test_extract_reads_html_as_text_with_the_article_date(tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<html><head><title>Tin</title></head><body><p>Thứ tư, 7/3/2018 08:00</p>"
                    "<p>Thực hiện Nghị quyết số <b>18-NQ/TW</b> của Trung ương.</p></body></html>", encoding="utf-8")
    (row,) = [json.loads(line) for line in run("extract", "--json", str(page)).stdout.splitlines()]
    assert row["text"] == "Nghị quyết số 18-NQ/TW của Trung ương"  # the page's text, not its markup
    assert row["document"] == "18-NQ/TW · khóa XII"  # the article's date rules out the 2022 resolution


def test_bad_arguments(tmp_path):
    assert run("top", "g.json", "-n", "-1").returncode == 2
    out = run("build", str(REPO / "examples" / "articles"), "-o", str(tmp_path / "g.csv"))
    assert out.returncode == 1 and ".graphml" in out.stderr and not (tmp_path / "g.csv").exists()


def test_extract_non_utf8(tmp_path):
    bad = tmp_path / "cp1258.txt"
    bad.write_bytes("Thông báo 05".encode("cp1258"))
    out = run("extract", str(bad))
    assert out.returncode == 1 and "skipped" in out.stderr and "not UTF-8" in out.stderr and "cp1258.txt" in out.stderr


def test_evaluate_floor(shared):
    gold = [str(shared / "gold" / "dev.jsonl"), str(shared / "gold" / "seeds.jsonl")]
    ok = run("evaluate", *gold, "--min-f1", "0.97")
    assert ok.returncode == 0 and "span" in ok.stdout
    below = run("evaluate", *gold, "--min-f1", "1.01")
    assert below.returncode == 3 and "below the floor" in below.stderr


EXAMPLES = str(REPO / "examples" / "articles")


def test_build_cites_top_render_from_a_graph_file_and_a_store(tmp_path):
    graph, db = str(tmp_path / "g.json"), str(tmp_path / "c.db")
    out = run("build", EXAMPLES, "-o", graph, "-q")
    assert out.returncode == 0 and "3 articles" in out.stdout
    out = run("build", EXAMPLES, "--db", db, "-q")
    assert out.returncode == 0 and "3 articles added" in out.stdout
    assert "0 articles added, 3 already there" in run("build", EXAMPLES, "--db", db, "-q").stdout
    for source in (graph, db):
        cites = run("cites", source, "05-CT/TW", "--format", "json")
        rows = [json.loads(line) for line in cites.stdout.splitlines()]
        assert cites.returncode == 0 and {r["document"] for r in rows} == {"05-CT/TW · khóa XII"}
        assert {r["article"] for r in rows} == {"tam-ky-xay-dung-dang", "dak-lak-hoc-tap"}
        assert "05-CT/TW · khóa XII" in run("top", source, "-n", "3").stdout
        none = run("top", source, "--issuer", "XX")  # says so, and which codes the filters take
        assert none.returncode == 1 and not none.stdout and "no document" in none.stderr and "--issuer XX" in none.stderr
    table = run("cites", graph, "Nghị quyết Trung ương 4 khóa XII").stdout
    assert table.startswith("2 articles cite") and "Quảng Yên" in table
    assert run("cites", graph, "99-CT/TW").returncode == 1
    svg, focus = tmp_path / "g.svg", tmp_path / "f.dot"
    assert run("render", graph, "-o", str(svg)).returncode == 0 and svg.read_bytes().startswith(b"<?xml")
    assert run("render", graph, "-o", str(focus), "--focus", "04-NQ/TU").returncode == 0
    assert "thực hiện" in focus.read_text(encoding="utf-8")


def test_annotate(tmp_path):
    out = tmp_path / "a.html"
    done = run("annotate", str(REPO / "examples" / "articles" / "quang-yen-nghi-quyet.txt"), "-o", str(out))
    assert done.returncode == 0
    page = out.read_text(encoding="utf-8")
    assert page.count('<a class="cite"') == 6 and "18-NQ/TW · khóa XII" in page


def test_missing_graph_file():
    out = run("cites", "no-such.json", "05-CT/TW")
    assert out.returncode == 1 and "dangdoc build" in out.stderr


FISHERIES = "Ngư dân vay vốn đóng tàu cá vỏ thép theo {} nay nhiều tàu nằm bờ vì thua lỗ."


def _news(tmp_path):
    """A small corpus: three articles write the decree in full, one by its number only,
    and one cites a directive two ways."""
    folder = tmp_path / "news"
    folder.mkdir()
    for i in range(3):
        (folder / f"full{i}.txt").write_text(FISHERIES.format("Nghị định 67/2014/NĐ-CP"), encoding="utf-8")
    (folder / "bare.txt").write_text(FISHERIES.format("Nghị định 67"), encoding="utf-8")
    (folder / "ct.txt").write_text("Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về học tập và làm theo Bác.",
                                   encoding="utf-8")
    return folder


def test_build_period_links_and_queries_agree(tmp_path):
    folder, graph = _news(tmp_path), str(tmp_path / "g.json")
    assert run("build", str(folder), "-o", graph, "-q", "--period", "2017").returncode == 0
    for query in ("Nghị định 67/2014", "67/2014/NĐ-CP", "Nghi dinh 67/2014"):
        rows = [json.loads(line) for line in run("cites", graph, query, "--format", "json").stdout.splitlines()]
        assert {r["article"] for r in rows} == {"full0", "full1", "full2", "bare"}, query
    for query in ("Chỉ thị 05", "05-CT/TW", "Chỉ thị số 05 của Bộ Chính trị", "Chi thi 05-CT/TW"):
        rows = [json.loads(line) for line in run("cites", graph, query, "--format", "json").stdout.splitlines()]
        assert {r["document"] for r in rows} == {"05-CT/TW · khóa XII"}, query
    db = str(tmp_path / "c.db")  # the store, told the period, links the same way
    assert run("build", str(folder), "--db", db, "-q", "--period", "2017").returncode == 0
    assert run("cites", db, "Nghị định 67/2014", "--format", "json").stdout == \
        run("cites", graph, "Nghị định 67/2014", "--format", "json").stdout
    missing = run("cites", graph, "Nghị định 68/2014")
    assert missing.returncode == 1 and "nearest:" in missing.stderr
    bad = run("build", str(folder), "-o", graph, "--period", "năm ngoái")
    assert bad.returncode == 1 and "not a period" in bad.stderr


def test_build_with_catalog_rows_and_top_flags_undecided(tmp_path):
    folder, graph = _news(tmp_path), str(tmp_path / "g.json")
    (folder / "other.txt").write_text("Hội nghị bàn việc thực hiện Nghị định 67 tại xã.", encoding="utf-8")
    assert run("build", str(folder), "-o", graph, "-q", "--period", "2017").returncode == 0
    top = run("top", graph).stdout.splitlines()
    assert any(line.endswith("67/NĐ-CP · ?  (undecided)") for line in top)
    # asked for the decree by its full number, the undecided mention is counted apart, as a maybe
    said = run("cites", graph, "67/2014/NĐ-CP").stdout
    assert said.startswith("4 articles cite 67/2014/NĐ-CP (4 mentions)\n"), said
    assert "\n1 article names a document left undecided (67/NĐ-CP · ?): it may be" in said
    assert said.index("[67/2014/NĐ-CP]") < said.index("[67/NĐ-CP · ?]") and "names 2 documents" not in said
    # an article's id asked for: what it cites
    said = run("cites", graph, "other")
    assert said.returncode == 0 and said.stdout.splitlines() == [
        "other is an article, not a document; it cites 1 document:", "     1  67/NĐ-CP · ?  (undecided)"]
    # a date filter says what it left out: these articles have no date
    dated = run("cites", graph, "67/2014/NĐ-CP", "--since", "2017-01-01").stdout
    assert dated.startswith("0 articles cite") and "5 citing articles have no date and are left out" in dated
    rows = tmp_path / "mine.csv"
    rows.write_text("type,number,issuer,date,body,term,plenum,title,source,certainty\n"
                    "CT,99,TW,2017-05-01,Bộ Chính trị,XII,,về thử nghiệm,my notes,high\n", encoding="utf-8")
    (folder / "ct99.txt").write_text("Quán triệt Chỉ thị 99 của Bộ Chính trị về thử nghiệm.", encoding="utf-8")
    assert run("build", str(folder), "-o", graph, "-q", "--period", "2017", "--catalog", str(rows)).returncode == 0
    assert "99-CT/TW · khóa XII" in run("cites", graph, "99-CT/TW").stdout


def test_evaluate_linking_floor(tmp_path):
    folder, graph = _news(tmp_path), str(tmp_path / "g.json")
    run("build", str(folder), "-o", graph, "-q", "--period", "2017")
    text = FISHERIES.format("Nghị định 67")
    start = text.index("Nghị định 67")
    gold = tmp_path / "linking.jsonl"
    gold.write_text(json.dumps({"article": "bare", "start": start, "end": start + 12, "surface": "Nghị định 67",
                                "gold": {"type": "NĐ", "number": 67, "issuer": "CP", "year": 2014, "term": None},
                                "confidence": "sure"}, ensure_ascii=False) + "\n", encoding="utf-8")
    seeds = tmp_path / "none.jsonl"
    seeds.write_text("", encoding="utf-8")
    out = run("evaluate", str(seeds), "--linking", str(gold), "--graph", graph, "--min-linking-exact", "1")
    assert out.returncode == 0 and "linking on 1 mentions: exact 1.00" in out.stdout
    wrong = dict(json.loads(gold.read_text(encoding="utf-8")), gold={"type": "NĐ", "number": 67, "issuer": "CP",
                                                                    "year": 2015, "term": None})
    gold.write_text(json.dumps(wrong, ensure_ascii=False) + "\n", encoding="utf-8")
    out = run("evaluate", str(seeds), "--linking", str(gold), "--graph", graph, "--max-linking-wrong", "0.5")
    assert out.returncode == 3 and "confidently wrong 1.00" in out.stdout


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_table_has_one_row_per_mention(tmp_path, suffix):
    import pandas as pd

    graph = tmp_path / "g.json"
    assert run("build", str(REPO / "examples" / "articles"), "-o", str(graph), "-q").returncode == 0
    out = run("table", str(graph), "-o", str(tmp_path / f"m{suffix}"))
    assert out.returncode == 0, out.stderr
    from dangdoc.graph.core import MENTION_COLUMNS
    from dangdoc.graph.files import load

    g = load(graph)
    cites = [(u[8:], d["start"]) for u, _, d in g.graph.edges(data=True) if d["relation"] == "cites"]
    read = {".csv": pd.read_csv, ".jsonl": lambda p: pd.read_json(p, lines=True), ".parquet": pd.read_parquet}[suffix]
    df = read(tmp_path / f"m{suffix}")
    assert list(df.columns) == list(MENTION_COLUMNS)
    assert sorted(zip(df["article"], df["start"])) == sorted(cites)  # one row per mention, no more, no less
    assert set(df.loc[df["document"].str.startswith("05-CT/TW"), "province"]) == {"Quảng Nam", "Đắk Lắk"}


def test_table_for_excel_starts_with_a_byte_order_mark(tmp_path):
    """Excel reads a CSV file without one in the machine's code page, and garbles Vietnamese."""
    for out in (tmp_path / "g.json", tmp_path / "t"):
        assert run("build", str(REPO / "examples" / "articles"), "-o", str(out), "-q").returncode == 0
        plain, excel = tmp_path / "plain.csv", tmp_path / "excel.csv"
        assert run("table", str(out), "-o", str(plain)).returncode == 0
        assert run("table", str(out), "-o", str(excel), "--excel").returncode == 0
        assert excel.read_bytes() == b"\xef\xbb\xbf" + plain.read_bytes() and not plain.read_bytes().startswith(b"\xef")
    refused = run("table", str(tmp_path / "t"), "-o", str(tmp_path / "m.parquet"), "--excel")
    assert refused.returncode == 1 and "--excel writes a .csv file" in refused.stderr


# -- the column table: built, grown and asked from the command line ---------------------

def in_process(capsys, *args) -> tuple[int, str, str]:
    """The command run in this process (the column table tests ask it many questions)."""
    from dangdoc.cli import main

    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


QUESTIONS = [("cites", "{}", "05-CT/TW", "--format", "json"), ("cites", "{}", "Nghị định 67/2014", "--format", "csv"),
             ("cites", "{}", "Chỉ thị 05"), ("top", "{}", "-n", "10"), ("timeline", "{}", "05-CT/TW", "--format", "json"),
             ("related", "{}", "04-NQ/TW", "--format", "json"), ("co-cited", "{}", "05-CT/TW", "--format", "json"),
             ("spread", "{}", "05-CT/TW", "--format", "json")]


def test_a_column_table_answers_as_the_graph_file(tmp_path, capsys):
    news = _news(tmp_path)
    graph, folder = tmp_path / "g.json", tmp_path / "corpus"
    for out in (graph, folder):
        code, said, _ = in_process(capsys, "build", EXAMPLES, news, "-o", out, "-q", "--period", "2017")
        assert code == 0, said
    assert (folder / "manifest.json").is_file() and "8 articles" in said
    for question in QUESTIONS:
        from_graph = in_process(capsys, *[graph if a == "{}" else a for a in question])
        from_table = in_process(capsys, *[folder if a == "{}" else a for a in question])
        assert from_graph[0] == 0 and from_table == from_graph, question
    for name, suffix in (("m", ".csv"), ("m", ".jsonl"), ("m", ".parquet")):
        assert in_process(capsys, "table", folder, "-o", tmp_path / f"t{suffix}")[0] == 0
        assert in_process(capsys, "table", graph, "-o", tmp_path / f"g{suffix}")[0] == 0
    for suffix in (".csv", ".jsonl"):  # the same file, byte for byte
        assert (tmp_path / f"t{suffix}").read_bytes() == (tmp_path / f"g{suffix}").read_bytes(), suffix
    pd = pytest.importorskip("pandas")
    t = pd.read_csv(tmp_path / "t.csv")
    assert pd.read_parquet(tmp_path / "t.parquet")["article"].tolist() == t["article"].tolist()
    for view in ("graph", "documents"):
        assert in_process(capsys, "render", folder, "-o", tmp_path / f"{view}.svg", "--view", view)[0] == 0
    assert in_process(capsys, "render", folder, "-o", tmp_path / "f.svg", "--view", "focus", "--focus", "05-CT/TW")[0] == 0
    assert (tmp_path / "f.svg").read_text(encoding="utf-8").startswith("<?xml")


def test_a_column_table_grows_with_add(tmp_path, capsys):
    news = _news(tmp_path)
    folder = tmp_path / "corpus"
    bare = news / "bare.txt"
    later = tmp_path / "later"
    later.mkdir()
    bare.rename(later / "bare.txt")  # the partial mention arrives later
    assert in_process(capsys, "build", news, "-o", folder, "-q", "--period", "2017")[0] == 0
    part = next(folder.glob("part-*"))
    before = part.stat().st_mtime_ns, sorted(p.name for p in part.iterdir())
    code, said, err = in_process(capsys, "build", later, "-o", folder, "-q")
    assert code == 1 and "--add" in err  # not without saying so
    code, said, _ = in_process(capsys, "build", later, "-o", folder, "-q", "--add")
    assert code == 0 and "1 articles added" in said and "read again" not in said
    assert (part.stat().st_mtime_ns, sorted(p.name for p in part.iterdir())) == before  # not rewritten
    code, said, _ = in_process(capsys, "cites", folder, "67/2014/NĐ-CP", "--format", "json")
    # the bare "Nghị định 67" is linked with the table's period, kept from the first build
    assert {json.loads(line)["article"] for line in said.splitlines()} == {"full0", "full1", "full2", "bare"}
    # the same article added again: none new, and said so
    code, said, _ = in_process(capsys, "build", later, "-o", folder, "-q", "--add")
    assert code == 0 and "0 articles added, 1 read again (the last copy kept)" in said
    code, _, err = in_process(capsys, "build", later, "-o", tmp_path / "g.json", "--add")
    assert code == 1 and "column table" in err


def test_compact_merges_the_parts_and_keeps_the_answers(tmp_path, capsys):
    news = _news(tmp_path)
    folder = tmp_path / "corpus"
    assert in_process(capsys, "build", EXAMPLES, "-o", folder, "-q", "--period", "2017")[0] == 0
    assert in_process(capsys, "build", news, "-o", folder, "-q", "--add")[0] == 0
    assert len(list(folder.glob("part-*"))) == 2 and list(folder.glob("links-*"))
    before = [in_process(capsys, *q) for q in [[a if a != "{}" else folder for a in q] for q in QUESTIONS]]
    code, said, _ = in_process(capsys, "compact", folder)
    assert code == 0 and "2 parts merged into one" in said
    assert len(list(folder.glob("part-*"))) == 1 and not list(folder.glob("links-*"))
    assert [in_process(capsys, *q) for q in [[a if a != "{}" else folder for a in q] for q in QUESTIONS]] == before
    code, _, err = in_process(capsys, "compact", news)
    assert code == 1 and "not a column table folder" in err


def test_column_table_folders_are_not_mistaken(tmp_path, capsys):
    news = _news(tmp_path)
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "mine.txt").write_text("x", encoding="utf-8")
    code, _, err = in_process(capsys, "build", news, "-o", notes, "-q")
    assert code == 1 and "holds no column table" in err and sorted(p.name for p in notes.iterdir()) == ["mine.txt"]
    code, _, err = in_process(capsys, "build", news, "-o", notes, "-q", "--add")
    assert code == 1 and sorted(p.name for p in notes.iterdir()) == ["mine.txt"]
    code, _, err = in_process(capsys, "build", news, "-o", tmp_path / "typo", "-q", "--add")
    assert code == 1 and "no column table there yet" in err and not (tmp_path / "typo").exists()
    folder = tmp_path / "corpus"
    assert in_process(capsys, "build", EXAMPLES, "-o", folder, "-q")[0] == 0
    assert in_process(capsys, "build", news, "-o", folder, "-q", "--add", "--no-link")[0] == 0
    code, _, err = in_process(capsys, "top", folder)
    assert code == 0 and "not linked" in err and f"dangdoc compact {folder}" in err
    assert in_process(capsys, "compact", folder)[0] == 0
    code, out, err = in_process(capsys, "top", folder)
    assert code == 0 and "not linked" not in err and "67/2014/NĐ-CP" in out


def test_a_worker_that_dies_is_reported_in_one_line(tmp_path):
    # a worker killed on the way (by the kernel when memory runs out): one line, status 1,
    # nothing written; the death is real (the worker process exits), only its cause is staged
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(f'{{"id": "a{i}", "text": "Theo Chỉ thị 05-CT/TW."}}\n' for i in range(600)),
                      encoding="utf-8")
    code = (
        "import os, sys\n"
        "import dangdoc.graph.core as core\n"
        "real = core._extract_source\n"
        "def dying(source, *a, **k):\n"
        "    if source.line == 400:\n"
        "        os._exit(9)\n"
        "    return real(source, *a, **k)\n"
        "core._extract_source = dying\n"
        "from dangdoc.cli import main\n"
        f"sys.exit(main(['build', {str(corpus)!r}, '-o', {str(tmp_path / 'out')!r}, '-j', '2', '-q']))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 1
    assert out.stderr.strip().splitlines() == [
        "dangdoc: a worker process died (out of memory?); what was being written is left as it was before; "
        "try fewer workers (-j)"]
    assert not (tmp_path / "out").exists()
