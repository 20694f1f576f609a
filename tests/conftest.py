"""Shared fixtures: the ../shared material beside the repository, when it is there."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder; tests that need it skip on a user's clone without it."""
    if not (SHARED / "gold" / "dev.jsonl").is_file():
        pytest.skip(f"needs the project's shared material at {SHARED} (present in CI, absent in a plain clone)")
    return SHARED
