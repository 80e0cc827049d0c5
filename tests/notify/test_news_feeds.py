"""User-added news feeds: private addresses refused unless allowed; new items handed on once."""

from __future__ import annotations

import pytest
from notify_helpers import make_user
from pytest_httpserver import HTTPServer

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>TV news</title>
<item><title>Renewed</title><link>https://news.example.org/renewed</link><guid>a1</guid></item>
<item><title>Dated</title><link>https://news.example.org/dated</link><guid>a2</guid></item>
</channel></rss>"""


def test_a_private_address_feed_url_is_refused(db: dict[str, str]) -> None:
    from nextseason.errors import InputError
    from nextseason.web import models as m
    from nextseason.web.tasks import add_news_feed

    for url in ("http://127.0.0.1:8080/feed.xml", "http://10.1.2.3/rss", "http://localhost/rss", "file:///etc/passwd"):
        with pytest.raises(InputError):
            add_news_feed(url, make_user(f"u{abs(hash(url)) % 10_000}"))
    assert not m.NewsFeed.objects.exists()


def test_polling_refuses_private_feeds_then_reads_new_items_once_when_allowed(
    db: dict[str, str], httpserver: HTTPServer
) -> None:
    from nextseason.notify.feeds import poll_one
    from nextseason.web import models as m

    httpserver.expect_request("/rss").respond_with_data(RSS, content_type="application/rss+xml")
    feed = m.NewsFeed.objects.create(url=httpserver.url_for("/rss"))
    handed: list[str] = []
    assert poll_one(feed, handed.append) == 0  # loopback: refused by default
    feed.refresh_from_db()
    assert "private" in feed.last_error or "loopback" in feed.last_error or feed.last_error
    assert len(httpserver.log) == 0  # not even fetched

    assert poll_one(feed, handed.append, allow_private=True) == 2
    assert poll_one(feed, handed.append, allow_private=True) == 0  # seen before
    assert handed == ["https://news.example.org/renewed", "https://news.example.org/dated"]
