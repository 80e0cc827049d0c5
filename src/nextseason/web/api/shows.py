"""Shows: list, search, one show, its seasons, its dossier and its claims."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Router, Schema
from ninja.pagination import PageNumberPagination, paginate
from ninja.renderers import JSONRenderer

from nextseason.domain.model import ShowPicture
from nextseason.domain.names import show_key
from nextseason.pipeline import picture_of
from nextseason.render.dossier import dossier_json
from nextseason.web import dossier_cache
from nextseason.web import models as m
from nextseason.web.store import DjangoStore

router = Router(tags=["shows"])
SEARCH_LIMIT = 20


class ShowOut(Schema):
    id: int
    title: str
    native_title: str


class ExternalIdOut(Schema):
    source: str
    value: str


class ShowDetailOut(ShowOut):
    aliases: list[str]
    external_ids: list[ExternalIdOut]
    seasons: list[int]


class SearchHit(ShowOut):
    matched: str  # the title or alias that matched
    match: str  # 'exact', 'contains' or 'fuzzy'


class FactOut(Schema):
    kind: str
    value: Any = None
    stance: str
    status: str  # 'current', 'superseded' or 'conflict' (value: every side's value)
    why: str


class SeasonOut(Schema):
    number: int | None  # None: facts about the whole show
    facts: list[FactOut]


class ClaimOut(Schema):
    id: int
    source: int
    show_name: str
    season: int | None
    part: int | None
    kind: str
    value: Any = None
    stance: str
    evidence: str

    @staticmethod
    def resolve_source(claim: m.Claim) -> int:
        return claim.document_id


@router.get("/shows", response=list[ShowOut])
@paginate(PageNumberPagination, page_size=50)
def list_shows(request: HttpRequest) -> QuerySet[m.Show]:
    """Every show, by title."""
    return m.Show.objects.order_by("title", "id")


@router.get("/search", response=list[SearchHit])
def search(request: HttpRequest, q: str) -> list[dict[str, Any]]:
    """Shows whose title or alias matches ``q``: the same name, a name containing it, then near spellings."""
    return search_shows(q)


@router.get("/shows/{show_id}", response=ShowDetailOut)
def show_detail(request: HttpRequest, show_id: int) -> dict[str, Any]:
    show = get_object_or_404(m.Show, id=show_id)
    aliases = show.aliases.exclude(name=show.title).order_by("id").values_list("name", flat=True)
    return {
        "id": show.id,
        "title": show.title,
        "native_title": show.native_title,
        "aliases": list(aliases),
        "external_ids": list(show.external_ids.order_by("source", "value").values("source", "value")),
        "seasons": list(show.seasons.order_by("number").values_list("number", flat=True)),
    }


@router.get("/shows/{show_id}/seasons", response=list[SeasonOut])
def show_seasons(request: HttpRequest, show_id: int) -> list[dict[str, Any]]:
    """The show's seasons with their reconciled facts as last computed (conflicts included)."""
    show = get_object_or_404(m.Show, id=show_id)
    seasons: dict[int | None, list[m.Fact]] = {n: [] for n in show.seasons.values_list("number", flat=True)}
    for fact in m.Fact.objects.filter(show=show).order_by("season", "kind", "id"):
        seasons.setdefault(fact.season, []).append(fact)
    order = sorted(seasons, key=lambda n: (n is not None, n or 0))
    return [{"number": n, "facts": seasons[n]} for n in order]


@router.get("/shows/{show_id}/dossier", response=dict[str, Any])
def show_dossier(
    request: HttpRequest, show_id: int, season: int | None = None, as_of: dt.date | None = None
) -> dict[str, Any] | HttpResponse:
    """The dossier, exactly as ``nextseason show --json`` prints it (format ``nextseason-dossier/1``)."""
    if season is None and as_of is None:  # the whole dossier as of now: rendered once per change
        body = dossier_cache.cached(show_id, dossier_cache.API, lambda: _render(request, show_id))
        if body is None:
            raise Http404(f"no show {show_id}")
        return HttpResponse(body, content_type=JSON_TYPE)
    get_object_or_404(m.Show, id=show_id)
    return dossier_json(dossier_picture(show_id, season=season, as_of=as_of))


JSON_TYPE = f"{JSONRenderer.media_type}; charset={JSONRenderer.charset}"


def _render(request: HttpRequest, show_id: int) -> str:
    """The JSON the endpoint would answer for the dossier, as ninja's renderer writes it."""
    return str(JSONRenderer().render(request, dossier_json(dossier_picture(show_id)), response_status=200))


@router.get("/shows/{show_id}/claims", response=list[ClaimOut])
@paginate(PageNumberPagination, page_size=100)
def show_claims(
    request: HttpRequest, show_id: int, season: int | None = None, kind: str | None = None
) -> QuerySet[m.Claim]:
    """Every claim about the show in the current version of each source, oldest source first."""
    get_object_or_404(m.Show, id=show_id)
    rows = m.Claim.objects.filter(show_id=show_id, document__current=True)
    if season is not None:
        rows = rows.filter(season=season)
    if kind:
        rows = rows.filter(kind=kind)
    return rows.order_by("document__published_lower", "document_id", "ordinal")


def dossier_picture(show_id: int, *, season: int | None = None, as_of: dt.date | None = None) -> ShowPicture:
    """The picture ``nextseason show`` renders: the pipeline's ``picture_of``, cut to one season if asked."""
    picture = picture_of(DjangoStore(), show_id, as_of)
    if season is None:
        return picture
    if picture.season(season) is None:
        raise Http404(f"{picture.title} has no claims about season {season}")
    return replace(picture, seasons=tuple(s for s in picture.seasons if s.number in (None, season)))


def search_shows(query: str, limit: int = SEARCH_LIMIT) -> list[dict[str, Any]]:
    key = show_key(query)
    if not key:
        return []
    hits: dict[int, tuple[str, str]] = {}
    aliases = m.ShowAlias.objects.order_by("show_id", "id")
    for show_id, name in aliases.filter(key=key).values_list("show_id", "name"):
        hits.setdefault(show_id, (name, "exact"))
    for show_id, name in aliases.filter(key__contains=key).values_list("show_id", "name")[: limit * 2]:
        hits.setdefault(show_id, (name, "contains"))
    near = DjangoStore().nearest_titles(query, limit)
    found = {name: show_id for show_id, name in aliases.filter(name__in=near).values_list("show_id", "name")}
    for name in near:
        if name in found:
            hits.setdefault(found[name], (name, "fuzzy"))
    shows = m.Show.objects.in_bulk(list(hits))
    return [
        {"id": i, "title": shows[i].title, "native_title": shows[i].native_title, "matched": name, "match": how}
        for i, (name, how) in list(hits.items())[:limit]
    ]
