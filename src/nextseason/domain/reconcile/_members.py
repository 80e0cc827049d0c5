"""Cast and crew lists from the resolved cast and crew facts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from nextseason.domain.claims import STANCE_STRENGTH
from nextseason.domain.model import CastMember, CastSeason, CrewMember, Fact, Source
from nextseason.domain.reconcile._people import Vocabulary, norm

CREW_ORDER = ("creator", "showrunner", "director", "writer", "producer")


def cast_members(facts: Sequence[Fact], vocab: Vocabulary) -> tuple[CastMember, ...]:
    groups: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.kind == "cast" and not fact.superseded:
            value = _fields(fact)
            groups[(norm(value.get("person")), norm(value.get("character")))].append(fact)
    members = [_member(group, vocab) for group in groups.values()]
    return tuple(sorted(members, key=_member_order))


def _member_order(member: CastMember) -> tuple[int, str]:
    first = min((s.number or 0 for s in member.seasons), default=0)
    return first, norm(member.person or member.character)


def _member(facts: list[Fact], vocab: Vocabulary) -> CastMember:
    value = _fields(facts[0])
    by_season: dict[int | None, list[Fact]] = defaultdict(list)
    for fact in facts:
        by_season[fact.season].append(fact)
    present = {n for n, group in by_season.items() if any(f.stance != "denied" for f in group)}
    seasons = tuple(
        CastSeason(n, _status(n, group, present), _strongest(group), _sources(group))
        for n, group in sorted(by_season.items(), key=lambda kv: kv[0] or 0)
    )
    person = value.get("person")
    aliases = vocab.person_aliases(vocab.person_key(person)) if person else ()
    return CastMember(person, value.get("character"), aliases, seasons)


def _fields(fact: Fact) -> dict[str, Any]:
    return fact.value if isinstance(fact.value, dict) else {}


def _status(number: int | None, facts: list[Fact], present: set[int | None]) -> str:
    """new / returning / leaving for a season; 'listed' when no season is named."""
    if number is None:
        return "listed"
    stances = {f.stance for f in facts}
    if "denied" in stances:
        return "disputed" if stances - {"denied"} else "leaving"
    earlier = any(n is not None and n < number for n in present)
    return "returning" if earlier or (None in present and number > 1) else "new"


def _strongest(facts: list[Fact]) -> str:
    return max((f.stance for f in facts), key=STANCE_STRENGTH.__getitem__)


def _sources(facts: list[Fact]) -> tuple[Source, ...]:
    return tuple({s.id: s for f in facts for s in f.sources}.values())


def crew_members(facts: Sequence[Fact], vocab: Vocabulary) -> tuple[CrewMember, ...]:
    groups: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.kind == "crew" and not fact.superseded and fact.stance != "denied":
            value = _fields(fact)
            groups[(norm(value.get("person")), value.get("role") or "")].append(fact)
    members = [
        CrewMember(
            person=_fields(group[0]).get("person") or "",
            role=role,
            aliases=vocab.person_aliases(key),
            seasons=tuple(sorted({f.season for f in group if f.season is not None})),
            stance=_strongest(group),
            sources=_sources(group),
        )
        for (key, role), group in groups.items()
    ]
    return tuple(sorted(members, key=lambda m: (_role_rank(m.role), norm(m.person))))


def _role_rank(role: str) -> int:
    return CREW_ORDER.index(role) if role in CREW_ORDER else len(CREW_ORDER)
