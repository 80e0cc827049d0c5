"""Send due deliveries through Apprise: per channel, in event order, exactly once.

A worker takes one channel at a time under a row lock (``SELECT ... FOR UPDATE SKIP
LOCKED`` on PostgreSQL; SQLite's write lock serialises workers), so two workers never send
the same channel's rows. Instant rows go one message each, oldest event first; a failure
stops that channel's queue (later events wait, so order holds), counts the attempt and
retries after ``base * 2**(attempts-1)`` seconds, up to the attempt limit. A digest
channel's due rows go as one message.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from nextseason.domain.events import event_from_payload, headline
from nextseason.render.feeds import event_text
from nextseason.web import models as m

Sender = Callable[[str, str, str], None]  # (apprise url, title, body); raises on failure


class DeliveryFailed(Exception):
    """The channel did not take the message."""


def apprise_send(url: str, title: str, body: str) -> None:
    """Send one message to an Apprise URL; DeliveryFailed with Apprise's own reason."""
    import apprise

    with apprise.LogCapture(level=logging.WARNING) as log:
        sender = apprise.Apprise()
        if not sender.add(url):
            raise DeliveryFailed("the channel URL is not a valid Apprise URL")
        if not sender.notify(title=title, body=body):
            reason = " ".join(log.getvalue().split())[-500:] or "the service refused the message"
            raise DeliveryFailed(reason)


@dataclass
class DeliverReport:
    sent: int = 0
    failed: int = 0  # attempts that failed (retried later or given up)
    given_up: int = 0
    channels: int = 0
    errors: list[str] = field(default_factory=list)


def deliver_due(now: dt.datetime | None = None, send: Sender = apprise_send) -> DeliverReport:
    """Send every due pending delivery, channel by channel."""
    now = now or timezone.now()
    report = DeliverReport()
    done: set[int] = set()
    while (channel_id := _deliver_next_channel(now, send, report, done)) is not None:
        done.add(channel_id)
    return report


def _deliver_next_channel(now: dt.datetime, send: Sender, report: DeliverReport, done: set[int]) -> int | None:
    due = m.Delivery.objects.filter(status=m.Delivery.PENDING, next_attempt_at__lte=now, channel__isnull=False)
    with transaction.atomic():
        channel = (
            m.Channel.objects.select_for_update(skip_locked=True)
            .filter(id__in=due.exclude(channel_id__in=done).values("channel_id"))
            .order_by("id")
            .first()
        )
        if channel is None:
            return None
        rows = list(
            m.Delivery.objects.filter(channel=channel, status=m.Delivery.PENDING)
            .select_related("event")
            .order_by("event_id")
        )
        ready = _in_order_due(rows, now)
        report.channels += 1
        if ready:
            _send(channel, ready, now, send, report)
        return channel.id


def _in_order_due(rows: Sequence[m.Delivery], now: dt.datetime) -> list[m.Delivery]:
    """The leading rows that are due: a row still waiting holds back every later one."""
    ready: list[m.Delivery] = []
    for row in rows:
        if row.next_attempt_at is None or row.next_attempt_at > now:
            break
        ready.append(row)
    return ready


def _send(channel: m.Channel, rows: list[m.Delivery], now: dt.datetime, send: Sender, report: DeliverReport) -> None:
    batches = [rows] if channel.mode == m.Channel.DIGEST else [[row] for row in rows]
    for batch in batches:
        title, body = message(batch)
        try:
            send(channel.open_url(), title, body)  # decrypted only here, to deliver
        except Exception as exc:  # any failure of the channel: retried with backoff
            _failed(channel, batch, now, str(exc) or type(exc).__name__, report)
            return
        ids = [row.id for row in batch]
        m.Delivery.objects.filter(id__in=ids).update(status=m.Delivery.SENT, delivered_at=now, last_error="")
        report.sent += len(batch)


def _failed(channel: m.Channel, batch: list[m.Delivery], now: dt.datetime, error: str, report: DeliverReport) -> None:
    error = error[:1000]
    report.failed += 1
    report.errors.append(f"{channel.masked}: {error}")
    for row in batch:
        row.attempts += 1
        row.last_error = error
        if row.attempts >= settings.NEXTSEASON_MAX_ATTEMPTS:
            row.status = m.Delivery.FAILED
            report.given_up += 1
        else:
            row.next_attempt_at = now + backoff(row.attempts)
        row.save(update_fields=["attempts", "last_error", "status", "next_attempt_at"])
    channel.last_error = error
    channel.last_error_at = now
    channel.save(update_fields=["last_error", "last_error_at"])


def backoff(attempts: int, base: float | None = None) -> dt.timedelta:
    """Wait before the next attempt: base, 2*base, 4*base, ... capped at one day."""
    base = settings.NEXTSEASON_RETRY_BASE if base is None else base
    return dt.timedelta(seconds=min(base * 2 ** max(attempts - 1, 0), 86_400))


def message(rows: Sequence[m.Delivery]) -> tuple[str, str]:
    """Title and body, dates in words: one change (the body adds its sources), or a digest
    of several (one line each)."""
    texts = [_text(row.event.payload) for row in rows]
    if len(texts) == 1:
        return texts[0]
    return f"nextseason: {len(texts)} changes", "\n".join(f"- {title}" for title, _ in texts)


def _text(payload: dict[str, Any]) -> tuple[str, str]:
    try:
        return event_text(event_from_payload(payload))
    except (ValueError, TypeError, KeyError, AttributeError):  # a kind this version does not know
        line = headline(payload)
        return line, line
