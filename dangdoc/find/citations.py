"""find_citations: every citation in running Vietnamese text, with exact offsets.

The stages: :mod:`dangdoc.text.scan` finds candidate anchors with one compiled pattern;
each anchor is read rightwards by a small reader (:mod:`dangdoc.find_lists` for the
number or identifier and coordinated numbers, :mod:`dangdoc.find_modifiers` for the date,
issuing body, plenum and term, :mod:`dangdoc.find_party` for plenums and congresses),
identifiers and dates are handed to the Lark grammars, and the result becomes
:class:`~dangdoc.models.Citation` objects. Offsets are mapped back to the caller's
string, whatever folding happened on the way (:mod:`dangdoc.find_page`).
"""

from __future__ import annotations

import re

import attrs

from ..vocab import codes
from ..text import scan
from .lists import Span, code_end, codes_of, parse_identifier, read_number_list
from .modifiers import read_modifiers, read_title
from .page import CENTRAL_COMMITTEE, Found, Page, form_key, skip_space
from .party import congress_follows, read_congress, read_plenum
from ..models import Citation, DocumentId
from ..text.normalize import fold, modern_tone, squash_spaces

# how far before a code a site footer's "Số giấy phép:" may stand ("Giấy phép số: 548/GP-...")
LICENCE_WINDOW = 25
# how far back a law's type word and name may stand before its number
# ("Bộ luật Tố tụng hình sự số 101/2015/QH13": the longest law names are about 90 characters)
LAW_WINDOW = 120
# the longest law name between the law word and its number
_LAW_NAME = 90
# how far back a type word may stand before "số" and an identifier, with the words that say
# what kind of document it is between ("quyết định khởi tố vụ án hình sự số 133/QĐ-CQCSĐT")
DESCRIBED_WINDOW = 60
# at most this many such words: "quyết định truy nã đặc biệt toàn quốc số 15/C46-P12"
_DESCRIBED_WORDS = 6


def find_citations(text: str) -> list[Citation]:
    """Every citation in ``text``, in text order.

    Raises :class:`TypeError` for anything but a ``str``, and nothing else.

    >>> [c.text for c in find_citations("thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về ...")]
    ['Chỉ thị số 05-CT/TW của Bộ Chính trị']
    >>> c = find_citations("Nghị quyết số 04-NQ/TU, ngày 12/8/2016 của Tỉnh uỷ")[0]
    >>> c.kind, str(c.doc), c.date.isoformat(), c.body
    ('full', '04-NQ/TU', '2016-08-12', 'Tỉnh ủy')
    >>> [(c.kind, c.plenum, c.term) for c in find_citations("Nghị quyết T.Ư 4 (khóa XI) và khóa XII")]
    [('plenum', 4, 'XI'), ('plenum', 4, 'XII')]
    >>> find_citations("Gọi 0235 3812 345, biển số 77C-016.47, COVID-19, quý II/2024")
    []
    """
    if not isinstance(text, str):
        raise TypeError(f"find_citations needs a str, got {type(text).__name__}")
    if not text:
        return []
    return _Reader(text).read()


class _Reader:
    """Reads every anchor of one text, in order, skipping anchors inside what was read."""

    def __init__(self, original: str):
        self.page = Page(original)
        self.t = self.page.t
        self.aliases = _Aliases()
        self.resume = 0

    def read(self) -> list[Citation]:
        out: list[Citation] = []
        readers = {"word": self.after_type_word, "code": self.after_code, "abbr": self.abbreviation,
                   "prefixed": self.prefixed}
        for start, kind in scan.candidates(self.t):
            if start < self.resume:
                continue
            found = readers[kind](start)
            if found is not None and found.citations:
                # a company's resolution or decision ("15/NQ-HĐQT", "01/2017/NQ-ĐHĐCĐ") is read,
                # so that nothing inside it is read again, but it is no citation
                out.extend(c for c in found.citations if not codes.is_corporate(c.doc.issuer if c.doc else None))
                self.resume = found.end
        return self.aliases.apply(out)

    # -- anchors --------------------------------------------------------------------

    def after_type_word(self, start: int) -> Found | None:
        """A type word and what follows it: a number or list, a plenum or a congress."""
        t = self.t
        m = scan.TYPE_WORD_AT.match(t, start)
        if m is None:  # pragma: no cover - the anchor pattern and this one agree
            return None
        word, exact = _type_word(m.group())
        pos = skip_space(t, m.end())
        plenum = scan.PLENUM_AFTER.match(t, pos) or scan.PLENUM_BEFORE.match(t, pos)
        if plenum:
            return read_plenum(self.page, m.start(), plenum, word.name)
        congress = scan.CONGRESS.match(t, pos) or scan.CONGRESS_UNNAMED.match(t, pos)
        if congress and congress_follows(t, congress):
            return read_congress(self.page, m.start(), congress, word.name)
        number = scan.NUMBER_WORD.match(t, pos)
        if number:
            pos = number.end()
        # lower-case "quy định 18 nhóm", "quyết định 4 vấn đề" are verbs with a count;
        # "quyết định 551 của Thủ tướng" is a decision
        verb = m.group()[0].islower() and word.code in _VERB_TYPES and number is None
        # a mistyped type word ("Chi thi") takes a bare number only after "số"
        bare_allowed = (word.bare == "yes" and exact) or (word.bare != "no" and number is not None)
        # "Kế hoạch 64 của Ban Chỉ đạo", "văn bản 571 ngày 19/1/2017": a word that takes a
        # bare number after "số" takes one without it when a date or its issuer follows
        on_evidence = word.bare == "số" and exact and number is None
        items = read_number_list(t, pos, word, bare_allowed=bare_allowed or on_evidence)
        if not items or scan.FOREIGN.match(t, items[-1][0].end()):
            return None
        if items[0][1].issuer is None:
            after = items[-1][0].end()
            # "những nghị quyết 19 trước": a plural names no one document
            if len(items) == 1 and number is None and m.group()[0].islower() and _PLURAL.search(t[max(0, start - 8) : start]):
                return None
            if on_evidence and not _issued_evidence(t, after, word, items[0][1].number):
                return None
            if word.code == "NQ" and _un_resolution(t, start, after, items[0][1].number):
                return None
            if verb and not (scan.VERB_NUMBER_END.match(t, after) or scan.DATED_AFTER.match(t, after)
                             or scan.CLAUSE_END_AFTER.match(t, after) or _SIGNED.search(t[max(0, start - 12) : start])
                             or _issued_evidence(t, after, word, items[0][1].number)):
                return None
        begin, type_name = m.start(), word.name
        if m.group().isupper() and len(m.group()) <= 3:  # an abbreviation: "Nghị định NĐ155/CP"
            begin, type_name = self.word_before(m.start(), word.code, word.name)
        return self.documents(begin, items, type_name)

    def after_code(self, start: int) -> Found | None:
        """An identifier with no type word before it ("126-HD/BTGTW"), or after a law's name."""
        t = self.t
        ident = scan.IDENT.match(t, start)
        if ident is None or not codes_of(ident) or _in_licence(t, start) or _in_standard(t, start):
            return None
        end = code_end(t, ident)
        doc = parse_identifier(t, start, end)
        if doc is None:
            return None
        described = self.described_before(start, ident)
        if described is not None:
            begin, word = described
            if doc.type is None:
                doc = attrs.evolve(doc, type=word.code)
            return self.documents(begin, [(Span(start, end), doc)], word.name)
        if not _stands_alone(t, start, end, doc):
            return None
        begin, type_name = self.listed_after(start), doc.type_name
        if doc.type is None or doc.system == codes.STATE:
            law = self.law_before(start)
            if law is not None:
                begin, word = law
                type_name = word.name
                if doc.type is None:
                    doc = attrs.evolve(doc, type=word.code)
        return self.documents(begin, [(Span(start, end), doc)], type_name, anchored_on_code=True)

    def abbreviation(self, start: int) -> Found | None:
        """"NQ21" (a resolution's nickname) or "NQ TW 4" (a plenum)."""
        abbr = scan.ABBR.match(self.t, start)
        if abbr is None:
            return None
        number = int(abbr.group("n"))
        if abbr.group("tw"):
            mods = read_modifiers(self.t, abbr.end())
            cite = self.page.cite(start, mods.end, "plenum", type_name="Nghị quyết", plenum=number,
                                  term=mods.term, body=CENTRAL_COMMITTEE, date=mods.date, year=mods.year)
            return Found((cite,), mods.end)
        cite = self.page.cite(start, abbr.end(), "alias", doc=DocumentId("NQ", number), type_name="Nghị quyết")
        return Found((cite,), abbr.end())

    def prefixed(self, start: int) -> Found | None:
        """A type code written before the number: "NĐ-67/CP" (Nghị định 67/CP, read 67/NĐ-CP),
        "QĐ–123/TTg", "TT-15/2014/BTC"; a type word of the same type may stand before it
        ("Nghị định NĐ-67/CP"). Only a listed issuer that may issue the type makes it one:
        not "KH-101/KH", "QC-15/A"."""
        t = self.t
        m = scan.PREFIXED.match(t, start)
        if m is None:
            return None
        type_code = codes.canonical_type(fold(m.group("type")))
        end = code_end(t, m)
        issuer = fold(t[m.start("codes") : end])
        if type_code is None or not codes.is_known_issuer(issuer) or not codes.may_issue(
            codes.canonical_issuer_part(issuer.split("-", 1)[0]), type_code
        ):
            return None
        year = f"{m.group('year')}/" if m.group("year") else ""
        written = f"{m.group('num')}{m.group('suffix') or ''}/{year}{type_code}-{issuer}"
        doc = parse_identifier(written, 0, len(written))
        if doc is None:
            return None
        begin, type_name = self.word_before(start, type_code, doc.type_name)
        return self.documents(begin, [(Span(start, end), doc)], type_name)

    def word_before(self, start: int, type_code: str, type_name: str | None):
        """Where a citation begins whose type code or abbreviation a type word of the same type
        stands right before ("Nghị định NĐ-67/CP", "Nghị định NĐ155/CP"), and its type name."""
        word = _WORD_BEFORE.search(self.t, max(0, start - _WORD_BEFORE_WINDOW, self.resume), start)
        if word is not None:
            entry = codes.type_words().get(form_key(word.group("w")))
            if entry is not None and entry.code == type_code:
                return word.start(), entry.name
        return start, type_name

    # -- the pieces -----------------------------------------------------------------

    def documents(self, start: int, items, type_name: str | None, anchored_on_code: bool = False) -> Found:
        """One citation per item; the modifiers and topic after the last belong to the last."""
        mods = read_modifiers(self.t, items[-1][0].end())
        title = read_title(self.t, mods.end)
        out = []
        for i, (ident, doc) in enumerate(items):
            last = i == len(items) - 1
            begin = start if i == 0 else ident.start()
            end = mods.end if last else ident.end()
            out.append(
                self.page.cite(begin, end, _kind(doc, mods, anchored_on_code and begin == ident.start()),
                               doc=doc, type_name=type_name, date=mods.date, year=mods.year, body=mods.body,
                               term=mods.term, plenum=mods.plenum, title=title if last else None)
            )
        resume = mods.end
        alias = scan.ALIAS.match(self.t, mods.end)
        if alias:
            cite = self.aliases.define(self.page, alias, items[-1][1], type_name, mods)
            if cite is not None:
                out.append(cite)
                resume = alias.end()
        return Found(tuple(out), resume)

    def described_before(self, start: int, ident):
        """A type word, words that say what kind it is, and "số" before an identifier:
        "quyết định khởi tố vụ án hình sự số 133/QĐ-CQCSĐT", "Báo cáo thẩm tra số 658/BC-UBTP14"."""
        code = codes_of(ident)
        if not code[:1].isupper():
            return None  # "quyết định xử lý trâu số 18 - con trâu"
        window = self.t[max(0, start - DESCRIBED_WINDOW, self.resume) : start]
        m = word = None
        for found in scan.TYPE_WORD_AT.finditer(window):
            # the nearest type word spelled as listed: a loose spelling is in too many
            # words ("Quyết định đình chỉ thi công")
            if codes.type_words().get(form_key(found.group())) is not None:
                m, word = found, codes.type_words()[form_key(found.group())]
        if m is None or not _DESCRIBED.fullmatch(window, m.end()):
            return None
        if m.start() > 0 and not re.match(r"[^\w]", window[m.start() - 1]):
            return None  # inside a word
        return start - len(window) + m.start(), word

    def listed_after(self, start: int) -> int:
        """Where an identifier that follows the citation just read in a list begins: at its
        "số" ("số 1956/KL-CT và số 2100/QĐ-CT ngày 19-9-2016": the first took its date, so
        the second was read on its own), as items of a list do; else at ``start``."""
        join = _JOINED_NUMBER_WORD.search(self.t, max(self.resume, start - _JOIN_WINDOW), start)
        if join is None or join.start() != self.resume or self.resume == 0:
            return start
        return join.start("so")

    def law_before(self, start: int):
        """A law's type word and name before its number: "Bộ luật Hình sự số 100/2015/QH13"."""
        window = self.t[max(0, start - LAW_WINDOW, self.resume) : start]
        m = None
        for m in _LAW_WORD.finditer(window):
            pass  # the nearest law word
        if m is None or not _LAW_BEFORE.fullmatch(window, m.start()):
            return None
        word = codes.type_words().get(form_key(m.group()))
        if word is None:
            return None
        return start - len(window) + m.start(), word


def _type_word(written: str):
    """The vocabulary entry of a type word as written, and whether it was spelled as listed."""
    entry = codes.type_words().get(form_key(written))
    if entry is not None:
        return entry, True
    return _LOOSE_TYPE_WORDS[scan.skeleton(written)], False


_LOOSE_TYPE_WORDS = {scan.skeleton(w): entry for w, entry in codes.type_words().items()}


def _issued_evidence(t: str, end: int, word, number: int) -> bool:
    """Whether what follows a bare number without "số" shows a document: a date, or its issuer.

    A plan or a programme named after the decision that approved it ("Chương trình 135",
    "Đề án 896": Quyết định 135/1998/QĐ-TTg, 896/QĐ-TTg) is no document of that number;
    a Party committee's numbered project is ("Đề án 02 của Tỉnh ủy": 02-ĐA/TU). So a
    programme word takes a bare number from a Party body or with a date only.
    """
    if scan.DATED_AFTER.match(t, end):
        return True
    mods = read_modifiers(t, end)
    if mods.date is not None:
        return True
    year_like = _YEAR_LIKE[0] <= number <= _YEAR_LIKE[1]
    if year_like and word.code in _PLAN_TYPES:
        return False  # a plan's year, whoever's plan it is: "Kế hoạch 2030 của Bộ Chính trị"
    if word.code in _PROGRAMME_TYPES:
        return mods.body is not None and _party_body(mods.body)
    if mods.body is not None:
        return True  # letters are numbered into the thousands: "văn bản 2000 của Bộ Tài chính"
    # "của Ban Chỉ đạo": a name the table lacks, but not a year ("kế hoạch 2016 của Vietnam Airlines")
    return not year_like and bool(scan.OF_NAME_AFTER.match(t, end))


def _un_resolution(t: str, start: int, end: int, number: int) -> bool:
    """Whether a resolution with a bare number is the UN's: its sentence names the UN before
    it ("Hội đồng Bảo an đã thông qua Nghị quyết 2356"; the Council's resolutions cited today
    are numbered in the hundreds and thousands, so not "Liên Hợp Quốc ... theo Nghị quyết 22
    về hội nhập quốc tế"), or names it as the issuer a few words after it ("Nghị quyết 2371
    được thông qua ngày 5/8 của Hội đồng Bảo an"), and no Vietnamese issuing body follows the
    number ("Nghị quyết 19 của Chính phủ").
    """
    if read_modifiers(t, end).body is not None:
        return False
    after = _CLAUSE_END.split(t[end : end + UN_AFTER], maxsplit=1)[0]
    if scan.UN_ISSUER.search(after):
        return True
    before = _SENTENCE_END.split(t[max(0, start - UN_WINDOW) : start])[-1]
    return number >= UN_LOWEST and bool(scan.UN_NAMED.search(before))


# how far back in its sentence, and forward in its clause, the UN is looked for
UN_WINDOW = 200
UN_AFTER = 50
# the lowest number of a UN resolution told by the sentence alone
UN_LOWEST = 100
_SENTENCE_END = re.compile(r"[.!?…](?=\s)|\n")
_CLAUSE_END = re.compile(r"[.;!?\n]")


def _party_body(name: str) -> bool:
    return any(
        (name == b.name or name.startswith(b.name + " ")) and codes.issuer_system(b.issuer) == codes.PARTY
        for b in codes.bodies()
    )


# programmes and projects are often named after the number of the decision that approved them
_PROGRAMME_TYPES = frozenset({"ĐA", "CTr"})
# plans, programmes and projects are named for the year they run to ("Kế hoạch 2030")
_PLAN_TYPES = frozenset({"KH", "ĐA", "CTr"})
# a number in these bounds after a plan's word is more often its year than its number
_YEAR_LIKE = (1945, 2035)


def _kind(doc: DocumentId, mods, code_only: bool) -> str:
    if doc.system == codes.STATE:
        return "state"
    if doc.issuer is None:
        return "full" if mods.date else "bare"
    if code_only:
        return "code"
    return "full" if mods.date else "short"


class _Aliases:
    """Names a text defines for a document ("(sau đây gọi tắt là Nghị quyết 35)"), and their uses."""

    def __init__(self):
        self.names: dict[tuple[str, int], DocumentId] = {}

    def define(self, page: Page, alias: re.Match, doc: DocumentId, type_name, mods) -> Citation | None:
        key = _alias_key(alias.group("alias"))
        if key is None:
            return None
        self.names[key] = doc
        return page.cite(alias.start("alias"), alias.end("alias"), "alias", doc=doc,
                         type_name=type_name, date=mods.date, body=mods.body, term=mods.term)

    def apply(self, found: list[Citation]) -> list[Citation]:
        """``found`` with each bare use of a defined name pointing at its document."""
        if not self.names:
            return found
        out = []
        for c in found:
            if c.kind in ("bare", "alias") and c.doc is not None and c.doc.issuer is None:
                doc = self.names.get((c.doc.type, c.doc.number))
                if doc is not None:
                    c = attrs.evolve(c, kind="alias", doc=doc)
            out.append(c)
        return out


def _in_licence(t: str, start: int) -> bool:
    """"Số giấy phép: 548/GP-BTTTT" in a site's footer is no citation."""
    return _LICENCE.search(t, max(0, start - LICENCE_WINDOW), start) is not None


def _in_standard(t: str, start: int) -> bool:
    """Whether a code is the year and ministry of a technical standard ("QCVN 40:2011/BTNMT")."""
    return scan.STANDARD_BEFORE.search(t[max(0, start - scan.STANDARD_WINDOW) : start]) is not None


def _stands_alone(t: str, start: int, end: int, doc: DocumentId) -> bool:
    """Whether the identifier ``t[start:end]``, with no type word before it, is a citation.
    A code begun in lower case is a word ("ứng dụng 32-bit - thứ hai") unless a date follows."""
    letter = _FIRST_LETTER.search(t, start, end)
    if letter is None or letter.group().islower() or not _plausible_code(doc, fold(t[start:end])):
        # an unknown code is still a citation when a date follows: "504/D-UB ngày 20/5/1999"
        date = scan.DATE.match(t, skip_space(t, end))
        if date is None or not (date.group("ngay") and (date.group("y") or date.group("y2"))):
            return False
    # "60/CP" is a citation only after a type word
    return not (doc.type is None and doc.year is None)


_FIRST_LETTER = re.compile(r"[^\W\d_]")
# a type word right before a type code written before its number: "Nghị định NĐ-67/CP"
_WORD_BEFORE = re.compile(rf"(?<![^\W_])(?P<w>{scan.TYPE_WORD}){scan._}(?:số{scan._}:?{scan._})?$", re.IGNORECASE)
_WORD_BEFORE_WINDOW = 40
_LAW_WORD = re.compile(rf"(?<![^\W\d_])(?:bộ{scan.__}luật|luật|pháp{scan.__}lệnh|nghị{scan.__}quyết)(?![^\W\d_])", re.IGNORECASE)
_LAW_BEFORE = re.compile(
    rf"(?P<w>bộ{scan.__}luật|luật|pháp{scan.__}lệnh|nghị{scan.__}quyết)[^\n.;:()]{{0,{_LAW_NAME}}}?(?:số{scan._}:?)?{scan._}",
    re.IGNORECASE,
)
# words that join another phrase end a description: "Kết luận của Phó Thủ tướng tại Văn bản số"
_DESCRIBED = re.compile(
    rf"(?:{scan.__}(?!(?:của|và|tại|theo|với|cho|là|có|do|đã|được|này|đó)(?![^\W_]))[^\W\d_]++){{1,{_DESCRIBED_WORDS}}}"
    rf"{scan.__}(?:số|sô)(?![^\W_]){scan._}:?{scan._}",
    re.IGNORECASE,
)
# ", số ", "; số ", " và số " between two identifiers of a list
_JOINED_NUMBER_WORD = re.compile(rf"{scan._}(?:[,;]|và(?![^\W_])){scan._}(?P<so>số|sô)(?![^\W_]){scan._}:?{scan._}$", re.IGNORECASE)
# the longest such join
_JOIN_WINDOW = 16
_LICENCE = re.compile(r"giấy\s+phép(?:\s+số)?\s*:?\s*$", re.IGNORECASE)
_PLURAL = re.compile(r"(?<![^\W_])(?:những|các)\s+$", re.IGNORECASE)
# "đã ký quyết định 929 điều động ...": what is signed or issued is a document
_SIGNED = re.compile(r"(?<![^\W_])(?<!đăng )(?<!Đăng )(?:ký|ban\s+hành)\s+$", re.IGNORECASE)
# type words that are also verbs ("quy định", "quyết định", "hướng dẫn", "kết luận")
_VERB_TYPES = frozenset({"QĐ", "HD", "KL"})


def _plausible_code(doc: DocumentId, surface: str) -> bool:
    """A number and code with no type word before it is a citation only if the codes are known."""
    if doc.type is None:
        return doc.issuer is not None and codes.issuer_system(doc.issuer) == codes.STATE
    if codes.canonical_type(doc.type) is None:
        return False
    return codes.is_known_issuer(doc.issuer) or bool(re.match(r"\d+\s*-\s*[^\W\d_]+\s*/", surface))


def _alias_key(alias: str) -> tuple[str, int] | None:
    alias = modern_tone(squash_spaces(alias.lower()))
    m = re.match(r"(?P<w>.*?)\s*(?:số\s*)?(?P<n>\d+)$", alias)
    if m is None:
        return None
    word = m.group("w").strip(" -")
    code = {"nq": "NQ", "ct": "CT", "kl": "KL"}.get(word)
    if code is None:
        entry = codes.type_words().get(word)
        code = entry.code if entry else None
    return (code, int(m.group("n"))) if code else None
