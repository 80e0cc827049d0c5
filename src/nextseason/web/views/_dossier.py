"""A ``ShowPicture`` (the same one the CLI prints) as plain data for the dossier template."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from nextseason.domain.model import (
    CastMember,
    Conflict,
    ConflictSide,
    CrewMember,
    Fact,
    SeasonPicture,
    ShowPicture,
    Source,
    StoredPassage,
)
from nextseason.domain.reconcile import editor, side_key
from nextseason.render.dossier import PASSAGE_LABELS, season_status, value_words

Row = dict[str, Any]


def season_title(number: int | None) -> str:
    return "Whole show" if number is None else f"Season {number}"


def season_slug(number: int | None) -> str:
    return "show" if number is None else str(number)


def watched_season(number: int | None, watched: int, last_season: int) -> bool:
    """Whether a reader who watched up to season ``watched`` sees the story of season
    ``number`` unfolded (the whole show's: once the last season is watched)."""
    if number is None:
        return last_season > 0 and watched >= last_season
    return watched >= number


class DossierView:
    """Builds template rows; ``people`` maps names to person ids for links, ``watched`` is
    the last season watched. An editor's choice of a conflict side comes with the picture
    (``Conflict.resolution``)."""

    def __init__(self, picture: ShowPicture, people: Mapping[str, int], watched: int) -> None:
        self.picture = picture
        self.people = people
        self.watched = watched
        numbers = [s.number for s in picture.seasons if s.number is not None]
        self.last_season = max(numbers, default=0)

    def cites(self, sources: Iterable[Source]) -> list[int]:
        return sorted({self.picture.number(s) for s in sources})

    def season(self, season: SeasonPicture) -> Row:
        conflict_kinds = {c.kind for c in season.conflicts if c.resolution is None}
        return {
            "number": season.number,
            "title": season_title(season.number),
            "slug": season_slug(season.number),
            "status": season_status(self.picture, season, citations=False),
            "facts": [self._fact(f, conflict_kinds) for f in season.facts if not f.superseded and f.kind not in _PEOPLE],
            "earlier": [self._fact(f, set()) for f in season.facts if f.superseded],
            "conflicts": [self._conflict(c) for c in season.conflicts],
            "timeline": [self._entry(e) for e in season.timeline],
            "cast": [self._cast(c, season.number) for c in self._cast_of(season)],
            "crew": [self._crew(c) for c in self._crew_of(season)],
            "passages": self._passages(season),
        }

    def _fact(self, fact: Fact, conflict_kinds: set[str]) -> Row:
        return {
            "kind": fact.kind.replace("_", " "),
            "words": _words(fact.kind, fact.value, fact.part),
            "stance": fact.stance,
            "cites": self.cites(fact.sources),
            "why": fact.why,
            "conflict": fact.kind in conflict_kinds,
            "evidence": list(fact.evidence),
        }

    def _conflict(self, conflict: Conflict) -> Row:
        choice = conflict.resolution
        chosen = side_key(choice.chosen) if choice is not None else None
        sides = [
            {
                "index": i,
                "words": _words(c.kind, c.value, None),
                "stance": c.stance,
                "cite": self.picture.number(c.source),
                "evidence": c.evidence,
                "chosen": chosen is not None and side_key(ConflictSide(c.kind, c.value, c.stance)) == chosen,
            }
            for i, c in enumerate(conflict.claims)
        ]
        return {
            "kind": conflict.kind.replace("_", " "),
            "raw_kind": conflict.kind,
            "sides": sides,
            "resolved": choice is not None,
            "resolved_by": editor(choice) if choice is not None else "",
            "resolved_on": choice.at.date().isoformat() if choice is not None else "",
        }

    def _entry(self, entry: Any) -> Row:
        return {
            "date": entry.date or "undated",
            "kind": entry.kind.replace("_", " "),
            "words": _words(entry.kind, entry.value, entry.part),
            "stance": entry.stance,
            "cite": self.picture.number(entry.source),
            "change": entry.change,
        }

    def _cast_of(self, season: SeasonPicture) -> list[CastMember]:
        return [c for c in self.picture.cast if any(s.number == season.number for s in c.seasons)]

    def _crew_of(self, season: SeasonPicture) -> list[CrewMember]:
        if season.number is None:
            return [c for c in self.picture.crew if not c.seasons]
        return [c for c in self.picture.crew if season.number in c.seasons]

    def _cast(self, member: CastMember, number: int | None) -> Row:
        role = next(s for s in member.seasons if s.number == number)
        return {
            "person": member.person,
            "person_id": self.people.get(member.person or ""),
            "character": member.character,
            "aliases": list(member.aliases),
            "status": "" if role.status == "listed" else role.status,
            "stance": role.stance,
            "cites": self.cites(role.sources),
        }

    def _crew(self, member: CrewMember) -> Row:
        return {
            "person": member.person,
            "person_id": self.people.get(member.person),
            "role": member.role,
            "aliases": list(member.aliases),
            "stance": member.stance,
            "cites": self.cites(member.sources),
        }

    def _passages(self, season: SeasonPicture) -> list[Row]:
        groups = []
        for kind, label in PASSAGE_LABELS.items():
            items = [self._passage(p) for p in season.passages_of(kind)]
            if items:
                groups.append({"kind": kind, "label": label, "items": items,
                               "folded": kind == "spoiler" and not self._watched(season.number)})
        return groups

    def _watched(self, number: int | None) -> bool:
        return watched_season(number, self.watched, self.last_season)

    def _passage(self, passage: StoredPassage) -> Row:
        return {"heading": passage.heading, "text": passage.text, "cite": self.picture.number(passage.source)}

    def sources(self) -> list[Row]:
        return [
            {
                "number": self.picture.number(s),
                "title": s.title or s.url or f"document {s.id}",
                "url": s.url if _web_url(s.url) else None,
                "publisher": s.publisher,
                "published": s.published,
                "kind": s.kind,
            }
            for s in self.picture.sources
        ]


_PEOPLE = frozenset({"cast", "crew"})  # shown in their own lists


def _words(kind: str, value: Any, part: int | None) -> str:
    try:
        return value_words(kind, value, part)
    except (TypeError, ValueError, KeyError, AttributeError):
        return str(value)


def _web_url(url: str | None) -> bool:
    """Only http(s) links are made clickable (never javascript: or data: URLs)."""
    return bool(url) and str(url).lower().startswith(("http://", "https://"))
