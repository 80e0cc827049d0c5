"""What the claim store hands to reconciliation, and what reconciliation returns.

Inputs: ``Source`` (one article or one official record) and ``StoredClaim`` (a claim
in the claims format, tied to its source and its store id). Output: a ``ShowPicture``
per show, with one ``SeasonPicture`` per season (``number`` ``None`` for claims about
the whole show), the merged ``cast`` and ``crew``, and the numbered ``sources``.

Story passages (``Passage`` as found in an article, ``StoredPassage`` with its source) are
kept beside the facts, never among them: "the story so far" (``spoiler``) and "what might
happen" (``speculation``), per season.

All types are frozen and slotted; the claim values keep the shapes of the claims
format (``nextseason.domain.claims.Value``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from nextseason.domain.claims import Value

Id = int | str
SOURCE_KINDS = frozenset({"article", "official"})
CAST_STATUSES = frozenset({"new", "returning", "leaving", "disputed", "listed"})
PASSAGE_KINDS = ("spoiler", "speculation")  # the story so far; what might happen


@dataclass(frozen=True, slots=True)
class Source:
    """One document claims come from: an article or official data (e.g. TVmaze)."""

    id: Id
    url: str | None
    title: str | None
    publisher: str | None
    published: str | None  # EDTF, as in the claims format
    published_from: str | None  # metadata / given / inferred
    kind: str  # 'article' or 'official'
    fetched_at: dt.datetime

    @property
    def official(self) -> bool:
        return self.kind == "official"


@dataclass(frozen=True, slots=True)
class StoredClaim:
    id: Id
    show: str
    season: int | None
    kind: str
    value: Value
    stance: str
    evidence: str
    source: Source
    part: int | None = None


@dataclass(frozen=True, slots=True)
class Passage:
    """A short excerpt of an article's plot or speculation section: never a claim."""

    show: str  # the article's show, as written
    season: int | None  # the season it is about (None: the show as a whole)
    kind: str  # one of PASSAGE_KINDS
    heading: str  # the section heading, as written
    text: str  # the excerpt: the section's first sentences, short


@dataclass(frozen=True, slots=True)
class StoredPassage:
    id: Id
    season: int | None
    kind: str
    heading: str
    text: str
    source: Source


@dataclass(frozen=True, slots=True)
class Fact:
    """One answer for (show, season, kind): its value, stance, sources and why.

    ``superseded`` facts are kept for the record (a refined window, an older date, an
    article contradicted by official data, a speculation an assertion settled);
    ``why`` says what beat them, or for a current fact what it rests on.
    """

    show: str
    season: int | None
    kind: str
    value: Value
    stance: str
    sources: tuple[Source, ...]
    claim_ids: tuple[Id, ...]
    superseded: bool = False
    why: str = ""
    part: int | None = None
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ConflictClaim:
    kind: str
    value: Value
    stance: str
    source: Source
    claim_id: Id
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class ConflictSide:
    """One answer of a conflict: what its claims say (several sources may say it)."""

    kind: str  # the claims' kind (``no_premiere_date`` in a premiere conflict)
    value: Value
    stance: str


@dataclass(frozen=True, slots=True)
class EditorChoice:
    """An editor's answer to the conflict of (season, kind): the side they chose, who and
    when, and the sides the conflict held then (the choice answers that conflict only)."""

    season: int | None
    kind: str  # the conflict's kind
    chosen: ConflictSide
    seen: tuple[ConflictSide, ...]
    by: str
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class Conflict:
    """Incompatible firm claims that no rule settles; every side is kept. ``resolution``:
    the editor's choice that settles it (the chosen side is then the current fact)."""

    show: str
    season: int | None
    kind: str
    claims: tuple[ConflictClaim, ...]
    resolution: EditorChoice | None = None

    def sides(self) -> tuple[ConflictSide, ...]:
        found: list[ConflictSide] = []
        for claim in self.claims:
            side = ConflictSide(claim.kind, claim.value, claim.stance)
            if side not in found:
                found.append(side)
        return tuple(found)


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One claim at the time its source was published, and what it changed."""

    date: str | None  # the source's published EDTF (None: unknown, fetched date used)
    source: Source
    kind: str
    value: Value
    stance: str
    change: str
    claim_id: Id
    part: int | None = None


@dataclass(frozen=True, slots=True)
class SeasonPicture:
    number: int | None  # None: the show as a whole
    facts: tuple[Fact, ...]
    conflicts: tuple[Conflict, ...]
    timeline: tuple[TimelineEntry, ...]
    passages: tuple[StoredPassage, ...] = ()  # plot and speculation, apart from the facts

    def current(self, kind: str) -> tuple[Fact, ...]:
        return tuple(f for f in self.facts if f.kind == kind and not f.superseded)

    def passages_of(self, kind: str) -> tuple[StoredPassage, ...]:
        return tuple(p for p in self.passages if p.kind == kind)


@dataclass(frozen=True, slots=True)
class CastSeason:
    number: int | None
    status: str  # one of CAST_STATUSES; 'listed' when the claims name no season
    stance: str
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class CastMember:
    person: str | None
    character: str | None
    aliases: tuple[str, ...]  # other spellings of the person seen in the claims
    seasons: tuple[CastSeason, ...]

    @property
    def sources(self) -> tuple[Source, ...]:
        return _unique(s for season in self.seasons for s in season.sources)


@dataclass(frozen=True, slots=True)
class CrewMember:
    person: str
    role: str
    aliases: tuple[str, ...]
    seasons: tuple[int, ...]  # empty: the show as a whole
    stance: str
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class ShowPicture:
    title: str
    aliases: tuple[str, ...]
    seasons: tuple[SeasonPicture, ...]  # the whole show (number None) first, then by number
    cast: tuple[CastMember, ...]
    crew: tuple[CrewMember, ...]
    sources: tuple[Source, ...]  # numbered from 1 in this order (publication order)
    as_of: dt.date | None = None

    def number(self, source: Source) -> int:
        """The citation number of a source (1-based)."""
        return self.sources.index(source) + 1

    def season(self, number: int | None) -> SeasonPicture | None:
        return next((s for s in self.seasons if s.number == number), None)


def _unique(sources: Iterable[Source]) -> tuple[Source, ...]:
    seen: dict[Id, Source] = {}
    for source in sources:
        seen.setdefault(source.id, source)
    return tuple(seen.values())
