"""A plural of documents just before a trigger is the trigger's subject.

"A về sửa đổi, bổ sung một số nghị định hướng dẫn thi hành Luật X": "hướng dẫn thi hành"
tells what those decrees do, so A (named before them) does not guide Luật X. Each sentence
is written for this test; the rows with a relation check that the rule leaves a source that
stands right before its trigger alone.
"""

from __future__ import annotations

import pytest

from conftest import end_name
from dangdoc import find_relations


NO_RELATION = [
    "Nghị định 05/2018/NĐ-CP về sửa đổi một số nghị định hướng dẫn thi hành Luật Đầu tư có hiệu lực từ tháng 3.",
    "Quyết định 22/2017/QĐ-TTg về việc sửa đổi những văn bản hướng dẫn thực hiện Nghị định 38/2012/NĐ-CP.",
    "Thông tư 12/2016/TT-BTC bãi bỏ các thông tư quy định chi tiết Luật Thuế giá trị gia tăng.",
    "Quyết định 40/2015/QĐ-UBND cùng những văn bản hướng dẫn thi hành Luật Xây dựng đã được phổ biến.",
    "Nghị định 20/2019/NĐ-CP sửa đổi nhiều văn bản quy phạm pháp luật có liên quan quy định chi tiết Luật Doanh nghiệp.",
    "Kết luận số 15-KL/TU nêu các kế hoạch thực hiện Nghị quyết số 07-NQ/TU còn chậm.",
]

RELATIONS = [
    # the source stands right before the trigger: no plural between
    ("Nghị định 05/2018/NĐ-CP hướng dẫn thi hành một số điều của Luật Đầu tư.",
     {("05/2018/NĐ-CP", "guides", "~Luật Đầu tư")}),
    # a plural after the trigger is the target's side, not its subject
    ("Chương trình số 15/CTr-UBND thực hiện các Nghị quyết số 63/NQ-CP và Nghị quyết số 64/NQ-CP.",
     {("15/CTr-UBND", "implements", "63/NQ-CP"), ("15/CTr-UBND", "implements", "64/NQ-CP")}),
]


@pytest.mark.parametrize("text", NO_RELATION)
def test_plural_is_the_subject(text):
    assert find_relations(text) == []


@pytest.mark.parametrize("text, expected", RELATIONS)
def test_source_before_its_trigger(text, expected):
    assert {(end_name(r.source), r.type, end_name(r.target)) for r in find_relations(text)} == expected
