"""Reconciliation: the claims of many sources over time -> one picture of a show.

``reconcile`` is a pure function; the claim store calls it with a show's stored claims.
Rules, in the order they apply (``_resolve`` has the details):

- claims of one season and kind that say the same value with the same stance are one
  answer, citing all their sources;
- asserted beats speculated; official data beats an article it contradicts;
- for renewed / cancelled / premiere / no_premiere_date (and cast) a later publication
  supersedes an earlier answer that could still change; an event already reported as
  past (a renewal's date, a premiere that had aired) is history, and a later source
  disagreeing makes a conflict;
- a narrower asserted date inside a wider one refines it (2024-03-15 inside 2024-40);
- other incompatible firm answers are a conflict, kept with every side;
- ``as_of`` keeps the sources known on that day (``_time.known_on``);
- an editor's choice of a conflict's side makes that side the current fact, while the
  conflict holds only sides the editor saw (``_choices``); ``as_of`` keeps the choices
  made on or before the day.

Story passages (plot and speculation) are no claims: they only join their season's
picture, filtered by ``as_of`` like the claims, and their sources are numbered too.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from nextseason.domain.claims import ALL_KINDS as KINDS
from nextseason.domain.model import (
    Conflict,
    EditorChoice,
    Fact,
    SeasonPicture,
    ShowPicture,
    Source,
    StoredClaim,
    StoredPassage,
)
from nextseason.domain.reconcile._choices import applies, apply_choices, editor, side_key
from nextseason.domain.reconcile._members import cast_members, crew_members
from nextseason.domain.reconcile._people import Vocabulary
from nextseason.domain.reconcile._resolve import resolve
from nextseason.domain.reconcile._rules import describe, family
from nextseason.domain.reconcile._time import known_on, order_key, publication_span
from nextseason.domain.reconcile._timeline import timeline

__all__ = [
    "applies",
    "describe",
    "editor",
    "known_on",
    "order_key",
    "publication_span",
    "reconcile",
    "side_key",
]


def reconcile(
    title: str,
    aliases: Sequence[str],
    claims: Sequence[StoredClaim],
    *,
    as_of: dt.date | None = None,
    person_aliases: Mapping[str, str] | None = None,
    passages: Sequence[StoredPassage] = (),
    choices: Sequence[EditorChoice] = (),
) -> ShowPicture:
    """One picture of a show from its stored claims (all of them about this show), its
    story passages, which are kept per season beside the facts, and the editors' choices
    of conflict sides."""
    known = [c for c in claims if as_of is None or known_on(c.source) <= as_of]
    stories = [p for p in passages if as_of is None or known_on(p.source) <= as_of]
    chosen = [c for c in choices if as_of is None or c.at.date() <= as_of]
    vocab = Vocabulary(known, person_aliases or {})
    facts, conflicts = apply_choices(*_resolve_all(title, known, vocab), chosen)
    numbers = {c.season for c in known} | {p.season for p in stories}
    seasons = tuple(
        _season(number, title, facts, conflicts, known, vocab, stories)
        for number in sorted(numbers, key=lambda n: -1 if n is None else n)
    )
    return ShowPicture(
        title=title,
        aliases=tuple(aliases),
        seasons=seasons,
        cast=cast_members(facts, vocab),
        crew=crew_members(facts, vocab),
        sources=_sources([*(c.source for c in known), *(p.source for p in stories)]),
        as_of=as_of,
    )


def _resolve_all(
    show: str, claims: list[StoredClaim], vocab: Vocabulary
) -> tuple[list[Fact], list[Conflict]]:
    families: dict[tuple[int | None, str, int | None], list[StoredClaim]] = defaultdict(list)
    for claim in claims:
        families[family(claim)].append(claim)
    facts: list[Fact] = []
    conflicts: list[Conflict] = []
    for group in families.values():
        found, conflict = resolve(show, group, vocab)
        facts.extend(found)
        if conflict is not None:
            conflicts.append(conflict)
    return facts, conflicts


def _season(
    number: int | None,
    show: str,
    facts: list[Fact],
    conflicts: list[Conflict],
    claims: list[StoredClaim],
    vocab: Vocabulary,
    passages: list[StoredPassage],
) -> SeasonPicture:
    mine = sorted((f for f in facts if f.season == number), key=_fact_order)
    return SeasonPicture(
        number=number,
        facts=tuple(mine),
        conflicts=tuple(
            sorted((c for c in conflicts if c.season == number), key=lambda c: KINDS.index(c.kind))
        ),
        timeline=timeline(show, [c for c in claims if c.season == number], vocab),
        passages=tuple(p for p in passages if p.season == number),
    )


def _fact_order(fact: Fact) -> tuple[object, ...]:
    return KINDS.index(fact.kind), fact.part or 0, fact.superseded, order_key(fact.sources[0])


def _sources(sources: Iterable[Source]) -> tuple[Source, ...]:
    unique = {s.id: s for s in sources}
    return tuple(sorted(unique.values(), key=order_key))
