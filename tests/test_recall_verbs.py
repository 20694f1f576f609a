"""Lower-case "quyết định N", "quy định N": a document, or a verb and a count.

A document when a date, its issuer or a topic follows, when the number ends a clause
("mà", "thì", a comma, a closing quote), or when it is what was signed ("ký quyết định N");
a count goes on to what it counts.
"""

from __future__ import annotations

import pytest

from dangdoc import find_citations

FOUND = [
    # (text, surface, doc)
    ("không phải vì có quy định 102 mà bỏ", "quy định 102", "QĐ 102"),
    ("nội dung của quyết định 417, có những điểm", "quyết định 417", "QĐ 417"),
    ("“làm theo quy định 47”, ông nói", "quy định 47", "QĐ 47"),
    ("ban hành quyết định 33 thì", "quyết định 33", "QĐ 33"),
    ("Thủ tướng đã ký quyết định 1210 điều động", "quyết định 1210", "QĐ 1210"),
    ("theo quyết định 731, ngày 2/3/2015 thì", "quyết định 731, ngày 2/3/2015", "QĐ 731"),
    ("quyết định 551 của Thủ tướng", "quyết định 551 của Thủ tướng", "QĐ 551"),
]


@pytest.mark.parametrize("text, surface, doc", FOUND)
def test_verb_word_with_a_document(text, surface, doc):
    assert [(c.text, f"{c.doc.type} {c.doc.number}") for c in find_citations(text)] == [(surface, doc)]


NOT_FOUND = [
    # "đăng ký" (register) is not "ký" (sign)
    "Anh ấy đã đăng ký quyết định 929 điều động về đơn vị mới.",
    "Hội nghị quyết định 4 vấn đề lớn",
    "Luật quy định 18 nhóm hành vi",
    "nên quy định 2 hình thức (trực tiếp và trực tuyến)",
    "vượt mức quy định 9% của ngân hàng",
    "chi sai quy định 80 tỉ đồng",
    "5. Không nên thay con quyết định 6. Không nên",  # a numbered list
    "đã ký quyết định 2 lần",
    "trái quy định 700.000m3 nước",
    "của quy định 02:2009/BYT",
    "có kết luận 02 cuộc thanh tra",
    "đã hướng dẫn 4 tỉnh",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_verb_and_count(text):
    assert find_citations(text) == []
