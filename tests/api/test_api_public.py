"""The public endpoints on the sample articles, through Django's test client."""

from __future__ import annotations

import datetime as dt
from typing import Any

from nextseason.domain.ports import FactRow

TITLE = "Lantern Harbor"


def get(client: Any, url: str, **params: Any) -> Any:
    response = client.get(url, params)
    assert response.status_code == 200, (url, response.status_code, response.content[:500])
    return response.json()


def show_id(client: Any) -> int:
    return get(client, "/api/search", q=TITLE)[0]["id"]


def test_shows_are_listed_a_page_at_a_time(client: Any, samples: Any) -> None:
    page = get(client, "/api/shows")
    assert page["count"] == len(page["items"]) >= 1
    assert TITLE in [s["title"] for s in page["items"]]
    assert get(client, "/api/shows", page=2)["items"] == [] or page["count"] > 50


def test_search_finds_titles_exactly_by_part_and_by_near_spelling(client: Any, samples: Any) -> None:
    exact = get(client, "/api/search", q="lantern harbor")
    assert exact[0]["title"] == TITLE and exact[0]["match"] == "exact"
    assert get(client, "/api/search", q="Lantern")[0]["match"] == "contains"
    near = get(client, "/api/search", q="Lanterne Harbour")
    assert near and near[0]["title"] == TITLE
    assert get(client, "/api/search", q="zzzz qqqq") == []
    assert client.get("/api/search").status_code == 422  # q is required


def test_show_detail_and_its_seasons(client: Any, samples: Any) -> None:
    sid = show_id(client)
    show = get(client, f"/api/shows/{sid}")
    assert show["id"] == sid and show["title"] == TITLE
    assert show["seasons"] == [1, 2]
    seasons = get(client, f"/api/shows/{sid}/seasons")
    numbers = [s["number"] for s in seasons]
    assert {1, 2} <= set(numbers)
    two = next(s for s in seasons if s["number"] == 2)
    premieres = [f for f in two["facts"] if f["kind"] == "premiere" and f["status"] == "current"]
    assert "2025-02-07" in [f["value"] for f in premieres]
    assert client.get("/api/shows/999999").status_code == 404
    assert client.get("/api/shows/999999/seasons").status_code == 404


def test_dossier_is_the_dossier_format(client: Any, samples: Any) -> None:
    sid = show_id(client)
    dossier = get(client, f"/api/shows/{sid}/dossier")
    assert dossier["format"] == "nextseason-dossier/1"
    assert dossier["show"]["title"] == TITLE and dossier["sources"]
    one = get(client, f"/api/shows/{sid}/dossier", season=1)
    assert {s["number"] for s in one["seasons"]} <= {None, 1}
    assert client.get(f"/api/shows/{sid}/dossier", {"season": 9}).status_code == 404
    early = get(client, f"/api/shows/{sid}/dossier", as_of="2024-04-01")
    assert early["as_of"] == "2024-04-01" and len(early["sources"]) < len(dossier["sources"])


def test_claims_are_paged_and_filtered(client: Any, samples: Any) -> None:
    sid = show_id(client)
    claims = get(client, f"/api/shows/{sid}/claims")
    assert claims["count"] == len(claims["items"]) > 0
    first = claims["items"][0]
    assert {"id", "source", "show_name", "season", "kind", "value", "stance", "evidence"} <= set(first)
    cast = get(client, f"/api/shows/{sid}/claims", kind="cast")["items"]
    assert cast and all(c["kind"] == "cast" for c in cast)
    two = get(client, f"/api/shows/{sid}/claims", season=2)["items"]
    assert two and all(c["season"] == 2 for c in two)


def test_a_source_says_what_it_is_and_what_it_gave(client: Any, samples: Any) -> None:
    sid = show_id(client)
    claim = get(client, f"/api/shows/{sid}/claims")["items"][0]
    source = get(client, f"/api/sources/{claim['source']}")
    assert source["id"] == claim["source"] and source["claims"] > 0 and sid in source["shows"]
    assert source["published"] and source["published_lower"] <= source["published_upper"]
    assert client.get("/api/sources/999999").status_code == 404


def test_calendar_keeps_days_and_windows_with_their_bounds(client: Any, samples: Any, store: Any) -> None:
    sid = show_id(client)
    store.save_facts(sid, [FactRow(3, "premiere", "2026-40", "asserted", "current", "a window")])
    found = get(client, "/api/calendar", **{"from": "2026-03-01", "to": "2026-03-31"})
    assert found["from"] == "2026-03-01" and found["to"] == "2026-03-31"
    [window] = found["entries"]
    assert window["value"] == "2026-40" and window["precision"] == "window"
    assert (window["lower"], window["upper"]) == ("2026-01-01", "2026-06-30")
    assert window["show_id"] == sid and window["season"] == 3


def test_calendar_day_premieres_and_range(client: Any, samples: Any) -> None:
    entries = get(client, "/api/calendar", **{"from": "2025-02-01", "to": "2025-02-28"})["entries"]
    day = next(e for e in entries if e["value"] == "2025-02-07")
    assert day["precision"] == "day" and day["lower"] == day["upper"] == "2025-02-07"
    assert get(client, "/api/calendar", **{"from": "2030-01-01", "to": "2030-12-31"})["entries"] == []
    default = get(client, "/api/calendar")
    assert default["from"] == dt.date.today().isoformat()


def test_openapi_lists_every_endpoint_and_docs_are_served(client: Any, store: Any) -> None:
    schema = get(client, "/api/openapi.json")
    paths = {(path, method) for path, ops in schema["paths"].items() for method in ops}
    expected = {
        ("/api/shows", "get"),
        ("/api/search", "get"),
        ("/api/shows/{show_id}", "get"),
        ("/api/shows/{show_id}/seasons", "get"),
        ("/api/shows/{show_id}/dossier", "get"),
        ("/api/shows/{show_id}/claims", "get"),
        ("/api/sources/{source_id}", "get"),
        ("/api/calendar", "get"),
        ("/api/follows", "get"),
        ("/api/follows", "post"),
        ("/api/follows/{show_id}", "delete"),
        ("/api/tokens", "post"),
        ("/api/tokens", "get"),
        ("/api/tokens/{token_id}", "delete"),
    }
    assert expected <= paths, expected - paths
    assert "BearerToken" in schema["components"]["securitySchemes"]
    docs = client.get("/api/docs")
    assert docs.status_code == 200 and b"/api/openapi.json" in docs.content
