"""The API on the real store: SQLite (a fresh copy of a migrated template per test) or the
PostgreSQL server named by DATABASE_URL (emptied before each test, users too), driven
through Django's test client; the sample articles ingested by the real pipeline."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from dbtest import POSTGRES, fresh_database, migrated_template

HOST = "localhost"  # one of ALLOWED_HOSTS
PASSWORD = "a long test password"


@pytest.fixture(scope="session")
def api_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Django configured; a migrated SQLite template of our own (or PostgreSQL migrated)."""
    return migrated_template(tmp_path_factory, "api-data")


@pytest.fixture
def store(api_template: Path, tmp_path: Path) -> Iterator[Any]:
    from django.db import connections

    before = connections["default"].settings_dict["NAME"]
    fresh_database(api_template, tmp_path, "auth_user", "django_session")  # users too, on PostgreSQL
    from nextseason.web.store import DjangoStore

    yield DjangoStore()
    connections.close_all()
    connections["default"].settings_dict["NAME"] = before


@pytest.fixture
def samples(store: Any) -> Any:
    """The bundled sample articles stored and reconciled: the ingest report."""
    from nextseason.pipeline import ingest, sample_targets

    report = ingest(store, sample_targets())
    assert report.show_ids, report.summary()
    return report


@pytest.fixture
def client(store: Any) -> Any:
    from django.test import Client

    return Client(HTTP_HOST=HOST)


@pytest.fixture
def cli_env(store: Any, tmp_path: Path) -> dict[str, str]:
    """Environment for a ``nextseason`` subprocess on the same database as ``store``."""
    from django.db import connections

    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env["NEXTSEASON_DATA"] = str(tmp_path / "cli-data")
    if not POSTGRES:
        env["DATABASE_URL"] = "sqlite:///" + connections["default"].settings_dict["NAME"]
    return env


@pytest.fixture
def make_user(store: Any) -> Any:
    """A factory of real users (Django auth) in the test database."""
    from django.contrib.auth import get_user_model

    def make(name: str) -> Any:
        return get_user_model().objects.create_user(name, f"{name}@example.org", PASSWORD)

    return make


@pytest.fixture
def token_for(store: Any) -> Any:
    """A factory: a live API token for a user, as request headers and the token row."""
    from nextseason.web.models_api import ApiToken

    def make(user: Any) -> tuple[dict[str, str], ApiToken]:
        row, token = ApiToken.issue(user)
        return {"HTTP_AUTHORIZATION": f"Bearer {token}"}, row

    return make
