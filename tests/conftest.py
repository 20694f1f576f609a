"""Shared fixtures: the ../shared material beside the repository, when it is there."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def end_name(c) -> str:
    """How the relation tests write an end of a relation: ``~`` and the words of a
    document named without a number, else its identifier, else its text (a plenum)."""
    return "~" + c.text if c.kind == "unnumbered" else str(c.doc) if c.doc is not None else c.text


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder; tests that need it skip on a user's clone without it."""
    if not (SHARED / "gold" / "dev.jsonl").is_file():
        pytest.skip(f"needs the project's shared material at {SHARED} (present in CI, absent in a plain clone)")
    return SHARED


# Generated cases are judged on what they return, not on how long one takes: the first
# one may pay for compiling the patterns. Time is bounded by tests/test_hostile.py instead.
from hypothesis import settings  # noqa: E402

settings.register_profile("dangdoc", deadline=None)
settings.load_profile("dangdoc")
