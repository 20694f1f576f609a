"""How Vietnamese official text writes things: tone placement, capital letters, Roman
numerals, the abbreviations of title words.

One table each; the scanner builds its patterns from them and the normaliser folds with them.
"""

from __future__ import annotations

import re

# Old and new tone placement ("hoà"/"hòa", "uỷ"/"ủy") are both correct Vietnamese: the
# modern spelling of each pair, and the older one. Names are reported in the modern one.
TONE_PAIRS = {
    "òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
    "òe": "oè", "óe": "oé", "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ",
    "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ",
}

#: the upper-case letters of Vietnamese, as a regex character-class body
UPPER = "A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯ" + "".join(c for c in map(chr, range(0x1EA0, 0x1EFA)) if c.isupper())

#: a capitalised word of a proper name (a place, a body), not one of the capitalised words
#: that end a name in running text ("Tỉnh ủy Quảng Nam *Khóa* XI", "... *Về* việc")
CAPWORD = (
    rf"(?!(?-i:Khóa|Khoá|Về|Ngày|Năm|Nhiệm|Và|Tại|Số|Lần|Của|Theo|Thực|Nghị|Chỉ|Kết|Quy|Quyết)\b)"
    rf"(?-i:[{UPPER}])[^\W\d_]*+"
)

#: how "TW" (Trung ương) is also written inside codes: TƯ, T.Ư, T.W
TW_SPELLINGS = r"T\.?Ư|T\.W"

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
_ROMAN_LETTERS = ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman_to_int(text: str) -> int | None:
    """The value of a Roman numeral (``l`` typed for ``I`` is accepted), or None.

    >>> roman_to_int("XIII"), roman_to_int("Xlll"), roman_to_int("IIX")
    (13, 13, None)
    """
    text = text.upper().replace("L", "I") if "l" in text else text.upper()
    total, previous = 0, 0
    for ch in reversed(text):
        value = _ROMAN_VALUES.get(ch)
        if value is None:
            return None
        total += -value if value < previous else value
        previous = max(previous, value)
    return total if total > 0 and int_to_roman(total) == text else None


def int_to_roman(number: int) -> str:
    """The Roman numeral for a positive int.

    >>> int_to_roman(12), int_to_roman(24)
    ('XII', 'XXIV')
    """
    out = []
    for value, letters in _ROMAN_LETTERS:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def ordinal(text: object, highest: int) -> str | None:
    """A term or congress number, written in Roman or Arabic figures, as a Roman numeral;
    None when it is not one or above ``highest``.

    >>> ordinal("xii", 30), ordinal("13", 30), ordinal(" Xlll ", 30), ordinal("C", 30), ordinal("40", 30)
    ('XII', 'XIII', 'XIII', None, None)
    """
    text = str(text).strip()
    value = int(text) if text.isdigit() else roman_to_int(text)
    return int_to_roman(value) if value and 0 < value <= highest else None


# abbreviations news writers use for the words of titles ("đổi mới DNNN" for the title's
# "đổi mới ... doanh nghiệp nhà nước"), lower case
SHORT_FORMS = {
    "dnnn": "doanh nghiệp nhà nước", "xhcn": "xã hội chủ nghĩa", "cnh": "công nghiệp hóa",
    "hđh": "hiện đại hóa", "ktxh": "kinh tế xã hội", "khcn": "khoa học công nghệ",
    "htct": "hệ thống chính trị", "bđkh": "biến đổi khí hậu", "ntm": "nông thôn mới",
    "dtts": "dân tộc thiểu số", "tccs": "tổ chức cơ sở", "bhyt": "bảo hiểm y tế",
    "bhxh": "bảo hiểm xã hội", "atgt": "an toàn giao thông", "gdđt": "giáo dục đào tạo",
}
_SYLLABLE = re.compile(r"[^\W\d_]+")


def syllables(text: str) -> list[str]:
    """The syllables of a text, lower case, in order, with the abbreviations of title words
    written out where they stand: how a topic is compared with a title.

    >>> syllables("Đổi mới DNNN, năm 2017")
    ['đổi', 'mới', 'doanh', 'nghiệp', 'nhà', 'nước', 'năm']
    """
    out: list[str] = []
    for word in _SYLLABLE.findall(text.lower()):
        long = SHORT_FORMS.get(word)
        if long is None:
            out.append(word)
        else:
            out.extend(long.split(" "))
    return out
