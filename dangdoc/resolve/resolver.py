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
import re
from typing import Callable, Iterable

import attrs

from ..vocab import codes
from .catalog import Catalog, Entry
from ..models import Citation, Document, DocumentId
from .places import Place, locate, place_of
from ..vocab.codes import LOCAL_LEVELS, issuer_level, type_class
from ..vocab.orthography import roman_to_int
from ..vocab.terms import local_term_of, term_of

SEP = " · "
# the highest national congress so far; a higher number is a local congress
_LAST_NATIONAL_CONGRESS = 14
_STOPWORDS = frozenset(
    "về và của các một số vấn đề trong cho với đối tiếp tục những tới đến năm hiện nay việc "
    "tăng cường đẩy mạnh nâng cao sự lãnh đạo".split()
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


class Resolver:
    """The resolution strategies; subclass and override any method to change one.

    ``catalog`` is a :class:`~dangdoc.resolve.catalog.Catalog` (the packaged one by default);
    ``locate`` finds an article's place from its text (:func:`dangdoc.resolve.places.locate`).
    """

    def __init__(self, catalog: Catalog | None = None, locate: Callable[[str], Place | None] = locate):
        self.catalog = catalog if catalog is not None else Catalog.default()
        self.locate = locate

    # -- within the article ---------------------------------------------------------

    def readings(self, citations: list[Citation]) -> list[_Reading]:
        """Each citation completed from the fuller citations of the same document around it."""
        fuller: dict[tuple, list[Citation]] = {}
        for c in citations:
            if c.doc is not None and c.doc.issuer is not None:
                fuller.setdefault((type_class(c.doc.type), c.doc.number), []).append(c)
        out = []
        for c in citations:
            doc, date, year, term, body, title = c.doc, c.date, c.year, c.term, c.body, c.title
            if doc is not None and doc.issuer is None and body is not None:
                doc = self.from_body(doc, body)
            if doc is not None:
                same = [f for f in fuller.get((type_class(doc.type), doc.number), [])
                        if (doc.issuer is None or f.doc.issuer == doc.issuer)
                        and (year is None or (f.year or (f.doc.year if f.doc else None)) in (None, year))
                        and (doc.year is None or f.doc.year in (None, doc.year))]
                if doc.issuer is None and len({(f.doc.issuer, f.doc.year) for f in same}) > 1:
                    same = []  # "Chỉ thị số 05" where the text cites 05-CT/TW and 05-CT/HU: it cannot say which
                best = max(same, key=lambda f: (f.doc.year is not None, f.date is not None, f.term is not None),
                           default=None)
                if best is not None:
                    if doc.issuer is None or (doc.year is None and best.doc.year is not None):
                        doc = attrs.evolve(best.doc, type=doc.type if type_class(doc.type) == type_class(best.doc.type) else best.doc.type)
                    date = date or best.date
                    term = term or best.term
                    body = body or best.body
                    title = title or best.title
            out.append(_Reading(c, doc, date, year or (date.year if date else None), term, body, title))
        return out

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
        return self.state(r)

    def central(self, r: _Reading, article_date: dt.date | None) -> Document:
        """A central Party document: told apart by term, date, year, or the article's date."""
        doc = r.id
        term = r.term or (term_of(r.date) if r.date else None)
        entries = self.catalog.lookup(doc.type, doc.number, doc.issuer)
        if term:
            entries = [e for e in entries if e.term == term]
        elif r.year:
            entries = [e for e in entries if e.date is None or e.date.year == r.year]
        if article_date and not term:
            entries = [e for e in entries if e.date is None or e.date <= article_date]
        if len(entries) == 1:
            return _from_entry(entries[0], doc.type, r)
        if len(entries) > 1:
            return _ambiguous(str(doc), [_from_entry(e, doc.type) for e in entries], id=doc)
        key = f"{doc}{SEP}khóa {term}" if term else str(doc)
        return Document(key, doc, r.date, term, r.body, r.title)

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
        else:
            when = None if doc.year else (str(r.year) if r.year else None)
        key = SEP.join(str(part) for part in (doc, locality, when) if part)
        return Document(key, doc, r.date, when if doc.system == codes.PARTY else None, r.body, r.title, locality)

    def state(self, r: _Reading) -> Document:
        """A central state document: its number is unique with its year."""
        doc = r.id
        if doc.year is None and r.year is not None:
            return Document(f"{doc}{SEP}{r.year}", doc, r.date, None, r.body, r.title)
        return Document(str(doc), doc, r.date, None, r.body, r.title)

    def unidentified(self, r: _Reading, article_date: dt.date | None) -> Document:
        """A bare number that nothing in the article completes: what it could be."""
        doc = r.id
        label = f"{r.citation.type_name or doc.type} {doc.number:02d}"
        entries = self.catalog.numbered(doc.type, doc.number)
        if r.term:
            entries = [e for e in entries if e.term == r.term]
        if r.year:
            entries = [e for e in entries if e.date is None or e.date.year == r.year]
        if article_date:
            entries = [e for e in entries if e.date is None or e.date <= article_date]
        return _ambiguous(label, [_from_entry(e, doc.type) for e in entries], id=doc)

    def plenum(self, r: _Reading, article_date: dt.date | None) -> Document:
        """A plenum's resolution(s): "Nghị quyết Trung ương 4 khóa XII" is 04-NQ/TW (2016)."""
        c = r.citation
        type_code = codes.type_words().get((c.type_name or "nghị quyết").lower())
        type_code = type_code.code if type_code else "NQ"
        label = f"{c.type_name or 'Nghị quyết'} Trung ương {c.plenum}"
        if r.term:
            label += f"{SEP}khóa {r.term}"
            entries = self.catalog.plenum(r.term, c.plenum, type_code)
        else:
            entries = [e for e in self.catalog.entries
                       if e.plenum == c.plenum and type_class(e.id.type) == type_class(type_code)
                       and (article_date is None or e.date is None or e.date <= article_date)]
        if len(entries) > 1 and r.title:
            entries = _by_topic(entries, r.title)
        if len(entries) == 1:
            return _from_entry(entries[0], entries[0].id.type, r)
        if entries:
            return _ambiguous(label, [_from_entry(e, e.id.type) for e in entries], plenum=c.plenum, term=r.term)
        return Document(label, None, None, r.term, "Ban Chấp hành Trung ương", r.title, plenum=c.plenum)

    def congress(self, r: _Reading, place: Callable[[], Place | None]) -> Document:
        """A congress resolution: national ("Đại hội XIII") or of a local Party organisation."""
        c = r.citation
        number = roman_to_int(c.congress) if c.congress else None
        body = c.body
        national = body is None and number is not None and number <= _LAST_NATIONAL_CONGRESS
        if national or body == "Đảng Cộng sản Việt Nam":
            return Document(f"Nghị quyết Đại hội{SEP}{c.congress}", congress=c.congress, title=r.title)
        where = _place_in_body(body) or place()
        organisation = body or "Đảng bộ"
        # the place goes into the key unless the organisation already names it
        named = where is not None and where.province not in organisation and (
            not where.district or where.district not in organisation)
        locality = str(where) if where else None
        parts = [f"Nghị quyết Đại hội {organisation}", f"lần thứ {c.congress}" if c.congress else None,
                 locality if named else None]
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
) -> dict[Document, list[Citation]]:
    """Group an article's citations by the document each one names.

    ``text`` (the article) lets local documents find their place; ``locality`` gives it
    directly ("Quảng Nam", or a :class:`~dangdoc.resolve.places.Place`); ``article_date`` rules out
    documents issued after the article. ``catalog`` or ``resolver`` replace the defaults.

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

    grouped: dict[str, list] = {}
    for reading in resolver.readings(citations):
        doc = resolver.document(reading, article_date, place)
        entry = grouped.setdefault(doc.key, [doc, []])
        entry[0] = _merge(entry[0], doc)
        entry[1].append(reading.citation)
    return {doc: cites for doc, cites in grouped.values()}


# -- helpers -------------------------------------------------------------------------


def _issuer_of_body(body: str) -> str | None:
    best = None
    for b in codes.bodies():
        if body == b.name or body.startswith(b.name + " "):
            if best is None or len(b.name) > len(best.name):
                best = b
    return best.issuer if best else None


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


def _from_entry(e: Entry, written_type: str | None, r: _Reading | None = None) -> Document:
    key = f"{e.id}{SEP}khóa {e.term}" if e.term else (f"{e.id}{SEP}{e.date.isoformat()}" if e.date else str(e.id))
    doc = attrs.evolve(e.id, type=written_type) if written_type and type_class(written_type) == type_class(e.id.type) else e.id
    return Document(key, doc, e.date, e.term, e.body, e.title, plenum=e.plenum, catalogued=True, source=e.source)


def _ambiguous(label: str, candidates: list[Document], **fields) -> Document:
    if not candidates:
        return Document(f"{label}{SEP}?", ambiguous=True, **fields)
    if len({str(c.id) for c in candidates}) == 1:  # one identifier, several terms
        choices = " | ".join(sorted({c.key.split(SEP, 1)[-1] for c in candidates}))
    else:
        choices = " | ".join(sorted({str(c.id) for c in candidates}))
    return Document(f"{label}{SEP}{choices}?", ambiguous=True, candidates=tuple(candidates), **fields)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in _STOPWORDS}


def _bigrams(text: str) -> set[tuple[str, str]]:
    tokens = re.findall(r"[^\W\d_]+", text.lower())
    return set(zip(tokens, tokens[1:]))


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
