"""Season mentions: "season 2", "the second season", "S2", "a second run", "sophomore season"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nextseason.extract.cues import holds_cues, scan_faster

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "twenty-four": 24, "thirty": 30, "forty": 40, "fifty": 50, "a": 1, "an": 1, "single": 1,
    "a dozen": 12, "dozen": 12,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "sophomore": 2,
    "debut": 1, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8,
    "9th": 9, "10th": 10,
}
# "11th" ... "40th" ("returns for its 17th season")
ORDINALS.update(
    {f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}": n for n in range(11, 41)}
)
_SEASON_NOUN = r"(?:season|series|run|instal?lment|outing|chapter|round(?!s?\s+of\b))"  # ("its fourth round", not "a first round of talks")
_NUM = r"(\d{1,2}|" + "|".join(w for w in NUMBER_WORDS if " " not in w and len(w) > 2) + r")"
_ORD = r"(" + "|".join(ORDINALS) + r")"

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "season 2", "Season Two", "series 3" (UK)
    # (not "for a third season two months ago": a number counting time)
    (re.compile(r"\b(?:season|series)\s+" + _NUM + r"\b(?!\s+(?:months?|years?|weeks?|days?|hours?|minutes?)\b)", re.I), "num"),
    # "seasons 2 and 3", handled by _plural below
    # "the second season", "its sophomore run", "a third series"
    # "a fourth-season pickup" too
    # (not a count of shows: "the second series Peacock has revived this year")
    (re.compile(
        r"\b" + _ORD + r"(?:\s+(?:and\s+\w+\s+)?|-)" + _SEASON_NOUN + r"s?\b"
        r"(?!\s+(?:that\s+)?(?-i:[A-Z][\w+&'’-]*)(?:\s+(?-i:[A-Z][\w+&'’-]*)){0,2}\s+(?:has|have|had)\s+(?:\w+ed|given|brought|made|won)\b)",
        re.I,
    ), "ord"),
    # "The third and final Netflix season", "its second BBC season": a service's name between
    # (only before "season": "the second Star Wars series" counts shows)
    # (the ordinal in lower case: "The Ninth Tenant Season 2" is a title's)
    (re.compile(r"\b(?-i:" + _ORD + r")\s+(?:and\s+(?:final|last)\s+)?(?-i:[A-Z][\w+]*)(?:\s+(?-i:[A-Z0-9][\w+]*))?\s+season\b", re.I), "ord"),
    # "S2", "S02", and an episode's code "S02E03"
    (re.compile(r"\bS0?(\d{1,2})(?:\b|(?=E\d{1,2}\b))"), "num"),
    # an episode's code "2x01": its season
    (re.compile(r"\b(\d{1,2})x\d{2}\b"), "num"),
)
_PLURAL = re.compile(
    r"\b(?:the\s+)?" + _ORD + r"\s+and\s+(?:a\s+|an\s+|the\s+)?" + _ORD
    + r"\s+(?:season|series|instal?lment)s?\b"
    r"|\bseasons\s+" + _NUM + r"\s+(?:and|&|through|to|-|–)\s+" + _NUM + r"\b"
    r"|\b(?:season|series)\s+" + _NUM + r"\s+(?:and|&)\s+" + _NUM + r"\b(?!\s+(?:episodes?|years?|days?|hours?|minutes?)\b)",
    re.I,
)
# "seasons 1, 2 and 3": a list of three or more numbers after one plural noun
_NUM_BARE = _NUM.replace("(", "(?:", 1)
_PLURAL_LIST = re.compile(
    r"\bseasons\s+(" + _NUM_BARE + r"(?:\s*,\s*" + _NUM_BARE + r")+,?\s+(?:and|&)\s+" + _NUM_BARE + r")\b", re.I
)
_LIST_ITEM = re.compile(_NUM, re.I)
_FINAL = re.compile(r"\b(?:final|last|latest)\s+season\b", re.I)
# The same patterns searched with a lookahead for their first letters (extract/cues.py): the
# same matches, found faster.
_PATTERN_SEARCHES = tuple((scan_faster(pattern), kind) for pattern, kind in _PATTERNS)
_PLURAL_SEARCH = scan_faster(_PLURAL)


@dataclass(frozen=True, slots=True)
class SeasonMention:
    number: int
    start: int
    end: int


def number_value(token: str) -> int | None:
    """The number a token writes: "3", "three", "third" (any case); None for another word."""
    token = token.lower()
    if token.isdigit():
        return int(token)
    if token in NUMBER_WORDS:
        return NUMBER_WORDS[token]
    return ORDINALS.get(token)


def find_seasons(text: str) -> list[SeasonMention]:
    """Season mentions in text order. "the second and third seasons" gives 2 and 3."""
    return list(_seasons_in(text))


# Cues (see extract/cues.py): words that every match of a pattern holds. A season noun of
# _SEASON_NOUN; an ordinal of _ORD (the key itself, or the last three characters of "21st");
# "S2" or "S02" for the short form.
_NOUN_CUES = ("season", "series", "run", "instal", "outing", "chapter", "round")
_ORD_CUES = tuple(dict.fromkeys(k[-3:] if k[0].isdigit() else k for k in ORDINALS))
_SHORT_CUES = tuple(f"s{d}" for d in range(10))
# For each of _PATTERNS: groups of cues, one of each group needed (the short, rarely met
# group first: most sentences fail it, and then the long list of ordinals is not tried).
_PATTERN_CUES: tuple[tuple[tuple[str, ...], ...], ...] = (
    (("season", "series"),),
    (_NOUN_CUES, _ORD_CUES),
    (("season",), _ORD_CUES),
    (_SHORT_CUES,),
    (tuple(f"{d}x" for d in range(10)),),
)


def _may_match(text: str, groups: tuple[tuple[str, ...], ...]) -> bool:
    return holds_cues(text, (groups,))


# _PLURAL needs "seasons", or a season noun with an ordinal or "and"/"&" ("series one and two").
_PLURAL_CUES = ((("seasons",),), (("season", "series", "instal"), (*_ORD_CUES, " and ", "&")))


def _plural_may_match(text: str) -> bool:
    return holds_cues(text, _PLURAL_CUES)


@lru_cache(maxsize=1024)
def _seasons_in(text: str) -> tuple[SeasonMention, ...]:
    found: list[SeasonMention] = []
    taken: list[tuple[int, int]] = []
    plural = _plural_may_match(text)
    for match in _PLURAL_LIST.finditer(text) if plural else ():
        for item in _LIST_ITEM.finditer(match.group(1)):
            n = number_value(item.group(1))
            if n:
                found.append(SeasonMention(n, match.start(), match.end()))
        taken.append(match.span())
    for match in _PLURAL_SEARCH.finditer(text) if plural else ():
        if any(s <= match.start() < e for s, e in taken):
            continue
        nums = [g for g in match.groups() if g]
        for tok in nums:
            n = number_value(tok)
            if n:
                found.append(SeasonMention(n, match.start(), match.end()))
        taken.append(match.span())
    for (pattern, _kind), cues in zip(_PATTERN_SEARCHES, _PATTERN_CUES, strict=True):
        if not _may_match(text, cues):
            continue
        for match in pattern.finditer(text):
            if any(s <= match.start() < e for s, e in taken):
                continue
            n = number_value(match.group(1))
            if n is None or n == 0 or n > 40:
                continue
            found.append(SeasonMention(n, match.start(), match.end()))
            taken.append(match.span())
    found.extend(first_n_seasons(text))
    if found:
        # "who played Y in the first season, returned for the second": the season noun left out
        after = min(m.end for m in found)
        for match in _ELLIPTIC_ORDINAL.finditer(text, after):
            if not any(s <= match.start() < e for s, e in taken):
                found.append(SeasonMention(ORDINALS[match.group(1).lower()], match.start(), match.end()))
    found.sort(key=lambda m: (m.start, m.number))
    return tuple(found)


_ELLIPTIC_ORDINAL = re.compile(r"\b(?:for|in|into|from|by|to)\s+the\s+" + _ORD + r"(?=\s*(?:[.,;:!?)]|$))", re.I)


def numbered_title(text: str, title: str) -> list[SeasonMention]:
    """"Sweet Home 2", "Weak Hero Class 2": a show title followed by a number names a season."""
    out: list[SeasonMention] = []
    pattern = re.compile(re.escape(title) + r"\s+(\d{1,2})\b(?!\s*(?:episodes?|years?|days?|%))", re.I)
    for match in pattern.finditer(text):
        n = int(match.group(1))
        if 0 < n < 40:
            out.append(SeasonMention(n, match.start(), match.end()))
    return out


_NUMBERED_TITLE_END = re.compile(r"[A-Za-z]\s+([1-9]|1\d)\b(?!\s*(?:episodes?|years?|%))")


def title_season(title: str) -> int | None:
    """The season an article is about, from its headline."""
    mentions = find_seasons(title)
    if mentions:
        return mentions[0].number
    match = _NUMBERED_TITLE_END.search(title)
    if match:
        return int(match.group(1))
    return None


def final_season_mention(text: str) -> bool:
    return bool(_FINAL.search(text))


_FIRST_N = re.compile(r"\bfirst\s+(two|three|four|five|\d)\s+(?:seasons|series)\b", re.I)


def first_n_seasons(text: str) -> list[SeasonMention]:
    """"the first two seasons" gives 1 and 2."""
    out: list[SeasonMention] = []
    if not _may_match(text, (("first",), ("seasons", "series"))):
        return out
    for match in _FIRST_N.finditer(text):
        n = number_value(match.group(1)) or 0
        out.extend(SeasonMention(k, match.start(), match.end()) for k in range(1, n + 1))
    return out


# ("took over as showrunner from season 3": from then on)
_SINCE_BEFORE = re.compile(
    r"\bsince\s+(?:the\s+(?:start\s+of\s+)?)?$|\b(?:took|taken|takes|taking)\s+over\b[^.;]{0,40}?\bfrom\s+(?:the\s+start\s+of\s+)?$",
    re.I,
)


def since_season(text: str, pos: int) -> bool:
    """The season named at ``pos`` opens an ongoing span ("has written for the show since season
    3", "who has played Y since season 2"): it is no one season of the claim."""
    return bool(_SINCE_BEFORE.search(text, 0, pos))


# ---------------------------------------------------------------- seasons with titles of their own
#
# Anime and some dramas title their seasons: "Science Future is the fourth and final season of
# the Dr. Stone anime", "the second season, Stone Wars (2021), had 11". Such a title names a
# season of the show, wherever the article writes it again.

_SEASON_TITLE = r"[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|in|on|to|a|an|from|for|with)\s+)*[A-Z][\w'’-]*){0,4}"
_TITLE_NOUN = r"(?:season|series|cour|instal?lment)"
_ORD_WORDS = _ORD[1:-1]  # (the ordinals, ungrouped)
# "Science Future is the fourth and final season of the Dr. Stone anime", "X: New World was its
# third season" (not "Also filming for ITV is the fourth series of Brackenfold", another show's):
# the show's own name is part of the pattern, compiled per article only where the cue is there.
_DEFINED_BY_COPULA = (
    r"(?P<sub>" + _SEASON_TITLE + r")(?:\s*\(\d{4}\))?,?\s+(?:is|was|will\s+be|marks|became|becomes|serves\s+as)\s+"
    r"(?:(?:its|{main}['’]s?)\s+(?P<ord>" + _ORD_WORDS + r")(?:\s+and\s+(?:final|last))?\s+" + _TITLE_NOUN + r"\b"
    r"|the\s+(?P<ord2>" + _ORD_WORDS + r")(?:\s+and\s+(?:final|last))?\s+" + _TITLE_NOUN + r"\s+of\s+(?:the\s+)?{main}(?![\w:]))"
)
_COPULA_CUE = re.compile(
    r"\b(?:is|was|will\s+be|marks|became|becomes|serves\s+as)\s+(?:\S+\s+){1,5}?(?:" + _ORD_WORDS + r")"
    r"(?:\s+and\s+(?:final|last))?\s+" + _TITLE_NOUN + r"\b"
)
# A franchise's name before the title ("Dr. Stone: New World"): kept apart, compared with the show's.
_FRANCHISE = r"(?:(?P<franchise>[A-Z][^:,;()\"“”]{0,40}?):\s+)?"
_SEASON_DEFINED_ANY = (
    # "the second season, Stone Wars (2021), had 11", "the third season, X, aired" (not a scene set
    # "in the second season, X, ...", nor "the first season, Hyun-su, who ...")
    re.compile(
        r"(?<!\b[Ii]n\s)(?<!\b[Ff]or\s)\bthe\s+(?P<ord>" + _ORD_WORDS + r")\s+" + _TITLE_NOUN + r",?\s+" + _FRANCHISE
        + r"[\"“]?(?P<sub>" + _SEASON_TITLE + r")[\"”]?(?=\s*\(\d{4}\)|,\s+(?:had|aired|premiered|debuted|ran|arrived|adapted|covered|was|ended)\b)"
    ),
    # "Season 2, titled Stone Wars", "the third season, subtitled New World"
    re.compile(
        r"\b(?:(?i:season|series)\s+(?P<num>" + _NUM[1:-1] + r")|(?i:the)\s+(?P<ord>" + _ORD_WORDS + r")\s+" + _TITLE_NOUN + r")"
        r"\s*[,:(–—-]?\s*(?:(?:is|was|will\s+be)\s+)?(?:(?:officially\s+|sub)?titled|called|dubbed|known\s+as)\s+" + _FRANCHISE
        + r"[\"“]?(?P<sub>" + _SEASON_TITLE + r")"
    ),
)
_NO_SEASON_TITLE = re.compile(
    r"(?:Season|Series|Part|Cour|Episode|Chapter|Volume|The|A|An|It|This|That|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Netflix|Crunchyroll|Hulu|Disney|Prime|Apple|HBO|Max)$"
)


def season_titles(main: str, text: str) -> dict[str, int]:
    """The titles the text gives seasons of ``main``, each with its season's number."""
    if not main or not any(noun in text for noun in ("season", "Season", "series", "cour")):
        return {}
    found: dict[str, int] = {}
    forms = list(_SEASON_DEFINED_ANY)
    if _COPULA_CUE.search(text):
        forms.insert(0, re.compile(_DEFINED_BY_COPULA.replace("{main}", re.escape(main))))
    for form in forms:
        for match in form.finditer(text):
            groups = match.groupdict()
            if groups.get("franchise") and groups["franchise"] != main:
                continue  # "the third season, Other Show: X, aired": another franchise's
            sub = match.group("sub")
            if sub.startswith(main + ":"):
                sub = sub[len(main) + 1 :].strip()
            words = sub.split()
            if not words or sub == main or _NO_SEASON_TITLE.match(words[-1]) or _NO_SEASON_TITLE.fullmatch(sub):
                continue
            number = number_value(groups["num"]) if groups.get("num") else ORDINALS.get((groups.get("ord") or groups.get("ord2") or "").lower())
            if number and sub not in found:
                found[sub] = number
    return found


def titled_seasons(text: str, titles: dict[str, int], seasons: list[SeasonMention]) -> list[SeasonMention]:
    """``seasons`` with the seasons ``text`` names by their titles (see ``season_titles``), where it
    names none of them by number."""
    if not titles:
        return seasons
    numbers = {m.number for m in seasons}
    added = [
        SeasonMention(number, match.start(), match.end())
        for sub, number in titles.items()
        if number not in numbers and sub in text
        for match in re.finditer(r"(?<![\w])" + re.escape(sub) + r"(?![\w])", text)
    ]
    return sorted(seasons + added, key=lambda m: (m.start, m.number)) if added else seasons


# "Netflix calls each batch a part, so Part 4 is, for all intents and purposes, the show's fourth
# season": the article numbers its seasons as parts.
_PART_IS_SEASON = re.compile(
    r"\bPart\s+(\d{1,2})\s+(?:is|was|will\s+be)\b[^.;]{0,60}?\b(?:the\s+show['’]s|the\s+series['’]?|its|the)\s+"
    + _ORD + r"\s+(?:season|series)\b",
    re.I,
)
_PARTS = re.compile(r"\bParts?\s+(\d{1,2})(?:\s+(?:and|&|to|through)\s+(\d{1,2}))?\b")


def parts_are_seasons(text: str) -> bool:
    """Whether the text says that its parts are seasons ("Part 4 is the show's fourth season")."""
    return any(int(m.group(1)) == ORDINALS.get(m.group(2).lower()) for m in _PART_IS_SEASON.finditer(text))


def part_seasons(text: str, seasons: list[SeasonMention]) -> list[SeasonMention]:
    """``seasons`` with the parts ``text`` names, read as the seasons they are."""
    added = [
        SeasonMention(int(n), match.start(), match.end())
        for match in _PARTS.finditer(text)
        for n in match.groups()
        if n and not any(m.start <= match.start() < m.end for m in seasons)
    ]
    return sorted(seasons + added, key=lambda m: (m.start, m.number)) if added else seasons
