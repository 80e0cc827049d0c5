"""How much slower is reading + claim extraction than trafilatura alone?

Over the corpus's HTML pages, each round times three passes, interleaved so
that drift in machine load hits them alike:

* baseline: ``trafilatura.extract`` on each file's bytes (its default settings);
* read: ``read_source`` alone (trafilatura once, with metadata, plus our text layout);
* full: ``read_source`` + ``nextseason.extract.extract``.

Rounds repeat N times (default 7); the figures are medians. The last line is
a JSON object with ``ratio_vs_trafilatura`` (full / baseline) and
``articles_per_second`` (full pipeline).

    .venv/bin/python benchmarks/extract.py [CORPUS_DIR] [--repeat N] [--no-extract]
"""

from __future__ import annotations

import argparse
import json
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


def time_pass(run: Pass, pages: Sequence[Path]) -> float:
    started = time.perf_counter()
    for page in pages:
        run(page)
    return time.perf_counter() - started


def measure(passes: dict[str, Pass], pages: Sequence[Path], repeat: int) -> dict[str, float]:
    """Median seconds per pass over the whole corpus, after one warm-up round."""
    for run in passes.values():
        time_pass(run, pages)
    samples: dict[str, list[float]] = {name: [] for name in passes}
    for _ in range(repeat):
        for name, run in passes.items():
            samples[name].append(time_pass(run, pages))
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
    }
    print(f"{n} articles, {result['repeat']} rounds, medians; full/baseline = {result['ratio_vs_trafilatura']}")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
