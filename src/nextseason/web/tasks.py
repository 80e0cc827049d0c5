"""Background work as Django Tasks (django-tasks, database backend): ``nextseason worker``
runs them. Each task is a few lines over a library call."""

from __future__ import annotations

from django.conf import settings
from django.db import IntegrityError
from django_tasks import task

from nextseason.web import models as m


def _store():  # type: ignore[no-untyped-def]
    from nextseason.web.store import DjangoStore

    return DjangoStore()


@task()
def ingest_url(url: str) -> str:
    """Fetch one article and run it through the pipeline (events recorded on the way)."""
    from nextseason.pipeline import ingest, targets

    return ingest(_store(), targets([url])).summary()


@task()
def tvmaze_sync() -> str:
    from nextseason.pipeline.official import sync
    from nextseason.sources.tvmaze import TVmazeClient

    with TVmazeClient() as client:
        return sync(_store(), client).summary()


@task()
def fan_out_events(event_ids: list[int]) -> int:
    """Queue the deliveries of each event, then deliver what is due."""
    from nextseason.notify import fan_out

    added = sum(fan_out(event_id) for event_id in event_ids)
    deliver.enqueue()
    return added


@task()
def deliver() -> dict[str, int]:
    from nextseason.notify import deliver_due

    report = deliver_due()
    return {"sent": report.sent, "failed": report.failed, "given_up": report.given_up}


@task()
def poll_feeds() -> int:
    """Read every news feed; queue the ingestion of each item not seen before."""
    from nextseason.notify.feeds import poll_all

    return poll_all(lambda url: ingest_url.enqueue(url), allow_private=settings.NEXTSEASON_ALLOW_PRIVATE_FEEDS)


def add_news_feed(url: str, user: object | None = None) -> m.NewsFeed:
    """Add a news feed to poll; a loopback/private address is refused unless allowed."""
    from nextseason.http import check_public_url

    check_public_url(url, settings.NEXTSEASON_ALLOW_PRIVATE_FEEDS)
    try:
        return m.NewsFeed.objects.create(url=url, added_by=user)
    except IntegrityError:
        return m.NewsFeed.objects.get(url=url)
