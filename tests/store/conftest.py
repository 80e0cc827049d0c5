"""The store's tests run on SQLite (DATABASE_URL unset: a fresh file per test) or on the
PostgreSQL server named by DATABASE_URL (its tables emptied before each test)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

POSTGRES = bool(os.environ.get("DATABASE_URL"))
APP_TABLES_SQL = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE 'nextseason_%'"


@pytest.fixture(scope="session")
def django_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Configure Django once; migrate the PostgreSQL database or a template SQLite file."""
    data = tmp_path_factory.mktemp("data")
    from nextseason.web import setup

    setup(data)
    from django.db import connections

    template = Path(connections["default"].settings_dict["NAME"])
    connections.close_all()  # the last connection's close folds SQLite's WAL into the file
    return data if POSTGRES else template


def use_sqlite(path: Path) -> None:
    """Point the test process's connection at the SQLite file ``path``."""
    from django.db import connections

    conn = connections["default"]
    conn.close()
    conn.settings_dict["NAME"] = str(path)


def empty_postgres() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(APP_TABLES_SQL)
        tables = ", ".join(f'"{row[0]}"' for row in cursor.fetchall())
        cursor.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")


@pytest.fixture
def store(django_store: Path, tmp_path: Path) -> Iterator[object]:
    """A DjangoStore on an empty database: a copy of the migrated template, or PostgreSQL emptied."""
    if POSTGRES:
        empty_postgres()
    else:
        db = tmp_path / "store.sqlite3"
        shutil.copyfile(django_store, db)
        use_sqlite(db)
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
