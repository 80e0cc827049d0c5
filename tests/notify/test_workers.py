"""Workers: two processes on one event deliver exactly once (PostgreSQL); the pipeline
records events as it ingests; ``nextseason worker`` runs the queued tasks."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from dbtest import POSTGRES
from notify_helpers import make_event, make_show, make_user
from pytest_httpserver import HTTPServer

WORKER = """
import sys, time
from pathlib import Path
from nextseason.web import setup
setup(migrate=False)
from nextseason.notify import deliver_due, fan_out
go = Path(sys.argv[1])
while not go.exists():
    time.sleep(0.01)
for event_id in map(int, sys.argv[2:]):
    fan_out(event_id)
print(deliver_due().sent)
"""


@pytest.mark.skipif(not POSTGRES, reason="needs PostgreSQL (DATABASE_URL): SQLite serialises writers anyway")
def test_two_worker_processes_deliver_each_change_once_per_follower_per_channel(
    db: dict[str, str], httpserver: HTTPServer, tmp_path: Path
) -> None:
    from nextseason.web import models as m

    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    show = make_show()
    users = [make_user(f"fan{i}") for i in range(20)]
    for user in users:
        m.Follow.objects.create(user=user, show=show)
        for n in range(2):
            m.Channel.objects.create(user=user, apprise_url=f"json://127.0.0.1:{httpserver.port}/hook?:c={user.id}-{n}")
    events = [make_event(show, season).id for season in (2, 3, 4)]
    go = tmp_path / "go"
    procs = [
        subprocess.Popen([sys.executable, "-c", WORKER, str(go), *map(str, events)], env=db, stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    time.sleep(1.5)  # both started and waiting
    go.touch()
    sent = [int(p.communicate(timeout=180)[0].strip().splitlines()[-1]) for p in procs]
    assert all(p.returncode == 0 for p in procs)

    assert sum(sent) == 20 * 2 * 3
    assert m.Delivery.objects.count() == 20 * (2 + 1) * 3  # one per follower per channel, feed included
    assert set(m.Delivery.objects.values_list("status", flat=True)) == {"sent"}
    bodies = [json.loads(r.get_data()) for r, _ in httpserver.log]
    received = Counter((body["title"], body["c"]) for body in bodies)  # ":c=" puts "c" in the JSON
    assert len(received) == 20 * 2 * 3 and set(received.values()) == {1}  # each message exactly once


def test_ingest_records_events_and_the_worker_delivers_them(db: dict[str, str], httpserver: HTTPServer) -> None:
    from django_tasks_db.models import DBTaskResult

    from nextseason.pipeline import ingest, sample_targets
    from nextseason.web import models as m
    from nextseason.web.store import DjangoStore

    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    store = DjangoStore()
    first, second = sample_targets()
    ingest(store, [first])
    assert not m.Event.objects.exists()  # a show's first picture is nothing to report
    fan = make_user("fan")
    m.Follow.objects.create(user=fan, show=m.Show.objects.get())
    m.Channel.objects.create(user=fan, apprise_url=f"json://127.0.0.1:{httpserver.port}/hook")
    ingest(store, [second])
    kinds = list(m.Event.objects.values_list("kind", flat=True))
    assert "premiere_announced" in kinds
    assert DBTaskResult.objects.filter(task_path__endswith="fan_out_events").count() == 1

    cmd = [sys.executable, "-m", "nextseason.cli", "worker", "--max-tasks", "2", "--interval", "0.1"]
    cmd += ["--deliver-every", "0", "--poll-every", "0"]
    done = subprocess.run(cmd, env=db, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    titles = [json.loads(r.get_data())["title"] for r, _ in httpserver.log]
    assert len(titles) == len(kinds) and any("premieres" in t for t in titles)
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}


def test_an_event_seen_twice_is_recorded_once(db: dict[str, str]) -> None:
    from django.db import IntegrityError, transaction

    from nextseason.web import models as m

    show = make_show()
    make_event(show)
    with pytest.raises(IntegrityError), transaction.atomic():  # the unique key refuses it
        make_event(show)
    assert m.Event.objects.count() == 1
