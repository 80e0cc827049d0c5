"""Follows and tokens: bearer tokens (missing, revoked: 401), sessions, one user's data kept from another."""

from __future__ import annotations

from typing import Any

from django.test import Client


def a_show(store: Any) -> int:
    from nextseason.web import models as m

    return m.Show.objects.create(title="Quiet Orbit").id


def test_follows_need_a_token(client: Any, store: Any, make_user: Any, token_for: Any) -> None:
    assert client.get("/api/follows").status_code == 401
    assert client.get("/api/follows", HTTP_AUTHORIZATION="Bearer not-a-token").status_code == 401
    assert client.post("/api/follows", {"show_id": 1}, content_type="application/json").status_code == 401
    headers, _ = token_for(make_user("ana"))
    assert client.get("/api/follows", **headers).json() == []


def test_a_revoked_token_stops_working(client: Any, store: Any, make_user: Any, token_for: Any) -> None:
    headers, row = token_for(make_user("ana"))
    assert client.get("/api/follows", **headers).status_code == 200
    revoked = client.delete(f"/api/tokens/{row.id}", **headers)
    assert revoked.status_code == 200 and revoked.json()["revoked_at"]
    assert client.get("/api/follows", **headers).status_code == 401


def test_follow_watch_and_unfollow(client: Any, store: Any, make_user: Any, token_for: Any) -> None:
    show = a_show(store)
    headers, _ = token_for(make_user("ana"))
    post = client.post("/api/follows", {"show_id": show}, content_type="application/json", **headers)
    assert post.status_code == 201 and post.json()["watched_up_to"] == 0
    again = client.post(
        "/api/follows", {"show_id": show, "watched_up_to": 2}, content_type="application/json", **headers
    )
    assert again.status_code == 200 and again.json()["watched_up_to"] == 2
    [follow] = client.get("/api/follows", **headers).json()
    assert (follow["show_id"], follow["title"], follow["watched_up_to"]) == (show, "Quiet Orbit", 2)
    assert client.delete(f"/api/follows/{show}", **headers).status_code == 204
    assert client.get("/api/follows", **headers).json() == []
    assert client.delete(f"/api/follows/{show}", **headers).status_code == 404
    missing = client.post("/api/follows", {"show_id": 999999}, content_type="application/json", **headers)
    assert missing.status_code == 404


def test_one_user_cannot_read_or_touch_anothers_follows(
    client: Any, store: Any, make_user: Any, token_for: Any
) -> None:
    show = a_show(store)
    ana, _ = token_for(make_user("ana"))
    ben, _ = token_for(make_user("ben"))
    client.post("/api/follows", {"show_id": show, "watched_up_to": 1}, content_type="application/json", **ana)
    assert client.get("/api/follows", **ben).json() == []
    assert client.delete(f"/api/follows/{show}", **ben).status_code == 404
    assert len(client.get("/api/follows", **ana).json()) == 1
    ana_tokens = client.get("/api/tokens", **ana).json()
    assert client.delete(f"/api/tokens/{ana_tokens[0]['id']}", **ben).status_code == 404
    assert client.get("/api/follows", **ana).status_code == 200


def test_a_logged_in_session_makes_a_token_with_csrf(store: Any, make_user: Any) -> None:
    from nextseason.web.models_api import ApiToken

    make_user("ana")
    browser = Client(HTTP_HOST="localhost", enforce_csrf_checks=True)
    csrf = "k" * 32  # a CSRF secret as a page's form would carry it, in cookie and header
    browser.cookies["csrftoken"] = csrf
    anonymous = browser.post("/api/tokens", {}, content_type="application/json", HTTP_X_CSRFTOKEN=csrf)
    assert anonymous.status_code == 401
    assert browser.login(username="ana", password="a long test password")
    assert browser.post("/api/tokens", {}, content_type="application/json").status_code == 403  # no CSRF header
    made = browser.post("/api/tokens", {"label": "phone"}, content_type="application/json", HTTP_X_CSRFTOKEN=csrf)
    assert made.status_code == 201, made.content
    token = made.json()["token"]
    assert len(token) >= 22  # >= 128 bits in URL-safe base64
    row = ApiToken.objects.get(id=made.json()["id"])
    assert row.label == "phone" and token not in row.hashed and row.prefix == token[:8]
    plain = Client(HTTP_HOST="localhost")
    assert plain.get("/api/follows", HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 200
