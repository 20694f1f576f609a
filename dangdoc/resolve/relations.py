"""find_relations: what one document does to another, as the text states it.

A relation is read from the language, not from a list of sentences:

- **Triggers**: the verbs that state a relation, with their inflections (:data:`TRIGGERS`):
  implement ("thực hiện", "triển khai thực hiện", "cụ thể hóa", "quán triệt"), continue
  ("tiếp tục thực hiện", "tiếp tục triển khai hiệu quả"), amend ("sửa đổi", "bổ sung, sửa
  đổi", "sửa đổi, bổ sung, bãi bỏ", "điều chỉnh Khoản 2 Điều 2"), replace ("thay thế",
  "thay thế cho", "thay cho"), guide ("hướng dẫn thi hành", "quy định chi tiết và hướng dẫn thi hành ... của"), review
  ("sơ kết", "tổng kết 10 năm thực hiện", "sau 15 năm thực hiện") and based on ("căn cứ
  vào", "Căn cứ ..." in a preamble).
- **Active order** ``A trigger B``: the source A is the nearest document before the trigger
  (nothing but a *bridge* between them: its date and body, "về việc", "nhằm", "vừa ban
  hành", "có hiệu lực từ ngày ..."); the target B is the first citation after it (nothing
  but a *lead* between them: "một số điều của", "khoản 3 Điều 5", "Danh mục ... ban hành
  kèm theo", or a longer "một số điều của Quy chế <title> ban hành kèm theo" when it names,
  with a capital, the instrument B issued), with the citations listed after B ("B1, B2 và B3"). Only the nearest
  document on each side counts: a nearer one that does not fit blocks a farther one. A
  source that is one item of an open list ("A cũng như Chương trình ... thực hiện B, C")
  takes only B and what "và" joins to it: ", C" is the outer list's next item.
- **Passive order** ``B (đã được) trigger bởi/tại/bằng A``: the documents after the marker
  are the sources and the nearest citation before the trigger is the target. Parentheses
  without a marker ("B (sửa đổi, bổ sung A)") are read in the direction the dates allow.
- **Source after the target**: "Thực hiện B1; B2 và B3, ... đã ban hành A", and with a purpose
  ("Để thực hiện B, ... vừa có Công văn số A", "Nhằm tiếp tục triển khai B, ... xây dựng A": continues;
  "Nhằm hướng dẫn chi tiết B, ... đã ban hành A": guides). A trigger opening a clause after a comma
  ("A nêu rõ, thực hiện B ..., Chính phủ đã ban hành ...") carries B out for the subject after it,
  not for A.
- **Whose trigger**: a plural of documents just before a trigger is its subject ("A về sửa đổi một
  số nghị định hướng dẫn thi hành Luật X": A does not guide Luật X).
- **A means to an end**: "A1, A2, coi đây là (một trong những) biện pháp (quan trọng) để thực hiện
  B": each listed A implements B. What judges or occasions ("tiêu chí để đánh giá việc thực
  hiện B", "dịp để thực hiện B") is not a means.
- **Unnumbered sources**: a document named by its type but no number ("dự thảo Nghị định
  sửa đổi B", "Chương trình hành động của Chính phủ thực hiện B", "Kế hoạch hành động tiếp
  tục thực hiện B") is a source too: a :class:`~dangdoc.models.Citation` of kind
  ``unnumbered`` (``doc`` None, ``type_name`` the type word, ``body`` the issuing body when
  written). "A ... ban hành Chương trình hành động ... thực hiện B" makes A the source.
  Laws named without a number ("Luật Đất đai") are unnumbered targets of guide and amend.
  "dự thảo" alone is a draft ("dự thảo thay thế B"), and so is "dự án" when it amends or replaces
  at once ("dự án sửa đổi, bổ sung ... B"); a lower-case type word is a document only where it is a
  noun ("chương trình hành động", "chỉ thị nêu rõ", "quyết định mới", "theo báo cáo của Bộ ...",
  "trình bày báo cáo kết quả ..."): a report on carrying out B reviews B. Laws and ordinances named
  without a number ("Luật Đất đai 2013", "Pháp lệnh Thú y") are sources and targets too, but
  "Luật X sửa đổi" at once is the revised law X.
- **The document itself**: in a document's own text, or the full text an article
  introduces ("toàn văn Nghị quyết số ..."), "Căn cứ B1; B2" (based on), "Sau 15 năm thực
  hiện B" (reviews) and "Quyết định này thay thế B" relate that document to B.
- **Dates**: a document cannot implement, amend, replace, guide or be based on one issued
  after it; such a reading is dropped.

The evidence of a relation is always the words that state it, with their offsets.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re

import attrs

from ..find.citations import find_citations
from ..models import Citation, Relation
from ..vocab.orthography import UPPER

_W = r"[ \t\r\n]+"


def _p(phrase: str) -> str:
    """A phrase as a pattern: any run of spaces or line breaks between its words."""
    return phrase.replace(" ", _W)


_HOA = "h(?:óa|oá)"
# The trigger vocabulary: (relation, pattern). At one place the first that matches wins, so
# the specific ("tiếp tục thực hiện", "quy định chi tiết ... thi hành") come first.
TRIGGERS = [
    ("continues", _p(rf"tiếp tục (?:(?:đẩy mạnh|lãnh đạo,? chỉ đạo|quán triệt|tổ chức) )?(?:thực hiện|triển khai(?: thực hiện)?)"
                     rf"|tiếp tục (?:cụ thể {_HOA}|thể chế {_HOA})")),
    ("guides", _p(r"quy định chi tiết(?:,? (?:và )?(?:hướng dẫn|biện pháp))?(?: thi hành)?|hướng dẫn (?:việc )?(?:thi hành|thực hiện)")),
    ("amends", _p(r"(?:sửa đổi|bổ sung|điều chỉnh(?=,? (?:và )?(?:sửa đổi|bổ sung)))(?:,? (?:và )?(?:sửa đổi|bổ sung|bãi bỏ))*"
                  r"|điều chỉnh(?= (?:khoản|điều|điểm) (?:\d|[a-zđ]\b))")),  # "điều chỉnh Khoản 2 Điều 2 B": amends a numbered part
    ("replaces", _p(r"thay thế(?: cho)?|thay cho|bãi bỏ,? thay thế")),
    ("repeals", _p(r"bãi bỏ(?: toàn bộ)?")),
    ("reviews", _p(r"(?:sơ|tổng) kết(?: về(?= (?:tình hình|việc|kết quả)))?(?: (?:tình hình|việc|kết quả))?"
                   r"(?: (?:sau )?(?:hơn |gần )?(?:\d+|một|hai|ba|bốn|năm|mười) năm)?"
                   r"(?: \(?\d{4}\s*[-–]\s*\d{4}\)?)?(?:,? đánh giá)?(?: (?:tình hình|việc|kết quả))?(?: (?:triển khai )?thực hiện)?")),
    ("implements", _p(rf"cụ thể {_HOA}(?: và tổ chức thực hiện)?|thể chế {_HOA}|(?:triển khai|tổ chức) thực hiện"
                      r"|thực hiện|triển khai|quán triệt(?:,? (?:và )?(?:thực hiện|triển khai))?")),
    ("based_on", _p(r"căn cứ(?: vào| theo)?")),
    ("guides", r"hướng" + _W + r"dẫn"),  # bare "hướng dẫn": only with nothing between it and its target
]
_TRIGGER = re.compile("|".join(f"(?P<t{i}>{pat})" for i, (_, pat) in enumerate(TRIGGERS)), re.IGNORECASE)
# The first word of every trigger above, lower case: a plain scan for these (a set of first
# characters the regex engine skips to) finds where a trigger may start, and the full pattern is
# tried only there. The whole pattern tried at every character was three quarters of the time.
_TRIGGER_START = re.compile(r"tiếp|qu[yá]|hướng|sửa|ſửa|bổ|điều|thay|bãi|sơ|ſơ|tổ|cụ|thể|triển|thực|căn")
# the body of an unnumbered document ends where a trigger or a topic starts
_BODY_STOP = re.compile(rf"{_W}(?:{_TRIGGER.pattern}|về\b|thực\b|nhằm\b|để\b)", re.IGNORECASE)
# triggers that must touch their target ("hướng dẫn B", "bổ sung B"): as loose words they
# mean guidance in general or adding something
_STRICT = {"hướng dẫn", "bổ sung"}

# Nearest-citation rules: how far a trigger may be from its target, and the source from the
# trigger. A relation is stated within one clause; these bound the search on long texts.
TRIGGER_REACH = 160  # characters from the end of a trigger to its target (a lead such as "Danh mục ... kèm theo")
SOURCE_REACH = 220  # characters from a source to its trigger (a date, body and a short topic between)
LEAD_FREE_WORDS = 2  # words of no known role allowed between a trigger and its target ("thực hiện nghiêm túc B")
TOPIC_WORDS = 40  # words of a topic clause between a source and "thay thế"/"sửa đổi" ("A quy định ..., thay thế B")
BODY_WORDS = 7  # words of an issuing body after "của" ("của Ủy ban nhân dân tỉnh Quảng Nam")
LIST_GAP = 200  # characters between two targets of one list
ISSUE_REACH = 70  # "đã ban hành Chương trình hành động kèm theo" stands within this many characters of what it issues
OPENING_REACH = 900  # characters from "Thực hiện B" to "ban hành A" (a long list of B between)
HEADER_REACH = 1500
MAIN_REACH = 1000  # the document an article reports the issuing of is named within its first this many characters
ANAPHORA_REACH = 600  # "hai Nghị quyết trên" names documents of the sentence or two before
FULL_TEXT_REACH = 40  # "toàn văn Nghị quyết: NGHỊ QUYẾT ..." names the document within this many characters  # a document's own number heads its text within this many characters

# -- words between a source and its trigger ("bridge") and a trigger and its target ("lead")

_TOKEN = re.compile(r"\w+|[^\w\s]")
_SEPARATORS = {",", "(", ")", "-", "–", ":", "“", "”", '"', "/"}
_BRIDGE_PHRASES = [tuple(p.split()) for p in (
    "về việc", "về", "để", "nhằm", "nhằm mục đích", "là", "vừa", "đã", "mới", "sẽ", "được", "đươc", "bị", "cũng",
    "chính thức", "ban hành", "ký", "ký ban hành", "có hiệu lực", "có hiệu lực thi hành", "kể từ", "từ", "nay",
    "dự kiến", "có hiệu lực vào", "có hiệu lực thi hành vào", "tháng", "đầu năm", "cuối năm", "giữa năm",
    "nêu rõ", "chỉ rõ", "yêu cầu", "nêu", "đánh giá", "khẳng định", "nhận định", "xác định", "sau", "qua", "hơn", "gần",
    "kết quả", "tình hình", "việc", "trên tinh thần", "theo tinh thần", "quy định một số điều", "quy định",
    "nghiên cứu", "học tập", "tuyên truyền", "phổ biến", "đồng thời", "hành động", "năm",
    "này", "kể trên", "nói trên", "trên", "với tính chất là văn bản")]
_LEAD_PHRASES = [tuple(p.split()) for p in (
    "một số điều", "một số quy định", "một số nội dung", "một số điều và biện pháp thi hành", "của",
    "một số quy định tại", "một số điều tại", "một số điều trong", "các", "việc",
    "một số điểm đối với", "một số điểm mới đối với",
    "có hiệu quả", "hiệu quả", "nghiêm túc", "nghiêm", "nghiêm chỉnh", "đúng", "tốt", "thắng lợi", "đồng bộ",
    "quyết liệt", "và", "vào", "theo")]
_LOWER_BODIES = [tuple(p.split()) for p in ("thành phố", "tỉnh", "huyện", "quận", "ngành", "bộ", "chính phủ", "đảng bộ")]
_ARTICLE_WORDS = {"điều", "khoản", "điểm", "chương", "mục", "phụ lục", "tiết"}
# a body ends where a bridge or a trigger word starts
_BRIDGE_STARTS = {"về", "để", "nhằm", "là", "và", "vừa", "đã", "mới", "sẽ", "được", "bị", "ban", "ký", "có", "kể", "từ",
                  "nay", "nêu", "yêu", "ngày", "thực", "triển", "sửa", "bổ", "thay", "hướng", "quy", "cụ", "thể", "tiếp",
                  "căn", "sơ", "tổng", "quán", "bãi", "này", "trên"}
# a topic clause closed by a comma: "A quy định xử phạt ... trong lĩnh vực dầu khí, thay thế B"
_TOPIC = re.compile(rf"^[\s,]*(?:về|quy{_W}định|hướng{_W}dẫn)\b(?:[^.;:()]|\([^().;:]{{0,15}}\))*,\s*$")
# or a topic "về ..." up to the trigger: "Nghị định 55/2017/NĐ-CP về quản lý cá tra thay thế B",
# "B về giao dịch bảo đảm (đã được sửa đổi tại A)"
_ABOUT = re.compile(rf"^[\s,]*về\b[^.;:()!?]*(?:\(\s*)?(?:(?:đã|vừa){_W})?(?:(?:được|bị)\s*)?$")
_DATE_WORDS = {"tháng", "năm", "/", ".", "-"}


def _matches(pattern: re.Pattern, starts: re.Pattern, text: str, low: str):
    """``pattern.finditer(text)``, with ``pattern`` tried only where ``starts`` matches in ``low``
    (``text`` lower-cased, of the same length): every match of ``pattern`` must begin with a
    match of ``starts`` in lower case.

    >>> list(m.group() for m in _matches(_TRIGGER, _TRIGGER_START, "Thực hiện và THAY THẾ", "thực hiện và thay thế"))
    ['Thực hiện', 'THAY THẾ']
    """
    if len(low) != len(text):  # a letter whose lower case is longer: offsets would not agree
        yield from pattern.finditer(text)
        return
    pos = 0
    while (s := starts.search(low, pos)) is not None:
        m = pattern.match(text, s.start())
        if m is None:
            pos = s.start() + 1
        else:
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1


def _tokens(gap: str) -> list[str]:
    return _TOKEN.findall(gap)


def _word_count(gap: str) -> int:
    return sum(1 for t in _TOKEN.findall(gap) if t[:1].isalnum())


def _phrase_at(tokens: list[str], i: int, phrases) -> int:
    """The index after the longest phrase of ``phrases`` at ``tokens[i]``, or ``i``."""
    best = i
    low = [t.lower() for t in tokens[i : i + 6]]
    for phrase in phrases:
        if len(phrase) > best - i and tuple(low[: len(phrase)]) == phrase:
            best = i + len(phrase)
    return best


def _date_at(tokens: list[str], i: int) -> int:
    """After "ngày 22/7/2016" or "ngày 14 tháng 5 năm 2016" starting at ``i`` ("ngày")."""
    j = i + 1
    while j < len(tokens) and j - i <= 8 and (tokens[j].isdigit() or tokens[j].lower() in _DATE_WORDS):
        j += 1
    return j if j > i + 1 else i


def _body_at(tokens: list[str], i: int) -> int:
    """After "của Bộ Tài chính" starting at ``i`` ("của" or "do"): capitalised words and place words."""
    if i + 1 >= len(tokens):
        return i
    if not tokens[i + 1][:1].isupper():
        # "của thành phố", "của tỉnh", "của ngành": the body the sentence names before
        k = _phrase_at(tokens, i + 1, _LOWER_BODIES)
        return k if k > i + 1 else i
    j = i + 2
    while j < len(tokens) and j - i <= BODY_WORDS and (tokens[j][:1].isalpha() or tokens[j] == "&") and tokens[j].lower() not in _BRIDGE_STARTS:
        j += 1
    return j


def _bridge_ok(gap: str, topic: bool) -> bool:
    """Whether only a bridge stands between a source and its trigger.

    >>> _bridge_ok(" ngày 19/5/2017 của Bộ Tài chính về việc ", False)
    True
    >>> _bridge_ok(" quy định xử phạt trong lĩnh vực dầu khí, ", True), _bridge_ok(" thu phí và ", False)
    (True, False)
    """
    if topic and _is_topic(gap):
        return True
    if _bridge_words(gap, topic):
        return True
    if topic:
        # "B ngày 28/12/2012 của Thống đốc NHNN quy định về trang bị ... (đã được sửa đổi tại A)":
        # a date and a body, then the topic
        m = _TOPIC_START.search(gap)
        if m is not None and _bridge_words(gap[: m.start()], False):
            rest = gap[m.start() :]
            lead_in = _LEAD_IN.match(rest)
            return _is_topic(rest[lead_in.end() :] if lead_in else rest)
    return False


_TOPIC_START = re.compile(rf"\b(?:về|quy{_W}định|hướng{_W}dẫn)\b", re.IGNORECASE)
_LEAD_IN = re.compile(rf"(?:quy{_W}định|hướng{_W}dẫn){_W}(?=về\b)", re.IGNORECASE)  # "quy định về ...": a topic "về ..."


def _is_topic(gap: str) -> bool:
    """Whether ``gap`` is a short topic clause ("về ...", "quy định ..., ")."""
    return bool((_TOPIC.match(gap) or _ABOUT.match(gap)) and _word_count(gap) <= TOPIC_WORDS and not _CLAUSE.search(gap))


def _bridge_words(gap: str, topic: bool) -> bool:
    """Whether ``gap`` is made of bridge words only: a date, a body, "về việc", "vừa ban hành"."""
    tokens = _tokens(gap)
    i = 0
    while i < len(tokens):
        t = tokens[i].lower()
        if t in _SEPARATORS:
            i += 1
            continue
        nxt = i
        if t == "ngày":
            nxt = _date_at(tokens, i)
        elif t in ("của", "do", "được", "đươc"):  # "đươc": a tone mark left off, as news writes it
            nxt = _body_at(tokens, i)
        elif t.isdigit():
            nxt = i + 1
        elif t == "và" and topic:
            nxt = i + 1  # "Quyết định có hiệu lực từ ... và thay thế B"; with "thực hiện" it joins two tasks
        if nxt == i:
            nxt = _phrase_at(tokens, i, _BRIDGE_PHRASES)
        if nxt == i:
            return False
        i = nxt
    return True


def _lead_ok(gap: str, strict: bool) -> bool:
    """Whether only a lead stands between a trigger and its target.

    >>> _lead_ok(" một số điều của ", False), _lead_ok(" khoản 3 Điều 5 ", True), _lead_ok(" mức giá quy định tại ", False)
    (True, True, False)
    """
    tokens = _tokens(gap)
    if any(t in ";.!?" for t in tokens):
        return False
    if not strict and tokens[-2:] and [t.lower() for t in tokens[-2:]] == ["kèm", "theo"] and (
            len(tokens) <= 24 or (len(tokens) <= ATTACHED_WORDS and _ATTACHED.match(gap) and not _ATTACHED_STOP.search(gap))):
        return True  # "sửa đổi Danh mục ... ban hành kèm theo B", "sửa đổi một số điều của Quy chế ... ban hành kèm theo B"
    free, i = 0, 0
    while i < len(tokens):
        t = tokens[i].lower()
        if t in _SEPARATORS:
            i += 1
            continue
        if t in _ARTICLE_WORDS and i + 1 < len(tokens):
            i += 2  # "Điều 15", "khoản 3", "điểm a"; "của"/"trong"/"tại" may follow
            while i < len(tokens) and tokens[i].lower() in ("của", "trong", "tại", ",", "và"):
                i += 1
            continue
        if t == "theo" and free:
            return False  # "thay thế cầu yếu theo B": the words before "theo" are the object, B what it follows
        nxt = _phrase_at(tokens, i, _LEAD_PHRASES)
        if nxt == i:
            if strict or t in ("tại", "trong") or not tokens[i][:1].isalpha():
                return False
            free += 1
            nxt = i + 1
            if free > LEAD_FREE_WORDS:
                return False
        i = nxt
    return True


# a lead that names, with a capital, the instrument a document issued: "một số điều của Quy chế
# đánh giá, xếp loại học viên ... ban hành kèm theo B" may run to this many tokens
ATTACHED_WORDS = 48
ATTACHED_REACH = 240  # characters from the trigger to the target after such a lead
_ATTACHED = re.compile(rf"[\s,]*(?:(?:một{_W}số{_W})?(?:điều|nội{_W}dung)(?:{_W}(?:của|tại|trong))?{_W})?"
                       rf"(?:Quy{_W}chế|Quy{_W}định|Điều{_W}lệ|Danh{_W}mục|Quy{_W}trình|Chương{_W}trình|Biểu|Bảng|Phụ{_W}lục"
                       rf"|Tiêu{_W}chuẩn|Chuẩn|Khung|Hướng{_W}dẫn)\b")


# -- unnumbered documents

_TYPE = (r"Nghị định|Thông tư liên tịch|Thông tư|Quyết định|Chỉ thị|Nghị quyết liên tịch|Nghị quyết|Kết luận"
         r"|Chương trình|Kế hoạch|Bộ luật|Luật|Pháp lệnh|Quy định|Hướng dẫn|Đề án|Báo cáo")
_UNNUMBERED = re.compile(
    rf"(?:(?P<draft>\b[Dd]ự{_W}(?:thảo|án))|(?P<one>\bmột))?(?:{_W})?"
    rf"(?P<type>\b(?:{_p(_TYPE)})\b|\b(?i:{_p(_TYPE.lower())})\b)(?P<action>{_W}hành{_W}động)?"
    rf"(?P<of>{_W}(?:của|do){_W}(?P<body>[A-ZĐÀ-Ỹ][^\s,.;:()]*(?:{_W}[^\s,.;:()]+){{0,{2 * BODY_WORDS}}}))?")
# ("theo Chương trình": according to one; "kèm theo Chương trình hành động": one issued with a document)
_NOT_A_DOCUMENT_BEFORE = re.compile(rf"(?:\b(?:các|những|mọi|nhiều|hai|ba|Bộ|bộ|Ban|Sở|sở|Vụ|Cục|(?<!kèm[ \t])theo|tại|số)){_W}$")
# words that start another clause: a draft's topic does not run over them
_CLAUSE = re.compile(rf"[:…]|\b(?:vì|nhưng|nên|khi|mà|thì|nếu|song|tuy|sẽ|sau{_W}khi|trong{_W}năm|cho{_W}việc)\b", re.IGNORECASE)
# a clause inside such a lead: what stands before "kèm theo" is then not a part of the instrument
_ATTACHED_STOP = re.compile(rf"{_CLAUSE.pattern}|\b(?:vẫn|đang|đã|còn|trong{_W}khi)\b", re.IGNORECASE)
_AFTER_MODIFIER = re.compile(r"\s*[,;)]")
_COMMITTEE = re.compile(rf"\bBan{_W}[Cc]hỉ{_W}đạo{_W}$")
# a plural of documents just before a trigger is its subject ("các văn bản hướng dẫn thi hành",
# "một số nghị định quy định chi tiết"): the trigger tells what those documents do, not the one
# named before them
_PLURAL_BEFORE = re.compile(rf"\b(?:các|những|một{_W}số|nhiều|mọi)(?:{_W}văn{_W}bản)?{_W}(?:văn{_W}bản|{_p(_TYPE.lower())})"
                            rf"(?:{_W}quy{_W}phạm)?(?:{_W}pháp{_W}luật)?(?:{_W}(?:có{_W})?liên{_W}quan)?(?:{_W}khác)?{_W}$",
                            re.IGNORECASE)
ACTOR_REACH = 100  # characters of B's topic, and of the subject after it, in "thực hiện B ..., X đã ..."
PLURAL_REACH = 60  # characters of "một số văn bản quy phạm pháp luật có liên quan khác" before a trigger
_A_VERB_BEFORE = re.compile(rf"\b(?:sẽ|đang|đã|vừa|cần|phải|có|sẽ{_W}được){_W}$")
# a lower-case type word is a noun, not a verb or a common word, before these: "chương trình hành
# động", "chỉ thị nêu rõ", "quyết định mới thay thế"
_A_NOUN_AFTER = re.compile(rf"{_W}(?:hành{_W}động|(?:đã{_W})?(?:nêu{_W}rõ|chỉ{_W}rõ|khẳng{_W}định|nhấn{_W}mạnh))\b")
_REPORT = re.compile(rf"[Bb]áo{_W}cáo")
_PHRASE_BREAK = re.compile(r"[,;:.!?()]")
_REPORT_OF = re.compile(rf"{_W}của{_W}[{UPPER}]")  # a verb takes no "của"
_REPORT_ON = re.compile(rf"{_W}(?:(?:về{_W})?(?:tình{_W}hình|kết{_W}quả|việc)|(?:sơ|tổng){_W}kết)\b")
# "các địa phương báo cáo kết quả thực hiện B" is the verb; a noun follows "theo", "trình bày", a list's ";"
_REPORT_NOUN_BEFORE = re.compile(rf"(?:\b(?:[Tt]heo|trình(?:{_W}bày)?|nghe|[Tt]ại|[Tt]rong|qua|với|là|có|các|những|bản|phần)|[;:])\s*$")
_NEXT_TO_TRIGGER = re.compile(rf"(?:{_W}(?:mới|này|nói{_W}trên|kể{_W}trên))?\s*")
# a lower-case type word after a name is its verb: "Bộ Kế hoạch và Đầu tư báo cáo sơ kết ..."
_SUBJECT_BEFORE = re.compile(rf"(?<![.!?:;])[ \t][{UPPER}][^\s.,;:!?]*(?:[ \t](?![{UPPER}])[^\s.,;:!?]+)?{_W}$")
# "dự thảo" with no type word after it: a draft of what it replaces or amends
# "dự án" alone is a bill only when what it does follows at once: "dự án sửa đổi, bổ sung một số điều
# của Bộ luật Hình sự" (elsewhere it is a project: "dự án đầu tư"), and never after "quản lý" (a
# project's board: "Ban quản lý dự án thay thế Quyết định ...")
_BARE_DRAFT = re.compile(rf"\b[Dd]ự{_W}thảo(?:{_W}văn{_W}bản)?(?:{_W}mới)?\b(?!{_W}(?i:{_p(_TYPE.lower())})\b)"
                         rf"|(?<![Ll]ý )(?<![Ll]ý\xa0)\b[Dd]ự{_W}án\b")
_BILL_DOES = re.compile(rf"{_W}(?:sửa{_W}đổi|bổ{_W}sung|thay{_W}thế)\b")
_DRAFTING = re.compile(rf"\b(?:sẽ|đang|đã|vừa|cần|phải|được|để){_W}$")  # "Bộ đang dự thảo ...": a verb
_NOT_A_DOCUMENT_AFTER = re.compile(rf"{_W}(?:và{_W}Đầu{_W}tư|số\b|\d)")
# A law named without a number: "Luật Đất đai", "Bộ luật Hình sự 2015", "luật Nghĩa vụ quân sự 2005". The
# name ends at punctuation or at a word that starts the rest of the sentence.
_LAW_STOP = (r"về|thì|quy|có|đã|được|của|số|và|sửa|để|nhằm|tại|theo|cũng|đang|sẽ|mà|vì|còn|là|do|trong|khi|nên|với"
             r"|cho|này|đó|diễn|làm|đề|không|chưa|mới|trên|hướng|thay|bổ|quy|phải|cần|sư|gồm|như"
             r"|vừa|nêu|nhiều|hiện|điều|khoản|ngày|sắp|bởi|bằng|lại|muốn|tập{_W}trung|dự{_W}(?:định|kiến)|có{_W}hiệu")
_LAW_STOP = _LAW_STOP.replace("{_W}", _W)
# a name's words: no punctuation, brackets or dashes in them
_LAW_WORD = r"[^\s,.;:()\[\]\-–]"
# "Luật Thể dục, thể thao", "Luật Xuất cảnh, nhập cảnh": two words, a comma and two more in lower
# case that end the name go on with it; so does the verb pair "phòng, chống" ("Luật Phòng, chống
# tham nhũng"). Other words after a comma start a clause or another item ("Luật Dược, cơ sở ...").
_LAW_COMMA_STOP = r"luật|bộ|các|những|một|vẫn|tuy|chúng|vậy|nhưng|song|đây|hay|hoặc|cả|ông|bà|tôi|theo|trong"
_LAW_COMMA = (rf",[ \t](?!(?i:{_LAW_STOP}|{_LAW_COMMA_STOP}|{_p(_TYPE.lower())})\b)(?![A-ZĐÀ-Ỹ])[^\W\d]{_LAW_WORD}*"
              rf"[ \t](?!(?i:{_LAW_STOP})\b){_LAW_WORD}+(?=\s*[,.;:()\[\]]|\s*$|[ \t](?i:{_LAW_STOP})\b)")
_PHONG_CHONG = rf"[Pp]hòng,[ \t]chống"
_NAMED_LAW = re.compile(rf"\b(?:(?:Bộ[ \t])?[Ll]uật|[Pp]háp[ \t]lệnh)[ \t](?:{_PHONG_CHONG}|(?!(?i:{_LAW_STOP})\b)[^\W\d]{_LAW_WORD}*"
                        rf"(?:[ \t](?!(?i:{_LAW_STOP})\b){_LAW_WORD}+{_LAW_COMMA})?)"
                        rf"(?:(?:(?<!\d{{4}})[ \t](?!(?i:{_LAW_STOP})\b){_LAW_WORD}+){{0,7}})")  # a year ends it
_ISSUER_BEFORE = re.compile(rf"(?:\b(?P<body>[A-ZĐ][^\s,.;:()]*(?:{_W}(?!(?:đã|vừa|mới)\b)[^\s,.;:()]+){{0,4}}){_W})?(?:(?:đã|vừa|mới){_W})?(?:xây{_W}dựng{_W}và{_W})?ban{_W}hành{_W}$")


def _unnumbered(text: str, start: int, end: int, cites: _Cites) -> list[Citation]:
    """The documents named without a number between ``start`` and ``end``. A type word in
    lower case names one only after "dự thảo", "một", before "hành động" or a verb of saying
    ("chỉ thị nêu rõ"), or with only "mới"/"này" between it and ``end`` (the trigger: "báo
    cáo sơ kết", "quyết định mới thay thế"). "dự thảo" alone names a draft too ("dự thảo
    (văn bản) thay thế B")."""
    out = []
    for m in _UNNUMBERED.finditer(text, start, end):
        # "báo cáo của Văn phòng Chính phủ về tình hình thực hiện B", "báo cáo kết quả thực hiện B": the
        # report, not the verb, when it runs to the trigger in one phrase ("Theo báo cáo của Bộ, sau 3 năm
        # triển khai B, ..." tells what the report says, not what it is)
        report = (_REPORT.fullmatch(m.group("type")) is not None and _PHRASE_BREAK.search(text, m.end("type"), end) is None
                  and (_REPORT_OF.match(text, m.end("type")) is not None
                       or (_REPORT_ON.match(text, m.end("type")) is not None
                           and _REPORT_NOUN_BEFORE.search(text, max(0, m.start("type") - 12), m.start("type")) is not None)))
        lower = (m.group("type")[0].islower() and not _NEXT_TO_TRIGGER.fullmatch(text, m.end("type"), end)
                 and not _A_NOUN_AFTER.match(text, m.end("type")) and not report)
        if (lower and not (m.group("draft") or m.group("one"))) or cites.overlaps(m.start("type"), m.end("type")):
            continue
        blocked = _NOT_A_DOCUMENT_BEFORE.search(text, max(0, m.start("type") - 12), m.start("type"))
        if blocked and not m.group("draft") and not (report and blocked.group().strip().lower() == "theo"):
            continue  # "theo báo cáo ..." cites the report ("theo Chương trình" follows one)
        if m.group("type")[0].islower() and not (m.group("draft") or m.group("one")) and (
                _A_VERB_BEFORE.search(text, max(0, m.start("type") - 12), m.start("type"))
                or _SUBJECT_BEFORE.search(text, max(0, m.start("type") - 30), m.start("type"))):
            continue  # "Bộ trưởng sẽ báo cáo sơ kết ...", "Bộ Tài chính báo cáo ...": a verb, not a report
        if _NOT_A_DOCUMENT_AFTER.match(text, m.end("type")):
            continue
        first = m.start("draft") if m.group("draft") else m.start("one") if m.group("one") else m.start("type")
        last = m.end()
        body = m.group("body")
        if body:
            # the body ends where the trigger or a topic starts
            stop = _BODY_STOP.search(body)
            if stop:
                body = body[: stop.start()]
                last = m.start("body") + len(body)
        else:
            before = _ISSUER_BEFORE.search(text, max(0, first - 60), first)
            if before and before.group("body") and not cites.overlaps(before.start(), first):
                body = before.group("body")
        out.append(Citation(first, last, text[first:last], "unnumbered", type_name=_type_name(m.group("type"), m.group("action")),
                            body=body))
    for m in _BARE_DRAFT.finditer(text, start, end):
        if m.group()[-2:] == "án" and not _BILL_DOES.match(text, m.end()):
            continue  # "dự án" is a project unless it amends or replaces at once
        if not cites.overlaps(m.start(), m.end()) and not _DRAFTING.search(text, max(0, m.start() - 12), m.start()):
            out.append(Citation(m.start(), m.end(), m.group(), "unnumbered", type_name="Dự thảo"))
    return sorted(out, key=lambda c: c.start)


def _type_name(word: str, action: str | None) -> str:
    word = re.sub(_W, " ", word)
    word = word[0].upper() + word[1:]
    return word + " hành động" if action else word


# -- the main loop

_SENTENCE_END = re.compile(r"[.!?…](?=\s)|\n\s*\n|\n\s*[-–+•]|\n\s*Căn\s+cứ")
_BOUNDARY = re.compile(r"[.!?…](?=\s)|;|\n\s*\n|\n\s*[-–+•]")
_PASSIVE_BEFORE = re.compile(r"(?:\b(?:được|đươc|bị)|\()\s*$", re.IGNORECASE)
_PASSIVE_MARK = re.compile(rf"{_W}(?P<w>bởi|bằng|tại|trong)\b", re.IGNORECASE)
_NAY_LA = re.compile(rf"^\s*\(\s*nay{_W}là(?:{_W})?$", re.IGNORECASE)
_CAN_CU = re.compile(rf"(?:^|(?<=[\n;:]))\s*[-–+•]?\s*(?P<w>Căn{_W}cứ)\b|(?<=[A-ZĐẾỊỘ]{{2}}){_W}(?P<w2>Căn{_W}cứ)\b")
_CAN_CU_STOP = re.compile(rf"[.!?](?=\s+[A-ZĐ\"“])|:|\n\s*\n|Theo{_W}đề{_W}nghị|Xét{_W}đề{_W}nghị|Trên{_W}cơ{_W}sở|QUYẾT{_W}(?:ĐỊNH|NGHỊ)")
_THIS = re.compile(rf"(?:{_p(_TYPE)}){_W}(?:này|kể{_W}trên|nói{_W}trên)(?:{_W}(?:có{_W}hiệu{_W}lực[^.;]{{0,60}}?))?{_W}(?:và{_W})?(?P<w>thay{_W}thế)", re.IGNORECASE)
_THIS_ONE = re.compile(rf"{_W}(?:này|kể{_W}trên|nói{_W}trên)\b")
_HEADER = re.compile(rf"Số(?:{_W}hiệu)?(?:{_W}văn{_W}bản)?(?:{_W})?:?[ \t\r\n]*$", re.IGNORECASE)
_FULL_TEXT = re.compile(rf"toàn{_W}văn\b", re.IGNORECASE)
_OPENING = re.compile(rf"(?:^|(?<=[.\n:;]))\s*(?:Theo{_W}đó,?{_W})?(?P<w>"
                      # a purpose of guiding: "Nhằm hướng dẫn chi tiết B, Bộ Tài chính đã ban hành A" (A guides B)
                      rf"(?:Để|Nhằm){_W}(?P<guide>hướng{_W}dẫn(?:{_W}(?:chi{_W}tiết|thi{_W}hành|thực{_W}hiện))?|quy{_W}định{_W}chi{_W}tiết)"
                      rf"|(?:(?:Để|Nhằm){_W})?(?:(?P<again>tiếp{_W}tục){_W})?"
                      rf"(?:cụ{_W}thể{_W}h(?:óa|oá)|triển{_W}khai(?:{_W}thực{_W}hiện)?|thực{_W}hiện|quán{_W}triệt)"
                      rf"(?:{_W}(?:nghiêm{_W}(?:túc|chỉnh)|(?:có{_W})?hiệu{_W}quả|tốt|đúng|đầy{_W}đủ|quyết{_W}liệt))?)\s*$", re.IGNORECASE)
OPENING_WORDS = 80  # characters from the start of the sentence to the first document it carries out
_ISSUES = re.compile(rf"(?:(?:ban{_W}hành|xây{_W}dựng)(?:{_W}\S+){{0,2}}|ban{_W}hành(?:{_W}\S+){{0,4}}{_W}kèm{_W}theo"
                     rf"|\b(?:đã|vừa){_W}có"
                     # a committee that has (issued) it: "Tỉnh ủy có Kế hoạch", "UBND huyện Thọ Xuân có Công văn"
                     rf"|(?-i:ủy|uỷ|Ủy|UBND|HĐND)(?:{_W}(?:tỉnh|thành{_W}phố|huyện|quận|thị{_W}xã))?"
                     rf"(?:{_W}(?-i:[A-ZĐ])\S*){{0,3}}{_W}có)\s*$",
                     re.IGNORECASE)
_ASKS = re.compile(rf"\b(?:yêu{_W}cầu|đề{_W}nghị|chỉ{_W}đạo)\b", re.IGNORECASE)
_ISSUED = re.compile(rf"ban{_W}hành\s*$", re.IGNORECASE)
_YEARS_OF = re.compile(rf"(?P<w>(?:Sau|sau|Trong|trong|Qua|qua)(?:{_W}(?:hơn|gần))?{_W}\d+{_W}năm{_W}(?:triển{_W}khai{_W})?thực{_W}hiện)\s*$")
# "hai Nghị quyết trên": how many documents of that type before it are meant (0: all, "các")
_COUNTS = {"": 1, "hai": 2, "ba": 3, "bốn": 4, "các": 0, "những": 0}
_THOSE = re.compile(rf"(?P<w>(?:tổng|sơ){_W}kết|thực{_W}hiện)\b[^.;]{{0,40}}?(?<=\s)(?:(?P<n>hai|ba|bốn|các|những){_W})?"
                    rf"(?P<type>{_p(_TYPE)}){_W}(?:nói{_W}trên|kể{_W}trên|trên)\b", re.IGNORECASE)
_THOSE_START = re.compile(r"tổng|sơ|ſơ|thực")  # the first words of _THOSE, lower case
_RANK = {"replaces": 0, "replaced_by": 0, "repeals": 0, "amends": 1, "continues": 2, "guides": 3, "implements": 4, "reviews": 5, "based_on": 6}
# relations whose source must not be older than its target
_FORWARD = {"implements", "continues", "replaces", "repeals", "amends", "guides", "reviews", "based_on"}


def find_relations(text: str, citations: list[Citation] | None = None) -> list[Relation]:
    """The document-to-document relations ``text`` states, in text order.

    >>> text = ("xây dựng Chương trình số 08-CTr/TU ngày 18/10/2016 để cụ thể hóa và tổ chức thực "
    ...         "hiện Nghị quyết số 04-NQ/TU, ngày 12/8/2016 của Tỉnh uỷ.")
    >>> [(str(r.source.doc), r.type, str(r.target.doc), r.evidence) for r in find_relations(text)]
    [('08-CTr/TU', 'implements', '04-NQ/TU', 'cụ thể hóa và tổ chức thực hiện')]

    A document named without a number is a source of kind ``unnumbered``:

    >>> (r,) = find_relations("Bộ Tư pháp trình dự thảo Nghị định sửa đổi Nghị định 42/2014/NĐ-CP.")
    >>> r.source.kind, r.source.text, r.source.type_name, r.type, str(r.target.doc)
    ('unnumbered', 'dự thảo Nghị định', 'Nghị định', 'amends', '42/2014/NĐ-CP')
    """
    if not isinstance(text, str):
        raise TypeError(f"find_relations needs a str, got {type(text).__name__}")
    cites = _Cites(c for c in (citations if citations is not None else find_citations(text))
                   if c.doc is not None or c.kind in ("plenum", "congress"))
    if not cites and not _NAMED_LAW.search(text):
        return []  # no document named at all
    found: dict[tuple, Relation] = {}

    def add(source: Citation, target: Citation, kind: str, start: int, end: int) -> None:
        if _name(source) == _name(target) or not _possible(source, target, kind):
            return
        if source.kind == target.kind == "unnumbered" and source.text.lower() == target.text.lower():
            return  # one law named twice ("Luật trẻ em (ngày ...) hướng dẫn Luật trẻ em")
        # one relation for a pair of documents, the most specific the text states; unnumbered
        # documents of one type that do the same to the same target are one (the first mention)
        key = (f"{source.type_name}|{kind}" if source.kind == "unnumbered" else _name(source), _name(target))
        if key not in found or _RANK[kind] < _RANK[found[key].type]:
            found[key] = Relation(source, target, kind, start, end, text[start:end])

    whole = _whole_document(text, cites)
    read_until = 0
    low = text.lower()
    for t in _matches(_TRIGGER, _TRIGGER_START, text, low):
        _read_trigger(text, cites, t, whole, add)
    for i, b in enumerate(cites):
        before = cites[i - 1] if i else None
        # A (nay là B)
        gap = text[before.end : b.start] if before is not None else ""
        if before is not None and _NAY_LA.match(gap):
            add(before, b, "replaced_by", before.end + gap.index("("), before.end + len(gap.rstrip()))
        if whole is not None and b is not whole and b.start > whole.start:
            m = _THIS.search(text, _clause_start(text, b.start), b.start)
            if m is not None and _lead_ok(text[m.end() : b.start], False):
                add(whole, b, "replaces", m.start("w"), m.end("w"))
        if b.start >= read_until:
            read_until = _read_opening(text, cites, i, add)
    if whole is not None:
        _read_preamble(text, cites, whole, add)
    for m in _matches(_THOSE, _THOSE_START, text, low):
        _read_those(text, cites, m, add)
    return sorted(found.values(), key=lambda r: (r.target.start, r.source.start))


def _read_trigger(text: str, cites: _Cites, t: re.Match, whole: Citation | None, add) -> None:
    """The relations one trigger states, active or passive."""
    kind = TRIGGERS[int(t.lastgroup[1:])][0]
    words = re.sub(_W, " ", t.group()).lower()
    if _COMMITTEE.search(text, max(0, t.start() - 20), t.start()):
        return  # "Ban Chỉ đạo thực hiện Chỉ thị 50": the name of a body
    if _PLURAL_BEFORE.search(text, max(0, t.start() - PLURAL_REACH), t.start()):
        return  # "A về sửa đổi một số nghị định hướng dẫn thi hành Luật X": the trigger says what those do
    if kind == "amends" and _AFTER_MODIFIER.match(text, t.end()):
        return  # "Bộ luật Hình sự sửa đổi, Luật Quy hoạch": "amended" describes the one before
    mark = _PASSIVE_MARK.match(text, t.end())
    if mark and (mark.group("w").lower() in ("bởi", "bằng") or _PASSIVE_BEFORE.search(text, max(0, t.start() - 12), t.start())):
        # B (đã được) sửa đổi bởi/tại A1 và A2; B được cụ thể hóa trong A
        first = _target_after(text, cites, mark.end(), False)
        sources = _listed(text, cites, first) if first is not None else _named_after(text, cites, mark.end())
        # "(đã được sửa đổi tại A) và công văn số ...": the list ends with the parenthesis
        sources = [a for a in sources if ")" not in text[mark.end() : a.start]]
        target = _nearest_before(cites, t.start())
        if target is not None and (_crosses(text, target.end, t.start()) or not _bridge_ok(text[target.end : t.start()], True)):
            # "Nghị định 163/2006/NĐ-CP ... . Nghị định này đã được sửa đổi bởi A"
            named = _unnumbered(text, max(target.end, t.start() - SOURCE_REACH), t.start(), cites)
            target = None
            if named and _THIS_ONE.match(text, named[-1].end) and _bridge_ok(text[named[-1].end : t.start()], False):
                target = _antecedent(cites, named[-1], whole)
        if target is None:
            target = _named_before(text, cites, t.start())  # "Luật Đất đai năm 2013 được hướng dẫn bởi A"
        if not sources or target is None or kind == "based_on":
            return
        for source in sources:
            add(source, target, kind, t.start(), mark.end())
        return
    if kind == "based_on" and text[t.start()] == "C" and whole is not None:
        return  # "Căn cứ" heading a clause of the document's own preamble: read with the preamble
    first = _target_after(text, cites, t.end(), words in _STRICT)
    if first is None and kind == "guides" and words != "hướng dẫn":
        first = _target_at(text, cites, t.end())  # "hướng dẫn thực hiện ưu đãi thuế tại B"
    if first is not None and _PLURAL_LAWS.search(text, max(0, first.start - 12), first.start) and first.text[:1].islower():
        return  # "Luật sửa đổi ... của các luật liên quan đến ... số 38/2009/QH12": the number is the amending law's
    targets = _listed(text, cites, first) if first is not None else []
    referred = _referred(text, cites, t.end(), whole) if not targets else None
    if not targets and kind in ("guides", "amends", "replaces"):
        targets = _named_after(text, cites, t.end())
    if not targets and not referred:
        return
    source = _source_before(text, cites, t, kind, whole)
    if source is None:
        source = _speaker(text, cites, t, whole)
    if source is None:
        return
    stated_end = targets[-1].end if targets else t.end()
    if not targets:
        # "thực hiện các nghị quyết đó": the ones named before the source
        earlier, count = referred
        earlier = [c for c in earlier if c.end <= source.start] if earlier != [whole] else earlier
        targets = (earlier[-count:] if count else earlier) if earlier else []
        if not targets:
            return
    if source.type_name == "Báo cáo" and source.body is None and _REPORTER.match(text, stated_end):
        return  # "Báo cáo sơ kết 1 năm thực hiện B, đồng chí X cho biết": the person reports
    if kind == "amends" and source.kind == "unnumbered" and source.text in ("Luật", "luật") and targets[0].kind == "unnumbered":
        # "Luật sửa đổi, bổ sung một số điều của Luật Đất đai năm 2001": the year names the
        # amending law as often as the amended one; the amended one is "Luật Đất đai"
        year = _TITLE_YEAR.search(targets[0].text)
        if year is not None:
            targets = [attrs.evolve(targets[0], end=targets[0].start + year.start(), text=targets[0].text[: year.start()])]
    if (source.end <= t.start() and _CLAUSE_OPENS.search(text, source.end, t.start())
            and _ANOTHER_ACTOR.match(text, targets[-1].end)):
        return  # "Chỉ thị nêu rõ, thực hiện B, Chính phủ đã ban hành ...": B is carried out by the subject after it
    if _enumerated(text, cites, source):
        # "đề cập ở A cũng như Chương trình hành động ... thực hiện B, Quyết định C": the source is
        # one item of a list, "thực hiện B" says what it is, and ", C" is the list's next item
        targets = _joined_by_and(text, targets)
    start, end = t.start(), t.end()
    if source.kind == "unnumbered" and source.type_name == "Báo cáo" and kind in ("implements", "continues"):
        kind = "reviews"  # a report on implementing B reviews it
    years = _YEARS_OF.search(text, max(0, t.start() - 40), t.end())
    if years is not None:
        kind, start = "reviews", years.start("w")
    paren = text.rfind("(", source.end, t.start()) >= 0 and source.doc is not None
    sources = [source]
    if source.kind != "unnumbered" and _REGARDED.fullmatch(text, source.end, t.start()):
        sources = _listed_before(text, cites, source)  # "triển khai Quyết định 935, 936, coi đây là ..."
    for target in targets:
        if paren and not _possible(source, target, kind) and _possible(target, source, kind):
            add(target, source, kind, start, end)  # "B (sửa đổi, bổ sung A)": the dates say A is the newer
        else:
            for each in sources:
                add(each, target, kind, start, end)


# a target named by reference to documents before it: "thực hiện các nghị quyết đó", "sửa đổi hai
# Quyết định trên", "hướng dẫn Nghị định này"
_REFERRED = re.compile(rf"(?:{_W}(?:có{_W}hiệu{_W}quả|nghiêm{_W}túc|tốt))?{_W}(?:(?P<n>hai|ba|bốn|các|những){_W})?"
                       rf"(?P<type>{_p(_TYPE)}){_W}(?:đó|này|trên|nói{_W}trên|kể{_W}trên)\b", re.IGNORECASE)


def _referred(text: str, cites: _Cites, pos: int, whole: Citation | None) -> tuple[list[Citation], int] | None:
    """The documents a reference just after ``pos`` may name, and how many of the last of them it
    names (0: all, "các"): those of its type within :data:`ANAPHORA_REACH` characters before it;
    "Nghị định này" in a document's own text is that document."""
    m = _REFERRED.match(text, pos)
    if m is None:
        return None
    word = re.sub(_W, " ", m.group("type")).lower()
    n = (m.group("n") or "").lower()
    if not n and whole is not None and (whole.type_name or "").lower() == word:
        return [whole], 1
    return [c for c in cites.within(pos - ANAPHORA_REACH, pos) if (c.type_name or "").lower() == word], _COUNTS.get(n, 1)


# "Báo cáo ... thực hiện B, đồng chí X ...": the verb of a person named after the comma
_REPORTER = re.compile(rf"[^.;:!?,]{{0,{ACTOR_REACH}}},{_W}(?:đồng{_W}chí|ông|bà)\b")


def _named_after(text: str, cites: _Cites, pos: int) -> list[Citation]:
    """A law named without a number just after ``pos`` ("... một số điều của Luật Đất đai")."""
    law = _NAMED_LAW.match(text, _skip_lead(text, pos))
    if law is None or cites.overlaps(law.start(), law.end()):
        return []
    return [_law(law)]


def _named_before(text: str, cites: _Cites, pos: int) -> Citation | None:
    """A law named without a number that ends just before ``pos`` (only "(nay) được" between)."""
    start = _clause_start(text, pos)
    laws = [m for m in _NAMED_LAW.finditer(text, start, pos) if not cites.overlaps(m.start(), m.end())]
    if not laws or not _PASSIVE_GAP.fullmatch(text, laws[-1].end(), pos):
        return None
    return _law(laws[-1])


def _law(m: re.Match) -> Citation:
    kind = "Bộ luật" if m.group()[:2] == "Bộ" else "Pháp lệnh" if m.group()[:1] in "Pp" else "Luật"
    return Citation(m.start(), m.end(), m.group(), "unnumbered", type_name=kind)


# a trigger that opens a clause after a comma or colon ("A nêu rõ, thực hiện B, ..."), and the subject
# of that clause after B's topic, a name or a plural that has done something: "..., Chính phủ, Thủ
# tướng Chính phủ đã ban hành", "..., các bộ vừa cắt giảm"
_CLAUSE_OPENS = re.compile(r"[,:]\s*$")
_ANOTHER_ACTOR = re.compile(rf"[^.;:!?,]{{0,{ACTOR_REACH}}},{_W}(?:[{UPPER}]|(?:các|những|nhiều)\b)[^.;:!?]{{0,{ACTOR_REACH}}}?\b(?:đã|vừa)\b")
_LAW_WORDS = {"Luật", "luật", "Bộ luật", "Pháp lệnh"}  # an unnumbered source that may be a law's name
_PLURAL_LAWS = re.compile(rf"\b(?:các|những){_W}$", re.IGNORECASE)
_TITLE_YEAR = re.compile(rf"(?:{_W}năm)?{_W}\d{{4}}$")
_PASSIVE_GAP = re.compile(rf"[\s,(]*(?:(?:nay|đã|sẽ){_W})*(?:được|bị){_W}")


def _source_before(text: str, cites: _Cites, t: re.Match, kind: str, whole: Citation | None) -> Citation | None:
    """The nearest document before trigger ``t`` when only a bridge stands between them; "Quyết
    định này" is the document whose text this is."""
    clause = max(_clause_start(text, t.start()), t.start() - SOURCE_REACH)
    numbered = _nearest_before(cites, t.start())
    if numbered is not None and numbered.end < clause:
        numbered = None
    named = [u for u in _unnumbered(text, max(clause, numbered.end if numbered else 0), t.start(), cites)]
    # "A về việc ban hành kế hoạch ... nhằm thực hiện B": a purpose may follow the topic of its source
    topic = kind in ("amends", "replaces", "guides") or (kind in ("implements", "continues") and _PURPOSE.search(text, clause, t.start()))
    if named:
        u = named[-1]
        if u.text.isupper():
            return None  # a heading ("KẾT LUẬN"): the document whose text this is speaks
        gap = text[u.end : t.start()]
        law = _NAMED_LAW.match(text, u.start) if u.text in _LAW_WORDS else None
        # a law by its name: "Luật Đất đai 2013 thay thế Luật Đất đai 2003"; but "Luật X sửa đổi" at once
        # is the revised law X ("Luật TDTT sửa đổi, bổ sung nên dựa vào B")
        if (law is not None and law.end() <= t.start() and _bridge_ok(text[law.end() : t.start()], topic)
                and not (kind == "amends" and not text[law.end() : t.start()].strip(" \t\n(,"))):
            return _law(law)
        # a draft or "một nghị định" may carry a long topic: "dự thảo Nghị định xử phạt ..., thay cho B"
        # (a bare "dự thảo" has no topic: "Theo dự thảo, doanh nghiệp thực hiện B" names another subject)
        draft = u.text.lower().startswith(("dự", "một")) and u.type_name != "Dự thảo"
        if not (_bridge_ok(gap, topic) or (draft and _word_count(gap) <= TOPIC_WORDS and not _CLAUSE.search(gap)
                                            and not _crosses(text, u.end, t.start()))):
            return None
        if _THIS_ONE.match(text, u.end):
            return _antecedent(cites, u, whole) or u
        # "Kết luận nêu rõ, sau 15 năm thực hiện B" in an article on Kết luận số 10-KL/TW: that one
        if u.text == u.type_name and u.body is None:
            named_before = whole or _first_after(text, cites, _ISSUED, 25, min(u.start, MAIN_REACH))
            if named_before is not None and named_before.start < u.start and named_before.type_name == u.type_name:
                return named_before
        # "A ... ban hành (kèm theo) Chương trình hành động ... thực hiện B": the programme is A's
        if numbered is not None and _ISSUES_PROGRAMME.fullmatch(text, numbered.end, u.start):
            return numbered
        return u
    if numbered is None or not (_bridge_ok(text[numbered.end : t.start()], topic)
                                or (kind in ("implements", "continues") and _REGARDED.fullmatch(text, numbered.end, t.start()))):
        return None
    return numbered


_ISSUES_PROGRAMME = re.compile(rf"[\s,]*(?:(?:đã|vừa){_W})?(?:về{_W}(?:việc{_W})?)?(?:ban{_W}hành(?:{_W}kèm{_W}theo)?|kèm{_W}theo){_W}")
_PURPOSE = re.compile(rf"\b(?:nhằm|để){_W}$", re.IGNORECASE)


# "A, coi đây là (một trong những) biện pháp (quan trọng) để thực hiện B": A is a means to carry out B
_MEANS = _p("biện pháp|giải pháp|nhiệm vụ|công cụ|bước|cơ sở|khâu|cách làm|điều kiện|tiền đề|động lực")
_REGARDED = re.compile(rf"[\s,]*(?:và{_W})?coi{_W}(?:đây|đó|đấy)(?:{_W}(?:cũng|là|như))+{_W}(?:một{_W}trong{_W}(?:những|các){_W})?"
                       rf"(?:{_MEANS})(?:{_W}[^\W\d]+){{0,4}}?{_W}(?:để|nhằm)(?:{_W}góp{_W}phần)?{_W}", re.IGNORECASE)


def _listed_before(text: str, cites: _Cites, last: Citation) -> list[Citation]:
    """``last`` and the citations listed just before it ("Quyết định 935, 936"), first to last."""
    out = [last]
    i = cites.position(last)
    while i > 0 and _JOINED.fullmatch(text, cites[i - 1].end, out[0].start):
        i -= 1
        out.insert(0, cites[i])
    return out


_JOINED = re.compile(rf"\s*(?:[,;]|(?:,{_W})?và)\s*")


def _antecedent(cites: _Cites, u: Citation, whole: Citation | None) -> Citation | None:
    """What "Quyết định này" / "Nghị định trên" refers to: the document whose text this is, or
    the last one of that type named shortly before."""
    if whole is not None and whole.start < u.start:
        return whole
    earlier = [c for c in cites.within(u.start - ANAPHORA_REACH, u.start)
               if (c.type_name or "").lower() == (u.type_name or "").lower()]
    return earlier[-1] if earlier else None


def _speaker(text: str, cites: _Cites, t: re.Match, whole: Citation | None) -> Citation | None:
    """The document that says what follows when no source stands before the trigger: the
    document whose text this is ("Sau 15 năm thực hiện B"), or the one just issued that asks
    ("Bộ Chính trị yêu cầu ... quán triệt, thực hiện B")."""
    clause = _clause_start(text, t.start())
    if whole is not None and whole.start < t.start() and _YEARS_OF.search(text, max(0, t.start() - 40), t.end()):
        return whole
    main = _first_after(text, cites, _ISSUED, 25, MAIN_REACH)
    if main is not None and main.start < t.start() and _ASKS.search(text, clause, t.start()):
        return main
    return None


def _read_opening(text: str, cites: _Cites, i: int, add) -> int:
    """"Thực hiện B1 ...; B2 ... và B3, ... đã ban hành A": A implements each B. Returns where
    the sentence read ends when no A was found (an opening later in it finds none either)."""
    b = cites[i]
    opening = _OPENING.search(text, max(0, b.start - OPENING_WORDS), b.start)
    if opening is None:
        return 0
    kind = "guides" if opening.group("guide") else "continues" if opening.group("again") else "implements"
    limit = min(len(text), b.end + OPENING_REACH)
    stop = _PLAIN_SENTENCE_END.search(text, b.end, limit)
    end = stop.start() if stop else limit
    targets = [b]
    for c in cites.within(b.end, end, by_start=True):
        if _ISSUES.search(text, max(targets[-1].end, c.start - ISSUE_REACH), c.start):
            for target in targets:
                add(c, target, kind, opening.start("w"), opening.end("w"))
            return 0
        if _LIST_END.search(text, max(targets[-1].end, c.start - 10), c.start):
            targets.append(c)
    # "Thực hiện B, Bộ Công Thương đã ban hành Kế hoạch hành động ..."
    for u in _unnumbered(text, targets[-1].end, end, cites):
        if _ISSUES.search(text, max(targets[-1].end, u.start - ISSUE_REACH), u.start):
            for target in targets:
                add(u, target, kind, opening.start("w"), opening.end("w"))
            return 0
    return end


_PLAIN_SENTENCE_END = re.compile(r"[.!?…](?=\s)|\n\s*\n")
_LIST_END = re.compile(r"(?:[;,]|\bvà)\s*$")


def _read_those(text: str, cites: _Cites, m: re.Match, add) -> None:
    """"... ban hành Nghị quyết 42 ... và Nghị quyết số 11. Sau khi tổng kết việc thực hiện hai
    Nghị quyết trên, Bộ Chính trị đã ban hành Kết luận số 24": the targets are named in the
    sentence before, the source after."""
    kind = "reviews" if m.group("w")[:1].lower() in "ts" and "kết" in m.group("w") else "implements"
    word = re.sub(_W, " ", m.group("type")).lower()
    earlier = [c for c in cites.within(m.start() - ANAPHORA_REACH, m.start()) if (c.type_name or "").lower() == word]
    count = _COUNTS.get((m.group("n") or "").lower(), 1)
    targets = earlier[-count:] if count else earlier
    end = _BOUNDARY.search(text, m.end())
    source = next((c for c in cites.within(m.end(), end.start() if end else len(text))
                   if _ISSUES.search(text, max(m.end(), c.start - ISSUE_REACH), c.start)), None)
    if source is None or not targets:
        return
    for target in targets:
        add(source, target, kind, m.start(), m.end())


def _read_preamble(text: str, cites: _Cites, whole: Citation, add) -> None:
    """"Căn cứ B1;\\nCăn cứ B2; B3" in a document's own text: the document is based on each B,
    and the evidence of each B is the "Căn cứ" nearest before it."""
    heads = [(m.start("w" if m.group("w") else "w2"), m.end("w" if m.group("w") else "w2"))
             for m in _CAN_CU.finditer(text, whole.end)]
    for k, (start, end) in enumerate(heads):
        stop = _CAN_CU_STOP.search(text, end, heads[k + 1][0] if k + 1 < len(heads) else len(text))
        limit = stop.start() if stop else heads[k + 1][0] if k + 1 < len(heads) else len(text)
        for c in cites.within(end, limit, by_start=True):
            if c is not whole:
                add(whole, c, "based_on", start, end)


def _target_after(text: str, cites: _Cites, pos: int, strict: bool) -> Citation | None:
    """The first citation after ``pos`` when only a lead stands between."""
    i = bisect.bisect_left(cites.starts, pos)
    if i < len(cites) and (cites[i].start - pos <= TRIGGER_REACH or (
            cites[i].start - pos <= ATTACHED_REACH and _ATTACHED.match(text, pos))) and _lead_ok(text[pos : cites[i].start], strict):
        return cites[i]
    return None


def _target_at(text: str, cites: _Cites, pos: int) -> Citation | None:
    """The first citation after ``pos`` when a short topic and "(quy định) tại" stand between
    ("hướng dẫn thực hiện chế độ trợ cấp quy định tại B")."""
    i = bisect.bisect_left(cites.starts, pos)
    if i < len(cites) and cites[i].start - pos <= TRIGGER_REACH and _TOPIC_AT.fullmatch(text, pos, cites[i].start):
        return cites[i]
    return None


# a topic of at most this many words, then "tại": what the guidance is about, and where it is laid down
TOPIC_AT_WORDS = 8
_TOPIC_AT = re.compile(rf"(?:[ \t](?!(?i:tại|theo|của|và)\b)[^\W\d]+){{1,{TOPIC_AT_WORDS}}}(?:{_W}quy{_W}định)?{_W}tại{_W}")


def _skip_lead(text: str, pos: int) -> int:
    return _SKIP_LEAD.match(text, pos).end()


_SKIP_LEAD = re.compile(rf"(?:[\s,]|(?:một{_W}số{_W}(?:điều|quy{_W}định)(?:{_W}và{_W}biện{_W}pháp{_W}thi{_W}hành)?|của"
                        rf"|(?:Điều|điều|Khoản|khoản){_W}\d+\w*)\b)*")


def _listed(text: str, cites: _Cites, first: Citation) -> list[Citation]:
    """``first`` and the citations listed after it: "B1, B2 và Điều 30 của B3"."""
    out = [first]
    for c in cites[cites.position(first) + 1 :]:
        gap = text[out[-1].end : c.start]
        # items may be set off by ";" (long titles between), but not by a sentence end
        if _SENTENCE_END.search(gap) or len(gap) > LIST_GAP or not _LIST.search(gap):
            break
        out.append(c)
    return out


_LIST = re.compile(rf"(?:^|[,;]|{_W}và)(?:{_W})?(?:(?:Điều|điều|Khoản|khoản){_W}\d+\w*(?:,?{_W}|{_W}của{_W})?)*(?:(?:một{_W}số{_W}điều{_W}của){_W})?$")


# what leaves a list of documents open before its next item: "A, B", "A; B", "A cũng như B, C"
# ("và" closes it: "A và B thực hiện C, D" lists C and D)
_OPEN_JOIN = re.compile(rf"(?:[,;]|\bcũng{_W}như)\s*$")


def _enumerated(text: str, cites: _Cites, source: Citation) -> bool:
    """Whether ``source`` is an item of an open list of documents: another citation, perhaps
    its topic, and a comma or "cũng như" just before it.

    >>> text = "được nêu ở Nghị quyết 19-NQ/TW cũng như Kế hoạch hành động thực hiện Nghị quyết 19"
    >>> cites = _Cites(find_citations(text))
    >>> plan = _unnumbered(text, 0, text.index(" thực"), cites)[-1]
    >>> plan.text, _enumerated(text, cites, plan)
    ('Kế hoạch hành động', True)
    """
    before = _nearest_before(cites, source.start)
    if before is None:
        return False
    gap = text[before.end : source.start]
    join = _OPEN_JOIN.search(gap)
    if join is None or len(gap) > LIST_GAP or _SENTENCE_END.search(gap):
        return False
    head = gap[: join.start()].strip()
    # nothing between but the topic of the item before ("A về cải cách công vụ, B")
    return not head or (head.lower().startswith("về ") and not _CLAUSE.search(head))


def _joined_by_and(text: str, targets: list[Citation]) -> list[Citation]:
    """The first target and those joined to it by "và" alone ("B1 và B2"), not by a comma."""
    kept = targets[:1]
    for c in targets[1:]:
        if re.search(r"[,;]", text[kept[-1].end : c.start]):
            break
        kept.append(c)
    return kept


def _nearest_before(cites: _Cites, pos: int) -> Citation | None:
    i = bisect.bisect_right(cites.ends, pos)
    return cites[i - 1] if i else None


class _Cites(list):
    """Citations in text order, with their starts and ends at hand: every look-up around a
    trigger is a binary search, so long texts with many citations stay linear."""

    def __init__(self, cites):
        super().__init__(sorted(cites, key=lambda c: (c.start, c.end)))
        self.starts = [c.start for c in self]
        self.ends = list(itertools.accumulate((c.end for c in self), max))

    def within(self, start: int, end: int, by_start: bool = False) -> list[Citation]:
        """The citations inside ``start``..``end`` (or only starting there, ``by_start``)."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end) if by_start else bisect.bisect_right(self.ends, end)
        return self[lo:hi]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a citation overlaps ``start``..``end``."""
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.ends[i - 1] > start

    def position(self, c: Citation) -> int:
        i = bisect.bisect_left(self.starts, c.start)
        while self[i] is not c:
            i += 1
        return i


def _crosses(text: str, start: int, end: int) -> bool:
    return _BOUNDARY.search(text, start, end) is not None


def _clause_start(text: str, pos: int) -> int:
    starts = [m.end() for m in _BOUNDARY.finditer(text, max(0, pos - 300), pos)]
    return starts[-1] if starts else max(0, pos - 300)


def _name(c: Citation) -> str:
    """What tells documents apart within one text: the identifier; each unnumbered mention is
    its own (the graph decides which are one)."""
    if c.kind == "unnumbered":
        return f"{c.type_name}@{c.start}"
    return str(c.doc) if c.doc is not None else c.text


def _when(c: Citation) -> tuple[int, dt.date | None] | None:
    """The year (and the date when written) a citation gives for its document; a law named
    without a number gives the year its name ends with ("Luật Xây dựng 2014", "... năm 2014")."""
    if c.date is not None:
        return c.date.year, c.date
    year = c.year if c.year is not None else (c.doc.year if c.doc is not None else None)
    if year is None and c.kind == "unnumbered" and c.type_name in _LAW_WORDS:
        named = _TITLE_YEAR.search(c.text)
        year = int(named.group()[-4:]) if named else None
    return (year, None) if year is not None else None


def _possible(source: Citation, target: Citation, kind: str) -> bool:
    """Whether the dates allow ``source`` ``kind`` ``target``: no document acts on a later one.

    >>> a = find_citations("Thông tư 76/2014/TT-BTC")[0]; b = find_citations("Thông tư 333/2016/TT-BTC")[0]
    >>> _possible(a, b, "amends"), _possible(b, a, "amends"), _possible(a, b, "replaced_by")
    (False, True, True)
    """
    if kind == "replaced_by":
        source, target = target, source
    elif kind not in _FORWARD:
        return True
    s, t = _when(source), _when(target)
    if s is None or t is None:
        return True
    if s[1] is not None and t[1] is not None:
        return s[1] >= t[1]
    return s[0] >= t[0]


def _whole_document(text: str, cites: _Cites) -> Citation | None:
    """The document whose text this is: the number after "Số:" in its header, or the one an
    article gives in full ("toàn văn Nghị quyết số 35/2017/QH14", or "toàn văn Nghị quyết."
    after naming the one just issued)."""
    own = _first_after(text, cites, _HEADER, 30, HEADER_REACH)
    if own is not None:
        return own
    for m in _FULL_TEXT.finditer(text):
        after = next(iter(cites.within(m.end(), m.end() + FULL_TEXT_REACH + 1, by_start=True)), None)
        if after is not None:
            return after
        main = _first_after(text, cites, _ISSUED, 25, m.start())
        if main is not None and main.start < m.start():
            return main
    return None


def _first_after(text: str, cites: _Cites, words: re.Pattern, reach: int, limit: int) -> Citation | None:
    """The first identified citation within ``limit`` characters that ``words`` end just before."""
    for c in cites:
        if c.start > limit:
            break
        if c.doc is not None and c.doc.issuer is not None and words.search(text, max(0, c.start - reach), c.start):
            return c
    return None
