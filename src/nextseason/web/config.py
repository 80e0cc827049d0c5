"""Where the store lives: the data directory, ``DATABASE_URL`` parsing, the secret key."""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from nextseason.errors import ConfigError

SQLITE_NAME = "nextseason.sqlite3"
POSTGRES_SCHEMES = frozenset({"postgres", "postgresql", "pgsql"})
# Persistent connections: a request reuses its thread's connection, for up to a minute
# (opening one per request is a new server process on PostgreSQL, ~5 ms, and a file open
# plus pragmas on SQLite); a reused connection is checked first in each request, so a
# database restart costs no failed request.
PERSISTENT = {"CONN_MAX_AGE": 60, "CONN_HEALTH_CHECKS": True}


def data_dir(env: Mapping[str, str]) -> Path:
    """``NEXTSEASON_DATA``, else ``$XDG_DATA_HOME/nextseason``, else ``~/.local/share/nextseason``."""
    if env.get("NEXTSEASON_DATA"):
        return Path(env["NEXTSEASON_DATA"]).expanduser()
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base).expanduser() / "nextseason"


def database_settings(url: str | None, data: Path) -> dict[str, Any]:
    """Django's DATABASES entry for ``url`` (None: SQLite in the data directory)."""
    if not url:
        return _sqlite(data / SQLITE_NAME)
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme == "sqlite":
        path = unquote(parts.path)[1:]  # sqlite:///relative, sqlite:////absolute
        if not path:
            raise ConfigError(f"DATABASE_URL {redact(url)!r} names no SQLite file (sqlite:///PATH)")
        return _sqlite(Path(path))
    if scheme in POSTGRES_SCHEMES:
        return _postgres(url, parts)
    raise ConfigError(
        f"DATABASE_URL {redact(url)!r} is not understood: use postgresql://USER@HOST:PORT/DB or sqlite:///PATH"
    )


def _sqlite(path: Path) -> dict[str, Any]:
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
        **PERSISTENT,
        # BEGIN IMMEDIATE: a writer takes the lock up front instead of failing mid-transaction.
        "OPTIONS": {
            "timeout": 30,
            "transaction_mode": "IMMEDIATE",
            # WAL: readers do not block the writer; a killed process loses at most its open
            # transaction (synchronous=NORMAL only risks the last commits on power loss).
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        },
    }


def _postgres(url: str, parts: Any) -> dict[str, Any]:
    name = unquote(parts.path.lstrip("/"))
    if not name:
        raise ConfigError(f"DATABASE_URL {redact(url)!r} names no database")
    try:
        port = parts.port
    except ValueError:
        raise ConfigError(f"DATABASE_URL {redact(url)!r} has a bad port") from None
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": name,
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": parts.hostname or "",
        "PORT": str(port or ""),
        **PERSISTENT,
        "OPTIONS": {"connect_timeout": 5, **dict(parse_qsl(parts.query))},
    }


def redact(url: str) -> str:
    """The URL with its password replaced by ``***``."""
    parts = urlsplit(url)
    if not parts.password:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return parts._replace(netloc=netloc).geturl()


def secret_key(env: Mapping[str, str], data: Path) -> str:
    """``NEXTSEASON_SECRET_KEY``, else the key kept in the data directory (made once)."""
    if env.get("NEXTSEASON_SECRET_KEY"):
        return env["NEXTSEASON_SECRET_KEY"]
    path = data / "secret_key"
    try:
        return path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        pass
    data.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(50)
    # Write a private temporary file, then link it into place: the key file appears
    # complete or not at all, and when two processes start at once the first link wins
    # and the other reads that key.
    tmp = data / f".secret_key.{os.getpid()}.{secrets.token_hex(4)}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key + "\n")
    try:
        os.link(tmp, path)
    except FileExistsError:
        key = path.read_text(encoding="ascii").strip()
    finally:
        tmp.unlink()
    return key
