"""Claim-store benchmark: ingest speed, dossier time at 1,000 and 100,000 shows, reconciliation.

    .venv/bin/python benchmarks/store.py [--docs 10000] [--extract-docs N] [--shows 100000]
                                         [--jobs J] [--data DIR]

Uses a fresh SQLite database in a temporary directory, or the PostgreSQL database named by
``DATABASE_URL`` (its tables are emptied first). Steps:

1. ingest ``--docs`` generated articles (about ten claims each), in two labelled parts:
   the first ``--extract-docs`` (default: all) through the whole pipeline (read, extract,
   resolve, store, reconcile), and the rest through the store stage alone (resolve, store,
   reconcile) from claims extracted beforehand in ``--jobs`` processes (not timed as
   ingest); documents per second are reported for each part;
2. time the dossier (find the show, load its claims, reconcile, render JSON) of one show
   with 1,000 shows in the store, then add shows (bulk rows, each with an alias, a document
   and claims) up to ``--shows`` and time it again: the ratio should stay near 1 (indexed
   look-ups grow no faster than logarithmically);
3. time reconciliation alone for that show at ``--shows`` shows (budget: 50 ms).

Every time is the median of ``--runs`` runs; the last line is the figures as JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from nextseason.samples.generate import article, title, write_articles

BATCH = 2000
SMALL = 1000


def main() -> int:
    args = _args()
    os.environ["NEXTSEASON_DATA"] = args.data or tempfile.mkdtemp(prefix="nextseason-bench-")
    from nextseason.web import setup

    setup()
    from django.db import connection

    from nextseason.web.store import DjangoStore

    store = DjangoStore()
    _empty()
    figures: dict[str, object] = {"database": connection.vendor, "runs": args.runs}
    probe = title(0)
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_articles(Path(tmp), args.docs)
        extracted = min(args.extract_docs if args.extract_docs is not None else args.docs, args.docs)
        # the dossier at 1,000 shows is timed once the store first holds 1,000 shows
        first = min(SMALL, args.docs)
        _ingest_parts(store, paths[:first], 0, extracted, args.jobs, figures)
        if store.counts()["shows"] < SMALL:
            _fill(SMALL, store.counts()["shows"])
        small = _dossier_time(store, probe, args.runs)
        small_shows = store.counts()["shows"]
        _ingest_parts(store, paths[first:], first, extracted, args.jobs, figures)
    for part in ("ingest_with_extraction", "ingest_store_stage"):
        done = figures.get(part)
        if isinstance(done, dict) and done.get("seconds"):
            done["documents_per_s"] = round(done["documents"] / done["seconds"], 2)
            print(f"{part.replace('_', ' ')}: {done['documents']:,} documents in {done['seconds']:.1f} s: {done['documents_per_s']} documents/s")
    figures["documents"] = store.counts()["documents"]
    _fill(args.shows, store.counts()["shows"])
    large = _dossier_time(store, probe, args.runs)
    counts = store.counts()
    print(
        f"dossier (median): {small * 1000:.1f} ms at {small_shows:,} shows; {large * 1000:.1f} ms at {counts['shows']:,} shows; "
        f"ratio {large / small:.2f}"
    )
    budget = _reconcile_time(store, probe, args.runs)
    print(f"reconciliation of one show (median) at {counts['shows']:,} shows: {budget * 1000:.2f} ms (budget 50 ms)")
    plans = _plans(store, probe)
    for name, plan in plans.items():
        print(f"query plan, {name}: {plan}")
    figures.update(
        {
            "counts": counts,
            "dossier_ms_small": round(small * 1000, 2),
            "dossier_shows_small": small_shows,
            "dossier_ms_large": round(large * 1000, 2),
            "dossier_shows_large": counts["shows"],
            "dossier_ratio": round(large / small, 3),
            "reconcile_ms": round(budget * 1000, 3),
            "reconcile_within_budget": budget < 0.050,
            "query_plans": plans,
        }
    )
    print(json.dumps(figures))
    return 0


def _args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--extract-docs", type=int, help="documents ingested with extraction (default: all)")
    parser.add_argument("--shows", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes extracting ahead of the store stage")
    parser.add_argument("--runs", type=int, default=20, help="runs per timed step (the median is reported)")
    parser.add_argument("--data", help="data directory (default: a new temporary one)")
    return parser.parse_args()


def _empty() -> None:
    from django.db import connection

    from nextseason.web import models as m

    if connection.vendor == "postgresql":
        tables = ", ".join(f'"{model._meta.db_table}"' for model in (m.Show, m.Person, m.Document, m.Merge, m.Suggestion))
        with connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")


def _ingest_parts(
    store: object, paths: list[Path], first: int, extracted: int, jobs: int, figures: dict[str, object]
) -> None:
    """Ingest documents ``first..`` (those before ``extracted`` with extraction), summing the figures."""
    cut = max(0, min(extracted - first, len(paths)))
    for part, done in (
        ("ingest_with_extraction", _ingest(store, paths[:cut])),
        ("ingest_store_stage", _ingest_store_stage(store, paths[cut:], first + cut, jobs)),
    ):
        total = figures.setdefault(part, {})
        assert isinstance(total, dict)
        for key in ("documents", "claims", "seconds"):
            total[key] = round(total.get(key, 0) + done.get(key, 0), 2)  # type: ignore[operator]


def _ingest(store: object, paths: list[Path]) -> dict[str, object]:
    """The whole pipeline (read, extract, resolve, store, reconcile), one document at a time."""
    from nextseason.pipeline import Progress, Target, ingest

    if not paths:
        return {}
    todo = [Target(str(p), article(_index(p))[1]) for p in paths]
    bar = Progress(len(todo))
    start = time.perf_counter()
    report = ingest(store, todo, on_step=bar.step)  # type: ignore[arg-type]
    took = time.perf_counter() - start
    bar.close()
    rate = len(paths) / took
    print(f"ingest with extraction: {report.summary()}")
    print(f"ingest with extraction: {len(paths):,} documents, {report.claims:,} claims in {took:.1f} s: {rate:.1f} documents/s")
    return {"documents": len(paths), "claims": report.claims, "seconds": round(took, 2), "documents_per_s": round(rate, 2)}


def _ingest_store_stage(store: object, paths: list[Path], first: int, jobs: int) -> dict[str, object]:
    """Resolve, store and reconcile claims extracted beforehand (extraction not timed)."""
    from nextseason.pipeline import Progress
    from nextseason.pipeline.driver import IngestReport, run_one
    from nextseason.pipeline.reconcile import Reconcile
    from nextseason.pipeline.resolve import Resolve
    from nextseason.pipeline.store import Save

    if not paths:
        return {}
    began = time.perf_counter()
    with ProcessPoolExecutor(max_workers=max(1, jobs)) as pool:
        works = list(pool.map(_read_and_extract, [str(p) for p in paths], chunksize=50))
    print(f"extracted {len(works):,} documents ahead in {time.perf_counter() - began:.1f} s with {jobs} processes (not part of the store stage)")
    pipeline = [Resolve(store), Save(store), Reconcile(store)]  # type: ignore[arg-type]
    report = IngestReport(documents=len(works))
    bar = Progress(len(works))
    per_doc = []
    start = time.perf_counter()
    for work in works:
        one = time.perf_counter()
        report.add(run_one(pipeline, work))
        per_doc.append(time.perf_counter() - one)
        bar.step(work.target.location)
    took = time.perf_counter() - start
    bar.close()
    rate = len(works) / took
    median = statistics.median(per_doc)
    print(f"ingest, store stage alone (documents {first:,}..{first + len(works) - 1:,}): {report.summary()}")
    print(
        f"ingest, store stage alone: {len(works):,} documents, {report.claims:,} claims in {took:.1f} s: {rate:.1f} documents/s "
        f"(median {median * 1000:.1f} ms per document)"
    )
    return {
        "documents": len(works),
        "claims": report.claims,
        "seconds": round(took, 2),
        "documents_per_s": round(rate, 2),
        "median_ms_per_document": round(median * 1000, 2),
    }


def _read_and_extract(location: str) -> object:
    """In a worker process: the work item after reading and extracting (no database)."""
    from nextseason.pipeline.extract import Extract
    from nextseason.pipeline.read import Read
    from nextseason.pipeline.work import Target, Work

    work = Work(Target(location, article(_index(Path(location)))[1]))
    return Extract().run(Read().run(work))


def _index(path: Path) -> int:
    return int(path.stem)


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


def _dossier_time(store: object, show: str, runs: int) -> float:
    from nextseason.pipeline import show_picture
    from nextseason.render.dossier import dossier_json

    def once() -> None:
        dossier_json(show_picture(store, show))  # type: ignore[arg-type]

    return _median(once, runs)


def _reconcile_time(store: object, show: str, runs: int) -> float:
    from nextseason.domain.reconcile import reconcile

    found = store.show_claims(store.find_show(show))  # type: ignore[attr-defined]

    def once() -> None:
        reconcile(found.title, found.aliases, found.claims, person_aliases=found.person_aliases)

    return _median(once, runs)


def _plans(store: object, show: str) -> dict[str, str]:
    """How the database finds one show's rows (SQLite: EXPLAIN QUERY PLAN; PostgreSQL: EXPLAIN)."""
    from nextseason.web import models as m

    show_id = store.find_show(show)  # type: ignore[attr-defined]
    queries = {
        "claims of one show": m.Claim.objects.filter(show_id=show_id, document__current=True)
        .select_related("document")
        .order_by("document__published_lower", "document_id", "ordinal"),
        "credits of one show": m.Credit.objects.filter(show_id=show_id, person__isnull=False),
        "find show by title": m.ShowAlias.objects.filter(key="x").order_by("show_id"),
    }
    return {name: " | ".join(line.strip() for line in query.explain().splitlines()) for name, query in queries.items()}


def _median(fn: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


if __name__ == "__main__":
    sys.exit(main())
