"""link: a Party document of a term that began after the article is no candidate.

Party numbers restart every term, so the catalogue holds one number several times
(80-KL/TW of the 10th term, 2010, and of the 13th); some of its rows give the term but no
day. An article of 2017 cannot name a document of a term that began in 2021: its date
(else the period's end) bounds the terms, as it bounds the days of dated candidates.
"""

from __future__ import annotations

import pytest

from dangdoc.graph.link import Cite, plan
from dangdoc.resolve.catalog import Catalog

ROWS = ("type,number,issuer,date,body,term,plenum,title,source,certainty\n"
        "KL,80,TW,2010-07-29,Ban Bí thư,X,,về xây dựng tổ chức đảng trong các doanh nghiệp khu vực ngoài nhà nước,my notes,high\n"
        "KL,80,TW,,Bộ Chính trị,XIII,,về quy hoạch các khu công nghiệp và doanh nghiệp khu vực ngoài nhà nước,my notes,high\n")
PARTIAL = {"kind": "document", "doc_id": "80-KL/TW", "type": "KL", "number": 80, "issuer": "TW", "system": "party",
           "ambiguous": True}
TEXT = "Thành ủy chỉ đạo xây dựng tổ chức đảng trong doanh nghiệp khu vực ngoài nhà nước theo Kết luận 80-KL/TW."


@pytest.mark.parametrize("date, period, where", [
    ("2017-06-01", 2017, "80-KL/TW · khóa X"),    # the 13th term began in 2021
    (None, 2017, "80-KL/TW · khóa X"),            # no date: the period's end bounds it
    ("2024-06-01", 2024, None),                   # in 2024 both may be meant: the words do not tell
])
def test_a_term_after_the_article_is_no_candidate(tmp_path, date, period, where):
    path = tmp_path / "rows.csv"
    path.write_text(ROWS, encoding="utf-8")
    catalog = Catalog([]).with_csv(path)
    cites = [Cite("a", "80-KL/TW · ?", 0, "Kết luận 80-KL/TW", TEXT)]
    links, _ = plan(cites, {"80-KL/TW · ?": dict(PARTIAL)}, {"a": (date, None)}, catalog=catalog, period=period)
    assert [ln.document for ln in links] == ([where] if where else [])
