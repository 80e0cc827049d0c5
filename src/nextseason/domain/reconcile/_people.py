"""People and values under one spelling: value keys, display values, cast and crew lists.

Names compare case-folded with everything but letters and digits removed (as in the
claims format's scoring); ``person_aliases`` (spelling -> canonical name, from name
resolution) merges further spellings. A person's display name is the canonical name
when one is given, else the spelling the claims use most (the first on a tie).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import Any

from nextseason.domain.model import StoredClaim

PEOPLE_KINDS = frozenset({"cast", "crew"})
CastKey = tuple[str | None, str | None]


def norm(text: str | None) -> str:
    return "".join(ch for ch in (text or "").casefold() if ch.isalnum())


class Vocabulary:
    """Keys and display values for the claims of one show."""

    def __init__(self, claims: Sequence[StoredClaim], person_aliases: Mapping[str, str]) -> None:
        self._canonical = {norm(k): v for k, v in person_aliases.items()}
        self._spellings: dict[str, Counter[str]] = defaultdict(Counter)
        self._characters: dict[str, Counter[str]] = defaultdict(Counter)
        for claim in claims:
            if claim.kind in PEOPLE_KINDS:
                self._learn(_field(claim, "person"), _field(claim, "character"))
        self._pairs = _full_pairs(self, claims)

    def _learn(self, person: str | None, character: str | None) -> None:
        if person:
            self._spellings[self.person_key(person)][person] += 1
        if character:
            self._characters[norm(character)][character] += 1

    def person_key(self, name: str) -> str:
        return norm(self._canonical.get(norm(name), name))

    def person(self, key: str | None) -> str | None:
        if key is None:
            return None
        spellings = self._spellings.get(key)
        named = [self._canonical[norm(s)] for s in spellings or () if norm(s) in self._canonical]
        if named:
            return named[0]
        return spellings.most_common(1)[0][0] if spellings else key

    def person_aliases(self, key: str | None) -> tuple[str, ...]:
        shown = self.person(key)
        return tuple(s for s in self._spellings.get(key or "", ()) if s != shown)

    def character(self, key: str | None) -> str | None:
        spellings = self._characters.get(key or "")
        return spellings.most_common(1)[0][0] if spellings else None

    def cast_key(self, claim: StoredClaim) -> CastKey:
        person, character = _field(claim, "person"), _field(claim, "character")
        pkey = self.person_key(person) if person else None
        ckey = norm(character) if character else None
        if pkey and not ckey:
            ckey = _only(c for p, c in self._pairs if p == pkey)
        elif ckey and not pkey:
            pkey = _only(p for p, c in self._pairs if c == ckey)
        return pkey, ckey

    def key(self, claim: StoredClaim) -> Hashable:
        """What makes two claims of one (season, kind) say the same thing."""
        value: Any = claim.value
        if claim.kind == "cast":
            return self.cast_key(claim)
        if claim.kind == "crew":
            return self.person_key(value.get("person") or ""), value.get("role")
        if claim.kind == "platform":
            return norm(value)
        if claim.kind == "based_on":
            return tuple(norm(value.get(f)) for f in ("title", "author", "medium"))
        return value.strip() if isinstance(value, str) else value

    def value(self, claim: StoredClaim) -> Any:
        """The claim's value with people under their display names."""
        if claim.kind == "cast":
            pkey, ckey = self.cast_key(claim)
            return {"person": self.person(pkey), "character": self.character(ckey)}
        if claim.kind == "crew":
            key = self.person_key(_field(claim, "person") or "")
            return {"person": self.person(key), "role": _field(claim, "role")}
        return claim.value


def _field(claim: StoredClaim, name: str) -> str | None:
    value = claim.value
    found = value.get(name) if isinstance(value, dict) else None
    return found if isinstance(found, str) and found.strip() else None


def _full_pairs(vocab: Vocabulary, claims: Iterable[StoredClaim]) -> frozenset[tuple[str, str]]:
    pairs = set()
    for claim in claims:
        person, character = _field(claim, "person"), _field(claim, "character")
        if claim.kind == "cast" and person and character:
            pairs.add((vocab.person_key(person), norm(character)))
    return frozenset(pairs)


def _only(items: Iterable[str]) -> str | None:
    found = set(items)
    return found.pop() if len(found) == 1 else None
