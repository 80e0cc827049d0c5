"""The test database, shared by the suites that need the real store: SQLite (a migrated template
file, copied fresh for each test) or the PostgreSQL server named by DATABASE_URL (migrated once,
its tables emptied before each test)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

POSTGRES = bool(os.environ.get("DATABASE_URL"))
APP_TABLES_SQL = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE 'nextseason_%'"


def use_sqlite(path: Path) -> None:
    """Point the test process's connection at the SQLite file ``path``."""
    from django.db import connections

    conn = connections["default"]
    conn.close()
    conn.settings_dict["NAME"] = str(path)


def empty_postgres(*also: str) -> None:
    """TRUNCATE the store's tables, and the tables named in ``also`` (users, sessions, tasks)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(APP_TABLES_SQL)
        tables = [row[0] for row in cursor.fetchall()] + list(also)
        quoted = ", ".join(f'"{table}"' for table in tables)
        cursor.execute(f"TRUNCATE {quoted} RESTART IDENTITY CASCADE")


def migrated_template(factory: pytest.TempPathFactory, name: str) -> Path:
    """Configure Django (once per process) and migrate a SQLite template file of our own, or the
    PostgreSQL database; the template's path (unused on PostgreSQL)."""
    data = factory.mktemp(name)
    from nextseason.web import migrate_schema, setup

    setup(data, migrate=False)
    template = data / "template.sqlite3"
    if not POSTGRES:
        use_sqlite(template)
    migrate_schema()
    from django.db import connections

    connections.close_all()  # the last connection's close folds SQLite's WAL into the file
    return template


def fresh_database(template: Path, tmp_path: Path, *also: str) -> Path | None:
    """An empty store for one test: a copy of ``template`` (its path), or PostgreSQL emptied
    (None; ``also`` names further tables to empty there)."""
    if POSTGRES:
        empty_postgres(*also)
        return None
    db = tmp_path / "store.sqlite3"
    shutil.copyfile(template, db)
    use_sqlite(db)
    return db
