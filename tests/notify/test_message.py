"""What a push channel says: people's words for dates (never EDTF codes such as 2027-21),
the show and season, and for a single change the sources it rests on; sent for real to a
JSON endpoint on loopback."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from notify_helpers import make_show, make_user
from pytest_httpserver import HTTPServer

NOW = dt.datetime(2026, 11, 10, 9, 0, tzinfo=dt.UTC)
ARTICLE = "The Lantern Keepers pushed back to May"


def _record(show: Any, change: Any) -> Any:
    from nextseason.web import models as m

    return m.Event.objects.create(
        show=show,
        season=change.season,
        kind=change.kind,
        key=f"{show.id}:{change.key}",
        payload=change.payload(),
    )


def _posted(httpserver: HTTPServer, mode: str, *changes: Any) -> list[dict[str, Any]]:
    from nextseason.notify import deliver_due, fan_out, next_digest
    from nextseason.web import models as m

    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    show, user = make_show(), make_user("ana")
    m.Follow.objects.create(user=user, show=show)
    m.Channel.objects.create(
        user=user, apprise_url=f"json://127.0.0.1:{httpserver.port}/hook", mode=mode
    )
    for change in changes:
        fan_out(_record(show, change).id, NOW)
    assert deliver_due(next_digest(NOW)).sent == len(changes)
    return [json.loads(request.get_data()) for request, _ in httpserver.log]


def test_a_moved_premiere_is_told_in_words_with_its_source(
    db: dict[str, str], httpserver: HTTPServer
) -> None:
    from nextseason.domain.events import PremiereMoved, SourceRef

    source = SourceRef(ARTICLE, "https://news.example.org/lantern-keepers-may")
    moved = PremiereMoved(
        "The Lantern Keepers", 2, "2027-05-07", previous="2027-21", sources=(source,)
    )
    [post] = _posted(httpserver, "instant", moved)
    title, body = post["title"], post["message"]
    assert "The Lantern Keepers season 2" in title
    assert "7 May 2027" in title and "spring 2027" in title  # the new day and the window it leaves
    assert "2027-05-07" not in title + body and "2027-21" not in title + body
    assert body.startswith(title) and ARTICLE in body


def test_a_digest_words_each_change(db: dict[str, str], httpserver: HTTPServer) -> None:
    from nextseason.domain.events import PremiereAnnounced, Renewed

    renewed = Renewed("The Lantern Keepers", 3, date="2026-11-02")
    dated = PremiereAnnounced("The Lantern Keepers", 2, "2027-40")
    [post] = _posted(httpserver, "digest", renewed, dated)
    lines = post["message"].splitlines()
    assert post["title"] == "nextseason: 2 changes" and len(lines) == 2
    assert any("season 3" in line and "2 November 2026" in line for line in lines)
    assert any("season 2" in line and "first half of 2027" in line for line in lines)
    assert "2027-40" not in post["message"]


def test_a_change_of_a_kind_this_version_does_not_know_keeps_its_stored_words(
    db: dict[str, str],
) -> None:
    from nextseason.notify.deliver import message
    from nextseason.web import models as m

    row = m.Delivery(
        event=m.Event(kind="gone", payload={"kind": "gone", "summary": "Something new happened"})
    )
    assert message([row]) == ("Something new happened", "Something new happened")
