"""A ``ShowPicture`` (the same one the CLI prints) as plain data for the dossier template."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from nextseason.domain.model import (
    CastMember,
    Conflict,
    CrewMember,
    Fact,
    SeasonPicture,
    ShowPicture,
    Source,
    StoredPassage,
)
from nextseason.render.dossier import PASSAGE_LABELS, season_status, value_words

Row = dict[str, Any]


def season_title(number: int | None) -> str:
    return "Whole show" if number is None else f"Season {number}"


def season_slug(number: int | None) -> str:
    return "show" if number is None else str(number)


class DossierView:
    """Builds template rows; ``people`` maps names to person ids for links, ``choices`` maps
    (season, kind) to an editor's chosen value, ``watched`` is the last season watched."""

    def __init__(
        self,
        picture: ShowPicture,
        people: Mapping[str, int],
        choices: Mapping[tuple[int | None, str], Any],
        watched: int,
    ) -> None:
        self.picture = picture
        self.people = people
        self.choices = choices
        self.watched = watched
        numbers = [s.number for s in picture.seasons if s.number is not None]
        self.last_season = max(numbers, default=0)

    def cites(self, sources: Iterable[Source]) -> list[int]:
        return sorted({self.picture.number(s) for s in sources})

    def season(self, season: SeasonPicture) -> Row:
        conflict_kinds = {c.kind for c in season.conflicts}
        return {
            "number": season.number,
            "title": season_title(season.number),
            "slug": season_slug(season.number),
            "status": season_status(self.picture, season, citations=False),
            "facts": [self._fact(f, conflict_kinds) for f in season.facts if not f.superseded and f.kind not in _PEOPLE],
            "earlier": [self._fact(f, set()) for f in season.facts if f.superseded],
            "conflicts": [self._conflict(season.number, c) for c in season.conflicts],
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

    def _conflict(self, number: int | None, conflict: Conflict) -> Row:
        chosen = self.choices.get((number, conflict.kind), _UNSET)
        sides = [
            {
                "index": i,
                "words": _words(c.kind, c.value, None),
                "stance": c.stance,
                "cite": self.picture.number(c.source),
                "evidence": c.evidence,
                "chosen": chosen is not _UNSET and chosen == c.value,
            }
            for i, c in enumerate(conflict.claims)
        ]
        return {"kind": conflict.kind.replace("_", " "), "raw_kind": conflict.kind, "sides": sides,
                "resolved": any(s["chosen"] for s in sides)}

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
        if number is None:
            return self.last_season > 0 and self.watched >= self.last_season
        return self.watched >= number

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


_UNSET = object()
_PEOPLE = frozenset({"cast", "crew"})  # shown in their own lists


def _words(kind: str, value: Any, part: int | None) -> str:
    try:
        return value_words(kind, value, part)
    except (TypeError, ValueError, KeyError, AttributeError):
        return str(value)


def _web_url(url: str | None) -> bool:
    """Only http(s) links are made clickable (never javascript: or data: URLs)."""
    return bool(url) and str(url).lower().startswith(("http://", "https://"))
