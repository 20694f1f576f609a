"""One article in, everything the graph needs out: a plain, picklable record.

:func:`extract` runs the whole text pipeline on one article (find, resolve, relations)
and returns plain data, so it can run in worker processes or on a Dask cluster and be
stored in SQLite or JSON as it is.
"""

from __future__ import annotations

import re

import attrs

from .articles import Article
from ..find.citations import find_citations
from ..models import Document
from ..resolve.places import locate
from ..resolve.relations import find_relations
from ..resolve.resolver import Resolver, resolve_citations

_SENTENCE_END = re.compile(r"[.!?…](?=\s)|\n")
_MAX_SENTENCE = 400


@attrs.frozen
class Record:
    """What one article contributes: its fields, its documents, mentions and relations.

    ``documents`` maps a key to the document's fields; ``mentions`` are
    ``(key, surface, start, end, kind, sentence)``; ``relations`` are
    ``(source key, type, target key, evidence, start, end)``.
    """

    article: dict
    documents: dict
    mentions: tuple
    relations: tuple


def document_fields(doc: Document) -> dict:
    """A Document as plain values (ISO dates, identifiers as strings)."""
    d = doc.id
    return {
        "key": doc.key,
        "label": str(d) if d is not None else doc.key,
        "doc_id": str(d) if d is not None else None,
        "type": d.type if d else None,
        "number": d.number if d else None,
        "issuer": d.issuer if d else None,
        "system": d.system if d else None,
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
    }


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


def extract(article: Article, resolver: Resolver | None = None) -> Record:
    """Find, resolve and relate the citations of one article.

    >>> from dangdoc.corpus.articles import Article
    >>> r = extract(Article("a1", "Tin", None, None, None, "Quảng Nam",
    ...                     "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị."))
    >>> list(r.documents), r.mentions[0][1:5]
    (['05-CT/TW · khóa XII'], ('Chỉ thị số 05-CT/TW của Bộ Chính trị', 10, 46, 'short'))
    """
    text = article.text
    citations = find_citations(text)
    locality = article.locality
    if citations and locality is None:
        place = locate(text)
        locality = str(place) if place else None
    fields = {
        "article": article.id, "label": article.title or article.id, "title": article.title, "date": article.date.isoformat() if article.date else None,
        "source": article.source, "url": article.url, "locality": locality,
    }
    if not citations:
        return Record(fields, {}, (), ())
    resolved = resolve_citations(citations, text=text, article_date=article.date, locality=locality,
                                 resolver=resolver)
    documents, key_of, mentions = {}, {}, []
    for doc, cites in resolved.items():
        documents[doc.key] = document_fields(doc)
        for c in cites:
            key_of[(c.start, c.end)] = doc.key
    for c in citations:
        mentions.append((key_of[(c.start, c.end)], c.text, c.start, c.end, c.kind, sentence_around(text, c.start, c.end)))
    relations = tuple(sorted(
        ((key_of[(r.source.start, r.source.end)], r.type, key_of[(r.target.start, r.target.end)], r.evidence, r.start, r.end)
         for r in find_relations(text, citations)
         if (r.source.start, r.source.end) in key_of and (r.target.start, r.target.end) in key_of),
        key=lambda row: (row[4], row[0], row[2]),  # the order the store reads them back in
    ))
    return Record(fields, documents, tuple(mentions), relations)
