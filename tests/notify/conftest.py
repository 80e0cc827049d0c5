"""Notifications on the real store: SQLite (a fresh copy of a migrated template per test) or
the PostgreSQL server named by DATABASE_URL (emptied before each test, users and queued
tasks too); real Apprise channels to real servers on loopback."""

from __future__ import annotations

import importlib.util
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

_spec = importlib.util.spec_from_file_location("_notify_store_conftest", Path(__file__).parents[1] / "store" / "conftest.py")
assert _spec is not None and _spec.loader is not None
_store = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_store)
POSTGRES = _store.POSTGRES


@pytest.fixture(scope="session")
def notify_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("notify-data")
    from nextseason.web import migrate_schema, setup

    setup(data, migrate=False)
    template = data / "template.sqlite3"
    if not POSTGRES:
        _store.use_sqlite(template)
    migrate_schema()
    from django.db import connections

    connections.close_all()
    return template


def _empty_postgres() -> None:
    _store.empty_postgres()
    from django.db import connection
    from django_tasks_db.models import DBTaskResult

    tasks = DBTaskResult._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f'TRUNCATE "auth_user", "{tasks}" RESTART IDENTITY CASCADE')


@pytest.fixture
def db(notify_template: Path, tmp_path: Path) -> Iterator[dict[str, str]]:
    """An empty store; yields the environment for a subprocess that uses the same database."""
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env["NEXTSEASON_DATA"] = str(tmp_path / "sub-data")
    env["NEXTSEASON_CHANNEL_KEY"] = _channel_key()  # the worker opens the channels this process sealed
    if POSTGRES:
        _empty_postgres()
    else:
        path = tmp_path / "store.sqlite3"
        shutil.copyfile(notify_template, path)
        _store.use_sqlite(path)
        env["DATABASE_URL"] = f"sqlite:///{path}"
    yield env
    from django.db import connections

    connections.close_all()


def _channel_key() -> str:
    from django.conf import settings

    from nextseason.web.sealing import channel_keys

    return ",".join(channel_keys(os.environ, Path(settings.DATA_DIR)))


def make_user(name: str) -> Any:
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user(name, f"{name}@example.org", "a long test password")


def make_show(title: str = "The Lantern Keepers") -> Any:
    from nextseason.web import models as m

    return m.Show.objects.create(title=title)


def make_event(show: Any, season: int = 2, kind: str = "renewed") -> Any:
    """An event as the pipeline records it (the domain event's payload and key)."""
    from nextseason.domain.events import PremiereAnnounced, Renewed
    from nextseason.web import models as m

    change = Renewed(show.title, season) if kind == "renewed" else PremiereAnnounced(show.title, season, "2025-03-14")
    return m.Event.objects.create(
        show=show, season=season, kind=change.kind, key=f"{show.id}:{change.key}", payload=change.payload()
    )
