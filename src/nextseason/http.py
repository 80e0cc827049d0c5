"""The one HTTP client: timeouts, a redirect limit, a size cap, a User-Agent and
a guard against private addresses.

Every outbound request of nextseason goes through :func:`make_client` and
:func:`fetch`. Failures become :class:`~nextseason.errors.InputError` with a
one-line message, so the CLI can print them as they are.

The private-address guard checks the host's resolved addresses before each
request (every redirect hop included) and then the address the socket really
connected to, before any of the body is read; the second check closes the gap
left by DNS answers that change between the two lookups. Proxies from the
environment are not used (``trust_env=False``): behind a proxy the guard could
not see the real peer.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from nextseason import __version__
from nextseason.errors import InputError

DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_BYTES = 10_000_000
MAX_REDIRECTS = 5
USER_AGENT = f"nextseason/{__version__} (TV season news reader; python-httpx)"
ALLOW_PRIVATE_ENV = "NEXTSEASON_ALLOW_PRIVATE_URLS"
TIMEOUT_ENV = "NEXTSEASON_HTTP_TIMEOUT"

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
HTML_ACCEPT = "text/html, text/plain;q=0.9, */*;q=0.1"


class HTTPStatusError(InputError):
    """An error status (4xx, 5xx), with the status and any ``Retry-After`` for retrying callers."""

    def __init__(self, message: str, status: int, retry_after: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class FetchTimeout(InputError):
    """The server did not answer (or finish answering) in time."""


@dataclass(frozen=True, slots=True)
class FetchResult:
    """A fetched response: the final URL after redirects and the whole body."""

    url: str
    status: int
    content_type: str
    body: bytes
    encoding: str | None


def private_allowed(allow_private: bool | None = None) -> bool:
    """An explicit argument wins; otherwise ``NEXTSEASON_ALLOW_PRIVATE_URLS=1``."""
    if allow_private is not None:
        return allow_private
    return os.environ.get(ALLOW_PRIVATE_ENV, "").strip().lower() in ("1", "true", "yes")


def default_timeout() -> float:
    """Seconds for connect and read, from ``NEXTSEASON_HTTP_TIMEOUT`` or 10."""
    raw = os.environ.get(TIMEOUT_ENV, "").strip()
    if not raw:
        return DEFAULT_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        raise InputError(f"{TIMEOUT_ENV} must be a number of seconds, not {raw!r}") from None
    if value <= 0:
        raise InputError(f"{TIMEOUT_ENV} must be positive, not {raw!r}")
    return value


def make_client(*, timeout: float = DEFAULT_TIMEOUT, accept: str = HTML_ACCEPT) -> httpx.Client:
    """The one client factory: no automatic redirects (``fetch`` checks each hop)."""
    return httpx.Client(
        timeout=httpx.Timeout(timeout, connect=timeout, read=timeout),
        follow_redirects=False,
        headers={"User-Agent": USER_AGENT, "Accept": accept},
        trust_env=False,
    )


def fetch(
    url: str,
    *,
    timeout: float | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    allow_private: bool | None = None,
    client: httpx.Client | None = None,
) -> FetchResult:
    """GET ``url`` following at most five redirects; raise InputError on any failure."""
    seconds = default_timeout() if timeout is None else timeout
    allowed = private_allowed(allow_private)
    deadline = time.monotonic() + 3 * seconds
    own = client is None
    http = make_client(timeout=seconds) if client is None else client
    try:
        return _follow(http, url, max_bytes=max_bytes, allowed=allowed, deadline=deadline)
    except httpx.TimeoutException:
        raise FetchTimeout(f"timed out after {seconds:g} s fetching {url}") from None
    except httpx.HTTPError as exc:
        raise InputError(f"cannot fetch {url}: {_reason(exc)}") from None
    finally:
        if own:
            http.close()


def _follow(
    http: httpx.Client, url: str, *, max_bytes: int, allowed: bool, deadline: float
) -> FetchResult:
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        _check_url(current, allowed)
        with http.stream("GET", current) as response:
            if not allowed:
                _check_peer(response, current)
            if response.is_redirect:
                current = str(response.url.join(response.headers["location"]))
                continue
            return _finish(response, url, max_bytes=max_bytes, deadline=deadline)
    raise InputError(f"more than {MAX_REDIRECTS} redirects fetching {url}")


def _finish(response: httpx.Response, url: str, *, max_bytes: int, deadline: float) -> FetchResult:
    if response.status_code >= 400:
        reason = httpx.codes.get_reason_phrase(response.status_code) or response.reason_phrase
        raise HTTPStatusError(
            f"HTTP {response.status_code} {reason} for {url}",
            response.status_code,
            response.headers.get("retry-after"),
        )
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise InputError(f"response larger than {_mb(max_bytes)} for {url}")
    body = b"".join(_capped(response.iter_bytes(), url, max_bytes=max_bytes, deadline=deadline))
    return FetchResult(
        url=str(response.url),
        status=response.status_code,
        content_type=response.headers.get("content-type", "").split(";")[0].strip().lower(),
        body=body,
        encoding=response.charset_encoding,
    )


def _capped(chunks: Iterator[bytes], url: str, *, max_bytes: int, deadline: float) -> Iterator[bytes]:
    """Yield the (decoded) body, stopping at the size cap or the overall deadline."""
    total = 0
    for chunk in chunks:
        total += len(chunk)
        if total > max_bytes:
            raise InputError(f"response larger than {_mb(max_bytes)} for {url}")
        if time.monotonic() > deadline:
            raise FetchTimeout(f"download too slow: not finished in time fetching {url}")
        yield chunk


def _check_url(url: str, allowed: bool) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"not an http(s) URL: {url}")
    if allowed:
        return
    for address in _resolve(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)):
        if is_private(address):
            raise InputError(_refusal(address, url))


def _check_peer(response: httpx.Response, url: str) -> None:
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if not peer:
        return
    address = ipaddress.ip_address(str(peer[0]).split("%")[0])
    if is_private(address):
        raise InputError(_refusal(address, url))


def _resolve(host: str, port: int) -> list[IPAddress]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise InputError(f"cannot resolve host {host}: {exc}") from None
    return [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]


def is_private(address: IPAddress) -> bool:
    """Anything but a public unicast address: loopback, private, shared (CGNAT),
    link-local, documentation, reserved, multicast or unspecified."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return not address.is_global or address.is_multicast or address.is_reserved


def _refusal(address: IPAddress, url: str) -> str:
    return f"refusing to fetch private address {address} for {url} (set {ALLOW_PRIVATE_ENV}=1 to allow)"


def _mb(n: int) -> str:
    return f"{n / 1_000_000:g} MB"


def _reason(exc: httpx.HTTPError) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def check_public_url(url: str, allow_private: bool | None = None) -> None:
    """Refuse (InputError) a URL that is not http(s) or whose host resolves to a loopback,
    private, link-local or reserved address, unless private addresses are allowed."""
    _check_url(url, private_allowed(allow_private))
