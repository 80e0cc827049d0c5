"""A fake-free TVmaze: a real HTTP server on loopback (pytest-httpserver) serving the real
TVmaze responses in ../shared/fixtures/tvmaze, with faults on demand; and the store on
SQLite or PostgreSQL as in tests/store."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from dbtest import POSTGRES, fresh_database, migrated_template
from tvmaze_fixtures import FIXTURES, generated, load, silicon_valley, stranger_things  # noqa: F401
from werkzeug import Request, Response


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if FIXTURES.is_dir():
        return
    skip = pytest.mark.skip(reason=f"TVmaze fixtures not found at {FIXTURES} (../shared/fixtures/tvmaze)")
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(skip)


class FakeTVmaze:
    """Routes of the TVmaze API over the recorded answers; ``faults[path]`` is a queue of
    responses served first (each once) for that path."""

    def __init__(self) -> None:
        self.shows: dict[int, dict[str, Any]] = {143: silicon_valley(), 2993: stranger_things()}
        self.searches = {
            "silicon valley": "search_shows_q_silicon_valley.json",
            "girls": "search_shows_q_girls.json",
            "a": "search_shows_q_a.json",
        }
        self.updates: dict[str, int] = {}
        self.faults: dict[str, list[Response]] = {}
        self.paths: list[str] = []

    def __call__(self, request: Request) -> Response:
        self.paths.append(request.full_path)
        queued = self.faults.get(request.path)
        if queued:
            return queued.pop(0)
        return self.route(request)

    def route(self, request: Request) -> Response:
        path = request.path
        if path == "/search/shows":
            name = self.searches.get(request.args.get("q", "").casefold())
            return _json(load(name) if name else [])
        if path == "/lookup/shows" and request.args.get("imdb") == "tt2575988":
            return Response(status=301, headers={"Location": "/shows/143"})
        if path == "/updates/shows":
            return _json(self.updates)
        found = re.fullmatch(r"/shows/(\d+)(?:/(\w+))?", path)
        if found and int(found[1]) in self.shows:
            show = self.shows[int(found[1])]
            if found[2]:
                return _json(show.get("_embedded", {}).get(found[2], []))
            wanted = request.args.getlist("embed[]")
            out = {k: v for k, v in show.items() if k != "_embedded"}
            out["_embedded"] = {k: v for k, v in show.get("_embedded", {}).items() if k in wanted}
            return _json(out)
        return Response('{"name":"Not Found","message":"","code":0,"status":404}', 404, content_type="application/json")


def _json(data: Any) -> Response:
    return Response(json.dumps(data, ensure_ascii=False), 200, content_type="application/json; charset=UTF-8")


@pytest.fixture
def tvmaze(httpserver: Any) -> FakeTVmaze:
    fake = FakeTVmaze()
    httpserver.expect_request(re.compile(r"^/.*")).respond_with_handler(fake)
    return fake


@pytest.fixture
def client_for(httpserver: Any, tvmaze: FakeTVmaze) -> Iterator[Callable[..., Any]]:
    """A TVmazeClient pointed at the loopback server (loopback allowed explicitly), fast waits."""
    from nextseason.sources.tvmaze import Policy, TVmazeClient

    made: list[Any] = []

    def make(**policy: Any) -> Any:
        settings = {"backoff": 0.01, "timeout": 2.0, "max_requests": 1000, "per": 1.0, **policy}
        client = TVmazeClient(httpserver.url_for(""), policy=Policy(**settings), allow_private=True)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture(scope="session")
def tvmaze_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Django configured; a migrated SQLite template of our own (or PostgreSQL migrated)."""
    return migrated_template(tmp_path_factory, "tvmaze-data")


@pytest.fixture
def store(tvmaze_template: Path, tmp_path: Path) -> Iterator[Any]:
    from django.db import connections

    before = connections["default"].settings_dict["NAME"]
    fresh_database(tvmaze_template, tmp_path)
    from nextseason.web.store import DjangoStore

    yield DjangoStore()
    connections.close_all()
    connections["default"].settings_dict["NAME"] = before


@pytest.fixture
def cli_env(store: Any, tmp_path: Path, httpserver: Any) -> dict[str, str]:
    import os

    from django.db import connections

    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env["NEXTSEASON_DATA"] = str(tmp_path / "cli-data")
    env["NEXTSEASON_TVMAZE_URL"] = httpserver.url_for("")
    env["NEXTSEASON_ALLOW_PRIVATE_URLS"] = "1"
    if not POSTGRES:
        env["DATABASE_URL"] = "sqlite:///" + connections["default"].settings_dict["NAME"]
    return env
