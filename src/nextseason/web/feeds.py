"""Per-user feeds at secret-token URLs: ``/feeds/<token>.atom`` and ``/feeds/<token>.ics``.

The token's SHA-256 picks the user; an unknown or revoked token is a 404, the same answer
as a token that never existed. The Atom feed lists the events delivered to the user (the
feed rows of ``Delivery``); the iCalendar feed lists the premieres and finales of the
shows the user follows, from each show's last summary, with ``SEQUENCE`` the number of
times that date changed. Rendering is ``nextseason.render.feeds``; these views only map
URLs to it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse

from nextseason.domain.event_types import EVENT_TYPES, PremiereEvent, event_from_payload
from nextseason.domain.names import show_key
from nextseason.render.feeds import CalendarItem, atom_feed, event_entry, ical_feed
from nextseason.web import models as m

MAX_ITEMS = 200
PREMIERE_KINDS = frozenset(k for k, t in EVENT_TYPES.items() if issubclass(t, PremiereEvent))
EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def atom_view(request: HttpRequest, token: str) -> HttpResponse:
    found = _token(token, m.FeedToken.ATOM)
    host = _host(request)
    rows = m.Delivery.objects.filter(user=found.user, channel__isnull=True).select_related("event")
    if found.premieres_only:
        rows = rows.filter(event__kind__in=PREMIERE_KINDS)
    events = [row.event for row in rows.order_by("-event_id")[:MAX_ITEMS]]
    entries = [event_entry(event_from_payload(e.payload), host=host, created=e.created) for e in events]
    body = atom_feed(
        entries,
        feed_id=f"tag:{host},2024:feed:{found.id}",  # the row id, never the secret
        title=f"nextseason: news of what {found.user.get_username()} follows",
        link=request.build_absolute_uri("/"),
        updated=max((e.created for e in events), default=EPOCH),
    )
    return HttpResponse(body, content_type="application/atom+xml; charset=utf-8")


def ical_view(request: HttpRequest, token: str) -> HttpResponse:
    found = _token(token, m.FeedToken.ICAL)
    body = ical_feed(calendar_of(found.user), host=_host(request), premieres_only=found.premieres_only)
    return HttpResponse(body, content_type="text/calendar; charset=utf-8")


def _token(secret: str, kind: str) -> m.FeedToken:
    found = m.FeedToken.active(secret, kind)
    if found is None:
        raise Http404("no such feed")
    return found


def _host(request: HttpRequest) -> str:
    return request.get_host().split(":")[0] or "nextseason"


def calendar_of(user: Any) -> list[CalendarItem]:
    """The premieres and finales of the followed shows, from their last summaries."""
    shows = dict(m.Follow.objects.filter(user=user, show__isnull=False).values_list("show_id", "show__title"))
    moves: dict[tuple[int, int | None], int] = {}
    premieres = m.Event.objects.filter(show_id__in=shows, kind__in=PREMIERE_KINDS)
    for show_id, season in premieres.values_list("show_id", "season"):
        moves[(show_id, season)] = moves.get((show_id, season), 0) + 1
    items: list[CalendarItem] = []
    for state in m.PictureState.objects.filter(show_id__in=shows).order_by("show_id"):
        title = shows[state.show_id]
        for mark in state.summary.get("marks", []):
            if mark.get("t") in ("premiere", "finale") and mark.get("value"):
                season = mark.get("season")
                changed = max(moves.get((state.show_id, season), 0) - 1, 0) if mark["t"] == "premiere" else 0
                items.append(
                    CalendarItem(
                        show=title, slug=show_key(title).replace(" ", "-") or "show", season=season,
                        date=str(mark["value"]), stamp=state.updated, kind=mark["t"],
                        part=mark.get("part"), sequence=changed,
                    )
                )
    return items
