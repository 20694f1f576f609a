"""A SQLite store for corpora that grow: add articles as they come, build the graph from it.

One file, the standard library's ``sqlite3``. Adding is idempotent: an article already
stored with the same text is skipped; one whose text changed is replaced. Each batch is
one transaction, so a build that is interrupted keeps every finished batch and resumes
where it stopped. The article texts are not kept, only what was found in them.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import itertools
import json
import sqlite3
from pathlib import Path
from typing import Iterable

from ..corpus.articles import Article
from ..errors import StoreError
from ..corpus.pipeline import MentionRow, Record, RelationRow, fill_blanks
from .core import ARTICLE, DOCUMENT, UNDATED, CitationGraph, Mention, _check_system, _codes, Workers, document_keys
from ..resolve.places import place_matches

SCHEMA_VERSION = "3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, title TEXT, date TEXT, source TEXT, url TEXT, locality TEXT, digest TEXT NOT NULL,
    acting_body TEXT);
CREATE TABLE IF NOT EXISTS documents (key TEXT PRIMARY KEY, fields TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS documents_by_id ON documents (json_extract(fields, '$.doc_id'));
CREATE INDEX IF NOT EXISTS articles_by_date ON articles (date);
CREATE TABLE IF NOT EXISTS mentions (
    article TEXT NOT NULL, document TEXT NOT NULL, surface TEXT, start INTEGER, "end" INTEGER, kind TEXT,
    sentence TEXT, note TEXT, topic TEXT, context TEXT, PRIMARY KEY (article, start, "end"));
CREATE INDEX IF NOT EXISTS mentions_by_document_article ON mentions (document, article);
CREATE TABLE IF NOT EXISTS relations (
    article TEXT NOT NULL, source TEXT NOT NULL, type TEXT NOT NULL, target TEXT NOT NULL, evidence TEXT,
    start INTEGER, "end" INTEGER, PRIMARY KEY (article, source, type, target, start));
CREATE TABLE IF NOT EXISTS links (
    article TEXT NOT NULL, start INTEGER NOT NULL, document TEXT NOT NULL, confidence REAL, evidence TEXT,
    PRIMARY KEY (article, start));
CREATE INDEX IF NOT EXISTS links_by_document ON links (document);
CREATE VIEW IF NOT EXISTS cited AS
    SELECT m.article, COALESCE(l.document, m.document) AS document, m.surface, m.start, m."end", m.kind, m.sentence
    FROM mentions m LEFT JOIN links l ON l.article = m.article AND l.start = m.start;
"""



class Store:
    """A SQLite file of articles, documents, mentions and relations.

    >>> import tempfile, os
    >>> from dangdoc.corpus.articles import Article
    >>> path = os.path.join(tempfile.mkdtemp(), "corpus.db")
    >>> with Store(path) as store:
    ...     store.add([Article("a1", "Tin", None, None, None, "Quảng Nam", "Thực hiện Chỉ thị số 05-CT/TW.")], progress=False)
    ...     store.add([Article("a1", "Tin", None, None, None, "Quảng Nam", "Thực hiện Chỉ thị số 05-CT/TW.")], progress=False)
    ...     [m.article for m in store.graph().citing("05-CT/TW")]
    (1, 0)
    (0, 1)
    ['a1']
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.db = sqlite3.connect(self.path)
            self.db.executescript(_SCHEMA)
            row = self.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a dangdoc store ({exc})") from None
        if row is None:
            with self.db:
                self.db.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        elif row[0] != SCHEMA_VERSION:
            raise StoreError(f"{self.path}: store schema {row[0]}; this dangdoc reads schema {SCHEMA_VERSION}")

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def __len__(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def add(self, articles: Iterable[Article], *, workers: int = 1, batch: int = 500,
            progress: bool = True, period=None, catalog=None) -> tuple[int, int]:
        """Add articles; returns ``(added, unchanged)``. Articles already stored with the
        same text are skipped before any work is done on them. Then every mention is
        linked again across the store (:func:`dangdoc.graph.link.link`): a new article may
        link old mentions. ``period`` ("2017") says when undated articles were published
        and is remembered for later additions; ``catalog`` adds catalogue rows (a
        :class:`~dangdoc.resolve.catalog.Catalog` or a CSV path) for this addition."""
        from .core import _catalog, _extract_article

        if period is not None:
            from ..resolve.resolver import Period

            with self.db:
                self.db.execute("INSERT OR REPLACE INTO meta VALUES ('period', ?)", (str(Period.parse(period)),))
        period = self.period
        catalog = _catalog(catalog)
        extract = functools.partial(_extract_article, period=period, catalog=catalog)
        added = unchanged = 0
        with Workers(workers, progress) as pool:
            iterator = iter(articles)
            while True:
                chunk = list(itertools.islice(iterator, batch))
                if not chunk:
                    break
                fresh = []
                for article in chunk:
                    digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
                    row = self.db.execute("SELECT digest FROM articles WHERE id = ?", (article.id,)).fetchone()
                    if row is not None and row[0] == digest:
                        unchanged += 1
                    else:
                        fresh.append((article, digest))
                records = list(pool.map(extract, [a for a, _ in fresh], chunksize=32))
                with self.db:  # one transaction per batch
                    for (article, digest), record in zip(fresh, records):
                        self._put(record, digest)
                        pool.bar.step(record)
                added += len(fresh)
        if added:
            self.relink(catalog)
        return added, unchanged

    @property
    def period(self) -> str | None:
        """When the undated articles of this store were published, if a build said so."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'period'").fetchone()
        return row[0] if row else None

    def relink(self, catalog=None) -> int:
        """Link every stored mention across the store again (as the graph build does);
        returns how many articles' mentions were linked."""
        from .link import link

        graph = self._unlinked()
        links = link(graph, catalog=catalog, period=self.period)
        nodes = graph.graph.nodes
        with self.db:
            self.db.execute("DELETE FROM links")
            for ln in links:
                self.db.execute("INSERT OR REPLACE INTO links SELECT article, start, ?, ?, ? FROM mentions "
                                "WHERE article = ? AND document = ?",
                                (ln.document, ln.confidence, ln.evidence, ln.article, ln.written))
            for node, fields in nodes(data=True):
                if fields.get("kind") != "document":
                    continue
                data = {k: v for k, v in fields.items() if k != "kind"}
                self.db.execute("INSERT OR REPLACE INTO documents VALUES (?, ?)",
                                (node[4:], json.dumps(data, ensure_ascii=False)))
        return len(links)

    def _put(self, record: Record, digest: str) -> None:
        a = record.article
        db = self.db
        for table in ("mentions", "relations"):
            db.execute(f"DELETE FROM {table} WHERE article = ?", (a["article"],))
        db.execute("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   (a["article"], a["title"], a["date"], a["source"], a["url"], a["locality"], digest,
                    a.get("acting_body")))
        for key, fields in record.documents.items():
            row = db.execute("SELECT fields FROM documents WHERE key = ?", (key,)).fetchone()
            if row is not None:
                old = json.loads(row[0])
                fill_blanks(old, fields)
                fields = old
            db.execute("INSERT OR REPLACE INTO documents VALUES (?, ?)", (key, json.dumps(fields, ensure_ascii=False)))
        db.executemany("INSERT OR REPLACE INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       [(a["article"], *m.row()) for m in record.mentions])
        db.executemany("INSERT OR REPLACE INTO relations VALUES (?, ?, ?, ?, ?, ?, ?)",
                       [(a["article"], *r.row()) for r in record.relations])

    def records(self):
        """What the store holds, article by article, as :class:`~dangdoc.corpus.pipeline.Record`."""
        documents = {k: json.loads(f) for k, f in self.db.execute("SELECT key, fields FROM documents")}
        mentions, relations = {}, {}
        for row in self.db.execute('SELECT article, document, surface, start, "end", kind, sentence, note, topic, context FROM mentions '
                                   'ORDER BY article, start'):
            mentions.setdefault(row[0], []).append(MentionRow(*row[1:]))
        for row in self.db.execute('SELECT article, source, type, target, evidence, start, "end" FROM relations '
                                   'ORDER BY article, start, source, target'):
            relations.setdefault(row[0], []).append(RelationRow(*row[1:]))
        columns = ("article", "title", "date", "source", "url", "locality", "acting_body")
        for row in self.db.execute("SELECT id, title, date, source, url, locality, acting_body FROM articles ORDER BY id"):
            ms, rs = mentions.get(row[0], []), relations.get(row[0], [])
            # the documents it cites, and those only its relations name ("Luật Đất đai" amended)
            keys = {m.document for m in ms} | {k for r in rs for k in (r.source, r.target) if k in documents}
            article = dict(zip(columns, row))
            if article["acting_body"] is None:  # kept only where the text names one, as in the graph
                del article["acting_body"]
            article = {"article": article["article"], "label": article["title"] or article["article"], **article}
            yield Record(article, {k: documents[k] for k in sorted(keys)}, tuple(ms), tuple(rs))

    # -- queries straight from the tables --------------------------------------------

    def documents(self, query) -> list[str]:
        """The document keys a query names (as :meth:`CitationGraph.documents`)."""
        def has_key(key):
            return self.db.execute("SELECT 1 FROM documents WHERE key = ?", (key,)).fetchone() is not None

        def keys_for_id(doc_id):
            rows = self.db.execute("SELECT key, fields FROM documents WHERE json_extract(fields, '$.doc_id') = ? "
                                   "ORDER BY key", (doc_id,))
            # a document only written so before linking moved its mentions is no answer, as in the graph
            keys = [key for key, fields in rows if not json.loads(fields).get("ambiguous") and self._cited(key)]
            # an ambiguous reference answers for each of its candidates, as in the graph
            for key, fields in self.db.execute("SELECT key, fields FROM documents WHERE json_extract(fields, "
                                               "'$.ambiguous') = 1 AND json_extract(fields, '$.candidate_ids') LIKE ?",
                                               (f'%"{doc_id}"%',)):
                if doc_id in (json.loads(fields).get("candidate_ids") or []) and self._cited(key):
                    keys.append(key)
            return sorted(keys)

        def keys_for_parts(type, number, issuer, year):
            from ..resolve.catalog import type_class
            from .core import agrees

            rows = self.db.execute("SELECT key, fields FROM documents WHERE json_extract(fields, '$.number') = ? "
                                   "ORDER BY key", (number,))
            return [key for key, fields in rows
                    if (f := json.loads(fields)).get("type") and type_class(f["type"]) == type_class(type)
                    and agrees(f, issuer, year) and self._cited(key)]

        def fields_of(key):
            row = self.db.execute("SELECT fields FROM documents WHERE key = ?", (key,)).fetchone()
            return json.loads(row[0]) if row else None

        return document_keys(query, has_key, keys_for_id, keys_for_parts, fields_of)

    def _cited(self, key: str) -> bool:
        sql = f"SELECT 1 FROM ({_citing_rows(1)}) LIMIT 1"
        return self.db.execute(sql, (key, key)).fetchone() is not None

    def suggest(self, query, n: int = 5) -> list[str]:
        """The document keys nearest to a query that names none (as :meth:`CitationGraph.suggest`)."""
        from .core import _suggest

        return _suggest(str(query), [k for (k,) in self.db.execute("SELECT DISTINCT document FROM cited")], n)

    def citing(self, doc, since=None, until=None, locality: str | None = None,
               limit: int | None = None) -> list[Mention]:
        """The mentions of ``doc``, newest article first (as :meth:`CitationGraph.citing`)."""
        keys = self.documents(doc)
        if not keys:
            return []
        sql = ('SELECT m.document, a.id, a.title, a.date, a.source, a.url, a.locality, m.surface, m.start, m."end", '
               f"m.sentence FROM ({_citing_rows(len(keys))}) m JOIN articles a ON a.id = m.article WHERE 1")
        dates, params = _dates(since, until)
        sql += dates
        params = list(keys) * 2 + params
        sql += " ORDER BY a.date IS NULL, a.date DESC, a.id DESC, m.start"
        if limit is not None and not locality:
            sql += " LIMIT ?"
            params.append(limit)
        rows = self.db.execute(sql, params)
        if locality:  # places are compared without case or diacritics, which SQL cannot do here
            rows = [row for row in rows if place_matches(locality, row[6])][:limit]
        return [Mention(row[0], row[1], row[2], dt.date.fromisoformat(row[3]) if row[3] else None, *row[4:])
                for row in rows]

    def most_cited(self, n: int = 20, *, type: str | None = None, issuer: str | None = None,
                   since=None, until=None, system: str | None = None) -> list[tuple[str, int]]:
        """Documents by the number of articles citing them (as :meth:`CitationGraph.most_cited`)."""
        type, issuer = _codes(type, issuer)
        _check_system(system)
        dates, params = _dates(since, until)
        if dates:  # the dates are the articles': count through them
            counts = ("SELECT m.document, count(DISTINCT m.article) AS n FROM cited m "
                      f"JOIN articles a ON a.id = m.article WHERE 1{dates} GROUP BY m.document")
        else:  # the index on (document, article) answers alone
            counts = "SELECT document, count(DISTINCT article) AS n FROM cited GROUP BY document"
        sql = f"SELECT c.document, c.n FROM ({counts}) c JOIN documents d ON d.key = c.document WHERE 1"
        for field, value in (("type", type), ("issuer", issuer)):
            if value:
                sql += f" AND json_extract(d.fields, '$.{field}') = ?"
                params.append(value)
        if system:  # as system_of() reads it: a plenum's or a congress's resolution is the Party's
            sql += (" AND COALESCE(json_extract(d.fields, '$.system'), CASE WHEN json_extract(d.fields, '$.plenum') "
                    "IS NOT NULL OR json_extract(d.fields, '$.congress') IS NOT NULL THEN 'party' END) = ?")
            params.append(system)
        sql += " ORDER BY c.n DESC, c.document LIMIT ?"
        params.append(n)
        return [(key, count) for key, count in self.db.execute(sql, params)]

    def count(self, kind: str) -> int:
        """How many citing articles (``"article"``), cited documents (``"document"``) or
        undated citing articles (``"undated"``), as :meth:`CitationGraph.count` counts them."""
        citing = "SELECT count(*) FROM articles a WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.article = a.id)"
        # a document counts when it is cited or a relation names it, unless linking sent that
        # article's mentions of it elsewhere (the relation went with them)
        stated = ("SELECT r.{end} FROM relations r WHERE NOT EXISTS (SELECT 1 FROM mentions m JOIN links l "
                  "ON l.article = m.article AND l.start = m.start WHERE m.article = r.article AND m.document = r.{end})")
        documents = (f"SELECT count(*) FROM (SELECT document FROM cited UNION {stated.format(end='source')} "
                     f"UNION {stated.format(end='target')})")
        sql = {ARTICLE: citing, UNDATED: citing + " AND a.date IS NULL", DOCUMENT: documents}.get(kind)
        return self.db.execute(sql).fetchone()[0] if sql else 0

    def cited_by(self, article: str) -> list[tuple[str, int]]:
        """The documents an article cites, with how many times, in order of first mention (as
        :meth:`CitationGraph.cited_by`), read from the linked mentions."""
        rows = self.db.execute("SELECT document, count(*) FROM cited WHERE article = ? GROUP BY document "
                               "ORDER BY min(start), document", (article,))
        return [(key, n) for key, n in rows]

    def is_undecided(self, key: str) -> bool:
        """Whether a document key is an undecided entry (as :meth:`CitationGraph.is_undecided`)."""
        row = self.db.execute("SELECT json_extract(fields, '$.ambiguous') FROM documents WHERE key = ?", (key,)).fetchone()
        return bool(row and row[0])

    def graph(self) -> CitationGraph:
        """The citation graph of everything stored, built without reading any article
        again, and linked across the store (the graph a build from the same articles
        gives)."""
        graph = self._unlinked()
        links = {(row[0], row[1]): row[2:] for row in self.db.execute(
            "SELECT article, start, document, confidence, evidence FROM links")}
        g = graph.graph
        moves: dict[tuple[str, str], str] = {}
        for u, v, k, data in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
            target = links.get((u[len("article:"):], data.get("start"))) if data.get("relation") == "cites" else None
            if target is None or f"doc:{target[0]}" == v:
                continue
            moves[u[len("article:"):], v[4:]] = target[0]
            g.remove_edge(u, v, key=k)
            if f"doc:{target[0]}" not in g:
                row = self.db.execute("SELECT fields FROM documents WHERE key = ?", (target[0],)).fetchone()
                g.add_node(f"doc:{target[0]}", kind="document", **(json.loads(row[0]) if row else {}))
            g.add_edge(u, f"doc:{target[0]}", **{**data, "written": v[4:], "confidence": target[1],
                                                 "evidence": target[2]})
        from .link import move_relations

        move_relations(graph, moves)
        g.remove_nodes_from(sorted(n for n in g if n.startswith("doc:") and g.degree(n) == 0))
        graph.forget()
        return graph

    def _unlinked(self) -> CitationGraph:
        graph = CitationGraph()
        for record in self.records():
            graph.add_record(record)
        return graph


def _citing_rows(n: int) -> str:
    """The mentions (as the ``cited`` view gives them) of ``n`` document keys, the keys
    given twice as parameters: those written so and not linked elsewhere, then those linked
    to them. Two indexed lookups, where the view would be read whole."""
    keys = ",".join("?" * n)
    return ('SELECT m.article, m.document, m.surface, m.start, m."end", m.sentence FROM mentions m '
            "LEFT JOIN links l ON l.article = m.article AND l.start = m.start "
            f"WHERE m.document IN ({keys}) AND l.document IS NULL "
            'UNION ALL SELECT m.article, l.document, m.surface, m.start, m."end", m.sentence FROM links l '
            f"JOIN mentions m ON m.article = l.article AND m.start = l.start WHERE l.document IN ({keys})")


def _dates(since, until) -> tuple[str, list]:
    """SQL conditions on the article date ``a.date``, and their parameters."""
    sql, params = "", []
    if since:
        sql += " AND a.date >= ?"
        params.append(since.isoformat())
    if until:
        sql += " AND a.date <= ?"
        params.append(until.isoformat())
    return sql, params
