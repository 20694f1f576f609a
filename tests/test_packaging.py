"""The grammar files load from a built wheel, an editable install and a plain checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import REPO

SNIPPET = "import dangdoc, sys; print(dangdoc.parse_id('05 – CT/TƯ'), dangdoc.parse.grammar.grammar_path('identifier.lark'))"


def _run(args, cwd, env=None):
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=True)


def test_wheel_carries_grammar_and_data_and_works_alone(tmp_path):
    _run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path / "dist"), str(REPO)], cwd=tmp_path)
    (wheel,) = (tmp_path / "dist").glob("dangdoc-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "dangdoc/grammar/identifier.lark" in names
    assert "dangdoc/grammar/date.lark" in names
    assert "dangdoc/vocab/data/types.csv" in names and "dangdoc/vocab/data/bodies.csv" in names and "dangdoc/views/graph.html" in names
    # install it alone (its dependencies come from this environment) and run from elsewhere
    target = tmp_path / "site"
    _run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)], cwd=tmp_path)
    env = dict(os.environ, PYTHONPATH=str(target), PYTHONSAFEPATH="1")
    out = _run([sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); {SNIPPET}"], cwd=tmp_path, env=env).stdout
    identifier, grammar = out.split()
    assert identifier == "05-CT/TW"
    assert Path(grammar).is_relative_to(target)


def test_checkout_reads_top_level_grammar(tmp_path):
    out = _run([sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(REPO)!r}); {SNIPPET}"], cwd=tmp_path).stdout
    identifier, grammar = out.split()
    assert identifier == "05-CT/TW"
    assert Path(grammar) == REPO / "grammar" / "identifier.lark"


def test_installed_package_is_this_checkout():
    import dangdoc

    assert Path(dangdoc.__file__).resolve().parent == REPO / "dangdoc"
    assert dangdoc.parse.grammar.grammar_path("date.lark") == REPO / "grammar" / "date.lark"
