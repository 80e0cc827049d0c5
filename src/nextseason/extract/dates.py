"""Date expressions in English text -> EDTF values, resolved against a publication date.

The grammar works in three steps:

1. *atoms*: regular expressions for single expressions ("Jan. 28, 2022", "last June",
   "the first half of next year", "two months ago", "mid-2024"), each built into a
   `_Piece` whose year may still be open ("in September");
2. *combinations*: two adjacent atoms joined by "between ... and", "from ... until",
   "through", "or" make an interval; "at the earliest", "not before", "as early as",
   "or later", "at the latest" and "before"/"after" make open intervals;
3. *resolution*: an open year comes from the other end of an interval, then from the
   caller's ``context_year``, then from the publication date and the tense of the
   sentence (the nearest tense marker before the expression, else after it).

Relative words follow one calendar convention: "last X" / "this X" / "next X" name
the X that starts in the year before / of / after publication ("last January" in
February 2025 is 2024-01, "next spring" in February 2024 is 2025-21); "this X" is
the one under way when there is one ("this winter" in January).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from nextseason.domain.dates import adjacent, bounds, interval_end, label_year, shift_month

__all__ = ["DateMention", "bounds", "find_dates", "infer_published", "normalise"]


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # char offset in the text given to find_dates
    end: int
    text: str  # the matched expression as written
    value: str  # EDTF string at the precision the text gives
    open_end: bool = False  # e.g. "at the earliest" / "not before" produced an open interval


# --------------------------------------------------------------------------- lexicons

_MONTH_NAMES = (
    "january jan|february feb|march mar|april apr|may|june jun|july jul|august aug"
    "|september sept sep|october oct|november nov|december dec"
)
_WEEKDAY_NAMES = (
    "monday mon|tuesday tues tue|wednesday wed|thursday thurs thur thu|friday fri"
    "|saturday sat|sunday sun"
)
_MONTHS = {
    name: number
    for number, names in enumerate(_MONTH_NAMES.split("|"), start=1)
    for name in names.split()
}
_WEEKDAYS = {
    name: number for number, names in enumerate(_WEEKDAY_NAMES.split("|")) for name in names.split()
}
_SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "a couple of": 2,
}  # fmt: skip
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_ORDINALS |= {"fourth": 4, "4th": 4, "final": 4, "last": 4}

# Month names are matched case-sensitively (capitalised) so "may" and "march" the verbs
# stay out; everything else is case-insensitive.
_FULL_MONTH = (
    r"(?:January|February|March|April|(?<!You\s)(?<!We\s)(?<!It\s)(?<!They\s)(?<!I\s)"
    r"May(?!\s+(?:be|not|have|also|well|as|like|want|need|still)\b)|June|July"
    r"|August|September|October|November|December)\b"
)
_ANY_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?"
)
_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\b\.?"
)
_SEASON = r"(?i:spring|summer|autumn|fall|winter)\b"
# a season word that names a thing, not a time ("the winter anime season", "a summer event")
_SEASON_NOUN = (
    r"(?!(?:['’]s)?\s+(?i:anime|season|schedule|slate|line-?up|release|break|event|holidays?"
    r"|blockbusters?|premiere|finale|festival|tour|olympics|solstice|months?|time|programming"
    r"|tv|television|series|shows?|slot|camp|sale)\b)"
)
_YEAR4 = r"(?:19|20)\d{2}(?![\d\-–/]|[,.]\d)"
_YEAR_REL = (
    r"(?i:(?:this|next|last|the\s+following|the\s+next|the\s+previous|the\s+coming|the\s+same"
    r"|that)\s+year\b|the\s+year\s+(?:after|before)\b)"
)
_YEARX = rf"(?:{_YEAR4}|{_YEAR_REL}|(?i:the\s+year)\b)"
_TRAIL_YEAR = (
    r"(?i:(?:earlier|later)\s+(?:this|last|next)\s+year|(?:of\s+|in\s+)?(?:this|last|next)\s+year"
    r"|(?:of|in)\s+(?:the\s+following|the\s+next|the\s+same|that)\s+year)\b"
)
_QUAL_MONTH = (
    r"(?P<q>(?i:(?:the\s+)?(?:very\s+)?(?:early|late|mid)(?:-|\s+)"
    r"|(?:the\s+)?(?:beginning|start|middle|end|close)\s+of\s+))"
)
_QUAL_SEASON = (
    r"(?i:(?:the\s+)?(?:early|late|mid)(?:-|\s+)?|(?:the\s+)?(?:beginning|start|middle|end)"
    r"\s+of\s+(?:the\s+)?)"
)
_REL_WORD = r"(?P<rel>(?i:this\s+coming|this\s+past|last|this|next|past|coming))"
_NUMBER = r"(?:\d{1,3}|(?i:a\s+couple\s+of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty))"
_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\b"
_NOT_SEASON_NUMBER = r"(?<!season\s)(?<!Season\s)(?<!episode\s)(?<!Episode\s)(?<!part\s)(?<!Part\s)"


# --------------------------------------------------------------------------- pieces


@dataclass(frozen=True, slots=True)
class _Anchor:
    """The publication date as a span, with its unit: 'day', 'month' or 'year'."""

    lo: dt.date
    hi: dt.date
    unit: str

    @property
    def year(self) -> int:
        return self.lo.year


@dataclass(frozen=True, slots=True)
class _Ctx:
    anchor: _Anchor | None
    context_year: int | None


@dataclass(frozen=True, slots=True)
class _Piece:
    """One date expression, its year possibly still open (None)."""

    unit: str  # 'day' | 'month' | 'sub' | 'year' | 'fixed' | 'invalid'
    year: int | None = None
    month: int = 0
    day: int = 0
    code: int = 0
    weekday: int | None = None
    approx: bool = False
    fixed: str = ""
    tense: str | None = None  # forced direction for an open year ("this past June")


_INVALID = _Piece("invalid")  # an expression that is no date: it blocks what it overlaps


def _value(piece: _Piece, year: int) -> str | None:
    """EDTF for the piece in ``year``, None when that date does not exist (Feb 29, 2023)."""
    if piece.unit == "invalid":
        return None
    if piece.unit == "fixed":
        return piece.fixed
    if piece.unit == "year":
        return f"{year:04d}"
    if piece.unit == "sub":
        return f"{year:04d}-{piece.code}"
    if piece.unit == "month":
        return f"{year:04d}-{piece.month:02d}" + ("~" if piece.approx else "")
    try:
        day = dt.date(year, piece.month, piece.day)
    except ValueError:
        return None
    return day.isoformat()


def _weekday_ok(piece: _Piece, year: int) -> bool:
    if piece.weekday is None:
        return True
    return dt.date(year, piece.month, piece.day).weekday() == piece.weekday


# --------------------------------------------------------------------------- anchor


def _anchor(published: str | None) -> _Anchor | None:
    if not published:
        return None
    try:
        lo, hi = bounds(published)
    except ValueError:
        return None
    if lo is None or hi is None or "/" in published:
        return None
    if lo == hi:
        return _Anchor(lo, hi, "day")
    same_month = (lo.year, lo.month) == (hi.year, hi.month)
    return _Anchor(lo, hi, "month" if same_month else "year")


def _year_word(phrase: str, ctx: _Ctx) -> int | None:
    """The year named by '2024', 'this year', 'the following year', 'that year', ..."""
    words = " ".join(phrase.lower().split())
    digits = re.search(r"\d{4}", words)
    if digits:
        return int(digits.group())
    anchor_year = ctx.anchor.year if ctx.anchor else None
    base = ctx.context_year if ctx.context_year is not None else anchor_year
    if re.search(r"\b(?:that|the same) year", words):
        return ctx.context_year
    offsets = (
        (r"\bnext year|the coming year", anchor_year, 1),
        (r"\blast year", anchor_year, -1),
        (r"\bthis year", anchor_year, 0),
        (r"following year|the next year|year after", base, 1),
        (r"previous year|year before", base, -1),
        (r"\bthe year", base, 0),
    )
    for pattern, year, offset in offsets:
        if re.search(pattern, words):
            return None if year is None else year + offset
    return None


# --------------------------------------------------------------------------- atoms

_Builder = Callable[[re.Match[str], _Ctx], "_Piece | None"]


def _month_of(text: str) -> int:
    return _MONTHS[text.lower().rstrip(".")]


def _weekday_of(text: str | None) -> int | None:
    return None if text is None else _WEEKDAYS[text.lower().rstrip(".")]


def _explicit_year(m: re.Match[str], ctx: _Ctx) -> tuple[bool, int | None]:
    """(ok, year) from the groups 'y' (digits) or 'rel' (a relative year phrase)."""
    if m.groupdict().get("y"):
        return True, int(m["y"])
    if m.groupdict().get("rel"):
        year = _year_word(m["rel"], ctx)
        return year is not None, year
    return True, None


def _build_day(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    ok, year = _explicit_year(m, ctx)
    day, month = int(m["d"]), _month_of(m["mon"])
    if not ok or not 1 <= day <= 31:
        return None
    piece = _Piece("day", year, month, day, weekday=_weekday_of(m["wd"]))
    if year is not None and _value(piece, year) is None:
        return _INVALID  # "February 29, 2023": no date, and its year alone is not one either
    return piece


def _build_iso(m: re.Match[str], _ctx: _Ctx) -> _Piece | None:
    piece = _Piece("day", int(m["y"]), int(m["mm"]), int(m["dd"]))
    return piece if 1 <= piece.month <= 12 and _value(piece, int(m["y"])) else None


def _build_month(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    ok, year = _explicit_year(m, ctx)
    return _Piece("month", year, _month_of(m["mon"])) if ok else None


def _relative(rel: str, ctx: _Ctx) -> tuple[bool, int | None, str | None]:
    """'last'/'this'/'next' -> a year; 'this past'/'coming' -> a forced tense."""
    word = " ".join(rel.lower().split())
    if word in ("this past", "past"):
        return True, None, "past"
    if word in ("this coming", "coming"):
        return True, None, "future"
    if ctx.anchor is None:
        return False, None, None
    return True, ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[word], None


def _build_rel_month(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    ok, year, tense = _relative(m["rel"], ctx)
    return _Piece("month", year, _month_of(m["mon"]), tense=tense) if ok else None


def _build_season(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    ok, year = _explicit_year(m, ctx)
    return _Piece("sub", year, code=_SEASONS[m["s"].lower()]) if ok else None


def _build_rel_season(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    """'last' / 'next' summer start in the year before / after publication; 'this' is the
    one under way, else the one starting in the year of publication."""
    code = _SEASONS[m["s"].lower()]
    ok, year, tense = _relative(m["rel"], ctx)
    if not ok:
        return None
    if year is not None and ctx.anchor is not None:
        current = m["rel"].lower() == "this" and _season_under_way(code, ctx.anchor)
        year = current or label_year(code, year)
    return _Piece("sub", year, code=code, tense=tense)


def _season_under_way(code: int, anchor: _Anchor) -> int | None:
    """The label year of the season of kind ``code`` that contains the publication date."""
    for year in (anchor.year, anchor.year + 1):
        lo, hi = bounds(f"{year}-{code}")
        if lo is not None and hi is not None and lo <= anchor.lo <= hi:
            return year
    return None


def _build_quarter(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    groups = m.groupdict()
    number = groups.get("qn") or groups.get("qn2") or str(_ORDINALS[groups["ord"].lower()])
    year = _year_word(groups["yr"], ctx) if groups.get("yr") else None
    if groups.get("yr") and year is None:
        return None
    return _Piece("sub", year, code=32 + int(number))


def _build_half(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    year = _year_word(m["yr"], ctx)
    word = (m["ord"] or m["hn"] or m["hn2"] or "").lower()
    second = word in ("second", "2nd", "latter", "back", "2")
    return None if year is None else _Piece("sub", year, code=41 if second else 40)


def _build_part_of_year(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    year = _year_word(m["yr"], ctx)
    if year is None:
        return None
    qualifier = m["q"].lower()
    if "early" in qualifier:
        return _Piece("sub", year, code=40)
    if "late" in qualifier:
        return _Piece("sub", year, code=41)
    if "mid" in qualifier:
        return _Piece("month", year, 6, approx=True)
    return _Piece("year", year)  # the beginning / end of the year: the year itself


def _build_rel_year(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    year = _year_word(m["yr"], ctx)
    return None if year is None else _Piece("year", year)


# capitalised words after which a year is still a date (otherwise "Blade Runner 2049" is a title)
_DATE_WORDS = (
    "in by since before after until till from through during of summer spring fall autumn "
    "winter early late mid and or than the at on around q1 q2 q3 q4 h1 h2"
)
_CAPITALISED_OK = frozenset(_MONTHS) | frozenset(_DATE_WORDS.split())


def _build_year(m: re.Match[str], _ctx: _Ctx) -> _Piece | None:
    before = m.string[: m.start("y")]
    previous = re.search(r"([A-Za-z][\w'’.-]*)\s+$", before)
    if previous and _in_title(previous.group(1), before[: previous.start()]):
        return None
    if re.search(r"(?i:season|episode|series|part|chapter|volume|vol\.|no\.|number|#)\s*$", before):
        return None
    return _Piece("year", int(m["y"]))


def _in_title(word: str, rest: str) -> bool:
    """A year right after a capitalised word inside a sentence reads as a title ("Blade Runner 2049")."""
    if not word[0].isupper() or word.lower().rstrip(".") in _CAPITALISED_OK:
        return False
    if re.search(r"['’]s$", word):
        return False  # "Netflix's 2024 slate"
    return bool(rest.strip()) and not re.search(r"[.!?:\"“]\s*$", rest)


def _build_ago(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    if m["q"] and m["q"].lower().split()[0] in ("over", "more", "less", "under"):
        return _INVALID  # "more than two years ago" is no single date
    anchor = ctx.anchor
    count = _count(m["n"])
    unit = m["u"].lower().rstrip("s")
    if anchor is None or count is None:
        return None
    return _shifted(anchor, unit, -count)


def _count(text: str) -> int | None:
    words = " ".join(text.lower().split())
    return int(words) if words.isdigit() else _NUMBERS.get(words)


def _shifted(anchor: _Anchor, unit: str, amount: int) -> _Piece | None:
    """The anchor moved by ``amount`` days / weeks / months / years, at that unit's precision."""
    if unit == "year":
        return _Piece("year", anchor.year + amount)
    if unit == "month":
        if anchor.unit == "year":
            return None
        year, month = shift_month(anchor.lo.year, anchor.lo.month, amount)
        return _Piece("month", year, month)
    if anchor.unit != "day":
        return None
    if unit == "day":
        day = anchor.lo + dt.timedelta(days=amount)
        return _Piece("day", day.year, day.month, day.day)
    return _week(anchor.lo + dt.timedelta(weeks=amount))


def _week(day: dt.date) -> _Piece:
    monday = day - dt.timedelta(days=day.weekday())
    sunday = monday + dt.timedelta(days=6)
    return _Piece("fixed", fixed=f"{monday.isoformat()}/{sunday.isoformat()}")


def _build_this_unit(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    if ctx.anchor is None:
        return None
    which = m["which"].lower()
    amount = -1 if which == "last" else 1 if which == "next" else 0
    return _shifted(ctx.anchor, m["u"].lower(), amount)


def _build_day_word(m: re.Match[str], ctx: _Ctx) -> _Piece | None:
    if ctx.anchor is None:
        return None
    amount = {"yesterday": -1, "today": 0, "tomorrow": 1}[m["w"].lower()]
    return _shifted(ctx.anchor, "day", amount)


@dataclass(frozen=True, slots=True)
class _Pattern:
    regex: re.Pattern[str]
    build: _Builder


def _p(pattern: str, build: _Builder) -> _Pattern:
    return _Pattern(re.compile(pattern), build)


_PATTERNS: tuple[_Pattern, ...] = (
    _p(
        rf"(?:(?P<wd>{_WEEKDAY}),?\s+(?:the\s+)?)?\b(?P<mon>{_ANY_MONTH})\s+{_DAY}(?!\s*[:\d])"
        rf"(?:,?\s+(?P<y>{_YEAR4})|,?\s+(?P<rel>{_TRAIL_YEAR}))?",
        _build_day,
    ),
    _p(
        rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?{_NOT_SEASON_NUMBER}(?<![\d,.])(?:(?i:the)\s+)?{_DAY}\s+"
        rf"(?:of\s+)?(?P<mon>{_ANY_MONTH})(?:,?\s+(?P<y>{_YEAR4})|,?\s+(?P<rel>{_TRAIL_YEAR}))?",
        _build_day,
    ),
    _p(r"(?<![\d\-/.])(?P<y>(?:19|20)\d{2})-(?P<mm>\d{2})-(?P<dd>\d{2})(?![\d\-/])", _build_iso),
    _p(
        rf"{_QUAL_MONTH}?\b(?P<mon>{_ANY_MONTH})(?:,?\s+(?:of\s+)?(?P<y>{_YEAR4})"
        r"|\s+(?P<rel>(?i:(?:of\s+)?(?:this|last|next)\s+year|of\s+(?:the\s+following|the\s+next"
        r"|the\s+same|that|the\s+previous)\s+year)\b))",
        _build_month,
    ),
    _p(rf"{_QUAL_MONTH}?{_REL_WORD}\s+(?P<mon>{_FULL_MONTH})", _build_rel_month),
    _p(rf"{_QUAL_MONTH}?\b(?P<mon>{_FULL_MONTH})(?!\s*\d)", _build_month),
    _p(
        rf"{_QUAL_SEASON}?\b(?P<s>{_SEASON})\s+(?:(?i:of)\s+)?(?:(?P<y>{_YEAR4})"
        r"|(?P<rel>(?i:(?:of\s+)?(?:this|next|last)\s+year|(?:the\s+following|that|the\s+same)"
        r"\s+year)\b))",
        _build_season,
    ),
    _p(rf"{_QUAL_SEASON}?\b{_REL_WORD}\s+(?P<s>{_SEASON}){_SEASON_NOUN}", _build_rel_season),
    _p(
        r"(?i:\b(?:in|around|by|until|till|since|during|over|before|after|from|through|for|to"
        rf"|and|or|between)\s+)(?P<m>(?i:the\s+)?{_QUAL_SEASON}?(?P<s>{_SEASON})){_SEASON_NOUN}",
        _build_season,
    ),
    _p(
        r"(?i:\bQ(?P<qn>[1-4])|\b(?P<qn2>[1-4])Q)\b(?:,?\s*(?:of\s+)?(?P<yr>"
        rf"{_YEAR4}|{_YEAR_REL}))?",
        _build_quarter,
    ),
    _p(
        r"(?i:(?:the\s+)?\b(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+"
        rf"quarter)(?:\s+(?i:of)\s+(?P<yr>{_YEARX}))?",
        _build_quarter,
    ),
    _p(
        r"(?i:(?:the\s+)?\b(?P<ord>first|second|1st|2nd|latter|back|front)\s+half\s+of\s+)"
        rf"(?P<yr>{_YEARX})|\b(?:H(?P<hn>[12])|(?P<hn2>[12])H)\s*(?P<yr2>{_YEAR4})",
        lambda m, ctx: _build_half(m, ctx) if m["yr"] else _build_h_short(m, ctx),
    ),
    _p(rf"{_QUAL_MONTH}(?P<yr>{_YEARX})", _build_part_of_year),
    _p(
        r"(?i:(?:later|earlier|sometime|some\s+time|at\s+some\s+point)\s+(?:(?:in|during)\s+)?)?"
        rf"(?P<yr>{_YEAR_REL}|(?<=in\s)(?i:the\s+year)\b)",
        _build_rel_year,
    ),
    _p(
        r"(?i:(?:later|earlier|sometime|some\s+time)\s+in\s+)?(?<![\w$£€#@/,.\-–])"
        rf"(?P<y>{_YEAR4})(?!\s*(?:%|(?i:countries|episodes|people|viewers|fans|votes|hours|minutes)\b))",
        _build_year,
    ),
    _p(
        r"(?i:\b(?P<q>almost|nearly|about|around|roughly|approximately|some|over|more\s+than"
        rf"|less\s+than|under|just|only|barely|exactly)\s+)?\b(?P<n>{_NUMBER})\s+"
        r"(?P<u>(?i:days?|weeks?|months?|years?))\s+(?i:ago)\b",
        _build_ago,
    ),
    _p(
        r"(?i:(?:later|earlier)\s+)?\b(?P<which>(?i:this|next|last))\s+(?P<u>(?i:week|month))\b",
        _build_this_unit,
    ),
    _p(r"\b(?P<w>[Yy]esterday|[Tt]oday|[Tt]omorrow)\b", _build_day_word),
)


def _build_h_short(m: re.Match[str], _ctx: _Ctx) -> _Piece | None:
    second = (m["hn"] or m["hn2"]) == "2"
    return _Piece("sub", int(m["yr2"]), code=41 if second else 40)


# --------------------------------------------------------------------------- selection


@dataclass(frozen=True, slots=True)
class _Atom:
    start: int
    end: int
    piece: _Piece


def _atoms(text: str, ctx: _Ctx) -> list[_Atom]:
    """Longest non-overlapping atoms, in text order (then the earlier one, then the earlier pattern)."""
    found: list[tuple[int, int, int, _Piece]] = []
    for rank, pattern in enumerate(_PATTERNS):
        for m in pattern.regex.finditer(text):
            piece = pattern.build(m, _local_ctx(text, m.start(), ctx))
            if piece is not None:
                start, end = m.span("m") if "m" in m.groupdict() else m.span()
                found.append((start - end, start, rank, piece))
    found.sort(key=lambda item: item[:3])
    atoms: list[_Atom] = []
    for negative_length, start, _rank, piece in found:
        end = start - negative_length
        if all(end <= a.start or start >= a.end for a in atoms):
            atoms.append(_Atom(start, end, piece))
    return sorted(atoms, key=lambda a: a.start)


_YEAR_IN_TEXT = re.compile(r"(?<![\w,.\-])(?:19|20)\d{2}(?![\w\-–/]|[,.]\d)")


def _local_ctx(text: str, pos: int, ctx: _Ctx) -> _Ctx:
    """A year written earlier in the same sentence is the nearest context ("premiered on
    October 11, 2022, and ran until the end of December")."""
    years = _YEAR_IN_TEXT.findall(text, _sentence(text, pos)[0], pos)
    return replace(ctx, context_year=int(years[-1])) if years else ctx


# --------------------------------------------------------------------------- combinations


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
                r"\s+than|as\s+early\s+as)\s+(?:in\s+)?)$"), "from"),
    (re.compile(r"(?i:\b(?:no|not)\s+later\s+than\s+(?:in\s+)?)$"), "until"),
    (re.compile(r"(?i:\bbefore\s+)$"), "before"),
    (re.compile(r"(?i:\b(?:after|later\s+than)\s+)$"), "after"),
)  # fmt: skip
_OPEN_AFTER = (
    (
        re.compile(
            r"(?i:^,?\s+(?:at\s+the\s+earliest|or\s+later|or\s+after|and\s+beyond|onwards?)\b)"
        ),
        "from",
    ),
    (
        re.compile(r"(?i:^,?\s+(?:at\s+the\s+latest|or\s+earlier|or\s+sooner|or\s+before)\b)"),
        "until",
    ),
)
_NEGATION = re.compile(r"(?i:\b(?:not|never|no)\b|n['’]t\b)")


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
        return _Expr(lead.start(), b.end, a.piece, b.piece, "interval")
    link = _LINK.fullmatch(gap)
    if link and not (
        link.group().strip().lower() == "or" and "day" in (a.piece.unit, b.piece.unit)
    ):
        return _Expr(a.start, b.end, a.piece, b.piece, "interval")  # "June 6 or 7" stays two dates
    return None


def _open(text: str, atom: _Atom) -> _Expr:
    before, after = text[: atom.start], text[atom.end :]
    for regex, mode in _OPEN_AFTER:
        found = regex.search(after)
        if found:
            return _Expr(atom.start, atom.end + found.end(), atom.piece, mode=mode)
    for regex, mode in _OPEN_BEFORE:
        found = regex.search(before)
        if found:
            start = found.start()
            if mode == "before" and _negated(before[:start]):
                mode = "from"  # "we do not expect it before 2025": 2025 or later
            elif mode == "after" and _negated(before[:start]):
                mode = "until"
            return _Expr(start, atom.end, atom.piece, mode=mode)
    return _Expr(atom.start, atom.end, atom.piece)


def _negated(clause_before: str) -> bool:
    clause = re.split(r"[,;:.!?]|\bbut\b", clause_before)[-1]
    return bool(_NEGATION.search(clause))


# --------------------------------------------------------------------------- tense

_FUTURE = re.compile(
    r"(?i:\b(?:will|shall|won['’]t|going\s+to|gonna|expect(?:s|ed|ing)?|aim(?:s|ing|ed)?|set\s+to"
    r"|slated|scheduled|planned|plans?\s+to|could|might|should|would|likely|possibly|probably"
    r"|hopefully|hop(?:e|es|ing)|upcoming|coming|arrives?|premieres?|returns?|lands?|debuts?|airs?"
    r"|launch(?:es)?|drops?|begins?|starts?|due|target(?:s|ing|ed)?|eye(?:s|ing)|soon"
    r"|tentatively)\b|['’]ll\b|(?-i:\bmay\b))"
)
_PAST = re.compile(
    r"(?i:\b(?:was|were|had|did|been|ago|ran|began|came|took|went|shot|aired|premiered|dropped"
    r"|debuted|landed|wrapped|started|ended|finished|concluded|renewed|announced|cancell?ed"
    r"|released|revealed|confirmed|filmed|rolled|arrived|returned|launched|simulcast|streamed"
    r"|ordered|greenlit|previously|originally|already|earlier)\b)"
)
_PASSIVE = re.compile(r"(?i:\b(?:be|being|is|are|am|get|gets)\s+(?:\w+ly\s+)?)$")
_SENTENCE_END = re.compile(
    r"(?<![A-Z])(?<!\bJan)(?<!\bFeb)(?<!\bMar)(?<!\bApr)(?<!\bAug)(?<!\bSep)(?<!\bSept)(?<!\bOct)"
    r"(?<!\bNov)(?<!\bDec)(?<!\bMr)(?<!\bDr)(?<!\bMs)(?<!\bSt)(?<!\bvs)[.!?](?=\s+[\"“A-Z0-9])"
)


def _sentence(text: str, pos: int) -> tuple[int, int]:
    start, end = 0, len(text)
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def _markers(text: str, lo: int, hi: int) -> Iterator[tuple[int, str]]:
    for regex, tense in ((_FUTURE, "future"), (_PAST, "past")):
        for m in regex.finditer(text, lo, hi):
            if (
                tense == "past"
                and m.group().lower().endswith("ed")
                and _PASSIVE.search(text[lo : m.start()])
            ):
                continue  # "will be released": the participle after a form of "be" carries no tense
            yield m.start(), tense


def _tense_at(text: str, start: int, end: int) -> str | None:
    """The tense of the nearest marker before the expression in its sentence, else after it."""
    lo, hi = _sentence(text, start)
    markers = [mk for mk in _markers(text, lo, hi) if not start <= mk[0] < end]
    before = [mk for mk in markers if mk[0] < start]
    if before:
        return max(before)[1]
    after = [mk for mk in markers if mk[0] >= end]
    return min(after)[1] if after else None


# --------------------------------------------------------------------------- resolution


def _gap(value: str, anchor: _Anchor) -> int:
    lo, hi = bounds(value)
    assert lo is not None and hi is not None
    if hi < anchor.lo:
        return (anchor.lo - hi).days
    return max(0, (lo - anchor.hi).days)


def _pick_year(piece: _Piece, ctx: _Ctx, tense: str | None) -> int | None:
    """The year of a piece written without one (context, then tense and publication)."""
    if piece.year is not None:
        return piece.year
    anchor = ctx.anchor
    context = ctx.context_year
    if context is not None and _fits_context(piece, context, anchor, piece.tense or tense):
        return context
    if anchor is None or (anchor.unit == "year" and piece.unit in ("day", "month")):
        return None
    years = [y for y in range(anchor.year - 6, anchor.year + 7) if _value(piece, y)]
    matching = [y for y in years if _weekday_ok(piece, y)]
    return _choose(piece, matching or years, anchor, piece.tense or tense)


def _fits_context(piece: _Piece, year: int, anchor: _Anchor | None, tense: str | None) -> bool:
    """A context year is taken unless it contradicts the tense ("we expect it in May" is not a past May)."""
    value = _value(piece, year)
    if value is None or not _weekday_ok(piece, year):
        return False
    if anchor is None or tense is None:
        return True
    lo, hi = bounds(value)
    assert lo is not None and hi is not None
    return hi >= anchor.lo if tense == "future" else lo <= anchor.hi


def _choose(piece: _Piece, years: list[int], anchor: _Anchor, tense: str | None) -> int | None:
    spans = {year: bounds(str(_value(piece, year))) for year in years}
    if tense == "future":
        later = [y for y in years if (spans[y][1] or anchor.lo) >= anchor.lo]
        return min(later, default=None)
    if tense == "past":
        earlier = [y for y in years if (spans[y][0] or anchor.hi) <= anchor.hi]
        return max(earlier, default=None)
    return min(years, key=lambda y: (_gap(str(_value(piece, y)), anchor), -y), default=None)


def _resolve(expr: _Expr, ctx: _Ctx, tense: str | None) -> str | None:
    if expr.second is not None:
        return _resolve_interval(expr.first, expr.second, ctx, tense)
    year = _pick_year(expr.first, ctx, tense)
    value = None if year is None else _value(expr.first, year)
    if value is None:
        return None
    return _open_value(value, expr.mode)


def _open_value(value: str, mode: str) -> str:
    if mode == "from":
        return f"{interval_end(value, first=True, keep_seasons=True)}/.."
    if mode == "until":
        return f"../{interval_end(value, first=False, keep_seasons=True)}"
    if mode == "after":
        return f"{adjacent(value, forward=True)}/.."
    if mode == "before":
        return f"../{adjacent(value, forward=False)}"
    return value


def _resolve_interval(a: _Piece, b: _Piece, ctx: _Ctx, tense: str | None) -> str | None:
    if a.year is not None or (b.year is None and a.unit == "fixed"):
        year_a = _pick_year(a, ctx, tense)
        year_b = None if year_a is None else _year_beside(b, a, year_a, forward=True)
    else:
        year_b = _pick_year(b, ctx, tense)
        year_a = None if year_b is None else _year_beside(a, b, year_b, forward=False)
    if year_a is None or year_b is None:
        return None
    first, last = _value(a, year_a), _value(b, year_b)
    if first is None or last is None or "/" in first or "/" in last:
        return None
    return f"{interval_end(first, first=True)}/{interval_end(last, first=False)}"


def _year_beside(piece: _Piece, other: _Piece, other_year: int, *, forward: bool) -> int | None:
    """The year of one end of an interval that keeps it in order with the other end."""
    if piece.year is not None:
        return piece.year
    other_lo, other_hi = bounds(str(_value(other, other_year)))
    step = 1 if forward else -1
    for year in (other_year, other_year + step):
        value = _value(piece, year)
        if value is None or not _weekday_ok(piece, year):
            continue
        lo, hi = bounds(value)
        assert lo is not None and hi is not None and other_lo is not None and other_hi is not None
        if (forward and hi >= other_hi) or (not forward and lo <= other_lo):
            return year
    return None


# --------------------------------------------------------------------------- public API


def _mentions(text: str, ctx: _Ctx, tense: str | None, *, fixed_tense: bool) -> list[DateMention]:
    result = []
    for expr in _combine(text, _atoms(text, ctx)):
        expr_tense = tense if fixed_tense else _tense_at(text, expr.start, expr.end)
        value = _resolve(expr, _local_ctx(text, expr.start, ctx), expr_tense)
        if value is not None:
            span = text[expr.start : expr.end]
            result.append(DateMention(expr.start, expr.end, span, value, value.endswith("/..")))
    return result


def find_dates(
    text: str, published: str | None, *, context_year: int | None = None
) -> list[DateMention]:
    """Every date expression in ``text`` (usually one sentence), resolved to EDTF against ``published``.

    Tense (future/past) is read from the sentence itself (will / is expected / aims vs
    premiered / was / dropped / ago) to pick the year of a bare month or season ("in
    September", "Friday, July 28"); ``context_year`` (a year the surrounding context gives)
    is used first for a month or season with no year. Mentions are non-overlapping and in
    text order; expressions with no resolvable value are skipped.
    """
    ctx = _Ctx(_anchor(published), context_year)
    return _mentions(text, ctx, None, fixed_tense=False)


def normalise(
    expression: str,
    published: str | None,
    *,
    tense: str | None = None,
    context_year: int | None = None,
) -> str | None:
    """One expression -> EDTF (or None). ``tense`` in {'future', 'past', None}; None reads it from the text."""
    if tense not in ("future", "past", None):
        raise ValueError(f"tense must be 'future', 'past' or None, not {tense!r}")
    ctx = _Ctx(_anchor(published), context_year)
    mentions = _mentions(expression, ctx, tense, fixed_tense=tense is not None)
    if not mentions:  # a season standing alone ("summer") is a date when it is the whole expression
        mentions = _mentions(f"in {expression}", ctx, tense, fixed_tense=tense is not None)
    if not mentions:
        return None
    return max(mentions, key=lambda mention: mention.end - mention.start).value


_AGO_ON = re.compile(
    rf"(?P<ago>(?i:(?:almost|nearly|about|around|roughly|some|over|more\s+than|just|only)\s+)?"
    rf"\b{_NUMBER}\s+(?i:days?|weeks?|months?|years?)\s+(?i:ago))\s*,?\s+(?i:on\s+)?(?P<date>"
    rf"(?:{_WEEKDAY},?\s+)?(?:{_ANY_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR4}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_ANY_MONTH},?\s+{_YEAR4}))"
)
_DATELINE = re.compile(
    rf"(?i:\b(?:published|updated|posted)(?:\s+on)?\s*:?\s*)(?P<date>(?:{_WEEKDAY},?\s+)?"
    rf"(?:{_ANY_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR4}|\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"{_ANY_MONTH},?\s+{_YEAR4}|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}))"
)


def infer_published(text: str) -> str | None:
    """Publication date worked out from a whole article text, or None.

    A dateline ("Published June 8, 2022") gives the day; "Almost two months ago, on
    June 6, 2023" gives the date moved forward by the stated time, at month precision for
    months and weeks (day precision only for an exact "N days ago"), year precision for
    years. Without a full date (no year) nothing can be inferred.
    """
    dateline = _DATELINE.search(text)
    if dateline:
        return normalise(dateline["date"], None)
    for m in _AGO_ON.finditer(text):
        inferred = _from_ago(m["ago"], m["date"])
        if inferred is not None:
            return inferred
    return None


_AGO_PARTS = re.compile(
    rf"(?i:(?P<q>almost|nearly|about|around|roughly|some|over|more\s+than|just|only)\s+)?"
    rf"(?P<n>{_NUMBER})\s+(?P<u>(?i:day|week|month|year))s?\s+(?i:ago)"
)


def _from_ago(ago: str, date_text: str) -> str | None:
    """The date 'N units ago' was written: ``date_text`` moved forward by N units."""
    day_value = normalise(date_text, None)
    parts = _AGO_PARTS.match(ago)
    count = None if parts is None else _count(parts["n"])
    if day_value is None or parts is None or count is None:
        return None
    day = dt.date.fromisoformat(day_value)
    unit = parts["u"].lower()
    if unit == "week":
        unit, day, count = "month", day + dt.timedelta(weeks=count), 0
    elif unit == "day" and parts["q"]:
        unit, day, count = "month", day + dt.timedelta(days=count), 0
    piece = _shifted(_Anchor(day, day, "day"), unit, count)
    return None if piece is None or piece.year is None else _value(piece, piece.year)
