"""Claim-store benchmark: ingest speed, dossier time at 1,000 and 100,000 shows, reconciliation.

    .venv/bin/python benchmarks/store.py [--docs 10000] [--extract-docs N] [--shows 100000]
                                         [--sample 200] [--rounds 5] [--seed 1] [--jobs J]
                                         [--dossier-only] [--data DIR]

Uses fresh SQLite databases in a temporary directory, or the PostgreSQL database named by
``DATABASE_URL`` (its tables are emptied first, and again between the two parts). Parts:

1. ingest (skipped with ``--dossier-only``): ``--docs`` generated articles (about ten
   claims each) into an empty store, in two labelled parts: the first ``--extract-docs``
   (default: all) through the whole pipeline (read, extract, resolve, store, reconcile),
   and the rest through the store stage alone (resolve, store, reconcile) from claims
   extracted beforehand in ``--jobs`` processes (not timed as ingest); documents per
   second are reported for each part;
2. dossier, in a store of its own: articles 0..999 through the store stage (not timed),
   so about 1,000 shows with real claims. ``--sample`` shows drawn at random are each
   timed once per round, in a new random order every round, for ``--rounds`` rounds: the
   dossier is exactly ``nextseason show TITLE --json`` without the printing (find the
   show by title, load its claims, reconcile, render, ``json.dumps``). Then bulk rows of
   the store's own models (a show, its alias, a document and five claims each) grow the
   same database to ``--shows`` shows and the same shows are timed again (their claims
   are checked to be unchanged, so the work per show is the same and only the store's
   size differs). On SQLite a byte copy of the 1,000-show database is kept, and further
   rounds alternate between it and the grown one (interleaved), so that a machine that
   gets busier or quieter in between cannot fake a trend. Reported: median and p90 of
   all timings, the ratio of medians, the median of the per-show ratios, and the bound
   log(large)/log(small) (1.67 for 100,000 against 1,000) that the ratio must not
   exceed. Random shows of the grown store (mostly the five-claim filler) are timed too;
3. reconciliation alone of each sampled show at ``--shows`` shows (budget: 50 ms);
4. the query plans of every SQL statement one dossier issues (SQLite: EXPLAIN QUERY PLAN,
   PostgreSQL: EXPLAIN), with a check that none scans a whole table.

The last line is the figures as JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import math
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from nextseason.samples.generate import article, write_articles

BATCH = 2000
SMALL = 1000
BUDGET_S = 0.050


def main() -> int:
    args = _args()
    data = Path(args.data or tempfile.mkdtemp(prefix="nextseason-bench-"))
    os.environ["NEXTSEASON_DATA"] = str(data)
    from nextseason.web import setup

    setup()
    from django.db import connection

    from nextseason.web.store import DjangoStore

    store = DjangoStore()
    _empty()
    figures: dict[str, object] = {"database": connection.vendor, "date": dt.date.today().isoformat()}
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_articles(Path(tmp), args.docs if not args.dossier_only else SMALL)
        if not args.dossier_only:
            extracted = min(args.extract_docs if args.extract_docs is not None else args.docs, args.docs)
            _ingest_parts(store, paths, 0, extracted, args.jobs, figures)
            for part in ("ingest_with_extraction", "ingest_store_stage"):
                done = figures.get(part)
                if isinstance(done, dict) and done.get("seconds"):
                    done["documents_per_s"] = round(done["documents"] / done["seconds"], 2)
                    print(f"{part.replace('_', ' ')}: {done['documents']:,} documents in {done['seconds']:.1f} s: {done['documents_per_s']} documents/s")
            figures["ingest_counts"] = store.counts()
            _fresh_database(data / "dossier.sqlite3")
        print(f"building the dossier store: articles 0..{min(SMALL, len(paths)) - 1} through the store stage (not timed)")
        _ingest_store_stage(store, paths[:SMALL], 0, args.jobs)
    figures["dossier"] = _dossier_part(store, args, data)
    print(json.dumps(figures))
    return 0


def _args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--extract-docs", type=int, help="documents ingested with extraction (default: all)")
    parser.add_argument("--shows", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes extracting ahead of the store stage")
    parser.add_argument("--sample", type=int, default=200, help="shows whose dossier is timed")
    parser.add_argument("--rounds", type=int, default=5, help="timings of each sampled show per phase")
    parser.add_argument("--seed", type=int, default=1, help="seed of the show sample and the orders")
    parser.add_argument("--dossier-only", action="store_true", help="skip the ingest part (parts 2-4 only)")
    parser.add_argument("--data", help="data directory (default: a new temporary one)")
    return parser.parse_args()


def _fresh_database(path: Path) -> None:
    """An empty store for the dossier part: a new SQLite file, or the PostgreSQL tables emptied."""
    from django.db import connection

    from nextseason.web import migrate_schema

    if connection.vendor == "sqlite":
        connection.close()
        connection.settings_dict["NAME"] = str(path)
        migrate_schema()
    else:
        _empty()


# -- part 2: the dossier ------------------------------------------------------------


def _dossier_part(store: object, args: argparse.Namespace, data: Path) -> dict[str, object]:
    from django.db import connection

    from nextseason.web import models as m

    rng = random.Random(args.seed)
    if store.counts()["shows"] < SMALL:  # type: ignore[attr-defined]
        _fill(SMALL, store.counts()["shows"])  # type: ignore[attr-defined]
    small_n = store.counts()["shows"]  # type: ignore[attr-defined]
    titles = _sample_titles(store, sorted(m.Show.objects.values_list("title", flat=True)), args.sample, rng)
    before = _claim_counts(store, titles)
    print(f"dossier sample: {len(titles)} shows of {small_n:,}, {statistics.median(before.values()):.0f} claims each (median), "
          f"{args.rounds} rounds; a round times every sampled show once, in a new random order")
    seq_small = _rounds(store, titles, args.rounds, rng)
    _line(f"sequential, {small_n:,} shows", seq_small)
    snapshot = None
    if connection.vendor == "sqlite":
        snapshot = data / f"dossier-{small_n}-shows.sqlite3"
        _copy_sqlite(snapshot)
    _fill(args.shows, small_n)
    large_n = store.counts()["shows"]  # type: ignore[attr-defined]
    after = _claim_counts(store, titles)
    unchanged = before == after
    print(f"sampled shows unchanged after growing (same claims): {'yes' if unchanged else 'NO'}")
    seq_large = _rounds(store, titles, args.rounds, rng)
    _line(f"sequential, {large_n:,} shows", seq_large)
    bound = math.log(large_n) / math.log(small_n)
    result: dict[str, object] = {
        "shows_small": small_n,
        "shows_large": large_n,
        "sample": len(titles),
        "rounds": args.rounds,
        "seed": args.seed,
        "sampled_claims_median": statistics.median(before.values()),
        "sampled_unchanged": unchanged,
        "log_bound": round(bound, 3),
        "sequential": _compare(seq_small, seq_large, bound, "sequential"),
    }
    if snapshot is not None:
        inter_small, inter_large = _interleaved(store, titles, args.rounds, rng, snapshot)
        _line(f"interleaved, {small_n:,} shows (copy)", inter_small)
        _line(f"interleaved, {large_n:,} shows", inter_large)
        result["interleaved"] = _compare(inter_small, inter_large, bound, "interleaved")
    everyone = sorted(m.Show.objects.values_list("title", flat=True))
    spread = _sample_titles(store, everyone, args.sample, rng)
    anywhere = _rounds(store, spread, args.rounds, rng)
    _line(f"random shows of all {large_n:,} (mostly five-claim filler)", anywhere)
    result["random_of_large"] = _stats(anywhere)
    result["reconcile"] = _reconcile_times(store, titles, args.rounds, large_n)
    result["query_plans"] = _plans(store, titles[0])
    return result


def _sample_titles(store: object, titles: list[str], k: int, rng: random.Random) -> list[str]:
    """``k`` titles at random among those the title look-up finds as themselves."""
    picked: list[str] = []
    for t in rng.sample(titles, len(titles)):
        if len(picked) == k:
            break
        show_id = store.find_show(t)  # type: ignore[attr-defined]
        if show_id is not None and store.show_claims(show_id).title == t:  # type: ignore[attr-defined]
            picked.append(t)
    return picked


def _claim_counts(store: object, titles: list[str]) -> dict[str, int]:
    return {t: len(store.show_claims(store.find_show(t)).claims) for t in titles}  # type: ignore[attr-defined]


def _dossier(store: object, title: str) -> None:
    """``nextseason show TITLE --json`` without the printing."""
    from nextseason.pipeline import show_picture
    from nextseason.render.dossier import dossier_json

    json.dumps(dossier_json(show_picture(store, title)), ensure_ascii=False, indent=2)  # type: ignore[arg-type]


def _rounds(store: object, titles: list[str], rounds: int, rng: random.Random, *, warm: bool = True) -> dict[str, list[float]]:
    """Every title's dossier timed once per round, in a new random order each round (one untimed pass first)."""
    if warm:
        for t in titles:
            _dossier(store, t)
    times: dict[str, list[float]] = {t: [] for t in titles}
    for _ in range(rounds):
        order = rng.sample(titles, len(titles))
        gc.collect()
        for t in order:
            start = time.perf_counter()
            _dossier(store, t)
            times[t].append(time.perf_counter() - start)
    return times


def _interleaved(
    store: object, titles: list[str], rounds: int, rng: random.Random, snapshot: Path
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Rounds alternating between the 1,000-show copy and the grown database (SQLite)."""
    from django.db import connection

    grown = str(connection.settings_dict["NAME"])
    small: dict[str, list[float]] = {t: [] for t in titles}
    large: dict[str, list[float]] = {t: [] for t in titles}
    for r in range(rounds):
        pair = ((str(snapshot), small), (grown, large))
        for name, into in pair if r % 2 == 0 else pair[::-1]:
            connection.close()
            connection.settings_dict["NAME"] = name
            for t, times in _rounds(store, titles, 1, rng).items():
                into[t].extend(times)
    connection.close()
    connection.settings_dict["NAME"] = grown
    return small, large


def _copy_sqlite(path: Path) -> None:
    from django.db import connection

    connection.ensure_connection()
    target = sqlite3.connect(path)
    try:
        connection.connection.backup(target)
    finally:
        target.close()


def _stats(times: dict[str, list[float]]) -> dict[str, float]:
    every = [x for xs in times.values() for x in xs]
    return {
        "timings": len(every),
        "median_ms": round(statistics.median(every) * 1000, 3),
        "p90_ms": round(_p90(every) * 1000, 3),
        "max_ms": round(max(every) * 1000, 3),
    }


def _p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10, method="inclusive")[-1]


def _line(label: str, times: dict[str, list[float]]) -> None:
    s = _stats(times)
    print(f"dossier, {label}: median {s['median_ms']:.2f} ms, p90 {s['p90_ms']:.2f} ms, max {s['max_ms']:.1f} ms ({s['timings']:,} timings)")


def _compare(small: dict[str, list[float]], large: dict[str, list[float]], bound: float, label: str) -> dict[str, object]:
    a, b = _stats(small), _stats(large)
    ratio = b["median_ms"] / a["median_ms"]
    p90_ratio = b["p90_ms"] / a["p90_ms"]
    per_show = statistics.median(statistics.median(large[t]) / statistics.median(small[t]) for t in small)
    holds = ratio <= bound and per_show <= bound
    print(
        f"dossier ratio, {label} (large / small): medians {ratio:.2f}, p90s {p90_ratio:.2f}, per-show median {per_show:.2f}; "
        f"logarithmic bound {bound:.2f}: {'holds' if holds else 'EXCEEDED'}"
    )
    return {"small": a, "large": b, "ratio_of_medians": round(ratio, 3), "ratio_of_p90s": round(p90_ratio, 3),
            "per_show_ratio_median": round(per_show, 3), "within_log_bound": holds}


def _reconcile_times(store: object, titles: list[str], rounds: int, shows: int) -> dict[str, object]:
    """Reconciliation alone (claims already loaded) of every sampled show, ``rounds`` times each."""
    from nextseason.domain.reconcile import reconcile

    every = []
    for t in titles:
        found = store.show_claims(store.find_show(t))  # type: ignore[attr-defined]
        for _ in range(rounds):
            start = time.perf_counter()
            reconcile(found.title, found.aliases, found.claims, person_aliases=found.person_aliases, passages=found.passages)
            every.append(time.perf_counter() - start)
    median, p90, top = statistics.median(every), _p90(every), max(every)
    print(
        f"reconciliation of one show at {shows:,} shows: median {median * 1000:.2f} ms, p90 {p90 * 1000:.2f} ms, "
        f"max {top * 1000:.2f} ms ({len(every):,} timings; budget 50 ms: {'met' if top < BUDGET_S else 'MISSED'})"
    )
    return {"timings": len(every), "median_ms": round(median * 1000, 3), "p90_ms": round(p90 * 1000, 3),
            "max_ms": round(top * 1000, 3), "within_budget": top < BUDGET_S}


def _plans(store: object, title: str) -> dict[str, object]:
    """The plan of every statement one dossier issues, and whether any scans a whole table."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        _dossier(store, title)
    prefix = "EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN "
    plans = []
    with connection.cursor() as cursor:
        for query in captured.captured_queries:
            cursor.execute(prefix + query["sql"])
            rows = cursor.fetchall()
            plan = " | ".join(str(r[-1]).strip() for r in rows)
            full = [r for r in plan.split(" | ") if _full_scan(r)]
            plans.append({"sql": query["sql"], "plan": plan, "full_scans": full})
    print(f"query plans of one dossier at {store.counts()['shows']:,} shows ({len(plans)} statements):")  # type: ignore[attr-defined]
    for p in plans:
        print(f"  {p['sql'][:110]}{'...' if len(p['sql']) > 110 else ''}\n    -> {p['plan']}")
    scans = sum(len(p["full_scans"]) for p in plans)
    print(f"  full-table scans: {scans}")
    return {"statements": plans, "full_table_scans": scans}


def _full_scan(step: str) -> bool:
    """SQLite 'SCAN table' without an index, or PostgreSQL 'Seq Scan'."""
    step = step.strip()
    if step.startswith("Seq Scan") or "-> Seq Scan" in step:
        return True
    return step.startswith("SCAN ") and "USING" not in step and "CONSTANT ROW" not in step


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

    from nextseason.domain.names import show_key
    from nextseason.web import models as m

    now = dt.datetime.now(dt.UTC)
    began = time.perf_counter()
    for lo in range(start, target, BATCH):
        hi = min(lo + BATCH, target)
        with transaction.atomic():
            shows = m.Show.objects.bulk_create(m.Show(title=f"Filler Show {i:06d}") for i in range(lo, hi))
            m.ShowAlias.objects.bulk_create(m.ShowAlias(show=s, name=s.title, key=show_key(s.title)) for s in shows)
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




if __name__ == "__main__":
    sys.exit(main())
