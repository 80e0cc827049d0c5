"""Tables: rows of cells split by "|" (how a page's <table> reads as text) under a header row
that names the columns: cast tables ("Role | Cast member | Status", "Actor | Character") and
tables of seasons ("Season | Premiere date | Episodes") and episode tables' credit columns
("Directed by | Written by").

A row pairs the actor and the character; a status column places the pair in the season being
made ("Returning", "New") or out of it ("Not returning"), or marks it unconfirmed ("Rumoured").
"""

from __future__ import annotations

import re

from nextseason.domain.claims import Claim
from nextseason.extract.context import SentenceContext
from nextseason.extract.dates import find_dates
from nextseason.extract.names import find_person_names
from nextseason.extract.seasons import find_seasons

_CELL_SPLIT = re.compile(r"\s+\|\s+")
_CHARACTER_HEAD = re.compile(r"(?:role|roles|character|characters|character\s+name|part|as|playing)", re.I)
_PERSON_HEAD = re.compile(
    r"(?:cast|cast\s+member|actor|actress|actors|performer|played\s+by|portrayed\s+by|voiced\s+by|"
    r"(?:(?:japanese|english|korean|original)\s+)?(?:voice|voice\s+actor|voice\s+actress|voice\s+cast|dub)|star|name)",
    re.I,
)
_STATUS_HEAD = re.compile(
    r"(?:status|(?:(?:returning|back|confirmed|coming\s+back)(?:\s+(?:for|in)\s+(?:season|series)\s+\d{1,2})?|"
    r"(?:season|series)\s+\d{1,2}(?:\s+status)?|status\s+(?:for|in)\s+(?:season|series)\s+\d{1,2}))\??",
    re.I,
)
_DENIED = re.compile(r"\b(?:not|no|n[o’']t|departed|departing|leaving|left|exit(?:ed|ing)?|written\s+out|dead|died)\b", re.I)
_SPECULATED = re.compile(
    r"\b(?:rumou?red|tbc|tba|tbd|unconfirmed|expected|likely|possibl[ey]|probabl[ey]|almost|maybe|unknown|unclear)\b|\?",
    re.I,
)
_ASSERTED = re.compile(
    r"\b(?:returning|returns|back|confirmed|yes|new|joining|joins|main|regular|series\s+regular|recurring|guest|"
    r"promoted|upped|cast)\b",
    re.I,
)


def _cells(text: str) -> list[str]:
    return [cell.strip(" *") for cell in _CELL_SPLIT.split(text.strip(" |"))]


def _top_index(ctx: SentenceContext, width: int) -> int | None:
    """The index of the row at the top of the run of rows the sentence is in (its header), when
    there is a row above the sentence."""
    sents = ctx.doc.sentences
    index = ctx.sentence.index
    top = None
    while index > 0 and " | " in sents[index - 1].text and len(_cells(sents[index - 1].text)) == width:
        index -= 1
        top = index
    return top


def _top_row(ctx: SentenceContext, width: int) -> list[str] | None:
    top = _top_index(ctx, width)
    return _cells(ctx.doc.sentences[top].text) if top is not None else None


# The sentence that introduces a table ("Here's who appeared in season 2, and where they stand:")
_LEAD_IN = re.compile(r":\s*$")


def _table_season(ctx: SentenceContext, width: int, status_head: str) -> int | None:
    """The one season a status column's header ("Back for season 2?") or the sentence leading into
    the table names, when either names one."""
    named = {m.number for m in find_seasons(status_head)}
    top = _top_index(ctx, width)
    if not named and top:
        lead = ctx.doc.sentences[top - 1].text
        if _LEAD_IN.search(lead):
            named = {m.number for m in find_seasons(lead)}
    return named.pop() if len(named) == 1 else None


def _header(ctx: SentenceContext, width: int) -> tuple[int, int, int | None] | None:
    """(person column, character column, status column) from the header row above the sentence."""
    heads = _top_row(ctx, width)
    if heads is None:
        return None
    person = next((i for i, h in enumerate(heads) if _PERSON_HEAD.fullmatch(h)), None)
    character = next((i for i, h in enumerate(heads) if _CHARACTER_HEAD.fullmatch(h)), None)
    status = next((i for i, h in enumerate(heads) if _STATUS_HEAD.fullmatch(h)), None)
    if person is None or character is None or person == character:
        return None
    return person, character, status


_SEASON_HEAD = re.compile(r"(?:season|series|part)", re.I)
_PART_HEAD = re.compile(r"(?:part|cour|volume|half)", re.I)
_DATE_HEAD = re.compile(
    r"(?:(?:premiere|release|air|broadcast|launch|debut)(?:\s+date)?|premiered|released|first\s+aired|original\s+release|date)",
    re.I,
)
_EPISODES_HEAD = re.compile(r"(?:episodes|no\.?\s+of\s+episodes|number\s+of\s+episodes|eps\.?)", re.I)
_COUNT_CELL = re.compile(r"\d{1,3}")


def _release_row(ctx: SentenceContext, cells: list[str]) -> list[Claim]:
    """A row of a table of seasons: "Season 1 | March 3, 2022 | 8 | All at once" under "Season |
    Premiere date | Episodes | Release model"."""
    heads = _top_row(ctx, len(cells))
    if heads is None:
        return []
    season_col = next((i for i, h in enumerate(heads) if _SEASON_HEAD.fullmatch(h)), None)
    date_col = next((i for i, h in enumerate(heads) if _DATE_HEAD.fullmatch(h)), None)
    count_col = next((i for i, h in enumerate(heads) if _EPISODES_HEAD.fullmatch(h)), None)
    if season_col is None or (date_col is None and count_col is None):
        return []
    named = find_seasons(cells[season_col]) or find_seasons(f"season {cells[season_col]}")
    if len(named) != 1:
        return []
    season = named[0].number
    out: list[Claim] = []
    if date_col is not None:
        dates = find_dates(cells[date_col], ctx.doc.published)
        if len(dates) == 1:
            start = ctx.text.find(cells[date_col])
            out.append(ctx.claim("premiere", dates[0].value, start, start + len(cells[date_col]), season=season, show=ctx.show))
    # (a row of one part of a season, "Season 1 | Part 2 | October 4, 2021 | 12": the part's count, not the season's)
    by_part = any(i != season_col and _PART_HEAD.fullmatch(h) for i, h in enumerate(heads))
    if count_col is not None and not by_part and _COUNT_CELL.fullmatch(cells[count_col]) and 0 < int(cells[count_col]) < 200:
        start = ctx.text.find(cells[count_col])
        out.append(ctx.claim("episodes", int(cells[count_col]), start, start + len(cells[count_col]), season=season, show=ctx.show))
    return out


# An episode table's credit columns: "No. | Title | Directed by | Written by | Original release date".
_CREDIT_HEADS = (
    ("director", re.compile(r"(?:directed\s+by|director|directors|director\(s\))", re.I)),
    ("writer", re.compile(r"(?:written\s+by|writer|writers|writer\(s\)|teleplay\s+by|screenplay\s+by)", re.I)),
)
_NAME_JOINT = re.compile(r"\s*(?:&|,\s*and|,|\band\b)\s*")


def _credit_row(ctx: SentenceContext, cells: list[str]) -> list[Claim]:
    """The directors and writers of an episode table's row, of the season the table is under
    (its section's, or the season page's); none for a table of no known season."""
    heads = _top_row(ctx, len(cells))
    season = ctx.heading_season or ctx.doc.season_page
    if heads is None or season is None:
        return []
    out: list[Claim] = []
    for role, head in _CREDIT_HEADS:
        col = next((i for i, h in enumerate(heads) if head.fullmatch(h)), None)
        if col is None:
            continue
        names = [n for n in _NAME_JOINT.split(cells[col]) if n]
        if not names or any(find_person_names(n) != [n] for n in names):
            continue
        for name in names:
            start = ctx.text.find(name)
            value = {"person": name, "role": role}
            out.append(ctx.claim("crew", value, start, start + len(name), season=season, show=ctx.show))
    return out


def extract(ctx: SentenceContext) -> list[Claim]:
    if " | " not in ctx.text:
        return []
    cells = _cells(ctx.text)
    if len(cells) < 2 or len(cells) > 8:
        return []
    header = _header(ctx, len(cells))
    if header is None:
        return _release_row(ctx, cells) + _credit_row(ctx, cells)
    person_col, character_col, status_col = header
    person, character = cells[person_col], cells[character_col]
    people = find_person_names(person)
    if len(people) != 1 or people[0] != person or not character[:1].isupper():
        return []
    season, stance = ctx.heading_season, "asserted"
    if status_col is not None:
        status = cells[status_col]
        heads = _top_row(ctx, len(cells)) or []
        target = _table_season(ctx, len(cells), heads[status_col]) or ctx.target_season
        if _DENIED.search(status):
            season, stance = target, "denied"
        elif _SPECULATED.search(status):
            season, stance = target, "speculated"
        elif _ASSERTED.search(status):
            season = target
        else:
            return []
    start = ctx.text.find(person)
    return [
        ctx.claim("cast", {"person": person, "character": name}, start, start + len(person), season=season,
                  show=ctx.show, stance=stance)
        for name in _character_names(character)
    ]


# "Matthew the Raven (voice)": how the part is played, not its name
_PLAYED_HOW = re.compile(r"\s*\((?:voice|voiced|uncredited|cameo|guest|recurring|archive)[^)]*\)$", re.I)
# "Dream / Morpheus": one part under two names, each of them its name
_NAME_SLASH = re.compile(r"\s+/\s+")
# "Hong Jae-hoon, the hospital's director": a description after the name, not part of it
_DESCRIBED = re.compile(r"(?:,|\s+[–—-])\s+[a-z].*$")


def _character_names(cell: str) -> list[str]:
    names = [_PLAYED_HOW.sub("", name) for name in _NAME_SLASH.split(_DESCRIBED.sub("", cell))]
    return [name for name in names if name[:1].isupper()] or [cell]
