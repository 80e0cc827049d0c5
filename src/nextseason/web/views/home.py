"""The home page: search, what is coming up, what changed lately."""

from __future__ import annotations

from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from nextseason.domain.names import person_key, show_key
from nextseason.render.dossier import value_words
from nextseason.web import models as m
from nextseason.web.forms import SearchForm
from nextseason.web.views._dates import upcoming

RESULTS = 25


def home(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    context = {
        "form": form,
        "query": query,
        "shows": search_shows(query) if query else [],
        "people": search_people(query) if query else [],
        "upcoming": upcoming(timezone.localdate()),
        "recent": recent_facts(),
    }
    return render(request, "nextseason/home.html", context)


def search_shows(query: str) -> list[m.Show]:
    key = show_key(query)
    match = Q(name__icontains=query) | (Q(key__contains=key) if key else Q())
    ids = m.ShowAlias.objects.filter(match).values_list("show_id", flat=True)
    return list(m.Show.objects.filter(id__in=ids).order_by("title")[:RESULTS])


def search_people(query: str) -> list[m.Person]:
    key = person_key(query)
    match = Q(name__icontains=query) | (Q(key__contains=key) if key else Q())
    ids = m.PersonAlias.objects.filter(match).values_list("person_id", flat=True)
    return list(m.Person.objects.filter(Q(id__in=ids) | Q(name__icontains=query)).order_by("name")[:RESULTS])


def recent_facts(limit: int = 12) -> list[dict[str, object]]:
    """The latest reconciled facts (current answers and conflicts), newest first."""
    rows = (
        m.Fact.objects.exclude(status__in=[m.Fact.SUPERSEDED, m.Fact.RESOLVED])
        .select_related("show")
        .order_by("-computed_at", "-id")[:limit]
    )
    return [
        {
            "fact": row,
            "words": _fact_words(row),
            "conflict": row.status == m.Fact.CONFLICT,
        }
        for row in rows
    ]


def _fact_words(row: m.Fact) -> str:
    if row.status == m.Fact.CONFLICT and isinstance(row.value, list):
        return " or ".join(_safe_words(row.kind, v) for v in row.value)
    return _safe_words(row.kind, row.value)


def _safe_words(kind: str, value: object) -> str:
    try:
        return value_words(kind, value)
    except (TypeError, ValueError, KeyError, AttributeError):
        return str(value)
