"""Claim-store benchmark: ingest speed, dossier time at 1,000 and 100,000 shows, reconciliation.

    .venv/bin/python benchmarks/store.py [--docs 10000] [--shows 100000] [--data DIR]

Uses a fresh SQLite database in a temporary directory, or the PostgreSQL database named by
``DATABASE_URL`` (its tables are emptied first). Steps:

1. ingest ``--docs`` generated articles (about ten claims each) through the whole pipeline
   (read, extract, resolve, store, reconcile) and report documents per second;
2. time the dossier (find the show, load its claims, reconcile, render JSON) of one show
   with 1,000 shows in the store, then add shows (bulk rows, each with a document and
   claims) up to ``--shows`` and time it again: the ratio should stay near 1 (indexed
   look-ups grow no faster than logarithmically);
3. time reconciliation alone for that show at ``--shows`` shows (budget: 50 ms).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from nextseason.samples.generate import article, title, write_articles

BATCH = 2000


def main() -> int:
    args = _args()
    os.environ["NEXTSEASON_DATA"] = args.data or tempfile.mkdtemp(prefix="nextseason-bench-")
    from nextseason.web import setup

    setup()
    from nextseason.web.store import DjangoStore

    store = DjangoStore()
    _empty()
    _ingest(store, args.docs)
    probe = title(0)
    shows = store.counts()["shows"]
    if shows < 1000:
        _fill(1000, shows)
    small = _dossier_time(store, probe)
    _fill(args.shows, max(store.counts()["shows"], args.docs))
    large = _dossier_time(store, probe)
    print(f"dossier at 1,000 shows: {small * 1000:.1f} ms; at {store.counts()['shows']:,} shows: {large * 1000:.1f} ms; ratio {large / small:.2f}")
    budget = _reconcile_time(store, probe)
    print(f"reconciliation of one show at {store.counts()['shows']:,} shows: {budget * 1000:.1f} ms (budget 50 ms)")
    return 0


def _args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--shows", type=int, default=100_000)
    parser.add_argument("--data", help="data directory (default: a new temporary one)")
    return parser.parse_args()


def _empty() -> None:
    from django.db import connection

    from nextseason.web import models as m

    if connection.vendor == "postgresql":
        tables = ", ".join(f'"{model._meta.db_table}"' for model in (m.Show, m.Person, m.Document, m.Merge, m.Suggestion))
        with connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")


def _ingest(store: object, count: int) -> None:
    from nextseason.pipeline import Progress, Target, ingest

    with tempfile.TemporaryDirectory() as tmp:
        paths = write_articles(Path(tmp), count)
        todo = [Target(str(p), article(i)[1]) for i, p in enumerate(paths)]
        bar = Progress(len(todo))
        start = time.perf_counter()
        report = ingest(store, todo, on_step=bar.step)  # type: ignore[arg-type]
        took = time.perf_counter() - start
        bar.close()
    print(f"ingest: {report.summary()}")
    print(f"ingest: {count:,} documents, {report.claims:,} claims in {took:.1f} s: {count / took:.1f} documents/s")


def _fill(target: int, start: int) -> None:
    """Bulk rows up to ``target`` shows: each a show, its alias, a document and five claims."""
    from django.db import transaction

    from nextseason.web import models as m

    now = dt.datetime.now(dt.UTC)
    began = time.perf_counter()
    for lo in range(start, target, BATCH):
        hi = min(lo + BATCH, target)
        with transaction.atomic():
            shows = m.Show.objects.bulk_create(m.Show(title=f"Filler Show {i:06d}") for i in range(lo, hi))
            m.ShowAlias.objects.bulk_create(m.ShowAlias(show=s, name=s.title, key=s.title.lower().replace(" ", "")) for s in shows)
            docs = m.Document.objects.bulk_create(
                m.Document(key=f"filler:{s.id}", title=s.title, published="2024-05-01", published_lower=dt.date(2024, 5, 1),
                           published_upper=dt.date(2024, 5, 1), published_from="given", content_hash=f"filler-{s.id}", fetched_at=now)
                for s in shows
            )
            m.Claim.objects.bulk_create(
                m.Claim(document=d, ordinal=k, show=s, show_name=s.title, season=2, kind=kind, value=value, stance="asserted")
                for s, d in zip(shows, docs, strict=True)
                for k, (kind, value) in enumerate(_filler_claims())
            )
    if target > start:
        print(f"filled to {target:,} shows in {time.perf_counter() - began:.1f} s")


def _filler_claims() -> list[tuple[str, object]]:
    return [("renewed", "2024-04"), ("premiere", "2025"), ("episodes", 8), ("platform", "Netflix"), ("filming", "2024-06")]


def _dossier_time(store: object, show: str, runs: int = 20) -> float:
    from nextseason.pipeline import show_picture
    from nextseason.render.dossier import dossier_json

    def once() -> None:
        dossier_json(show_picture(store, show))  # type: ignore[arg-type]

    return _median(once, runs)


def _reconcile_time(store: object, show: str, runs: int = 20) -> float:
    from nextseason.domain.reconcile import reconcile

    found = store.show_claims(store.find_show(show))  # type: ignore[attr-defined]

    def once() -> None:
        reconcile(found.title, found.aliases, found.claims, person_aliases=found.person_aliases)

    return _median(once, runs)


def _median(fn: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


if __name__ == "__main__":
    sys.exit(main())
