"""Checks for a channel URL a user adds: Apprise must understand it, and it must not point
at a loopback or private address (the server would post there) unless that is allowed."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from nextseason.errors import InputError
from nextseason.http import check_public_url


def check_channel_url(url: str, *, allow_private: bool | None = None) -> None:
    """Raise InputError when ``url`` is no Apprise URL or names a private host."""
    import apprise

    if not apprise.Apprise().add(url):
        raise InputError("not an Apprise URL (see the Apprise documentation for the services)")
    parts = urlsplit(url)
    hosts = [parts.hostname or ""]
    hosts += parse_qs(parts.query).get("smtp", [])  # mailto:// may name its SMTP server apart
    for host in filter(None, hosts):
        try:
            check_public_url(f"http://{host}/", allow_private)
        except InputError as exc:
            raise InputError(f"channel refused: {exc}") from None
