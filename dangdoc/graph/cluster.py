"""Beyond one machine: the same extraction on a Dask cluster (``pip install dangdoc[dask]``).

Each file becomes a task: the worker reads it, finds, resolves and relates its citations
(:func:`dangdoc.corpus.pipeline.read_article`, a pure function of one article) and returns plain
records. Split a large corpus into many files (one JSON-lines file per day, say): a
single gzip file cannot be divided and is one task.

On one machine a local cluster is made for you. For a real cluster, start a scheduler
and workers with dangdoc installed on each (``dask scheduler``; ``dask worker
tcp://scheduler:8786``) and pass ``client=Client("tcp://scheduler:8786")``; the files must
be readable from every worker (a shared disk, or paths dask can open).
"""

from __future__ import annotations

from pathlib import Path

from ..corpus.articles import corpus_files, file_sources
from ..corpus.pipeline import Record
from .core import CitationGraph, Skipped


def _records_of_file(item: tuple[str, str], period=None, catalog=None) -> list:
    """What one worker makes of one file: a record per article, and for what cannot be
    read the message (skipped, as the one-machine build skips it)."""
    from .core import _extract_source

    path, article_id = item
    return [_extract_source(source, period, catalog) for source in file_sources(Path(path), article_id)]


def extract_bag(paths, *, partitions: int | None = None, period=None, catalog=None):
    """A Dask bag of :class:`~dangdoc.corpus.pipeline.Record`, one task per file, in file order
    (with a :class:`~dangdoc.graph.core.Skipped` for each article that cannot be read)."""
    import dask.bag as db

    from .core import _catalog

    files = [(str(path), article_id) for path, article_id in corpus_files(paths)]
    return db.from_sequence(files, npartitions=partitions or max(1, len(files))).map(
        _records_of_file, period=period, catalog=_catalog(catalog)).flatten()


def _rows(record: Record | Skipped) -> list[dict]:
    if isinstance(record, Skipped):
        return []
    docs = record.documents
    return [
        {"article": record.article["article"], "document": m.document, "doc": docs[m.document]["doc_id"],
         "surface": m.surface, "start": m.start, "end": m.end, "kind": m.kind, "date": docs[m.document]["date"],
         "term": docs[m.document]["term"], "locality": docs[m.document]["locality"],
         "ambiguous": docs[m.document]["ambiguous"]}
        for m in record.mentions
    ]


def citation_rows(paths, *, client=None, partitions: int | None = None) -> list[dict]:
    """One row per citation in the corpus (article, document key, identifier, surface,
    offsets, kind, ...), computed on ``client``'s cluster, or on a local one."""
    bag = extract_bag(paths, partitions=partitions).map(_rows).flatten()
    return _compute(bag, client)


def build_graph(paths, *, client=None, partitions: int | None = None, period=None, catalog=None,
                link: bool = True) -> CitationGraph:
    """The citation graph of a corpus, extracted on a Dask cluster and joined and linked
    here (:func:`dangdoc.graph.link.link`). It is the same graph
    :func:`dangdoc.graph.core.build_corpus` builds on one machine."""
    from .core import _catalog
    from .link import link as link_corpus

    catalog = _catalog(catalog)
    graph = CitationGraph()
    for record in _compute(extract_bag(paths, partitions=partitions, period=period, catalog=catalog), client):
        if isinstance(record, Skipped):  # reported, as the one-machine build reports it
            graph.skipped.append(record.message)
        else:
            graph.add_record(record)
    if link:
        link_corpus(graph, catalog=catalog, period=period)
    return graph


def _compute(bag, client):
    if client is not None:
        return client.compute(bag).result()
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as local:
        return local.compute(bag).result()
