"""Stage 3: name resolution. Which known show or person does each written name mean?

The decisions are pure (``nextseason.domain.names``); this stage only gathers the
candidates from the store and walks the document's claims in order, so a person first
met earlier in the same document is a candidate too.
"""

from __future__ import annotations

from dataclasses import replace

from nextseason.domain.claims import Claim, ClaimsDocument, show_refs
from nextseason.domain.names import Candidate, Match, match_person, match_show, person_key
from nextseason.domain.ports import Resolution, Store, new_person_id
from nextseason.pipeline.work import Work

PEOPLE_KINDS = frozenset({"cast", "crew"})


class Resolve:
    name = "resolve"

    def __init__(self, store: Store) -> None:
        self.store = store

    def run(self, work: Work) -> Work:
        assert work.claims is not None
        shows = self._shows(work.claims)
        people = _People(self.store, _identities(work.claims, shows)).resolve(work.claims.claims)
        return replace(work, resolution=Resolution(shows=shows, people=people))

    def _shows(self, doc: ClaimsDocument) -> dict[str, Match | None]:
        names = [n for ref in show_refs(doc) for n in (ref.title, *ref.aliases)]
        candidates = self.store.show_candidates(names)
        return {name: match_show(name, candidates) for name in dict.fromkeys(names)}


def _identities(doc: ClaimsDocument, shows: dict[str, Match | None]) -> dict[str, int | str]:
    """Written show title -> the known show id it resolves to, or the title for a new show."""
    out: dict[str, int | str] = {}
    for ref in show_refs(doc):
        names = (ref.title, *ref.aliases)
        strong = [m for m in (shows.get(n) for n in names) if m is not None and m.strong]
        best = max(strong, key=lambda m: m.score) if strong else None
        out[ref.title] = best.candidate.id if best else ref.title
    return out


class _People:
    def __init__(self, store: Store, identities: dict[str, int | str]) -> None:
        self.store = store
        self.identities = identities
        self.pools: dict[int | str, list[Candidate]] = {}

    def resolve(self, claims: tuple[Claim, ...]) -> dict[tuple[str, str], Match | None]:
        out: dict[tuple[str, str], Match | None] = {}
        for claim in claims:
            person, role, character = _credit(claim)
            if person and (claim.show, person) not in out:
                out[(claim.show, person)] = self._one(claim.show, person, role, character)
        return out

    def _pool(self, show: str) -> list[Candidate]:
        identity = self.identities.get(show, show)
        if identity not in self.pools:
            known = self.store.person_candidates(identity) if isinstance(identity, int) else []
            self.pools[identity] = list(known)
        return self.pools[identity]

    def _one(self, show: str, name: str, role: str | None, character: str | None) -> Match | None:
        pool = self._pool(show)
        match = match_person(name, pool, role=role, character=character)
        if match is None or not match.strong:
            anywhere = match_person(name, self.store.people_by_key(person_key(name)))
            match = anywhere if anywhere is not None and anywhere.strong else match
        self._learn(pool, show, name, role, character, match)
        return match

    def _learn(
        self, pool: list[Candidate], show: str, name: str, role: str | None, character: str | None, match: Match | None
    ) -> None:
        roles = frozenset([role] if role else [])
        characters = frozenset([character] if character else [])
        if match is None or not match.strong:
            pool.append(Candidate(new_person_id(show, name), (name,), roles, characters))
            return
        old = match.candidate
        names = old.names if name in old.names else (*old.names, name)
        grown = Candidate(old.id, names, old.roles | roles, old.characters | characters)
        if old in pool:
            pool[pool.index(old)] = grown
        else:
            pool.append(grown)


def _credit(claim: Claim) -> tuple[str | None, str | None, str | None]:
    if claim.kind not in PEOPLE_KINDS or not isinstance(claim.value, dict):
        return None, None, None
    value = claim.value
    return value.get("person") or None, value.get("role") or None, value.get("character") or None
