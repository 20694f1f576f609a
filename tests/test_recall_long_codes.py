"""Issuer codes longer than twelve characters: the Presidium of the Fatherland Front's
Central Committee in joint resolutions ("403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN").

Before, a code was at most twelve characters, so the identifier ended before the fourth
issuer and the date after it was lost. Codes may now have sixteen characters; a word glued
to a number is still no code ("12/Thànhphốhồchíminhxinhđẹp" has no type and no known shape).
"""

from __future__ import annotations

import pytest

from dangdoc import find_citations

FOUND = [
    # (text, surface, doc, date)
    ("căn cứ Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 quy định",
     "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017",
     "403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2017-06-15"),
    ("theo Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN ngày 17/4/2008 hướng dẫn",
     "Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN ngày 17/4/2008",
     "09/2008/NQLT-CP-UBTWMTTQVN", "2008-04-17"),
]


@pytest.mark.parametrize("text, surface, doc, date", FOUND)
def test_long_issuer_code(text, surface, doc, date):
    (c,) = find_citations(text)
    assert (c.text, str(c.doc), c.date.isoformat() if c.date else None) == (surface, doc, date)


def test_glued_words_are_no_code():
    assert find_citations("trang 12/Thànhphốhồchíminhxinhđẹp của bạn") == []
