"""The CSV tables in ``dangdoc/vocab/data``, opened through the package's resources so
that they are found in a checkout, an editable install and a wheel alike."""

from __future__ import annotations

import csv
from importlib import resources
from typing import IO


def open_table(name: str) -> IO[str]:
    """An open text file of the table ``name`` ("types.csv").

    >>> with open_table("types.csv") as fh:
    ...     fh.readline().strip()
    'code,party_name,state_name,variants'
    """
    return resources.files(__package__).joinpath("data", name).open(encoding="utf-8")


def rows(name: str) -> list[dict[str, str]]:
    """Every row of the table ``name`` as a dictionary keyed by its header."""
    with open_table(name) as fh:
        return list(csv.DictReader(fh))
