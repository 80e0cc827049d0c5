"""The public API: find_dates, normalise, infer_published."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from nextseason.extract.dates.atoms import _atoms, _local_ctx
from nextseason.extract.dates.combine import _combine
from nextseason.extract.dates.lexicon import _ANY_MONTH, _NUMBER, _WEEKDAY, _YEAR4
from nextseason.extract.dates.pieces import _Anchor, _anchor, _count, _Ctx, _shifted, _value
from nextseason.extract.dates.resolve import _resolve
from nextseason.extract.dates.tense import _tense_at


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # char offset in the text given to find_dates
    end: int
    text: str  # the matched expression as written
    value: str  # EDTF string at the precision the text gives
    open_end: bool = False  # e.g. "at the earliest" / "not before" produced an open interval


def _mentions(text: str, ctx: _Ctx, tense: str | None, *, fixed_tense: bool) -> list[DateMention]:
    result: list[DateMention] = []
    for expr in _combine(text, _atoms(text, ctx)):
        expr_tense = tense if fixed_tense else _tense_at(text, expr.start, expr.end)
        value = _resolve(expr, _local_ctx(text, expr.start, ctx), expr_tense)
        if value is not None:
            span = text[expr.start : expr.end]
            mention = DateMention(expr.start, expr.end, span, value, value.endswith("/.."))
            if result and _narrows(text, result[-1], mention):
                mention = _narrowed(text, result[-1], mention)
                result.pop()
            result.append(mention)
    return _shared_years(text, result)


# "on July 6 and August 3, 2023": two dates joined, the year written once for both
_SHARED_YEAR_GAP = re.compile(r"\s*,?\s*(?:and|&|or|then)\s+(?:(?:on|in)\s+)?")
_DAY_OR_MONTH = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


def _shared_years(text: str, found: list[DateMention]) -> list[DateMention]:
    """A month or day with no year, joined to the next one that writes its year: that year."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        first, second = out[i], out[i + 1]
        if (
            _DAY_OR_MONTH.fullmatch(first.value)
            and _DAY_OR_MONTH.fullmatch(second.value)
            and not _WRITTEN_YEAR.search(first.text)
            and _WRITTEN_YEAR.search(second.text)
            and _SHARED_YEAR_GAP.fullmatch(text, first.end, second.start)
            and first.value[5:7] <= second.value[5:7]
        ):
            value = second.value[:4] + first.value[4:]
            if value != first.value and _valid(value):
                out[i] = DateMention(first.start, first.end, first.text, value, first.open_end)
    return out


# "earlier this year, on February 3", "last year, in March": a year, then the day or month in it
_NARROWING_GAP = re.compile(r",\s+(?:in|on|back\s+in|back\s+on)\s+")
_BARE_YEAR = re.compile(r"\d{4}")
_WRITTEN_YEAR = re.compile(_YEAR4)


def _narrows(text: str, year: DateMention, finer: DateMention) -> bool:
    return (
        bool(_BARE_YEAR.fullmatch(year.value))
        and not _WRITTEN_YEAR.search(year.text)  # (a relative year: "2024, in March" is two dates)
        and bool(_NARROWING_GAP.fullmatch(text, year.end, finer.start))
        and not _WRITTEN_YEAR.search(finer.text)
        and bool(_DAY_OR_MONTH.fullmatch(finer.value))
        and _valid(year.value + finer.value[4:])
    )


def _valid(value: str) -> bool:
    try:
        dt.date.fromisoformat(value if len(value) == 10 else value + "-01")
    except ValueError:
        return False  # (February 29 moved into a common year)
    return True


def _narrowed(text: str, year: DateMention, finer: DateMention) -> DateMention:
    """The finer date in the year the words before named, over both spans."""
    value = year.value + finer.value[4:]
    return DateMention(year.start, finer.end, text[year.start : finer.end], value, False)


def find_dates(
    text: str, published: str | None, *, context_year: int | None = None, named_year: int | None = None
) -> list[DateMention]:
    """Every date expression in ``text`` (usually one sentence), resolved to EDTF against ``published``.

    Tense (future/past) is read from the sentence itself (will / is expected / aims vs
    premiered / was / dropped / ago) to pick the year of a bare month or season ("in
    September", "Friday, July 28"); ``context_year`` (a year the surrounding context gives)
    is used first for a month or season with no year; ``named_year`` (the last year written
    before, past or not) is the year "that year" names. Mentions are non-overlapping and in
    text order; expressions with no resolvable value are skipped.
    """
    ctx = _Ctx(_anchor(published), context_year, named_year=named_year)
    return _mentions(text, ctx, None, fixed_tense=False)


def normalise(
    expression: str,
    published: str | None,
    *,
    tense: str | None = None,
    context_year: int | None = None,
) -> str | None:
    """One expression -> EDTF (or None). ``tense`` in {'future', 'past', None}; None reads it from the text."""
    if tense not in ("future", "past", None):
        raise ValueError(f"tense must be 'future', 'past' or None, not {tense!r}")
    ctx = _Ctx(_anchor(published), context_year)
    mentions = _mentions(expression, ctx, tense, fixed_tense=tense is not None)
    if not mentions:  # a season standing alone ("summer") is a date when it is the whole expression
        mentions = _mentions(f"in {expression}", ctx, tense, fixed_tense=tense is not None)
    if not mentions:
        return None
    return max(mentions, key=lambda mention: mention.end - mention.start).value


_AGO_ON = re.compile(
    rf"(?P<ago>(?i:(?:almost|nearly|about|around|roughly|some|over|more\s+than|just|only)\s+)?"
    rf"\b{_NUMBER}\s+(?i:days?|weeks?|months?|years?)\s+(?i:ago))\s*,?\s+(?i:on\s+)?(?P<date>"
    rf"(?:{_WEEKDAY},?\s+)?(?:{_ANY_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR4}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_ANY_MONTH},?\s+{_YEAR4}))"
)
_DATELINE = re.compile(
    rf"(?i:\b(?:published|updated|posted)(?:\s+on)?\s*:?\s*)(?P<date>(?:{_WEEKDAY},?\s+)?"
    rf"(?:{_ANY_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR4}|\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"{_ANY_MONTH},?\s+{_YEAR4}|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}))"
)


def infer_published(text: str) -> str | None:
    """Publication date worked out from a whole article text, or None.

    A dateline ("Published June 8, 2022") gives the day; "Almost two months ago, on
    June 6, 2023" gives the date moved forward by the stated time, at month precision for
    months and weeks (day precision only for an exact "N days ago"), year precision for
    years. Without a full date (no year) nothing can be inferred.
    """
    dateline = _DATELINE.search(text)
    if dateline:
        return normalise(dateline["date"], None)
    for m in _AGO_ON.finditer(text):
        inferred = _from_ago(m["ago"], m["date"])
        if inferred is not None:
            return inferred
    for m in _RELATIVE_ON.finditer(text):
        inferred = _from_relative(m["when"], m["unit"], m["date"])
        if inferred is not None:
            return inferred
    for m in _SPAN_AFTER_ON.finditer(text):
        inferred = _from_ago(f"{m['span']} ago", m["date"])
        if inferred is not None:
            return inferred
    return None


# "Three weeks after it landed on Netflix on September 27, 2024, X is still in the top 10": a
# sentence that opens on the time since a dated event, and goes on in the present.
_SPAN_AFTER_ON = re.compile(
    rf"(?:^|[.!?]\s+|\n)(?P<span>(?i:(?:almost|nearly|about|around|roughly|some|over|more\s+than|just|only)\s+)?"
    rf"{_NUMBER}\s+(?i:days?|weeks?|months?|years?))\s+(?i:after|since)\s+[^.,;\n]{{0,80}}?\b(?i:on)\s+(?P<date>"
    rf"(?:{_WEEKDAY},?\s+)?(?:{_ANY_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR4}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_ANY_MONTH},?\s+{_YEAR4}))"
    rf",\s+[^.;\n]{{0,80}}?\b(?:is|are|has|have|remains|remain|sits|still)\b"
)


# "returns next month, on Friday, November 21, 2025": the article was written the month before.
_RELATIVE_ON = re.compile(
    rf"\b(?P<when>(?i:next|last|this))\s+(?P<unit>(?i:week|month|year))\s*,?\s+(?i:on\s+|in\s+)?(?P<date>"
    rf"(?:{_WEEKDAY},?\s+)?(?:{_ANY_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR4}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_ANY_MONTH},?\s+{_YEAR4}))"
)


def _from_relative(when: str, unit: str, date_text: str) -> str | None:
    """The month (or year) in which "next month, on <date>" or "last week, on <date>" was written."""
    day_value = normalise(date_text, None)
    if day_value is None or len(day_value) != 10:
        return None
    day = dt.date.fromisoformat(day_value)
    step = {"next": -1, "last": 1, "this": 0}[when.lower()]
    unit = unit.lower()
    if unit == "year":
        return f"{day.year + step:04d}"
    if unit == "week":
        day += dt.timedelta(weeks=step)
        return f"{day.year:04d}-{day.month:02d}"
    months = day.year * 12 + day.month - 1 + step
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


_AGO_PARTS = re.compile(
    rf"(?i:(?P<q>almost|nearly|about|around|roughly|some|over|more\s+than|just|only)\s+)?"
    rf"(?P<n>{_NUMBER})\s+(?P<u>(?i:day|week|month|year))s?\s+(?i:ago)"
)


def _from_ago(ago: str, date_text: str) -> str | None:
    """The date 'N units ago' was written: ``date_text`` moved forward by N units."""
    day_value = normalise(date_text, None)
    parts = _AGO_PARTS.match(ago)
    count = None if parts is None else _count(parts["n"])
    if day_value is None or parts is None or count is None:
        return None
    day = dt.date.fromisoformat(day_value)
    unit = parts["u"].lower()
    if unit == "week":
        unit, day, count = "month", day + dt.timedelta(weeks=count), 0
    elif unit == "day" and parts["q"]:
        unit, day, count = "month", day + dt.timedelta(days=count), 0
    piece = _shifted(_Anchor(day, day, "day"), unit, count)
    return None if piece is None or piece.year is None else _value(piece, piece.year)
