"""Notifications on the real store: SQLite (a fresh copy of a migrated template per test) or
the PostgreSQL server named by DATABASE_URL (emptied before each test, users and queued
tasks too); real Apprise channels to real servers on loopback."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from dbtest import fresh_database, migrated_template


@pytest.fixture(scope="session")
def notify_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return migrated_template(tmp_path_factory, "notify-data")


def _task_table() -> str:
    from django_tasks_db.models import DBTaskResult

    return str(DBTaskResult._meta.db_table)


@pytest.fixture
def db(notify_template: Path, tmp_path: Path) -> Iterator[dict[str, str]]:
    """An empty store; yields the environment for a subprocess that uses the same database."""
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env["NEXTSEASON_DATA"] = str(tmp_path / "sub-data")
    env["NEXTSEASON_CHANNEL_KEY"] = _channel_key()  # the worker opens the channels this process sealed
    path = fresh_database(notify_template, tmp_path, "auth_user", _task_table())  # users, queued tasks
    if path is not None:
        env["DATABASE_URL"] = f"sqlite:///{path}"
    yield env
    from django.db import connections

    connections.close_all()


def _channel_key() -> str:
    from django.conf import settings

    from nextseason.web.sealing import channel_keys

    return ",".join(channel_keys(os.environ, Path(settings.DATA_DIR)))
