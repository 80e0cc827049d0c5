"""Notification fan-out benchmark: one change to a show followed by 100,000 users.

    .venv/bin/python benchmarks/fanout.py [--users 100000] [--channels 1] [--data DIR]

Uses a fresh SQLite database in a temporary directory, or the PostgreSQL database named by
``DATABASE_URL`` (its tables and users are emptied first). Builds ``--users`` users who
all follow one show, each with ``--channels`` Apprise channels (rows only: nothing is
sent), records one event and times ``fan_out``: the one set-based ``INSERT ... SELECT``
per kind of row that queues every delivery (a feed row per follower, plus one per
channel). It then times a second ``fan_out`` of the same event (every row already there:
``ON CONFLICT DO NOTHING``), and checks the row count. Target: < 10 s on PostgreSQL.

The last line is the figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

BATCH = 5_000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--channels", type=int, default=1, help="Apprise channels per user")
    parser.add_argument("--data", help="data directory (default: a new temporary one)")
    args = parser.parse_args()
    data = Path(args.data or tempfile.mkdtemp(prefix="nextseason-fanout-"))
    from nextseason.web import setup

    setup(data)
    from django.db import connection

    empty()
    event_id = populate(args.users, args.channels)
    from nextseason.notify import fan_out

    start = time.perf_counter()
    added = fan_out(event_id)
    first = time.perf_counter() - start
    start = time.perf_counter()
    again = fan_out(event_id)
    second = time.perf_counter() - start
    expected = args.users * (1 + args.channels)
    assert added == expected and again == 0, (added, again, expected)
    engine = connection.vendor
    print(f"{engine}: {args.users:,} followers, {args.channels} channel(s) each: {added:,} deliveries queued in {first:.2f} s")
    print(f"a second fan-out of the same event (all present): {second:.2f} s, {again} rows added")
    print(json.dumps({"engine": engine, "users": args.users, "rows": added, "seconds": round(first, 3),
                      "again_seconds": round(second, 3), "target_seconds": 10}))


def empty() -> None:
    from django.db import connection

    from nextseason.web import models as m

    if connection.vendor == "postgresql":
        tables = [t for t in connection.introspection.table_names() if t.startswith("nextseason_")]
        with connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE {', '.join(tables)}, auth_user RESTART IDENTITY CASCADE")
    else:
        m.Delivery.objects.all().delete()


def populate(users: int, channels: int) -> int:
    """Users (bulk rows, unusable passwords), their follows and channels; one event."""
    from django.contrib.auth import get_user_model

    from nextseason.domain.events import Renewed
    from nextseason.web import models as m

    user_model = get_user_model()
    show = m.Show.objects.create(title="The Lantern Keepers")
    start = time.perf_counter()
    for low in range(0, users, BATCH):
        made = user_model.objects.bulk_create(
            user_model(username=f"fan{i}", password="!") for i in range(low, min(low + BATCH, users))
        )
        ids = [u.pk for u in made] if made and made[0].pk else list(
            user_model.objects.filter(username__in=[u.username for u in made]).values_list("pk", flat=True)
        )
        m.Follow.objects.bulk_create(m.Follow(user_id=i, show=show) for i in ids)
        m.Channel.objects.bulk_create(
            m.Channel(user_id=i, apprise_url=f"json://127.0.0.1:9/{i}-{n}") for i in ids for n in range(channels)
        )
    print(f"set-up: {users:,} users with follows and channels in {time.perf_counter() - start:.1f} s (not timed)")
    change = Renewed(show.title, 2)
    return m.Event.objects.create(
        show=show, season=2, kind=change.kind, key=f"{show.id}:{change.key}", payload=change.payload()
    ).id


if __name__ == "__main__":
    main()
