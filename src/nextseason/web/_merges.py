"""Undoing a merge: the merged name becomes an entity of its own again."""

from __future__ import annotations

from django.utils import timezone

from nextseason.domain.names import person_key, show_key
from nextseason.errors import NotFoundError
from nextseason.web import models as m
from nextseason.web.models_cache import touch


def undo_merge(merge_id: int) -> int:
    """Split the merge's name off its target; return the id of the new show or person."""
    merge = m.Merge.objects.filter(id=merge_id, undone_at__isnull=True).first()
    if merge is None:
        raise NotFoundError(f"no merge {merge_id} to undo")
    new_id = _split_show(merge) if merge.entity == m.Merge.SHOW else _split_person(merge)
    merge.undone_at = timezone.now()
    merge.save(update_fields=["undone_at"])
    return new_id


def _split_show(merge: m.Merge) -> int:
    show = m.Show.objects.create(title=merge.name)
    m.ShowAlias.objects.filter(show_id=merge.target_id, name=merge.name).delete()
    m.ShowAlias.objects.create(show=show, name=merge.name, key=show_key(merge.name))
    claims = m.Claim.objects.filter(show_id=merge.target_id, show_name=merge.name)
    m.Credit.objects.filter(claim__in=claims).update(show=show)
    claims.update(show=show)
    m.Passage.objects.filter(show_id=merge.target_id, show_name=merge.name).update(show=show)
    touch([merge.target_id, show.id])
    return show.id


def _split_person(merge: m.Merge) -> int:
    person = m.Person.objects.create(name=merge.name, key=person_key(merge.name))
    m.PersonAlias.objects.filter(person_id=merge.target_id, name=merge.name).delete()
    m.PersonAlias.objects.create(person=person, name=merge.name, key=person_key(merge.name))
    moved = m.Credit.objects.filter(person_id=merge.target_id, person_name=merge.name)
    touch(moved.values_list("show_id", flat=True).distinct())
    moved.update(person=person)
    return person.id
