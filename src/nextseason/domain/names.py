"""Name resolution: is this name a show or person we already know? Pure, no I/O.

A match is *strong* (merge, with its reason) when the evidence agrees: the same name up
to case, punctuation and romanisation ('Park Ji-Hoo' / 'Park Ji-hu'), or a similar
spelling in the same show with the same character or crew role ('Chun Sing-il' /
'Chun Sung-il', both writers of one show), or initials of the same name in the same
role ('Lee JQ' / 'Lee Jae-kyoo'). A similar spelling alone is *weak*: a suggestion for
an editor, never a merge.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

# Korean (and some Japanese) romanisation variants, folded to one spelling.
_ROMANISATION = (("oo", "u"), ("ou", "u"), ("eo", "o"), ("ee", "i"), ("wh", "w"))
_DIGITS = re.compile(r"\d+")

SHOW_STRONG, SHOW_WEAK = 90.0, 80.0
SAME_CONTEXT_STRONG = 80.0  # same show and the same character or role
PERSON_WEAK = 85.0
MIN_FUZZY_LEN = 6


@dataclass(frozen=True, slots=True)
class Candidate:
    """A known entity: its names, and for people their roles and characters in one show."""

    id: int | str
    names: tuple[str, ...]
    roles: frozenset[str] = frozenset()
    characters: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Match:
    candidate: Candidate
    name: str  # the candidate's name that matched
    strong: bool
    reason: str
    score: float

    @property
    def exact(self) -> bool:
        """The same name as written (nothing to record)."""
        return self.score >= 100.0 and self.reason == "same name"


def fold(text: str) -> str:
    """Case-folded letters and digits only, in NFKC: 'Park Ji-Hoo' -> 'parkjihoo'."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in text if ch.isalnum())


def show_key(title: str) -> str:
    """The key shows are looked up by: folded, 'the'/'&' spellings made equal."""
    text = re.sub(r"^\s*the\s+", "", unicodedata.normalize("NFKC", title), flags=re.I)
    return fold(text.replace("&", " and "))


def person_key(name: str) -> str:
    """Folded with romanisation variants made equal: 'Park Ji-Hoo' == 'Park Ji-hu'."""
    key = fold(name)
    for old, new in _ROMANISATION:
        key = key.replace(old, new)
    return key


def similarity(a: str, b: str) -> float:
    return float(fuzz.ratio(a, b))


def match_show(title: str, candidates: Iterable[Candidate]) -> Match | None:
    """The best known show for ``title``: strong on the same key or a close spelling."""
    key = show_key(title)
    best: Match | None = None
    for cand in candidates:
        for name in cand.names:
            found = _show_pair(title, key, cand, name)
            if found and (best is None or _rank(found) > _rank(best)):
                best = found
    return best


def _show_pair(title: str, key: str, cand: Candidate, name: str) -> Match | None:
    other = show_key(name)
    if key == other:
        reason = "same name" if title == name else "same title up to case and punctuation"
        return Match(cand, name, True, reason, 100.0)
    if min(len(key), len(other)) < MIN_FUZZY_LEN or _DIGITS.findall(key) != _DIGITS.findall(other):
        return None
    score = similarity(key, other)
    if score >= SHOW_STRONG:
        return Match(cand, name, True, f"similar spelling of {name!r} ({score:.0f})", score)
    if score >= SHOW_WEAK:
        return Match(cand, name, False, f"title resembles {name!r} ({score:.0f})", score)
    return None


def match_person(
    name: str,
    candidates: Iterable[Candidate],
    *,
    role: str | None = None,
    character: str | None = None,
) -> Match | None:
    """The best known person in one show's credits for ``name`` credited as role/character."""
    best: Match | None = None
    for cand in candidates:
        for known in cand.names:
            found = _person_pair(name, cand, known, role, character)
            if found and (best is None or _rank(found) > _rank(best)):
                best = found
    return best


def _person_pair(
    name: str, cand: Candidate, known: str, role: str | None, character: str | None
) -> Match | None:
    if fold(name) == fold(known):
        return Match(cand, known, True, "same name" if name == known else "same name up to case", 100.0)
    if person_key(name) == person_key(known):
        return Match(cand, known, True, f"romanisation variant of {known!r}", 99.0)
    context = _shared_context(cand, role, character)
    score = similarity(person_key(name), person_key(known))
    if context and score >= SAME_CONTEXT_STRONG:
        return Match(cand, known, True, f"{context}; similar spelling of {known!r} ({score:.0f})", score)
    if context and initials_match(name, known):
        return Match(cand, known, True, f"{context}; initials of {known!r}", 90.0)
    if score >= PERSON_WEAK:
        return Match(cand, known, False, f"similar spelling of {known!r} ({score:.0f}), no shared role", score)
    return None


def _shared_context(cand: Candidate, role: str | None, character: str | None) -> str:
    if character and fold(character) in {fold(c) for c in cand.characters}:
        return f"same show and character ({character})"
    if role and role in cand.roles:
        return f"same show and role ({role})"
    return ""


def initials_match(short: str, full: str) -> bool:
    """'Lee JQ' abbreviates 'Lee Jae-kyoo': same family name, given-name syllable initials."""
    a, b = short.split(), full.split()
    if len(a) != 2 or len(b) != 2 or fold(a[0]) != fold(b[0]):
        return False
    letters, syllables = a[1], [s for s in re.split(r"[-\s]", b[1]) if s]
    if not (letters.isupper() and len(letters) == len(syllables) >= 2):
        return False
    return all(_initial(ch, syl) for ch, syl in zip(letters.casefold(), syllables, strict=True))


def _initial(letter: str, syllable: str) -> bool:
    head = syllable.casefold()
    if letter == "q":  # 'Q' stands for 'kyu'/'gyu' in English nicknames
        return head.startswith(("ky", "gy", "q"))
    return head.startswith(letter)


def _rank(match: Match) -> tuple[bool, float]:
    return (match.strong, match.score)


def best_titles(title: str, titles: Sequence[str], limit: int = 5) -> list[str]:
    """The known titles nearest to ``title``, best first (for 'did you mean')."""
    from rapidfuzz import process

    key = show_key(title)
    keys = [show_key(t) for t in titles]
    found = process.extract(key, keys, scorer=fuzz.WRatio, limit=limit, score_cutoff=50)
    return [titles[index] for _, _, index in found]
