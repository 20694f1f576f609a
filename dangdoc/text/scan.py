"""Candidate scanning: the compiled patterns that find where citations may be.

:func:`candidates` finds the anchors in three passes, each a compiled pattern that the
regex engine can skip through quickly: type words followed by a number or a plenum or
congress phrase ("Chỉ thị số 05", "Nghị quyết Trung ương 4"; :data:`WORD_ANCHOR`), bare
codes ("126-HD/BTGTW"; :data:`CODE_ANCHOR`, whose matches also find a type code written
before the number, "NĐ-67/CP") and abbreviations ("NQ21", "NQ TW 4"; :data:`ABBR_ANCHOR`).
One case-insensitive alternation of everything ran at 4 MB/s; these passes together run at
about 30. The smaller patterns here read the pieces that follow an anchor: identifier,
date, issuing body, term, plenum, congress. They are built from the
vocabularies in :mod:`dangdoc.vocab.codes`, use possessive quantifiers where whitespace
repeats, and none can backtrack super-linearly.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from ..vocab import codes
from ..vocab.orthography import CAPWORD, TONE_PAIRS, TW_SPELLINGS, UPPER


class Lazy:
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
# the patterns accept the look-alikes themselves: every Unicode space (no-break, thin,
# figure, ideographic ...), every dash, every slash; identifiers and dates are folded only
# inside their windows.
# SPACE is one space of any kind but the line break "\n". Written as a category, not as a
# list of characters: a class listing characters beyond U+00FF costs Python's compiler a
# 64K-entry map each time, and these patterns hold it thousands of times (compiling them
# took 0.7 s before every build, 0.4 s now).
SPACE = r"[^\S\n]"
DASH = "\\-\u2010-\u2015\u2212\ufe63\uff0d"
SLASH = "/\uff0f\u2044\u2215"
_ = rf"{SPACE}*+(?:\n{SPACE}*+)?"
# at least one space: the same run as _, tested for a first space up front
__ = rf"(?=\s){SPACE}*+\n?+{SPACE}*+"

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


# the five tone marks; the other marks (circumflex, breve, horn) make a different vowel
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def _loose_letter(ch: str) -> str:
    """A class for one letter as people mistype it: as written, without its tone mark, bare."""
    if ch in "đð":
        return "[đðd]"
    if ch in "ĐÐ":
        return "[ĐÐD]"
    marks = unicodedata.normalize("NFD", ch)
    if len(marks) == 1:
        return re.escape(ch)
    base = marks[0]
    toneless = unicodedata.normalize("NFC", base + "".join(m for m in marks[1:] if m not in _TONE_MARKS))
    return "[" + "".join(sorted({ch, toneless, base})) + "]"


def loose_words(phrase: str) -> str:
    """Like :func:`words`, and any letter may lose its tone mark or all its diacritics.

    >>> import re
    >>> [bool(re.fullmatch(loose_words("nghị quyết"), s)) for s in ("nghi quyet", "nghị quyêt", "nghị quyết", "nghe quyết")]
    [True, True, True, False]
    """
    out = []
    for part in phrase.split(" "):
        spellings = {part}
        for modern, old in TONE_PAIRS.items():
            if modern in part:
                spellings.add(part.replace(modern, old))
        loose = ("".join(_loose_letter(ch) for ch in s) for s in sorted(spellings, key=len, reverse=True))
        out.append(f"(?:{'|'.join(loose)})")
    return __.join(out)


def skeleton(text: str) -> str:
    """``text`` without any diacritic, đ as d, lower case, single spaces: how loose spellings meet.

    >>> skeleton("Nghị  quyêt"), skeleton("Quyết định")
    ('nghi quyet', 'quyet dinh')
    """
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return " ".join(bare.replace("đ", "d").replace("Đ", "D").replace("ð", "d").replace("Ð", "D").lower().split())


def _type_word_pattern(phrase: str) -> str:
    # a type word of several words may be mistyped ("Nghi quyet", "Quyêt định"); an
    # abbreviation ("NĐ") or a single word ("luật") only as written
    return loose_words(phrase) if " " in phrase else words(phrase)


NUMBER = r"(?<![\d.,])\d{1,5}(?![\d])"
# a letter written straight after a document's number, before the code: "30a/2008/NQ-CP"
_SUFFIX = rf"(?:(?-i:[a-zA-Z])(?={SPACE}{{0,2}}[{DASH}{SLASH}]))"
# an office's name spelled with "&" inside a code: "TT-BGD&ĐT", "BNN&PTNT", "QLCT&CTMT"
# (up to 16 characters: the Front's "ĐCTUBTWMTTQVN" in 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN)
CODE = r"[^\W\d_](?:[^\W_]|\.(?=[^\W\d_])|(?<=[^\W\d_])&(?=[^\W\d_])){0,15}(?![^\W_])"
SEP = rf"{SPACE}{{0,2}}[{DASH}{SLASH}]{SPACE}{{0,2}}"
ROMAN = r"(?-i:[IVXL][IVXLl]{0,6}|l[lIVX]{0,6})(?![^\W_])"
ORDINAL_WORDS = {
    "nhất": 1, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "mười ba": 13,
    "mười bốn": 14, "mười lăm": 15, "mười năm": 15,
}
_ORDINAL_WORD = _alternation(ORDINAL_WORDS)

TYPE_WORD = "|".join(_type_word_pattern(p) for p in sorted(codes.type_words(), key=len, reverse=True))
TYPE_WORD_AT = Lazy(TYPE_WORD, re.IGNORECASE)
_TW = rf"(?:trung{__}ương|TW|{TW_SPELLINGS})(?![^\W\d_])"
_BCH = rf"(?:ban{__}chấp{__}hành{__}|BCH{_})"

# what may follow a type word for it to be a candidate
_FOLLOW = (
    rf"(?i:{_}(?:(?:số|sô|so)(?![^\W\d_]){SPACE}*+:?{_})?\d"
    rf"|{__}(?:của{__})?(?:hội{__}nghị|đại{__}hội|[đð]hđb|(?-i:[ĐÐ]H)|trung{__}ương|t\.?ư|t\.?w|bch|ban{__}chấp{__}hành"
    rf"|lần{__}thứ)(?![^\W\d_]))"
)


def _word_trie(phrases) -> tuple[str, frozenset]:
    """The type words as they are written (any word lower case or Capitalised, or UPPER CASE),
    as a trie: one branch per first letter, each opening with its literal letter, and the
    spellings that share a beginning share its branch; and the letters they begin with.

    Case-insensitive matching, or an alternation whose branches do not start with a literal,
    makes Python's regex engine try every branch at every position; this shape lets it
    compare one character and move on. A longer word is tried before a shorter one.
    """
    written = set()
    # a loose spelling whose first letter differs ("Đề án", "De an") is a phrase of its own
    phrases = set(phrases) | {skeleton(p) for p in phrases if " " in p and skeleton(p)[0] != p[0]}
    # both tone placements: "kế hoạch", "kế họach"
    phrases |= {p.replace(a, b) for p in phrases for a, b in TONE_PAIRS.items() if a in p}
    phrases |= {p.replace(b, a) for p in phrases for a, b in TONE_PAIRS.items() if b in p}
    for phrase in phrases:
        # each word in lower case or capitalised ("Thông tư Liên tịch"), or all in capitals
        for choice in itertools.product((str.lower, str.capitalize), repeat=phrase.count(" ") + 1):
            written.add(" ".join(f(w) for f, w in zip(choice, phrase.split(" "))))
        written.add(phrase.upper())
    root: dict = {}
    for phrase in sorted(written):
        node = root
        for token in _letter_tokens(phrase):
            node = node.setdefault(token, {})
        node[""] = {}  # a word ends here
    return _trie_pattern(root), frozenset(w[0] for w in written)


def _letter_tokens(phrase: str) -> list[str]:
    """One pattern per letter: the first literal, the others loose in a phrase of several
    words, exact (with the old tone placement) in a single word."""
    loose = " " in phrase
    tokens = [re.escape(phrase[0])]
    rest = phrase[1:]
    for i, ch in enumerate(rest):
        if ch == " ":
            tokens.append(__)
        elif loose:
            tokens.append(_loose_letter(ch))
        elif ch.lower() in "đð":
            tokens.append("[đð]" if ch.islower() else "[ĐÐ]")
        else:
            tokens.append(re.escape(ch))
    return tokens


def _trie_pattern(node: dict) -> str:
    # the end of a word is the last choice: longer words first
    branches = [token + _trie_pattern(child) for token, child in node.items() if token]
    if "" in node:
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    return f"(?:{'|'.join(branches)})"


_TRIE, _FIRST_LETTERS = _word_trie(codes.type_words())
# a one-character test that rules out most type words before the full _FOLLOW is tried
# ("Nghị quyết Nghị quyết ..." must not cost the whole lookahead at every word); the trie is
# an atomic group, longest word first, so that a failed look-ahead does not send the
# engine back through every shorter spelling of the word
_FOLLOW_GATE = rf"(?=\s*+[\dsScChHđĐðÐtTbBlL])"
#: type words followed by a number or a plenum or congress phrase, after a space, a line
#: break, a bracket, a quote, or punctuation with no space ("5.Quyết định"); the type word is
#: group "w". The character before comes first: the engine searches for it quickly (as fast
#: as for a literal space, and one pattern to compile, not one per kind of character before;
#: "at the start of the text" as an alternative made the search 60% slower)
WORD_ANCHOR = Lazy(rf"[ \n\t\r\u00a0(“\"'‘«\[….,;:](?P<w>(?>{_TRIE}))(?![^\W\d_]){_FOLLOW_GATE}(?={_FOLLOW})")
#: the separator of a number and code, "126-HD/BTGTW", "15/2006/QĐ-UBND"; the match starts at
#: the separator (a rare character, which the engine skips to quickly) and looks back for digits
# (what follows is tested first: on "1-1-1-" it fails at once, before any look-behind; the
# last look-behind admits a letter after the number, "30a/2008/NQ-CP")
CODE_ANCHOR = Lazy(
    rf"[{DASH}{SLASH}](?={SPACE}{{0,2}}(?:\d{{4}}{SPACE}{{0,2}}[{DASH}{SLASH}]{SPACE}{{0,2}})?[^\W\d_])"
    rf"(?:(?<=\d.)|(?<=\d{SPACE}.)|(?<=\d{SPACE}{{2}}.)|(?<=\d[a-zA-Z].))"
)
# the type codes that may be written before the number, as the code is spelled (upper case,
# "QĐi"): "NĐ-67/CP", "QĐ–123/TTg", "TT-15/BTC"; not the codes that are words or parts of
# product names ("L", "DA", "PA", "BB", "BS", "HĐ" of contracts)
_PREFIXABLE = ("NQ", "CT", "KL", "QĐ", "QĐi", "HD", "CTr", "KH", "TB", "BC", "QC", "CV", "TTr", "ĐA", "TT", "NĐ",
               "TTLT", "NQLT", "PL", "CĐ")
# each as listed and with the look-alike Ð; a decree's and a decision's also without the
# diacritic ("ND-67/CP"; "DA" is another type)
_PREFIX_TYPE_CODES = "|".join(
    sorted({f for c in _PREFIXABLE for f in (c, c.replace("Đ", "Ð"))} | {"ND", "QD", "QDi"}, key=len, reverse=True)
)
# a type code, a dash and a number before a code anchor's slash: "NĐ-67/CP", "QĐ – 123/TTg",
# "TT-15/2014/BTC" (found from the code anchors: a pass of its own over the text cost 15%)
_PREFIX_START = Lazy(
    rf"(?<![^\W_])(?-i:{_PREFIX_TYPE_CODES}){SPACE}?[{DASH}]{SPACE}?\d{{1,5}}(?-i:[a-zA-Z])?{SPACE}{{0,2}}$"
)
# the longest such beginning
_PREFIX_WINDOW = 16
#: a type code, a dash, the number, maybe a year, and the issuer: "NĐ-67/CP" names Nghị định 67/NĐ-CP
PREFIXED = Lazy(
    rf"(?P<type>(?-i:{_PREFIX_TYPE_CODES})){SPACE}?[{DASH}]{SPACE}?(?P<num>{NUMBER})(?P<suffix>{_SUFFIX})?"
    rf"{SPACE}{{0,2}}[{SLASH}]{SPACE}{{0,2}}(?:(?P<year>(?:19|20)\d\d){SPACE}{{0,2}}[{SLASH}]{SPACE}{{0,2}})?"
    rf"(?P<codes>{CODE}(?:[{DASH}]{CODE}){{0,2}})"
)

#: "NQ21", "NQ TW 4"; not "NQ-05/TW", a type code before the number and its issuer
ABBR_ANCHOR = Lazy(
    rf"NQ(?<![\w/.-]NQ)(?:[ {DASH}]?{_TW})?[ {DASH}]?\d{{1,3}}"
    rf"(?![\d/.,-]\d|[^\W_]|{SPACE}{{0,2}}[{SLASH}]{SPACE}{{0,2}}[^\W\d_])"
)
_CODE_START = Lazy(rf"(?<![\w/.{DASH}])\d{{1,5}}(?-i:[a-zA-Z])?{SPACE}{{0,2}}$")


def candidates(text: str):
    """The anchors in ``text``, in order: ``(start, kind)`` with kind ``word``, ``code``,
    ``abbr`` or ``prefixed`` (a type code before the number: "NĐ-67/CP").

    An abbreviation that is also a type word ("NQ") is an anchor of both kinds; the
    abbreviation comes first and is read first.

    >>> list(candidates("Chỉ thị số 05 và 126-HD/BTGTW, NQ21; (NGHỊ QUYẾT 18), NĐ-67/CP"))
    [(0, 'word'), (17, 'code'), (31, 'abbr'), (31, 'word'), (38, 'word'), (54, 'prefixed')]
    """
    # at the very start, read as after a line break; a type word inside a longer one ("kết
    # luận" of "Thông báo kết luận", "luật" of "Bộ luật") is not an anchor of its own
    first = WORD_ANCHOR.match("\n" + text) if text[:1] in _FIRST_LETTERS else None
    found = [(0, "word")] if first else []
    found += [(m.start("w"), "word") for m in WORD_ANCHOR.finditer(text, first.end() - 1 if first else 0)]
    for m in CODE_ANCHOR.finditer(text):
        start = _CODE_START.search(text, max(0, m.start() - 8), m.start())
        if start is not None:
            found.append((start.start(), "code"))
        if text[m.start()] in SLASH:  # a type code before the number and its slash
            start = _PREFIX_START.search(text, max(0, m.start() - _PREFIX_WINDOW), m.start())
            if start is not None:
                found.append((start.start(), "prefixed"))
    found += [(m.start(), "abbr") for m in ABBR_ANCHOR.finditer(text)]
    found.sort()
    return found


NUMBER_WORD = Lazy(rf"(?:số|sô|so)(?![^\W\d_])[ \t]*+:?{_}", re.IGNORECASE)

# the Party's type codes, which may be glued to the number: "Quy định số 37QĐ/TW"
_PARTY_TYPE_CODES = "|".join(
    sorted((c for c, t in codes.type_codes().items() if t.party_name and c.isupper()), key=len, reverse=True)
)
# the separator before the codes: one dash or slash; a slash and a dash garbled together
# ("Chỉ thị 09/-CT-TW"); none before a Party type code and its slash ("37QĐ/TW")
_CODE_SEP = (
    rf"(?:{SPACE}{{0,2}}[{SLASH}]{SPACE}{{0,2}}[{DASH}]{SPACE}{{0,2}}|{SEP}"
    rf"|(?=(?-i:{_PARTY_TYPE_CODES}){SPACE}{{0,2}}[{SLASH}]))"
)
# an identifier or a bare number; which part is which is the grammar's job
IDENT = Lazy(
    rf"(?P<num>{NUMBER}){_SUFFIX}?"
    # the year after a dash or slash, or after a dot ("Thông tư 15.2015": four digits after
    # a dot are no thousands)
    rf"(?:(?P<ysep>{SEP}|\.)(?P<year>(?:19|20)\d\d)(?![\d]|[.,]\d))?"
    # after the first two codes, joint issuers follow without spaces: 05-QC/BTCTU-BDVTU
    rf"(?:{_CODE_SEP}(?P<codes>{CODE}(?:{SEP}{CODE}(?:[{DASH}]{CODE}){{0,2}})?)"
    rf"|[ \t]{{1,2}}(?P<spaced>{CODE}{SEP}{CODE}(?:[{DASH}]{CODE}){{0,2}}))?",
    re.IGNORECASE,
)

# coordination: "18, 19-NQ/TW", "89; 214; 124", "126-KL/TW và 127-KL/TW"
# "số" may be repeated: "Quy định số 29 và số 30"
LIST_JOIN = Lazy(rf"{_}(?:[,;&]|và(?![^\W_])){_}(?:(?P<so>số){__})?(?=\d)", re.IGNORECASE)
# the currency "đồng", not the first syllable of "đồng loạt", "đồng thời", "đồng chí" ...
_CURRENCY = rf"đồng(?!{__}(?:loạt|thời|bộ|chí|ý|hành|tình|đều|khởi)(?![^\W_]))"
# what a bare number must not be followed by: "kế hoạch 5 năm", "Nghị quyết 3 tháng", "3 lần"
# (not "Nghị định 86 lần này": this time's decree 86)
BARE_STOP = Lazy(
    rf"{_}(?:năm(?!{_}\d{{4}})|tháng|ngày(?!{_}\d)|người|%|tỷ|triệu|nghìn|ngàn|{_CURRENCY}|lần(?!{__}này(?![^\W_]))|giờ|phút|km|ha|tuổi|điểm|"
    rf"cuộc|đảng{__}viên|học{__}sinh|hộ|xã|thôn|tấn|mét|m2|USD|VNĐ|VND|nhóm|nạn{__}nhân|h)(?![^\W_])"
    rf"|[.,]\d",  # a decimal or thousands separator: "2.779 triệu", "239,4 ha"
    re.IGNORECASE,
)
# after a type word that is also a verb ("quyết định 551" or "quyết định 4 vấn đề"), a
# bare number is a document only when an issuer, a date or a topic follows
VERB_NUMBER_END = Lazy(rf"{_}(?:của{__}(?-i:[{UPPER}])|ngày{_}\d|về(?![^\W_]))", re.IGNORECASE)
# a date introduced by "ngày" right after a number, maybe after a comma or in parentheses:
# "văn bản 571 ngày 19/1/2017", "quyết định 655, ngày 12/5", "quyết định 49 (ngày 1/9/2011)"
DATED_AFTER = Lazy(rf"{_}(?:,{_})?(?:\({_})?ngày{_}\d", re.IGNORECASE)
# after a verb-like type word, a number that ends a clause names a document, a count goes on
# to what it counts: "không vì có quy định 85 mà ...", "quyết định 326, có", not "quy định 2 hình thức"
# (not a full stop: "5. Không nên ... quyết định 6. Không nên" numbers a list)
CLAUSE_END_AFTER = Lazy(rf"{_}(?:[,;)”\"]|(?:mà|thì|là|đã|được|này|cũng|nêu|ghi)(?![^\W_]))", re.IGNORECASE)
# "của" and a capitalised word: "Kế hoạch 64 của Ban Chỉ đạo"
OF_NAME_AFTER = Lazy(rf"{_}(?:,{_})?(?:của|do){__}(?-i:[{UPPER}])", re.IGNORECASE)
# a bare number in a list must end where a list item ends ("Chỉ thị 05, 10 năm qua" is no list)
LIST_BARE_END = Lazy(
    rf"{_}(?:[,;.):(]|(?:và|của|ngày|về|có|là|đã|được|do|tại|nhằm|trên)(?![^\W_])|$)", re.IGNORECASE
)

DATE = Lazy(
    rf"(?:(?:ban{__}hành{__})?(?:vào{__})?(?P<ngay>ngày){_})?"
    rf"(?P<d>\d{{1,2}}){_}(?P<s>[{DASH}{SLASH}.]){_}(?P<m>\d{{1,2}})(?:{_}(?P=s){_}(?P<y>\d{{4}}))?(?![\d/.-]?\d)"
    rf"|(?:ngày{_})?(?P<d2>\d{{1,2}}){__}tháng{__}(?P<m2>\d{{1,2}})(?:(?:{_},{_}|{__})năm{__}(?P<y2>\d{{4}}))?(?!\d)"
    rf"|năm{__}(?P<y3>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)

# the bodies, and the central state offices the press names as issuers ("của Văn phòng
# Chính phủ", "của Bộ VHTT&DL"); an office of a locality ("UBND tỉnh") is a body's form already
_CENTRAL_FORMS = [
    f for b in codes.bodies() + codes.central_offices() if codes.issuer_level(b.issuer) not in codes.LOCAL_LEVELS
    for f in b.forms
]
_LOCAL_FORMS = [f for b in codes.bodies() if codes.issuer_level(b.issuer) in codes.LOCAL_LEVELS for f in b.forms]
#: a central body or office in any of its forms (match without case)
CENTRAL_BODY = _alternation(_CENTRAL_FORMS)
_PLACE = rf"(?:tỉnh|thành{__}phố|TP\.?|huyện|quận|thị{__}xã|xã|phường|thị{__}trấn)"
# the words that end a company's name after one of its lower-case syllables ("Đảng ủy Tập
# đoàn Dầu khí *có* nội dung"), and, with the syllables of verbs, the words that are never
# one ("Tập đoàn Viettel *triển khai*", "*và* Bộ Quốc phòng")
_NAME_END = (
    "và|của|về|có|đã|được|tại|theo|ngày|năm|là|do|với|cho|trong|thì|mà|này|đó|vừa|sẽ|đang|cũng|"
    "không|đến|từ|để|khi|nhằm|trên|số|gồm|phải|vẫn|còn|như|khóa|khoá|lần|nhiệm"
)
_NAME_NOT = (
    _NAME_END + "|các|những|hành|tổ|chức|thực|hiện|triển|khai|ký|nêu|thi|chủ|trì|phối|quyết|định|chỉ|"
    "kết|luận|ra|lại|giao|nhận|kiểm|tra|xem|xét|đề|nghị|báo|cáo|tổng|đạo"
)
# a lower-case syllable of a name ("Dầu *khí* Quốc gia", "Điện lực *miền* Nam")
_NAME_LOWER = rf"(?!(?:{_NAME_NOT})(?![^\W_]))(?-i:(?![{UPPER}])[^\W\d_])[^\W\d_]*+"
_NAME_JOIN = rf"(?:{__}|{_}[{DASH}]{_})"
# a capitalised word of a name, or "Trung ương" ("Đảng ủy Khối các cơ quan Trung ương")
_NAME_CAP = rf"(?:(?-i:Trung{__}(?:ương|Ương))(?![^\W_])|{CAPWORD})"
# a company's name after its word: capitalised words, lower-case syllables between them (at
# most three in a row), one after the last ("Dầu khí" before "có"), a dash between two parts
# ("Than – Khoáng sản"); "Tập đoàn Dầu khí Quốc gia Việt Nam", "Tổng công ty Điện lực miền Bắc"
_COMPANY_NAME = (
    rf"(?:{_NAME_JOIN}{_NAME_CAP}"
    rf"(?:(?:{__}{_NAME_LOWER}){{1,3}}(?={_NAME_JOIN}{CAPWORD})"
    rf"|{__}{_NAME_LOWER}(?={_}(?:[^\w\s]|$)|{__}(?:{_NAME_END})(?![^\W_])))?){{0,8}}"
)
# spaces within a place: no line break ("UBND huyện Thanh Trì\nBà Nguyễn Thị Hòa ..." is a
# heading, then a person)
_SP = rf"{SPACE}++"
_LOWER = rf"(?-i:(?![{UPPER}])[^\W\d_])"
# the places written with a dash, whole ("Bà Rịa - Vũng Tàu", "BR-VT", "Thừa Thiên - Huế",
# "TT-Huế", "Phan Rang - Tháp Chàm", "Đắk-Lắk"); a dash elsewhere ends the place ("Thành ủy
# Hải Phòng - Đây là ...", "Thành ủy Hà Nội – ông ...")
_D = rf"{SPACE}*+[{DASH}]{SPACE}*+"
_DASHED = (
    rf"Bà{_SP}Rịa{_D}Vũng{_SP}Tàu|BR{_D}VT|Thừa{_SP}Thiên{_D}Huế|TT{_D}Huế|Phan{_SP}Rang{_D}Tháp{_SP}Chàm"
    rf"|(?:Đắk|Đăk|Đắc|Dak){_D}(?:Lắk|Lăk|Lắc|Lak|Nông)"
)
# a word in capitals: an abbreviation ("HCM", "TPHCM"), or a word of a heading ("UBND TỈNH NGHỆ AN")
_CAPS = rf"(?-i:[{UPPER}]{{2,}})(?![^\W_])"
# a place's name: a dashed one; words in capitals, which are the whole name ("TP.HCM Đinh La
# Thăng": a person follows); or up to four capitalised words
_PLACE_NAME = (
    rf"(?-i:{_DASHED})(?![^\W_])"
    rf"|{_CAPS}(?:{_SP}{_CAPS}){{0,3}}"
    rf"|{CAPWORD}(?:{_SP}{CAPWORD}){{0,3}}"
)
# a district's or ward's number: "quận 5", "Q.1", "phường 12"
_PLACE_NUMBER = r"\d{1,2}(?!\d|[/.,]\d)"
# the one-syllable places a name after "TP. " may be ("UBND TP. Huế về ..."); another word
# there followed by a lower-case one starts a sentence ("UBND TP. Đề nghị ...")
_ONE_WORD_PLACES = "Huế|Vinh|Pleiku"
# a place written after a local body or a local Party organisation, whole; the named
# groups give a level's abbreviation and the name after its dot (for the name as written out)
PLACE_WRITTEN = (
    rf"{_SP}(?:"
    # "TP.HCM", "TP. Hồ Chí Minh", "Tp.HCM", "Q.1", "Q.Thanh Khê", "H. Phong Điền", "TX.Sông Cầu"
    rf"(?P<abbr>(?-i:TP|Tp|tp|TX|Tx|Q|H|P|TT))\."
    rf"(?:{_SP}(?!(?!(?:{_ONE_WORD_PLACES})(?![^\W_]))(?-i:[{UPPER}]){_LOWER}[^\W\d_]*+{_SP}{_LOWER}))?"
    rf"(?P<dotted>{_PLACE_NAME}|(?<=[QP]\.){_PLACE_NUMBER})"
    # "quận 5", "Quận 2"
    rf"|(?:quận|phường)(?:{_SP}{_PLACE_NUMBER})(?![^\W_])"
    # "tỉnh Quảng Nam", "TP Hà Nội", "thị xã", "TP" (the city the article is about)
    rf"|(?:tỉnh|thành{_SP}phố|huyện|quận|thị{_SP}xã|xã|phường|thị{_SP}trấn|(?-i:TP|Tp|TX|TT(?={_SP})))(?![^\W_])"
    rf"(?:{_SP}(?:{_PLACE_NAME}))?"
    rf"|{_PLACE_NAME}"
    rf")"
    # and the province it is in, when written after it: "Huyện ủy Châu Thành tỉnh Tiền Giang"
    # (a district's name found in several provinces is a place only with its province)
    rf"(?:{_SP}(?:tỉnh|thành{_SP}phố|(?-i:TP|Tp)\.?)(?![^\W_]){_SP}(?:{_PLACE_NAME}))?"
)
# the same without its named groups, to stand more than once in one pattern
_PLACE_WHOLE = re.sub(r"\(\?P<\w+>", "(?:", PLACE_WRITTEN)
LOCALITY = (
    rf"(?:{__}khối(?![^\W_]))?"
    # a bloc's committee: "Đảng ủy Khối Doanh nghiệp Trung ương", "Đảng ủy Khối các cơ quan tỉnh Kon Tum"
    rf"(?:{__}(?:các{__}cơ{__}quan|doanh{__}nghiệp|dân{_NAME_JOIN}chính{__}đảng)(?![^\W_])"
    rf"(?:{__}{_PLACE}(?![^\W_]))?{_COMPANY_NAME}"
    # a company's or an office's committee: "Đảng ủy Tập đoàn Dầu khí Việt Nam", "Đảng ủy
    # Tổng công ty Điện lực miền Bắc", "Đảng ủy Cơ quan Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    rf"|{__}(?:tập{__}đoàn|tổng{__}công{__}ty|công{__}ty|cơ{__}quan)(?![^\W_]){_COMPANY_NAME}"
    # a place, whole: "TP.HCM", "Bà Rịa - Vũng Tàu", "quận 5", "Q.1", "tỉnh Quảng Nam"
    rf"|{_PLACE_WHOLE})?"
)
BODY = Lazy(
    rf"(?P<local>{_alternation(_LOCAL_FORMS)})(?![^\W_])(?P<place>{LOCALITY})"
    rf"|(?P<central>{CENTRAL_BODY})(?![^\W_])",
    re.IGNORECASE,
)
BODY_INTRO = Lazy(rf"(?:của|do){__}", re.IGNORECASE)
# "theo NĐ 67 do Bộ NN-PTNT tổ chức": after "do", a body that organises or chairs
# something is not the issuer
NOT_ISSUING_AFTER = Lazy(rf"{_}(?:tổ{__}chức|chủ{__}trì|phối{__}hợp)(?![^\W_])", re.IGNORECASE)

# "khóa XII", "(khóa XII)", with the word doubled by mistake ("khóa khóa XII") or the
# numeral alone in parentheses ("khóa (XII)")
_KHOA = rf"(?:khóa|khoá)(?:{__}(?:khóa|khoá))?+(?![^\W_])"
TERM = Lazy(
    rf"\({_}(?:{_KHOA}|nhiệm{__}kỳ){_}:?{_}(?P<t1>{ROMAN}|\d{{1,2}}(?!\d)){_}\)"
    # after a dash too: "Nghị quyết Trung ương 4 - khóa XII"
    rf"|(?:[{DASH}]{_})?{_KHOA}{_}:?{_}(?:(?P<t2>{ROMAN}|\d{{1,2}}(?![\d/.-]\d))|\({_}(?P<t3>{ROMAN}){_}\))",
    re.IGNORECASE,
)
TERM_MORE = Lazy(
    rf"{_}(?:,|và(?![^\W_])){_}(?:(?:khóa|khoá){__})?(?P<t>{ROMAN})", re.IGNORECASE
)

_PLENUM_NUMBER = (
    rf"(?:lần{__}thứ{__}(?P<pw>{_ORDINAL_WORD}|\d{{1,2}}|(?-i:[IVX]{{1,5}}))(?![^\W_])"
    rf"|(?P<pn>\d{{1,2}})(?![\d]|[/.-]\d)"
    # a Roman numeral: "Nghị quyết Trung ương IV" (capitals only, not a word: "Trung ương V.I. Lênin")
    rf"|(?-i:(?P<pr>[IVX]{{1,5}}))(?![^\W_]|\.\w)"
    # in lower case only before a term: "Trung ương bốn khóa XII" (not "Trung ương năm 2017",
    # "Trung ương hai nước")
    rf"|(?-i:(?P<pc>Nhất|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười"
    rf"|(?:nhất|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?={_}(?:[,(]{_})?(?:khóa|khoá)(?![^\W_]))))"
    rf"(?![^\W_])(?!{_}\d))"
)
# "Hội nghị Trung ương 4", "Trung ương 4", "T.Ư 4", "Hội nghị BCH Trung ương Đảng lần thứ 5"
PLENUM_AFTER = Lazy(
    rf"(?:của{__})?(?:hội{__}nghị{__})?(?:{_BCH})?{_TW}(?:{__}đảng)?{_}(?:{_PLENUM_NUMBER})", re.IGNORECASE
)
# "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng", "Hội nghị lần thứ 4 BCH TW"
PLENUM_BEFORE = Lazy(
    rf"(?:của{__})?hội{__}nghị{__}(?:{_PLENUM_NUMBER}){_}(?:của{__})?{_BCH}?{_TW}(?:{__}đảng)?",
    re.IGNORECASE,
)
# the next plenum of a list, its type word maybe left out: "Nghị quyết Trung ương 4 và
# Trung ương 5 khóa XII", "nghị quyết TƯ 4 và nghị quyết TƯ 5"
PLENUM_MORE = Lazy(
    rf"{_}(?:,|;|và(?![^\W_])){_}(?P<next>(?:(?:nghị{__}quyết|hội{__}nghị){__})?"
    rf"(?:{_BCH})?{_TW}(?:{__}đảng)?{_}(?:{_PLENUM_NUMBER}))",
    re.IGNORECASE,
)
# the next plenum of a list by its number alone, the list closed by a term: "Nghị quyết
# Trung ương 6, 7 khóa XII", "Trung ương 5 và 6 (khóa XII)" (not "Trung ương 4, 5 năm qua").
# The term is looked for at most _LISTED_AHEAD numbers on: each item looks ahead a bounded
# way, so a long list of numbers costs linear time, not quadratic
_LISTED_PLENUM = r"\d{1,2}(?![\d]|[/.-]\d)"
_LISTED_AHEAD = 6
PLENUM_NUMBER_MORE = Lazy(
    rf"{_}(?:,|và(?![^\W_])){_}(?P<next>{_LISTED_PLENUM})"
    rf"(?=(?:{_}(?:,|và(?![^\W_])){_}{_LISTED_PLENUM}){{0,{_LISTED_AHEAD}}}{_}(?:[{DASH}]{_}|\({_})?{_KHOA})",
    re.IGNORECASE,
)
# "NQ TW 4", "NQTW4"
ABBR = Lazy(rf"NQ(?P<tw>[ -]?{_TW})?[ -]?(?P<n>\d{{1,3}})", re.IGNORECASE)

# the words that open the names of other parties: "Đảng Nhân dân Cách mạng Lào"
_OTHER_PARTY = (
    rf"Đảng{__}(?:Nhân{__}dân|Dân{__}chủ|Lao{__}động|Xã{__}hội|Cộng{__}(?:hòa|hoà)|Bảo{__}thủ|Tự{__}do"
    rf"|Quốc{__}đại|Cách{__}mạng|Cộng{__}sản{__}(?!Việt))"
)
# a plenum of another party: "Hội nghị Trung ương III của Đảng Cộng sản Cuba"
OTHER_PARTY_AFTER = Lazy(rf"{_}(?:,{_})?(?:của{__})?{_OTHER_PARTY}", re.IGNORECASE)
# "Đảng" alone is ours
_OUR_PARTY = rf"(?!{_OTHER_PARTY})đảng(?:{__}cộng{__}sản{__}việt{__}nam)?"
_PARTY_ORG = rf"(?:đảng{__}bộ(?![^\W_])(?P<GROUP>{LOCALITY})|{_OUR_PARTY}|toàn{__}quốc)"
_DH = rf"(?:đại{__}hội|ĐHĐB|(?-i:[ĐÐ]H))(?![^\W_])"
_ORDINAL_WORD_AT = rf"(?:lần{__}thứ|khóa|khoá){__}"
# a word of an organisation's name in any case ("Quân đội", "Bộ đội Biên phòng"), up to
# the ordinal; not a word that joins or ends the phrase
_ORG_WORD = (
    rf"(?!(?:và|của|các|đại|hội|nghị|quyết|lần|khóa|khoá|nhiệm|đã|được|về|tại|đề)(?![^\W_]))[^\W\d_]++"
)
# (a hyphen may join two names: "tỉnh Bà Rịa - Vũng Tàu")
_ORG_BEFORE_ORDINAL = (
    rf"đảng{__}bộ(?P<orgw>(?:(?:{__}|{_}[{DASH}]{_}){_ORG_WORD}){{1,8}}?)(?={__}{_ORDINAL_WORD_AT}(?:{ROMAN}|\d))"
)
_CONGRESS_ORDINAL = rf"(?P<ord>{ROMAN}|\d{{1,2}}(?![\d/.-]\d))"
# the term as years: "nhiệm kỳ 2020-2025", ", nhiệm kỳ 2015 – 2020", "(nhiệm kỳ 2020 - 2025)"
_YEARS = rf"nhiệm{__}kỳ{__}\d{{4}}{_}[{DASH}]{_}\d{{4}}(?!\d)"
# in parentheses the words "nhiệm kỳ" may be left out: "(2015 - 2020)"
_TERM_YEARS = (
    rf"(?P<nk>{_}\({_}(?:nhiệm{__}kỳ{__})?(?:19|20)\d\d{_}[{DASH}]{_}(?:19|20)\d\d{_}\)|(?:{_},)?{_}{_YEARS})"
)
_ORG_AFTER = rf"(?:(?:{_},{_}|{__})(?:của{__})?(?:{_PARTY_ORG.replace('GROUP', 'org2')})(?![^\W_]))"
CONGRESS = Lazy(
    rf"(?:của{__})?{_DH}"
    rf"(?:{__}đại{__}biểu)?"
    rf"(?:{__}(?:{_ORG_BEFORE_ORDINAL}|{_PARTY_ORG.replace('GROUP', 'org1')})(?![^\W_]))?"
    rf"(?:{__}toàn{__}quốc)?"
    rf"(?:{__}(?:{_ORDINAL_WORD_AT})?{_CONGRESS_ORDINAL})?"
    rf"{_ORG_AFTER}?{_TERM_YEARS}?",
    re.IGNORECASE,
)
# "Nghị quyết lần thứ XIII của Đảng": the word Đại hội left out, the Party named after
CONGRESS_UNNAMED = Lazy(rf"lần{__}thứ{__}{_CONGRESS_ORDINAL}{_ORG_AFTER}{_TERM_YEARS}?", re.IGNORECASE)
# the next congress of a list, its words left out: "Đại hội Đảng bộ tỉnh lần thứ XVI, huyện
# lần thứ XXII", "Đại hội XII của Đảng và Đại hội Đảng bộ tỉnh lần thứ XVIII"
CONGRESS_MORE = Lazy(
    rf"{_}(?:,|;|và(?![^\W_])){_}(?P<next>(?P<dh>{_DH}(?:{__}đại{__}biểu)?{__})?"
    rf"(?:(?:đảng{__}bộ{__})?(?P<lvl>{_PLACE})(?![^\W_])(?P<place>(?:{__}{CAPWORD}){{0,4}}){__}"
    rf"|{_ORG_BEFORE_ORDINAL}{__})?"
    # "... và Đại hội Đảng toàn quốc lần thứ XII" (the Party itself, the words "Đảng bộ" left out)
    rf"(?:(?<![^\W_]){_OUR_PARTY}{__})?"
    rf"(?:toàn{__}quốc{__})?(?:{_ORDINAL_WORD_AT})?{_CONGRESS_ORDINAL}{_ORG_AFTER}?{_TERM_YEARS}?)",
    re.IGNORECASE,
)

# "(Khóa XI, XII)", "(khóa XI và khóa XII)": one plenum, several terms
TERM_LIST = Lazy(
    rf"\({_}(?:khóa|khoá){_}(?P<first>{ROMAN})(?P<more>(?:{_}(?:,|và){_}(?:(?:khóa|khoá){__})?{ROMAN})+){_}\)",
    re.IGNORECASE,
)
ROMAN_AT = Lazy(ROMAN)
# a technical standard's prefix and number before the colon that its year follows:
# "QCVN 10-MT:2015/BTNMT", "QCVN 02 – 13: 2009/BNNPTNT", "QCVN:109/2017/BTTTT"
STANDARD_BEFORE = Lazy(
    r"(?<![^\W_])(?:QCVN|TCVN|QCĐP|QCXDVN|TCXDVN|ISO)(?:[ \t]{0,2}[\w.]{1,8}(?:[ \t]{0,2}[-–][ \t]{0,2}[\w.]{1,8})?)?"
    r"[ \t]{0,2}:[ \t]{0,2}$"
)
# how far back a standard's prefix may stand before the year after its colon
STANDARD_WINDOW = 30

# the United Nations and its councils, whose resolutions are numbered too
# (not a company's "Đại hội đồng cổ đông")
_UN = rf"(?:Hội{__}đồng{__}Bảo{__}an|HĐBA|Liên{__}(?:Hợp|Hiệp){__}Quốc|LHQ|Đại{__}hội{__}đồng(?!{__}cổ{__}đông))"
# resolutions that are not Vietnamese: "Nghị quyết 2334 của Hội đồng Bảo an"
FOREIGN = Lazy(rf"{_},?{_}(?:(?:của|do){__})?{_UN}", re.IGNORECASE)
# the UN named anywhere in a stretch of text ("Hội đồng Bảo an đã thông qua Nghị quyết 2356")
UN_NAMED = Lazy(rf"(?<![^\W_]){_UN}(?![^\W_])", re.IGNORECASE)
# the UN as the issuer a few words after a number ("2356 ra ngày 2/6 của Hội đồng Bảo an")
UN_ISSUER = Lazy(rf"(?<![^\W_])(?:của|do){__}{_UN}(?![^\W_])", re.IGNORECASE)
# congresses of other organisations: "Đại hội XI Công đoàn Việt Nam"
OTHER_CONGRESS = Lazy(
    rf"{_}(?:của{__})?(?:Công{__}đoàn|Đoàn|Hội|Mặt{__}trận|{_OTHER_PARTY}|Liên{__}hiệp|Hiệp{__}hội)",
    re.IGNORECASE,
)

# "(sau đây gọi tắt là Nghị quyết 35)", "(gọi tắt là NQ35)", "(Nghị quyết 18)"
ALIAS = Lazy(
    rf"{_}\({_}(?:(?:sau{__}đây{__})?(?:gọi|viết){__}tắt{__}(?:là{__})?|gọi{__}là{__})?"
    rf"[“\"]?(?P<alias>(?:{TYPE_WORD}){_}(?:số{__})?\d{{1,5}}|(?-i:NQ|CT|KL)[ -]?\d{{1,5}})[”\"]?{_}\)",
    re.IGNORECASE,
)

# a topic after the citation: ", về việc ...", "về “...”", or a quoted title
TITLE_ABOUT = Lazy(
    rf"{_},?{_}về(?![^\W_]){_}(?:việc{__})?(?:[“\"](?P<quoted>[^”\"\n]{{1,300}})[”\"]|(?P<plain>[^\n.;:()“”\"]{{1,200}}))",
    re.IGNORECASE,
)
TITLE_QUOTED = Lazy(rf"{_}[:,]?{_}[“\"](?P<quoted>[^”\"\n]{{1,300}})[”\"]")

SEPARATOR = Lazy(rf"{_}(?:,{_})?")
OPEN_PAREN = Lazy(rf"{_}\({_}")
CLOSE_PAREN = Lazy(rf"{_}\)")
