"""Per-user Atom and iCalendar feeds at secret-token URLs, through Django's test client."""

from __future__ import annotations

import feedparser
from django.test import Client
from notify_helpers import make_event, make_show, make_user

HOST = "localhost"


def _setup() -> tuple[object, object, str, str]:
    from nextseason.notify import fan_out
    from nextseason.web import models as m

    ana, ben = make_user("ana"), make_user("ben")
    mine, theirs = make_show("Ana's Show"), make_show("Ben's Show")
    m.Follow.objects.create(user=ana, show=mine)
    m.Follow.objects.create(user=ben, show=theirs)
    fan_out(make_event(mine, 2).id)
    fan_out(make_event(theirs, 5).id)
    _, ana_token = m.FeedToken.issue(ana, "atom")
    _, ben_token = m.FeedToken.issue(ben, "atom")
    return ana, ben, ana_token, ben_token


def test_tokens_are_long_random_and_stored_hashed(db: dict[str, str]) -> None:
    from nextseason.web import models as m

    row, secret = m.FeedToken.issue(make_user("ana"), "ical")
    assert len(secret) >= 43  # 32 random bytes, URL-safe base64: 256 bits
    assert secret not in row.token_hash and len(row.token_hash) == 64
    assert m.FeedToken.active(secret, "ical") == row
    assert m.FeedToken.active(secret, "atom") is None  # the kind is part of the address


def test_each_user_reads_only_their_own_feed(db: dict[str, str]) -> None:
    _, _, ana_token, ben_token = _setup()
    client = Client(HTTP_HOST=HOST)
    ana = feedparser.parse(client.get(f"/feeds/{ana_token}.atom").content)
    ben = feedparser.parse(client.get(f"/feeds/{ben_token}.atom").content)
    assert [e.title for e in ana.entries] == ["Ana's Show renewed for season 2"]
    assert [e.title for e in ben.entries] == ["Ben's Show renewed for season 5"]
    assert client.get(f"/feeds/{ana_token[:-1]}x.atom").status_code == 404  # a guessed token
    assert client.get(f"/feeds/{ana_token}.ics").status_code == 404  # an Atom token is not a calendar's


def test_a_revoked_token_returns_404(db: dict[str, str]) -> None:
    from nextseason.web import models as m

    _, _, ana_token, _ = _setup()
    client = Client(HTTP_HOST=HOST)
    assert client.get(f"/feeds/{ana_token}.atom").status_code == 200
    m.FeedToken.active(ana_token, "atom").revoke()
    assert client.get(f"/feeds/{ana_token}.atom").status_code == 404


def test_premieres_only_atom_and_the_ical_feed(db: dict[str, str]) -> None:
    from nextseason.notify import fan_out
    from nextseason.web import models as m

    ana = make_user("ana")
    show = make_show()
    m.Follow.objects.create(user=ana, show=show)
    for event in (make_event(show, 2), make_event(show, 3, kind="premiere")):
        fan_out(event.id)
    m.PictureState.objects.create(
        show=show, summary={"marks": [{"t": "premiere", "season": 3, "part": None, "value": "2025-03-14"}]}
    )
    _, atom = m.FeedToken.issue(ana, "atom", premieres_only=True)
    _, ical = m.FeedToken.issue(ana, "ical")
    client = Client(HTTP_HOST=HOST)
    entries = feedparser.parse(client.get(f"/feeds/{atom}.atom").content).entries
    assert len(entries) == 1 and "season 3 premieres" in entries[0].title  # the renewal left out
    body = client.get(f"/feeds/{ical}.ics").content.decode()
    assert "DTSTART;VALUE=DATE:20250314" in body and "@localhost" in body and "SEQUENCE:0" in body
