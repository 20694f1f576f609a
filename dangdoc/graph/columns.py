"""The column table: a corpus's citations as Arrow columns, for millions of articles.

A :class:`MentionTable` holds what :class:`~dangdoc.graph.core.CitationGraph` holds, as
column tables instead of Python objects:

- **mentions**, one row per mention: article and document (row numbers in the two tables
  below), the article's date (days since 1970-01-01) and place, offsets, kind, surface,
  sentence, link confidence. Sorted by document, then newest article first, then text
  order, so the mentions of one document are one slice (``offsets``, as in a CSR matrix);
  the number of distinct articles citing each document is kept beside.
- **articles** (id, title, date, source, url, locality), sorted by id;
- **documents** (key, doc_id, type, number, issuer, year, date, term, title, ambiguous,
  candidates, and every field as JSON), sorted by key;
- **relations** between documents, with the article that states them.

Repeated strings are dictionary-encoded. Queries slice and gather columns and build
:class:`~dangdoc.graph.core.Mention` objects only for the rows they return.

On disk a table is a folder: ``manifest.json`` (format, version, parts) and one folder per
part, each holding the four tables as Arrow IPC files, read memory-mapped. Appending
articles writes a new part and rewrites nothing; an article added again is replaced (the
later part wins); :meth:`MentionTable.compact` merges the parts into one.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Iterable, Mapping

import attrs

from ..atomic import write_atomically
from ..corpus.pipeline import fill_blanks
from ..errors import GraphFileError
from ..resolve.places import place_matches
from ..vocab.codes import type_class
from .files import read_versioned
from .core import ARTICLE, DOCUMENT, Mention, _codes, agrees, document_keys

try:
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.ipc  # noqa: F401  (pa.ipc)
except ImportError as exc:  # pragma: no cover - the extra is installed for the tests
    raise ImportError(f"dangdoc.graph.columns needs pyarrow and numpy ({exc.name} is missing): "
                      "pip install 'dangdoc[columns]'") from exc

FORMAT = "dangdoc-columns"
VERSION = 1
_META = b"dangdoc-columns-version"
_TABLES = ("articles", "documents", "mentions", "relations")
_EPOCH = dt.date(1970, 1, 1).toordinal()
# the day of an undated article: below every real day, so "newest first" puts it last, as
# the graph does (it sorts undated articles as date.min)
UNDATED = np.iinfo(np.int32).min
# dictionaries up to this many values are decoded once into a Python list and indexed in
# Python (kinds, places, sources, surfaces); larger ones (titles, sentences) are decoded
# row by row through Arrow, so opening a table never decodes a million strings
_SMALL_DICTIONARY = 65_536
# how many query strings documents() remembers the keys of (a few hundred KB at most)
_REMEMBERED_QUERIES = 4096


@attrs.frozen
class MentionRow:
    """One mention, as :meth:`MentionTable.build` takes it.

    ``article`` is the article's id and ``document`` the cited document's key; a mapping
    with the same keys is taken too (``kind``, ``sentence`` and ``confidence`` may be left
    out).

    >>> MentionRow("a1", "05-CT/TW · khóa XII", 10, 18, "Chỉ thị 05").kind is None
    True
    """

    article: str
    document: str
    start: int
    end: int
    surface: str
    kind: str | None = None
    sentence: str | None = None
    confidence: float | None = None


@attrs.frozen
class RelationRow:
    """What one document does to another, stated in an article (a mapping with the same keys is taken too)."""

    article: str
    source: str
    type: str
    target: str
    evidence: str | None = None
    start: int | None = None
    end: int | None = None


class MentionTable:
    """A corpus as column tables: the mentions, articles, documents and relations.

    Build one from plain rows (:meth:`build`) or from the pipeline's records
    (:meth:`from_records`), keep it (:meth:`save`, :meth:`open`, :meth:`append`), and ask
    it what :class:`~dangdoc.graph.core.CitationGraph` answers: :meth:`citing`,
    :meth:`most_cited`, :meth:`documents`; or take the whole table (:meth:`mentions`,
    :meth:`to_pandas`) or a networkx graph (:meth:`to_networkx`).

    >>> t = MentionTable.build(
    ...     articles=[{"article": "a1", "title": "Tin", "date": "2017-03-02", "locality": "Quảng Nam"},
    ...               {"article": "a2", "title": "Tin khác", "date": "2018-01-05"}],
    ...     documents=[{"key": "05-CT/TW · khóa XII", "doc_id": "05-CT/TW", "type": "CT", "issuer": "TW"}],
    ...     mentions=[MentionRow("a1", "05-CT/TW · khóa XII", 10, 26, "Chỉ thị 05-CT/TW"),
    ...               MentionRow("a2", "05-CT/TW · khóa XII", 0, 10, "Chỉ thị 05")])
    >>> t
    <MentionTable: 2 articles, 1 documents, 2 mentions, 0 relations>
    >>> [(m.article, m.date.year) for m in t.citing("05-CT/TW")]
    [('a2', 2018), ('a1', 2017)]
    >>> t.most_cited(5, type="ct")
    [('05-CT/TW · khóa XII', 2)]
    """

    def __init__(self, columns: "_Columns", path: Path | None = None, parts: list[dict] | None = None):
        self._c = columns
        #: the folder the table is kept in (None until saved or opened)
        self.path = path
        self._parts = parts or []

    def __repr__(self) -> str:
        c = self._c
        return (f"<MentionTable: {c.articles.num_rows} articles, {c.documents.num_rows} documents, "
                f"{c.mentions.num_rows} mentions, {c.relations.num_rows} relations>")

    def __len__(self) -> int:
        """The number of mentions."""
        return self._c.mentions.num_rows

    @property
    def articles(self) -> "pa.Table":
        """The articles, sorted by id (every article added, citing or not)."""
        return self._c.articles

    @property
    def documents_table(self) -> "pa.Table":
        """The cited documents, sorted by key."""
        return self._c.documents

    @property
    def relations(self) -> "pa.Table":
        """The relations: ``article``, ``source`` and ``target`` are row numbers in the
        articles and documents tables."""
        return self._c.relations

    # -- building -------------------------------------------------------------------

    @classmethod
    def build(cls, *, articles: Iterable[Mapping], documents: Iterable[Mapping] = (),
              mentions: Iterable[MentionRow | Mapping] = (), relations: Iterable[RelationRow | Mapping] = ()
              ) -> "MentionTable":
        """A table from plain rows: ``articles`` as mappings with ``article`` (the id),
        ``title``, ``date`` (ISO text or a date), ``source``, ``url``, ``locality``;
        ``documents`` as mappings with ``key`` and the document's fields (as
        :func:`dangdoc.corpus.pipeline.document_fields` makes them); ``mentions`` as
        :class:`MentionRow`; ``relations`` as :class:`RelationRow`. An article given twice
        is the later one."""
        return cls(_consolidate([_part_from_rows(articles, documents, mentions, relations)]))

    @classmethod
    def from_records(cls, records: Iterable) -> "MentionTable":
        """A table from :func:`dangdoc.corpus.pipeline.read_article`'s records (what
        :meth:`CitationGraph.add_record <dangdoc.graph.core.CitationGraph.add_record>` takes).

        >>> from dangdoc.corpus.articles import Article
        >>> from dangdoc.corpus.pipeline import read_article
        >>> t = MentionTable.from_records([read_article(Article(
        ...     "a1", "Tin", None, None, None, "Quảng Nam", "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị."))])
        >>> [(m.article, m.start, m.end) for m in t.citing("05-CT/TW")]
        [('a1', 10, 46)]
        """
        return cls(_consolidate([_part_from_records(records)]))

    def append(self, *, articles: Iterable[Mapping], documents: Iterable[Mapping] = (),
               mentions: Iterable[MentionRow | Mapping] = (), relations: Iterable[RelationRow | Mapping] = ()
               ) -> None:
        """Add rows as :meth:`build` takes them. An article already in the table is
        replaced, with its mentions and relations. A table kept in a folder gets a new
        part there; nothing already written is rewritten. One process writes to a folder
        at a time."""
        self._add(_part_from_rows(articles, documents, mentions, relations))

    def append_records(self, records: Iterable) -> None:
        """Add the pipeline's records, as :meth:`append` adds rows."""
        self._add(_part_from_records(records))

    def _add(self, part: "_Part") -> None:
        if self.path is not None:
            name = _write_part(self.path, part, compact=False)
            self._parts.append({"name": name, "compact": False})
            _write_manifest(self.path, self._parts)
        self._c = _consolidate([self._c.part(), part])

    # -- keeping --------------------------------------------------------------------

    def save(self, path: str | Path) -> None:
        """Keep the table in the folder ``path`` as one part (made if missing; a table
        already there is replaced whole, and only once the new one is written).

        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp()) / "corpus"
        >>> t = MentionTable.build(articles=[{"article": "a1"}], documents=[{"key": "k"}],
        ...                        mentions=[MentionRow("a1", "k", 0, 4, "k")])
        >>> t.save(folder)
        >>> MentionTable.open(folder)
        <MentionTable: 1 articles, 1 documents, 1 mentions, 0 relations>
        """
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        old = _manifest_parts(path) if (path / "manifest.json").exists() else []
        c = self._c
        name = _write_part(path, _Part(c.articles, c.documents, c.mentions, c.relations), compact=True)
        self._parts = [{"name": name, "compact": True}]
        _write_manifest(path, self._parts)
        for part in old:
            shutil.rmtree(path / part["name"], ignore_errors=True)
        self.path = path

    @classmethod
    def open(cls, path: str | Path) -> "MentionTable":
        """A table kept by :meth:`save` and :meth:`append`, memory-mapped: opening reads
        only the manifest and the tables' layout. Refuses other folders and versions
        (:class:`~dangdoc.errors.GraphFileError`)."""
        path = Path(path)
        parts = _manifest_parts(path)
        loaded = [_read_part(path / p["name"]) for p in parts]
        if len(loaded) == 1 and parts[0].get("compact"):
            columns = _Columns(*loaded[0].tables())
        else:
            columns = _consolidate(loaded)
        return cls(columns, path, parts)

    def compact(self) -> None:
        """Merge the parts of the folder into one (articles added again keep only their
        last version). Queries answer the same before and after."""
        if self.path is None:
            raise GraphFileError("compact(): this table is not kept in a folder yet; save() it first")
        self.save(self.path)

    # -- finding documents ----------------------------------------------------------

    def documents(self, query) -> list[str]:
        """The document keys a query names, as :meth:`CitationGraph.documents
        <dangdoc.graph.core.CitationGraph.documents>` finds them: a key, an identifier
        (possibly several documents), a citation phrase, a DocumentId or a Document."""
        c = self._c
        if not isinstance(query, str):
            return document_keys(query, lambda key: key in c.row_of_key, lambda doc_id: list(c.keys_of_id.get(doc_id, ())),
                                 self._by_parts)
        # reading a string costs up to half a millisecond (the identifier grammar is tried
        # first); the answer depends only on the table, so it is remembered until it changes
        memo = c._lazy("answers", dict)
        keys = memo.get(query)
        if keys is None:
            if len(memo) >= _REMEMBERED_QUERIES:
                memo.clear()
            keys = memo[query] = document_keys(query, lambda key: key in c.row_of_key,
                                               lambda doc_id: list(c.keys_of_id.get(doc_id, ())), self._by_parts)
        return list(keys)

    def _by_parts(self, type: str, number: int, issuer: str | None, year: int | None) -> list[str]:
        """The documents of a type and number ("QĐ 4898"), as the graph finds them."""
        fields = self._c._lazy("fields", lambda: [json.loads(text) for text in
                                                  self._c.documents.column("fields").to_pylist()])
        return sorted(d["key"] for d in fields if d.get("number") == number and d.get("type")
                      and type_class(d["type"]) == type_class(type) and agrees(d, issuer, year))

    # -- queries --------------------------------------------------------------------

    def citing(self, doc, since: dt.date | None = None, until: dt.date | None = None,
               locality: str | None = None, limit: int | None = None, *, as_columns: bool = False,
               as_frame: bool = False):
        """Every mention of the document(s) ``doc`` names, newest article first and in
        text order within an article, as :meth:`CitationGraph.citing
        <dangdoc.graph.core.CitationGraph.citing>` returns them: a list of
        :class:`~dangdoc.graph.core.Mention`; with ``as_columns=True`` an Arrow table of
        the same fields (and ``kind``, ``confidence``); with ``as_frame=True`` a pandas
        DataFrame.
        """
        c = self._c
        rows = self._rows([c.row_of_key[k] for k in self.documents(doc)], since, until, locality)
        if limit is not None:
            rows = _first(rows, limit)
        if as_columns or as_frame:
            table = c.citing_table(rows)
            return table.to_pandas() if as_frame else table
        return c.mention_objects(rows)

    def _rows(self, docs: list[int], since, until, locality) -> "np.ndarray | slice":
        """The mention rows of documents ``docs`` that pass the filters, in answer order:
        a slice of the table when they are one document's run (no filter), else row numbers."""
        c = self._c
        if len(docs) == 1 and since is None and until is None and not locality:
            # one document unfiltered: its slice is the answer, in answer order
            return slice(int(c.offsets[docs[0]]), int(c.offsets[docs[0] + 1]))
        pieces = []
        for d in docs:
            rows = np.arange(c.offsets[d], c.offsets[d + 1])
            mask = _date_mask(c.day[rows], since, until)
            if locality:
                place = c.place_codes[rows]
                hit = c.place_match(locality)[place]
                mask = hit if mask is None else mask & hit
            pieces.append(rows if mask is None else rows[mask])
        if not pieces:
            return np.empty(0, np.int64)
        if len(pieces) == 1:  # one document: its slice is already in answer order
            return pieces[0]
        rows = np.concatenate(pieces)
        return rows[np.lexsort((c.start[rows], -c.article[rows].astype(np.int64), -c.day[rows].astype(np.int64)))]

    def most_cited(self, n: int = 20, *, type: str | None = None, issuer: str | None = None,
                   since: dt.date | None = None, until: dt.date | None = None) -> list[tuple[str, int]]:
        """The documents cited by the most articles (each article counts once), as
        :meth:`CitationGraph.most_cited <dangdoc.graph.core.CitationGraph.most_cited>`
        answers: undecided entries listed too (their ``ambiguous`` flag is in the documents
        table), ties by key."""
        c = self._c
        type, issuer = _codes(type, issuer)
        counts = c.citers if since is None and until is None else c.dated_citers(since, until)
        keep = counts > 0
        if type:
            keep &= c.doc_strings("type") == type
        if issuer:
            keep &= c.doc_strings("issuer") == issuer
        chosen = np.flatnonzero(keep)
        if 0 < n < len(chosen):  # only the documents at or above the n-th count can be in the answer
            kth = np.partition(counts[chosen], len(chosen) - n)[len(chosen) - n]
            chosen = chosen[counts[chosen] >= kth]
        chosen = chosen[np.lexsort((chosen, -counts[chosen].astype(np.int64)))][:n]
        keys = c.documents.column("key").take(_indices(chosen)).to_pylist()
        return list(zip(keys, counts[chosen].tolist()))

    def mentions(self) -> "pa.Table":
        """The whole table, one row per mention, tidy: the article's id, title, date, url,
        source and province (``locality``); the document's key, type, number, issuer,
        year, term, title and whether it is ambiguous; the surface, kind, offsets,
        sentence and link confidence. In the table's order (document, newest first).

        >>> t = MentionTable.build(articles=[{"article": "a1", "title": "Tin"}], documents=[{"key": "k", "type": "CT"}],
        ...                        mentions=[MentionRow("a1", "k", 0, 4, "Chỉ thị")])
        >>> t.mentions().select(["article", "document", "type", "surface"]).to_pylist()
        [{'article': 'a1', 'document': 'k', 'type': 'CT', 'surface': 'Chỉ thị'}]
        """
        return self._c.tidy()

    def to_pandas(self):
        """:meth:`mentions` as a pandas DataFrame (pandas needed; repeated strings become categories)."""
        return self.mentions().to_pandas()

    def to_parquet(self, path: str | Path) -> None:
        """:meth:`mentions` as one Parquet file, written atomically: for DuckDB, pandas,
        Spark or any tool that reads Parquet."""
        import pyarrow.parquet as pq

        table = self.mentions()
        write_atomically(path, lambda fh: pq.write_table(table, fh, compression="zstd"))

    def to_networkx(self, doc=None, depth: int = 1):
        """A networkx ``MultiDiGraph`` in :class:`~dangdoc.graph.core.CitationGraph`'s
        format: the whole corpus, or with ``doc`` the graph
        :meth:`CitationGraph.subgraph <dangdoc.graph.core.CitationGraph.subgraph>` makes
        (``doc``, the documents related to it within ``depth``, the articles citing any of
        them). ``CitationGraph(table.to_networkx())`` gives the graph's other queries.

        >>> t = MentionTable.build(articles=[{"article": "a1", "title": "Tin"}], documents=[{"key": "k"}],
        ...                        mentions=[MentionRow("a1", "k", 0, 4, "Chỉ thị")])
        >>> sorted(t.to_networkx().edges())
        [('article:a1', 'doc:k')]
        """
        c = self._c
        if doc is None:
            docs = np.arange(c.documents.num_rows)
        else:
            docs = c.related_documents([c.row_of_key[k] for k in self.documents(doc)], depth)
        return c.networkx(docs)


def _date_mask(days: "np.ndarray", since, until) -> "np.ndarray | None":
    """Which of ``days`` fall between ``since`` and ``until`` (None: no filter; undated rows fail any filter)."""
    mask = None
    if since is not None:
        mask = days >= since.toordinal() - _EPOCH
    if until is not None:
        upper = (days <= until.toordinal() - _EPOCH) & (days != UNDATED)
        mask = upper if mask is None else mask & upper
    return mask


# -- the tables -----------------------------------------------------------------------

_ARTICLE_FIELDS = ("title", "date", "source", "url", "locality")
_DOCUMENT_STRINGS = ("doc_id", "type", "number", "issuer", "term", "title")


@attrs.frozen
class _Part:
    """The four tables of one part; row numbers in ``mentions`` and ``relations`` point
    into this part's own articles and documents."""

    articles: "pa.Table"
    documents: "pa.Table"
    mentions: "pa.Table"
    relations: "pa.Table"

    def tables(self) -> tuple:
        return self.articles, self.documents, self.mentions, self.relations


class _Strings:
    """One string column, dictionary-encoded as it is filled (None is a value of the
    dictionary while filling, and no value in the array)."""

    def __init__(self):
        self.codes: list[int] = []
        self.index: dict = {}

    def add(self, value) -> None:
        index = self.index
        self.codes.append(index.setdefault(value, len(index)))

    @property
    def values(self) -> list:
        return list(self.index)

    def array(self) -> "pa.DictionaryArray":
        values = list(self.index)
        codes = np.asarray(self.codes, np.int32)
        none = self.index.get(None, -1) if None in self.index else -1
        if none >= 0:
            values.pop(none)
            codes = np.where(codes == none, -1, codes - (codes > none)).astype(np.int32)
        return _dictionary(codes, pa.array(values, pa.string()))


def _dictionary(codes: "np.ndarray", values: "pa.Array") -> "pa.DictionaryArray":
    """A dictionary array of ``codes`` (-1 for none) into ``values``, with the narrowest index type."""
    width = np.int8 if len(values) < 2**7 else np.int16 if len(values) < 2**15 else np.int32
    return pa.DictionaryArray.from_arrays(pa.array(codes.astype(width), mask=codes < 0), values)


class _Builder:
    """Rows in, one part out."""

    def __init__(self):
        self.ids: list[str] = []
        self.article_row: dict[str, int] = {}
        self.dates: list = []
        self.article_strings = {name: _Strings() for name in ("title", "source", "url", "locality", "acting_body", "label")}
        self.doc_fields: dict[str, dict] = {}
        self.doc_given: dict[str, Mapping] = {}  # the mapping first given for each key, not read again
        self.doc_blank: dict[str, set] = {}  # the fields of each key still blank
        self.m_article: list[int] = []
        self.m_key = _Strings()
        self.m_start: list[int] = []
        self.m_end: list[int] = []
        self.m_conf: list = []
        self.m_kind, self.m_surface, self.m_sentence = _Strings(), _Strings(), _Strings()
        self.r_article: list[int] = []
        self.r_source = _Strings()
        self.r_target = _Strings()
        self.r_strings = {name: _Strings() for name in ("type", "evidence")}
        self.r_start: list = []
        self.r_end: list = []
        self._day: dict = {}

    def article(self, a: Mapping) -> int:
        row = len(self.ids)  # an id given twice: both rows are kept, the later one wins
        self.ids.append(a["article"])
        self.article_row[a["article"]] = row
        date = a.get("date")
        day = self._day.get(date)
        if day is None:
            day = self._day[date] = _day(date)
        self.dates.append(day)
        for name in ("title", "source", "url", "locality", "acting_body"):
            self.article_strings[name].add(a.get(name))
        label = a.get("label")  # kept only when it is not the usual one, the title or else the id
        self.article_strings["label"].add(None if label == (a.get("title") or a["article"]) else label)
        return row

    def document(self, key: str, fields: Mapping) -> None:
        old = self.doc_fields.get(key)
        if old is None:
            self.doc_fields[key] = dict(fields, key=key)
            self.doc_given[key] = fields
            self.doc_blank[key] = {name for name, value in fields.items() if _blank(value)}
            return
        if self.doc_given[key] is fields:
            return
        blank = self.doc_blank[key]
        # a later article fills what earlier ones left blank (only blanks are looked at)
        for name in [n for n in fields if n in blank or n not in old] if blank or len(fields) > len(old) else ():
            value = fields[name]
            if not _blank(value):
                old[name] = value
                blank.discard(name)
            elif name not in old:
                old[name] = value
                blank.add(name)

    def mention(self, article: int, key, start, end, surface, kind, sentence, confidence) -> None:
        # the hot loop of a build (millions of calls): dictionary encoding inlined
        self.m_article.append(article)
        for column, value in ((self.m_key, key), (self.m_kind, kind), (self.m_surface, surface),
                              (self.m_sentence, sentence)):
            index = column.index
            column.codes.append(index.setdefault(value, len(index)))
        self.m_start.append(start)
        self.m_end.append(end)
        self.m_conf.append(confidence)

    def relation(self, article: int, source, type, target, evidence, start, end) -> None:
        self.r_article.append(article)
        self.r_source.add(source)
        self.r_strings["type"].add(type)
        self.r_target.add(target)
        self.r_strings["evidence"].add(evidence)
        self.r_start.append(start)
        self.r_end.append(end)

    def part(self) -> _Part:
        for key in list(self.m_key.values) + self.r_source.values + self.r_target.values:
            self.doc_fields.setdefault(key, {"key": key})
        keys = list(self.doc_fields)
        doc_row = {k: i for i, k in enumerate(keys)}
        dates = np.asarray(self.dates, np.int32)
        articles = pa.table({
            "id": pa.array(self.ids, pa.string()),
            "title": self.article_strings["title"].array(),
            "date": pa.array(dates, mask=dates == UNDATED).cast(pa.date32()),
            "source": self.article_strings["source"].array(),
            "url": self.article_strings["url"].array(),
            "locality": self.article_strings["locality"].array(),
            "acting_body": self.article_strings["acting_body"].array(),
            "label": self.article_strings["label"].array(),
        })
        documents = _documents_table([self.doc_fields[k] for k in keys])
        m_article = np.asarray(self.m_article, np.int32)
        m_doc = np.asarray([doc_row[k] for k in self.m_key.values], np.int32)[np.asarray(self.m_key.codes, np.int64)] \
            if self.m_key.values else np.empty(0, np.int32)
        mentions = pa.table({
            "article": m_article,
            "document": m_doc,
            "day": dates[m_article] if len(m_article) else np.empty(0, np.int32),
            "locality": articles.column("locality").combine_chunks().take(pa.array(m_article)),
            "start": np.asarray(self.m_start, np.int32),
            "end": np.asarray(self.m_end, np.int32),
            "kind": self.m_kind.array(),
            "surface": self.m_surface.array(),
            "sentence": self.m_sentence.array(),
            "confidence": pa.array(self.m_conf, pa.float32()),
        })

        def doc_rows(strings: _Strings) -> "np.ndarray":
            lookup = np.asarray([doc_row[k] for k in strings.values] + [-1], np.int32)
            return lookup[np.asarray(strings.codes, np.int64)]

        relations = pa.table({
            "article": np.asarray(self.r_article, np.int32),
            "source": doc_rows(self.r_source),
            "type": self.r_strings["type"].array(),
            "target": doc_rows(self.r_target),
            "evidence": self.r_strings["evidence"].array(),
            "start": pa.array(self.r_start, pa.int32()),
            "end": pa.array(self.r_end, pa.int32()),
        })
        return _Part(articles, documents, mentions, relations)


def _blank(value) -> bool:
    return value is None or value == [] or value == ""


def _day(date) -> int:
    """Days since 1970-01-01 of an ISO date or a date; UNDATED for None."""
    if date is None or date == "":
        return UNDATED
    if isinstance(date, str):
        date = dt.date.fromisoformat(date[:10])
    return date.toordinal() - _EPOCH


def _documents_table(fields: list[dict]) -> "pa.Table":
    """The documents table of a list of field mappings (each with ``key``)."""
    columns = {"key": pa.array([f["key"] for f in fields], pa.string())}
    for name in _DOCUMENT_STRINGS:
        columns[name] = pa.array([None if f.get(name) is None else str(f[name]) for f in fields], pa.string())
    days = np.asarray([_day(f.get("date")) for f in fields], np.int32)
    columns["date"] = pa.array(days, mask=days == UNDATED).cast(pa.date32())
    columns["year"] = pa.array([f.get("year") or (int(str(f["date"])[:4]) if f.get("date") else None) for f in fields],
                               pa.int32())
    columns["ambiguous"] = pa.array([bool(f.get("ambiguous")) for f in fields], pa.bool_())
    columns["candidates"] = pa.array([list(f.get("candidates") or []) for f in fields], pa.list_(pa.string()))
    # every field as given, so the networkx graph gets back exactly what the records held
    columns["fields"] = pa.array([json.dumps(f, ensure_ascii=False) for f in fields], pa.string())
    return pa.table(columns)


def _as_mapping(row) -> Mapping:
    return row if isinstance(row, Mapping) else attrs.asdict(row)


def _part_from_rows(articles, documents, mentions, relations) -> _Part:
    b = _Builder()
    for a in articles:
        b.article(a)
    for d in documents:
        b.document(d["key"], d)
    for m in mentions:
        m = _as_mapping(m)
        row = b.article_row.get(m["article"])
        if row is None:
            raise GraphFileError(f"a mention of {m['document']!r} names article {m['article']!r}, "
                                 "which is not among the articles given")
        b.mention(row, m["document"], m["start"], m["end"], m["surface"], m.get("kind"), m.get("sentence"),
                  m.get("confidence"))
    for r in relations:
        r = _as_mapping(r)
        b.relation(b.article_row[r["article"]], r["source"], r["type"], r["target"], r.get("evidence"),
                   r.get("start"), r.get("end"))
    return b.part()


def _part_from_records(records) -> _Part:
    """The adapter for :class:`dangdoc.corpus.pipeline.Record` (article dict, documents
    key → fields, :class:`~dangdoc.corpus.pipeline.MentionRow` and
    :class:`~dangdoc.corpus.pipeline.RelationRow` rows)."""
    b = _Builder()
    for r in records:
        row = b.article(r.article)
        for key, fields in r.documents.items():
            b.document(key, fields)
        for m in r.mentions:
            b.mention(row, m.document, m.start, m.end, m.surface, m.kind, m.sentence, None)
        for x in r.relations:
            b.relation(row, x.source, x.type, x.target, x.evidence, x.start, x.end)
    return b.part()


# -- merging parts ----------------------------------------------------------------------

def _concat(tables: list) -> "pa.Table":
    """Tables of one schema (dictionary index widths may differ) as one, with one dictionary per column."""
    if len(tables) == 1:
        return tables[0].combine_chunks()
    wide = []
    for t in tables:
        fields = [pa.field(f.name, pa.dictionary(pa.int32(), f.type.value_type))
                  if pa.types.is_dictionary(f.type) else f for f in t.schema]
        wide.append(t.cast(pa.schema(fields)))
    return pa.concat_tables(wide).unify_dictionaries().combine_chunks()


def _tight(table: "pa.Table") -> "pa.Table":
    """``table`` with values no row uses dropped from its dictionaries, and the narrowest index types."""
    for i, field in enumerate(table.schema):
        if not pa.types.is_dictionary(field.type):
            continue
        column = table.column(i).combine_chunks()
        codes = _codes_of(column).astype(np.int64)
        used = np.bincount(codes[codes >= 0], minlength=len(column.dictionary)) > 0
        new = np.cumsum(used) - 1
        remap = np.append(new, -1)  # -1 (no value) stays -1
        table = table.set_column(i, field.name, _dictionary(remap[codes], column.dictionary.filter(pa.array(used))))
    return table


def _consolidate(parts: list[_Part]) -> "_Columns":
    """One sorted table of several parts: the later copy of an article wins."""
    sizes = np.array([0] + [p.articles.num_rows for p in parts])
    base = np.cumsum(sizes)
    articles = _concat([p.articles for p in parts])
    total = articles.num_rows
    seq = np.arange(total)
    order = _numpy(pa.table({"id": articles.column("id"), "seq": seq}).sort_by(
        [("id", "ascending"), ("seq", "descending")]).column("seq"))
    ids = articles.column("id").take(pa.array(order))
    first = np.ones(total, bool)
    if total > 1:
        first[1:] = _numpy(pc.not_equal(ids.slice(1), ids.slice(0, total - 1)))
    winners = order[first]
    new_article = np.full(total, -1, np.int64)
    new_article[winners] = np.arange(len(winners))
    articles = articles.take(pa.array(winners))

    # documents: every part's fields, earlier parts first, later ones filling blanks
    merged: dict[str, dict] = {}
    doc_keys: list[list[str]] = []
    for p in parts:
        keys = p.documents.column("key").to_pylist()
        doc_keys.append(keys)
        for key, text in zip(keys, p.documents.column("fields").to_pylist()):
            fields = json.loads(text)
            old = merged.get(key)
            if old is None:
                merged[key] = fields
            else:
                fill_blanks(old, fields)
    all_keys = list(merged)
    gid = {k: i for i, k in enumerate(all_keys)}

    def global_docs(part_index: int, column) -> "np.ndarray":
        lookup = np.asarray([gid[k] for k in doc_keys[part_index]] + [-1], np.int64)
        local = _numpy(column).astype(np.int64)
        return lookup[local]

    mentions = _concat([p.mentions for p in parts])
    m_art = new_article[np.concatenate([_numpy(p.mentions.column("article")).astype(np.int64) + base[i] for i, p in enumerate(parts)])]
    m_gdoc = np.concatenate([global_docs(i, p.mentions.column("document")) for i, p in enumerate(parts)])
    alive = m_art >= 0
    relations = _concat([p.relations for p in parts])
    r_art = new_article[np.concatenate([_numpy(p.relations.column("article")).astype(np.int64) + base[i] for i, p in enumerate(parts)])]
    r_gsrc = np.concatenate([global_docs(i, p.relations.column("source")) for i, p in enumerate(parts)])
    r_gtgt = np.concatenate([global_docs(i, p.relations.column("target")) for i, p in enumerate(parts)])
    # a document lives while a live article cites it or states a relation of it (one
    # named without a number is never cited)
    stated = r_art >= 0
    live = np.unique(np.concatenate([m_gdoc[alive], r_gsrc[stated], r_gtgt[stated]]).astype(np.int64))
    live_keys = sorted(all_keys[g] for g in live)
    new_doc = np.full(len(all_keys) + 1, -1, np.int64)  # the last slot answers for -1
    new_doc[[gid[k] for k in live_keys]] = np.arange(len(live_keys))
    m_doc = new_doc[m_gdoc[alive]]
    m_art = m_art[alive]
    days = _days_of(articles.column("date"))
    m_day = days[m_art]
    start = _numpy(mentions.column("start"))[alive]
    order = np.lexsort((start, -m_art, -m_day.astype(np.int64), m_doc))
    kept = np.flatnonzero(alive)[order]
    mentions = mentions.take(pa.array(kept))
    mentions = mentions.set_column(0, "article", pa.array(m_art[order].astype(np.int32)))
    mentions = mentions.set_column(1, "document", pa.array(m_doc[order].astype(np.int32)))
    mentions = mentions.set_column(2, "day", pa.array(m_day[order]))
    mentions = mentions.set_column(3, "locality", articles.column("locality").combine_chunks().take(
        pa.array(m_art[order])))
    mentions = _tight(mentions)

    r_src = new_doc[r_gsrc]
    r_tgt = new_doc[r_gtgt]
    keep = (r_art >= 0) & (r_src >= 0) & (r_tgt >= 0)
    r_order = np.flatnonzero(keep)
    r_order = r_order[np.lexsort((_numpy(relations.column("start").fill_null(-1))[r_order],
                                  r_art[r_order]))]  # by article, then where it is stated
    relations = relations.take(pa.array(r_order))
    for i, name, values in ((0, "article", r_art), (1, "source", r_src), (3, "target", r_tgt)):
        relations = relations.set_column(i, name, pa.array(values[r_order].astype(np.int32)))
    relations = _tight(relations)

    counts = np.bincount(m_doc[order], minlength=len(live_keys))
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    sorted_doc, sorted_art = m_doc[order], m_art[order]
    run = np.ones(len(sorted_doc), bool)
    run[1:] = (sorted_doc[1:] != sorted_doc[:-1]) | (sorted_art[1:] != sorted_art[:-1])
    citers = np.bincount(sorted_doc[run], minlength=len(live_keys)).astype(np.int32)
    documents = _documents_table([merged[k] for k in live_keys])
    documents = documents.append_column("first", pa.array(offsets[:-1])).append_column("citers", pa.array(citers))
    return _Columns(_tight(articles), documents, mentions, relations)


class _Columns:
    """One consolidated table and the arrays its queries read (numpy views where Arrow allows)."""

    def __init__(self, articles, documents, mentions, relations):
        self.articles, self.documents, self.mentions, self.relations = articles, documents, mentions, relations
        first = _numpy(documents.column("first"))
        self.offsets = np.append(first, mentions.num_rows).astype(np.int64)
        self.citers = _numpy(documents.column("citers"))
        self.article = _numpy(mentions.column("article"))
        self.day = _numpy(mentions.column("day"))
        self.start = _numpy(mentions.column("start"))
        self.end = _numpy(mentions.column("end"))
        self._cache: dict = {}

    def part(self) -> _Part:
        """The table as a part, to be merged with another."""
        return _Part(self.articles, self.documents.drop_columns(["first", "citers"]), self.mentions, self.relations)

    def _lazy(self, name, make):
        value = self._cache.get(name)
        if value is None:
            value = self._cache[name] = make()
        return value

    # what the first query of a kind needs, made then
    @property
    def row_of_key(self) -> dict[str, int]:
        return self._lazy("row_of_key", lambda: {k: i for i, k in enumerate(self.documents.column("key").to_pylist())})

    @property
    def keys_of_id(self) -> dict[str, list[str]]:
        def make():
            index: dict[str, list[str]] = {}
            d = self.documents
            for key, doc_id, ambiguous, candidates in zip(*(d.column(n).to_pylist() for n in
                                                            ("key", "doc_id", "ambiguous", "candidates"))):
                if ambiguous:  # it may be any of its candidates: it answers for each
                    for candidate in candidates or []:
                        index.setdefault(candidate.split(" · ")[0], []).append(key)
                elif doc_id:
                    index.setdefault(doc_id, []).append(key)
            return {k: sorted(set(v)) for k, v in index.items()}

        return self._lazy("keys_of_id", make)

    @property
    def keys_array(self) -> "pa.Array":
        return self._lazy("keys_array", lambda: self.documents.column("key").combine_chunks())

    @property
    def place_codes(self) -> "np.ndarray":
        return self._lazy("place_codes", lambda: _codes_of(self.mentions.column("locality")))

    def place_match(self, locality: str) -> "np.ndarray":
        """Which places ``locality`` names (compared as the graph does, without case or
        diacritics), indexed by place code; the last slot answers for no place."""
        memo = self._lazy("places", dict)
        match = memo.get(locality)
        if match is None:
            values = self.mentions.column("locality").combine_chunks().dictionary.to_pylist()
            if len(memo) >= _REMEMBERED_QUERIES:
                memo.clear()
            match = memo[locality] = np.array([place_matches(locality, v) for v in values] + [False], bool)
        return match

    @property
    def doc_ambiguous(self) -> "np.ndarray":
        return self._lazy("ambiguous", lambda: _numpy(self.documents.column("ambiguous")))

    def doc_strings(self, name: str) -> "np.ndarray":
        return self._lazy(f"doc:{name}", lambda: np.asarray(self.documents.column(name).to_pylist(), object))

    @property
    def doc_of_row(self) -> "np.ndarray":
        return self._lazy("doc_of_row", lambda: _numpy(self.mentions.column("document")))

    def dated_citers(self, since, until) -> "np.ndarray":
        """Per document, the distinct articles citing it dated between ``since`` and ``until``."""
        def make():
            doc, art = self.doc_of_row, self.article
            run = np.ones(len(doc), bool)  # the first row of each (document, article)
            run[1:] = (doc[1:] != doc[:-1]) | (art[1:] != art[:-1])
            return run

        first = self._lazy("first_of_run", make)
        mask = first & _date_mask(self.day, since, until)
        return np.bincount(self.doc_of_row[mask], minlength=self.documents.num_rows)

    def strings(self, table: str, name: str):
        """A decoder of a dictionary column: codes and a function from rows to values."""
        def make():
            column = getattr(self, table).column(name).combine_chunks()
            codes = _codes_of(column)
            values = column.dictionary
            if len(values) <= _SMALL_DICTIONARY:
                small = values.to_pylist() + [None]  # code -1 reads the last slot
                return codes, lambda rows: [small[c] for c in codes[rows].tolist()]
            with_none = pa.concat_arrays([values, pa.nulls(1, values.type)])  # code -1 reads the last slot
            codes = np.where(codes < 0, len(values), codes)
            return codes, lambda rows: with_none.take(_indices(codes[rows])).to_pylist()

        return self._lazy(f"{table}:{name}", make)[1]

    def dates(self, days: "np.ndarray") -> list:
        memo = self._lazy("dates", dict)
        out = []
        for day in days.tolist():
            date = memo.get(day)
            if date is None:
                date = memo[day] = None if day == UNDATED else dt.date.fromordinal(day + _EPOCH)
            out.append(date)
        return out

    def keys(self, rows: "np.ndarray | slice") -> list[str]:
        if isinstance(rows, slice):  # one document's run
            return [_key_at(self, rows.start)] * (rows.stop - rows.start) if rows.stop > rows.start else []
        docs = np.searchsorted(self.offsets, rows, side="right") - 1
        names = self.keys_array
        if len(docs) and docs[0] == docs[-1] and (docs == docs[0]).all():
            return [names[int(docs[0])].as_py()] * len(docs)
        return names.take(_indices(docs)).to_pylist()

    def mention_objects(self, rows: "np.ndarray | slice") -> list[Mention]:
        art = self.article[rows]
        titles, sources, urls, places = (_decode(self, "articles", name, art)
                                         for name in ("title", "source", "url", "locality"))
        return _mentions({"document": self.keys(rows), "article": _article_ids(self, art).to_pylist(),
                          "title": titles, "date": _dates(self, self.day[rows]), "source": sources, "url": urls,
                          "locality": places, "surface": _decode(self, "mentions", "surface", rows),
                          "start": self.start[rows].tolist(), "end": self.end[rows].tolist(),
                          "sentence": _decode(self, "mentions", "sentence", rows)}, len(art))

    def citing_table(self, rows: "np.ndarray | slice") -> "pa.Table":
        # every row but the article's id is made once per table: a document's answer is a
        # slice of it (a gather when filtered) and its ids
        batch, article = _citing_batch(self)
        part = batch.slice(rows.start, rows.stop - rows.start) if isinstance(rows, slice) else \
            batch.take(_indices(rows))
        return pa.Table.from_batches([part]).add_column(1, article, _article_ids(self, self.article[rows]))

    def tidy(self) -> "pa.Table":
        art = _indices(self.article)
        a = self.articles.select(["id", "title", "date", "url", "source", "locality"]).take(art)
        d = self.documents.select(["key", "type", "number", "issuer", "year", "term", "title", "ambiguous"]).take(
            _indices(self.doc_of_row))
        m = self.mentions.select(["surface", "kind", "start", "end", "sentence", "confidence"])
        names = ["article", "title", "date", "url", "source", "locality", "document", "type", "number", "issuer",
                 "year", "term", "document_title", "ambiguous", *m.column_names]
        return pa.Table.from_arrays([*a.columns, *d.columns, *m.columns], names=names)

    # -- networkx -------------------------------------------------------------------

    def related_documents(self, docs: list[int], depth: int) -> "np.ndarray":
        """``docs`` and the documents related to them within ``depth`` steps, either way."""
        neighbours = self._lazy("neighbours", self._neighbours)
        seen, frontier = set(docs), set(docs)
        for _ in range(depth):
            frontier = {o for d in frontier for o in neighbours.get(d, ())} - seen
            seen |= frontier
        return np.array(sorted(seen), np.int64)

    def _neighbours(self) -> dict[int, set[int]]:
        out: dict[int, set[int]] = {}
        for s, t in zip(_numpy(self.relations.column("source")).tolist(), _numpy(self.relations.column("target")).tolist()):
            out.setdefault(s, set()).add(t)
            out.setdefault(t, set()).add(s)
        return out

    def networkx(self, docs: "np.ndarray"):
        import networkx as nx

        g = nx.MultiDiGraph()
        rows = np.concatenate([np.arange(self.offsets[d], self.offsets[d + 1]) for d in docs.tolist()] or
                              [np.empty(0, np.int64)])
        rows = rows[np.lexsort((self.start[rows], self.article[rows]))]  # article by article, in text order
        arts = np.unique(self.article[rows])
        a = self.articles
        ids = a.column("id").take(_indices(arts)).to_pylist()
        fields = {name: self.strings("articles", name)(arts)
                  for name in ("title", "source", "url", "locality", "acting_body", "label")}
        dates = [d.isoformat() if d else None for d in self.dates(
            _days_of(a.column("date"))[arts])]
        for i, article in enumerate(ids):
            title = fields["title"][i]
            g.add_node(f"article:{article}", kind=ARTICLE, article=article, label=fields["label"][i] or title or article,
                       title=title,
                       date=dates[i], source=fields["source"][i], url=fields["url"][i], locality=fields["locality"][i],
                       **({"acting_body": fields["acting_body"][i]} if fields["acting_body"][i] else {}))
        key_col = self.documents.column("key")
        texts = self.documents.column("fields").take(_indices(docs)).to_pylist()
        for key, text in zip(key_col.take(_indices(docs)).to_pylist(), texts):
            g.add_node(f"doc:{key}", kind=DOCUMENT, **json.loads(text))
        id_of = self.articles.column("id")
        sources = id_of.take(_indices(self.article[rows])).to_pylist()
        targets = self.keys_for(rows)
        surfaces = self.strings("mentions", "surface")(rows)
        kinds = self.strings("mentions", "kind")(rows)
        sentences = self.strings("mentions", "sentence")(rows)
        ends = self.end[rows].tolist()
        for u, v, surface, start, end, kind, sentence in zip(sources, targets, surfaces, self.start[rows].tolist(),
                                                              ends, kinds, sentences):
            g.add_edge(f"article:{u}", f"doc:{v}", relation="cites", surface=surface, start=start, end=end,
                       kind=kind, sentence=sentence)
        r = self.relations
        inside = np.zeros(self.documents.num_rows, bool)
        inside[docs] = True
        src, tgt = _numpy(r.column("source")), _numpy(r.column("target"))
        chosen = _indices(np.flatnonzero(inside[src] & inside[tgt]))
        picked = r.take(chosen)
        keys = key_col.take(picked.column("source")).to_pylist(), key_col.take(picked.column("target")).to_pylist()
        for s, t, type_, evidence, article, start, end in zip(
                *keys, picked.column("type").to_pylist(), picked.column("evidence").to_pylist(),
                id_of.take(picked.column("article")).to_pylist(), picked.column("start").to_pylist(),
                picked.column("end").to_pylist()):
            g.add_edge(f"doc:{s}", f"doc:{t}", relation=type_, evidence=evidence, article=article, start=start, end=end)
        return g

    def keys_for(self, rows: "np.ndarray") -> list[str]:
        return self.documents.column("key").take(_indices(self.doc_of_row[rows])).to_pylist()


def _plain_slots(cls) -> bool:
    """Whether ``cls`` is an attrs class whose instances are only their slots, set as given
    (no validator, converter or other hidden state), so that filling the slots makes the
    same object as calling the class."""
    fields = attrs.fields(cls)
    return (set(getattr(cls, "__slots__", ())) - {"__weakref__"} == {f.name for f in fields}
            and all(f.validator is None and f.converter is None and f.init for f in fields))


# Filling the slots column by column makes Mention objects 2-3 times faster than calling
# Mention (a frozen class sets each attribute through a checked setattr); the objects are
# the same, and if Mention ever gets validators or converters the class is called instead.
_SLOTS = {f.name: cls_member.__set__ for f in attrs.fields(Mention)
          for cls_member in [Mention.__dict__.get(f.name)] if cls_member is not None} \
    if _plain_slots(Mention) else None


def _mentions(columns: dict[str, list], n: int) -> list[Mention]:
    """``n`` Mention objects from one list per field."""
    if _SLOTS is None or set(columns) != set(_SLOTS):
        return list(map(Mention, *(columns[f.name] for f in attrs.fields(Mention))))
    new = object.__new__
    objects = [new(Mention) for _ in range(n)]
    for name, values in columns.items():
        list(map(_SLOTS[name], objects, values))
    return objects


def _numpy(column, *, nulls: bool = False) -> "np.ndarray":
    """An integer or boolean column as a numpy array: a view on Arrow's memory (a
    memory-mapped file stays on disk until read); with ``nulls=True`` missing values read
    as whatever is stored under them. Arrow's own ``to_numpy`` (and ``fill_null``, which
    converts a Python value) is not used: its first call imports pandas, which costs more
    than opening the table."""
    if isinstance(column, pa.ChunkedArray):
        column = column.chunk(0) if column.num_chunks == 1 else column.combine_chunks()
    if pa.types.is_boolean(column.type):
        return _numpy(column.cast(pa.int8()), nulls=nulls).astype(bool)
    if column.null_count and not nulls:
        raise ValueError(f"a column with {column.null_count} missing values cannot be a numpy array")
    dtype = np.dtype(f"{'i' if pa.types.is_signed_integer(column.type) else 'u'}{column.type.bit_width // 8}")
    data = column.buffers()[1]
    if data is None or len(column) == 0:
        return np.empty(0, dtype)
    return np.frombuffer(data, dtype, count=len(column), offset=column.offset * dtype.itemsize)


def _codes_of(column) -> "np.ndarray":
    """The codes of a dictionary column, -1 where there is no value."""
    column = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    codes = _numpy(column.indices, nulls=True).astype(np.int32)
    if column.null_count:
        codes[~_numpy(column.is_valid())] = -1
    return codes


def _days_of(column) -> "np.ndarray":
    """A date column as days since 1970-01-01, UNDATED where there is none."""
    column = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    days = _numpy(column.cast(pa.int32()), nulls=True).astype(np.int32)
    if column.null_count:
        days[~_numpy(column.is_valid())] = UNDATED
    return days


def _indices(rows) -> "pa.Array":
    """Row numbers for Arrow's ``take`` from a numpy array, without a copy (``pa.array()``
    would import pandas on its first call, for a second or so)."""
    rows = np.ascontiguousarray(rows, np.int64)
    return pa.Array.from_buffers(pa.int64(), len(rows), [None, pa.py_buffer(rows)])


# -- files ------------------------------------------------------------------------------

def _write_manifest(path: Path, parts: list[dict]) -> None:
    payload = json.dumps({"format": FORMAT, "version": VERSION, "parts": parts}, indent=1).encode("utf-8")
    write_atomically(path / "manifest.json", lambda fh: fh.write(payload))


def _manifest_parts(path: Path) -> list[dict]:
    return list(read_versioned(path / "manifest.json", FORMAT, VERSION, "column table")["parts"])


def _write_part(path: Path, part: _Part, *, compact: bool) -> str:
    """Write ``part`` into a new folder of ``path`` whole (a temporary folder renamed); its name."""
    numbers = [int(p.name.split("-")[1]) for p in path.glob("part-*") if p.name.split("-")[1].isdigit()]
    name = f"part-{max(numbers, default=0) + 1:06d}"
    tmp = Path(tempfile.mkdtemp(prefix=".part-", dir=path))
    try:
        tables = dict(zip(_TABLES, part.tables()))
        for table_name, table in tables.items():
            table = table.replace_schema_metadata({_META: str(VERSION).encode()})
            write_atomically(tmp / f"{table_name}.arrow", lambda fh, t=table: _write_ipc(fh, t))
        os.chmod(tmp, 0o777 & ~_umask())
        os.rename(tmp, path / name)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return name


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _write_ipc(fh, table: "pa.Table") -> None:
    with pa.ipc.new_file(fh, table.schema) as writer:
        writer.write_table(table.combine_chunks(), max_chunksize=max(table.num_rows, 1))


def _read_part(folder: Path) -> _Part:
    tables = []
    for name in _TABLES:
        file = folder / f"{name}.arrow"
        try:
            table = pa.ipc.open_file(pa.memory_map(str(file), "r")).read_all()
        except (OSError, pa.ArrowInvalid) as exc:
            raise GraphFileError(f"{file}: not a dangdoc column table file ({exc})") from None
        version = (table.schema.metadata or {}).get(_META)
        if version != str(VERSION).encode():
            raise GraphFileError(f"{file}: column table version {version!r}; this dangdoc reads version {VERSION}")
        tables.append(table)
    return _Part(*tables)


# -- fast paths of citing ---------------------------------------------------------------
#
# citing() of one document is a slice of the mentions and a gather of their articles. At a
# million articles the median document has some 600 mentions, and Arrow's overhead per call
# (5-20 µs for each take, each array, each table made) costs more than the work. So the
# citing table of every mention, but for the article's id, is made once per table (the
# mention columns as they are, the document and date columns as views on them, and the
# codes of the article's title, source and url gathered per mention, a few bytes a row
# each), and a document's answer is a slice of it and one gather of ids; Mention objects
# are decoded from numpy arrays of codes, with one Python object per dictionary value.

_CITING_MENTION_FIELDS = ("surface", "start", "end", "kind", "sentence", "confidence")
# Arrow's take, called without the Python wrapper of pyarrow.compute.take (a few µs a call)
_TAKE = pc.get_function("array_take")
# dates are decoded through one date object per day from the table's first day to its last;
# a table spanning more days than this (some 160 years) decodes them one by one
_DAY_SPAN = 60_000


def _first(rows: "np.ndarray | slice", limit: int) -> "np.ndarray | slice":
    """The first ``limit`` of ``rows``, as ``rows[:limit]`` reads a list (negative too)."""
    if not isinstance(rows, slice):
        return rows[:limit]
    kept = range(rows.start, rows.stop)[:limit]
    return slice(kept.start, max(kept.start, kept.stop))


def _document_at(c: _Columns, row: int) -> int:
    """The document whose run of mentions holds row ``row``."""
    return int(np.searchsorted(c.offsets, row, side="right")) - 1


def _key_at(c: _Columns, row: int) -> str:
    """The key of the document whose run of mentions holds row ``row``."""
    memo = c._lazy("fast:keys", dict)
    key = memo.get(row)
    if key is None:
        if len(memo) >= _REMEMBERED_QUERIES:
            memo.clear()
        key = memo[row] = c.keys_array[_document_at(c, row)].as_py()
    return key


def _array(column) -> "pa.Array":
    """A column as one array (without a copy when it is one chunk)."""
    if isinstance(column, pa.ChunkedArray):
        return column.chunk(0) if column.num_chunks == 1 else column.combine_chunks()
    return column


def _validity(valid: "np.ndarray") -> "pa.Buffer | None":
    """An Arrow validity bitmap of ``valid`` (None when every value is there)."""
    return None if valid.all() else pa.py_buffer(np.packbits(valid, bitorder="little"))


def _dictionary_codes(c: _Columns, table: str, name: str) -> tuple:
    """A dictionary column's codes (-1 where there is no value; a view on the file when
    every row has one), whether any is missing, its type and its values."""
    def make():
        column = _array(getattr(c, table).column(name))
        codes = _numpy(column.indices, nulls=True)
        if column.null_count:
            codes = codes.copy()
            codes[~_numpy(column.is_valid())] = -1
        return codes, bool(column.null_count), column.type, column.dictionary

    return c._lazy(f"fast:codes:{table}:{name}", make)


def _citing_batch(c: _Columns) -> tuple:
    """Every mention's row of a citing table but the article's id (one record batch), and
    the field of that id."""
    def make():
        n = c.mentions.num_rows
        columns = {"document": pa.DictionaryArray.from_arrays(_array(c.mentions.column("document")), c.keys_array)}
        # Arrow's take gathers a dictionary column faster than numpy here (the articles are
        # read in no order: at 10M articles about 0.1 s a column)
        articles = pa.Array.from_buffers(pa.int32(), n, [None, pa.py_buffer(np.ascontiguousarray(c.article, np.int32))])
        for name in ("title", "date", "source", "url", "locality"):
            if name == "date":  # the article's date is its mentions' day
                days = np.ascontiguousarray(c.day, np.int32)
                columns[name] = pa.Array.from_buffers(pa.date32(), n, [_validity(days != UNDATED), pa.py_buffer(days)])
            elif name == "locality":  # kept with the mentions, for the place filter
                columns[name] = _array(c.mentions.column("locality"))
            else:
                columns[name] = _TAKE.call([_array(c.articles.column(name)), articles])
        for name in _CITING_MENTION_FIELDS:
            columns[name] = _array(c.mentions.column(name))
        batch = pa.RecordBatch.from_arrays(list(columns.values()), names=list(columns))
        return batch, pa.field("article", c.articles.schema.field("id").type)

    return c._lazy("fast:batch", make)


def _article_ids(c: _Columns, art: "np.ndarray") -> "pa.Array":
    """The ids of articles ``art`` (row numbers in the articles table)."""
    ids = c._lazy("fast:ids", lambda: _array(c.articles.column("id")))
    if art.dtype != np.int32:
        art = art.astype(np.int64, copy=False)
    art = np.ascontiguousarray(art)  # row numbers as they are, without a copy
    width = pa.int32() if art.dtype == np.int32 else pa.int64()
    return _TAKE.call([ids, pa.Array.from_buffers(width, len(art), [None, pa.py_buffer(art)])])


def _decode(c: _Columns, table: str, name: str, rows) -> list:
    """The values of dictionary column ``name`` of ``table`` at ``rows``, as Python objects."""
    codes, missing, type_, values = _dictionary_codes(c, table, name)
    if len(values) > _SMALL_DICTIONARY:  # decoded row by row: decoding it whole would cost more
        picked = np.ascontiguousarray(codes[rows])
        return pa.DictionaryArray.from_buffers(type_, len(picked), [_validity(picked >= 0) if missing else None,
                                                                     pa.py_buffer(picked)], values).to_pylist()
    # a small dictionary is decoded once; code -1 reads the last slot, None
    objects = c._lazy(f"fast:values:{table}:{name}", lambda: np.array(values.to_pylist() + [None], object))
    return objects[codes[rows]].tolist()


def _dates(c: _Columns, days: "np.ndarray") -> list:
    """Days since 1970-01-01 (UNDATED for none) as dates (None for none)."""
    def make():
        span = pc.min_max(c.articles.column("date"))
        if not span["min"].is_valid:
            return 0, np.array([None], object)
        first, last = span["min"].value, span["max"].value
        if last - first > _DAY_SPAN:
            return 0, None
        calendar = [dt.date.fromordinal(day + _EPOCH) for day in range(first, last + 1)]
        return first, np.array(calendar + [None], object)  # UNDATED reads the last slot

    first, calendar = c._lazy("fast:calendar", make)
    if calendar is None:
        return c.dates(days)
    index = days.astype(np.int64) - first
    index[days == UNDATED] = -1
    return calendar[index].tolist()
