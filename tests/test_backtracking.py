"""Sentences that once sent a pattern into exponential backtracking, and runs of text with no
full stop (a flattened table, a page without punctuation) that cost more than linear time.

Each case runs the extractor in a child process that is killed after a generous limit. The
limit is no speed target (that lives in ``benchmarks/``): a case that backtracks takes hours,
so a run that finishes at all, on any machine, passes.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from nextseason.extract.text import MAX_SENTENCE, split_sentences

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
    # forty thousand characters of clauses and not one full stop
    "no full stop": " and ".join(
        f"season {i % 9 + 1} returns in {2020 + i % 10} on the service" for i in range(1000)
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


def test_an_overlong_run_is_read_in_pieces() -> None:
    run = CASES["no full stop"]
    pieces = split_sentences(run)
    assert len(pieces) > 1
    assert all(len(piece) <= MAX_SENTENCE for piece in pieces)
    assert all(piece in run for piece in pieces)  # (evidence stays verbatim)
    assert " ".join(pieces) == run  # (nothing lost: the cuts fall at spaces)


def test_a_long_sentence_of_an_article_is_not_cut() -> None:
    sentence = "Season 2 returns in March 2026, " * 12 + "and the cast is back."
    assert len(sentence) < MAX_SENTENCE
    assert split_sentences(sentence) == [sentence]
