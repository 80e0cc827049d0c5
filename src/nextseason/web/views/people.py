"""A person's page: their credits across shows, with the spellings seen."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from nextseason.web import models as m


def person_page(request: HttpRequest, person_id: int) -> HttpResponse:
    person = get_object_or_404(m.Person, id=person_id)
    aliases = m.PersonAlias.objects.filter(person=person).exclude(name=person.name).values_list("name", flat=True)
    following = request.user.is_authenticated and m.Follow.objects.filter(user=request.user, person=person).exists()
    context = {
        "person": person,
        "aliases": sorted(set(aliases)),
        "shows": credits_by_show(person),
        "following": following,
    }
    return render(request, "nextseason/person.html", context)


def credits_by_show(person: m.Person) -> list[dict[str, Any]]:
    """One row per show, then per part played (a character or a crew role), with its seasons."""
    rows = (
        m.Credit.objects.filter(person=person, claim__document__current=True)
        .select_related("show")
        .order_by("show__title", "kind", "season")
    )
    shows: dict[int, dict[str, Any]] = {}
    for credit in rows:
        entry = shows.setdefault(credit.show_id, {"show": credit.show, "parts": {}})
        what = credit.character or credit.role or credit.kind
        part = entry["parts"].setdefault((credit.kind, what), {"kind": credit.kind, "what": what, "seasons": set()})
        if credit.season is not None:
            part["seasons"].add(credit.season)
    return [
        {
            "show": e["show"],
            "parts": [
                {**p, "seasons": sorted(p["seasons"])} for p in e["parts"].values()
            ],
        }
        for e in shows.values()
    ]


@login_required
@require_POST
def follow_person(request: HttpRequest, person_id: int) -> HttpResponse:
    person = get_object_or_404(m.Person, id=person_id)
    m.Follow.objects.get_or_create(user=request.user, person=person)
    messages.success(request, f"You follow {person.name}: you will hear when they are credited on an upcoming season.")
    return HttpResponseRedirect(reverse("person", args=[person.id]))


@login_required
@require_POST
def unfollow_person(request: HttpRequest, person_id: int) -> HttpResponse:
    person = get_object_or_404(m.Person, id=person_id)
    m.Follow.objects.filter(user=request.user, person=person).delete()
    messages.success(request, f"You no longer follow {person.name}.")
    return HttpResponseRedirect(reverse("person", args=[person.id]))
