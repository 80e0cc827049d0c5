"""The calendar: a month view (days, and windows drawn across the month) and a year list
where a window such as 2024-40 is a span over its months, never a made-up day."""

from __future__ import annotations

import calendar as cal
import datetime as dt
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from nextseason.domain.dates import last_day, shift_month
from nextseason.render.dossier import MONTHS
from nextseason.web.views._dates import Entry, entries

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def calendar_page(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    if request.GET.get("view") == "list":
        year = _int(request.GET.get("year"), today.year, 1900, 2999)
        return render(request, "nextseason/calendar_list.html", year_context(year, entries()))
    year, month = _month(request.GET.get("month"), today)
    return render(request, "nextseason/calendar_month.html", month_context(year, month, entries(), today))


def _int(text: str | None, default: int, low: int, high: int) -> int:
    return int(text) if text and text.isdigit() and low <= int(text) <= high else default


def _month(text: str | None, today: dt.date) -> tuple[int, int]:
    try:
        first = dt.date.fromisoformat(f"{text}-01")
    except (TypeError, ValueError):
        return today.year, today.month
    return first.year, first.month


def _key(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def month_context(year: int, month: int, found: list[Entry], today: dt.date) -> dict[str, Any]:
    start, end = dt.date(year, month, 1), last_day(year, month)
    days = [e for e in found if e.is_day and start <= e.lower <= end]
    spans = [e for e in found if not e.is_day and e.lower <= end and e.upper >= start]
    weeks = [
        [{"date": d, "in_month": d.month == month, "today": d == today,
          "entries": [e for e in days if e.lower == d]} for d in week]
        for week in cal.Calendar(firstweekday=0).monthdatescalendar(year, month)
    ]
    return {
        "title": f"{MONTHS[month - 1]} {year}",
        "year": year,
        "month_key": _key(year, month),
        "previous": _key(*shift_month(year, month, -1)),
        "next": _key(*shift_month(year, month, 1)),
        "weekdays": WEEKDAYS,
        "weeks": weeks,
        "spans": [_span_in_month(e, start, end) for e in spans],
        "days": days,
    }


def _span_in_month(entry: Entry, start: dt.date, end: dt.date) -> dict[str, Any]:
    return {
        "entry": entry,
        "from_before": entry.lower < start,
        "goes_on": entry.upper > end,
        "range": _range_words(entry),
    }


def _range_words(entry: Entry) -> str:
    low, high = entry.lower, entry.upper
    first = f"{MONTHS[low.month - 1]} {low.year}" if low.day == 1 else low.isoformat()
    last_is_month_end = high == last_day(high.year, high.month)
    last = f"{MONTHS[high.month - 1]} {high.year}" if last_is_month_end else high.isoformat()
    return first if first == last else f"{first} – {last}"


def year_context(year: int, found: list[Entry]) -> dict[str, Any]:
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    rows = [_year_row(e, start, end) for e in found if e.lower <= end and e.upper >= start]
    return {
        "year": year,
        "previous": year - 1,
        "next": year + 1,
        "months": [m[:3] for m in MONTHS],
        "rows": rows,
    }


def _year_row(entry: Entry, start: dt.date, end: dt.date) -> dict[str, Any]:
    """Grid columns (1-based months; column 1 is the label) covered within the year."""
    first = 1 if entry.lower < start else entry.lower.month
    last = 12 if entry.upper > end else entry.upper.month
    return {
        "entry": entry,
        "col_start": first + 1,
        "col_end": last + 2,
        "from_before": entry.lower < start,
        "goes_on": entry.upper > end,
        "range": entry.lower.isoformat() if entry.is_day else _range_words(entry),
    }
