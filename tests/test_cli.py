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


@pytest.mark.parametrize("sub", ["parse", "extract", "evaluate"])
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
    assert lines[0].startswith("file,start,end,kind,text,doc")
    assert sum("05-CT/TW" in line for line in lines) >= 3


def test_extract_missing_file():
    out = run("extract", "no-such-file.txt")
    assert out.returncode == 1 and "no-such-file.txt" in out.stderr


def test_extract_non_utf8(tmp_path):
    bad = tmp_path / "cp1258.txt"
    bad.write_bytes("Chỉ thị".encode("utf-16"))
    out = run("extract", str(bad))
    assert out.returncode == 1 and "not UTF-8" in out.stderr and "cp1258.txt" in out.stderr


def test_evaluate_floor(shared):
    gold = [str(shared / "gold" / "dev.jsonl"), str(shared / "gold" / "seeds.jsonl")]
    ok = run("evaluate", *gold, "--min-f1", "0.97")
    assert ok.returncode == 0 and "span" in ok.stdout
    below = run("evaluate", *gold, "--min-f1", "1.01")
    assert below.returncode == 3 and "below the floor" in below.stderr
