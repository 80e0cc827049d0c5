"""How much slower is reading + claim extraction than trafilatura alone?

Over the corpus's HTML pages, each round times three passes, interleaved so
that drift in machine load hits them alike:

* baseline: ``trafilatura.extract`` on each file's bytes (its default settings);
* read: ``read_source`` alone (trafilatura once, with metadata, plus our text layout);
* full: ``read_source`` + ``nextseason.extract.extract``.

Rounds repeat N times (default 7); the figures are medians. The last line is
a JSON object with ``ratio_vs_trafilatura`` (full / baseline) and
``articles_per_second`` (full pipeline).

The figures are cold per article: every pass of every round starts with ``re``'s pattern cache
purged (as a fresh batch run would), and every article starts with each ``functools`` cache in
the ``nextseason`` modules cleared, so that what was remembered from the same article in an
earlier round cannot make a later round faster.

    .venv/bin/python benchmarks/extract.py [CORPUS_DIR] [--repeat N] [--no-extract]
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import trafilatura

from nextseason.sources import read_source

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

Pass = Callable[[Path], object]


def baseline(path: Path) -> object:
    return trafilatura.extract(path.read_bytes())


def read_only(path: Path) -> object:
    return read_source(str(path))


def full(path: Path) -> object:
    from nextseason.extract import extract

    src = read_source(str(path))
    return extract(
        src.text,
        title=src.title,
        published=src.published,
        published_from=src.published_from,
        doc_id=src.id,
        url=src.url,
    )


def module_caches() -> list[Callable[[], None]]:
    """``cache_clear`` of every functools cache defined in a loaded ``nextseason`` module."""
    clears: list[Callable[[], None]] = []
    for name, module in list(sys.modules.items()):
        if not name.startswith("nextseason") or module is None:
            continue
        for value in vars(module).values():
            if isinstance(value, functools._lru_cache_wrapper) and value.__module__ == name:
                clears.append(value.cache_clear)
    return clears


def time_pass(run: Pass, pages: Sequence[Path], clears: Sequence[Callable[[], None]]) -> float:
    """Seconds for one pass, each article with caches cleared (clearing is timed too: it is
    a few dozen calls)."""
    re.purge()
    started = time.perf_counter()
    for page in pages:
        for clear in clears:
            clear()
        run(page)
    return time.perf_counter() - started


def measure(passes: dict[str, Pass], pages: Sequence[Path], repeat: int) -> dict[str, float]:
    """Median seconds per pass over the whole corpus, after one warm-up round (which imports
    everything); caches are cleared as the module docstring says."""
    for run in passes.values():
        time_pass(run, pages, ())
    clears = module_caches()
    samples: dict[str, list[float]] = {name: [] for name in passes}
    for _ in range(repeat):
        for name, run in passes.items():
            samples[name].append(time_pass(run, pages, clears))
    return {name: statistics.median(values) for name, values in samples.items()}


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=7, help="timed rounds (default 7)")
    parser.add_argument(
        "--no-extract", action="store_true", help="time read_source only (when extract is not ready)"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    pages = sorted(args.corpus.glob("*.html"))
    if not pages:
        print(f"no *.html files in {args.corpus}", file=sys.stderr)
        return 2
    passes: dict[str, Pass] = {"baseline": baseline, "read": read_only}
    if not args.no_extract:
        passes["full"] = full
    medians = measure(passes, pages, max(1, args.repeat))
    n = len(pages)
    for name, seconds in medians.items():
        print(f"{name:>8}: {seconds / n * 1000:7.2f} ms/article  {n / seconds:8.1f} articles/s")
    top = medians.get("full", medians["read"])
    result = {
        "ratio_vs_trafilatura": round(top / medians["baseline"], 3),
        "articles_per_second": round(n / top, 1),
        "read_ratio_vs_trafilatura": round(medians["read"] / medians["baseline"], 3),
        "articles": n,
        "repeat": max(1, args.repeat),
        "measured": "full" if "full" in medians else "read_source only",
        "caches": f"cleared per article ({len(module_caches())} functools caches), re purged per pass",
    }
    print(
        f"{n} articles, {result['repeat']} rounds, medians, caches cleared before each article"
        f" and re purged before each pass; full/baseline = {result['ratio_vs_trafilatura']}"
    )
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
