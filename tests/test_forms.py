"""The citations people actually write, phenomenon by phenomenon (issues 12 and 13).

Each row is one variant: the text, then what must be found, in order, as
``(surface, kind, identifier, congress, body, term)``. Offsets are checked against
``text.index(surface)``, computed here, not taken from the citation.
"""

from __future__ import annotations

import pytest

from dangdoc import find_citations


def _check(text, expected):
    found = find_citations(text)
    got = [(c.text, c.kind, str(c.doc) if c.doc else None, c.congress, c.body, c.term) for c in found]
    assert got == expected
    at = 0
    for c, (surface, *_rest) in zip(found, expected):
        at = text.index(surface, at)
        assert (c.start, c.end) == (at, at + len(surface))
        at += len(surface)


CONGRESSES = [
    # lower case throughout, local congress with the place
    ("triển khai nghị quyết đại hội đảng bộ tỉnh Bình Phước lần thứ XI vào cuộc sống",
     [("nghị quyết đại hội đảng bộ tỉnh Bình Phước lần thứ XI", "congress", None, "XI", "Đảng bộ tỉnh Bình Phước", None)]),
    # the level without the place
    ("Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI đã đề ra",
     [("Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI", "congress", None, "XXI", "Đảng bộ huyện", None)]),
    # "NQ" and "ĐH" abbreviated, national congress
    ("bám sát NQ ĐH XIII của Đảng trong",
     [("NQ ĐH XIII của Đảng", "congress", None, "XIII", None, None)]),
    # "NQ" abbreviated, "đại hội" in lower case
    ("quán triệt NQ đại hội XII vào",
     [("NQ đại hội XII", "congress", None, "XII", None, None)]),
    # "ĐH Đảng bộ" abbreviated, local
    ("thực hiện Nghị quyết ĐH Đảng bộ thị xã lần thứ IX, nhiều",
     [("Nghị quyết ĐH Đảng bộ thị xã lần thứ IX", "congress", None, "IX", "Đảng bộ thị xã", None)]),
    # the word Đại hội left out, national
    ("theo Nghị quyết lần thứ XII của Đảng, toàn dân",
     [("Nghị quyết lần thứ XII của Đảng", "congress", None, "XII", None, None)]),
    # the word Đại hội left out, Arabic ordinal, local organisation after it
    ("nghị quyết lần thứ 17 của Đảng bộ thành phố Đà Nẵng đã",
     [("nghị quyết lần thứ 17 của Đảng bộ thành phố Đà Nẵng", "congress", None, "XVII", "Đảng bộ thành phố Đà Nẵng", None)]),
    # the term given as years, level only: the term is carried
    ("Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020-2025 đề ra",
     [("Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020-2025", "congress", None, None, "Đảng bộ xã", "2020-2025")]),
    # the term as years with an en dash and spaces, after the ordinal and a comma
    ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2015 – 2020 xác định",
     [("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2015 – 2020", "congress", None, "XVII", "Đảng bộ tỉnh", "2015-2020")]),
    # the term in parentheses
    ("Nghị quyết Đại hội Đảng bộ phường (nhiệm kỳ 2020 - 2025) về",
     [("Nghị quyết Đại hội Đảng bộ phường (nhiệm kỳ 2020 - 2025)", "congress", None, None, "Đảng bộ phường", "2020-2025")]),
    # the term as years in parentheses, the words "nhiệm kỳ" left out
    ("Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIV (2020 - 2025) đề ra",
     [("Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIV (2020 - 2025)", "congress", None, "XXIV", "Đảng bộ huyện", "2020-2025")]),
    # an organisation named with lower-case words ("Quân đội") before the ordinal
    ("Nghị quyết Đại hội Đảng bộ Quân đội lần thứ XI và",
     [("Nghị quyết Đại hội Đảng bộ Quân đội lần thứ XI", "congress", None, "XI", "Đảng bộ Quân đội", None)]),
    # a place whose name is two names joined by a hyphen
    ("Nghị quyết Đại hội Đảng bộ tỉnh Bà Rịa - Vũng Tàu lần thứ VII đề ra",
     [("Nghị quyết Đại hội Đảng bộ tỉnh Bà Rịa - Vũng Tàu lần thứ VII", "congress", None, "VII", "Đảng bộ tỉnh Bà Rịa - Vũng Tàu", None)]),
    # the congress given as "khóa"
    ("Nghị quyết Đại hội Đảng bộ quận khóa VI đề ra",
     [("Nghị quyết Đại hội Đảng bộ quận khóa VI", "congress", None, "VI", "Đảng bộ quận", None)]),
    # ellipsis across a list: the second congress keeps the level only
    ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII, huyện lần thứ XXIII đã",
     [("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII", "congress", None, "XVII", "Đảng bộ tỉnh", None),
      ("huyện lần thứ XXIII", "congress", None, "XXIII", "Đảng bộ huyện", None)]),
    # ellipsis of "Nghị quyết": national congress, then a local one
    ("Nghị quyết Đại hội XII của Đảng và Đại hội Đảng bộ tỉnh lần thứ XVIII đề ra",
     [("Nghị quyết Đại hội XII của Đảng", "congress", None, "XII", None, None),
      ("Đại hội Đảng bộ tỉnh lần thứ XVIII", "congress", None, "XVIII", "Đảng bộ tỉnh", None)]),
]

CONGRESS_LOOK_ALIKES = [
    "Nghị quyết Đại hội Đảng bộ các cấp nhiệm kỳ 2020 – 2025",  # every level: generic
    "nghị quyết đại hội cấp mình",  # no designation
    "Nghị quyết Đại hội đồng cổ đông thường niên năm 2017",  # shareholders' meeting
    "Nghị quyết Đại hội X của Đảng Nhân dân Cách mạng Lào",  # another country's party
    "Nghị quyết lần thứ 3 được thông qua",  # an ordinal, no Party organisation
    "Đại hội Đảng bộ tỉnh lần thứ XVII diễn ra",  # a meeting, not its resolution
]

LOOSE_TYPE_WORDS = [
    # no diacritics at all, with a code
    ("theo Nghi quyet so 05-NQ/TW cua",
     [("Nghi quyet so 05-NQ/TW", "short", "05-NQ/TW", None, None, None)]),
    # one tone mark missing
    ("thực hiện Nghị quyêt số 21-NQ/TW của Bộ Chính trị",
     [("Nghị quyêt số 21-NQ/TW của Bộ Chính trị", "short", "21-NQ/TW", None, "Bộ Chính trị", None)]),
    # no diacritics, directive
    ("Chi thi 16-CT/TW ve cong tac",
     [("Chi thi 16-CT/TW", "short", "16-CT/TW", None, None, None)]),
    # tone mark missing on the first word, state decision
    ("Quyêt định số 1234/QĐ-TTg của Thủ tướng",
     [("Quyêt định số 1234/QĐ-TTg của Thủ tướng", "state", "1234/QĐ-TTg", None, "Thủ tướng Chính phủ", None)]),
    # a loose spelling with "số" and a bare number
    ("Chỉ thi số 27 của Bộ Chính trị",
     [("Chỉ thi số 27 của Bộ Chính trị", "bare", "CT 27", None, "Bộ Chính trị", None)]),
]

ABBREVIATED_TYPE_WORDS = [
    # "NĐ" for Nghị định, with a bare number
    ("đóng tàu theo NĐ 67, ngư dân", [("NĐ 67", "bare", "NĐ 67", None, None, None)]),
    # "QĐ" for Quyết định, bare number and body
    ("theo QĐ 33 của UBND TP", [("QĐ 33 của UBND TP", "bare", "QĐ 33", None, "Ủy ban nhân dân TP", None)]),
]

VERBS_AND_DOCUMENTS = [
    # lower-case "quyết định" with a number followed by the issuer: a decision
    ("theo quyết định 551 của Thủ tướng Chính phủ",
     [("quyết định 551 của Thủ tướng Chính phủ", "bare", "QĐ 551", None, "Thủ tướng Chính phủ", None)]),
    # ... and with a date
    ("thực hiện quyết định 1600 ngày 16/8/2016 về",
     [("quyết định 1600 ngày 16/8/2016", "full", "QĐ 1600", None, None, None)]),
    # the verb with a count is not
    ("Hội nghị đã quyết định 4 vấn đề lớn", []),
    # "đồng loạt" after a bare number is not the currency
    ("Nghị định 67 đồng loạt được triển khai",
     [("Nghị định 67", "bare", "NĐ 67", None, None, None)]),
    # the currency still stops a bare number
    ("chi phí theo quy định 500 đồng mỗi", []),
]

GLUED = [
    # the date glued to the code
    ("Chỉ thị số 05-CT/TWngày 15/5/2016 của Bộ Chính trị",
     [("Chỉ thị số 05-CT/TWngày 15/5/2016 của Bộ Chính trị", "full", "05-CT/TW", None, "Bộ Chính trị", None)]),
    # a verb glued to an old state code
    ("Nghị định 67/CPvừa được ban hành",
     [("Nghị định 67/CP", "state", "67/NĐ-CP", None, None, None)]),
    # "của" glued, the body is still read
    ("Quy định 47-QĐ/TWcủa Bộ Chính trị về",
     [("Quy định 47-QĐ/TWcủa Bộ Chính trị", "short", "47-QĐ/TW", None, "Bộ Chính trị", None)]),
    # an upper-case word glued to a joint code in a document header
    ("TRUNG ƯƠNG ĐOÀN Số: 412 - QĐ/TWĐTN-VPĐOÀN THANH NIÊN",
     [("412 - QĐ/TWĐTN-VP", "code", "412-QĐ/TWĐTN-VP", None, None, None)]),
    # "TƯ" written for TW is part of the code, not a glued word
    ("Hướng dẫn số 21-HD/BTGTƯ của Ban Tuyên giáo",
     [("Hướng dẫn số 21-HD/BTGTƯ", "short", "21-HD/BTGTW", None, None, None)]),
    # a normative state code with a glued date
    ("Nghị định 15/2004/NĐ-CPngày 12/1/2004",
     [("Nghị định 15/2004/NĐ-CPngày 12/1/2004", "state", "15/2004/NĐ-CP", None, None, None)]),
]

BARE_LISTS = [
    # three bare numbers, one body at the end
    ("Chỉ thị 13, 14 và 25 của Thủ tướng Chính phủ",
     [("Chỉ thị 13", "bare", "CT 13", None, "Thủ tướng Chính phủ", None),
      ("14", "bare", "CT 14", None, "Thủ tướng Chính phủ", None),
      ("25 của Thủ tướng Chính phủ", "bare", "CT 25", None, "Thủ tướng Chính phủ", None)]),
    # "số" repeated before the second number, term at the end
    ("Quy định số 101 và số 102 của Bộ Chính trị (khóa XII) về",
     [("Quy định số 101", "bare", "QĐ 101", None, "Bộ Chính trị", "XII"),
      ("số 102 của Bộ Chính trị (khóa XII)", "bare", "QĐ 102", None, "Bộ Chính trị", "XII")]),
]

SHAPES = [
    # a letter after the number, state normative
    ("Nghị quyết 30a/2008/NQ-CP của Chính phủ",
     [("Nghị quyết 30a/2008/NQ-CP của Chính phủ", "state", "30a/2008/NQ-CP", None, "Chính phủ", None)]),
    # an upper-case letter after the number, an unknown issuer with a date
    ("Thông báo 961A/TB-LĐ ngày 20/9/2016",
     [("Thông báo 961A/TB-LĐ ngày 20/9/2016", "state", "961A/TB-LĐ", None, None, None)]),
    # a joint regulation with two slashes and several issuers
    ("Quy chế phối hợp số 02/QCPH/MTTQ-UBND giữa",
     [("Quy chế phối hợp số 02/QCPH/MTTQ-UBND", "state", "02/QCPH-MTTQ-UBND", None, None, None)]),
    # a joint resolution: the issuer is the whole list
    ("Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN ngày",
     [("Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN", "state", "09/2008/NQLT-CP-UBTWMTTQVN", None, None, None)]),
    # a joint circular
    ("Thông tư liên tịch 03/2016/TTLT-BNV-BTC hướng dẫn",
     [("Thông tư liên tịch 03/2016/TTLT-BNV-BTC", "state", "03/2016/TTLT-BNV-BTC", None, None, None)]),
    # the Central Committee as "BCH T.Ư Đảng", the term after it
    ("Nghị quyết số 04-NQ/TW của BCH T.Ư Đảng (khóa XII) về",
     [("Nghị quyết số 04-NQ/TW của BCH T.Ư Đảng (khóa XII)", "short", "04-NQ/TW", None, "Ban Chấp hành Trung ương", "XII")]),
]

LOOK_ALIKES = [
    "máy tính chạy hệ điều hành 32-bit và 64-bit",  # word size
    "phiên bản 2.3-beta của phần mềm",  # version number
    "mẫu điện thoại SM-G950F mới",  # product code
    "lô hàng 12/HN-SG đã về",  # a route, no type word, unknown codes
    "thí sinh chỉ thi 2 môn trong tổ hợp",  # "chỉ thi" (only sits) is no mistyped "Chỉ thị"
    "Hội đồng quy định 3 nhóm đối tượng",  # the verb with a count
]


@pytest.mark.parametrize(
    "text, expected",
    CONGRESSES + LOOSE_TYPE_WORDS + ABBREVIATED_TYPE_WORDS + VERBS_AND_DOCUMENTS + GLUED + BARE_LISTS + SHAPES,
)
def test_forms(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text", CONGRESS_LOOK_ALIKES + LOOK_ALIKES)
def test_look_alikes(text):
    assert find_citations(text) == []
