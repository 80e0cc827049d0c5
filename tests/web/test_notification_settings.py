"""The notification settings page with Django's test client, on a fresh SQLite file or on
PostgreSQL (DATABASE_URL): feed tokens made and revoked, channels validated and masked,
failed deliveries shown, each user seeing only their own, CSRF on every form."""

from __future__ import annotations

import datetime as dt
import re

from test_pages import _client, _text, _user, site, web_template  # noqa: F401 (fixtures)

PAGE = "/accounts/notifications/"
PUBLIC_HOOK = "json://93.184.215.14/hook?secret=abcdef"  # a public IP literal: no DNS, no traffic


def _new_token(client, kind: str = "ical", premieres_only: bool = True) -> str:  # type: ignore[no-untyped-def]
    data = {"kind": kind, **({"premieres_only": "on"} if premieres_only else {})}
    page = client.post(PAGE + "tokens/new", data)
    assert page.status_code == 200
    found = re.search(r'value="(http://[^"]+/feeds/[^"]+)"', page.content.decode())
    assert found, "the new feed address is shown"
    return found.group(1)


def test_create_and_revoke_feed_token(site: None) -> None:  # noqa: F811
    from nextseason.web import models as m

    user = _user()
    client = _client(user)
    assert client.get(PAGE).status_code == 200
    url = _new_token(client)
    path = url.split("testserver", 1)[1]
    assert path.endswith(".ics")
    secret = path.removeprefix("/feeds/").removesuffix(".ics")
    assert len(secret) >= 22  # >= 128 bits, URL-safe
    row = m.FeedToken.objects.get(user=user)
    assert row.kind == "ical" and row.premieres_only
    assert secret not in client.get(PAGE).content.decode()  # shown once only
    feed = client.get(path)
    assert feed.status_code == 200 and feed["Content-Type"].startswith("text/calendar")
    assert client.post(PAGE + f"tokens/{row.id}/revoke").status_code == 302
    assert client.get(path).status_code == 404
    assert "revoked" in _text(client.get(PAGE).content.decode())
    atom = _new_token(client, "atom", premieres_only=False).split("testserver", 1)[1]
    assert atom.endswith(".atom") and client.get(atom).status_code == 200


def test_add_and_remove_channel(site: None) -> None:  # noqa: F811
    from nextseason.web import models as m

    user = _user()
    client = _client(user)
    refused = client.post(PAGE + "channels/new", {"apprise_url": "json://127.0.0.1:8080/hook", "mode": "instant"})
    assert refused.status_code == 400 and "channel refused" in _text(refused.content.decode())
    bad = client.post(PAGE + "channels/new", {"apprise_url": "not a url", "mode": "instant"})
    assert bad.status_code == 400 and "not an Apprise URL" in bad.content.decode()
    assert not m.Channel.objects.exists()
    added = client.post(PAGE + "channels/new", {"label": "Hook", "apprise_url": PUBLIC_HOOK, "mode": "digest"})
    assert added.status_code == 302
    channel = m.Channel.objects.get(user=user)
    assert channel.mode == "digest" and channel.open_url() == PUBLIC_HOOK
    page = client.get(PAGE).content.decode()
    assert "json://…@93.184.215.14" in page and "abcdef" not in page and "daily digest" in page
    assert client.post(PAGE + f"channels/{channel.id}/remove").status_code == 302
    assert not m.Channel.objects.exists()


def test_failed_deliveries_are_shown(site: None) -> None:  # noqa: F811
    from nextseason.web import models as m

    user = _user()
    show = m.Show.objects.create(title="The Lantern Keepers")
    event = m.Event.objects.create(show=show, season=2, kind="renewed", key=f"{show.id}:renewed:2", payload={})
    channel = m.Channel.objects.create(user=user, apprise_url=PUBLIC_HOOK)
    retry = dt.datetime(2030, 5, 6, 7, 8, tzinfo=dt.UTC)
    m.Delivery.objects.create(
        event=event, user=user, channel=channel, attempts=2, next_attempt_at=retry, last_error="HTTP 503 from the hook"
    )
    page = _text(_client(user).get(PAGE).content.decode())
    assert "The Lantern Keepers season 2: renewed" in page
    assert "HTTP 503 from the hook" in page and "6 May 2030, 07:08 UTC" in page
    assert "HTTP 503" not in _text(_client(_user("other")).get(PAGE).content.decode())


def test_other_users_cannot_see_or_revoke(site: None) -> None:  # noqa: F811
    from nextseason.web import models as m

    owner, other = _user("owner"), _user("other")
    mine = _client(owner)
    path = _new_token(mine, "atom", premieres_only=False).split("testserver", 1)[1]
    mine.post(PAGE + "channels/new", {"label": "Owner hook", "apprise_url": PUBLIC_HOOK, "mode": "instant"})
    token, channel = m.FeedToken.objects.get(user=owner), m.Channel.objects.get(user=owner)
    theirs = _client(other)
    page = _text(theirs.get(PAGE).content.decode())
    assert "Owner hook" not in page and "93.184.215.14" not in page and "Atom" in page  # the form only
    assert "no feed address yet" in page
    assert theirs.post(PAGE + f"tokens/{token.id}/revoke").status_code == 404
    assert theirs.post(PAGE + f"channels/{channel.id}/remove").status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None and m.Channel.objects.filter(id=channel.id).exists()
    assert mine.get(path).status_code == 200
    anonymous = _client()
    assert anonymous.get(PAGE).status_code == 302  # to the log-in page
    assert anonymous.post(PAGE + f"tokens/{token.id}/revoke").status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is None


def test_forms_need_csrf(site: None) -> None:  # noqa: F811
    from nextseason.web import models as m

    user = _user()
    strict = _client(user, csrf=True)
    assert strict.post(PAGE + "tokens/new", {"kind": "atom"}).status_code == 403
    assert strict.post(PAGE + "channels/new", {"apprise_url": PUBLIC_HOOK, "mode": "instant"}).status_code == 403
    assert not m.FeedToken.objects.exists() and not m.Channel.objects.exists()
    token = strict.get(PAGE).cookies["csrftoken"].value
    made = strict.post(PAGE + "tokens/new", {"kind": "atom", "csrfmiddlewaretoken": token})
    assert made.status_code == 200
    row = m.FeedToken.objects.get(user=user)
    assert strict.post(PAGE + f"tokens/{row.id}/revoke").status_code == 403
    row.refresh_from_db()
    assert row.revoked_at is None
    assert strict.post(PAGE + f"tokens/{row.id}/revoke", {"csrfmiddlewaretoken": token}).status_code == 302
    assert strict.get("/account/notifications/").status_code == 301  # the short address redirects
