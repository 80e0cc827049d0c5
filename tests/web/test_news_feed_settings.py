"""A signed-in user adds the news feeds (RSS/Atom) the worker polls, from the notification
settings page: loopback and private addresses refused (nothing stored), one's own feeds listed
with their polling state, another user's feed neither listed nor removable."""

from __future__ import annotations

from test_pages import _client, _text, _user, site, web_template  # noqa: F401 (fixtures)

PAGE = "/accounts/notifications/"
PUBLIC_FEED = "https://93.184.215.14/tv/rss.xml"  # a public IP literal: no DNS, no traffic


def test_add_list_and_remove_news_feeds(site: None) -> None:  # noqa: F811
    from nextseason.web import models as m

    fan = _user()
    client = _client(fan)
    for private in ("http://127.0.0.1:8080/feed.xml", "http://10.0.0.7/rss", "http://[::1]/atom"):
        refused = client.post(PAGE + "news-feeds/new", {"url": private})
        assert refused.status_code == 400, private
        assert "News feed (RSS or Atom)" in refused.content.decode() and 'role="alert"' in refused.content.decode()
    assert client.post(PAGE + "news-feeds/new", {"url": "not a feed"}).status_code == 400
    assert not m.NewsFeed.objects.exists()

    assert client.post(PAGE + "news-feeds/new", {"url": PUBLIC_FEED}).status_code == 302
    feed = m.NewsFeed.objects.get()
    assert feed.url == PUBLIC_FEED and feed.added_by == fan
    page = _text(client.get(PAGE).content.decode())
    assert "93.184.215.14" in page and "not polled yet" in page
    again = client.post(PAGE + "news-feeds/new", {"url": PUBLIC_FEED}, follow=True)
    assert "already polled" in _text(again.content.decode()) and m.NewsFeed.objects.count() == 1

    other = _client(_user("other"))
    assert "93.184.215.14" not in _text(other.get(PAGE).content.decode())
    assert other.post(PAGE + f"news-feeds/{feed.id}/remove").status_code == 404
    assert m.NewsFeed.objects.filter(id=feed.id).exists()
    assert client.post(PAGE + f"news-feeds/{feed.id}/remove").status_code == 302
    assert not m.NewsFeed.objects.exists()


def test_adding_a_news_feed_needs_an_account(site: None) -> None:  # noqa: F811
    from nextseason.web import models as m

    response = _client().post(PAGE + "news-feeds/new", {"url": PUBLIC_FEED})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not m.NewsFeed.objects.exists()
