"""The API reference is written from the docstrings; it must not fall behind them."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO


def test_api_reference_is_current():
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "api_reference.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
