"""Pieces: one date expression whose year may still be open; the publication anchor."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from nextseason.domain.dates import bounds, shift_month
from nextseason.extract.dates.lexicon import _NUMBERS


@dataclass(frozen=True, slots=True)
class _Anchor:
    """The publication date as a span, with its unit: 'day', 'month' or 'year'."""

    lo: dt.date
    hi: dt.date
    unit: str

    @property
    def year(self) -> int:
        return self.lo.year


@dataclass(frozen=True, slots=True)
class _Ctx:
    anchor: _Anchor | None
    context_year: int | None
    # the month written with the context year, when the sentence goes on forward in time from
    # it ("wrapped in November 2025 and premiered in June": a June after that November)
    context_month: int = 0
    # the last year written before, whether or not it is past ("debuted in 2023. Renewed in
    # February of that year": 2023)
    named_year: int | None = None


@dataclass(frozen=True, slots=True)
class _Piece:
    """One date expression, its year possibly still open (None)."""

    unit: str  # 'day' | 'week' | 'weekday' | 'month' | 'sub' | 'year' | 'fixed' | 'invalid'
    year: int | None = None
    month: int = 0
    day: int = 0
    code: int = 0
    weekday: int | None = None
    approx: bool = False
    fixed: str = ""  # the value of a 'fixed' piece; 'this' for a weekday of the current week
    tense: str | None = None  # forced direction for an open year ("this past June")


_INVALID = _Piece("invalid")  # an expression that is no date: it blocks what it overlaps


def _value(piece: _Piece, year: int) -> str | None:
    """EDTF for the piece in ``year``, None when that date does not exist (Feb 29, 2023)."""
    if piece.unit in ("invalid", "weekday"):
        return None  # a bare weekday has no year to take: see weekday_value
    if piece.unit == "fixed":
        return piece.fixed
    if piece.unit == "year":
        return f"{year:04d}"
    if piece.unit == "sub":
        return f"{year:04d}-{piece.code}"
    if piece.unit == "month":
        return f"{year:04d}-{piece.month:02d}" + ("~" if piece.approx else "")
    try:
        day = dt.date(year, piece.month, piece.day)
    except ValueError:
        return None
    if piece.unit == "week":
        return _week(day).fixed
    return day.isoformat()


def weekday_value(piece: _Piece, anchor: _Anchor | None, tense: str | None) -> str | None:
    """A bare weekday ("reported Tuesday", "next Friday") as a day near a day-precise
    publication date: the one of the current week for "this", the most recent one (the
    publication day included) for the past, else the next one ("the finale streams Sunday":
    a present tense schedules). "last" and "next" never name the publication day itself."""
    if anchor is None or anchor.unit != "day" or piece.weekday is None:
        return None
    today = anchor.lo
    if piece.fixed == "this":
        day = today + dt.timedelta(days=piece.weekday - today.weekday())
        if day < today and tense == "future":
            day += dt.timedelta(days=7)  # "premieres this Friday" on a Saturday: the coming one
        return day.isoformat()
    direction = piece.tense or tense
    strict = piece.fixed in ("last", "next")
    if direction != "past":
        ahead = (piece.weekday - today.weekday()) % 7 or (7 if strict else 0)
        return (today + dt.timedelta(days=ahead)).isoformat()
    back = (today.weekday() - piece.weekday) % 7 or (7 if strict else 0)
    return (today - dt.timedelta(days=back)).isoformat()


def _weekday_ok(piece: _Piece, year: int) -> bool:
    if piece.weekday is None:
        return True
    return dt.date(year, piece.month, piece.day).weekday() == piece.weekday


# --------------------------------------------------------------------------- anchor


@lru_cache(maxsize=256)
def _anchor(published: str | None) -> _Anchor | None:
    if not published:
        return None
    try:
        lo, hi = bounds(published)
    except ValueError:
        return None
    if lo is None or hi is None or "/" in published:
        return None
    if lo == hi:
        return _Anchor(lo, hi, "day")
    same_month = (lo.year, lo.month) == (hi.year, hi.month)
    return _Anchor(lo, hi, "month" if same_month else "year")


_FOUR_DIGITS = re.compile(r"\d{4}")
_THAT_YEAR = re.compile(r"\b(?:that|the same) year")
_NEW_YEAR = re.compile(r"\bthe new year")
# Relative years: (phrase, counted from the publication ("anchor") or the context ("base"), offset).
_RELATIVE_YEARS: tuple[tuple[re.Pattern[str], str, int], ...] = (
    (re.compile(r"\bnext year|the coming year"), "anchor", 1),
    (re.compile(r"\blast year"), "anchor", -1),
    (re.compile(r"\bthis year"), "anchor", 0),
    (re.compile(r"following year|the next year|year after"), "base", 1),
    (re.compile(r"previous year|year before"), "base", -1),
    (re.compile(r"\bthe year"), "base", 0),
)


def _year_word(phrase: str, ctx: _Ctx) -> int | None:
    """The year named by '2024', 'this year', 'the following year', 'that year', ..."""
    words = " ".join(phrase.lower().split())
    digits = _FOUR_DIGITS.search(words)
    if digits:
        return int(digits.group())
    anchor_year = ctx.anchor.year if ctx.anchor else None
    base = ctx.context_year if ctx.context_year is not None else anchor_year
    if _THAT_YEAR.search(words):
        return ctx.named_year if ctx.named_year is not None else ctx.context_year
    if _NEW_YEAR.search(words) and ctx.anchor is not None:
        # "lands in the new year": the coming one from the last quarter, else the current one
        return anchor_year + 1 if anchor_year is not None and ctx.anchor.lo.month >= 10 else anchor_year
    for pattern, counted_from, offset in _RELATIVE_YEARS:
        if pattern.search(words):
            year = anchor_year if counted_from == "anchor" else base
            return None if year is None else year + offset
    return None


def _count(text: str) -> int | None:
    words = " ".join(text.lower().split())
    return int(words) if words.isdigit() else _NUMBERS.get(words)


def _shifted(anchor: _Anchor, unit: str, amount: int) -> _Piece | None:
    """The anchor moved by ``amount`` days / weeks / months / years, at that unit's precision."""
    if unit == "year":
        return _Piece("year", anchor.year + amount)
    if unit == "month":
        if anchor.unit == "year":
            return None
        year, month = shift_month(anchor.lo.year, anchor.lo.month, amount)
        return _Piece("month", year, month)
    if anchor.unit != "day":
        return None
    if unit == "day":
        day = anchor.lo + dt.timedelta(days=amount)
        return _Piece("day", day.year, day.month, day.day)
    return _week(anchor.lo + dt.timedelta(weeks=amount))


def _week(day: dt.date) -> _Piece:
    monday = day - dt.timedelta(days=day.weekday())
    sunday = monday + dt.timedelta(days=6)
    return _Piece("fixed", fixed=f"{monday.isoformat()}/{sunday.isoformat()}")
