"""Fan an event out to its followers: one set-based INSERT ... SELECT per kind of row.

Followers are the show's followers, plus, for a person credited on an upcoming season,
that person's followers. Each gets a feed row (``channel`` null, delivered at once: the
feeds read it) and one pending row per channel (a digest channel's row waits for the next
digest hour; ``WHERE true`` settles SQLite's parse of an upsert after a join).
``ON CONFLICT DO NOTHING`` on the unique (event, user, channel) makes a
second fan-out of the same event, by any worker, add nothing.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from nextseason.domain.events import PERSON_KINDS
from nextseason.web import models as m

FOLLOWERS = """
    SELECT DISTINCT f.user_id FROM {follow} f
    WHERE f.show_id = %s OR (f.person_id IS NOT NULL AND f.person_id = %s)
"""
FEED_ROWS = """
    INSERT INTO {delivery} (event_id, user_id, channel_id, status, attempts, next_attempt_at, delivered_at, last_error)
    SELECT %s, fl.user_id, NULL, 'sent', 0, NULL, %s, '' FROM ({followers}) fl
    WHERE true ON CONFLICT DO NOTHING
"""
CHANNEL_ROWS = """
    INSERT INTO {delivery} (event_id, user_id, channel_id, status, attempts, next_attempt_at, delivered_at, last_error)
    SELECT %s, fl.user_id, c.id, 'pending', 0,
           CASE WHEN c.mode = 'digest' THEN %s ELSE %s END, NULL, ''
    FROM ({followers}) fl JOIN {channel} c ON c.user_id = fl.user_id
    WHERE true ON CONFLICT DO NOTHING
"""


def next_digest(now: dt.datetime, hour: int | None = None) -> dt.datetime:
    """The next daily digest time (UTC ``hour``) after ``now``."""
    hour = settings.NEXTSEASON_DIGEST_HOUR if hour is None else hour
    at = now.astimezone(dt.UTC).replace(hour=hour, minute=0, second=0, microsecond=0)
    return at if at > now else at + dt.timedelta(days=1)


def fan_out(event_id: int, now: dt.datetime | None = None) -> int:
    """Queue the event's deliveries; return how many rows this call added."""
    now = now or timezone.now()
    event = m.Event.objects.get(id=event_id)
    person = event.person_id if event.kind in PERSON_KINDS and event.payload.get("upcoming") else None
    tables = {
        "follow": m.Follow._meta.db_table,
        "delivery": m.Delivery._meta.db_table,
        "channel": m.Channel._meta.db_table,
    }
    followers = FOLLOWERS.format(**tables)
    adapt = connection.ops.adapt_datetimefield_value
    added = 0
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(FEED_ROWS.format(followers=followers, **tables), [event.id, adapt(now), event.show_id, person])
        added += max(cursor.rowcount, 0)
        cursor.execute(
            CHANNEL_ROWS.format(followers=followers, **tables),
            [event.id, adapt(next_digest(now)), adapt(now), event.show_id, person],
        )
        added += max(cursor.rowcount, 0)
        m.Event.objects.filter(id=event.id, fanned_out_at__isnull=True).update(fanned_out_at=now)
    return added
