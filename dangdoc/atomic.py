"""Files written whole or not at all.

Every file dangdoc saves (graphs, pictures, pages) goes to a temporary file in the same
folder and is then renamed over the target, so a crash or a kill leaves the previous file
whole.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


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
