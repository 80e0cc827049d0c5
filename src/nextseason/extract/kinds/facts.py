"""The kinds ``platform`` (where a show airs or streams) and ``based_on`` (its source).

Platform: a service named with a cue that ties it to a show ("Netflix's thriller", "a Netflix
Original Series", "streams on Crunchyroll", "Netflix renewed the show", "Crunchyroll, which
streams it"), without country qualifiers. Season null, unless the show moves between services
(``others.platform_moves``): then the season the clause names.

based_on: "based on / adapts / adapted from / an adaptation of / set in the same universe as"
followed by a source noun phrase with a medium word ("the Naver webtoon X by A and B",
"Martin's novel X", "Bethesda's video game series"), or "created the original webtoon".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from weakref import WeakKeyDictionary

from nextseason.domain.claims import Claim
from nextseason.extract.context import FIELD_SEP, SentenceContext, credit_in_brackets
from nextseason.extract.cues import cue_groups, holds_cues, scan_faster
from nextseason.extract.lexicon import find_platforms, is_company
from nextseason.extract.others import DISTRIBUTION, TITLE, platform_cue, platform_head_end
from nextseason.extract.others import platform_moves as _platform_moves
from nextseason.extract.seasons import NUMBER_WORDS, find_seasons
from nextseason.extract.shows import ShowIndex, ShowMention
from nextseason.extract.stance import (
    blank_quoted_titles,
    clause_span,
    is_hedged,
    is_negated,
    is_refuted,
)


@dataclass(slots=True)
class _Memo:
    """What earlier sentences of the same document said, for back-references."""

    last_platform: str | None = None
    names: list[str] = field(default_factory=list)
    last_source: tuple[str | None, str | None] = (None, None)  # (author, medium)
    moved: dict[tuple[str, str], int] = field(default_factory=dict)  # (show, service) -> season moved for


_MEMOS: WeakKeyDictionary[ShowIndex, _Memo] = WeakKeyDictionary()


def _memo(ctx: SentenceContext) -> _Memo:
    memo = _MEMOS.get(ctx.doc.shows)
    if memo is None:
        memo = _Memo()
        _MEMOS[ctx.doc.shows] = memo
    return memo


def extract(ctx: SentenceContext) -> list[Claim]:
    memo = _memo(ctx)
    claims = platform_claims(ctx, memo)
    claims += based_on_claims(ctx, memo)
    memo.names.extend(_names(ctx.text))
    return claims


# ---------------------------------------------------------------------------- platform

_ANAPHOR = re.compile(
    r"\b(?:[Tt]he (?:network|streamer|channel|service|platform|broadcaster))(?:\s+\w+)?\s+"
    r"(?:also\s+|has\s+|had\s+|already\s+|just\s+)*(?:renewed|ordered|cancell?ed|picked up|confirmed|axed|"
    r"scrapped|greenlit|commissioned|pulled the plug on)\b"
    # "The network did, however, renew X"
    r"|\b[Tt]he (?:network|streamer|channel|service|platform|broadcaster)\s+(?:did|does)(?:,\s+(?:however|though|also),)?\s+"
    r"(?:also\s+)?(?:renew|order|cancel|pick up|axe|scrap|greenlight|commission)\b"
    r"|\b(?:streams|streaming|airs|airing|available)\s+there\b"
    r"|\b[Tt]he\s+(?:network|streamer|channel|service|broadcaster)['’]s\s+(?=(?:[\w-]+\s+){0,3}?[A-Z\"“‘'])"
    r"|\b(?:debut|premiere|arrive|land|stream|air|drop|launch|return)(?:s|ed|ing)?\s+(?:exclusively\s+)?on\s+"
    r"the\s+(?:service|streamer|platform|network|channel|broadcaster)\b"
)
_CREDIT_SENTENCE = re.compile(
    r"\b(?:also (?:produced|directed|wrote|created|made|stars? in|starred in)|previously|known for|"
    r"famous for|best known|(?:his|her|their) (?:[\w-]+ ){0,3}(?:drama|series|show|film|movie)|"
    r"worked (?:with \w+(?: \w+)? )?on|the duo behind|the pair behind)\b",
    re.I,
)
# A sentence that lists someone's earlier work ("has credits including ITV's The Long Field", "his
# first screen role was a stint on ITV's Harbour Lights"): the platforms of those other shows
# are no news.
_CAREER = re.compile(
    r"\b(?:credits?|stint|guest\s+(?:spot|part|role|appearance)s?|cameos?|appeared|starred|"
    r"(?:first|breakout|early)\s+(?:screen\s+)?(?:role|part|job)|filmography|résumé|resume|cv)\b",
    re.I,
)
_THIS_TIME = re.compile(r"\b(?:this time|the new season|new episodes|now)\b", re.I)
_WHATS_ON = re.compile(r"What['’]s\s+on\s+$")
_ON_UNLISTED_AND = re.compile(
    r"\b(?:premiere[sd]?|premiering|streams?|streamed|streaming|airs?|aired|airing|debut(?:s|ed)?|released|available|"
    r"arrives?|arrived|lands?|landed)\s+on\s+(?:the\s+)?[A-Z][\w+.-]*(?:\s+[A-Z0-9][\w+.-]*){0,2}\s*(?:,\s*|,?\s+(?:and|&|or)\s+)$"
)
_COORDINATED = re.compile(r"^\s*(?:,|and|&|or|as well as|,\s*and)\s*$")


def _learned_services(ctx: SentenceContext) -> list[tuple[str, int, int]]:
    """Where the sentence names a network the article taught (not its studio: "Tidewater Studios")."""
    return [
        (name, m.start(), m.end())
        for name in ctx.doc.services
        if name in ctx.text
        for m in re.finditer(r"(?<![\w])" + re.escape(name) + r"(?![\w])" + _NOT_STUDIO, ctx.text)
    ]


_NOT_STUDIO = r"(?!\s+(?:Studios?|Productions|Pictures|Films|Entertainment|Television|Now|Plus|Play)\b)"


# A fact box's row: "Streaming Service: Prime Video", "Network: BBC One", "Where to Watch: Netflix".
_SERVICE_FIELD = re.compile(
    r"(?:Streaming(?:\s+(?:Service|Platform|On))?|Network|Channel|Platform|Broadcaster|Original\s+Network|Streamer|"
    r"Where\s+to\s+(?:Watch|Stream))\s*:\s*(?P<value>[^.;]{2,80})",
    re.I,
)


def platform_claims(ctx: SentenceContext, memo: _Memo) -> list[Claim]:
    text = ctx.text
    out: list[Claim] = []
    if ctx.sentence.block.kind != "para" or ctx.sentence.block.text == text:
        # (a fact box's row, or its field among others: "Status: Renewed · Where to watch: Hulu, Disney+")
        fields = [f for part in FIELD_SEP.split(text.strip()) if (f := _SERVICE_FIELD.fullmatch(part))]
        if fields:
            return [
                ctx.claim("platform", name, 0, len(text), season=None, stance="asserted")
                for field in fields
                for name, *_ in find_platforms(field.group("value"))
            ]
    found = find_platforms(text)
    if ctx.doc.services:
        found = sorted(found + _learned_services(ctx), key=lambda f: f[1])
    if ctx.show_mentions:  # "Copper Sky cancelled": a service's name inside a title is no service
        found = [f for f in found if not any(m.start <= f[1] and f[2] <= m.end for m in ctx.show_mentions)]
    prev_cue: str | None = None
    prev_end = -1
    earlier = memo.last_platform  # the service named before this sentence
    lead = -1  # where the first of coordinated services starts ("on HBO and Max": HBO)
    for name, start, end in found:
        cue = platform_cue(text, start, end)
        coordinated = cue is None and prev_cue and _COORDINATED.match(text[prev_end:start])
        if coordinated:
            cue = prev_cue  # "on HBO and Max"
        elif cue is None and _ON_UNLISTED_AND.search(text, 0, start):
            cue = "on"  # "premiered on CCTV-8 and Tencent Video": after a service the lexicon lacks
        else:
            lead = start
        if cue is None and _possessive_show(ctx, end):
            cue = "possessive"
        if cue is None and _MOVED_FROM.search(text, 0, start) and _TO_NEXT.match(text, end):
            cue = "from"  # "moved from PBS to Acorn TV for its second series"
        elif cue is None and prev_cue == "from" and _TO_NEXT.fullmatch(text, prev_end, start):
            cue = "on"
        prev_cue, prev_end = cue, end
        memo.last_platform = name
        if (
            cue is None
            or _WHATS_ON.search(text[:start])
            or _CREDIT_BEFORE.search(text, max(0, start - 60), start)
            or _PLEA_BEFORE.search(text, max(0, start - 40), start)
        ):
            continue
        claim = _platform_claim(ctx, name, start, end, cue, lead)
        if claim and cue == "from":
            near = ctx.season_near(start, end)
            claim = replace(claim, season=near - 1 if near and near > 1 else None)
        elif claim and claim.season is not None and _MOVING_TO.search(text, 0, start):
            memo.moved[(claim.show, name)] = claim.season
        elif claim and claim.season is None and (claim.show, name) in memo.moved:
            # the service it moved to: the season named here, else the one it moved for
            claim = replace(claim, season=ctx.season_near(start, end) or memo.moved[(claim.show, name)])
        if claim:
            out.append(claim)
            out += _described_objects(ctx, name, end, cue, claim.show)
            if cue == "subject":  # "CBS renewed Night Desk and Hollow Point": both are CBS's
                out += _listed_objects(ctx, claim, end)
    out = _contrasted_seasons(ctx, out)
    out += _which_acts_on(ctx, found, out)
    out += _shared_with_the_like(ctx, out)
    out += _listed_under_platform(ctx, found, out)
    out += _unlisted_platforms(ctx, found)
    out += _roundup_item(ctx)
    # "the streamer cancelled X" (before any service this sentence names): the service named before
    anaphor = _ANAPHOR.search(text, 0, found[0][1] if found else len(text)) if earlier else None
    if anaphor and earlier:
        claim = _platform_claim(ctx, earlier, anaphor.start(), anaphor.end(), "anaphor")
        if claim and not any(c.show == claim.show and c.value == claim.value for c in out):
            out.append(claim)
    return out


# "a busy fall for Apple TV+, which also brings back the thriller Copperline": the service's show.
_WHICH_ACTS = re.compile(
    r",\s+which\s+(?:(?:also|has|have|recently|just|already|last\s+year|this\s+year|earlier\s+this\s+year)\s+)*"
    r"(?:brings?\s+back|brought\s+back|renewed|picked\s+up|revived|rescued|ordered|cancell?ed|canceled|axed)\s+",
    re.I,
)


def _which_acts_on(ctx: SentenceContext, found: list[tuple[str, int, int]], claims: list[Claim]) -> list[Claim]:
    out: list[Claim] = []
    for name, _start, end in found:
        acts = _WHICH_ACTS.match(ctx.text, end)
        show = ctx.show_after(acts.end()) if acts else None
        if acts is None or show is None or not _OBJECT_NOUNS.fullmatch(ctx.text, acts.end(), show.start):
            continue
        if not any(c.show == show.title and c.value == name for c in claims + out):
            out.append(ctx.claim("platform", name, show.start, show.end, season=None, show=show.title))
    return out


# "a growing list of Peacock cancellations this year, including the legal comedy Rook & Ivy": the
# service's shows, listed.
_PLATFORM_LIST = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:cancell?ations|casualties|shows|series|originals|dramas|comedies|renewals|titles)"
    r"\b[^.;:]{0,30}?,?\s+(?:including|such\s+as|like|among\s+them)\s+"
)


def _listed_under_platform(ctx: SentenceContext, found: list[tuple[str, int, int]], claims: list[Claim]) -> list[Claim]:
    out: list[Claim] = []
    for name, _start, end in found:
        listing = _PLATFORM_LIST.match(ctx.text, end)
        if listing is None:
            continue
        first = ctx.show_after(listing.end())
        if first is None or not _OBJECT_NOUNS.fullmatch(ctx.text, listing.end(), first.start):
            continue
        for mention in [first, *ctx.listed_after(first)]:
            if not any(c.show == mention.title and c.value == name for c in claims + out):
                out.append(ctx.claim("platform", name, mention.start, mention.end, season=None, show=mention.title))
    return out


_OBJECT_NOUNS = re.compile(r"(?:(?:the|its|their)\s+)?(?:[a-z][\w-]*\s+){0,3}")


def _listed_objects(ctx: SentenceContext, claim: Claim, end: int) -> list[Claim]:
    first = ctx.show_after(end)
    if first is None or first.title != claim.show:
        return []
    return [replace(claim, show=m.title) for m in ctx.listed_after(first)]


# "Like Harbor General, The Feldmans Next Door streams on Paramount+": the show of the opening
# comparison streams there too.
_LIKE_LEAD = re.compile(r"(?:(?:Just|Much)\s+)?(?:Like|As\s+with)\s+(?:fellow\s+)?$")
_LIKE_CLOSE = re.compile(r"(?:\s+(?:before\s+it|did|does|has|had))?\s*,")


def _shared_with_the_like(ctx: SentenceContext, claims: list[Claim]) -> list[Claim]:
    like = next(
        (m for m in ctx.show_mentions if _LIKE_LEAD.fullmatch(ctx.text, 0, m.start) and _LIKE_CLOSE.match(ctx.text, m.end)),
        None,
    )
    if like is None:
        return []
    return [replace(c, show=like.title) for c in claims if c.kind == "platform" and c.show != like.title and c.season is None]


# A person's earlier work ("was most recently seen on HBO's Dry County", "starred in Netflix's
# X"): a credit, out of scope, and no platform claim of the show it names.
_CREDIT_BEFORE = re.compile(
    r"(?:\b(?:seen|starred|appeared|featured|known|worked|(?:guest|recurring|supporting|starring|breakout)\s+"
    r"(?:role|turn|stint)|veteran|nomination|nominated|award|won)(?:\s+\w+){0,3}?\s+(?:in|on|for|include|from|of)"
    r"|\bknown\s+as\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:in|on|from|of)"
    # "a series regular on ABC's Ledger", "recurred on Paramount+'s X", "an Emmy nominee for HBO's Y"
    r"|\b(?:(?:series\s+)?regular|recurred|recurring|nominee|winner|alum(?:na|nus)?)\s+(?:[\w-]+\s+){0,3}?(?:on|in|for|of)"
    r"|\bcredits?\s+(?:include|including|like|such\s+as))\s+(?:an?\s+|the\s+)?$",
    re.I,
)
def _contrasted_seasons(ctx: SentenceContext, claims: list[Claim]) -> list[Claim]:
    """Two services of one show set against two seasons in one sentence ("Crunchyroll will
    stream the second season; the first season streamed on HIDIVE"): a change of home, each
    service season-specific."""
    plain = [c for c in claims if c.kind == "platform" and c.season is None]
    if len(plain) < 2 or len({c.show for c in plain}) != 1:
        return claims
    if len({str(c.value).split()[0] for c in plain}) < 2:
        return claims  # (one broadcaster's channels: "the BBC ... wrapped up on BBC One")
    near: dict[str, int | None] = {}
    for claim in plain:
        at = ctx.text.find(claim.value) if isinstance(claim.value, str) else -1
        near[str(claim.value)] = ctx.season_near(at, at + 1) if at >= 0 else None
    seasons = list(near.values())
    if len(near) < 2 or None in seasons or len(set(seasons)) != len(seasons):
        return claims
    return [replace(c, season=near[str(c.value)]) if c in plain else c for c in claims]


# A plea to another service ("a petition calling on Netflix to rescue the series"): no platform.
_PLEA_BEFORE = re.compile(r"\b(?:calling\s+on|calls\s+on|called\s+on|urging|urges|urged|begging|asking|asks|asked)\s+$", re.I)
_UNLISTED_NAME = r"([A-Z][\w'’&-]*\+?(?:\s+[A-Z][\w'’&-]*\+?){0,2})"
_SERVICE_NOUN = r"(?:streamer|streaming service|streaming platform|service|network|channel|broadcaster|platform)"
_SERVICE_VERB = (
    r"(?:renewed|ordered|cancell?ed|axed|scrapped|confirmed|announced|greenlit|commissioned|picked up|"
    r"pulled the plug on)"
)
# A service the lexicon does not know, named with a strong cue; each pattern's group 1 is the
# name, and the flag says whether a negation in its clause denies it ("does not stream on X").
_UNLISTED: tuple[tuple[re.Pattern[str], bool], ...] = (
    (re.compile(
        r"\b(?:premieres?|premiered|premiering|streams|streamed|streaming|stream|airs|aired|airing|debuts?|"
        r"debuted|available|launch(?:es|ed)?|exclusively|arrives?|arrived|lands?|landed)\s+on\s+"
        r"(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?" + _SERVICE_NOUN + r"\s+)?" + _UNLISTED_NAME
        + r"(?![\w+'’]|\s+\d|\s+(?:[\w-]+\s+)?" + _SERVICE_NOUN + r"\b)"
    ), True),
    (re.compile(r"^(?:[A-Z]\w+,\s+)?([A-Z][\w-]*\+)\s+(?:has\s+|have\s+|also\s+|officially\s+)*" + _SERVICE_VERB + r"\b"),
     False),
    (re.compile(
        r"\b" + _SERVICE_NOUN + r"\s+" + _UNLISTED_NAME + r"\s+(?:has\s+|have\s+|also\s+|officially\s+|just\s+)*"
        + _SERVICE_VERB + r"\b"
    ), False),
)
# Each with the words every match holds (extract/cues.py): a sentence without them skips it.
_UNLISTED_GATED = tuple((pattern, negatable, cue_groups(pattern)) for pattern, negatable in _UNLISTED)
_NOT_PLATFORM = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mondays|Tuesdays|Wednesdays|Thursdays|"
    r"Fridays|Saturdays|Sundays|Christmas|Halloween|Valentine|New Year|Easter|Thanksgiving|Boxing|"
    r"Labor|Labour|Memorial|Independence|Diwali|Holi|Eid|Navratri|Dussehra|Pongal|Onam|Chuseok|Seollal|Hanukkah|"
    r"Ramadan|Lunar|Golden\s+Week|Obon|The|A|An|Its|Their|His|Her|Season|Part|Episode|Day)\b"
)


# "Peacock renewed X, and its workplace comedy Y ...", "Max spared the comedy Y": a show the
# subject service acts on, introduced by its genre.
_DESCRIBED = re.compile(
    r"\b(?:its|the|their)\s+(?:[\w'’-]+\s+){0,3}?(?:series|show|drama|comedy|sitcom|anime|thriller|"
    r"mystery|romance|western|procedural|dramedy|docuseries|miniseries|k-drama|original|hit)\s*,?\s+[\"“‘']?$",
    re.I,
)


def _described_objects(ctx: SentenceContext, name: str, end: int, cue: str, first: str) -> list[Claim]:
    if cue not in {"subject", "distribution"}:
        return []
    out: list[Claim] = []
    seen = {first}
    for mention in ctx.show_mentions:
        if mention.start < end or mention.title in seen or not _DESCRIBED.search(ctx.text[: mention.start]):
            continue
        seen.add(mention.title)
        stance = local_stance(ctx.text, mention.start, mention.end, negatable=False)
        out.append(ctx.claim("platform", name, mention.start, mention.end, season=None, show=mention.title, stance=stance))
    return out


_ITEM_OPENING = re.compile(r"^[\"“‘']?$")


def _roundup_item(ctx: SentenceContext) -> list[Claim]:
    """An item of a list that one service's line introduces ("a growing list of Max
    cancellations:", "New on Hulu this month:") and that opens with a show's title."""
    block = ctx.sentence.block
    if block.kind != "item" or not block.intro or ctx.sentence.position:
        return []
    names = {name for name, _s, _e in find_platforms(block.intro)}
    first = ctx.show_mentions[0] if ctx.show_mentions else None
    if len(names) != 1 or first is None or not _ITEM_OPENING.match(ctx.text[: first.start]):
        return []
    return [ctx.claim("platform", names.pop(), first.start, first.end, season=None, show=first.title, stance="asserted")]


def _unlisted_platforms(ctx: SentenceContext, listed: list[tuple[str, int, int]]) -> list[Claim]:
    """A service the lexicon does not know, named with a strong cue: "premieres on Tidewell+",
    "Tidewell+ renewed the show" (a capitalised name that is no date, holiday or show)."""
    out: list[Claim] = []
    for pattern, negatable, cues in _UNLISTED_GATED:
        if not holds_cues(ctx.text, cues):
            continue
        for match in pattern.finditer(ctx.text):
            name, start, end = match.group(1), match.start(1), match.end(1)
            if any(s < end and start < e for _n, s, e in listed) or _NOT_PLATFORM.match(name):
                continue
            if any(m.start < end and start < m.end for m in ctx.show_mentions) or is_company(name):
                continue
            show = show_before(ctx, start)
            stance = local_stance(ctx.text, start, end, negatable=negatable)
            out.append(ctx.claim("platform", name, start, end, season=None, show=show, stance=stance))
    return out


_POSSESSIVE_AFTER = re.compile(r"['’]s\s+[\"“‘']?")


def _possessive_show(ctx: SentenceContext, end: int) -> ShowMention | None:
    """"Prime Video's Fallout": the possessive is followed right away by a known show."""
    match = _POSSESSIVE_AFTER.match(ctx.text[end:])
    if not match:
        return None
    pos = end + match.end()
    return next((m for m in ctx.show_mentions if m.start == pos), None)


_MOVED_FROM = re.compile(r"\b(?:mov(?:e|es|ed|ing)|switch(?:es|ed|ing)?|jump(?:s|ed|ing)?)\s+(?:over\s+)?from\s+$", re.I)
_TO_NEXT = re.compile(r"\s+to\s+")
_MOVING_TO = re.compile(
    r"\b(?:mov(?:e|es|ed|ing)|switch(?:es|ed|ing)?|jump(?:s|ed|ing)?)\s+(?:over\s+)?(?:from\s+[^,.;]{1,40}?\s+)?to\s+$", re.I
)


_RESCUES = re.compile(r"\s+(?:has\s+|have\s+|officially\s+)*(?:picked\s+up|revived|rescued|saved|resurrected)\b", re.I)
_CANCELLED_ELSEWHERE = re.compile(
    r"\b(?:after|since|when|months\s+after|weeks\s+after)\s+(?:[\w+&'’.-]+\s+){1,2}(?:had\s+)?(?:cancell?ed|canceled|axed|dropped|scrapped)\b",
    re.I,
)
_SEASON_STREAMS_ON = re.compile(
    r"\bonly\s+(?:the\s+(?:first|second|third|fourth|fifth|sixth|latest|new)|(?i:season|series)\s+\d{1,2})"
    r"(?:\s+(?:season|series))?\s+(?:is|was|will\s+be)\s+(?:now\s+|currently\s+|also\s+|only\s+|still\s+)*"
    r"(?:streaming|airing|available(?:\s+to\s+(?:stream|watch))?|showing)\s+(?:exclusively\s+|now\s+)?on\s+$"
)


def _platform_claim(ctx: SentenceContext, name: str, start: int, end: int, cue: str, lead: int | None = None) -> Claim | None:
    """The claim of a service named at start..end; ``lead``: where the first of the services
    coordinated with it starts (they share its stance)."""
    text = ctx.text
    if not ctx.show_mentions and _CREDIT_SENTENCE.search(text):
        return None  # "he also produced X, a hit on Wavve": a credit, not this show's platform
    mention = _platform_show(ctx, start, end, cue)
    if mention is False:
        return None
    if isinstance(mention, ShowMention) and mention.title != ctx.doc.main and _CAREER.search(text):
        return None  # "credits including Apple TV+'s Blackwater Lane": another show, someone's past work
    if isinstance(mention, ShowMention) and credit_in_brackets(text, mention):
        return None  # "Ocampo (Netflix's Dust Kings)": an actor's credit
    show = mention.title if isinstance(mention, ShowMention) else show_before(ctx, start)
    season = None
    if show in _platform_moves(ctx.doc.shows):
        if cue not in DISTRIBUTION and cue not in {"attributive", "possessive"}:
            return None
        season = _move_season(ctx, start, end, mention)
    elif _MOVING_TO.search(text, 0, start):
        season = ctx.season_near(start, end)  # "is moving to Hulu, where Season 3 will premiere"
    elif _RESCUES.match(text, end) and _CANCELLED_ELSEWHERE.search(text):
        # "Peacock has picked up the drama for a third season, nine months after Netflix canceled
        # it": the new home of that season
        named = [m.number for m in ctx.seasons if m.start > end]
        season = named[0] if named else None
    elif subject := _SEASON_STREAMS_ON.search(text, 0, start):
        named = find_seasons(subject.group())  # "only the first series is streaming on BritBox"
        season = named[0].number if len(named) == 1 else None
    stance = local_stance(ctx.text, start if lead is None or lead < 0 else lead, end, negatable=cue == "on")
    if cue in {"possessive", "attributive"} and mention:
        stance = "asserted"  # "rumoured to join HBO's Kingsgate": the rumour is not about the service
    return ctx.claim("platform", name, start, end, season=season, show=show, stance=stance)


_SPACES_START = re.compile(r"^\s+")


def _platform_show(ctx: SentenceContext, start: int, end: int, cue: str) -> ShowMention | bool | None:
    """The show a possessive or attributive platform modifies ("HBO's prequel House of the
    Dragon"); False when it modifies a title that is not a show of the document."""
    if cue == "possessive" and (direct := _possessive_show(ctx, end)):
        return direct
    if cue not in {"possessive", "attributive"}:
        return None
    head = platform_head_end(ctx.text, end, start)
    if head is None:
        return None
    rest = ctx.text[head:]
    gap = _SPACES_START.match(rest)
    if not gap:
        return None
    direct = next((m for m in ctx.show_mentions if m.start == head + gap.end()), None)
    if direct:
        return direct
    title = TITLE.match(rest[gap.end() :])
    if title and not is_company(title.group(0)):
        return False  # "the Netflix series D.P." when D.P. is not a show of this article
    return None


def show_before(ctx: SentenceContext, pos: int) -> str:
    """The show named last before ``pos`` in its clause (a mention that runs into the clause,
    as "Kingdom: Ashin of the North" across its colon, counts), else ``ctx.show_at``."""
    left, _right = clause_span(ctx.text, pos, pos + 1)
    before = [m for m in ctx.show_mentions if m.end > left and m.start <= pos]
    return before[-1].title if before else ctx.show_at(pos)


_SUBORDINATE = re.compile(
    r".*(?:,\s+|\b(?:when|after|before|since|because|once|until|which|who|that|and)\s+)", re.I | re.S
)


def local_stance(text: str, start: int, end: int, *, negatable: bool) -> str:
    """Stance from the words of the claim's own simple clause only: a hedge in a main clause
    ("fans could only watch it when Netflix added ...") does not reach a subordinate fact."""
    cut = _SUBORDINATE.match(text[:start])
    left = cut.end() if cut else 0
    comma = text.find(",", end)
    right = comma if comma != -1 else len(text)
    sub = text[left:right]
    if negatable and is_negated(sub, start - left, end - left):
        return "denied"
    if is_refuted(text, end):
        return "denied"  # "fans worry it will move to Disney+, but this is not true"
    return "speculated" if is_hedged(sub, start - left, end - left) else "asserted"


def _move_season(ctx: SentenceContext, start: int, end: int, mention: object) -> int | None:
    if isinstance(mention, ShowMention) and mention.season:
        return mention.season
    numbered = [m for m in ctx.show_mentions if m.season]
    if numbered:
        return min(numbered, key=lambda m: abs(m.start - start)).season
    near = ctx.season_near(start, end)
    if near:
        return near
    if _THIS_TIME.search(ctx.text):
        return ctx.doc.target_season
    return None


# ---------------------------------------------------------------------------- based_on

_MEDIA: tuple[tuple[str, str], ...] = (
    (r"light novels?", "light novel"),
    (r"graphic novels?", "graphic novel"),
    (r"web ?novels?|novels?|novellas?|trilog(?:y|ies)|duolog(?:y|ies)", "novel"),  # (a trilogy is of novels)
    (r"web ?toons?|manhwa|web ?comics?", "webtoon"),
    (r"manga", "manga"),
    (r"comic books?|comics?|comic strips?|cartoons?", "comic"),
    (r"video ?games?(?: series| franchise)?|games?(?: series| franchise)?", "video game"),
    (r"films?|movies?", "film"),
    (r"books?|memoirs?", "book"),
    (r"(?:tv |television )?series|telenovela|sitcom|drama|podcast|play", "other"),
)
# (not a story's part named with a medium's word: "adapts the Culling Game arc")
_MEDIUM_RE = re.compile(r"\b(" + "|".join(p for p, _m in _MEDIA) + r")\b(?!\s+(?:arc|saga|storyline|chapter)s?\b)", re.I)
_SEQUEL = re.compile(r"\b(?:sequel|prequel|follow-up)\b", re.I)
_TRIGGER = re.compile(
    r"\b(?:is |are |was |were |be |being )?(?:(?:loosely |directly )?based (?:on|from|off)|"
    r"(?:developed|created|made|turned|adapted)\s+(?:the\s+(?:series|show|drama)|it)\s+from|"
    r"adapts|adapting|adapted(?! for)(?: from)?|(?<=will )adapt|(?<=to )adapt|(?:will\s+)?draws?\s+(?:from|on|upon)|drew\s+(?:from|on|upon)|drawn\s+from|"
    r"an? (?:\w+ )?adaptation of|adaptation of|inspired by|set in the same universe as|"
    # "the show follows Herron's Slough House novels in order"
    r"follows(?=\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,5}(?:novels|books|manga|comics|webtoons?|light\s+novels)\b)|"
    r"(?:created|wrote|drew|made) the original(?= (?:webtoon|manga|novel|comic|book|web novel))|"
    r"(?:(?:TV|television|live-action)\s+(?:anime|drama|series)|anime)(?:\s+(?:adaptation|version))?\s+of"
    r"(?=\s+(?:[^\s.;()]+\s+|\([^()]{0,60}\)\s+){0,12}?(?:manga|light novels?|novels?|webtoons?|manhwa|comics?|books?|games?)\b))\b",
    re.I,
)
_NAME = r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w.'’-]*(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w.'’-]*|bo|van|von|de|da|del|le|la))*"
_ROLE = (
    r"(?:(?:the\s+)?(?:late\s+)?(?:[\w-]+\s+)?(?:writer|author|artist|cartoonist|illustrator|creator|mangaka|novelist)\s+"
    r"|the\s+late\s+)?"
)
_BY = re.compile(
    r"^,?\s*(?:(?:series|saga|trilogy|franchise|sequence)\s+)?"
    r"(?:(?:written|created|drawn|illustrated|penned|authored|made)\s+)?(?:by|from|of)\s+" + _ROLE
    + r"(" + _NAME + r")(?:,?\s+and\s+(?:(?:drawn|illustrated|written|art)\s+by\s+)?" + _ROLE
    + r"(" + _NAME + r"))?"
)
_POSSESSOR = re.compile(r"(" + _NAME + r")['’]s\s+(?:\d{4}\s+)?$")
# "of the same name", also after a series noun ("the comic series of the same name by ...").
_SAME_NAME = re.compile(
    r"^\s*(?:(?:book\s+)?(?:series|saga|trilogy|franchise|sequence)\s+)?(?:of|with)\s+(?:the\s+)?same\s+(?:name|title)\b"
)
_NAMED_BY_SOURCE = re.compile(r"\b(?:anime|drama|series|version|adaptation)\s+of$", re.I)
_ASIDE = re.compile(r"\s*\([^()]{0,80}\)")  # "Starfall Academy (Ryusei Gakuen) light novel"
_WHOSE = re.compile(r"(" + _NAME + r"),\s+whose\s+(?:own\s+)?$")
_CO_AUTHORS = re.compile(
    r"with\s+(" + _NAME + r")\s+(?:writing|drawing|illustrating)\b[^,.]*?\band\s+(" + _NAME
    + r")\s+(?:writing|drawing|illustrating)\b"
)
_FILM_SUBJECT = re.compile(
    r"\b(?:film|movie|feature|motion picture)s?\s*,?\s*(?:(?:which|that)\s+)?(?:(?:is|was|were)\s+)?$", re.I
)
_TAIL_END = re.compile(
    r",\s+(?:which|who|that|where|so|but|while|and\s+(?!\w+\s+by))\b|[;!?](?:\s|$)|\s+—"
    r"|(?<!\bNo)(?<!\bVol)(?<!\bPt)\.(?:\s|$)"  # (not "Kaiju No. 8")
)


@dataclass(frozen=True, slots=True)
class _Source:
    title: str | None
    author: str | None
    medium: str


_DRAW_ON = re.compile(r"\bdr(?:aws?|ew)\s+(?:on|upon)\b", re.I)
# A book of a series: "the second novel, X", "X, the fourth novel in the series", "its sequel".
_SERIES_MEMBER = re.compile(
    r"[^.;]{0,80}?\b(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|final|last|latest|"
    r"\d+(?:st|nd|rd|th))\s+(?:book|novel|volume|instal?lment|entry)|in\s+the\s+(?:series|trilogy|saga)\b|sequel)",
    re.I,
)


def based_on_claims(ctx: SentenceContext, memo: _Memo) -> list[Claim]:
    if ctx.sentence.block.kind == "heading" or ctx.text.rstrip().endswith("?"):
        return []  # a heading, or a question ("Is X Based on a Video Game?")
    out: list[Claim] = []
    if not holds_cues(ctx.text, _TRIGGER_CUES):
        return _season_sources(ctx, memo, out)
    for trig in _TRIGGER_SEARCH.finditer(ctx.text):
        if _FILM_SUBJECT.search(ctx.text[: trig.start()]):
            continue  # "a 2009 film based on the same book": the film's source, not the show's
        if _OTHER_MEDIUM_BEFORE.search(ctx.text[max(0, trig.start() - 30) : trig.start()] + trig.group().split(" adaptation")[0] + " "):
            continue  # "launched a manga adaptation of the novels": another work's source
        noun = not trig.group().lower().startswith(("is ", "are ", "was ", "were ", "be ", "being "))
        other = _TITLE_APPOSITION.search(ctx.text, 0, trig.start()) if noun and ", " in ctx.text else None
        if other and not any(m.start <= other.start("title") < m.end for m in ctx.show_mentions):
            continue  # "to direct Sharp Objects, the TV adaptation of ...": another work's source
        if _DRAW_ON.search(trig.group(0)) and any(
            m.start() <= trig.start() and trig.end() <= m.end() for m in _SEASON_SOURCE.finditer(ctx.text)
        ):
            continue  # "Season 2 draws on the second novel, X": one book per season (_season_sources)
        source = _source(ctx, trig.end(), memo)
        if source is None:
            continue
        if memo.last_source[1] and _SERIES_MEMBER.match(ctx.text, trig.end()):
            source = _of_the_source_before(source, memo)  # "adapts X, the fourth novel in the series"
        if trig.group(0).lower().endswith(" adapt") or trig.group(0).lower() == "adapt":
            # "season 4 will adapt the final book, The Drowned Crown": a new source only when named,
            # a book of the series named before (its author and medium)
            if source.title is None:
                continue
            if source.medium in ("book", "other") and memo.last_source[1]:
                source = _of_the_source_before(source, memo)
        if source.title and not source.author and memo.last_source[0] and source.medium in ("book", "novel", memo.last_source[1]):
            # "season 1 was based on Killing Floor, the very first Reacher novel"
            source = _of_the_source_before(source, memo)
        memo.last_source = (source.author, source.medium)
        named = _NAMED_BY_SOURCE.search(trig.group(0))  # "the TV anime of Ana Sato's Iron Lotus manga"
        show = (named and _titled_show(ctx, source.title)) or _source_show(ctx, trig.start())
        season = _source_season(ctx, trig.start())
        stance = local_stance(blank_quoted_titles(ctx.text), trig.start(), trig.end(), negatable=True)
        for title in _titles_of(source.title, ctx.text[trig.end() : trig.end() + 40]):
            value = {"title": title, "author": source.author, "medium": source.medium}
            out.append(ctx.claim("based_on", value, trig.start(), trig.end(), season=season, show=show, stance=stance))
    return out + _season_sources(ctx, memo, out)


def _of_the_source_before(source: _Source, memo: _Memo) -> _Source:
    """A book of the source named before: its author when this one names none, and its medium
    for a plain "book" (or "other")."""
    author, medium = memo.last_source
    kept = medium if source.medium in ("book", "other") and medium else source.medium
    return _Source(source.title, source.author or author, kept)


# "the last two novels, The Tower of the Swallow and The Lady of the Lake": two books named
_PLURAL_BOOKS = re.compile(r"\b(?:two|both|three|[\w-]+s)\s+(?:books|novels|volumes|instal?lments|stories|novellas)\b", re.I)
_TWO_TITLES = re.compile(r"(?P<a>(?:The|A|An)\s.+?)\s+and\s+(?P<b>(?:The|A|An)\s.+)")


def _titles_of(title: str | None, lead: str) -> list[str | None]:
    """The one title, or the two of "X and Y" after a plural of books."""
    pair = _TWO_TITLES.fullmatch(title) if title and " and " in title else None
    if pair and _PLURAL_BOOKS.search(lead):
        return [pair.group("a"), pair.group("b")]
    return [title]


# "Season 2 draws on the second novel, The Ember Tithe", "Season 1 covered The Salt Crown and season 2
# The Drowned Throne", "season 2 will move on to its sequel, The Ashen Crown": one book per season,
# by the author and in the medium of the source named before.
_SEASON_SOURCE = re.compile(
    r"\b(?:[Ss]eason|[Ss]eries)\s+(?P<n>\d{1,2}|one|two|three|four|five|six)\s+(?:will\s+|would\s+|is\s+set\s+to\s+)?"
    r"(?:draws?\s+on|drew\s+on|draw\s+on|covers?|covered|cover|tackles?|tackled|tackle|moves?\s+on\s+to|moved\s+on\s+to|"
    r"move\s+on\s+to|adapted(?=\s+the\s+\w+\s+one\b))\s+"
)
_NEXT_SEASON_SOURCE = re.compile(r"\s*(?:,|;|\s)\s*(?:and\s+|while\s+)?(?:[Ss]eason|[Ss]eries)\s+(?P<n>\d{1,2}|one|two|three|four|five|six)\s+")
_BOOK_LEAD = re.compile(
    r"(?:(?:the|its|her|his|their)\s+(?:[\w-]+\s+){0,2}(?P<medium>books?|novels?|volumes?|instal?lments?|sequels?|"
    r"manga|webtoons?|parts?|one)\s*,?\s*)?[\"“‘']?(?P<title>" + TITLE.pattern + r")"
)


def _season_sources(ctx: SentenceContext, memo: _Memo, found: list[Claim]) -> list[Claim]:
    author, medium = memo.last_source
    if medium is None or ("eason" not in ctx.text and "eries" not in ctx.text):
        return []
    out: list[Claim] = []
    text = ctx.text
    for match in _SEASON_SOURCE.finditer(text):
        pos, number = match.end(), match.group("n")
        while True:
            book = _BOOK_LEAD.match(text, pos)
            season = int(number) if number.isdigit() else NUMBER_WORDS.get(number.lower())
            if book is None or not season:
                break
            title = book.group("title").rstrip(".,;")
            if title.endswith(("'s", "’s")) or text.startswith(("'s ", "’s "), book.end("title")):
                break  # "Season 2 covered Yor's bodyguard mission": a story, no book
            if not any(isinstance(c.value, dict) and c.value.get("title") == title for c in found + out):
                value = {"title": title, "author": author, "medium": medium}
                out.append(ctx.claim("based_on", value, match.start(), book.end(), season=season, stance="asserted"))
            nxt = _NEXT_SEASON_SOURCE.match(text, book.end())
            if nxt is None:
                break
            pos, number = nxt.end(), nxt.group("n")
    return out


_TRIGGER_CUES = cue_groups(_TRIGGER)
_TRIGGER_SEARCH = scan_faster(_TRIGGER)  # the same matches, found faster
_MEDIA_RES = tuple((re.compile(pattern, re.I), medium) for pattern, medium in _MEDIA)


def _medium(word: str) -> str:
    for pattern, medium in _MEDIA_RES:
        if pattern.fullmatch(word):
            return medium
    return "other"


def _source(ctx: SentenceContext, pos: int, memo: _Memo) -> _Source | None:
    text = ctx.text
    end_match = _TAIL_END.search(text, pos)
    tail = _ASIDE.sub("", text[pos : end_match.start() if end_match else len(text)])
    medium_match = _medium_word(tail)
    head = tail[: medium_match.start()] if medium_match else ""
    # ("Yūki Narumi and mizuhane's Shadowless Alchemist of the Eastern Gate light novel": an
    # owner's long title before the medium)
    if medium_match and len(head.split()) > (12 if _OWNER_IN.search(head) else 7):
        whose = tail.find(", whose ")
        medium_match = _medium_word(tail, whose) if whose != -1 else None
        if medium_match and len(tail[whose : medium_match.start()].split()) > 6:
            medium_match = None
    if medium_match is None:
        return _sequel_source(ctx, pos, tail, memo)
    medium = _medium(medium_match.group(1))
    before, after = tail[: medium_match.start()], tail[medium_match.end() :]
    author = _author_before(before) or _author_after(after) or _whose_author(text[:pos] + before)
    if author is None and _OWN.search(before):
        people = _FULL_NAME.findall(text[:pos])  # "created by X, who adapted it from her own novel"
        author = people[-1] if people else None
    if author is None and "original" in text[max(0, pos - 40) : pos]:
        author = _co_authors(text)
        who = _WHO_WROTE.search(text, 0, pos)
        if author is None and who:  # "Ada Quill, who wrote the original novels, ...": the antecedent
            author = who.group(1)
    member = _MEMBER_OF_SERIES.match(before)  # "London Rules, the fifth of Mick Herron's Slough House novels"
    first = member or _TITLE_FIRST.match(before)
    title = (
        (member.group(1) if member else None)
        or _title_between(before)
        or (first.group(1).rstrip("'’\".,") if first else None)
        or _title_after(after, ctx, pos)
    )
    if title in _PRONOUNS:
        title = None  # "based on a short film I made in 2019"
    return _Source(title, _expand(author, ctx, memo), medium)


_PRONOUNS = frozenset({"I", "We", "He", "She", "It", "They", "You", "This", "That"})
_OWNER_IN = re.compile(r"['’]s\s|s['’]\s")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w.&'’-]*\s+$")


def _medium_word(tail: str, start: int = 0) -> re.Match[str] | None:
    """The first medium word of ``tail`` from ``start`` that is not the end of a company's name
    ("Riot Games", "Marvel Comics", "Penguin Books": a capital on it and on the word before)."""
    for match in _MEDIUM_RE.finditer(tail, start):
        if match.group(1)[:1].isupper() and _CAPITALISED_BEFORE.search(tail, 0, match.start()):
            continue
        return match
    return None


_OWN = re.compile(r"\b(?:his|her|their)\s+own\b")
_WHO_WROTE = re.compile(r"(" + _NAME + r"),\s+who\s+(?:also\s+)?(?:created|wrote|drew|made)\s+the\s+original$")
# "adapts 'Ashfall: Cinder Protocol', the 2019 video game": the title before its description.
_TITLE_FIRST = re.compile(
    r"^\s*[\"“‘']?(" + TITLE.pattern + r")[\"”’']?,\s+(?:the|a|an|(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*(?:['’]s|(?<=s)['’]))\s+"
    r"(?:\d{4}\s+)?(?:[\w-]+\s+){0,3}$"  # "X, the 2019 novel", "X, the very first Reacher novel"
)
# A book and its place in a series: "London Rules, the fifth of Mick Herron's Slough House ",
# "Slough House, the seventh of Herron's " (the series' name is not the book's).
_MEMBER_OF_SERIES = re.compile(
    r"^\s*[\"“‘']?(" + TITLE.pattern + r")[\"”’']?,\s+the\s+(?:\w+\s+){1,2}(?:of|in)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*['’]s\s+)?(?:[\w'’-]+\s+){0,4}$"
)
# A quoted title, lower-case words and all: "novel 'La luz que no vuelve'".
_QUOTED_AFTER = re.compile(r"^,?\s+(?:series\s+)?[\"“‘']([A-ZÀ-ÖØ-ÞĀ-ſ][^\"“”‘’]{0,60}?)[\"”’'](?!\w)")


def _sequel_source(ctx: SentenceContext, pos: int, tail: str, memo: _Memo) -> _Source | None:
    """"Season 2 is based on the 2020 sequel, X": the medium and author of the last source."""
    sequel = _SEQUEL.search(tail)
    author, medium = memo.last_source
    if not sequel or not medium:
        return None
    title = TITLE.search(tail[sequel.end() :])
    return _Source(title.group(0).strip() if title else None, author, medium)


_POSSESSIVE_AUTHOR = re.compile(r"(" + _NAME + r")(?:['’]s|(?<=s)['’])\s+")  # ("Riot Games' 2009 game" too)


def _author_before(before: str) -> str | None:
    match = _POSSESSOR.search(before.rstrip() + " ")
    if match:
        return match.group(1)
    match = _POSSESSIVE_AUTHOR.search(before)
    return match.group(1) if match else None


def _author_after(after: str) -> str | None:
    same = _SAME_NAME.match(after)
    if same:
        after = after[same.end() :]
    bare = after.lstrip().lstrip("\"“‘'")
    title = TITLE.match(bare)
    rest = after
    if title:
        rest = bare[title.end() :].lstrip("\"”’'")
    match = _BY.match(rest) or _BY.match(after)
    if not match:
        owner = _IN_OWNERS_SERIES.match(after)  # "the seventh novel in Lee Child's long-running Jack Reacher series"
        return owner.group(1) if owner else None
    names = [n for n in match.groups() if n]
    return " and ".join(names)


_IN_OWNERS_SERIES = re.compile(
    r"\s+(?:in|of)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,2})['’]s\s+(?:[\w-]+\s+){0,4}?(?:series|saga|sequence|cycle|books|novels)\b"
)


_TRAILING_CAPITALISED = re.compile(r"(?:[A-Z][\w'’-]*\s+)+$")


def _whose_author(before: str) -> str | None:
    """"created by cartoonist Charles Addams, whose Addams Family comics" -> Charles Addams."""
    stripped = _TRAILING_CAPITALISED.sub("", before + " ")
    match = _WHOSE.search(stripped)
    return match.group(1) if match else None


def _co_authors(text: str) -> str | None:
    match = _CO_AUTHORS.search(text)
    return f"{match.group(1)} and {match.group(2)}" if match else None


_WHOSE_TITLE_END = re.compile(r"(?:['’]s|whose)\s+(?:\d{4}\s+)?(" + TITLE.pattern + r")\s+$")
_ARTICLE_START = re.compile(r"^(?:the|a|an)\s+")
_NOT_A_TITLE = re.compile(r"(?:Korean|Japanese|French|Naver|Kakao|original|\d{4})")


def _title_between(before: str) -> str | None:
    """"Martin's Dunk and Egg novellas" -> Dunk and Egg; "whose Addams Family comics"."""
    match = _WHOSE_TITLE_END.search(before)
    if match:
        title = _ARTICLE_START.sub("", match.group(1))
        if title and not _NOT_A_TITLE.fullmatch(title):
            return title
    return None


_TITLE_AFTER_COMMA = re.compile(
    # "the second book in Calder's trilogy, The Low Tide": the series the book belongs to first
    r"^(?:\s+(?:in|of)\s+(?:the|(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*['’]s|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:series|trilogy|saga|sequence|cycle|quartet)(?=,))?"
    r",?\s+(?:series\s+|saga\s+)?[\"“‘']?(" + TITLE.pattern + r")"
)
_CREDIT_START = re.compile(r"^(?:written|created|drawn|by|from)\b")
_BY_OR_FROM = re.compile(r"\s+(?:by|from)\s+")


def _title_after(after: str, ctx: SentenceContext, pos: int) -> str | None:
    if _SAME_NAME.match(after):
        before = [m for m in ctx.show_mentions if m.start < pos]
        if before:
            full = TITLE.match(ctx.text, before[-1].start)
            return full.group(0) if full else ctx.text[before[-1].start : before[-1].end]
        return _source_show(ctx, pos)
    quoted = _QUOTED_AFTER.match(after)
    if quoted:
        return quoted.group(1).strip().rstrip(".,;:!?") or None
    match = _TITLE_AFTER_COMMA.match(after)
    if not match:
        return None
    title = _BY_OR_FROM.split(match.group(1))[0].strip().rstrip(".,;:!?")
    if _CREDIT_START.match(title):
        return None
    return title or None


_OTHER_MEDIUM_BEFORE = re.compile(
    r"\b(?:an?|the|its)\s+(?:[\w-]+\s+)?(?:manga|comic|comic\s+book|film|movie|stage|stage\s+play|musical|video\s+game|game|"
    r"novel|novelization|audio\s+drama)\s+$",
    re.I,
)
# A title-case work right before the trigger, described by it: "Sharp Objects, the TV ".
# (two words at least, or one that is no sentence adverb; not a name after "by")
_TITLE_APPOSITION = re.compile(
    r"(?:^|(?<=\s))(?<!\bby\s)(?P<title>(?:The\s+)?(?!(?:The|This|It|Its|Their|His|Her|A|An|Season|Series|Show)\b)"
    r"(?:[A-Z][\w'’:&-]*(?:\s+(?:[A-Z0-9][\w'’:&-]*|of|the|and|in|on|a))+|(?![A-Z][a-z]+ly\b|Meanwhile\b|However\b|"
    r"Now\b|Still\b|Plus\b|Also\b|Elsewhere\b|Instead\b|Today\b)[A-Z][\w'’:&-]*)),\s+(?:the|a|an)\s+"
    r"(?:(?!(?:is|was|are|were|has|have|had|will|would|be|been)\b)[\w-]+\s+){0,2}$"
)


def _source_show(ctx: SentenceContext, pos: int) -> str:
    before = [m for m in ctx.show_mentions if m.start < pos]
    if before:
        return before[-1].title
    if not ctx.show_mentions:
        return ctx.show
    return ctx.doc.main


_NON_WORDS = re.compile(r"\W+")


def _titled_show(ctx: SentenceContext, title: str | None) -> str | None:
    """The show of the document whose title the source shares ("the TV anime of Ana Sato's
    Iron Lotus manga" is Iron Lotus)."""
    if not title:
        return None
    key = _NON_WORDS.sub("", title.casefold())
    for mention in ctx.show_mentions:
        if _NON_WORDS.sub("", mention.title.casefold()) == key:
            return mention.title
    return None


# Between "Season 2" and the trigger: its own verb ("Season 2 will be based on"), no other clause.
_SEASON_VERB = re.compile(
    r"^\s*(?:(?:is|was|will|be|also|mostly|largely|again|reportedly|has|been|"
    r"(?:expected|set|likely|going|rumou?red|said|reported|tipped|poised|slated)\s+to)\s+)*$"
    r"|^\s*,\s*$",  # "The fifth season, adapted from London Rules, premiered ...": a participle's subject
    re.I,
)


_ARTICLE_ONLY = re.compile(r"(?:^|[,;:]\s+(?:and\s+|but\s+|while\s+|which\s+means\s+|so\s+)?)\s*(?:[Tt]he\s+|[Ii]ts\s+)?$")


def _source_season(ctx: SentenceContext, pos: int) -> int | None:
    """A season that is the subject of the adaptation ("Season 2 is based on ...")."""
    head = ctx.text[:pos]
    seasons = [m for m in ctx.seasons if m.end <= pos]
    if (
        len(seasons) == 1
        and _ARTICLE_ONLY.search(head[: seasons[0].start])
        and _SEASON_VERB.match(head[seasons[0].end :])
    ):
        return seasons[0].number
    upcoming = _UPCOMING_SUBJECT.search(head)
    if not seasons and upcoming and _ARTICLE_ONLY.search(head[: upcoming.start()]):
        return ctx.target_season  # "The new season draws on the second novel, ..."
    return None


_UPCOMING_SUBJECT = re.compile(
    r"(?:new|next|upcoming|coming)\s+(?:season|series|episodes)\s*(?:(?:is|was|will|be|also|mostly|largely|again|reportedly|has|been)\s+)*$",
    re.I,
)


# ---------------------------------------------------------------------------- names

_FULL_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.)+)?(?:\s+[A-Z][\w'’-]+){1,2}\b")


def _names(text: str) -> list[str]:
    return [m.group(0) for m in _FULL_NAME.finditer(text)]


_AND_SPLIT = re.compile(r"\s+and\s+")


def _expand(author: str | None, ctx: SentenceContext, memo: _Memo) -> str | None:
    """A short name ("Martin", "Yeon") in its fullest form in the document so far."""
    if not author:
        return author
    parts = [p.strip() for p in _AND_SPLIT.split(author)]
    return " and ".join(_expand_one(p, ctx, memo) for p in parts)


def _expand_one(name: str, ctx: SentenceContext, memo: _Memo) -> str:
    if " " in name:
        return name
    pool = [*memo.names, *_names(ctx.text)]
    for cand in reversed(pool):
        tokens = cand.split()
        if len(tokens) > 1 and name in (tokens[0], tokens[-1]) and not is_company(cand):
            return cand
    return name
