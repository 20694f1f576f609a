"""Which documents of a list after a trigger are its targets.

"Kế hoạch thực hiện B1, B2 và B3" implements each B. But when the source is itself one item
of an open list ("đã có trong A cũng như Chương trình hành động ... thực hiện B, C"), the
words "thực hiện B" say what that item is, and ", C" is the next item of the outer list:
C is not implemented. "và" keeps joining targets ("thực hiện B1 và B2, C").
"""

from __future__ import annotations

import pytest

from dangdoc.resolve.relations import find_relations


def stated(text: str) -> list[tuple[str, str, str]]:
    return [(r.source.text, r.type, r.target.text) for r in find_relations(text)]


@pytest.mark.parametrize("text, expected", [
    # a source that heads the clause: every document of the list is a target
    ("Tỉnh ủy ban hành Kế hoạch số 15-KH/TU thực hiện Nghị quyết số 18-NQ/TW, Nghị quyết số 19-NQ/TW "
     "và Nghị quyết số 20-NQ/TW.",
     [("Kế hoạch số 15-KH/TU", "implements", "Nghị quyết số 18-NQ/TW"),
      ("Kế hoạch số 15-KH/TU", "implements", "Nghị quyết số 19-NQ/TW"),
      ("Kế hoạch số 15-KH/TU", "implements", "Nghị quyết số 20-NQ/TW")]),
    ("Bộ đã ban hành Kế hoạch số 05/KH-BCA tiếp tục thực hiện Chỉ thị số 11-CT/TW, Chỉ thị số 13/CT-TTg "
     "về phòng chống tội phạm.",
     [("Kế hoạch số 05/KH-BCA", "continues", "Chỉ thị số 11-CT/TW"),
      ("Kế hoạch số 05/KH-BCA", "continues", "Chỉ thị số 13/CT-TTg")]),
    # after "và" the list before the source is closed: what follows its targets is still its
    ("Tỉnh ủy ban hành Nghị quyết số 05-NQ/TU và Kế hoạch số 10-KH/TU thực hiện Chỉ thị số 05-CT/TW, "
     "Nghị quyết số 04-NQ/TW.",
     [("Kế hoạch số 10-KH/TU", "implements", "Chỉ thị số 05-CT/TW"),
      ("Kế hoạch số 10-KH/TU", "implements", "Nghị quyết số 04-NQ/TW")]),
    # the source is one item of an open list: ", C" is the list's next item
    ("Chủ trương này đã có trong Nghị quyết số 39-NQ/TW cũng như Kế hoạch hành động của Chính phủ thực hiện "
     "Nghị quyết 39, Quyết định số 2218/QĐ-TTg về tinh giản biên chế.",
     [("Kế hoạch hành động của Chính phủ", "implements", "Nghị quyết 39")]),
    ("Việc này được quy định tại Nghị định số 108/2014/NĐ-CP, Chương trình hành động của Bộ Nội vụ thực hiện "
     "Nghị quyết số 39-NQ/TW, Quyết định số 2218/QĐ-TTg về tinh giản biên chế.",
     [("Chương trình hành động của Bộ Nội vụ", "implements", "Nghị quyết số 39-NQ/TW")]),
    ("Các văn bản như Nghị định số 108/2014/NĐ-CP, Kế hoạch số 12/KH-UBND thực hiện Nghị quyết số 39-NQ/TW, "
     "Quyết định số 2218/QĐ-TTg đều nêu rõ lộ trình.",
     [("Kế hoạch số 12/KH-UBND", "implements", "Nghị quyết số 39-NQ/TW")]),
    # ... and its targets joined by "và" stay its targets
    ("Điều này có trong Nghị quyết số 35/NQ-CP cũng như Chương trình hành động của Chính phủ thực hiện "
     "Nghị quyết số 10-NQ/TW và Nghị quyết số 11-NQ/TW, Quyết định số 1557/QĐ-TTg về công vụ.",
     [("Chương trình hành động của Chính phủ", "implements", "Nghị quyết số 10-NQ/TW"),
      ("Chương trình hành động của Chính phủ", "implements", "Nghị quyết số 11-NQ/TW")]),
])
def test_the_targets_of_a_list(text, expected):
    assert stated(text) == expected
