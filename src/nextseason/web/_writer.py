"""Writing one document: its version, shows, people, claims, credits, story passages,
merges and suggestions.

Runs inside the caller's transaction: either all of it is stored or none.
"""

from __future__ import annotations

from django.db.models import Max

from nextseason.domain import dates
from nextseason.domain.claims import Claim as ClaimData
from nextseason.domain.claims import ShowRef, show_refs
from nextseason.domain.names import Match, person_key, show_key
from nextseason.domain.ports import NewDocument, Resolution, SaveResult, new_person_key
from nextseason.web import models as m
from nextseason.web.models_cache import touch

PEOPLE_KINDS = frozenset({"cast", "crew"})


class DocumentWriter:
    def __init__(self, doc: NewDocument, resolution: Resolution) -> None:
        self.doc = doc
        self.res = resolution
        self.shows: dict[str, int] = {}  # written title -> show id
        self.people: dict[tuple[str, str], int] = {}  # (show title, written name) -> person id
        self.merges: list[str] = []
        self.suggestions: list[str] = []
        self.document: m.Document | None = None
        self.retired: set[int] = set()  # shows of the versions this one replaces

    def write(self) -> SaveResult:
        if m.Document.objects.filter(content_hash=self.doc.content_hash).exists():
            return SaveResult(None, 0, 0, ())
        self.document = self._document()
        for ref in show_refs(self.doc.claims):
            self._resolve_show(ref)
        claims = self._claims()
        passages = self._passages()
        self._seasons([*claims, *passages])
        self._credits(claims)
        touch({*self.shows.values(), *self.retired})  # their dossiers change with this commit
        return SaveResult(
            self.document.id,
            self.document.version,
            len(claims),
            tuple(dict.fromkeys(self.shows.values())),
            tuple(self.merges),
            tuple(self.suggestions),
        )

    # -- the document ------------------------------------------------------------

    def _document(self) -> m.Document:
        info = self.doc.claims.document
        last = m.Document.objects.filter(key=self.doc.key).aggregate(v=Max("version"))["v"] or 0
        if last:
            old = m.Document.objects.filter(key=self.doc.key, current=True)
            self.retired.update(m.Claim.objects.filter(document__in=old).values_list("show_id", flat=True).distinct())
            self.retired.update(m.Passage.objects.filter(document__in=old).values_list("show_id", flat=True).distinct())
            old.update(current=False)
        lower, upper = _bounds(info.published)
        return m.Document.objects.create(
            key=self.doc.key,
            url=info.url,
            title=(info.title or "")[:500],
            publisher=self.doc.publisher or "",
            published=info.published,
            published_lower=lower,
            published_upper=upper,
            published_from=info.published_from,
            content_hash=self.doc.content_hash,
            fetched_at=self.doc.fetched_at,
            kind=self.doc.kind,
            version=last + 1,
            current=True,
        )

    # -- shows -------------------------------------------------------------------

    def _resolve_show(self, ref: ShowRef) -> None:
        names = (ref.title, *ref.aliases)
        hit = self._strong_show(names)
        if hit is None:
            show = m.Show.objects.create(title=ref.title)
            self._alias(show.id, ref.title)
            self._suggest_show(ref.title, show.id)
        else:
            written, match = hit
            show = m.Show.objects.get(id=match.candidate.id)
            linked = f"named as one show with {written!r} by the document"
            self._join_show(show, ref.title, match.reason if written == ref.title else linked)
        for alias in ref.aliases:
            self._join_show(show, alias, f"given as another name of {ref.title!r} by the document")
        self.shows.update(dict.fromkeys(names, show.id))

    def _strong_show(self, names: tuple[str, ...]) -> tuple[str, Match] | None:
        found = [(n, self.res.shows.get(n)) for n in names]
        strong = [(n, f) for n, f in found if f is not None and f.strong]
        return max(strong, key=lambda pair: pair[1].score) if strong else None

    def _join_show(self, show: m.Show, name: str, reason: str) -> None:
        """Add ``name`` to the show's aliases; a new name is a merge, recorded with its reason."""
        if not self._alias(show.id, name):
            return
        if _non_latin(name) and not show.native_title and self.doc.kind != m.Document.OFFICIAL:
            # official data names its native title itself (its akas include other countries')
            show.native_title = name
            show.save(update_fields=["native_title"])
        self._merge(m.Merge.SHOW, show.id, name, show.title, reason, 100.0)

    def _alias(self, show_id: int, name: str) -> bool:
        _, created = m.ShowAlias.objects.get_or_create(show_id=show_id, name=name, defaults={"key": show_key(name)})
        return created

    def _suggest_show(self, title: str, show_id: int) -> None:
        match = self.res.shows.get(title)
        if match is not None and not match.strong:
            self._suggest(m.Merge.SHOW, title, show_id, match)

    # -- claims and people ---------------------------------------------------------

    def _claims(self) -> list[m.Claim]:
        rows = [
            m.Claim(
                document=self.document,
                ordinal=i,
                show_id=self.shows[c.show],
                show_name=c.show,
                season=c.season,
                part=c.part,
                kind=c.kind,
                value=c.value,
                stance=c.stance,
                evidence=c.evidence,
            )
            for i, c in enumerate(self.doc.claims.claims)
        ]
        return m.Claim.objects.bulk_create(rows)

    def _passages(self) -> list[m.Passage]:
        """The story passages, under the show they were written about (else the document's first)."""
        first = next(iter(self.shows.values()), None)
        rows = []
        for i, p in enumerate(self.doc.passages):
            show_id = self.shows.get(p.show, first)
            if show_id is not None:
                rows.append(
                    m.Passage(
                        document=self.document,
                        ordinal=i,
                        show_id=show_id,
                        show_name=p.show[:300],
                        season=p.season,
                        kind=p.kind,
                        heading=p.heading[:300],
                        text=p.text,
                    )
                )
        return m.Passage.objects.bulk_create(rows)

    def _seasons(self, rows: list[m.Claim | m.Passage]) -> None:
        pairs = {(c.show_id, c.season) for c in rows if c.season}
        existing = set(
            m.Season.objects.filter(show_id__in={s for s, _ in pairs}).values_list("show_id", "number")
        )
        m.Season.objects.bulk_create(m.Season(show_id=s, number=n) for s, n in sorted(pairs - existing))

    def _credits(self, claims: list[m.Claim]) -> None:
        credits = []
        for row, data in zip(claims, self.doc.claims.claims, strict=True):
            if data.kind in PEOPLE_KINDS:
                credits.append(self._credit(row, data))
        m.Credit.objects.bulk_create(credits)

    def _credit(self, row: m.Claim, data: ClaimData) -> m.Credit:
        value = data.value if isinstance(data.value, dict) else {}
        name = value.get("person") or ""
        return m.Credit(
            claim=row,
            show_id=row.show_id,
            season=data.season,
            kind=data.kind,
            person_id=self._person(data.show, name, row.show_id) if name else None,
            person_name=name,
            character=value.get("character") or "",
            role=value.get("role") or "",
        )

    def _person(self, show: str, name: str, show_id: int) -> int:
        known = self.people.get((show, name))
        if known:
            return known
        match = self.res.people.get((show, name))
        if match is not None and match.strong:
            person_id = self._join_person(match, name)
        else:
            person_id = m.Person.objects.create(name=name, key=person_key(name)).id
            m.PersonAlias.objects.create(person_id=person_id, name=name, key=person_key(name))
            if match is not None:
                self._suggest(m.Merge.PERSON, name, person_id, match)
        self.people[(show, name)] = person_id
        return person_id

    def _join_person(self, match: Match, name: str) -> int:
        cand = match.candidate.id
        person_id = cand if isinstance(cand, int) else self.people[new_person_key(cand)]
        _, created = m.PersonAlias.objects.get_or_create(
            person_id=person_id, name=name, defaults={"key": person_key(name)}
        )
        if created and not match.exact:
            into = m.Person.objects.filter(id=person_id).values_list("name", flat=True).get()
            self._merge(m.Merge.PERSON, person_id, name, into, match.reason, match.score)
        return person_id

    # -- records -------------------------------------------------------------------

    def _merge(self, entity: str, target: int, name: str, into: str, reason: str, score: float) -> None:
        m.Merge.objects.create(
            entity=entity, target_id=target, name=name, into=into, reason=reason[:300], score=score, document=self.document
        )
        self.merges.append(f"{name} → {into}: {reason}")

    def _suggest(self, entity: str, name: str, new_id: int, match: Match) -> None:
        m.Suggestion.objects.create(
            entity=entity,
            name=name,
            entity_id_a=new_id,
            entity_id_b=int(match.candidate.id) if isinstance(match.candidate.id, int) else new_id,
            candidate=match.name,
            reason=match.reason[:300],
            score=match.score,
        )
        self.suggestions.append(f"{name} ~ {match.name}? {match.reason}")


def _non_latin(name: str) -> bool:
    return any(ch.isalpha() and ord(ch) > 0x24F for ch in name)


def _bounds(published: str | None) -> tuple[object, object]:
    if not published:
        return None, None
    try:
        return dates.bounds(published)
    except ValueError:
        return None, None
