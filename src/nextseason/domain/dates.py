"""EDTF values and their calendar bounds.

Only the EDTF forms the claims format uses are read here: years, months and days
(with ``X`` for unspecified digits and the ``?``/``~``/``%`` qualifiers), the
ISO 8601-2 sub-year groupings 21..41 (seasons, quarters, quadrimesters, halves)
and intervals ``A/B`` with ``..`` (open) or an empty side (unknown).

Seasons follow the meteorological months: spring March to May, summer June to
August, autumn September to November, and winter (``YYYY-24``) December of the
year before to the end of February of YYYY, as "Winter 2026" is used in TV and
anime schedules (January 2026) and in weather records (winter 2025/26).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

# Sub-year grouping -> (first month, last month); month 0 is December of the year before.
SUBYEAR_MONTHS: dict[int, tuple[int, int]] = {
    21: (3, 5),  # spring
    22: (6, 8),  # summer
    23: (9, 11),  # autumn
    24: (0, 2),  # winter
    25: (3, 5),  # spring, northern hemisphere
    26: (6, 8),
    27: (9, 11),
    28: (0, 2),
    29: (9, 11),  # spring, southern hemisphere
    30: (0, 2),
    31: (3, 5),
    32: (6, 8),
    33: (1, 3),  # quarters 1..4
    34: (4, 6),
    35: (7, 9),
    36: (10, 12),
    37: (1, 4),  # quadrimesters 1..3
    38: (5, 8),
    39: (9, 12),
    40: (1, 6),  # halves 1..2
    41: (7, 12),
}
SEASON_CODES = frozenset(range(21, 33))

_SINGLE = re.compile(r"^(?P<y>\d{4}|\d{3}X|\d{2}XX)(?:-(?P<m>\d{2}|XX)(?:-(?P<d>\d{2}|XX))?)?$")
_QUALIFIERS = re.compile(r"[?~%]")
_OPEN = ("", "..")

Bounds = tuple[dt.date | None, dt.date | None]


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) moved by ``months`` (negative to go back)."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def month_span(year: int, code: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """First and last (year, month) of a sub-year grouping such as 2024-40."""
    first, last = SUBYEAR_MONTHS[code]
    return shift_month(year, first, 0), shift_month(year, last, 0)


def label_year(code: int, start_year: int) -> int:
    """The year that labels the grouping starting in ``start_year`` (winter from December 2024 is 2025-24)."""
    return start_year + 1 if SUBYEAR_MONTHS[code][0] < 1 else start_year


def bounds(edtf_value: str) -> Bounds:
    """Lower and upper calendar bound of an EDTF value; None for an open or unknown end.

    ``bounds("2024-40") == (date(2024, 1, 1), date(2024, 6, 30))``. Raises ValueError for
    text this module does not read.
    """
    value = edtf_value.strip()
    if "/" in value:
        left, right = value.split("/", 1)
        lower = None if left in _OPEN else _single(left)[0]
        upper = None if right in _OPEN else _single(right)[1]
        return lower, upper
    if value == "..":
        return None, None
    return _single(value)


def _single(value: str) -> tuple[dt.date, dt.date]:
    match = _SINGLE.match(_QUALIFIERS.sub("", value))
    if match is None:
        raise ValueError(f"not a supported EDTF date: {value!r}")
    low_year = int(match["y"].replace("X", "0"))
    high_year = int(match["y"].replace("X", "9"))
    month, day = match["m"], match["d"]
    if month is None or month == "XX":
        if day is not None and day != "XX":
            raise ValueError(f"day without month: {value!r}")
        return dt.date(low_year, 1, 1), dt.date(high_year, 12, 31)
    return _month_part(low_year, high_year, int(month), day, value)


def _month_part(
    low_year: int, high_year: int, month: int, day: str | None, value: str
) -> tuple[dt.date, dt.date]:
    if month in SUBYEAR_MONTHS:
        if day is not None:
            raise ValueError(f"day inside a sub-year grouping: {value!r}")
        (y1, m1), _ = month_span(low_year, month)
        _, (y2, m2) = month_span(high_year, month)
        return dt.date(y1, m1, 1), last_day(y2, m2)
    if not 1 <= month <= 12:
        raise ValueError(f"bad month in {value!r}")
    if day is None or day == "XX":
        return dt.date(low_year, month, 1), last_day(high_year, month)
    return dt.date(low_year, month, int(day)), dt.date(high_year, month, int(day))


_SUBYEAR_VALUE = re.compile(r"^(\d{4})-(\d{2})$")


def interval_end(value: str, *, first: bool, keep_seasons: bool = False) -> str:
    """``value`` as the first (or last) end of an interval, which takes months: halves,
    quarters and quadrimesters (and seasons unless ``keep_seasons``) become their first (or
    last) month; other values are kept. ``interval_end("2023-41", first=True) == "2023-07"``."""
    m = _SUBYEAR_VALUE.match(value)
    if not m or int(m[2]) not in SUBYEAR_MONTHS or (keep_seasons and int(m[2]) in SEASON_CODES):
        return value
    start, end = month_span(int(m[1]), int(m[2]))
    year, month = start if first else end
    return f"{year:04d}-{month:02d}"


def adjacent(value: str, *, forward: bool) -> str:
    """The year, month or day just after (or before) ``value``, at its precision (a day for a
    day, a year for a year, a month otherwise): ``adjacent("2025", forward=False) == "2024"``."""
    lo, hi = bounds(value)
    if lo is None or hi is None:
        raise ValueError(f"no neighbour for an open value: {value!r}")
    day = hi + dt.timedelta(days=1) if forward else lo - dt.timedelta(days=1)
    bare = _QUALIFIERS.sub("", value)
    if re.fullmatch(r"\d{4}", bare):
        return f"{day.year:04d}"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", bare):
        return day.isoformat()
    return f"{day.year:04d}-{day.month:02d}"
