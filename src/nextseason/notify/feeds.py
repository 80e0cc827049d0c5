"""Poll RSS/Atom news feeds (feedparser) and hand each new item's link on for ingestion."""

from __future__ import annotations

from collections.abc import Callable

import feedparser
from django.utils import timezone

from nextseason.errors import InputError
from nextseason.http import check_public_url, fetch
from nextseason.web import models as m


def poll_all(ingest: Callable[[str], object], *, allow_private: bool = False) -> int:
    """Poll every feed; return how many new items were handed to ``ingest``."""
    return sum(poll_one(feed, ingest, allow_private=allow_private) for feed in m.NewsFeed.objects.order_by("id"))


def poll_one(feed: m.NewsFeed, ingest: Callable[[str], object], *, allow_private: bool = False) -> int:
    feed.polled_at = timezone.now()
    try:
        check_public_url(feed.url, allow_private)
        body = fetch(feed.url, allow_private=allow_private).body
    except InputError as exc:
        feed.last_error = str(exc)
        feed.save(update_fields=["polled_at", "last_error"])
        return 0
    new = 0
    for entry in feedparser.parse(body).entries:
        link = str(entry.get("link") or "")
        guid = str(entry.get("id") or link)[:1000]
        if not guid or not link.startswith(("http://", "https://")):
            continue
        _, created = m.FeedItem.objects.get_or_create(feed=feed, guid=guid, defaults={"link": link[:1000]})
        if created:
            ingest(link)
            new += 1
    feed.last_error = ""
    feed.save(update_fields=["polled_at", "last_error"])
    return new
