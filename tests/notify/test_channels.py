"""Delivery through real Apprise channels to real servers on loopback: e-mail to an
aiosmtpd SMTP server, JSON to a pytest-httpserver; failures retry with backoff."""

from __future__ import annotations

import datetime as dt
import json
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from notify_helpers import make_event, make_show, make_user
from pytest_httpserver import HTTPServer

NOW = dt.datetime(2025, 1, 10, 12, 0, tzinfo=dt.UTC)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[tuple[int, list[Any]]]:
    from aiosmtpd.controller import Controller

    received: list[Any] = []

    class Keep:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            received.append(envelope)
            return "250 OK"

    port = _free_port()
    controller = Controller(Keep(), hostname="127.0.0.1", port=port)
    controller.start()
    yield port, received
    controller.stop()


def _follow_with_channel(url: str, mode: str = "instant") -> tuple[Any, Any]:
    from nextseason.web import models as m

    show, user = make_show(), make_user("ana")
    m.Follow.objects.create(user=user, show=show)
    channel = m.Channel.objects.create(user=user, apprise_url=url, mode=mode)
    return show, channel


def test_email_reaches_a_real_smtp_server(db: dict[str, str], smtp: tuple[int, list[Any]]) -> None:
    from nextseason.notify import deliver_due, fan_out
    from nextseason.web import models as m

    port, received = smtp
    show, _ = _follow_with_channel(f"mailto://127.0.0.1:{port}?from=alerts@example.org&to=ana@example.org&mode=insecure")
    fan_out(make_event(show).id, NOW)
    report = deliver_due(NOW)
    assert report.sent == 1 and report.failed == 0
    assert len(received) == 1 and received[0].rcpt_tos == ["ana@example.org"]
    assert b"The Lantern Keepers renewed for season 2" in received[0].content
    row = m.Delivery.objects.get(channel__isnull=False)
    assert row.status == "sent" and row.delivered_at == NOW and row.attempts == 0
    assert deliver_due(NOW).sent == 0  # nothing is sent twice


def test_json_post_reaches_a_real_http_server(db: dict[str, str], httpserver: HTTPServer) -> None:
    from nextseason.notify import deliver_due, fan_out

    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    show, _ = _follow_with_channel(f"json://127.0.0.1:{httpserver.port}/hook")
    first, second = make_event(show, 2), make_event(show, 3, kind="premiere")
    for event in (first, second):
        fan_out(event.id, NOW)
    assert deliver_due(NOW).sent == 2
    bodies = [json.loads(request.get_data()) for request, _ in httpserver.log]
    assert [b["title"] for b in bodies] == [  # in event order
        "The Lantern Keepers renewed for season 2",
        "The Lantern Keepers season 3 premieres 14 March 2025",  # dates in words
    ]


def test_digest_sends_one_message_at_the_digest_hour(db: dict[str, str], httpserver: HTTPServer) -> None:
    from nextseason.notify import deliver_due, fan_out, next_digest

    httpserver.expect_request("/digest", method="POST").respond_with_data("ok")
    show, _ = _follow_with_channel(f"json://127.0.0.1:{httpserver.port}/digest", mode="digest")
    for season in (2, 3, 4):
        fan_out(make_event(show, season).id, NOW)
    assert deliver_due(NOW).sent == 0  # not yet: the digest hour has not come
    assert deliver_due(next_digest(NOW)).sent == 3
    assert len(httpserver.log) == 1
    body = json.loads(httpserver.log[0][0].get_data())
    assert body["title"] == "nextseason: 3 changes" and "season 4" in body["message"]


def test_failing_channel_retries_with_backoff_and_keeps_order(db: dict[str, str], httpserver: HTTPServer) -> None:
    from django.conf import settings

    from nextseason.notify import deliver_due, fan_out
    from nextseason.web import models as m

    httpserver.expect_request("/down", method="POST").respond_with_data("broken", status=500)
    show, channel = _follow_with_channel(f"json://127.0.0.1:{httpserver.port}/down")
    first, second = make_event(show, 2), make_event(show, 3)
    for event in (first, second):
        fan_out(event.id, NOW)
    base = dt.timedelta(seconds=settings.NEXTSEASON_RETRY_BASE)

    report = deliver_due(NOW)
    assert report.sent == 0 and report.failed == 1 and len(httpserver.log) == 1  # the second waits its turn
    row = m.Delivery.objects.get(channel=channel, event=first)
    assert row.status == "pending" and row.attempts == 1 and row.next_attempt_at == NOW + base
    assert row.last_error
    channel.refresh_from_db()
    assert channel.last_error and channel.last_error_at == NOW
    assert deliver_due(NOW + base / 2).failed == 0  # not due yet: no attempt
    deliver_due(NOW + base)
    row.refresh_from_db()
    assert row.attempts == 2 and row.next_attempt_at == NOW + base + 2 * base  # doubled

    httpserver.clear()
    httpserver.expect_request("/down", method="POST").respond_with_data("ok")
    assert deliver_due(NOW + 3 * base).sent == 2
    titles = [json.loads(r.get_data())["title"] for r, _ in httpserver.log]
    assert titles == ["The Lantern Keepers renewed for season 2", "The Lantern Keepers renewed for season 3"]


def test_channel_url_is_never_shown_in_full(db: dict[str, str]) -> None:
    from nextseason.web import models as m

    channel = m.Channel(apprise_url="mailtos://alice:s3cret@mail.example.org?to=a@example.org")
    assert "s3cret" not in channel.masked and "alice" not in str(channel)
    assert channel.masked == "mailtos://…@mail.example.org"


def test_channel_urls_on_private_hosts_are_refused_unless_allowed() -> None:
    from nextseason.errors import InputError
    from nextseason.notify.channels import check_channel_url

    private_smtp = "mailto://user:pw@93.184.215.14?smtp=10.0.0.5&to=a@example.org"
    for url in ("json://127.0.0.1:8080/hook", private_smtp, "not a url"):
        with pytest.raises(InputError):
            check_channel_url(url, allow_private=False)
    check_channel_url("json://127.0.0.1:8080/hook", allow_private=True)
