"""Channel URLs at rest: the stored row holds no password or token in clear (read with
SQL), delivery decrypts and still reaches a real server, pages and the admin show the URL
masked, the key file is made once and shared, a lost key fails delivery with a clear error,
and the data migration seals rows stored before it (and completes older conflict choices)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from notify_helpers import make_event, make_show, make_user
from pytest_httpserver import HTTPServer

NOW = dt.datetime(2025, 1, 6, 10, 0, tzinfo=dt.UTC)
SECRET = "Zq8tokenDoNotLeak"


def raw_row(channel_id: int) -> str:
    """Every column of the channel's row as the database holds it, joined."""
    from django.db import connection

    from nextseason.web import models as m

    table = connection.ops.quote_name(m.Channel._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {table} WHERE id = %s", [channel_id])
        row = cursor.fetchone()
    assert row is not None
    return " ".join(str(v) for v in row)


def test_the_stored_row_holds_no_secret_and_delivery_still_works(
    db: dict[str, str], httpserver: HTTPServer
) -> None:
    from nextseason.notify import deliver_due, fan_out
    from nextseason.web import models as m

    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    user, show = make_user("ana"), make_show()
    m.Follow.objects.create(user=user, show=show)
    url = f"json://hookuser:{SECRET}@127.0.0.1:{httpserver.port}/hook?+X-Token={SECRET}x"
    channel = m.Channel.objects.create(user=user, apprise_url=url)
    stored = raw_row(channel.id)
    assert SECRET not in stored and "hookuser" not in stored
    assert "json://…@127.0.0.1" in stored  # the masked form is kept beside the sealed one

    fan_out(make_event(show).id, NOW)
    assert deliver_due(NOW).sent == 1
    request = httpserver.log[0][0]
    assert request.headers.get("X-Token") == SECRET + "x"  # the URL was opened to deliver
    assert request.authorization is not None and request.authorization.password == SECRET
    assert json.loads(request.get_data())["title"] == "The Lantern Keepers renewed for season 2"
    fresh = m.Channel.objects.get(id=channel.id)
    assert fresh.open_url() == url
    with pytest.raises(AttributeError):
        _ = fresh.apprise_url  # write-only: only delivery opens it


def test_masks_hide_passwords_and_tokens_in_the_host(db: dict[str, str]) -> None:
    from nextseason.web import models as m

    mail = m.Channel(apprise_url=f"mailtos://alice:{SECRET}@mail.example.org?to=a@example.org")
    assert mail.masked == "mailtos://…@mail.example.org"
    bot = "123456789:AAH" + SECRET
    telegram = m.Channel(apprise_url=f"tgram://{bot}/987654")
    assert telegram.masked.startswith("tgram://…") and SECRET not in telegram.masked
    assert "123456789" not in telegram.masked  # Apprise's privacy form shortens it
    for channel in (mail, telegram):
        assert SECRET not in str(channel) and SECRET not in channel.sealed_url


def test_a_lost_key_fails_delivery_with_a_clear_error(
    db: dict[str, str], httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cryptography.fernet import Fernet

    from nextseason.notify import deliver_due, fan_out
    from nextseason.web import models as m

    user, show = make_user("ana"), make_show()
    m.Follow.objects.create(user=user, show=show)
    channel = m.Channel.objects.create(
        user=user, apprise_url=f"json://127.0.0.1:{httpserver.port}/hook?:t={SECRET}"
    )
    fan_out(make_event(show).id, NOW)
    monkeypatch.setenv("NEXTSEASON_CHANNEL_KEY", Fernet.generate_key().decode())  # another key
    report = deliver_due(NOW)
    assert report.sent == 0 and report.failed == 1 and not httpserver.log
    row = m.Delivery.objects.get(channel=channel)
    assert (
        row.status == "pending"
        and "cannot be decrypted" in row.last_error
        and SECRET not in row.last_error
    )
    monkeypatch.delenv("NEXTSEASON_CHANNEL_KEY")
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    assert deliver_due(row.next_attempt_at).sent == 1  # the right key opens it again


def test_rotation_new_key_first_old_rows_still_open(tmp_path: Path) -> None:
    from cryptography.fernet import Fernet

    from nextseason.web.sealing import seal, unseal

    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    sealed = seal("ntfys://user:pw@ntfy.example.org/topic", [old])
    assert unseal(sealed, [new, old]) == "ntfys://user:pw@ntfy.example.org/topic"
    assert unseal(seal("x", [new, old]), [new]) == "x"


KEY_CALL = (
    "import sys; from pathlib import Path; from nextseason.web.sealing import channel_keys; "
    "print(channel_keys({}, Path(sys.argv[1]))[0])"
)


def test_processes_starting_together_share_one_key_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", KEY_CALL, str(data)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(6)
    ]
    outputs = [p.communicate(timeout=60) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err for _, err in outputs]
    keys = {out.strip() for out, _ in outputs}
    assert len(keys) == 1
    path = data / "channel_key"
    assert path.read_text(encoding="ascii").strip() in keys
    assert [p.name for p in data.iterdir()] == ["channel_key"]  # no temporary file left
    assert path.stat().st_mode & 0o777 == 0o600


def test_the_admin_shows_channels_and_tokens_masked(db: dict[str, str]) -> None:
    from django.contrib.auth import get_user_model
    from django.test import Client

    from nextseason.web import models as m
    from nextseason.web.models_api import ApiToken

    owner = make_user("ana")
    channel = m.Channel.objects.create(
        user=owner, label="Mail", apprise_url=f"mailtos://ana:{SECRET}@mail.example.org"
    )
    feed, feed_secret = m.FeedToken.issue(owner, m.FeedToken.ATOM)
    api, api_secret = ApiToken.issue(owner, "script")
    m.NewsFeed.objects.create(url=f"https://reader:{SECRET}@news.example.org/feed.xml")
    staff = get_user_model().objects.create_superuser(
        "boss", "boss@example.org", "a long test password"
    )
    client = Client(HTTP_HOST="localhost")
    client.force_login(staff)
    secrets = [SECRET, feed_secret, feed.token_hash, api_secret, api.hashed]
    pages = [
        "/admin/nextseason/channel/", f"/admin/nextseason/channel/{channel.id}/change/",
        "/admin/nextseason/feedtoken/", f"/admin/nextseason/feedtoken/{feed.id}/change/",
        "/admin/nextseason/apitoken/", f"/admin/nextseason/apitoken/{api.id}/change/",
        "/admin/nextseason/newsfeed/", "/admin/nextseason/follow/", "/admin/nextseason/event/",
        "/admin/nextseason/delivery/", "/admin/nextseason/conflictchoice/",
        "/admin/nextseason/channel/?q=mail", "/admin/nextseason/event/?kind=renewed",
    ]  # fmt: skip
    for url in pages:
        page = client.get(url)
        assert page.status_code == 200, url
        text = page.content.decode()
        assert not [s for s in secrets if s in text], url
    assert (
        "mailtos://…@mail.example.org" in client.get("/admin/nextseason/channel/").content.decode()
    )
    assert (
        "reader:***@news.example.org" in client.get("/admin/nextseason/newsfeed/").content.decode()
    )
    assert f"{api.prefix}…" in client.get("/admin/nextseason/apitoken/").content.decode()
    assert (
        client.get("/admin/nextseason/channel/add/").status_code == 403
    )  # added by users, checked


MIGRATE = """
import datetime as dt, json, sys
from pathlib import Path
from nextseason.web import setup
setup(Path(sys.argv[1]), migrate=False)
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader
call_command("migrate", verbosity=0)
call_command("migrate", "nextseason", "0007", verbosity=0)
loader = MigrationLoader(connection)
old = loader.project_state(("nextseason", loader.get_migration_by_prefix("nextseason", "0007").name)).apps
user = old.get_model("auth", "User").objects.create(username="ana")
old.get_model("nextseason", "Channel").objects.create(user_id=user.id, apprise_url=sys.argv[2])
show = old.get_model("nextseason", "Show").objects.create(title="The Lantern Keepers")
Document, Claim = old.get_model("nextseason", "Document"), old.get_model("nextseason", "Claim")
for n, (day, value, stance) in enumerate([("2024-01-10", "2023-11-14", "asserted"), ("2024-02-12", None, "denied")]):
    doc = Document.objects.create(key=f"k{n}", content_hash=f"h{n}", published=day,
                                  fetched_at=dt.datetime.fromisoformat(day + "T12:00:00+00:00"))
    Claim.objects.create(document=doc, ordinal=0, show=show, show_name=show.title, season=2,
                         kind="renewed", value=value, stance=stance)
old.get_model("nextseason", "ConflictChoice").objects.create(show=show, season=2, kind="renewed", value=None)
call_command("migrate", "nextseason", "0008", verbosity=0)
with connection.cursor() as c:
    c.execute("SELECT * FROM nextseason_channel")
    print(" ".join(str(v) for v in c.fetchone()))
from nextseason.web import models as m
print(m.Channel.objects.get().open_url())
choice = m.ConflictChoice.objects.get()
print(json.dumps([choice.side_kind, choice.stance, choice.seen]))
call_command("migrate", "nextseason", "0007", verbosity=0)
with connection.cursor() as c:
    c.execute("SELECT apprise_url FROM nextseason_channel")
    print(c.fetchone()[0])
"""


def test_the_migration_seals_rows_stored_before_it(tmp_path: Path) -> None:
    """On a SQLite file of its own (migrating back and forth must not touch the shared
    test database)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DJANGO_SETTINGS_MODULE", "NEXTSEASON_CHANNEL_KEY")
    }
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    url = f"mailtos://ana:{SECRET}@mail.example.org?to=ana@example.org"
    done = subprocess.run(
        [sys.executable, "-c", MIGRATE, str(tmp_path / "data"), url],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    sealed_row, opened, choice, back = done.stdout.strip().splitlines()
    assert SECRET not in sealed_row and "mailtos://…@mail.example.org" in sealed_row
    assert opened == url and back == url  # and migrating back opens them again
    # An older choice kept only the value: its side and the sides seen come from the claims.
    side_kind, stance, seen = json.loads(choice)
    assert (side_kind, stance) == ("renewed", "denied")
    assert sorted(map(tuple, seen), key=str) == [
        ("renewed", "2023-11-14", "asserted"),
        ("renewed", None, "denied"),
    ]
