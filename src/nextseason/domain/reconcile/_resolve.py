"""Claims of one (season, kind family) -> facts (current and superseded) and conflicts.

Order of the rules, for every pair of firm (asserted or denied) answers that cannot both
be right: official data beats an article (official "not yet" answers -- no premiere date,
no renewal -- give way to a later article's news; an article the official data simply
post-dates is superseded; any other disagreement is also shown as a conflict, the official
answer current); else a later publication supersedes an earlier answer that could still
change (``_rules.supersedes``); else the pair is a conflict.
Compatible firm answers: a narrower asserted date refines a wider one. Speculation is
beaten by a firm answer with the same value, and by any asserted answer of a kind that
has one value; speculations that disagree coexist, the later one superseding the earlier
for the time-dependent kinds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from nextseason.domain.model import Conflict, ConflictClaim, Fact, StoredClaim
from nextseason.domain.reconcile._people import Vocabulary
from nextseason.domain.reconcile._rules import (
    Candidate,
    describe,
    incompatible,
    refines,
    supersedes,
)
from nextseason.domain.reconcile._time import order_key

# Kinds where a speculation about another value stays beside an assertion (a rumoured
# second service, another actor). Filming is not one: a guessed shoot date gives way to
# a reported one.
SIDE_BY_SIDE_GUESS_KINDS = frozenset({"platform", "cast", "crew"})


@dataclass(slots=True)
class _Verdicts:
    beaten: dict[int, str] = field(default_factory=dict)
    notes: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    conflicts: set[int] = field(default_factory=set)
    overruled: set[int] = field(default_factory=set)  # official vs article, shown as a conflict

    def beat(self, loser: int, why: str, winner: int, note: str) -> None:
        self.beaten.setdefault(loser, why)
        self.notes[winner].append(note)


def candidates(claims: Sequence[StoredClaim], vocab: Vocabulary) -> list[Candidate]:
    groups: dict[tuple[str, Hashable, str], list[StoredClaim]] = defaultdict(list)
    for claim in sorted(claims, key=lambda c: (order_key(c.source), str(c.id))):
        groups[(claim.kind, vocab.key(claim), claim.stance)].append(claim)
    return [
        Candidate(kind, key, stance, vocab.value(group[0]), tuple(group))
        for (kind, key, stance), group in groups.items()
    ]


def resolve(
    show: str, claims: Sequence[StoredClaim], vocab: Vocabulary
) -> tuple[list[Fact], Conflict | None]:
    """Facts for the claims of one family (same season; same kind, premiere with no date)."""
    answers = candidates(claims, vocab)
    verdicts = _Verdicts()
    firm = [i for i, a in enumerate(answers) if a.firm]
    _judge_firm(answers, firm, verdicts)
    _judge_speculation(answers, verdicts)
    facts = [_fact(show, a, i, verdicts) for i, a in enumerate(answers)]
    return facts, _conflict(show, answers, verdicts)


def _label(answer: Candidate) -> str:
    published = answer.latest.published or "undated source"
    return f"{describe(answer.kind, answer.value)} ({answer.stance}, {published})"


def _judge_firm(answers: list[Candidate], firm: list[int], verdicts: _Verdicts) -> None:
    pairs: list[tuple[int, int]] = []
    for i, j in combinations(firm, 2):
        a, b = answers[i], answers[j]
        if incompatible(a, b):
            if not _settle(answers, i, j, verdicts) and not _settle(answers, j, i, verdicts):
                pairs.append((i, j))
        elif refines(a, b) or refines(b, a):
            narrow, wide = (i, j) if refines(a, b) else (j, i)
            verdicts.beat(
                wide,
                f"refined by {_label(answers[narrow])}",
                narrow,
                f"refines {_label(answers[wide])}",
            )
    for i, j in pairs:
        if i not in verdicts.beaten and j not in verdicts.beaten:
            verdicts.conflicts.update((i, j))


def _settle(answers: list[Candidate], win: int, lose: int, verdicts: _Verdicts) -> bool:
    """Let answer ``win`` beat ``lose`` when a rule says so."""
    a, b = answers[win], answers[lose]
    if a.official != b.official:
        if not a.official:
            return _not_yet(b) and _supersede(answers, win, lose, verdicts)
        if _not_yet(a) and supersedes(b, a):
            return False  # the later article's news wins (settled the other way round)
        if supersedes(a, b):
            return _supersede(answers, win, lose, verdicts)
        verdicts.beat(
            lose, f"contradicted by official data: {_label(a)}", win, f"overrules {_label(b)}: see conflicts"
        )
        verdicts.overruled.update((win, lose))
        return True
    if supersedes(a, b):
        verdicts.beat(lose, f"superseded by {_label(a)}", win, f"supersedes {_label(b)}")
        return True
    return False


def _not_yet(answer: Candidate) -> bool:
    """An answer that something has not happened yet (no date, no renewal announced)."""
    return answer.kind == "no_premiere_date" or (answer.kind == "renewed" and answer.stance == "denied")


def _supersede(answers: list[Candidate], win: int, lose: int, verdicts: _Verdicts) -> bool:
    if not supersedes(answers[win], answers[lose]):
        return False
    a, b = answers[win], answers[lose]
    verdicts.beat(lose, f"superseded by {_label(a)}", win, f"supersedes {_label(b)}")
    return True


def _judge_speculation(answers: list[Candidate], verdicts: _Verdicts) -> None:
    current = [i for i, a in enumerate(answers) if a.firm and i not in verdicts.beaten]
    guesses = [i for i, a in enumerate(answers) if not a.firm]
    for g in guesses:
        for f in current:
            if _beats_guess(answers[f], answers[g]):
                verdicts.beat(
                    g,
                    f"settled by {_label(answers[f])}",
                    f,
                    f"settles speculation {_label(answers[g])}",
                )
                break
    for i, j in combinations([g for g in guesses if g not in verdicts.beaten], 2):
        a, b = answers[i], answers[j]
        if not _can_coexist(a, b):
            for win, lose in ((i, j), (j, i)):
                if supersedes(answers[win], answers[lose]):
                    verdicts.beat(
                        lose,
                        f"superseded by {_label(answers[win])}",
                        win,
                        f"supersedes {_label(answers[lose])}",
                    )


def _beats_guess(firm: Candidate, guess: Candidate) -> bool:
    if firm.kind != guess.kind:
        return False
    if firm.key == guess.key:
        return True
    return firm.stance == "asserted" and firm.kind not in SIDE_BY_SIDE_GUESS_KINDS


def _can_coexist(a: Candidate, b: Candidate) -> bool:
    """Two speculations: judged as if asserted."""
    as_firm = (
        Candidate(a.kind, a.key, "asserted", a.value, a.claims),
        Candidate(b.kind, b.key, "asserted", b.value, b.claims),
    )
    return not incompatible(*as_firm)


def _fact(show: str, answer: Candidate, index: int, verdicts: _Verdicts) -> Fact:
    first = answer.claims[0]
    beaten = verdicts.beaten.get(index)
    return Fact(
        show=show,
        season=first.season,
        kind=answer.kind,
        value=answer.value,
        stance=answer.stance,
        sources=answer.sources,
        claim_ids=tuple(c.id for c in answer.claims),
        superseded=beaten is not None,
        why=beaten or _basis(answer, verdicts.notes.get(index, []), index in verdicts.conflicts),
        part=first.part,
        evidence=tuple(dict.fromkeys(c.evidence for c in answer.claims if c.evidence)),
    )


def _basis(answer: Candidate, notes: list[str], disputed: bool) -> str:
    count = len(answer.sources)
    words = [f"{answer.stance} by {count} source{'s' if count != 1 else ''}"]
    if answer.official:
        words.append("including official data")
    words.extend(dict.fromkeys(notes))
    if disputed:
        words.append("disputed: see conflicts")
    return "; ".join(words)


def _conflict(show: str, answers: list[Candidate], verdicts: _Verdicts) -> Conflict | None:
    if not verdicts.conflicts and not verdicts.overruled:
        return None
    sides = [answers[i] for i in sorted(verdicts.conflicts | verdicts.overruled)]
    claims = tuple(
        ConflictClaim(a.kind, a.value, a.stance, c.source, c.id, c.evidence)
        for a in sides
        for c in a.claims
    )
    first = sides[0].claims[0]
    family = "premiere" if first.kind == "no_premiere_date" else first.kind
    return Conflict(show, first.season, family, claims)
