"""The show dossier page, and following a show / marking seasons watched."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from nextseason.domain.model import ShowPicture
from nextseason.pipeline import picture_of
from nextseason.web import models as m
from nextseason.web.forms import WatchedForm
from nextseason.web.store import DjangoStore
from nextseason.web.views._dossier import DossierView, season_slug, season_title


def show_page(request: HttpRequest, show_id: int) -> HttpResponse:
    show = get_object_or_404(m.Show, id=show_id)
    picture = picture_of(DjangoStore(), show.id)
    follow = _follow(request, show)
    view = DossierView(picture, _people(show.id), _choices(show.id), follow.watched_up_to if follow else 0)
    selected = _selected(picture, request.GET.get("season"))
    numbers = [s.number for s in picture.seasons if s.number is not None]
    context: dict[str, Any] = {
        "show": show,
        "picture": picture,
        "tabs": _tabs(picture, selected),
        "seasons": [view.season(s) for s in picture.seasons if selected == "all" or s.number == selected],
        "sources": view.sources(),
        "follow": follow,
        "watched_form": WatchedForm(
            seasons=numbers, initial={"watched_up_to": follow.watched_up_to if follow else 0}
        ),
        "next_url": request.get_full_path(),
    }
    return render(request, "nextseason/show.html", context)


def _follow(request: HttpRequest, show: m.Show) -> m.Follow | None:
    if not request.user.is_authenticated:
        return None
    return m.Follow.objects.filter(user=request.user, show=show).first()


def _people(show_id: int) -> dict[str, int]:
    rows = m.Credit.objects.filter(show_id=show_id, person__isnull=False)
    found: dict[str, int] = {}
    for written, canonical, pid in rows.values_list("person_name", "person__name", "person_id"):
        found.setdefault(canonical, pid)
        found.setdefault(written, pid)
    return found


def _choices(show_id: int) -> dict[tuple[int | None, str], Any]:
    found: dict[tuple[int | None, str], Any] = {}
    for choice in m.ConflictChoice.objects.filter(show_id=show_id):  # newest first
        found.setdefault((choice.season, choice.kind), choice.value)
    return found


def _selected(picture: ShowPicture, wanted: str | None) -> int | str | None:
    """The tab asked for (``show``, ``all`` or a number), else the latest season."""
    numbers = [s.number for s in picture.seasons]
    if wanted == "all":
        return "all"
    if wanted == "show" and None in numbers:
        return None
    if wanted and wanted.isdigit() and int(wanted) in numbers:
        return int(wanted)
    real = [n for n in numbers if n is not None]
    return max(real) if real else "all"


def _tabs(picture: ShowPicture, selected: int | str | None) -> list[dict[str, Any]]:
    tabs = [
        {"slug": season_slug(s.number), "title": season_title(s.number), "current": s.number == selected}
        for s in picture.seasons
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
    numbers = sorted(set(m.Claim.objects.filter(show=show, season__isnull=False).values_list("season", flat=True)))
    form = WatchedForm(request.POST, seasons=numbers)
    if not form.is_valid():
        return HttpResponseBadRequest("no such season")
    follow, _ = m.Follow.objects.get_or_create(user=request.user, show=show)
    follow.watched_up_to = form.cleaned_data["watched_up_to"]
    follow.save(update_fields=["watched_up_to"])
    messages.success(request, "Saved: spoilers of the seasons you have watched are shown.")
    return _back(show)
