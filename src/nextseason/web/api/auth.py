"""Authentication for the API: ``Authorization: Bearer <token>`` with an ``ApiToken``, and
the token endpoints (make one while logged in; list and revoke your own).

Personal endpoints take a bearer token or the browser session (which Ninja checks for
CSRF on unsafe methods). A missing, unknown or revoked token is a 401.
"""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import get_user_model
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema, Status
from ninja.security import HttpBearer, django_auth

from nextseason.errors import NotFoundError
from nextseason.web.models_api import ApiToken


class BearerToken(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> object | None:
        user = ApiToken.user_for(token)
        if user is not None:
            request.user = user
        return user


bearer = BearerToken()
PERSONAL = [bearer, django_auth]  # either a token or a logged-in session

router = Router(tags=["tokens"])


class TokenIn(Schema):
    label: str = ""


class TokenOut(Schema):
    id: int
    prefix: str
    label: str
    created: dt.datetime
    revoked_at: dt.datetime | None


class NewTokenOut(TokenOut):
    token: str  # shown once: only its hash is kept


@router.post("/tokens", auth=django_auth, response={201: NewTokenOut})
def create_token(request: HttpRequest, data: TokenIn) -> Status:
    """Make a token for the logged-in user (session login); the answer is the only time it is shown."""
    row, token = ApiToken.issue(request.user, data.label[:100])
    return Status(201, {**_token_fields(row), "token": token})


@router.get("/tokens", auth=PERSONAL, response=list[TokenOut])
def list_tokens(request: HttpRequest) -> list[ApiToken]:
    """Your tokens, live and revoked (never the tokens themselves)."""
    return list(ApiToken.objects.filter(user=request.user))


@router.delete("/tokens/{token_id}", auth=PERSONAL, response=TokenOut)
def revoke_token(request: HttpRequest, token_id: int) -> ApiToken:
    """Revoke one of your tokens; it stops working at once."""
    row = get_object_or_404(ApiToken, id=token_id, user=request.user)
    row.revoke()
    return row


def _token_fields(row: ApiToken) -> dict[str, object]:
    return {"id": row.id, "prefix": row.prefix, "label": row.label, "created": row.created, "revoked_at": row.revoked_at}


# --- for the command line -------------------------------------------------------------


def issue_for(username: str, label: str = "") -> tuple[ApiToken, str]:
    """A new token for the user called ``username`` (NotFoundError when there is none)."""
    return ApiToken.issue(_user(username), label)


def revoke_for(username: str, token_id: int) -> ApiToken:
    row = ApiToken.objects.filter(user=_user(username), id=token_id).first()
    if row is None:
        raise NotFoundError(f"{username} has no API token {token_id}")
    row.revoke()
    return row


def tokens_of(username: str) -> list[ApiToken]:
    return list(ApiToken.objects.filter(user=_user(username)))


def _user(username: str) -> object:
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise NotFoundError(f"no user called {username!r}")
    return user


def token_command(action: str, username: str, *, label: str = "", token_id: int | None = None) -> list[str]:
    """``nextseason api-token``: the lines to print for create, list or revoke."""
    if action == "create":
        row, token = issue_for(username, label)
        return [f"API token {row.id} for {username} (shown once; keep it secret):", token]
    if action == "revoke":
        if token_id is None:
            raise NotFoundError("which token? give its id (see: nextseason api-token list USER)")
        row = revoke_for(username, token_id)
        return [f"revoked API token {row.id} ({row.prefix}…) of {username}"]
    return [
        f"{row.id:>5}  {row.prefix}…  {row.created:%Y-%m-%d %H:%M}  {'revoked' if row.revoked_at else 'live':8} {row.label}"
        for row in tokens_of(username)
    ]
