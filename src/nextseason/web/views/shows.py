"""The show dossier page, and following a show / marking seasons watched."""

from __future__ import annotations

import json
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseRedirect,
)
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from nextseason.pipeline import picture_of
from nextseason.web import dossier_cache
from nextseason.web import models as m
from nextseason.web.forms import WatchedForm
from nextseason.web.store import DjangoStore
from nextseason.web.views._dossier import DossierView, season_slug, season_title, watched_season

ALL_WATCHED = 1_000_000  # a season number no show reaches: every story unfolded


def show_page(request: HttpRequest, show_id: int) -> HttpResponse:
    body = dossier_cache.cached(show_id, dossier_cache.PAGE, lambda: _render_parts(show_id))
    if body is None:
        raise Http404("no such show")
    parts = json.loads(body)
    follow = _follow(request, show_id)
    watched = follow.watched_up_to if follow else 0
    seasons = parts["seasons"]
    numbers = [s["number"] for s in seasons]
    last = max((n for n in numbers if n is not None), default=0)
    selected = _selected(numbers, request.GET.get("season"))
    context: dict[str, Any] = {
        "show": {"id": show_id},
        "picture": {"title": parts["title"], "aliases": parts["aliases"]},
        "tabs": _tabs(numbers, selected),
        "sections": [
            mark_safe(
                s["open"]
                if s["open"] is not None and watched_season(s["number"], watched, last)
                else s["folded"]
            )
            for s in seasons
            if selected == "all" or s["number"] == selected
        ],
        "sources": mark_safe(parts["sources"]),
        "follow": follow,
        "watched_form": WatchedForm(
            seasons=[n for n in numbers if n is not None], initial={"watched_up_to": watched}
        ),
        "next_url": request.get_full_path(),
    }
    return render(request, "nextseason/show.html", context)


def _render_parts(show_id: int) -> str:
    """The page's parts that depend on the show only, rendered once per change of it and
    kept: its title and aliases, each season's section (with the story folded, and unfolded
    when it has a story to fold) and the sources. Our own templates' output, escaped there."""
    picture = picture_of(DjangoStore(), show_id)
    people = _people(show_id)
    folded, unfolded = DossierView(picture, people, 0), DossierView(picture, people, ALL_WATCHED)
    seasons = []
    for season in picture.seasons:
        shut, open_ = folded.season(season), unfolded.season(season)
        seasons.append(
            {
                "number": season.number,
                "folded": _section(shut),
                "open": _section(open_) if open_ != shut else None,
            }
        )
    sources = render_to_string("nextseason/_sources.html", {"sources": folded.sources()}).strip()
    return json.dumps(
        {
            "title": picture.title,
            "aliases": list(picture.aliases),
            "seasons": seasons,
            "sources": sources,
        }
    )


def _section(season: dict[str, Any]) -> str:
    return render_to_string("nextseason/_season.html", {"season": season}).strip()


def _follow(request: HttpRequest, show_id: int) -> m.Follow | None:
    if not request.user.is_authenticated:
        return None
    return m.Follow.objects.filter(user=request.user, show_id=show_id).first()


def _people(show_id: int) -> dict[str, int]:
    rows = m.Credit.objects.filter(show_id=show_id, person__isnull=False)
    found: dict[str, int] = {}
    for written, canonical, pid in rows.values_list("person_name", "person__name", "person_id"):
        found.setdefault(canonical, pid)
        found.setdefault(written, pid)
    return found


def _selected(numbers: list[int | None], wanted: str | None) -> int | str | None:
    """The tab asked for (``show``, ``all`` or a number), else the latest season."""
    if wanted == "all":
        return "all"
    if wanted == "show" and None in numbers:
        return None
    if wanted and wanted.isdigit() and int(wanted) in numbers:
        return int(wanted)
    real = [n for n in numbers if n is not None]
    return max(real) if real else "all"


def _tabs(numbers: list[int | None], selected: int | str | None) -> list[dict[str, Any]]:
    tabs = [
        {"slug": season_slug(n), "title": season_title(n), "current": n == selected}
        for n in numbers
    ]
    return [*tabs, {"slug": "all", "title": "All seasons", "current": selected == "all"}]


def _back(show: m.Show) -> HttpResponseRedirect:
    return HttpResponseRedirect(reverse("show", args=[show.id]))


@login_required
@require_POST
def follow(request: HttpRequest, show_id: int) -> HttpResponse:
    show = get_object_or_404(m.Show, id=show_id)
    m.Follow.objects.get_or_create(user=request.user, show=show)
    messages.success(request, f"You follow {show.title}.")
    return _back(show)


@login_required
@require_POST
def unfollow(request: HttpRequest, show_id: int) -> HttpResponse:
    show = get_object_or_404(m.Show, id=show_id)
    m.Follow.objects.filter(user=request.user, show=show).delete()
    messages.success(request, f"You no longer follow {show.title}.")
    return _back(show)


@login_required
@require_POST
def watched(request: HttpRequest, show_id: int) -> HttpResponse:
    show = get_object_or_404(m.Show, id=show_id)
    numbers = sorted(
        set(
            m.Claim.objects.filter(show=show, season__isnull=False).values_list("season", flat=True)
        )
    )
    form = WatchedForm(request.POST, seasons=numbers)
    if not form.is_valid():
        return HttpResponseBadRequest("no such season")
    follow, _ = m.Follow.objects.get_or_create(user=request.user, show=show)
    follow.watched_up_to = form.cleaned_data["watched_up_to"]
    follow.save(update_fields=["watched_up_to"])
    messages.success(request, "Saved: spoilers of the seasons you have watched are shown.")
    return _back(show)
