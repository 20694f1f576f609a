"""The terms (khóa) of Party committees, from the dates their congresses closed.

Party numbers restart every term of the issuing committee, so a date or a term is what
tells two documents with one number apart.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools

from .tables import rows

# Provincial and district congresses meet in the autumn of the year before each national
# congress (2015, 2020, 2025); a local term is taken to change on this day of that year.
LOCAL_TERM_CHANGE = (10, 1)
LOCAL_TERM_YEARS = 5


@functools.lru_cache(maxsize=None)
def _term_starts() -> tuple[tuple[dt.date, str], ...]:
    return tuple((dt.date.fromisoformat(r["congress_closed"]), r["term"]) for r in rows("terms.csv"))


def term_of(date: dt.date) -> str | None:
    """The Central Committee term (khóa) in force on a date: from one congress to the next.

    >>> term_of(dt.date(2017, 10, 25)), term_of(dt.date(2022, 6, 16)), term_of(dt.date(2016, 1, 10))
    ('XII', 'XIII', 'XI')
    """
    starts = _term_starts()
    i = bisect.bisect_right([d for d, _ in starts], date) - 1
    return starts[i][1] if i >= 0 else None


def term_of_year(year: int) -> str | None:
    """The Central Committee term in force all through a year; None for a year in which a
    congress closed (two terms share it) or before the first congress.

    >>> term_of_year(1988), term_of_year(2017), term_of_year(1951), term_of_year(1930)
    ('VI', 'XII', None, None)
    """
    first = term_of(dt.date(year, 1, 1))
    return first if first == term_of(dt.date(year, 12, 31)) else None


def terms() -> tuple[str, ...]:
    """The Central Committee terms, first to last.

    >>> terms()[:3], terms()[-1]
    (('I', 'II', 'III'), 'XIV')
    """
    return tuple(term for _, term in _term_starts())


def local_term_of(date: dt.date) -> str:
    """The term of a local Party committee on a date, as years: "2015-2020".

    >>> local_term_of(dt.date(2016, 8, 12)), local_term_of(dt.date(2015, 3, 1))
    ('2015-2020', '2010-2015')
    """
    start = date.year - date.year % LOCAL_TERM_YEARS
    if date < dt.date(start, *LOCAL_TERM_CHANGE):
        start -= LOCAL_TERM_YEARS
    return f"{start}-{start + LOCAL_TERM_YEARS}"
