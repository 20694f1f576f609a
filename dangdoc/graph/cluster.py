"""Beyond one machine: the same extraction on a Dask cluster (``pip install dangdoc[dask]``).

The worker reads its files and finds, resolves and relates their citations
(:func:`dangdoc.corpus.pipeline.read_article`, a pure function of one article).
:func:`build_table` has each task (a run of files) write its articles as one part of a
column table (:class:`~dangdoc.graph.columns.MentionTable`) where it runs, and send back only
the part's name; :func:`build_graph` and :func:`citation_rows` send the records back (one
task per file). Split a large corpus into many files (one JSON-lines file per day, say): a
single gzip file cannot be divided and is read by one task.

On one machine a local cluster is made for you. For a real cluster, start a scheduler
and workers with dangdoc installed on each (``dask scheduler``; ``dask worker
tcp://scheduler:8786``) and pass ``client=Client("tcp://scheduler:8786")``; the files must
be readable from every worker (a shared disk, or paths dask can open).
"""

from __future__ import annotations

import contextlib
import itertools
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from ..corpus.articles import corpus_files, file_sources
from ..corpus.pipeline import Record
from .core import CitationGraph, Skipped

if TYPE_CHECKING:
    from .columns import MentionTable


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


# tasks per worker thread when the caller does not say: enough that a slow run of files
# (bigger files, a busier machine) is made up for by the others, few enough that the table
# gets few parts (each is a folder of Arrow files, and opening a table joins its parts)
_TASKS_PER_THREAD = 4


def _write_files(files: list, folder: str, period=None, catalog=None) -> tuple[str | None, list[str]]:
    """What one worker makes of a run of files: their articles written as one part of the
    table in ``folder`` (its name; None when no article could be read), and the messages
    of what was skipped. The records are written as they are read, not kept."""
    from .columns import write_part
    from .core import _extract_source

    skipped: list[str] = []

    def records():
        for path, article_id in files:
            for source in file_sources(Path(path), article_id):
                result = _extract_source(source, period, catalog)
                if isinstance(result, Skipped):
                    skipped.append(result.message)
                else:
                    yield result

    stream = records()
    first = next(stream, None)
    if first is None:
        return None, skipped
    return write_part(folder, itertools.chain([first], stream)), skipped


def _runs(items: list, n: int) -> list[list]:
    """``items`` cut into ``n`` runs, in order, of lengths differing by one at most."""
    size, extra = divmod(len(items), n)
    runs, at = [], 0
    for i in range(n):
        runs.append(items[at:at + size + (i < extra)])
        at += size + (i < extra)
    return runs


def _threads(client) -> int:
    return max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))


def build_table(paths, folder, *, client=None, partitions: int | None = None, period=None, catalog=None,
                link: bool = True) -> MentionTable:
    """The column table of a corpus (:class:`~dangdoc.graph.columns.MentionTable`), built on
    a Dask cluster into the folder ``folder``: each task reads a run of files and writes
    their articles as one part of the table where it runs; here the parts are taken in, in
    file order, and the whole table is linked (:meth:`MentionTable.link
    <dangdoc.graph.columns.MentionTable.link>`; ``link=False`` skips it). It answers as the
    table :meth:`MentionTable.from_records <dangdoc.graph.columns.MentionTable.from_records>`
    builds on one machine, linked, and as :func:`dangdoc.graph.core.build_corpus`'s graph.

    A table already in ``folder`` grows: the new files' articles are added as new parts
    (an article given again is replaced), nothing written is rewritten, and the whole is
    linked again. One build at a time into a folder. ``folder`` must be on a disk every
    worker writes to (a shared disk) and this process reads. When a task fails (a disk
    error, a part that cannot be written), the parts the others wrote are removed, the table is left as it
    was, and the task's error is raised.

    ``partitions`` is the number of tasks (hence of parts): by default four for each
    worker thread, at most one a file. What cannot be read is skipped, its message kept
    in the table's ``skipped`` (as ``CitationGraph.skipped``).

    >>> from distributed import Client                                   # doctest: +SKIP
    >>> client = Client("tcp://scheduler:8786")                          # doctest: +SKIP
    >>> t = build_table(["corpus/2017/"], "corpus.table", client=client)  # doctest: +SKIP
    >>> t.most_cited(3)                                                  # doctest: +SKIP
    [('05-CT/TW · khóa XII', 214), ...]
    """
    from .columns import MentionTable
    from .core import _catalog

    given, catalog = catalog, _catalog(catalog)  # a CSV of the user's rows is kept with the table
    files = [(str(path), article_id) for path, article_id in corpus_files(paths)]
    folder = Path(folder).absolute()
    # a folder that holds something else is refused (GraphFileError) before any work
    table = MentionTable.open(folder) if folder.is_dir() and any(folder.iterdir()) else None
    folder.mkdir(parents=True, exist_ok=True)
    written: list = []
    if files:
        with _client(client) as c:
            n = max(1, min(len(files), partitions or _TASKS_PER_THREAD * _threads(c)))
            written = _run_tasks(c, _runs(files, n), folder, period, catalog)
    if table is None:
        table = MentionTable.build(articles=[])
        table.save(folder)
    table.add_parts([name for name, _ in written if name is not None])
    table.skipped = [message for _, messages in written for message in messages]
    if link:
        table.link(catalog=given, period=period)
    return table


def _run_tasks(client, runs: list, folder: Path, period, catalog) -> list:
    """Each run of files written as a part by a task, in order: the parts' names and the
    skipped messages. When a task fails, every task is waited for, the parts the others
    wrote are removed (the table is left as it was), and the failure is raised."""
    from distributed import wait

    # pure=False: a task writes a new part each time it runs, it is never a cached result
    futures = client.map(_write_files, runs, folder=str(folder), period=period, catalog=catalog, pure=False)
    wait(futures)
    failed = [f for f in futures if f.status != "finished"]
    if failed:
        for f in futures:
            name = f.result()[0] if f.status == "finished" else None
            if name is not None:
                shutil.rmtree(folder / name, ignore_errors=True)
        failed[0].result()  # raises the task's error
    return client.gather(futures)


@contextlib.contextmanager
def _client(client):
    """``client``, or a local cluster of two processes for the time of the block."""
    if client is not None:
        yield client
        return
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as local:
        yield local


def _compute(bag, client):
    with _client(client) as c:
        return c.compute(bag).result()
