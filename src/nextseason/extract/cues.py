"""Cheap necessary conditions for regular expressions: most sentences hold none of a pattern's
words, and a substring test is far cheaper than a search.

``has_cue(text, cues)`` is True when the case-folded text holds one of ``cues``. It proves a
pattern cannot match when every match of the pattern holds one of the cues as written (for a
case-insensitive pattern: in any case). Case-insensitive matching also pairs four letters
outside ASCII with ASCII ones (İ ı with i, K with k, ſ with s); ``folded`` maps them to
their ASCII twins first, so the proof holds for any text.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

__all__ = ["folded", "has_cue", "may_match", "proven"]

_ASCII_TWINS = str.maketrans({"İ": "i", "ı": "i", "K": "k", "ſ": "s"})


@lru_cache(maxsize=256)
def folded(text: str) -> str:
    """``text`` lower-cased, with the letters that case-insensitive matching pairs with ASCII
    letters written as those letters (one per sentence: every kind asks for the same one)."""
    if not text.isascii():
        text = text.translate(_ASCII_TWINS)
    return text.lower()


def has_cue(text: str, cues: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``cues`` (lower-case words), in any case."""
    low = folded(text)
    return any(cue in low for cue in cues)


def proven(pattern: re.Pattern[str], digest: str, cues: tuple[str, ...]) -> tuple[str, ...] | None:
    """``cues`` while ``pattern`` is still the pattern they were proven for (``digest``: the
    first 12 hex digits of the SHA-1 of its source); None (no gate: always search) once the
    pattern has changed, so that an edited pattern is never skipped on stale cues."""
    if hashlib.sha1(pattern.pattern.encode()).hexdigest()[:12] != digest:
        return None
    return cues


def may_match(text: str, cues: tuple[str, ...] | None) -> bool:
    """False only when ``cues`` prove that the pattern they belong to cannot match ``text``."""
    return cues is None or has_cue(text, cues)
