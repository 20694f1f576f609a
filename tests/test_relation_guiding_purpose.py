"""A sentence that opens with the purpose of guiding: "Nhằm/Để hướng dẫn (chi tiết, thi hành) B,
X đã ban hành A" states that A guides B, as "Để thực hiện B, X đã ban hành A" states that A
implements B. Each sentence is written for this test.
"""

from __future__ import annotations

import pytest

from dangdoc import find_relations

SENTENCES = [
    ("Nhằm hướng dẫn chi tiết Quyết định số 45/2016/QĐ-TTg, Bộ Tài chính đã ban hành Thông tư số 07/2017/TT-BTC.",
     {("07/2017/TT-BTC", "guides", "45/2016/QĐ-TTg", "Nhằm hướng dẫn chi tiết")}),
    ("Để hướng dẫn thi hành Nghị định 15/2015/NĐ-CP, Bộ Kế hoạch và Đầu tư vừa ban hành Thông tư số 02/2016/TT-BKHĐT.",
     {("02/2016/TT-BKHĐT", "guides", "15/2015/NĐ-CP", "Để hướng dẫn thi hành")}),
    ("Để quy định chi tiết Nghị định 20/2017/NĐ-CP, Bộ đã xây dựng Thông tư số 41/2017/TT-BTC.",
     {("41/2017/TT-BTC", "guides", "20/2017/NĐ-CP", "Để quy định chi tiết")}),
    # no purpose word: an instruction or a heading, not a purpose
    ("Hướng dẫn Quyết định số 45/2016/QĐ-TTg, Bộ Tài chính đã ban hành Thông tư số 07/2017/TT-BTC.", set()),
    # guidance on something else, the document named later is what it is done under
    ("Để hướng dẫn áp dụng điểm này, Tòa án đã có Công văn số 12/TANDTC-PC theo Nghị quyết số 41/2017/QH14.", set()),
]


@pytest.mark.parametrize("text, expected", SENTENCES)
def test_purpose_of_guiding(text, expected):
    assert {(str(r.source.doc), r.type, str(r.target.doc), r.evidence) for r in find_relations(text)} == expected
