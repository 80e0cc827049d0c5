"""What the article is about: the shows its headline names, the season it is about (the
headline's, else the lead's), and the season other shows are given."""

from __future__ import annotations

import re
from dataclasses import replace

from nextseason.domain.claims import Claim
from nextseason.extract.lexicon import find_platforms
from nextseason.extract.others import article_word
from nextseason.extract.roundups import title_cased
from nextseason.extract.seasons import NUMBER_WORDS, ORDINALS, find_seasons, title_season
from nextseason.extract.shows import ShowIndex
from nextseason.extract.text import Sentence

# A new show announced: "has given a series order to X", "a prequel", "the spin-off X".
NEW_SERIES = re.compile(r"\b(?:series\s+order|spin-?off|prequel|sequel\s+series|companion\s+series)\b", re.I)


def show_seasons(sents: list[Sentence], index: ShowIndex) -> dict[str, int]:
    """The highest season (second or later) each other show is given in the sentences that name
    it and no other show ("renewed its anthology Hollow Pines for a third season")."""
    out: dict[str, int] = {}
    for sent in sents:
        shows = {m.title for m in index.mentions(sent.text)}
        if len(shows) != 1 or index.main in shows:
            continue
        show = shows.pop()
        if NEW_SERIES.search(sent.text):
            out.setdefault(show, 1)  # "Netflix has given a series order to X, a prequel": its first season
        for mention in find_seasons(sent.text):
            if mention.number > max(1, out.get(show, 0)) and not _DENIED_BEFORE.search(sent.text, 0, mention.start):
                out[show] = mention.number
    return out


_THROUGH_SEASON = re.compile(r"\b(?:through|thru)\s+(?:season|series)\s+\w+", re.I)


# A wiki's season page opens on what the page is: "Season 2 of X is the second season of the
# Peacock drama series X", "The third season of X premiered on ...".
_SEASON_PAGE_LEAD = re.compile(
    r"\b(?:is|was)\s+the\s+(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
    r"\s+(?:and\s+final\s+)?(?:season|series)\s+of\b",
    re.I,
)


def season_page(title: str, sents: list[Sentence]) -> int | None:
    """The season a page is about when its title is that season alone ("Season 2 (Yarrowdale)",
    "Yarrowdale season 2") and its opening paragraph says which season of the show it is."""
    season = title_season(title) if title and len(title.split()) <= 6 and not _TITLE_CLAUSE.search(title) else None
    if season is None:
        return None
    paras = [sent for sent in sents[:60] if sent.block.kind == "para" and sent.text != title]
    for sent in paras[:3]:
        lead = _SEASON_PAGE_LEAD.search(sent.text)
        if lead:
            word = lead.group("ord").lower()
            number = ORDINALS.get(word)
            return season if number == season else None
    return None


_EPISODE_CREDIT = re.compile(r"\b(?:the|this|tonight['’]s)\s+(?:episode|finale|premiere|hour)\s+(?:was|is)\s+(?:written|directed|penned|helmed)\b", re.I)


# A review, a recap or a first look at a named season: the pairs it names are that season's.
RECAP_OR_REVIEW = re.compile(r"\b(?:recap|review|reviewed|first[- ]look|photos|pictures|gallery)\b", re.I)


_TITLE_CLAUSE = re.compile(r"[:!?]|\b(?:release|date|cast|everything|renewed|cancell?ed|trailer|review|recap)\b", re.I)


def of_the_season_page(claims: list[Claim], main: str, season: int, kinds: tuple[str, ...]) -> list[Claim]:
    """On a season's page, the show's cast and crew (of ``kinds``) that no sentence ties to a
    season are that season's (a creator is the show's, never a season's)."""
    out: list[Claim] = []
    for claim in claims:
        role = claim.value.get("role") if isinstance(claim.value, dict) else None
        if claim.show == main and claim.season is None and claim.kind in kinds and role != "creator":
            claim = replace(claim, season=season)
        out.append(claim)
    return out


# A guide to a named season's cast: "X Season 2 Cast and Characters Guide", "X Season 2 Cast:
# Who's Who".
CAST_GUIDE = re.compile(r"\b(?:season|series)\s+\w+\s+cast\b(?!\s+(?:news|update|shake-?up|change))|\bwho['’]s\s+who\b", re.I)
_PAST_PART = re.compile(r"\b(?:played|starred|portrayed|appeared)\b|\bwho\s+(?:also\s+)?voiced\b", re.I)


def of_the_cast_guide(claims: list[Claim], main: str, season: int) -> list[Claim]:
    """In a guide to a season's cast, the players it pairs with parts are that season's, unless
    the sentence speaks of a part played before ("X, who played Y, is back")."""
    out: list[Claim] = []
    for claim in claims:
        if claim.show == main and claim.season is None and claim.kind == "cast" and not _PAST_PART.search(claim.evidence):
            claim = replace(claim, season=season)
        out.append(claim)
    return out


def of_the_reviewed_season(claims: list[Claim], main: str, season: int) -> list[Claim]:
    """"Kestrel House Season 2 Review", "Season 3 Finale Recap": the players the piece pairs with
    their parts are the reviewed season's, and so are the credits of the episode it is about
    ("The episode was written by X"); other credits may span seasons and keep theirs."""
    out: list[Claim] = []
    for claim in of_the_season_page(claims, main, season, ("cast",)):
        role = claim.value.get("role") if isinstance(claim.value, dict) else None
        if claim.show == main and claim.season is None and role in ("writer", "director") and _EPISODE_CREDIT.search(claim.evidence):
            claim = replace(claim, season=season)
        out.append(claim)
    return out


def headline_season(title: str, index: ShowIndex) -> int | None:
    """The season the headline names for the main show: not one it names after another show
    ("'Glass Meridian' Canceled; 'Hollow Pines' Renewed For Season 3")."""
    season = title_season(title)
    named = find_seasons(title)
    if _THROUGH_SEASON.search(title):
        return None  # "Renewed Through Season 10": the season being made is an earlier one
    if season is None or not named:
        return season
    before = [m for m in index.mentions(title) if m.end <= named[0].start]
    return None if before and before[-1].title != index.main else season


# "will not return for a fourth season", "no fifth season": a season that will not be made.
_DENIED_BEFORE = re.compile(r"\b(?:not|no|never|n[’']t|without|instead\s+of)\b[^.;,]{0,40}$", re.I)


# A show being made that has not aired: the shoot, or a premiere still to come ...
_UNAIRED = re.compile(
    r"\b(?:wrap(?:s|ped)?\s+(?:filming|production|shooting)|(?:began|begins|started|starts)\s+(?:filming|shooting|production)|"
    r"(?:is|are)\s+(?:expected|set|slated|scheduled)\s+to\s+(?:premiere|debut|air|arrive|launch))\b",
    re.I,
)


# ... unless the text tells of an earlier season, a return or a renewal.
_AIRED_BEFORE = re.compile(
    r"\b(?:return\w*|renew\w*|back\s+for|comes?\s+back|(?:new|next|another|previous|last|first|latest)\s+(?:season|series)\b|"
    r"seasons\b|premiered|aired|debuted|revival|reboot|sequel\s+season)",
    re.I,
)


# A sentence that wishes for a season nobody has ordered: no season of the article's.
_UNSURE_SEASON = re.compile(
    r"\b(?:hoping|hope|hopes|wishing|asking|clamou?ring|calling|petition\w*)\s+(?:for|about)\s+(?:a|an|another)\b"
    r"|\bnothing\s+(?:of\s+the\s+kind\s+|official\s+)?has\s+(?:yet\s+)?been\s+(?:announced|confirmed)",
    re.I,
)


_PAIRED = re.compile(r"(?:\s+(?:seasons?|series))?\s*(?:,|and|&|,\s*and)\s*(?:its\s+|a\s+)?")


# A show whose run has ended, and how many seasons it ran: "ended its two-season run", "wrapped up
# its 3-season run", "closed out its four-season run".
_ENDED_RUN = re.compile(
    r"\b(?:ended|wrapped(?:\s+up)?|concluded|closed\s+out|finished)\s+(?:its|their)\s+(?P<n>\d{1,2}|[a-z]+)-season\s+run\b", re.I
)


def lead_season(sents: list[Sentence], title: str, index: ShowIndex | None = None) -> int | None:
    """The season a headline that names none is about, from the article's lead: the highest
    season its first paragraph names, when that is a second season or later ("Volume 1 of the
    third and final season dropped on August 21")."""
    lead = next((s.block for s in sents if s.block.kind == "para" and s.text != title), None)
    if lead is None:
        return None
    ended = _ENDED_RUN.search(lead.text)
    if ended:  # "ended its two-season run last month": the article looks back on its last season
        count = ended.group("n").lower()
        last = int(count) if count.isdigit() else NUMBER_WORDS.get(count)
        if last and last > 1:
            return last
    named = [
        m
        for m in find_seasons(lead.text)
        if not _DENIED_BEFORE.search(lead.text, 0, m.start) and not _other_shows_season(lead.text, m.start, index)
    ]
    found = [m.number for m in named]
    if found and max(found) > 1:
        # "renewed for its ninth and tenth seasons": the season being made is the first of them
        pair = [
            a
            for a in named
            for b in named
            if b.number == a.number + 1 == max(found) and (a.start == b.start or _PAIRED.fullmatch(lead.text, a.end, b.start))
        ]
        return pair[0].number if pair else max(found)
    if _SERIES_ORDER.search(lead.text) or _SERIES_ORDER.search(title):
        return 1  # "has given a series order to X": its first season is the one being made
    # else the season (second or later) the body names most often ("Yes, Ambrose is back for
    # season three"), the later one on a tie
    counts: dict[int, int] = {}
    others: set[int] = set()  # seasons the text gives other shows
    named_any = False  # whether a sentence not about another show names a season
    main = index.main if index is not None else None
    for sent in sents:
        if main is not None and index is not None and any(m.title != main for m in index.mentions(sent.text)) and main not in sent.text:
            # "Separately, Apple confirmed that its comedy Y will end with its fourth season"
            others.update(m.number for m in find_seasons(sent.text))
            continue
        unsure = bool(_UNSURE_SEASON.search(sent.text))  # "fans are hoping for a second season, although nothing ... announced"
        for mention in find_seasons(sent.text):
            named_any = named_any or not unsure
            if (
                mention.number > 1
                and not unsure
                and not _DENIED_BEFORE.search(sent.text, 0, mention.start)
                and not _other_shows_season(sent.text, mention.start, index)
            ):
                counts[mention.number] = counts.get(mention.number, 0) + 1
    counts = {n: k for n, k in counts.items() if n not in others}
    if counts:
        return max(counts, key=lambda n: (counts[n], n))
    opening = list(dict.fromkeys(s.block.text for s in sents if s.block.kind == "para" and s.text != title))[:3]
    if any(_NEW_SHOW.search(block) for block in opening) and not named_any:
        return 1  # "an upcoming Hulu drama series", "the eight-episode limited series": a first season
    if not named_any and _UNAIRED.search(title + " " + " ".join(opening)) and not any(
        _AIRED_BEFORE.search(s.text) for s in sents if not _UNSURE_SEASON.search(s.text)
    ):
        return 1  # "wrapped filming ... expected to premiere in the summer", and no season aired before: the first
    return None


def _other_shows_season(text: str, pos: int, index: ShowIndex | None) -> bool:
    """The season at ``pos`` follows another show's name in its sentence ("While the flagship
    drama Copperline prepares for its fourth season, ... a prequel, Copperline: 1919")."""
    if index is None:
        return False
    start = max(text.rfind(". ", 0, pos), text.rfind("; ", 0, pos)) + 1
    before = [m for m in index.mentions(text[start:pos])]
    return bool(before) and before[-1].title != index.main


_NEW_SHOW = re.compile(
    r"\b(?:(?:an?|the)\s+upcoming|(?:the|a|an)\s+(?:[a-z]+\s+)?(?:new|forthcoming))\s+(?:[\w+-]+\s+){0,3}?(?:series|drama|show|thriller|comedy|miniseries)\b"
    r"|\b(?:limited\s+series|miniseries)\b",
    re.I,
)


_SERIES_ORDER = re.compile(r"\b(?:series\s+order|(?:ordered|picked\s+up|greenlit|green-lit)\s+(?:it\s+|the\s+\w+\s+)?(?:straight\s+)?to\s+series)\b", re.I)


_HEADLINE_QUOTED = re.compile(r"(?<![\w'’])[\"“‘']([A-Z0-9][^\"“”‘’]{1,50}?),?[\"”’'](?![\w])")


_NUMBER_END = re.compile(r"\s+\d{1,2}$")


# A headline's list of titles after "on" or a colon, three or more, perhaps ending "and More".
_HEADLINE_LIST = re.compile(r"(?:\bon|:)\s+((?:[A-Z][^,:;]{1,40},\s+){2,}(?:and\s+)?[A-Z][^,:;]{1,40})$")


_EPISODE_LEAD = re.compile(
    r"\b(?:recap|review|episode|ep\.|finale|premiere|\d{1,2}x\d{1,3}|S\d{1,2}\s?E\d{1,3})\b[^\"“‘']{0,12}[\"“‘']$", re.I
)


def headline_titles(title: str, text: str, index: ShowIndex) -> None:
    """The titles a headline quotes ('Do Kyung-han In Talks For "The Ninth Bride," "Iron Orchard"
    Wraps Filming') or lists ("Scoop on A, B, C and More") are shows, when the body names them too."""
    if not title:
        return
    body = text.replace(title, " ")
    # (not an episode's title: 'Wrenfield 2x10 Recap: "The Bell Tower"')
    names = [m.group(1) for m in _HEADLINE_QUOTED.finditer(title) if not _EPISODE_LEAD.search(title, 0, m.start() + 1)]
    listed = _HEADLINE_LIST.search(title)
    if listed:  # "Scoop on The Vanishing Hour, Cobalt Point, Little Mercies and More"
        items = [item.strip(" ?!.") for item in re.split(r",\s+(?:and\s+)?|\s+and\s+", listed.group(1))]
        if not any(article_word(item) or (item == "More" and i < len(items) - 1) for i, item in enumerate(items)):
            names += [item for item in items if item != "More"]  # (not "Release Date, Cast, Plot and ...")
    for raw in names:
        name = _NUMBER_END.sub("", raw.strip(" ,"))
        if not title_cased(name) or find_platforms(name) or index.knows(name):
            continue
        if re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", body):
            index.add(name, name)
