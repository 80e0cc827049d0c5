"""What was claimed when: per season, in publication order, with what each source changed.

Each step adds one source's claims to a family (a kind in a season; one cast member in
a season) and compares the resolved answer before and after it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence

from nextseason.domain.claims import ALL_KINDS as KINDS
from nextseason.domain.model import Fact, Id, StoredClaim, TimelineEntry
from nextseason.domain.reconcile._people import Vocabulary
from nextseason.domain.reconcile._resolve import resolve
from nextseason.domain.reconcile._rules import describe, family
from nextseason.domain.reconcile._time import order_key

# Kinds left out of timelines: they describe the show rather than news about a season.
UNTIMED_KINDS = frozenset({"crew", "based_on"})


def in_timeline(claim: StoredClaim) -> bool:
    if claim.kind in UNTIMED_KINDS:
        return False
    return not (claim.kind == "cast" and claim.season is None)


def timeline(
    show: str, claims: Sequence[StoredClaim], vocab: Vocabulary
) -> tuple[TimelineEntry, ...]:
    groups: dict[Hashable, list[StoredClaim]] = defaultdict(list)
    for claim in claims:
        if in_timeline(claim):
            member = vocab.key(claim) if claim.kind == "cast" else None
            groups[(family(claim), member)].append(claim)
    entries = [e for group in groups.values() for e in _entries(show, group, vocab)]
    return tuple(sorted(entries, key=_entry_order))


def _entry_order(entry: TimelineEntry) -> tuple[object, ...]:
    return order_key(entry.source), KINDS.index(entry.kind), str(entry.claim_id)


def _entries(show: str, claims: list[StoredClaim], vocab: Vocabulary) -> list[TimelineEntry]:
    by_source: dict[Id, list[StoredClaim]] = defaultdict(list)
    for claim in sorted(claims, key=lambda c: order_key(c.source)):
        by_source[claim.source.id].append(claim)
    seen: list[StoredClaim] = []
    before: str | None = None
    out: list[TimelineEntry] = []
    for step in by_source.values():
        seen.extend(step)
        after = _state(show, seen, vocab)
        change = _change(before, after)
        out.extend(_entry(c, change, vocab) for c in step)
        before = after
    return out


def _entry(claim: StoredClaim, change: str, vocab: Vocabulary) -> TimelineEntry:
    return TimelineEntry(
        date=claim.source.published,
        source=claim.source,
        kind=claim.kind,
        value=vocab.value(claim),
        stance=claim.stance,
        change=change,
        claim_id=claim.id,
        part=claim.part,
    )


def _change(before: str | None, after: str) -> str:
    if before is None:
        return f"first report: {after}"
    return "no change" if before == after else f"{before} → {after}"


def _state(show: str, claims: list[StoredClaim], vocab: Vocabulary) -> str:
    facts, conflict = resolve(show, claims, vocab)
    words = [_label(f) for f in facts if not f.superseded]
    text = ", ".join(words) or "nothing"
    return f"{text} (conflict)" if conflict else text


def _label(fact: Fact) -> str:
    text = describe(fact.kind, fact.value, fact.part)
    if fact.stance == "denied":
        return f"not {text}"
    return text if fact.stance == "asserted" else f"{text} ({fact.stance})"
