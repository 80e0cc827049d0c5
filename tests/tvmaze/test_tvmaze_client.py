"""The TVmaze client against a real loopback server: endpoints, politeness and faults."""

from __future__ import annotations

import time
from typing import Any

import pytest
from werkzeug import Request, Response

from nextseason.sources.tvmaze import RateLimiter, ShowGone, TVmazeClient, TVmazeError


def test_endpoints_answer_with_the_recorded_data(client_for: Any, tvmaze: Any, httpserver: Any) -> None:
    client = client_for()
    hits = client.search("silicon valley")
    assert hits[0]["show"]["id"] == 143
    show = client.show(143)
    assert show["name"] == "Silicon Valley" and len(show["_embedded"]["seasons"]) == 4
    assert client.requests == 2  # one request for the show and all its embeds
    assert client.lookup_imdb("tt2575988")["id"] == 143  # through TVmaze's redirect
    assert [s["number"] for s in client.part(143, "seasons")] == [1, 2, 3, 4]
    request = httpserver.log[0][0]
    assert request.headers["User-Agent"].startswith("nextseason/")


def test_missing_embeds_are_fetched_from_their_own_endpoints(client_for: Any, tvmaze: Any) -> None:
    del tvmaze.shows[143]["_embedded"]["crew"]  # as if TVmaze ignored that embed
    tvmaze.shows[143]["_embedded"]["crew_list"] = []
    client = client_for()
    show = client.show(143)
    assert show["_embedded"]["crew"] == []
    assert client.requests == 2


def test_429_with_retry_after_is_honoured(client_for: Any, tvmaze: Any) -> None:
    tvmaze.faults["/shows/143"] = [Response("slow down", 429, headers={"Retry-After": "1"})]
    waits: list[float] = []
    client = client_for()
    client.sleep = waits.append
    assert client.show(143)["id"] == 143
    assert waits == [1.0] and client.requests == 2


def test_500s_are_retried_with_backoff(client_for: Any, tvmaze: Any) -> None:
    tvmaze.faults["/shows/143"] = [Response("oops", 500), Response("oops", 503)]
    waits: list[float] = []
    client = client_for(backoff=0.5)
    client.sleep = waits.append
    assert client.show(143)["id"] == 143
    assert waits == [0.5, 1.0]


def test_500s_that_do_not_stop_are_one_clear_error(client_for: Any, tvmaze: Any) -> None:
    tvmaze.faults["/shows/143"] = [Response("oops", 500) for _ in range(4)]
    client = client_for(attempts=3)
    with pytest.raises(TVmazeError, match=r"HTTP 500 Internal Server Error .*\(gave up after 3 attempts\)"):
        client.show(143)
    assert client.requests == 3


def test_a_timeout_is_retried(client_for: Any, tvmaze: Any, httpserver: Any) -> None:
    slow = {"left": 1}

    def handler(request: Request) -> Response:
        if slow["left"]:
            slow["left"] -= 1
            time.sleep(0.6)
        return tvmaze(request)

    httpserver.clear()
    httpserver.expect_request("/search/shows").respond_with_handler(handler)
    client = client_for(timeout=0.2, backoff=0.6)  # the one-thread server is free again
    assert client.search("girls")[0]["show"]["name"]
    assert client.requests == 2


def test_truncated_json_is_retried_then_reported(client_for: Any, tvmaze: Any) -> None:
    body = '{"id": 143, "name": "Silicon Val'
    tvmaze.faults["/shows/143"] = [Response(body, 200, content_type="application/json")]
    client = client_for()
    assert client.show(143)["name"] == "Silicon Valley"
    tvmaze.faults["/shows/143"] = [Response(body, 200, content_type="application/json") for _ in range(4)]
    with pytest.raises(TVmazeError, match="truncated or invalid JSON"):
        client.show(143)


def test_an_html_error_page_is_not_taken_for_json(client_for: Any, tvmaze: Any) -> None:
    page = "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>"
    tvmaze.faults["/search/shows"] = [Response(page, 200, content_type="text/html") for _ in range(4)]
    with pytest.raises(TVmazeError, match="HTML page instead of JSON"):
        client_for().search("girls")


def test_a_removed_show_is_a_404_not_retried(client_for: Any, tvmaze: Any) -> None:
    client = client_for()
    with pytest.raises(ShowGone, match="removed upstream"):
        client.show(999999)
    assert client.requests == 1


def test_the_size_cap_holds(client_for: Any, tvmaze: Any) -> None:
    with pytest.raises(TVmazeError, match="larger than"):
        client_for(max_bytes=1000, attempts=1).show(143)


def test_loopback_is_refused_unless_allowed(httpserver: Any, tvmaze: Any) -> None:
    with TVmazeClient(httpserver.url_for(""), allow_private=False) as client, pytest.raises(TVmazeError, match="private address"):
        client.search("girls")


def test_the_rate_limit_stays_below_tvmazes() -> None:
    now = [0.0]
    waits: list[float] = []

    def sleep(s: float) -> None:
        waits.append(s)
        now[0] += s

    limiter = RateLimiter(15, 10.0, clock=lambda: now[0], sleep=sleep)
    starts = []
    for _ in range(40):
        limiter.wait()
        starts.append(now[0])
        now[0] += 0.01
    for i in range(len(starts) - 15):  # never more than 15 starts in 10 seconds
        assert starts[i + 15] - starts[i] >= 10.0
    assert TVmazeClient("https://api.tvmaze.com").policy.max_requests * 10 / TVmazeClient("https://api.tvmaze.com").policy.per < 20
