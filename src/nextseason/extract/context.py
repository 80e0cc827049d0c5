"""What an extractor sees: one sentence with its document, shows, seasons and dates resolved."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from nextseason.domain.claims import Claim, Value
from nextseason.extract.dates import DateMention, find_dates
from nextseason.extract.seasons import SeasonMention
from nextseason.extract.shows import ShowIndex, ShowMention
from nextseason.extract.stance import clause_span, stance
from nextseason.extract.text import Sentence

EVIDENCE_MAX = 160
# An apposition that describes the show just named, up to its closing comma: ", the seafaring
# fantasy from the producers of Gravewind," (a show named inside it owns none of the claims).
_APPOSITION_OPENS = re.compile(r",\s+(?:the|a|an|its|their)\s[^,;()]*")
_APPOSITION_CLOSES = re.compile(r"(?:[^,;.()]|\.(?=[\w,]))*,")  # (an abbreviation's dots inside: "at 10 p.m.,")
# "Bram Telford (", "Ocampo (Netflix's ": a name, a bracket, perhaps the credit's service
_CREDIT_BRACKET = re.compile(r"\b[A-Z][\w'’-]+\s+\(\s*(?:[A-Z][\w+&.-]*(?:\s+[A-Z][\w+&.-]*)?['’]s\s+)?$")


_WHICH_AFTER = re.compile(r"[\"”’']?,\s+which\b")


# Between the fields of a fact box written on one line: "Status: Renewed · Release date: TBA".
FIELD_SEP = re.compile(r"\s+[·•|]\s+")


def credit_in_brackets(text: str, mention: ShowMention) -> bool:
    """The show is named in brackets right after a name: a credit ("Bram Telford (The Long Field)"),
    or in an aside about a person's past work ("X, who earned an Emmy nomination for HBO's Paper
    Saints, will play ..."), or describes another show ("the Blue Bloods successor"): no subject."""
    if text[mention.end : mention.end + 1] == ")" and bool(_CREDIT_BRACKET.search(text, 0, mention.start)):
        return True
    if _MODIFIER_NOUN_AFTER.match(text, mention.end) and _DETERMINER_BEFORE.search(text, 0, mention.start):
        return True  # "The Blue Bloods successor, which premiered Oct. 17": the title describes another show
    return bool(_CREDIT_ASIDE.search(text, 0, mention.start)) and text[mention.end : mention.end + 1] == ","


_MODIFIER_NOUN_AFTER = re.compile(r"\s+(?:successor|spin-?off|prequel|sequel|follow-up|offshoot|companion\s+series)\b", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|this|that)\s+$", re.I)
# ", who earned an Emmy nomination for HBO's ", ", who starred in ", ", best known for "
_CREDIT_ASIDE = re.compile(
    r",\s+(?:who\s+(?:\w+\s+){0,4}?(?:nominat\w*|award\w*|won|starred|appeared|broke\s+out|is\s+best\s+known)|best\s+known|known)"
    r"\b[^,;()]{0,60}?\s+(?:for|in|on|from)\s+(?:[\w+&'’.-]+['’]s\s+)?(?:the\s+)?$"
)

# What joins two titles of one list: "X and Y", "X, Y and Z", "its drama X, its sitcom Y".
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s(?:and|&)\s+)(?:(?:its|the|their|his|her)\s+(?:[a-z][\w-]*\s+){0,3})?")


@dataclass(slots=True)
class DocContext:
    """Facts about the whole article that every sentence needs."""

    title: str | None
    main: str
    shows: ShowIndex
    target_season: int | None
    published: str | None
    people: set[str] = field(default_factory=set)  # person names seen in cast/crew claims
    # Per-document scratch space for extractors that need earlier sentences (keyed by module).
    memo: dict[str, Any] = field(default_factory=dict)
    # Every sentence of the document, for extractors that need to read ahead.
    sentences: list[Sentence] = field(default_factory=list)
    # The season (second or later) the text gives each other show where it names that show alone.
    show_seasons: dict[str, int] = field(default_factory=dict)
    # Networks the article shows at work that the service lexicon does not know.
    services: tuple[str, ...] = ()
    # The shows that roundup section lines and headings open sections on.
    section_shows: frozenset[str] = frozenset()
    # The season a wiki's season page is about ("Season 2 of X is the second season of ..."):
    # its cast list, credits and episode table are that season's.
    season_page: int | None = None
    # The article numbers its seasons as parts ("Part 4 is the show's fourth season").
    parts_are_seasons: bool = False


@dataclass(slots=True)
class SentenceContext:
    doc: DocContext
    sentence: Sentence
    show_mentions: list[ShowMention]
    seasons: list[SeasonMention]
    context_year: int | None  # the year earlier sentences of the block set (for bare months)
    show: str  # the show this sentence is about when nothing closer says otherwise
    heading_season: int | None  # a season named by the section heading
    intro_season: int | None  # a season named by the line that introduced a list
    section_season: int | None = None  # the season a roundup's section line names, in its section
    named_year: int | None = None  # the last year earlier sentences of the block wrote (for "that year")
    _dates: list[DateMention] | None = field(default=None, init=False, repr=False)
    _masked: str | None = field(default=None, init=False, repr=False)

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def target_season(self) -> int | None:
        """The season being made: in a roundup's section, the one its line names ("Cold Orchard,
        Season 3 (HBO Max)"); elsewhere the article's."""
        if self.section_season:
            return self.section_season
        if self.show != self.doc.main and self.show in self.doc.show_seasons:
            return self.doc.show_seasons[self.show]  # a paragraph about another show: its season
        return self.doc.target_season

    @property
    def dates(self) -> list[DateMention]:
        """The sentence's dates, found the first time an extractor asks (most never do)."""
        if self._dates is None:
            self._dates = find_dates(
                self.text, self.doc.published, context_year=self.context_year, named_year=self.named_year
            )
        return self._dates

    def claim_bearers(self) -> list[ShowMention]:
        """The show mentions that can own a claim: all but a show named inside an apposition that
        describes the show named just before it ("Saltborne, the seafaring fantasy from the
        producers of Gravewind, returns ...": Saltborne returns)."""
        text = self.text
        # "Bram Telford (The Long Field) will recur as ...": a credit in brackets after a name
        mentions = [m for m in self.show_mentions if not credit_in_brackets(text, m)]
        if len(mentions) < 2:
            return mentions
        return [mentions[0]] + [
            m
            for prev, m in pairwise(mentions)
            if m.title == prev.title
            or not _APPOSITION_OPENS.fullmatch(text, prev.end, m.start)
            or not _APPOSITION_CLOSES.match(text, m.end)
        ]

    def show_at(self, pos: int) -> str:
        """The show a claim at ``pos`` is about: the nearest show named before it in its clause,
        else the nearest named after it in its clause, else the sentence's show."""
        left, right = clause_span(self.text, pos, pos + 1)
        bearers = self.claim_bearers()
        before = [m for m in bearers if left <= m.start <= pos]
        if before:
            return before[-1].title
        for m in reversed(bearers):  # "the slot vacated by Pennine Rise, which Channel 4 axed": the antecedent
            which = _WHICH_AFTER.match(self.text, m.end) if m.end <= pos else None
            if which and left <= which.end() <= pos and "," not in self.text[which.end() : pos]:
                return m.title
        after = [m for m in bearers if pos < m.start < right]
        if after:
            return after[0].title
        return self.show

    def show_after(self, pos: int) -> ShowMention | None:
        """The first show named at or after ``pos`` (a verb's or a list's object, perhaps)."""
        return min((m for m in self.show_mentions if m.start >= pos), key=lambda m: m.start, default=None)

    def listed_after(self, first: ShowMention) -> list[ShowMention]:
        """The shows listed after ``first`` ("Night Desk and Hollow Point", "its drama X, its
        sitcom Y and Z"), in text order."""
        out: list[ShowMention] = []
        last = first
        for mention in sorted((m for m in self.show_mentions if m.start >= first.end), key=lambda m: m.start):
            if mention.title == first.title or not _LIST_JOIN.fullmatch(self.text, last.end, mention.start):
                break
            out.append(mention)
            last = mention
        return out

    def seasons_in_clause(self, start: int, end: int) -> list[int]:
        left, right = clause_span(self.text, start, end)
        nums = [m.number for m in self.seasons if left <= m.start < right]
        nums += [m.season for m in self.show_mentions if m.season and left <= m.start < right]
        return list(dict.fromkeys(nums))

    def season_near(self, start: int, end: int) -> int | None:
        """The season named closest to [start, end) in its clause, else anywhere in the sentence."""
        cands = [(m.number, m.start) for m in self.seasons]
        cands += [(m.season, m.start) for m in self.show_mentions if m.season]
        if not cands:
            return None
        left, right = clause_span(self.text, start, end)
        inside = [c for c in cands if left <= c[1] < right]
        pool = inside or cands
        return min(pool, key=lambda c: abs(c[1] - start))[0]

    def stance_at(self, start: int, end: int, *, negatable: bool = True) -> str:
        return stance(self.masked_text(), start, end, negatable=negatable)

    def masked_text(self) -> str:
        """The sentence with show titles blanked out, so that a title such as "High Potential"
        or "No Good Deed" does not read as a hedge or a negation (made once per sentence)."""
        if self._masked is None:
            chars = list(self.text)
            for m in self.show_mentions:
                chars[m.start : m.end] = "X" * (m.end - m.start)
            self._masked = "".join(chars)
        return self._masked

    def evidence(self, start: int, end: int) -> str:
        text = self.text
        if len(text) <= EVIDENCE_MAX:
            return text
        left, right = clause_span(text, start, end)
        left = min(left, max(0, start - 60))
        right = max(right, min(len(text), end + 60))
        return text[left:right].strip(" ,;")[:EVIDENCE_MAX]

    def claim(
        self,
        kind: str,
        value: Value,
        start: int,
        end: int,
        *,
        season: int | None,
        show: str | None = None,
        stance: str | None = None,
        part: int | None = None,
    ) -> Claim:
        return Claim(
            show=show or self.show_at(start),
            season=season,
            kind=kind,
            value=value,
            stance=stance or self.stance_at(start, end),
            evidence=self.evidence(start, end),
            part=part,
        )
