"""Sentences that once sent a pattern into exponential backtracking.

Each case runs the extractor in a child process that is killed after a generous limit. The
limit is no speed target (that lives in ``benchmarks/``): a case that backtracks takes hours,
so a run that finishes at all, on any machine, passes.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

LIMIT_SECONDS = 120

_CHILD = """
import sys
from nextseason.extract import extract
title = "Moonfall Season 2 release date"
doc = extract(title + "\\n\\n" + sys.stdin.read(), title=title, published="2025-05-01")
print(len(doc.claims))
"""

CASES = {
    # a relative clause after a name, then lower-case words up to a quoted word: the run is
    # tried split at every letter before the quote fails it
    "relative clause, lower-case run": (
        "And Orla Brennick, whose Captain Vance went down with the ship at the end of season 3, told a fan "
        'convention last month that she would very much like and hope and plan to "happily" come back for a '
        "cameo if asked, so never say never."
    ),
    # a job title, then a name with a word of capitals far longer than any name, then lower-case
    # words that end the run of names
    "titled names, a run of capitals": (
        "Director Pell QWERTYUIOPASDFGHJKLZXCVBNMQWERTYU of the guild and writer Mina Hollis, who made the "
        "first season together, are back."
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_extraction_finishes(name: str) -> None:
    try:
        result = subprocess.run(
            [sys.executable, "-c", _CHILD],
            input=CASES[name],
            capture_output=True,
            text=True,
            timeout=LIMIT_SECONDS,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(
            f"extraction of the {name!r} sentence did not finish in {LIMIT_SECONDS} s: a pattern backtracks"
        )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 0
