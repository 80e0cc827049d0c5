"""The store's tests run on SQLite (DATABASE_URL unset: a fresh file per test) or on the
PostgreSQL server named by DATABASE_URL (its tables emptied before each test)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from dbtest import POSTGRES, fresh_database, migrated_template


@pytest.fixture(scope="session")
def django_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Configure Django once; migrate the PostgreSQL database or a template SQLite file."""
    return migrated_template(tmp_path_factory, "data")


@pytest.fixture
def store(django_store: Path, tmp_path: Path) -> Iterator[object]:
    """A DjangoStore on an empty database: a copy of the migrated template, or PostgreSQL emptied."""
    fresh_database(django_store, tmp_path)
    from nextseason.web.store import DjangoStore

    yield DjangoStore()
    from django.db import connections

    connections.close_all()


@pytest.fixture
def cli_env(store: object, tmp_path: Path) -> dict[str, str]:
    """Environment for a ``nextseason`` subprocess that uses the same database as ``store``."""
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    data = tmp_path / "cli-data"
    env["NEXTSEASON_DATA"] = str(data)
    if not POSTGRES:
        from django.db import connections

        env["DATABASE_URL"] = "sqlite:///" + connections["default"].settings_dict["NAME"]
    return env
