"""Vietnamese dates through the date grammar."""

from __future__ import annotations

import datetime as dt

import pytest

from dangdoc import InvalidDate, parse_date


@pytest.mark.parametrize(
    "text",
    [
        "12/8/2016",  # slashes
        "12-8-2016",  # hyphens
        "12.8.2016",  # dots
        "12 tháng 8 năm 2016",  # spelled
        "ngày 12/8/2016",  # with ngày
        "Ngày 12 tháng 08 năm 2016",  # capital, leading zero
        "ngày 12\ntháng 8 năm 2016",  # line break
        "12 – 8 – 2016",  # en dashes with spaces
    ],
)
def test_forms(text):
    assert parse_date(text) == dt.date(2016, 8, 12)


@pytest.mark.parametrize(
    "text, reason",
    [
        ("31/02/2020", "day is out of range"),  # no such day
        ("29/2/2006", "day is out of range"),  # not a leap year
        ("12/13/2016", "month must be in 1..12"),  # no such month
        ("12/8/16", "four digits"),  # two-digit year
        ("12/8-2016", "unexpected"),  # mixed separators
        ("hôm qua", "unexpected"),  # not a date
    ],
)
def test_impossible_or_malformed(text, reason):
    with pytest.raises(InvalidDate, match=reason) as info:
        parse_date(text)
    assert text in str(info.value)
