"""Atoms: the longest non-overlapping single date expressions of a text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nextseason.extract.cues import scan_faster
from nextseason.extract.dates.builders import (
    _build_ago,
    _build_day,
    _build_day_word,
    _build_from_now,
    _build_h_short,
    _build_half,
    _build_holiday,
    _build_iso,
    _build_month,
    _build_numeric,
    _build_part_of_month,
    _build_part_of_year,
    _build_quarter,
    _build_rel_month,
    _build_rel_season,
    _build_rel_year,
    _build_season,
    _build_the_month,
    _build_this_unit,
    _build_week_of,
    _build_weekday,
    _build_weekend,
    _build_year,
    _Builder,
)
from nextseason.extract.dates.lexicon import (
    _ANY_MONTH,
    _BARE_WEEKDAY,
    _DAY,
    _FULL_MONTH,
    _MONTHS,
    _NOT_SEASON_NUMBER,
    _NUMBER,
    _QUAL_MONTH,
    _QUAL_SEASON,
    _REL_WORD,
    _SEASON,
    _SEASON_NOUN,
    _TRAIL_YEAR,
    _WEEKDAY,
    _YEAR4,
    _YEAR_REL,
    _YEARX,
)
from nextseason.extract.dates.pieces import _Ctx, _Piece
from nextseason.extract.dates.tense import _sentence

# Cues: text that every match of a pattern holds (with the pattern's case rules), so that a text
# without a pattern's cues skips it: most sentences hold no date at all. A cue is tested by plain
# substring search (its words in the lower-cased text, its cased words as written) unless the
# text holds a letter that only case folding relates to an ASCII one, or the cue has no words:
# then its regex runs.
_CUES: dict[str, tuple[re.Pattern[str], tuple[str, ...], tuple[str, ...]]] = {}


def _cue(name: str, regex: str, words: str = "", cased: str = "") -> str:
    _CUES[name] = (re.compile(regex), tuple(words.split()), tuple(cased.split()))
    return name


_MONTH_CUE = _cue(
    "month", r"\b" + _ANY_MONTH, cased="Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"
)
_YEAR4_CUE = _cue("year4", r"(?:19|20)\d\d")
_SEASON_CUE = _cue(
    "season", r"(?i:spring|summer|autumn|fall|winter)", "spring summer autumn fall winter"
)
_QUARTER_CUE = _cue("quarter", r"(?i:q[1-4]|[1-4]q)", "q1 q2 q3 q4 1q 2q 3q 4q")
_QUARTER_WORD_CUE = _cue("quarter word", r"(?i:quarter)", "quarter")
_HALF_CUE = _cue("half", r"(?i:half|h[12]|[12]h)", "half h1 h2 1h 2h")
_QUALIFIER_CUE = _cue(
    "qualifier",
    r"(?i:early|late|mid|beginning|start|middle|end|close)",
    "early late mid beginning start middle end close",
)
_YEAR_CUE = _cue("year or year4", r"(?i:year)|(?:19|20)\d\d")
_YEAR_WORD_CUE = _cue("year", r"(?i:year)", "year")
_AGO_CUE = _cue("ago", r"(?i:ago)", "ago")
_FROM_NOW_CUE = _cue("from now", r"(?i:from\s+(?:today|now))", "from")
_WEEKEND_CUE = _cue("weekend", r"(?i:weekend)", "weekend")
_THE_MONTH_CUE = _cue("the month", r"(?i:of\s+the\s+month)", "month")
_HOLIDAY_CUE = _cue(
    "holiday",
    r"(?i:christmas|boxing|new\s+year|halloween|valentine|holiday)",
    "christmas boxing halloween valentine holiday year's year’s",
    "Year",
)
_UNIT_CUE = _cue("unit", r"(?i:week|month)", "week month")
_DAY_WORD_CUE = _cue("day word", r"(?i:yesterday|today|tomorrow|tonight)", "yesterday today tomorrow tonight")
_DIGIT_CUE = _cue("digit", r"\d")
_REL_CUE = _cue("relative", r"(?i:this|next|last|past|coming)", "this next last past coming")
_WEEKDAY_CUE = _cue(
    "weekday",
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day",
    cased="Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
)

_LOWER_WORDS = tuple((name, words) for name, (_r, words, _c) in _CUES.items() if words)
_CASED_WORDS = tuple((name, cased) for name, (_r, _w, cased) in _CUES.items() if cased)
_REGEX_ONLY = tuple((name, regex) for name, (regex, w, c) in _CUES.items() if not (w or c))
# Letters that an ignore-case regex matches to an ASCII letter while str.lower() keeps them
# apart: long s (s) and dotless i (I). Any other letter lower-cases to what it matches.
_FOLDS_TO_ASCII = re.compile("[\u017f\u0131]")


def _cue_hits(text: str) -> set[str]:
    """The names of the cues found in ``text``."""
    if _FOLDS_TO_ASCII.search(text):
        return {name for name, (regex, _w, _c) in _CUES.items() if regex.search(text)}
    lower = text.lower()
    hits: set[str] = set()
    for name, words in _LOWER_WORDS:  # plain loops, each cue left at its first word found
        for word in words:
            if word in lower:
                hits.add(name)
                break
    for name, words in _CASED_WORDS:
        for word in words:
            if word in text:
                hits.add(name)
                break
    for name, regex in _REGEX_ONLY:
        if regex.search(text):
            hits.add(name)
    return hits


@dataclass(frozen=True, slots=True)
class _Pattern:
    cues: frozenset[str]  # all must be found for the pattern to run
    regex: re.Pattern[str]
    build: _Builder


def _p(cue: str | tuple[str, ...], pattern: str, build: _Builder) -> _Pattern:
    cues = frozenset(cue if isinstance(cue, tuple) else (cue,))
    return _Pattern(cues, scan_faster(re.compile(pattern)), build)


_PATTERNS: tuple[_Pattern, ...] = (
    _p(
        (_MONTH_CUE, _DIGIT_CUE),
        rf"(?:(?P<wd>{_WEEKDAY}),?\s+(?:the\s+)?)?\b(?P<mon>{_ANY_MONTH})(?:\s+|(?<=\.)){_DAY}(?!\s*[:\d])"
        rf"(?:,?\s+(?P<y>{_YEAR4})|,?\s+(?P<rel>{_TRAIL_YEAR}))?",
        _build_day,
    ),
    _p(
        (_MONTH_CUE, _DIGIT_CUE),
        rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?{_NOT_SEASON_NUMBER}(?<![\d,.])(?:(?i:the)\s+)?{_DAY}\s+"
        rf"(?:of\s+)?(?P<mon>{_ANY_MONTH})(?:,?\s+(?P<y>{_YEAR4})|,?\s+(?P<rel>{_TRAIL_YEAR}))?",
        _build_day,
    ),
    _p(
        _YEAR4_CUE,
        r"(?<![\d\-/.])(?P<y>(?:19|20)\d{2})-(?P<mm>\d{2})-(?P<dd>\d{2})(?![\d\-/])",
        _build_iso,
    ),
    _p(
        _YEAR4_CUE,
        r"(?<![\d\-/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?![\d\-/]|\.\d)",
        _build_numeric,
    ),
    _p(
        (_MONTH_CUE, _YEAR_CUE),
        rf"{_QUAL_MONTH}?\b(?P<mon>{_ANY_MONTH})(?:,?\s+(?:of\s+)?(?P<y>{_YEAR4})"
        r"|\s+(?P<rel>(?i:(?:of\s+)?(?:this|last|next)\s+year|of\s+(?:the\s+following|the\s+next"
        r"|the\s+same|that|the\s+previous)\s+year)\b))",
        _build_month,
    ),
    _p(
        (_MONTH_CUE, _REL_CUE),
        rf"{_QUAL_MONTH}?{_REL_WORD}\s+(?P<mon>{_FULL_MONTH})",
        _build_rel_month,
    ),
    _p(_MONTH_CUE, rf"{_QUAL_MONTH}?\b(?P<mon>{_FULL_MONTH})(?!\s*\d)", _build_month),
    _p(
        (_SEASON_CUE, _YEAR_CUE),
        rf"{_QUAL_SEASON}?\b(?P<s>{_SEASON})\s+(?:(?i:of)\s+)?(?:(?P<y>{_YEAR4})"
        r"|(?P<rel>(?i:(?:of\s+)?(?:this|next|last)\s+year|(?:the\s+following|that|the\s+same)"
        r"\s+year)\b))",
        _build_season,
    ),
    _p(
        (_SEASON_CUE, _REL_CUE),
        rf"{_QUAL_SEASON}?\b{_REL_WORD}\s+(?P<s>{_SEASON}){_SEASON_NOUN}",
        _build_rel_season,
    ),
    _p(
        _SEASON_CUE,
        r"(?i:\b(?:in|around|by|until|till|since|during|over|before|after|from|through|for|to"
        rf"|and|or|between)\s+)(?P<m>(?i:the\s+)?{_QUAL_SEASON}?(?P<s>{_SEASON})){_SEASON_NOUN}",
        _build_season,
    ),
    # "eyeing a summer slot", "an autumn premiere", a headline's "Sets Summer Return": a season of
    # the year naming a release window
    _p(
        _SEASON_CUE,
        rf"(?i:\b(?:a|an|its|their|sets?|gets?|lands?|eyes|eyeing|confirms?|announces?|targets?)\s+)"
        rf"(?P<m>(?i:(?:early|late|mid)(?:-|\s+))?(?P<s>{_SEASON}))"
        r"(?=\s+(?i:slot|window|release|premiere|debut|launch|return)\b)",
        _build_season,
    ),
    _p(
        _QUARTER_CUE,
        r"(?i:\bQ(?P<qn>[1-4])|\b(?P<qn2>[1-4])Q)\b(?:,?\s*(?:of\s+)?(?P<yr>"
        rf"{_YEAR4}|{_YEAR_REL}))?",
        _build_quarter,
    ),
    _p(
        _QUARTER_WORD_CUE,
        r"(?i:(?:the\s+)?\b(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+"
        rf"quarter)(?:\s+(?i:of)\s+(?P<yr>{_YEARX}))?",
        _build_quarter,
    ),
    _p(
        _HALF_CUE,
        r"(?i:(?:the\s+)?\b(?P<ord>first|second|1st|2nd|latter|back|front)\s+half\s+of\s+)"
        rf"(?P<yr>{_YEARX})|\b(?:H(?P<hn>[12])|(?P<hn2>[12])H)\s*(?P<yr2>{_YEAR4})",
        lambda m, ctx: _build_half(m, ctx) if m["yr"] else _build_h_short(m, ctx),
    ),
    _p((_QUALIFIER_CUE, _YEAR_CUE), rf"{_QUAL_MONTH}(?P<yr>{_YEARX})", _build_part_of_year),
    _p(
        _YEAR_WORD_CUE,
        r"(?i:(?:later|earlier|sometime|some\s+time|at\s+some\s+point)\s+(?:(?:in|during)\s+)?)?"
        rf"(?P<yr>{_YEAR_REL}|(?<=in\s)(?i:the\s+year)\b)",
        _build_rel_year,
    ),
    _p(
        _YEAR4_CUE,
        r"(?i:(?:later|earlier|sometime|some\s+time)\s+in\s+)?(?<![\w$£€#@/,.\-–])"
        rf"(?P<y>{_YEAR4})(?!\s*(?:%|(?i:countries|episodes|people|viewers|fans|votes|hours|minutes)\b))",
        _build_year,
    ),
    _p(
        _AGO_CUE,
        r"(?i:\b(?P<q>almost|nearly|about|around|roughly|approximately|some|over|more\s+than"
        rf"|less\s+than|under|just|only|barely|exactly)\s+)?\b(?P<n>{_NUMBER})\s+"
        r"(?P<u>(?i:days?|weeks?|months?|years?))\s+(?i:ago)\b",
        _build_ago,
    ),
    _p(_WEEKEND_CUE, r"\b(?P<which>(?i:this|next|last))\s+(?i:weekend)\b", _build_weekend),
    _p(
        _THE_MONTH_CUE,
        r"(?P<m>(?i:the\s+(?:end|start|beginning|middle|close)\s+of\s+the\s+month))\b",
        _build_the_month,
    ),
    _p(
        _HOLIDAY_CUE,
        r"(?P<hol>(?i:christmas(?:\s+(?:day|eve))?|boxing\s+day|new\s+year['’]s\s+(?:eve|day)|halloween|"
        r"valentine['’]s\s+day|the\s+holidays|the\s+holiday\s+season))\b"
        rf"(?:,?\s+(?P<y>{_YEAR4})|\s+(?P<rel>(?i:(?:of\s+)?(?:this|last|next)\s+year)\b))?",
        _build_holiday,
    ),
    _p(
        _FROM_NOW_CUE,
        rf"\b(?P<n>{_NUMBER})\s+(?P<u>(?i:days?|weeks?|months?|years?))\s+(?i:from\s+(?:today|now))\b",
        _build_from_now,
    ),
    _p(
        (_UNIT_CUE, _REL_CUE),
        r"(?i:(?:later|earlier)\s+)?\b(?P<which>(?i:this|next|last))\s+(?P<u>(?i:week|month))\b",
        _build_this_unit,
    ),
    # (a capitalised "Today" after a word ends a name: "USA Today", "K-Star Today")
    _p(_DAY_WORD_CUE, r"\b(?P<w>[Yy]esterday|today|(?<!\w\s)Today|[Tt]omorrow|[Tt]onight)\b", _build_day_word),
    _p(
        (_UNIT_CUE, _MONTH_CUE, _DIGIT_CUE),
        rf"(?i:\bthe\s+week\s+of\s+)(?:(?P<mon>{_ANY_MONTH})\s+(?P<d>\d{{1,2}})|(?:the\s+)?"
        rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_ANY_MONTH}))(?:st|nd|rd|th)?\b"
        rf"(?:,?\s+(?P<y>{_YEAR4}))?",
        _build_week_of,
    ),
    _p(
        _MONTH_CUE,
        r"(?i:\b(?:the\s+)?(?P<which>first|opening|second|third|fourth|last|final|closing|latter|back)\s+"
        r"(?P<part>week|half)\s+of\s+)" + rf"(?P<mon>{_ANY_MONTH})\b(?:,?\s+(?P<y>{_YEAR4}))?",
        _build_part_of_month,
    ),
    _p(_WEEKDAY_CUE, _BARE_WEEKDAY, _build_weekday),
)


@dataclass(frozen=True, slots=True)
class _Atom:
    start: int
    end: int
    piece: _Piece


def _atoms(text: str, ctx: _Ctx) -> list[_Atom]:
    """Longest non-overlapping atoms, in text order (then the earlier one, then the earlier pattern)."""
    found: list[tuple[int, int, int, _Piece]] = []
    hits = _cue_hits(text)
    if not hits:
        return []
    for rank, pattern in enumerate(_PATTERNS):
        if not pattern.cues <= hits:
            continue
        for m in pattern.regex.finditer(text):
            piece = pattern.build(m, _local_ctx(text, m.start(), ctx))
            if piece is not None:
                start, end = m.span("m") if "m" in pattern.regex.groupindex else m.span()
                found.append((start - end, start, rank, piece))
    found.sort(key=lambda item: item[:3])
    atoms: list[_Atom] = []
    for negative_length, start, _rank, piece in found:
        end = start - negative_length
        if all(end <= a.start or start >= a.end for a in atoms):
            atoms.append(_Atom(start, end, piece))
    return sorted(atoms, key=lambda a: a.start)


# (not a title that is a year: "1923's second season premiered on February 23")
_YEAR_IN_TEXT = re.compile(r"(?<![\w,.\-])(?:19|20)\d{2}(?![\w\-–/]|[,.]\d|['’]s\s+(?:[a-z]+\s+)?(?:season|series)\b)")


_RELATIVE_YEAR_IN_TEXT = re.compile(r"\b(?i:this|last|next)\s+(?i:year)\b")


def _local_ctx(text: str, pos: int, ctx: _Ctx) -> _Ctx:
    """A year written earlier in the same sentence is the nearest context ("premiered on
    October 11, 2022, and ran until the end of December"); a relative year written after it
    ("confirmed in February 2025, and filming began in March this year before wrapping in late
    August") takes over."""
    start = _sentence(text, pos)[0]
    years = list(_YEAR_IN_TEXT.finditer(text, start, pos))
    if not years:
        return ctx
    relative = [m for m in _RELATIVE_YEAR_IN_TEXT.finditer(text, years[-1].end(), pos)]
    if relative and ctx.anchor is not None:
        word = relative[-1].group(0).split()[0].lower()
        return _Ctx(ctx.anchor, ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[word], named_year=ctx.named_year)
    month = _MONTH_BEFORE_YEAR.search(text, max(start, years[-1].start() - 16), years[-1].start())
    if month and not _LOOKING_BACK.search(text, years[-1].end(), pos):
        return _Ctx(ctx.anchor, int(years[-1].group(0)), _MONTHS[month.group(1).lower().rstrip(".")], int(years[-1].group(0)))
    return _Ctx(ctx.anchor, int(years[-1].group(0)), named_year=int(years[-1].group(0)))


# A month written with its year ("November 2025", "Nov. 12, 2025"), and words between it and a
# later month that look back from it ("renewed in November 2025, six months after its June
# premiere", "having premiered in June", "since June"): the later month is then no later date.
_MONTH_BEFORE_YEAR = re.compile(rf"\b({_ANY_MONTH})\s*(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s*)?$")
_LOOKING_BACK = re.compile(
    r"\b(?:after|since|following|having|had|earlier|previously|originally|initially|first|ago|back\s+in|"
    r"last|before\s+that|which|when|where|who|whose|while|whereas|than|compared)\b",
    re.I,
)
