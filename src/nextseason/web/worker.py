"""``nextseason worker``: django-tasks-db's worker, plus a small clock that queues the
periodic work (deliver due notifications, poll news feeds, sync TVmaze)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Schedule:
    deliver_every: float = 60.0  # seconds; 0 turns a job off
    poll_every: float = 1800.0
    sync_every: float = 0.0


def run_worker(schedule: Schedule, *, max_tasks: int | None = None, interval: float = 1.0) -> None:
    """Run queued tasks until stopped (or until ``max_tasks`` have run)."""
    from django.core.management import call_command

    stop = threading.Event()
    clock = threading.Thread(target=_clock, args=(schedule, stop), daemon=True, name="nextseason-clock")
    clock.start()
    options: dict[str, object] = {"interval": interval, "startup_delay": False}
    if max_tasks is not None:
        options["max_tasks"] = max_tasks
    try:
        call_command("db_worker", **options)
    finally:
        stop.set()


def _clock(schedule: Schedule, stop: threading.Event) -> None:
    from django.db import connection

    from nextseason.web import tasks

    jobs = [(schedule.deliver_every, tasks.deliver), (schedule.poll_every, tasks.poll_feeds)]
    jobs.append((schedule.sync_every, tasks.tvmaze_sync))
    due = {job: time.monotonic() for _, job in jobs}
    try:
        while not stop.wait(1.0):
            now = time.monotonic()
            for every, job in jobs:
                if every > 0 and now >= due[job]:
                    job.enqueue()
                    due[job] = now + every
    finally:
        connection.close()
