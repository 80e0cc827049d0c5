"""Cue gates: a cheap substring test must never hide a match of the pattern it guards."""

from __future__ import annotations

import re

from nextseason.extract.cues import folded, has_cue, may_match, proven
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
