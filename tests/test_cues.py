"""Cue gates: a cheap substring test must never hide a match of the pattern it guards."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from nextseason.extract.cues import (
    cue_groups,
    folded,
    has_cue,
    holds_cues,
    may_match,
    proven,
    scan_faster,
)
from nextseason.extract.kinds import cast
from nextseason.extract.seasons import find_seasons


def test_folded_writes_case_twins_as_ascii() -> None:
    assert folded("The İnn, the ſhip and the Kelvin KEY") == "the inn, the ship and the kelvin key"


def test_has_cue_ignores_case() -> None:
    assert has_cue("A RETURN is planned", ("return",))
    assert not has_cue("Nothing of the sort here", ("return", "back"))


def test_proven_drops_cues_of_an_edited_pattern() -> None:
    pattern = re.compile(r"\bhello\b", re.I)
    assert proven(pattern, "0" * 12, ("hello",)) is None
    assert may_match("no greeting", None)


def test_cast_predicate_cues_match_their_patterns() -> None:
    # Every predicate still carries its gate (a None here means a pattern changed: re-prove).
    assert all(cues for cues in cast._PREDICATE_CUES.values())


def test_season_found_through_a_case_twin() -> None:
    # Case-insensitive matching reads the long s as an s: the gate must let it through.
    assert [m.number for m in find_seasons("The ſeason 4 finale aired")] == [4]
    assert [m.number for m in find_seasons("its 21ST SERIES begins")] == [21]
    assert [m.number for m in find_seasons("the first two seasons were great")] == [1, 2]
    assert find_seasons("a quiet evening with friends") == []


# ---------------------------------------------------------------- cues read off a pattern

_TRICKY = (
    r"\b(?:renew(?:s|ed)?|re-?upped|green-?lit)\b",
    r"\s+as\s+",
    r"(?i)\b(?:season|series)\s+(\d{1,2}|two|three)\b",
    r"\bno\s+(?:official\s+)?(?:news|word)\s+(?:on|about)\s+(?:it|that)\b|\bnot\s+(?:yet\s+)?said",
    r"(?<![\w])(?:Sweet Home|Kingdom)(?:\s+(\d{1,2}))?(?![\w])",
    r"n[’']t\s+(?:be\s+)?back\b",
    r"(?=\w)(?:[Kk]nown\s+for|best\s+known)",
    r"\b(?:the|a)\s+(?:\w+\s+){0,2}(?:drama|anime)\b",
    r"ab(?:c|)d",
)
_ALPHABET = (
    "renew",
    "renewed",
    "re-upped",
    "reupped",
    "green-lit",
    "greenlit",
    " as ",
    "\tas\u00a0",
    "AS",
    "season",
    "SEASON",
    "ſeason",
    "series",
    " 2",
    " two",
    "no",
    " official",
    " news",
    " word",
    " on",
    " it",
    "not yet said",
    "Sweet Home",
    "Kingdom",
    " 3",
    "n't",
    "n’t",
    " be",
    " back",
    "known for",
    "KNOWN\u3000FOR",
    "best known",
    "the",
    " drama",
    " anime",
    " big",
    "abd",
    "abcd",
    " ",
    ",",
    "x",
)


def test_a_text_without_the_cues_never_matches() -> None:
    rng = random.Random(11)
    for source in _TRICKY:
        pattern = re.compile(source)
        gate = cue_groups(pattern)
        assert gate, source  # each of these promises some text
        for _ in range(3000):
            text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 7)))
            if pattern.search(text):
                assert holds_cues(text, gate), (source, text, gate)


def test_gates_keep_spaces_and_alternatives_apart() -> None:
    assert cue_groups(re.compile(r"\s+as\s+")) == (((" as ",),),)
    pattern = re.compile(r"\brenewal\s+(?:order|pick)|\bnot\s+(?:yet\s+)?said\b")
    gate = cue_groups(pattern)
    assert holds_cues("a renewal order came", gate)
    # Words of both alternatives, but all the words of neither: no match, and the gate knows.
    text = "a renewal came, not yet"
    assert not pattern.search(text) and not holds_cues(text, gate)
    # No promise, no gate: every text passes.
    assert cue_groups(re.compile(r"\w+")) == ()
    assert holds_cues("anything", ())


def test_every_gate_of_the_extractor_holds_on_the_samples() -> None:
    # Each compiled pattern of the extractor with a gate: a sample sentence (also written in
    # capitals, with case twins, with other white space) that it matches passes its gate.
    patterns = [
        value
        for module in _extract_modules()
        for value in vars(module).values()
        if isinstance(value, re.Pattern)
    ]
    lines = [line for path in _sample_files() for line in path.read_text().splitlines() if line]
    lines += [line.upper() for line in lines[:200]]
    lines += [line.replace("s", "ſ").replace("k", "K") for line in lines[:200]]
    lines += [line.replace(" ", "\u00a0") for line in lines[:200]]
    checked = 0
    for pattern in patterns:
        gate = cue_groups(pattern)
        if not gate:
            continue
        checked += 1
        for line in lines:
            if pattern.search(line):
                assert holds_cues(line, gate), (pattern.pattern[:80], line[:80])
    assert checked > 100


def test_scan_faster_finds_the_same_matches() -> None:
    rng = random.Random(5)
    for source in (*_TRICKY[:6], r"(?i:\b(?:will|shall|won['’]t)\b|['’](?:ll|d)\b|(?-i:\bmay\b))"):
        pattern = re.compile(source)
        faster = scan_faster(pattern)
        for _ in range(2000):
            text = "".join(
                rng.choice((*_ALPHABET, " will", " May", " may", "’ll")) for _ in range(6)
            )
            assert [m.span() for m in faster.finditer(text)] == [
                m.span() for m in pattern.finditer(text)
            ]
    assert scan_faster(re.compile(r"a*")).pattern == "a*"  # may match nothing: kept as it is


def _extract_modules() -> list[object]:
    import importlib
    import pkgutil

    import nextseason.extract as package

    names = [info.name for info in pkgutil.walk_packages(package.__path__, "nextseason.extract.")]
    return [importlib.import_module(name) for name in names]


def _sample_files() -> list[Path]:
    root = Path(__file__).parent / "samples"
    return sorted(p for p in root.rglob("*.txt"))


def test_no_gate_of_the_extractor_is_empty() -> None:
    """A gate read off a group of patterns is empty (no gate: every sentence searched) when one
    pattern of the group has no word every match holds; such a pattern belongs outside the group."""
    import importlib
    import pkgutil

    import nextseason.extract as package

    names = ["nextseason.extract"] + [m.name for m in pkgutil.walk_packages(package.__path__, "nextseason.extract.")]
    empty = [
        f"{name}.{key}"
        for name in names
        for key, value in vars(importlib.import_module(name)).items()
        if key.endswith("_CUES") and (value == () or value is None)
    ]
    assert empty == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The third and final Netflix season of the drama landed in September.", [3]),
        ("its second BBC season", [2]),
        ("The Ninth Tenant Season 2 is coming", [2]),  # (a title's ordinal names no season)
        ("the second Star Wars series", []),  # (a count of shows)
    ],
)
def test_a_service_between_the_ordinal_and_season(text: str, expected: list[int]) -> None:
    assert [m.number for m in find_seasons(text)] == expected
