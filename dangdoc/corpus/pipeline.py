"""One article in, everything the graph needs out: a plain, picklable record.

:func:`read_article` is the one place the text pipeline runs on an article (find,
resolve, relations); the graph, the store, the Dask build, ``annotate`` and ``dangdoc
extract`` all call it. It returns plain values, so it can run in worker processes or on
a Dask cluster and be stored in SQLite or JSON as it is.
"""

from __future__ import annotations

import re

import attrs

from .articles import Article
from ..find.citations import find_citations
from ..models import Citation, Document, DocumentId
from ..resolve.places import acting_body, locate
from ..resolve.relations import find_relations
from ..resolve.resolver import Period, Resolved, Resolver, resolve_citations
from ..vocab import codes

_SENTENCE_END = re.compile(r"[.!?…](?=\s)|\n")
_MAX_SENTENCE = 400
# characters on each side of a mention kept as its context: about a paragraph of news
_CONTEXT = 300


@attrs.frozen
class MentionRow:
    """One citation in an article: the key of the document it names, where it is, and
    what was read differently from what was written (``note``)."""

    document: str
    surface: str
    start: int
    end: int
    kind: str
    sentence: str
    note: str | None = None
    #: the topic clause the text gives ("về tinh giản biên chế"), without "về"
    topic: str | None = None
    #: the words around the mention (the linking stage reads its topic from them)
    context: str = ""

    def row(self) -> tuple:
        """The values in column order (the store's ``mentions`` table)."""
        return attrs.astuple(self, recurse=False)


@attrs.frozen
class RelationRow:
    """A relation an article states between two of the documents it cites."""

    source: str
    type: str
    target: str
    evidence: str
    start: int
    end: int

    def row(self) -> tuple:
        """The values in column order (the store's ``relations`` table)."""
        return attrs.astuple(self, recurse=False)


@attrs.frozen
class Record:
    """What one article contributes: its fields, its documents, mentions and relations.

    ``documents`` maps a key to the document's fields (:func:`document_fields`);
    ``mentions`` are :class:`MentionRow`, ``relations`` :class:`RelationRow`.
    """

    article: dict
    documents: dict
    mentions: tuple[MentionRow, ...]
    relations: tuple[RelationRow, ...]
    #: the citations found, in text order, when :func:`read_article` is asked for them
    #: (``dangdoc extract`` lists their parts); not stored
    citations: tuple = attrs.field(default=(), eq=False)


def document_fields(doc: Document) -> dict:
    """A Document as plain values (ISO dates, identifiers as strings): its identity as
    data (type, number, issuer, year, date, term, place), how the year is known, and
    for an undecided one its candidates.

    >>> f = document_fields(Document("05-CT/TW", DocumentId("CT", 5, "TW", system="party"), term="XII"))
    >>> f["type"], f["number"], f["issuer"], f["term"], f["year"], f["ambiguous"]
    ('CT', 5, 'TW', 'XII', None, False)
    """
    d = doc.id
    year = getattr(doc, "year", None) or (d.year if d else None) or (doc.date.year if doc.date else None)
    return {
        "key": doc.key,
        "label": str(d) if d is not None else doc.key,
        "doc_id": str(d) if d is not None else None,
        "type": d.type if d else _reference_type(doc),
        "number": d.number if d else None,
        "issuer": d.issuer if d else None,
        # a plenum's or a congress's resolution has no identifier, but is the Party's
        "system": d.system if d else ("party" if doc.plenum or doc.congress else None),
        "date": doc.date.isoformat() if doc.date else None,
        "term": doc.term,
        "body": doc.body,
        "title": doc.title,
        "locality": doc.locality,
        "plenum": doc.plenum,
        "congress": doc.congress,
        "catalogued": doc.catalogued,
        "ambiguous": doc.ambiguous,
        "candidates": [c.key for c in doc.candidates],
        "candidate_ids": sorted({str(c.id) for c in doc.candidates if c.id is not None}),
        "year": year,
        "basis": getattr(doc, "basis", None) or ("written" if year else None),
    }


def _reference_type(doc: Document) -> str | None:
    """The type of a plenum's or a congress's resolution named without its number, from the
    words its key begins with ("Nghị quyết Đại hội · XII", "Kết luận Trung ương 5 · khóa
    XII"): a resolution is a Nghị quyết, though no identifier says so.

    >>> _reference_type(Document("Nghị quyết Đại hội · XII", congress="XII")), _reference_type(Document("x"))
    ('NQ', None)
    """
    if not (doc.plenum or doc.congress):
        return None
    from ..vocab.codes import type_words

    words = doc.key.split(" Trung ương")[0].split(" Đại hội")[0].lower()
    word = type_words().get(words)
    return word.code if word else None


def unnumbered_key(c: Citation, article: str) -> str:
    """The key of a document a text names without a number ("Chương trình hành động của
    Chính phủ"): the words that name it, marked unnumbered, and where: it is one document
    of one article, never merged with another article's.

    >>> from dangdoc.models import Citation
    >>> unnumbered_key(Citation(10, 44, "Chương trình hành động của Chính phủ", "unnumbered"), "a1")
    'Chương trình hành động của Chính phủ · không số · a1@10'
    """
    return f"{' '.join(c.text.split())} · không số · {article}@{c.start}"


def key_for_people(key: str) -> str:
    """A document key as a reader wants it: an unnumbered document by its words and the
    article that names it (its offset there is for the program); other keys as they are.

    >>> key_for_people("Chương trình hành động của Chính phủ · không số · baomoi-1@10")
    'Chương trình hành động của Chính phủ (không số, bài baomoi-1)'
    >>> key_for_people("05-CT/TW · khóa XII")
    '05-CT/TW · khóa XII'
    """
    words, marked, where = key.partition(" · không số · ")
    return f"{words} (không số, bài {where.rpartition('@')[0] or where})" if marked else key


def unnumbered_fields(c: Citation, key: str, locality: str | None) -> dict:
    """The fields of a document named without a number, as :func:`document_fields` gives
    them for a numbered one, with ``unnumbered`` set."""
    word = codes.type_words().get(" ".join((c.type_name or "").lower().split()[:2]))
    fields = document_fields(Document(key, body=c.body, title=c.title, locality=locality))
    fields.update(label=" ".join(c.text.split()), type=word.code if word else None, unnumbered=True)
    return fields


def fill_blanks(existing: dict, fields: dict) -> None:
    """Give ``existing`` (a document's fields) the values ``fields`` knows and it does not:
    the first article that says a date, a title or a term keeps it.

    >>> d = {"date": None, "title": "về xây dựng Đảng"}
    >>> fill_blanks(d, {"date": "2016-10-30", "title": "khác"}); d
    {'date': '2016-10-30', 'title': 'về xây dựng Đảng'}
    """
    for name, value in fields.items():
        if existing.get(name) in _BLANK and value not in _BLANK:
            existing[name] = value


# what a field holds when nothing is known of it
_BLANK = (None, [], "")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence that holds ``text[start:end]`` (at most 400 characters around it).

    >>> sentence_around("Mở đầu. Tỉnh thực hiện Chỉ thị 05. Kết thúc.", 23, 33)
    'Tỉnh thực hiện Chỉ thị 05.'
    """
    window = max(0, start - _MAX_SENTENCE // 2)
    begin = None
    for m in _SENTENCE_END.finditer(text, window, start):
        begin = m.end()
    if begin is None:  # no sentence start in reach: start at a word
        begin = window if window == 0 else text.find(" ", window, start) + 1
    stop = _SENTENCE_END.search(text, end, min(len(text), end + _MAX_SENTENCE // 2))
    finish = stop.end() if stop and text[stop.start()] != "\n" else (stop.start() if stop else min(len(text), end + _MAX_SENTENCE // 2))
    return " ".join(text[begin:finish].split())


def context_around(text: str, start: int, end: int) -> str:
    """The words within 300 characters of ``text[start:end]``, whole words only.

    >>> context_around("một hai ba " * 100, 600, 610)[:12]
    'hai ba một h'
    """
    begin, finish = max(0, start - _CONTEXT), min(len(text), end + _CONTEXT)
    if begin > 0:
        begin = text.find(" ", begin, start) + 1 or begin
    if finish < len(text):
        finish = text.rfind(" ", end, finish) if text.rfind(" ", end, finish) > 0 else finish
    return " ".join(text[begin:finish].split())


def read_article(article: Article, resolver: Resolver | None = None, *,
                 period: Period | str | int | None = None, citations: bool = False) -> Record:
    """Find, resolve and relate the citations of one article: the one pipeline.

    ``period`` ("2017") says when an undated article was published; ``resolver`` (with
    its catalogue) replaces the default one; with ``citations`` the record also keeps
    the :class:`~dangdoc.models.Citation` objects found.

    >>> from dangdoc.corpus.articles import Article
    >>> r = read_article(Article("a1", "Tin", None, None, None, "Quảng Nam",
    ...                          "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị."))
    >>> list(r.documents), r.mentions[0].surface, r.mentions[0].start
    (['05-CT/TW · khóa XII'], 'Chỉ thị số 05-CT/TW của Bộ Chính trị', 10)
    """
    text = article.text
    found = find_citations(text)
    kept = tuple(found) if citations else ()
    citations = found
    locality = article.locality
    if citations and locality is None:
        place = locate(text)
        locality = str(place) if place else None
    fields = {
        "article": article.id, "label": article.title or article.id, "title": article.title, "date": article.date.isoformat() if article.date else None,
        "source": article.source, "url": article.url, "locality": locality,
    }
    if not citations:
        return Record(fields, {}, (), (), kept)
    body = acting_body(text)
    if body:  # who issued or did what, as the text says ("Ban Thường vụ Tỉnh ủy Quảng Nam")
        fields["acting_body"] = body
    resolved = resolve_citations(citations, text=text, article_date=article.date, locality=locality,
                                 resolver=resolver, period=period)
    documents, key_of, note_of = {}, {}, {}
    for doc, cites in resolved.items():
        documents[doc.key] = document_fields(doc)
        for c in cites:
            key_of[(c.start, c.end)] = doc.key
            note_of[(c.start, c.end)] = doc.note if isinstance(doc, Resolved) else None
    mentions = tuple(MentionRow(key_of[(c.start, c.end)], c.text, c.start, c.end, c.kind,
                                sentence_around(text, c.start, c.end), note_of[(c.start, c.end)], c.title,
                                context_around(text, c.start, c.end))
                     for c in citations)
    stated = find_relations(text, citations)
    for r in stated:  # a document the text names without a number is a document too
        for c in (r.source, r.target):
            if c.kind == "unnumbered" and (c.start, c.end) not in key_of:
                key = unnumbered_key(c, article.id)
                key_of[(c.start, c.end)] = key
                documents.setdefault(key, unnumbered_fields(c, key, locality))
    relations = tuple(sorted(
        (RelationRow(key_of[(r.source.start, r.source.end)], r.type, key_of[(r.target.start, r.target.end)],
                     r.evidence, r.start, r.end)
         for r in stated
         if (r.source.start, r.source.end) in key_of and (r.target.start, r.target.end) in key_of),
        key=lambda row: (row.start, row.source, row.target),  # the order the store reads them back in
    ))
    return Record(fields, documents, mentions, relations, kept)
