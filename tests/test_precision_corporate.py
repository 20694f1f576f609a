"""A company's numbered resolutions and decisions are no Party or state documents: those of
its board ("Nghị quyết số 15/NQ-HĐQT"), its shareholders' meeting ("01/2017/NQ-ĐHĐCĐ"), a
state company's members' council ("807/QĐ-VEC-HĐTV"), its supervisory board, or "the
company" ("25/QĐ-CTY"). Before, each was a state document of that issuer.

They are still read, so that no part of them is read again as something else (the
"2017" of "01/2017/NQ-ĐHĐCĐ"), but none is reported. A state body's document in the same
sentence is reported as before.
"""

from __future__ import annotations

import pytest

from dangdoc import find_citations

NOT_FOUND = [
    "Theo Nghị quyết ĐHĐCĐ số 03/2017/NQ-ĐHĐCĐ ngày 25/4/2017, ngân hàng chia cổ tức",
    "HĐQT đã ban hành Nghị quyết số 27/NQ-HĐQT về việc tạm ứng cổ tức",
    "công ty ra Quyết định số 41/QĐ-CTY bổ nhiệm kế toán trưởng",
    "Hội đồng thành viên ban hành Quyết định số 512/QĐ-TCT-HĐTV phê duyệt phương án",
    "theo Nghị quyết 11/2017/NQ-HĐQT ngày 2/3/2017 của Hội đồng quản trị",
    "Quyết định số 7/QĐ-BKS của Ban kiểm soát",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_company_document_is_not_a_citation(text):
    assert find_citations(text) == []


FOUND = [
    ("HĐQT ngân hàng xử lý nợ xấu theo Nghị quyết 42/2017/QH14 của Quốc hội", ["42/2017/QH14"]),
    ("sau Nghị quyết số 27/NQ-HĐQT, công ty thực hiện Nghị định 91/2015/NĐ-CP về vốn nhà nước",
     ["91/2015/NĐ-CP"]),
    ("Quyết định số 58/2016/QĐ-TTg về tiêu chí phân loại doanh nghiệp nhà nước", ["58/2016/QĐ-TTg"]),
]


@pytest.mark.parametrize("text, docs", FOUND)
def test_state_documents_near_companies(text, docs):
    assert [str(c.doc) for c in find_citations(text)] == docs
