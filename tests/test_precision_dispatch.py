"""A type the Party does not issue, written state-style with a Party-looking issuer code:
"Công điện số 01/CĐ-TW của Ban Chỉ đạo T.Ư" is the dispatch of a central state committee."""

from __future__ import annotations

import pytest

from dangdoc import find_citations

CASES = [
    # (text, surface, doc, system)
    ("thực hiện Công điện số 04/CĐ-TW của Ban Chỉ đạo T.Ư về phòng chống thiên tai",
     "Công điện số 04/CĐ-TW của Ban Chỉ đạo T.Ư", "04/CĐ-TW", "state"),
    ("theo Công điện 12/CĐ-TW, các tỉnh", "Công điện 12/CĐ-TW", "12/CĐ-TW", "state"),
    # types the Party issues keep the Party's reading, written either way
    ("Chỉ thị 05/CT-TW của Bộ Chính trị", "Chỉ thị 05/CT-TW của Bộ Chính trị", "05-CT/TW", "party"),
    ("Nghị quyết số 18/NQ-TW về", "Nghị quyết số 18/NQ-TW", "18-NQ/TW", "party"),
    # written Party-style, the finder keeps what it reads; the resolver says it (tests/test_resolve.py)
    ("Công điện số 17-CĐ/TW nhằm", "Công điện số 17-CĐ/TW", "17-CĐ/TW", "party"),
]


@pytest.mark.parametrize("text, surface, doc, system", CASES)
def test_dispatch_system(text, surface, doc, system):
    (c,) = find_citations(text)
    assert (c.text, str(c.doc), c.doc.system) == (surface, doc, system)
