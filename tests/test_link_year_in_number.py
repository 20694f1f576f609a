"""link: one local decision written with its year in the number and without it.

"Quyết định 33/2014/QĐ-UBND" and "Quyết định 33/QĐ-UBND ngày 15/10/2014" of one city are
one document; where the article that writes the second names no place, the corpus holds
two candidates for a bare "QĐ 33", which split the evidence between them and leave the
mention undecided. A local document's number restarts every year and its committee's
documents are its own: one identifier of one year with a single placed candidate is that
candidate, whether or not the number carries the year. Another year, or two places, stay
apart.
"""

from __future__ import annotations

import pytest

from dangdoc.graph.link import Cite, plan
from dangdoc.resolve.catalog import Catalog

PLOTS = "Người dân xin tách thửa đất phải theo diện tích tối thiểu được tách thửa, nhiều quận siết tách thửa."


def _doc(key, year, locality=None, **more):
    return key, {"kind": "document", "doc_id": key.split(" · ")[0], "type": "QĐ", "number": 33, "issuer": "UBND",
                 "system": "state", "year": year, "locality": locality, **more}


# (the full documents the corpus writes: key, year, place; where the bare mention lands)
CASES = [
    # the city's decision, with the year in the number, and the same one written with a date
    # in an article that named no place: one document
    ([("33/2014/QĐ-UBND · Hồ Chí Minh", 2014, "Hồ Chí Minh"), ("33/QĐ-UBND · 2014", 2014, None)],
     "33/2014/QĐ-UBND · Hồ Chí Minh"),
    # the same, the unplaced one first in the key order
    ([("33/QĐ-UBND · 2014", 2014, None), ("33/2014/QĐ-UBND · Hồ Chí Minh", 2014, "Hồ Chí Minh")],
     "33/2014/QĐ-UBND · Hồ Chí Minh"),
    # another year is another decision: undecided between them
    ([("33/2014/QĐ-UBND · Hồ Chí Minh", 2014, "Hồ Chí Minh"), ("33/QĐ-UBND · 2015", 2015, None)], None),
    # two places: undecided
    ([("33/2014/QĐ-UBND · Hồ Chí Minh", 2014, "Hồ Chí Minh"), ("33/2014/QĐ-UBND · Đồng Nai", 2014, "Đồng Nai")],
     None),
]


@pytest.mark.parametrize("fulls, where", CASES)
def test_one_local_decision_with_and_without_the_year_in_its_number(fulls, where):
    docs, cites = {}, []
    for i, (key, year, place) in enumerate(fulls):
        k, f = _doc(key, year, place)
        docs[k] = f
        for j in range(3):
            cites.append(Cite(f"a{i}{j}", k, 0, "Quyết định 33", PLOTS))
    docs["Quyết định 33 · ?"] = {"kind": "document", "doc_id": "QĐ 33", "type": "QĐ", "number": 33,
                                 "issuer": None, "ambiguous": True}
    cites.append(Cite("b", "Quyết định 33 · ?", 0, "QĐ 33", "Nhiều quận siết tách thửa theo QĐ 33, diện tích tối "
                                                         "thiểu được tách thửa tăng."))
    links, _ = plan(cites, docs, {c.article: (None, None) for c in cites}, catalog=Catalog([]), period=2017)
    assert [ln.document for ln in links if ln.article == "b"] == ([where] if where else [])
