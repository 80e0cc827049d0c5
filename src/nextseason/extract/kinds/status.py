"""Status kinds: `renewed`, `cancelled` and `no_premiere_date`.

Renewals come from verbs ("renewed", "ordered", "greenlit"), from announcements of a
season ("announced the second season", "a third season has not been confirmed"), from
statements about a season's existence ("there will be no fourth season", "never got a
second season") and from speculation ("a third season is very likely"). The value is the
date of the announcement; the season is the one named next to the trigger, else the one in
context. Cancellations are null-season unless a named season is cancelled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nextseason.domain.claims import Claim
from nextseason.extract.context import SentenceContext
from nextseason.extract.cues import CueGroups, cue_groups, either, holds_cues, scan_faster
from nextseason.extract.dates import DateMention, bounds, find_dates, normalise
from nextseason.extract.lexicon import GENRE_NOUNS
from nextseason.extract.seasons import NUMBER_WORDS, ORDINALS, find_seasons
from nextseason.extract.stance import clause_span, is_hedged, mask_false_negations, stance
from nextseason.extract.text import split_sentences

_ORD = r"(?:" + "|".join(ORDINALS) + r")"
_SEASON_WORD = r"(?:season|series|run|instal?lment|chapter)"

# --- renewal triggers -------------------------------------------------------------------

_RENEW_VERB = re.compile(
    r"\b(?:renew(?:s|ed|ing)?|re-?upped|re-?commission(?:s|ed|ing)?|green-?lit|green-?light(?:ed|ing|s)"
    r"|reviv(?:e|es|ed|ing)|resurrect(?:s|ed|ing)?"
    r"|(?:saved|rescued|saves|rescues)(?=\s+(?:it\b|the\s+(?:[a-z-]+\s+){0,2}?(?:show|series|drama|comedy|thriller|anime)\b))"
    r"|(?:given|giving|gave|got|gets?|getting|receiv(?:ed|es?|ing)|earned|landed|handed)\s+"
    r"(?:[\w’'.:-]+\s+){0,4}?(?:the|a|an)\s+(?:official\s+)?(?:green[\s-]?light|go-?ahead))\b",
    re.I,
)
# Verbs that renew only with a season beside them ("ordered a second season").
_ORDER_VERB = re.compile(
    r"\b(?:(?:re-?)?order(?:ed|s|ing|(?=\s+(?:a|an|another|more|two|three)\b))|(?:re-?)?commissioned"
    # "The second season picked up six months after the fire": the story resumes
    r"|(?:picked|picking|picks)\s+up(?!\s+(?:\w+\s+){0,3}?(?:after|where|right|immediately|months?|years?|weeks?|days?)\b)"
    r"|announced|confirmed|unveiled|revealed"
    r"|said (?:anything|nothing) about|announce|confirm|commit(?:s|ted)?\s+to|sign(?:s|ed)?\s+off\s+on)\b",
    re.I,
)
_GET_VERB = re.compile(
    r"\b(?:got|get|gets|getting|received|receive|receives|earned|landed|scored|scores|nabbed|secured|"
    r"snagged|bagged)\b",
    re.I,
)
# "Netflix brought the show back for a second season"
_BRING_BACK = re.compile(r"\bbr(?:ing|ings|inging|ought)\s+(?P<obj>[^,.;]{1,60}?)\s+back\b", re.I)
# "Season 2 is officially happening", "a third season is in the works"
_HAPPENING = re.compile(
    r"^[\"”’']?\s*(?:is|has\s+been)\s+(?:officially\s+|definitely\s+|now\s+|finally\s+|already\s+|currently\s+|reportedly\s+)?"
    r"(?:happening|a\s+go|in\s+the\s+works|on\s+the\s+way|in\s+development|in\s+pre-?production|greenlit|go)\b",
    re.I,
)
_RENEWAL_NOUN = re.compile(
    r"\b(?:no|any)\s+(?:official\s+)?renewal\b"
    r"|\brenewal\s+(?=(?:is|was|seems|looks|could|might|may|will|would|has been|came|to\s+be)\b)"
    r"|\b(?:no|any)\s+(?:official\s+)?(?:word|news|update|announcement|confirmation)\s+(?:from\s+[^.;,]{1,25}?\s+)?(?:yet\s+)?"
    r"(?:on|about|regarding|of)\s+(?:a|an|the|any)\s+[^.;,]{0,30}?(?:renewal|pick-?up)\b"
    r"|\b(?:a|an|its|the)\s+(?:(?:early|official|formal|surprise|quick|swift|speedy|full|straight|"
    r"new)\s+)?(?:season\s+(?P<num>\d{1,2})|(?P<ord>" + _ORD + r")[\s-]season)\s+"
    r"(?:renewal|order|pick-?up)\b"
    r"|\b(?:official\s+)?(?:announcement|confirmation)\s+(?=(?:could|might|may|will|should|would)"
    r"\s+(?:\w+\s+)?come\b)"
    # "the show's renewal for a third season", "its pickup for season 2"
    r"|\b(?:renewal|pick-?up|recommission)\s+(?=for\s+(?:a|an|its|the|season|series)\b)"
    # "Insiders expect a renewal": a guess
    r"|\b(?:expects?|expected|expecting|predicts?|predicted|anticipates?|anticipated)\s+(?:a|an|another)\s+"
    r"(?:(?:early|quick|swift|speedy|fast)\s+)?renewal\b"
    # "HBO handed it a renewal", "the drama earned a quick renewal"
    r"|\b(?:hand(?:ed|s)?|gave|giv(?:e|es|en)|grant(?:ed|s)?|earn(?:ed|s)?|land(?:ed|s)?|scor(?:ed|es)|"
    r"secur(?:ed|es)|got|gets|receiv(?:ed|es))\s+(?:(?:it|them|the\s+(?:show|series|drama|comedy))\s+)?"
    r"(?:a|an)\s+(?:(?:early|official|formal|surprise|quick|swift|speedy|full|straight)\s+)?renewal\b(?!\s+(?:of|for)\s+(?!(?:a|an|its|the)\s+(?:\w+\s+)?(?:season|series)))",
    re.I,
)
_THAT_SEASON = re.compile(
    r"\b(?:revealed|confirmed|announced|said|told\s[^,.;]{1,40}?)(?:\s+[^,.;]{1,60}?)??\s+that\s+"
    r"(?:(?P<season>(?:a|an|another|the\s+(?:show|series|anime|drama)['’]s?|its)\s+[\w\s-]{0,30}?" + _SEASON_WORD + r")\s+"
    r"(?P<verb>(?:is|was|would be|will be)\s+(?:(?:already|now|officially|currently)\s+)?(?:coming|made|happening|in the works|"
    r"in development|in production|in the making|on (?:the|its) way)"
    # "announced that the anime's second season will premiere in April 2027": a sequel announced
    r"|(?:will|would)\s+(?:premiere|air|arrive|debut|launch|be\s+released)|(?:is|was)\s+(?:set|slated|scheduled|planned)\b)"
    r"|(?:the\s+(?:show|series|drama|anime)|it|[A-Z][^,.;]{0,40}?)\s+(?P<verb2>would|will)\s+"
    # ("confirmed that X would end with a fifth season": the final season ordered)
    r"(?:(?:return|come back|be back)\s+(?=for\b)|(?:end|conclude|wrap\s+up)\s+(?=with\b(?!\s+its\s+(?:current|ongoing|present)\b)))"
    r"(?P<season2>(?:for|with)\s+(?:a|an|its)\s+[\w\s-]{0,20}?"
    + _SEASON_WORD
    + r"))",
    re.I,
)
_LIKELY = re.compile(
    r"^\s*(?:is|was|seems|looks|sounds)\s+(?:(?:also|too|still|now|even)\s+)?"
    r"(?:very\s+|quite\s+|highly\s+|more than\s+)?[\"“]?"
    r"(?:likely|possible|probable|inevitable|on the cards|a safe bet)\b[\"”]?"
    r"(?!\s+to\s+(?!happen|be\s+(?:renewed|made|greenlit|ordered|announced|confirmed)))",
    re.I,
)
_THERE_BE = re.compile(
    r"\bthere\s+(?:will|would|is going to|'s going to|’s going to)\s+(?:not\s+|never\s+)?be\s+"
    r"(?:a|an|no|another)\s*$|\bthere\s+won[’']t\s+be\s+(?:a|an|another)\s*$|\bno\s+$",
    re.I,
)
_NOT_RETURN = re.compile(
    r"\b(?:the\s+(?:show|series|drama|anime)|it)\s+(?:(?:will|would|is going to)\s+(?:not|never)|"
    r"won[’']t)\s+(?:return|come back|be back|be returning|be coming back)\b"
    # ("will not return until 2025" is a date, not a denial)
    r"(?!\s+(?:\w+\s+){0,2}?(?:until|till|before|for\s+(?:another|a\s+(?:while|year)|some\s+time|months|years))\b)",
    re.I,
)
_NOTHING_ANNOUNCED = re.compile(
    r"^(?:nothing|no news)\s+has\s+been\s+(?:officially\s+)?(?:announced|confirmed)\b", re.I
)
_RENEWAL_HEADING = re.compile(r"renew|another season|season \d|more episodes|will there be", re.I)
_MORE_SEASONS = re.compile(
    r"^[\w\s]{0,30}?\b(?:not\s+one\s+but\s+)?(?P<n>two|three|four|five|2|3|4|5)\s+"
    r"(?:more|additional|further|new)\s+(?:seasons|series)\b(?!\s+regulars?\b)",  # (not "four new series regulars")
    re.I,
)
_ELLIPTIC = re.compile(
    r"^\s+for\s+(?:a|an)\s+(?P<ord>" + _ORD + r")\b(?!\s+" + _SEASON_WORD + ")", re.I
)
_ANOTHER = re.compile(
    r"^[\w\s]{0,20}?\b(?:another|a new|a further)\s+(?:season|series|run)\b", re.I
)


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_GAP_AFTER = _wordset(
    "for the a an its their both officially up another it show series drama anime anything "
    "nothing about yet already also just even them programme tv hit beyond after with by"
)
_GAP_BEFORE = _wordset(
    "has have had was were is are been be being not never yet officially already also will "
    "would which that finally just n't first initially originally formally quietly of"
)
# A habit of a whole kind of show, not news: "K-dramas rarely get second seasons", "most anime
# never get renewed".
_GENERIC_SUBJECT = re.compile(
    r"(?:\b(?:most|many|few|some)\s+(?:[\w-]+\s+)?(?:anime|series)|(?<!\bthe\s)(?<!\bits\s)(?<!\bthis\s)\b(?:k-dramas|"
    r"dramas|shows|sitcoms|comedies|thrillers))\s+(?:(?:rarely|seldom|often|usually|typically|generally|normally|"
    r"almost\s+never|never|sometimes|tend\s+to|do(?:n['’]t)?)\s+)*(?:\w+\s+)?$",
    re.I,
)
_SUBORDINATE = re.compile(
    r"\b(?:how|whether|unclear if|not sure if|wonder if)\b"
    r"|\b(?:if|unless|once)\s+(?:it|the\s+(?:show|series|drama)|they)\s+(?:\w+\s+){0,2}$",  # a condition
    re.I,
)

# --- cancellation triggers --------------------------------------------------------------

# "Some shows get overlooked and get cancelled after one season", "Many series are renewed
# early": the clause's subject is shows in general, not a show.
_HABIT = re.compile(r"\b(?:typically|usually|generally|normally|tends?\s+to|rarely|seldom)\b", re.I)
_GENERIC_LEAD = re.compile(
    r"\W*(?:(?:but|and|so|yet|sadly|unfortunately|often|still),?\s+)?(?:most|many|some|few|other|lots\s+of|plenty\s+of|"
    r"a\s+lot\s+of|countless|numerous|several)\s+(?:[\w-]+\s+){0,2}?(?:shows|series|dramas|k-dramas|anime|sitcoms|"
    r"comedies|programmes|programs|titles|originals|productions)\b",
    re.I,
)


def _generic_subject(ctx: SentenceContext, start: int, end: int) -> bool:
    """The verb at [start, end) has shows in general for its subject, and no show in between."""
    left = clause_span(ctx.text, start, end)[0]
    lead = _GENERIC_LEAD.match(ctx.text, left)
    if lead is None:
        lead = _GENERIC_LEAD.match(ctx.text)
        if lead is None or any(m.start < start for m in ctx.show_mentions):
            return False
    return not any(lead.end() <= m.start < start for m in ctx.show_mentions)


_CANCEL_VERB = re.compile(
    r"\b(?:cancel(?:l)?ed|cancels?|cancel(?:l)?ing|axed|axes|scrapped|(?:pulled|pulls|pulling|pull) the plug(?:\s+on)?"
    r"|got the axe|given the axe"
    # "dropped the comedy X after its first run", "let X go after two seasons": no release
    r"|(?:dropped|drops|let|lets)(?=\s[^.;:]{1,60}?\s(?:go\s+)?after\s+(?:its\s+(?:first|second|third|only|lone)\s+(?:run|season)|"
    r"(?:one|a\s+single|two|three|four|five|six|\d)\s+(?:seasons?|series|runs?))\b))\b",
    re.I,
)
_FEAR = re.compile(
    r"\b(?:worr(?:y|ied|ies)|fear(?:s|ed)?|afraid|wonder(?:ed|ing)?|concerned)\b", re.I
)
_SHORT_DENIAL = re.compile(
    r"^(?:no[.!,]?\s*)?(?:it|they|the show|the series)\s+(?:was|wasn[’']t|has|hasn[’']t|is|isn[’']t|"
    r"did|didn[’']t|had|hadn[’']t)(?:\s+not)?\s*[.!]+$",
    re.I,
)

# --- no_premiere_date triggers ----------------------------------------------------------

_DATE_NOUN = (
    r"(?:release|premiere|air|airing|launch|debut|exact|official|firm|specific|confirmed|broadcast|"
    r"transmission|streaming|return|arrival|tx|US|UK)"
)
_NO_DATE = re.compile(
    r"\bno\s+(?:\w+\s+){0,2}?" + _DATE_NOUN + r"\s+(?:date|day|window)\b"
    # "We're still waiting on an official premiere date from Netflix"
    r"|\b(?:still\s+)?waiting\s+(?:on|for)\s+(?:an?|the)\s+(?:\w+\s+){0,2}?(?:release|premiere|air|launch|debut|return)\s+date\b"
    r"|(?:\bnot|n[’']t|\bnever|\byet\s+to)\s+(?:yet\s+|even\s+|officially\s+)?"
    r"(?:given|give|announced|announce|revealed|reveal|set|confirmed|confirm|shared|share|"
    r"locked in|provided|specified|named|fixed|picked|pick|chosen|choose|settled\s+on|put|pinned|attached)\s+(?:a|an|the|any)\s+(?:\w+\s+){0,2}?"
    r"(?:date|day)\b"
    r"|\b(?:release|premiere|air|broadcast|transmission|return)\s+date\s+(?:\w+\s+){0,8}?(?:is|has|remains)\s+(?:still\s+)?"
    r"(?:yet\s+to\s+be|not\s+(?:yet\s+)?been|still\s+to\s+be|to\s+be|not\s+yet)\s+"
    r"(?:announced|confirmed|revealed|set|determined|decided|known)\b"
    # "An exact date hasn't been announced yet", "the premiere date has still not been set"
    r"|\b(?:an?|the|its|their)\s+(?:(?:exact|official|firm|specific|precise|confirmed|release|premiere|"
    r"air|broadcast|launch|debut|return|streaming|transmission|US|UK|new)\s+){0,2}"
    r"(?:date|timeframe|time\s+frame|timeline|window)\s+(?:(?:for|of)\s+(?:the\s+|its\s+)?"
    r"(?:(?:new|next|upcoming|second|third|fourth|fifth)\s+)?(?:season|series|instal?lment)(?:\s+\w+)?\s+)?"
    r"(?:still\s+)?(?:has|have|had|is|was|remains)(?:\s+still|\s+yet)?(?:\s+not|n[’']t)\s+"
    r"(?:yet\s+|still\s+)?(?:been\s+)?(?:officially\s+)?(?:announced?|confirm(?:ed)?|revealed?|set|determined|"
    r"decided|known|given|fixed|shared|disclosed|made\s+public|locked\s+in)\b"
    # "No timeframe was given for its premiere"
    r"|\bno\s+(?:[\w-]+\s+){0,2}?(?:date|timeframe|time\s+frame|timeline|window)\s+(?:has\s+been|have\s+been|"
    r"had\s+been|was|were|is)\s+(?:yet\s+|officially\s+)?(?:given|set|announced|revealed|confirmed|"
    r"provided|offered|shared|specified|named|disclosed)\s+(?:yet\s+)?for\s+(?:its|the|their|a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:premiere|release|return|debut|launch|arrival|broadcast)"
    # "No timing has been set for season 10.", "No release date has been announced yet."
    # "No broadcast period for the third season has been announced yet."
    r"|\bno\s+(?:[\w-]+\s+){0,2}?(?:date|timing|timeframe|time\s+frame|timeline|window|period)\s+"
    r"(?:(?:for|of)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:season|series|part|cour|instal?lment)(?:\s+\w+)?\s+)?"
    r"(?:has\s+been|have\s+been|had\s+been|was|were|is)\s+(?:yet\s+)?(?:given|set|announced|revealed|confirmed|provided|shared|specified|named|"
    r"disclosed)(?=\s+yet\b|\s+for\s+(?:season|series|the|its|a)\b|\s*[.;,]|\s*$)"
    # "tvN has not yet shared the release date": any verb with a premiere date as its object
    r"|(?:\bnot|n[’']t|\bnever|\byet\s+to)\s+(?:yet\s+|even\s+|officially\s+)?[a-z]+\s+(?:a|an|the|any)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:release|premiere|air|airing|broadcast|transmission|debut|launch)\s+(?:date|window|timeframe)\b"
    r"|\b(?:release|premiere|air|broadcast|transmission|return)\s+date\s*(?::|is|remains)?\s*(?:TBA|TBD|TBC|unknown|unconfirmed|"
    r"to be (?:announced|confirmed|determined))\b"
    r"|(?:\bnot|n[’']t|\bwithout)\s+(?:yet\s+|even\s+)?(?:have|has|had|got|gotten|received|been given|"
    r"know)?\s*(?:a|an|any|the)\s+(?:\w+\s+){0,2}?(?:release|premiere|air|broadcast|transmission)\s+date\b"
    r"|\bno\s+(?:official\s+)?(?:news|word|update|information|info|details|announcement)\s+"
    r"(?:yet\s+)?(?:about|on|regarding|of|concerning|for)\s+[^.;]{0,60}?(?:release|premiere)\s+date"
    # "no word yet on when season 2 will arrive", "Netflix has not said when it will premiere"
    r"|(?:\bno\s+(?:official\s+)?(?:news|word|update|information|details|announcement|confirmation)"
    r"\s+(?:yet\s+)?(?:on|about|regarding|as\s+to)|(?:\bnot|n[’']t|\byet\s+to)\s+(?:yet\s+)?"
    r"(?:said|say|announced|announce|revealed|reveal|confirmed|confirm|know)|\b(?:unclear|unknown)"
    r"|\b(?:tight-lipped|mum|silent|quiet)\s+(?:about|on|as\s+to))"
    r"\s+(?:exactly\s+)?when\s+[^.;,]{0,50}?\b(?:premiere|be\s+released|release|arrive|debut|return|air|"
    r"drop|come\s+out|hit\s+(?:screens|streaming)|land|launch|be\s+back|come\s+back|expect|see|watch)"
    # "Details about the release date are being kept under wraps"
    r"|\b(?:release|premiere|air)\s+date\s+(?:is|are|remains?|has\s+been|is\s+being|are\s+being)\s+(?:kept\s+)?under\s+wraps\b"
    r"|\b(?:release|premiere|air)\s+date\s+(?:[\w-]+\s+){0,3}?(?:are|is)\s+being\s+kept\s+under\s+wraps\b"
    # "A premiere date will be set once NBC finalizes its schedule": not set yet
    r"|\b(?:an?|the)\s+(?:(?:exact|official|firm|release|premiere|air|launch|return)\s+){1,2}date\s+"
    r"(?:will|is\s+(?:going|expected)\s+to)\s+be\s+(?:set|announced|revealed|confirmed|shared)\s+"
    r"(?:once|when|after|later|in\s+the\s+coming|closer|at\s+a\s+later)\b"
    # "Netflix hasn't given season 5 a release date yet": the season as the indirect object
    r"|(?:\bnot|n[’']t|\byet\s+to)\s+(?:yet\s+|officially\s+)?(?:given|give|assigned|assign|handed|gave)\s+"
    r"(?:[\w'’-]+\s+){1,4}?(?:a|an|any)\s+(?:\w+\s+){0,2}?(?:release|premiere|air|broadcast|launch|debut)\s+date\b"
    # "HBO Max hasn't dated the new season yet", "Netflix has yet to date season 2"
    r"|(?:\bnot|n[’']t|\byet\s+to)\s+(?:yet\s+|officially\s+)?dated?\s+(?:the\s+|its\s+)?(?:new\s+|next\s+|upcoming\s+)?"
    r"(?:season|series|show|drama|episodes|return|[A-Z])"
    # "An exact date is yet to be announced"
    r"|\b(?:an?|the|its)\s+(?:(?:exact|official|firm|specific|release|premiere|air|broadcast|launch|return)\s+){1,2}"
    r"date\s+(?:is|remains)\s+(?:still\s+)?yet\s+to\s+be\s+(?:announced|confirmed|revealed|set|determined|decided|given)\b"
    # "nothing has been finalized regarding the broadcast schedule" (a K-drama agency's line)
    r"|\bnothing\s+(?:has\s+been|is|was|had\s+been)\s+(?:yet\s+)?(?:finali[sz]ed|decided|set|confirmed|fixed|determined)"
    r"\s+(?:yet\s+)?(?:regarding|about|on|for|concerning|as\s+to)\s+(?:the\s+|its\s+)?(?:broadcast|release|premiere|air|"
    r"airing|streaming)\s+(?:schedule|date|timing|slot|plans?)\b"
    r"|\b(?:broadcast|release|premiere|airing)\s+schedule\s+(?:has\s+not|hasn[’']t|is\s+not|isn[’']t|is\s+yet\s+to|"
    r"has\s+yet\s+to)\s+(?:yet\s+)?(?:been\s+|be\s+)?(?:finali[sz]ed|decided|set|confirmed|fixed|determined)\b",
    re.I,
)
# "has not set a premiere date for that season": the season the paragraph named last.
_THAT_SEASON_REF = re.compile(
    r"\s*(?:yet\s+)?(?:for|of)\s+(?:that|this|the\s+same|the\s+new|the\s+upcoming)\s+"
    r"(?:season|series|run|instal?lment)\b",
    re.I,
)
_NEW_SHOW_OF_THE_PARAGRAPH = re.compile(r"\b(?:is|as)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:spin-?off|prequel)\b", re.I)
_NOT_SHOW = re.compile(r"\b(?:film|movie|trailer|teaser|episode count)\b", re.I)


# Speed: the words every match of a trigger pattern holds (extract/cues.py). A sentence
# without them skips the pattern's search.
_NO_DATE_CUES = cue_groups(_NO_DATE)
_NO_DATE_SEARCH = scan_faster(_NO_DATE)  # the same matches, found faster
_RENEW_VERB_CUES = cue_groups(_RENEW_VERB)
_ORDER_VERB_CUES = cue_groups(_ORDER_VERB)
_GET_VERB_CUES = cue_groups(_GET_VERB)
_THAT_SEASON_CUES = cue_groups(_THAT_SEASON)
_NOT_RETURN_CUES = cue_groups(_NOT_RETURN)
_CANCEL_VERB_CUES = cue_groups(_CANCEL_VERB)
_RENEWAL_NOUN_CUES = cue_groups(_RENEWAL_NOUN)
_BRING_BACK_CUES = cue_groups(_BRING_BACK)


def title_free_dates(ctx: SentenceContext) -> list[DateMention]:
    """The sentence's dates outside show titles: "Netflix renewed Wednesday" names no weekday."""
    if not ctx.show_mentions:
        return ctx.dates
    return [
        d
        for d in ctx.dates
        if not any(m.start < d.end and d.start < m.end for m in ctx.show_mentions)
    ]


def _verb_matches(pattern: re.Pattern[str], cues: CueGroups, text: str) -> list[re.Match[str]]:
    """``pattern``'s matches in ``text``, skipping the search when no cue word is there."""
    return list(pattern.finditer(text)) if holds_cues(text, cues) else []


@dataclass(frozen=True, slots=True)
class _Trigger:
    start: int
    end: int
    seasons: tuple[int | None, ...]
    show: str
    stance: str | None = None  # forced stance, else computed from the sentence
    date_before: int | None = None  # dates after this position belong to something else


# A related-link line ("Read more: Netflix shows cancelled in 2025") is not a claim.
RELATED_LINK = re.compile(
    r"^\s*(?:read\s+more|read\s+also|also\s+read|more\s+reading|related(?:\s+(?:news|stories|articles?))?"
    r"|see\s+also|must\s+read|don[’']t\s+miss|recommended|you\s+may\s+also\s+like|more\s+news)\s*[:|»>–-]",
    re.I,
)


def extract(ctx: SentenceContext) -> list[Claim]:
    claims: list[Claim] = []
    if (
        not ctx.text.rstrip().endswith("?")
        and not RELATED_LINK.match(ctx.text)
        and _may_hold_trigger(ctx)
    ):
        claims = _renewals(ctx) + _cancellations(ctx) + _no_dates(ctx)
    _HISTORY.remember(ctx)
    return claims


def _may_hold_trigger(ctx: SentenceContext) -> bool:
    """False only for a sentence no trigger can fire in: it names no season (what the season
    state triggers start from), it is no answer to a heading's question, and it holds no word
    of any trigger pattern (each trigger below starts from a match of one of them)."""
    return bool(
        ctx.seasons
        or any(m.season for m in ctx.show_mentions)
        or _answer_position(ctx)
        or holds_cues(ctx.text, _ANY_TRIGGER_CUES)
    )


@dataclass(slots=True)
class _History:
    """The sentences already seen in the current document, newest last, for a phrase such as
    "The same letter also revealed ..." that points back to an earlier dated sentence.
    The pipeline runs the extractors over a document's sentences in order."""

    doc: object | None = None
    seen: list[SentenceContext] = field(default_factory=list)

    block: int = -1
    season: int | None = None  # the last season named in the current block
    season_show: str | None = None  # the show that season belongs to

    def remember(self, ctx: SentenceContext) -> None:
        if self.doc is not ctx.doc:
            self.doc, self.seen = ctx.doc, []
        self.seen.append(ctx)
        del self.seen[:-12]
        if ctx.sentence.block.index != self.block:
            self.block, self.season = ctx.sentence.block.index, None
        if ctx.seasons:
            self.season = ctx.seasons[-1].number
            self.season_show = ctx.show_at(ctx.seasons[-1].start)

    def block_season(self, ctx: SentenceContext) -> int | None:
        """The season the previous sentences of this paragraph were about ("As for season 3,
        ... Most fans believe a renewal is a safe bet")."""
        same = self.doc is ctx.doc and self.block == ctx.sentence.block.index
        return self.season if same else None

    def block_season_show(self, ctx: SentenceContext) -> str | None:
        same = self.doc is ctx.doc and self.block == ctx.sentence.block.index
        return self.season_show if same and self.season is not None else None

    def earlier(self, ctx: SentenceContext) -> list[tuple[str, list[DateMention]]]:
        """(text, dates) of the sentences seen before this one, the newest first."""
        if self.doc is not ctx.doc:
            return []
        return [(seen.text, title_free_dates(seen)) for seen in self.seen[::-1]]


_HISTORY = _History()


# --- renewals ---------------------------------------------------------------------------


# A supposition: "Even if a second series were commissioned tomorrow", "if it were renewed".
_COUNTERFACTUAL = re.compile(r"\b(?:[Ee]ven\s+if|[Ii]f|[Ss]uppose|[Ss]upposing)\b[^,;.]{0,60}?\bwere\s+(?:\w+ly\s+)?$")


# An awaited event in a time clause of a promise: "we will update this page as soon as season 4
# gets a green light", "once Netflix renews the show": the present tense of a future, no news.
_AWAITED_CLAUSE = re.compile(r"\b(?:once|as\s+soon\s+as|the\s+moment|until|whenever|when)\s+[^,;:.!?]{0,60}$", re.I)
_AWAITED_VERB = re.compile(r"(?:is|are|gets?|receives?)\s+(?:(?:officially|formally|finally)\s+)?$", re.I)
_PRESENT_TRIGGER = re.compile(r"(?:renews|gets|receives|orders|greenlights|confirms)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|shall)\b|[’']ll\b", re.I)


def _awaited(text: str, start: int) -> bool:
    clause = _AWAITED_CLAUSE.search(text, 0, start)
    if not clause or not _FUTURE.search(text):
        return False
    return bool(_PRESENT_TRIGGER.match(text, start) or _AWAITED_VERB.search(text, clause.start(), start))


def _renewals(ctx: SentenceContext) -> list[Claim]:
    triggers = _renew_triggers(ctx)
    claims: list[Claim] = []
    seen: set[tuple[int, int]] = set()
    for i, trig in enumerate(triggers):
        shared = i > 0 and (triggers[i - 1].start, triggers[i - 1].end) == (trig.start, trig.end)
        if not shared and any(s <= trig.start < e for s, e in seen):
            continue  # (one trigger may renew several shows: "handing renewals to A and B")
        seen.add((trig.start, trig.end))
        if _COUNTERFACTUAL.search(ctx.text, 0, trig.start):
            continue  # "Even if a second series were commissioned tomorrow, ...": no news
        if _awaited(ctx.text, trig.start):
            continue  # "we will update this page once it is renewed": no news
        claim_stance = trig.stance or _stance(ctx, trig.start, trig.end)
        value = None
        if claim_stance != "denied":
            value = _announcement_date(ctx, trig.start, trig.end, trig.date_before)
            if value is None and _PARTICIPLE_CLAUSE.search(ctx.text, 0, trig.start) and _ING.match(ctx.text, trig.start):
                # "CBS on Wednesday cancelled X, while handing renewals to Y": the main clause's date
                earlier = [d for d in title_free_dates(ctx) if d.end <= trig.start]
                value = _as_announced(ctx, earlier[-1], start=trig.start) if earlier else None
        for season in trig.seasons:
            if season == 1:  # a first season is ordered, not renewed
                continue
            claims.append(
                ctx.claim(
                    "renewed",
                    value,
                    trig.start,
                    trig.end,
                    season=season,
                    show=trig.show,
                    stance=claim_stance,
                )
            )
    # "There will be no season 4, and NBC has said the show will not return": the season the
    # sentence names is the one a season-less renewal of the same show and stance is about
    numbered = {(c.show, c.stance) for c in claims if c.season is not None}
    return [c for c in claims if c.season is not None or (c.show, c.stance) not in numbered]


# ", while handing renewals to ...": a participle clause of the sentence's main verb (the trigger
# opens it).
_PARTICIPLE_CLAUSE = re.compile(r",\s+(?:while\s+|as\s+well\s+as\s+|and\s+|also\s+)?$")


_ING = re.compile(r"\w+ing\b")


def _renew_triggers(ctx: SentenceContext) -> list[_Trigger]:
    text = ctx.text
    if not holds_cues(text, _ANY_TRIGGER_CUES):
        # No trigger word: only a season mention or an answer can start a trigger (the
        # others below find nothing), in this order.
        return _season_state_triggers(ctx) + _answer_triggers(ctx)
    out: list[_Trigger] = []
    out.extend(_that_triggers(ctx))
    for match in _verb_matches(_RENEW_VERB, _RENEW_VERB_CUES, text):
        trig = _verb_trigger(ctx, match.start(), match.end(), need_season=False)
        if trig:
            out.append(trig)
            out += _coordinated_objects(ctx, trig)
    for match in _verb_matches(_ORDER_VERB, _ORDER_VERB_CUES, text):
        trig = _verb_trigger(ctx, match.start(), match.end(), need_season=True)
        if trig:
            out.append(trig)
    for match in _verb_matches(_GET_VERB, _GET_VERB_CUES, text):
        trig = _verb_trigger(ctx, match.start(), match.end(), need_season=True, after_only=True)
        if trig:  # "never got a second season": any date is the season's, not a renewal's
            out.append(_Trigger(trig.start, trig.end, trig.seasons, trig.show, date_before=-1))
    out.extend(_season_state_triggers(ctx))
    out.extend(_answer_triggers(ctx))
    out.extend(_noun_triggers(ctx))
    out.extend(_return_triggers(ctx))
    out.extend(_bring_back_triggers(ctx))
    out.extend(_anaphora_triggers(ctx))
    out.extend(_forward_triggers(ctx, renewal=True))
    out.extend(_phrase_triggers(ctx))
    return out


# "NBC handed its hospital drama a fifth season", "gave the show a second season".
_HANDED = re.compile(r"\b(?:hand(?:s|ed)?|gave|give[sn]?|grant(?:s|ed)?|award(?:s|ed)?)\s+(?=(?:[\w'’&\"“”-]+\s+){0,5}?(?:a|an)\s)", re.I)
# "... a third-season order to the comedy X": the show after the order.
_ORDER_TO = re.compile(r"[\s-]+(?:order|renewal|pick-?up)\s+(?:to|for)\s+", re.I)
# "handed the mystery an early renewal": the next season's
_RENEWAL_HANDED = re.compile(
    r"\b(?:hand(?:s|ed)?|gave|give[sn]?|grant(?:s|ed)?|award(?:s|ed)?)\s+(?:the|its|their|it)\b[^.;,]{0,40}?\s+an?\s+"
    r"(?:early\s+|quick\s+|swift\s+|speedy\s+)?renewal\b",
    re.I,
)
# "picked the show up for a fourth season" (the particle after the object).
_PICKED_UP = re.compile(r"\bpick(?:s|ed|ing)?\s+(?:the|it|this|that|its)\b(?:\s+[\w-]+){0,3}?\s+up\b", re.I)
# "a two-season renewal ..., locking in Seasons 2 and 3": several seasons at once.
_THROUGH_END = re.compile(r"\b(?:through|thru|until|into)\s+(?:its|the|a)?\s*$", re.I)
_MULTI_SEASON = re.compile(r"\b(?P<n>two|three|four|2|3|4)-season\s+(?:renewal|order|pick-?up|re-?up)\b", re.I)
# '"no plans at this time" for a second season', "no plans for a third series".
_NO_PLANS = re.compile(r"\bno\s+(?:immediate\s+|current\s+)?plans\b[^.;:]{0,25}?\s(?=for\s)", re.I)
# "tvN has confirmed the renewal on 14 July", "announced its renewal".
_RENEWAL_CONFIRMED = re.compile(
    r"\b(?:confirm(?:s|ed)?|announc(?:e|es|ed)|reveal(?:s|ed)?|made)\s+(?:the|its|a)\s+(?:official\s+)?(?:renewal|pick-?up)\b", re.I
)
# "Netflix answered by officially ordering 13 more hour-long episodes": a new season's order.
_MORE_EPISODES = re.compile(
    r"\b(?:order(?:s|ed|ing)?|commission(?:s|ed|ing)?|greenlit|green-lit|greenlight(?:s|ed|ing)?)\s+"
    r"(?:(?:a\s+further|another)\s+(?=\S+\s+(?:[\w-]+\s+)?episodes)|(?=\S+\s+(?:more|new|additional|further)\s))"
    r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|eighteen|twenty|twenty-two)\s+(?:(?:more|new|additional|further)\s+)?(?:[\w-]+\s+)?episodes\b",
    re.I,
)
# "... enough material for a third season, although nothing has been announced".
_NOTHING_YET = re.compile(
    r"\b(?:although|though|but|yet)\s+(?:nothing|no\s+(?:renewal|season))\s+has\s+(?:yet\s+)?been\s+"
    r"(?:officially\s+)?(?:announced|confirmed|ordered)\b",
    re.I,
)
# "Movistar Plus+ is already in talks for a third season".
_IN_TALKS = re.compile(r"\bin\s+(?:early\s+|advanced\s+|final\s+)?(?:talks|negotiations)\s+(?:for|about|over)\b", re.I)
# "handing renewals to its medical drama Harbor General and its sitcom The Feldmans Next Door"
_RENEWALS_TO = re.compile(
    r"\b(?:hand(?:s|ed|ing)?|gave|giv(?:e|es|ing)|grant(?:s|ed|ing)?|award(?:s|ed|ing)?)\s+(?:out\s+)?(?:early\s+|new\s+)?"
    r"renewals?\s+to\s+",
    re.I,
)
_SEASON_IN_BRACKETS = re.compile(r"\s*\((?:for\s+)?(?i:season|series)\s+(\d{1,2})\)")
# "X will end with its fifth and final season": that season is coming.
_FINAL_SEASON_AHEAD = re.compile(
    r"\b(?:will|to|set\s+to|is\s+set\s+to|is\s+going\s+to)\s+(?:end|conclude|wrap\s+up|close\s+out)\s+with\s+(?:its|a|one)\s+"
    r"(?=\w+\s+and\s+final\s+(?:season|series)\b)",
    re.I,
)
# "a decision is expected before the end of the year", "insiders expect an answer by the end of
# the month": the renewal decision awaited, a guess at its date.
_DECISION_DUE = re.compile(
    r"\b(?:(?:a|the|its|their)\s+)?(?:decision|answer|verdict|word)\s+(?:on\s+[^,.;]{1,40}?\s+)?"
    r"(?:is|was)\s+(?:expected|due|likely)\s+(?=(?:by|before|in|within|at|later)\b)"
    r"|\bexpects?\s+(?:an?|the)\s+(?:decision|answer|verdict)\s+(?=(?:by|before|in|within)\b)",
    re.I,
)
# A decision awaited is a guess at a renewal only when the sentence leans to a yes ("Insiders
# expect an answer by the end of the month, and most of them think it will be good news"); "a
# decision is expected by March" alone predicts the decision, not its outcome.
_GOOD_NEWS_LEAN = re.compile(
    r"\bgood\s+news\b|\b(?:likely|positive|favou?rable|optimistic|confident|hopeful)\b|\bexpected\s+to\s+(?:be\s+)?(?:renew|come\s+back|return)",
    re.I,
)
_PHRASE_PATTERNS = (
    _HANDED, _PICKED_UP, _MULTI_SEASON, _NO_PLANS, _RENEWAL_CONFIRMED, _MORE_EPISODES, _RENEWAL_HANDED, _NOTHING_YET, _IN_TALKS, _RENEWALS_TO, _FINAL_SEASON_AHEAD,
    _DECISION_DUE,
)
# Words without which none of the phrase patterns can match (extract/cues.py).
_PHRASE_CUES = either(*_PHRASE_PATTERNS)
_GAP_BREAK = re.compile(r"[,;.:]")
_LIST_STOP = re.compile(r"[;:]|\.(?:\s|$)|,\s+(?:while|but|which|who|and\s+(?:the|it)\s+\w+ed)\b")


def _phrase_triggers(ctx: SentenceContext) -> list[_Trigger]:
    """Renewals in a phrase the verb lists above miss: a season handed to the show, "picked the
    show up for", a multi-season renewal naming its seasons, "no plans for a second season",
    "confirmed the renewal", and "although nothing has been announced" after a later season."""
    text = ctx.text
    if not holds_cues(text, _PHRASE_CUES):
        return []
    out: list[_Trigger] = []
    for match in _HANDED.finditer(text):
        handed = next((m for m in ctx.seasons if 0 < m.start - match.end() <= 45), None)
        gap = text[match.end() : handed.start] if handed else ""
        if handed is None or _GAP_BREAK.search(gap) or _is_modifier(ctx, handed.end):
            continue
        show = next((m.title for m in ctx.show_mentions if match.end() <= m.start < handed.start), None)
        order_to = _ORDER_TO.match(text, handed.end) if show is None else None
        if order_to:  # "handed a 13-episode third-season order to the workplace comedy Small Mercies"
            show = next((m.title for m in ctx.show_mentions if order_to.end() <= m.start <= order_to.end() + 50), None)
        if show is None:
            if not _PRONOUN_OBJECT.match(" " + gap):
                continue
            show = _pronoun_show(ctx, match.start())
        out.append(_Trigger(match.start(), match.end(), (handed.number,), show))
    for match in _PICKED_UP.finditer(text):
        seasons = _seasons_after(ctx, match.end())
        if seasons:
            out.append(_Trigger(match.start(), match.end(), tuple(seasons), ctx.show_at(match.start())))
    for match in _MULTI_SEASON.finditer(text):
        after = [m for m in ctx.seasons if m.start >= match.end()]
        named = [m.number for m in after]
        count = int(match.group("n")) if match.group("n").isdigit() else NUMBER_WORDS[match.group("n").lower()]
        show = ctx.show_at(match.start())
        if len(after) == 1 and count > 1 and _THROUGH_END.search(text, 0, after[0].start) and after[0].number >= count:
            named = list(range(after[0].number - count + 1, after[0].number + 1))  # "taking it through its sixth season"
        before = [m.number for m in ctx.seasons if m.end <= match.start()]
        if len(named) != count and len(dict.fromkeys(before)) >= count:
            named = list(dict.fromkeys(before))[-count:]  # "for both a third and a fourth season, a rare two-season order"
        if len(named) != count:
            first = _renewal_default(ctx, show)
            named = list(range(first, first + count)) if first else []
        if named:
            out.append(_Trigger(match.start(), match.end(), tuple(dict.fromkeys(named)), show))
    for match in _NO_PLANS.finditer(text):
        seasons = _seasons_after(ctx, match.end())
        if seasons:
            show = _of_show(ctx, next(m.end for m in ctx.seasons if m.start >= match.end())) or ctx.show_at(match.start())
            out.append(_Trigger(match.start(), match.end(), tuple(seasons), show, "denied"))
    for match in _IN_TALKS.finditer(text):
        seasons = _seasons_after(ctx, match.end())
        if seasons:
            out.append(_Trigger(match.start(), match.end(), tuple(seasons), ctx.show_at(match.start()), "speculated"))
    for match in _RENEWAL_HANDED.finditer(text):
        show = ctx.show_at(match.start())
        seasons = _seasons_after(ctx, match.end()) or [_renewal_default(ctx, show)]
        out.append(_Trigger(match.start(), match.end(), tuple(seasons), show))
    for match in _MORE_EPISODES.finditer(text):
        if _seasons_after(ctx, match.end()) or _GENERIC_SUBJECT.search(text, max(0, match.start() - 40), match.start()):
            continue  # "ordered ten more episodes of season 2" is that season's order
        show = ctx.show_at(match.start())
        season = _renewal_default(ctx, show)
        if season:
            out.append(_Trigger(match.start(), match.end(), (season,), show))
    for match in _RENEWAL_CONFIRMED.finditer(text):
        show = ctx.show_at(match.start())
        seasons = _seasons_after(ctx, match.end()) or [_renewal_default(ctx, show)]
        out.append(_Trigger(match.start(), match.end(), tuple(seasons), show))
    for match in _DECISION_DUE.finditer(text) if _GOOD_NEWS_LEAN.search(text) else ():
        show = ctx.show_at(match.start())
        season = _renewal_default(ctx, show)
        if season:
            out.append(_Trigger(match.start(), match.end(), (season,), show, "speculated"))
    for match in _FINAL_SEASON_AHEAD.finditer(text):
        seasons = _seasons_in(ctx, match.end(), match.end() + 30)
        if seasons and all(seasons):
            out.append(_Trigger(match.start(), match.end(), tuple(seasons), ctx.show_at(match.start())))
    for match in _RENEWALS_TO.finditer(text):
        stop = _LIST_STOP.search(text, match.end())
        end = stop.start() if stop else len(text)
        for mention in ctx.show_mentions:
            if match.end() <= mention.start < end:
                bracket = _SEASON_IN_BRACKETS.match(text, mention.end)  # "Bayside Homicide (for Season 7)"
                season = int(bracket.group(1)) if bracket else _renewal_default(ctx, mention.title)
                if season:
                    out.append(_Trigger(match.start(), match.end(), (season,), mention.title))
    for match in _NOTHING_YET.finditer(text):
        target = ctx.doc.target_season or 0
        later = [m for m in ctx.seasons if m.end <= match.start() and m.number > target]
        if later:
            show = ctx.show_at(later[-1].start)
            out.append(_Trigger(match.start(), match.end(), (later[-1].number,), show, "denied"))
    return out


_RETURN_VERB = re.compile(
    r"\b(?:return(?:s|ing)?|com(?:e|es|ing)\s+(?:back\s+)?with(?=\s+(?:a\s+|its\s+)?season\b)|com(?:e|es|ing)\s+back"
    r"|be\s+back)\b"
    r"(?!\s+(?:to|as|in\s+the\s+role)\b)",
    re.I,
)
_RETURN_END = re.compile(
    r"\s*(?:(?:officially|indeed|after\s+all|soon|again)\b\s*)*(?:[.!;]|,\s+and\b|$)", re.I
)


_RETURN_VERB_CUES = cue_groups(_RETURN_VERB)
_AS_ROLE = re.compile(
    r"\bas\s+(?:(?:series\s+)?regulars?\b|(?:a\s+)?guest|(?:the\s+)?(?:lead|host|narrator)\b|(?-i:[A-Z]))",
    re.I,
)


_WHEN_UNKNOWN = re.compile(
    r"(?:\bunclear|\bunknown|\bnot\s+(?:yet\s+)?(?:known|clear|said|revealed|announced|confirmed)|"
    r"n[’']t\s+(?:yet\s+)?(?:know|said|say|announced|revealed|confirmed|set|decided)|"
    r"\bno\s+word\s+(?:yet\s+)?on|\bwonder(?:s|ing)?|\btight-lipped\s+about)\s+(?:exactly\s+)?when\b[^.;]*$",
    re.I,
)


# A decision not made yet about the return that follows: "has yet to confirm whether", "has not
# announced whether".
_NOT_YET_WHETHER = re.compile(
    r"\b(?:(?:has|have)\s+(?:yet\s+to\s+|not\s+(?:yet\s+)?|n['’]t\s+(?:yet\s+)?)|(?:is|are)\s+yet\s+to\s+)"
    r"(?:confirm|announce|decide|reveal|say)\w*\s+whether\s+[^.;:]{1,70}?$",
    re.I,
)


_ANNOUNCED_AFTER = re.compile(
    r",\s+(?:[A-Z][\w+&'’.-]*\s+(?:and\s+)?){1,4}(?:announced|confirmed|revealed)\s+(?:on|in|last|this|earlier)\b"
)


def _return_triggers(ctx: SentenceContext) -> list[_Trigger]:
    """ "X will return for a third season", "the thriller won't be returning for season 3",
    "X is officially coming back": the show's next season exists (or not). A return with a
    date of its own ("returns for season 17 this summer") is a premiere, not a renewal."""
    text = ctx.text
    out: list[_Trigger] = []
    if not holds_cues(text, _RETURN_VERB_CUES):
        return out
    for match in _RETURN_VERB.finditer(text):
        start, end = match.span()
        undecided = _NOT_YET_WHETHER.search(text, max(0, start - 110), start)
        if undecided:  # "Netflix has yet to confirm whether the show will return for a second season": no renewal yet
            show = _subject_show(ctx, start)
            seasons = _seasons_after(ctx, end) or ([_default(ctx, show)] if show and _RETURN_END.match(text[end:]) else [])
            if show and seasons:
                out.append(_Trigger(start, end, tuple(seasons), show, "denied"))
            continue
        if _SUBORDINATE.search(text[max(0, start - 40) : start]) or _WHEN_UNKNOWN.search(text, max(0, start - 60), start):
            continue  # "It's unclear when the show will return": the date is what is unknown
        show = _subject_show(ctx, start)
        if show is None or _season_subject(ctx, start):
            continue
        _left, right = clause_span(text, start, end)
        comma = text.find(", ", end, right)  # ", the company said last week": the saying's date
        dated = [d for d in title_free_dates(ctx) if start <= d.start < (comma if comma > 0 else right)]
        if dated and not (comma > 0 and _ANNOUNCED_AFTER.match(text, comma)):
            continue  # (but "X will return for a second season in 2025, Aniplex announced on June 27": news of the return)
        if _AS_ROLE.search(text[end:right]):
            continue  # "X and Y return for season 2 as series regulars": actors, not the show
        seasons = _seasons_after(ctx, end)
        if not seasons and _RETURN_END.match(text[end:]):
            seasons = [_default(ctx, show)]
        if seasons:
            out.append(_Trigger(start, end, tuple(seasons), show, date_before=-1))
    return out


def _happening(ctx: SentenceContext, end: int) -> bool:
    """ "Season 2 is officially happening" (not "is on the way to Netflix on July 4": a premiere)."""
    if not _HAPPENING.match(ctx.text[end:]):
        return False
    _left, right = clause_span(ctx.text, end, end + 1)
    second = _AND_PREDICATE.search(ctx.text, end, right)  # "is in pre-production and will air in 2027"
    right = second.start() if second else right
    return not any(end <= d.start < right for d in title_free_dates(ctx))


_AND_PREDICATE = re.compile(
    r"\s+and\s+(?:will|is|are|has|was|should|could|would|may|might)\b"
    # "is in pre-production with the goal of airing in the first half of next year": the date is the airing's
    r"|\s+with\s+(?:the\s+|a\s+)?(?:goal|aim|plan|hope|intention|target)s?\s+(?:of|to)\b|,?\s+(?:aiming|targeting|planning|hoping)\b",
    re.I,
)


def _bring_back_triggers(ctx: SentenceContext) -> list[_Trigger]:
    """ "Netflix brought the show back for a second season": the object is the show."""
    out: list[_Trigger] = []
    if not holds_cues(ctx.text, _BRING_BACK_CUES):
        return out
    for match in _BRING_BACK.finditer(ctx.text):
        obj_start, obj_end = match.span("obj")
        shows = [m for m in ctx.show_mentions if m.start == obj_start and m.end == obj_end]
        if shows:
            show: str | None = shows[0].title
        elif _PRONOUN_OBJECT.fullmatch(" " + match.group("obj")):
            show = _pronoun_show(ctx, match.start())
        else:
            continue
        seasons = _seasons_after(ctx, match.end())
        if show and seasons:
            out.append(_Trigger(match.start(), match.end(), tuple(seasons), show))
    return out


def _season_subject(ctx: SentenceContext, start: int) -> bool:
    """ "Season 2 will return in May": a season returning is a premiere, not a renewal."""
    head = _subject_head(ctx.text[:start])
    return any(m.start < len(head) <= m.end + 1 for m in ctx.seasons)


# "a fourth season would make sense, but there is no word on that yet": the pronoun stands for
# the season named earlier in the sentence.
_NO_WORD_ON_IT = re.compile(
    r"(?:\b(?:no|any)\s+(?:official\s+)?(?:word|news|update|announcement|confirmation)\s+(?:yet\s+)?"
    # "nothing has been said about it", "Netflix hasn't announced anything about one"
    r"|\bnothing\s+(?:has|had)\s+(?:yet\s+)?been\s+(?:officially\s+)?(?:said|announced|confirmed|"
    r"revealed|decided)\s+(?:yet\s+)?"
    r"|(?:\bnot|n[’']t)\s+(?:yet\s+)?(?:said|announced|confirmed|revealed|decided)\s+anything\s+(?:yet\s+)?)"
    r"(?:on|about|regarding|of)\s+(?:that|it|this|one)\b",
    re.I,
)


_NO_WORD_ON_IT_CUES = cue_groups(_NO_WORD_ON_IT)
_NEWS_AFTER = re.compile(r"\s+(?:news|updates?|info|details|spoilers)\b", re.I)


def _anaphora_triggers(ctx: SentenceContext) -> list[_Trigger]:
    out: list[_Trigger] = []
    if not holds_cues(ctx.text, _NO_WORD_ON_IT_CUES):
        return out
    for match in _NO_WORD_ON_IT.finditer(ctx.text):
        before = [
            m
            for m in ctx.seasons
            if m.end <= match.start()
            and not _is_modifier(ctx, m.end)
            and not _NEWS_AFTER.match(ctx.text[m.end :])
        ]
        if before:
            mention = before[-1]
            out.append(
                _Trigger(match.start(), match.end(), (mention.number,), ctx.show_at(mention.start))
            )
    return out


_MOVE_FORWARD = re.compile(
    r"\b(?:(?:will|would|is|are|was|were|has|have|had|did|does|do)\s+not|won[’']t|isn[’']t|aren[’']t|"
    r"wasn[’']t|didn[’']t|doesn[’']t|(?:decided|opted|chose|chosen|elected)\s+not\s+to)\s+"
    r"(?:be\s+)?mov(?:e|ing)\s+forward\s+with\b"
    r"|\b(?:passed|passes|pass)\s+on\b",
    re.I,
)


def _forward_triggers(ctx: SentenceContext, *, renewal: bool) -> list[_Trigger]:
    """ "Netflix will not move forward with a second season" (a renewal denied) and "Netflix
    will not move forward with X" (X cancelled); "passed on a third season"."""
    out: list[_Trigger] = []
    if not holds_cues(ctx.text, _MOVE_FORWARD_CUES):
        return out
    for match in _MOVE_FORWARD.finditer(ctx.text):
        start, end = match.span()
        seasons = _seasons_after(ctx, end)
        if renewal and seasons:
            show = _of_show(ctx, end)  # None: "a second season of <a title we do not know>"
            if show is not None:
                out.append(_Trigger(start, end, tuple(seasons), show, "denied"))
        elif not renewal and not seasons and not match.group(0).lower().startswith("pass"):
            show = _trigger_show(ctx, start, end)
            if show is not None:
                out.append(_Trigger(start, end, (None,), show, "asserted"))
    return out


_FOR_ITS_START = re.compile(r"for\s+(?:its|the|their)\b", re.I)
_MOVE_FORWARD_CUES = cue_groups(_MOVE_FORWARD)


def _that_triggers(ctx: SentenceContext) -> list[_Trigger]:
    """ "revealed that a third season is coming", "told reporters that a second season would
    be made", "announced in May that the show would return for a second season". A reported
    "would" is the future seen from the past, not a hedge; dates after "that" are the
    season's, not the announcement's."""
    text = ctx.text
    out: list[_Trigger] = []
    if not holds_cues(text, _THAT_SEASON_CUES):
        return out
    for match in _THAT_SEASON.finditer(text):
        group = "season" if match.group("season") else "season2"
        verb = "verb" if match.group("verb") else "verb2"
        _left, right = clause_span(text, match.end(), match.end() + 1)
        definite = _FOR_ITS_START.match(match.group(group))
        if definite and any(match.end() <= d.start < right for d in title_free_dates(ctx)):
            continue  # "confirmed that X will return for its third season on May 6": a premiere
        seasons = _seasons_in(ctx, match.start(group), match.end(group)) or [_default(ctx)]
        masked = text
        if match.group(verb).lower().startswith("would"):
            pos = match.start(verb)
            masked = text[:pos] + " " * 5 + text[pos + 5 :]
        forced = stance(masked, match.start(), match.end())
        that = text.rfind(" that ", match.start(), match.start(group))
        out.append(
            _Trigger(
                match.start(),
                match.end(),
                tuple(seasons),
                ctx.show_at(match.start(group)),
                forced,
                date_before=that,
            )
        )
    return out


def _verb_trigger(
    ctx: SentenceContext, start: int, end: int, *, need_season: bool, after_only: bool = False
) -> _Trigger | None:
    text = ctx.text
    if _SUBORDINATE.search(text[max(0, start - 40) : start]) or _GENERIC_SUBJECT.search(text, max(0, start - 40), start):
        return None
    if _generic_subject(ctx, start, end) or _HABIT.search(text, clause_span(text, start, end)[0], start):
        return None  # shows in general, or a habit: "Netflix typically takes a month to renew a show"
    if text[max(0, start - 1) : start] in ('"', "“", "‘", "'", "#") and text[start : start + 1].isupper():
        return None  # a petition's or a hashtag's call: 'a petition titled "Renew Moonlit Pharmacy"', "#RenewX"
    show = _trigger_show(ctx, start, end)
    if show is None:
        return None
    seasons = _seasons_after(ctx, end)
    if not seasons and not after_only:
        seasons = _seasons_before(ctx, start)
    if not seasons:
        if need_season:
            return None
        seasons = [_renewal_default(ctx, show)]
    return _Trigger(start, end, tuple(seasons), show)


_OBJECT_LEAD = re.compile(r"\s*(?:(?:its|the|their)\s+(?:[a-z][\w-]*\s+){0,3})?")


def _coordinated_objects(ctx: SentenceContext, trig: _Trigger) -> list[_Trigger]:
    """The other shows listed after the verb's object: "renewed Night Desk and Hollow Point"
    renews both, each for its own next season unless the text numbers them."""
    first = ctx.show_after(trig.end)
    if first is None or first.title != trig.show or not _OBJECT_LEAD.fullmatch(ctx.text, trig.end, first.start):
        return []
    numbered = bool(_seasons_after(ctx, trig.end))
    return [
        _Trigger(trig.start, trig.end, trig.seasons if numbered else (_renewal_default(ctx, m.title),), m.title)
        for m in ctx.listed_after(first)
    ]


_NOT_GOING_AHEAD = re.compile(
    r"\s+(?:will|would)\s+not\s+(?:be\s+)?(?:move\s+forward|go\s+ahead|happen|be\s+made|moving\s+forward)\b"
    r"|\s+(?:won['’]t|isn['’]t|is\s+not)\s+(?:be\s+)?(?:moving\s+forward|going\s+ahead|happening|move\s+forward|go\s+ahead|happen)\b",
    re.I,
)
_ANOTHER_SEASON = re.compile(r"\b(?:another|a new)\s+(?:season|series)\b", re.I)
_ANOTHER_SEASON_CUES = cue_groups(_ANOTHER_SEASON)
_NEWS_WORD_AFTER = re.compile(r"\s+(?:news|updates?|info|details|word|announcement|spoilers)\b", re.I)


def _season_state_triggers(ctx: SentenceContext) -> list[_Trigger]:
    """ "there will be no fourth season", "no second season exists", "a third season is
    very likely", "another season is possible"."""
    text = ctx.text
    out: list[_Trigger] = []
    for named in ctx.seasons:
        before = text[max(0, named.start - 40) : named.start]
        after = text[named.end :]
        if _is_modifier(ctx, named.end) or _NEWS_WORD_AFTER.match(after):
            continue
        show = _of_show(ctx, named.end)
        if show is None:
            continue
        if _NOT_GOING_AHEAD.match(text, _after_of_show(ctx, named.end)):  # "A third season will not move forward."
            out.append(_Trigger(named.start, named.end, (named.number,), show, "denied"))
            continue
        if _THERE_BE.search(before) or _happening(ctx, named.end) or _happening(ctx, _after_of_show(ctx, named.end)):
            out.append(_Trigger(named.start, named.end, (named.number,), show))
        elif _LIKELY.match(after):
            out.append(_Trigger(named.start, named.end, (named.number,), show, "speculated"))
    for title in ctx.show_mentions:  # "Moonlit Harbor 2 is officially happening"
        if title.season and _happening(ctx, title.end):
            out.append(_Trigger(title.start, title.end, (title.season,), title.title))
    for match in _ANOTHER_SEASON.finditer(text) if holds_cues(text, _ANOTHER_SEASON_CUES) else ():
        if _LIKELY.match(text[match.end() :]):
            out.append(
                _Trigger(
                    match.start(),
                    match.end(),
                    (_default(ctx),),
                    ctx.show_at(match.start()),
                    "speculated",
                )
            )
    return out


def _answer_triggers(ctx: SentenceContext) -> list[_Trigger]:
    """Denials that name no season: "the show will not return", "Nothing has been announced
    yet" or "No." under a question heading about the show's future."""
    text = ctx.text
    out: list[_Trigger] = []
    match = _NOT_RETURN.search(text) if holds_cues(text, _NOT_RETURN_CUES) else None
    if match:
        seasons = _seasons_after(ctx, match.end()) or [_default(ctx)]
        out.append(_Trigger(match.start(), match.end(), tuple(seasons), ctx.show, "denied"))
    match = _NOTHING_ANNOUNCED.match(text)
    heading = ctx.sentence.block.heading or ""
    if match and ctx.sentence.position == 0 and _RENEWAL_HEADING.search(heading):
        season = ctx.heading_season or _default(ctx)
        out.append(_Trigger(match.start(), match.end(), (season,), ctx.show, "denied"))
    short = _NOT_OFFICIAL.match(text)
    season = _HISTORY.block_season(ctx)
    if short and season is not None and ctx.sentence.position > 0:
        # "... in talks for a third season. Nothing is signed.": the season just talked about
        show = _HISTORY.block_season_show(ctx) or ctx.show
        out.append(_Trigger(short.start(), short.end(), (season,), show, "denied"))
    answer = _answer_no(ctx)
    if answer and not _CANCEL_WORD.search(ctx.sentence.block.heading or ""):
        season = ctx.heading_season or _default(ctx)
        out.append(_Trigger(answer.start(), answer.end(), (season,), ctx.show, "denied"))
    return out


# A short denial after a sentence about a later season: "Nothing is signed.", "Netflix has not
# made it official."
_NOT_OFFICIAL = re.compile(
    r"^(?:[Bb]ut\s+)?(?:[Nn]othing|[Nn]one\s+of\s+(?:it|this))\s+(?:is|has\s+been)\s+(?:yet\s+)?(?:signed|official|confirmed|final)"
    r"(?:\s+yet)?\s*[.!]$"
    r"|^(?:[Bb]ut\s+)?(?:[A-Z][\w+]*\s+){1,3}(?:has|have)\s+(?:not|n[’']t)\s+(?:yet\s+)?made\s+it\s+official(?:\s+yet)?\s*[.!]$",
)
_ANSWER_NO = re.compile(r"^(?:unfortunately,?\s+|sadly,?\s+)?(?:no|not yet|nope)\s*[.!]", re.I)
_CANCEL_WORD = re.compile(r"\bcancel|\baxed\b", re.I)
_RENEW_QUESTION = re.compile(r"renew|another season|will there be|return|season \d|cancel", re.I)


def _answer_position(ctx: SentenceContext) -> bool:
    """The sentence opens the paragraph under a heading that asks a question."""
    return ctx.sentence.position == 0 and (ctx.sentence.block.heading or "").strip().endswith("?")


def _answer_no(ctx: SentenceContext) -> re.Match[str] | None:
    """ "No." opening the paragraph under a question heading about the show's future
    ("Has X Been Renewed for Season 3?" / "Is X Cancelled?")."""
    if not _answer_position(ctx):
        return None
    heading = (ctx.sentence.block.heading or "").strip()
    if not _RENEW_QUESTION.search(heading) or _WORK_QUESTION.search(heading):
        return None  # ("Is the Stardust Brigade movie season 2?": what the film is, not whether a season comes)
    return _ANSWER_NO.match(ctx.text)


_WORK_QUESTION = re.compile(r"\b(?:movie|film|special|OVA|spin-?off|prequel|remake)\b", re.I)


# "is close to a second-season order", "nearing a renewal": not there yet.
_NEARING = re.compile(
    r"\b(?:close\s+to|nearing|near|closing\s+in\s+on|on\s+track\s+for|in\s+line\s+for|poised\s+for)\s+$", re.I
)


_DEFINITE_RENEWAL = re.compile(r"(?i:the|this|that)\s+renewal\b")


def _noun_triggers(ctx: SentenceContext) -> list[_Trigger]:
    out: list[_Trigger] = []
    if not holds_cues(ctx.text, _RENEWAL_NOUN_CUES):
        return out
    for match in _RENEWAL_NOUN.finditer(ctx.text):
        seasons = (
            _seasons_in(ctx, match.start(), match.end())
            or _seasons_after(ctx, match.end())
            or _seasons_before(ctx, match.start())
        )
        if match.group("num") or match.group("ord"):
            seasons = [int(match.group("num") or ORDINALS[match.group("ord").lower()])]
        show = ctx.show_at(match.start())
        definite = _DEFINITE_RENEWAL.search(ctx.text, max(0, match.start() - 6), match.end())
        if definite and not any(m.start < match.start() for m in ctx.show_mentions):
            # "The renewal is a bright spot ..., which ... cancelled The Long Furrow": the news
            # told before, not a title named later in the sentence
            show = _HISTORY.block_season_show(ctx) or ctx.doc.main
        if not seasons:
            seasons = [ctx.section_season or _HISTORY.block_season(ctx) or _default(ctx, show)]
        near = "speculated" if _NEARING.search(ctx.text, 0, match.start()) else None
        out.append(_Trigger(match.start(), match.end(), tuple(seasons), show, near))
    return out


# --- cancellations ----------------------------------------------------------------------


def _cancellations(ctx: SentenceContext) -> list[Claim]:
    text = ctx.text
    claims: list[Claim] = []
    answer = _answer_no(ctx)
    if answer and _CANCEL_WORD.search(ctx.sentence.block.heading or ""):
        claims.append(
            ctx.claim(
                "cancelled",
                None,
                answer.start(),
                answer.end(),
                season=None,
                show=ctx.show,
                stance="denied",
            )
        )
    for trig in _forward_triggers(ctx, renewal=False):
        value = _announcement_date(ctx, trig.start, trig.end)
        claims.append(
            ctx.claim(
                "cancelled",
                value,
                trig.start,
                trig.end,
                season=None,
                show=trig.show,
                stance=trig.stance,
            )
        )
    for match in _CANCEL_VERB.finditer(text) if holds_cues(text, _CANCEL_VERB_CUES) else ():
        start, end = match.span()
        if _SUBORDINATE.search(text[max(0, start - 40) : start]) or _generic_subject(ctx, start, end):
            continue
        show = _trigger_show(ctx, start, end)
        if show is None:
            continue
        season = _cancelled_season(ctx, start, end)
        claim_stance = _stance(ctx, start, end)
        if claim_stance == "asserted" and _FEAR.search(text[:start]):
            claim_stance = "denied" if _next_is_denial(ctx) else "speculated"
        value = None if claim_stance == "denied" else _announcement_date(ctx, start, end)
        claims.append(
            ctx.claim("cancelled", value, start, end, season=season, show=show, stance=claim_stance)
        )
    ending = _ENDING_AFTER.search(text) if "ending" in text else None
    wont = _WONT_RETURN.search(text, 0, ending.start()) if ending else None
    if ending and wont and not any(c.kind == "cancelled" for c in claims):
        # "X will not return for a fourth season, ending the adaptation after three seasons": the end of the show
        show = _trigger_show(ctx, ending.start(), ending.end()) or ctx.show
        value = _announcement_date(ctx, wont.start(), wont.end(), before=-1)
        told = "speculated" if is_hedged(text, 0, ending.end()) else "asserted"  # (the denial is of the return, not the end)
        claims.append(ctx.claim("cancelled", value, ending.start(), ending.end(), season=None, show=show, stance=told))
    safe = _NEVER_AT_RISK.search(text) if "risk" in text or "danger" in text else None
    if safe:  # "The Gilded Age was never seriously at risk of being cancelled": a denial
        before = [m for m in ctx.show_mentions if m.end <= safe.start()]
        show = before[-1].title if before else ctx.show
        claims.append(ctx.claim("cancelled", None, safe.start(), safe.end(), season=None, show=show, stance="denied"))
    for match in _CANCEL_NOUN.finditer(text) if "ancel" in text else ():
        # "Fans are petitioning after its cancellation last month": the show's own cancellation
        start, end = match.span()
        if _FEAR.search(text[:start]) or _FEAR_NOUN.search(text[:start]):
            continue  # "Fans feared its cancellation": no news of one
        show = ctx.show_at(start)
        claim_stance = _stance(ctx, start, end)
        value = None if claim_stance == "denied" else _announcement_date(ctx, start, end)
        claims.append(ctx.claim("cancelled", value, start, end, season=None, show=show, stance=claim_stance))
    return claims


_ENDING_AFTER = re.compile(
    r",\s+ending\s+[^.;:]{0,120}?\bafter\s+(?:one|a\s+single|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:seasons?|series)\b"
)
_WONT_RETURN = re.compile(r"\b(?:will\s+not|won['’]t)\s+(?:be\s+)?(?:return|back|coming\s+back)\b")
_NEVER_AT_RISK = re.compile(
    r"\b(?:never|not|n['’]t|no\s+longer)\s+(?:\w+\s+){0,2}?(?:at\s+(?:any\s+)?risk|in\s+(?:any\s+)?danger)\s+of\s+"
    r"(?:being\s+)?(?:cancell?ed|axed|cancell?ation)\b",
    re.I,
)
_FEAR_NOUN = re.compile(r"\b(?:avoid|avert|prevent|risk|threat|danger|brink|verge|spared?)\w*\b", re.I)
_CANCEL_NOUN = re.compile(
    r"\b(?:its|the\s+(?:show|series|drama)['’]s?)\s+(?:sudden\s+|abrupt\s+|recent\s+|shock(?:ing)?\s+|surprise\s+|"
    r"untimely\s+|premature\s+)?cancell?ation\b",
    re.I,
)


_ITS_OR_THE_GAP = re.compile(r"\s*(?:its|the)?\s*")


def _cancelled_season(ctx: SentenceContext, start: int, end: int) -> int | None:
    """A season only when the text cancels a named one ("cancelled season 3", "the third
    season was cancelled"), not "cancelled after one season"."""
    for named in ctx.seasons:
        if 0 <= named.start - end <= 6 and _ITS_OR_THE_GAP.fullmatch(ctx.text[end : named.start]):
            return named.number
        if 0 <= start - named.end <= 30 and _gap_ok(ctx, named.end, start, _GAP_BEFORE):
            return named.number
    return None


def _next_is_denial(ctx: SentenceContext) -> bool:
    nxt = _neighbour(ctx, 1)
    return bool(nxt and _SHORT_DENIAL.match(nxt.strip()))


# --- no premiere date -------------------------------------------------------------------


_CONCESSION_BEFORE = re.compile(r"[,;]\s*(?:(?:even\s+)?though|although|while)\b[^,;]*$", re.I)


def _no_dates(ctx: SentenceContext) -> list[Claim]:
    text = ctx.text
    if not holds_cues(text, _NO_DATE_CUES):
        return []
    match = _NO_DATE_SEARCH.search(text)
    if not match:
        return []
    _left, right = clause_span(text, match.start(), match.end())
    if _NOT_SHOW.search(text[match.start() : right]):
        return []
    seasons = ctx.seasons_in_clause(match.start(), match.end())
    if not seasons and _CONCESSION_BEFORE.search(text, max(0, _left - 12), match.start()):
        # "Season 3 is expected in early 2027, though Peacock has not announced a date": the
        # main clause's season, when it names one
        named = list(dict.fromkeys(m.number for m in ctx.seasons if m.end <= match.start()))
        seasons = named if len(named) == 1 else []
    show = ctx.show_at(match.start())
    season = seasons[0] if seasons else (ctx.heading_season or _default(ctx, show))
    if season is None and show is not None and show != ctx.doc.main:
        season = _paragraph_season(ctx, show)  # "The network has not said when the sitcom will return"
        if season is None and _NEW_SHOW_OF_THE_PARAGRAPH.search(ctx.sentence.block.text):
            season = 1  # "X is a prequel spinoff ... Prime Video has not set a release date for X": its first
    earlier = _HISTORY.block_season_show(ctx)
    if not seasons and earlier and not ctx.section_season and (
        _THAT_SEASON_REF.match(text[match.end() :])
        or (not ctx.show_mentions and earlier != ctx.doc.main)
    ):  # "... for that season"; "No date was given for its premiere" after another show's news
        season, show = _HISTORY.block_season(ctx), earlier
    # (the phrase's own words are no hedge: "has not revealed when fans can expect the season")
    masked = ctx.masked_text()
    masked = masked[: match.start()] + "x" * (match.end() - match.start()) + masked[match.end() :]
    masked = _within_concession(masked, match.end())
    claim_stance = stance(masked, match.start(), match.end(), negatable=False)
    return [
        ctx.claim(
            "no_premiere_date",
            None,
            match.start(),
            match.end(),
            season=season,
            show=show,
            stance=claim_stance,
        )
    ]


# --- shared helpers ---------------------------------------------------------------------


def _default(ctx: SentenceContext, show: str | None = None) -> int | None:
    """The season a claim is about when the text names none: the article's season for the
    main show; unknown for another show."""
    if show is not None and show != ctx.doc.main:
        for mention in ctx.show_mentions:
            if mention.title == show and mention.season:
                return mention.season
        return ctx.section_season if show == ctx.show else None  # a roundup section's season
    return ctx.doc.target_season


def _renewal_default(ctx: SentenceContext, show: str) -> int | None:
    """Another show's renewal with no season named: its next season, which for a show the
    article does not number is most often the second."""
    season = _default(ctx, show)
    if season is None and show != ctx.doc.main:
        return _paragraph_season(ctx, show) or 2
    return season


def _names_another(ctx: SentenceContext, text: str, show: str) -> bool:
    """The sentence names a show other than ``show`` (its seasons are that show's)."""
    return any(m.title != show for m in ctx.doc.shows.mentions(text))


# "whose second season ended in April", "after three seasons", "now in its sixth season": a
# season already made (or being shown); the one to renew is the next.
_SEASON_BEHIND = re.compile(r"\s+(?:(?:has|had|have|just|recently|already)\s+)*(?:ended|wrapped|concluded|finished|aired|premiered|debuted|ran)\b", re.I)
_SEASON_BEHIND_BEFORE = re.compile(r"\b(?:after|now\s+in)\s+(?:its|their|a|the)?\s*$", re.I)


def _paragraph_season(ctx: SentenceContext, show: str) -> int | None:
    """The highest season (second or later) the paragraphs that name ``show`` give ("renews
    'Harbor General'" in the headline; "Harbor General, now in its sixth season, ... Season 7
    will premiere in the fall" below)."""
    blocks = {s.block.index for s in ctx.doc.sentences if show in s.text and s.block.kind == "para"}
    found = [
        m.number + 1 if _SEASON_BEHIND.match(s.text, m.end) or _SEASON_BEHIND_BEFORE.search(s.text, 0, m.start) else m.number
        for s in ctx.doc.sentences
        if s.block.index in blocks and (show in s.text or not _names_another(ctx, s.text, show))
        for m in find_seasons(s.text)
    ]
    best = max(found, default=0)
    return best if best > 1 else None


# "No. Netflix has cancelled it": the answer to the heading's question opens the sentence
# but does not negate the statement after it.
_OPENING_ANSWER = re.compile(
    r"^(?:(?:unfortunately|sadly|alas|well),?\s+)?(?:yes|yep|no|nope|not\s+quite)\s*[.!]\s+(?=\S)",
    re.I,
)


def _stance_text(ctx: SentenceContext) -> str:
    """The sentence with show titles and an opening one-word answer blanked out."""
    text = ctx.masked_text()
    answer = _OPENING_ANSWER.match(text)
    return " " * answer.end() + text[answer.end() :] if answer else text


_CAN = re.compile(r"\bcan\b", re.I)
_NOT_UNTIL_DATE = re.compile(r"(?:\bnot|n['’]t)\s+(?:[\w-]+\s+){1,6}?until\s+(?:\d{4}|(?:early|late|mid)\b|(?-i:[A-Z])[a-z]+\s+\d{4})", re.I)


def _stance(ctx: SentenceContext, start: int, end: int) -> str:
    text = _stance_text(ctx)
    text = _within_concession(text, end)
    second = _SECOND_VERB_PHRASE.match(text, end)
    if second:  # "is confirmed and is aiming for a broadcast in 2027": the hedge is the second verb's
        text = text[: second.start()] + " " * (len(text) - second.start())
    result = stance(text, start, end)
    if result == "denied" and not _negated_in_conjunct(ctx, start, end):
        result = stance(text, start, end, negatable=False)
    if result == "denied" and _NOT_UNTIL_DATE.search(text, max(0, start - 40), min(len(text), end + 60)):
        result = stance(text, start, end, negatable=False)  # "did not confirm a third series until 2020": then it did
    if result == "asserted" and _CAN.search(ctx.text[max(0, start - 30) : start]):
        return "speculated"
    return result


# (or a fronted reason, which the main clause takes as given: "Since the renewal came only last
# month, a 2027 premiere seems unlikely")
_FRONTED_CONCESSION = re.compile(
    r"(?:While|Although|Though|Even\s+though|Whereas|Since|Because|Now\s+that|Given\s+that|Seeing\s+that)\b[^,;]{3,160},"
)


def _within_concession(text: str, end: int) -> str:
    """``text`` with its main clause blanked when the claim ending at ``end`` sits in a fronted
    concession ("While HBO has yet to announce a date, we can make a guess": the guess is the
    main clause's, not the claim's)."""
    fronted = _FRONTED_CONCESSION.match(text)
    if fronted is None or end > fronted.end():
        return text
    return text[: fronted.end()] + " " * (len(text) - fronted.end())
_SECOND_VERB_PHRASE = re.compile(r"[^,;.]{0,40}?\s+and\s+(?:is|are|will|has|have|was|were)\s+(?!(?:not|n[’']t|never)\b)", re.I)


def _negated_in_conjunct(ctx: SentenceContext, start: int, end: int) -> bool:
    """ "X was not renewed and has been cancelled": a negation before "and" belongs to the
    first verb phrase, not to the trigger after it."""
    text = _stance_text(ctx)
    left, _right = clause_span(text, start, end)
    cut = max(left, text.rfind(" and ", left, start) + 1 if " and " in text[left:start] else left)
    return stance(" " * cut + text[cut:], start, end) == "denied"


_WORD_TOKEN = re.compile(r"[\w’']+")


def _words(text: str) -> list[str]:
    return _WORD_TOKEN.findall(text.replace("n't", " n't").replace("n’t", " n't"))


# A count written as a modifier of the season: "for a 22-episode fourth season".
_COUNT_MODIFIER = re.compile(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)-(?:episode|part|hour)s?", re.I)
# The lower-case words that describe a show between a possessive or article and its title
# ("its space drama", "the long-running medical drama").
_DESCRIPTOR = re.compile(r"\b(?:its|their|his|her|the|a|an)\s+((?:[a-z][\w'’-]*\s+){1,4})$")


def _gap_ok(ctx: SentenceContext, start: int, end: int, allowed: frozenset[str]) -> bool:
    """True when text[start:end] holds only function words, show names and one capitalised
    word (a company: "season two, which Netflix ordered")."""
    gap = list(ctx.text[start:end])
    for mention in ctx.show_mentions:
        lo = max(mention.start, start)
        if start < mention.start <= end:  # "its space drama Low Orbit": the descriptor goes too
            described = _DESCRIPTOR.search(ctx.text, start, mention.start)
            lo = described.start(1) if described else lo
        for i in range(lo, min(mention.end, end)):
            gap[i - start] = " "
    capitals = 0
    for word in _words(_COUNT_MODIFIER.sub(" ", "".join(gap))):
        if word.lower() in allowed or not word.strip("’'"):  # a quote mark closing a title
            continue
        if word[:1].isupper() and capitals == 0:
            capitals += 1
            continue
        return False
    return True


_MODIFIED = re.compile(
    r"^(?:[’']s)?\s*(?:release|premiere|air|date|trailer|teaser|poster|cast|episodes?|finale|title|"
    r"filming|production|shoot|script|opening|villain|plot|story|footage|first look|to premiere|"
    r"to arrive|to debut|to air|to drop|to launch|to be released|to come out)\b",
    re.I,
)


# "confirmed the second season will premiere in June": the season starts a clause of its own.
_COMPLEMENT = re.compile(
    r"^\s*(?:of\s+[^,.;]{1,40}?\s+)?(?:will|would|is|are|has|was|premieres?|arrives?|drops?|debuts?|"
    r"lands?|returns?|comes?|starts?|begins?)\b",
    re.I,
)
_OF_SEASON = re.compile(r"\b(?:for|of|in|from|about|on)\s+(?:the\s+|its\s+)?$", re.I)


def _is_modifier(ctx: SentenceContext, end: int) -> bool:
    """ "the second season's release date", "the season 2 trailer": the season is not the object."""
    return bool(_MODIFIED.match(ctx.text[end:]))


def _seasons_in(ctx: SentenceContext, start: int, end: int) -> list[int | None]:
    nums: list[int | None] = [m.number for m in ctx.seasons if start <= m.start < end]
    return list(dict.fromkeys(nums))


_COMMA_OR_SEMICOLON = re.compile(r"[,;]")


_BEYOND = re.compile(r"\b(?:beyond|after)\s+(?:its\s+|the\s+)?$", re.I)


# The show as the object, described: "picked up the mystery drama for a third season".
_DESCRIBED_OBJECT = re.compile(
    r"\s+(?:the|its|their|this|that)\s+(?:[a-z][\w'’-]*\s+){0,3}?" + GENRE_NOUNS
    # ("its workplace comedy about a failing Birmingham brass band for a 10-episode third season")
    + r"(?:\s+(?:about|set\s+in|from|starring|with|following)\s+[^,;.()]{1,50}?)?"
    + r"\s+for\s+(?:a|an|the|its)\s+(?:\d{1,2}-episode\s+)?",
    re.I,
)


_OBJECT_APPOSITION = re.compile(r",\s+(?:the|a|an|its|their)\s+[^,;()]{1,60},")
# A described object, then a clause set off by commas before the "for" of the seasons.
_OBJECT_ASIDE = re.compile(
    r"\s+(?:the|its|their)\s+(?:[a-z][\w'’-]*\s+){0,4}?" + GENRE_NOUNS
    + r",\s+(?:starring|featuring|led\s+by|created\s+by|which|who|whose|based\s+on)\b[^;()]{1,90}?,(?=\s+for\b)",
    re.I,
)


def _seasons_after(ctx: SentenceContext, end: int) -> list[int | None]:
    """Seasons named right after a trigger: "for a third season", "the second season", "for
    two more seasons", "for both a second and a third series", "for a third"."""
    text = ctx.text
    for mention in ctx.show_mentions:  # "renewed its other space drama, Halcyon Drift, for a third season"
        if mention.start > end and text[mention.end : mention.end + 1] == "," and _DESCRIBED_APPOSITIVE.fullmatch(
            text, end, mention.start
        ):
            end = mention.end + 1
            break
    for mention in ctx.show_mentions:  # "renewed Proof Positive, its baking competition, for its ninth ..."
        if mention.start >= end and not text[end : mention.start].strip():
            aside = _OBJECT_APPOSITION.match(text, mention.end)
            if aside:
                end = aside.end()
            break
    aside = _OBJECT_ASIDE.match(text, end)
    if aside:  # "renewed the drama, starring X as Y, for two more seasons"
        end = aside.end()
    rest = text[end:]
    more = _MORE_SEASONS.match(rest)
    if more:
        count = (
            int(more.group("n"))
            if more.group("n").isdigit()
            else NUMBER_WORDS[more.group("n").lower()]
        )
        first = ctx.doc.target_season or 2
        return list(range(first, first + count))
    for named in ctx.seasons:
        if named.start >= end and (named.start - end <= 50 or (named.start - end <= 110 and _DESCRIBED_OBJECT.fullmatch(text, end, named.start))):
            if _THROUGH_GAP.fullmatch(text, end, named.start) and named.number:
                first = _default(ctx)  # "renewed through season 3": every season up to it
                return list(range(first, named.number + 1)) if first and first <= named.number else [named.number]
            if (
                not (
                    _gap_ok(ctx, end, named.start, _GAP_AFTER)
                    or _DESCRIBED_OBJECT.fullmatch(text, end, named.start)
                    or _FOR_THAT_GAP.fullmatch(text, end, named.start)  # "renewed the show for that third outing"
                )
                or _COMMA_OR_SEMICOLON.search(text[end : named.start])
                or _is_modifier(ctx, named.end)
                or _COMPLEMENT.match(text[named.end :])
            ):
                break
            found = _seasons_in(ctx, named.start, named.end + 1)
            if _BEYOND.search(text, end, named.start):  # "not renewed beyond season 2": the third
                return [n + 1 if n else n for n in found[-1:]]
            return found
        if named.start >= end:
            break
    for mention in ctx.show_mentions:
        if mention.season and 0 <= mention.start - end <= 6:
            return [mention.season]
    elliptic = _ELLIPTIC.match(rest)
    if elliptic:
        return [ORDINALS[elliptic.group("ord").lower()]]
    if _ANOTHER.match(rest):
        return [_default(ctx)]
    return []


_FOR_THAT_GAP = re.compile(r"\s+(?:the\s+(?:show|series|drama)\s+)?for\s+(?:that|this)\s+", re.I)
_THROUGH_GAP = re.compile(r"\s+(?:(?:the|its)\s+(?:[\w-]+\s+)?(?:show|series|drama|comedy|thriller|anime)\s+)?(?:through|thru)\s+(?:its\s+|a\s+)?", re.I)


def _seasons_before(ctx: SentenceContext, start: int) -> list[int | None]:
    """Seasons named right before a trigger: "The second season was announced", "season two,
    which Netflix ordered", "Sweet Home 2 has been renewed"."""
    cands = [(m.end, m.number) for m in ctx.seasons if m.end <= start]
    cands += [(m.end, m.season) for m in ctx.show_mentions if m.season and m.end <= start]
    if not cands:
        return []
    last_end = max(c[0] for c in cands)
    if start - last_end > 40 or not _gap_ok(ctx, last_end, start, _GAP_BEFORE):
        return []
    if _is_modifier(ctx, last_end):
        return []
    first = min(m.start for m in ctx.seasons + ctx.show_mentions if m.end == last_end)
    if _OF_SEASON.search(ctx.text[max(0, first - 20) : first]):
        return []
    return list(dict.fromkeys(n for e, n in cands if e == last_end))


# A person's possessive in a determiner's place: "renewed Taylor Sheridan's drama".
_OWNER = r"(?-i:[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,2}['’]s)"
_PRONOUN_OBJECT = re.compile(
    r"^\s*(?:(?:the|its|their|this|that|" + _OWNER + r")\s+(?:[\w+-]+\s+){0,3}?(?:[a-z]+-)?(?:show|series|k-drama|drama|anime|"
    r"programme|program|sitcom|thriller|comedy|hit|adaptation|spin-?off|prequel|sequel|mystery|"
    r"romance|fantasy|horror|saga|procedural|dramedy|miniseries|docuseries|original|title|smash|"
    r"favou?rite|phenomenon|franchise|western|noir|soap|melodrama|whodunit|caper|anthology|epic|satire|serial|reboot|"
    r"revival|remake|cartoon)(?![’']s)|it|them|"
    r"this|that)\b",
    re.I,
)
_FREE_OBJECT = re.compile(
    r"^\s*(?:(?:for|both|another|anything|nothing|on|in|back|last|after|before|"
    r"yet|so|and|but|just|already|ahead|alongside|together|as|at|during|with|by|until|when|while|"
    r"only|once|within|barely|less|more|than|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|some|few|right|soon|through|up|early|twice|again|not\s+(?:one|just|only)\s+but|\w+ly)\b|[,.;:!)]|$)",
    re.I,
)


# "axed its steampunk western Copperhead Rail", "renewed the hit BBC drama X": a described title.
_DESCRIBED = re.compile(
    r"\s+(?:on\s+)?(?:the|its|their|his|her|a|an)\s+"
    r"(?:(?!(?:for|after|before|with|in|on|and|or|but|to|of|by|as|at|from|while|than|that|which|"
    r"who|is|was|has|had|will|season|series)\b)[\w’'&+-]+,?\s+){1,5}",
    re.I,
)


_DETERMINER_GAP = re.compile(r"\s*(?:the|its|a|an)?\s*(?:" + _COUNT_MODIFIER.pattern + r"\s+)?", re.I)
# "renewed Sam Levinson's "Euphoria"", "Taylor Sheridan's Lioness": the owner before the title.
_OWNED = re.compile(r"\s+" + _OWNER + r"\s+(?:[a-z][\w-]*\s+){0,3}[\"“‘']?")
_BARE_DESCRIBED = re.compile(r"\s+(?:[a-z][\w’'-]*\s+){0,2}" + GENRE_NOUNS + r"\s+[\"“‘']?", re.I)
_DESCRIBED_APPOSITIVE = re.compile(r"\s+(?:the|its|their|his|her)\s+(?:[\w’'&+-]+\s+){0,4}?[\w’'&+-]+,\s+", re.I)


def _trigger_show(ctx: SentenceContext, start: int, end: int) -> str | None:
    """The show a trigger is about, from its object when active, its subject when passive;
    None when that is a title we do not know as a show ("cancelled 1899")."""
    rest = ctx.text[end:]
    for mention in ctx.show_mentions:
        if 0 <= mention.start - end <= 2:
            return mention.title
        if 0 < mention.start - end <= 60 and _DESCRIBED.fullmatch(ctx.text[end : mention.start]):
            return mention.title
        if 0 < mention.start - end <= 60 and _DESCRIBED_APPOSITIVE.fullmatch(ctx.text[end : mention.start]):
            return mention.title  # "renewed its other space drama, Halcyon Drift, for a third season"
        if 0 < mention.start - end <= 60 and _OWNED.fullmatch(ctx.text, end, mention.start):
            return mention.title
        if 0 < mention.start - end <= 40 and _BARE_DESCRIBED.fullmatch(ctx.text, end, mention.start):
            return mention.title  # "renewed freshman drama “Night Desk”"
    if _PRONOUN_OBJECT.match(rest):
        return _pronoun_show(ctx, start)
    for named in ctx.seasons:
        if 0 <= named.start - end <= 26 and _DETERMINER_GAP.fullmatch(rest[: named.start - end]):
            return None if _is_modifier(ctx, named.end) else _of_show(ctx, named.end)
    if _is_passive(ctx, end):
        return _subject_show(ctx, start)
    stripped = rest.lstrip()
    if not stripped or _FREE_OBJECT.match(rest):
        return ctx.show_at(end)
    # An unknown title ("cancelled 1899") or a noun ("renewed interest"): not a show's status.
    return None


_COMMA_END = re.compile(r",\W*$")
_ING_WORD_START = re.compile(r"\w+ing\b")


def _pronoun_show(ctx: SentenceContext, start: int) -> str:
    """The show "the show" / "it" stands for after an active trigger: never the trigger's own
    subject ("Apple renewed the show": Apple renews, it is not renewed)."""
    subject = [
        m
        for m in ctx.show_mentions
        if m.end <= start and _gap_ok(ctx, m.end, start, _GAP_BEFORE) and start - m.end <= 25
    ]
    if not subject:
        return ctx.show_at(start)
    if _COMMA_END.search(ctx.text[subject[-1].end : start]) and _ING_WORD_START.match(ctx.text[start:]):  # "Max spared the comedy Dovetail, renewing it": a participle's "it" is the object before
        return subject[-1].title
    others = [m for m in ctx.show_mentions if m.end <= subject[-1].start]
    if others:
        return others[-1].title
    return ctx.doc.main if ctx.show == subject[-1].title else ctx.show


_PASSIVE_BEFORE = re.compile(r"\b(?:been|was|were|is|are|be|being|get|got|gets)\s+(?:\w+\s+){0,2}?\w+$", re.I)


def _is_passive(ctx: SentenceContext, end: int) -> bool:
    before = ctx.text[:end]
    return bool(
        _PASSIVE_BEFORE.search(before)
    )


_SHOW_NOUN = re.compile(GENRE_NOUNS + r"|it|this|that|they|season|seasons|renewal|franchise", re.I)
# (and an appositive: "Constellation, the space thriller starring Noomi Rapace, was cancelled")
_RELATIVE = re.compile(r",\s+(?:which|who)\b[^,]*,|,\s+(?:the|an?)\s+[^,;]{1,80},")


_AUXILIARY_TAIL = re.compile(r"(?:\s+(?:has|have|had|was|were|is|are|be|been|being|not|never|already|officially|also|"
        r"just|finally|n[’']t|will|would|could|might|may|to|get|got|yet|still|formally|now|"
        r"reportedly|likely|unlikely|going|expected|set|definitely|indeed|won[’']t|isn[’']t|"
        r"aren[’']t|wasn[’']t|weren[’']t|hasn[’']t|haven[’']t|hadn[’']t|first|initially|originally|publicly|"
        r"quietly|previously|only|recently|eventually|quickly|swiftly|promptly|[’']s))+\s*$")
# An appositive between the subject and its verb: "Shrinking, another of the streamer's comedies, was renewed"
_APPOSITIVE_END = re.compile(r",\s+(?:another\s+of|one\s+of|the|an?)\s+[^,()\n]{1,60},$")
# A relative pronoun ending the head. Searched for on its own: the longest such ending starts
# at the leftmost match. (As "(.*?),?\s+(?:which|that)$" the search tried every length of
# the text before it at every start.)
_WHICH_AT_END = re.compile(r",?\s+(?:which|that)$")
_GLOSS_END = re.compile(r"\s*\([^()]{1,60}\)$")


def _subject_head(text: str) -> str:
    """The text before a verb with its auxiliaries, adverbs and a relative pronoun removed, so
    that it ends with the subject."""
    head = _RELATIVE.sub(lambda m: " " * len(m.group()), text)
    head = _AUXILIARY_TAIL.sub("", head)
    head = _APPOSITIVE_END.sub("", head)
    rel = _WHICH_AT_END.search(head)
    if rel:
        before = head[: rel.start()]
        head = before[before.rfind("\n") + 1 :]  # what "(.*?)" can hold: no line break
    return _GLOSS_END.sub("", head.rstrip(" ,"))  # "'Casa Alta' ('High House') was cancelled"


_LAST_TOKEN = re.compile(r"([\w’'.:-]+)$")


def _subject_show(ctx: SentenceContext, start: int) -> str | None:
    """The show a passive trigger is about ("Dark was not cancelled", "which was cancelled").
    None when the subject is a title we do not know as a show."""
    text = ctx.text
    head = _subject_head(text[:start])
    for mention in ctx.show_mentions:
        if mention.end >= len(head) - 1 and mention.start < len(head):
            return mention.title
    for named in ctx.seasons:
        if named.end >= len(head) - 1 and named.start < len(head):
            return ctx.show_at(named.start)
    last = _LAST_TOKEN.search(head)
    if last and (_SHOW_NOUN.fullmatch(last.group(1)) or last.group(1).lower() in {"and", "but", "we"}):
        return ctx.show_at(start)
    return None


_OF_WORD = re.compile(r"\s+of\s+")


def _after_of_show(ctx: SentenceContext, end: int) -> int:
    """Where "of <a known show>" right after ``end`` ends ("Season 2 of Harbor Lights| is
    officially happening"); ``end`` itself when no known show follows "of"."""
    of = _OF_WORD.match(ctx.text, end)
    if of:
        for mention in ctx.show_mentions:
            if mention.start == of.end():
                return mention.end
    return end


def _of_show(ctx: SentenceContext, end: int) -> str | None:
    """ "a second season of 1899": the show after "of", None when it is not a known show."""
    rest = ctx.text[end:]
    of = _OF_WORD.match(rest)
    if not of:
        return ctx.show_at(end)
    pos = end + of.end()
    for mention in ctx.show_mentions:
        if mention.start == pos:
            return mention.title
    nxt = ctx.text[pos : pos + 1]
    if nxt.isupper() or nxt.isdigit():
        return None
    return ctx.show_at(end)


# --- dates ------------------------------------------------------------------------------


# "tvN also confirmed on the same day that ...": the date of the news before.
# A sentence that opens "At the same time," or "The same day," reports news of that day too.
_SAME_DAY = re.compile(r"\b(?:on|that)\s+(?:the\s+)?same\s+day\b|^(?:at\s+the\s+same\s+time|the\s+same\s+day)\b", re.I)
# "Prime Video also used the panel to reveal that ...": the event an earlier sentence dated.
_USED_THE_EVENT = re.compile(
    r"\b(?:used|at|during)\s+the\s+(?:same\s+)?(?P<noun>panel|event|presentation|showcase|upfront|livestream)\b", re.I
)
_CARRY_PREV = re.compile(
    r"^(?:at\s+|during\s+|on\s+|in\s+)?the\s+same\s+(?P<noun>letter|announcement|video|teaser|"
    r"post|event|statement|press release|presentation|message|interview|trailer|panel)\b",
    re.I,
)
# A noun that points back to the status news of the sentence before: "the decision", "the
# pickup", "the recommission", "the news".
_ANAPHOR_NOUN = (
    r"(?:news|decision|announcement|move|call|pick-?up|renewal|recommission|re-?order|order|"
    r"cancell?ation|axing|green-?light|go-?ahead|confirmation)"
)
_CARRY_NEXT = re.compile(
    r"\b(?:shared|announced?|broke|confirmed|revealed|posted|made|finali[sz]ed|reached|reported|"
    r"took|made\s+official|finished|issued)\s+(?:the|its|this|that)\s+(?:official\s+|final\s+|good\s+|big\s+|happy\s+|exciting\s+)?"
    + _ANAPHOR_NOUN
    + r"\b"
    r"|^(?:the|this|that|its|their)\s+(?:official\s+|formal\s+|final\s+)?"
    + _ANAPHOR_NOUN
    + r"\s+(?:(?:was|were|had\s+been|has\s+been|became)\s+(?:first\s+|officially\s+|formally\s+|"
    r"publicly\s+)?(?:made|announced|shared|confirmed|revealed|reported|finali[sz]ed|reached|taken|"
    r"communicated|relayed|conveyed|delivered|official|public)|dropped|came|broke|arrived|landed|went\s+public)\b"
    # "Prime Video has cancelled X. The streamer confirmed on Tuesday that ...": the same news
    r"|^(?:the|this)\s+(?:streamer|network|service|channel|broadcaster|platform|studio)\s+(?:officially\s+)?"
    r"(?:confirmed|announced|revealed|said)\b",
    re.I,
)
# An announcement still to come: its date is not moved into the past.
_FUTURE_ANNOUNCEMENT = re.compile(
    r"\b(?:will|shall|going\s+to|expect(?:s|ed|ing)?|(?:likely|set|due|scheduled|poised|tipped|slated)\s+to|"
    r"could|might|should|may)\b|[’']ll\b",
    re.I,
)


# A time after another event, right after the trigger: "renewed for a second season five weeks later".
_OFFSET_LATER = re.compile(
    r"[^.;,]{0,50}?\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|few|"
    r"a\s+couple\s+of)\s+(?:days?|weeks?|months?|years?)\s+later\b",
    re.I,
)


def _announcement_date(
    ctx: SentenceContext, start: int, end: int, before: int | None = None
) -> str | None:
    """The date nearest the trigger in its clause, else a date opening the sentence, else one
    carried from a neighbouring sentence that reports the same announcement."""
    if _OFFSET_LATER.match(ctx.text, end):
        return None  # "debuted in October 2024 and was renewed five weeks later": a date to compute, none given
    if before is not None and before < 0:
        # "will return": a date after it is the return's, but one the report gives is the
        # announcement's ("On Thursday, Netflix confirmed the show will return", "announced
        # Thursday (Nov. 12) that ...")
        report = next(reversed(list(_REPORT_VERB.finditer(ctx.text, 0, start))), None)
        if report is not None:
            before = min(start, report.end() + 25)
        trailing = _TRAILING_REPORT.search(ctx.text, end)
        if trailing is not None:  # "will return for a second season, the website announced on Saturday"
            dated = [d for d in title_free_dates(ctx) if trailing.start() <= d.start <= trailing.end() + 25]
            if dated:
                return _as_announced(ctx, dated[0], start=start)
    date = _nearest_date(ctx, start, end, before)
    if date:
        return _as_announced(ctx, date, start=start)
    same = _CARRY_PREV.match(ctx.text) or _USED_THE_EVENT.search(ctx.text, 0, start)
    # ("on the same day" before the news, or right after it: "renewed X for a second season on the same day")
    day = None if same else (_SAME_DAY.search(ctx.text, 0, start) or _SAME_DAY.search(ctx.text, end, clause_span(ctx.text, start, end)[1]))
    if same or day:
        noun = same.group("noun") if same else None
        for text, dates in _HISTORY.earlier(ctx)[: 6 if noun is None else 40]:
            if day:  # "on the same day": the last day the text named
                dates = [d for d in dates if len(d.value) == 10]
            if dates and (noun is None or re.search(rf"\b{noun}\b", text, re.I)):
                return _as_announced(ctx, dates[-1], text)
    framed = _frame_day(ctx)
    if framed is not None:  # "It's been a busy Thursday across the networks. NBC also renewed X ..."
        return framed
    nxt = _next_sentence(ctx)
    carried = _CARRY_NEXT.search(nxt) if nxt else None
    if nxt and carried:
        left, right = clause_span(nxt, carried.start(), carried.end())
        found = [d for d in _dates_of(ctx, nxt) if left <= d.start < right]
        if found:
            return _as_announced(ctx, found[0], nxt)
    return None


# A paragraph that opens on the day alone ("It's been a busy Thursday across the broadcast
# networks."): the news of the sentences after it is that day's.
_FRAME_DAY = re.compile(
    r"^(?:It(?:['’]s|\s+(?:has|was))\s+been|(?:On\s+)?(?:a\s+)?(?:busy|big|hectic|eventful))\b[^.;]{0,30}?"
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|day|week)\b",
    re.I,
)


def _frame_day(ctx: SentenceContext) -> str | None:
    sent = ctx.sentence
    if sent.position == 0 or sent.index < sent.position:
        return None
    opening = ctx.doc.sentences[sent.index - sent.position]
    if not _FRAME_DAY.match(opening.text) or _EVENT.search(opening.text):
        return None
    days = [d for d in find_dates(opening.text, ctx.doc.published) if len(d.value) == 10]
    return _as_announced(ctx, days[0], opening.text) if len(days) == 1 else None


_REPORT_VERB = re.compile(r"\b(?:announced|confirmed|revealed|said|told|shared|unveiled)\b", re.I)
# A report clause after the news: ", the official website announced on Saturday".
_TRAILING_REPORT = re.compile(
    r",\s+(?:[^,;.]{0,50}?\s)?(?:announced|confirmed|revealed|said|reported|shared|unveiled)\b(?=[^,;]{0,30}(?:[.;]?$|,\s))", re.I
)


def _next_sentence(ctx: SentenceContext) -> str | None:
    """The sentence after this one: in the same block, else the first of the next paragraph."""
    nxt = _neighbour(ctx, 1)
    if nxt is not None:
        return nxt
    sents = ctx.doc.sentences
    pos = ctx.sentence.index + 1
    if pos < len(sents) and sents[pos].block.kind == "para" and sents[pos].position == 0:
        return sents[pos].text
    return None


_YEAR_WORD = re.compile(r"\d{4}|\byear\b", re.I)


def _as_announced(
    ctx: SentenceContext, date: DateMention, text: str | None = None, start: int | None = None
) -> str | None:
    """An announcement is reported after it was made: a date the normaliser put after the
    publication date is the most recent past one ("handed it an order on Dec. 12" in a
    September article), and one whose year is written out is no announcement date at all."""
    published = ctx.doc.published
    if not published:
        return date.value
    try:
        lower = bounds(date.value)[0]
        latest = bounds(published)[1]
    except ValueError:
        return date.value
    if lower is None or latest is None or lower <= latest:
        return date.value
    if _future_announcement(ctx.text if text is None else text, date, start):
        return date.value  # "a renewal is likely to be announced in October": still to come
    if _YEAR_WORD.search(date.text):
        return None
    return normalise(date.text, published, tense="past")


_CLAUSE_JOINER = re.compile(r"(?:,|\band\b|\bbut\b)")


def _future_announcement(text: str, date: DateMention, start: int | None) -> bool:
    """Whether the announcement itself is still to come: a future marker in the trigger's own
    verb phrase ("is likely to be announced in October"), not in a second one ("renewed it and
    will bring it back in 2026")."""
    if start is None or start > date.start:
        window = text[: date.start]
    else:
        window = text[max(0, start - 40) : date.start]
        conj = _CLAUSE_JOINER.search(text[start : date.start])
        if conj:
            window = text[max(0, start - 40) : start + conj.start()]
    return bool(_FUTURE_ANNOUNCEMENT.search(window))


_REPORTING_PARTICIPLE = re.compile(
    r",\s+(?:confirming|announcing|revealing|saying|stating|noting|adding|explaining|citing|"
    r"telling|sharing)\b",
    re.I,
)


_SECOND_PREDICATE = re.compile(
    r",?\s+(?:and|but)\s+(?:will|would|is|are|could|should|plans?|hopes?|expects?|aims?)\b"
    # "renewed for a third season, with production set to begin later this year": the shoot's date
    r"|,?\s+with\s+(?:production|filming|shooting|cameras|principal\s+photography|the\s+(?:new\s+)?(?:season|series|episodes))\b",
    re.I,
)


_FRONTED_NEWS = re.compile(r"\b(?:announc\w*|decisions?|news|moves|renewals?|cancell?ations?|upfronts?)\b", re.I)


# (a passive second verb too: "premiered in March 2024 and was renewed ... in May 2025")
_FIRST_PREDICATE_END = re.compile(
    r"\s(?:and|but)\s+(?:then\s+|later\s+|also\s+|quickly\s+)?(?:(?:was|were|has\s+been|had\s+been|got|is)\s+)?(?:quickly\s+|swiftly\s+|later\s+)?$"
)


_SUBTITLE = re.compile(r":\s+[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|on|of|the|and|in|at|to|a))*(?=,)")


def _nearest_date(
    ctx: SentenceContext, start: int, end: int, before: int | None
) -> DateMention | None:
    masked = mask_false_negations(ctx.text)
    for mention in ctx.show_mentions:  # (the colon of "The Trauma Code: Heroes on Call" ends no clause)
        subtitle = _SUBTITLE.match(masked, mention.end)
        end_of_title = subtitle.end() if subtitle else mention.end
        if ":" in masked[mention.start : end_of_title]:
            masked = masked[: mention.start] + masked[mention.start : end_of_title].replace(":", " ") + masked[end_of_title:]
    left, right = clause_span(masked, start, end)
    if _REPORTING_PARTICIPLE.match(masked[right:]):  # "..., confirming on February 27 that"
        right = clause_span(masked, right + 2, right + 3)[1]
    aside = _OBJECT_ASIDE.match(masked, end)
    if aside and right <= aside.end():  # "renewed the drama, starring X as Y, for two more seasons in November"
        right = clause_span(masked, aside.end() + 1, aside.end() + 2)[1]
    dates = [
        d
        for d in title_free_dates(ctx)
        if (before is None or d.start < before) and not _other_event(ctx.text, start, end, d)
    ]
    second = _SECOND_PREDICATE.search(masked, end, right)
    if second:  # "renewed it and will bring it back in May": May is the second verb's
        right = second.start()
    first = _FIRST_PREDICATE_END.search(masked, left, start)
    if first:  # "first ordered it to series in 2022 and renewed it in June 2024": 2022 is the first verb's
        left = first.end()
    inside = [d for d in dates if left <= d.start < right]
    opening = [d for d in dates if d.start <= 4 and d.end <= start]
    comma = masked.find(",")
    if not opening and 0 < comma < start and _FRONTED_NEWS.search(masked, 0, comma):
        # "In other NBC decisions announced Thursday, X earned a second season": the opening
        # phrase dates every decision the sentence reports
        opening = [d for d in title_free_dates(ctx) if d.end <= comma and not _other_event(ctx.text, start, end, d)]
    pool = inside or opening
    if not pool:
        return None
    return min(pool, key=lambda d: max(d.start - end, start - d.end, 0))


_EVENT = re.compile(
    # (not "a release-date teaser", "the premiere date announcement": the date's, not the event's)
    r"\b(?:premiere[sd]?|release[sd]?|debut(?:s|ed)?|finale|launch(?:es|ed)?|air(?:s|ed)?|"
    r"arriv(?:es|ed)|dropp?(?:s|ed)?|filming|shoot(?:ing)?|wrap(?:s|ped)?|streaming|came out|"
    r"return(?:s|ed|ing)?|"
    # "renewed X, whose third season ended in May": the run's end
    r"(?<!\bhas\s)(?<!\bhave\s)ended(?!\s+(?:speculation|the\s+wait|months|weeks|years)\b)|concluded|"
    r"comes out)\b",
    re.I,
)
_SAME_TIME = re.compile(
    r"^\W*(?:(?:right|just|shortly|immediately|moments|minutes|hours|soon)\s+after|on the same day|"
    r"alongside|together with|during)\b",
    re.I,
)


_SAME_TIME_AS = re.compile(
    r"\b(?:right|just|shortly|immediately|moments|minutes|hours|soon)\s+after\s+(?:the\s+)?"
    r"[^,;.]{0,30}$|\bon\s+the\s+(?:same\s+)?(?:day|night)\s+(?:of|as)\s+(?:the\s+)?[^,;.]{0,30}$",
    re.I,
)


_OFFSET_ASIDE = re.compile(
    r",\s+(?:just\s+|only\s+|barely\s+|some\s+)?(?:a\s+few|a|an|one|two|three|four|five|six|several|\d+)\s+"
    r"(?:days?|weeks?|months?)\s+(?:after|before)\s+[^,;]{1,60},\s"
)


_DATE_OF_EVENT = re.compile(r"\b(?:release|premiere|air|launch)[- ]dates?\s+(?:teaser|trailer|announcement|reveal|poster)\b", re.I)


def _other_event(text: str, start: int, end: int, date: DateMention) -> bool:
    """A date tied to another event between it and the trigger ("renewed ahead of the season 2
    premiere on June 16"), unless that event is said to coincide ("right after the finale")."""
    between = text[end : date.start] if date.start >= end else text[date.end : start]
    event = _EVENT.search(_DATE_OF_EVENT.sub(lambda m: " " * len(m.group()), between))
    if event is None or _SAME_TIME.match(between):
        return False
    if date.start < start and _OFFSET_ASIDE.match(between):
        return False  # "In May 2024, just a few weeks after the finale, FX ordered ...": the date's own aside
    # "revealed it in a livestream right after the season 2 finale aired on September 27"
    return not (date.start >= end and _SAME_TIME_AS.search(between[: event.start()]))


def _neighbour(ctx: SentenceContext, step: int) -> str | None:
    """The previous (step -1) or next (step 1) sentence of the same block."""
    parts = split_sentences(ctx.sentence.block.text)
    pos = ctx.sentence.position + step
    if 0 <= pos < len(parts):
        return parts[pos]
    return None


def _dates_of(ctx: SentenceContext, text: str | None) -> list[DateMention]:
    if not text:
        return []
    return find_dates(text, ctx.doc.published)


# Every trigger above starts from a match of one of these patterns (or from a season mention,
# or from the opening of an answer): a sentence without any of their words holds none.
_ANY_TRIGGER_CUES = either(
    _THAT_SEASON,
    _RENEW_VERB,
    _ORDER_VERB,
    _GET_VERB,
    _ANOTHER_SEASON,
    _NOT_RETURN,
    _NOTHING_ANNOUNCED,
    _RENEWAL_NOUN,
    _RETURN_VERB,
    _BRING_BACK,
    _NO_WORD_ON_IT,
    _MOVE_FORWARD,
    _CANCEL_VERB,
    _NO_DATE,
    *_PHRASE_PATTERNS,
    _NOT_OFFICIAL,
)
