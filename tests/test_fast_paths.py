"""Fast paths of the extractor: each must find exactly what its plain definition finds."""

from __future__ import annotations

import random
import re
from pathlib import Path

from nextseason.extract import lexicon, text
from nextseason.extract.kinds import cast, status
from nextseason.extract.names import NameSpan, find_names, name_at
from nextseason.extract.shows import ShowIndex

_SAMPLES = Path(__file__).parent / "samples"


def _sample_sentences(limit: int = 400) -> list[str]:
    lines = [
        line
        for path in sorted(_SAMPLES.rglob("*.txt"))
        for line in path.read_text().splitlines()
        if line.strip()
    ]
    return [s for line in lines for s in text.split_sentences(line)][:limit]


def _first_name_at(sentence: str, pos: int) -> NameSpan | None:
    """The definition: the first name of the text from ``pos`` on (spaces skipped), when it
    starts right there."""
    while pos < len(sentence) and sentence[pos].isspace():
        pos += 1
    for span in find_names(sentence[pos:]):
        if span.start == 0:
            return NameSpan(span.text, pos, span.end + pos, span.possessive, span.role)
        break
    return None


def test_name_at_reads_only_the_first_name() -> None:
    sentences = [
        *_sample_sentences(150),
        'Lev "Oz" Osman plays the lead, as does actor Park Ji-hu.',
        "Director Han Jun-hee and Dr. Lim's team cast King Viserys I and Andrés de la Cruz.",
        "Maria José de la Cruz y Pérez de Lima Ortega Santos Silva Costa Rocha joins, says Ana.",
    ]
    for sentence in sentences:
        for pos in range(len(sentence) + 1):
            assert name_at(sentence, pos) == _first_name_at(sentence, pos), (sentence, pos)


def test_show_mentions_are_the_matches_of_the_show_pattern() -> None:
    rng = random.Random(7)
    names = [
        "Kingdom",
        "Kingdom: Ashin of the North",
        "Sweet Home",
        "Game",
        "Squid Game",
        "D.P.",
        "1899",
    ]
    endings = ["", " 2", " 3 episodes", " 12,5", "s", " 41", ":", " 2x"]
    sentences = _sample_sentences(60)
    for _ in range(150):
        chosen = rng.sample(names, rng.randint(1, 5))
        index = ShowIndex(chosen[0], chosen[1:])
        texts = [
            *rng.sample(sentences, 10),
            " and ".join(rng.choice(chosen) + rng.choice(endings) for _ in range(4)),
        ]
        for sentence in texts:
            expected = [(m.start(), m.end(), m.group(1)) for m in index.pattern.finditer(sentence)]
            assert index._matches(sentence) == expected, (chosen, sentence)
            assert [(m.start, m.end) for m in index.mentions(sentence)] == [
                (start, end) for start, end, _number in expected
            ]


def test_platforms_are_the_matches_of_the_platform_pattern() -> None:
    rng = random.Random(3)
    names = list(lexicon.PLATFORMS)
    spellings = (str.upper, str.title, str.lower, lambda n: n.replace("s", "ſ"), lambda n: n + "+")
    sentences = _sample_sentences(200)
    for _ in range(1500):
        words = [rng.choice(spellings)(rng.choice(names)) for _ in range(3)]
        sentence = " ".join(words) + " " + rng.choice(sentences)
        expected = [m.span(1) for m in lexicon._PLATFORM_RE.finditer(sentence)]
        assert [m.span(1) for m in lexicon._platform_matches(sentence)] == expected, sentence


def _fuzz(alphabet: tuple[str, ...], seed: int, count: int = 20000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(count)]


def test_which_ending_is_cut_as_the_lazy_pattern_cut_it() -> None:
    lazy = re.compile(r"(.*?),?\s+(?:which|that)$")
    for head in _fuzz(("a", "B", ",", " ", "\n", "\t", "which", "that", "Which", " which"), 1):
        match = lazy.search(head)
        cut = status._WHICH_AT_END.search(head)
        assert bool(match) == bool(cut), head
        if match and cut:
            before = head[: cut.start()]
            assert before[before.rfind("\n") + 1 :] == match.group(1), head


def test_last_word_is_the_word_before_the_trailing_spaces() -> None:
    plain = re.compile(r"(\w+)\s*$")
    for head in _fuzz(("ab", "c", " ", "\t", "\n", ",", "_", "é", "9", "-"), 2):
        match = plain.search(head)
        assert cast._last_word(head) == (match.group(1) if match else None), head


def test_a_heading_is_a_line_without_a_closing_mark() -> None:
    # A closing mark ends a sentence; a closing quote does so only after a mark (or alone): a line
    # ending in a quoted title ('in talks to lead "The Ninth Bride"') is a heading.
    marks = re.compile(r"(?:[.!…:;)]|(?:^|[.!?…,;:])[\"”’])\s*$")
    for line in _fuzz(("ab", " ", ".", "!", "…", ":", ";", '"', "”", "’", ")", "?", "\t", "\n"), 3):
        if not line.split() or len(line.split()) > 16 or line.endswith("?"):
            continue
        assert text._looks_like_heading(line) == (not marks.search(line)), line
