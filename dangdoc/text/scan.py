"""Candidate scanning: the compiled patterns that find where citations may be.

:func:`candidates` finds the anchors in three passes, each a compiled pattern that the
regex engine can skip through quickly: type words followed by a number or a plenum or
congress phrase ("Chỉ thị số 05", "Nghị quyết Trung ương 4"; :data:`WORD_AFTER_SPACE`,
:data:`WORD_AFTER_OTHER`), bare codes ("126-HD/BTGTW"; :data:`CODE_ANCHOR`) and
abbreviations ("NQ21", "NQ TW 4"; :data:`ABBR_ANCHOR`). One case-insensitive alternation
of everything ran at 4 MB/s; these passes together run at about 30. The smaller patterns here read the pieces that follow an anchor:
identifier, date, issuing body, term, plenum, congress. They are built from the
vocabularies in :mod:`dangdoc.vocab.codes`, use possessive quantifiers where whitespace
repeats, and none can backtrack super-linearly.
"""

from __future__ import annotations

import itertools
import re

from ..vocab import codes
from ..vocab.orthography import CAPWORD, TONE_PAIRS, TW_SPELLINGS, int_to_roman, roman_to_int  # noqa: F401


class _Lazy:
    """A pattern compiled on first use, so that ``import dangdoc`` stays fast."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags = pattern, flags

    def __getattr__(self, name):
        compiled = re.compile(self.pattern, self.flags)
        for method in ("match", "search", "finditer", "fullmatch", "sub"):
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


# whitespace: any run of spaces, with at most one line break (a citation may wrap,
# but does not run on into the next paragraph)
# The scan runs on the caller's text (folding 100 MB up front costs more than the scan), so
# the patterns accept the look-alikes themselves: no-break and thin spaces, every dash,
# every slash; identifiers and dates are folded only inside their windows.
SPACE = " \t\r\u00a0\u2007\u2009\u202f"
DASH = "\\-\u2010-\u2015\u2212\ufe63\uff0d"
SLASH = "/\uff0f\u2044\u2215"
_ = rf"[{SPACE}]*+(?:\n[{SPACE}]*+)?"
__ = rf"(?:[{SPACE}]++(?:\n[{SPACE}]*+)?|\n[{SPACE}]*+)"

def words(phrase: str) -> str:
    """A pattern for a lower-case phrase: flexible spaces, both tone placements.

    >>> import re
    >>> bool(re.fullmatch(words("tỉnh ủy"), "Tỉnh  uỷ", re.I))
    True
    """
    out = []
    for part in phrase.split(" "):
        piece = re.escape(part)
        for modern, old in TONE_PAIRS.items():
            piece = piece.replace(modern, f"(?:{modern}|{old})")
        out.append(piece.replace("đ", "[đð]"))
    return __.join(out)


def _alternation(phrases) -> str:
    return "|".join(words(p) for p in sorted(set(phrases), key=len, reverse=True))


NUMBER = r"(?<![\d.,])\d{1,5}(?![\d])"
CODE = r"[^\W\d_](?:[^\W_]|\.(?=[^\W\d_])){0,11}(?![^\W_])"
SEP = rf"[{SPACE}]{{0,2}}[{DASH}{SLASH}][{SPACE}]{{0,2}}"
ROMAN = r"(?-i:[IVXL][IVXLl]{0,6}|l[lIVX]{0,6})(?![^\W_])"
ORDINAL_WORDS = {
    "nhất": 1, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "mười ba": 13,
    "mười bốn": 14, "mười lăm": 15, "mười năm": 15,
}
_ORDINAL_WORD = _alternation(ORDINAL_WORDS)

TYPE_WORD = _alternation(codes.type_words())
TYPE_WORD_AT = _Lazy(TYPE_WORD, re.IGNORECASE)
_TW = rf"(?:trung{__}ương|TW|{TW_SPELLINGS})(?![^\W\d_])"
_BCH = rf"(?:ban{__}chấp{__}hành{__}|BCH{_})"

# what may follow a type word for it to be a candidate
_FOLLOW = (
    rf"(?i:{_}(?:(?:số|sô)(?![^\W\d_])[{SPACE}]*+:?{_})?\d"
    rf"|{__}(?:của{__})?(?:hội{__}nghị|đại{__}hội|[đð]hđb|trung{__}ương|t\.?ư|t\.?w|bch|ban{__}chấp{__}hành)(?![^\W\d_]))"
)


def _word_trie(phrases) -> str:
    """The type words as they are written (any word lower case or Capitalised, or UPPER CASE),
    grouped by first letter, each group opening with its literal letter.

    Case-insensitive matching, or an alternation whose branches do not start with a literal,
    makes Python's regex engine try every branch at every position; this shape lets it
    compare one character and move on.
    """
    written = set()
    for phrase in phrases:
        # each word in lower case or capitalised ("Thông tư Liên tịch"), or all in capitals
        for choice in itertools.product((str.lower, str.capitalize), repeat=phrase.count(" ") + 1):
            written.add(" ".join(f(w) for f, w in zip(choice, phrase.split(" "))))
        written.add(phrase.upper())
    groups: dict[str, list[str]] = {}
    for phrase in sorted(written, key=len, reverse=True):
        groups.setdefault(phrase[0], []).append(phrase[1:])
    return "|".join(
        f"{re.escape(first)}(?:{'|'.join(words(rest) for rest in rests)})" for first, rests in groups.items()
    )


_TRIE = _word_trie(codes.type_words())
#: type words followed by a number or a plenum or congress phrase, after a space (the
#: literal space lets the engine search fast); the type word is group "w"
# a one-character test that rules out most type words before the full _FOLLOW is tried
# ("Nghị quyết Nghị quyết ..." must not cost the whole lookahead at every word); the trie is
# an atomic group, longest word first, so that a failed look-ahead does not send the
# engine back through every shorter spelling of the word
_FOLLOW_GATE = rf"(?=[{SPACE}\n]*+[\dsScChHđĐðÐtTbB])"
WORD_AFTER_SPACE = _Lazy(rf" (?P<w>(?>{_TRIE}))(?![^\W\d_]){_FOLLOW_GATE}(?={_FOLLOW})")
#: the same after a line break, a bracket, a quote, or punctuation with no space ("5.Quyết định")
WORD_AFTER_OTHER = _Lazy(rf"[\n\t\r\u00a0(“\"'‘«\[….,;:](?P<w>(?>{_TRIE}))(?![^\W\d_]){_FOLLOW_GATE}(?={_FOLLOW})")
#: ... and at the very start
WORD_AT_START = _Lazy(rf"(?P<w>(?>{_TRIE}))(?![^\W\d_]){_FOLLOW_GATE}(?={_FOLLOW})")
#: the separator of a number and code, "126-HD/BTGTW", "15/2006/QĐ-UBND"; the match starts at
#: the separator (a rare character, which the engine skips to quickly) and looks back for digits
CODE_ANCHOR = _Lazy(
    rf"[{DASH}{SLASH}](?:(?<=\d.)|(?<=\d[{SPACE}].)|(?<=\d[{SPACE}]{{2}}.))"
    rf"[{SPACE}]{{0,2}}(?:\d{{4}}[{SPACE}]{{0,2}}[{DASH}{SLASH}][{SPACE}]{{0,2}})?[^\W\d_]"
)
#: "NQ21", "NQ TW 4"
ABBR_ANCHOR = _Lazy(
    rf"NQ(?<![\w/.-]NQ)(?:[ {DASH}]?{_TW})?[ {DASH}]?\d{{1,3}}(?![\d/.,-]\d|[^\W_])"
)
_CODE_START = _Lazy(rf"(?<![\w/.{DASH}])\d{{1,5}}[{SPACE}]{{0,2}}$")


def candidates(text: str):
    """The anchors in ``text``, in order: ``(start, kind)`` with kind ``word``, ``code``, ``abbr``.

    >>> list(candidates("Chỉ thị số 05 và 126-HD/BTGTW, NQ21; (NGHỊ QUYẾT 18)"))
    [(0, 'word'), (17, 'code'), (31, 'abbr'), (38, 'word')]
    """
    found = [(m.start("w"), "word") for m in WORD_AFTER_SPACE.finditer(text)]
    found += [(m.start("w"), "word") for m in WORD_AFTER_OTHER.finditer(text)]
    if WORD_AT_START.match(text):
        found.append((0, "word"))
    for m in CODE_ANCHOR.finditer(text):
        start = _CODE_START.search(text, max(0, m.start() - 8), m.start())
        if start is not None:
            found.append((start.start(), "code"))
    found += [(m.start(), "abbr") for m in ABBR_ANCHOR.finditer(text)]
    found.sort()
    return found


NUMBER_WORD = _Lazy(rf"(?:số|sô)(?![^\W\d_])[ \t]*+:?{_}", re.IGNORECASE)

# an identifier or a bare number; which part is which is the grammar's job
IDENT = _Lazy(
    rf"(?P<num>{NUMBER})"
    rf"(?:(?P<ysep>{SEP})(?P<year>(?:19|20)\d\d)(?!\d))?"
    # after the first two codes, joint issuers follow without spaces: 05-QC/BTCTU-BDVTU
    rf"(?:{SEP}(?P<codes>{CODE}(?:{SEP}{CODE}(?:[{DASH}]{CODE}){{0,2}})?)"
    rf"|[ \t]{{1,2}}(?P<spaced>{CODE}{SEP}{CODE}(?:[{DASH}]{CODE}){{0,2}}))?",
    re.IGNORECASE,
)

# coordination: "18, 19-NQ/TW", "89; 214; 124", "126-KL/TW và 127-KL/TW"
LIST_JOIN = _Lazy(rf"{_}(?:[,;&]|và(?![^\W_])){_}(?=\d)", re.IGNORECASE)
# what a bare number must not be followed by: "kế hoạch 5 năm", "Nghị quyết 3 tháng"
BARE_STOP = _Lazy(
    rf"{_}(?:năm(?!{_}\d{{4}})|tháng|ngày(?!{_}\d)|người|%|tỷ|triệu|nghìn|ngàn|đồng|lần|giờ|phút|km|ha|tuổi|điểm|"
    rf"cuộc|đảng{__}viên|học{__}sinh|hộ|xã|thôn|tấn|mét|m2|USD|VNĐ|VND|nhóm|nạn{__}nhân|h)(?![^\W_])"
    rf"|[.,]\d",  # a decimal or thousands separator: "2.779 triệu", "239,4 ha"
    re.IGNORECASE,
)
# a bare number in a list must end where a list item ends ("Chỉ thị 05, 10 năm qua" is no list)
LIST_BARE_END = _Lazy(
    rf"{_}(?:[,;.):(]|(?:và|của|ngày|về|có|là|đã|được|do|tại|nhằm|trên)(?![^\W_])|$)", re.IGNORECASE
)

DATE = _Lazy(
    rf"(?:(?:ban{__}hành{__})?(?:vào{__})?(?P<ngay>ngày){_})?"
    rf"(?P<d>\d{{1,2}}){_}(?P<s>[{DASH}{SLASH}.]){_}(?P<m>\d{{1,2}})(?:{_}(?P=s){_}(?P<y>\d{{4}}))?(?![\d/.-]?\d)"
    rf"|(?:ngày{_})?(?P<d2>\d{{1,2}}){__}tháng{__}(?P<m2>\d{{1,2}})(?:(?:{_},{_}|{__})năm{__}(?P<y2>\d{{4}}))?(?!\d)"
    rf"|năm{__}(?P<y3>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)

_CENTRAL_FORMS = [f for b in codes.bodies() if codes.issuer_level(b.issuer) not in codes.LOCAL_LEVELS for f in b.forms]
_LOCAL_FORMS = [f for b in codes.bodies() if codes.issuer_level(b.issuer) in codes.LOCAL_LEVELS for f in b.forms]
_PLACE = rf"(?:tỉnh|thành{__}phố|TP\.?|huyện|quận|thị{__}xã|xã|phường|thị{__}trấn)"
LOCALITY = (
    rf"(?:{__}khối(?![^\W_]))?"
    rf"(?:{__}(?:các{__}cơ{__}quan|doanh{__}nghiệp|dân{__}chính{__}đảng))?"
    rf"(?:{__}{_PLACE}(?![^\W_]))?(?:{__}{CAPWORD}){{0,4}}"
)
BODY = _Lazy(
    rf"(?P<local>{_alternation(_LOCAL_FORMS)})(?![^\W_])(?P<place>{LOCALITY})"
    rf"|(?P<central>{_alternation(_CENTRAL_FORMS)})(?![^\W_])",
    re.IGNORECASE,
)
BODY_INTRO = _Lazy(rf"(?:của|do){__}", re.IGNORECASE)

TERM = _Lazy(
    rf"\({_}(?:khóa|khoá|nhiệm{__}kỳ){_}:?{_}(?P<t1>{ROMAN}|\d{{1,2}}(?!\d)){_}\)"
    rf"|(?:khóa|khoá)(?![^\W_]){_}:?{_}(?P<t2>{ROMAN}|\d{{1,2}}(?![\d/.-]\d))",
    re.IGNORECASE,
)
TERM_MORE = _Lazy(
    rf"{_}(?:,|và(?![^\W_])){_}(?:(?:khóa|khoá){__})?(?P<t>{ROMAN})", re.IGNORECASE
)

_PLENUM_NUMBER = (
    rf"(?:lần{__}thứ{__}(?P<pw>{_ORDINAL_WORD}|\d{{1,2}})(?![^\W_])"
    rf"|(?P<pn>\d{{1,2}})(?![\d]|[/.-]\d)"
    rf"|(?-i:(?P<pc>Nhất|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười))(?![^\W_])(?!{_}\d))"
)
# "Hội nghị Trung ương 4", "Trung ương 4", "T.Ư 4", "Hội nghị BCH Trung ương Đảng lần thứ 5"
PLENUM_AFTER = _Lazy(
    rf"(?:của{__})?(?:hội{__}nghị{__})?(?:{_BCH})?{_TW}(?:{__}đảng)?{_}(?:{_PLENUM_NUMBER})", re.IGNORECASE
)
# "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng", "Hội nghị lần thứ 4 BCH TW"
PLENUM_BEFORE = _Lazy(
    rf"(?:của{__})?hội{__}nghị{__}(?:{_PLENUM_NUMBER}){_}(?:của{__})?{_BCH}?{_TW}(?:{__}đảng)?",
    re.IGNORECASE,
)
# "NQ TW 4", "NQTW4"
ABBR = _Lazy(rf"NQ(?P<tw>[ -]?{_TW})?[ -]?(?P<n>\d{{1,3}})", re.IGNORECASE)

_PARTY_ORG = rf"(?:đảng{__}bộ(?![^\W_])(?P<GROUP>{LOCALITY})|đảng(?:{__}cộng{__}sản{__}việt{__}nam)?|toàn{__}quốc)"
CONGRESS = _Lazy(
    rf"(?:của{__})?(?:đại{__}hội|ĐHĐB)(?![^\W_])"
    rf"(?:{__}đại{__}biểu)?"
    rf"(?:{__}(?:{_PARTY_ORG.replace('GROUP', 'org1')})(?![^\W_]))?"
    rf"(?:{__}toàn{__}quốc)?"
    rf"(?:{__}(?:lần{__}thứ{__})?(?P<ord>{ROMAN}|\d{{1,2}}(?![\d/.-]\d)))?"
    rf"(?:(?:{_},{_}|{__})(?:của{__})?(?:{_PARTY_ORG.replace('GROUP', 'org2')})(?![^\W_]))?"
    rf"(?P<nk>{_}\(?{_}nhiệm{__}kỳ{__}\d{{4}}{_}-{_}\d{{4}}{_}\)?)?",
    re.IGNORECASE,
)

# "(Khóa XI, XII)", "(khóa XI và khóa XII)": one plenum, several terms
TERM_LIST = _Lazy(
    rf"\({_}(?:khóa|khoá){_}(?P<first>{ROMAN})(?P<more>(?:{_}(?:,|và){_}(?:(?:khóa|khoá){__})?{ROMAN})+){_}\)",
    re.IGNORECASE,
)
ROMAN_AT = _Lazy(ROMAN)
# resolutions that are not Vietnamese: "Nghị quyết 2334 của Hội đồng Bảo an"
FOREIGN = _Lazy(
    rf"{_},?{_}(?:(?:của|do){__})?(?:Hội{__}đồng{__}Bảo{__}an|HĐBA|Liên{__}(?:Hợp|Hiệp){__}Quốc|LHQ|Đại{__}hội{__}đồng)",
    re.IGNORECASE,
)
# congresses of other organisations: "Đại hội XI Công đoàn Việt Nam"
OTHER_CONGRESS = _Lazy(
    rf"{_}(?:của{__})?(?:Công{__}đoàn|Đoàn|Hội|Mặt{__}trận|Đảng{__}Cộng{__}sản{__}(?!Việt)|Liên{__}hiệp|Hiệp{__}hội)",
    re.IGNORECASE,
)

# "(sau đây gọi tắt là Nghị quyết 35)", "(gọi tắt là NQ35)", "(Nghị quyết 18)"
ALIAS = _Lazy(
    rf"{_}\({_}(?:(?:sau{__}đây{__})?(?:gọi|viết){__}tắt{__}(?:là{__})?|gọi{__}là{__})?"
    rf"[“\"]?(?P<alias>(?:{TYPE_WORD}){_}(?:số{__})?\d{{1,5}}|(?-i:NQ|CT|KL)[ -]?\d{{1,5}})[”\"]?{_}\)",
    re.IGNORECASE,
)

# a topic after the citation: ", về việc ...", "về “...”", or a quoted title
TITLE_ABOUT = _Lazy(
    rf"{_},?{_}về(?![^\W_]){_}(?:việc{__})?(?:[“\"](?P<quoted>[^”\"\n]{{1,300}})[”\"]|(?P<plain>[^\n.;:()“”\"]{{1,200}}))",
    re.IGNORECASE,
)
TITLE_QUOTED = _Lazy(rf"{_}[:,]?{_}[“\"](?P<quoted>[^”\"\n]{{1,300}})[”\"]")

SEPARATOR = _Lazy(rf"{_}(?:,{_})?")
OPEN_PAREN = _Lazy(rf"{_}\({_}")
CLOSE_PAREN = _Lazy(rf"{_}\)")
