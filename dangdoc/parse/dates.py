"""Vietnamese dates: ``12/8/2016``, ``12-8-2016``, ``12.8.2016``, ``12 tháng 8 năm 2016``."""

from __future__ import annotations

import datetime as dt
import functools

from lark import Transformer
from lark.exceptions import UnexpectedInput, VisitError

from .grammar import parser
from ..errors import InvalidDate
from ..text.normalize import fold


class _ToDate(Transformer):
    def numeric(self, items):
        return tuple(int(t) for t in items)

    spelled = numeric

    def start(self, items):
        return items[0]


@functools.lru_cache(maxsize=4096)
def parse_date(text: str) -> dt.date:
    """Read a Vietnamese date, with or without a leading ``ngày``.

    >>> parse_date("ngày 12/8/2016")
    datetime.date(2016, 8, 12)
    >>> parse_date("12 tháng 8 năm 2016") == parse_date("12-8-2016") == parse_date("12.8.2016")
    True
    >>> parse_date("31/02/2020")
    Traceback (most recent call last):
    ...
    dangdoc.errors.InvalidDate: not a valid date: day is out of range for month (31/2/2020) in '31/02/2020'. ...
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_date needs a str, got {type(text).__name__}")
    try:
        tree = parser("date.lark").parse(fold(text))
        day, month, year = _ToDate().transform(tree)
    except UnexpectedInput as exc:
        raise InvalidDate(text, "unexpected text", column=getattr(exc, "column", None)) from None
    except VisitError as exc:  # pragma: no cover - the transformer only converts digits
        raise InvalidDate(text, str(exc.orig_exc)) from None
    if not 1000 <= year <= 9999:
        raise InvalidDate(text, f"the year {year} needs four digits")
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise InvalidDate(text, f"{exc} ({day}/{month}/{year})") from None

