"""Cheap necessary conditions for regular expressions: most sentences hold none of a pattern's
words, and a substring test is far cheaper than a search.

``has_cue(text, cues)`` is True when the case-folded text holds one of ``cues``. It proves a
pattern cannot match when every match of the pattern holds one of the cues as written (for a
case-insensitive pattern: in any case). Case-insensitive matching also pairs four letters
outside ASCII with ASCII ones (İ ı with i, K with k, ſ with s); ``folded`` maps them to
their ASCII twins first, and writes every white space character as a plain space, so the
proof holds for any text.

``cue_groups(pattern)`` reads such cues off a compiled pattern itself (the literal text that
every match must hold, per alternative of the pattern), so a gate can never go stale when the
pattern is edited; ``holds_cues(text, gate)`` tests them. ``proven`` keeps hand-written cues
tied to the pattern they were proven for. ``scan_faster(pattern)`` gives the same pattern
behind a lookahead for the characters its matches begin with.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from typing import Any

try:  # the parser behind ``re`` (CPython 3.11+); without it no cues are read, nothing is gated
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other interpreters
    _sre = _sre_parse = None  # type: ignore[assignment]

__all__ = [
    "CueGroups",
    "cue_groups",
    "either",
    "folded",
    "has_cue",
    "holds_cues",
    "may_match",
    "proven",
    "scan_faster",
]

# The letters case-insensitive matching pairs with ASCII ones, as those letters; and every
# white space character (what \s matches) as a plain space.
_FOLDING = str.maketrans(
    {"İ": "i", "ı": "i", "K": "k", "ſ": "s"}
    | {chr(c): " " for c in range(0x3001) if chr(c).isspace() and c != 0x20}
)
_OTHER_SPACE = re.compile(r"[^\S ]")  # white space other than the plain space


@lru_cache(maxsize=256)
def folded(text: str) -> str:
    """``text`` lower-cased, with the letters that case-insensitive matching pairs with ASCII
    letters written as those letters and its white space as plain spaces (one per sentence:
    every kind asks for the same one)."""
    if not text.isascii() or _OTHER_SPACE.search(text):
        text = text.translate(_FOLDING)
    return text.lower()


def has_cue(text: str, cues: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``cues`` (lower-case words), in any case."""
    return holds_cues(text, ((cues,),))


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


# ---------------------------------------------------------------- cues read off a pattern
#
# For a piece of a parsed pattern, ``_needs`` gives the candidate cue sets: each set holds
# strings one of which every match of the piece contains (lower-cased). Literal characters in a
# row join into one string; a zero-width assertion does not interrupt them; a group is read as
# its content; an alternation needs one of its branches' cues; anything else (a class, an
# optional part, a repeat) interrupts the string. Lower-casing is safe whatever the pattern's
# case rules: the cue is looked for in the folded text, which holds every ASCII letter of a
# match in lower case (and ``folded`` writes the case twins as ASCII).

_Cues = frozenset[str]


def _plain(char: str) -> str | None:
    """``char`` as the folded text writes it, for a character that only matches itself in any
    case (an uncased mark such as ’) or an ASCII one; None for other letters."""
    if char.isascii():
        return char.lower()
    if char.lower() == char == char.upper() and char not in "İıKſ":
        return char  # no case: matched only by itself, kept as it is by ``folded``
    return None


def _single_char(items: Any) -> str | None:
    r"""The one character (as folded) a character class can match, if it has one: white space
    (\s) folds to a plain space."""
    if len(items) == 1 and items[0][0] is _sre.CATEGORY and items[0][1] in _SPACE_CATEGORIES:
        return " "
    chars: set[str] = set()
    for op, av in items:
        if op is not _sre.LITERAL:
            return None
        char = _plain(chr(av))
        if char is None:
            return None
        chars.add(char)
    return chars.pop() if len(chars) == 1 else None


def _is_space(items: Any) -> bool:
    r"""Whether ``items`` is one white space character (\s)."""
    return len(items) == 1 and items[0][0] is _sre.IN and _single_char(items[0][1]) == " "


def _needs(items: Any) -> list[_Cues]:
    candidates: list[_Cues] = []
    run: list[str] = []

    def close() -> None:
        if run:
            candidates.append(frozenset(["".join(run)]))
            run.clear()

    def walk(seq: Any) -> None:
        for op, av in seq:
            char: str | None = None
            if op is _sre.LITERAL:
                char = _plain(chr(av))
            elif op is _sre.IN:
                char = _single_char(av)
            if char is not None:
                run.append(char)
                continue
            if op is _sre.AT or op is _sre.ASSERT_NOT:
                continue  # zero-width: the characters around it stay side by side
            if op is _sre.ASSERT:
                candidates.extend(_needs(av[1]))  # its text is in the string, but not consumed
                continue
            if op is _sre.SUBPATTERN:
                walk(av[3])
                continue
            if op is _sre.ATOMIC_GROUP:
                walk(av)
                continue
            if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
                low, high, sub = av
                if low == high == 1:
                    walk(sub)
                    continue
                if low >= 1 and _is_space(sub):
                    # "\s+": a space right after the text before, another right before the
                    # text after (the same one when there is only one).
                    run.append(" ")
                    close()
                    run.append(" ")
                    continue
                close()
                if low >= 1:
                    candidates.extend(_needs(sub))
                continue
            if op is _sre.BRANCH and run:
                # The text before the alternation runs on into each branch's opening letters
                # ("se(?:asons|ries)" holds "seasons" or "series").
                head = "".join(run)
                candidates.append(frozenset(head + _opening(branch) for branch in av[1]))
            close()
            if op is _sre.BRANCH:
                branches = [_best(_needs(branch)) for branch in av[1]]
                if all(branch is not None for branch in branches):
                    candidates.append(frozenset().union(*branches))  # type: ignore[arg-type]

    walk(items)
    close()
    return candidates


def _opening(items: Any) -> str:
    """The literal characters (lower-cased) every match of ``items`` begins with."""
    out: list[str] = []
    for op, av in items:
        char: str | None = None
        if op is _sre.LITERAL:
            char = _plain(chr(av))
        elif op is _sre.IN:
            char = _single_char(av)
        elif op is _sre.SUBPATTERN:
            inner = _opening(av[3])
            out.append(inner)
            if len(inner) == len(av[3]) and all(o is _sre.LITERAL for o, _a in av[3]):
                continue  # the whole group was literal: keep reading after it
            break
        if char is None:
            break
        out.append(char)
    return "".join(out)


def _best(candidates: list[_Cues]) -> _Cues | None:
    """The candidate whose shortest cue is longest (then the one with fewest cues)."""
    usable = [c for c in candidates if c and all(c)]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(map(len, c)), -len(c)))


# A gate: alternatives (the branches of a pattern that is an alternation, else one), each a
# conjunction of groups of strings; a text passes when, for some alternative, it holds a string
# of each of its groups. The empty gate is no gate: every text passes.
CueGroups = tuple[tuple[tuple[str, ...], ...], ...]

_SPACE_CATEGORIES = (
    frozenset({_sre.CATEGORY_SPACE, _sre.CATEGORY_UNI_SPACE}) if _sre is not None else frozenset()
)

_ZERO_WIDTH_OPS = ("AT", "ASSERT", "ASSERT_NOT")


def _alternatives(items: Any) -> list[Any]:
    """The branches of a pattern that is one alternation (with zero-width assertions around
    it, which each branch keeps), else the pattern itself."""
    seq = list(items)
    while len(seq) == 1 and seq[0][0] is _sre.SUBPATTERN:
        seq = list(seq[0][1][3])
    branches = [i for i, (op, _av) in enumerate(seq) if op is _sre.BRANCH]
    zero_width = {getattr(_sre, name) for name in _ZERO_WIDTH_OPS}
    if len(branches) != 1 or any(op not in zero_width for op, _av in seq if op is not _sre.BRANCH):
        return [seq]
    at = branches[0]
    return [seq[:at] + list(branch) + seq[at + 1 :] for branch in seq[at][1][1]]


def cue_groups(pattern: re.Pattern[str], *, shortest: int = 2, most: int = 3) -> CueGroups:
    """The gate of ``pattern``: for each alternative of it, groups of lower-case strings such
    that every match holds one string of each group (in the folded text it is searched in), at
    most ``most`` groups whose strings all have at least ``shortest`` characters, the ones most
    texts fail first. No gate (search always) when an alternative promises no such text."""
    if _sre_parse is None:
        return ()
    try:
        alternatives = _alternatives(_sre_parse.parse(pattern.pattern, pattern.flags))
        gate: list[tuple[tuple[str, ...], ...]] = []
        for items in alternatives:
            usable = {c for c in _needs(items) if c and min(map(len, c)) >= shortest}
            if not usable:
                return ()
            ranked = sorted(usable, key=_rarity)
            gate.append(tuple(_fewest(c) for c in ranked[:most]))
    except Exception:  # an unreadable pattern simply gets no gate
        return ()
    # Alternatives of one group each pass together when one string of any of them is there:
    # one group of all their strings tests the same, in one loop.
    single = _fewest({cue for groups in gate if len(groups) == 1 for cue in groups[0]})
    several = [groups for groups in gate if len(groups) > 1]
    return ((single,), *several) if single else tuple(several)


def _fewest(group: set[str] | frozenset[str]) -> tuple[str, ...]:
    """The strings of a group (a text passes when it holds one of them) without those that
    hold another one: a text holding the longer string holds the shorter too, so the group
    passes the same texts with fewer tests ("renew" covers "renewed" and "renewal")."""
    return tuple(sorted(cue for cue in group if not any(other != cue and other in cue for other in group)))


def _wordset(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Words in most sentences of entertainment news: a group holding one lets nearly every text
# through, so it is tried last (a ranking only: every group of a gate is a proof).
_FREQUENT = _wordset(
    """a an and are as at be been but by for from had has have he in is it its of on or she that
    the their they this to was were which who will with season series show new"""
)


def _rarity(group: _Cues) -> tuple[bool, int, int, list[str]]:
    """Sort key: groups likely to fail most texts first (no frequent word, long strings, few)."""
    return (
        any(cue.strip() in _FREQUENT for cue in group),
        -min(map(len, group)),
        len(group),
        sorted(group),
    )


def either(*patterns: re.Pattern[str]) -> CueGroups:
    """A one-group gate that every match of any of ``patterns`` passes: the strings of each
    alternative's first group, together. No gate when one of the patterns has none."""
    union: set[str] = set()
    for pattern in patterns:
        gate = cue_groups(pattern)
        if not gate:
            return ()
        for groups in gate:
            union.update(groups[0])
    return ((_fewest(union),),)


def holds_cues(text: str, gate: CueGroups) -> bool:
    """False only when ``gate`` (from ``cue_groups``) proves that its pattern cannot match
    ``text`` or any part of it."""
    if not gate:
        return True
    low = folded(text)
    for groups in gate:  # plain loops: the cheapest way through a few short groups
        for group in groups:
            for cue in group:
                if cue in low:
                    break
            else:
                break  # this alternative cannot match
        else:
            return True
    return False


# ---------------------------------------------------------------- faster scanning
#
# A search tries the pattern at every position of the text. When the pattern does not open with
# a plain character (it opens with "\b", an optional part or a case-blind letter), each try
# walks into its alternatives before failing. A lookahead for the characters every match can
# begin with ends most tries at once, and finds the same matches.


_ANY_SPACE = "\\s"  # white space, as a class writes it


def _first_chars(items: Any) -> tuple[set[str], bool] | None:
    """The characters a match of ``items`` can begin with, and whether it can be empty; None
    when that is not a short list of characters (a category such as \\w, a negated class)."""
    chars: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            chars.add(chr(av))
            return chars, False
        if op is _sre.IN:
            for sub_op, sub_av in av:
                if sub_op is _sre.LITERAL:
                    chars.add(chr(sub_av))
                elif sub_op is _sre.RANGE and sub_av[1] - sub_av[0] < 64:
                    chars.update(map(chr, range(sub_av[0], sub_av[1] + 1)))
                elif sub_op is _sre.CATEGORY and sub_av in _SPACE_CATEGORIES:
                    chars.add(_ANY_SPACE)
                else:
                    return None
            return chars, False
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width: the first character comes after it
        inner: list[Any]
        if op is _sre.SUBPATTERN:
            inner = [av[3]]
        elif op is _sre.ATOMIC_GROUP:
            inner = [av]
        elif op is _sre.BRANCH:
            inner = list(av[1])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            inner = [av[2]]
        else:
            return None
        empty = False
        for sub in inner:
            found = _first_chars(sub)
            if found is None:
                return None
            chars |= found[0]
            empty = empty or found[1]
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] == 0:
            empty = True
        if not empty:
            return chars, False
    return chars, True


def scan_faster(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a lookahead for the characters its matches begin with: the same
    matches, searched for faster. The lookahead ignores case (a wider net is still exact), so
    case-blind letters, their ASCII case twins included, pass it. The pattern itself when its
    first characters cannot be listed or it can match the empty string."""
    if _sre_parse is None:
        return pattern
    try:
        found = _first_chars(_sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # an unreadable pattern is searched as it is
        return pattern
    if found is None or found[1] or not found[0]:
        return pattern
    chars = "".join(sorted(c if c == _ANY_SPACE else re.escape(c) for c in found[0]))
    try:
        return re.compile(f"(?=(?i:[{chars}]))(?:{pattern.pattern})", pattern.flags)
    except re.error:  # e.g. a pattern that sets its flags at its start
        return pattern
