"""Look-alikes read wrong before: a state committee's dispatch, glued codes, plurals."""

from __future__ import annotations

import pytest

from dangdoc import find_citations

CASES = [
    # (text, [(surface, doc, kind)])
    ("Nghị quyết số 18/NQ-TW ngày", [("Nghị quyết số 18/NQ-TW", "18-NQ/TW", "short")]),  # still the Party's
    ("theo Nghị định 72/NĐCP ngày 3/7/2013", [("Nghị định 72/NĐCP ngày 3/7/2013", "72/NĐ-CP", "state")]),
    ("Quyết định 40/QĐTTg về", [("Quyết định 40/QĐTTg", "40/QĐ-TTg", "state")]),
    ("so với những nghị quyết 21 trước", []),
    ("các nghị quyết 18, 19 của Trung ương", [("nghị quyết 18", "NQ 18", "bare"), ("19 của Trung ương", "NQ 19", "bare")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_read_right(text, expected):
    assert [(c.text, str(c.doc), c.kind) for c in find_citations(text)] == expected
