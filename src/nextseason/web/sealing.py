"""Secrets at rest: users' channel URLs (passwords, webhook tokens) are stored encrypted.

``seal`` encrypts with Fernet (AES-128-CBC with an HMAC-SHA256, from ``cryptography``);
``unseal`` decrypts, and only delivery calls it. ``masked_url`` is what pages and the
admin show instead: the scheme and the host, with Apprise's own privacy rules hiding a
token that sits in the host (a Telegram bot token, a Discord webhook id).

The keys: ``NEXTSEASON_CHANNEL_KEY`` (Fernet keys separated by commas), else the file
``channel_key`` in the data directory (one key a line), made once like the secret key:
written to a private temporary file, then linked into place, so processes starting
together share one key. The first key seals; every key unseals, so a new key can be put
first while older rows still open.
"""

from __future__ import annotations

import functools
import os
import secrets
from collections.abc import Mapping, Sequence
from pathlib import Path
from urllib.parse import urlsplit

from nextseason.errors import ConfigError

KEY_FILE = "channel_key"
ENV = "NEXTSEASON_CHANNEL_KEY"


class SealError(Exception):
    """A sealed value that none of the keys opens (the key file was replaced or lost)."""


def channel_keys(env: Mapping[str, str], data: Path) -> list[str]:
    """The keys, first the one that seals: from ``NEXTSEASON_CHANNEL_KEY``, else the key
    file in ``data`` (made when missing)."""
    if env.get(ENV):
        return [k.strip() for k in env[ENV].split(",") if k.strip()]
    path = data / KEY_FILE
    try:
        text = path.read_text(encoding="ascii")
    except FileNotFoundError:
        text = _write_once(path, _new_key() + "\n")
    return [line.strip() for line in text.splitlines() if line.strip()]


def _new_key() -> str:
    from cryptography.fernet import Fernet

    return Fernet.generate_key().decode("ascii")


def _write_once(path: Path, text: str) -> str:
    """Create ``path`` holding ``text`` unless it exists; return what the file holds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(text)
    try:
        os.link(tmp, path)
    except FileExistsError:
        text = path.read_text(encoding="ascii")
    finally:
        tmp.unlink()
    return text


@functools.cache
def _box(keys: tuple[str, ...]):  # type: ignore[no-untyped-def]
    from cryptography.fernet import Fernet, MultiFernet

    try:
        return MultiFernet([Fernet(k.encode("ascii")) for k in keys])
    except (ValueError, UnicodeEncodeError):
        raise ConfigError(
            f"a channel key (in {ENV} or the data directory's {KEY_FILE}) is no Fernet key"
        ) from None


def _keys() -> tuple[str, ...]:
    from django.conf import settings

    data, env_keys = Path(settings.DATA_DIR), os.environ.get(ENV, "")
    try:
        stamp = 0 if env_keys else (data / KEY_FILE).stat().st_mtime_ns
    except FileNotFoundError:
        keys = tuple(channel_keys({}, data))  # made now
    else:
        keys = _read_keys(env_keys, data, stamp)
    if not keys:
        raise ConfigError(f"no channel key: {ENV} or the data directory's {KEY_FILE} is empty")
    return keys


@functools.lru_cache(maxsize=8)
def _read_keys(env_keys: str, data: Path, stamp: int) -> tuple[str, ...]:
    """The keys, read again only when the file changed (``stamp``: its modification time)."""
    return tuple(channel_keys({ENV: env_keys} if env_keys else {}, data))


def seal(text: str, keys: Sequence[str] | None = None) -> str:
    """``text`` encrypted with the first key, as ASCII."""
    return _box(tuple(keys or _keys())).encrypt(text.encode("utf-8")).decode("ascii")


def unseal(token: str, keys: Sequence[str] | None = None) -> str:
    """The text ``seal`` encrypted; SealError when no key opens it."""
    from cryptography.fernet import InvalidToken

    try:
        return _box(tuple(keys or _keys())).decrypt(token.encode("ascii")).decode("utf-8")
    except (InvalidToken, UnicodeError):
        raise SealError(
            f"the channel URL cannot be decrypted: no channel key ({ENV} or {KEY_FILE}) opens it"
        ) from None


def masked_url(url: str) -> str:
    """The scheme and host only, ``mailtos://…@mail.example.org``: never a password, and a
    token in the host position is shortened the way Apprise's privacy mode does."""
    scheme = urlsplit(url).scheme
    host = _host(url)
    if "." not in host and ":" not in host:  # no DNS name or IP: maybe a token (a bot id)
        host = _host(_private_form(url) or url)
    return f"{scheme}://…{'@' + host if host else ''}"


def _host(url: str) -> str:
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


def _private_form(url: str) -> str | None:
    import apprise

    sender = apprise.Apprise()
    if not sender.add(url) or len(sender) != 1:
        return None
    return str(sender[0].url(privacy=True))
