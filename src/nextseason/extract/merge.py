"""The spec's one-claim-per-fact rules, in one tested function."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from nextseason.domain.claims import STANCE_STRENGTH, Claim

_NON_WORD = re.compile(r"[\W_]+")
_TERSE = 25  # evidence shorter than this (a bare answer) gives way to a fuller one


def norm_name(value: str | None) -> str:
    return _NON_WORD.sub("", (value or "").casefold())


def value_key(kind: str, value: Any) -> Any:
    """A hashable, normalised form of a claim value for comparing facts."""
    if isinstance(value, dict):
        if kind == "based_on":
            return (norm_name(value.get("medium")), norm_name(value.get("author")), norm_name(value.get("title")))
        return tuple(sorted((k, norm_name(v)) for k, v in value.items()))
    if isinstance(value, str):
        return norm_name(value) if kind == "platform" else value.strip()
    return value


def fact_key(claim: Claim) -> tuple[Any, ...]:
    return (norm_name(claim.show), claim.season, claim.kind, value_key(claim.kind, claim.value))


def merge_claims(claims: Iterable[Claim]) -> list[Claim]:
    """One claim per (show, season, kind, value) keeping the strongest stance; then drop
    null-valued and partial cast claims beside a valued/full claim at least as strong."""
    best: dict[tuple[Any, ...], Claim] = {}
    for claim in claims:
        key = fact_key(claim)
        kept = best.get(key)
        if kept is None or STANCE_STRENGTH[claim.stance] > STANCE_STRENGTH[kept.stance]:
            best[key] = claim
        elif claim.stance == kept.stance and len(kept.evidence) < _TERSE <= len(claim.evidence):
            best[key] = claim  # "Unfortunately, no.": the sentence that says it in full cites better
    merged = list(best.values())
    # Claims compete only within their (normalised show, season, kind): group them once.
    groups: dict[tuple[Any, ...], list[Claim]] = {}
    for claim in merged:
        groups.setdefault((norm_name(claim.show), claim.season, claim.kind), []).append(claim)
    kept = [c for c in merged if not _dominated(c, groups[(norm_name(c.show), c.season, c.kind)])]
    return _platforms_of_several_seasons(kept)


def _platforms_of_several_seasons(claims: list[Claim]) -> list[Claim]:
    """A service the text names for the show and ties to seasons of it too ("The series aired
    on Tokyo MX", "The second season will air on Tokyo MX") is the show's: one claim, season
    null. Not when the show's seasons had different homes ("the first season streamed on
    HIDIVE; Crunchyroll will stream the second")."""
    seasons: dict[tuple[str, Any], set[int | None]] = {}
    for c in claims:
        if c.kind == "platform" and c.stance == "asserted":
            seasons.setdefault((norm_name(c.show), value_key(c.kind, c.value)), set()).add(c.season)
    several = {key for key, found in seasons.items() if None in found and len(found) > 1}
    if not several:
        return claims
    moved = {
        show
        for (show, a), found_a in seasons.items()
        for (other, b), found_b in seasons.items()
        if other == show and a != b and (found_a - found_b - {None}) and (found_b - found_a - {None})
    }
    out: list[Claim] = []
    for c in claims:
        key = (norm_name(c.show), value_key(c.kind, c.value))
        if c.kind == "platform" and c.stance == "asserted" and key in several and key[0] not in moved and c.season is not None:
            continue  # the show-wide claim stands for it
        out.append(c)
    return out


def _dominated(claim: Claim, claims: list[Claim]) -> bool:
    """Whether one of ``claims`` (those of the claim's show, season and kind, or more) at
    least as strong makes ``claim`` redundant."""
    strength = STANCE_STRENGTH[claim.stance]
    same = [
        o
        for o in claims
        if o is not claim
        and o.kind == claim.kind
        and o.season == claim.season
        and norm_name(o.show) == norm_name(claim.show)
        and STANCE_STRENGTH[o.stance] >= strength
    ]
    if claim.kind == "cast" and isinstance(claim.value, dict):
        person, character = claim.value.get("person"), claim.value.get("character")
        if person and character:
            return False
        for o in same:
            ov = o.value if isinstance(o.value, dict) else {}
            if not (ov.get("person") and ov.get("character")):
                continue
            if person and norm_name(ov.get("person")) == norm_name(person):
                return True
            if character and norm_name(ov.get("character")) == norm_name(character):
                return True
        return False
    if claim.kind == "based_on" and isinstance(claim.value, dict) and not (claim.value.get("title") or claim.value.get("author")):
        # "the monster-slaying manga" beside "the manga Kaiju No. 8 by Naoya Matsumoto": the medium alone says less
        medium = claim.value.get("medium")
        return any(
            isinstance(o.value, dict) and o.value.get("medium") == medium and (o.value.get("title") or o.value.get("author"))
            for o in same
        )
    if claim.value is None and claim.kind != "no_premiere_date":
        return any(o.value is not None for o in same)
    return False
