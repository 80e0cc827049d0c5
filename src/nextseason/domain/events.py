"""Fact-change events: what changed between two reconciled pictures of a show.

A picture is first *summarised* (``summarise(picture, today)``): a small JSON object of
the firm news a follower cares about (current, not superseded, ``asserted`` facts:
renewal, cancellation, each premiere's lead answer, filming, the finale, conflicts, cast
and crew per season, and which seasons are still upcoming on ``today``). A store keeps
the last summary of each show; ``diff_summaries(old, new)`` lists the changes, ordered
by season (the show as a whole first), kind and value. ``diff_pictures(before, after)``
does both steps at once. Speculation and denials never make an event.

Rules:

- renewed, cancelled, filming: an answer where there was none;
- premieres, per season and part, on the lead answer (official data first, then the
  latest source): a first answer is ``PremiereAnnounced``; a day replacing a window too
  (with ``previous``); a window inside the earlier one is ``WindowNarrowed``; any other
  change is ``PremiereMoved``; a premiere that goes away makes no event;
- a conflict (season, kind and its sides) not seen before: ``ConflictAppeared``; one an
  editor answered (its chosen side not seen before for those sides): ``ConflictResolved``
  (the chosen side then also leads its kind, which may move a premiere too);
- a cast or crew credit for a season where none of the person's spellings was credited
  (in the same crew role): ``CastAdded`` / ``CrewAdded``, with ``upcoming`` set when
  the season has still to air: its premiere window not over on ``today`` (or, with no
  premiere known, no later season already premiered) and its finale not past. Upcoming
  credits also reach the person's followers (``PERSON_KINDS``).

``today`` defaults to the picture's ``as_of``; with neither, no credit is upcoming.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from nextseason.domain.dates import bounds
from nextseason.domain.event_types import (
    EVENT_TYPES,
    KIND_ORDER,
    PERSON_KINDS,
    Cancelled,
    CastAdded,
    ConflictAppeared,
    ConflictResolved,
    CrewAdded,
    Event,
    FilmingStarted,
    PersonCredited,
    PremiereAnnounced,
    PremiereEvent,
    PremiereMoved,
    Renewed,
    SourceRef,
    WindowNarrowed,
    event_from_payload,
    event_order,
    is_day,
)
from nextseason.domain.model import CastMember, Fact, SeasonPicture, ShowPicture, Source
from nextseason.domain.names import fold, person_key
from nextseason.domain.reconcile import describe, order_key

__all__ = [
    "EVENT_TYPES",
    "KIND_ORDER",
    "PERSON_KINDS",
    "Cancelled",
    "CastAdded",
    "ConflictAppeared",
    "ConflictResolved",
    "CrewAdded",
    "Event",
    "FilmingStarted",
    "PersonCredited",
    "PremiereAnnounced",
    "PremiereEvent",
    "PremiereMoved",
    "Renewed",
    "SourceRef",
    "Summary",
    "WindowNarrowed",
    "diff_pictures",
    "diff_summaries",
    "event_from_payload",
    "event_order",
    "headline",
    "is_day",
    "lead_answers",
    "summarise",
]

FORMAT = "nextseason-events/1"
Summary = dict[str, Any]
Mark = dict[str, Any]
ONCE_KINDS = {"renewed": Renewed, "cancelled": Cancelled, "filming": FilmingStarted}
INERT_CAST = frozenset({"leaving", "disputed"})


def diff_pictures(
    before: ShowPicture | None, after: ShowPicture, *, today: dt.date | None = None
) -> list[Event]:
    """The changes from ``before`` (``None``: nothing known yet) to ``after``, ordered."""
    day = today or after.as_of
    old = summarise(before, day) if before is not None else None
    return diff_summaries(old, summarise(after, day))


def diff_summaries(old: Summary | None, new: Summary) -> list[Event]:
    """The changes from one summary to the next (``old`` ``None``: everything is new)."""
    before: list[Mark] = list(old.get("marks", [])) if old else []
    show, upcoming = new["show"], set(new.get("upcoming", []))
    events: list[Event] = []
    for mark in new.get("marks", []):
        event = _change(show, mark, before, upcoming)
        if event is not None:
            events.append(event)
    return sorted(events, key=event_order)


def headline(payload: dict[str, Any]) -> str:
    """One line for a stored event's ``payload()`` (its summary, re-made when it can be)."""
    try:
        return event_from_payload(payload).summary
    except (ValueError, TypeError, KeyError, AttributeError):
        return str(payload.get("summary") or payload.get("kind") or "change")


# --- summaries -----------------------------------------------------------------------


def summarise(picture: ShowPicture, today: dt.date | None = None) -> Summary:
    """The firm news of a picture as JSON (see the module docstring)."""
    day = today or picture.as_of
    marks: list[Mark] = []
    for season in picture.seasons:
        marks.extend(_season_marks(season))
    marks.extend(_cast_marks(picture.cast))
    marks.extend(_crew_marks(picture))
    upcoming = [s.number for s in picture.seasons if _upcoming(picture, s, day)]
    return {"format": FORMAT, "show": picture.title, "marks": marks, "upcoming": upcoming}


def _refs(sources: Iterable[Source]) -> list[dict[str, str | None]]:
    return [SourceRef(s.title, s.url).to_json() for s in sources]


def _season_marks(season: SeasonPicture) -> Iterator[Mark]:
    n = season.number
    for kind in ("renewed", "cancelled", "filming", "finale"):
        facts = _firm(season, kind)
        if facts:
            lead = _lead(facts)
            yield {
                "t": kind,
                "season": n,
                "value": _text(lead.value),
                "sources": _refs(lead.sources),
            }
    for part, lead in _premieres(season).items():
        yield {
            "t": "premiere",
            "season": n,
            "part": part,
            "value": str(lead.value),
            "sources": _refs(lead.sources),
        }
    for conflict in season.conflicts:
        values = sorted({describe(c.kind, c.value) for c in conflict.claims})
        sources = _refs(c.source for c in conflict.claims)
        mark: Mark = {"t": "conflict", "season": n, "kind": conflict.kind, "values": values}
        if conflict.resolution is not None:
            mark["chosen"] = describe(conflict.resolution.chosen.kind, conflict.resolution.chosen.value)
        yield {**mark, "sources": sources}


def _firm(season: SeasonPicture, kind: str) -> tuple[Fact, ...]:
    return tuple(f for f in season.current(kind) if f.stance == "asserted")


def _lead(facts: Iterable[Fact]) -> Fact:
    """The answer that speaks for a kind: official data first, then the latest source."""

    def rank(fact: Fact) -> tuple[bool, tuple[dt.date, dt.date, str], str]:
        latest = max((order_key(s) for s in fact.sources), default=(dt.date.min, dt.date.min, ""))
        return any(s.official for s in fact.sources), latest, str(fact.value)

    return max(facts, key=rank)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _premieres(season: SeasonPicture) -> dict[int | None, Fact]:
    return lead_answers(season, "premiere")


def lead_answers(season: SeasonPicture, kind: str) -> dict[int | None, Fact]:
    """Per part (``None``: the whole season), the firm dated answer that speaks for a date
    kind (premiere, finale): official data first, then the latest source."""
    parts: dict[int | None, list[Fact]] = {}
    for fact in _firm(season, kind):
        if _text(fact.value):
            parts.setdefault(fact.part, []).append(fact)
    return {part: _lead(facts) for part, facts in sorted(parts.items(), key=lambda p: p[0] or 0)}


def _cast_marks(cast: Iterable[CastMember]) -> Iterator[Mark]:
    for member in cast:
        names = [n for n in (member.person, *member.aliases) if n]
        ids = sorted({"p:" + person_key(n) for n in names})
        if not ids and member.character:
            ids = ["c:" + fold(member.character)]
        for season in member.seasons:
            yield {
                "t": "cast",
                "season": season.number,
                "person": member.person,
                "character": member.character,
                "status": season.status,
                "firm": season.stance == "asserted",
                "ids": ids,
                "sources": _refs(season.sources),
            }


def _crew_marks(picture: ShowPicture) -> Iterator[Mark]:
    for member in picture.crew:
        ids = sorted({person_key(n) for n in (member.person, *member.aliases)})
        for number in member.seasons or (None,):
            yield {
                "t": "crew",
                "season": number,
                "person": member.person,
                "role": member.role,
                "firm": member.stance == "asserted",
                "ids": ids,
                "sources": _refs(member.sources),
            }


# --- upcoming ------------------------------------------------------------------------


def _upcoming(picture: ShowPicture, season: SeasonPicture, today: dt.date | None) -> bool:
    if today is None or season.number is None:
        return False
    if any(_ended(f.value, today) for f in _firm(season, "finale")):
        return False
    premieres = [f.value for f in _firm(season, "premiere") if _high(f.value)]
    if premieres:
        return any(not _ended(v, today) for v in premieres)
    later = [s for s in picture.seasons if s.number is not None and s.number > season.number]
    return not any(_ended(f.value, today) for s in later for f in _firm(s, "premiere"))


def _high(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return bounds(value)[1]
    except ValueError:
        return None


def _ended(value: Any, today: dt.date) -> bool:
    high = _high(value)
    return high is not None and high < today


# --- changes -------------------------------------------------------------------------


def _change(show: str, mark: Mark, before: list[Mark], upcoming: set[Any]) -> Event | None:
    kind, season = mark["t"], mark["season"]
    sources = tuple(SourceRef(s.get("title"), s.get("url")) for s in mark.get("sources", []))
    if kind in ONCE_KINDS:
        if any(m["t"] == kind and m["season"] == season for m in before):
            return None
        return ONCE_KINDS[kind](show, season, date=mark["value"], sources=sources)
    if kind == "premiere":
        return _premiere_change(show, mark, before, sources)
    if kind == "conflict":
        return _conflict_change(show, mark, before, sources)
    if kind in ("cast", "crew"):
        return _credit_change(show, mark, before, sources, season in upcoming)
    return None


def _premiere_change(
    show: str, mark: Mark, before: list[Mark], sources: tuple[SourceRef, ...]
) -> Event | None:
    date = mark["value"]
    old = next(
        (
            m
            for m in before
            if m["t"] == "premiere" and (m["season"], m["part"]) == (mark["season"], mark["part"])
        ),
        None,
    )
    previous = old["value"] if old else None
    if previous == date:
        return None
    if previous is None or (is_day(date) and not is_day(previous)):
        make: type[PremiereEvent] = PremiereAnnounced
    elif not is_day(date) and _inside(date, previous):
        make = WindowNarrowed
    else:
        make = PremiereMoved
    return make(show, mark["season"], date, part=mark["part"], previous=previous, sources=sources)


def _inside(narrow: str, wide: str) -> bool:
    try:
        (a, b), (c, d) = bounds(narrow), bounds(wide)
    except ValueError:
        return False
    if a is None or b is None or c is None or d is None:
        return False
    return c <= a and b <= d and (a, b) != (c, d)


def _conflict_change(
    show: str, mark: Mark, before: list[Mark], sources: tuple[SourceRef, ...]
) -> Event | None:
    same = ("conflict", mark["season"], mark["kind"], mark["values"])
    chosen = mark.get("chosen")
    olds = [m for m in before if (m["t"], m["season"], m.get("kind"), m.get("values")) == same]
    if chosen is not None:
        if any(m.get("chosen") == chosen for m in olds):
            return None
        values = tuple(mark["values"])
        return ConflictResolved(show, mark["season"], mark["kind"], chosen, values, sources=sources)
    if olds:
        return None
    return ConflictAppeared(
        show, mark["season"], mark["kind"], tuple(mark["values"]), sources=sources
    )


def _credit_change(
    show: str, mark: Mark, before: list[Mark], sources: tuple[SourceRef, ...], upcoming: bool
) -> Event | None:
    if not mark["firm"] or mark.get("status") in INERT_CAST:
        return None
    ids, kind, season = set(mark["ids"]), mark["t"], mark["season"]
    for old in before:
        same_role = kind == "cast" or old.get("role") == mark.get("role")
        firm = old.get("firm") and old.get("status") not in INERT_CAST
        if (
            old["t"] == kind
            and old["season"] == season
            and same_role
            and firm
            and ids & set(old["ids"])
        ):
            return None
    upcoming = upcoming and bool(mark["person"])
    if kind == "cast":
        return CastAdded(
            show,
            season,
            mark["person"],
            character=mark["character"],
            status=mark["status"],
            upcoming=upcoming,
            sources=sources,
        )
    return CrewAdded(
        show, season, mark["person"], role=mark["role"], upcoming=upcoming, sources=sources
    )
