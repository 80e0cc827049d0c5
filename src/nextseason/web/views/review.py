"""The editors' review page (staff only): suggested name merges, merges, open conflicts."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_POST

from nextseason.errors import NotFoundError
from nextseason.pipeline import picture_of
from nextseason.web import models as m
from nextseason.web._review import accept_suggestion, choose_side, reject_suggestion
from nextseason.web.forms import ConflictChoiceForm, SuggestionForm, UndoMergeForm
from nextseason.web.store import DjangoStore
from nextseason.web.views._dossier import DossierView, season_title

MAX_SHOWS = 50


def _staff(request: HttpRequest) -> None:
    if not request.user.is_staff:
        raise PermissionDenied("editors only")


@login_required
def review_page(request: HttpRequest) -> HttpResponse:
    _staff(request)
    context = {
        "suggestions": [_suggestion_row(s) for s in m.Suggestion.objects.order_by("-score", "id")[:200]],
        "merges": m.Merge.objects.filter(undone_at__isnull=True).order_by("-created_at", "-id")[:100],
        "conflicts": _conflicts(),
    }
    return render(request, "nextseason/review.html", context)


def _suggestion_row(suggestion: m.Suggestion) -> dict[str, Any]:
    model = m.Show if suggestion.entity == m.Merge.SHOW else m.Person
    names = dict(model.objects.filter(id__in=[suggestion.entity_id_a, suggestion.entity_id_b]).values_list("id", "title" if model is m.Show else "name"))
    return {
        "suggestion": suggestion,
        "a": names.get(suggestion.entity_id_a, suggestion.name),
        "b": names.get(suggestion.entity_id_b, suggestion.candidate),
        "url_name": "show" if model is m.Show else "person",
        "open": len(names) == 2,
    }


def _conflicts() -> list[dict[str, Any]]:
    show_ids = list(
        m.Fact.objects.filter(status__in=[m.Fact.CONFLICT, m.Fact.RESOLVED]).values_list("show_id", flat=True).distinct().order_by("show_id")[:MAX_SHOWS]
    )
    store, rows = DjangoStore(), []
    for show in m.Show.objects.filter(id__in=show_ids).order_by("title"):
        picture = picture_of(store, show.id)
        view = DossierView(picture, {}, 0)
        sources = {s["number"]: s for s in view.sources()}
        for season in picture.seasons:
            if not season.conflicts:
                continue
            rows.extend(
                {"show": show, "season": season.number, "season_title": season_title(season.number),
                 "sources": sources, **row}
                for row in view.season(season)["conflicts"]
            )
    return rows


def _back() -> HttpResponseRedirect:
    return HttpResponseRedirect(reverse("review"))


@login_required
@require_POST
def decide_suggestion(request: HttpRequest) -> HttpResponse:
    _staff(request)
    form = SuggestionForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest("bad decision")
    try:
        if form.cleaned_data["decision"] == "accept":
            merge = accept_suggestion(form.cleaned_data["suggestion"], request.user.get_username())
            messages.success(request, f"Merged {merge.name} into {merge.into}.")
        else:
            reject_suggestion(form.cleaned_data["suggestion"])
            messages.success(request, "Kept apart.")
    except NotFoundError as exc:
        messages.error(request, str(exc))
    return _back()


@login_required
@require_POST
def undo_merge(request: HttpRequest) -> HttpResponse:
    _staff(request)
    form = UndoMergeForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest("bad merge")
    try:
        DjangoStore().undo_merge(form.cleaned_data["merge"])
        messages.success(request, "Merge undone.")
    except NotFoundError as exc:
        messages.error(request, str(exc))
    return _back()


@login_required
@require_POST
def resolve_conflict(request: HttpRequest) -> HttpResponse:
    _staff(request)
    form = ConflictChoiceForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest("bad choice")
    data = form.cleaned_data
    try:
        choose_side(data["show"], data["season"], data["kind"], data["side"], request.user)
        messages.success(request, "Choice stored.")
    except NotFoundError as exc:
        messages.error(request, str(exc))
    return _back()
