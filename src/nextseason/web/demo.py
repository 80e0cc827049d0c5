"""The demo: a fresh SQLite store with the bundled samples (``nextseason demo``), and the
web app with a worker on it (``nextseason serve --demo``)."""

from __future__ import annotations

import os
import secrets
import socketserver
import tempfile
import threading
from pathlib import Path
from typing import Any

DEMO_USER = "demo"
DEMO_SCHEDULE = {"deliver_every": 10.0, "poll_every": 0.0, "sync_every": 0.0}


def demo_store(data: str | Path | None = None) -> tuple[Any, Any]:
    """A fresh SQLite database in ``data`` (default: a new temporary directory) holding the
    bundled samples, ingested in publication order; returns (store, ingest report)."""
    from nextseason.pipeline import ingest, sample_targets
    from nextseason.web import setup

    os.environ.pop("DATABASE_URL", None)  # the embedded default: SQLite, no services
    setup(data or tempfile.mkdtemp(prefix="nextseason-demo-"))
    from nextseason.web.store import DjangoStore

    store = DjangoStore()
    return store, ingest(store, sample_targets())


def demo_user() -> tuple[str, str]:
    """An editor account named ``demo`` with a newly generated password (reset if it exists)."""
    from django.contrib.auth import get_user_model

    password = secrets.token_urlsafe(12)
    user, _ = get_user_model().objects.get_or_create(username=DEMO_USER, defaults={"email": "demo@example.org"})
    user.is_staff = True  # may use the review page
    user.set_password(password)
    user.save()
    return DEMO_USER, password


def start_server(host: str, port: int) -> Any:
    """Django's development WSGI server (with static files) answering in a background thread;
    stop it with ``.shutdown()``."""
    from django.conf import settings
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.core.servers.basehttp import (
        WSGIRequestHandler,
        WSGIServer,
        get_internal_wsgi_application,
    )

    if host not in settings.ALLOWED_HOSTS:
        settings.ALLOWED_HOSTS.append(host)
    server_class = type("DemoServer", (socketserver.ThreadingMixIn, WSGIServer), {"daemon_threads": True})
    httpd = server_class((host, port), WSGIRequestHandler, ipv6=":" in host)
    httpd.set_app(StaticFilesHandler(get_internal_wsgi_application()))
    threading.Thread(target=httpd.serve_forever, name="nextseason-web", daemon=True).start()
    return httpd


def _say(line: str) -> None:
    print(line, flush=True)


def serve_demo(data: str | None, host: str, port: int, say: Any = _say) -> None:
    """Fill a demo store, print the demo account, then serve the web app (in a thread) and
    run the worker (here) until Ctrl-C or SIGTERM, which stop both."""
    from nextseason.web.worker import Schedule, run_worker

    _, report = demo_store(data)
    username, password = demo_user()
    httpd = start_server(host, port)
    shown = f"[{host}]" if ":" in host else host
    say(f"nextseason demo: {report.summary()}")
    say(f"web app: http://{shown}:{httpd.server_port}/  (a worker runs alongside; Ctrl-C stops both)")
    say(f"log in as {username} with password {password}")
    try:
        run_worker(Schedule(**DEMO_SCHEDULE))
    except SystemExit as stop:  # the worker's own Ctrl-C/SIGTERM handler ends it this way
        if stop.code not in (0, None):
            raise
    finally:
        httpd.shutdown()
        httpd.server_close()
