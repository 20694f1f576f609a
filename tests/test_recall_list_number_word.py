"""The second identifier of a list begins at its "số" also when the first took a date or a
body and the second was read on its own: "số 1956/KL-CT và số 2100/QĐ-CT ngày 19-9-2016"."""

from __future__ import annotations

import pytest

from dangdoc import find_citations

CASES = [
    # (text, surfaces)
    ("trong kết luận thanh tra số 12/KL-CT và số 340/QĐ-CT ngày 2-3-2016 của Cục thuế",
     ["kết luận thanh tra số 12/KL-CT", "số 340/QĐ-CT ngày 2-3-2016"]),
    ("theo các Công văn số 41/TTg-KTN ngày 8/3/2013; số 77/TTg-KTN ngày 7/5/2016 và số 98/TTg-KTN",
     ["Công văn số 41/TTg-KTN ngày 8/3/2013", "số 77/TTg-KTN ngày 7/5/2016", "số 98/TTg-KTN"]),
    ("văn bản số 57/TB-VPCP ngày 6/11/2015, số 16/TB-VPCP ngày 4/3/2017",
     ["văn bản số 57/TB-VPCP ngày 6/11/2015", "số 16/TB-VPCP ngày 4/3/2017"]),
    # no list: "số" after a full stop, or with no citation just before
    ("Văn bản 5/VPCP-KTTH. Và số 6/VPCP-KTTH nữa", ["Văn bản 5/VPCP-KTTH", "6/VPCP-KTTH"]),
    ("ông ký và số 6/VPCP-KTTH ngày 3/4/2017 nữa", ["6/VPCP-KTTH ngày 3/4/2017"]),
]


@pytest.mark.parametrize("text, surfaces", CASES)
def test_second_item_begins_at_its_number_word(text, surfaces):
    assert [c.text for c in find_citations(text)] == surfaces
