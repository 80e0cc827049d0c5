"""Editors' choices: a conflict an editor answered has the chosen side as its current fact.

A choice answers the conflict as it stood when the editor chose: it applies while every
side the conflict now holds is one the editor saw (a later claim agreeing with a seen side
changes nothing), and the chosen side is still one of them. A later claim with another
value reopens the conflict: the editor never weighed that value. Of several choices for
one conflict the newest that applies wins (``as_of`` has already left out those made
after the day).

A resolved conflict stays in the picture with its ``resolution``; the chosen side's fact
is current, every other side's fact is superseded, each ``why`` naming the editor and day.
Facts outside the conflict are left as the rules made them.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import replace
from typing import Any

from nextseason.domain.model import Conflict, ConflictSide, EditorChoice, Fact, Id
from nextseason.domain.reconcile._rules import describe


def side_key(side: ConflictSide) -> Hashable:
    """What makes two sides the same answer: kind, stance and the value, its text
    compared without case or extra spaces."""
    return side.kind, side.stance, _value_key(side.value)


def _value_key(value: Any) -> Hashable:
    if isinstance(value, str):
        return " ".join(value.casefold().split())
    if isinstance(value, dict):
        return tuple(
            sorted((str(k), _value_key(v)) for k, v in value.items() if v not in (None, ""))
        )
    if isinstance(value, list | tuple):
        return tuple(_value_key(v) for v in value)
    return value


def applies(choice: EditorChoice, conflict: Conflict) -> bool:
    """Does ``choice`` answer ``conflict`` as it stands (see the module docstring)?"""
    if (choice.season, choice.kind) != (conflict.season, conflict.kind):
        return False
    sides = {side_key(s) for s in conflict.sides()}
    seen = {side_key(s) for s in choice.seen}
    return side_key(choice.chosen) in sides and sides <= seen


def apply_choices(
    facts: Sequence[Fact], conflicts: Sequence[Conflict], choices: Sequence[EditorChoice]
) -> tuple[list[Fact], list[Conflict]]:
    """The facts and conflicts with every conflict an applicable choice answers resolved."""
    newest_first = sorted(choices, key=lambda c: c.at, reverse=True)
    out: list[Conflict] = []
    owner: dict[Id, Conflict] = {}  # claim id of a side of a resolved conflict -> the conflict
    for conflict in conflicts:
        choice = next((c for c in newest_first if applies(c, conflict)), None)
        if choice is not None:
            conflict = replace(conflict, resolution=choice)
            owner.update((c.claim_id, conflict) for c in conflict.claims)
        out.append(conflict)
    if not owner:
        return list(facts), out
    return [_settled(f, owner) for f in facts], out


def editor(choice: EditorChoice) -> str:
    """Who chose, for people: "editor ana" ("an editor" when the account is gone)."""
    return f"editor {choice.by}" if choice.by else "an editor"


def _settled(fact: Fact, owner: dict[Id, Conflict]) -> Fact:
    conflict = next((owner[i] for i in fact.claim_ids if i in owner), None)
    if conflict is None or conflict.resolution is None:
        return fact
    choice = conflict.resolution
    when = f"{editor(choice)} on {choice.at.date().isoformat()}"
    chosen = side_key(choice.chosen)
    if side_key(ConflictSide(fact.kind, fact.value, fact.stance)) == chosen:
        others = [_label(s) for s in conflict.sides() if side_key(s) != chosen]
        return replace(fact, superseded=False, why=f"chosen by {when} over {'; '.join(others)}")
    return replace(
        fact, superseded=True, why=f"set aside by {when}, who chose {_label(choice.chosen)}"
    )


def _label(side: ConflictSide) -> str:
    text = describe(side.kind, side.value)
    return text if side.stance == "asserted" else f"{text} ({side.stance})"
