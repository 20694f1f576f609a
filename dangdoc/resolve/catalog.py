"""The catalogue of known documents, which resolution matches citations against.

The package carries a catalogue of central Party documents and of the Government and
Assembly documents the press cites most (``vocab/data/catalog.csv``: type, number, issuer,
date, issuing body, term, plenum, title, source, certainty), built from public sources
that each row names. A state row's number may carry its year ("67/2014"); a Nghị định,
Thông tư or Luật issued since 2000 takes the year of its date. A plenum that issued
several resolutions gives its number (``plenum``) to the one it is known by ("Nghị quyết
Trung ương 4 khóa XII" is 04-NQ/TW); its other resolutions are found by their numbers. Users add their own rows with
:meth:`Catalog.with_csv`. Party numbers restart every term, so a catalogue may hold the
same identifier several times (18-NQ/TW of 2017 and of 2022).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
from pathlib import Path
from typing import Iterable

import attrs

from ..vocab import codes
from ..vocab.codes import type_class
from ..vocab.tables import open_table
from ..vocab.terms import term_of
from ..errors import DangdocError
from ..models import DocumentId


@attrs.frozen
class Entry:
    """One catalogued document."""

    id: DocumentId
    date: dt.date | None
    body: str | None
    term: str | None
    plenum: int | None
    title: str | None
    source: str | None
    certainty: str | None


class Catalog:
    """Known documents, looked up by identifier or by plenum.

    >>> cat = Catalog.default()
    >>> [e.date.isoformat() for e in cat.lookup("NQ", 18, "TW")]
    ['2017-10-25', '2022-06-16']
    >>> sorted(e.id.number for e in cat.plenum("XII", 6))
    [18, 19, 20, 21]
    """

    def __init__(self, entries: Iterable[Entry] = ()):
        self.entries: tuple[Entry, ...] = tuple(entries)
        self._by_id: dict[tuple, list[Entry]] = {}
        self._by_plenum: dict[tuple, list[Entry]] = {}
        self._by_number: dict[tuple, list[Entry]] = {}
        for e in self.entries:
            self._by_number.setdefault((type_class(e.id.type), e.id.number), []).append(e)
            self._by_id.setdefault((type_class(e.id.type), e.id.number, e.id.issuer), []).append(e)
            if e.plenum is not None:
                self._by_plenum.setdefault((e.term, e.plenum), []).append(e)

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    @functools.lru_cache(maxsize=None)
    def default(cls) -> "Catalog":
        """The catalogue that ships with dangdoc."""
        with open_table("catalog.csv") as fh:
            return cls(_entries(fh, "dangdoc/vocab/data/catalog.csv"))

    def with_csv(self, path: str | Path) -> "Catalog":
        """This catalogue plus the rows of a CSV with the same columns as ``data/catalog.csv``
        (``type,number,issuer,date,body,term,plenum,title,source,certainty``; only the
        first three are required)."""
        with open(path, encoding="utf-8-sig") as fh:
            return self.with_csv_text(fh.read(), str(path))

    def with_csv_text(self, text: str, origin: str = "catalogue rows") -> "Catalog":
        """This catalogue plus the rows of CSV text (as :meth:`with_csv` reads a file;
        ``origin`` names it in error messages).

        >>> c = Catalog.default().with_csv_text("type,number,issuer,date\\nNĐ,88,CP,2016-07-01\\n")
        >>> [str(e.id) for e in c.lookup("NĐ", 88, "CP")][-1]
        '88/2016/NĐ-CP'
        """
        import io

        return Catalog(self.entries + tuple(_entries(io.StringIO(text.lstrip("\ufeff")), origin)))

    def lookup(self, type: str, number: int, issuer: str) -> list[Entry]:
        """Every entry with this type (class), number and issuer, oldest first."""
        found = self._by_id.get((type_class(type), number, issuer), [])
        return sorted(found, key=lambda e: (e.date or dt.date.min))

    def numbered(self, type: str, number: int) -> list[Entry]:
        """Every entry with this type (class) and number, whatever the issuer."""
        return list(self._by_number.get((type_class(type), number), []))

    def plenum(self, term: str, plenum: int, type: str | None = None) -> list[Entry]:
        """The documents a plenum of the Central Committee issued (of one type, if given)."""
        found = self._by_plenum.get((term, plenum), [])
        return [e for e in found if type is None or type_class(e.id.type) == type_class(type)]


# state types whose number carries the year ("67/2014/NĐ-CP") since the numbering rules
# of the late 1990s; their older documents ("01/CP", 1995) and other state types
# (35/NQ-CP, 1880/QĐ-TTg) carry none
_YEAR_IN_NUMBER = frozenset({"NĐ", "TT", "TTLT", "Luật"})
_YEAR_IN_NUMBER_SINCE = 2000


def _entries(rows, where: str):
    for lineno, row in enumerate(csv.DictReader(rows), 2):
        try:
            issuer = codes.canonical_issuer_part(row["issuer"].strip())
            system = codes.issuer_system(issuer) or codes.PARTY
            type_code = codes.canonical_type(row["type"].strip()) or row["type"].strip()
            number, _, written_year = row["number"].strip().partition("/")
            date = dt.date.fromisoformat(row["date"]) if row.get("date") else None
            year = int(written_year) if written_year else None
            if (year is None and system == codes.STATE and date is not None and type_code in _YEAR_IN_NUMBER
                    and date.year >= _YEAR_IN_NUMBER_SINCE):
                year = date.year
            doc = DocumentId(type_code, int(number), issuer, year, system)
            plenum = int(row["plenum"]) if row.get("plenum") else None
        except (KeyError, ValueError) as exc:
            raise DangdocError(f"{where}, line {lineno}: not a catalogue row ({exc}); "
                               "columns are type,number,issuer,date,body,term,plenum,title,source,certainty") from None
        term = None if system == codes.STATE else (row.get("term") or (term_of(date) if date else None))
        yield Entry(doc, date, row.get("body") or None, term, plenum, row.get("title") or None,
                    row.get("source") or None, row.get("certainty") or None)
