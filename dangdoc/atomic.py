"""Files written whole or not at all, and read back only in a format this dangdoc knows.

Every file dangdoc saves (graphs, pictures, pages) goes to a temporary file in the same
folder and is then renamed over the target, so a crash or a kill leaves the previous file
whole. Its own files (graph files, a column table's manifest) say their format and version.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from .errors import GraphFileError


def write_atomically(path: str | Path, write) -> None:
    """Call ``write(file)`` on a temporary file next to ``path``, then rename it into place."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp makes the file private; give it the permissions a new file would have
        os.chmod(tmp, 0o666 & ~umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def umask() -> int:
    """The process's umask (the permissions new files and folders do not get).

    >>> 0 <= umask() <= 0o777
    True
    """
    mask = os.umask(0)
    os.umask(mask)
    return mask


def read_versioned(path: str | Path, format: str, version: int, what: str) -> dict:
    """The JSON object of a file dangdoc wrote with a ``format`` and ``version`` header;
    :class:`~dangdoc.errors.GraphFileError` for any other file or version."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GraphFileError(f"{path}: not a dangdoc {what} ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != format:
        raise GraphFileError(f"{path}: not a dangdoc {what} (no \"format\": \"{format}\")")
    if data.get("version") != version:
        raise GraphFileError(f"{path}: {what} version {data.get('version')!r}; this dangdoc reads "
                             f"version {version}. Build it again, or use the dangdoc that wrote it.")
    return data
