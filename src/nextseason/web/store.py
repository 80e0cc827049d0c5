"""``DjangoStore``: the store port (``nextseason.domain.ports.Store``) over the ORM."""

from __future__ import annotations

from collections.abc import Sequence

from django.db import transaction
from django.db.models import Q

from nextseason.domain.model import EditorChoice, ShowPicture, Source, StoredClaim, StoredPassage
from nextseason.domain.names import Candidate, best_titles, show_key
from nextseason.domain.ports import FactRow, NewDocument, Resolution, SaveResult, ShowClaims
from nextseason.web import models as m
from nextseason.web._official import OfficialLinks
from nextseason.web._writer import DocumentWriter
from nextseason.web.models_cache import touch


class DjangoStore(OfficialLinks):
    """The claim store in the configured database (call ``nextseason.web.setup()`` first);
    with ``OfficialLinks``, the official-data port too."""

    def has_content(self, content_hash: str) -> bool:
        return m.Document.objects.filter(content_hash=content_hash).exists()

    def show_candidates(self, titles: Sequence[str]) -> list[Candidate]:
        keys = {show_key(t) for t in titles}
        ids = set(m.ShowAlias.objects.filter(key__in=keys).values_list("show_id", flat=True))
        ids |= self._fuzzy_show_ids(keys)
        return self._show_candidates(ids)

    def _fuzzy_show_ids(self, keys: set[str]) -> set[int]:
        """Shows whose alias shares a long prefix with a key: the close spellings worth scoring."""
        query = Q()
        for key in keys:
            if len(key) >= 6:
                query |= Q(key__startswith=key[:4])
        if not query:
            return set()
        return set(m.ShowAlias.objects.filter(query).values_list("show_id", flat=True)[:200])

    def _show_candidates(self, ids: set[int]) -> list[Candidate]:
        names: dict[int, list[str]] = {}
        for show_id, name in m.ShowAlias.objects.filter(show_id__in=ids).values_list("show_id", "name"):
            names.setdefault(show_id, []).append(name)
        return [Candidate(i, tuple(n)) for i, n in sorted(names.items())]

    def person_candidates(self, show_id: int) -> list[Candidate]:
        rows = m.Credit.objects.filter(show_id=show_id, person__isnull=False)
        found: dict[int, tuple[set[str], set[str], set[str]]] = {}
        for pid, name, role, character in rows.values_list("person_id", "person_name", "role", "character"):
            names, roles, characters = found.setdefault(pid, (set(), set(), set()))
            names.add(name)
            roles.update([role] if role else [])
            characters.update([character] if character else [])
        canonical = dict(m.Person.objects.filter(id__in=found).values_list("id", "name"))
        return [
            Candidate(pid, (canonical[pid], *sorted(n - {canonical[pid]})), frozenset(r), frozenset(c))
            for pid, (n, r, c) in sorted(found.items())
        ]

    def people_by_key(self, key: str) -> list[Candidate]:
        ids = set(m.PersonAlias.objects.filter(key=key).values_list("person_id", flat=True))
        people = m.Person.objects.filter(id__in=ids).order_by("id")
        return [Candidate(p.id, (p.name,)) for p in people]

    def save(self, doc: NewDocument, resolution: Resolution) -> SaveResult:
        with transaction.atomic():
            return DocumentWriter(doc, resolution).write()

    def show_claims(self, show_id: int) -> ShowClaims:
        show = m.Show.objects.get(id=show_id)
        rows = (
            m.Claim.objects.filter(show_id=show_id, document__current=True)
            .select_related("document")
            .order_by("document__published_lower", "document_id", "ordinal")
        )
        sources: dict[int, Source] = {}
        claims = tuple(_stored(row, show.title, sources) for row in rows)
        aliases = tuple(
            m.ShowAlias.objects.filter(show_id=show_id).exclude(name=show.title).order_by("id").values_list("name", flat=True)
        )
        passages = tuple(_passage(row, sources) for row in self._passage_rows(show_id))
        return ShowClaims(
            show_id, show.title, aliases, claims, self._person_aliases(show_id), passages, self._choices(show_id)
        )

    def _choices(self, show_id: int) -> tuple[EditorChoice, ...]:
        rows = m.ConflictChoice.objects.filter(show_id=show_id).select_related("chosen_by")
        return tuple(row.to_domain() for row in rows)

    def _passage_rows(self, show_id: int):  # type: ignore[no-untyped-def]
        return (
            m.Passage.objects.filter(show_id=show_id, document__current=True)
            .select_related("document")
            .order_by("document__published_lower", "document_id", "ordinal")
        )

    def _person_aliases(self, show_id: int) -> dict[str, str]:
        rows = m.Credit.objects.filter(show_id=show_id, person__isnull=False).values_list("person_name", "person__name")
        return {written: canonical for written, canonical in rows if written != canonical}

    def find_show(self, title: str) -> int | None:
        return m.ShowAlias.objects.filter(key=show_key(title)).order_by("show_id").values_list("show_id", flat=True).first()

    def nearest_titles(self, title: str, limit: int = 5) -> list[str]:
        names = list(m.ShowAlias.objects.values_list("name", flat=True))
        return list(dict.fromkeys(best_titles(title, names, limit)))

    def save_facts(self, show_id: int, facts: Sequence[FactRow]) -> int:
        with transaction.atomic():
            old = m.Fact.objects.filter(show_id=show_id, status=m.Fact.CONFLICT)
            before = old.count()
            m.Fact.objects.filter(show_id=show_id).delete()
            m.Fact.objects.bulk_create(
                m.Fact(show_id=show_id, season=f.season, kind=f.kind, value=f.value, stance=f.stance, status=f.status, why=f.why)
                for f in facts
            )
            touch([show_id])  # reconciled again: its cached dossier goes with the old facts
        after = sum(1 for f in facts if f.status == m.Fact.CONFLICT)
        return max(0, after - before)

    def picture_changed(self, show_id: int, picture: ShowPicture) -> list[int]:
        """The ``EventSink`` port: record the show's changes as events, queue their fan-out."""
        from nextseason.notify.record import DjangoEventSink

        return DjangoEventSink(enqueue=self.enqueue_events).picture_changed(show_id, picture)

    enqueue_events = True  # False: record events only (tests, benchmarks)

    # -- for editors and tests ----------------------------------------------------

    def merges(self, entity: str | None = None) -> list[m.Merge]:
        found = m.Merge.objects.filter(undone_at__isnull=True).order_by("id")
        return list(found.filter(entity=entity) if entity else found)

    def undo_merge(self, merge_id: int) -> int:
        """Split the merged name off into an entity of its own; return the new entity's id."""
        from nextseason.web._merges import undo_merge

        with transaction.atomic():
            return undo_merge(merge_id)

    def counts(self) -> dict[str, int]:
        return {
            "documents": m.Document.objects.count(),
            "claims": m.Claim.objects.count(),
            "passages": m.Passage.objects.count(),
            "shows": m.Show.objects.count(),
            "people": m.Person.objects.count(),
        }


def _stored(row: m.Claim, title: str, sources: dict[int, Source]) -> StoredClaim:
    source = sources.get(row.document_id)
    if source is None:
        source = sources[row.document_id] = to_source(row.document)
    return StoredClaim(
        id=row.id,
        show=title,
        season=row.season,
        kind=row.kind,
        value=row.value,
        stance=row.stance,
        evidence=row.evidence,
        source=source,
        part=row.part,
    )


def _passage(row: m.Passage, sources: dict[int, Source]) -> StoredPassage:
    source = sources.get(row.document_id)
    if source is None:
        source = sources[row.document_id] = to_source(row.document)
    return StoredPassage(
        id=row.id, season=row.season, kind=row.kind, heading=row.heading, text=row.text, source=source
    )


def to_source(doc: m.Document) -> Source:
    return Source(
        id=doc.id,
        url=doc.url,
        title=doc.title or None,
        publisher=doc.publisher or None,
        published=doc.published,
        published_from=doc.published_from,
        kind=doc.kind,
        fetched_at=doc.fetched_at,
    )
