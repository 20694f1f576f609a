"""Bare numbers after a type word without "số": when a number is a document, when a count.

A word that takes a bare number only after "số" (plans, letters, dispatches, rules, projects)
takes one without it when a date or the issuer follows; the words that are also verbs
("quyết định", "quy định") likewise. Programmes named after the decision that approved
them ("Chương trình 135", "Đề án 896") are no documents of that number.
"""

from __future__ import annotations

import pytest

from dangdoc import find_citations

FOUND = [
    # (text, surface, doc, body)
    # a letter numbered in the thousands is no year
    ("Ông trả lời về văn bản 2000 của Bộ Tài chính gửi các tỉnh.", "văn bản 2000 của Bộ Tài chính", "CV 2000",
     "Bộ Tài chính"),
    ("Bộ đã có văn bản 412 ngày 3/4/2016 của Văn phòng Chính phủ.", "văn bản 412 ngày 3/4/2016 của Văn phòng Chính phủ", "CV 412",
     "Văn phòng Chính phủ"),
    ("triển khai Công điện 77 của Thủ tướng về", "Công điện 77 của Thủ tướng", "CĐ 77", "Thủ tướng Chính phủ"),
    ("theo Kế hoạch 31 của Ban Chỉ đạo tỉnh;", "Kế hoạch 31", "KH 31", None),
    ("sơ kết Kế hoạch 12 của Bộ Chính trị về", "Kế hoạch 12 của Bộ Chính trị", "KH 12", "Bộ Chính trị"),
    ("Quy chế 05 của Ban Bí thư quy định", "Quy chế 05 của Ban Bí thư", "QC 5", "Ban Bí thư"),
    ("thực hiện Đề án 03 của Tỉnh ủy về", "Đề án 03 của Tỉnh ủy", "ĐA 3", "Tỉnh ủy"),
    ("báo cáo tại văn bản 1500 của Bộ Tài chính", "văn bản 1500 của Bộ Tài chính", "CV 1500", "Bộ Tài chính"),
    ("hướng dẫn tại Luật số 45 có hiệu lực", "Luật số 45", "Luật 45", None),
    ("Bộ luật số 12 đã sửa", "Bộ luật số 12", "Luật 12", None),
    # a verb-like type word with a date after a comma or in parentheses
    ("theo quyết định 731, ngày 2/3/2015 thì", "quyết định 731, ngày 2/3/2015", "QĐ 731", None),
    ("quyết định 88 (ngày 5/6/2012) của Thủ tướng", "quyết định 88 (ngày 5/6/2012) của Thủ tướng", "QĐ 88", "Thủ tướng Chính phủ"),
]


@pytest.mark.parametrize("text, surface, doc, body", FOUND)
def test_bare_number_with_evidence(text, surface, doc, body):
    found = find_citations(text)
    assert [(c.text, f"{c.doc.type} {c.doc.number}", c.body) for c in found] == [(surface, doc, body)]


NOT_FOUND = [
    # a year after a plan's word is its year, whoever's plan it is
    "Triển khai Kế hoạch 2030 của Bộ Chính trị về chuyển đổi số.",
    "hai bên thống nhất Kế hoạch 5 năm (2016-2020)",  # a plan's length
    "triển khai kế hoạch 9 điểm nhằm",  # a count
    "kế hoạch 100 ngày của Tổng thống",  # a count, then an issuer
    "so với kế hoạch 2016 của Vietnam Airlines",  # a year
    "Ban Chỉ đạo Đề án 896 cấp tỉnh",  # a programme named after its decision
    "thuộc Chương trình 135 của Chính phủ",  # the same, with the government named
    "tàu ngầm Đề án 955 của Hạm đội phương Bắc",  # a foreign ship class
    "Thông báo 64 được các bên phối hợp",  # nothing tells a number from a count
    "thi hành kỷ luật 13 đảng viên",  # discipline, not a law
    "Luật 2 năm mới có hiệu lực",  # a law without "số" is never bare
    "đạo luật 809 vốn không cho phép",
    "Công an thông báo 2 người của Công ty",  # a verb and a count
    "báo cáo 3 tháng vận hành",
    "chương trình 5 năm cho học sinh",
    "quyết định 4 vấn đề quan trọng",  # a verb and a count
    "quy định 18 nhóm hành vi",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_counts_amounts_and_names_are_no_citations(text):
    assert find_citations(text) == []
