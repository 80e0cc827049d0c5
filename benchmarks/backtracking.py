"""Which of the extractor's patterns backtrack badly on long runs of one kind of text?

Every compiled pattern defined at module level in ``nextseason.extract``, ``nextseason.domain``
and ``nextseason.render`` is tried (search, match and fullmatch) on runs of a repeated unit
("ab ", "AB ", "Ab, ", "and ", ...) with a lead and a tail that make most matches fail late. A
pattern is listed when doubling the run makes it more than eight times slower and the longer
run takes over 2 ms (the least of three timings): a sign of exponential backtracking (a word that can be split in many ways,
two optional spaces side by side). Lengths stay small so that even a bad pattern returns.

    .venv/bin/python benchmarks/backtracking.py

The last line is a JSON object with ``patterns`` (how many were tried) and ``suspects``.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import time

import nextseason.domain
import nextseason.extract
import nextseason.render

UNITS = (
    "a",
    "A",
    "Ab",
    "ab ",
    "Ab ",
    "AB ",
    "a, ",
    "Ab, ",
    "and ",
    "Ab and ",
    "a-",
    "A.",
    "1 ",
    "a'",
    "Ab's ",
    ", ",
    "the ",
    " ",
)
LEADS = ("", "Director ", "X, who ", "as ", "The ")
TAILS = ("", "!", "\x00", " x.", '"')
SHORT, LONG = 5, 10


def patterns() -> dict[str, re.Pattern[str]]:
    found: dict[int, tuple[str, re.Pattern[str]]] = {}
    for package in (nextseason.extract, nextseason.domain, nextseason.render):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            for name, value in vars(module).items():
                if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                    found.setdefault(id(value), (f"{info.name}.{name}", value))
    return dict(found.values())


def seconds(pattern: re.Pattern[str], text: str) -> float:
    """The least of three timings (a busy machine only ever adds time)."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        pattern.search(text)
        pattern.match(text)
        pattern.fullmatch(text)
        best = min(best, time.perf_counter() - start)
        if best > 0.1:
            break  # (slow enough to tell already)
    return best


def main() -> None:
    found = patterns()
    suspects: list[tuple[float, str, str]] = []
    for name, pattern in sorted(found.items()):
        worst: tuple[float, str] | None = None
        for unit in UNITS:
            for lead in LEADS:
                for tail in TAILS:
                    short = seconds(pattern, lead + unit * SHORT + tail)
                    long = seconds(pattern, lead + unit * LONG + tail)
                    if long > 0.002 and long > 8 * short and (worst is None or long > worst[0]):
                        worst = (long, repr(lead + unit * 2 + "…" + tail))
        if worst is not None:
            suspects.append((worst[0], name, worst[1]))
            print(f"{worst[0] * 1000:8.1f} ms  {name}  on {worst[1]}", flush=True)
    print(f"{len(found)} patterns tried, {len(suspects)} suspect")
    print(json.dumps({"patterns": len(found), "suspects": [name for _, name, _ in suspects]}))


if __name__ == "__main__":
    main()
