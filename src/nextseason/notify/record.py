"""Record the changes of a show's picture as events (once per change)."""

from __future__ import annotations

import datetime as dt

from django.db import transaction

from nextseason.domain.events import PERSON_KINDS, Summary, diff_summaries, summarise
from nextseason.domain.model import ShowPicture
from nextseason.web import models as m


def record_changes(show_id: int, picture: ShowPicture, today: dt.date | None = None) -> list[int]:
    """Compare the picture with the show's last summary, keep the new one, record each change.

    Returns the ids of the events recorded now (a change recorded before is skipped).
    The first summary of a show records nothing: there was nothing to change from.
    ``today`` (default: now) decides which seasons are still upcoming.
    """
    today = today or dt.datetime.now(dt.UTC).date()
    new = summarise(picture, today)
    with transaction.atomic():
        state = m.PictureState.objects.select_for_update().filter(show_id=show_id).first()
        old: Summary | None = state.summary if state else None
        m.PictureState.objects.update_or_create(show_id=show_id, defaults={"summary": new})
        changes = diff_summaries(old, new) if old else []  # a first summary: nothing changed
        if not changes:
            return []
        rows = [
            m.Event(
                show_id=show_id,
                person_id=_person_id(show_id, c.person) if c.kind in PERSON_KINDS else None,
                season=c.season,
                kind=c.kind,
                key=f"{show_id}:{c.key}",
                payload=c.payload(),
            )
            for c in changes
        ]
        keys = [r.key for r in rows]
        known = set(m.Event.objects.filter(key__in=keys).values_list("key", flat=True))
        m.Event.objects.bulk_create([r for r in rows if r.key not in known], ignore_conflicts=True)
        return list(
            m.Event.objects.filter(key__in=set(keys) - known).order_by("id").values_list("id", flat=True)
        )


def _person_id(show_id: int, name: str | None) -> int | None:
    if not name:
        return None
    credits = m.Credit.objects.filter(show_id=show_id, person__isnull=False)
    found = credits.filter(person__name=name).values_list("person_id", flat=True).first()
    return found or credits.filter(person_name=name).values_list("person_id", flat=True).first()


class DjangoEventSink:
    """The pipeline's ``EventSink`` port: record changes, then queue their fan-out."""

    def __init__(self, enqueue: bool = True) -> None:
        self.enqueue = enqueue

    def picture_changed(self, show_id: int, picture: ShowPicture) -> list[int]:
        ids = record_changes(show_id, picture)
        if ids and self.enqueue:
            from nextseason.web.tasks import fan_out_events

            transaction.on_commit(lambda: fan_out_events.enqueue(ids))
        return ids
