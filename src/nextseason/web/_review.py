"""Editors' decisions: accept or reject a suggested merge, choose a side of a conflict."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import QuerySet

from nextseason.domain.names import person_key, show_key
from nextseason.errors import NotFoundError
from nextseason.pipeline.reconcile import fact_rows, picture_of
from nextseason.web import models as m
from nextseason.web.models_cache import touch
from nextseason.web.store import DjangoStore


def accept_suggestion(suggestion_id: int, editor: str) -> m.Merge:
    """Merge the suggested name's entity into the candidate's, recorded as an undoable merge."""
    with transaction.atomic():
        suggestion = _suggestion(suggestion_id)
        source, target = suggestion.entity_id_a, suggestion.entity_id_b
        if source == target:
            raise NotFoundError(f"suggestion {suggestion_id} names one entity twice")
        if suggestion.entity == m.Merge.SHOW:
            into = _merge_shows(source, target, suggestion.name)
        else:
            into = _merge_people(source, target)
        merge = m.Merge.objects.create(
            entity=suggestion.entity, target_id=target, name=suggestion.name, into=into,
            reason=f"accepted by {editor}: {suggestion.reason}"[:300], score=suggestion.score,
        )
        _drop_suggestions(suggestion.entity, source, target)
        touch(_related_shows(suggestion.entity, target))  # cached dossiers end with this commit
    _reconcile_related(suggestion.entity, target)
    return merge


def reject_suggestion(suggestion_id: int) -> None:
    """The two names stay apart; the suggestion is removed."""
    _suggestion(suggestion_id).delete()


def _suggestion(suggestion_id: int) -> m.Suggestion:
    found = m.Suggestion.objects.filter(id=suggestion_id).first()
    if found is None:
        raise NotFoundError(f"no suggestion {suggestion_id}")
    return found


def _drop_suggestions(entity: str, a: int, b: int) -> None:
    pairs = m.Suggestion.objects.filter(entity=entity)
    pairs.filter(entity_id_a=a, entity_id_b=b).delete()
    pairs.filter(entity_id_a=b, entity_id_b=a).delete()


def _merge_shows(source: int, target: int, name: str) -> str:
    show = m.Show.objects.get(id=target)
    known = set(m.ShowAlias.objects.filter(show_id=target).values_list("name", flat=True))
    for alias in m.ShowAlias.objects.filter(show_id=source):
        if alias.name in known:
            alias.delete()
        else:
            alias.show_id = target
            alias.save(update_fields=["show"])
    if name not in known | {show.title}:
        m.ShowAlias.objects.get_or_create(show_id=target, name=name, defaults={"key": show_key(name)})
    for model in (m.Claim, m.Credit, m.Passage):
        model.objects.filter(show_id=source).update(show_id=target)
    _move_follows(source, target)
    m.Fact.objects.filter(show_id=source).delete()
    numbers = set(m.Season.objects.filter(show_id=target).values_list("number", flat=True))
    m.Season.objects.filter(show_id=source, number__in=numbers).delete()
    m.Season.objects.filter(show_id=source).update(show_id=target)
    m.ConflictChoice.objects.filter(show_id=source).update(show_id=target)
    m.ExternalId.objects.filter(show_id=source).update(show_id=target)
    m.Show.objects.filter(id=source).delete()
    return show.title


def _move_follows(source: int, target: int) -> None:
    already = set(m.Follow.objects.filter(show_id=target).values_list("user_id", flat=True))
    m.Follow.objects.filter(show_id=source, user_id__in=already).delete()
    m.Follow.objects.filter(show_id=source).update(show_id=target)


def _merge_people(source: int, target: int) -> str:
    person = m.Person.objects.get(id=target)
    known = set(m.PersonAlias.objects.filter(person_id=target).values_list("name", flat=True))
    for alias in m.PersonAlias.objects.filter(person_id=source):
        if alias.name in known:
            alias.delete()
        else:
            alias.person_id = target
            alias.save(update_fields=["person"])
    m.Credit.objects.filter(person_id=source).update(person_id=target)
    already = set(m.Follow.objects.filter(person_id=target).values_list("user_id", flat=True))
    m.Follow.objects.filter(person_id=source, user_id__in=already).delete()
    m.Follow.objects.filter(person_id=source).update(person_id=target)
    m.Person.objects.filter(id=source).delete()
    if not m.PersonAlias.objects.filter(person_id=target, name=person.name).exists():
        m.PersonAlias.objects.create(person_id=target, name=person.name, key=person_key(person.name))
    return person.name


def _reconcile_related(entity: str, target: int) -> None:
    """Recompute the facts of the shows the merged entity appears in."""
    store = DjangoStore()
    for show_id in sorted(_related_shows(entity, target)):
        store.save_facts(show_id, fact_rows(picture_of(store, show_id)))


def _related_shows(entity: str, target: int) -> set[int]:
    if entity == m.Merge.SHOW:
        return {target}
    return set(m.Credit.objects.filter(person_id=target).values_list("show_id", flat=True))


def choose_side(show_id: int, season: int | None, kind: str, side: int, editor: Any) -> m.ConflictChoice:
    """Store an editor's choice of one side of a current conflict, with every side the
    conflict holds now (the choice answers that conflict only); then reconcile the show
    again, keep its facts and record what changed (a resolved conflict, a moved date)."""
    store = DjangoStore()
    with transaction.atomic():
        show = m.Show.objects.select_for_update().filter(id=show_id).first()
        if show is None:
            raise NotFoundError(f"no show {show_id}")
        found = picture_of(store, show_id).season(season)
        conflict = next((c for c in (found.conflicts if found else ()) if c.kind == kind), None)
        if conflict is None or not 0 <= side < len(conflict.claims):
            raise NotFoundError(f"no such conflict side for {show.title}")
        claim = conflict.claims[side]
        choice = m.ConflictChoice.objects.create(
            show=show, season=season, kind=kind, side_kind=claim.kind, value=claim.value, stance=claim.stance,
            seen=[m.ConflictChoice.side_json(s) for s in conflict.sides()],
            source_title=(claim.source.title or claim.source.url or "")[:500],
            chosen_by=editor,
        )
        _settle(store, show_id)
    return choice


def forget_choices(choices: QuerySet[m.ConflictChoice]) -> None:
    """Delete editors' choices (the admin does), then reconcile their shows again."""
    store = DjangoStore()
    with transaction.atomic():
        show_ids = sorted(set(choices.values_list("show_id", flat=True)))
        choices.delete()
        for show_id in show_ids:
            _settle(store, show_id)


def _settle(store: DjangoStore, show_id: int) -> None:
    """The show reconciled with its editors' choices: facts kept, changes recorded."""
    picture = picture_of(store, show_id)
    store.save_facts(show_id, fact_rows(picture))
    store.picture_changed(show_id, picture)
