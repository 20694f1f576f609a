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

import collections
import contextlib
import datetime as dt
import itertools
import json
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Callable, Iterable, Mapping

import attrs

from ..atomic import read_versioned, umask, write_atomically
from ..corpus.pipeline import fill_blanks
from ..errors import DangdocError, GraphFileError
from ..resolve.places import place_matches
from ..vocab.codes import type_class
from .core import (ARTICLE, DOCUMENT, UNDATED as UNDATED_ARTICLES, Mention, Workers, _check_system, _codes, agrees,
                   document_keys, system_of)

try:
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.ipc  # noqa: F401  (pa.ipc)
except ImportError as exc:  # pragma: no cover - the extra is installed for the tests
    raise ImportError(f"dangdoc.graph.columns needs pyarrow and numpy ({exc.name} is missing): "
                      "pip install 'dangdoc[columns]'") from exc

FORMAT = "dangdoc-columns"
VERSION = 2
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
    #: the key as written, where linking sent the mention to another document
    written: str | None = None
    evidence: str | None = None
    note: str | None = None
    topic: str | None = None
    #: the words around the mention, which linking reads
    context: str | None = None


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

    def __init__(self, columns: "_Columns", folder: "_Folder | None" = None):
        self._c = columns
        self._folder = folder
        #: messages about files or lines that could not be read while building
        self.skipped: list[str] = []
        # the rows of the user's own catalogue the table was linked with (CSV text)
        self._catalog_rows: str | None = folder.catalog_rows() if folder else None
        self._period: str | None = folder.manifest.get("period") if folder else None

    @property
    def path(self) -> Path | None:
        """The folder the table is kept in (None until saved or opened)."""
        return self._folder.path if self._folder else None

    @property
    def period(self) -> str | None:
        """When the undated articles were published ("2017"), as the last :meth:`link`
        was told; linking again and :meth:`add_corpus` use it unless told otherwise."""
        return self._period

    def __repr__(self) -> str:
        c = self._c
        return (f"<MentionTable: {c.articles.num_rows} articles, {int(c.present.sum())} documents, "
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

    @classmethod
    def from_corpus(cls, paths, *, workers: int | Workers = 1, progress: bool = True, strict: bool = False,
                    on_skip=None, period=None, catalog=None, link: bool = True) -> "MentionTable":
        """The table of the articles in files and folders, read by ``workers`` processes
        and linked across the corpus, as :func:`~dangdoc.graph.core.build_corpus` builds
        the graph (the same options; what could not be read is in ``skipped``).

        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.txt").write_text("Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.", encoding="utf-8")
        >>> MentionTable.from_corpus([folder], progress=False).most_cited()
        [('05-CT/TW · khóa XII', 1)]
        """
        from .core import corpus_records

        catalog, rows = _catalog_and_rows(catalog, None)
        skipped: list[str] = []
        with (workers if isinstance(workers, Workers) else Workers(workers, progress) as pool,
              _Reader(None, pool) if link else contextlib.nullcontext() as reader):
            part = _part_from_records(corpus_records(
                paths, workers=pool, progress=progress, strict=strict, on_skip=on_skip, skipped=skipped,
                period=period, catalog=catalog), reader)
            evidence = reader.evidence() if link else None
        # linked, the table is made of the part once, with its links
        table = cls(None if link else _consolidate([part]))
        table.skipped, table._catalog_rows = skipped, rows
        if period is not None:
            table._period = str(_period(period))
        if link:
            table._link(catalog, period, evidence, parts=[part])
        return table

    def add_corpus(self, paths, *, workers: int | Workers = 1, progress: bool = True, strict: bool = False,
                   on_skip=None, period=None, catalog=None, link: bool = True) -> int:
        """Add the articles in files and folders (as :meth:`from_corpus` reads them) as one
        new part, then link the whole table again; returns how many articles were added
        (an article already there is replaced). ``period`` defaults to the table's; another
        one is refused (:class:`~dangdoc.errors.DangdocError`): the table reads all its
        undated articles as published in one period, and linking again with another would
        change what the articles already there cite."""
        from .core import _catalog, corpus_records

        catalog = _catalog(catalog)
        if period is not None and self.period is not None and str(_period(period)) != self.period:
            where = f"{self._folder.path}: " if self._folder is not None else ""
            raise DangdocError(f"{where}its undated articles were read as published in {self.period}; adding "
                               f"articles with --period {_period(period)} would read them all so. Add these without "
                               "--period (they are read as of the table's), or build them into a table of their own")
        period = period if period is not None else self.period
        skipped: list[str] = []
        # a table kept in a folder is held from the start: a second writer is refused at once
        with (self._folder.building() if self._folder is not None else contextlib.nullcontext(),
              workers if isinstance(workers, Workers) else Workers(workers, progress) as pool,
              _Reader(self._c, pool) if link else contextlib.nullcontext() as reader):
            part = _part_from_records(corpus_records(paths, workers=pool, progress=progress, strict=strict,
                                                     on_skip=on_skip, skipped=skipped, period=period,
                                                     catalog=catalog), reader)
            self.skipped.extend(skipped)
            if part.articles.num_rows:
                evidence = _grown_evidence(reader, self._c, part) if link else None
                # the part and its links are named in the manifest at once: a build stopped
                # on the way leaves the table as it was
                self._add(part, linking=(catalog, period, evidence) if link else None)
        return part.articles.num_rows

    def append(self, *, articles: Iterable[Mapping], documents: Iterable[Mapping] = (),
               mentions: Iterable[MentionRow | Mapping] = (), relations: Iterable[RelationRow | Mapping] = ()
               ) -> None:
        """Add rows as :meth:`build` takes them. An article already in the table is
        replaced, with its mentions and relations. A table kept in a folder gets a new
        part there; nothing already written is rewritten. One process writes to a folder
        at a time."""
        self._add(_part_from_rows(articles, documents, mentions, relations))

    def append_records(self, records: Iterable) -> None:
        """Add the pipeline's records, as :meth:`append` adds rows (then :meth:`link`).

        >>> from dangdoc.corpus.articles import Article
        >>> from dangdoc.corpus.pipeline import read_article
        >>> t = MentionTable.build(articles=[])
        >>> t.append_records([read_article(Article("a", None, None, None, None, None, "Theo Chỉ thị 05-CT/TW."))])
        >>> t.most_cited()
        [('05-CT/TW · khóa XII', 1)]
        """
        self._add(_part_from_records(records))

    def _add(self, part: "_Part", linking: tuple | None = None) -> None:
        """Take ``part`` in (and with ``linking``, the catalogue, the period and the
        evidence read already or None, link the whole table again): in the folder, the part
        and the links are named by one manifest."""
        if self._folder is None:
            if linking:
                self._link(*linking, parts=[self._c.part(), part])
            else:
                self._c = _consolidate([self._c.part(), part])
            return
        with self._folder.writing():
            name = _write_part(self._folder.path, part)
            if linking:
                linked = self._link(*linking, parts=[self._c.part(), part])[1]
                self._folder.add_parts([name], _write_links(self._folder.path, linked), self._period,
                                       self._catalog_rows)
            else:
                self._c = _consolidate([self._c.part(), part])
                self._folder.add_parts([name])

    def add_parts(self, names: Iterable[str]) -> None:
        """Take into the table parts already written into its folder by
        :func:`write_part` (by other processes, or Dask workers), in the order given.

        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> MentionTable.build(articles=[]).save(folder)
        >>> t = MentionTable.open(folder)
        >>> t.add_parts([write_part(folder, [])]); len(t.parts)
        2
        """
        if self._folder is None:
            raise GraphFileError("add_parts(): this table is not kept in a folder yet; save() it first")
        names = list(names)
        with self._folder.writing():
            for name in names:
                if Path(name).name != name or not name.startswith("part-") or not (self._folder.path / name).is_dir():
                    raise GraphFileError(f"{self._folder.path / name}: not a part of this table's folder; give the "
                                         "names write_part() returned for this folder")
                if name in self.parts:
                    raise GraphFileError(f"{name}: already a part of {self._folder.path}")
            loaded = [_read_part(self._folder.path / name) for name in names]
            self._folder.add_parts(names)
        self._c = _consolidate([self._c.part(), *loaded])

    # -- linking --------------------------------------------------------------------

    def link(self, *, catalog=None, period=None) -> list:
        """Link the partial mentions of the whole table ("Nghị định 67" to 67/2014/NĐ-CP)
        as :func:`dangdoc.graph.link.link` links a graph, over every part: mentions
        linked before are linked again with what the table now holds, and the table
        answers with the links. A table kept in a folder keeps the links beside its
        parts (nothing already written is rewritten). Returns the links made. A ``period``
        given becomes the table's (all its undated articles are read as of it); without
        one, the table's is used.

        >>> from dangdoc.corpus.articles import Article
        >>> from dangdoc.corpus.pipeline import read_article
        >>> texts = ["Ngư dân đóng tàu cá vỏ thép theo Nghị định 67/2014/NĐ-CP, vay vốn ngân hàng."] * 3 + [
        ...          "Nhiều ngư dân vay vốn đóng tàu cá vỏ thép theo Nghị định 67 nay thua lỗ."]
        >>> t = MentionTable.from_records(read_article(Article(f"a{i}", None, None, None, None, None, text))
        ...                               for i, text in enumerate(texts))
        >>> [(l.article, l.document) for l in t.link(period=2017)]
        [('a3', '67/2014/NĐ-CP')]
        >>> t.citing("Nghị định 67")[0].article
        'a3'
        """
        links, linked = self._link(catalog, period)
        if self._folder is not None:
            with self._folder.writing():
                self._folder.add_parts([], _write_links(self._folder.path, linked), self._period, self._catalog_rows)
        return links

    def _link(self, catalog, period, evidence=None, parts: list[_Part] | None = None) -> tuple[list, "_Links"]:
        """Link the table in memory, made of ``parts`` (default: as it is; the table is
        made of them once, linked): the links, and what to keep of them beside the parts.
        ``evidence`` is the :class:`~dangdoc.graph.link.Evidence` of the parts' live
        articles if it was read already (as the articles came in); else it is read from
        the table. The table changes only once linking is done: a failure leaves it as it was."""
        from .link import decide

        catalog, catalog_rows = _catalog_and_rows(catalog, self._catalog_rows)
        period = _period(period if period is not None else self.period)
        if evidence is None:  # read from the table the parts make
            c = self._c if parts is None else _consolidate(parts)
            evidence, parts = _evidence(c), [c.part()]
        elif parts is None:
            parts = [self._c.part()]
        m = _Merged(parts)
        # the documents the articles name as they wrote them, or state a relation of: not
        # those only linking sent mentions to before (whose own article may have gone since,
        # replaced by a later copy), nor those only the catalogue knows (fields: only a key);
        # the catalogue gives those again, as to a corpus read at once
        named = set(evidence.around) | m.stated()
        documents = {key: dict(f, kind=DOCUMENT) for key, f in m.fields.items() if f.keys() != {"key"} and key in named}
        # linking sets fields, never changes a value in place: a shallow copy tells what it changed
        before = {key: dict(f) for key, f in documents.items()}
        # the date and title of each article that cites something (linking asks of no other)
        a = m.articles
        citing = sorted(evidence.articles)
        rows = _numpy(pc.drop_null(pc.index_in(_texts(citing), value_set=_array(a.column("id"))))).astype(np.int64)
        dates = [d.isoformat() if (d := _date_of(day)) else None for day in _days_of(a.column("date"))[rows].tolist()]
        articles = dict(zip(a.column("id").take(_indices(rows)).to_pylist(),
                            zip(dates, a.column("title").take(_indices(rows)).to_pylist())))
        links, added = decide(evidence, documents, articles, catalog=catalog, period=period)
        changed = {**{k: f for k, f in documents.items() if f != before[k]}, **added}
        linked = _Links(
            pa.table({"article": _texts([ln.article for ln in links]),
                      "written": _texts([ln.written for ln in links]),
                      "document": _texts([ln.document for ln in links]),
                      "confidence": _numbers([ln.confidence for ln in links], pa.float32()),
                      "evidence": _texts([ln.evidence for ln in links])}),
            pa.table({"key": _texts(list(changed)),
                      "fields": _texts([json.dumps({k: v for k, v in dict(f, key=key).items() if k != "kind"},
                                                   ensure_ascii=False) for key, f in changed.items()])}))
        self._c = _consolidate(m.parts, linked, m)
        self._catalog_rows, self._period = catalog_rows, str(period) if period else None
        return links, linked

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
        same = self._folder is not None and self._folder.path.resolve() == path.resolve()
        folder = self._folder if same else _Folder(path, None)
        with folder.writing(replace=not same):
            c = self._c
            name = _write_part(path, _Part(c.articles, c.documents, c.mentions, c.stated, c.contexts))
            folder.replace(name, self.period, self._catalog_rows)
        self._folder = folder

    @classmethod
    def open(cls, path: str | Path) -> "MentionTable":
        """A table kept by :meth:`save` and :meth:`append`, memory-mapped: opening a
        compacted table reads only the manifest and the tables' layout; one with several
        parts (grown, see :meth:`compact`) is merged in memory. Refuses other folders and
        versions (:class:`~dangdoc.errors.GraphFileError`)."""
        folder = _Folder.read(Path(path))
        names, links, covered = folder.parts, folder.manifest.get("links"), folder.manifest["linked_parts"]
        loaded = [_read_part(folder.path / name) for name in names]
        if len(loaded) == 1 and folder.manifest["parts"][0].get("compact") and not links:
            columns = _Columns(*loaded[0].tables(), loaded[0].contexts)
        else:
            # the links were made over the first parts; parts added since are taken as
            # they are, unlinked, until the table is linked again (as append() leaves them)
            columns = _consolidate(loaded[:covered], _read_links(folder.path / links) if links else None)
            if covered < len(loaded):
                columns = _consolidate([columns.part(), *loaded[covered:]])
        return cls(columns, folder)

    @property
    def parts(self) -> list[str]:
        """The folders of the parts the table is kept in, in the order written."""
        return list(self._folder.parts) if self._folder else []

    @property
    def linked(self) -> bool:
        """Whether every part has been linked (False after parts were added without linking)."""
        return self._folder is None or self._folder.manifest["linked_parts"] >= len(self._folder.parts)

    def compact(self) -> None:
        """Merge the parts of the folder into one (articles added again keep only their
        last version), with the last links; the table then opens in milliseconds again.
        Queries answer the same before and after.

        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> t = MentionTable.build(articles=[{"article": "a1"}]); t.save(folder)
        >>> t.append(articles=[{"article": "a2"}]); len(t.parts)
        2
        >>> t.compact(); len(t.parts)
        1
        """
        if self._folder is None:
            raise GraphFileError("compact(): this table is not kept in a folder yet; save() it first")
        self.save(self._folder.path)

    # -- finding documents ----------------------------------------------------------

    def documents(self, query) -> list[str]:
        """The document keys a query names, as :meth:`CitationGraph.documents
        <dangdoc.graph.core.CitationGraph.documents>` finds them: a key, an identifier
        (possibly several documents), a citation phrase, a DocumentId or a Document."""
        c = self._c
        if not isinstance(query, str):
            return self._keys(query)
        # reading a string costs up to half a millisecond (the identifier grammar is tried
        # first); the answer depends only on the table, so it is remembered until it changes
        memo = c._lazy("answers", dict)
        keys = memo.get(query)
        if keys is None:
            if len(memo) >= _REMEMBERED_QUERIES:
                memo.clear()
            keys = memo[query] = self._keys(query)
        return list(keys)

    def _keys(self, query) -> list[str]:
        c = self._c

        def fields_of(key):
            row = c.row_of_key.get(key)
            return self._fields()[row] if row is not None else None

        return document_keys(query, lambda key: key in c.row_of_key, lambda doc_id: list(c.keys_of_id.get(doc_id, ())),
                             self._by_parts, fields_of)

    def _fields(self) -> list[dict]:
        """Every document's fields (as linked), in row order, read once."""
        d = self._c.documents
        return self._c._lazy("fields", lambda: [json.loads(done or text) for text, done in zip(
            d.column("fields").to_pylist(), d.column("linked").to_pylist())])

    def _by_parts(self, type: str, number: int, issuer: str | None, year: int | None) -> list[str]:
        """The documents of a type and number ("QĐ 4898"), as the graph finds them."""
        present = self._c.present
        return sorted(d["key"] for i, d in enumerate(self._fields()) if present[i] and d.get("number") == number
                      and d.get("type") and type_class(d["type"]) == type_class(type) and agrees(d, issuer, year))

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
                   since: dt.date | None = None, until: dt.date | None = None,
                   system: str | None = None) -> list[tuple[str, int]]:
        """The documents cited by the most articles (each article counts once), as
        :meth:`CitationGraph.most_cited <dangdoc.graph.core.CitationGraph.most_cited>`
        answers: undecided entries listed too (their ``ambiguous`` flag is in the documents
        table), ties by key."""
        c = self._c
        type, issuer = _codes(type, issuer)
        _check_system(system)
        counts = c.citers if since is None and until is None else c.dated_citers(since, until)
        keep = counts > 0
        if type:
            keep &= c.doc_strings("type") == type
        if issuer:
            keep &= c.doc_strings("issuer") == issuer
        if system:
            keep &= c._lazy("doc:system", lambda: np.asarray([system_of(f) for f in self._fields()], object)) == system
        chosen = np.flatnonzero(keep)
        if 0 < n < len(chosen):  # only the documents at or above the n-th count can be in the answer
            kth = np.partition(counts[chosen], len(chosen) - n)[len(chosen) - n]
            chosen = chosen[counts[chosen] >= kth]
        chosen = chosen[np.lexsort((chosen, -counts[chosen].astype(np.int64)))][:n]
        keys = c.documents.column("key").take(_indices(chosen)).to_pylist()
        return list(zip(keys, counts[chosen].tolist()))

    # -- the graph's other questions ---------------------------------------------------

    def count(self, kind: str) -> int:
        """How many citing articles (``"article"``), cited documents (``"document"``) or
        undated citing articles (``"undated"``), as :meth:`CitationGraph.count
        <dangdoc.graph.core.CitationGraph.count>` counts them.

        >>> t = _example()
        >>> t.count("article"), t.count("document")
        (2, 2)
        """
        c = self._c
        if kind == ARTICLE:
            return int(np.count_nonzero(np.bincount(c.article, minlength=1)))
        if kind == UNDATED_ARTICLES:
            return int(np.count_nonzero(_days_of(c.articles.column("date"))[np.unique(c.article)] == UNDATED))
        return int(c.present.sum()) if kind == DOCUMENT else 0

    def is_undecided(self, key: str) -> bool:
        """Whether a document key is an undecided entry (its candidates ranked).

        >>> MentionTable.build(articles=[]).is_undecided("Nghị định 67 · ?")
        False
        """
        row = self._c.row_of_key.get(key)
        return row is not None and bool(self._c.doc_ambiguous[row])

    def suggest(self, query, n: int = 5) -> list[str]:
        """The document keys nearest to a query that names none (same number first).

        >>> t = MentionTable.build(articles=[{"article": "a"}], documents=[{"key": "05-CT/TW · khóa XII"}],
        ...                        mentions=[MentionRow("a", "05-CT/TW · khóa XII", 0, 8, "05-CT/TW")])
        >>> t.suggest("05-CT/TV")
        ['05-CT/TW · khóa XII']
        """
        from .core import _suggest

        return _suggest(str(query), list(self._c.row_of_key), n)

    def cited_by(self, article: str) -> list[tuple[str, int]]:
        """The documents an article cites, with how many times, in order of first mention.

        >>> t = MentionTable.build(articles=[{"article": "a1"}], documents=[{"key": "k"}, {"key": "j"}],
        ...     mentions=[MentionRow("a1", "k", 40, 44, "k"), MentionRow("a1", "j", 0, 4, "j"),
        ...               MentionRow("a1", "k", 9, 13, "k")])
        >>> t.cited_by("a1")
        [('j', 1), ('k', 2)]
        """
        c = self._c
        article = article[len("article:"):] if article.startswith("article:") else article
        at = c.article_row(article)
        if at is None:
            return []
        rows = c.rows_of_articles(np.array([at]))
        rows = rows[np.argsort(c.start[rows], kind="stable")]
        counts: dict[str, int] = {}
        for key in c.keys(rows):
            counts[key] = counts.get(key, 0) + 1
        return list(counts.items())

    def timeline(self, doc, freq: str = "month") -> list[tuple[str, int]]:
        """How many articles cite ``doc`` per ``"year"``, ``"month"`` or ``"day"`` (undated
        articles left out), as :meth:`CitationGraph.timeline
        <dangdoc.graph.core.CitationGraph.timeline>` counts them.

        >>> t = _example()
        >>> t.timeline("05-CT/TW")
        [('2017-03', 1)]
        """
        width = {"year": 4, "month": 7, "day": 10}[freq]
        c = self._c
        rows = self._rows([c.row_of_key[k] for k in self.documents(doc)], None, None, None)
        pairs = {(a, d) for a, d in zip(c.article[rows].tolist(), c.day[rows].tolist()) if d != UNDATED}
        counts = collections.Counter(date.isoformat()[:width] for date in c.dates(np.array([d for _, d in pairs],
                                                                                            np.int64)))
        return sorted(counts.items())

    def co_cited(self, doc, n: int = 20) -> list[tuple[str, int]]:
        """The documents most often cited in the same articles as ``doc`` (each article
        counts once), as :meth:`CitationGraph.co_cited
        <dangdoc.graph.core.CitationGraph.co_cited>` ranks them.

        >>> t = _example()
        >>> t.co_cited("05-CT/TW")
        [('04-NQ/TW · khóa XII', 1)]
        """
        c = self._c
        docs = [c.row_of_key[k] for k in self.documents(doc)]
        articles = np.unique(c.article[self._rows(docs, None, None, None)])
        rows = c.rows_of_articles(articles)
        pairs = np.unique(np.stack([c.doc_of_row[rows].astype(np.int64), c.article[rows].astype(np.int64)]), axis=1)
        counts = np.bincount(pairs[0], minlength=c.documents.num_rows) if pairs.size else \
            np.zeros(c.documents.num_rows, np.int64)
        counts[docs] = 0
        chosen = np.flatnonzero(counts)
        chosen = chosen[np.lexsort((chosen, -counts[chosen]))][:n]  # rows are sorted by key
        keys = c.documents.column("key").take(_indices(chosen)).to_pylist()
        return list(zip(keys, counts[chosen].tolist()))

    def related(self, doc, depth: int = 2) -> list[tuple[str, str, str, str, str]]:
        """Relations around ``doc``, both ways, up to ``depth`` steps, each
        ``(source, relation, target, evidence, article)``, as :meth:`CitationGraph.related
        <dangdoc.graph.core.CitationGraph.related>` finds them (step by step; within a
        step in the order the articles state them).

        >>> t = _example()
        >>> t.related("04-NQ/TW · khóa XII")
        [('05-CT/TW · khóa XII', 'implements', '04-NQ/TW · khóa XII', '', 'a1')]
        """
        c = self._c
        r = c.relations
        src, tgt = _numpy(r.column("source")).tolist(), _numpy(r.column("target")).tolist()
        keys = c.documents.column("key")
        frontier = {c.row_of_key[k] for k in self.documents(doc)}
        seen, out, shown, done = set(frontier), [], set(), set()
        stating = c.relations_of()
        for _ in range(depth):
            touching = sorted({i for d in frontier for i in stating.get(d, ())} - done)
            done.update(touching)
            nxt = set()
            for i in touching:
                for other in (src[i], tgt[i]):
                    if other not in seen:
                        seen.add(other)
                        nxt.add(other)
            picked = r.take(_indices(np.array(touching, np.int64)))
            rows = zip(keys.take(picked.column("source")).to_pylist(), picked.column("type").to_pylist(),
                       keys.take(picked.column("target")).to_pylist(),
                       [e or "" for e in picked.column("evidence").to_pylist()],
                       c.articles.column("id").take(picked.column("article")).to_pylist())
            for row in rows:
                if row not in shown:
                    shown.add(row)
                    out.append(row)
            frontier = nxt
        return out

    def subgraph(self, doc, depth: int = 1):
        """A focused :class:`~dangdoc.graph.core.CitationGraph`: ``doc``, the documents
        related to it within ``depth``, and the articles citing any of them (built from the
        columns, whatever the size of the table).

        >>> t = _example()
        >>> t.subgraph("05-CT/TW", depth=0)
        <CitationGraph: 2 articles, 1 documents, 2 edges>
        """
        from .core import CitationGraph

        return CitationGraph(self.to_networkx(doc, depth))

    @property
    def graph(self):
        """The whole corpus as a networkx ``MultiDiGraph`` in
        :class:`~dangdoc.graph.core.CitationGraph`'s format, built on first use and kept
        (about a second per 100,000 mentions: for large tables ask :meth:`subgraph`).

        >>> t = MentionTable.build(articles=[{"article": "a"}], documents=[{"key": "k"}],
        ...                        mentions=[MentionRow("a", "k", 0, 1, "k")])
        >>> sorted(t.graph.edges())
        [('article:a', 'doc:k')]
        """
        return self._c._lazy("networkx", self.to_networkx)

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
            docs = np.flatnonzero(c.present)
        else:
            docs = c.related_documents([c.row_of_key[k] for k in self.documents(doc)], depth)
        return c.networkx(docs)


def _catalog_and_rows(catalog, kept: str | None) -> tuple:
    """The catalogue to read and link with, and the user's rows to keep with the table: a
    CSV path gives its rows; nothing given, the rows ``kept`` before (else the packaged
    catalogue, None); a Catalog is used as it is."""
    from ..resolve.catalog import Catalog

    if isinstance(catalog, (str, Path)):
        kept = Path(catalog).read_text(encoding="utf-8-sig")
    elif catalog is not None:
        return catalog, kept
    return (Catalog.default().with_csv_text(kept, "the table's catalogue rows") if kept else None), kept


def _example() -> MentionTable:
    """The small table the examples of :class:`MentionTable`'s questions ask: article a1
    (2017-03-02) cites 05-CT/TW and 04-NQ/TW and says the first implements the second;
    article a2 (undated) cites 05-CT/TW."""
    return MentionTable.build(
        articles=[{"article": "a1", "date": "2017-03-02"}, {"article": "a2"}],
        documents=[{"key": "05-CT/TW · khóa XII", "doc_id": "05-CT/TW"}, {"key": "04-NQ/TW · khóa XII"}],
        mentions=[MentionRow("a1", "05-CT/TW · khóa XII", 0, 10, "Chỉ thị 05"),
                  MentionRow("a1", "04-NQ/TW · khóa XII", 20, 30, "NQ 04"),
                  MentionRow("a2", "05-CT/TW · khóa XII", 0, 10, "Chỉ thị 05")],
        relations=[RelationRow("a1", "05-CT/TW · khóa XII", "implements", "04-NQ/TW · khóa XII")])


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
    into this part's own articles and documents. ``contexts`` gives, when called, the
    words around each mention (one row per row of ``mentions``), which only linking
    reads: kept compressed beside the part and read only then."""

    articles: "pa.Table"
    documents: "pa.Table"
    mentions: "pa.Table"
    relations: "pa.Table"
    contexts: Callable[[], "pa.Table"]

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
        return _dictionary(codes, _texts(values))


def _dictionary(codes: "np.ndarray", values: "pa.Array") -> "pa.DictionaryArray":
    """A dictionary array of ``codes`` (-1 for none) into ``values``, with the narrowest index type."""
    width = np.int8 if len(values) < 2**7 else np.int16 if len(values) < 2**15 else np.int32
    return pa.DictionaryArray.from_arrays(_numbers(codes.astype(width), missing=codes < 0), values)


class _Builder:
    """Rows in, one part out."""

    def __init__(self):
        self.ids: list[str] = []
        self.article_row: dict[str, int] = {}
        self.dates: list = []
        self.article_strings = {name: _Strings() for name in ("title", "source", "url", "locality", "acting_body", "label")}
        self._article_columns = tuple(self.article_strings.values())
        self.doc_fields: dict[str, dict] = {}
        self.doc_given: dict[str, Mapping] = {}  # the mapping first given for each key, not read again
        self.doc_blank: dict[str, set] = {}  # the fields of each key still blank
        self.m_article: list[int] = []
        self.m_key = _Strings()
        self.m_start: list[int] = []
        self.m_end: list[int] = []
        self.m_conf: list = []
        self.m_kind, self.m_surface, self.m_sentence = _Strings(), _Strings(), _Strings()
        self.m_written, self.m_evidence, self.m_note, self.m_topic = _Strings(), _Strings(), _Strings(), _Strings()
        self.m_context = _Strings()
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
        label = a.get("label")  # kept only when it is not the usual one, the title or else the id
        values = (a.get("title"), a.get("source"), a.get("url"), a.get("locality"), a.get("acting_body"),
                  None if label == (a.get("title") or a["article"]) else label)
        # once per article of the corpus, cited or not: dictionary encoding inlined
        for column, value in zip(self._article_columns, values):
            index = column.index
            column.codes.append(index.setdefault(value, len(index)))
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

    def mention(self, article: int, key, start, end, surface, kind, sentence, confidence, written=None,
                evidence=None, note=None, topic=None, context=None) -> None:
        # the hot loop of a build (millions of calls): dictionary encoding inlined
        self.m_article.append(article)
        for column, value in ((self.m_key, key), (self.m_kind, kind), (self.m_surface, surface),
                              (self.m_sentence, sentence), (self.m_written, written), (self.m_evidence, evidence),
                              (self.m_note, note), (self.m_topic, topic)):
            index = column.index
            column.codes.append(index.setdefault(value, len(index)))
        self.m_start.append(start)
        self.m_end.append(end)
        self.m_conf.append(confidence)
        self.m_context.add(context)

    def relation(self, article: int, source, type, target, evidence, start, end) -> None:
        self.r_article.append(article)
        self.r_source.add(source)
        self.r_strings["type"].add(type)
        self.r_target.add(target)
        self.r_strings["evidence"].add(evidence)
        self.r_start.append(start)
        self.r_end.append(end)

    def part(self) -> _Part:
        for key in list(self.m_key.values) + self.m_written.values + self.r_source.values + self.r_target.values:
            if key is not None:
                self.doc_fields.setdefault(key, {"key": key})
        keys = list(self.doc_fields)
        doc_row = {k: i for i, k in enumerate(keys)}
        dates = np.asarray(self.dates, np.int32)
        articles = pa.table({
            "id": _texts(self.ids),
            "title": self.article_strings["title"].array(),
            "date": _numbers(dates, pa.date32(), dates == UNDATED),
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
            "article": _numbers(m_article),
            "document": _numbers(m_doc),
            "day": _numbers(dates[m_article] if len(m_article) else np.empty(0, np.int32)),
            "locality": _array(articles.column("locality")).take(_numbers(m_article)),
            "start": _numbers(self.m_start, pa.int32()),
            "end": _numbers(self.m_end, pa.int32()),
            "kind": self.m_kind.array(),
            "surface": self.m_surface.array(),
            "sentence": self.m_sentence.array(),
            "confidence": _numbers(self.m_conf, pa.float32()),
            "written": self.m_written.array(),
            "evidence": self.m_evidence.array(),
            "note": self.m_note.array(),
            "topic": self.m_topic.array(),
        })
        contexts = pa.table({"context": self.m_context.array()})

        def doc_rows(strings: _Strings) -> "np.ndarray":
            lookup = np.asarray([doc_row[k] for k in strings.values] + [-1], np.int32)
            return lookup[np.asarray(strings.codes, np.int64)]

        relations = pa.table({
            "article": _numbers(self.r_article, pa.int32()),
            "source": _numbers(doc_rows(self.r_source)),
            "type": self.r_strings["type"].array(),
            "target": _numbers(doc_rows(self.r_target)),
            "evidence": self.r_strings["evidence"].array(),
            "start": _numbers(self.r_start, pa.int32()),
            "end": _numbers(self.r_end, pa.int32()),
        })
        return _Part(articles, documents, mentions, relations, lambda: contexts)


def _blank(value) -> bool:
    return value is None or value == [] or value == ""


def _date_of(day: int) -> "dt.date | None":
    """A day as the tables keep it (days since 1970-01-01, UNDATED for none) as a date."""
    return None if day == UNDATED else dt.date.fromordinal(day + _EPOCH)


def _day(date) -> int:
    """Days since 1970-01-01 of an ISO date or a date; UNDATED for None."""
    if date is None or date == "":
        return UNDATED
    if isinstance(date, str):
        date = dt.date.fromisoformat(date[:10])
    return date.toordinal() - _EPOCH


def _documents_table(raw: list[dict], linked: list[dict | None] | None = None) -> "pa.Table":
    """The documents table of a list of field mappings (each with ``key``): ``raw`` as the
    articles give them, ``linked`` as linking left them (None where the same). The
    columns answer with the linked fields; ``fields`` keeps the raw ones, for linking
    again, and ``linked`` the linked ones where they differ."""
    linked = linked or [None] * len(raw)
    fields = [l if l is not None else r for r, l in zip(raw, linked)]
    columns = {"key": _texts([f["key"] for f in fields])}
    for name in _DOCUMENT_STRINGS:
        columns[name] = _texts([None if f.get(name) is None else str(f[name]) for f in fields])
    days = np.asarray([_day(f.get("date")) for f in fields], np.int32)
    columns["date"] = _numbers(days, pa.date32(), days == UNDATED)
    years = [f.get("year") or (int(str(f["date"])[:4]) if f.get("date") else None) for f in fields]
    columns["year"] = _numbers([y or 0 for y in years], pa.int32(), [y is None for y in years])
    columns["ambiguous"] = _flags([bool(f.get("ambiguous")) for f in fields])
    columns["candidates"] = _text_lists([list(f.get("candidates") or []) for f in fields])
    # every field as given, so the networkx graph gets back exactly what the records held
    columns["fields"] = _texts([json.dumps(f, ensure_ascii=False) for f in raw])
    columns["linked"] = _texts([None if l is None or l == r else json.dumps(l, ensure_ascii=False)
                                for r, l in zip(raw, linked)])
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
                  m.get("confidence"), m.get("written"), m.get("evidence"), m.get("note"), m.get("topic"),
                  m.get("context"))
    for r in relations:
        r = _as_mapping(r)
        b.relation(b.article_row[r["article"]], r["source"], r["type"], r["target"], r.get("evidence"),
                   r.get("start"), r.get("end"))
    return b.part()


def _part_from_records(records, evidence=None) -> _Part:
    """The adapter for :class:`dangdoc.corpus.pipeline.Record` (article dict, documents
    key → fields, :class:`~dangdoc.corpus.pipeline.MentionRow` and
    :class:`~dangdoc.corpus.pipeline.RelationRow` rows); ``evidence`` (an
    :class:`~dangdoc.graph.link.Evidence`, or a :class:`_Reader`) is given each article's
    mentions as it comes."""
    from .link import Cite

    b = _Builder()
    given: set[str] = set()  # the articles whose mentions the evidence was given
    for r in records:
        if evidence is not None and r.article["article"] in given:
            evidence.repeated = True  # the later copy replaces the earlier, whose mentions were read
        row = b.article(r.article)
        if not r.mentions:  # an article that cites nothing states no relation either (as in the graph)
            continue
        for key, fields in r.documents.items():
            b.document(key, fields)
        for m in r.mentions:
            b.mention(row, m.document, m.start, m.end, m.surface, m.kind, m.sentence, None, None, None, m.note,
                      m.topic, m.context)
        if evidence is not None:
            article = r.article["article"]
            given.add(article)
            evidence.add(article, [Cite(article, m.document, m.start, m.surface, m.context or m.sentence, m.topic)
                                   for m in r.mentions])
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
        column = _array(table.column(i))
        codes = _codes_of(column).astype(np.int64)
        used = np.bincount(codes[codes >= 0], minlength=len(column.dictionary)) > 0
        new = np.cumsum(used) - 1
        remap = np.append(new, -1)  # -1 (no value) stays -1
        table = table.set_column(i, field.name, _dictionary(remap[codes], column.dictionary.filter(_flags(used))))
    return table


@attrs.frozen
class _Links:
    """What linking the whole corpus decided (:meth:`MentionTable.link`), kept beside the
    parts: one row per linked article and document key as written (``article``,
    ``written``, ``document``, ``confidence``, ``evidence``), and the fields of the
    documents linking changed or added (``key``, ``fields`` as JSON)."""

    links: "pa.Table"
    documents: "pa.Table"


class _Merged:
    """Several parts read as one, before their tables are made: which copy of each article
    stays (the later), and each document's fields as the parts give them."""

    def __init__(self, parts: list[_Part]):
        self.parts = parts
        sizes = np.array([0] + [p.articles.num_rows for p in parts])
        self.base = base = np.cumsum(sizes)
        articles = _concat([p.articles for p in parts])
        total = articles.num_rows
        seq = np.arange(total)
        order = _numpy(pa.table({"id": articles.column("id"), "seq": _numbers(seq)}).sort_by(
            [("id", "ascending"), ("seq", "descending")]).column("seq"))
        ids = articles.column("id").take(_indices(order))
        first = np.ones(total, bool)
        if total > 1:
            first[1:] = _numpy(pc.not_equal(ids.slice(1), ids.slice(0, total - 1)))
        winners = order[first]
        #: each part's article row (the parts' rows one after the other) → its row among
        #: the articles that stay, or -1 (a later copy replaces it)
        self.new_article = new_article = np.full(total, -1, np.int64)
        new_article[winners] = np.arange(len(winners))
        #: the articles that stay, by id
        self.articles = articles.take(_indices(winners))

        # documents: every part's fields, earlier parts first, later ones filling blanks; only
        # the documents a part's live articles name (an article added again takes the fields
        # its earlier version gave with it, as in the graph)
        #: document key → its fields (read, not to be changed: the table is made of them)
        self.fields: dict[str, dict] = {}
        #: document key → its fields as linking left them, where they differ (JSON text)
        self.linked: dict[str, str] = {}
        #: each part's document keys, by its document row
        self.doc_keys: list[list[str]] = []
        #: the keys of the ends of the relations the live articles state, each part's
        self._stated: list[list[str]] = []
        merged = self.fields
        for i, p in enumerate(parts):
            keys = p.documents.column("key").to_pylist()
            self.doc_keys.append(keys)
            live = new_article[base[i]:base[i + 1]] >= 0
            used = _named_documents(p, keys, live)
            for key, text, done in itertools.compress(zip(keys, p.documents.column("fields").to_pylist(),
                                                          p.documents.column("linked").to_pylist()), used):
                fields = json.loads(text)
                old = merged.get(key)
                if old is None:
                    merged[key] = fields
                else:
                    fill_blanks(old, fields)
                    for name, value in fields.items():  # a document first known from the catalogue had only its key
                        old.setdefault(name, value)
                if done is not None:
                    self.linked.setdefault(key, done)
            r = p.relations
            r_live = live[_numpy(r.column("article")).astype(np.int64)]
            self._stated.append([keys[d] for end in ("source", "target") for d in _numpy(r.column(end))[r_live].tolist()])

    def stated(self) -> set[str]:
        """The documents the live articles state a relation of."""
        return set().union(*self._stated)


def _consolidate(parts: list[_Part], linked: _Links | None = None, merged: _Merged | None = None) -> "_Columns":
    """One sorted table of several parts: the later copy of an article wins. With
    ``linked``, each mention goes to the document linking chose for its article and the
    key as written, and those documents take the fields linking gave them; without, the
    mentions stay as the parts hold them. ``merged`` is the parts read already."""
    m = merged if merged is not None else _Merged(parts)
    base, new_article, articles, doc_keys = m.base, m.new_article, m.articles, m.doc_keys
    merged = dict(m.fields)
    if linked is None:  # the documents' fields as linking left them, where they differ
        after = {key: json.loads(text) for key, text in m.linked.items()}
    else:  # what linking the whole corpus decided
        after = {}
        for key, text in zip(linked.documents.column("key").to_pylist(), linked.documents.column("fields").to_pylist()):
            after[key] = json.loads(text)
            merged.setdefault(key, {"key": key})  # a document known from the catalogue only
    all_keys = list(merged)
    gid = {k: i for i, k in enumerate(all_keys)}

    def global_docs(part_index: int, column) -> "np.ndarray":
        lookup = np.asarray([gid.get(k, -1) for k in doc_keys[part_index]] + [-1], np.int64)
        local = _numpy(column).astype(np.int64)
        return lookup[local]

    mentions = _concat([p.mentions for p in parts])
    m_art = new_article[np.concatenate([_numpy(p.mentions.column("article")).astype(np.int64) + base[i] for i, p in enumerate(parts)])]
    m_gdoc = np.concatenate([global_docs(i, p.mentions.column("document")) for i, p in enumerate(parts)])
    written = _key_codes(mentions.column("written"), gid)  # the key as written, where linking moved it
    if linked is not None:
        m_gdoc, written, mentions = _relinked(mentions, m_art, np.where(written >= 0, written, m_gdoc), articles, gid,
                                              linked.links)
    alive = m_art >= 0
    relations = _concat([p.relations for p in parts])
    r_art = new_article[np.concatenate([_numpy(p.relations.column("article")).astype(np.int64) + base[i] for i, p in enumerate(parts)])]
    r_gsrc = np.concatenate([global_docs(i, p.relations.column("source")) for i, p in enumerate(parts)])
    r_gtgt = np.concatenate([global_docs(i, p.relations.column("target")) for i, p in enumerate(parts)])
    # a document lives while a live article cites it, names it as written (linking may
    # run again) or states a relation of it (one named without a number is never cited)
    stated = r_art >= 0
    live = np.unique(np.concatenate([m_gdoc[alive], written[alive & (written >= 0)], r_gsrc[stated],
                                     r_gtgt[stated]]).astype(np.int64))
    live_keys = sorted(all_keys[g] for g in live)
    new_doc = np.full(len(all_keys) + 1, -1, np.int64)  # the last slot answers for -1
    new_doc[[gid[k] for k in live_keys]] = np.arange(len(live_keys))
    m_doc = new_doc[m_gdoc[alive]]
    m_written = new_doc[written[alive]]
    m_art = m_art[alive]
    days = _days_of(articles.column("date"))
    m_day = days[m_art]
    start = _numpy(mentions.column("start"))[alive]
    order = np.lexsort((start, -m_art, -m_day.astype(np.int64), m_doc))
    kept = np.flatnonzero(alive)[order]
    mentions = mentions.take(_indices(kept))
    mentions = mentions.set_column(0, "article", _numbers(m_art[order], pa.int32()))
    mentions = mentions.set_column(1, "document", _numbers(m_doc[order], pa.int32()))
    mentions = mentions.set_column(2, "day", _numbers(m_day[order]))
    mentions = mentions.set_column(3, "locality", _array(articles.column("locality")).take(
        _indices(m_art[order])))
    keys = _texts(live_keys)
    mentions = mentions.set_column(mentions.schema.get_field_index("written"), "written",
                                   _dictionary(m_written[order].astype(np.int32), keys))
    mentions = _tight(mentions)

    r_src = new_doc[r_gsrc]
    r_tgt = new_doc[r_gtgt]
    keep = (r_art >= 0) & (r_src >= 0) & (r_tgt >= 0)
    r_order = np.flatnonzero(keep)
    r_order = r_order[np.lexsort((_numpy(relations.column("start"), nulls=True)[r_order],
                                  r_art[r_order]))]  # by article, then where it is stated
    relations = relations.take(_indices(r_order))
    for i, name, values in ((0, "article", r_art), (1, "source", r_src), (3, "target", r_tgt)):
        relations = relations.set_column(i, name, _numbers(values[r_order], pa.int32()))
    stated = _tight(relations)
    relations = _linked(stated, mentions, live_keys)

    counts = np.bincount(m_doc[order], minlength=len(live_keys))
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    sorted_doc, sorted_art = m_doc[order], m_art[order]
    run = np.ones(len(sorted_doc), bool)
    run[1:] = (sorted_doc[1:] != sorted_doc[:-1]) | (sorted_art[1:] != sorted_art[:-1])
    citers = np.bincount(sorted_doc[run], minlength=len(live_keys)).astype(np.int32)
    documents = _documents_table([merged[k] for k in live_keys], [after.get(k) for k in live_keys])
    documents = documents.append_column("first", _numbers(offsets[:-1])).append_column("citers", _numbers(citers))
    stated_docs = np.zeros(len(live_keys), bool)
    stated_docs[_numpy(relations.column("source"))] = True
    stated_docs[_numpy(relations.column("target"))] = True
    # a document only ever written as linking moved it (no mention, no relation) is kept
    # for linking again and is not part of the corpus's answers
    documents = documents.append_column("present", _flags((counts > 0) | stated_docs))
    contexts = _Once(lambda: _concat([p.contexts() for p in parts]).take(_indices(kept)))
    return _Columns(_tight(articles), documents, mentions, stated, contexts, relations)


def _find_pairs(arts: "np.ndarray", docs: "np.ndarray", q_arts: "np.ndarray", q_docs: "np.ndarray",
                width: int) -> tuple:
    """Where each (article, document) asked for, ``q_arts``/``q_docs``, is among the pairs
    ``arts``/``docs`` (document numbers below ``width``): whether it is, and the index of
    its first copy there (0 where it is not).

    >>> _find_pairs(np.array([0, 1, 1]), np.array([5, 2, 5]), np.array([1, 0, 2]), np.array([5, 2, 5]), 10)
    (array([ True, False, False]), array([2, 0, 0]))
    """
    if not len(arts):
        return np.zeros(len(q_arts), bool), np.zeros(len(q_arts), np.int64)
    codes = arts * width + docs
    order = np.argsort(codes, kind="stable")
    mine = q_arts * width + q_docs
    at = np.minimum(np.searchsorted(codes[order], mine), len(codes) - 1)
    hit = codes[order][at] == mine
    return hit, np.where(hit, order[at], 0)


def _linked(stated: "pa.Table", mentions: "pa.Table", keys: list[str]) -> "pa.Table":
    """The relations as the table answers them: each end goes where linking sent the same
    article's mentions written as it ("Nghị định 67 quy định chi tiết Luật ..." names the
    decree the article's "Nghị định 67" was linked to). ``stated`` keeps the ends as
    written, for linking again; a relation that linking would make join a document to
    itself goes."""
    written = _array(mentions.column("written"))
    if not stated.num_rows or written.null_count == len(written):  # nothing linked: as stated
        return stated
    n_docs = len(keys)
    row_of = {k: i for i, k in enumerate(keys)}
    lookup = np.asarray([row_of.get(k, -1) for k in written.dictionary.to_pylist()] + [-1], np.int64)
    m_written = lookup[_codes_of(written)]
    moved = m_written >= 0
    if not moved.any():
        return stated
    m_art = _numpy(mentions.column("article")).astype(np.int64)[moved]
    to = _numpy(mentions.column("document")).astype(np.int64)[moved]
    r_art = _numpy(stated.column("article")).astype(np.int64)
    was = [_numpy(stated.column(name)).astype(np.int64) for name in ("source", "target")]
    ends = []
    for end in was:
        hit, at = _find_pairs(m_art, m_written[moved], r_art, end, n_docs + 1)
        ends.append(np.where(hit, to[at], end))
    # a relation linking made a document's to itself goes (one stated so stays, as in the graph)
    kept = np.flatnonzero((ends[0] != ends[1]) | ((ends[0] == was[0]) & (ends[1] == was[1])))
    relations = stated.take(_indices(kept))
    for i, name, values in ((1, "source", ends[0]), (3, "target", ends[1])):
        relations = relations.set_column(i, name, _numbers(values[kept], pa.int32()))
    return _tight(relations)


def _evidence(c: "_Columns"):
    """What linking reads of a table's mentions (:class:`~dangdoc.graph.link.Evidence`),
    each under the key it was written with (where linking may have moved it)."""
    from .link import Cite, Evidence

    evidence = Evidence()
    if not len(c.mentions):
        return evidence
    # every string is one object per distinct value, shared by the rows that hold it
    key_list = c.documents.column("key").to_pylist()
    row_of = {k: i for i, k in enumerate(key_list)}
    written = _array(c.mentions.column("written"))
    lookup = np.asarray([row_of[k] for k in written.dictionary.to_pylist()] + [-1], np.int64)
    as_written = lookup[_codes_of(written)]
    as_written = np.where(as_written >= 0, as_written, c.doc_of_row)
    rows = np.lexsort((c.start, as_written, c.article))  # by article
    id_list = c.articles.column("id").to_pylist()
    contexts = _shared(c.contexts().column("context"), rows)
    sentences = _shared(c.mentions.column("sentence"), rows)
    cites = list(map(Cite, [id_list[a] for a in c.article[rows].tolist()],
                     [key_list[d] for d in as_written[rows].tolist()], c.start[rows].tolist(),
                     _shared(c.mentions.column("surface"), rows),
                     [ctx or sentence for ctx, sentence in zip(contexts, sentences)],
                     _shared(c.mentions.column("topic"), rows)))
    for article, its in itertools.groupby(cites, key=lambda cite: cite.article):
        evidence.add(article, list(its))
    return evidence


def _grown_evidence(reader: "_Reader", c: "_Columns", part: _Part):
    """The evidence ``reader`` read of the table ``c`` and of ``part``, if it is that of
    the table the part grows it into; None if the part holds an article of the table (its
    later copy replaces it, and the earlier's mentions were read) or one twice."""
    if len(c.articles) and pc.any(pc.is_in(part.articles.column("id"),
                                           value_set=_array(c.articles.column("id")))).as_py():
        return None  # asked first: one process then never reads the table's evidence for nothing
    return reader.evidence()


class _Reader:
    """Linking's evidence (:class:`~dangdoc.graph.link.Evidence`): that of a table's
    mentions (``columns``, or None) and of each new article's mentions as :meth:`add` is
    given them. When ``pool`` (:class:`~dangdoc.graph.core.Workers`, forked already) has
    worker processes reading the articles, it is read in a thread beside them, the table's
    first; when this process reads them, the new articles' are read here and now, and the
    table's only if :meth:`evidence` asks for it (a thread would only take turns with the
    reading). :meth:`evidence` gives it: None if an article came twice (its later copy
    replaces the earlier, whose mentions were read; the evidence is then read from the
    table). A failure of the thread is raised by the next :meth:`add`; a build stopped on
    the way does not wait for the thread."""

    def __init__(self, columns: "_Columns | None", pool):
        from .link import Evidence

        self.repeated = False
        self._columns = columns
        self._result: list = []
        self._stop = False
        self._thread = None
        if pool.pool is None:
            self._new = Evidence()
            return
        import queue
        import threading

        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._read, daemon=True, name="dangdoc-evidence")
        self._thread.start()

    def _read(self) -> None:
        from .link import Evidence

        try:
            evidence = _evidence(self._columns) if self._columns is not None else Evidence()
            while (item := self._queue.get()) is not None:
                if not self._stop:
                    evidence.add(*item)
            self._result.append(evidence)
        except BaseException as exc:  # taken to the caller by add() or evidence()
            self._result.append(exc)

    def add(self, article: str, cites: list) -> None:
        if self._thread is None:
            self._new.add(article, cites)
        elif self._result:  # the thread ended before it was told to: it failed
            self.evidence()
        else:
            self._queue.put((article, cites))

    def evidence(self):
        if self._thread is None:
            if self.repeated or self._new.repeated:
                return None
            if self._columns is None:
                return self._new
            evidence = _evidence(self._columns)
            evidence.update(self._new)
            return None if evidence.repeated else evidence
        self._queue.put(None)
        self._thread.join()
        result = self._result[0]
        if isinstance(result, BaseException):
            raise result
        return None if self.repeated or result.repeated else result

    def __enter__(self) -> "_Reader":
        return self

    def __exit__(self, kind, *exc) -> None:
        if self._thread is not None and self._thread.is_alive():
            self._stop = kind is not None  # stopped on the way: what is queued goes unread, unwaited for
            self._queue.put(None)
            if kind is None:
                self._thread.join()


def _shared(column, rows: "np.ndarray") -> list:
    """The values of a string column at ``rows``, one Python object per distinct value:
    for reading every row (linking), where :func:`_decode` serves a query's few rows."""
    column = _array(column)
    if not pa.types.is_dictionary(column.type):
        column = column.dictionary_encode()
    values = column.dictionary.to_pylist() + [None]  # code -1 reads the last slot
    return [values[code] for code in _codes_of(column)[rows].tolist()]


def _named_documents(part: _Part, keys: list[str], live: "np.ndarray") -> list[bool]:
    """Which documents of a part its live articles (``live``, by the part's article row)
    cite, name as written before linking, or state a relation of."""
    used = np.zeros(len(keys), bool)
    m = part.mentions
    m_live = live[_numpy(m.column("article")).astype(np.int64)]
    used[_numpy(m.column("document"))[m_live]] = True
    written = _array(m.column("written"))
    row = {k: i for i, k in enumerate(keys)}
    lookup = np.asarray([row[k] for k in written.dictionary.to_pylist()] + [-1], np.int64)
    codes = lookup[_codes_of(written)][m_live]
    used[codes[codes >= 0]] = True
    r = part.relations
    r_live = live[_numpy(r.column("article")).astype(np.int64)]
    used[_numpy(r.column("source"))[r_live]] = True
    used[_numpy(r.column("target"))[r_live]] = True
    return used.tolist()


class _Once:
    """A value made on first use, then kept (the contexts, read only to link)."""

    def __init__(self, make):
        self._make, self._value = make, None

    def __call__(self):
        if self._value is None:
            self._value = self._make()
        return self._value


def _key_codes(column, gid: dict[str, int]) -> "np.ndarray":
    """A dictionary column of document keys as global document numbers, -1 where none."""
    column = _array(column)
    lookup = np.asarray([gid.get(k, -1) for k in column.dictionary.to_pylist()] + [-1], np.int64)
    codes = _codes_of(column).astype(np.int64)
    return lookup[codes]


def _relinked(mentions: "pa.Table", m_art: "np.ndarray", written: "np.ndarray", articles: "pa.Table",
              gid: dict[str, int], links: "pa.Table") -> tuple:
    """Each mention sent where ``links`` send its article's key as written (else left at
    that key): the documents, the keys as written where moved (-1 elsewhere), and the
    mentions with their ``confidence`` and ``evidence``."""
    n_docs = len(gid) + 1
    found = pc.index_in(links.column("article"), value_set=articles.column("id"))
    link_art = _numpy(found, nulls=True).astype(np.int64)
    if found.null_count:
        link_art[~_numpy(found.is_valid())] = -1
    link_from = np.asarray([gid.get(k, -1) for k in links.column("written").to_pylist()], np.int64)
    link_to = np.asarray([gid.get(k, -1) for k in links.column("document").to_pylist()], np.int64)
    ok = np.flatnonzero((link_art >= 0) & (link_from >= 0) & (link_to >= 0))
    hit, at = _find_pairs(link_art[ok], link_from[ok], m_art, written, n_docs)
    hit &= m_art >= 0
    row = ok[at] if len(ok) else at  # the row of links
    documents = np.where(hit, link_to[row] if len(ok) else written, written)
    moved_from = np.where(hit, written, -1)
    confidence = np.asarray(links.column("confidence").to_pylist() or [0.0], np.float32)
    evidence = _texts(links.column("evidence").to_pylist() or [None])
    row = _numbers(np.where(hit, row, 0), pa.int64(), ~hit)
    mentions = mentions.set_column(mentions.schema.get_field_index("confidence"), "confidence",
                                   _numbers(confidence, pa.float32()).take(row))
    mentions = mentions.set_column(mentions.schema.get_field_index("evidence"), "evidence",
                                   evidence.take(row).dictionary_encode())
    return documents, moved_from, mentions


class _Columns:
    """One consolidated table and the arrays its queries read (numpy views where Arrow allows)."""

    def __init__(self, articles, documents, mentions, stated, contexts, relations=None):
        # the relations as the articles state them (the ends as written), and as the table
        # answers them (where linking sent the ends: made on first use, opening reads no column)
        self.articles, self.documents, self.mentions, self.stated = articles, documents, mentions, stated
        self.contexts = contexts
        first = _numpy(documents.column("first"))
        self.offsets = np.append(first, mentions.num_rows).astype(np.int64)
        self.citers = _numpy(documents.column("citers"))
        self.article = _numpy(mentions.column("article"))
        self.day = _numpy(mentions.column("day"))
        self.start = _numpy(mentions.column("start"))
        self.end = _numpy(mentions.column("end"))
        self._cache: dict = {} if relations is None else {"relations": relations}

    @property
    def relations(self) -> "pa.Table":
        return self._lazy("relations", lambda: _linked(self.stated, self.mentions,
                                                       self.documents.column("key").to_pylist()))

    def part(self) -> _Part:
        """The table as a part, to be merged with another."""
        return _Part(self.articles, self.documents.drop_columns(["first", "citers", "present"]), self.mentions,
                     self.stated, self.contexts)

    def _lazy(self, name, make):
        value = self._cache.get(name)
        if value is None:
            value = self._cache[name] = make()
        return value

    # what the first query of a kind needs, made then
    @property
    def present(self) -> "np.ndarray":
        """Which documents the corpus cites or relates (not those only written before linking)."""
        return self._lazy("present", lambda: _numpy(self.documents.column("present")))

    @property
    def row_of_key(self) -> dict[str, int]:
        def make():
            present = self.present
            return {k: i for i, k in enumerate(self.documents.column("key").to_pylist()) if present[i]}

        return self._lazy("row_of_key", make)

    @property
    def keys_of_id(self) -> dict[str, list[str]]:
        def make():
            index: dict[str, list[str]] = {}
            d = self.documents
            for row, (key, doc_id, ambiguous, present) in enumerate(zip(*(d.column(n).to_pylist() for n in
                                                                          ("key", "doc_id", "ambiguous", "present")))):
                if not present:
                    continue
                if ambiguous:  # it may be any of its candidates ("19/2017/NQ-CP"): it answers for each
                    fields = json.loads(d.column("linked")[row].as_py() or d.column("fields")[row].as_py())
                    for candidate in fields.get("candidate_ids") or []:
                        index.setdefault(candidate, []).append(key)
                elif doc_id:
                    index.setdefault(doc_id, []).append(key)
            return {k: sorted(set(v)) for k, v in index.items()}

        return self._lazy("keys_of_id", make)

    @property
    def keys_array(self) -> "pa.Array":
        return self._lazy("keys_array", lambda: _array(self.documents.column("key")))

    @property
    def place_codes(self) -> "np.ndarray":
        return self._lazy("place_codes", lambda: _codes_of(self.mentions.column("locality")))

    def place_match(self, locality: str) -> "np.ndarray":
        """Which places ``locality`` names (compared as the graph does, without case or
        diacritics), indexed by place code; the last slot answers for no place."""
        memo = self._lazy("places", dict)
        match = memo.get(locality)
        if match is None:
            values = _array(self.mentions.column("locality")).dictionary.to_pylist()
            if len(memo) >= _REMEMBERED_QUERIES:
                memo.clear()
            match = memo[locality] = np.array([place_matches(locality, v) for v in values] + [False], bool)
        return match

    @property
    def doc_ambiguous(self) -> "np.ndarray":
        return self._lazy("ambiguous", lambda: _numpy(self.documents.column("ambiguous")))

    def doc_strings(self, name: str) -> "np.ndarray":
        return self._lazy(f"doc:{name}", lambda: np.asarray(self.documents.column(name).to_pylist(), object))

    def relations_of(self) -> dict[int, list[int]]:
        """For each document (row), the relation rows it is the source or target of."""
        def make():
            index: dict[int, list[int]] = {}
            r = self.relations
            for i, (s, t) in enumerate(zip(_numpy(r.column("source")).tolist(), _numpy(r.column("target")).tolist())):
                index.setdefault(s, []).append(i)
                if t != s:
                    index.setdefault(t, []).append(i)
            return index

        return self._lazy("relations_of", make)

    def article_row(self, article: str) -> int | None:
        """The row of an article id (ids are sorted: a binary search, no index to build)."""
        ids = self.articles.column("id")
        lo, hi = 0, len(ids)
        while lo < hi:
            mid = (lo + hi) // 2
            if ids[mid].as_py() < article:
                lo = mid + 1
            else:
                hi = mid
        return lo if lo < len(ids) and ids[lo].as_py() == article else None

    def rows_of_articles(self, articles: "np.ndarray") -> "np.ndarray":
        """The mention rows of the articles (row numbers in the articles table)."""
        def make():
            order = np.argsort(self.article, kind="stable")
            starts = np.searchsorted(self.article[order], np.arange(self.articles.num_rows + 1))
            return order, starts

        order, starts = self._lazy("by_article", make)
        pieces = [order[starts[a]:starts[a + 1]] for a in np.asarray(articles).tolist()]
        return np.concatenate(pieces) if pieces else np.empty(0, np.int64)

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

    def dates(self, days: "np.ndarray") -> list:
        memo = self._lazy("dates", dict)
        out = []
        for day in days.tolist():
            date = memo.get(day)
            if date is None:
                date = memo[day] = _date_of(day)
            out.append(date)
        return out

    def keys(self, rows: "np.ndarray | slice") -> list[str]:
        """The document keys of mention rows (a run of one document, or any rows)."""
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
        """The mentions with their articles' and documents' fields, in the columns of
        :data:`~dangdoc.graph.core.MENTION_COLUMNS`, article by article in text order."""
        rows = np.lexsort((self.start, self.article))  # articles are sorted by id
        art = _indices(self.article[rows])
        a = self.articles.select(["id", "title", "date", "url", "source"]).take(art)
        province, district = _split_places(_array(self.articles.column("locality")))
        acting = _array(self.articles.column("acting_body"))
        d = self.documents.select(["key", "type", "number", "issuer", "year", "term", "title", "ambiguous"]).take(
            _indices(self.doc_of_row[rows]))
        d = d.set_column(2, "number", pc.cast(d.column("number"), pa.int32()))
        m = self.mentions.select(["confidence", "kind", "surface", "start", "end", "sentence"]).take(_indices(rows))
        columns = [*a.columns, province.take(art), district.take(art), acting.take(art), *d.columns, *m.columns]
        names = ["article", "title", "date", "url", "source", "province", "district", "acting_body", "document",
                 "type", "number", "issuer", "year", "term", "document_title", "ambiguous", *m.column_names]
        return pa.Table.from_arrays(columns, names=names)

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
        fields = {name: _decode(self, "articles", name, arts)
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
        texts = [done or text for text, done in zip(self.documents.column("fields").take(_indices(docs)).to_pylist(),
                                                    self.documents.column("linked").take(_indices(docs)).to_pylist())]
        for key, text in zip(key_col.take(_indices(docs)).to_pylist(), texts):
            g.add_node(f"doc:{key}", kind=DOCUMENT, **json.loads(text))
        id_of = self.articles.column("id")
        sources = id_of.take(_indices(self.article[rows])).to_pylist()
        targets = self.keys(rows)
        surfaces = _decode(self, "mentions", "surface", rows)
        kinds = _decode(self, "mentions", "kind", rows)
        sentences = _decode(self, "mentions", "sentence", rows)
        ends = self.end[rows].tolist()
        # what only some mentions have: the linking stage's, and what was read differently
        extra = {name: _decode(self, "mentions", name, rows) for name in ("written", "evidence", "note", "topic")}
        confidence = self.mentions.column("confidence").take(_indices(rows)).to_pylist()
        for i, (u, v, surface, start, end, kind, sentence) in enumerate(zip(
                sources, targets, surfaces, self.start[rows].tolist(), ends, kinds, sentences)):
            more = {name: values[i] for name, values in extra.items() if values[i]}
            if confidence[i] is not None:
                more["confidence"] = round(confidence[i], 2)
            g.add_edge(f"article:{u}", f"doc:{v}", relation="cites", surface=surface, start=start, end=end,
                       kind=kind, sentence=sentence, **more)
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


def _split_places(locality: "pa.DictionaryArray") -> tuple:
    """A place column ("Tam Kỳ, Quảng Nam") as its province and district columns (split
    once per distinct place, as :meth:`CitationGraph.mentions
    <dangdoc.graph.core.CitationGraph.mentions>` splits it)."""
    parts = [(value or "").rpartition(", ") for value in locality.dictionary.to_pylist()]
    codes = _codes_of(locality)
    out = []
    for i in (2, 0):
        names = [p[i] or None for p in parts]
        values = sorted({n for n in names if n})
        number = {n: k for k, n in enumerate(values)}
        remap = np.array([number.get(n, -1) for n in names] + [-1], np.int32)  # code -1 reads the last slot
        out.append(_dictionary(remap[codes], _texts(values)))
    return tuple(out)


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
    column = _array(column)
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
    column = _array(column)
    codes = _numpy(column.indices, nulls=True).astype(np.int32)
    if column.null_count:
        codes[~_numpy(column.is_valid())] = -1
    return codes


def _days_of(column) -> "np.ndarray":
    """A date column as days since 1970-01-01, UNDATED where there is none."""
    column = _array(column)
    days = _numpy(column.cast(pa.int32()), nulls=True).astype(np.int32)
    if column.null_count:
        days[~_numpy(column.is_valid())] = UNDATED
    return days


# -- Arrow arrays from Python and numpy values -------------------------------------------
# pa.array() (and pa.table() of numpy arrays) imports pandas on its first call when pandas
# is installed: 0.2 s before every build, for a check dangdoc never needs. These make the
# same arrays from their buffers.

def _indices(rows) -> "pa.Array":
    """Row numbers for Arrow's ``take`` from a numpy array, without a copy."""
    return _numbers(np.ascontiguousarray(rows, np.int64))


def _numbers(values, type_: "pa.DataType | None" = None, missing: "np.ndarray | None" = None) -> "pa.Array":
    """Numbers (a numpy array, or a list with None for no value) as an Arrow array of
    ``type_`` (by default the numpy array's), a date32 from days since 1970-01-01;
    ``missing`` marks more rows without one.

    >>> _numbers(np.array([3, 1], np.int32)).to_pylist(), _numbers([0.5, None], pa.float32()).to_pylist()
    ([3, 1], [0.5, None])
    >>> _numbers([0, 1], pa.date32(), np.array([False, True])).to_pylist()
    [datetime.date(1970, 1, 1), None]
    """
    if not isinstance(values, np.ndarray) and None in values:
        none = np.fromiter((v is None for v in values), bool, len(values))
        missing = none if missing is None else none | np.asarray(missing, bool)
        values = [0 if v is None else v for v in values]
    if type_ is None:
        type_ = pa.from_numpy_dtype(np.asarray(values).dtype)
    if pa.types.is_boolean(type_):
        raise TypeError("_numbers() makes numbers; booleans are bits in Arrow: use _flags()")
    dtype = np.int32 if pa.types.is_date32(type_) else type_.to_pandas_dtype()
    values = np.ascontiguousarray(values, dtype)
    valid = None if missing is None else _validity(~np.asarray(missing, bool))
    return pa.Array.from_buffers(type_, len(values), [valid, pa.py_buffer(values)])


def _flags(values) -> "pa.Array":
    """Booleans (a numpy array, or a list) as an Arrow boolean array.

    >>> _flags([True, False, True]).to_pylist()
    [True, False, True]
    """
    values = np.asarray(values, bool)
    return pa.Array.from_buffers(pa.bool_(), len(values), [None, pa.py_buffer(np.packbits(values, bitorder="little"))])


def _texts(values: list) -> "pa.Array":
    """Strings (None for no value) as an Arrow string array: joined and encoded at once,
    the offsets read from the separators (one at a time only when a string holds the
    separator itself).

    >>> _texts(["Tỉnh ủy", None, "", "05-CT/TW"]).to_pylist()
    ['Tỉnh ủy', None, '', '05-CT/TW']
    """
    n = len(values)
    valid = np.fromiter((v is not None for v in values), bool, n)
    strings = values if valid.all() else [v if v is not None else "" for v in values]
    data = "\x00".join(strings).encode("utf-8")
    separators = np.flatnonzero(np.frombuffer(data, np.uint8) == 0)
    if len(separators) == max(n - 1, 0):
        offsets = np.empty(n + 1, np.int64)
        offsets[0], offsets[n] = 0, len(data) - max(n - 1, 0)
        offsets[1:n] = separators - np.arange(n - 1)
        data = data.replace(b"\x00", b"") if n > 1 else data
    else:  # a string holds NUL
        encoded = [v.encode("utf-8") for v in strings]
        offsets = np.zeros(n + 1, np.int64)
        np.cumsum(np.fromiter(map(len, encoded), np.int64, n), out=offsets[1:])
        data = b"".join(encoded)
    if offsets[-1] >= 2**31:
        raise GraphFileError(f"{offsets[-1]:,} bytes of distinct text in one column of one part, more than an "
                             "Arrow string column holds (2 GB): build the corpus in several parts (--add)")
    return pa.Array.from_buffers(pa.string(), n, [_validity(valid), pa.py_buffer(offsets.astype(np.int32)),
                                                  pa.py_buffer(data)])


def _text_lists(lists: list) -> "pa.Array":
    """Lists of strings as an Arrow list array.

    >>> _text_lists([["a", "b"], [], ["c"]]).to_pylist()
    [['a', 'b'], [], ['c']]
    """
    offsets = np.zeros(len(lists) + 1, np.int32)
    np.cumsum(np.fromiter(map(len, lists), np.int32, len(lists)), out=offsets[1:])
    return pa.ListArray.from_arrays(_numbers(offsets), _texts([v for values in lists for v in values]))


# -- files ------------------------------------------------------------------------------

class _Folder:
    """The folder a table is kept in and what its manifest says: the parts in the order
    written, the links of the corpus (made over the first ``linked_parts`` parts), the
    period and the user's catalogue rows the table was linked with.

    Writers hold the folder's lock (``.lock``, an advisory ``flock``) and refuse to write
    over a manifest another process changed since this one read it. A build that reads a
    corpus into the table holds it from the start (:meth:`building`), so that a second one
    is refused at once, not after its reading."""

    def __init__(self, path: Path, manifest: dict | None):
        self.path = path
        self.manifest = manifest or {"parts": [], "links": None, "linked_parts": 0, "period": None,
                                     "catalog": None}
        self._held: int | None = None  # the lock's file, while a build holds it

    @contextlib.contextmanager
    def building(self):
        """Hold the lock for a whole build; refuse at once if another process holds it.
        What a build stopped on the way left in the folder (parts and links the manifest
        does not name) is removed first."""
        import fcntl

        fd = os.open(self.path / ".lock", os.O_CREAT | os.O_RDWR, 0o666 & ~umask())
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise GraphFileError(f"{self.path}: another process is writing to this table (a build or --add "
                                 "still running); wait for it to end, then try again") from None
        self._held = fd
        try:
            # what an earlier build left when it was stopped before naming it (a part written,
            # the manifest not yet): gone, by what the manifest on disk names now
            _Folder.read(self.path).tidy()
            yield
        finally:
            self._held = None
            os.close(fd)

    @classmethod
    def read(cls, path: Path) -> "_Folder":
        return cls(path, _read_manifest(path))

    @property
    def parts(self) -> list[str]:
        return [p["name"] for p in self.manifest["parts"]]

    def catalog_rows(self) -> str | None:
        name = self.manifest.get("catalog")
        return (self.path / name).read_text(encoding="utf-8") if name else None

    @contextlib.contextmanager
    def writing(self, *, replace: bool = False):
        """Hold the lock while writing; with ``replace`` whatever table is there is replaced."""
        import fcntl

        held = self._held is not None  # a build of this process holds it already
        fd = self._held if held else os.open(self.path / ".lock", os.O_CREAT | os.O_RDWR, 0o666 & ~umask())
        try:
            if not held:
                fcntl.flock(fd, fcntl.LOCK_EX)
            there = self.path / "manifest.json"
            if replace:
                pass  # whatever is there (another version too) goes once the new table is written
            elif there.exists() and _read_manifest(self.path) != self.manifest:
                raise GraphFileError(f"{self.path}: another process changed this table since it was opened; "
                                     "open it again, then repeat what you did")
            yield
        finally:
            if not held:
                os.close(fd)  # and with it the lock

    def _write(self, manifest: dict) -> None:
        payload = json.dumps({"format": FORMAT, "version": VERSION, **manifest}, indent=1).encode("utf-8")
        _sync_folder(self.path)  # the new folders first, then the manifest that names them
        write_atomically(self.path / "manifest.json", lambda fh: fh.write(payload))
        _sync_folder(self.path)
        self.manifest = _read_manifest(self.path)

    def add_parts(self, names: list[str], links: str | None = None, period: str | None = None,
                  catalog_rows: str | None = None) -> None:
        """The parts ``names`` are the table's now; with ``links``, linked with all the others."""
        parts = self.manifest["parts"] + [{"name": n, "compact": False} for n in names]
        if links is None:
            self._write(dict(self.manifest, parts=parts))
            return
        old = self.manifest.get("links")
        self._write(dict(self.manifest, parts=parts, links=links, linked_parts=len(parts), period=period,
                         catalog=self._keep_catalog(catalog_rows)))
        if old:
            shutil.rmtree(self.path / old, ignore_errors=True)

    def replace(self, part: str, period: str | None, catalog_rows: str | None) -> None:
        """The table is now the one part ``part``, with its links in it."""
        self._write({"parts": [{"name": part, "compact": True}], "links": None, "linked_parts": 1, "period": period,
                     "catalog": self._keep_catalog(catalog_rows)})
        self.tidy()

    def _keep_catalog(self, rows: str | None) -> str | None:
        if rows is None:
            return None
        if self.catalog_rows() != rows:
            write_atomically(self.path / "catalog.csv", lambda fh: fh.write(rows.encode("utf-8")))
        return "catalog.csv"

    def tidy(self) -> None:
        """Remove what the manifest does not name: parts and links replaced, and those a
        crashed writer left (only the names a writer holding the lock gives)."""
        keep = set(self.parts) | {self.manifest.get("links")}
        for entry in self.path.iterdir():
            if entry.is_dir() and _OURS.fullmatch(entry.name) and entry.name not in keep:
                shutil.rmtree(entry, ignore_errors=True)


# the folders a writer holding the lock writes in a table's folder: numbered parts and
# links, and their temporary forms (a leading dot and a random tail). Parts named by
# write_part are not among them: other processes write those before they are taken in
_OURS = re.compile(r"\.?(?:part|links)-[0-9]{6}(?:-[A-Za-z0-9_]+)?")


def _period(value):
    from ..resolve.resolver import Period

    return Period.parse(value)


def _sync_folder(path: Path) -> None:
    """Make renames and new files in ``path`` durable (a folder's own fsync)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _read_manifest(path: Path) -> dict:
    """The manifest: ``parts`` (their folders, in the order written), ``links`` (the
    folder of the corpus's links, or None) and the rest :class:`_Folder` keeps."""
    manifest = dict(read_versioned(path / "manifest.json", FORMAT, VERSION, "column table"))
    manifest.pop("format"), manifest.pop("version")
    manifest.setdefault("linked_parts", len(manifest["parts"]))
    manifest.setdefault("catalog", None)
    return manifest


def _next_name(path: Path, prefix: str) -> str:
    """A new folder name of ``path``: ``prefix-000001``, then one above the highest there."""
    numbers = [int(p.name.split("-")[1]) for p in path.glob(f"{prefix}-*") if p.name.split("-")[1].isdigit()]
    return f"{prefix}-{max(numbers, default=0) + 1:06d}"


def _write_folder(path: Path, name: str, tables: dict[str, "pa.Table"], compressed: dict[str, "pa.Table"]) -> None:
    """Write the tables into the new folder ``path/name`` whole (a temporary folder renamed):
    ``tables`` plain, to be memory-mapped; ``compressed`` with zstd, read whole when needed."""
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=path))
    try:
        for table_name, table in [*tables.items(), *compressed.items()]:
            table = table.replace_schema_metadata({_META: str(VERSION).encode()})
            codec = "zstd" if table_name in compressed else None
            write_atomically(tmp / f"{table_name}.arrow", lambda fh, t=table, c=codec: _write_ipc(fh, t, c))
        os.chmod(tmp, 0o777 & ~umask())
        os.rename(tmp, path / name)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _write_part(path: Path, part: _Part, *, name: str | None = None) -> str:
    """Write ``part`` into a new folder of ``path`` (named ``name``, else the next free
    ``part-N``); its name."""
    name = name or _next_name(path, "part")
    _write_folder(path, name, dict(zip(_TABLES, part.tables())), {"contexts": part.contexts()})
    return name


def write_part(folder: str | Path, records: Iterable) -> str:
    """Write the pipeline's records as a new part of the table kept in ``folder``, without
    taking it into the table; its name. For processes that read articles side by side
    (Dask workers): each writes its own parts, then one process takes them in with
    :meth:`MentionTable.add_parts` and links the whole.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> MentionTable.build(articles=[]).save(folder)
    >>> name = write_part(folder, [])
    >>> t = MentionTable.open(folder); t.add_parts([name]); len(t)
    0
    """
    import uuid

    part = _part_from_records(records)
    return _write_part(Path(folder), part, name=f"part-{uuid.uuid4().hex}")


def _write_links(path: Path, linked: _Links) -> str:
    name = _next_name(path, "links")
    _write_folder(path, name, {}, {"links": linked.links, "documents": linked.documents})
    return name


def _read_links(folder: Path) -> _Links:
    return _Links(_read_table(folder / "links.arrow"), _read_table(folder / "documents.arrow"))


def _write_ipc(fh, table: "pa.Table", compression: str | None = None) -> None:
    options = pa.ipc.IpcWriteOptions(compression=compression)
    with pa.ipc.new_file(fh, table.schema, options=options) as writer:
        writer.write_table(table.combine_chunks(), max_chunksize=max(table.num_rows, 1))


def _read_table(file: Path) -> "pa.Table":
    """One table file, memory-mapped (a compressed one is read whole)."""
    try:
        table = pa.ipc.open_file(pa.memory_map(str(file), "r")).read_all()
    except (OSError, pa.ArrowInvalid) as exc:
        raise GraphFileError(f"{file}: not a dangdoc column table file ({exc})") from None
    version = (table.schema.metadata or {}).get(_META)
    if version != str(VERSION).encode():
        raise GraphFileError(f"{file}: column table version {version!r}; this dangdoc reads version {VERSION}. "
                             "Build the table again, or use the dangdoc that wrote it.")
    return table


def _read_part(folder: Path) -> _Part:
    tables = [_read_table(folder / f"{name}.arrow") for name in _TABLES]
    return _Part(*tables, _Once(lambda: _read_table(folder / "contexts.arrow")))


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
    """A column as one array (without a copy when it is one chunk; Arrow combines no chunks
    with pa.array(), which imports pandas)."""
    if not isinstance(column, pa.ChunkedArray):
        return column
    if column.num_chunks == 0:
        return pa.nulls(0, column.type)
    return column.chunk(0) if column.num_chunks == 1 else column.combine_chunks()


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
