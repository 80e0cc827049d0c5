"""Dated facts from the store (premieres, finales, filming) as calendar entries with bounds."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from nextseason.domain.dates import bounds
from nextseason.render.dossier import date_words
from nextseason.web import models as m

CALENDAR_KINDS = ("premiere", "finale")


@dataclass(frozen=True, slots=True)
class Entry:
    """One dated fact: a day, or a window from ``lower`` to ``upper`` (never a made-up day)."""

    show_id: int
    show: str
    season: int | None
    kind: str
    value: str
    stance: str
    lower: dt.date
    upper: dt.date

    @property
    def words(self) -> str:
        return date_words(self.value)

    @property
    def is_day(self) -> bool:
        return self.lower == self.upper

    @property
    def label(self) -> str:
        season = f" season {self.season}" if self.season is not None else ""
        return f"{self.show}{season} {self.kind}"


def entries(kinds: tuple[str, ...] = CALENDAR_KINDS) -> list[Entry]:
    """Every current dated fact of ``kinds`` with both bounds known, earliest first."""
    rows = m.Fact.objects.filter(kind__in=kinds, status=m.Fact.CURRENT).exclude(stance="denied")
    found = [_entry(row) for row in rows.select_related("show")]
    return sorted((e for e in found if e is not None), key=lambda e: (e.lower, e.upper, e.show))


def _entry(row: m.Fact) -> Entry | None:
    if not isinstance(row.value, str):
        return None
    try:
        lower, upper = bounds(row.value)
    except ValueError:
        return None
    if lower is None or upper is None:
        return None
    return Entry(row.show_id, row.show.title, row.season, row.kind, row.value, row.stance, lower, upper)


def upcoming(today: dt.date, limit: int = 10) -> list[Entry]:
    """Premieres not yet over (a window counts until its last day), soonest first."""
    return [e for e in entries(("premiere",)) if e.upper >= today][:limit]
