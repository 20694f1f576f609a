"""CitationGraph: articles → the documents they cite → the documents those relate to.

The graph is a networkx ``MultiDiGraph`` (``CitationGraph.graph``), open to anything
networkx does. Nodes are ``article:<id>`` (only articles that cite something) and
``doc:<key>``, with plain attributes (strings, numbers, booleans, ISO dates). Edges:

- ``article → document``, ``relation="cites"``: **one edge per mention**, carrying the
  surface, offsets, kind and the sentence around it. An article that cites a document
  three times has three edges to it.
- ``document → document``, ``relation`` one of implements, continues, replaces,
  replaced_by, amends, guides, reviews, based_on, with the evidence and the article that
  states it.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import functools
import gc
import itertools
import multiprocessing
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING, Callable, Iterable

import attrs

from ..corpus.articles import Article
from ..corpus.pipeline import Record, fill_blanks, read_article
from ..resolve.places import place_matches
from ..vocab.codes import issuer_level, type_class
from ..vocab.terms import term_of
from ..text.normalize import plain

if TYPE_CHECKING:
    import networkx as nx

ARTICLE, DOCUMENT = "article", "document"
#: the columns of :meth:`CitationGraph.mentions`, one row per mention
MENTION_COLUMNS = ("article", "title", "date", "url", "source", "province", "district", "acting_body", "document",
                   "type", "number",
                   "issuer", "year", "term", "document_title", "ambiguous", "confidence", "kind", "surface", "start",
                   "end", "sentence")


@attrs.frozen
class Mention:
    """One place where an article cites a document: an answer to "who cites it?"."""

    document: str
    article: str
    title: str | None
    date: dt.date | None
    source: str | None
    url: str | None
    locality: str | None
    surface: str
    start: int
    end: int
    sentence: str


class CitationGraph:
    """Articles, the documents they cite, and what documents do to each other.

    >>> from dangdoc.corpus.articles import Article
    >>> g = CitationGraph()
    >>> g.add_article(Article("a1", "Tam Kỳ", None, None, None, "Quảng Nam",
    ...                       "Thành ủy thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị."))
    >>> [m.article for m in g.citing("05-CT/TW")]
    ['a1']
    """

    def __init__(self, graph: nx.MultiDiGraph | None = None):
        if graph is None:
            import networkx as nx  # here, not at the top: the column table's build does not need it

            graph = nx.MultiDiGraph()
        self.graph = graph
        self._index: tuple | None = None  # identifiers → keys, rebuilt after the graph changes
        self._version = 0  # add_record counts changes; change the networkx graph directly and call forget()
        #: messages about files or lines that could not be read while building
        self.skipped: list[str] = []

    def __repr__(self) -> str:
        return f"<CitationGraph: {self.count(ARTICLE)} articles, {self.count(DOCUMENT)} documents, {self.graph.number_of_edges()} edges>"

    def forget(self) -> None:
        """Drop what queries remember (the identifier index) after changing ``graph`` directly."""
        self._index = None

    def count(self, kind: str) -> int:
        """How many nodes of a kind (``"article"`` or ``"document"``); ``"undated"``: how
        many citing articles have no date (a date filter leaves them out)."""
        if kind == UNDATED:
            return sum(1 for _, d in self.graph.nodes(data=True) if d.get("kind") == ARTICLE and not d.get("date"))
        return sum(1 for _, k in self.graph.nodes(data="kind") if k == kind)

    # -- building -------------------------------------------------------------------

    def add_article(self, article: Article) -> None:
        """Find and resolve the citations of one article (:func:`~dangdoc.graph.link.link` then
        links them across the corpus)."""
        self.add_record(read_article(article))

    def add_record(self, record: Record) -> None:
        """Add what :func:`dangdoc.corpus.pipeline.read_article` made of one article."""
        g = self.graph
        a = record.article
        node = f"article:{a['article']}"
        self._version += 1
        if node in g:  # re-adding an article replaces it, with the relations it stated
            cited = set(g.successors(node))
            g.remove_node(node)
            stale = [(u, v, k) for u, v, k, d in g.edges(keys=True, data=True)
                     if d.get("relation") != "cites" and d.get("article") == a["article"]]
            g.remove_edges_from(stale)
            # documents that only this article cited go with it
            g.remove_nodes_from([d for d in cited | {x for e in stale for x in e[:2]} if g.degree(d) == 0])
        if not record.mentions:
            return  # only articles that cite something become nodes
        g.add_node(node, kind=ARTICLE, **a)
        for key, fields in record.documents.items():
            dnode = f"doc:{key}"
            if dnode in g:
                fill_blanks(g.nodes[dnode], fields)
            else:
                g.add_node(dnode, kind=DOCUMENT, **fields)
        for m in record.mentions:
            g.add_edge(node, f"doc:{m.document}", relation="cites", surface=m.surface, start=m.start, end=m.end,
                       kind=m.kind, sentence=m.sentence, context=m.context,
                       **{k: v for k, v in (("note", m.note), ("topic", m.topic)) if v})
        for r in record.relations:
            g.add_edge(f"doc:{r.source}", f"doc:{r.target}", relation=r.type, evidence=r.evidence,
                       article=a["article"], start=r.start, end=r.end)

    # -- finding documents ----------------------------------------------------------

    def documents(self, query) -> list[str]:
        """The document keys a query names: a key, an identifier ("05-CT/TW", possibly
        several documents of different terms), a citation phrase ("Nghị quyết Trung ương 4
        khóa XII", "Chỉ thị số 05 của Bộ Chính trị", "Nghị định 67/2014"; diacritics
        optional), a DocumentId or a Document. A bare "Chỉ thị 05" names every document
        of that type and number."""
        return document_keys(query, lambda key: f"doc:{key}" in self.graph, self._by_id, self._by_parts,
                             lambda key: self.graph.nodes.get(f"doc:{key}"))

    def _by_parts(self, type: str, number: int, issuer: str | None, year: int | None) -> list[str]:
        found = []
        for n, data in self.graph.nodes(data=True):
            if (data.get("kind") == DOCUMENT and data.get("number") == number and data.get("type")
                    and type_class(data["type"]) == type_class(type) and agrees(data, issuer, year)):
                found.append(n[4:])
        return sorted(found)

    def suggest(self, query, n: int = 5) -> list[str]:
        """The document keys nearest to a query that names none (same number first)."""
        return _suggest(str(query), [k[4:] for k, d in self.graph.nodes(data="kind") if d == DOCUMENT], n)

    def _by_id(self, doc_id: str) -> list[str]:
        # an index of identifiers, made on the first query after the graph last changed
        count = (self._version, self.graph.number_of_nodes())
        if self._index is None or self._index[0] != count:
            index: dict[str, list[str]] = {}
            for n, data in self.graph.nodes(data=True):
                if data.get("kind") != DOCUMENT:
                    continue
                if data.get("ambiguous"):  # it may be any of its candidates: it answers for each
                    for candidate in data.get("candidate_ids") or []:
                        index.setdefault(candidate, []).append(n[4:])
                elif data.get("doc_id"):
                    index.setdefault(data["doc_id"], []).append(n[4:])
            self._index = (count, {k: sorted(set(v)) for k, v in index.items()})
        return list(self._index[1].get(doc_id, []))

    # -- queries --------------------------------------------------------------------

    def citing(self, doc, since: dt.date | None = None, until: dt.date | None = None,
               locality: str | None = None, limit: int | None = None) -> list[Mention]:
        """Every mention of the document(s) ``doc`` names: newest article first, in text
        order within an article (the first ``limit``, if given). An identifier that names
        several documents answers for each (``Mention.document`` says which)."""
        rows = []
        # the hot query reads networkx's adjacency dictionaries directly, without view objects
        nodes, preds = self.graph.nodes, self.graph.pred
        for key in self.documents(doc):
            for article, edges in preds[f"doc:{key}"].items():
                a = nodes[article]
                if a.get("kind") != ARTICLE:
                    continue
                date = dt.date.fromisoformat(a["date"]) if a.get("date") else None
                if (since and (date is None or date < since)) or (until and (date is None or date > until)):
                    continue
                if locality and not place_matches(locality, a.get("locality")):
                    continue
                for data in edges.values():
                    if data.get("relation") == "cites":
                        rows.append((date or dt.date.min, a["article"], data["start"], key, a, data, date))
        # newest article first, and within an article in text order; sort plain tuples and
        # make objects only for what is returned
        rows.sort(key=lambda row: row[2])
        rows.sort(key=lambda row: row[:2], reverse=True)
        return [Mention(key, a["article"], a.get("title"), date, a.get("source"), a.get("url"), a.get("locality"),
                        d["surface"], d["start"], d["end"], d["sentence"])
                for _, _, _, key, a, d, date in rows[:limit]]

    def mentions(self) -> list[dict]:
        """The tidy table: one row per mention, article by article in text order, with
        what an analysis needs of the article, of the document it names and of the place
        and who acted, as the text says (the columns are :data:`MENTION_COLUMNS`). Undecided documents are rows too, with
        ``ambiguous`` set; ``confidence`` is the linking stage's, where it linked the mention.

        >>> from dangdoc.corpus.articles import Article
        >>> g = CitationGraph()
        >>> g.add_article(Article("a1", "Tam Kỳ", None, None, None, "Tam Kỳ, Quảng Nam",
        ...                       "Ban Thường vụ Thành ủy Tam Kỳ triển khai Chỉ thị số 05-CT/TW của Bộ Chính trị."))
        >>> row = g.mentions()[0]
        >>> row["article"], row["province"], row["district"], row["acting_body"], row["document"], row["start"]
        ('a1', 'Quảng Nam', 'Tam Kỳ', 'Ban Thường vụ Thành ủy Tam Kỳ', '05-CT/TW · khóa XII', 41)
        """
        rows = []
        nodes = self.graph.nodes
        for article, data in sorted((n, d) for n, d in nodes.items() if d.get("kind") == ARTICLE):
            district, _, province = (data.get("locality") or "").rpartition(", ")
            edges = sorted((d["start"], v, d) for _, v, d in self.graph.out_edges(article, data=True)
                           if d.get("relation") == "cites")
            for start, doc, edge in edges:
                d = nodes[doc]
                rows.append({
                    "article": data.get("article"), "title": data.get("title"), "date": data.get("date"),
                    "url": data.get("url"), "source": data.get("source"), "province": province or None,
                    "district": district or None, "acting_body": data.get("acting_body"), "document": doc[4:], "type": d.get("type"),
                    "number": d.get("number"), "issuer": d.get("issuer"), "year": d.get("year"),
                    "term": d.get("term"), "document_title": d.get("title"), "ambiguous": bool(d.get("ambiguous")),
                    "confidence": edge.get("confidence"), "kind": edge.get("kind"), "surface": edge.get("surface"),
                    "start": start, "end": edge.get("end"), "sentence": edge.get("sentence"),
                })
        return rows

    def to_pandas(self):
        """:meth:`mentions` as a pandas DataFrame (``pip install 'dangdoc[pandas]'``)."""
        try:
            import pandas as pd
        except ImportError:
            raise ImportError("to_pandas needs pandas: pip install 'dangdoc[pandas]'") from None
        return pd.DataFrame(self.mentions(), columns=list(MENTION_COLUMNS))

    def cited_by(self, article: str) -> list[tuple[str, int]]:
        """The documents an article cites, with how many times, in order of first mention."""
        node = article if article.startswith("article:") else f"article:{article}"
        counts: dict[str, int] = {}
        for _, doc, data in sorted(self.graph.out_edges(node, data=True), key=lambda e: e[2].get("start", 0)):
            if data.get("relation") == "cites":
                counts[doc[4:]] = counts.get(doc[4:], 0) + 1
        return list(counts.items())

    def most_cited(self, n: int = 20, *, type: str | None = None, issuer: str | None = None,
                   since: dt.date | None = None, until: dt.date | None = None,
                   system: str | None = None) -> list[tuple[str, int]]:
        """The documents cited by the most articles (each article counts once). Undecided
        entries are listed too: their keys end in "?" and their nodes are ``ambiguous``
        (:meth:`is_undecided`). ``system`` ("party" or "state") keeps the Party's documents
        (its plenums' and congresses' resolutions too) or the state's; ``since`` and
        ``until`` count the dated articles only."""
        type, issuer = _codes(type, issuer)
        _check_system(system)
        counts = collections.Counter()
        nodes, preds = self.graph.nodes, self.graph.pred
        for node, data in nodes.items():
            if data.get("kind") != DOCUMENT:
                continue
            if (type and data.get("type") != type) or (issuer and data.get("issuer") != issuer) or (
                    system and system_of(data) != system):
                continue
            # each citing article is one predecessor, however many times it cites
            if since is None and until is None:
                citers = sum(1 for a in preds[node] if a.startswith("article:"))
            else:
                citers = sum(1 for a in preds[node]
                             if a.startswith("article:") and _in_range(nodes[a].get("date"), since, until))
            if citers:
                counts[node[4:]] = citers
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

    def is_undecided(self, key: str) -> bool:
        """Whether a document key is an undecided entry (its candidates ranked on the node)."""
        return bool(self.graph.nodes.get(f"doc:{key}", {}).get("ambiguous"))

    def timeline(self, doc, freq: str = "month") -> list[tuple[str, int]]:
        """How many articles cite ``doc`` per ``"year"``, ``"month"`` or ``"day"`` (undated articles left out)."""
        width = {"year": 4, "month": 7, "day": 10}[freq]
        seen = {(m.article, m.date) for m in self.citing(doc) if m.date}
        counts = collections.Counter(date.isoformat()[:width] for _, date in seen)
        return sorted(counts.items())

    def co_cited(self, doc, n: int = 20) -> list[tuple[str, int]]:
        """The documents most often cited in the same articles as ``doc``."""
        keys = set(self.documents(doc))
        articles = {m.article for m in self.citing(doc)}
        counts = collections.Counter()
        for a in articles:
            others = {d[4:] for _, d, data in self.graph.out_edges(f"article:{a}", data=True)
                      if data.get("relation") == "cites"} - keys
            counts.update(others)
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

    def related(self, doc, depth: int = 2) -> list[tuple[str, str, str, str, str]]:
        """Relations around ``doc``, both ways, up to ``depth`` steps: what implements it,
        continues it, replaced it, was replaced by it, and so on down the chain.
        Each is ``(source, relation, target, evidence, article)``."""
        g = self.graph
        frontier = {f"doc:{k}" for k in self.documents(doc)}
        seen, out, shown = set(frontier), [], set()
        for _ in range(depth):
            nxt = set()
            for node in frontier:
                for u, v, data in list(g.in_edges(node, data=True)) + list(g.out_edges(node, data=True)):
                    if data.get("relation") == "cites":
                        continue
                    row = (u[4:], data["relation"], v[4:], data.get("evidence", ""), data.get("article", ""))
                    if row not in shown:
                        shown.add(row)
                        out.append(row)
                    for other in (u, v):
                        if other not in seen:
                            seen.add(other)
                            nxt.add(other)
            frontier = nxt
        return out

    def subgraph(self, doc, depth: int = 1) -> "CitationGraph":
        """A focused graph: ``doc``, the documents related to it within ``depth``, and the
        articles that cite any of them."""
        docs = {f"doc:{k}" for k in self.documents(doc)}
        for source, _, target, _, _ in self.related(doc, depth):
            docs |= {f"doc:{source}", f"doc:{target}"}
        articles = {a for d in docs for a, _, data in self.graph.in_edges(d, data=True) if data.get("relation") == "cites"}
        return CitationGraph(self.graph.subgraph(docs | articles).copy())


def _codes(type: str | None, issuer: str | None) -> tuple[str | None, str | None]:
    """Filter codes as a user types them ("nq", "ND", "tư") in their canonical spelling."""
    from ..vocab import codes

    return (codes.canonical_type(type) or type if type else None,
            codes.canonical_issuer_part(issuer) if issuer else None)


SYSTEMS = ("party", "state")
# count("undated"): the citing articles without a date
UNDATED = "undated"


def system_of(fields: dict) -> str | None:
    """Whose a document is, "party" or "state", from its fields; a plenum's or a congress's
    resolution is the Party's (tables built before its fields said so included).

    >>> system_of({"system": "state"}), system_of({"plenum": 4}), system_of({"key": "Luật Đất đai"})
    ('state', 'party', None)
    """
    return fields.get("system") or ("party" if fields.get("plenum") or fields.get("congress") else None)


def _check_system(system: str | None) -> None:
    if system is not None and system not in SYSTEMS:
        from ..errors import DangdocError

        raise DangdocError(f"system {system!r}: give 'party' (the Party's documents) or 'state' (the state's)")


def agrees(data: dict, issuer: str | None, year: int | None) -> bool:
    """Whether a document's fields agree with the issuer and year a query gives (a query
    that gives neither agrees with every document).

    >>> agrees({"issuer": "CP", "year": 2014}, "CP", None), agrees({"issuer": "CP", "year": 2014}, None, 2016)
    (True, False)
    """
    if issuer and data.get("issuer") and data["issuer"].split("-")[0].rstrip("0123456789") != issuer.split("-")[0].rstrip("0123456789"):
        return False
    return not (year and data.get("year") and int(data["year"]) != year)


# how alike (difflib's ratio, 0-1) a key must be to the query to be suggested
_NEAR = 0.6


def _suggest(query: str, keys: list[str], n: int) -> list[str]:
    """The keys most like the query, or like the identifier it reads as."""
    import difflib

    restored = _with_diacritics(query)
    named = read_article(Article("query", None, None, None, None, None, restored)).documents
    forms = [plain(query)] + [plain(d["doc_id"] or key) for key, d in named.items()]
    scored = []
    for key in sorted(keys):
        # the key whole, and its identifier alone ("05-CT/TW" of "05-CT/TW · khóa XII")
        folded = {plain(key), plain(key.split(" · ")[0])}
        ratio = max(difflib.SequenceMatcher(None, form, k).ratio() for form in forms for k in folded)
        if ratio >= _NEAR:
            scored.append((-ratio, key))
    return [key for _, key in sorted(scored)[:n]]


def document_keys(query, has_key: Callable[[str], bool], keys_for_id: Callable[[str], list[str]],
                  keys_for_parts: Callable | None = None,
                  fields_of: Callable[[str], dict | None] | None = None) -> list[str]:
    """The keys a query names, given how to test a key, how to look up an identifier, how
    to look up a type and number, and how to read a key's fields (shared by the graph, the
    SQLite store and the column table). A term the query writes ("Chỉ thị 05 khóa XII")
    keeps the Party documents that may be of that term (:func:`of_term`)."""
    from ..errors import DangdocError
    from ..parse.identifier import parse_id
    from ..models import Document, DocumentId

    if isinstance(query, Document):
        return [query.key] if has_key(query.key) else []
    if isinstance(query, DocumentId):
        return keys_for_id(str(query))
    query = str(query).strip()
    try:  # an identifier names every document written so, dated or not ("05-CT/TW" is also a key)
        found = keys_for_id(str(parse_id(query)))
        if found:
            return found
    except DangdocError:
        pass
    if has_key(query):
        return [query]
    # the query read as an article (the one pipeline): the documents it names, as data
    named = read_article(Article("query", None, None, None, None, None, query)).documents
    term = _written_term(query)

    def fits(key: str) -> bool:
        # a term the query writes ("05-CT/TW khóa XI", "Chỉ thị 05 khóa XII") names a Party
        # document of that term only: not one of another term, nor a state document
        return term is None or of_term(key, fields_of(key) if fields_of is not None else None, term)

    found = [key for key, d in named.items() if has_key(key) and not d["ambiguous"] and fits(key)]
    for key, d in named.items():
        if d["doc_id"] and not d["ambiguous"]:
            found += [k for k in keys_for_id(d["doc_id"]) if fits(k)]
        elif d["ambiguous"] and d["plenum"] and d["number"] is None:
            # a plenum named without its topic ("Nghị quyết Trung ương 4 khóa XI"): its resolutions
            # the corpus cites, and its mentions left undecided
            found += [k for k in (key, *d["candidates"]) if has_key(k) and fits(k)]
    if not found and keys_for_parts is not None:
        for d in named.values():
            if d["type"] and d["number"] is not None:
                found += [k for k in keys_for_parts(d["type"], d["number"], d["issuer"],
                                                    d["year"] if d["basis"] == "written" else None) if fits(k)]
    if not found:
        restored = _with_diacritics(query)
        if restored != query:  # written without diacritics: "Chi thi 05-CT/TW", "Nghi dinh 67/2014"
            return document_keys(restored, has_key, keys_for_id, keys_for_parts, fields_of)
    return list(dict.fromkeys(found))


def drawn_documents(graph, query) -> tuple[list[str], list[str]]:
    """The documents a picture or a spread of ``query`` is about, and those it sets aside.
    An undecided entry is set aside when the query names a decided document (it may be
    that one, or not). Of documents with one identifier and different terms or years
    ("05-CT/TW" names the directives of 1951 and of 2016), the most cited is drawn and the
    others set aside: they are other documents, not the same one cited again. Documents of
    different identifiers (the resolutions of one plenum) are drawn together.

    >>> from dangdoc.corpus.articles import Article
    >>> g = build_graph([Article(str(i), None, None, None, None, None, text) for i, text in enumerate(
    ...     ["Theo Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị."] * 2
    ...     + ["Chỉ thị số 05-CT/TW ngày 2/3/1951 của Ban Chấp hành Trung ương."])], progress=False)
    >>> drawn_documents(g, "05-CT/TW")
    (['05-CT/TW · khóa XII'], ['05-CT/TW · khóa II'])
    """
    from ..models import Document

    keys = graph.documents(query)
    decided = [k for k in keys if not graph.is_undecided(k)] or keys
    by_id: dict[str, list[str]] = {}
    for key in decided:
        by_id.setdefault(key.split(" · ")[0], []).append(key)
    drawn = []
    for same in by_id.values():
        citers = {k: len({m.article for m in graph.citing(Document(k))}) for k in same}
        drawn.append(min(same, key=lambda k: (-citers[k], k)))
    drawn = [k for k in keys if k in drawn]
    return drawn, [k for k in keys if k not in drawn]


def of_term(key: str, fields: dict | None, term: str) -> bool:
    """Whether the document ``key`` (with its ``fields``, when known) may be of the Central
    Committee term ``term`` a query writes: a document of that term; an undecided one
    when one of its candidates is; a central Party document whose term is unknown when its
    year (if known) falls in that term. A state document has no term and is never of one;
    a local Party document is of its own committee's term.

    >>> of_term("05-CT/TW · khóa XII", {"system": "party", "term": "XII"}, "XII")
    True
    >>> of_term("05/CT-TTg · 2017", {"system": "state", "year": 2017}, "XII")
    False
    >>> undated = {"system": "party", "issuer": "TW", "year": 1951}
    >>> of_term("07-CT/TW · 1951", undated, "II"), of_term("07-CT/TW · 1951", undated, "XII")
    (True, False)
    """
    if fields is None:  # only the key to go by: the term it names
        return term in _KEY_TERM.findall(key)
    if fields.get("unnumbered"):
        return False  # "Chương trình hành động của Tỉnh ủy khóa XII": named by its words, no document of a term
    named = set(_KEY_TERM.findall(key))
    if fields.get("ambiguous"):  # it is one of its candidates (a partial one's are only guesses)
        named |= {t for c in fields.get("candidates") or () for t in _KEY_TERM.findall(c)}
    if fields.get("term") == term or term in named:
        return True
    if fields.get("ambiguous") or named:
        return False  # what it may be is of other terms
    # the Central Committee's terms are its own documents' (a province's committee has its own)
    central = fields.get("plenum") or (fields.get("system") == "party" and fields.get("issuer")
                                       and issuer_level(fields["issuer"]) == "central")
    if not central or fields.get("term"):
        return False  # a state or local document, or a central one of another term
    year = fields.get("year")  # a central Party document whose term is not known
    return not year or term in {term_of(dt.date(int(year), 1, 1)), term_of(dt.date(int(year), 12, 31))}


_TERM = re.compile(r"\bkh[oó]a\s+([IVXL]+)\b", re.IGNORECASE)
_KEY_TERM = re.compile(r"\bkhóa ([IVXL]+)\b")


def _written_term(query: str) -> str | None:
    """The term a query writes ("khóa XI", "khoá xi"), in capitals.

    >>> _written_term("Chỉ thị 05 khóa XI"), _written_term("05-CT/TW")
    ('XI', None)
    """
    found = _TERM.search(query)
    return found.group(1).upper() if found else None


def _with_diacritics(query: str) -> str:
    """A query typed without diacritics with its type words and bodies restored.

    >>> _with_diacritics("Chi thi so 05 cua Bo Chinh tri")
    'chỉ thị số 05 của bộ chính trị'
    """
    import re

    from ..vocab import codes

    words = {plain(w): w for w in codes.type_words()}
    for body in codes.bodies():
        words.update({plain(f): f for f in body.forms})
    words.update({"so": "số", "cua": "của", "ngay": "ngày", "khoa": "khóa"})
    out = query
    for bare in sorted(words, key=len, reverse=True):
        if bare != words[bare]:
            out = re.sub(rf"(?<!\w){re.escape(bare)}(?!\w)", words[bare], out, flags=re.IGNORECASE)
    return out


def build_graph(articles: Iterable[Article], *, workers: int = 1, progress: bool = True,
                graph: CitationGraph | None = None, period=None, catalog=None, link: bool = True) -> CitationGraph:
    """A graph of many articles, with ``workers`` processes; the result does not depend on
    their number. A progress line goes to standard error unless ``progress=False``.

    ``period`` ("2017") says when undated articles were published; ``catalog`` (a
    :class:`~dangdoc.resolve.catalog.Catalog`, or the path of a CSV of your own rows added to the
    packaged one) knows more documents; with ``link`` (the default) the mentions are
    linked across the corpus (:func:`dangdoc.graph.link.link`)."""
    catalog = _catalog(catalog)
    work = functools.partial(_extract_article, period=period, catalog=catalog)
    return _graph_of(_records(articles, work, workers, progress), graph or CitationGraph(), catalog, period, link)


def build_corpus(paths, *, workers: int | Workers = 1, progress: bool = True, strict: bool = False,
                 on_skip: Callable[[str], None] | None = None, graph: CitationGraph | None = None,
                 period=None, catalog=None, link: bool = True) -> CitationGraph:
    """A graph of the articles in files and folders (as :func:`~dangdoc.read_articles`
    reads them). The workers read the files too, so two workers build it nearly twice as
    fast as one; the graph is the same. ``period``, ``catalog`` and ``link`` are as for
    :func:`build_graph`.

    A file or line that is not an article is skipped, its message kept in
    ``graph.skipped`` and passed to ``on_skip``; with ``strict=True`` the first one
    raises :class:`~dangdoc.errors.ArticleError` instead.
    """
    catalog = _catalog(catalog)
    graph = graph or CitationGraph()
    records = corpus_records(paths, workers=workers, progress=progress, strict=strict, on_skip=on_skip,
                             skipped=graph.skipped, period=period, catalog=catalog)
    return _graph_of(records, graph, catalog, period, link)


def _graph_of(records, graph: CitationGraph, catalog, period, link: bool) -> CitationGraph:
    """``graph`` with the records added, then linked across the corpus (with ``link``)."""
    for record in records:
        graph.add_record(record)
    if link:
        from .link import link as link_corpus

        link_corpus(graph, catalog=catalog, period=period)
    return graph


def corpus_records(paths, *, workers: int | Workers = 1, progress: bool = True, strict: bool = False,
                   on_skip: Callable[[str], None] | None = None, skipped: list[str] | None = None,
                   period=None, catalog=None):
    """What :func:`dangdoc.corpus.pipeline.read_article` makes of each article in files
    and folders, in order, read by ``workers`` processes (the workers read the files
    too), not yet linked across the corpus: for whatever keeps a corpus (the graph, the
    column table). A file or line that is not an article is added to ``skipped`` and
    passed to ``on_skip``, or with ``strict=True`` raises
    :class:`~dangdoc.errors.ArticleError`. ``workers`` may also be :class:`Workers`
    started already (which then show the progress line), so that they get ready while the
    caller does other work; they are finished when the corpus is read.

    >>> from pathlib import Path
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Thực hiện Chỉ thị số 05-CT/TW.", encoding="utf-8")
    >>> [m.document for r in corpus_records([folder], progress=False) for m in r.mentions]
    ['05-CT/TW · khóa XII']
    """
    from ..corpus.articles import sources

    work = functools.partial(_extract_source, period=period, catalog=_catalog(catalog))
    return _records(sources(paths), work, workers, progress, strict, on_skip, skipped)


def _records(items, work, workers: int | Workers, progress: bool, strict: bool = True,
             on_skip: Callable[[str], None] | None = None, skipped: list[str] | None = None):
    """``work`` over ``items`` in ``workers`` processes, in order, with the progress line:
    the records, and for what could not be read its message (see :func:`corpus_records`)."""
    from ..errors import ArticleError

    with contextlib.nullcontext(workers) if isinstance(workers, Workers) else Workers(workers, progress) as pool:
        for result in pool.map(work, items, chunksize=256):
            if isinstance(result, Skipped):
                if strict:
                    raise ArticleError(result.message)
                if skipped is not None:
                    skipped.append(result.message)
                if on_skip is not None:
                    on_skip(result.message)
                continue
            pool.bar.step(result)
            yield result
        pool.finish()  # the corpus is read: the workers go, the progress line is done


def _catalog(catalog):
    """A Catalog from None (the packaged one), a Catalog, or a CSV path of extra rows."""
    from ..resolve.catalog import Catalog

    if catalog is None or isinstance(catalog, Catalog):
        return catalog
    return Catalog.default().with_csv(catalog)


@attrs.frozen
class Skipped:
    """An article that could not be read, and why."""

    message: str


def _resolver(catalog):
    from ..resolve.resolver import Resolver

    return Resolver(catalog) if catalog is not None else None


def _extract_article(article: Article, period=None, catalog=None) -> Record:
    return read_article(article, _resolver(catalog), period=period)


def _extract_source(source, period=None, catalog=None) -> Record | Skipped:
    from ..corpus.articles import parse_source
    from ..errors import ArticleError

    try:
        article = parse_source(source)
    except ArticleError as exc:
        return Skipped(str(exc))
    return read_article(article, _resolver(catalog), period=period)


class Workers:
    """Worker processes (none for ``workers=1``) and the progress line, for the builds of
    the graph and of the store: ``with Workers(2, True) as pool: pool.map(work, items)``.
    The processes start at once and each makes the patterns and parsers (:func:`warm_up`)
    while this one goes on: opening a table, importing Arrow."""

    def __init__(self, workers: int, progress: bool):
        self.bar = _Progress(enabled=progress)
        self.pool = None
        self.workers = workers
        self.froze = False
        if workers > 1:
            # what is made so far lives as long as the workers: the collector need not walk
            # it again, nor touch (and so copy) its pages in each forked worker (unless the
            # caller froze it already: then it is the caller's to unfreeze)
            self.froze = gc.get_freeze_count() == 0
            if self.froze:
                gc.freeze()
            try:
                # forked (not spawned): each starts with what this process has imported
                fork = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
                self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=fork, initializer=_start_worker)
                self.pool.submit(int)  # forked on the first task, all at once: now
            except BaseException:
                self._thaw()
                raise

    def map(self, work, items, chunksize: int):
        """``work`` over ``items``, in order, in the workers (or here). Items are read as the
        workers need them, a few chunks ahead, not all up front: a corpus larger than memory
        streams through."""
        if self.pool is None:
            return map(work, items)
        return self._stream(work, items, chunksize)

    def _stream(self, work, items, chunksize: int):
        chunks = _chunks(items, chunksize)
        pending = collections.deque(self.pool.submit(_work_chunk, work, chunk)
                                    for chunk in itertools.islice(chunks, _AHEAD * self.workers))
        while pending:
            done = pending.popleft().result()
            for chunk in itertools.islice(chunks, 1):
                pending.append(self.pool.submit(_work_chunk, work, chunk))
            yield from done

    def __enter__(self) -> "Workers":
        return self

    def __exit__(self, *exc) -> None:
        self.finish()

    def finish(self) -> None:
        """Let the workers go, and end the progress line (again: nothing more)."""
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None
            self.workers = 1
        self._thaw()
        if self.bar is not None:
            self.bar.done()
            self.bar = _Progress(enabled=False)

    def _thaw(self) -> None:
        if self.froze:
            gc.unfreeze()
            self.froze = False


# chunks sent to each worker ahead of the one it works on
_AHEAD = 3


def _chunks(items, size: int):
    """``items`` in lists of ``size``."""
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _work_chunk(work, chunk: list) -> list:
    if _warm_up_failed is not None:
        raise _warm_up_failed  # in the main process, which says what went wrong
    return [work(item) for item in chunk]


# what went wrong when this worker warmed up
_warm_up_failed: Exception | None = None


def _start_worker() -> None:
    """What a worker does first: :func:`warm_up`. An error is kept for the first chunk,
    which takes it to the main process (an error here would only print a traceback and
    break the pool); Ctrl-C is the main process's to handle."""
    global _warm_up_failed
    try:
        warm_up()
    except KeyboardInterrupt:
        pass
    except Exception as exc:
        _warm_up_failed = exc


def warm_up() -> None:
    """Compile the patterns, build the parsers and load the gazetteer: what a worker does
    when it starts, before the articles come."""
    read_article(Article("warm-up", None, None, None, None, None,
                    "Tỉnh ủy Quảng Nam thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị "
                    "và Nghị quyết số 04-NQ/TU, ngày 12/8/2016; Nghị quyết Trung ương 4 khóa XII."))


class _Progress:
    """A progress line on standard error: redrawn in place on a terminal, every 5,000
    articles otherwise (a log file)."""

    def __init__(self, enabled: bool):
        self.enabled = enabled and sys.stderr is not None
        self.tty = self.enabled and sys.stderr.isatty()
        self.articles = self.cited = self.mentions = 0

    def step(self, record: Record) -> None:
        self.articles += 1
        self.cited += bool(record.mentions)
        self.mentions += len(record.mentions)
        if self.enabled and self.articles % (500 if self.tty else 5000) == 0:
            self._show()

    def done(self) -> None:
        if self.enabled and self.articles:  # nothing read (a build refused, all already stored): no line
            self._show()
            if self.tty:
                print(file=sys.stderr)

    def _show(self) -> None:
        line = f"dangdoc: {self.articles:,} articles read, {self.cited:,} with citations, {self.mentions:,} mentions"
        if self.tty:
            print(f"\r{line}", end="", file=sys.stderr, flush=True)
        else:
            print(line, file=sys.stderr, flush=True)


def _in_range(date: str | None, since, until) -> bool:
    if since is None and until is None:
        return True
    if not date:
        return False
    day = dt.date.fromisoformat(date)
    return (since is None or day >= since) and (until is None or day <= until)
