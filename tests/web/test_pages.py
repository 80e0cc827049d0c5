"""The web UI with Django's test client, on a fresh SQLite file per test or on PostgreSQL
(DATABASE_URL): pages render, forms need CSRF, article text is inert, log-in is rate-limited,
following needs an account and review needs an editor."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

POSTGRES = bool(os.environ.get("DATABASE_URL"))
TABLES_SQL = (
    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
    "AND (tablename LIKE 'nextseason_%' OR tablename IN ('auth_user', 'django_session'))"
)
PASSWORD = "a long enough passphrase 42"


@pytest.fixture(scope="session")
def web_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("web-data")
    from nextseason.web import migrate_schema, setup

    setup(data, migrate=False)
    from django.db import connections
    from django.test.utils import setup_test_environment

    template = data / "template.sqlite3"
    if not POSTGRES:
        _use_sqlite(template)
    migrate_schema()
    connections.close_all()
    with contextlib.suppress(RuntimeError):  # already set up in this process
        setup_test_environment()  # the test client's host, the locmem mail outbox
    return template


def _use_sqlite(path: Path) -> None:
    from django.db import connections

    conn = connections["default"]
    conn.close()
    conn.settings_dict["NAME"] = str(path)


@pytest.fixture
def site(web_template: Path, tmp_path: Path) -> Iterator[None]:
    """An empty database (a copy of the migrated template, or PostgreSQL emptied), empty cache."""
    from django.core.cache import cache
    from django.db import connection, connections

    if POSTGRES:
        with connection.cursor() as cursor:
            cursor.execute(TABLES_SQL)
            tables = ", ".join(f'"{row[0]}"' for row in cursor.fetchall())
            cursor.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
    else:
        db = tmp_path / "web.sqlite3"
        shutil.copyfile(web_template, db)
        _use_sqlite(db)
    cache.clear()
    yield
    connections.close_all()


@pytest.fixture
def samples(site: None) -> int:
    """The bundled sample articles stored and reconciled; the show's id."""
    from nextseason.pipeline import ingest, sample_targets
    from nextseason.web.store import DjangoStore

    return ingest(DjangoStore(), sample_targets()).show_ids[0]


def _user(name: str = "fan", *, staff: bool = False):  # type: ignore[no-untyped-def]
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user(name, f"{name}@example.org", PASSWORD, is_staff=staff)


def _client(user=None, *, csrf: bool = False):  # type: ignore[no-untyped-def]
    from django.test import Client

    client = Client(enforce_csrf_checks=csrf)
    if user is not None:
        client.force_login(user)
    return client


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_pages_render(samples: int) -> None:
    from nextseason.web import models as m

    client = _client()
    person = m.Person.objects.order_by("id").first()
    assert person is not None
    for url in ["/", "/?q=lantern", f"/shows/{samples}/", f"/shows/{samples}/?season=all",
                f"/people/{person.id}/", "/calendar/", "/calendar/?month=2025-02",
                "/calendar/?view=list&year=2025", "/accounts/login/", "/accounts/signup/",
                "/accounts/password-reset/"]:
        assert client.get(url).status_code == 200, url
    home = _text(client.get("/?q=lantern").content.decode())
    assert "Lantern Harbor" in home
    dossier = client.get(f"/shows/{samples}/?season=2").content.decode()
    assert 'href="#source-1"' in dossier and 'id="source-1"' in dossier  # footnote links
    assert "7 February 2025" in _text(dossier)
    assert person.name in client.get(f"/people/{person.id}/").content.decode()


def test_calendar_day_and_window(samples: int) -> None:
    from nextseason.web import models as m

    show = m.Show.objects.get(id=samples)
    m.Fact.objects.create(show=show, season=3, kind="premiere", value="2026-40", stance="speculated", status="current")
    client = _client()
    month = client.get("/calendar/?month=2025-02").content.decode()
    assert "Lantern Harbor season 2 premiere" in _text(month)  # on its day
    march = _text(client.get("/calendar/?month=2026-03").content.decode())
    assert "first half of 2026" in march and "January 2026 – June 2026" in march  # a span
    year = client.get("/calendar/?view=list&year=2026").content.decode()
    assert "grid-column: 2 / 8" in year  # January to June, never one day
    assert "2026-01-01" not in year


def test_script_in_article_text_is_inert(samples: int) -> None:
    from nextseason.web import models as m

    show = m.Show.objects.get(id=samples)
    doc = m.Document.objects.create(
        key="https://example.org/evil", url="javascript:alert(1)", title="<script>alert('title')</script>",
        content_hash="evil", fetched_at=dt.datetime(2024, 10, 1, tzinfo=dt.UTC), published="2024-10",
        published_lower=dt.date(2024, 10, 1), published_upper=dt.date(2024, 10, 31),
    )
    m.Passage.objects.create(document=doc, ordinal=0, show=show, show_name=show.title, season=2,
                             kind="spoiler", heading="<img src=x onerror=alert(1)>",
                             text="<script>alert('plot')</script> The keeper returns.")
    html = _client().get(f"/shows/{samples}/?season=2").content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#x27;plot&#x27;)&lt;/script&gt;" in html
    assert 'href="javascript:' not in html
    folded = html.split("<details class=\"spoiler\">", 1)
    assert len(folded) == 2 and "The keeper returns." in folded[1].split("</details>", 1)[0]


def test_watched_unfolds_spoilers(samples: int) -> None:
    from nextseason.web import models as m

    show = m.Show.objects.get(id=samples)
    doc = m.Document.objects.order_by("id").first()
    m.Passage.objects.create(document=doc, ordinal=99, show=show, show_name=show.title, season=1,
                             kind="spoiler", heading="", text="Agnes finds the ledger.")
    user = _user()
    client = _client(user)
    assert "<details class=\"spoiler\">" in client.get(f"/shows/{samples}/?season=1").content.decode()
    assert client.post(f"/shows/{samples}/watched", {"watched_up_to": "1"}).status_code == 302
    assert m.Follow.objects.get(user=user, show=show).watched_up_to == 1
    html = client.get(f"/shows/{samples}/?season=1").content.decode()
    assert "Agnes finds the ledger." in html and "<details class=\"spoiler\">" not in html


def test_follow_requires_login_and_csrf(samples: int) -> None:
    from nextseason.web import models as m

    anonymous = _client().post(f"/shows/{samples}/follow")
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]
    assert not m.Follow.objects.exists()
    user = _user()
    strict = _client(user, csrf=True)
    assert strict.post(f"/shows/{samples}/follow").status_code == 403  # no CSRF token
    page = strict.get(f"/shows/{samples}/")
    token = page.cookies["csrftoken"].value
    assert strict.post(f"/shows/{samples}/follow", {"csrfmiddlewaretoken": token}).status_code == 302
    assert m.Follow.objects.filter(user=user, show_id=samples).exists()
    assert "Unfollow" in strict.get(f"/shows/{samples}/").content.decode()
    strict.post(f"/shows/{samples}/unfollow", {"csrfmiddlewaretoken": token})
    assert not m.Follow.objects.exists()
    assert _client().get(f"/shows/{samples}/follow").status_code in (302, 405)


def test_signup_login_logout_and_csrf(site: None) -> None:
    strict = _client(csrf=True)
    data = {"username": "newfan", "email": "new@example.org", "password1": PASSWORD, "password2": PASSWORD}
    assert strict.post("/accounts/signup/", data).status_code == 403
    token = strict.get("/accounts/signup/").cookies["csrftoken"].value
    assert strict.post("/accounts/signup/", {**data, "csrfmiddlewaretoken": token}).status_code == 302
    assert "newfan" in strict.get("/").content.decode()
    client = _client()
    client.post("/accounts/login/", {"username": "newfan", "password": PASSWORD})
    assert client.get("/accounts/").status_code == 200
    client.post("/accounts/logout/")
    assert client.get("/accounts/").status_code == 302


def test_login_rate_limit(site: None) -> None:
    from django.conf import settings

    _user("target")
    client = _client()
    for _ in range(settings.NEXTSEASON_LOGIN_MAX_FAILURES):
        response = client.post("/accounts/login/", {"username": "target", "password": "wrong"})
        assert response.status_code == 200 and "Too many" not in response.content.decode()
    locked = client.post("/accounts/login/", {"username": "target", "password": PASSWORD})
    assert "Too many failed attempts" in locked.content.decode()
    assert "_auth_user_id" not in client.session
    admin = client.post("/admin/login/", {"username": "target", "password": PASSWORD})
    assert "Too many failed attempts" in admin.content.decode()  # one counter for both forms
    other = _client()  # another user name from the same address is not locked out
    _user("other")
    assert other.post("/accounts/login/", {"username": "other", "password": PASSWORD}).status_code == 302


def test_password_reset_sends_mail(site: None) -> None:
    from django.core import mail

    _user("forgetful")
    response = _client().post("/accounts/password-reset/", {"email": "forgetful@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/accounts/reset/\S+)", mail.outbox[0].body)
    assert link is not None
    client = _client()
    form = client.get(link[1], follow=True)
    assert form.status_code == 200 and "new password" in form.content.decode().lower()


def test_review_requires_staff_and_decides(samples: int) -> None:
    from nextseason.web import models as m

    assert _client().get("/review/").status_code == 302
    assert _client(_user()).get("/review/").status_code == 403
    editor = _client(_user("editor", staff=True))
    a = m.Person.objects.create(name="Mira Castelanos", key="mira castelanos")
    m.PersonAlias.objects.create(person=a, name=a.name, key=a.key)
    b = m.Person.objects.get(name="Mira Castellanos")
    suggestion = m.Suggestion.objects.create(entity="person", name=a.name, entity_id_a=a.id, entity_id_b=b.id,
                                             candidate=b.name, reason="similar spelling", score=88)
    page = editor.get("/review/").content.decode()
    assert "Mira Castelanos" in page and "similar spelling" in page
    assert _client(_user("fan2")).post("/review/suggestion", {"suggestion": suggestion.id, "decision": "accept"}).status_code == 403
    assert editor.post("/review/suggestion", {"suggestion": suggestion.id, "decision": "accept"}).status_code == 302
    assert not m.Person.objects.filter(id=a.id).exists()
    merge = m.Merge.objects.get(name="Mira Castelanos")
    assert merge.target_id == b.id and "accepted by editor" in merge.reason
    assert editor.post("/review/undo", {"merge": merge.id}).status_code == 302
    assert m.Merge.objects.get(id=merge.id).undone_at is not None


def test_follow_a_person(samples: int) -> None:
    from nextseason.web import models as m

    person = m.Person.objects.get(name="Mira Castellanos")
    assert _client().post(f"/people/{person.id}/follow").status_code == 302
    assert not m.Follow.objects.exists()
    user = _user()
    client = _client(user)
    assert client.post(f"/people/{person.id}/follow").status_code == 302
    assert m.Follow.objects.filter(user=user, person=person).exists()
    assert "Mira Castellanos" in client.get("/accounts/").content.decode()
    client.post(f"/people/{person.id}/unfollow")
    assert not m.Follow.objects.exists()


def _add_conflict(show_id: int) -> None:
    """A second article dating season 2's renewal differently: a conflict no rule settles."""
    from nextseason.pipeline.reconcile import fact_rows, picture_of
    from nextseason.web import models as m
    from nextseason.web.store import DjangoStore

    show = m.Show.objects.get(id=show_id)
    doc = m.Document.objects.create(
        key="https://example.org/other", url="https://example.org/other", title="Another report",
        content_hash="other", fetched_at=dt.datetime(2024, 4, 1, tzinfo=dt.UTC), published="2024-04",
        published_lower=dt.date(2024, 4, 1), published_upper=dt.date(2024, 4, 30),
    )
    m.Claim.objects.create(document=doc, ordinal=0, show=show, show_name=show.title, season=2,
                           kind="renewed", value="2023-12-02", stance="asserted", evidence="Renewed on December 2, 2023.")
    store = DjangoStore()
    store.save_facts(show_id, fact_rows(picture_of(store, show_id)))


def test_conflict_marked_and_resolved_by_an_editor(samples: int) -> None:
    from nextseason.web import models as m

    _add_conflict(samples)
    dossier = _client().get(f"/shows/{samples}/?season=2").content.decode()
    assert "Conflicting reports" in dossier and "2 December 2023" in dossier and "14 November 2023" in dossier
    assert "conflict" in _text(_client().get("/").content.decode())  # recently changed
    editor = _client(_user("editor", staff=True), csrf=True)
    page = editor.get("/review/")
    assert "2 December 2023" in page.content.decode()
    form = {"show": samples, "season": 2, "kind": "renewed", "side": 1}
    assert editor.post("/review/conflict", form).status_code == 403  # no CSRF token
    token = page.cookies["csrftoken"].value
    assert editor.post("/review/conflict", {**form, "csrfmiddlewaretoken": token}).status_code == 302
    choice = m.ConflictChoice.objects.get()
    assert choice.kind == "renewed" and choice.season == 2 and choice.chosen_by is not None
    assert "chosen by an editor" in _client().get(f"/shows/{samples}/?season=2").content.decode()


def test_serve_command_serves_pages_and_css(tmp_path: Path) -> None:
    """`nextseason serve` on the embedded default: a real server on loopback."""
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env["NEXTSEASON_DATA"] = str(tmp_path / "serve-data")
    command = [sys.executable, "-m", "nextseason.cli", "serve", "--port", str(port)]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base, deadline = f"http://127.0.0.1:{port}", time.monotonic() + 30
        while True:
            try:
                home = httpx.get(base + "/", timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        assert home.status_code == 200 and "When is the next season coming?" in home.text
        css = httpx.get(base + "/static/nextseason/nextseason.css", timeout=5)
        assert css.status_code == 200 and "focus-visible" in css.text
    finally:
        server.terminate()
        server.wait(timeout=10)
