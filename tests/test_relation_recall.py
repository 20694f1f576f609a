"""find_relations on the ways news writing states a relation that were missed before, one
table per phenomenon, each with sentences that look alike and state none.

The sentences are written for these tests. A source or target is named as in
``test_relation_phrases``: the identifier, or ``~`` and the words of an unnumbered document.
"""

from __future__ import annotations

import pytest
from test_relation_phrases import _found  # the same names for what was found

from dangdoc import find_relations

# -- documents named without a number: a bare draft, a lower-case type word used as a noun,
# a body in lower case, a review with its years
UNNUMBERED = [
    ("Chiều nay, Sở họp về dự thảo thay thế Quyết định 21/2015/QĐ-UBND về cấp phép xây dựng.",
     {("~dự thảo", "replaces", "21/2015/QĐ-UBND")}),
    ("Sở Xây dựng đã có dự thảo văn bản thay thế Quyết định 48/2016/QĐ-UBND.",
     {("~dự thảo văn bản", "replaces", "48/2016/QĐ-UBND")}),
    ("Theo Sở, trong dự thảo mới (thay thế Quyết định 12/2014/QĐ-UBND), diện tích tối thiểu tăng lên.",
     {("~dự thảo mới", "replaces", "12/2014/QĐ-UBND")}),
    ("Hội đồng góp ý vào dự thảo sửa đổi, bổ sung Quy định số 102-QĐ/TW của Bộ Chính trị.",
     {("~dự thảo", "amends", "102-QĐ/TW")}),
    ("Thành phố sắp ban hành quyết định mới thay thế Quyết định 64/2013/QĐ-UBND.",
     {("~quyết định", "replaces", "64/2013/QĐ-UBND")}),
    ("Bộ trưởng nói: “Trong chỉ thị nêu rõ là tiếp tục thực hiện Chỉ thị 26/CT-TTg của Thủ tướng.”",
     {("~chỉ thị", "continues", "26/CT-TTg")}),
    ("Bộ đã ban hành và triển khai chương trình hành động của Chính phủ thực hiện Nghị quyết số 08-NQ/TW về du lịch.",
     {("~chương trình hành động của Chính phủ", "implements", "08-NQ/TW")}),
    ("Tỉnh sẽ thông qua Chương trình hành động của tỉnh thực hiện Nghị quyết số 11-NQ/TW.",
     {("~Chương trình hành động", "implements", "11-NQ/TW")}),
    ("Chính phủ vừa có Nghị quyết 18/NQ-CP ban hành chương trình hành động của Chính phủ triển khai Nghị quyết số 19-NQ/TW.",
     {("18/NQ-CP", "implements", "19-NQ/TW")}),
    ('Ban hoàn thành Đề án "Tổng kết 10 năm 2007-2017 thực hiện Nghị quyết số 09-NQ/TW về biển".',
     {("~Đề án", "reviews", "09-NQ/TW")}),
    ("Ban hoàn thành Đề án tổng kết 15 năm (2002 - 2017) thực hiện Nghị quyết số 14-NQ/TW.",
     {("~Đề án", "reviews", "14-NQ/TW")}),
    ("Bộ trưởng trình bày báo cáo sơ kết tình hình 1 năm thực hiện Nghị quyết 35/NQ-CP.",
     {("~báo cáo", "reviews", "35/NQ-CP")}),
    ("Dự kiến Nghị định này sẽ có hiệu lực vào năm 2019, thay thế Nghị định số 131/2013/NĐ-CP.",
     {("~Nghị định", "replaces", "131/2013/NĐ-CP")}),
]

NOT_UNNUMBERED = [
    # "dự thảo" is a verb after "đang"
    "Bộ Tài chính đang dự thảo để trình Chính phủ sửa đổi Nghị định 91/2015/NĐ-CP và Nghị định 32/2015/NĐ-CP.",
    # a draft named, then another subject acts
    "Theo dự thảo, doanh nghiệp thực hiện Nghị định 15/2018/NĐ-CP và Thông tư 05/2018/TT-BCT.",
    # "kết luận", "báo cáo" are the verbs of a person or a ministry
    "Tại cuộc họp, Thứ trưởng kết luận, thực hiện Quyết định số 1551/QĐ-TTg ngày 30/12/2016 của Thủ tướng Chính phủ.",
    "Bộ Kế hoạch và Đầu tư báo cáo sơ kết một năm thực hiện Nghị quyết 35/NQ-CP và Nghị quyết 19/NQ-CP.",
    # a subject with a capital beyond A-Z ("Ủy", "Ông", "Ở")
    "Hôm qua, Ủy ban báo cáo sơ kết một năm thực hiện Nghị quyết 35/NQ-CP.",
    "Chiều nay, Ông Nam báo cáo sơ kết một năm thực hiện Nghị quyết 35/NQ-CP.",
    # "quy định mới" is the rules in general: it does not implement the decree it is applied under
    "Phường áp dụng quy định mới để thực hiện việc xử phạt theo Nghị định 155/2016/NĐ-CP.",
    # a programme put together with a resolution: "gắn với thực hiện" joins tasks
    "Các đảng bộ thực hiện Nghị quyết số 11-NQ/TW gắn với thực hiện Chỉ thị số 05-CT/TW.",
]


@pytest.mark.parametrize(("text", "expected"), UNNUMBERED)
def test_unnumbered_sources(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", NOT_UNNUMBERED)
def test_no_unnumbered_source(text):
    assert find_relations(text) == []


# -- the title of an amending law: what it amends is the law named after "của", and that name
# ends where the sentence goes on
AMENDING_LAWS = [
    # the year after the title may be the amending law's own: the target is the law by name
    ("Giấy cấp trước năm 2005 vẫn có giá trị; Luật sửa đổi, bổ sung một số điều của Luật Thủy sản năm 2004 giữ nguyên.",
     {("~Luật", "amends", "~Luật Thủy sản")}),
    ("Dự án Luật sửa đổi, bổ sung một số điều của Luật Dược vừa được trình Quốc hội.",
     {("~Dự án Luật", "amends", "~Luật Dược")}),
    ("Nghị định hướng dẫn Luật Nhà ở nêu rõ điều kiện mua nhà.", {("~Nghị định", "guides", "~Luật Nhà ở")}),
    ("Theo Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống ma túy, người nghiện được cai tại nhà.",
     {("~Luật", "amends", "~Luật Phòng, chống ma túy")}),
    ("Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Thể dục, thể thao; Luật Đo đạc.",
     {("~Luật", "amends", "~Luật Thể dục, thể thao")}),
    ("[Thông qua Luật sửa đổi, bổ sung một số điều của Bộ luật Dân sự]", {("~Luật", "amends", "~Bộ luật Dân sự")}),
    ("Dự thảo Luật sửa đổi, bổ sung Bộ luật Lao động, một số điều còn nhiều ý kiến.",
     {("~Dự thảo Luật", "amends", "~Bộ luật Lao động")}),
    ("Về khoản thu này, Luật sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng Điều 5 quy định rõ.",
     {("~Luật", "amends", "~Luật Thuế giá trị gia tăng")}),
    # "các luật ... số 32/2013/QH13": the number is the amending law's, and "các luật" is no document
    ("Đất giao trước đó, Luật sửa đổi, bổ sung một số điều của các luật liên quan đến thuế số 71/2014/QH13.", set()),
]


@pytest.mark.parametrize(("text", "expected"), AMENDING_LAWS)
def test_amending_law_titles(text, expected):
    assert _found(text) == expected


def test_a_passive_with_a_tone_mark_left_off():
    text = "Miễn tiền thuê đất theo Điều 19 Nghị định 46/2014/NĐ-CP (đươc sửa đổi bởi Nghị định 135/2016/NĐ-CP)."
    assert _found(text) == {("135/2016/NĐ-CP", "amends", "46/2014/NĐ-CP")}
    # the same words with no document before them state nothing
    assert find_relations("Mức thu (đươc sửa đổi bởi Nghị định 135/2016/NĐ-CP) tăng.") == []
