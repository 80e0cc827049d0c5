"""The rendered dossier of a show, kept in the database so that every process shares it.

``cached(show_id, kind, build)`` answers a stored rendering while it is current, else
builds one and stores it. A rendering is current while the show's generation (bumped by
``models_cache.touch`` in the same transaction as any change to the show's dossier inputs)
and the code fingerprint are those it was built at.

Why a committed change is never answered with an older dossier: a miss reads the generation
*before* it reads the rows the dossier is built from, and stores the result under that
generation. A writer that commits after that read has bumped the generation in its own
transaction, so whatever was built from the older rows is filed under a generation that is
no longer current and is never served; a writer that committed before it is already in the
rows that are read. A slower builder never overwrites a newer rendering (the store only
replaces an older generation).
"""

from __future__ import annotations

import functools
import hashlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from django.db import DatabaseError, connection, models, transaction
from django.db.models import OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

import nextseason
from nextseason.web import models as m
from nextseason.web.models_cache import DossierCache, DossierGeneration, touch

__all__ = ["API", "PAGE", "cached", "code_fingerprint", "touch"]

API, PAGE = DossierCache.API, DossierCache.PAGE
CODE_SUFFIXES = frozenset({".py", ".html", ".txt", ".json", ".css"})
log = logging.getLogger(__name__)
# After a change, the threads of a process that all ask for the same show wait for one of
# them to build it instead of all building it at once (a fixed pool: memory stays bounded).
_BUILDING = tuple(threading.Lock() for _ in range(64))


def cached(show_id: int, kind: str, build: Callable[[], str]) -> str | None:
    """The show's rendering ``kind``: the stored one while current, else ``build()``'s
    (stored for the next request). None when there is no such show."""
    body = _current(show_id, kind)
    if body is not None:
        return body
    with _BUILDING[hash((show_id, kind)) % len(_BUILDING)]:  # one build per process at a time
        body = _current(show_id, kind)  # another thread may have stored it meanwhile
        if body is not None:
            return body
        generation = _generation(show_id)  # before anything is read for build()
        if generation is None:
            return None
        body = build()
        _store(show_id, kind, generation, body)
    return body


def _generation_of(show: str) -> Coalesce:
    number = DossierGeneration.objects.filter(show_id=OuterRef(show)).values("number")[:1]
    return Coalesce(Subquery(number), 0, output_field=models.BigIntegerField())


def _current(show_id: int, kind: str) -> str | None:
    """The stored rendering if current: one statement, written out (the ORM's query building
    would cost more than the query itself)."""
    with connection.cursor() as cursor:
        cursor.execute(_current_sql(connection.vendor), [show_id, kind, code_fingerprint()])
        row = cursor.fetchone()
    return str(row[0]) if row else None


@functools.cache
def _current_sql(vendor: str) -> str:
    q = connection.ops.quote_name
    cache, generation = q(DossierCache._meta.db_table), q(DossierGeneration._meta.db_table)
    return (
        f"SELECT c.body FROM {cache} c WHERE c.show_id = %s AND c.kind = %s AND c.code = %s"
        f" AND c.generation = COALESCE((SELECT g.number FROM {generation} g WHERE g.show_id = c.show_id), 0)"
    )


def _generation(show_id: int) -> int | None:
    """The show's generation now; None when there is no such show."""
    found = list(m.Show.objects.filter(id=show_id).values_list(_generation_of("id"), flat=True)[:1])
    return int(found[0]) if found else None


def _store(show_id: int, kind: str, generation: int, body: str) -> None:
    code = code_fingerprint()
    try:
        with transaction.atomic():
            older = Q(generation__lt=generation) | ~Q(code=code)
            rows = DossierCache.objects.filter(show_id=show_id, kind=kind)
            if not rows.filter(older).update(
                generation=generation, code=code, body=body, stored_at=timezone.now()
            ):
                row = DossierCache(
                    show_id=show_id, kind=kind, generation=generation, code=code, body=body
                )
                DossierCache.objects.bulk_create([row], ignore_conflicts=True)
    except DatabaseError as exc:  # the answer stands without its cache (e.g. a read-only database)
        log.warning("dossier cache: show %s %s not stored: %s", show_id, kind, exc)


@functools.cache
def code_fingerprint() -> str:
    """A digest of the package's code and templates: a new release never serves renderings
    of the last one."""
    root = Path(nextseason.__file__).parent
    digest = hashlib.blake2b(digest_size=12)
    for path in sorted(root.rglob("*")):
        if path.suffix in CODE_SUFFIXES and "__pycache__" not in path.parts and path.is_file():
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()
