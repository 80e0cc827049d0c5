"""A polite TVmaze client (https://www.tvmaze.com/api; no key; data CC BY-SA).

Every request goes through :func:`nextseason.http.fetch` (timeouts, size cap, User-Agent
naming nextseason, private-address guard). On top of it:

- a client-side rate limit below TVmaze's (about 20 requests per 10 seconds per IP):
  at most 15 requests in any 10 seconds;
- retries with exponential backoff on 429 (honouring ``Retry-After``), 5xx, timeouts
  and bodies that are not JSON (a truncated answer, an HTML error page);
- a 404 is :class:`ShowGone` (a show removed upstream), never retried.

``NEXTSEASON_TVMAZE_URL`` points the client at another server (tests run a loopback
one; a loopback or private address also needs ``allow_private`` or
``NEXTSEASON_ALLOW_PRIVATE_URLS=1``).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import os
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

from nextseason.errors import InputError
from nextseason.http import (
    DEFAULT_MAX_BYTES,
    FetchTimeout,
    HTTPStatusError,
    default_timeout,
    fetch,
    make_client,
    private_allowed,
)

BASE_URL = "https://api.tvmaze.com"
URL_ENV = "NEXTSEASON_TVMAZE_URL"
EMBEDS = ("seasons", "episodes", "cast", "crew", "akas")
UPDATE_WINDOWS = ("day", "week", "month")


class TVmazeError(InputError):
    """TVmaze could not answer usefully (after retries)."""


class ShowGone(TVmazeError):
    """404: the show (or page) does not exist at TVmaze, e.g. removed upstream."""


@dataclass(frozen=True, slots=True)
class Policy:
    """How polite the client is: rate limit, retries and their waits (seconds)."""

    max_requests: int = 15  # in any `per` seconds; TVmaze allows about 20 per 10 s
    per: float = 10.0
    attempts: int = 4
    backoff: float = 1.0  # first wait; doubles per retry
    max_wait: float = 60.0  # a longer Retry-After is cut to this
    timeout: float | None = None  # None: NEXTSEASON_HTTP_TIMEOUT or 10 s
    max_bytes: int = DEFAULT_MAX_BYTES


class RateLimiter:
    """At most ``max_requests`` starts in any window of ``per`` seconds (a sliding window)."""

    def __init__(
        self,
        max_requests: int,
        per: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.max_requests, self.per = max_requests, per
        self.clock, self.sleep = clock, sleep
        self.starts: deque[float] = deque()

    def wait(self) -> None:
        now = self.clock()
        while self.starts and now - self.starts[0] >= self.per:
            self.starts.popleft()
        if len(self.starts) >= self.max_requests:
            self.sleep(self.per - (now - self.starts[0]))
            self.starts.popleft()
            now = self.clock()
        self.starts.append(now)


def base_url() -> str:
    return (os.environ.get(URL_ENV, "").strip() or BASE_URL).rstrip("/")


class TVmazeClient:
    """TVmaze's show endpoints; ``requests`` counts what was sent (retries included)."""

    def __init__(
        self,
        url: str | None = None,
        *,
        policy: Policy | None = None,
        allow_private: bool | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.url = (url or base_url()).rstrip("/")
        self.policy = policy or Policy()
        self.allow_private = private_allowed(allow_private)
        self.timeout = self.policy.timeout or default_timeout()
        self.sleep = sleep
        self.limiter = RateLimiter(self.policy.max_requests, self.policy.per, clock=clock, sleep=sleep)
        self.http = make_client(timeout=self.timeout, accept="application/json")
        self.requests = 0

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> TVmazeClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- endpoints ------------------------------------------------------------------

    def search(self, query: str) -> list[dict[str, Any]]:
        """``/search/shows``: hits with ``score`` and ``show``, best first."""
        return _list(self.get("/search/shows", {"q": query}), "search")

    def show(self, show_id: int, *, embed: bool = True) -> dict[str, Any]:
        """``/shows/ID`` with seasons, episodes, cast, crew and akas embedded (one request);
        an embed the answer lacks is fetched from its own endpoint."""
        params = {"embed[]": list(EMBEDS)} if embed else {}
        data = _object(self.get(f"/shows/{int(show_id)}", params), "show")
        if embed:
            found = data.setdefault("_embedded", {})
            for name in EMBEDS:
                if not isinstance(found.get(name), list):
                    found[name] = self.part(show_id, name)
        return data

    def part(self, show_id: int, name: str) -> list[dict[str, Any]]:
        """One of ``/shows/ID/{seasons,episodes,cast,crew,akas}``."""
        if name not in EMBEDS:
            raise ValueError(f"not a show part: {name}")
        return _list(self.get(f"/shows/{int(show_id)}/{name}"), name)

    def lookup_imdb(self, imdb_id: str) -> dict[str, Any]:
        """``/lookup/shows?imdb=`` (answered with a redirect to ``/shows/ID``)."""
        return _object(self.get("/lookup/shows", {"imdb": imdb_id}), "lookup")

    def updates(self, since: str | None = None) -> dict[int, int]:
        """``/updates/shows``: show id -> last update (Unix time); ``since`` day/week/month."""
        if since is not None and since not in UPDATE_WINDOWS:
            raise ValueError(f"since must be one of {UPDATE_WINDOWS}")
        raw = _object(self.get("/updates/shows", {"since": since} if since else {}), "updates")
        out: dict[int, int] = {}
        for key, value in raw.items():
            if str(key).isdigit() and isinstance(value, int) and not isinstance(value, bool):
                out[int(key)] = value
        return out

    # -- one request, politely ------------------------------------------------------

    def get(self, path: str, params: Mapping[str, Any] | None = None) -> Any:
        url = self.url + quote(path)
        if params:
            url += "?" + urlencode(params, doseq=True)
        attempts = max(1, self.policy.attempts)
        for attempt in range(attempts):
            try:
                return self._once(url)
            except HTTPStatusError as exc:
                if exc.status == 404:
                    raise ShowGone(f"not found at TVmaze (removed upstream?): {url}") from None
                if exc.status != 429 and exc.status < 500:
                    raise TVmazeError(str(exc)) from None
                wait, problem = self._wait(attempt, exc.retry_after), str(exc)
            except (FetchTimeout, _NotJSON) as exc:
                wait, problem = self._wait(attempt, None), str(exc)
            except InputError as exc:  # refused address, size cap, bad URL: not worth a retry
                raise TVmazeError(str(exc)) from None
            if attempt + 1 == attempts:
                raise TVmazeError(f"{problem} (gave up after {attempts} attempts)")
            self.sleep(wait)
        raise AssertionError("unreachable")

    def _once(self, url: str) -> Any:
        self.limiter.wait()
        self.requests += 1
        got = fetch(
            url,
            client=self.http,
            timeout=self.timeout,
            max_bytes=self.policy.max_bytes,
            allow_private=self.allow_private,
        )
        try:
            return json.loads(got.body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            kind = "an HTML page" if got.body.lstrip()[:1] == b"<" else "truncated or invalid JSON"
            raise _NotJSON(f"TVmaze answered {kind} instead of JSON for {url}") from None

    def _wait(self, attempt: int, retry_after: str | None) -> float:
        asked = _retry_after(retry_after)
        wait = asked if asked is not None else self.policy.backoff * 2**attempt
        return max(0.0, min(wait, self.policy.max_wait))


class _NotJSON(InputError):
    pass


def _retry_after(value: str | None) -> float | None:
    """``Retry-After`` as seconds: a number, or an HTTP date."""
    if not value:
        return None
    text = value.strip()
    try:
        return float(text)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return (when - dt.datetime.now(dt.UTC)).total_seconds()


def _list(data: Any, what: str) -> list[dict[str, Any]]:
    if not isinstance(data, list):
        raise TVmazeError(f"TVmaze {what}: expected a list, got {type(data).__name__}")
    return [d for d in data if isinstance(d, dict)]


def _object(data: Any, what: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise TVmazeError(f"TVmaze {what}: expected an object, got {type(data).__name__}")
    return data
