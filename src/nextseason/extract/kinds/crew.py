"""Crew claims: who directs, writes, created, runs and produces a show.

Four sources of a credit in one sentence:

- a passive chain with its agents: "created, written and directed by X and Y";
- an active verb with a person subject (or a relative clause on a person, a gerund
  after "with", a pronoun resolved in the sentence or the one before it):
  "X directed season 2", "X, who wrote the scripts for season 1, ...";
- a role noun as a predicate: "X returns as showrunner", "X and Y are executive producers";
- a role noun as a title before a name: "the director Lee JQ", "creators and showrunners X and Y".

Introductory credits (a person's other titles, the source material's authors, films) give
no claim: a verb whose object is a title that is not a known show, a source noun or a film,
or a credit on another show marked as earlier work ("previously", "also"), is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from nextseason.domain.claims import Claim
from nextseason.extract.context import SentenceContext, credit_in_brackets
from nextseason.extract.cues import CueGroups, cue_groups, either, holds_cues, scan_faster
from nextseason.extract.lexicon import (
    ORGANISATION_WORDS,
    find_platforms,
    is_company,
    is_platform_name,
)
from nextseason.extract.names import part_title_at
from nextseason.extract.seasons import ORDINALS, since_season
from nextseason.extract.stance import blank_quoted_titles, clause_span, stance
from nextseason.extract.text import split_sentences

KIND = "crew"

# ---------------------------------------------------------------- names

_TOKEN = r"(?:[A-ZÀ-ÖØ-ÞĀ-ſ]\.(?:[A-Z]\.)*|[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]*)"
_PARTICLE = r"(?:bo|van|von|de|da|del|della|der|den|di|du|dos|das|le|la|bin|al|el|ter|zu)"
_NAME = re.compile(_TOKEN + r"(?:\s+(?:" + _PARTICLE + r"\s+)?" + _TOKEN + r"){0,3}")
_NOT_NAME_WORDS = frozenset(
    ["the", "a", "an", "and", "but", "or", "if", "in", "on", "at", "of", "for", "to", "by", "with", "from", "after", "before", "when", "while", "his", "her", "their", "its", "it", "he", "she", "they", "we", "you", "i", "this", "that", "these", "those", "both", "all", "every", "some", "each", "no", "yes", "season", "seasons", "series", "part", "episode", "episodes", "fans", "sadly", "according", "also", "however", "meanwhile", "director", "directors", "writer", "writers", "screenwriter", "scriptwriter", "showrunner", "showrunners", "co-showrunner", "co-showrunners", "co-writer", "co-writers", "co-director", "co-directors", "co-producer", "co-producers", "creator", "creators", "co-creator", "co-creators", "producer", "producers", "executive", "composer", "series", "chief", "head", "speaking", "there", "here", "what", "who", "why", "how", "netflix", "ceo",
     # Korean television's producer-director ("PD Kim Min-seo") and joined jobs
     "pd", "pds", "writer-director", "writer-directors", "director-writer", "writer-producer",
     # people named by their part on screen: "Hosts Dev Ramanathan and ..."
     "host", "hosts", "co-host", "co-hosts", "presenter", "presenters", "star", "stars", "judge", "judges",
     # a title-case headline's pronouns: "Everything Sally Wainwright Has Said"
     "everything", "everyone", "everybody", "nothing", "something", "anything", "where"]
)
# Verbs a title-case headline puts right after a name ("Marcus Ibe Takes Over as Showrunner").
_HEADLINE_VERBS = frozenset(
    ["takes", "joins", "exits", "leaves", "returns", "signs", "steps", "says", "teases", "confirms", "reveals", "talks",
     "responds", "reacts", "speaks", "explains", "addresses", "breaks", "opens", "admits", "shares", "hints", "weighs",
     "has", "have", "said", "is", "was"]
)
_POSSESSIVE = re.compile(r"['’]s?$")


_COMPANY_NOUN_BEFORE = re.compile(
    r"\b(?:studio|studios|company|publisher|network|channel|label|distributor|firm|outfit|banner|streamer|"
    r"broadcaster|imprint|magazine)\s+$"
)


_COMPANY_NOUN_CUES = cue_groups(_COMPANY_NOUN_BEFORE)
# "a writer on the sitcom Bunk Beds": a title after its genre noun is no person.
_GENRE_NOUN = (
    r"\b(?:sitcom|series|miniseries|drama|comedy|thriller|procedural|soap|show|film|movie|anime|"
    r"k-drama|docuseries|play)"
)
_GENRE_NOUN_BEFORE = re.compile(_GENRE_NOUN + r"\s+$", re.I)
_GENRE_NOUN_CUES = cue_groups(_GENRE_NOUN_BEFORE)


@dataclass(frozen=True, slots=True)
class Name:
    text: str
    start: int
    end: int
    possessive: bool


def _clean_tokens(tokens: list[str]) -> list[str]:
    owners = [i for i, t in enumerate(tokens[:-1]) if t.endswith(("'", "’", "'s", "’s"))]
    if owners:
        tokens = tokens[owners[-1] + 1 :]  # "Hartwell Pictures' Nadia Brems": the owner is no part
    while tokens and (
        tokens[0].casefold() in _NOT_NAME_WORDS
        or is_platform_name(tokens[0])
        or (tokens[0].isupper() and len(tokens[0]) >= 3 and not _INITIALS.fullmatch(tokens[0]))
    ):
        tokens = tokens[1:]
    if tokens and tokens[0].casefold() in _HEADLINE_VERBS:
        return []  # "Showrunner Reveals Time Jump": a headline's verb after a role, no name
    for i, token in enumerate(tokens[1:], 1):  # a title-case headline's verb ends the name
        if token.casefold() in _HEADLINE_VERBS:
            tokens = tokens[:i]
            break
    while tokens and tokens[-1].casefold() in _NOT_NAME_WORDS and tokens[-2:] != [tokens[0], "Star"]:
        tokens = tokens[:-1]  # (but "Darren Star": a given name, then a surname that is a word)
    if tokens and (is_company(" ".join(tokens)) or any(t in ORGANISATION_WORDS for t in tokens)):
        return []
    return tokens


# Initials run together ("D.B. Weiss", "J.A. Bayona") are a name's start, no acronym like "HBO".
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
_SIBLINGS = re.compile(r"\b(?:Brothers|Sisters|Twins|Siblings)\b")


def find_names(text: str, blocked: list[tuple[int, int]]) -> list[Name]:
    """Person-like names in ``text``: capitalised runs, role words and show titles left out."""
    out: list[Name] = []
    company_nouns = holds_cues(text, _COMPANY_NOUN_CUES)
    genre_nouns = holds_cues(text, _GENRE_NOUN_CUES)
    for match in _NAME.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in blocked):
            continue
        raw = match.group(0)
        if company_nouns and _COMPANY_NOUN_BEFORE.search(text, 0, match.start()):
            continue  # "at studio Lumen Arc", "publisher Kadokawa"
        if genre_nouns and _GENRE_NOUN_BEFORE.search(text, 0, match.start()):
            continue  # "the sitcom Bunk Beds"
        titled = raw.startswith("The ") or text[max(0, match.start() - 4) : match.start()] == "the "
        if titled and not _SIBLINGS.search(raw):
            continue  # "based on The Tidewrack Cycle": a title, no person (but "the Duffer Brothers")
        tokens = _clean_tokens(raw.split())
        if not tokens:
            continue
        start = match.start() + raw.index(tokens[0])
        possessive = bool(_POSSESSIVE.search(tokens[-1])) and tokens[-1][-2:] in ("'s", "’s")
        if possessive:
            tokens[-1] = tokens[-1][:-2]
        name = " ".join(tokens).rstrip(".")
        if not name:
            continue
        out.append(Name(name, start, start + len(name), possessive))
    return out


def _expand(name: str, pool: list[str], before: str | None = None) -> str | None:
    """A one-word back-reference ("Condal") in the fullest form the document gives. Of two
    people it could stand for, the one named in full ``before`` it ("Gilroy, his brother Dan
    Gilroy": the Tony Gilroy of the lead, not the brother named next)."""
    if " " in name:
        return name
    key = name.casefold()
    later = pool.index(_LATER) if _LATER in pool else len(pool)
    for names in (pool[:later], pool[later + 1 :]):
        cands = [p for p in names if " " in p and key in (p.split()[0].casefold(), p.split()[-1].casefold())]
        if before is not None and not any(p in before for p in cands):
            cands = _named_before(name, before) or cands  # ("Tony Gilroy's series" in the lead)
        if before is not None and len(set(cands)) > 1:
            named = sorted({p for p in cands if p in before}, key=before.find)
            cands = [p for p in cands if named and p.split()[0] == named[0].split()[0]] or cands  # (the first named)
        if cands:
            return max(cands, key=len)
    return None


def _named_before(surname: str, before: str) -> list[str]:
    """The first full name of ``before`` (possessive too) that ends in ``surname``."""
    for match in re.finditer(r"\b" + re.escape(surname) + r"\b", before):
        start = max(0, match.start() - 40, before.rfind("\n", 0, match.start()) + 1)  # (a line's own words)
        window = before[start : match.end()]
        full = [n.text for n in find_names(window, []) if n.text.endswith(" " + surname)]
        if full:
            return full[-1:]
    return []


_LATER = " later "  # (in a pool, what follows are names written after the sentence)


# ---------------------------------------------------------------- roles

_ROLE_NOUNS: tuple[tuple[str, str], ...] = (
    (r"(?:co-)?(?:executive|exec)[- ]producers?|co-producers?|producers?", "producer"),
    (r"co-showrunners?|showrunners?", "showrunner"),
    (r"co-creators?|creators?", "creator"),
    (r"(?:head |lead |staff |co-|screen|script)?writers?|series composers?|series composition", "writer"),
    (r"(?:episode |series |co-)?directors?", "director"),
)
_ROLE_NOUN = r"(?:" + "|".join(p for p, _ in _ROLE_NOUNS) + r")"
_ROLE_VERBS: tuple[tuple[str, str], ...] = (
    (r"(?:executive[- ])?produc(?:e|es|ed|ing)", "producer"),
    (r"co-r(?:an|uns?|unning)|(?:co-)?showr(?:an|uns?|unning)", "showrunner"),
    (r"(?:co-)?creat(?:e|es|ed|ing)|develop(?:s|ed|ing)?", "creator"),
    # ("written out off-screen", "wrote him out": a character leaves the story, no credit)
    (r"(?:co-)?(?:writ(?:e|es|ing|ten)|wrote)(?!\s+(?:[\w'’-]+\s+)?(?:out|off)\b)(?!\s+around\b)|penn(?:ed|ing)|pens?|scripted|"
     r"adapt(?:s|ed|ing)?", "writer"),
    # ("her feature directing debut": her own first film, no credit)
    (r"(?:co-)?direct(?:s|ed|ing)?(?!\s+debut)|helm(?:s|ed|ing)?", "director"),
)
_VERB = re.compile(r"\b(?:" + "|".join(p for p, _ in _ROLE_VERBS) + r")\b", re.I)
_NOUN = re.compile(r"\b" + _ROLE_NOUN + r"\b", re.I)
# Role nouns in a row: "creator and showrunner", "writer, director & producer".
_ROLE_LIST = _ROLE_NOUN + r"(?:(?:\s*(?:,|and|&)\s*|[-/])" + _ROLE_NOUN + r")*"  # "writer-producer" too
_TITLE = re.compile(
    r"\b(?:(?:the|its|former)\s+)?(" + _ROLE_LIST + r")(?:\s+and\s+(?:star|lead|actor|actress))?(,?)\s+(?=[A-ZÀ-ÖØ-ÞĀ-ſ])",
    re.I,
)
_PREDICATE = re.compile(
    r"\b(?:as|is|are|was|were|(?:has|have|had)\s+been|remains?|remained|became|becomes?|serves? as|served as|among|"
    r"(?:was\s+|been\s+)?(?:named|appointed|installed)(?:\s+as)?|"
    r"(?:promoted|upped|elevated|bumped\s+up)\s+to)\s+"
    r"(?:(?:the|a|an|its|their|his|her|sole|new|lead|chief|main|only|also|now|episode|"
    r"planner|and|one of (?:the|its|their|his|her)|the show['’]s|the series['’]|(?:stars?|leads?)\s+and)\s+)*"
    r"(" + _ROLE_NOUN + r"(?:\s+and\s+" + _ROLE_NOUN + r")*)\b(?![’'])",  # (not "as Writers' Strike Hits")
    re.I,
)
_PASSIVE_CHAIN = re.compile(
    r"\b((?:" + "|".join(p for p, _ in _ROLE_VERBS) + r")(?:(?:\s*,\s*|\s*,?\s+and\s+)(?:"
    + "|".join(p for p, _ in _ROLE_VERBS) + r"))*)(?:\s+for\s+[a-z ]{2,24}?)?\s+by\s+"
    r"(?:and\s+(?:starring|featuring)\s+(?:(?-i:[a-z])[\w-]*\s+){0,3})?"  # "created by and starring comedian X"
    r"(?:(?:PDs?|writer-directors?|director-writer)\s+)?"  # "helmed by PD Kim Min-seo"
    # "created for television by Norwegian writer X": a nationality and a job before the name
    r"(?:(?:(?-i:[A-Z][a-z]+(?:ian|ish|ese|an|ch|i))\s+)?(?:writer|author|novelist|playwright|filmmaker|journalist|comedian)\s+)?",
    re.I,
)
_SOURCE = re.compile(
    r"\b(?:web-?toons?|webcomics?|web novels?|manga|manhwa|light novels?|novels?|novellas?|comics?|"
    r"graphic novels?|books?|video games?|games?|characters?|stories|story)\b",
    re.I,
)
_SHOWISH = re.compile(r"\b(?:series|show|drama|anime|seasons?|episodes?|scripts?|thriller)\b", re.I)
_FILM = re.compile(r"\b(?:movies?|films?|feature)\b", re.I)
_COMPANY_FILMS = re.compile(r"\b[A-Z][\w'’-]*\s+Films?\b")  # "Northlight Films": a company, not a film
# (and what a news event creates: "were dropped, creating a buzz among fans")
_BAD_OBJECT = re.compile(
    _SOURCE.pattern + r"|" + _FILM.pattern + r"|\b(?:works|music|songs?|theme|buzz|stir|excitement|hype|controversy|frenzy|"
    r"chaos|confusion|sensation|speculation|anticipation|problems?|issues?|tension|momentum)\b",
    re.I,
)
_EARLIER = re.compile(r"\b(?:previously|formerly|earlier|also|as well|before that|known for|famous for)\b", re.I)
_RETURN = re.compile(
    r"\b(?:return(?:s|ed|ing)?|(?:is|are|was|be|being|were)\s+(?:not\s+)?back|(?:isn't|aren't|wasn't)\s+back|back as|again|takes? over|took over|"
    r"taking over|stays? on)\b",
    re.I,
)
_PILOT = re.compile(
    r"\bthe\s+(?:show['’]s\s+|series['’]\s+)?pilot(?:\s+episode)?\b|\bthe\s+series\s+premiere\b"
    r"|\bthe\s+(?:very\s+)?first\s+episode\b(?!\s+of\s+(?:the\s+)?(?:new\s+|next\s+|second|third|fourth|fifth|season|series))",
    re.I,
)
_NEW_SEASON = re.compile(
    r"\bnew (?:season|series|run|episodes|scripts?|instal?lment)\b|\bnext (?:season|series)\b"
    r"|\bthe\s+(?:final|last|upcoming|coming)\s+(?:season|series|run)\b(?!\s+of\b)"  # "The final series is directed by"
    r"|\bthis\s+(?:(?:final|new|latest|coming|upcoming)\s+)?(?:season|series|run)\b"
    # "co-wrote the premiere", "has penned the season finale": the season being made
    r"|\bthe\s+(?:(?:season|series)\s+)?(?:premiere|finale|opener)\b",
    re.I,
)
# A credit in the making: "who is helming four of the eight", "will direct the premiere".
_UPCOMING_CREDIT = re.compile(
    r"\b(?:is|are)\s+(?:also\s+|now\s+)?(?:co-)?(?:helming|directing|writing|penning|scripting|running)\b"
    r"|\b(?:will|[’']ll)\s+(?:also\s+|now\s+)?(?:co-)?(?:direct|write|pen|script|helm|run)\b"
    r"|\b(?:is|are|will\s+be)\s+(?:also\s+|again\s+|back\s+)?behind\s+the\s+camera\s+for\b",
    re.I,
)
_PLURAL_SEASONS = re.compile(r"\b(?:both|all|new|the)\s+(?:\w+\s+)?seasons\b|\bseasons\b", re.I)
_BE_AUX = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
_SPEECH = re.compile(
    r"\b(?:said|says|say|saying|told|tells|confirmed|confirms|revealed|reveals|explained|that|described|describes|called|calls|"
    r"teased|teases|hinted|hints|admitted|admits|promised|promises)\b",
    re.I,
)
_PHRASE_END = re.compile(
    r"[,;]|\s+(?:but|while|whereas|although|though)\s+|\s+and\s+(?:also\s+|then\s+|now\s+)?"
    r"(?=(?:is|are|was|will|would|has|have|had|remains?|returns?|" + "|".join(p for p, _ in _ROLE_VERBS) + r")\b)",
    re.I,
)
# "she wrote", "he also directed", "she created and has written": a pronoun subject.
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:he|she)\s+(?:also\s+)?(?:[a-z]+\s+and\s+)?(?:has\s+|had\s+|is\s+|was\s+)?(?:also\s+)?$", re.I
)
_PRONOUN_VERBS_END = re.compile(
    r"\b(?:he|she)\s+(?:(?:is|was|will|would|has|had|also|expected|set|due|to|return|returns|returning|come|comes|"
    r"back|stay|stays|remain|remains|continue|continues|serve|serves|still|now)\s+)*$",
    re.I,
)
# A subject that stands for several people named before: "They", "Both of them", "The pair".
_GROUP_WORDS = (
    r"(?:both of them|both|they|the two(?: of them)?|the pair|the duo|the trio|the twins|the brothers|the sisters|the siblings"
    r"|the couple)"
)
# "They also serve as showrunners", "Both will stay on as executive producers": the people the
# sentence before named, together.
_GROUP_VERBS_END = re.compile(
    r"(?:^|[;:]\s+|,\s+and\s+)" + _GROUP_WORDS + r"\s+"
    r"(?:(?:are|were|will|would|have|had|also|both|expected|set|due|to|return|come|back|stay|remain|continue|serve|"
    r"still|now|on|again)\s+)*$",
    re.I,
)
_GROUP_SUBJECT = re.compile(r"^" + _GROUP_WORDS + r"\b", re.I)
# The group's second predicate, or one in its relative clause: "The twins created the series,
# serve as its showrunners", "They write the series and also serve as", "The brothers, who also serve as"
_GROUP_AFTER_PREDICATE = re.compile(
    r"^" + _GROUP_WORDS + r"(?:\s+[a-z][^.;:,]{2,60}?(?:,\s+(?:and\s+)?|\s+and\s+)|,\s+who\s+)(?:also\s+|both\s+|now\s+|still\s+)*$",
    re.I,
)
_REGION_STOP = re.compile(r"[,;]|\.\s*$")
_WHO_AFTER_APPOSITION = re.compile(r",\s+(?=who\b|whose\b)")
_ATTACHED = re.compile(
    r",\s+(?=(?:who|whose|the|a|an|his|her|its|their)\b|(?:(?:best|also|perhaps\s+best|widely|mostly)\s+)?"
    r"(?:known|famous|remembered)\s+(?:for|as|from)\b)"
)


def _compiled(table: tuple[tuple[str, str], ...]) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern, re.I), role) for pattern, role in table)


def _role_of(word: str, table: tuple[tuple[re.Pattern[str], str], ...]) -> str | None:
    for pattern, role in table:
        if pattern.fullmatch(word):
            return role
    return None


_ROLE_NOUN_RES = _compiled(_ROLE_NOUNS)
_ROLE_VERB_RES = _compiled(_ROLE_VERBS)


def _noun_roles(phrase: str) -> list[str]:
    roles = [_role_of(m.group(0), _ROLE_NOUN_RES) for m in _NOUN.finditer(phrase)]
    return list(dict.fromkeys(r for r in roles if r))


# ---------------------------------------------------------------- sentence analysis


@dataclass(frozen=True, slots=True)
class Credit:
    person: str
    role: str
    season: int | None
    stance: str
    start: int
    end: int
    show: str | None = None
    title_only: bool = False


class _Sentence:
    """One sentence prepared for crew patterns: names, show spans, relative clauses masked."""

    def __init__(self, ctx: SentenceContext, text: str | None = None) -> None:
        self.ctx = ctx
        self.text = ctx.text if text is None else text
        own = text is None
        self.shows = ctx.show_mentions if own else ctx.doc.shows.mentions(self.text)
        self.season_marks = (
            [(m.number, m.start) for m in ctx.seasons] if own else _season_marks(self.text)
        )
        self.season_marks += [(m.season, m.start) for m in self.shows if m.season]
        blocked = [(m.start, m.end) for m in self.shows]
        self.names = find_names(self.text, blocked)
        self.attached = self._attached_regions()
        self.unquoted = blank_quoted_titles(self.text)
        self.masked = self._mask()

    def before(self, pos: int) -> str:
        """The document's text before ``pos`` of this sentence."""
        earlier = self.ctx.doc.sentences[: self.ctx.sentence.index]
        return "\n".join([*(s.text for s in earlier), self.text[:pos]])

    def _attached_regions(self) -> list[tuple[int, int, Name]]:
        """", who ..." / ", the director of ..." right after a name, up to the next comma."""
        out: list[tuple[int, int, Name]] = []
        for name in self.names:
            if name.possessive:
                continue
            match = _ATTACHED.match(self.text, name.end)
            if not match:
                continue
            end = _clause_end(self.text, match.end())
            out.append((match.end(), end, name))
            who = _WHO_AFTER_APPOSITION.match(self.text, end)
            if who:  # "Mark Ostrowski, a former reporter, who executive produces ...": the name's too
                out.append((who.end(), _clause_end(self.text, who.end()), name))
        return out

    def _mask(self) -> str:
        chars = list(self.unquoted)
        for start, end, _ in self.attached:
            for i in range(start, end):
                chars[i] = " "
        return "".join(chars)

    def region_of(self, pos: int) -> tuple[int, int, Name] | None:
        for region in self.attached:
            if region[0] <= pos < region[1]:
                return region
        return None

    def names_between(self, start: int, end: int) -> list[Name]:
        return [n for n in self.names if start <= n.start and n.end <= end]

    def seasons_in(self, start: int, end: int) -> list[int]:
        return list(dict.fromkeys(n for n, pos in self.season_marks if start <= pos < end))

    def show_in(self, start: int, end: int) -> str | None:
        inside = [m for m in self.shows if start <= m.start < end]
        return inside[-1].title if inside else None

    def pool(self) -> list[str]:
        """The full names a one-word name can stand for: the sentence's, its paragraph's up to
        it, the people credited before; the paragraph's later names only when none of those
        fits ("Johnson, who wrote ..." is the Rian Johnson named before, not the Nathan Johnson
        named after)."""
        block = self.ctx.sentence.block.text
        at = block.find(self.ctx.text)
        end = at + len(self.ctx.text) if at >= 0 else len(block)
        names = [n.text for n in self.names]
        names += _block_names(block[:end])
        names += sorted(self.ctx.doc.people)
        return [*names, _LATER, *_block_names(block[end:])]


@lru_cache(maxsize=64)
def _block_names(text: str) -> list[str]:
    """The names of a whole block (the same for each of its sentences: found once)."""
    return [n.text for n in find_names(text, [])]


def _season_marks(text: str) -> list[tuple[int, int]]:
    from nextseason.extract.seasons import find_seasons

    return [(m.number, m.start) for m in find_seasons(text)]


def _phrase_end(text: str, pos: int) -> int:
    match = _PHRASE_END.search(text, pos)
    end = match.start() if match else len(text)
    return end


def _span_stance(text: str, start: int, end: int) -> str:
    piece = text[start:end]
    return stance(piece, 0, len(piece)) if piece.strip() else "asserted"


# ---------------------------------------------------------------- season choice


def _season(sent: _Sentence, trig: int, end: int, *, back_from: int, copula: bool, show: str | None) -> int | None:
    """The one season a credit is tied to, or None."""
    phrase = sent.masked[trig:end] if sent.region_of(trig) is None else sent.unquoted[trig:end]
    found = sent.seasons_in(trig, end)
    if len(found) > 1 or (not found and _PLURAL_SEASONS.search(phrase)):
        return None
    if found:
        marks = [pos for n, pos in sent.season_marks if trig <= pos < end]
        if marks and since_season(sent.text, marks[0]):
            return None  # "who has written for the show since season 3": an ongoing credit
        return found[0]
    if _PILOT.search(phrase):
        return 1  # "who directed the pilot": the first season's first episode
    source = sent.masked if sent.region_of(trig) is None else sent.unquoted
    for match in _PHRASE_END.finditer(source, back_from):
        if match.end() <= trig:
            back_from = max(back_from, match.end())
    local = source[back_from:end]
    if _PLURAL_SEASONS.search(local):
        return None
    main = show is None or show == sent.ctx.doc.main
    if main and (_NEW_SEASON.search(local) or _RETURN.search(local) or _UPCOMING_CREDIT.search(local)):
        return sent.ctx.target_season
    if copula:
        return None
    earlier = _earlier_seasons(sent, trig)
    return earlier[-1] if earlier else None


def _earlier_seasons(sent: _Sentence, trig: int) -> list[int]:
    region = sent.region_of(trig)
    if region is not None:
        return [n for n, pos in sent.season_marks if region[0] <= pos < trig]
    masked_regions = [(s, e) for s, e, _ in sent.attached]
    left = _main_left(sent.masked, trig)
    return [
        n
        for n, pos in sent.season_marks
        if left <= pos < trig and not any(s <= pos < e for s, e in masked_regions)
    ]


# ---------------------------------------------------------------- subjects


_WITH_NAME_END = re.compile(
    r"\bwith\s+(" + _NAME.pattern + r"(?:(?:,\s*|,?\s+and\s+)" + _NAME.pattern + r")*)\s+(?:(?:also|all|both|once|again|still|now|himself|herself|themselves)\s+)*"
    r"(?:\w+ing\s+(?:(?:over|on|in|up|back)\s+)?|on\s+board\s+)?$"
)
_WHICH_OR_THAT = re.compile(r"\b(?:which|that)\b")
_WHICH_PRONOUN = re.compile(r"\s*(?:which|that)\s+(he|she)\b", re.I)
_PREPOSITION_END = re.compile(r"\b(?:with|by|of|for|from|to)\s+$")


_IN_BRACKETS = re.compile(r"\)")
_WHO_NEXT = re.compile(r",?\s+who\s")


def _subject(sent: _Sentence, trig: int) -> tuple[list[str], int] | None:
    """The people doing the verb at ``trig`` and where the subject ends."""
    region = sent.region_of(trig)
    if region is not None:
        start, _end, owner = region
        before = sent.text[start:trig]
        pron = _WHICH_PRONOUN.match(before)
        if pron:
            return None
        if _WHO_SINGULAR.match(sent.text, owner.end):
            return [owner.text], start  # "created by X and Y, who serves as showrunner": Y alone
        return _conjoined(sent, owner), start
    gerund = _WITH_NAME_END.search(sent.text[:trig])
    if gerund:
        names = sent.names_between(gerund.start(1), gerund.end(1))
        if names:  # "with Webb, Kohli and Voss serving as executive producers"
            return [n.text for n in names if not n.possessive], gerund.end(1)
    left = _main_left(sent.masked, trig)
    cands = [
        n
        for n in sent.names_between(left, trig)
        if not n.possessive
        and sent.region_of(n.start) is None
        and not _IN_BRACKETS.match(sent.text[n.end : n.end + 1])
        and sent.text.count("(", 0, n.start) <= sent.text.count(")", 0, n.start)
        # ("Ada Quill (Tin Harbour) created the show": the bracket holds a credit, not the subject)
    ]
    cands = [
        n
        for n in cands
        # "created by X who is also the showrunner": the relative's antecedent is its subject
        if not _PREPOSITION_END.search(sent.masked[: n.start]) or _WHO_NEXT.match(sent.masked, n.end, trig)
    ]
    if not cands:
        return None
    last = cands[-1]
    if _WHICH_OR_THAT.search(sent.masked[last.end : trig]):
        return None
    if _WHO_SINGULAR.match(sent.text, last.end):
        return [last.text], last.end  # "created by X and Y, who serves as showrunner": Y alone
    return _conjoined(sent, last, cands[:-1]), last.end


_WHO_SINGULAR = re.compile(r",?\s+who\s+(?:also\s+|now\s+|still\s+)?(?:serves|is|was|has|remains|acts|doubles|takes|writes|directs)\b")


# ("director X and writer Y": a role noun before the next name too)
_CONJUNCTION_GAP = re.compile(r"\s*(?:,|and|&)\s*(?P<role>(?:the\s+)?" + _ROLE_NOUN + r"\s+)?", re.I)


def _conjoined(sent: _Sentence, last: Name, before: list[Name] | None = None) -> list[str]:
    """"X and Y" ending with ``last``."""
    group = [last]
    if before is None:
        before = [n for n in sent.names if n.end <= last.start and not n.possessive]
    for other in reversed(before):
        gap = _CONJUNCTION_GAP.fullmatch(sent.text[other.end : group[0].start])
        # (a role noun before the next name only when this one has its own: "Director X and writer Y")
        if gap and (not gap.group("role") or _TITLED_BEFORE.search(sent.text, 0, other.start)):
            group.insert(0, other)
        else:
            break
    return [n.text for n in group]


_MAIN_CLAUSE_BREAK = re.compile(r";|\s+(?:but|while|whereas|although|though|because|that)\s+|,\s+but\s+")


# A fronted time clause ("Three weeks after X wrapped its second season, ..."): its season
# dates the clause, not the credit after it.
_FRONTED_CLAUSE = re.compile(
    r"^(?:(?:\w+\s+){0,3}?)(?:after|before|since|when|while|once|following|until|as)\b[^,;]{0,120},", re.I
)


def _main_left(masked: str, trig: int) -> int:
    fronted = _FRONTED_CLAUSE.match(masked)
    left = fronted.end() if fronted and fronted.end() <= trig else 0
    for match in _MAIN_CLAUSE_BREAK.finditer(masked[:trig]):
        left = match.end()
    return left


_TITLED_BEFORE = re.compile(r"\b" + _ROLE_NOUN + r"\s+$", re.I)


def _pronoun_people(sent: _Sentence, trig: int, group: bool) -> list[str]:
    """People a pronoun before ``trig`` stands for: this sentence before it, else the last one."""
    here = [n.text for n in sent.names if n.end <= trig and not n.possessive]
    known = [  # people the document names as such, or titled here ("Showrunner X"), before titles
        n.text
        for n in sent.names
        if n.end <= trig and not n.possessive
        and (n.text in sent.ctx.doc.people or _TITLED_BEFORE.search(sent.text, 0, n.start))
    ]
    if known and not group:
        return [known[-1]]
    if here and not group:
        return [here[-1]]
    prev = _previous_sentence(sent.ctx)
    if prev is None:
        return []
    found = find_names(prev, [(m.start, m.end) for m in sent.ctx.doc.shows.mentions(prev)])
    found = [n for n in found if not (is_platform_name(n.text) or is_company(n.text))]  # "Prime Video": no "she"
    names = list(dict.fromkeys(n.text for n in found))
    if group:  # (not the works an aside names: "by A and B, the brothers behind X and Y")
        asides = [(m.end(), _clause_end(prev, m.end())) for m in _ATTACHED.finditer(prev)]
        names = list(dict.fromkeys(n.text for n in found if not any(a <= n.start < b for a, b in asides)))
        return names if len(names) >= 2 else []
    if len(names) > 1 and found[0].start == 0 and not found[0].possessive:
        return [found[0].text]  # "X will replace Y as showrunner. He ...": the last sentence's subject
    return names if len(names) == 1 else []


def _clause_end(text: str, pos: int) -> int:
    """Where the aside that starts at ``pos`` ends: the next comma or semicolon, or the end."""
    stop = _REGION_STOP.search(text, pos)
    return stop.start() if stop else len(text)


def _previous_sentence(ctx: SentenceContext) -> str | None:
    if ctx.sentence.position == 0:
        return None
    parts = split_sentences(ctx.sentence.block.text)
    pos = ctx.sentence.position - 1
    return parts[pos] if 0 <= pos < len(parts) else None


# ---------------------------------------------------------------- patterns


def _passive(sent: _Sentence) -> list[Credit]:
    out: list[Credit] = []
    for match in _scan(_PASSIVE_CHAIN, sent.text):
        verbs = [_role_of(m.group(0), _ROLE_VERB_RES) for m in _VERB.finditer(match.group(1))]
        roles = [r for r in dict.fromkeys(verbs) if r]
        left = _passive_left(sent.text, match.start())
        subject = sent.text[left : match.start()]
        if _source_subject(subject) or _FILM.search(_COMPANY_FILMS.sub("", subject)):
            continue
        people, end = _agent_list(sent, match.end())
        if not people:
            continue
        joint = _WITH_AGENTS.match(sent.text, end)
        if joint:  # "developed by Sharon Horgan with Dave Finkel and Brett Baer": each of them
            more, more_end = _agent_list(sent, joint.end())
            if more and not _IN_MIND.match(sent.text, more_end):
                people, end = people + more, more_end
        found = sent.seasons_in(left, match.start())
        season = found[0] if len(found) == 1 and not _PLURAL_SEASONS.search(subject) else None
        if season is None and not found and _PILOT.search(subject):
            season = 1  # "The pilot was written and directed by X"
        show = sent.show_in(left, match.start())
        if not found and show is None and _NEW_SEASON.search(subject):
            season = sent.ctx.target_season
        st = _span_stance(sent.masked, left, end)
        for person, titles in people:
            # "written by creator X": the verb's credit and the title's ("The new series is written by showrunner X")
            alone = len(people) == 1  # (not "developed by creator X and showrunner Y": the titles tell them apart)
            for role in [*titles, *(r for r in roles if r not in titles and alone)] if titles else roles:
                out.append(Credit(person, role, season, st, match.start(), end, show))
    for match in _scan(_SCRIPT_BY, sent.text):  # "Lindqvist directs, from a script by Maren Oduya"
        people, end = _agent_list(sent, match.end())
        st = _span_stance(sent.masked, match.start(), end)
        out.extend(Credit(person, "writer", None, st, match.start(), end) for person, _titles in people)
    return out


_WITH_AGENTS = re.compile(r"\s+(?:together\s+with|with|alongside)\s+")
_IN_MIND = re.compile(r"\s+in\s+mind\b")
_SCRIPT_BY = re.compile(r"\b(?:an?|the)\s+(?:[\w-]+\s+)?(?:script|screenplay|teleplay)s?\s+(?:written\s+)?by\s+", re.I)


# A duty as the subject of a passive "handle" verb: "series composition is handled by X",
# "the scripts are once again overseen by X"; and as the object: "X handles series composition".
_DUTIES: tuple[tuple[str, str], ...] = (
    (r"direction|directing(?: duties)?|directorial duties|director['’]s chair", "director"),
    (r"(?:the\s+)?(?:episode\s+|series\s+|show['’]s\s+)?scripts?|screenplays?|(?:script)?writing(?: duties)?|script duties|"
     r"series composition", "writer"),
    (r"showrunning(?: duties)?|showrunner duties", "showrunner"),
)
_DUTY = r"(?:" + "|".join(p for p, _ in _DUTIES) + r")"
_DUTY_RES = _compiled(_DUTIES)
_HANDLED_BY = re.compile(
    r"\b(" + _DUTY + r")\b[^.;,]{0,40}?\s+(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\s+"
    r"(?:(?:once\s+)?again\s+|also\s+|now\s+|being\s+)*"
    r"(?:(?:handled|overseen|led|done|supervised|taken\s+on)\s+by|(?:split|shared|divided)\s+(?:between|among|by))\s+"
    # "the second season's scripts came from Gilroy, his brother Dan Gilroy and ..."
    r"|\b(" + _DUTY + r")\s+(?:came|come|comes|will\s+come|are\s+coming|have\s+come)\s+(?:once\s+again\s+|again\s+)?from\s+",
    re.I,
)
_HANDLES = re.compile(
    r"\b(?:handles|handled|is\s+handling|will\s+handle|oversees|oversaw|takes\s+on|took\s+on|takes\s+over|took\s+over|"
    r"(?:is|will\s+be)\s+taking\s+over|will\s+take\s+over|"
    r"is\s+taking\s+on|handling|overseeing|(?:continues?|continued|returns?|returned|is\s+back|"
    r"(?:is|are)\s+set|(?:is|are)\s+due)\s+to\s+(?:handle|oversee|take\s+on|take\s+care\s+of)|"
    r"(?:(?:is|are|was|were|will\s+be|remains?)\s+(?:(?:once\s+)?again\s+|also\s+|still\s+|now\s+)*)?"
    r"(?:in\s+charge\s+of|responsible\s+for)|"
    # "takes the director's chair", "reprises her duty in series composition"
    r"(?:takes|took|will\s+take|is\s+taking)(?=\s+the\s+director)|reprises?\s+(?:his|her|their)\s+dut(?:y|ies)\s+(?:in|on|as))\s+"
    r"(?:the\s+)?(" + _DUTY + r")\b",
    re.I,
)


_RUNS = re.compile(
    r"\b(?:(?:is\s+back|are\s+back|returns?|returning|continues?|will|expected|set|slated|due|going|poised)\s+to"
    r"|will|would|shall)\s+run\s+"
    r"(?=season\s+\d|series\s+\d|the\s+(?:show|series|new\s+season|next\s+season|writers['’]?\s+room))"
    r"|\b(?:who\s+)?(?:also\s+)?(?:ran|co-ran)\s+(?=(?:season|series)\s+\d|the\s+(?:first|previous|last)\s+"
    r"(?:(?:two|three|four|five)\s+)?(?:seasons?|series)\b)",
    re.I,
)


# A duty handed on: "Direction passes from Tom Keeley to Anjali Sethi", "day-to-day duties go to
# showrunner X".
_PASSES_TO = re.compile(
    r"\b(?:(" + _DUTY + r")|(?:day-to-day\s+|showrunning\s+)?duties)\s+(?:passes|passed|has\s+passed|will\s+pass|"
    r"go(?:es)?|went|will\s+go|falls?|fell)\s+(?:from\s+(?P<from>[^,;.]{2,60}?)\s+)?to\s+",
    re.I,
)


# "handed showrunning duties to Celia Marchetti for season 4", "passed the reins to X".
_HANDED_TO = re.compile(
    r"\b(?:hand(?:s|ed|ing)?|pass(?:es|ed|ing)?|turn(?:s|ed|ing)?)\s+(?:over\s+)?(?:the\s+)?"
    r"(?:(" + _DUTY + r")|(?:showrunning\s+)?duties|showrunning\s+reins)\s+(?:over\s+)?to\s+",
    re.I,
)
_BEHIND = re.compile(
    r"\b(?:is|are|was|were|will\s+be|['’]s|['’]ll\s+be)\s+(?:also\s+|again\s+|back\s+)?behind\s+the\s+camera\b", re.I
)


# "Executive producers include A, B and C", "The directors are A and B"; a season's own
# ("Directors for series 4 are A and B", "Season 3's directors include A and B").
_ROLES_INCLUDE = re.compile(
    r"(?:\b(?P<ri_owner>(?:season|series)\s+\w+)['’]s\s+)?"
    r"\b(?P<ri_roles>" + _ROLE_NOUN + r"(?:\s+(?:and|&)\s+" + _ROLE_NOUN + r")?)"
    r"(?:\s+(?:on|of|for)\s+the\s+(?:series|show|drama|thriller|comedy|season|new\s+season)"  # "exec producers on the thriller include"
    r"|\s+(?:for|of|on)\s+(?:the\s+)?(?P<ri_season>(?:first|second|third|fourth|fifth|sixth)\s+(?:season|series)|"
    r"(?:season|series)\s+\w+|(?P<ri_upcoming>next|upcoming)\s+(?:season|series)))?"
    r"\s+(?:also\s+)?(?:include|includes|including|are|will\s+be|were)\s+",
    re.I,
)


def _passed_on(sent: _Sentence) -> list[Credit]:
    """Duties handed on ("Direction passes from X to Y"), "X is behind the camera", and role
    lists ("Executive producers include A, B and C")."""
    out: list[Credit] = []
    for match in _scan(_ROLES_INCLUDE, sent.text):
        roles = _noun_roles(match.group("ri_roles"))
        people, end = _agent_list(sent, match.end())
        named = "ri_owner" if match.group("ri_owner") else "ri_season" if match.group("ri_season") else None
        if named:  # the season the role list names
            season = next(iter(sent.seasons_in(*match.span(named))), None)
        elif match.group("ri_upcoming"):
            season = sent.ctx.target_season  # "The writers on the next season are ..."
        else:
            season = _season(sent, match.start(), end, back_from=match.start(), copula=True, show=None)
        out.extend(Credit(person, role, season, "asserted", match.start(), end) for person, titles in people for role in (titles or roles))
    for match in _scan(_BEHIND, sent.text):
        subject = _subject(sent, match.start())
        if subject is None:
            continue
        persons, back = subject
        end = _phrase_end(sent.text, match.end())
        season = _season(sent, match.start(), end, back_from=back, copula=False, show=None)
        st = _stance_for(sent, match.start(), end)
        out.extend(Credit(person, "director", season, st, match.start(), end) for person in persons)
    for match in _scan(_HANDED_TO, sent.text):
        role = _duty_role(match.group(1)) if match.group(1) else "showrunner"
        people, end = _agent_list(sent, match.end())
        named = sent.seasons_in(end, _phrase_end(sent.text, end)) if people else []
        season = named[0] if len(named) == 1 else sent.ctx.target_season
        out.extend(Credit(person, role, season, "asserted", match.start(), end) for person, _titles in people if role)
    for match in _scan(_PASSES_TO, sent.text):
        role = _duty_role(match.group(1)) if match.group(1) else None
        people, end = _agent_list(sent, match.end())
        season = sent.ctx.target_season
        for person, titles in people:
            out.extend(Credit(person, r, season, "asserted", match.start(), end) for r in (titles or ([role] if role else [])))
        if match.group("from") and role:
            start = match.start("from")
            for name in sent.names_between(start, match.end("from")):
                out.append(Credit(name.text, role, season, "denied", match.start(), end))
    return out


def _duty_role(phrase: str) -> str | None:
    return _role_of(phrase, _DUTY_RES)


def _handled(sent: _Sentence) -> list[Credit]:
    """Duties handled by a person, in the passive and the active."""
    out: list[Credit] = []
    for match in _scan(_HANDLED_BY, sent.text):
        role = _duty_role(match.group(1) or match.group(2))
        people, end = _agent_list(sent, match.end())
        if role is None or not people:
            continue
        season = _season(sent, match.start(), end, back_from=match.start(), copula=False, show=None)
        st = _span_stance(sent.masked, _passive_left(sent.text, match.start()), end)
        out.extend(Credit(person, role, season, st, match.start(), end) for person, _t in people)
    for match in _scan(_RUNS, sent.text):  # "he is back to run season 2"
        persons = _pronoun_subject(sent, match.start())
        if not persons:
            subject = _subject(sent, match.start())
            persons = subject[0] if subject else []
        end = _phrase_end(sent.text, match.end())
        found = sent.seasons_in(match.start(), end)
        past = "ran" in match.group(0).lower()  # "who ran the first two seasons": no season to come
        season = found[0] if len(found) == 1 else (None if past else sent.ctx.target_season)
        st = _stance_for(sent, match.start(), end)
        out.extend(Credit(person, "showrunner", season, st, match.start(), end) for person in persons)
    for match in _scan(_HANDLES, sent.text):
        role = _duty_role(match.group(1))
        subject = _subject(sent, match.start())
        if role is None or subject is None:
            continue
        persons, back = subject
        end = _phrase_end(sent.text, match.end())
        season = _season(sent, match.start(), end, back_from=back, copula=False, show=None)
        if season is None and _DUTY_TO_COME.match(match.group(0)):
            season = sent.ctx.target_season  # "takes the director's chair", "reprises her duty in ..."
        st = _stance_for(sent, match.start(), end)
        out.extend(Credit(person, role, season, st, match.start(), end) for person in persons)
    return out


_DUTY_TO_COME = re.compile(r"(?:reprises?|takes\s+the|will\s+take|is\s+taking\s+the)\b", re.I)


_PASSIVE_CLAUSE_BREAK = re.compile(r";|\s+(?:while|whereas|but)\s+|,\s+and\s+(?=[A-Z]|(?:this|the|its|their)\s)")


def _passive_left(text: str, pos: int) -> int:
    left = 0
    for match in _PASSIVE_CLAUSE_BREAK.finditer(text[:pos]):
        left = match.end()
    return left


def _source_subject(subject: str) -> bool:
    """True when the nearest noun before a passive credit is source material."""
    sources = [m.end() for m in _SOURCE.finditer(subject)]
    last_source = max(sources, default=-1)
    last_show = max((m.end() for m in _SHOWISH.finditer(subject)), default=-1)
    if last_show > last_source >= 0 and _SOURCE_SERIES.fullmatch(subject, last_source, last_show):
        return True  # "the comic book series written by X": a series of books
    return last_source > last_show


_SOURCE_SERIES = re.compile(r"\s+series", re.I)


_CLAUSE_VERB = re.compile(
    # (and a second subject before it: "..., and C and D serve as producers")
    r"(?:\s+(?:and|&)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?"
    r"\s+(?:also\s+|now\s+|then\s+)?(?:is|are|was|were|has|have|had|will|would|serves?|served|remains?|"
    r"returns?|returned|joins?|joined|takes?|took|handles?|handled|composed|composes|scored|scores|wrote|writes|"
    r"directed|directs|produced|produces|executive\s+produces?|created|creates|designed|edited|shot)\b"
)
_LIST_SEP = re.compile(r"\s*(?:,\s*and|,?\s*as\s+well\s+as|,|and|&)\s+")
_SKIP_APPOSITIVE = re.compile(r",\s+(?:who|whose|the|a|an|his|her)\b[^,;]*")


def _described_next(sent: _Sentence, pos: int) -> bool:
    """At ``pos``, ", his brother Dan Gilroy": a separator, a description and a name."""
    sep = _LIST_SEP.match(sent.text, pos)
    described = _AGENT_DESCRIPTION.match(sent.text, sep.end()) if sep else None
    return described is not None and any(n.start == described.end() for n in sent.names)


_ROLE_LIST_OF = re.compile(r"(?:the\s+)?(" + _ROLE_NOUN + r"(?:\s+and\s+" + _ROLE_NOUN + r")*)\s+", re.I)
# A description before an agent's name: "novelist-turned-showrunner", "Bafta winner", "his twin
# brother", "the acclaimed playwright".
_AGENT_DESCRIPTION = re.compile(
    r"(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+){0,2}?(?:[a-z]+-turned-[a-z]+|winner|veteran|novelist|playwright|"
    r"journalist|actor|actress|brothers?|sisters?|siblings|twins?|partners?|duo|couple|spouses|wife|husband|son|daughter|collaborator|newcomer|"
    r"documentarian|documentary\s+maker|filmmaker|comedian|artist)\s+(?=[A-ZÀ-ÖØ-ÞĀ-ſ])"
    # a company's: "World Productions' Simon Heath"
    r"|(?:[A-Z][\w&.-]*\s+){0,3}(?:Pictures|Productions|Studios?|Entertainment|Films|Media|Television)['’]s?\s+(?=[A-ZÀ-ÖØ-ÞĀ-ſ])"
)


def _agent_list(sent: _Sentence, pos: int) -> tuple[list[tuple[str, list[str]]], int]:
    """"[title] NAME, [title] NAME and [title] NAME" starting at ``pos``."""
    people: list[tuple[str, list[str]]] = []
    text = sent.text
    end = pos
    while True:
        title = _ROLE_LIST_OF.match(text[pos:])
        titles: list[str] = []
        if title:
            titles = _noun_roles(title.group(1))
            pos += title.end()
        else:
            described = _AGENT_DESCRIPTION.match(text, pos)  # "novelist-turned-showrunner X", "his twin brother X"
            if described:
                pos = described.end()
        name = next((n for n in sent.names if n.start == pos and not n.possessive), None)
        if name is None or (people and _CLAUSE_VERB.match(text, name.end)):
            break  # "created by X, who ..., and Y is a producer": Y starts a clause of its own
        people.append((name.text, titles))
        end = pos = name.end
        # ("X of Tallgrass Pictures, Y", "A (episodes one to three) and B (episodes four to six)")
        skip = _SKIP_APPOSITIVE.match(text, pos) or _OF_COMPANY.match(text, pos) or _EPISODES_ASIDE.match(text, pos)
        if skip and _described_next(sent, pos):
            skip = None  # "Gilroy, his brother Dan Gilroy, ...": the next item of the list, described
        if skip and _RELATIVE_WITH_PEOPLE.match(skip.group()):
            break  # "co-created by M and H, who serves as showrunner alongside M, S, G": the list after is the clause's
        if skip:
            pos = skip.end()
        sep = _LIST_SEP.match(text, pos)
        if not sep:
            break
        pos = sep.end()
    # "Elliot and Sam Varga": a given name alone before the last full name shares its surname
    # (not a surname that stands for someone named in full before: "with Lowe and Daniel Ferris")
    if (
        len(people) == 2
        and len(people[0][0].split()) == 1
        and len(people[1][0].split()) >= 2
        and _expand(people[0][0], sent.pool()) is None
        and not _named_before(people[0][0], sent.before(pos))  # ("by Wainwright and Patrick Harkins": Sally Wainwright)
    ):
        people[0] = (f"{people[0][0]} {people[1][0].split()[-1]}", people[0][1])
    return people, end


_RELATIVE_WITH_PEOPLE = re.compile(r",\s+(?:who|whose)\b[^,;]*\b(?:alongside|with|and|opposite)\s+[A-Z]")
_EPISODES_ASIDE = re.compile(r"\s*\((?:episodes?|eps?\.?|block)\s[^()]{1,30}\)", re.I)
_OF_COMPANY = re.compile(
    r"\s+(?:of|at|from|for)\s+(?:[A-Z][\w&'’.-]*\s+){0,3}(?:Pictures|Productions|Studios?|Entertainment|Films|Media|Television|TV)\b"
    r"|\s+for\s+(?:the\s+)?[A-Z][\w+&'’.-]*(?:\s+[A-Z][\w+&'’.-]*){0,2}(?=\s*(?:,|\band\b|\.|$))"  # "X for Greywater, and Y for ITV"
)
_PURPOSE_AFTER = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|its\b|his\b|her\b|their\b|this\b|that\b)[a-z]+\b")
_BY_OR_ABOUT_AFTER = re.compile(r"\s+(?:by|about)\b")
_DETERMINER_END = re.compile(r"\b(?:the|of|for|about|a|an)\s+$", re.I)


_GERUND_SUBJECT = re.compile(r"\s+(?:on|for)\s+[^,.;]{1,40}?\s+(?:is|was|has|had|will|began|begins|started|starts)\b", re.I)


_OBJECT_RELATIVE = re.compile(
    r"\b(?P<noun>[a-z]+)\s+(?:that\s+|which\s+)?(?:he|she|they|I|we)\s+(?:has\s+|have\s+|had\s+|also\s+)?$"
)
# Words before a pronoun subject that are no object noun ("and she wrote", "said he directed"),
# and the show itself ("the show he created").
_NOT_AN_OBJECT = frozenset(
    re.findall(
        r"\S+",
        """and but or that said says when as because if after before since so what which who where why how then
        now also told thinks believes show series drama anime season episode episodes pilot finale scripts script
        sitcom thriller comedy adaptation""",
    )
)
_REDUCED_RELATIVE = re.compile(r"[\w)],\s+(?:(?:also|originally|first|later)\s+)?$")
_PREPOSITION_NEXT = re.compile(r"\s+(?:with|in|for|from|at|on|alongside|under|over|through|as)\b")


_TALK_ABOUT_BEFORE = re.compile(r"\b(?:talk|talks|talked|talking|discuss|discusses|discussed|discussing|on)\s+$")


_VERB_JOINT = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")


def _actives(sent: _Sentence) -> list[Credit]:
    out: list[Credit] = []
    for match in _scan(_VERB, sent.text):
        if _BY_OR_ABOUT_AFTER.match(sent.text[match.end() :]):
            continue  # passive ("written by", handled apart) or a topic ("to write about the case")
        if _PURPOSE_AFTER.match(sent.text, match.end()):
            continue  # "a character created to launch a spin-off": a purpose, no credit
        if match.group(0)[0].isupper():
            continue
        participle = not match.group(0).endswith("ing")
        if (participle and _BE_AUX.search(sent.text[: match.start()])) or _DETERMINER_END.search(sent.text[: match.start()]):
            continue
        if not participle and _GERUND_SUBJECT.match(sent.text, match.end()):
            continue  # "said writing on season 2 is underway": the work as a subject, no one's credit
        if not participle and _TALK_ABOUT_BEFORE.search(sent.text, max(0, match.start() - 30), match.start()):
            continue  # "Lyle and Nickerson talk writing, Vancouver and ...": a topic, no credit
        gap = _OBJECT_RELATIVE.search(sent.text, 0, match.start())
        if gap and gap.group("noun").lower() not in _NOT_AN_OBJECT:
            continue  # "the epic journey he has created for her": the noun before is what was made
        if (
            participle
            and match.group(0).endswith("ed")
            and _REDUCED_RELATIVE.search(sent.text, 0, match.start())
            and _PREPOSITION_NEXT.match(sent.text, match.end())
        ):
            continue  # "a studio in Fort Worth, developed with SGS": the thing before was developed
        role = _role_of(match.group(0), _ROLE_VERB_RES)
        if role is None:
            continue
        out.extend(_active_credit(sent, match.start(), match.end(), role))
    return out


_WORK_OF_OBJECT = re.compile(
    r"\s+(?:the|an?)\s+(?:[\w-]+\s+)?(?:anime|film|movie|series|drama|show|adaptation|manga|stage\s+play|play)\s+"
    r"(?:adaptation\s+|version\s+)?of\s+[\"“‘']?[A-Z]"
)
_MUSIC_OBJECT = re.compile(r"\b(?:score|scores|music|soundtrack|theme\s+songs?|theme|songs?|lyrics|anthem)\b", re.I)


def _active_credit(sent: _Sentence, start: int, end: int, role: str) -> list[Credit]:
    phrase_end = _phrase_end(sent.text, end)
    joint = _VERB_JOINT.match(sent.text, end)
    shared = _VERB.match(sent.text, joint.end()) if joint else None
    if shared:  # "wrote and directed the first season": the object is both verbs'
        phrase_end = max(phrase_end, _phrase_end(sent.text, shared.end()))
    show, ok = _object_show(sent, start, end, phrase_end, role)
    if not ok:
        return []
    if role == "writer" and _MUSIC_OBJECT.search(sent.text, end, phrase_end):
        return []  # "who wrote the show's brooding score": music, no script
    subject = _subject(sent, start)
    if subject is not None and all(p in _FIRST_PERSON_WORDS for p in subject[0]):
        subject = None  # "I'm directing": a pronoun, not a name
    people: list[str]
    if subject is None:
        people = _pronoun_subject(sent, start)
        back = start
    else:
        people, back = subject
    if not people:
        return []
    earlier_work = show is not None and show != sent.ctx.doc.main and _EARLIER.search(sent.text[back:phrase_end])
    if earlier_work and not _RETURN.search(sent.text[back:start]):
        return []
    if _EARLIER.search(sent.text, back, start) and _WORK_OF_OBJECT.match(sent.text, end):
        return []  # "Mizoguchi previously directed the anime of Paper Moon Pharmacy": another work
    people += _co_agents(sent, end, phrase_end)
    season = _season(sent, start, phrase_end, back_from=back, copula=False, show=show)
    st = _stance_for(sent, start, phrase_end)
    return [Credit(p, role, season, st, start, phrase_end, show) for p in people]


def _pronoun_subject(sent: _Sentence, start: int) -> list[str]:
    before = sent.text[:start]
    if _PRONOUN_SUBJECT.search(before):
        return _pronoun_people(sent, start, group=False)
    if _FIRST_PERSON.search(before):  # an interview's "I'm directing ...", "You directed ...": the one interviewed
        guest = (not _SECOND_PERSON.search(before) and speaker(sent.ctx)) or interviewee(sent.ctx)
        return [guest] if guest else []
    group = _GROUP_SUBJECT.match(before)
    if group and _GROUP_VERB_GAP.fullmatch(before, group.end()):  # "The pair executive produced ..."
        return _pronoun_people(sent, start, group=True)
    return []


_FIRST_PERSON_WORDS = frozenset({"I", "I’m", "I'm", "I’ve", "I've", "I’ll", "I'll", "You", "You’re", "You're", "You’ve", "You've"})
# "I'm directing", "I also wrote", "You directed": the speaker or the one asked, before the verb.
_FIRST_PERSON = re.compile(
    r"(?:^(?:[A-Z][A-Z'’-]{1,30}:\s+)?|[.!?]\s+|,\s+|\b(?:and|but|yes|no)\s+)(?:I(?:['’]m|['’]ve|['’]ll)?|I\s+(?:am|have|will|also)|[Yy]ou(?:['’]re|['’]ve)?)"
    r"\s+(?:also\s+|just\s+|personally\s+|again\s+)?$"
)
# The one an interview is with: "We caught up with co-creator and showrunner John Hoffman",
# "spoke to star X", "sat down with X".
_INTERVIEW_WITH = re.compile(
    r"\b(?:caught\s+up\s+with|spoke\s+(?:to|with)|talked\s+(?:to|with)|sat\s+down\s+with|chatted\s+with|"
    r"interviewed|in\s+conversation\s+with)\s+(?:(?!(?:them|him|her|us|over|from|via|by|at|in|on)\s)[a-z][\w-]*\s+|and\s+){0,5}"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})"
)


def interviewee(ctx: SentenceContext) -> str | None:
    """The person an interview is with, named by the lead ("We caught up with X"), if any."""
    memo = ctx.doc.memo
    if "interviewee" not in memo:
        found = None
        for sent in ctx.doc.sentences[:15]:
            match = _INTERVIEW_WITH.search(sent.text)
            if match and not find_platforms(match.group("name")):
                found = match.group("name")
                break
        memo["interviewee"] = found
    return memo["interviewee"]


_SECOND_PERSON = re.compile(r"\b[Yy]ou(?:['’]re|['’]ve)?\s+(?:\w+\s+)?$")
# A transcript's speaker label: "LYLE: I directed an episode this season."
_SPEAKER_LABEL = re.compile(r"\s*(?P<label>[A-Z][A-Z'’-]{1,30}):\s")


def speaker(ctx: SentenceContext) -> str | None:
    """The one speaking in a transcript's labelled block ("NICKERSON: I directed ..."): the full
    name the article gives the label's surname, if any."""
    label = _SPEAKER_LABEL.match(ctx.sentence.block.text)
    if label is None:
        return None
    memo = ctx.doc.memo.setdefault("speakers", {})
    surname = label.group("label").title()
    if surname not in memo:
        full = re.compile(r"\b[A-Z][\w'’.-]+\s+" + re.escape(surname) + r"\b")
        found = next((m.group(0) for sent in ctx.doc.sentences if (m := full.search(sent.text))), None)
        memo[surname] = found
    return memo[surname]


_GROUP_VERB_GAP = re.compile(r"\s+(?:(?:also|both|together|have|had|has|will|would|then|later)\s+)*")


_WITH_CO_AGENT = re.compile(
    r"\b(?:(?:together\s+)?with|alongside)\s+(?:(?:the\s+)?(?:series\s+|show\s+|original\s+)?" + _ROLE_NOUN + r"\s+)?", re.I
)


def _co_agents(sent: _Sentence, end: int, phrase_end: int) -> list[str]:
    window = sent.text[end:phrase_end]
    match = _WITH_CO_AGENT.search(window)
    if not match:
        return []
    people, _end = _agent_list(sent, end + match.end())
    return [person for person, titles in people if not titles]


_OBJECT_FILLER = re.compile(r"\s*(?:(?:to|again|also|now|then|together|both|the|on|as well)\s+)*")
_WHICH_SUBJECT_END = re.compile(r",\s+which\s+(?:he|she|they|[A-Z][\w-]+)\s+(?:also\s+)?$")
_CAPITALISED_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]*")
_ADAPT_START = re.compile(r"adapt", re.I)
_NUMBERING_START = re.compile(r"(?:Season|Series|Part|Episode)\b")
_SHOW_THEN_SOURCE = re.compile(
    r"(\s*(?:the|this|its)\s+(?:[\w-]+\s+)?(?:series|show|drama|anime|programme|k-drama))\s+(?:for\s+\w+\s+)?from\s+", re.I
)


# An object that names a work by its genre noun and a title the document does not follow.
_OTHER_TITLED_WORK = re.compile(
    r"\s*(?:(?:for|on)\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?" + _GENRE_NOUN + r"\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-ſ])",
    re.I,
)


_SERVICE_POSSESSIVE = re.compile(r"([\w+&.-]+(?:\s+[\w+&.-]+){0,2})['’]s\s+")


_VERSION_AFTER = re.compile(r"\s+(?:version|adaptation|series|show|drama|remake|reboot)\b")
_OBJECT_ASIDE_START = re.compile(r",\s+(?:which|that)\s")


def _object_show(sent: _Sentence, start: int, end: int, phrase_end: int, role: str) -> tuple[str | None, bool]:
    """The show a verb's object names (None: the sentence's show) and whether it may be a credit."""
    obj = sent.text[end:phrase_end]
    lead = _OBJECT_FILLER.match(obj)
    first = end + (lead.end() if lead else 0)
    shows = [m for m in sent.shows if end <= m.start < phrase_end]
    if shows and shows[0].start <= first + 1:
        return shows[0].title, True
    before = _WHICH_SUBJECT_END.search(sent.text[:start])
    if before:
        antecedent = [m for m in sent.shows if m.end <= before.start() + 1 and before.start() - m.end < 3]
        if not antecedent:
            return None, False
        return antecedent[-1].title, True
    adapts = role == "writer" and _ADAPT_START.match(sent.text[start:end])
    # "developed the series from X's novel": the source after "from" is not the object.
    then_source = _SHOW_THEN_SOURCE.match(obj)
    head = obj[: then_source.end(1)] if then_source else obj
    aside = _OBJECT_ASIDE_START.search(head)
    if aside:  # "created the FX version, which is based on X's novel": the novel is the version's source
        head = head[: aside.start()]
    if not adapts and _BAD_OBJECT.search(_COMPANY_FILMS.sub("", head)):
        return None, False  # (a company's "Films" is no film: "through their Kilter Films banner")
    if _OTHER_TITLED_WORK.match(obj):
        return None, False  # "wrote for the network sitcom Brass Tacks": a credit on another work
    nxt = _CAPITALISED_WORD.match(sent.text[first:])
    service = _SERVICE_POSSESSIVE.match(sent.text, first)
    if service and find_platforms(service.group(1)):
        owned = next((m for m in shows if service.end() <= m.start <= service.end() + 1), None)
        if owned is not None:
            return owned.title, True  # "created HBO's Cinder County"
        return None, False  # "who previously co-ran HBO's 'The Pinewood Accords'": another service's show
    owner = next((n for n in sent.names if n.start == first and n.possessive), None)
    if nxt and find_platforms(nxt.group(0)) and _VERSION_AFTER.match(sent.text, first + nxt.end()):
        return None, True  # "created the FX version", "developed the Netflix series"
    if nxt and owner is None and not _NUMBERING_START.match(nxt.group(0)) and not _PREPOSITION_LEAD.match(obj):
        return None, False  # (not "executive produce through their Kilter Films banner": no object)
    return None, True


_PREPOSITION_LEAD = re.compile(r"\s*(?:through|via|under|at|alongside|from)\s", re.I)


def _stance_for(sent: _Sentence, start: int, end: int) -> str:
    region = sent.region_of(start)
    if region is not None:
        return _span_stance(sent.unquoted, region[0], min(region[1], end))
    left = _main_left(sent.masked, start)
    left = max(left, clause_span(sent.masked, start, start + 1)[0])
    return _span_stance(sent.masked, left, end)


_OF_SHOW_AFTER = re.compile(r"\s+of\s+(?!the first|the second|the third|season|its|the show|the series)", re.I)


_STEPS_DOWN_BEFORE = re.compile(
    r"\b(?:is\s+|will\s+be\s+)?(?:stepping|steps|stepped|will\s+step)\s+(?:down|back|aside)\s*$",
    re.I,
)


def _predicates(sent: _Sentence) -> list[Credit]:
    out: list[Credit] = []
    for match in _scan(_PREDICATE, sent.text):
        roles = _noun_roles(match.group(1))
        end = _phrase_end(sent.text, match.end())
        after = sent.text[match.end() : end]
        if _OF_SHOW_AFTER.match(after):
            continue
        if match.group(1)[:1].isupper() and part_title_at(sent.text, match.start(1)):
            continue  # "joins as Director Ilse Vogt": a part with a title, not a credit
        other = _ON_TITLE_AFTER.match(sent.text, match.end())
        if other and _title_at(sent, other.end()) != sent.ctx.doc.main:
            continue  # "worked as a staff writer on the procedural "Night Desk"": another show's credit
        if _REPLACES.search(sent.masked, _main_left(sent.masked, match.start()), match.start()):
            continue
        subject = _subject(sent, match.start())
        verbs = _PRONOUN_VERBS_END.search(sent.text, 0, match.start()) if subject is None else None
        if verbs:  # "she is expected to return as showrunner": the person the pronoun stands for
            found = _pronoun_people(sent, match.start(), group=False)
            subject = (found, match.start()) if found else None
        elif subject is None and (
            _GROUP_VERBS_END.search(sent.text, 0, match.start()) or _GROUP_AFTER_PREDICATE.match(sent.text[: match.start()])
        ):
            found = _pronoun_people(sent, match.start(), group=True)
            subject = (found, match.start()) if found else None
        if subject is None:
            continue
        people, back = subject
        listed = _partner_list(sent, match.end())
        partners = [p for p, titles in listed if not titles and p not in people]
        st = _stance_for(sent, match.start(), end)
        season = _season(sent, match.start(), end, back_from=back, copula=True, show=None)
        if season is None and verbs and _RETURN.search(verbs.group()):
            season = sent.ctx.target_season  # coming back for the season being made
        elif season is None and _JOINS_GAP.fullmatch(sent.text, back, match.start()):
            season = sent.ctx.target_season  # "X is joining the staff as co-director": the season being made
        if _STEPS_DOWN_BEFORE.search(sent.text, max(0, match.start() - 40), match.start()):
            st, season = "denied", season or sent.ctx.target_season  # "is stepping down as showrunner"
            after = _AFTER_SEASON.match(sent.text, match.end())
            if after:  # "stepped down as showrunner after season 2": gone from the season after
                season = int(after.group(1)) + 1
            elif _AFTER_CURRENT.match(sent.text, match.end()):
                season = sent.ctx.target_season  # "will step down as showrunner after the current season"
        for person in people + partners:
            held = _partner_roles(roles, person, partners)
            out.extend(Credit(person, role, season, st, match.start(), end) for role in held)
        for person, titles in listed:  # "alongside co-showrunner Y": Y's own title, same season
            out.extend(Credit(person, role, season, st, match.start(), end) for role in titles if person not in people)
    return out


_JOINS_GAP = re.compile(
    r"\s+(?:is\s+joining|joins|will\s+(?:also\s+)?join|has\s+joined|have\s+joined|are\s+joining|comes\s+aboard|"
    r"is\s+coming\s+aboard|has\s+come\s+aboard)(?:\s+(?:the|its)\s+(?:staff|team|crew|production|series|show|creative\s+team))?\s*",
    re.I,
)
_AFTER_CURRENT = re.compile(r"\s+after\s+(?:the\s+(?:current|present|ongoing)|this)\s+(?:season|series)\b", re.I)
_AFTER_SEASON = re.compile(r"\s+after\s+(?:the\s+end\s+of\s+)?(?:season|series)\s+(\d{1,2})\b", re.I)
_ON_TITLE_AFTER = re.compile(
    r"\s+(?:on|for)\s+(?:the\s+)?(?:(?!(?:season|series|seasons|episodes?|part)\b)[a-z][\w-]*\s+){0,2}(?=[\"“‘']?[A-Z])"
    r"(?!(?:Season|Series|Seasons|Episodes?|Part|Volume|Book)\s)"
)


def _title_at(sent: _Sentence, pos: int) -> str | None:
    """The show named at ``pos`` (after an opening quote), or None."""
    while pos < len(sent.text) and sent.text[pos] in "\"“‘'":
        pos += 1
    return next((m.title for m in sent.shows if m.start == pos), None)


def _partners(sent: _Sentence, pos: int) -> list[str]:
    """"X serves as showrunner alongside Y": Y shares the role named right before."""
    return [person for person, titles in _partner_list(sent, pos) if not titles]


# "... as showrunner (for season two) alongside (newly promoted) Y".
_PARTNER_CUE = re.compile(
    r"(?:\s+for\s+(?:the\s+\w+\s+season|(?:season|series)\s+\w+))?\s+(?:alongside|together\s+with|with)\s+"
    r"(?:(?:newly\s+)?(?:promoted|appointed|named|new)\s+)?",
    re.I,
)


def _partner_list(sent: _Sentence, pos: int) -> list[tuple[str, list[str]]]:
    match = _PARTNER_CUE.match(sent.text, pos)
    if not match:
        return []
    people, _end = _agent_list(sent, match.end())
    return people


def _partner_roles(roles: list[str], person: str, partners: list[str]) -> list[str]:
    """A partner shares the role named right before "alongside" ("X serves as showrunner and
    executive producer alongside Y": Y is an executive producer); the subject holds them all."""
    return roles[-1:] if person in partners else roles


_FORMER_START = re.compile(r"former\b", re.I)
_BY_END = re.compile(r"\bby\s+$")
_THE_START = re.compile(r"the\b", re.I)
_PLURAL_END = re.compile(r"s\b")


_SOURCE_MEDIUM_END = re.compile(
    r"\b(?:webtoon|manga|manhwa|novel|novels|comic|comics|book|books|light\s+novel|graphic\s+novel|web\s+novel)['’]?s?\s+$"
    r"|\b(?:the\s+)?original\s+$",  # "drawn by original creator X": the source's author
    re.I,
)


def _titles(sent: _Sentence) -> list[Credit]:
    out: list[Credit] = []
    for match in _scan(_TITLE, sent.text):
        if _CHARACTER_JOB_BEFORE.search(sent.text, 0, match.start()):
            continue  # "starred X as NASA flight director Ruth Calloway": a character's job
        if match.group(2) and not _THE_START.match(match.group(0)):
            continue
        if _FORMER_START.match(match.group(0)):
            continue
        before = sent.text[: match.start()]
        if _BY_END.search(before) and _source_subject(before):
            continue
        if _SOURCE_MEDIUM_END.search(before):
            continue  # "webtoon creator Yoon Ha-rim": the source's author, not the show's crew
        roles = _noun_roles(match.group(1))
        people = _title_people(sent, match.end(), plural=bool(_PLURAL_END.search(match.group(1))))
        if not people:
            continue
        season = _title_season(sent, match.start(), match.end())
        own = _ORDINAL_SEASON_BEFORE.search(sent.text, 0, match.start())
        named = _NAMED_SEASON_BEFORE.search(sent.text, 0, match.start())
        if own:  # "first-season director Hernán Cobos": the credit names its season
            season = ORDINALS[own.group(1).lower()]
        elif named:  # "Season 1 co-showrunner Neil Barraclough"
            season = next(iter(sent.seasons_in(named.start(), named.end())), season)
        if any(n.possessive and n.start == match.end() for n in sent.names):
            season = None  # "creator X's noir, renewed for a third season": a credit of the show
        told = _told_season(sent, match.end())
        seasons = [season] if told is None or told == season else [told] if season is None else [season, told]
        for person in people:
            out.extend(
                Credit(person, role, s, "asserted", match.start(), match.end(), title_only=True) for role in roles for s in seasons
            )
        leaving = _STEPS_DOWN.match(sent.text, match.end() + len(" ".join(people))) if len(people) == 1 else None
        if leaving:  # "Co-creator and showrunner X is stepping down": no longer in the role for the season to come
            target = sent.ctx.target_season
            out.extend(Credit(people[0], role, target, "denied", match.start(), leaving.end()) for role in roles if role != "creator")
    return out


_STEPS_DOWN = re.compile(
    r"\s+(?:is\s+|has\s+|will\s+be\s+)?(?:stepping|steps|stepped|step)\s+down\b|\s+(?:is\s+)?(?:exiting|leaving|departing)\s+(?:the\s+(?:show|series)|as)\b",
    re.I,
)


_ORDINAL_SEASON_BEFORE = re.compile(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth)-(?:season|series)\s+$", re.I)
_NAMED_SEASON_BEFORE = re.compile(r"\b(?:season|series)\s+(?:\d{1,2}|one|two|three|four|five|six)\s+$", re.I)
_CHARACTER_JOB_BEFORE = re.compile(
    r"(?:\b(?:as(?!\s+(?:is|was|are|were|has|had|it|usual|always|expected|well|if|though|of|for|with)\b)|play(?:s|ed|ing)?|"
    r"portray(?:s|ed|ing)?|voic(?:es|ed|ing))\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}?[\"“]?"
    r"|\b(?:flight|art|casting|music|creative|sound|stunt|"
    r"funeral|technical|athletic|musical|artistic|programme|program|fashion|campaign)\s+"
    # "Kim Eui-sung's scheming director Hong Jae-hoon": a player's part, described by its job
    r"|\b(?-i:[A-Z][\w-]+\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+(?:[a-z][\w-]*\s+){1,2})$",
    re.I,
)


# "creator Elliot Vance's mining-town noir": a titled owner of the show itself.
_OWN_SHOW_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:series|show|drama|noir|thriller|comedy|dramedy|mystery|anime|saga|western|"
    r"procedural|sitcom|k-drama|miniseries|hit)\b",
    re.I,
)


def _title_people(sent: _Sentence, pos: int, plural: bool) -> list[str]:
    first = next(
        (
            n
            for n in sent.names
            if n.start == pos and (not n.possessive or _OWN_SHOW_AFTER.match(sent.text, n.end))
        ),
        None,
    )
    if first is None or (plural and len(first.text.split()) == 1):
        return _shared_surname(sent, pos) if plural else []
    people = [first.text]
    if plural:
        sep = _LIST_SEP.match(sent.text, first.end)
        if sep:
            second = next((n for n in sent.names if n.start == sep.end()), None)
            if second is not None:
                people.append(second.text)
    return people


# "creators Matt and Ross Duffer": two first names sharing the surname written once.
_FIRST_NAME_AND = re.compile(r"([A-Z][a-z]+)\s+(?:and|&)\s+")


def _shared_surname(sent: _Sentence, pos: int) -> list[str]:
    lead = _FIRST_NAME_AND.match(sent.text, pos)
    full = next((n for n in sent.names if lead and n.start == lead.end()), None) if lead else None
    if lead is None or full is None or len(full.text.split()) != 2:
        return []
    return [f"{lead.group(1)} {full.text.split()[1]}", full.text]


# Between titled names and their shared appositive: more titled names ("Director X and writer Y, who ...").
_TITLED_NAMES_GAP = re.compile(
    r"(?:(?>\s*(?:,|and|&)?\s*)(?i:(?:the\s+)?" + _ROLE_LIST + r"\s+)?[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’.-]*+)*\s*"  # (possessive: a word is never split into names)
)


def _told_season(sent: _Sentence, pos: int) -> int | None:
    """"Director X and writer Y, who worked together on season 1, ..." / ", the duo behind the
    first season,": the one season named by the appositive of the titled people after ``pos``."""
    region = next((r for r in sent.attached if r[0] > pos), None)
    if region is None:
        return None
    start, end, _ = region
    comma = sent.text.rfind(",", pos, start)
    if comma < 0 or not _TITLED_NAMES_GAP.fullmatch(sent.text, pos, comma):
        return None
    marks = [at for _, at in sent.season_marks if start <= at < end]
    found = sent.seasons_in(start, end)
    if len(found) != 1 or sent.show_in(start, end) not in (None, sent.ctx.doc.main) or since_season(sent.text, marks[0]):
        return None
    return found[0]


def _title_season(sent: _Sentence, pos: int, end: int) -> int | None:
    left, right = clause_span(sent.masked, pos, pos + 1)
    fronted = _FRONTED_CLAUSE.match(sent.masked)
    if fronted and left < fronted.end() <= pos:
        left = fronted.end()
    speech = _SPEECH.search(sent.masked, pos, right)
    if speech:
        right = speech.start()
    found = sent.seasons_in(left, right)
    # "Creator and showrunner X wrote season one": the season belongs to the verb's credit.
    if len(found) == 1 and not _PLURAL_SEASONS.search(sent.masked[left:right]) and not _CREDIT_VERB_AFTER.match(sent.text, end):
        return found[0]
    return None


# A role verb right after the titled name: "Showrunner Ana Ruiz wrote season 1", "... directed".
_CREDIT_VERB_AFTER = re.compile(
    r"\s*(?:[A-Z][\w'’.-]*\s+){1,3}(?:also\s+|personally\s+|single-handedly\s+)?"
    r"(?:wrote|writes|co-wrote|penned|directed|directs|co-directed|helmed|helms|created|produced|scripted)\b"
)


_ROLE_APPOSITIVE = re.compile(
    r"(?:the show's|the series'|its|the|an?)\s+(" + _ROLE_NOUN + r"(?:\s*(?:,\s*|\s+and\s+|\s*&\s*)" + _ROLE_NOUN + r")*)\b(.*)$",
    re.I,
)
_OF_THE_SHOW = re.compile(r"\s+(?:of|on)\s+(?:the\s+(?:show|series)|it)\b", re.I)
# "an executive producer since the beginning": on the show from its start
_SINCE_THE_START = re.compile(
    r"\s+(?:since|from)\s+(?:the\s+(?:very\s+)?(?:beginning|start|first\s+season|pilot)|day\s+one|season\s+(?:one|1))\s*$", re.I
)
_INDEFINITE = re.compile(r"an?\s", re.I)
_ON_SEASONS = re.compile(
    r"\s+(?:on|for|of|in)\s+(?:the\s+(?:show['’]s\s+)?)?(?:(?:first|last|previous|past)\s+)?(?:two|three|four|five|both|all)\s+"
    r"(?:of\s+(?:its|the)\s+)?seasons\s*$",
    re.I,
)
_ON_A_SEASON = re.compile(r"\s+(?:on|for|in)\s+(?:the\s+show['’]s\s+)?(?:season|series)\s+(?:\d{1,2}|one|two|three|four|five)\s*$", re.I)


# "The show's creator, Nadia Bloom, told Collider ...": the role, then the name set off by commas.
_ROLE_THEN_NAME = re.compile(
    r"\b(?:[Tt]he\s+(?:show|series|drama)['’]s?|[Ii]ts)\s+(" + _ROLE_LIST + r"),\s+",
    re.I,
)


def _appositives(sent: _Sentence) -> list[Credit]:
    """"X, the show's director," / "X, the director of <this show>," / "the show's creator, X,"."""
    out: list[Credit] = []
    for match in _ROLE_THEN_NAME.finditer(sent.text):
        name = next((n for n in sent.names if n.start == match.end() and not n.possessive), None)
        if name is not None and sent.text[name.end : name.end + 1] == ",":
            out.extend(Credit(name.text, role, None, "asserted", match.start(), name.end) for role in _noun_roles(match.group(1)))
    for start, end, owner in sent.attached:
        region = sent.text[start:end]
        appositive = _ROLE_APPOSITIVE.match(region)
        if not appositive:
            continue
        rest = appositive.group(2)
        on_season = _ON_A_SEASON.match(rest)  # "X, a co-executive producer and writer on Season 2,"
        if rest.strip() and not (
            on_season
            or _ON_SEASONS.match(rest)  # "a writer and co-executive producer on the first two seasons": several, no one season
            or _OF_THE_SHOW.match(rest)
            or _SINCE_THE_START.match(rest)
            or sent.show_in(start, end) == sent.ctx.doc.main
        ):
            continue
        if not rest.strip() and _INDEFINITE.match(region):
            continue  # "X, a writer, said ...": no tie to the show
        season = next(iter(sent.seasons_in(start + appositive.start(2), end)), None) if on_season else None
        for role in _noun_roles(appositive.group(1)):
            out.append(Credit(owner.text, role, season, "asserted", start, end))
    return out


_RETURN_ONLY = re.compile(
    r"\b(?:(?:did|does|do|will|would|won't|might|may|could)\s+(?:not\s+|n't\s+)?|not\s+)?"
    r"(?:return(?:s|ed|ing)?|(?:be|is|are|was|were)\s+(?:not\s+)?(?:both\s+|all\s+|also\s+)?back|(?:isn't|aren't|wasn't)\s+back|"
    r"stay(?:s|ing)?\s+on(?!\s+in\b))\b"
    r"(?!\s+(?:as|to)\b)",
    re.I,
)


def _returns(sent: _Sentence, credits: list[Credit]) -> list[Credit]:
    """"X did not return for season 2": each role X holds, for that season."""
    out: list[Credit] = []
    for match in _scan(_RETURN_ONLY, sent.unquoted):
        end = _phrase_end(sent.text, match.end())
        if _FILM.search(sent.text[match.start() : end]):
            continue
        group = _GROUP_SUBJECT.match(sent.text)
        if group and group.end() <= match.start():
            held = [(c.person, c.role) for c in _previous_credits(sent)]
        else:
            subject = _subject(sent, match.start())
            people = subject[0] if subject else _pronoun_subject(sent, match.start())
            camera = ["director"] if _BEHIND_CAMERA.match(sent.text, match.end()) else []
            held = [(p, r) for p in people for r in _held_roles(sent, p, credits) or camera]
        found = sent.seasons_in(match.start(), end)
        season = found[0] if len(found) == 1 else sent.ctx.target_season
        st = _stance_for(sent, match.start(), end)
        for person, role in dict.fromkeys(held):
            out.append(Credit(person, role, season, st, match.start(), end))
    return out


_BEHIND_CAMERA = re.compile(r"\s+behind\s+the\s+camera\b", re.I)


def _held_roles(sent: _Sentence, person: str, credits: list[Credit]) -> list[str]:
    """Roles the sentence gives ``person``, else the roles earlier sentences gave them."""
    here = [c.role for c in credits if c.person == person]
    if here:
        return list(dict.fromkeys(here))
    full = _expand(person, sent.pool())
    return list(_memo(sent.ctx).get(full or person, ()))


def _memo(ctx: SentenceContext) -> dict[str, list[str]]:
    memo: dict[str, list[str]] = ctx.doc.memo.setdefault(__name__, {})
    return memo


def _previous_credits(sent: _Sentence) -> list[Credit]:
    prev = _previous_sentence(sent.ctx)
    if prev is None:
        return []
    other = _Sentence(sent.ctx, prev)
    return _core_credits(other)


_REPLACED_BY = re.compile(r"\b(?:was|were|been|be|is being|is|got)\s+replaced\s+by\s+", re.I)
_REPLACES = re.compile(
    r"\b(?:replaces|replaced|will replace|to replace|is replacing|replacing|succeeds|succeeded|"
    r"(?:takes|took|taking|will\s+take|(?<=who\s)take)\s+over(?:\s+as\s+(?:the\s+)?(?:new\s+)?(?:" + _ROLE_NOUN + r"))?\s+from)\s+",
    re.I,
)


_TITLED_OTHER = re.compile(
    r"(?:(?:season|series)\s+\w+\s+(?=" + _ROLE_NOUN + r")|(?:the\s+)?(?:former|previous|original|outgoing)\s+|"
    r"(?:the\s+)?(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))-(?:season|series)\s+(?=" + _ROLE_NOUN + r")|"
    r"(?:the\s+)?(?:series|show['’]s|series['’])\s+)?" + _ROLE_NOUN + r"\s+",
    re.I,
)


def _replacements(sent: _Sentence, credits: list[Credit]) -> list[Credit]:
    """"X was replaced by Y" / "Y replaces X as director": Y asserted (or hedged), X denied."""
    out: list[Credit] = []
    for pattern, passive in ((_REPLACED_BY, True), (_REPLACES, False)):
        for match in _scan(pattern, sent.text):
            subject = _subject(sent, match.start())
            titled = _TITLED_OTHER.match(sent.text, match.end())  # "from series two director X"
            other, after = _name_at(sent, titled.end() if titled else match.end())
            if subject is None or other is None:
                continue
            new, old = (other, subject[0][-1]) if passive else (subject[0][-1], other)
            # "takes over as showrunner from X": the role named inside the verb phrase
            span = (match.start(), match.end()) if _noun_roles(match.group()) else (titled.span() if titled else None)
            out.extend(_replacement_credits(sent, credits, match.start(), after, new, old, span))
    return out


def _main_seasons(sent: _Sentence) -> list[int]:
    """Seasons the sentence names outside its asides and relative clauses."""
    found = [n for n, pos in sent.season_marks if sent.region_of(pos) is None]
    return list(dict.fromkeys(found))


def _name_at(sent: _Sentence, pos: int) -> tuple[str | None, int]:
    people, end = _agent_list(sent, pos)
    if not people:
        return None, pos
    return people[0][0], end


def _replacement_credits(
    sent: _Sentence,
    credits: list[Credit],
    start: int,
    after: int,
    new: str,
    old: str,
    title: tuple[int, int] | None = None,
) -> list[Credit]:
    end = _phrase_end(sent.text, after)
    roles = _noun_roles(sent.text[after:end]) or _held_roles(sent, old, credits)
    if title:  # "from series two director X": the season of the title is the old credit's
        roles = roles or _noun_roles(sent.text[title[0] : title[1]])
    # "Y is directing the new season, replacing X": the role and season Y is credited with here
    taken = [c for c in credits if c.person == new and c.stance != "denied" and c.start < start and sent.region_of(c.start) is None]
    roles = roles or list(dict.fromkeys(c.role for c in taken))
    found = [n for n in _main_seasons(sent) if not title or n not in sent.seasons_in(title[0], title[1])]
    held = {c.season for c in taken if c.role in roles}
    if len(held) == 1 and None not in held:
        found = list(held)
    season = found[0] if len(found) == 1 else sent.ctx.target_season
    st = _stance_for(sent, start, end)
    out: list[Credit] = []
    for role in roles:
        out.append(Credit(new, role, season, "asserted" if st == "denied" else st, start, end))
        out.append(Credit(old, role, season, "denied", start, end))
    return out


# ---------------------------------------------------------------- entry point


# "The showrunner is Tom Hale", "The show's producer was X": the role first, the person after.
_INVERTED = re.compile(
    r"\b(?:the|its|the\s+(?:show|series|drama)['’]s?)\s+(?P<new>new\s+)?(?:current\s+|main\s+|lead\s+|sole\s+)?(" + _ROLE_NOUN + r")"
    # "The new director for the sequel is X", "The director for season 2 is X"
    r"(?:\s+(?:for|of|on)\s+(?:the\s+|this\s+)?(?P<upcoming>sequel|new\s+season|next\s+season|upcoming\s+season)?"
    r"(?:(?:first|second|third|fourth|fifth|sixth)\s+(?:season|series)|(?:season|series)\s+\w+)?)?"
    r"\s+(?:is|was|will\s+be|remains)\s+(?=[A-ZÀ-ÖØ-ÞĀ-ſ])",
    re.I,
)


def _inverted(sent: _Sentence) -> list[Credit]:
    out: list[Credit] = []
    for match in _INVERTED.finditer(sent.text):
        person = next((n for n in sent.names if n.start == match.end() and not n.possessive), None)
        role = _role_of(match.group(2), _ROLE_NOUN_RES)
        if person is None or role is None:
            continue
        end = _phrase_end(sent.text, match.end())
        season = _season(sent, match.start(), end, back_from=match.start(), copula=True, show=None)
        if season is None and (match.group("new") or match.group("upcoming")):
            season = sent.ctx.target_season  # "the new director", "the director for the sequel"
        out.append(Credit(person.text, role, season, _stance_for(sent, match.start(), end), match.start(), end))
    return out


# "X is stepping down as showrunner, with Y taking over": Y holds the role X leaves.
_SUCCESSOR = re.compile(r",?\s+with\s+(?=[A-ZÀ-ÖØ-ÞĀ-ſ])")
_TAKING_OVER = re.compile(r"\s+(?:taking\s+over|stepping\s+(?:in|up)|succeeding\s+(?:him|her|them))\b")


def _successors(sent: _Sentence, credits: list[Credit]) -> list[Credit]:
    out: list[Credit] = []
    for credit in credits:
        if credit.stance != "denied":
            continue
        for match in _SUCCESSOR.finditer(sent.text, credit.start):
            name = next((n for n in sent.names if n.start == match.end() and not n.possessive), None)
            if name is not None and _TAKING_OVER.match(sent.text, name.end):
                out.append(Credit(name.text, credit.role, credit.season, "asserted", match.start(), name.end))
                break
    return out


def _core_credits(sent: _Sentence) -> list[Credit]:
    credits = _passive(sent) + _actives(sent) + _predicates(sent) + _appositives(sent) + _handled(sent) + _passed_on(sent)
    credits += _inverted(sent)
    verbal = {(c.person, c.role) for c in credits}
    titles = [c for c in _titles(sent) if (c.person, c.role) not in verbal]
    return credits + titles + _successors(sent, credits)


def _film_context(ctx: SentenceContext) -> bool:
    """The sentence continues talk about a film ("the movie ... Seko is back as the writer")."""
    if ctx.seasons or _FILM.search(ctx.text):
        return False
    prev = _previous_sentence(ctx)
    return bool(prev and _FILM_TOPIC.search(prev))


# A film as the topic of a sentence ("returns for the movie", "The film ..."), not in passing
# ("busy with a film project").
_FILM_TOPIC = re.compile(
    r"\b(?:for|in|on|of|to|from)\s+(?:the|this|that|a|an)\s+(?:[\w-]+\s+)?(?:movies?|films?)\b(?!\s+projects?)"
    r"|^\W*(?:The|This|That)\s+(?:[\w-]+\s+)?(?:movies?|films?)\b",
    re.I,
)


# One pass for the gate: any of these patterns matching (none has a backreference, so the
# alternation of them matches exactly when one of them does).
_GATE = re.compile(
    "|".join(
        f"(?:{g.pattern})"
        for g in (_VERB, _NOUN, _RETURN, _REPLACES, _REPLACED_BY, _HANDLED_BY, _HANDLES, _RUNS, _PASSES_TO, _BEHIND, _ROLES_INCLUDE, _SCRIPT_BY)
    ),
    re.I,
)

# Words without which no gate pattern can match (extract/cues.py), and the gate searched with
# a lookahead for its first letters: the same answer, found faster.
_GATE_CUES = either(
    _VERB, _NOUN, _RETURN, _REPLACES, _REPLACED_BY, _HANDLED_BY, _HANDLES, _RUNS, _PASSES_TO, _BEHIND, _ROLES_INCLUDE, _SCRIPT_BY
)
_GATE_SEARCH = scan_faster(_GATE)


def extract(ctx: SentenceContext) -> list[Claim]:
    staff = _staff_line(ctx)
    if staff is not None:
        return staff
    if not (holds_cues(ctx.text, _GATE_CUES) and _GATE_SEARCH.search(ctx.text)):
        return []
    sent = _Sentence(ctx)
    credits = _core_credits(sent)
    credits += _returns(sent, credits) + _replacements(sent, credits)
    if _film_context(ctx):
        credits = [c for c in credits if c.title_only]
    return _to_claims(sent, credits)


# A staff list's line: "Director: Haruto Ikeda (replacing Sho Mori)", or the role alone on one
# line and the name on the next (a definition list: "Series Composition" / "Aya Kondo").
_STAFF_ROLE = re.compile(r"(" + _ROLE_NOUN + r"|" + _DUTY + r"|screenplay|scripts?)", re.I)
_STAFF_LINE = re.compile(r"(?P<role>" + _STAFF_ROLE.pattern + r")\s*[:–—]\s*(?P<rest>[^.;]{2,120}?)\.?", re.I)
_STAFF_NAMES = re.compile(
    r"(?P<names>[A-Z][^()]{1,100}?)\s*(?:\((?P<aside>[^()]{0,60})\))?\.?", re.I
)
_REPLACING = re.compile(r"^(?:replacing|replaces|taking\s+over\s+from|succeeding)\s+", re.I)


_FACT_BOX = re.compile(r"\b(?:(?:key|fast|quick)\s+facts|at\s+a\s+glance|fact\s*(?:box|file|sheet))\b", re.I)


def _under_fact_box(ctx: SentenceContext) -> bool:
    """The line is a row of a fact box: its heading, or the line that opens its run of lines,
    says so ("The Quiet Meridian Season 3 Key Facts")."""
    block = ctx.sentence.block
    if _FACT_BOX.search(block.text.split("\n", 1)[0]) or _FACT_BOX.search(block.heading or ""):
        return True
    sents = ctx.doc.sentences
    for back in range(ctx.sentence.index - 1, max(-1, ctx.sentence.index - 13), -1):
        prev = sents[back] if 0 <= back < len(sents) else None
        if prev is None or prev.block.kind == "para":
            return False
        if _FACT_BOX.search(prev.text):
            return True
    return False


def _staff_line(ctx: SentenceContext) -> list[Claim] | None:
    """The credits of a staff list line, or None when the sentence is no such line."""
    text = ctx.text
    if len(text) > 140 or (ctx.sentence.block.kind == "para" and ctx.sentence.block.text != text):
        return None
    line = _STAFF_LINE.fullmatch(text)
    role_word: str | None = line.group("role") if line else None
    rest, start = (line.group("rest"), line.start("rest")) if line else (text, 0)
    if line is None:
        index = ctx.sentence.index
        prev = ctx.doc.sentences[index - 1] if 0 < index <= len(ctx.doc.sentences) else None
        own_lines = prev is not None and prev.block.text == prev.text and ctx.sentence.block.text == text
        if prev is None or not (own_lines or prev.block.index == ctx.sentence.block.index):
            return None
        if not _STAFF_ROLE.fullmatch(prev.text.strip(" :")):
            return None
        role_word = prev.text.strip(" :")
    if role_word is None:
        return None
    role = _role_of(role_word, _ROLE_NOUN_RES) or _duty_role(role_word)
    names_part = _STAFF_NAMES.fullmatch(rest)
    if role is None or names_part is None:
        return None
    people = [n for n in find_names(names_part.group("names"), []) if not n.possessive]
    if not people or len(" ".join(n.text for n in people)) < len(names_part.group("names").strip()) - 8:
        return None  # not a list of names ("Director: To be announced")
    summary = _under_fact_box(ctx)
    # (a creator, and a fact box summing up the show, name no season)
    season = None if role == "creator" or summary else ctx.heading_season or ctx.intro_season or ctx.target_season
    show = ctx.show
    out = [
        ctx.claim(KIND, {"person": n.text, "role": role}, start, len(text), season=season, show=show, stance="asserted")
        for n in people
    ]
    aside = names_part.group("aside") or ""
    replaced = _REPLACING.match(aside)
    if replaced:  # "(replacing Sho Mori)": the one who held the role
        for n in find_names(aside[replaced.end() :], []):
            out.append(ctx.claim(KIND, {"person": n.text, "role": role}, start, len(text), season=season, show=show, stance="denied"))
    return out


_WITH_TAIL = re.compile(r",\s+with\s+")
_WHICH_AFTER = re.compile(r",\s+which\s+(?:has\s+been|have\s+been|is|was|will\s+be)\s+(?:\w+ly\s+)?(?:written|directed|created|produced)\b")


def _with_seasons(sent: _Sentence, credits: list[Credit]) -> list[Credit]:
    """"X is produced by A for season 3's makers, with B and C as executive producers": the
    people of a trailing "with" clause share the season of the credit before it."""
    which = next((m for m in sent.ctx.show_mentions if m.season and _WHICH_AFTER.match(sent.text, m.end)), None)
    if which is not None:  # "returns to helm Raakh 2, which has been written by A and B": season 2's writers
        credits = [
            replace(c, season=which.season) if c.season is None and c.start > which.end and c.role != "creator" else c
            for c in credits
        ]
    tail = _WITH_TAIL.search(sent.text) if ", with" in sent.text else None
    if tail is None:
        return credits
    seasons = {c.season for c in credits if c.start < tail.start() and c.season is not None}
    if len(seasons) != 1:
        return credits
    season = seasons.pop()
    return [
        replace(c, season=season)
        if c.season is None
        and c.start >= tail.end()
        and c.stance == "asserted"
        and c.role != "creator"
        and not _PLURAL_SEASONS.search(sent.text, c.start, c.end)  # ("..., and B directing both seasons": its own)
        else c
        for c in credits
    ]


def _to_claims(sent: _Sentence, credits: list[Credit]) -> list[Claim]:
    ctx = sent.ctx
    pool = sent.pool()
    out: list[Claim] = []
    for credit in _with_seasons(sent, credits):
        person = _expand(credit.person, pool, sent.before(credit.start) if " " not in credit.person else None)
        if person is None:
            continue
        ctx.doc.people.add(person)
        roles = _memo(ctx).setdefault(person, [])
        if credit.role not in roles:
            roles.append(credit.role)
        show = credit.show or _show_for(sent, credit.start)
        value = {"person": person, "role": credit.role}
        # A show is created once: a creator is of the show, never of one season ("Series
        # creator and showrunner X is back in charge": the showrunner's season only).
        season = None if credit.role == "creator" else credit.season
        out.append(ctx.claim(KIND, value, credit.start, credit.end, season=season, show=show, stance=credit.stance))
    return out


def _show_for(sent: _Sentence, pos: int) -> str:
    """The show named last before ``pos`` outside asides; else the sentence's show when the
    sentence names none (or, in a section, only the section's), else the article's show."""
    before = [m for m in sent.shows if m.end <= pos and sent.region_of(m.start) is None]
    if before:
        return before[-1].title
    if not sent.shows:
        return sent.ctx.show
    own = [m for m in sent.shows if not credit_in_brackets(sent.text, m)]  # (not "best known for ABC's X,")
    if sent.ctx.show in sent.ctx.doc.section_shows and all(m.title == sent.ctx.show for m in own):
        return sent.ctx.show  # in its section: "From creator X, "Switchboard" goes ..."
    return sent.ctx.doc.main


# Speed: each pattern a sentence is searched with, behind its gate (the words every match holds)
# and with a lookahead for its first letters (extract/cues.py): the same matches, found faster.
_SEARCHES: dict[re.Pattern[str], tuple[CueGroups, re.Pattern[str]]] = {
    pattern: (cue_groups(pattern), scan_faster(pattern))
    for pattern in (
        _PASSIVE_CHAIN,
        _SCRIPT_BY,
        _HANDLED_BY,
        _HANDLES,
        _PASSES_TO,
        _BEHIND,
        _ROLES_INCLUDE,
        _HANDED_TO,
        _RUNS,
        _VERB,
        _PREDICATE,
        _TITLE,
        _RETURN_ONLY,
        _REPLACED_BY,
        _REPLACES,
    )
}


def _scan(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text``, as ``pattern.finditer(text)`` finds them."""
    gate, faster = _SEARCHES[pattern]
    return faster.finditer(text) if holds_cues(text, gate) else iter(())
