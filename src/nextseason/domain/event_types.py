"""The fact-change events (``nextseason.domain.events`` finds them; this module types them).

Frozen, slotted dataclasses, one per kind of change. Every event names its ``show`` and
``season`` (``None``: the show as a whole), and has:

- ``identity``: ``(show, season, kind, value)``, the same for the same change whenever it
  is found again; ``value`` is text (the date, the person; ``OLD->NEW`` when a premiere
  answer replaces an earlier one);
- ``key``: ``KIND:DIGEST`` (at most 45 characters), a digest of the identity, for unique
  columns and feed entry ids;
- ``summary`` / ``describe(when)``: one line for people (``when`` words EDTF dates);
- ``payload()`` / ``event_from_payload``: a JSON object and back.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from nextseason.domain.dates import bounds

Identity = tuple[str, int | None, str, str]
When = Callable[[str], str]


def _plain(value: str) -> str:
    return value


def is_day(value: str | None) -> bool:
    """Is the EDTF value one calendar day (``2024-03-15``, not a month or a window)?"""
    if not value:
        return False
    try:
        low, high = bounds(value)
    except ValueError:
        return False
    return low is not None and low == high


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a change was read: enough to link to it."""

    title: str | None
    url: str | None

    def to_json(self) -> dict[str, str | None]:
        return {"title": self.title, "url": self.url}


@dataclass(frozen=True, slots=True)
class Event:
    """A change of the facts of one show."""

    kind: ClassVar[str] = "event"
    show: str
    season: int | None
    sources: tuple[SourceRef, ...] = field(default=(), kw_only=True, compare=False)

    @property
    def value(self) -> str:
        return ""

    @property
    def identity(self) -> Identity:
        return (self.show, self.season, self.kind, self.value)

    @property
    def key(self) -> str:
        text = "\x1f".join("" if part is None else str(part) for part in self.identity)
        return f"{self.kind}:{hashlib.sha256(text.encode()).hexdigest()[:24]}"

    @property
    def person(self) -> str | None:
        return None

    @property
    def summary(self) -> str:
        return self.describe()

    def describe(self, when: When = _plain) -> str:
        """One line for people; ``when`` words EDTF dates (default: as they are)."""
        return f"{self.subject} changed"

    @property
    def subject(self) -> str:
        return self.show if self.season is None else f"{self.show} season {self.season}"

    def payload(self) -> dict[str, Any]:
        """A JSON object: kind, fields, summary and sources (``event_from_payload`` reads it)."""
        out: dict[str, Any] = {"kind": self.kind, "summary": self.summary}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            out[f.name] = [s.to_json() for s in value] if f.name == "sources" else value
        return out


@dataclass(frozen=True, slots=True)
class Renewed(Event):
    kind: ClassVar[str] = "renewed"
    date: str | None = field(default=None, kw_only=True)  # when it was announced

    def describe(self, when: When = _plain) -> str:
        said = f" (announced {when(self.date)})" if self.date else ""
        if self.season is None:
            return f"{self.show} renewed{said}"
        return f"{self.show} renewed for season {self.season}{said}"


@dataclass(frozen=True, slots=True)
class Cancelled(Event):
    kind: ClassVar[str] = "cancelled"
    date: str | None = field(default=None, kw_only=True)

    def describe(self, when: When = _plain) -> str:
        said = f" (announced {when(self.date)})" if self.date else ""
        return f"{self.subject} cancelled{said}"


@dataclass(frozen=True, slots=True)
class PremiereEvent(Event):
    """Premiere news: the new ``date`` (EDTF), its part, and the answer it replaces."""

    date: str
    part: int | None = field(default=None, kw_only=True)
    previous: str | None = field(default=None, kw_only=True)

    @property
    def value(self) -> str:
        prefix = f"part {self.part}:" if self.part is not None else ""
        moved = f"{self.previous}->" if self.previous else ""
        return f"{prefix}{moved}{self.date}"

    @property
    def precise(self) -> bool:
        """A single day (an all-day calendar event), not a window."""
        return is_day(self.date)

    @property
    def subject(self) -> str:
        season = self.show if self.season is None else f"{self.show} season {self.season}"
        return f"{season} part {self.part}" if self.part is not None else season


@dataclass(frozen=True, slots=True)
class PremiereAnnounced(PremiereEvent):
    kind: ClassVar[str] = "premiere_announced"

    def describe(self, when: When = _plain) -> str:
        verb = "premieres" if self.precise else "expected"
        was = f" (was {when(self.previous)})" if self.previous else ""
        return f"{self.subject} {verb} {when(self.date)}{was}"


@dataclass(frozen=True, slots=True)
class PremiereMoved(PremiereEvent):
    kind: ClassVar[str] = "premiere_moved"

    def describe(self, when: When = _plain) -> str:
        was = when(self.previous or "?")
        return f"{self.subject} premiere moved from {was} to {when(self.date)}"


@dataclass(frozen=True, slots=True)
class WindowNarrowed(PremiereEvent):
    kind: ClassVar[str] = "window_narrowed"

    def describe(self, when: When = _plain) -> str:
        was = when(self.previous or "?")
        return f"{self.subject} premiere narrowed from {was} to {when(self.date)}"


@dataclass(frozen=True, slots=True)
class FilmingStarted(Event):
    kind: ClassVar[str] = "filming_started"
    date: str | None = field(default=None, kw_only=True)

    @property
    def value(self) -> str:
        return self.date or ""

    def describe(self, when: When = _plain) -> str:
        said = f" ({when(self.date)})" if self.date else ""
        return f"{self.subject}: filming reported{said}"


@dataclass(frozen=True, slots=True)
class PersonCredited(Event):
    """A new credit; ``upcoming`` when the season has still to air, which also tells the
    person's followers (not only the show's)."""

    kind: ClassVar[str] = "person_credited"
    name: str | None  # the person (None: a character whose actor is not known yet)
    upcoming: bool = field(default=False, kw_only=True)

    @property
    def person(self) -> str | None:
        return self.name


@dataclass(frozen=True, slots=True)
class CastAdded(PersonCredited):
    kind: ClassVar[str] = "cast_added"
    character: str | None = field(default=None, kw_only=True)
    status: str = field(default="listed", kw_only=True)

    @property
    def value(self) -> str:
        return self.name or f"as {self.character}"

    def describe(self, when: When = _plain) -> str:
        who = self.name or "someone"
        role = f" as {self.character}" if self.character else ""
        verb = "returns to" if self.status == "returning" else "joins"
        return f"{who} {verb} the cast of {self.subject}{role}"


@dataclass(frozen=True, slots=True)
class CrewAdded(PersonCredited):
    kind: ClassVar[str] = "crew_added"
    role: str = field(default="crew", kw_only=True)

    @property
    def value(self) -> str:
        return f"{self.name} ({self.role})"

    def describe(self, when: When = _plain) -> str:
        return f"{self.name} joins {self.subject} as {self.role}"


@dataclass(frozen=True, slots=True)
class ConflictAppeared(Event):
    kind: ClassVar[str] = "conflict_appeared"
    fact_kind: str
    values: tuple[str, ...]  # each side, as text, sorted

    @property
    def value(self) -> str:
        return f"{self.fact_kind}: " + " | ".join(self.values)

    def describe(self, when: When = _plain) -> str:
        sides = " vs ".join(when(v) if is_day(v) else v for v in self.values)
        return f"{self.subject}: sources disagree on {self.fact_kind.replace('_', ' ')} ({sides})"


@dataclass(frozen=True, slots=True)
class ConflictResolved(Event):
    """An editor chose one side of a conflict: ``chosen`` is now the answer."""

    kind: ClassVar[str] = "conflict_resolved"
    fact_kind: str
    chosen: str  # the chosen side, as text
    values: tuple[str, ...] = ()  # every side, as text, sorted

    @property
    def value(self) -> str:
        return f"{self.fact_kind}: {self.chosen} of " + " | ".join(self.values)

    def describe(self, when: When = _plain) -> str:
        chosen = when(self.chosen) if is_day(self.chosen) else self.chosen
        return f"{self.subject}: an editor settled the {self.fact_kind.replace('_', ' ')} conflict: {chosen}"


EVENT_TYPES: dict[str, type[Event]] = {
    t.kind: t
    for t in (
        Renewed,
        Cancelled,
        PremiereAnnounced,
        PremiereMoved,
        WindowNarrowed,
        FilmingStarted,
        CastAdded,
        CrewAdded,
        ConflictAppeared,
        ConflictResolved,
    )
}
KIND_ORDER: tuple[str, ...] = tuple(EVENT_TYPES)
PERSON_KINDS = frozenset({"cast_added", "crew_added"})


def event_from_payload(payload: dict[str, Any]) -> Event:
    """The event a ``payload()`` was made from; raises ValueError for an unknown kind."""
    kind = payload.get("kind")
    if kind not in EVENT_TYPES:
        raise ValueError(f"unknown event kind: {kind!r}")
    cls = EVENT_TYPES[kind]
    args: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name not in payload:
            continue
        value = payload[f.name]
        if f.name == "sources":
            value = tuple(SourceRef(s.get("title"), s.get("url")) for s in value or ())
        elif f.name == "values":
            value = tuple(value)
        args[f.name] = value
    return cls(**args)


def event_order(event: Event) -> tuple[int, int, str]:
    """Season (the show as a whole first), then kind, then value."""
    season = -1 if event.season is None else event.season
    return season, KIND_ORDER.index(event.kind), event.value
