"""Combinations: adjacent atoms joined into intervals; open intervals."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nextseason.extract.dates.atoms import _Atom
from nextseason.extract.dates.pieces import _Piece


@dataclass(frozen=True, slots=True)
class _Expr:
    start: int
    end: int
    first: _Piece
    second: _Piece | None = None
    mode: str = "single"  # single | interval | from (X/..) | until (../X) | after | before


_BETWEEN = re.compile(r"(?i:\bbetween\s+)$")
_FROM = re.compile(r"(?i:\bfrom\s+)$")
_AND = re.compile(r"(?i:\s+and\s+)")
_TO = re.compile(r"(?i:\s+(?:to|until|till|through|thru|and)\s+|\s*[-–—]\s*)")
_LINK = re.compile(r"(?i:\s+(?:through|thru|until|till|to|or)\s+|\s*[–—]\s*)")
_OPEN_BEFORE = (
    (re.compile(r"(?i:\b(?:not\s+before|not\s+earlier\s+than|no\s+earlier\s+than|no\s+sooner"
                r"\s+than|as\s+(?:early|soon)\s+as)\s+(?:in\s+)?)$"), "from"),
    # "the earliest the 99s could return is 2027"
    (re.compile(r"(?i:\bthe\s+(?:earliest|soonest)\b(?:\s+[\w'’-]+){0,8}?\s+(?P<at>(?:is|was|would\s+be|will\s+be|looks\s+like)\s+(?:in\s+)?))$"),
     "from"),
    (re.compile(r"(?i:\b(?:no|not)\s+later\s+than\s+(?:in\s+)?)$"), "until"),
    (re.compile(r"(?i:\bbefore\s+)$"), "before"),
    (re.compile(r"(?i:\b(?:after|later\s+than)\s+)$"), "after"),
)  # fmt: skip
_OPEN_AFTER = (
    (
        re.compile(
            r"(?i:^,?\s+(?:at\s+the\s+earliest|or\s+later|or\s+after|and\s+beyond|onwards?)\b"
            # "a release in 2027 seems the earliest realistic option"
            r"|^\s+(?:is|seems|looks|would\s+be|feels\s+like)\s+(?:like\s+)?(?:the|our)\s+earliest\b)"
        ),
        "from",
    ),
    (
        re.compile(r"(?i:^,?\s+(?:at\s+the\s+latest|or\s+earlier|or\s+sooner|or\s+before)\b)"),
        "until",
    ),
)
# A verb that moves a date (and what it moves), just before "from X to Y": two dates, not an
# interval ("moved its second season from this November to early 2027").
_MOVED = re.compile(
    r"(?i:\b(?:push|pushed|move|moved|delay|delayed|postpone|postponed|shift|shifted|bump|bumped|reschedul\w*|"
    r"brought\s+forward|pulled\s+forward)(?:\s+(?:it|them|back|forward|up))?(?:\s+(?:its|the|their|a)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:season|series|premiere|release|debut|return|finale|launch))?\s+$)"
)
_END_OF = re.compile(r"(?i:(?:the\s+)?end\s+of\b)")
_ENDS = re.compile(r"(?i:\s+(?:does|ends|is\s+(?:out|over|done)|comes\s+to\s+an\s+end|runs\s+out)\b)")
_NEGATION = re.compile(r"(?i:\b(?:not|never|no|unlikely|doubtful|improbable)\b|n['’]t\b)")  # ("unlikely that they arrive before X")


def _combine(text: str, atoms: list[_Atom]) -> list[_Expr]:
    exprs: list[_Expr] = []
    index = 0
    while index < len(atoms):
        atom = atoms[index]
        pair = _interval(text, atom, atoms[index + 1]) if index + 1 < len(atoms) else None
        if pair is not None:
            exprs.append(pair)
            index += 2
            continue
        exprs.append(_open(text, atom))
        index += 1
    return exprs


def _interval(text: str, a: _Atom, b: _Atom) -> _Expr | None:
    gap, before = text[a.end : b.start], text[: a.start]
    lead = _BETWEEN.search(before)
    if lead and _AND.fullmatch(gap):
        return _Expr(lead.start(), b.end, a.piece, b.piece, "interval")
    lead = _FROM.search(before)
    if lead and _TO.fullmatch(gap):
        if _MOVED.search(before, 0, lead.start()):
            return None  # "pushed back from December 2026 to spring 2027": the old date, then the new
        return _Expr(lead.start(), b.end, a.piece, b.piece, "interval")
    if _MOVED.search(before) and _LINK.fullmatch(gap) and gap.strip().lower() in ("to", "until", "till"):
        return None
    link = _LINK.fullmatch(gap)
    if link and not (
        link.group().strip().lower() == "or" and "day" in (a.piece.unit, b.piece.unit)
    ):
        return _Expr(a.start, b.end, a.piece, b.piece, "interval")  # "June 6 or 7" stays two dates
    return None


# "a 2026 return at the earliest": the date modifies a noun that the bound follows.
_NOUN_BETWEEN = re.compile(
    r"(?i:^\s+(?:premiere|release|return|debut|launch|arrival|bow|start|comeback)s?(?=,?\s+(?:at\s+the"
    r"\s+(?:earliest|latest)|or\s+(?:later|earlier|sooner))\b))"
)


def _open(text: str, atom: _Atom) -> _Expr:
    before, after = text[: atom.start], text[atom.end :]
    noun = _NOUN_BETWEEN.match(after)
    if noun:  # the expression stays the date itself, so the noun still reads as a trigger
        after = after[noun.end() :]
    for regex, mode in _OPEN_AFTER:
        found = regex.search(after)
        if found:
            end = atom.end if noun else atom.end + found.end()
            return _Expr(atom.start, end, atom.piece, mode=mode)
    for regex, mode in _OPEN_BEFORE:
        found = regex.search(before)
        if found:
            start = found.start("at") if "at" in regex.groupindex else found.start()  # (the subject's verb stays out)
            if mode == "before" and (_END_OF.match(text, atom.start) or _ENDS.match(after)):
                break  # "before the end of the year" / "before 2024 ends" is by its end: that year
            if mode == "before" and _negated(before[:start]):
                mode = "from"  # "we do not expect it before 2025": 2025 or later
            elif mode == "after" and _negated(before[:start]):
                mode = "until"
            return _Expr(start, atom.end, atom.piece, mode=mode)
    return _Expr(atom.start, atom.end, atom.piece)


_CLAUSE_SPLIT = re.compile(r"[,;:.!?]|\bbut\b")


def _negated(clause_before: str) -> bool:
    clause = _CLAUSE_SPLIT.split(clause_before)[-1]
    return bool(_NEGATION.search(clause))
