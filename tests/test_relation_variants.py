"""find_relations on variants of the phrases that state a relation, and their look-alikes.

Each row is a sentence written for these tests, the relations it states as ``(source, type,
target)`` (``str(doc)`` of each side, or ``~`` and the words naming a document without a
number) and the words that state them. The rows come in groups, one per variant seen in
2017 news; each group has sentences with the same words and no relation between the two
documents.
"""

from __future__ import annotations

import pytest

from conftest import end_name
from dangdoc import find_relations


VARIANTS = [
    # -- "Thực hiện B, X đã có Văn bản số A": a letter sent to carry out B implements it
    ("Thực hiện Kết luận số 12-KL/TU ngày 5/1/2018 của Thường trực Tỉnh ủy, ngày 8/2/2018 Chủ tịch UBND tỉnh "
     "đã có Văn bản số 415/UBND-TH giao nhiệm vụ cho các sở.",
     {("415/UBND-TH", "implements", "12-KL/TU")}, "Thực hiện"),
    ("Thực hiện Chỉ thị số 07-CT/TU, Sở Y tế vừa có Công văn số 88/SYT-NV gửi các bệnh viện.",
     {("88/SYT-NV", "implements", "07-CT/TU")}, "Thực hiện"),
    # -- "A đã điều chỉnh, bổ sung một số điểm (mới) đối với B": amends
    ("Thông tư 14/2019/TT-BGDĐT đã điều chỉnh, bổ sung một số điểm mới đối với Thông tư 40/2016/TT-BGDĐT.",
     {("14/2019/TT-BGDĐT", "amends", "40/2016/TT-BGDĐT")}, "điều chỉnh, bổ sung"),
    ("Nghị định 21/2019/NĐ-CP điều chỉnh, sửa đổi Nghị định 55/2015/NĐ-CP.",
     {("21/2019/NĐ-CP", "amends", "55/2015/NĐ-CP")}, "điều chỉnh, sửa đổi"),
    # -- "A hướng dẫn (việc) thực hiện <topic> (quy định) tại B1 và B2": guides each
    ("Thông tư 30/2018/TT-BTC hướng dẫn việc thực hiện miễn giảm phí tại Nghị định 91/2016/NĐ-CP và "
     "Nghị định 15/2017/NĐ-CP.",
     {("30/2018/TT-BTC", "guides", "91/2016/NĐ-CP"), ("30/2018/TT-BTC", "guides", "15/2017/NĐ-CP")},
     "hướng dẫn việc thực hiện"),
    ("Thông tư 05/2019/TT-BLĐTBXH hướng dẫn thực hiện chế độ trợ cấp quy định tại Nghị định 44/2017/NĐ-CP.",
     {("05/2019/TT-BLĐTBXH", "guides", "44/2017/NĐ-CP")}, "hướng dẫn thực hiện"),
    # -- "A (...) với tính chất là văn bản quy định chi tiết thi hành B": guides
    ("Nghị định số 72/2008/NĐ-CP với tính chất là văn bản quy định chi tiết thi hành Bộ luật Lao động năm 2005 "
     "cũng hết hiệu lực.",
     {("72/2008/NĐ-CP", "guides", "~Bộ luật Lao động năm 2005")}, "quy định chi tiết thi hành"),
    ("Nghị định số 72 (và các văn bản sửa đổi Nghị định số 72) với tính chất là văn bản quy định chi tiết thi hành "
     "Nghị định số 41/2006/NĐ-CP đã hết hiệu lực.",
     {("NĐ 72", "guides", "41/2006/NĐ-CP")}, "quy định chi tiết thi hành"),
]

NO_RELATION = [
    # "đã có" without an opening "Thực hiện B": a letter that reports, carries out nothing
    "Ngày 6/7, UBND huyện đã có Văn bản số 2520/UBND-VP gửi Sở về Quyết định số 12/2017/QĐ-UBND.",
    # "thực hiện" in the middle of a sentence, then "đã có": a task, not the letter's purpose
    "Xã chậm thực hiện Chỉ thị số 07-CT/TU, huyện đã có Văn bản số 88/UBND-VP nhắc nhở.",
    # "điều chỉnh, bổ sung" prices or plans, not a document
    "Quyết định số 30/2014/QĐ-UBND về việc điều chỉnh, bổ sung giá một số dịch vụ y tế tại Nghị quyết số 13/2013/NQ-HĐND.",
    "Các chủ tàu phải điều chỉnh bổ sung hồ sơ nhiều lần theo Nghị định 67/2014/NĐ-CP.",
    # "theo hướng dẫn tại": guidance in general
    "Phường thu tiền theo hướng dẫn tại Nghị quyết số 170/2015/NQ-HĐND và Quyết định số 43/2015/QĐ-UBND.",
    # "hướng dẫn thực hiện ... tại" a place, then a document in another clause
    "Sở hướng dẫn thực hiện thủ tục tại bộ phận một cửa; Nghị định 61/2018/NĐ-CP quy định rõ việc này.",
    # a "căn cứ" list: the documents are listed together, none guides another
    "Căn cứ Nghị định 91/2016/NĐ-CP, Thông tư 30/2018/TT-BTC hướng dẫn, Sở đã thu phí.",
    # "gắn với thực hiện": two tasks
    "Tỉnh tiếp tục thực hiện Nghị quyết Trung ương 4 khóa XII gắn với thực hiện Chỉ thị số 05-CT/TW.",
    # "là văn bản" without a trigger after it
    "Nghị định số 72/2008/NĐ-CP là văn bản quan trọng, Luật Lao động năm 2012 cũng vậy.",
]


@pytest.mark.parametrize("text, expected, evidence", VARIANTS)
def test_variant(text, expected, evidence):
    relations = find_relations(text)
    assert {(end_name(r.source), r.type, end_name(r.target)) for r in relations} == expected
    for r in relations:
        assert text[r.start : r.end] == r.evidence == evidence


@pytest.mark.parametrize("text", NO_RELATION)
def test_no_relation(text):
    assert find_relations(text) == []
