"""Sources (stored document versions) and the calendar of premieres and windows."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema

from nextseason.domain.dates import bounds
from nextseason.web import models as m

router = Router(tags=["sources and calendar"])
DEFAULT_SPAN = dt.timedelta(days=365)


class SourceOut(Schema):
    id: int
    key: str
    url: str | None
    title: str
    publisher: str
    published: str | None  # EDTF
    published_lower: dt.date | None
    published_upper: dt.date | None
    published_from: str | None
    kind: str
    version: int
    current: bool
    fetched_at: dt.datetime
    claims: int
    shows: list[int]


class CalendarEntry(Schema):
    show_id: int
    show: str
    season: int | None
    kind: str
    value: str  # EDTF: a day, or a window such as 2024-40 (first half of 2024)
    lower: dt.date | None
    upper: dt.date | None
    precision: str  # 'day' when lower == upper, else 'window'
    stance: str


class CalendarOut(Schema):
    start: dt.date = Field(..., serialization_alias="from")
    to: dt.date
    entries: list[CalendarEntry]


class CalendarRange(Schema):
    start: dt.date | None = Field(None, alias="from")
    to: dt.date | None = None


@router.get("/sources/{source_id}", response=SourceOut)
def source_detail(request: HttpRequest, source_id: int) -> dict[str, Any]:
    """One stored version of a source document, with how many claims it gave and about which shows."""
    doc = get_object_or_404(m.Document, id=source_id)
    fields = {f: getattr(doc, f) for f in SourceOut.model_fields if f not in ("claims", "shows")}
    shows = sorted(set(doc.claims.values_list("show_id", flat=True)) | set(doc.passages.values_list("show_id", flat=True)))
    return {**fields, "claims": doc.claims.count(), "shows": shows}


@router.get("/calendar", response=CalendarOut, by_alias=True)
def calendar(request: HttpRequest, span: CalendarRange = Query(...)) -> dict[str, Any]:  # noqa: B008
    """Current premiere facts whose date or window overlaps ``from``..``to`` (default: a year from today).

    A window keeps its EDTF value and its bounds; it is never turned into a made-up day.
    """
    start = span.start or dt.date.today()
    end = span.to or start + DEFAULT_SPAN
    return {"start": start, "to": end, "entries": calendar_entries(start, end)}


def calendar_entries(start: dt.date, end: dt.date) -> list[dict[str, Any]]:
    facts = m.Fact.objects.filter(kind="premiere", status=m.Fact.CURRENT).select_related("show")
    entries = [entry for fact in facts if (entry := _entry(fact)) and _overlaps(entry, start, end)]
    return sorted(entries, key=lambda e: (e["lower"] or dt.date.min, e["upper"] or dt.date.max, e["show"], e["season"] or 0))


def _entry(fact: m.Fact) -> dict[str, Any] | None:
    if not isinstance(fact.value, str):
        return None
    try:
        lower, upper = bounds(fact.value)
    except ValueError:
        return None
    return {
        "show_id": fact.show_id,
        "show": fact.show.title,
        "season": fact.season,
        "kind": fact.kind,
        "value": fact.value,
        "lower": lower,
        "upper": upper,
        "precision": "day" if lower is not None and lower == upper else "window",
        "stance": fact.stance,
    }


def _overlaps(entry: dict[str, Any], start: dt.date, end: dt.date) -> bool:
    lower, upper = entry["lower"], entry["upper"]
    return (lower is None or lower <= end) and (upper is None or upper >= start)
