"""How two answers for one (season, kind) relate: compatible, refining, incompatible.

An answer (``Candidate``) is every claim of one (season, kind) that says the same
value (by ``Vocabulary.key``) with the same stance.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

from nextseason.domain.claims import DATE_KINDS
from nextseason.domain.dates import bounds
from nextseason.domain.model import Source, StoredClaim
from nextseason.domain.reconcile._people import norm
from nextseason.domain.reconcile._time import order_key, publication_span, strictly_before

# Kinds whose later publication supersedes an earlier one that could still change.
TEMPORAL_KINDS = frozenset({"renewed", "cancelled", "premiere", "finale", "no_premiere_date", "cast"})
# Kinds where different asserted values stand side by side (several services, actors...).
MULTI_KINDS = frozenset({"platform", "cast", "crew", "filming"})
# Kinds where a narrower date inside a wider one replaces it (filming: only an undated one).
REFINING_KINDS = frozenset({"renewed", "cancelled", "premiere", "finale"})
# Kinds whose asserted claims report an event that has happened, so history, not a plan.
EVENT_KINDS = frozenset({"renewed", "cancelled"})

Bound = tuple[dt.date | None, dt.date | None]


@dataclass(frozen=True, slots=True)
class Candidate:
    kind: str
    key: Hashable
    stance: str
    value: Any
    claims: tuple[StoredClaim, ...]  # in publication order

    @property
    def sources(self) -> tuple[Source, ...]:
        return tuple({c.source.id: c.source for c in self.claims}.values())

    @property
    def official(self) -> bool:
        return any(c.source.official for c in self.claims)

    @property
    def latest(self) -> Source:
        return max((c.source for c in self.claims), key=order_key)

    @property
    def firm(self) -> bool:
        return self.stance != "speculated"


def value_bounds(value: Any) -> Bound | None:
    """Calendar bounds of a date value; (None, None) for null; None when unreadable."""
    if value is None:
        return None, None
    try:
        return bounds(str(value))
    except ValueError:
        return None


def _overlap(a: Candidate, b: Candidate) -> bool:
    """Whether the two values can both hold (dates intersect, same thing otherwise)."""
    if a.kind in DATE_KINDS:
        ba, bb = value_bounds(a.value), value_bounds(b.value)
        if ba is None or bb is None:
            return a.key == b.key
        return _le(ba[0], bb[1]) and _le(bb[0], ba[1])
    if a.kind == "based_on":
        return _fields_agree(a.value, b.value)
    return a.key == b.key


def _le(low: dt.date | None, high: dt.date | None) -> bool:
    return low is None or high is None or low <= high


def _fields_agree(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return all(
        not a.get(f) or not b.get(f) or norm(a[f]) == norm(b[f]) for f in a.keys() | b.keys()
    )


def incompatible(a: Candidate, b: Candidate) -> bool:
    """Whether two answers cannot both be right (only firm answers are compared)."""
    if a.kind != b.kind:  # premiere beside no_premiere_date
        return a.stance == b.stance == "asserted"
    if a.stance == b.stance == "denied":
        return False
    if a.stance != b.stance:
        return _overlap(a, b)
    if a.kind in MULTI_KINDS:
        return False
    return not _overlap(a, b)


def refines(narrow: Candidate, wide: Candidate) -> bool:
    """A firm asserted date inside a wider (or undated) one of the same kind."""
    if narrow.kind != wide.kind or narrow.kind not in DATE_KINDS:
        return False
    if narrow.stance != "asserted" or wide.stance != "asserted":
        return False
    if wide.kind not in REFINING_KINDS and wide.value is not None:
        return False
    bn, bw = value_bounds(narrow.value), value_bounds(wide.value)
    if bn is None or bw is None or bn == bw:
        return False
    return _within(bn, bw)


def _within(inner: Bound, outer: Bound) -> bool:
    low_ok = outer[0] is None or (inner[0] is not None and inner[0] >= outer[0])
    high_ok = outer[1] is None or (inner[1] is not None and inner[1] <= outer[1])
    return low_ok and high_ok


def settled(candidate: Candidate) -> bool:
    """An asserted event that had already happened when a source reported it.

    Such an answer is history: a later source saying otherwise makes a conflict, not an
    update (a renewal announced on 2022-06-06 does not move to 2023-06-06).
    """
    if candidate.stance != "asserted":
        return False
    if candidate.kind in EVENT_KINDS:
        return True
    if candidate.kind != "premiere":
        return False
    value = value_bounds(candidate.value)
    if value is None or value[1] is None:
        return False
    return any(value[1] < publication_span(c.source)[0] for c in candidate.claims)


def supersedes(later: Candidate, earlier: Candidate) -> bool:
    """A later publication replaces an earlier answer that could still change."""
    if later.kind not in TEMPORAL_KINDS or earlier.kind not in TEMPORAL_KINDS:
        return False
    return strictly_before(earlier.latest, later.latest) and not settled(earlier)


def describe(kind: str, value: Any, part: int | None = None) -> str:
    """A short reading of a value, for reasons, timelines and dossiers."""
    if kind == "no_premiere_date":
        text = "no premiere date announced"
    elif kind == "cast":
        text = _cast_text(value)
    elif kind == "crew":
        text = f"{value.get('person')} ({value.get('role')})"
    elif kind == "based_on":
        text = _based_on_text(value)
    elif value is None:
        text = f"{kind} (undated)" if kind in DATE_KINDS else kind
    else:
        text = str(value)
    return f"{text} (part {part})" if part is not None else text


def _cast_text(value: dict[str, Any]) -> str:
    person, character = value.get("person"), value.get("character")
    if person and character:
        return f"{person} as {character}"
    return str(person or character or "someone")


def _based_on_text(value: dict[str, Any]) -> str:
    words = [str(value.get("medium") or "a work")]
    if value.get("title"):
        words.append(f"“{value['title']}”")
    if value.get("author"):
        words.append(f"by {value['author']}")
    return " ".join(words)


def family(claim: StoredClaim) -> tuple[int | None, str, int | None]:
    """Claims judged together: one season and kind; a premiere (per part) with its
    "no premiere date" claims."""
    if claim.kind in ("premiere", "no_premiere_date"):
        return claim.season, "premiere", claim.part
    return claim.season, claim.kind, None
