"""Rows the notification tests start from: users, shows, and events as the pipeline records them
(a module of its own name, so that test modules import it whatever other conftest is loaded)."""

from __future__ import annotations

from typing import Any


def make_user(name: str) -> Any:
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user(name, f"{name}@example.org", "a long test password")


def make_show(title: str = "The Lantern Keepers") -> Any:
    from nextseason.web import models as m

    return m.Show.objects.create(title=title)


def make_event(show: Any, season: int = 2, kind: str = "renewed") -> Any:
    """An event as the pipeline records it (the domain event's payload and key)."""
    from nextseason.domain.events import PremiereAnnounced, Renewed
    from nextseason.web import models as m

    change = Renewed(show.title, season) if kind == "renewed" else PremiereAnnounced(show.title, season, "2025-03-14")
    return m.Event.objects.create(
        show=show, season=season, kind=change.kind, key=f"{show.id}:{change.key}", payload=change.payload()
    )
