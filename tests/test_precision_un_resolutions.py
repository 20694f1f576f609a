"""Resolutions of the UN Security Council ("Nghị quyết 2334", "nghị quyết 1718") are no
Vietnamese documents. Before, only "Nghị quyết N của Hội đồng Bảo an" right after the number
was left out; the Council named earlier in the sentence ("Hội đồng Bảo an đã thông qua
Nghị quyết 2356"), or after a date or a verb ("Nghị quyết 2356 ra ngày 2/6 của Hội đồng
Bảo an") still made a Vietnamese resolution 2356.

The rule: a "Nghị quyết" with a bare number and no Vietnamese issuing body, in a sentence
that names the UN, the Security Council or the General Assembly before it, or that names
them within a few words after it, is not read. The sentence alone decides only for numbers
of 100 and above (the Council's resolutions cited today): "Liên Hợp Quốc ... Nghị quyết 22 về
hội nhập quốc tế" is the Politburo's; the cost is the General Assembly's "Nghị quyết 32/2"
of 1977 in the corpus, which is read again. A resolution with a code, or one whose
Vietnamese issuer is written, is read as before, whatever else the sentence says.
"""

from __future__ import annotations

import pytest

from dangdoc import find_citations

NOT_FOUND = [
    "Hội đồng Bảo an LHQ hôm qua đã nhất trí thông qua Nghị quyết 2397 về trừng phạt",
    "HĐBA Liên Hợp Quốc thông qua nghị quyết 2375, siết nguồn cung dầu",
    "Sau khi Liên Hiệp Quốc ra nghị quyết 678, liên quân tấn công",
    "Nga ủng hộ Nghị quyết số 2371 được thông qua ngày 5/8 của Hội đồng Bảo an",
    "Đại hội đồng Liên Hợp Quốc đã bỏ phiếu thông qua Nghị quyết 377 năm 1950",
    "vi phạm nghị quyết 1874 ra năm 2009 của Liên Hợp Quốc",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_un_resolution_is_not_a_citation(text):
    assert find_citations(text) == []


FOUND = [
    # a Vietnamese issuer or a code: read whatever the sentence says of the UN
    ("Tại Liên Hợp Quốc, Việt Nam đã thực hiện Nghị quyết 19 của Chính phủ về môi trường kinh doanh",
     ["NQ 19"]),
    ("Hội đồng Bảo an họp trong khi Chính phủ ban hành Nghị quyết 35/NQ-CP về doanh nghiệp", ["35/NQ-CP"]),
    ("Tham gia gìn giữ hòa bình Liên Hợp Quốc theo Nghị quyết số 22-NQ/TW của Bộ Chính trị", ["22-NQ/TW"]),
    # the UN in another sentence
    ("Hội đồng Bảo an họp hôm qua. Thủ tướng yêu cầu thực hiện Nghị quyết 35 về doanh nghiệp", ["NQ 35"]),
    # a number below 100 with the UN earlier in the sentence: a Vietnamese resolution
    ("Việt Nam tham gia gìn giữ hòa bình Liên Hợp Quốc theo tinh thần Nghị quyết 22 về hội nhập quốc tế",
     ["NQ 22"]),
    # a company's general meeting of shareholders is no UN body
    ("Đại hội đồng cổ đông ngân hàng đồng ý xử lý nợ xấu theo Nghị quyết 42 của Quốc hội", ["NQ 42"]),
    ("Đại hội đồng cổ đông thông qua kế hoạch bán nợ theo Nghị quyết 42 về xử lý nợ xấu", ["NQ 42"]),
    # another type word: the rule is about resolutions
    ("Bộ Ngoại giao LHQ cho biết Quyết định 2218 của Thủ tướng đã được thực hiện", ["QĐ 2218"]),
]


@pytest.mark.parametrize("text, docs", FOUND)
def test_vietnamese_resolution_near_the_un(text, docs):
    assert [str(c.doc) for c in find_citations(text)] == docs
