"""link: one document, one node, across a whole corpus.

After every article is read (:func:`dangdoc.corpus.pipeline.read_article`), some mentions name a
document only in part: "Nghị định 67" (which year's?), "35/NQ-CP" (the number restarts
every year), "Nghị quyết 35" (the Government's or the Party's?). Other articles of the
same corpus, and the catalogue, often name the same document in full. :func:`link` sends
each partial mention to the one full document that its type, number, issuer and time
allow and that the words around it single out, recording the confidence and the
evidence ("91 articles write 67/2014/NĐ-CP near tàu cá, ngư dân"). What stays undecided
keeps one ambiguous node, its candidates ranked; nothing is guessed. Words that could be
said of any policy ("tạo thuận lợi", "quan điểm") are no evidence: a candidate's shared
words count only if one of them recurs where the corpus writes it (a subject does, a turn
of phrase does not), is the candidate's own, or is too rare in the corpus to tell.

A mention's own words weigh more than the paragraph around it: a topic clause ("về hỗ trợ
và phát triển doanh nghiệp") or a clause that reads like a title ("quy định chi tiết Luật
phòng, chống tác hại của thuốc lá") rules out a candidate none of whose titles shares a word
with it (unless its words are the candidate's own in the corpus), and the pairs it shares
with a candidate's title count as evidence however common they are.

:func:`plan` reads plain mentions, documents and articles (and the catalogue), visits
them in sorted order and breaks ties by key, so the graph (:func:`link`), the SQLite
store, the column table and the Dask build, which hold the same corpus, get the same
links.
"""

from __future__ import annotations

import collections
import datetime as dt
import functools
import re

import attrs

from ..models import ASSEMBLY
from ..resolve.catalog import Catalog
from ..vocab.codes import LOCAL_LEVELS, issuer_level, type_class
from ..vocab.orthography import syllables
from ..vocab.terms import term_of, terms
from ..resolve.resolver import SEP, Period, document_of_entry

# a link needs at least this much topic evidence: word pairs the mention shares with
# what is written around the candidate elsewhere (or with its title)
_MIN_TOPIC = 2
# the best candidate must beat the second by this factor to be chosen over it
_MARGIN = 2.0
# word pairs shown as evidence
_EVIDENCE_PAIRS = 3
# a pair seen around more than this share of all mentions (and more than _COMMON_MIN
# times) says nothing of a topic ("ủy ban nhân", "tổ chức")
_COMMON_SHARE = 0.02
_COMMON_MIN = 20
# a link's evidence must hold a pair that names a subject, not a turn of phrase that could
# be said of any document ("tạo thuận lợi", "quan điểm", "nâng cao chất lượng", "cơ chế xin
# cho", "Quốc hội thông qua"): one written, on average over the corpus's passages that hold
# it, at least _RECUR times per passage (a subject recurs where it is written: "tàu cá",
# "học sinh", "lệ phí"; a turn of phrase is written once), or gathered around few documents
# (held by at least _GATHERED times as many passages as there are documents it is written
# near: "suy thoái", "lối sống" of the Party's resolutions on its own building; a turn of
# phrase is spread over documents of every subject, under 2 passages a document), or the
# candidate's own (:data:`_OWN_SHARE`), or held by at most _RARE passages (too rare to tell)
_RECUR = 1.1
_GATHERED = 3
_RARE = 2
_WORD = re.compile(r"[^\W\d_]+")
# syllables that say nothing of a topic: function words; a pair with one is no evidence
_STOP = frozenset("và của các một số những được theo tại cho với này đã là có trong về đến từ khi thì sẽ để "
                  "không phải cũng như nhiều người việc làm mới vẫn còn rất hơn nhưng nếu vì do bị ra vào lên "
                  "đó nay hiện trên dưới sau trước hay hoặc mà lại nên cần đang chưa điều khoản mục ông bà anh "
                  "chị này kia ấy gì nào thế vừa cùng tới đây đều chỉ sự".split())
# pairs that every text about documents uses: the words of citing, and the set phrases of
# titles ("xây dựng và phát triển", "thời kỳ công nghiệp hóa, hiện đại hóa đất nước")
_STOP_PAIRS = frozenset({
    "nghị định", "nghị quyết", "quyết định", "thông tư", "chỉ thị", "kết luận", "quy định", "chính phủ",
    "thủ tướng", "ban hành", "thực hiện", "văn bản", "bộ chính", "chính trị", "trung ương", "ban chấp",
    "chấp hành", "xây dựng", "phát triển", "tăng cường", "đẩy mạnh", "nâng cao", "đổi mới", "công tác",
    "thời kỳ", "đất nước", "công nghiệp", "nghiệp hóa", "hiện đại", "đại hóa", "lãnh đạo", "chỉ đạo",
    "triển khai", "tổ chức", "quản lý", "cơ quan", "đơn vị", "địa phương", "ủy ban", "nhân dân",
    "tỉnh ủy", "thành phố", "hà nội", "việt nam", "năm nay", "thời gian", "hiện nay", "quy định",
})
# what a title says a document does, not what it is about ("quy định chi tiết một số điều
# của Luật ...", "hướng dẫn thi hành", "sửa đổi, bổ sung", "về việc tăng cường công tác
# ..."), and dates: a topic is in the other words
_TITLE_PHRASES = frozenset({
    "quy định", "chi tiết", "hướng dẫn", "thi hành", "sửa đổi", "bổ sung", "ban hành", "phê duyệt", "biện pháp",
    "nghị định", "nghị quyết", "thông tư", "quyết định", "chỉ thị", "kết luận", "tăng cường", "đẩy mạnh",
    "nâng cao", "lãnh đạo", "chỉ đạo", "xây dựng", "phát triển", "đổi mới", "công tác", "thực hiện", "tiếp tục",
    "vấn đề", "một số", "tổ chức", "quản lý",
})
_TITLE_SYLLABLES = frozenset("luật việc điều năm ngày tháng đối tới".split())
# the head of a topic clause names the document; the rest of a long clause is the writer's
_HEAD = 8
# a topic with fewer content words than this rules out no candidate ("ban hành tháng 7")
_MIN_HEAD = 2
# a word pair is a candidate's own when the articles that write the candidate in full are
# at least this share of the mentions it is written around ("tàu cá" of 67/2014/NĐ-CP,
# not "chính sách" or "tình hình", which are around every kind of document)
_OWN_SHARE = 0.1
# a clause right after a mention that reads like a title ("Nghị định 67 quy định chi tiết
# Luật phòng, chống tác hại của thuốc lá"); the finder reads "về ..." clauses itself. A
# bare "quy định" is as often the verb of the writer's sentence ("Nghị định 38 quy định
# trong vòng 15 ngày ..."): only its title forms are read
_TITLE_CLAUSE = re.compile(r"[\s,]*(?:quy định (?:chi tiết|về|xử phạt)|hướng dẫn (?:thi hành|chi tiết|về)"
                           r"|sửa đổi|ban hành|phê duyệt)(?![^\W\d_])[^.;:!?()\n…“”\"]{0,200}", re.IGNORECASE)
# a decision whose year is only the article's ("Quyết định số 316/QĐ-TTg" in an article of
# 2017, with no year written) is of that year only if its sentence says it is new: a day
# and month of no other year ("ngày 12/6", "ký ngày 30.5"), "vừa", "mới đây", "hôm qua",
# "năm nay" ("doanh nghiệp nhỏ và vừa" is a size, not "just"), the article's year, the verb that issues it just before it ("đã ban hành
# Quyết định số 514", "ra quyết định số 2496"), or a case it decides (:data:`_SINGLE_CASE`).
# A decision cited for what it rules ("theo Quyết định số 316/QĐ-TTg phê duyệt đề án ...")
# is as often years old: its year stays undecided. Letters, reports and plans are cited
# the year they are sent, and keep it, except the Prime Minister's
_RECENT = re.compile(r"(?<!nhỏ và )\bvừa\b|\bmới (?:đây|có|ban hành|ký|ra)\b|\bhôm (?:nay|qua)\b|\b(?:sáng|chiều|tối|trưa) nay\b"
                     r"|\bnăm nay\b", re.IGNORECASE)
# a day and month, and the year if written ("ngày 12/6", "23/12/2016"): a date of another
# year than the article's says the decision is older, not new
_DAY_MONTH = re.compile(r"(?<![\d/.,-])[0-3]?\d\s?([/.-])\s?(?:0?[1-9]|1[0-2])(?:\1((?:19|20)\d\d))?(?![\d])"
                        # not a range or a decimal of some unit ("2-3 triệu đồng", "0.5 điểm")
                        r"(?!\s*(?:triệu|tỷ|nghìn|ngàn|đồng|điểm|lần|tuổi|người|km|ha|tấn|%))")
# a decision about one person or firm (a fine, an appointment, a sanction, a warrant) is news
# when it is issued, as a letter is; a decision that rules or approves is cited for years
_SINGLE_CASE = re.compile(r"XPVPHC|XPHC|\b(?:xử phạt|bổ nhiệm|kỷ luật|cách chức|miễn nhiệm|truy nã|khởi tố|tạm đình chỉ)\b",
                          re.IGNORECASE)
_ISSUED = re.compile(r"\b(?:ra|ký|ban hành|có|công bố|phát đi|gửi)\s*$", re.IGNORECASE)
# a document written as just issued: "vừa (ký) ban hành", "vừa có", "mới ban hành" right
# before it, or "... vừa (được) ký ban hành" right after it (with its issuer between)
_JUST_BEFORE = re.compile(r"\b(?:vừa|mới)\s+(?:(?:được|ký|chính thức)\s+)?(?:ký|ban hành|có|ra|công bố|phát đi)\s*$",
                          re.IGNORECASE)
_JUST_AFTER = re.compile(r"\s*(?:(?:của|do)\s+[^,.;:()]{1,40}?\s+)?(?:vừa|mới)\s+(?:được\s+)?(?:ký|ban hành)\b",
                         re.IGNORECASE)
_JUST_ISSUED_CONFIDENCE = 0.8
# "Ngày 9/5, UBND tỉnh có quyết định số 949": a day and month with no year, in the clause
# before a document, read back this far
_DAY_BEFORE = re.compile(r"\b(?:[Nn]gày|sáng|chiều|tối|hôm)\s+([0-3]?\d)\s?[/.-]\s?(0?[1-9]|1[0-2])(?![\d/.-])")
_DAY_REACH = 90
_CLAUSE_END = re.compile(r"[.;!?\n]")
# how far before a decision its verb or type words ("quyết định xử phạt số") and how far
# after it its subject ("số 858/QĐ-BVHTTDL về việc bổ nhiệm") are read
_ISSUER_REACH = 40
_CASE_REACH = 60
_SENTENCE_END = re.compile(r"[.!?\n](?=\s|$)")
# the confidence of a link the legislature's numbering decides
_LEGISLATURE_CONFIDENCE = 0.9
# where a mention sits in its context: the context starts this many characters before it
# (corpus.pipeline keeps 300 on each side), or at the article's start
_CONTEXT_BEFORE = 300


@attrs.frozen
class Link:
    """One article's mentions of a partial document, sent to a full one."""

    article: str
    written: str
    document: str
    confidence: float
    evidence: str


@attrs.frozen
class _Candidate:
    key: str
    fields: dict = attrs.field(eq=False)
    citers: frozenset = attrs.field(eq=False)
    pairs: collections.Counter = attrs.field(eq=False)
    #: every title known for it: the corpus's, the catalogue's rows
    titles: list = attrs.field(eq=False, factory=list)


@functools.lru_cache(maxsize=None)
def _not_topics() -> frozenset:
    """Function words, type and issuer codes as syllables ("ct", "tw", "ubnd"), and the
    words that number a term or a meeting ("khóa ix", "lần thứ năm"): parts of identifiers,
    not topics.

    >>> {"ct", "khóa", "xii", "thứ"} <= _not_topics()
    True
    """
    from ..vocab import codes
    from ..vocab.orthography import int_to_roman

    numbering = {"khóa", "khoá", "lần", "thứ"} | {int_to_roman(n).lower() for n in range(1, 31)}
    return _STOP | numbering | frozenset(c.lower() for c in (*codes.type_codes(), *codes.issuer_codes()))


def _pairs(text: str) -> set[str]:
    """The word pairs of a text (syllable bigrams, lower case, no function words).

    >>> sorted(_pairs("Ngư dân đóng tàu cá vỏ thép"))
    ['cá vỏ', 'dân đóng', 'ngư dân', 'tàu cá', 'vỏ thép', 'đóng tàu']
    """
    pairs = set(_pair_list(text))
    pairs -= _STOP_PAIRS
    return pairs


def _pair_list(text: str) -> list[str]:
    """The word pairs of a text as written, in order and as often as written, the set
    phrases of :data:`_STOP_PAIRS` included.

    >>> _pair_list("Tàu cá vỏ thép nằm bờ, chủ tàu cá nợ ngân hàng").count("tàu cá")
    2
    """
    stop = _not_topics()
    words = _WORD.findall(text.lower())
    return [a + " " + b for a, b in zip(words, words[1:]) if a != b and a not in stop and b not in stop]


def _count(sets) -> collections.Counter:
    """How many of ``sets`` hold each element. A set that recurs (the words around one
    article that many papers carried) is read once and counted as often as it recurs.

    >>> a, b = frozenset({"tàu cá", "ngư dân"}), frozenset({"tàu cá"})
    >>> sorted(_count([a, b, a]).items())
    [('ngư dân', 2), ('tàu cá', 3)]
    """
    counts: collections.Counter = collections.Counter()
    for elements, times in collections.Counter(sets).items():
        counts.update(elements if times == 1 else dict.fromkeys(elements, times))
    return counts


@functools.lru_cache(maxsize=4096)
def _topic_words(text: str, head: int | None = _HEAD) -> tuple[frozenset, frozenset]:
    """The words with which a topic clause or a title names its document (syllables that are
    neither function words nor the set phrases of titles), and its word pairs that hold
    one of them; a clause is read up to its ``head``-th such word.

    >>> words, pairs = _topic_words("quy định chi tiết một số điều của Luật phòng, chống tác hại của thuốc lá")
    >>> sorted(words), sorted(pairs)
    (['chống', 'hại', 'lá', 'phòng', 'thuốc', 'tác'], ['chống tác', 'phòng chống', 'thuốc lá', 'tác hại'])
    >>> sorted(_topic_words("sắp xếp DNNN")[0])   # abbreviations written out, as the resolver reads them
    ['doanh', 'nghiệp', 'nhà', 'nước', 'sắp', 'xếp']
    """
    stop = _not_topics()
    tokens = syllables(text)
    content = [False] * len(tokens)
    i = 0
    while i < len(tokens):
        if i + 1 < len(tokens) and f"{tokens[i]} {tokens[i + 1]}" in _TITLE_PHRASES:
            i += 2
            continue
        content[i] = tokens[i] not in stop and tokens[i] not in _TITLE_SYLLABLES
        i += 1
    words: list[str] = []
    end = len(tokens)
    for i, (token, named) in enumerate(zip(tokens, content)):
        if named:
            words.append(token)
            if head is not None and len(words) == head:
                end = i + 1
                break
    pairs = {f"{a} {b}" for a, b, x, y in zip(tokens[:end], tokens[1:end], content, content[1:end])
             if (x or y) and a != b and a not in stop and b not in stop}
    return frozenset(words), frozenset(pairs)


def _own_clause(text: str, surface: str, start: int) -> str | None:
    """The clause right after a mention in its context when it reads like a title ("quy định
    ...", "hướng dẫn ...", "sửa đổi ...", "ban hành ...", "phê duyệt ...").

    >>> _own_clause("Chính phủ bàn dự thảo Nghị định 67 quy định chi tiết Luật phòng, chống tác hại của thuốc lá.",
    ...             "Nghị định 67", 40)
    'quy định chi tiết Luật phòng, chống tác hại của thuốc lá'
    """
    best = _where(text, surface, start)
    if best is None:
        return None
    m = _TITLE_CLAUSE.match(text, best + len(surface))
    return m.group().strip(" ,") if m else None


def _where(text: str, surface: str, start: int) -> int | None:
    """Where a mention sits in its context: the occurrence of its surface nearest to
    where the context puts it (:data:`_CONTEXT_BEFORE`); None if the context lacks it.

    >>> text = "Nghị định 67 và Nghị định 67"
    >>> _where(text, "Nghị định 67", 0), _where(text, "Nghị định 67", 400), _where(text, "Nghị định 5", 0)
    (0, 16, None)
    """
    if not surface:
        return None
    expected = min(start, _CONTEXT_BEFORE)
    at, best = text.find(surface), -1
    while at >= 0:
        if best < 0 or abs(at - expected) < abs(best - expected):
            best = at
        at = text.find(surface, at + 1)
    return best if best >= 0 else None


# letters, reports, notices and dispatches are numbered by each office every year: one
# without its issuer's code cannot be told from another office's letter of that number
_PER_OFFICE = frozenset({"CV", "BC", "TB", "CĐ", "TTr"})


def _partial(fields: dict) -> bool:
    """Whether a document node names its document only in part (and enough to link)."""
    if fields.get("kind") == "document" and fields.get("plenum") and fields.get("ambiguous"):
        return bool(fields.get("candidates"))  # "Nghị quyết Trung ương 4 khóa XII": 04-NQ/TW or 06-NQ/TW?
    if fields.get("kind") != "document" or fields.get("number") is None or fields.get("type") is None:
        return False
    if fields.get("issuer") is None and fields["type"] in _PER_OFFICE:
        return False
    if fields.get("plenum") or fields.get("congress"):
        return False
    # an identifier without its year or term (numbers restart every year, or every term),
    # an undecided one, one whose year is only the article's, or a local one whose place is
    # not known ("Quyết định 33 ngày 15-10-2014 của UBND TP" in an article no place has a
    # majority in: every province has a decision 33 of 2014)
    placeless = (fields.get("issuer") is not None and not fields.get("locality")
                 and issuer_level(fields["issuer"]) in LOCAL_LEVELS)
    return (not (fields.get("year") or fields.get("term") or fields.get("date"))
            or bool(fields.get("ambiguous")) or fields.get("basis") == "article" or placeless)


def _full(fields: dict) -> bool:
    """Whether a document node names one document: identifier, and year or term."""
    if fields.get("kind") != "document" or fields.get("ambiguous") or fields.get("issuer") is None:
        return False
    if fields.get("number") is None or fields.get("basis") == "article":
        return False
    return bool(fields.get("year") or fields.get("term") or fields.get("date"))


def _issuer_fits(written: str | None, candidate: str | None) -> bool:
    if written is None:
        return True
    if candidate is None:
        return False
    a, b = written.upper(), candidate.upper()
    return a == b or a.split("-")[0] == b.split("-")[0] or (b.startswith(a) and b[len(a):].isdigit())


def _when(fields: dict) -> dt.date | None:
    if fields.get("date"):
        return dt.date.fromisoformat(fields["date"])
    if fields.get("year"):
        return dt.date(int(fields["year"]), 1, 1)
    return None


@attrs.frozen
class Cite:
    """One mention as the linking stage reads it: which article cites which document key,
    where, and the words around it (``text``: the context, else the sentence).

    >>> Cite("a1", "67/NĐ-CP · ?", 40, "Nghị định 67", "ngư dân đóng tàu cá theo Nghị định 67").document
    '67/NĐ-CP · ?'
    """

    article: str
    document: str
    start: int
    surface: str
    text: str
    topic: str | None = None


def link(graph, *, catalog: Catalog | None = None, period: Period | str | int | None = None) -> list[Link]:
    """Link the partial mentions of ``graph`` (a :class:`~dangdoc.graph.core.CitationGraph`)
    to full documents, in place; returns the links made. Run it once on a graph as built:
    a second run reads the first one's links as evidence and may link more (on the news
    corpus, 30 more); the column table and the store link again from the mentions as written.

    >>> from dangdoc.corpus.articles import Article
    >>> from dangdoc.graph.core import CitationGraph
    >>> g = CitationGraph()
    >>> for i in range(3):
    ...     g.add_article(Article(f"a{i}", None, None, None, None, None,
    ...         f"Ngư dân đóng tàu cá vỏ thép theo Nghị định 67/2014/NĐ-CP, vay vốn ngân hàng {i}."))
    >>> g.add_article(Article("b", None, None, None, None, None,
    ...     "Nhiều ngư dân vay vốn đóng tàu cá vỏ thép theo Nghị định 67 nay thua lỗ."))
    >>> [(l.article, l.written, l.document) for l in link(g, period=2017)]
    [('b', '67/NĐ-CP · ?', '67/2014/NĐ-CP')]
    """
    g = graph.graph
    nodes = g.nodes
    cites = [Cite(u[len("article:"):], v[4:], data.get("start", 0), data.get("surface") or "",
                  data.get("context") or data.get("sentence") or "", data.get("topic"))
             for u, v, data in g.edges(data=True) if data.get("relation") == "cites"]
    documents = {n[4:]: data for n, data in nodes(data=True) if data.get("kind") == "document"}
    articles = {n[len("article:"):]: (data.get("date"), data.get("title"))
                for n, data in nodes(data=True) if data.get("kind") == "article"}
    links, added = plan(cites, documents, articles, catalog=catalog, period=period)
    apply_links(graph, links, added)
    return links


def plan(cites, documents: dict[str, dict], articles: dict[str, tuple], *, catalog: Catalog | None = None,
         period: Period | str | int | None = None) -> tuple[list[Link], dict[str, dict]]:
    """The links of a corpus, from its mentions (:class:`Cite`), its documents (key →
    fields, each with ``kind="document"``) and its articles (id → (ISO date, title)),
    whatever holds them (the graph, the column table): :class:`Evidence` of the mentions,
    then :func:`decide`. Same input, same answer, whatever the order of ``cites``.

    >>> cites = [Cite("a", "67/2014/NĐ-CP", 0, "Nghị định 67/2014/NĐ-CP", "tàu cá vỏ thép ngư dân"),
    ...          Cite("b", "67/NĐ-CP · ?", 0, "Nghị định 67", "tàu cá vỏ thép ngư dân")]
    >>> docs = {"67/2014/NĐ-CP": {"kind": "document", "doc_id": "67/2014/NĐ-CP", "type": "NĐ",
    ...                            "number": 67, "issuer": "CP", "year": 2014},
    ...         "67/NĐ-CP · ?": {"kind": "document", "doc_id": "67/NĐ-CP", "type": "NĐ", "number": 67,
    ...                          "issuer": "CP", "ambiguous": True}}
    >>> links, _ = plan(cites, docs, {"a": (None, None), "b": (None, None)}, period=2017)
    >>> [(l.article, l.document) for l in links]
    [('b', '67/2014/NĐ-CP')]
    """
    by_article: dict[str, list] = collections.defaultdict(list)
    for c in cites:
        by_article[c.article].append(c)
    evidence = Evidence()
    for article, its in by_article.items():
        evidence.add(article, its)
    return decide(evidence, documents, articles, catalog=catalog, period=period)


class Evidence:
    """What linking reads around a corpus's mentions, gathered article by article as the
    articles are read (:meth:`add`, in any order) and joined (:meth:`update`): the word
    pairs written around each document in each article, how many mentions each set of
    pairs is written around, how often each pair is written in the corpus's passages
    (each passage counted once, however many articles carry it), and each article's
    mentions of each document. The same articles give the same evidence, whatever the
    order they come in: a passage is read as its first mention (by article, document and
    offset) reads it.

    >>> e = Evidence()
    >>> e.add("b", [Cite("b", "67/NĐ-CP · ?", 0, "Nghị định 67", "tàu cá vỏ thép, Nghị định 67")])
    >>> e.add("a", [Cite("a", "67/2014/NĐ-CP", 0, "Nghị định 67/2014/NĐ-CP", "tàu cá vỏ thép")])
    >>> sorted(e.around), e.held["tàu cá"], e.repeated
    (['67/2014/NĐ-CP', '67/NĐ-CP · ?'], 2, False)
    """

    def __init__(self):
        #: document key as written → article → the word pairs written around it there
        self.around: dict[str, dict[str, frozenset]] = collections.defaultdict(dict)
        #: (document key as written, article) → its mentions there, by offset
        self.said: dict[tuple, list] = {}
        #: each set of pairs → how many mentions it is written around (one set is often
        #: written around many: one story carried by several papers)
        self.sets: collections.Counter = collections.Counter()
        #: near how many documents each pair is written (an article that came twice: the
        #: words of both copies)
        self.spread: collections.Counter = collections.Counter()
        # each pair counted once for each distinct set that holds it (see pair_counts)
        self._once: collections.Counter = collections.Counter()
        # document key as written → the distinct sets written around it, and all their pairs
        self._near: dict[str, tuple[set, set]] = {}
        #: how often each pair is written in the passages, and how many passages hold it
        self.times: collections.Counter = collections.Counter()
        self.held: collections.Counter = collections.Counter()
        #: passage → (article, document, offset) of its first mention, and that mention's surface
        self.passages: dict[str | None, tuple] = {}
        self.articles: set[str] = set()
        #: whether an article came twice (its later copy replaces the earlier one in a
        #: corpus: this evidence holds both, and is not the corpus's)
        self.repeated = False
        self._read: dict[tuple, frozenset] = {}  # the pairs around each (passage, surface), read once

    def add(self, article: str, cites) -> None:
        """Read the mentions (:class:`Cite`) of one article, in any order (they are read by
        document, offset, surface, words and topic).

        >>> e = Evidence()
        >>> e.add("a", [Cite("a", "67/NĐ-CP · ?", 22, "Nghị định 67", "ngư dân đóng tàu cá theo Nghị định 67")])
        >>> sorted(e.around["67/NĐ-CP · ?"]["a"]), e.held["tàu cá"]
        (['dân đóng', 'ngư dân', 'tàu cá', 'đóng tàu'], 1)
        """
        if article in self.articles:
            self.repeated = True
        self.articles.add(article)
        around, said, read = self.around, self.said, self._read
        for c in sorted(cites, key=lambda c: (c.document, c.start, c.surface or "", c.text or "", c.topic or "")):
            pairs = read.get((c.text, c.surface))
            as_written = None
            if pairs is None:
                as_written = _around(c.text, c.surface)
                pairs = read[(c.text, c.surface)] = frozenset(as_written).difference(_STOP_PAIRS)
            first = self.passages.get(c.text)
            where = (article, c.document, c.start)
            if first is None:
                self.passages[c.text] = (where, c.surface)
                self._tally(c.text, c.surface, 1, as_written)
            elif where < first[0]:
                self._swap(c.text, first[1], (where, c.surface))
            said.setdefault((c.document, article), []).append(c)
            seen = around[c.document]
            before = seen.get(article)
            seen[article] = pairs if before is None else before | pairs  # shared until an article adds to it
            times = self.sets[pairs]
            self.sets[pairs] = times + 1
            if not times:  # a set written again (one story in many papers) is counted once here
                self._once.update(pairs)
            self._spread(c.document, pairs)

    def update(self, other: "Evidence") -> None:
        """Join the evidence of other articles to this one: the same as reading them all
        into one (an article on both sides makes it :attr:`repeated`).

        >>> one, other = Evidence(), Evidence()
        >>> one.add("a", [Cite("a", "05-CT/TW", 0, "Chỉ thị 05", "Chỉ thị 05 về học tập")])
        >>> other.add("b", [Cite("b", "05-CT/TW", 0, "Chỉ thị 05", "Chỉ thị 05 về học tập")])
        >>> one.update(other)
        >>> sorted(one.around["05-CT/TW"]), one.held["học tập"], one.repeated
        (['a', 'b'], 1, False)
        """
        self.repeated = self.repeated or other.repeated or not self.articles.isdisjoint(other.articles)
        self.articles |= other.articles
        for key, arts in other.around.items():
            self.around[key].update(arts)
        self.said.update(other.said)
        for pairs, times in other.sets.items():
            if not self.sets[pairs]:
                self._once.update(pairs)
            self.sets[pairs] += times
        for key, (sets, _) in other._near.items():
            for pairs in sets:
                self._spread(key, pairs)
        self.times.update(other.times)
        self.held.update(other.held)
        for pair, pairs in other._read.items():
            self._read.setdefault(pair, pairs)
        for text, (where, surface) in other.passages.items():
            mine = self.passages.get(text)
            if mine is None:
                self.passages[text] = (where, surface)
            elif where < mine[0]:  # counted on both sides: this side's reading goes
                self._tally(text, mine[1], -1)
                self.passages[text] = (where, surface)
            else:  # ... or the other side's
                self._tally(text, surface, -1)

    def pair_counts(self) -> collections.Counter:
        """How many mentions each word pair is written around (``_count(self.sets)``, but
        most of it counted already, as the sets came).

        >>> e = Evidence()
        >>> e.add("a", [Cite("a", "05-CT/TW", 0, "Chỉ thị 05", "học tập Chỉ thị 05"), Cite("a", "05-CT/TW", 30, "Chỉ thị 05", "học tập Chỉ thị 05")])
        >>> e.pair_counts()["học tập"]
        2
        """
        counts = self._once.copy()
        for pairs, times in self.sets.items():
            if times > 1:
                counts.update(dict.fromkeys(pairs, times - 1))
        return counts

    def _spread(self, key: str, pairs) -> None:
        """Count the pairs of ``pairs`` not yet written near document ``key``."""
        entry = self._near.get(key)
        if entry is None:
            entry = self._near[key] = (set(), set())
        sets, near = entry
        if pairs in sets:  # a set written again near it: nothing new
            return
        sets.add(pairs)
        new = pairs - near
        if new:
            self.spread.update(new)
            near |= new

    def _swap(self, text, surface: str, first: tuple) -> None:
        """A passage's first mention is another than thought: read it as that one does."""
        if first[1] != surface:
            self._tally(text, surface, -1)
            self._tally(text, first[1], 1)
        self.passages[text] = first

    def _tally(self, text, surface: str, sign: int, as_written: list | None = None) -> None:
        if as_written is None:
            as_written = _around(text, surface)
        held = self._read.get((text, surface)) or frozenset(as_written).difference(_STOP_PAIRS)
        if sign > 0:
            self.times.update(as_written)
            self.held.update(held)
        else:
            self.times.subtract(as_written)
            self.held.subtract(held)


def _around(text: str | None, surface: str | None) -> list[str]:
    """The word pairs around a mention as written, not across the mention itself ("căn cứ |
    Nghị định 167")."""
    return [p for piece in (text or "").split(surface or "\0") for p in _pair_list(piece)]


def _topic_of(mentions: list) -> str | None:
    """What an article says a document is about: the last topic the finder read with one
    of its mentions ("Nghị quyết 35 về hỗ trợ doanh nghiệp"), else the first clause after
    one that reads like a title ("Nghị định 67 quy định chi tiết ...")."""
    topic = None
    for c in mentions:
        if c.topic:
            topic = c.topic
        elif topic is None:
            topic = _own_clause(c.text, c.surface, c.start) or None
    return topic


def decide(evidence: Evidence, documents: dict[str, dict], articles: dict[str, tuple], *,
           catalog: Catalog | None = None, period: Period | str | int | None = None
           ) -> tuple[list[Link], dict[str, dict]]:
    """The links :func:`plan` makes, from the corpus's :class:`Evidence` (which is read,
    not changed). The documents' fields are updated in place: a catalogued one takes the
    catalogue's title, a partial one its ranked candidates. Returns the links and the
    fields of the documents the links go to that ``documents`` lacks (found in the
    catalogue only).

    >>> e = Evidence()
    >>> for article in ("a", "b"):
    ...     e.add(article, [Cite(article, "67/2014/NĐ-CP", 0, "Nghị định 67/2014/NĐ-CP", "tàu cá vỏ thép ngư dân")])
    >>> e.add("c", [Cite("c", "67/NĐ-CP · ?", 0, "Nghị định 67", "ngư dân đóng tàu cá vỏ thép")])
    >>> docs = {"67/2014/NĐ-CP": {"kind": "document", "type": "NĐ", "number": 67, "issuer": "CP", "year": 2014},
    ...         "67/NĐ-CP · ?": {"kind": "document", "type": "NĐ", "number": 67, "issuer": "CP", "ambiguous": True}}
    >>> links, _ = decide(e, docs, {}, period=2017)
    >>> [(l.article, l.document, l.evidence) for l in links]
    [('c', '67/2014/NĐ-CP', '2 other articles write 67/2014/NĐ-CP near cá vỏ, ngư dân, tàu cá')]
    """
    catalog = catalog if catalog is not None else Catalog.default()
    period = Period.parse(period)
    around, said = evidence.around, evidence.said
    partial = {k for k in documents if _partial(documents[k])}
    # decisions whose year is only the article's: their mentions, per article
    guessed = sorted(k for k in partial if _year_guessed(documents[k]))
    topics = {(key, article): topic for key in partial for article in around.get(key, ())
              if (topic := _topic_of(said[(key, article)])) is not None}
    df = evidence.pair_counts()  # how many mentions each pair is written around
    common = max(_COMMON_MIN, _COMMON_SHARE * sum(evidence.sets.values()))
    times, held = evidence.times, evidence.held
    spread = evidence.spread  # how many documents each pair is written near

    def subject(pair: str) -> bool:  # see _RECUR
        n = held[pair]
        return n > 0 and (times[pair] >= _RECUR * n or n <= _RARE or n >= _GATHERED * spread[pair])

    # the candidates: the full documents (and the catalogue's) of each type and number a
    # partial mention is written with, and those a plenum's resolutions may be
    wanted = {(type_class(documents[k]["type"]), documents[k]["number"]) for k in partial
              if documents[k].get("number") is not None}
    plenary = {c for k in partial if documents[k].get("number") is None for c in documents[k].get("candidates") or ()}
    index: dict[tuple, dict[str, _Candidate]] = collections.defaultdict(dict)
    for key in sorted(documents):
        fields = documents[key]
        if _full(fields) and ((type_class(fields["type"]), fields["number"]) in wanted or key in plenary):
            near = around.get(key, {})
            words = _count(near.values())
            words.update(_pairs(fields.get("title") or ""))
            citers = frozenset(near)
            index[(type_class(fields["type"]), fields["number"])][key] = _Candidate(
                key, dict(fields), citers, words, [fields["title"]] if fields.get("title") else [])
    for e in catalog.entries:
        doc = document_of_entry(e)
        if doc.key in documents:  # the corpus writes a catalogued document: the catalogue's facts
            fields = documents[doc.key]
            fields.update(catalogued=True, title=e.title or fields.get("title"), source=e.source or fields.get("source"),
                          date=fields.get("date") or (e.date.isoformat() if e.date else None))
        if (type_class(e.id.type), e.id.number) not in wanted and doc.key not in plenary:
            continue
        slot = index[(type_class(e.id.type), e.id.number)]
        if doc.key in slot:  # another row for the same document: its title is more evidence
            slot[doc.key].pairs.update(_pairs(e.title or ""))
            if e.title:
                slot[doc.key].titles.append(e.title)
        else:
            from ..corpus.pipeline import document_fields

            slot[doc.key] = _Candidate(doc.key, {"kind": "document", **document_fields(doc)}, frozenset(),
                                       collections.Counter(_pairs(e.title or "")), [e.title] if e.title else [])

    by_key = {cand.key: cand for slot in index.values() for cand in slot.values()}
    fresh: dict[str, dict] = {}  # the documents of the article's year that mentions written as just issued name
    links: list[Link] = []
    title_words: dict[str | None, set] = {}  # the words of each title, read once (papers share titles)
    for key in sorted(partial):
        fields = documents[key]
        if fields.get("number") is None:  # a plenum's documents: its own candidates
            pool = {k: by_key[k] for k in fields["candidates"] if k in by_key}
        else:
            pool = index.get((type_class(fields["type"]), fields["number"]), {})
        ranked_all: dict[str, float] = {}
        near = around.get(key, {})
        for article in sorted(near):
            date, title = articles.get(article, (None, None))
            bound = _bound(date, period)
            in_title = title_words.get(title)
            if in_title is None:
                in_title = title_words[title] = _pairs(title or "")
            words = near[article] | in_title
            topical = None  # its words written around some mentions, not around every kind of document
            topic = topics.get((key, article))
            head = _topic_words(topic) if topic else None
            scored = []
            for cand in pool.values():
                if cand.key == key or not _fits(fields, cand.fields, bound):
                    continue
                named = _named(head, cand, df) if head else frozenset()
                if named is None:  # the mention's own words are about something else
                    continue
                if topical is None:
                    topical = [p for p in words if 0 < df[p] <= common]
                shared = [p for p in topical if p in cand.pairs]
                if not any(subject(p) or _own(cand, p, df) for p in shared):
                    shared = []  # words that could be said of any document: no evidence
                shared += sorted(named.difference(shared))  # however common, the writer named it
                topic = len(shared)
                scored.append((topic, len(cand.citers) - (article in cand.citers), cand.key, shared))
            scored = _placed(scored, pool)
            scored.sort(key=lambda s: (-s[0], -s[1], s[2]))
            for topic, _, cand_key, _ in scored:
                ranked_all[cand_key] = max(ranked_all.get(cand_key, 0.0), topic)
            best, second = (scored[0] if scored else None), (scored[1] if len(scored) > 1 else None)
            if best is None or best[0] < _MIN_TOPIC or (second is not None and best[0] < _MARGIN * second[0]):
                sole = _sole_of_legislature(fields, scored, pool)
                if sole is not None:  # "Luật số 38/QH12": the 12th legislature has one law 38
                    links.append(Link(article, key, sole, _LEGISLATURE_CONFIDENCE,
                                      f"{fields['issuer']} numbers its documents once in its legislature: {sole}"))
                    continue
                year = _issued_in(fields, said[(key, article)], date, period)
                if year is not None and not any(r[0] for r in scored if pool[r[2]].fields.get("year") != year):
                    # "Chính phủ vừa ban hành Nghị quyết 58/NQ-CP": the article's year's one
                    same = sorted({r[2] for r in scored if pool[r[2]].fields.get("year") == year})
                    target = same[0] if len(same) == 1 else _with_year(key, year)
                    if len(same) <= 1:
                        if target not in documents and target not in by_key:
                            fresh.setdefault(target, {**fields, "key": target, "year": year, "basis": "article",
                                                      "ambiguous": False, "candidates": [], "candidate_ids": [],
                                                      "scores": []})
                        links.append(Link(article, key, target, _JUST_ISSUED_CONFIDENCE,
                                          f"written as just issued, in an article of {year}"))
                continue
            others = best[1]
            shown = ", ".join(sorted(best[3], key=lambda p: (df[p], p))[:_EVIDENCE_PAIRS])
            evidence = (f"{others} other article{'s' if others != 1 else ''} write {best[2]} near {shown}"
                        if others else f"the catalogue's {best[2]} is about {shown}")
            confidence = round(best[0] / (best[0] + (second[0] if second else 0.0) + _MIN_TOPIC / 2), 2)
            links.append(Link(article, key, best[2], confidence, evidence))
        if ranked_all:
            order = sorted(ranked_all, key=lambda k: (-ranked_all[k], k))
            fields["candidates"] = order
            fields["candidate_ids"] = sorted({pool[k].fields["doc_id"] for k in order if pool[k].fields.get("doc_id")})
            fields["scores"] = [round(ranked_all[k], 2) for k in order]
    added = {ln.document: by_key[ln.document].fields for ln in links
             if ln.document not in documents and ln.document in by_key}
    added.update(fresh)
    decided = {(ln.article, ln.written) for ln in links}
    for key in guessed:
        fields = documents[key]
        if fields.get("catalogued"):  # the catalogue knows it in that year
            continue
        for article in sorted(around.get(key, {})):
            mentions = said[(key, article)]
            if (article, key) in decided or any(_said_new(m, _bound(articles.get(article, (None,))[0], period))
                                                 for m in mentions):
                continue
            undecided = _with_year(key, None)
            added.setdefault(undecided, {**fields, "key": undecided, "year": None, "date": None, "basis": None,
                                         "ambiguous": True})
            links.append(Link(article, key, undecided, 0.0,
                              f"its year {fields.get('year')} was only the article's, and nothing near it says "
                              "it is new"))
    return links, added


def _placed(scored: list, pool: dict) -> list:
    """One local document written with and without its place ("33/2014/QĐ-UBND" where
    the article named no place, "33/2014/QĐ-UBND · Hồ Chí Minh"), and with or without its
    year in the number ("33/QĐ-UBND ngày 15/10/2014"): where one identifier of one year
    has a single placed candidate, the unplaced ones are that one.

    >>> pool = {k: _Candidate(k, f, frozenset(), collections.Counter()) for k, f in [
    ...     ("33/2014/QĐ-UBND · Hồ Chí Minh", {"type": "QĐ", "number": 33, "issuer": "UBND", "year": 2014,
    ...                                        "locality": "Hồ Chí Minh"}),
    ...     ("33/QĐ-UBND · 2014", {"type": "QĐ", "number": 33, "issuer": "UBND", "year": 2014})]}
    >>> _placed([(5, 3, "33/2014/QĐ-UBND · Hồ Chí Minh", ["tách thửa"]), (2, 0, "33/QĐ-UBND · 2014", ["diện tích"])], pool)
    [(2, 3, '33/2014/QĐ-UBND · Hồ Chí Minh', ['diện tích', 'tách thửa'])]
    """
    by_id: dict[tuple, list] = collections.defaultdict(list)
    for row in scored:
        f = pool[row[2]].fields
        # the identifier without the year its number may carry: the year is the other half
        by_id[(type_class(f.get("type")) if f.get("type") else None, f.get("number"),
               (f.get("issuer") or "").upper(), f.get("year"))].append(row)
    out = []
    for rows in by_id.values():
        placed = [r for r in rows if pool[r[2]].fields.get("locality")]
        if len(placed) == 1 and len(rows) > 1:
            shared = sorted({p for r in rows for p in r[3]})
            out.append((len(shared), max(r[1] for r in rows), placed[0][2], shared))
        else:
            out.extend(rows)
    return out


def _with_year(key: str, year: int | None) -> str:
    """A document key with its year (or "?") in place of the one it has, or added to it.

    >>> _with_year("316/QĐ-TTg · 2017", None), _with_year("58/NQ-CP · ?", 2017), _with_year("09/KL-UBND · Lạng Sơn", 2017)
    ('316/QĐ-TTg · ?', '58/NQ-CP · 2017', '09/KL-UBND · Lạng Sơn · 2017')
    """
    head, _, last = key.rpartition(SEP)
    if head and (last == "?" or last.isdigit()):
        key = head
    return f"{key}{SEP}{year if year is not None else '?'}"


def _issued_in(fields: dict, mentions: list, date: str | None, period: Period | None) -> int | None:
    """The year of the article when one of its mentions of a state document without a year
    is written as just issued ("Chính phủ vừa ban hành Nghị quyết 58/NQ-CP", "Chỉ thị 24 của
    Thủ tướng vừa ký ban hành"), its issuer known; None otherwise, or when the article's
    year is not known (no date, and a period of several years).

    >>> c = Cite("a", "58/NQ-CP · ?", 20, "Nghị quyết 58/NQ-CP", "Chính phủ vừa ban hành Nghị quyết 58/NQ-CP về thủ tục.")
    >>> _issued_in({"issuer": "CP", "system": "state"}, [c], None, Period.parse(2017))
    2017
    >>> _issued_in({"issuer": "CP", "system": "state"}, [c], None, Period.parse("2016-2017")) is None
    True
    >>> d = Cite("a", "949/QĐ-UBND · ?", 30, "quyết định số 949", "Ngày 9/5, UBND tỉnh có quyết định số 949 về dự án.")
    >>> local = {"issuer": "UBND", "system": "state"}
    >>> _issued_in(local, [d], None, Period.parse(2017)), _issued_in(local, [d], "2017-03-01", None)
    (2017, 2016)
    """
    if not fields.get("issuer") or fields.get("system") != "state" or fields.get("year"):
        return None
    if date:
        year = dt.date.fromisoformat(date).year
    elif period is not None and period.first == period.last_year:
        year = period.first
    else:
        return None
    for c in mentions:
        at = _where(c.text or "", c.surface or "", c.start)
        if at is None:
            continue
        if _JUST_BEFORE.search(c.text, max(0, at - _ISSUER_REACH), at) or _JUST_AFTER.match(c.text, at + len(c.surface)):
            return year
        # "Ngày 9/5, UBND tỉnh có quyết định số 949": a day and month of no year in its clause,
        # and the verb that issues it right before it
        clause = _CLAUSE_END.split(c.text[max(0, at - _DAY_REACH):at])[-1]
        day = _DAY_BEFORE.search(clause)
        if day and _ISSUED.search(clause):
            if date and (int(day.group(2)), int(day.group(1))) > (dt.date.fromisoformat(date).month,
                                                                 dt.date.fromisoformat(date).day):
                return year - 1  # a day after the article's: last year's
            return year
    return None


def _year_guessed(fields: dict) -> bool:
    """Whether a document is a decision, or a letter of the Prime Minister (which approves
    policy and is cited for it, as a decision is), whose year is only the article's (see
    :data:`_RECENT`).

    >>> _year_guessed({"type": "QĐ", "year": 2017, "basis": "article"}), _year_guessed({"type": "CV", "basis": "article"})
    (True, False)
    >>> _year_guessed({"type": "CV", "issuer": "TTg-KTN", "basis": "article"})
    True
    """
    if fields.get("basis") != "article":
        return False
    letter_of_the_prime_minister = fields.get("type") == "CV" and (fields.get("issuer") or "").split("-")[0] == "TTg"
    return type_class(fields.get("type")) == type_class("QĐ") or letter_of_the_prime_minister


def _said_new(c: Cite, bound: dt.date | None) -> bool:
    """Whether the sentence of a mention says its document is new (:data:`_RECENT`): a day
    and month, "vừa", the article's year, or the verb that issues it just before it.

    >>> _said_new(Cite("a", "k", 9, "Quyết định số 514/QĐ-UBND", "UBND TP đã ban hành Quyết định số 514/QĐ-UBND cho thuê đất."), None)
    True
    >>> _said_new(Cite("a", "k", 9, "Quyết định số 316/QĐ-TTg", "Lộ trình đã được xác định trong Quyết định số 316/QĐ-TTg phê duyệt đề án."), None)
    False
    >>> _said_new(Cite("a", "k", 9, "Quyết định số 3897/QĐ-UBND", "Anh dẫn Quyết định số 3897/QĐ-UBND ký ngày 23/12/2016."),
    ...           dt.date(2017, 12, 31))
    False
    """
    text, surface = c.text or "", c.surface or ""
    best = _where(text, surface, c.start)
    if best is None:
        return False
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, best)]
    after = _SENTENCE_END.search(text, best + len(surface))
    sentence = text[ends[-1] if ends else 0:after.start() if after else len(text)]
    year = str(bound.year) if bound is not None else None
    dated = any(m.group(2) in (None, year) for m in _DAY_MONTH.finditer(sentence))
    if dated or _RECENT.search(sentence) or (year and year in sentence):
        return True
    if _SINGLE_CASE.search(text, max(0, best - _ISSUER_REACH), best + len(surface) + _CASE_REACH):
        return True  # what the decision itself decides, not another in the sentence
    return bool(_ISSUED.search(text[max(0, best - _ISSUER_REACH):best]))


def _sole_of_legislature(fields: dict, scored: list, pool: dict) -> str | None:
    """The one candidate a mention written with a legislature's code names ("Luật số
    38/QH12", "Nghị quyết 94/QH13"): the National Assembly and its Standing Committee
    number their laws and resolutions through a legislature, not a year, so the code
    names one document of each type. None when the mention's code carries no legislature
    or the candidates of that code are not one.

    >>> pool = {"38/2009/QH12": _Candidate("38/2009/QH12", {"issuer": "QH12"}, frozenset(), collections.Counter())}
    >>> _sole_of_legislature({"issuer": "QH12"}, [(0, 0, "38/2009/QH12", [])], pool)
    '38/2009/QH12'
    >>> _sole_of_legislature({"issuer": "QH"}, [(0, 0, "38/2009/QH12", [])], pool) is None
    True
    """
    issuer = (fields.get("issuer") or "").upper()
    if not ASSEMBLY.fullmatch(issuer):
        return None
    keys = {row[2] for row in scored if (pool[row[2]].fields.get("issuer") or "").upper() == issuer}
    return keys.pop() if len(keys) == 1 else None


def _named(head: tuple[frozenset, frozenset], cand: _Candidate, df: collections.Counter) -> frozenset | None:
    """What the head of a mention's topic clause (:func:`_topic_words`) says of a candidate:
    the word pairs it shares with the candidate's titles (it names the document, however
    common those words are in the corpus); None if it is about something else: a clause of
    some words, none of them in any title of the candidate, and none of its pairs the
    candidate's own (written around it in more than one article, and around it in
    :data:`_OWN_SHARE` of the mentions it is written around at all, ``df``). A candidate
    without a title cannot be ruled out so.

    >>> cand = _Candidate("35/NQ-CP · 2016", {}, frozenset(), collections.Counter(),
    ...                   ["về hỗ trợ và phát triển doanh nghiệp đến năm 2020"])
    >>> sorted(_named(_topic_words("hỗ trợ, phát triển doanh nghiệp"), cand, collections.Counter()))
    ['doanh nghiệp', 'hỗ trợ', 'triển doanh']
    >>> _named(_topic_words("phòng, chống tác hại của thuốc lá"), cand, collections.Counter()) is None
    True
    """
    if not cand.titles:
        return frozenset()
    words, pairs = head
    title_words, title_pairs = _titled(tuple(cand.titles))
    if (len(words) >= _MIN_HEAD and not words & title_words
            and not any(_own(cand, p, df) for p in pairs)):
        return None
    return pairs & title_pairs


def _own(cand: _Candidate, pair: str, df: collections.Counter) -> bool:
    """Whether a word pair is a candidate's own: written around it (or in its titles) more
    than once, and that in at least :data:`_OWN_SHARE` of the mentions it is written around
    at all (``df``).

    >>> cand = _Candidate("67/2014/NĐ-CP", {}, frozenset(), collections.Counter({"tàu cá": 9, "hiệu quả": 2}))
    >>> df = collections.Counter({"tàu cá": 12, "hiệu quả": 300})
    >>> _own(cand, "tàu cá", df), _own(cand, "hiệu quả", df)
    (True, False)
    """
    return cand.pairs[pair] > 1 and cand.pairs[pair] >= _OWN_SHARE * df[pair]


@functools.lru_cache(maxsize=4096)
def _titled(titles: tuple) -> tuple[frozenset, frozenset]:
    """The words and word pairs of some titles, whole (:func:`_topic_words`)."""
    read = [_topic_words(t, None) for t in titles]
    return frozenset().union(*(w for w, _ in read)), frozenset().union(*(p for _, p in read))


def _bound(article_date: str | None, period: Period | None) -> dt.date | None:
    if article_date:
        return dt.date.fromisoformat(article_date)
    return period.last if period else None


def _fits(partial: dict, full: dict, bound: dt.date | None) -> bool:
    """Whether a full document may be the one a partial mention names: same type class
    and number (the index), an issuer that agrees, of the same system, a year that
    agrees, and issued before the article."""
    if not _issuer_fits(partial.get("issuer"), full.get("issuer")):
        return False
    if partial.get("system") and full.get("system") and partial["system"] != full["system"]:
        return False
    written_year = partial.get("year") if partial.get("basis") != "article" else None
    if written_year and full.get("year") and int(full["year"]) != int(written_year):
        return False
    if partial.get("term") and full.get("term") and partial["term"] != full["term"]:
        return False
    if partial.get("locality") and full.get("locality") and partial["locality"] != full["locality"]:
        return False  # a province's decision 33 is not the city's
    when = _when(full)
    if bound is not None and when is not None and when > bound:
        return False
    if bound is not None and when is None and _term_after(full.get("term"), bound):
        return False  # a Party document of a term that began after the article
    return True


def _term_after(term: str | None, bound: dt.date) -> bool:
    """Whether a Central Committee term (khóa) began after a day: an undated catalogue row of
    the 13th term cannot be what an article of 2017 names.

    >>> _term_after("XIII", dt.date(2017, 12, 31)), _term_after("X", dt.date(2017, 12, 31)), _term_after(None, dt.date(2017, 1, 1))
    (True, False, False)
    """
    order = terms()
    now = term_of(bound)
    return bool(term) and term in order and now in order and order.index(term) > order.index(now)


def move_relations(graph, moves: dict[tuple[str, str], str]) -> None:
    """Send each relation an article states where linking sent that article's mentions
    of its ends: ``moves`` maps (article, key as written) to the key linked to. "Dự thảo
    sửa đổi Nghị định 67" amends the decree the article's "Nghị định 67" was linked to
    (the article's mentions keep the key as written). A relation that would join a
    document to itself goes.

    >>> from dangdoc.graph.core import CitationGraph
    >>> g = CitationGraph()
    >>> g.graph.add_edge("doc:Nghị định · không số", "doc:67/NĐ-CP · ?", relation="amends", article="a")
    0
    >>> move_relations(g, {("a", "67/NĐ-CP · ?"): "67/2013/NĐ-CP"})
    >>> [(u, v) for u, v, d in g.graph.edges(data=True)]
    [('doc:Nghị định · không số', 'doc:67/2013/NĐ-CP')]
    """
    if not moves:
        return
    g = graph.graph
    for u, v, k, data in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        if data.get("relation") == "cites" or data.get("article") is None:
            continue
        source, target = (moves.get((data["article"], n[4:]), n[4:]) for n in (u, v))
        if (source, target) == (u[4:], v[4:]):
            continue
        g.remove_edge(u, v, key=k)
        if source != target:
            g.add_edge(f"doc:{source}", f"doc:{target}", **data)
    graph.forget()
    graph._version += 1


def apply_links(graph, links: list[Link], added: dict[str, dict] | None = None) -> None:
    """Move each linked article's mentions from the partial node to the full one, with
    ``written``, ``confidence`` and ``evidence`` on each edge, and the relations the
    article states of the partial node with them; a partial node left without mentions
    goes. ``added`` gives the fields of target documents not yet in
    the graph (:func:`plan` returns them)."""
    g = graph.graph
    fields_of = added or {}
    emptied = set()
    for ln in links:
        source, target = f"article:{ln.article}", f"doc:{ln.document}"
        if target not in g:
            g.add_node(target, **fields_of.get(ln.document, {"kind": "document", "key": ln.document}))
        for k, data in sorted(g.get_edge_data(source, f"doc:{ln.written}", default={}).items()):
            if data.get("relation") != "cites":
                continue
            g.remove_edge(source, f"doc:{ln.written}", key=k)
            g.add_edge(source, target, **{**data, "written": ln.written, "confidence": ln.confidence,
                                          "evidence": ln.evidence})
        emptied.add(f"doc:{ln.written}")
    move_relations(graph, {(ln.article, ln.written): ln.document for ln in links})
    g.remove_nodes_from(sorted(n for n in emptied if g.degree(n) == 0))
    graph.forget()
    graph._version += 1
