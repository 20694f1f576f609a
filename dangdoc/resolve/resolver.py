"""resolve_citations: from what a text wrote to which document it means.

The default strategies, in order (each a method of :class:`Resolver`, which a caller may
subclass or replace):

1. **Within the article.** A short, bare or alias citation takes the identifier, date and
   term of a fuller citation of the same document in the same text ("Chỉ thị 10-CT/TW" →
   "Chỉ thị số 10-CT/TW, ngày 30/3/2007"; "Nghị định số 87" → "87/2015/NĐ-CP"); a bare
   number with a body takes the body's code ("Chỉ thị 05 của Bộ Chính trị" → 05-CT/TW).
2. **Central Party documents** are told apart by term (numbers restart every term): the
   citation's term, its date, its year, then the catalogue, where the article's date
   rules out what was issued later. More than one candidate left: ambiguous.
3. **Local Party and state documents** (TU, HU, ĐU, UBND, ...) carry the place they are
   from: the body's own place ("Tỉnh ủy Quảng Nam") or the article's (:func:`locate`).
4. **Plenum and congress references** go through the catalogue; several documents from
   one plenum are told apart by the topic ("về ...") or left ambiguous.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Callable, Iterable

import attrs

from ..vocab import codes
from .catalog import _YEAR_IN_NUMBER, _YEAR_IN_NUMBER_SINCE, Catalog, Entry
from ..errors import DangdocError
from ..models import ASSEMBLY, Citation, Document, DocumentId
from .places import Place, level_named, locate, place_of, province_of, unit_level
from ..vocab.codes import LOCAL_LEVELS, issuer_level, type_class
from ..vocab.orthography import UPPER, int_to_roman, roman_to_int, syllables
from ..vocab.terms import local_term_of, term_of, term_of_year, terms

SEP = " · "
# the highest national congress so far; a higher number is a local congress
_LAST_NATIONAL_CONGRESS = 14
_STOPWORDS = frozenset(
    "về và của các một số vấn đề trong cho với đối tiếp tục những tới đến năm hiện nay việc "
    "tăng cường đẩy mạnh nâng cao sự lãnh đạo xây dựng phát triển đổi mới công tác thực hiện".split()
)


@attrs.frozen
class _Reading:
    """A citation with what the article adds to it."""

    citation: Citation
    id: DocumentId | None
    date: dt.date | None
    year: int | None
    term: str | None
    body: str | None
    title: str | None
    #: how the year is known: "written", "date" (a date the sentence gives before it),
    #: "article" (a letter or decision cited in the year of the article)
    basis: str | None = None
    #: what the writer got wrong and how it was read ("written 1880/QĐ-CP: ...")
    note: str | None = None


@attrs.frozen
class Resolved(Document):
    """A :class:`~dangdoc.models.Document` with the year it was issued, how that year is
    known (``basis``) and what the writer got wrong (``note``), when resolution knows
    them. Equal, like every Document, when the keys are.

    >>> Resolved("301/BGDĐT-GDMN · 2017", year=2017, basis="article") == Document("301/BGDĐT-GDMN · 2017")
    False
    """

    year: int | None = attrs.field(default=None, eq=False)
    basis: str | None = attrs.field(default=None, eq=False)
    note: str | None = attrs.field(default=None, eq=False)


@attrs.frozen
class Period:
    """When the articles were published, for articles that do not say: ``2017``, or
    ``2016-2017``. Documents cannot be cited before they are issued.

    >>> Period.parse("2017"), Period.parse("2016-2017").last
    (Period(first=2017, last=2017), datetime.date(2017, 12, 31))
    """

    first: int
    last_year: int = attrs.field(alias="last")

    @classmethod
    def parse(cls, text: "str | int | Period | None") -> "Period | None":
        """A period from ``2017``, ``"2017"`` or ``"2016-2017"`` (None stays None)."""
        if text is None or isinstance(text, Period):
            return text
        m = re.fullmatch(r"\s*((?:19|20)\d\d)\s*(?:[-–]\s*((?:19|20)\d\d))?\s*", str(text))
        if not m or (m.group(2) and int(m.group(2)) < int(m.group(1))):
            raise DangdocError(f"not a period: {text!r} (write a year, 2017, or years, 2016-2017)")
        return cls(int(m.group(1)), int(m.group(2) or m.group(1)))

    @property
    def last(self) -> dt.date:
        """The last day of the period."""
        return dt.date(self.last_year, 12, 31)

    def __repr__(self) -> str:
        return f"Period(first={self.first}, last={self.last_year})"

    def __str__(self) -> str:
        """As written: ``2017`` or ``2016-2017``."""
        return str(self.first) if self.first == self.last_year else f"{self.first}-{self.last_year}"


class Resolver:
    """The resolution strategies; subclass and override any method to change one.

    ``catalog`` is a :class:`~dangdoc.resolve.catalog.Catalog` (the packaged one by default);
    ``locate`` finds an article's place from its text (:func:`dangdoc.resolve.places.locate`).
    """

    def __init__(self, catalog: Catalog | None = None, locate: Callable[[str], Place | None] = locate):
        self.catalog = catalog if catalog is not None else Catalog.default()
        self.locate = locate

    # -- within the article ---------------------------------------------------------

    def readings(self, citations: list[Citation], text: str | None = None,
                 year: int | None = None) -> list[_Reading]:
        """Each citation completed from what the article says around it: the fuller
        citations of the same document, the year written after the number ("Nghị định
        67/2014"), the body that issues it, who may issue its type, a date the sentence
        gives before it, and (``year``, the article's) the year of a letter it cites."""
        citations = [self.complete(c, text) for c in citations]
        fuller: dict[tuple, list[Citation]] = {}
        numbered: dict[int, list[Citation]] = {}
        for c, _ in citations:
            if c.doc is not None and c.doc.issuer is not None:
                fuller.setdefault((type_class(c.doc.type), c.doc.number), []).append(c)
                numbered.setdefault(c.doc.number, []).append(c)
        # one of each way a document is written is enough to complete the others from (a
        # digest that cites one directive 2,000 times must not compare every pair)
        fuller = {k: _distinct(v) for k, v in fuller.items()}
        numbered = {k: _distinct(v) for k, v in numbered.items()}
        # the terms an article gives each plenum: "Nghị quyết TƯ 4" after "Nghị quyết Trung
        # ương 4 khóa XII" is the same resolution
        plenum_terms: dict[int, set] = {}
        for c, _ in citations:
            if c.kind == "plenum" and c.term:
                plenum_terms.setdefault(c.plenum, set()).add(c.term)
        out = []
        previous_end, previous = 0, None
        for c, note in citations:
            doc, date, cyear, term, body, title = c.doc, c.date, c.year, c.term, c.body, c.title
            if c.kind == "plenum" and term is None and len(plenum_terms.get(c.plenum, ())) == 1:
                (term,) = plenum_terms[c.plenum]
            if doc is not None and doc.issuer is None and body is not None:
                doc = self.from_body(doc, body)
            if doc is not None:
                same = [f for f in fuller.get((type_class(doc.type), doc.number), [])
                        if (doc.issuer is None or f.doc.issuer == doc.issuer)
                        and (cyear is None or (f.year or (f.doc.year if f.doc else None)) in (None, cyear))
                        and (doc.year is None or f.doc.year in (None, doc.year))]
                if not same and doc.issuer is None and c.text.lower().startswith(_ANY_TYPE_WORDS):
                    same = numbered.get(doc.number, [])  # "Văn bản số 119" after "Văn bản số 119/BC-BCT"
                    if len({type_class(f.doc.type) for f in same}) > 1:
                        same = []
                if doc.issuer is None and len({(f.doc.issuer, f.doc.year) for f in same}) > 1:
                    same = []  # "Chỉ thị số 05" where the text cites 05-CT/TW and 05-CT/HU: it cannot say which
                best = max(same, key=lambda f: (f.doc.year is not None, f.date is not None, f.term is not None),
                           default=None)
                if best is not None:
                    if doc.issuer is None or (doc.year is None and best.doc.year is not None):
                        doc = attrs.evolve(best.doc, type=doc.type if type_class(doc.type) == type_class(best.doc.type) else best.doc.type)
                    date = date or best.date
                    cyear = cyear or best.year
                    term = term or best.term
                    body = body or best.body
                    title = title or best.title
            issued = _issued_before(text, c.start, previous_end) if text is not None else None
            if issued is not None and (c.kind == "plenum" or _central_party(doc)):
                # "Ngày 12-5-1951, Ban Bí thư ra Chỉ thị số 05-CT/TW", "Bộ Chính trị (khóa IX) đã
                # ban hành Nghị quyết 36": the clause that issues it dates it and names its term
                # (a term of the Party's Central Committee, not of the Assembly or a province)
                term = term or issued.term
            when = cyear or (date.year if date else None)
            basis = "written" if when else None
            if when is None and issued is not None and issued.year is not None and (doc is None or doc.year is None):
                date, when, basis = issued.date, issued.year, "date"
            if when is None and doc is not None and doc.year is None and text is not None and c.kind != "plenum":
                # a decision by a bare number ("UBND TP ban hành Quyết định 33") may be years old;
                # letters, and decisions written with their code, are cited the year they are sent
                sent = _cited_when_sent(doc, c.type_name) and not (c.kind == "bare" and doc.type in _DECISIONS)
                if (previous is not None and previous.basis == "date" and previous.id is not None
                        and type_class(previous.id.type) == type_class(doc.type)
                        and _LIST_GAP.fullmatch(text[previous_end:c.start])):
                    # "Năm 2014, Chính phủ ban hành Nghị định 24, Nghị định 37"; "Ngày 12/12/2013, Bộ
                    # Chính trị có các Quyết định 217, 218"
                    date, when, basis = previous.date, previous.year, "date"
                else:
                    lead = _lead_date(text, c.start, previous_end, year, strict=not sent)
                    if lead is not None:
                        when, basis = lead, "date"
                    elif year is not None and sent:
                        when, basis = year, "article"
            previous_end = c.end
            previous = _Reading(c, doc, date, when, term, body, title, basis, note)
            out.append(previous)
        # one document, one year: a later "Văn bản số 119" takes the date (and term) the first one had
        known: dict[str, _Reading] = {}
        for r in out:
            if r.id is not None and r.basis in ("written", "date") and r.id.year is None:
                known.setdefault(str(r.id), r)
        return [attrs.evolve(r, year=k.year, basis=k.basis, date=r.date or k.date, term=r.term or k.term)
                if r.id is not None and r.basis in (None, "article") and (k := known.get(str(r.id))) is not None
                else r for r in out]

    def complete(self, c: Citation, text: str | None) -> tuple[Citation, str | None]:
        """One citation with what its own words say: the year after the number
        ("Nghị định 49/2017"), the issuer its type allows (a Nghị định is the
        Government's), the body named just before it ("Chính phủ ban hành Nghị quyết 35"),
        and the issuer a writer meant ("1880/QĐ-CP ... của Thủ tướng"); with a note
        saying what was read differently from what was written."""
        doc = c.doc
        if doc is None or c.kind in ("plenum", "congress"):
            return c, None
        changes: dict = {}
        if doc.year is None and c.year is None:
            year = _year_after_number(c.text, doc.number)
            if year is not None:
                changes["year"] = year
        note = None
        issuer = doc.issuer
        cue = _issuer_of_body(c.body) if c.body else None
        if cue is None and text is not None:
            cue = _issuer_before(text, c.start)
        if cue is not None and doc.type and not codes.may_issue(cue, doc.type):
            cue = codes.issuer_instead(cue, doc.type)  # "Chính phủ ... Chỉ thị 20": the Prime Minister's
        if issuer is None:
            issuer = (codes.sole_issuer(doc.type) if doc.type else None) or cue
        elif doc.type and not codes.may_issue(issuer, doc.type):
            meant = codes.issuer_instead(issuer, doc.type)
            if meant is not None and (cue is None or cue == meant):
                note = f"written {doc}: a {codes.type_name(doc.type, codes.STATE)} is not issued by {issuer}; read as {meant}"
                issuer = meant
        elif (cue is not None and not codes.is_known_issuer(issuer)
              and len(issuer) == len(cue) and sum(a != b for a, b in zip(issuer.upper(), cue.upper())) == 1):
            note = f"written {doc}: {issuer} is no issuer code; the text names {cue}"
            issuer = cue
        if issuer != doc.issuer and issuer is not None:
            doc = DocumentId(doc.type, doc.number, issuer, doc.year, codes.issuer_system(issuer))
        entry = codes.type_codes().get(doc.type.upper()) if doc.type else None
        if doc.system == codes.PARTY and entry is not None and entry.party_name is None:
            # the Party issues no Công điện or Nghị định: "17/CĐ-TW" is a state body's (the
            # central steering committee for disaster prevention), whatever its code looks like
            note = note or f"written {doc}: the Party issues no {entry.state_name}; read as a state document"
            doc = attrs.evolve(doc, system=codes.STATE)
        if doc is not c.doc:
            changes["doc"] = doc
        return (attrs.evolve(c, **changes) if changes else c), note

    def from_body(self, doc: DocumentId, body: str) -> DocumentId:
        """A bare number with a body: "Chỉ thị 05 của Bộ Chính trị" is 05-CT/TW."""
        issuer = _issuer_of_body(body)
        if issuer is None:
            return doc
        return DocumentId(doc.type, doc.number, issuer, doc.year, codes.issuer_system(issuer))

    # -- to documents ---------------------------------------------------------------

    def document(self, r: _Reading, article_date: dt.date | None, place: Callable[[], Place | None]) -> Document:
        """The Document a completed citation names."""
        c = r.citation
        if c.kind == "plenum":
            return self.plenum(r, article_date)
        if c.kind == "congress":
            return self.congress(r, place)
        doc = r.id
        if doc is None:  # pragma: no cover - every other kind has an identifier
            return Document(c.text)
        if doc.issuer is None:
            return self.unidentified(r, article_date)
        level = issuer_level(doc.issuer)
        if doc.system == codes.PARTY and level not in LOCAL_LEVELS:
            return self.central(r, article_date)
        if level in LOCAL_LEVELS:
            return self.local(r, place)
        return self.state(r, article_date)

    def central(self, r: _Reading, article_date: dt.date | None) -> Document:
        """A central Party document: told apart by term, date, year, or the article's date."""
        doc = r.id
        # the Central Committee's terms date the documents of its own bodies; an unknown code
        # written Party-style ("15 QĐ/VKS", "1517-VC/ĐT") is no Central Committee's
        ours = issuer_level(doc.issuer) == "central"
        term = r.term or (term_of(r.date) if r.date and ours else None)
        entries = self.catalog.lookup(doc.type, doc.number, doc.issuer)
        if term:
            entries = [e for e in entries if e.term == term]
        elif r.year:
            entries = [e for e in entries if e.date is None or e.date.year == r.year]
        if article_date and not term:
            entries = [e for e in entries if e.date is None or e.date <= article_date]
        if len(entries) > 1 and r.title:
            entries = _by_topic(entries, r.title)
        if len(entries) == 1 and not _off_topic(entries[0], r.title):
            return _from_entry(entries[0], doc.type, r)
        if entries:
            return _ambiguous(str(doc), [_from_entry(e, doc.type) for e in entries], id=doc)
        if not term and r.basis == "article" and r.year:
            term = term_of(dt.date(r.year, 12, 31))
        if ours:
            term = term or _term_when(r)  # "năm 1998": the year lies in one term
        # a year the text gives, in no term (before the first congress, or a congress year
        # without the day): the key says the year and claims no term
        dated = not term and r.year is not None and r.basis in ("written", "date")
        key = f"{doc}{SEP}khóa {term}" if term else f"{doc}{SEP}{r.year}" if dated else str(doc)
        return Resolved(key, doc, r.date, term, r.body, r.title, year=r.year if term or dated else None,
                        basis=r.basis if term or dated else None, note=r.note)

    def local(self, r: _Reading, place: Callable[[], Place | None]) -> Document:
        """A local Party or state document: told apart by place, and by term or year."""
        doc = r.id
        where = _place_in_body(r.body) or place()
        locality = None
        if where is not None:
            district_level = issuer_level(doc.issuer) in ("district", "base") or doc.issuer.startswith(("HU", "QU", "ThU"))
            locality = str(where) if district_level else where.province
        if doc.system == codes.PARTY:
            when = local_term_of(r.date) if r.date else None
            if when is None and r.basis == "article" and r.year:
                when = str(r.year)
        else:
            when = None if doc.year else (str(r.year) if r.year else None)
        key = SEP.join(str(part) for part in (doc, locality, when) if part)
        return Resolved(key, doc, r.date, when if doc.system == codes.PARTY and r.date else None, r.body, r.title,
                        locality, year=doc.year or r.year, basis=r.basis if not doc.year else "written", note=r.note)

    def state(self, r: _Reading, article_date: dt.date | None = None) -> Document:
        """A central state document: its number is unique with its year."""
        doc = r.id
        basis = "written"
        if doc.year is None and r.year is not None and r.basis != "article" and _year_in_number(doc, r.year):
            doc = attrs.evolve(doc, year=r.year)  # "Nghị định 67/NĐ-CP năm 2014" is 67/2014/NĐ-CP
            basis = r.basis
        elif doc.year is not None and not _year_in_number(doc, doc.year) and doc.issuer in ("CP", "TTg"):
            # "35/2016/NQ-CP": a Government resolution or a directive carries no year in its number
            return Resolved(f"{_doc_key(attrs.evolve(doc, year=None))}{SEP}{doc.year}", doc, r.date, None, r.body, r.title,
                            year=doc.year, basis="written", note=r.note)
        if doc.year is None and r.year is not None:
            return Resolved(f"{_doc_key(doc)}{SEP}{r.year}", doc, r.date, None, r.body, r.title, year=r.year, basis=r.basis,
                            note=r.note)
        if doc.year is None:  # state numbers restart every year: which year's, the text does not say
            entries = [e for e in self.catalog.lookup(doc.type, doc.number, doc.issuer)
                       if article_date is None or e.date is None or e.date <= article_date]
            # the key names no candidate: which of them it is, the corpus may still decide
            return Resolved(f"{_doc_key(doc)}{SEP}?", doc, r.date, None, r.body, r.title, ambiguous=True, note=r.note,
                            candidates=tuple(_from_entry(e, doc.type) for e in entries))
        return Resolved(_doc_key(doc), doc, r.date, None, r.body, r.title, year=doc.year, basis=basis, note=r.note)

    def unidentified(self, r: _Reading, article_date: dt.date | None) -> Document:
        """A bare number that nothing in the article completes: what it could be."""
        doc = r.id
        # the year written in the identifier ("Nghị quyết số 19/2008") or beside it: one key per
        # year, so that a 2008 mention does not stamp its year on the 2017 ones' shared node
        written = doc.year or (r.year if r.basis == "written" else None)
        label = f"{r.citation.type_name or doc.type} {doc.number:02d}" + (f"/{written}" if written else "")
        entries = self.catalog.numbered(doc.type, doc.number)
        if r.term:
            entries = [e for e in entries if e.term == r.term]
        if r.year:
            entries = [e for e in entries if e.date is None or e.date.year == r.year]
        if article_date:
            entries = [e for e in entries if e.date is None or e.date <= article_date]
        # the key names no candidate: which of them it is, the corpus may still decide
        candidates = tuple(_from_entry(e, doc.type) for e in entries)
        return Resolved(f"{label}{SEP}?", doc, ambiguous=True, candidates=candidates, note=r.note, year=written,
                        basis="written" if written else None)

    def plenum(self, r: _Reading, article_date: dt.date | None) -> Document:
        """A plenum's resolution(s): "Nghị quyết Trung ương 4 khóa XII" is 04-NQ/TW (2016)."""
        c = r.citation
        type_code = codes.type_words().get((c.type_name or "nghị quyết").lower())
        type_code = type_code.code if type_code else "NQ"
        label = f"{c.type_name or 'Nghị quyết'} Trung ương {c.plenum}"
        term = r.term or _term_when(r)
        if term:
            label += f"{SEP}khóa {term}"
            entries = self.catalog.plenum(term, c.plenum, type_code)
        else:
            entries = [e for e in self.catalog.entries
                       if e.plenum == c.plenum and type_class(e.id.type) == type_class(type_code)
                       and (article_date is None or e.date is None or e.date <= article_date)]
        if len(entries) > 1 and r.title:
            entries = _by_topic(entries, r.title)
        # "Nghị quyết Trung ương 6 khóa X về hoàn thiện thể chế kinh tế thị trường": a topic
        # that shares no word with a catalogued resolution's title names another of that
        # plenum's resolutions, one the catalogue lacks
        entries = [e for e in entries if not _off_topic(e, r.title)]
        if len(entries) == 1:
            return _from_entry(entries[0], entries[0].id.type, r)
        if entries:
            return _ambiguous(label, [_from_entry(e, e.id.type) for e in entries], plenum=c.plenum, term=term)
        return Document(label, None, None, term, "Ban Chấp hành Trung ương", r.title, plenum=c.plenum)

    def congress(self, r: _Reading, place: Callable[[], Place | None]) -> Document:
        """A congress resolution: national ("Đại hội XIII") or of a local Party organisation."""
        c = r.citation
        number = roman_to_int(c.congress) if c.congress else None
        body = c.body
        national = body is None and number is not None and number <= _LAST_NATIONAL_CONGRESS
        if national or body == "Đảng Cộng sản Việt Nam":
            # a topic clause after it names one of its many parts ("về xử lý nợ xấu"), not the
            # resolution: the title is the congress's own
            return Document(f"Nghị quyết Đại hội{SEP}{c.congress}", congress=c.congress,
                            title=f"Nghị quyết Đại hội đại biểu toàn quốc lần thứ {c.congress} của Đảng")
        where = _place_in_body(body) or place()
        organisation = body or "Đảng bộ"
        ordinal = f"lần thứ {c.congress}" if c.congress else None
        own = _organisation_place(organisation, where)
        if own is not None:  # "Đảng bộ TP.HCM", "Đảng bộ thành phố" in an article on Hà Nội: one key each
            level, at = own
            return Document(SEP.join(p for p in (f"Nghị quyết Đại hội Đảng bộ {level} {at}", ordinal) if p),
                            congress=c.congress, body=organisation, locality=str(at), title=r.title)
        # the place goes into the key unless the organisation already names it, or is one
        # of the whole country ("Đảng bộ Quân đội" is one, wherever an article is written)
        if _NATIONWIDE.search(organisation):
            where = None
        named = where is not None and where.province not in organisation and (
            not where.district or where.district not in organisation)
        locality = str(where) if where else None
        parts = [f"Nghị quyết Đại hội {organisation}", ordinal, locality if named else None]
        return Document(SEP.join(p for p in parts if p), congress=c.congress, body=organisation,
                        locality=locality, title=r.title)


def resolve_citations(
    citations: Iterable[Citation],
    *,
    text: str | None = None,
    article_date: dt.date | None = None,
    locality: str | Place | None = None,
    catalog: Catalog | None = None,
    resolver: Resolver | None = None,
    period: "Period | str | int | None" = None,
) -> dict[Document, list[Citation]]:
    """Group an article's citations by the document each one names.

    ``text`` (the article) lets local documents find their place; ``locality`` gives it
    directly ("Quảng Nam", or a :class:`~dangdoc.resolve.places.Place`); ``article_date`` rules out
    documents issued after the article. ``period`` ("2017") says when an undated article
    was published; without either, the latest date the text gives is the article's
    earliest. ``catalog`` or ``resolver`` replace the defaults.

    >>> from dangdoc import find_citations
    >>> text = ("Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương ... "
    ...         "theo tinh thần Kết luận số 21-KL/TW của Ban Chấp hành Trung ương khóa XIII.")
    >>> for doc, cites in resolve_citations(find_citations(text)).items():
    ...     print(doc.key, doc.date, doc.catalogued, len(cites))
    21-KL/TW · khóa XIII 2021-10-25 True 2
    """
    citations = list(citations)
    resolver = resolver or Resolver(catalog)
    found_place: list = []

    def place() -> Place | None:
        if not found_place:
            if isinstance(locality, Place):
                found_place.append(locality)
            elif isinstance(locality, str):
                found_place.append(place_of(locality) or Place(locality))
            else:
                found_place.append(resolver.locate(text) if text else None)
        return found_place[0]

    period = Period.parse(period)
    bound = article_date or (period.last if period else None)
    grouped: dict[str, list] = {}
    for written, reading in zip(citations, resolver.readings(citations, text, article_year(article_date, text, period))):
        doc = resolver.document(reading, bound, place)
        entry = grouped.setdefault(doc.key, [doc, []])
        entry[0] = _merge(entry[0], doc)
        entry[1].append(written)
    return {doc: cites for doc, cites in grouped.values()}


def article_year(article_date: dt.date | None, text: str | None, period: Period | None = None) -> int | None:
    """The year an article was published: its date's, the period's (of one year), or
    else the latest year among the full dates its text gives (it cannot be older).

    >>> article_year(None, "Ngày 6/2/2017, Bộ có văn bản; năm 2015 ...", None)
    2017
    >>> article_year(None, "Ngày 6/2/2017", Period.parse("2017-2018")), article_year(None, "không ngày", None)
    (2017, None)
    """
    if article_date is not None:
        return article_date.year
    if period is not None and period.first == period.last_year:
        return period.first
    years = [int(m.group(3)) for m in _LEAD_DATE.finditer(text or "") if m.group(3)]
    if period is not None:
        years = [y for y in years if y <= period.last_year]
    return max(years, default=None)


# -- helpers -------------------------------------------------------------------------


# how far before a citation the body that issued it may be named ("Chính phủ đã ban hành
# Nghị quyết 35"): a clause, not the sentence before
_CUE_REACH = 60
_CUE_VERB = re.compile(r"\b(?:ban hành|ký|thông qua|ra|có)\b")
# the bodies a clause before a citation names as its issuer, longest first
# at most this many words between the body and the citation ("UBND TP Đà Nẵng đã có")
_CUE_WORDS = 6
# how far before a citation a date may be the date it was issued ("Ngày 10/8/2016, UBND
# huyện ... đã có văn bản số 763"): one clause of a news sentence
_LEAD_REACH = 120
_LEAD_DATE = re.compile(r"(?<![\d/.])(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*((?:19|20)\d\d))?(?![/.]?\d)")
# types whose number restarts every year and that news cites the year they are sent:
# letters, notices, reports, submissions, dispatches, plans, decisions
_SENT_TYPES = frozenset({"CV", "TB", "BC", "TTr", "CĐ", "KH", "QĐ", "QĐNS"})
_PARTY_SENT_TYPES = frozenset({"CV", "TB", "BC", "QĐNS"})
_DECISIONS = frozenset({"QĐ", "QĐNS"})
_LEAD_YEAR = re.compile(r"(?:^|[\s,;(])(?:từ\s+|trong\s+|vào\s+|cuối\s+|đầu\s+)?năm\s+(?P<y>(?:19|20)\d\d)\s*,")
# "ngày 12 tháng 5 năm 1951", "tháng 5/1951," (lower case: what _issued_before reads is)
_LEAD_SPELLED = re.compile(r"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s*năm\s+((?:19|20)\d\d)(?!\d)")
_LEAD_MONTH = re.compile(r"(?:^|[\s,;(])(?:từ\s+|trong\s+|vào\s+|cuối\s+|đầu\s+|giữa\s+)?tháng\s+\d{1,2}\s*[/.-]\s*(?P<y>(?:19|20)\d\d)\s*,")
_STRONG_VERB = re.compile(r"\b(?:ban hành|ký|thông qua)\b")
# what may stand between two citations of one list ("Nghị định 24, Nghị định 37 và ...")
_LIST_GAP = re.compile(r"[\s,;]*(?:và\s*)?")
# type words that may name a document of any type ("Văn bản số 119" for 119/BC-BCT)
_ANY_TYPE_WORDS = ("văn bản",)
_YEAR_AFTER = re.compile(r"\s*/\s*((?:19|20)\d\d)(?!\d)")


def _year_after_number(surface: str, number: int) -> int | None:
    """The year a writer put after the number without a code: "Nghị định 67/2014".

    >>> _year_after_number("Nghị định 67/2014", 67), _year_after_number("Quyết định 33 năm 2014", 33)
    (2014, None)
    """
    first = re.search(r"\d+", surface)
    if first is None or int(first.group()) != number:
        return None
    m = _YEAR_AFTER.match(surface, first.end())
    return int(m.group(1)) if m else None


def _fold(text: str) -> str:
    """Lower case without the marks the press puts inside short names: "Bộ VHTT&DL", "Bộ GD-ĐT"."""
    return re.sub(r"[-&.]", "", text.lower())


@functools.lru_cache(maxsize=None)
def _body_forms() -> tuple[tuple[str, str], ...]:
    """Every form of every body and office, folded, with its issuer; longest first."""
    forms = {(_fold(f), b.issuer) for b in codes.bodies() + codes.offices() for f in (b.name, *b.forms)}
    return tuple(sorted(forms, key=lambda f: (-len(f[0]), f)))


def _issuer_before(text: str, start: int) -> str | None:
    """The issuer a clause just before a citation names with a verb of issuing:
    "Chính phủ đã ban hành Nghị quyết 35" → CP; "UBND TP Đà Nẵng có Công văn 4611" → UBND.

    >>> _issuer_before("Từ khi Chính phủ ban hành Nghị quyết 35", 28)
    'CP'
    >>> _issuer_before("Ngày 2/6, Bộ VHTT&DL có Văn bản số 2383", 24)
    'BVHTTDL'
    >>> _issuer_before("Thủ tướng yêu cầu thực hiện Nghị quyết 35", 28) is None
    True
    """
    window = text[max(0, start - _CUE_REACH):start]
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind(";"))
    window = _fold(window[cut + 1:])
    best = None
    for form, issuer in _body_forms():
        at = window.rfind(form)
        while at >= 0 and not _word_at(window, at, len(form)):
            at = window.rfind(form, 0, at)
        if at >= 0 and (best is None or at + len(form) > best[0] + len(best[1])):
            best = (at, form, issuer)  # the body that ends last; of those, the longest
    if best is None:
        return None
    rest = window[best[0] + len(best[1]):]
    return best[2] if _CUE_VERB.search(rest) and len(rest.split()) <= _CUE_WORDS else None


def _word_at(text: str, at: int, length: int) -> bool:
    """Whether ``text[at:at + length]`` stands as whole words."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + length] if at + length < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def _lead_date(text: str, start: int, floor: int, year: int | None, strict: bool = False) -> int | None:
    """The year of a date the clause before a citation gives for it ("Ngày 10/8/2016,
    UBND huyện đã có văn bản số 763"), with no other citation between; a day and month
    without a year take ``year`` (the article's). ``strict``: only with a verb that
    issues ("ban hành", "ký"), and then a bare year will do ("Năm 2014, Chính phủ ban
    hành Nghị định 24").

    >>> _lead_date("Ngày 10/8/2016, UBND huyện đã có văn bản số 763", 38, 0, None)
    2016
    >>> _lead_date("Năm 2014, Chính phủ ban hành Nghị định 24", 29, 0, None, strict=True)
    2014
    >>> _lead_date("từ năm 2008, UBND TP ban hành Quyết định 74 về lòng đường", 33, 0, 2017)
    2008
    """
    begin = max(floor, start - _LEAD_REACH)
    window = text[begin:start]
    cut = max(window.rfind(". "), window.rfind("\n"))
    window = window[cut + 1:]
    found = None
    for m in _LEAD_DATE.finditer(window):
        found = m
    lowered = window.lower()
    if found is not None:
        # the date of an event ("ngày 10/8/2016"), not a figure ("tỷ lệ 10/8")
        if not lowered[:found.start()].rstrip().endswith(("ngày", "hôm", "sáng", "chiều")):
            return None
        y = int(found.group(3)) if found.group(3) else year
        try:
            dt.date(y or 2000, int(found.group(2)), int(found.group(1)))
        except ValueError:
            return None
    else:
        for found in _LEAD_YEAR.finditer(lowered):
            pass
        if found is None:
            return None
        y = int(found.group(1))
    verb = (_STRONG_VERB if strict else _CUE_VERB).search(lowered[found.end():])
    return y if verb else None


@attrs.frozen
class _Issued:
    """What the clause issuing a document says of it: its date, year and term."""

    date: dt.date | None
    year: int | None
    term: str | None


# a verb of issuing that ends the clause just before a citation: "Ban Bí thư ra Chỉ thị ...",
# "Bộ Chính trị đã có các Quyết định 217, 218", "đồng chí đã ký ban hành Nghị quyết ..."
_ISSUING_AT_END = re.compile(r"(?<!\w)(?:(?:đã|vừa|mới)\s+)?(?:ký\s+ban\s+hành|ban\s+hành|thông\s+qua|ký|ra|có)"
                             r"(?:\s+(?:các|những|hai|ba|bốn))?\s*$")
# "ra" after these words is another verb ("đề ra", "chỉ ra", "diễn ra"), not "issue"
# verbs that issue only after an issuing body: elsewhere they have or bring about
_WEAK_VERBS = frozenset({"có", "ra"})


def _distinct(citations: list[Citation]) -> list[Citation]:
    """The first citation of each way of writing a document (identifier, year, date, term,
    body, title), in order: what completing another citation from them reads."""
    first: dict[tuple, Citation] = {}
    for c in citations:
        first.setdefault((c.doc, c.year, c.date, c.term, c.body, c.title), c)
    return list(first.values())


def _names_a_body(words: str) -> bool:
    """Whether ``words`` name a body: one the vocabulary knows ("Ban Bí thư"), or a name
    written with a capital ("Viện kiểm sát tỉnh"), not "nhiều địa phương".

    >>> _names_a_body(", Ban Bí thư "), _names_a_body(", Viện kiểm sát tỉnh đã "), _names_a_body(", nhiều địa phương đã ")
    (True, True, False)
    """
    folded = _fold(words)
    return bool(_CAPITALISED.search(words)) or any(form in folded for form, _ in _body_forms())


_CAPITALISED = re.compile(rf"(?<![^\W_])[{UPPER}]")


_RA_OF_OTHER_VERBS = frozenset("đề chỉ đưa nêu diễn đặt tìm nhận thấy vạch sinh xảy ban nói kể".split())
# at most this many words name who issued it between the date and the verb ("thay mặt Bộ
# Chính trị, đồng chí Lê Duẩn đã ký"); more is another clause
_ISSUER_WORDS = 12
_TERM_WRITTEN = re.compile(r"(?<!\w)kh(?:óa|oá)\s*:?\s*(?P<t>[IVXL]+|\d{1,2})(?!\w)", re.IGNORECASE)
_DATE_WORDS_BEFORE = ("ngày", "hôm", "sáng", "chiều", "tối")


def _issued_before(text: str, start: int, floor: int) -> _Issued | None:
    """What the clause ending in a verb of issuing just before a citation says of the
    document: the date ("Ngày 12-5-1951, Ban Bí thư ra Chỉ thị số 05-CT/TW"), the year
    ("Năm 1988, Bộ Chính trị ra ..."), the term of the body that issues it ("Bộ Chính trị
    (khóa IX) đã ban hành Nghị quyết 36"). None without such a verb.

    >>> _issued_before("Ngày 12-5-1951, Ban Bí thư ra Chỉ thị số 05-CT/TW", 30, 0)
    _Issued(date=datetime.date(1951, 5, 12), year=1951, term=None)
    >>> _issued_before("Bộ Chính trị (khóa IX) đã ban hành Nghị quyết 36", 35, 0).term
    'IX'
    >>> _issued_before("Ngày 6 tháng 7 năm 1979, Ban Bí thư ban hành Chỉ thị 66", 45, 0).date
    datetime.date(1979, 7, 6)
    >>> _issued_before("Tháng 9/2016, Thủ tướng đã ban hành Quyết định 1880", 36, 0).year
    2016
    >>> _issued_before("6 tháng đầu năm 2017, từ đó đề ra phương hướng và thực hiện Nghị quyết 11", 69, 0) is None
    True
    >>> _issued_before("Ngày 20/5/2017, nhiều địa phương đã có Chỉ thị 99-CT/TW", 40, 0) is None
    True
    """
    window = text[max(floor, start - _LEAD_REACH):start]
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind(";"), window.rfind(":"))
    window = window[cut + 1:]
    lowered = window.lower()
    verb = _ISSUING_AT_END.search(lowered)
    if verb is None:
        return None
    clause = lowered[:verb.start()]
    if lowered[verb.start():].split()[0] == "ra" and (clause.split() or [""])[-1] in _RA_OF_OTHER_VERBS:
        return None
    # the date nearest the verb: "ngày 12-5-1951", "ngày 12 tháng 5 năm 1951", "tháng 5/1951", "năm 1951,"
    full = [m for pattern in (_LEAD_DATE, _LEAD_SPELLED) for m in pattern.finditer(clause)
            if m.group(3) and clause[:m.start()].rstrip().endswith(_DATE_WORDS_BEFORE)]
    dates = [(m.end(3), *_full_date(m.group(3), m.group(2), m.group(1))) for m in full]
    dates += [(m.end("y"), None, int(m.group("y"))) for pattern in (_LEAD_MONTH, _LEAD_YEAR)
              for m in pattern.finditer(clause)]
    # the year of a full date ends where the date does: the date, which says more, wins
    end, date, year = max(dates, key=lambda d: (d[0], d[1] is not None), default=(0, None, None))
    subject = clause[end:]
    if year is not None and len(subject.split()) > _ISSUER_WORDS:
        date, year = None, None  # the date of something else the long clause tells
    written = window if len(window) == len(lowered) else lowered  # the same offsets, in the writer's case
    if set(lowered[verb.start():].split()) & _WEAK_VERBS and not _names_a_body(written[end:verb.start()]):
        # "nhiều địa phương đã có Chỉ thị 99": "có" and "ra" issue only after a body that
        # issues ("Bộ Chính trị có các Quyết định 217, 218", "Ban Bí thư ra Chỉ thị")
        return None
    term = None
    for m in _TERM_WRITTEN.finditer(subject if year is not None else clause[-_CUE_REACH:]):
        term = _central_term(m.group("t"))
    if year is None and term is None:
        return None
    return _Issued(date, year, term)


def _full_date(year: str, month: str, day: str) -> tuple[dt.date | None, int]:
    """A date as written, and its year (the year alone when the day cannot be)."""
    try:
        return dt.date(int(year), int(month), int(day)), int(year)
    except ValueError:
        return None, int(year)


def _central_term(written: str) -> str | None:
    """A term as written ("IX", "ix", "9") if it is one of the Central Committee's."""
    number = int(written) if written.isdigit() else roman_to_int(written.upper())
    name = int_to_roman(number) if number else None
    return name if name in terms() else None


def _central_party(doc: DocumentId | None) -> bool:
    """Whether an identifier is a central Party document's (05-CT/TW, 12-HD/BTGTW)."""
    return doc is not None and doc.issuer is not None and doc.system == codes.PARTY and issuer_level(doc.issuer) == "central"


def _term_when(r: _Reading) -> str | None:
    """The Central Committee term a reading's own date or year places its document in:
    the date's; a year's when the whole year lies in one term."""
    if r.date is not None:
        return term_of(r.date)
    if r.year is not None and r.basis in ("written", "date"):
        return term_of_year(r.year)
    return None


def _year_in_number(doc: DocumentId, year: int) -> bool:
    """Whether a state document of this type and year carries the year in its number
    (67/2014/NĐ-CP; not 35/NQ-CP, nor 01/CP of 1995)."""
    return doc.system == codes.STATE and doc.type in _YEAR_IN_NUMBER and year >= _YEAR_IN_NUMBER_SINCE


def _cited_when_sent(doc: DocumentId, type_name: str | None) -> bool:
    """Whether a document without a year is one news cites the year it is sent: a letter,
    notice, report or decision of a ministry or province, a Party notice or personnel
    decision (not a Party Quy định, which lasts)."""
    if doc.issuer is None or doc.year is not None:
        return False
    if doc.system == codes.PARTY:
        return doc.type in _PARTY_SENT_TYPES and not (doc.type == "QĐ" and type_name != "Quyết định")
    return doc.type in _SENT_TYPES


def _issuer_of_body(body: str) -> str | None:
    folded = _fold(body)
    for form, issuer in _body_forms():  # longest first
        if folded == form or folded.startswith(form + " "):
            return issuer
    return None


# a Party organisation of a place: "Đảng bộ tỉnh", "Đảng bộ TP.HCM", "Đảng bộ huyện Thọ Xuân"
_ORGANISATION_LEVEL = re.compile(r"Đảng bộ\s+(?P<level>tỉnh|thành phố|tp\.?|quận|huyện|thị xã)(?![^\W\d_])\s*(?P<name>.*)",
                                 re.IGNORECASE | re.DOTALL)


# Party organisations of the whole country, not of a place: the army's and its forces', the
# police's, the central blocs', the one abroad
_NATIONWIDE = re.compile(r"(?<![^\W\d_])(?:Quân đội|Bộ đội|Quân khu|Quân chủng|Binh chủng|Trung ương|Ngoài nước)"
                         r"(?![^\W\d_])", re.IGNORECASE)


def _organisation_place(organisation: str, where: Place | None) -> tuple[str, Place] | None:
    """The level and place of the Party organisation of a province or district, however
    written: its own name ("Đảng bộ TP.HCM") or, for one named by its level alone ("Đảng
    bộ tỉnh"), the article's place at that level. None for other organisations ("Đảng bộ
    Quân đội", "Đảng bộ xã") and when the place at that level is not known ("Đảng bộ huyện"
    in an article placed in a province only).

    >>> _organisation_place("Đảng bộ TP.HCM", Place("Hồ Chí Minh"))
    ('thành phố', Place(province='Hồ Chí Minh', district=None))
    >>> _organisation_place("Đảng bộ tỉnh", Place("Bắc Kạn", "Bạch Thông"))
    ('tỉnh', Place(province='Bắc Kạn', district=None))
    >>> _organisation_place("Đảng bộ huyện", Place("Bắc Kạn")) is None, _organisation_place("Đảng bộ Quân đội", None)
    (True, None)
    """
    m = _ORGANISATION_LEVEL.fullmatch(" ".join(organisation.split()))
    if m is None or where is None:
        return None
    level = level_named(m.group("level"))
    province, name = Place(where.province), m.group("name")
    if name:  # the place its name gives, at its level ("thành phố Kon Tum" is the city, not the province)
        candidates = [province] if province_of(name) == where.province else []
        candidates.append(place_of(f"{name}, {where.province}"))
    else:  # the article's place, at its level
        candidates = [province, where]
    return next(((level, at) for at in candidates if at is not None and unit_level(at) == level), None)


def _place_in_body(body: str | None) -> Place | None:
    """The place a body names: "Tỉnh ủy Quảng Nam", "Đảng bộ thành phố Kon Tum"."""
    if not body:
        return None
    for b in sorted(codes.bodies(), key=lambda b: len(b.name), reverse=True):
        if body.startswith(b.name + " "):
            rest = body[len(b.name) + 1 :]
            hint = {"Tỉnh ủy": "tỉnh ", "Huyện ủy": "huyện ", "Thị ủy": "thị xã ", "Quận ủy": "quận "}
            prefix = next((v for k, v in hint.items() if b.name.endswith(k)), "")
            return place_of(prefix + rest) or place_of(rest)
    if body.startswith("Đảng bộ "):
        return place_of(body[len("Đảng bộ ") :])
    return None


def _doc_key(doc: DocumentId) -> str:
    """The key of a state document's identifier. The National Assembly (and its Standing
    Committee) numbers its laws and its resolutions apart, and writes both "N/YYYY/QHxx" ("Luật số 94/2015/QH13" on custody,
    "Nghị quyết số 94/2015/QH13" on Long Thành airport): a resolution's key says so.

    >>> _doc_key(DocumentId("NQ", 94, "QH13", 2015, "state")), _doc_key(DocumentId("Luật", 94, "QH13", 2015, "state"))
    ('94/2015/QH13 · Nghị quyết', '94/2015/QH13')
    >>> _doc_key(DocumentId("NQ", 1111, "UBTVQH14", None, "state")), _doc_key(DocumentId("PL", 4, "UBTVQH13", 2012, "state"))
    ('1111/UBTVQH14 · Nghị quyết', '04/2012/UBTVQH13')
    """
    if doc.issuer and ASSEMBLY.fullmatch(doc.issuer) and type_class(doc.type) == "NQ":
        return f"{doc}{SEP}Nghị quyết"
    return str(doc)


def document_of_entry(e: Entry) -> Document:
    """The Document a catalogue entry is (the node the graph gives it).

    >>> from dangdoc.resolve.catalog import Catalog
    >>> document_of_entry(Catalog.default().lookup("NQ", 18, "TW")[0]).key
    '18-NQ/TW · khóa XII'
    """
    return _from_entry(e, e.id.type)


def _from_entry(e: Entry, written_type: str | None, r: _Reading | None = None) -> Document:
    if e.id.system == codes.STATE:  # state numbers restart every year
        key = _doc_key(e.id) if e.id.year or not e.date else f"{_doc_key(e.id)}{SEP}{e.date.year}"
        term = None
    else:
        key = f"{e.id}{SEP}khóa {e.term}" if e.term else (f"{e.id}{SEP}{e.date.isoformat()}" if e.date else str(e.id))
        term = e.term
    doc = attrs.evolve(e.id, type=written_type) if written_type and type_class(written_type) == type_class(e.id.type) else e.id
    return Resolved(key, doc, e.date, term, e.body, e.title, plenum=e.plenum, catalogued=True, source=e.source,
                    year=e.id.year or (e.date.year if e.date else None), basis="catalogue",
                    note=r.note if r is not None else None)


def _qualifier(doc: Document) -> str:
    """What tells a document apart from others with its identifier: term, year or date."""
    if doc.term:
        return f"khóa {doc.term}"
    year = getattr(doc, "year", None) or (doc.date.year if doc.date else None)
    return str(year) if year else "?"


def _ambiguous(label: str, candidates: list[Document], note: str | None = None, **fields) -> Document:
    if not candidates:
        return Resolved(f"{label}{SEP}?", ambiguous=True, note=note, **fields)
    if len({str(c.id) for c in candidates}) == 1:  # one identifier, several terms
        choices = " | ".join(sorted({_qualifier(c) for c in candidates}))
    else:
        choices = " | ".join(sorted({str(c.id) for c in candidates}))
    return Resolved(f"{label}{SEP}{choices}?", ambiguous=True, candidates=tuple(candidates), note=note, **fields)


def _words(text: str) -> set[str]:
    """The content words of a text, abbreviations written out (:func:`~dangdoc.vocab.orthography.syllables`).

    >>> sorted(_words("về sắp xếp, đổi mới DNNN"))
    ['doanh', 'nghiệp', 'nhà', 'nước', 'sắp', 'xếp']
    """
    return {w for w in syllables(text) if w not in _STOPWORDS}


def _bigrams(text: str) -> set[tuple[str, str]]:
    tokens = syllables(text)
    return set(zip(tokens, tokens[1:]))


def _off_topic(entry: Entry, topic: str | None) -> bool:
    """Whether the topic a text gives ("về xây dựng và phát triển thành phố Đà Nẵng")
    shares no word with the title of the one catalogued document of that number: then it
    is another document of the same number, from a term the catalogue lacks."""
    if not topic or not entry.title:
        return False
    return not (_words(" ".join(topic.split()[:8])) & _words(entry.title))


def _by_topic(entries: list[Entry], topic: str) -> list[Entry]:
    """The entries whose title shares the most with the topic (words, and pairs of words
    twice over), if one stands out."""
    # the head of the topic names it; the rest of a long clause is the writer's
    head = " ".join(topic.split()[:8])
    words, pairs = _words(head), _bigrams(head)

    def score(e: Entry) -> int:
        title = e.title or ""
        return len(words & _words(title)) + 2 * len(pairs & _bigrams(title))

    scored = sorted(((score(e), i) for i, e in enumerate(entries)), reverse=True)
    best, second = scored[0][0], scored[1][0] if len(scored) > 1 else 0
    if best > second:
        return [entries[scored[0][1]]]
    return entries


def _merge(a: Document, b: Document) -> Document:
    """One Document from two readings of the same key: the first known value of each field."""
    changes = {}
    for field in attrs.fields(Document):
        if field.name in ("key", "catalogued", "ambiguous", "candidates"):
            continue
        if getattr(a, field.name) is None and getattr(b, field.name) is not None:
            changes[field.name] = getattr(b, field.name)
    return attrs.evolve(a, **changes) if changes else a
