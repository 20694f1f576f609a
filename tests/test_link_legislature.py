"""link: the National Assembly numbers its documents through a legislature.

"Luật số 38/QH12" gives no year, but the 12th legislature passed one law 38 (38/2009/QH12):
the Assembly and its Standing Committee number laws and resolutions from the first
session of a legislature to its last, not by year. A mention written with the
legislature's code names the one candidate of that code and type, with no need of words
around it; a code without the legislature's number ("QH"), another legislature, another
type, or two candidates of the code decide nothing by themselves.
"""

from __future__ import annotations

import pytest

from dangdoc.graph.link import Cite, plan
from dangdoc.resolve.catalog import Catalog


def _doc(type_, number, issuer, year=None, **more):
    return {"kind": "document", "doc_id": f"{number}/{issuer}", "type": type_, "number": number, "issuer": issuer,
            "system": "state", "year": year, **more}


# (the partial mention: type, issuer; the full documents the corpus writes: key → (type,
# issuer, year); where it lands)
CASES = [
    (("Luật", "QH12"), {"38/2009/QH12": ("Luật", "QH12", 2009)}, "38/2009/QH12"),
    (("NQ", "QH13"), {"38/2013/QH13": ("NQ", "QH13", 2013)}, "38/2013/QH13"),
    (("NQ", "UBTVQH13"), {"38/2012/UBTVQH13": ("NQ", "UBTVQH13", 2012)}, "38/2012/UBTVQH13"),
    # another legislature's law 38 does not fit
    (("Luật", "QH12"), {"38/2013/QH13": ("Luật", "QH13", 2013)}, None),
    # the code without the legislature's number: the year is still to find
    (("Luật", "QH"), {"38/2009/QH12": ("Luật", "QH12", 2009)}, None),
    # two documents under one code (a writer's error, or two readings): undecided
    (("Luật", "QH12"), {"38/2009/QH12": ("Luật", "QH12", 2009), "38/2010/QH12": ("Luật", "QH12", 2010)}, None),
    # a Government resolution has no legislature: its number restarts every year
    (("NQ", "CP"), {"38/NQ-CP · 2009": ("NQ", "CP", 2009)}, None),
]


@pytest.mark.parametrize("partial, fulls, where", CASES)
def test_a_legislature_code_names_one_document(partial, fulls, where):
    type_, issuer = partial
    docs = {k: _doc(t, 38, i, y) for k, (t, i, y) in fulls.items()}
    cites = [Cite(f"f{j}", k, 0, k, "Kỳ họp thông qua văn bản về đầu tư công.") for j, k in enumerate(fulls)]
    docs["p · ?"] = _doc(type_, 38, issuer, ambiguous=True)
    cites.append(Cite("p", "p · ?", 0, f"số 38/{issuer}", "Một số dự án điều chỉnh khi văn bản số 38 có hiệu lực."))
    links, _ = plan(cites, docs, {c.article: (None, None) for c in cites}, catalog=Catalog([]), period=2017)
    assert [ln.document for ln in links if ln.article == "p"] == ([where] if where else [])
