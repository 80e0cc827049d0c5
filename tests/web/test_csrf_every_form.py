"""CSRF on every form: crawl the site as a signed-in editor with something on every page
(a followed show and person, a feed token, a channel, a name suggestion, a conflict), collect
every POST form the pages render, and check that each carries a CSRF token and that its
action refuses a POST without one (403) and changes nothing."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from test_pages import _add_conflict, _client, _user, samples, site, web_template  # noqa: F401 (fixtures)

SKIP_PREFIXES = ("/admin/", "/api/", "/feeds/", "/static/", "/accounts/logout/")
MAX_PAGES = 80


class _Forms(HTMLParser):
    """The links and the POST forms (action, hidden field names) of one page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.forms: list[tuple[str, set[str]]] = []
        self._open: tuple[str, set[str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form" and a.get("method", "get").lower() == "post":
            self._open = (a.get("action", ""), set())
        elif tag == "input" and self._open is not None and a.get("name"):
            self._open[1].add(a["name"])

    def handle_endtag(self, tag: str) -> None:
        if tag == "form" and self._open is not None:
            self.forms.append(self._open)
            self._open = None


def _crawl(client, start: list[str]) -> dict[str, tuple[str, set[str]]]:  # type: ignore[no-untyped-def]
    """Every POST form reachable from ``start`` on this site: action path -> (page, fields)."""
    seen: set[str] = set()
    queue = list(start)
    forms: dict[str, tuple[str, set[str]]] = {}
    while queue and len(seen) < MAX_PAGES:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        parser = _Forms()
        parser.feed(response.content.decode())
        for action, fields in parser.forms:
            target = urlsplit(urljoin(url, action or url)).path
            forms.setdefault(target, (url, fields))
        for href in parser.links:
            parts = urlsplit(urljoin(url, href))
            if parts.netloc or parts.path.startswith(SKIP_PREFIXES):
                continue
            link = parts.path + (f"?{parts.query}" if parts.query else "")
            if link not in seen:
                queue.append(link)
    return forms


def _row_counts() -> dict[str, int]:
    from django.apps import apps

    return {model._meta.label: model.objects.count() for model in apps.get_app_config("nextseason").get_models()}


def test_every_post_form_needs_csrf(samples: int) -> None:  # noqa: F811
    from nextseason.web import models as m

    editor = _user("editor", staff=True)
    browsing = _client(editor)
    person = m.Person.objects.order_by("id").first()
    assert person is not None
    browsing.post(f"/shows/{samples}/follow")
    browsing.post(f"/people/{person.id}/follow")
    browsing.post("/accounts/notifications/tokens/new", {"kind": "atom"})
    browsing.post("/accounts/notifications/channels/new", {"apprise_url": "json://93.184.215.14/hook", "mode": "instant"})
    browsing.post("/accounts/notifications/news-feeds/new", {"url": "https://93.184.215.14/rss"})
    other = m.Person.objects.create(name=person.name + "e", key=person.key + "e")
    m.Suggestion.objects.create(entity="person", name=other.name, entity_id_a=other.id, entity_id_b=person.id,
                                candidate=person.name, reason="similar spelling", score=90)
    _add_conflict(samples)

    forms = _crawl(browsing, ["/", f"/shows/{samples}/", "/review/", "/accounts/", "/accounts/notifications/",
                              "/accounts/password/", "/accounts/password-reset/"])
    # The forms a signed-in editor meets on these pages, at least: follow, watched, review, settings.
    for expected in ("/follow", "/watched", "/review/", "/accounts/notifications/", "/accounts/logout/", "/news-feeds/new", "/remove"):
        assert any(expected in action for action in forms), f"no POST form to …{expected} found in {sorted(forms)}"

    missing = [f"{action} (on {page})" for action, (page, fields) in forms.items() if "csrfmiddlewaretoken" not in fields]
    assert not missing, f"POST forms without a CSRF token: {missing}"

    before = _row_counts()
    strict = _client(editor, csrf=True)
    for action, (page, fields) in sorted(forms.items()):
        data = {name: "1" for name in fields if name != "csrfmiddlewaretoken"}
        response = strict.post(action, data)
        assert response.status_code == 403, f"{action} (form on {page}) accepted a POST without CSRF token"
        assert re.search(r"CSRF|Forbidden", response.content.decode(), re.I)
    assert _row_counts() == before  # nothing was written by a refused form
