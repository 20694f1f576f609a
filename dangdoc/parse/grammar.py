"""Find the grammar files and build each Lark parser once.

The ``.lark`` files live in the repository's top-level ``grammar/`` folder. A wheel
carries them inside the package as ``dangdoc/grammar/``; an editable install or a plain
checkout reads them from the repository.
"""

from __future__ import annotations

import functools
from pathlib import Path

from ..errors import GrammarNotFound

_PACKAGE = Path(__file__).resolve().parent.parent  # dangdoc/
_PLACES = (_PACKAGE / "grammar", _PACKAGE.parent / "grammar")


def grammar_path(name: str) -> Path:
    """Return the path of grammar file ``name`` (``"identifier.lark"``, ``"date.lark"``).

    >>> grammar_path("identifier.lark").name
    'identifier.lark'
    """
    for folder in _PLACES:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    raise GrammarNotFound(
        f"grammar file {name!r} not found in {', '.join(str(p) for p in _PLACES)}; "
        "reinstall dangdoc (pip install dangdoc) or run from a full checkout"
    )


@functools.lru_cache(maxsize=None)
def parser(name: str):
    """The LALR parser for grammar file ``name``, built on first use."""
    from lark import Lark

    text = grammar_path(name).read_text(encoding="utf-8")
    return Lark(text, parser="lalr", lexer="contextual", propagate_positions=False)
