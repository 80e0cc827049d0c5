"""Builders: a regular-expression match of one date expression -> a `_Piece`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from nextseason.domain.dates import bounds, label_year
from nextseason.extract.dates.lexicon import _MONTHS, _ORDINALS, _SEASONS, _WEEKDAYS
from nextseason.extract.dates.pieces import (
    _INVALID,
    _Anchor,
    _count,
    _Ctx,
    _Piece,
    _shifted,
    _value,
    _year_word,
)

_Builder = Callable[[re.Match[str], _Ctx], "_Piece | None"]


def _month_of(text: str) -> int:
    return _MONTHS[text.lower().rstrip(".")]


def _weekday_of(text: str | None) -> int | None:
    return None if text is None else _WEEKDAYS[text.lower().rstrip(".")]


def _explicit_year(m: re.Match[str], ctx: _Ctx) -> tuple[bool, int | None]:
    """(ok, year) from the groups 'y' (digits) or 'rel' (a relative year phrase)."""
    if m.groupdict().get("y"):
        return True, int(m["y"])
    if m.groupdict().get("rel"):
        year = _year_word(m["rel"], ctx)
        return year is not None, year
    return True, None


def _build_day(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    ok, year = _explicit_year(m, ctx)
    day, month = int(m["d"]), _month_of(m["mon"])
    if not ok or not 1 <= day <= 31:
        return None
    piece = _Piece("day", year, month, day, weekday=_weekday_of(m["wd"]))
    if year is not None and _value(piece, year) is None:
        return _INVALID  # "February 29, 2023": no date, and its year alone is not one either
    return piece


def _build_iso(m: re.Match[str], _ctx: _Ctx) -> _Piece | None:
    piece = _Piece("day", int(m["y"]), int(m["mm"]), int(m["dd"]))
    return piece if 1 <= piece.month <= 12 and _value(piece, int(m["y"])) else None


def _build_numeric(m: re.Match[str], _ctx: _Ctx) -> _Piece | None:
    """"12/20/2026" (month first, as American pages write it with slashes, unless the first
    number cannot be a month) and "20.12.2026" (day first, as European pages write it with dots)."""
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    month, day = (b, a) if m["sep"] == "." or a > 12 else (a, b)
    piece = _Piece("day", year, month, day)
    return piece if 1 <= month <= 12 and _value(piece, year) else None


def _build_month(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    ok, year = _explicit_year(m, ctx)
    return _Piece("month", year, _month_of(m["mon"])) if ok else None


def _relative(rel: str, ctx: _Ctx) -> tuple[bool, int | None, str | None]:
    """'last'/'this'/'next' -> a year; 'this past'/'coming' -> a forced tense."""
    word = " ".join(rel.lower().split())
    if word in ("this past", "past"):
        return True, None, "past"
    if word in ("this coming", "coming"):
        return True, None, "future"
    if ctx.anchor is None:
        return False, None, None
    return True, ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[word], None


def _build_rel_month(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    """ "last June" is the nearest June before the publication month that "last month" would
    not name (June 2025 in October 2025; June 2024 in July or May 2025); "this" and "next"
    June take the year of / after publication."""
    ok, year, tense = _relative(m["rel"], ctx)
    month = _month_of(m["mon"])
    anchor = ctx.anchor
    if ok and anchor is not None and anchor.unit != "year" and m["rel"].lower() == "last":
        year = anchor.year if month < anchor.lo.month - 1 else anchor.year - 1
    return _Piece("month", year, month, tense=tense) if ok else None


def _build_season(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    ok, year = _explicit_year(m, ctx)
    return _Piece("sub", year, code=_SEASONS[m["s"].lower()]) if ok else None


def _build_rel_season(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    """'last' / 'next' summer start in the year before / after publication; 'this' is the
    one under way, else the one starting in the year of publication."""
    code = _SEASONS[m["s"].lower()]
    ok, year, tense = _relative(m["rel"], ctx)
    if not ok:
        return None
    if year is not None and ctx.anchor is not None and m["rel"].lower() == "last" and ctx.anchor.unit != "year":
        # "last spring" in November 2026 is spring 2026: the latest one over before publication
        for candidate in (ctx.anchor.year, ctx.anchor.year - 1):
            end = bounds(f"{candidate}-{code}")[1]
            if end is not None and end < ctx.anchor.lo:
                return _Piece("sub", candidate, code=code, tense=tense)
    if year is not None and ctx.anchor is not None:
        current = m["rel"].lower() == "this" and _season_under_way(code, ctx.anchor)
        year = current or label_year(code, year)
        end = bounds(f"{year}-{code}")[1]
        if m["rel"].lower() == "this" and end is not None and end < ctx.anchor.lo:
            year = None  # "this spring" said in November: the tense tells which spring
    return _Piece("sub", year, code=code, tense=tense)


def _season_under_way(code: int, anchor: _Anchor) -> int | None:
    """The label year of the season of kind ``code`` that contains the publication date."""
    for year in (anchor.year, anchor.year + 1):
        lo, hi = bounds(f"{year}-{code}")
        if lo is not None and hi is not None and lo <= anchor.lo <= hi:
            return year
    return None


def _build_quarter(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    groups = m.groupdict()
    number = groups.get("qn") or groups.get("qn2") or str(_ORDINALS[groups["ord"].lower()])
    year = _year_word(groups["yr"], ctx) if groups.get("yr") else None
    if groups.get("yr") and year is None:
        return None
    return _Piece("sub", year, code=32 + int(number))


def _build_half(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    year = _year_word(m["yr"], ctx)
    word = (m["ord"] or m["hn"] or m["hn2"] or "").lower()
    second = word in ("second", "2nd", "latter", "back", "2")
    return None if year is None else _Piece("sub", year, code=41 if second else 40)


def _build_part_of_year(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    year = _year_word(m["yr"], ctx)
    if year is None:
        return None
    qualifier = m["q"].lower()
    if "early" in qualifier:
        return _Piece("sub", year, code=40)
    if "late" in qualifier or "tail" in qualifier:  # "the tail end of 2025" is late 2025
        return _Piece("sub", year, code=41)
    if "mid" in qualifier:
        return _Piece("month", year, 6, approx=True)
    return _Piece("year", year)  # the beginning / end of the year: the year itself


def _build_rel_year(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    year = _year_word(m["yr"], ctx)
    return None if year is None else _Piece("year", year)


# capitalised words after which a year is still a date (otherwise "Blade Runner 2049" is a title)
_DATE_WORDS = (
    "in by since before after until till from through during of summer spring fall autumn "
    "winter early late mid and or than the at on around q1 q2 q3 q4 h1 h2"
)
_CAPITALISED_OK = frozenset(_MONTHS) | frozenset(_DATE_WORDS.split())


_WORD_BEFORE_END = re.compile(r"([A-Za-z][\w'’.-]*)\s+$")
_NUMBERING_WORD = re.compile(
    r"(?i:season|episode|series|part|chapter|volume|vol\.|no\.|number|#)\s*$"
)


def _build_year(m: re.Match[str], _ctx: _Ctx) -> _Piece | None:
    before = m.string[: m.start("y")]
    previous = _WORD_BEFORE_END.search(before)
    if previous and _in_title(previous.group(1), before[: previous.start()]):
        return None
    if _NUMBERING_WORD.search(before):
        return None
    return _Piece("year", int(m["y"]))


_POSSESSIVE_END = re.compile(r"['’]s$")
_HEADLINE_BREAK_END = re.compile(r"[.!?:\"“]\s*$")


def _in_title(word: str, rest: str) -> bool:
    """A year right after a capitalised word inside a sentence reads as a title ("Blade Runner 2049")."""
    if not word[0].isupper() or word.lower().rstrip(".") in _CAPITALISED_OK:
        return False
    if _POSSESSIVE_END.search(word):
        return False  # "Netflix's 2024 slate"
    return bool(rest.strip()) and not _HEADLINE_BREAK_END.search(rest)


def _build_ago(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    if m["q"] and m["q"].lower().split()[0] in ("over", "more", "less", "under"):
        return _INVALID  # "more than two years ago" is no single date
    anchor = ctx.anchor
    count = _count(m["n"])
    unit = m["u"].lower().rstrip("s")
    if anchor is None or count is None:
        return None
    return _shifted(anchor, unit, -count)


def _build_from_now(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    """ "two weeks from today", "a month from now": the day (weeks too), month or year ahead."""
    anchor = ctx.anchor
    count = _count(m["n"])
    unit = m["u"].lower().rstrip("s")
    if anchor is None or count is None:
        return None
    if unit == "week":
        unit, count = "day", 7 * count
    return _shifted(anchor, unit, count)


# Holidays with a fixed day (month, day); "the holidays" / "the holiday season" is December.
_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "new year's eve": (12, 31), "new year's day": (1, 1), "halloween": (10, 31),
    "valentine's day": (2, 14),
}  # fmt: skip


def _build_holiday(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    """ "Christmas Day", "on Halloween 2026", "the holiday season" (December)."""
    ok, year = _explicit_year(m, ctx)
    if not ok:
        return None
    name = " ".join(m["hol"].lower().replace("’", "'").split())
    if name.startswith(("the holiday", "the holidays")):
        return _Piece("month", year, 12)
    month, day = _HOLIDAYS[name]
    return _Piece("day", year, month, day)


def _build_the_month(_m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    """ "by the end of the month": the month of publication."""
    return _shifted(ctx.anchor, "month", 0) if ctx.anchor is not None else None


def _build_weekend(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    """ "this weekend", "next weekend", "last weekend": Saturday and Sunday of that week."""
    anchor = ctx.anchor
    if anchor is None or anchor.unit != "day":
        return None
    weeks = {"last": -1, "this": 0, "next": 1}[m["which"].lower()]
    saturday = anchor.lo + dt.timedelta(days=5 - anchor.lo.weekday() + 7 * weeks)
    sunday = saturday + dt.timedelta(days=1)
    return _Piece("fixed", fixed=f"{saturday.isoformat()}/{sunday.isoformat()}")


def _build_this_unit(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    if ctx.anchor is None:
        return None
    which = m["which"].lower()
    amount = -1 if which == "last" else 1 if which == "next" else 0
    return _shifted(ctx.anchor, m["u"].lower(), amount)


def _build_day_word(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    if ctx.anchor is None:
        return None
    amount = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[m["w"].lower()]
    return _shifted(ctx.anchor, "day", amount)


def _build_h_short(m: re.Match[str], _ctx: _Ctx) -> _Piece | None:
    second = (m["hn"] or m["hn2"]) == "2"
    return _Piece("sub", int(m["yr2"]), code=41 if second else 40)


def _build_week_of(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    """ "the week of October 6": the Monday-to-Sunday week holding that day."""
    ok, year = _explicit_year(m, ctx)
    day, month = int(m["d"] or m["d2"]), _month_of(m["mon"] or m["mon2"])
    if not ok or not 1 <= day <= 31:
        return None
    piece = _Piece("week", year, month, day)
    return piece if year is None or _value(piece, year) else _INVALID


def _build_part_of_month(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    """ "the first week of March", "the last week of August", "the second half of May": the
    month, at the precision the spec gives "early March" and "end of March" (not "last week")."""
    ok, year = _explicit_year(m, ctx)
    return _Piece("month", year, _month_of(m["mon"])) if ok else None


def _build_weekday(m: re.Match[str], _ctx: _Ctx) -> _Piece:
    rel = " ".join((m["rel"] or "").lower().split())
    tense = {"last": "past", "this past": "past", "next": "future", "this coming": "future"}
    fixed = rel if rel in ("last", "next", "this") else ""
    return _Piece("weekday", weekday=_WEEKDAYS[m["wd"].lower()], fixed=fixed, tense=tense.get(rel))
