"""A SQLite store for corpora that grow: add articles as they come, build the graph from it.

One file, the standard library's ``sqlite3``. Adding is idempotent: an article already
stored with the same text is skipped; one whose text changed is replaced. Each batch is
one transaction, so a build that is interrupted keeps every finished batch and resumes
where it stopped. The article texts are not kept, only what was found in them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import sqlite3
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Iterable

from ..corpus.articles import Article
from ..errors import StoreError
from ..corpus.pipeline import Record, extract
from .core import CitationGraph, Mention, _codes, _Progress, document_keys, warm_up
from ..text.normalize import plain

SCHEMA_VERSION = "1"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, title TEXT, date TEXT, source TEXT, url TEXT, locality TEXT, digest TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (key TEXT PRIMARY KEY, fields TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS documents_by_id ON documents (json_extract(fields, '$.doc_id'));
CREATE INDEX IF NOT EXISTS articles_by_date ON articles (date);
CREATE TABLE IF NOT EXISTS mentions (
    article TEXT NOT NULL, document TEXT NOT NULL, surface TEXT, start INTEGER, "end" INTEGER, kind TEXT,
    sentence TEXT, PRIMARY KEY (article, start, "end"));
CREATE INDEX IF NOT EXISTS mentions_by_document_article ON mentions (document, article);
CREATE TABLE IF NOT EXISTS relations (
    article TEXT NOT NULL, source TEXT NOT NULL, type TEXT NOT NULL, target TEXT NOT NULL, evidence TEXT,
    start INTEGER, "end" INTEGER, PRIMARY KEY (article, source, type, target, start));
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
            progress: bool = True) -> tuple[int, int]:
        """Add articles; returns ``(added, unchanged)``. Articles already stored with the
        same text are skipped before any work is done on them."""
        added = unchanged = 0
        bar = _Progress(enabled=progress)
        if workers > 1:
            warm_up()
        pool = ProcessPoolExecutor(max_workers=workers) if workers > 1 else None
        try:
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
                records = list(pool.map(extract, [a for a, _ in fresh], chunksize=32)) if pool else [extract(a) for a, _ in fresh]
                with self.db:  # one transaction per batch
                    for (article, digest), record in zip(fresh, records):
                        self._put(record, digest)
                        bar.step(record)
                added += len(fresh)
        finally:
            if pool:
                pool.shutdown()
            bar.done()
        return added, unchanged

    def _put(self, record: Record, digest: str) -> None:
        a = record.article
        db = self.db
        for table in ("mentions", "relations"):
            db.execute(f"DELETE FROM {table} WHERE article = ?", (a["article"],))
        db.execute("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?)",
                   (a["article"], a["title"], a["date"], a["source"], a["url"], a["locality"], digest))
        for key, fields in record.documents.items():
            row = db.execute("SELECT fields FROM documents WHERE key = ?", (key,)).fetchone()
            if row is not None:
                old = json.loads(row[0])
                fields = {k: old.get(k) if old.get(k) not in (None, [], "") else v for k, v in fields.items()}
            db.execute("INSERT OR REPLACE INTO documents VALUES (?, ?)", (key, json.dumps(fields, ensure_ascii=False)))
        db.executemany("INSERT OR REPLACE INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?)",
                       [(a["article"], *m) for m in record.mentions])
        db.executemany("INSERT OR REPLACE INTO relations VALUES (?, ?, ?, ?, ?, ?, ?)",
                       [(a["article"], s, t, o, e, b, f) for s, t, o, e, b, f in record.relations])

    def records(self):
        """What the store holds, article by article, as :class:`~dangdoc.corpus.pipeline.Record`."""
        documents = {k: json.loads(f) for k, f in self.db.execute("SELECT key, fields FROM documents")}
        mentions, relations = {}, {}
        for row in self.db.execute('SELECT article, document, surface, start, "end", kind, sentence FROM mentions '
                                   'ORDER BY article, start'):
            mentions.setdefault(row[0], []).append(row[1:])
        for row in self.db.execute('SELECT article, source, type, target, evidence, start, "end" FROM relations '
                                   'ORDER BY article, start, source, target'):
            relations.setdefault(row[0], []).append(row[1:])
        columns = ("article", "title", "date", "source", "url", "locality")
        for row in self.db.execute("SELECT id, title, date, source, url, locality FROM articles ORDER BY id"):
            ms = mentions.get(row[0], [])
            keys = {m[0] for m in ms}
            article = dict(zip(columns, row))
            article = {"article": article["article"], "label": article["title"] or article["article"], **article}
            yield Record(article, {k: documents[k] for k in sorted(keys)}, tuple(ms),
                         tuple(relations.get(row[0], [])))

    # -- queries straight from the tables --------------------------------------------

    def documents(self, query) -> list[str]:
        """The document keys a query names (as :meth:`CitationGraph.documents`)."""
        def has_key(key):
            return self.db.execute("SELECT 1 FROM documents WHERE key = ?", (key,)).fetchone() is not None

        def keys_for_id(doc_id):
            rows = self.db.execute("SELECT key, fields FROM documents WHERE json_extract(fields, '$.doc_id') = ? "
                                   "ORDER BY key", (doc_id,))
            keys = [key for key, fields in rows if not json.loads(fields).get("ambiguous")]
            # an ambiguous reference answers for each of its candidates, as in the graph
            like = f'%"{doc_id} · %'
            for key, fields in self.db.execute("SELECT key, fields FROM documents WHERE json_extract(fields, "
                                               "'$.ambiguous') = 1 AND json_extract(fields, '$.candidates') LIKE ?",
                                               (like,)):
                if any(c.split(" · ")[0] == doc_id for c in json.loads(fields).get("candidates") or []):
                    keys.append(key)
            return sorted(keys)

        return document_keys(query, has_key, keys_for_id)

    def citing(self, doc, since=None, until=None, locality: str | None = None,
               limit: int | None = None) -> list[Mention]:
        """The mentions of ``doc``, newest article first (as :meth:`CitationGraph.citing`)."""
        keys = self.documents(doc)
        if not keys:
            return []
        sql = ('SELECT m.document, a.id, a.title, a.date, a.source, a.url, a.locality, m.surface, m.start, m."end", '
               "m.sentence FROM mentions m JOIN articles a ON a.id = m.article "
               f"WHERE m.document IN ({','.join('?' * len(keys))})")
        dates, params = _dates(since, until)
        sql += dates
        params = list(keys) + params
        sql += " ORDER BY a.date IS NULL, a.date DESC, a.id DESC, m.start"
        if limit is not None and not locality:
            sql += " LIMIT ?"
            params.append(limit)
        rows = self.db.execute(sql, params)
        if locality:  # places are compared without case or diacritics, which SQL cannot do here
            rows = [row for row in rows if plain(locality) in plain(row[6] or "")][:limit]
        return [Mention(row[0], row[1], row[2], dt.date.fromisoformat(row[3]) if row[3] else None, *row[4:])
                for row in rows]

    def most_cited(self, n: int = 20, *, type: str | None = None, issuer: str | None = None,
                   since=None, until=None) -> list[tuple[str, int]]:
        """Documents by the number of articles citing them (as :meth:`CitationGraph.most_cited`)."""
        type, issuer = _codes(type, issuer)
        dates, params = _dates(since, until)
        if dates:  # the dates are the articles': count through them
            counts = ("SELECT m.document, count(DISTINCT m.article) AS n FROM mentions m "
                      f"JOIN articles a ON a.id = m.article WHERE 1{dates} GROUP BY m.document")
        else:  # the index on (document, article) answers alone
            counts = "SELECT document, count(DISTINCT article) AS n FROM mentions GROUP BY document"
        sql = (f"SELECT c.document, c.n FROM ({counts}) c JOIN documents d ON d.key = c.document "
               "WHERE json_extract(d.fields, '$.ambiguous') = 0")
        for field, value in (("type", type), ("issuer", issuer)):
            if value:
                sql += f" AND json_extract(d.fields, '$.{field}') = ?"
                params.append(value)
        sql += " ORDER BY c.n DESC, c.document LIMIT ?"
        params.append(n)
        return [(key, count) for key, count in self.db.execute(sql, params)]

    def graph(self) -> CitationGraph:
        """The citation graph of everything stored, built without reading any article again."""
        graph = CitationGraph()
        for record in self.records():
            graph.add_record(record)
        return graph


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
