"""Follows: which shows you follow and how far you have watched. Your own only: every
query here is filtered by the authenticated user, so another user's follows are a 404."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema, Status

from nextseason.web import models as m
from nextseason.web.api.auth import PERSONAL

router = Router(tags=["follows"], auth=PERSONAL)


class FollowIn(Schema):
    show_id: int
    watched_up_to: int | None = None  # seasons watched; 0 for none (the default for a new follow)


class FollowOut(Schema):
    show_id: int
    title: str
    watched_up_to: int
    created: dt.datetime

    @staticmethod
    def resolve_title(follow: m.Follow) -> str:
        return follow.show.title


@router.get("/follows", response=list[FollowOut])
def list_follows(request: HttpRequest) -> list[m.Follow]:
    """The shows you follow."""
    return list(_mine(request).order_by("show__title", "id"))


@router.post("/follows", response={200: FollowOut, 201: FollowOut})
def follow(request: HttpRequest, data: FollowIn) -> Status:
    """Follow a show (201), or update how far you have watched one you follow (200)."""
    show = get_object_or_404(m.Show, id=data.show_id)
    row, made = m.Follow.objects.get_or_create(user=request.user, show=show)
    if data.watched_up_to is not None and data.watched_up_to != row.watched_up_to:
        row.watched_up_to = max(0, data.watched_up_to)
        row.save(update_fields=["watched_up_to"])
    return Status(201 if made else 200, row)


@router.delete("/follows/{show_id}", response={204: None})
def unfollow(request: HttpRequest, show_id: int) -> Status:
    """Stop following a show."""
    get_object_or_404(_mine(request), show_id=show_id).delete()
    return Status(204, None)


def _mine(request: HttpRequest):  # type: ignore[no-untyped-def]
    return m.Follow.objects.filter(user=request.user).select_related("show")
