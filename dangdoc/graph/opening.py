"""Open whatever ``dangdoc build`` kept: a column table folder, a graph file, a store."""

from __future__ import annotations

from pathlib import Path

from ..errors import GraphFileError

# what articles, rather than a kept corpus, are kept in
_CORPUS_SUFFIXES = (".jsonl", ".jsonl.gz", ".json.gz", ".txt", ".html", ".htm", ".csv", ".gz")


def open_corpus(path: str | Path):
    """The corpus ``dangdoc build`` kept at ``path``: a column table's folder gives a
    :class:`~dangdoc.graph.columns.MentionTable`; a graph file (.json, .graphml, .gexf)
    or a SQLite store gives a :class:`~dangdoc.graph.core.CitationGraph` (a store's
    graph is built from its tables). Both answer the same questions (``citing``,
    ``most_cited``, ``timeline``, ...) and give a networkx graph (``.graph``).

    >>> import tempfile
    >>> from dangdoc.graph.columns import MentionTable
    >>> folder = Path(tempfile.mkdtemp()) / "corpus"
    >>> MentionTable.build(articles=[]).save(folder)
    >>> open_corpus(folder)
    <MentionTable: 0 articles, 0 documents, 0 mentions, 0 relations>
    >>> open_corpus(folder / "nothing.json")
    Traceback (most recent call last):
    dangdoc.errors.GraphFileError: ...nothing.json: no such file; build it with `dangdoc build CORPUS -o ...nothing.json`
    """
    path = Path(path)
    if (path / "manifest.json").is_file():
        from .columns import MentionTable

        return MentionTable.open(path)
    if not path.exists():
        raise GraphFileError(f"{path}: no such file; build it with `dangdoc build CORPUS -o {path}`")
    if path.is_dir() and not any(path.iterdir()):
        raise GraphFileError(f"{path}: an empty folder, no column table in it yet; build one there with "
                             f"`dangdoc build CORPUS -o {path}`")
    if path.is_dir() or path.name.lower().endswith(_CORPUS_SUFFIXES):
        raise GraphFileError(f"{path}: this is a corpus of articles, not what `dangdoc build` keeps; build it "
                             f"first: dangdoc build {path} -o corpus (a folder), then use corpus")
    if is_store(path):
        from .store import Store

        with Store(path) as store:
            return store.graph()
    from . import files

    suffix = path.suffix.lower()
    reader = {".graphml": files.read_graphml, ".gexf": files.read_gexf}.get(suffix, files.load)
    return reader(path)


def is_store(path: str | Path) -> bool:
    """Whether ``path`` is a SQLite file (a store from ``dangdoc build --db``).

    >>> is_store(Path("no-such.db"))
    False
    """
    path = Path(path)
    if not path.is_file():
        return False
    with open(path, "rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"
