"""The Django shell: settings, the store's models and migrations, the admin.

``setup()`` configures Django from the environment and brings the schema up to date;
whoever starts work (the CLI, a task) calls it, then hands ``DjangoStore`` to the pipeline.
"""

from __future__ import annotations

import os
from pathlib import Path

from nextseason.errors import StoreError

SETTINGS = "nextseason.web.settings"


def setup(data: str | Path | None = None, *, migrate: bool = True) -> None:
    """Configure Django (``data`` overrides ``NEXTSEASON_DATA``) and migrate the database."""
    if data is not None:
        os.environ["NEXTSEASON_DATA"] = str(data)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", SETTINGS)
    import django
    from django.conf import settings

    django.setup()
    Path(settings.DATA_DIR).mkdir(parents=True, exist_ok=True)
    if migrate:
        migrate_schema()


def migrate_schema() -> None:
    """Apply migrations; a database that cannot be reached is one clear StoreError."""
    from django.core.management import call_command
    from django.db import DatabaseError, connection

    try:
        call_command("migrate", verbosity=0, interactive=False)
    except DatabaseError as exc:
        raise StoreError(f"cannot use the database ({describe(connection.settings_dict)}): {first_line(exc)}") from None


def describe(db: dict) -> str:  # type: ignore[type-arg]
    if "sqlite" in db["ENGINE"]:
        return f"SQLite {db['NAME']}"
    user = f"{db.get('USER')}@" if db.get("USER") else ""
    port = f":{db['PORT']}" if db.get("PORT") else ""
    return f"PostgreSQL {user}{db.get('HOST') or 'localhost'}{port}/{db['NAME']}"


def first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]
