"""People and values under one spelling: value keys, display values, cast and crew lists.

Names compare case-folded with everything but letters and digits removed (as in the
claims format's scoring); ``person_aliases`` (spelling -> canonical name, from name
resolution) merges further spellings. A person's display name is the canonical name
when one is given, else the spelling the claims use most (the first on a tie).

One person's character spellings in one show are one character when they are the same up
to romanisation ('Lee Soo-hyeok' / 'Lee Su-hyeok'), when one is the other's given name
alone ('Gwi-nam' / 'Yoon Gwi-nam'), or when they are similar spellings ('Soo-hyuk' /
'Lee Soo-hyeok'): the same actor in the same show is strong evidence.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import Any

from nextseason.domain.model import StoredClaim
from nextseason.domain.names import person_key as roman_key
from nextseason.domain.names import similarity

PEOPLE_KINDS = frozenset({"cast", "crew"})
CastKey = tuple[str | None, str | None]
SAME_PERSON_CHARACTER = 80.0  # similarity of two character spellings of one actor
MIN_FUZZY_CHARACTER = 5


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
        self._same = _character_groups(self, claims)
        self._pairs = frozenset((p, self._same.get((p, c), c)) for p, c in _full_pairs(self, claims))

    def _learn(self, person: str | None, character: str | None) -> None:
        if person:
            self._spellings[self.person_key(person)][person] += 1
        if character:
            self._characters[norm(character)][character] += 1

    def _character_key(self, pkey: str | None, character: str) -> str:
        """The key of the character group ``character`` belongs to (for this person)."""
        ckey = norm(character)
        if pkey:
            return self._same.get((pkey, ckey), ckey)
        holders = {(p, c) for p, c in self._pairs if any(same_character(character, s) for s in self._spelled(c))}
        return holders.pop()[1] if len(holders) == 1 else ckey

    def _spelled(self, group: str) -> list[str]:
        members = [c for (_, c), g in self._same.items() if g == group] or [group]
        return [s for c in members for s in self._characters.get(c, ())]

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
        ckey = self._character_key(pkey, character) if character else None
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


def _character_groups(vocab: Vocabulary, claims: Iterable[StoredClaim]) -> dict[tuple[str, str], str]:
    """(person key, character key) -> the key of the person's character group it joins.

    A group's key is its longest spelling's (the fullest name: 'Yoon Gwi-nam', not 'Gwi-nam').
    """
    spellings: dict[str, dict[str, str]] = defaultdict(dict)  # person key -> character key -> a spelling
    for claim in claims:
        person, character = _field(claim, "person"), _field(claim, "character")
        if claim.kind == "cast" and person and character:
            spellings[vocab.person_key(person)].setdefault(norm(character), character)
    out: dict[tuple[str, str], str] = {}
    for pkey, seen in spellings.items():
        groups: list[list[str]] = []
        for ckey, spelling in seen.items():
            joined = [g for g in groups if any(same_character(spelling, seen[other]) for other in g)]
            merged = [ckey] + [c for g in joined for c in g]
            groups = [g for g in groups if g not in joined] + [merged]
        for group in groups:
            head = max(group, key=len)
            out.update({(pkey, c): head for c in group})
    return out


def same_character(a: str, b: str) -> bool:
    """Two spellings of one actor's character: romanisation, given name alone, or similar."""
    ka, kb = roman_key(a), roman_key(b)
    if ka == kb:
        return True
    given_a, given_b = roman_key(_given(a)), roman_key(_given(b))
    if ka in (given_b,) or kb in (given_a,):
        return True
    pairs = [(ka, kb), (ka, given_b), (given_a, kb)]
    return any(
        x and y and min(len(x), len(y)) >= MIN_FUZZY_CHARACTER and similarity(x, y) >= SAME_PERSON_CHARACTER
        for x, y in pairs
    )


def _given(name: str) -> str:
    """The name without its first word ('Yoon Gwi-nam' -> 'Gwi-nam'); '' for one word."""
    words = name.split()
    return " ".join(words[1:]) if len(words) > 1 else ""


def _only(items: Iterable[str]) -> str | None:
    found = set(items)
    return found.pop() if len(found) == 1 else None
