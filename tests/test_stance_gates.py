"""Speed gates of the stance patterns: the gated pattern must find exactly what the plain one finds."""

from __future__ import annotations

import re

from nextseason.extract import stance

_SENTENCES = (
    "The network might bring the show back; nothing is settled, but fans are hopeful.",
    "Producers WOULD NOT say whether the cast returns, although filming seems likely.",
    "It cannot be ſaid that the studio is İn talks, and the writers haven’t finished.",
    "Casting wrapped last week — the premiere, expected in spring, is not confirmed.",
    "Viewers reportedly want to see more episodes, since the finale never aired in May.",
)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_gates_are_live() -> None:
    # A plain pattern here means its source changed: re-prove the first characters.
    assert stance._CLAUSE_BREAK_GATED is not stance._CLAUSE_BREAK
    assert stance._MODAL_GATED is not stance._MODAL
    assert stance._NEGATION_GATED is not stance._NEGATION


def test_gated_patterns_find_the_same_spans() -> None:
    pairs = (
        (stance._CLAUSE_BREAK, stance._CLAUSE_BREAK_GATED),
        (stance._MODAL, stance._MODAL_GATED),
        (stance._NEGATION, stance._NEGATION_GATED),
    )
    for plain, gated in pairs:
        for text in _SENTENCES:
            assert _spans(gated, text) == _spans(plain, text)
            assert _spans(plain, text)  # each sentence exercises each pattern


def test_masking_is_remembered_and_keeps_length() -> None:
    text = "Not only the lead but also the villain returns."
    assert stance.mask_false_negations(text) is stance.mask_false_negations(text)
    assert len(stance.mask_false_negations(text)) == len(text)


def test_a_role_the_writer_will_not_spoil_is_no_denial() -> None:
    text = "Ada Quill also turned up in a small role that we won't spoil here."
    assert stance.stance(text, 0, len(text)) == "asserted"
    denial = "Ada Quill won't return for the new season."
    assert stance.stance(denial, 0, len(denial)) == "denied"


def test_surprising_nobody_is_no_denial() -> None:
    text = "The renewal surprised exactly nobody: season 2 doubled the audience of the first."
    assert stance.stance(text, 0, len(text)) == "asserted"
    denial = "Nobody has announced a renewal."
    assert stance.stance(denial, 0, len(denial)) == "denied"
