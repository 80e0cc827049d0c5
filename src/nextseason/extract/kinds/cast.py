"""Cast claims: who plays whom, who returns, joins or leaves, and for which season.

Patterns: "Actor as Character" (lists and prose, several per sentence), "Actor (Character)"
and "Character (Actor)" lists, "X plays Y", "X, who played Y", "Character, played by Actor",
"X voices Y", "X, whose bully Y", recasts ("X takes over the role of Y", "X will replace Y as
Z"), and predicates with a person or character subject: "X will return", "X has joined the
cast", "X won't be back", "X might be replaced", "fans hope X returns", "He could return".
The document's earlier sentences (kept in ``ctx.doc.memo``) give list intros, pronoun
antecedents, the fullest form of short names and the characters known for each actor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from nextseason.domain.claims import Claim
from nextseason.extract.context import SentenceContext
from nextseason.extract.cues import cue_groups, either, folded, holds_cues, proven, scan_faster
from nextseason.extract.lexicon import acronym_of, is_organisation, is_place, is_platform_name
from nextseason.extract.names import (
    NameBook,
    NameSpan,
    find_names,
    has_title,
    name_at,
    part_title_at,
)
from nextseason.extract.seasons import SeasonMention, find_seasons, number_value, since_season
from nextseason.extract.stance import clause_span
from nextseason.extract.stance import stance as stance_of
from nextseason.extract.text import Sentence, split_sentences

# Patterns of the hot paths (name learning, the mode of an "X as Y" pair), compiled once.
_KNOWN_FOR_AFTER = re.compile(r",?\s+(?:is\s+|was\s+)?(?:best\s+|also\s+)?(?:known|famous)\s+for\b")
_CREDITED_BY_BEFORE = re.compile(r"\b(?:directed|written|created|produced|developed|helmed|penned)\s+by\s+(?:\w+\s+)?$")
_CREW_TITLE_BEFORE = re.compile(
    r"\b(?:director|writer|showrunner|creator|producer|composer|designer|cinematographer|editor|animator)s?\s+(?:\w+\s+)?$"
    # "Showrunners Tom Hale and Lisa Moor": the second name of a plural title's pair
    r"|\b(?:directors|writers|showrunners|co-showrunners|creators|co-creators|producers)\s+(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),?\s+(?:and|&)\s+$",
    re.I,
)
_WHO_CREDITED_AFTER = re.compile(
    r"^,\s+(?:who|the)\s+(?!(?:\w+\s+)?(?:play|portray|voic)\w*\s)(?:\w+\s+){0,3}(?:direct|wr[io]te|creat|produc|co-ran|helm|showrunner|director|writer)"
)
# "who played hospital director Y": the title is the character's job
_PLAYED_JOB_BEFORE = re.compile(
    r"\b(?:as|play(?:s|ed|ing)|portray\w*|voic(?:es|ed|ing))\s+(?:the\s+|an?\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:director|writer|showrunner|creator|producer|composer|designer|editor)s?\s+(?:\w+\s+)?$",
    re.I,
)
_CREDITED_AFTER = re.compile(r"^\s+(?:also\s+)?(?:directed|wrote|created|produced|helms|directs)\b")
_STARRING_BEFORE = re.compile(r"\b(?:starring|starred|co-starring|featuring)\s+$")
_HARD_TO_BEFORE = re.compile(r"\bhard to (?:imagine|see)\s+$")
_CAMEO_FROM_BEFORE = re.compile(r"\b(?:cameo|appearance)\s+from\s+$")
_RETURN_GAP = re.compile(r"\b(?:return\w*|back|seen\s+again|promoted|upped|elevated|come\w*|came|repris\w*|resum\w*|(?:turn|pop|show)(?:ed|ped|ing)?\s+up)\b")
# (and "X recurs as Y" in casting news: the season being made)
_WILL_STAR_GAP = re.compile(r"\b(?:will|to)\s+(?:also\s+)?(?:guest[- ])?(?:star|recur)\b|\brecurs\b|\bis\s+recurring\b")
_STARS_GAP = re.compile(r"\b(?:stars|starred|star)\b")
_STARRED_GAP = re.compile(r"\b(?:(?:co-|guest-)?starred|recurred)\b(?!\s+in\s+(?:season|series)\b)")
# (and "complete the lineup as", "round out the cast as": the line-up of the season being made)
_APPEAR_GAP = re.compile(r"\b(?:appear\w*|cameo|complet\w*\s+the|round\w*\s+out)\b")
_JOIN_GAP = re.compile(r"\b(?:join\w*|cast|arriv\w*|debut(?:s|ed)?|came\s+aboard)\b")  # "who arrived in season 3 as Y"
_JOINED_GAP = re.compile(r"\b(?:joined|was cast|arrived|debuted|came\s+aboard)\b")
_LED_GAP = re.compile(r"\b(?:led|headlined|fronted|anchored)\s+the\s+(?:\w+\s+)?(?:cast|ensemble|series|show)\b")
_PLAYED_GAP = re.compile(r"\b(?:played|voiced|portrayed)\b")
_NON_WORD = re.compile(r"[\W_]+")
_HAS_JOINED = re.compile(r"\b(?:has|have|'s|’s)\s+(?:\w+\s+)?(?:joined|been cast)\b")
# "The dub cast will also return, with X voicing Y": a pair completing a return.
_WITH_AFTER_RETURN = re.compile(
    # (not a description's relative clause: "as Claire, a lawyer who returns to the family firm, with X as Y")
    r"(?<!\bwho\s)(?<!\bthat\s)(?<!\bwhich\s)"
    # (or "alongside": "will reprise her role as X, alongside Y as Z")
    r"\b(?:return\w*|back|join\w*|repris\w*)\b[^.;:]*\b(?:with|alongside)\s+(?:[^.;:]*?(?:,|\band)\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}$"
)
_JOINED_BY = re.compile(r"\b(?:joined|accompanied)\s+(?:\w+\s+){0,2}?by\s+$")
_CREDITED_BY_BEFORE_CUES = cue_groups(_CREDITED_BY_BEFORE)
_CREW_TITLE_BEFORE_CUES = cue_groups(_CREW_TITLE_BEFORE)
_WHO_CREDITED_AFTER_CUES = cue_groups(_WHO_CREDITED_AFTER)
_CREDITED_AFTER_CUES = cue_groups(_CREDITED_AFTER)
_ANY_CREDIT_CUES = either(_CREDITED_BY_BEFORE, _CREW_TITLE_BEFORE, _WHO_CREDITED_AFTER, _CREDITED_AFTER)

__all__ = ["extract"]

_MEMO_KEY = "cast"


def _wordset(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# ---------------------------------------------------------------- lexicons

_CAST_VERB = re.compile(
    r"\b(?:back|return\w*|star\w*|join\w*|cast|appear\w*|repris\w*|cameo|come|comes|coming|came|up|"
    r"play\w*|voice\w*|portray\w*|featur\w*|replace\w*|recast|leads?|leading|recur\w*|continu\w*|"
    r"stays?|remains?|arriv\w*|debut\w*|aboard|resum\w*|seen\s+again|promoted|upped|elevated|led|headlin\w*|front\w*|anchor\w*|"
    r"complet\w*\s+the\s+(?:line-?up|cast|ensemble|team|gang|family)|round\w*\s+out)\b"  # "complete the lineup as X and Y"
)
_CREW_WORDS = re.compile(
    r"\b(?:direct\w*|wr[io]te|writ\w*|penned|creat\w*|produc\w*|co-ran|helm\w*|showrunner|"
    r"compos\w*|adapt\w*|animat\w*|screenplay|script\w*|develop\w*)\b",
    re.I,
)
_ROLE_AFTER_AS = re.compile(
    r"^(?:the\s+|a\s+|an\s+|its\s+)?(?:new\s+|sole\s+|lead\s+|head\s+|chief\s+|executive\s+|main\s+)*"
    r"(?:director|writer|showrunner|producer|creator|planner|composer|screenwriter|host|narrator|"
    r"head writer|series composer|co-showrunner)s?\b",
    re.I,
)
def _role_after_as(rest: str) -> re.Match[str] | None:
    """A crew role right after "as" ("as showrunner"), not a part's title ("as Director Ilse Vogt")."""
    role = _ROLE_AFTER_AS.match(rest)
    return None if role is not None and part_title_at(rest, 0) else role


_PRESENTING = re.compile(r"\b(?:host|narrator)s?\b", re.I)
# A role described rather than named: "turn up as Wren's long-lost mother", "returns as a villain".
_SHOW_UP = re.compile(r"\b(?:return\w*|back|(?:turn|pop|show)\w*\s+up|appear\w*)\b")
_DESCRIBED_ROLE = re.compile(r"(?:a|an|the|his|her|their|[A-Z][\w-]*['’]s)\s+[a-z]")
_CASTING_GAP = re.compile(
    r"\b(?:appearance|cameo|joins? the cast|joined the cast)\b"
    # the verb alone: "X joins as a state arson investigator"
    r"|^\s*,?\s*(?:(?:also|will|has|have|had)\s+)*(?:joins?|joined|boards?|boarded|signed\s+(?:on|up)|arrives?)\s*$"
)
_READER_IF = re.compile(r"\bif\s+you\b[^,.;]*", re.I)
_FILM = scan_faster(re.compile(r"\b(?:in|for|from)\s+(?:the|a|this|that|its)\s+(?:\w+\s+)?(?:movie|film)\b", re.I))
_CREDIT = re.compile(r"\b(?:known for|famous for|best known|broke out|rose to fame|previously|also stars in)\b", re.I)
_CREDIT_CUES = cue_groups(_CREDIT)
# ("in doubt", "cast doubt on": uncertain, not a denial)
_NEG_HEDGE = scan_faster(re.compile(r"\b(?:hard to (?:imagine|see)|unlikely|(?<!\bin )(?<!\bcast )doubt(?:ful)?|no way)\b", re.I))
_EXTRA_HEDGE = scan_faster(re.compile(r"\b(?:almost certain(?:ly)?|surely|would love|hopes?|hoping|guess\w*)\b", re.I))
_WHETHER_BEFORE = re.compile(r"\bwhether\b[^.;:!?]*$", re.I)
_INTRO_HEDGE = scan_faster(re.compile(
    r"\b(?:expect\w*|hope\w*|hoping|rumou?r\w*|might|could|may|likely|probably|reportedly|"
    r"speculat\w*|predict\w*|would|wish\w*|guess\w*|think|believe|almost\s+certain(?:ly)?)\b",
    re.I,
))
_RETURN_WORDS = re.compile(r"\b(?:return\w*|back|coming back|come back)\b", re.I)
# A list intro naming the cast of the season being made: "The newly announced cast members are:".
_UPCOMING_INTRO = re.compile(
    r"\b(?:return\w*|back|coming back|come back|newly|newcomers?|join\w*|additions?|added|repris\w*)\b"
    # ("new" of the cast or the season: "New faces:", "new this season", not "a new cold-case unit")
    r"|\bnew\b(?=\s*(?:$|[:,]|(?:cast|faces?|additions?|characters?|arrivals?|recruits?|members?|players?|stars?|this|for|in|"
    r"to|on|season|series|run|episodes?|chapter)\b))",
    re.I,
)
# Newcomers of the season being made: a "New Cast" heading, "She is joined by two newcomers."
_NEW_CAST = re.compile(
    r"\b(?:new(?:comers?|(?:ly\s+(?:announced|added|cast))?\s+(?:cast|faces?|additions?|characters?|arrivals?))|"
    r"joined\s+by\s+(?:\w+\s+)?newcomers?|new\s+(?:this|for\s+the\s+new|in\s+the\s+new)\s+season)\b",  # ("Also new this season:")
    re.I,
)
_CAST_HEADING = re.compile(
    r"\b(?:cast|characters?|actors?|actress(?:es)?|voices?|who(?:'s| is| will)?|returning|returns?|"
    r"stars?|line-?up|roles?)\b",
    re.I,
)
_NOT_CAST_HEADING = re.compile(
    r"\b(?:release|date|plot|trailer|everything|renew\w*|episodes?|update|confirmed|direct\w*|writ\w*|"
    r"behind|makes?|staff|creators?|crew)\b",
    re.I,
)
_APPEARED = re.compile(
    r"\b(?:appear\w*|show(?:ed|s|n)?\s+up|turn(?:ed|s)?\s+up|pop(?:ped|s)?\s+up|introduced|debut\w*|first\s+seen|"
    r"played|featured|starred)\b"
)
_PAST_CUE = re.compile(r"\b(?:finale|final (?:scene|episode|moments?)|last (?:scene|episode))\b", re.I)
# "The voice cast of the season 1 will come back": the season they come back from.
_OF_END = re.compile(r"\bof\s+(?:the\s+)?$", re.I)
_RETURN_AFTER_SEASON = re.compile(
    r"\s+(?:(?:will|are|is|all|also|set\s+to|expected\s+to)\s+){1,3}(?:return|come\s+back|be\s+back|reprise)", re.I
)
_INTRO_SEASON_SKIP = re.compile(r"(?:\bfrom|\bsurvived|\bafter|\bsince|\bthan|\bsince)\s+(?:the\s+)?$", re.I)

_FILLER = _wordset(
    """will would could might may can should must shall did does also still not never won't wouldn't can't
    cannot isn't aren't wasn't didn't doesn't don't is are was were be been being has have had set to
    expected likely unlikely almost certain probably possibly definitely reportedly rumoured rumored
    said in talks negotiations going finally officially all both too then soon somehow surely
    apparently actually really eventually now already even fully confirmed supposed tipped slated
    due attached poised hoped believed thought understood reported sure confirm certainly absolutely hopefully
    presumably undoubtedly widely expect expects hope hopes plan plans want wants intend intends"""
)
_DESCRIPTOR_STOP = _wordset(
    """of in on at with for from to by who that which and or but because after before since while
    when where as than during into like whose is are was were will would has have had although
    though unless whereas yet so if they he she it we you i opposite alongside"""
)
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
_PRONOUN_SUBJECT = re.compile(
    r"^(?:He|She|They|Both(?: of them)?|All of them|All (?:two|three|four|five|six)(?: of them)?|The (?:pair|duo|trio|three|four)"
    # an epithet for the one player just named: "The 31-year-old will not return", "The actress"
    r"|The (?:\d{2}-year-old|actor|actress|star|performer)(?=\s+(?:will|would|is|has|was|had|won|isn|also|reportedly)\b))\b"
)
# How many people a counted subject stands for ("All three are expected to return").
_SUBJECT_COUNTS = {"both": 2, "two": 2, "pair": 2, "duo": 2, "three": 3, "trio": 3, "four": 4, "five": 5, "six": 6}

_PRED_RETURN = (
    r"return(?:s|ed|ing)?(?!\s+to\s+(?!the\s+(?:role|cast|show|series))[a-z]+)"
    r"|com(?:e|es|ing)\s+back|came\s+back|(?:pop|turn|show)(?:ped|ping|ed|ing)?\s+up\b|(?:be|is|are|was|were)\s+(?:also\s+|all\s+|both\s+)?back\b"
    r"|reprise[sd]?\b|reprising\b|mak(?:e|es|ing)\s+(?:a|his|her|their)\s+(?:return|comeback)\b"
    r"|(?:is|are|has\s+been|have\s+been|be)\s+(?:also\s+|both\s+|all\s+)?locked\s+in(?:\s+for\b|(?=\s*[.;,]|$))"  # "is locked in for Season 7", "to be locked in."
    # "has been upped to series regular for Season 3", "was promoted to a series regular"
    r"|(?:is|are|was|were|has\s+been|have\s+been|been)\s+(?:upped|promoted|bumped\s+up|elevated)\s+to\s+(?:a\s+)?series\s+regulars?\b"
    r"|be\s+seen\s+again\b|(?<=,\s)back(?=\s+as\b)"  # "will be seen again as", "X, back as her partner Y,"
    r"|appear(?:s|ing)?\s+in\s+(?:the\s+)?(?:new\s+|next\s+|upcoming\s+)?(?:season|series|show)\b"
    r"|(?:is|are|was|were)\s+(?:also\s+)?among\s+the\s+(?:confirmed\s+)?returning\s+(?:stars?|cast(?:\s+members?)?|players|faces|leads)\b"
    r"|(?:be|is|are)\s+(?:also\s+|all\s+)?(?:not\s+)?(?:a\s+)?part\s+of|be\s+in\s+(?=season\s+\d|the\s+(?:new|next|second|third)\s+season)|see\s+(?:\w+\s+)?again|(?:be|is|are)\s+(?:one\s+of\s+)?the\s+leads?\b"
)
_PRED_JOIN = (
    r"join(?:s|ed|ing)?\s+(?:the\s+)?(?:(?:new|next|upcoming|latest|second|third|fourth|fifth|sixth)\s+)?(?:cast|series|show|ensemble|season|franchise)|join(?:s|ed)?\s+in\b"
    r"|(?:has|have)\s+(?:also\s+|now\s+|just\s+|officially\s+)?been\s+cast|(?:was|were|is|are)\s+cast\b|signed\s+(?:on|up)|board(?:s|ed)?\s+(?:the|season|series)\b"
    r"|recur(?:s|ring)?\s+in\b"
    # trade casting news: "will guest star in the third season of", "is set for a recurring role
    # in", "has landed a series regular role on", "has been tapped as a series regular for"
    r"|(?:(?:will|to)\s+(?:also\s+)?guest[- ]?star|guest[- ]stars?)\s+(?:in|on)\b"
    r"|(?:is|are|has\s+been|have\s+been)\s+set\s+for\s+an?\s+(?:recurring|guest(?:-starring)?|series\s+regular|main|lead|starring|key)\s+role\b"
    r"|(?:has|have)\s+(?:also\s+)?landed\s+an?\s+(?:(?:recurring|guest(?:-starring)?|series\s+regular|main|lead|starring|key|major)\s+)?role\b"
    r"|(?:has|have)\s+(?:also\s+)?been\s+(?:tapped|added|hired)\s+(?:as\s+(?:a\s+)?(?:series\s+regular|lead|guest\s+star)|"
    r"to\s+(?:star|play|lead|portray|voice)|for\s+(?:a|the)\s+(?:[\w-]+\s+)?role)\b"
)
_PRED_CAMEO = (
    r"(?:make|makes|making|made)\s+(?:a\s+)?(?:special\s+|guest\s+|brief\s+)?(?:cameo|appearance)"
    # "did not appear in season 2", "appeared in the first season": that season's cast
    r"|appear(?:s|ed)?\s+in\s+(?:(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|new|next|final)\s+season|(?:season|series)\s+\w+)"
)
_PRED_TEASER = r"(?:is|are|was|were|appears?|appeared)\s+in\s+the\s+(?:teaser|trailer)"
_PRED_DEPART = (
    r"be\s+replaced|be\s+gone|leav(?:e|es|ing)\s+the\s+(?:show|series|cast)|exit(?:s|ed)?\s+the\s+(?:show|series)"
    r"|(?:exit(?:s|ed|ing)?|depart(?:s|ed|ing)?|quit(?:s|ting)?|bow(?:s|ed)\s+out)"
    r"(?=\s+(?:the\s+(?:show|series|cast|drama)|ahead\s+of|before|after)\b|\s*[.,;]|$)"
    r"|^(?:missing|absent)(?=\s+(?:from|this)\b)"  # "Missing from series three is X"
    r"|(?:is|are|will\s+be)\s+(?:also\s+|notably\s+)?(?:absent|missing)(?=\s*[.,;]|\s+(?:from|this)\b|$)"  # "X, who played Y, is also absent"
    r"|^not\s+(?:returning|coming\s+back|making\s+the\s+(?:jump|leap|move|trip))(?=\s+(?:is|are|for|this)\b)"  # "Not returning is X"
)
_PREDICATES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("return", re.compile(r"\b(?:" + _PRED_RETURN + r")", re.I)),
    ("join", re.compile(r"\b(?:" + _PRED_JOIN + r")", re.I)),
    ("cameo", re.compile(r"\b(?:" + _PRED_CAMEO + r")", re.I)),
    ("teaser", re.compile(r"\b(?:" + _PRED_TEASER + r")", re.I)),
    ("depart", re.compile(r"\b(?:" + _PRED_DEPART + r")", re.I)),
    # "is positively reviewing an offer to star in X 2": casting not yet settled
    ("offer", re.compile(r"\b(?:is|are|has\s+been)\s+(?:positively\s+|reportedly\s+)?(?:reviewing|considering|weighing|mulling)\s+"
                         r"(?:an?\s+|the\s+)?(?:offer|role|part)\b", re.I)),
    # "Rafael Conde and Mina Adebayo co-starred.": in the cast, no part named
    # "A, B and C co-star.": the same, in the present ("..., with D as Y": D is the next clause's)
    ("starred", re.compile(r"\b(?:also\s+)?co-?star(?:red\b(?=\s*[.;,]|\s+(?:alongside|with|opposite)\b)|s?\b(?=\s*[.;]|\s*$|,?\s+(?:alongside|with|opposite)\b))", re.I)),
    # "X stars in Moonlit Harbor alongside Y", "X starred in the series": in the cast, no part named
    ("stars_in", re.compile(
        r"\b(?:stars|starred|co-stars|co-starred|(?<=will\s)star|(?<=to\s)star|(?<=[a-z]\s)(?<!\ba\s)(?<!\bthe\s)star)\s+in\s+"
        r"(?=(?:the|this)\s+(?:[a-z][\w-]*\s+){0,2}?(?:series|show|drama|comedy|thriller|sitcom|procedural|miniseries)\b|"
        r"(?:the|this)\s+(?:new|next|upcoming|first|second|third|fourth|fifth)\s+season\b|"
        r"[\"“‘']?[A-Z0-9])"
    )),
    # "with A and B leading the cast": in the cast, no part named
    # ("with A, B and C rounding out the family": the same)
    ("leading", re.compile(
        r"\b(?:(?:leading|fronting|heading|led|fronted|headlined)\s+the\s+(?:cast|ensemble|line-?up)|round(?:ing|s)?\s+out\s+the\s+"
        r"(?:main\s+|core\s+)?(?:cast|ensemble|line-?up|family|group|gang|trio|quartet))\b",
        re.I,
    )),
    # "A, B and C were also part of the cast": in the cast, in the past, no part named
    ("member", re.compile(r"\b(?:was|were)\s+(?:also\s+|all\s+)?(?:a\s+)?part\s+of\s+the\s+(?:\w+\s+)?(?:cast|ensemble)\b", re.I)),
    # "A and B co-hosted the first two seasons", "X has hosted every season": in the cast (hosts are), in the past
    ("hosted", re.compile(
        r"\b(?:co-?)?(?:hosted|presented|fronted|judged)\s+(?=(?:the|all|both|every|each|its|season|series)\b)", re.I
    )),
)
# Words that every match of each predicate holds (extract/cues.py), to skip its search.
_PREDICATE_CUES: dict[str, tuple[str, ...] | None] = {
    kind: proven(pattern, digest, cues)
    for (kind, pattern), (digest, cues) in zip(
        _PREDICATES,
        (
            ("5518d309589b", ("return", "back", "up", "repris", "part", "again", "lead", "appear", "be in ", "comeback", "locked", "promoted", "elevated")),
            ("4eb41010f15e", ("join", "cast", "signed", "board", "recur", "star", " role", "tapped", "added", "hired")),
            ("b99dd6cea49d", ("cameo", "appear")),
            ("36bb139b2b5d", ("teaser", "trailer")),
            ("3433f41463b3", ("replaced", "gone", "leav", "exit", "depart", "quit", "bow", "missing", "absent", "not returning", "not coming", "not making")),
            ("55a31f2acf8d", ("reviewing", "considering", "weighing", "mulling")),
            ("93db1200c1f3", ("star",)),
            ("90491639412d", ("star",)),
            ("d3fee0889278", ("lead", "led", "front", "head", "round")),
            ("ade5e8c756f1", ("part",)),
            ("24c4f39be83d", ("host", "present", "front", "judged")),
        ),
        strict=False,
    )
}
# The same patterns behind a lookahead for their first letters: the same matches, found faster.
_PREDICATE_SEARCH = tuple((kind, scan_faster(pattern), _PREDICATE_CUES.get(kind)) for kind, pattern in _PREDICATES)
# Triggers followed by the people they name: "starring X and Y", "featured X, Y and Z".
_OBJECT_TRIGGER = re.compile(
    r"\b(?:returning\s+cast(?:\s+members)?\s+(?:include|includes|including|are)|"
    r"returning\s+(?:stars?|cast\s+members?|favou?rites|leads?)|"
    # the season's newcomers: "Newcomers include A and B", "New to the cast is X"
    r"(?:newcomers|new(?:ly\s+(?:announced|added|cast))?\s+(?:cast\s+members?|faces|additions?|arrivals?|recruits?|ensemble)|additions?\s+to\s+the\s+cast)"
    r"\s+(?:include|includes|including|are|is)|newcomers\b[^.;:()]{0,50}?,?\s+(?:including|such\s+as)|"
    # "She's joined by newcomers A and B", "X is back, as are A, B and C"
    r"(?<=by )newcomers(?=\s+[A-Z])|(?:\bback|\breturns?|\breturning),\s+as\s+(?:are|is|do|does|will)(?=\s+[A-Z])|"
    r"joining\s+(?:them|him|her)\s+(?:are|is|will\s+be)|new\s+to\s+the\s+(?:cast|show|series|ensemble)"
    r"(?:\s+(?:in|for)\s+(?:season|series)\s+\w+|\s+this\s+(?:season|series|time))?\s+(?:is|are)|"
    # "Taking over hosting duties is X": the new host
    r"taking\s+over\s+(?:as\s+host|hosting\s+duties|(?:the\s+)?host(?:ing)?\s+(?:duties|role|chair|gig))\s+(?:is|are|will\s+be)|"
    r"welcom(?:es|ed|ing)\s+(?:newcomers?|new\s+(?:cast\s+members?|faces|additions)|back)|"
    r"starring|starred|stars|co-stars|co-starring|(?<=will )star|(?<=to )star|(?<=[’']ll )star|"
    r"(?<=creator and )star|(?<=writer and )star|"  # "Creator and star X"
    r"(?<=, and )star(?=\s+[A-Z])|(?<=show['’]s )star(?=\s+[A-Z])|(?<=series['’] )star(?=\s+[A-Z])|(?<=lead )star(?=\s+[A-Z])|"
    # "Rounding out the cast are X and Y", "The cast also includes X", "rounded out by X"
    r"rounding\s+out\s+the\s+(?:[\w-]+\s+){0,2}?(?:cast|ensemble)\s+(?:are|is)|"
    # ("The cast of Harbor Lights season 2 includes A, B and C")
    r"(?:the|its)\s+(?!returning\b|new\b)(?:[\w-]+\s+){0,2}?(?:cast|ensemble)(?:\s+(?:of|for)\s+(?!(?:both|all|every|each|the\s+first)\b)[^,.;]{1,50}?)?\s+(?:also\s+)?(?:includes?|included)|"
    r"(?:cast|ensemble)\s+(?:is|was|are)\s+rounded\s+out\s+by|"
    r"guest[- ]stars?\s+(?:include|includes|included|including|are|were)|"
    r"joining\s+(?:the\s+)?(?:cast|show|series|ensemble)(?:\s+of\s+[^,.;]{1,40}?)?(?:\s+(?:as|for)\s+[\w\s-]{1,30}?)?\s+(?:are|is|will\s+be)|"  # "features guest stars including X and Y"
    r"featuring|featured|features|spotted|cameo\s+from|"
    # "Don't expect to see X again": a player (not) back in the season being made
    r"(?:expect(?:s|ing)?|hope|hoping|want|wants)\s+to\s+see(?=\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}\s+(?:again|back)\b)|"
    # "the potential return of main actors like A, B and C": a return, named as a noun
    r"(?<!\w)(?:(?:the|a)\s+)?(?:(?:potential|possible|likely|rumou?red|expected|hoped-for|planned|confirmed)\s+)?"
    r"return\s+of(?:\s+(?:(?:main|original|lead|the|its|key)\s+)?(?:actors?|actresses|stars?|cast\s+members?|leads?)\s+"
    r"(?:like|such\s+as|including))?|"
    r"appearance\s+from|"
    # "They'll be joined by a third permanent judge, Houston restaurateur X", "joined at the judges' table by chef X"
    r"(?:will\s+be|[’']ll\s+be|is|are|has\s+been|have\s+been)\s+joined(?:\s+(?:again|once\s+more|this\s+(?:season|series|time)|"
    r"at\s+the\s+[\w'’ ]{1,30}?))?\s+by)\s+",
    re.I,
)
# Between "joined by" and the name: a description ("a new co-host: chef and TikTok favorite").
_JOINED_BY_DESCRIPTION = re.compile(r"[^.;()\"“”]{0,70}?(?:[:,]\s+|\s)")
# A description before a name: "Bafta winner", "Oscar nominee", "newcomer", "comedian".
_HONOUR_BEFORE_NAME = re.compile(
    r"(?:(?:[A-Z][\w-]*|[a-z]+-?[a-z]*)\s+)?(?:winner|nominee|star|actor|actress|comedian|newcomer|veteran|"
    r"alum(?:na|nus)?|favou?rite)\s+"
)
_PLAY_VERB = re.compile(
    r"\b(?:plays|played|play|playing|voices|voiced|voice|voicing|portrays|portrayed|portray|reprises|reprised|reprising|reprise)"
    r"\s+(?:[\"“](?=[A-Z]))?",
    re.I,
)
_PLAYED_BY = re.compile(
    r",?\s+(?:(?:is|was|are|were|will)\s+(?:now\s+|also\s+|instead\s+)?(?:be\s+)?)?(?:played|voiced|portrayed)\s+by\s+", re.I
)
_RECAST_OVER = re.compile(r"\s+(?:will\s+|has\s+|had\s+|have\s+)?(?:takes?|took|taking|taken)\s+over\s+(?:the\s+)?role\s+of\s+", re.I)
_REPLACE = re.compile(r"\s+(?:will\s+)?(?:replaces?|replaced|replacing)\s+", re.I)
_RELATIVE = re.compile(r",\s+(?:who|whose)\s+")
_JOINED_CAST = re.compile(r"(?:has\s+|have\s+|had\s+)?(?:joined|joins)\s+the\s+(?:(?:season|series)\s+\w+\s+|new\s+)?cast\b(?!\s+(?:in|of)\s+(?:season|series)\s)", re.I)
_PLAY_VERB_CUES = cue_groups(_PLAY_VERB)
_PLAYED_BY_CUES = cue_groups(_PLAYED_BY)
_NEWCOMER_BEFORE = re.compile(r"(?:(?:the\s+|a\s+)?(?:young\s+|child\s+|teen\s+|veteran\s+|british\s+|korean\s+)?(?:newcomer|actor|actress|star|singer|rapper)\s+)")
_RECAST_CUES = cue_groups(_RECAST_OVER)
# "X, who took over as Adar in season 2 from Joseph Mawle": a part passed from one player to another
_TAKE_OVER_AS = re.compile(r",?\s+(?:who\s+)?(?:will\s+|has\s+|had\s+)?(?:takes?|took|taking|taken)\s+over\s+as\s+", re.I)
_TAKE_OVER_ROLE = re.compile(r"\s+(?:will\s+|has\s+|had\s+)?(?:takes?|took|taking|taken)\s+over\s+the\s+(?:role|part)\b(?!\s+of\b)", re.I)
_TAKE_OVER_AS_CUES = cue_groups(_TAKE_OVER_AS)
_PLAYED_PART = re.compile(r"\bplayed\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")
_FROM_ACTOR = re.compile(r"(?:\s+in\s+(?:season|series)\s+\w+|\s+(?:this|last|next)\s+(?:season|series|time))?\s+from\s+(?:the\s+)?")
_REPLACE_CUES = cue_groups(_REPLACE)
_OBJECT_TRIGGER_CUES = cue_groups(_OBJECT_TRIGGER)


# ---------------------------------------------------------------- data


@dataclass(slots=True)
class _Mention:
    """One cast fact found in a sentence, before seasons and stance are settled."""

    person: str | None
    character: str | None
    pos: int  # where the claim sits in the sentence (for show, evidence, clause)
    mode: str  # pair | present | past | recap | starring | return | deny
    pred: int = -1  # start of the predicate for return/deny modes
    stance: str | None = None  # forced stance
    relative: bool = False  # stated in a ", who plays ..." clause: a fact whatever the main verb
    seasons: list[int | None] | None = None  # forced seasons


@dataclass(slots=True)
class _DocState:
    book: NameBook = field(default_factory=NameBook)
    index: int = -1
    prev_mentions: list[_Mention] = field(default_factory=list)
    prev_names: list[str] = field(default_factory=list)
    para_intro: str | None = None
    list_order: dict[str, str] = field(default_factory=dict)  # list key -> "actor" | "character"
    # The seasons the previous sentence's claims took, by person ("X has boarded season 3.
    # She'll play Y": the pronoun's pair takes season 3).
    last_seasons: dict[str, list[int | None]] = field(default_factory=dict)


# ---------------------------------------------------------------- entry point


def extract(ctx: SentenceContext) -> list[Claim]:
    state = _state(ctx)
    names = _names(ctx)
    _learn_names(ctx, state, names)
    intro = _list_intro(ctx, state)
    mentions = _find_mentions(ctx, state, names, intro)
    mentions = _complete(ctx, state, names, mentions)
    claims = _claims(ctx, state, mentions, intro)
    _remember(ctx, state, names, mentions)
    state.last_seasons = {}
    for claim in claims:
        person = claim.value.get("person") if isinstance(claim.value, dict) else None
        if isinstance(person, str) and claim.season is not None:
            state.last_seasons.setdefault(person, []).append(claim.season)
    return claims


def _state(ctx: SentenceContext) -> _DocState:
    state = ctx.doc.memo.get(_MEMO_KEY)
    if not isinstance(state, _DocState) or ctx.sentence.index <= state.index:
        state = _DocState()
        ctx.doc.memo[_MEMO_KEY] = state
        _read_ahead(ctx, state)
    state.index = ctx.sentence.index
    return state


_CAST_FIELD = re.compile(r"(?:(?:main\s+|voice\s+)?cast|starring|stars)\s*:\s+(?=[A-Z])(?![^,]*\s(?:as|plays)\s)", re.I)


def _read_ahead(ctx: SentenceContext, state: _DocState) -> None:
    """Before the first sentence, read the whole document once: every full name it writes (for
    the fullest form of a short name) and who it presents as a person or as a character (for
    "A (B)" lists and for names that the show finder took for titles). The people found are
    shared in ``doc.people`` for the other extractors."""
    scratch = _DocState()
    for sent in ctx.doc.sentences:
        text = sent.text
        names = find_names(text)
        if _CAST_FIELD.match(text):  # a fact box's "Cast: Maren Oakes, Tomasz Wilder, ...": players
            for span in names:
                state.book.expect(span.text, "person")
            continue
        if holds_cues(text, _CREDIT_CUES) and _CREDIT.search(text):
            for span in names:
                if _KNOWN_FOR_AFTER.match(text[span.end :]):
                    state.book.expect(span.text, "person")
        if not holds_cues(text, _ANY_PAIR_CUES):
            continue  # none of the three pair patterns below can match
        found = _as_pairs(text, scratch, names, [], sent.block.kind == "item")
        found += _play_pairs(text, scratch, names, [], found)
        found += _played_by(text, names, None, scratch)
        for m in found:
            if m.person and m.character:
                state.book.expect(m.person, "person")
                state.book.expect(m.character, "character")
            elif m.person and m.mode == "pair":  # "Season 2 added X as a rival boatbuilder"
                state.book.expect(m.person, "person")
    ctx.doc.people.update(name for name, kind in state.book.ahead_items() if kind == "person")


def _names(ctx: SentenceContext) -> list[NameSpan]:
    """Name spans of the sentence, minus show titles and platforms (a name the document presents
    as a person or a character stays, even when the show finder took it for a title)."""
    shows = [(m.start, m.end) for m in ctx.show_mentions if m.title == ctx.doc.main]
    others = [(m.start, m.end) for m in ctx.show_mentions if m.title != ctx.doc.main]
    book = ctx.doc.memo[_MEMO_KEY].book
    out: list[NameSpan] = []
    for span in find_names(ctx.text):
        # (a character's name that holds the title, "Lady Imogen Ashgrove" in Ashgrove, stays)
        if any(s < span.end and span.start < e and not (span.start <= s and e <= span.end and e - s < len(span.text)) for s, e in shows):
            continue
        if is_platform_name(span.text):
            continue
        if any(s < span.end and span.start < e for s, e in others) and book.expected(span.text) is None:
            continue
        out.append(span)
    return out


# ---------------------------------------------------------------- what the document taught us


# "Loxley Vale star X", "actress X": a player's title right before the name.
_PLAYER_TITLE_BEFORE = re.compile(r"(?<![\w-])(?:star|actor|actress)\s+$")


def _learn_names(ctx: SentenceContext, state: _DocState, names: list[NameSpan]) -> None:
    """Remember every full name and every crew member named in the sentence."""
    text = ctx.text
    # Which of the crew patterns the sentence can hold at all (each is tried on part of it).
    crew_words = bool(names) and holds_cues(text, _ANY_CREDIT_CUES)
    by_before = crew_words and holds_cues(text, _CREDITED_BY_BEFORE_CUES)
    title_before = crew_words and holds_cues(text, _CREW_TITLE_BEFORE_CUES)
    who_after = crew_words and holds_cues(text, _WHO_CREDITED_AFTER_CUES)
    credited_after = crew_words and holds_cues(text, _CREDITED_AFTER_CUES)
    for span in names:
        state.book.see(span.text)
        before = text[max(0, span.start - 40) : span.start]
        if _full_name(span.text) and _PLAYER_TITLE_BEFORE.search(before) and state.book.expected(span.text) != "character":
            state.book.add_person(span.text)  # "Loxley Vale star Imogen Saltash has quit": a player
        after = text[span.end : span.end + 60]
        if (
            span.role
            or (by_before and _CREDITED_BY_BEFORE.search(before))
            or (title_before and _CREW_TITLE_BEFORE.search(before) and not _PLAYED_JOB_BEFORE.search(before))
            or (who_after and _WHO_CREDITED_AFTER.match(after))
            or (credited_after and _CREDITED_AFTER.match(after))
        ):
            state.book.crew.add(_NON_WORD.sub("", span.text.casefold()))


def _list_intro(ctx: SentenceContext, state: _DocState) -> str | None:
    """The line that introduced the list this sentence belongs to, if it is a list entry."""
    block = ctx.sentence.block
    if block.kind == "heading":
        state.para_intro = None
        return None
    if block.kind == "item":
        return block.intro or ""
    if state.para_intro is not None and _list_like(block.text):
        return state.para_intro
    return None


def _list_like(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 14 and not line.rstrip().endswith((".", "!", "?", ":"))


def _remember(ctx: SentenceContext, state: _DocState, names: list[NameSpan], mentions: list[_Mention]) -> None:
    block = ctx.sentence.block
    last_in_block = ctx.sentence.position == len(split_sentences(block.text)) - 1
    if block.kind == "para" and last_in_block:
        if block.text.rstrip().endswith(":"):
            state.para_intro = block.text
        elif not (state.para_intro is not None and _list_like(block.text)):
            state.para_intro = None
    state.prev_mentions = mentions
    state.prev_names = [n.text for n in names]
    for m in mentions:
        if m.person and m.character:
            state.book.add_role(m.person, m.character)
        elif m.person:
            state.book.add_person(m.person)
            ctx.doc.people.add(m.person)
        elif m.character:
            state.book.add_character(m.character)
        if m.person:
            ctx.doc.people.add(m.person)


# ---------------------------------------------------------------- patterns


def _find_mentions(
    ctx: SentenceContext, state: _DocState, names: list[NameSpan], intro: str | None
) -> list[_Mention]:
    text = ctx.text
    if not holds_cues(text, _ANY_FINDER_CUES) and "(" not in text:
        # No finder below but the list-entry one can match: each starts from a match of one
        # of the patterns behind _ANY_FINDER_CUES, or from a bracket.
        return (
            _separator_pairs(ctx, state, intro)
            + _caption(ctx, state, names)
            + _copula_pairs(text, state, names, ctx.doc.people)
            + _possessive_pairs(text, state, names, ctx.doc.people)
        )
    if not intro and holds_cues(text, _CREDIT_CUES) and _CREDIT.search(text):
        names = [n for n in names if not _in_credit(text, n)]
    found: list[_Mention] = []
    shows = [(m.start, m.end) for m in ctx.show_mentions]
    found += _as_pairs(text, state, names, shows, intro is not None)
    main_spans = [(m.start, m.end) for m in ctx.show_mentions if m.title == ctx.doc.main]
    found += _play_pairs(text, state, names, shows, found, main_spans)
    found += _played_by(text, names, intro, state)
    found += _paren_pairs(ctx, state, intro)
    found += _described_brackets(text, state, names)
    found += _separator_pairs(ctx, state, intro)
    found += _bracketed_by(text, state, names)
    found += _talks_with(text, state, names)
    found += _whose_pairs(text, names)
    found += _recasts(text, state, names)
    found += _role_exits(text, state, names)
    found += _copula_pairs(text, state, names, ctx.doc.people)
    found += _predicates(ctx, state, names, found)
    found += _object_triggers(text, state, names)
    found += _star_titles(text, state, names, found, ctx.doc.sentences)
    found += _presenters(text, state, names, found)
    found += _caption(ctx, state, names)
    found += _role_of_pairs(text, state, names)
    found += _possessive_pairs(text, state, names, ctx.doc.people)
    if intro is not None and "(" in text:
        found += _undisclosed_role(text, state, names, intro)
    if "whose role" in text or "whose character" in text:
        found += _secret_roles(text, state, names)
    return found


# "Karl Urban's Billy Butcher", "Isha Talwar's Madhuri Yadav": a player's part named through the
# player. Not a work of a writer ("Mick Herron's London Rules", "adapts X's Y", "X's Y novels").
_OWNED_WORK_BEFORE = re.compile(
    r"\b(?:adapt\w*(?:\s+of)?|based\s+on|inspired\s+by|drawn\s+from|draws\s+on|read|wrote|written|directed|created|"
    r"novels?|books?|films?|movies?|series|shows?|manga|comics?|titled|called|from)\s+$",
    re.I,
)
_OWNED_WORK_AFTER = re.compile(
    r"\s*(?:\(|[A-Z]|(?:novels?|books?|series|saga|films?|movies?|shows?|comics?|manga|trilogy|franchise|universe|"
    r"podcast|albums?|songs?|play|musical|stories|story|character|role|production|studio|company|magazine|imprint|"
    r"label|network|channel|app|website|service|platform|newsletter|team|"
    # a place's part: "Madhya Pradesh's Sehore district"
    r"district|province|county|region|state|city|town|village|prefecture|municipality|neighbou?rhood|suburb|borough)\b)"
)
# The kinds of show a player's name can own ("X's crime drama", "X's spin-off"): not a part.
# (Narrower than lexicon.GENRE_NOUNS, which holds "hit": "X's Y hit rock bottom" is a part.)
_SHOW_KINDS = (
    r"drama|comedy|thriller|sitcom|procedural|dramedy|anthology|miniseries|docuseries|romance|mystery|horror|"
    r"western|saga|adaptation|spinoff|spin-off|prequel|sequel|reboot|revival"
)
# "Brad Ingelsby's Philadelphia-area crime drama": the owner's show, described.
_DESCRIBED_SHOW_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:" + _SHOW_KINDS + r")\b")
# "X's Y in series 4", "X's Y across series 2 and 3", "X's Y set the template in series 1": the
# seasons of the part, named right after it (up to the next comma or the next pair).
_SEASONS_RIGHT_AFTER = re.compile(
    r"\s+(?:(?:set|led|ran|drove|anchored)\s+(?:the\s+)?\w+\s+)?(?:in|across|during|throughout|for)\s+(?:the\s+)?"
    r"(?:(?:season|series)s?\s+\d{1,2}(?:\s*(?:,|and|&|to|-|–)\s*\d{1,2})*|(?:first|second|third|fourth|fifth|sixth)"
    r"(?:\s+(?:and|&)\s+(?:second|third|fourth|fifth|sixth))?\s+(?:season|series)s?)\b",
    re.I,
)
# "X's Y was the villain", "X's Y, the former First Desk, died in season 4": a past part.
_PAST_PREDICATE = re.compile(
    r"(?:,[^,;]{1,60},)?\s+(?:(?:also|later|eventually|famously|finally|memorably|briefly)\s+){0,2}(?:was|were|had|did|became|\w+ed|found|made|took|left|got|went|came|gave|met|fell|won|lost|led|held|"
    r"told|said|spent|stole|broke|began|built|fought|sought|brought|bought|caught|taught|ran|saw|stood|struck|swore|wore|"
    r"drove|rose|shot|hid|bit|sang|sank|stuck|threw|felt|kept|meant|paid|sent|sat|slept)\b(?!['’])"
)
# "following in the footsteps of X's Y", "like X's Y": a part of the past, set beside another.
_PAST_REFERENCE_BEFORE = re.compile(r"\b(?:footsteps\s+of|(?<!would\s)like|unlike|reminiscent\s+of|replacing|succeeding)\s+$", re.I)
# "Robin Hood's Bay", "Beyond Journey's End", "Dog Day": a place or a title, no part.
_PLACE_OR_TIME_WORDS = _wordset(
    """Bay Beach Bridge Castle Cove Creek Day End Field Gate Hall Harbour Harbor Head Heath Hill House Inn Island Lake
    Lane Market Night Park Place Point Road Square Station Street Tower Vale Valley Village Way Wharf Wood Woods Year"""
)
# "shot in Uttar Pradesh's Ballia", "born in Busan's Haeundae": a place (or a work), no player
_PLACE_IN_BEFORE = re.compile(r"\bin\s+$")
_NO_CHARACTER_START = frozenset({"The", "A", "An", "This", "That", "Season", "Series", "Part", "Volume"})


# "Stephen Graham's undercover officer John Corbett": a described part (not "X's crime drama Y",
# "X's novel Y": a work).
_DESCRIBED_PART_GAP = re.compile(r"['’]s\s+((?:[a-z][\w-]*\s+){1,3})")
_WORK_WORDS = re.compile(
    r"\b(?:" + _SHOW_KINDS + r"|series|show|novels?|books?|films?|movies?|comics?|manga|memoir|play|musical|podcast|"
    r"albums?|songs?|hit|franchise|studio|company|production|project|"
    r"debut|latest|new|next|first|last|upcoming|former|own|home|hometown|native|city|town|village|country|team|band|"
    r"agency|agencies|label|management|agent|agents|representatives?|reps?|firm|outfit|publicist|spokesperson|"
    # (and no phrase of its own: "Liam Hemsworth's first outing as Geralt")
    r"as|of|in|on|to|with|and|or|the|a|an|for|from|at|by|outing|turn|performance|portrayal|take|version)\b"
)


def _described_part(text: str, owner: NameSpan, part: NameSpan) -> bool:
    gap = _DESCRIBED_PART_GAP.fullmatch(text, owner.end, part.start)
    return gap is not None and len(part.tokens) > 1 and not _WORK_WORDS.search(gap.group(1))


_LOOKS_AHEAD = re.compile(
    r"\b(?:will|won['’]t|could|would|might|may|set\s+(?:to|for)|expected|hop(?:e|es|ed|ing)|return\w*|back|resurfac\w+|"
    r"repris\w+|coming|next|upcoming|new\s+season|final\s+season)\b|['’]ll\b",
    re.I,
)
_RELATIVE_AFTER = re.compile(r",\s+(?:who|whose|which)\b")
# A subject's own verb after an aside about it: "X's Y, whose storyline ..., is unlikely to return"
_SUBJECT_AUX = r"(?:will|would|is|are|was|were|has|have|had|could|can|may|might|should|must)"
_SUBJECT_VERB = r"(?:" + _SUBJECT_AUX + r"|seems?|looks?)"
# The relative clause as an aside, the subject's own verb after it
_ASIDE_BEFORE_VERB = re.compile(
    r"(,\s+(?:who|whose|which)\b[^,;.]*,)(?=\s*" + _SUBJECT_AUX + r"\b)"
)
_TITLE_COLON_BEFORE = re.compile(r"(?:^|\s)[A-Z0-9][\w'’.-]*:\s*$")


def _possessive_pairs(text: str, state: _DocState, names: list[NameSpan], people: set[str]) -> list[_Mention]:
    out: list[_Mention] = []
    if ("'s " not in text and "’s " not in text and "s' " not in text and "s’ " not in text) or _headline_case(text):
        return out
    credited = holds_cues(text, _CREDIT_CUES) and bool(_CREDIT.search(text))
    for owner, part in pairwise(names):
        if (
            not (owner.possessive or (owner.text.endswith("s") and text[owner.end : owner.end + 2] in ("' ", "’ ")))
            or part.possessive
            or not _full_name(owner.text)
            or is_organisation(owner.text)  # ("Lark Pictures' Simone Adeyemi": the company's producer)
            or " of " in owner.text
            or part.tokens[-1] in _PLACE_OR_TIME_WORDS
            or _TITLE_COLON_BEFORE.search(text, 0, owner.start)  # "Frieren: Beyond Journey's End"
            or (credited and _in_credit(text, owner))  # "best known for Steven Spielberg's West Side Story"
            or has_title(owner.text)
            or not (_POSSESSIVE_GAP.fullmatch(text, owner.end, part.start) or _described_part(text, owner, part))
            or part.tokens[0] in _NO_CHARACTER_START
            or _OWNED_WORK_BEFORE.search(text, 0, owner.start)
            or _PLACE_IN_BEFORE.search(text, 0, owner.start)
            or _NON_WORD.sub("", owner.text.casefold()) in state.book.crew
            or state.book.expected(owner.text) == "character"
            or state.book.kind_of(part.text) == "person"
        ):
            continue
        described = _DESCRIBED_SHOW_AFTER.match(text, part.end)
        if described or _OWNED_WORK_AFTER.match(text, part.end):
            if described:
                state.book.add_person(owner.text)  # "Brad Ingelsby's Philadelphia-area crime drama":
                people.add(owner.text)  # the show's maker, a person
            continue
        person, character = _person(owner.text, state), _character(part.text, state)
        named = _SEASONS_RIGHT_AFTER.match(text, part.end)
        if named:  # "Lennie James's DCI Tony Gates in series 1", "X's Y across series 2 and 3"
            seasons = [m.number for m in find_seasons(named.group())]
            out.append(_Mention(person, character, owner.start, "named", part.end, seasons=seasons))
            continue
        past = _PAST_PREDICATE.match(text, part.end) or _PAST_REFERENCE_BEFORE.search(text, 0, owner.start)
        # (a part to come only when the sentence looks ahead: "are set for one last showdown",
        # "could resurface in series 6"; "At the centre of it all is X's Y" is the show's)
        mode = "past" if past else "return" if _LOOKS_AHEAD.search(text) else "pair"
        # (", who has not learned a thing" describes the part: the pair's clause ends before it)
        forced = stance_of(text[: part.end], owner.start, part.end) if _RELATIVE_AFTER.match(text, part.end) else None
        aside = _ASIDE_BEFORE_VERB.match(text, part.end) if forced else None
        if aside:  # "X's Y, whose storyline was wrapped up, is unlikely to return": the verb after the aside
            forced = stance_of(text[: part.end] + " " * len(aside.group(1)) + text[aside.end(1) :], owner.start, part.end)
        out.append(_Mention(person, character, owner.start, mode, part.end, stance=forced))
    return out


def _headline_case(text: str) -> bool:
    """A headline's capitals ("Strike Hits Netflix's Biggest Show"): no names can be told apart."""
    words = [w for w in text.split() if w[:1].isalpha()]
    if any(w[0].islower() and w.strip(".,;:!?").lower() not in _HEADLINE_SMALL_WORDS for w in words):
        return False  # ("Ada Quill's Mira Vance is back.": prose, however many names)
    return len(words) > 2 and sum(w[0].isupper() for w in words) > 0.6 * len(words)


_HEADLINE_SMALL_WORDS = _wordset("a an the of in on at to for and or but as by with vs via from into nor")


# "newcomer Molly Windsor, whose role is under wraps": cast for the season being made, unnamed role.
_SECRET_ROLE_AFTER = re.compile(
    r",\s+whose\s+(?:role|character)\s+(?:is|remains|has\s+been)\s+(?:being\s+)?(?:kept\s+)?(?:still\s+)?"
    r"(?:under\s+wraps|(?:a\s+)?secret|undisclosed|unknown|(?:not\s+(?:yet\s+)?|un)(?:revealed|disclosed|announced|known))"
    r"|,\s+whose\s+(?:role|character)\s+(?:has\s+not|hasn['’]t)\s+(?:yet\s+)?been\s+(?:revealed|disclosed|announced)",
    re.I,
)


def _after_brackets(text: str, pos: int) -> int:
    """Past a bracket right after ``pos`` ("Sharon Horgan (Bad Sisters), whose ...")."""
    bracket = _BRACKETS_ONLY.match(text, pos)
    return bracket.end() if bracket else pos


def _secret_roles(text: str, state: _DocState, names: list[NameSpan]) -> list[_Mention]:
    return [
        _Mention(_person(n.text, state), None, n.start, "return", n.end, stance="asserted")  # (the "not" is the role's)
        for n in names
        if not n.possessive and _SECRET_ROLE_AFTER.match(text, _after_brackets(text, n.end))
    ]


# A cast list's entry with its role kept secret: "Go Eun-taek (role not revealed)".
_UNDISCLOSED_ROLE = re.compile(
    r"\s*\((?:(?:role|character)\s+(?:(?:not\s+(?:yet\s+)?|un)(?:revealed|disclosed|announced|known|named)|"
    r"(?:is\s+)?(?:TBA|TBC|TBD|secret|a\s+secret|under\s+wraps))|(?:undisclosed|unknown|unnamed|mystery|secret)\s+"
    r"(?:role|character|part))\)\W*",
    re.I,
)


def _undisclosed_role(text: str, state: _DocState, names: list[NameSpan], intro: str) -> list[_Mention]:
    if len(names) != 1 or names[0].start != 0 or not _UNDISCLOSED_ROLE.fullmatch(text, names[0].end):
        return []
    # The brackets' "not" denies nothing: the entry is as sure as the list's intro.
    hedged = _INTRO_HEDGE.search(_last_clause(intro) or "")
    return [_Mention(_person(names[0].text, state), None, 0, "pair", stance="speculated" if hedged else "asserted")]


# "X plays the lead role of Y", "X takes on the role of Y", "X steps into the role of Y".
_ROLE_OF = re.compile(
    r"\b(?:take[sn]?\s+on|took\s+on|taking\s+on|step(?:s|ped|ping)?\s+into|(?:been\s+)?cast\s+in|land(?:s|ed)?|"
    r"play(?:s|ed|ing)?|assume[sd]?|inherit(?:s|ed)?|revisit(?:s|ed|ing)?|repris(?:e|es|ed|ing)|"
    # "is being eyed for the role of X", "is in talks for the part of X": a casting not yet settled
    r"(?:eyed|considered|courted|approached|offered|in\s+(?:final\s+)?(?:talks|negotiations))\s+for)\s+"
    r"(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:role|part|character)\s+of\s+",
    re.I,
)
_ROLE_OF_GAP = re.compile(r"\s+(?:(?:has|have|had|will|also|now|is|was|been|being|to|set|once|again|expected|reportedly|reported|said)\s+)*")


def _role_of_pairs(text: str, state: _DocState, names: list[NameSpan]) -> list[_Mention]:
    out: list[_Mention] = []
    if " of " not in text or ("role" not in text and "part" not in text and "character" not in text):
        return out
    for match in _ROLE_OF.finditer(text):
        actor = next(
            (
                n
                for n in reversed(names)
                if n.end <= match.start() and _ROLE_OF_GAP.fullmatch(text, _skip_relative(text, n.end), match.start())
            ),
            None,
        )
        char = _character_at(text, match.end())
        if char is None or (actor is not None and actor.possessive):
            continue
        mode = "return" if _CASTING_WORD.search(match.group(0)) else "pair"
        if actor is None:  # "She will play the role of Y": the person the pronoun stands for
            pron = _PRONOUN_BEFORE_VERB.search(text[: match.start()])
            person = _antecedent_person(text[: pron.start()], state, names) if pron else None
            if person is not None:
                follows = state.last_seasons.get(person)  # the season the antecedent was just given
                out.append(_Mention(person, _character(char[0], state), pron.start(), mode, match.start(), seasons=follows))  # type: ignore[union-attr]
            continue
        out.append(_Mention(_person(actor.text, state), _character(char[0], state), actor.start, mode, match.start()))
    return out


_CASTING_WORD = re.compile(r"\b(?:cast|take[sn]?|taking|step\w*|land\w*|revisit\w*|repris\w*)\b", re.I)


# A photo caption: "A, B and C in season 2 of The Show", "A in The Show season 2".
_CAPTION_IN = re.compile(r"\s+in\s+(?:(?:the\s+)?(?:(?:season|series)\s+\w+|\w+\s+(?:season|series))\s+of\s+)?")
_CAPTION_END = re.compile(r"(?:\s+(?:season|series)\s+\w+)?\s*\.?\s*", re.I)


def _caption(ctx: SentenceContext, state: _DocState, names: list[NameSpan]) -> list[_Mention]:
    """People named alone in a show (and season) with no verb: a caption's cast."""
    text = ctx.text
    if not names or names[0].start != 0 or " in " not in text:
        return []
    group = _following_list(text, names, names[0])
    tail = _CAPTION_IN.match(text, group[-1].end)
    mention = next((m for m in ctx.show_mentions if tail and m.start == tail.end()), None)
    if mention is None or not _CAPTION_END.fullmatch(text, mention.end):
        return []
    return _listed_people(group, state, "pair", -1)


# Hosts, judges and presenters of unscripted shows: cast without a character ("X is also back
# at the judges' table", "Y is the new judge for season 5", "Z hosts the special", "hosted by W").
_PRESENTER_ROLE = r"(?:co-?host|host|judge|presenter|narrator|mentor|coach|emcee)"
_PRESENTER_AFTER = re.compile(
    r"\s+(?:is|are|will\s+be|remains?)\s+(?:also\s+|once\s+again\s+|again\s+|still\s+)?(?:back\s+(?:as\s+(?:the\s+)?"
    + _PRESENTER_ROLE + r"|at\s+the\s+judges['’]\s+table)|the\s+(?:new\s+)?" + _PRESENTER_ROLE + r")\b"
    r"|\s+(?:hosts|presents|narrates|judges|co-hosts)\b"
    # "returns as host", "will return to present", "will host the new series"
    r"|\s+(?:(?:also\s+)?(?:returns?|is\s+returning|will\s+(?:also\s+)?return)\s+(?:as\s+(?:the\s+)?|to\s+)"
    r"(?:" + _PRESENTER_ROLE + r"|host|present|judge|narrate|co-host)|will\s+(?:also\s+)?(?:host|present|co-host|narrate))\b",
    re.I,
)
_PRESENTED_BY = re.compile(r"\b(?:hosted|co-hosted|presented|narrated|judged)\s+by\s+", re.I)
# "with judges A and B also back": the title before the names, a return after them.
_PRESENTER_TITLE = re.compile(r"\b(?:hosts?|co-hosts?|judges?|presenters?)\s+$", re.I)
_OBJECT_OF_BEFORE = re.compile(r"\b(?:from|by|of|featuring)\s+$", re.I)
_AS_WILL_BEFORE = re.compile(r",?\s+as\s+(?:will|do|does|are|is)\s+(?:fellow\s+)?$", re.I)
_BACK_AFTER = re.compile(
    r"\s+(?:(?:are|is|will\s+be|will|(?:is|are)\s+set\s+to)\s+)?(?:also\s+|both\s+)?(?:back|returning|return|returns)\b", re.I
)


_AUX_BEFORE_BY = re.compile(r"\b(?:will\s+(?:also\s+)?be|is|are|was|were|be|been|being)\s+$", re.I)
_HOST_DESCRIPTOR = re.compile(r"(?:(?:[a-z][\w-]*|TV|TikTok|YouTube|Michelin-starred)\s+){0,3}")


def _hosts_listed(
    text: str, state: _DocState, names: list[NameSpan], first: NameSpan, known: set[str | None]
) -> list[_Mention]:
    """The names after "hosted by": a list, a lone first name taking the last one's surname."""
    group = [first]
    idx = names.index(first)
    while idx + 1 < len(names) and _LIST_JOINER.fullmatch(text, group[-1].end, names[idx + 1].start):
        idx += 1
        group.append(names[idx])
    surname = group[-1].text.split()[-1] if len(group[-1].text.split()) > 1 else None
    out: list[_Mention] = []
    for span in group:
        name = span.text if len(span.text.split()) > 1 or surname is None else f"{span.text} {surname}"
        person = _person(name, state)
        if person not in known and state.book.kind_of(person) != "character":
            out.append(_Mention(person, None, span.start, "starring"))
    return out


def _presenters(text: str, state: _DocState, names: list[NameSpan], found: list[_Mention]) -> list[_Mention]:
    out: list[_Mention] = []
    known = {m.person for m in found}
    for span in names:
        after = _PRESENTER_AFTER.match(text, span.end)
        by = _PRESENTED_BY.search(text, max(0, span.start - 60), span.start)
        by_ok = by is not None and _HOST_DESCRIPTOR.fullmatch(text, by.end(), span.start) is not None
        if not (after or by_ok) or span.possessive:
            continue
        reduced = by_ok and not _AUX_BEFORE_BY.search(text, 0, by.start())  # type: ignore[union-attr]
        if reduced and not after:  # "Hosted by married contractors Jolene and Beau Teague": the show's hosts
            out += _hosts_listed(text, state, names, span, known)
            continue
        person = _person(span.text, state)
        if person in known or state.book.kind_of(person) == "character":
            continue
        pred = after.start() if after else by.start()  # type: ignore[union-attr]
        out.append(_Mention(person, None, span.start, "return", pred))
    panel = bool(_PANEL_WORDS.search(text))
    for span in names:
        titled = _PRESENTER_TITLE.search(text, max(0, span.start - 12), span.start)
        if not (titled or panel):
            continue
        group = _object_list(text, names, span) if titled else [span]
        aside = _WHO_ASIDE.match(text, group[-1].end)  # "X, who joined the panel in season 5, is back"
        end = aside.end() if aside else group[-1].end
        back = _BACK_AFTER.match(text, end) or _SEAT_AFTER.match(text, end)
        if back and titled and _OBJECT_OF_BEFORE.search(text, 0, titled.start()):
            back = None  # "The docuseries from hosts A and B will return": the show returns
        if back is None and titled:  # "Host X returns, as will judges A and B"
            back = _AS_WILL_BEFORE.search(text, max(0, titled.start() - 20), titled.start())
        gone = None if back else _LEAVING_AFTER.match(text, end)
        if back is None and gone is None:
            continue
        if not titled and not (back and (end > group[-1].end or _SEAT_AFTER.match(text, end))):
            continue  # no title: only "takes his seat", or a return after a relative clause on the panel
        for member in group:
            person = _person(member.text, state)
            if person not in known and state.book.kind_of(person) != "character":
                mode = "deny" if gone else "return"
                out.append(_Mention(person, None, member.start, mode, (back or gone).start()))  # type: ignore[union-attr]
    return out


# An unscripted show's panel: "at the judges' table", "takes his seat", "joined the panel".
_PANEL_WORDS = re.compile(r"\b(?:judge|judges|panel|judging|host(?:s|ed|ing)?)\b", re.I)
_WHO_ASIDE = re.compile(r",\s+who\s+[^,;()]{1,90},")
_SEAT_AFTER = re.compile(r"\s+(?:takes|will\s+take|took)\s+(?:his|her|their|the)\s+(?:seat|place|chair)\b", re.I)
_LEAVING_AFTER = re.compile(
    r"\s+(?:is|are)\s+(?:also\s+)?(?:leaving|exiting|departing|stepping\s+down)\b|\s+(?:leaves|exits|departs|"
    r"steps\s+down|will\s+not\s+return|won['’]t\s+(?:be\s+)?(?:return(?:ing)?|back))\b",
    re.I,
)


# "Star Hank Delaney told us ...", "Series star Ana Ruiz posted ...": a person of the cast.
_STAR_BEFORE = re.compile(r"(?:^|[.;:]\s+|\b(?:series|show|lead|co-?)\s*)[Ss]tar\s+$")


def _role_elsewhere(person: str, sentences: list[Sentence]) -> bool:
    """The document gives the person a role somewhere ("X (Y)", "X as Y"): the star title adds
    nothing. (Read only when a sentence has a star title, which is rare.)"""
    role = re.compile(re.escape(person) + r"(?:\s*\(|\s+(?:[a-z]+\s+){0,3}as\s+[A-Z])")
    return any(role.search(sent.text) for sent in sentences)


def _star_titles(
    text: str, state: _DocState, names: list[NameSpan], found: list[_Mention], sentences: list[Sentence]
) -> list[_Mention]:
    out: list[_Mention] = []
    if "tar " not in text:
        return out
    for span in names:
        name, start = span.text, span.start
        if name.startswith("Star ") and len(name.split()) > 2:  # the finder kept the title word
            name, start = name[5:], start + 5
        if span.possessive or not _full_name(name) or not _STAR_BEFORE.search(text[:start]):
            continue
        person = _person(name, state)
        if any(m.person == person for m in found) or state.book.characters_of(person):
            continue
        if state.book.expected(person) == "character" or _role_elsewhere(person, sentences):
            continue
        out.append(_Mention(person, None, start, "starring", stance="asserted"))  # no season of its own
    return out


def _in_credit(text: str, span: NameSpan) -> bool:
    """Inside an introductory credit: from "known for" to the comma closing the appositive
    (", best known for X, plays Y"), else to the end of the sentence."""
    for credit in _CREDIT.finditer(text):
        if credit.start() >= span.start:
            break
        opened = text.rfind(",", 0, credit.start())
        closed = text.find(",", credit.end())
        appositive = opened >= 0 and closed >= 0 and len(text[opened : credit.start()].split()) <= 4
        if span.start < (closed if appositive else len(text)):
            return True
    return False


# ", best known for the ITV soap Harrow Street," / ", 34," between a subject and its verb.
_APPOSITIVE = re.compile(
    r"^,\s+(?:(?:\d{1,2})|(?:(?:best|also|perhaps\s+best|widely|mostly|previously)\s+)?"
    r"(?:known|famous|remembered|recognised|recognized)\s+(?:for|from)\b[^,]*"
    r"|(?:who|whose)\s+(?:is\s+|was\s+)?(?:best\s+)?(?:known|famous|broke\s+out|rose\s+to\s+fame)\b[^,]*"
    # "Boone Caldwell, the show’s original host, will not return": the player's place on the show
    r"|(?:the|its)\s+(?:show['’]s\s+|series['’]\s+)?(?:original|longtime|long-time|former|current|veteran|first|founding|resident|head)\s+"
    r"(?:host|co-host|judge|presenter|narrator|star|lead)\b[^,]{0,30})\s*(?=,)"
)


def _skip_appositive(text: str, pos: int) -> int:
    """The position after an introductory appositive starting at ``pos`` (the comma before the verb)."""
    found = _APPOSITIVE.match(text[pos:])
    return pos + found.end() + 1 if found else pos


# "joins as X", "joins in the role of X", 'returns as "Yoon Da-on,"' (a part written in quotes)
_AS_WORD = re.compile(r"\s+(?:as|in\s+the\s+(?:[a-z]+\s+)?role\s+of)\s+(?:[\"“](?=[A-Z]))?")
# A verb that brings the actor in: "Season 2 added X as a rival boatbuilder".
_ADDED_BEFORE = re.compile(r"\b(?:add(?:s|ed)|introduc(?:es|ed)|brings\s+in|brought\s+in|recruit(?:s|ed))\s+$")
_NOT_A_ROLE_AS = re.compile(
    r"\b(?:also\s+)?[Kk]nown(?:\s+(?:in|to|on|among)\s+[\w'’ -]{1,30})?\s*$|\baka\s*$|\bsuch\s*$|\bas well\s*$"
    # "has been remade in Tamil as X", "was released in Japan as X": another title, no part
    r"|\b(?:remade|adapted|dubbed|released|retitled|rebooted|reimagined|locali[sz]ed)\s+(?:\w+\s+){0,2}?in\s+[A-Z][\w-]*\s*$"
)
_NOT_A_ROLE_AS_CUES = cue_groups(_NOT_A_ROLE_AS)


_IN_BEFORE = re.compile(r"\b(?:in|at|to|from|near|outside)\s+$", re.I)
_CAST_NOUN_NEXT = re.compile(r"\s+(?:voice\s+)?(?:cast|ensemble|dub|line-?up)\b")


def _as_pairs(
    text: str, state: _DocState, names: list[NameSpan], shows: list[tuple[int, int]], in_list: bool
) -> list[_Mention]:
    out: list[_Mention] = []
    not_role = holds_cues(text, _NOT_A_ROLE_AS_CUES)
    for match in _AS_WORD.finditer(text):
        if not_role and _NOT_A_ROLE_AS.search(text[: match.start()]):
            continue
        actor = _as_subject(text, names, match.start())
        if actor is None:
            continue
        span, gap = actor
        if len(span.tokens) == 1 and span.text in _HEADLINE_VERBS:
            continue  # "X Season 3 Announced as Split-Cour Anime": a headline's verb, no player
        if len(span.tokens) == 1 and _CAST_NOUN_NEXT.match(text, span.end):
            continue  # "leads the Japanese cast as Tanjiro": a word that describes the cast, no player
        if is_place(span.text) and _IN_BEFORE.search(text, 0, span.start):
            continue  # "Cameras Roll in Rome as Netflix Shakes Up the Cast": a place, and a clause after "as"
        respective = _respective(text, state, names, span, match.end())
        if respective:
            mode = _as_mode(text, respective[0][0], gap)
            pred = span.end if mode in ("return", "deny") else -1
            out += [_Mention(_person(a.text, state), _character(c.text, state), a.start, mode, pred) for a, c in respective]
            continue
        if state.book.kind_of(span.text) == "character":
            continue
        # (not a part in quotes: 'as "Director Kang Mu-yeol,"' is a character)
        role = None if match.group().endswith(('"', "“")) else _role_after_as(text[match.end() :])
        if role:
            if not _PRESENTING.search(role.group()):  # a host is in the cast (see _presenters)
                state.book.crew.add(_NON_WORD.sub("", span.text.casefold()))
            continue
        chars = _characters_after(text, match.end(), state, shows)
        voice = _VOICE_OF.match(text, match.end()) if not chars else None
        if voice:  # "returns as the voice of Lady Whistledown"
            chars = _characters_after(text, voice.end(), state, shows)
        if chars and _CLAUSE_AFTER_AS.match(text, match.end()):
            continue  # "filming begins in Glasgow as Morven Adair returns": "as" joins a clause
        mode = _as_mode(text, span, gap)
        described = (
            ((mode == "return" and _SHOW_UP.search(gap)) or (mode == "pair" and _STARS_GAP.fullmatch(gap.strip())))
            and _DESCRIBED_ROLE.match(text[match.end() :])
            and len(span.tokens) > 1
            and state.book.kind_of(span.text) != "character"
        )  # ("returns as a villain", "stars as a recently divorced brewer": a part described, not named)
        if not chars and not (
            mode == "starring" or _CASTING_GAP.search(gap) or described or _ADDED_BEFORE.search(text, 0, span.start)
        ):
            continue
        if (
            span.start == 0
            and len(span.tokens) == 1
            and not (state.book.is_person(span.text) or state.book.surname_of_seen(span.text))
            and not in_list
            and not _mononym_lead(span, gap, chars)
        ):
            continue
        pred = span.end if mode in ("return", "deny") else -1
        roles: list[str | None] = list(chars) or [None]
        for char in roles:
            out.append(_Mention(_person(span.text, state), char, span.start, mode, pred))
    return out


# "Zendaya leads again as Rue Bennett": one name before a verb of playing and a full part.
_MONONYM_VERB = re.compile(
    r"\s+(?:(?:also|again|once\s+again)\s+)?(?:leads|stars|plays|returns|is\s+back|will\s+(?:play|return|star|lead|be\s+back))"
    r"(?:\s+(?:again|once\s+more|once\s+again))?\s*"
)
_MONONYM = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)?")
_NOT_MONONYMS = _wordset("everyone everybody nobody someone somebody anyone each both all none another everything")


def _mononym_lead(span: NameSpan, gap: str, chars: list[str]) -> bool:
    return (
        bool(chars)
        and len(chars[0].split()) > 1
        and _MONONYM.fullmatch(span.text) is not None  # ("Zendaya", "Myha'la")
        and span.text.lower() not in _NOT_MONONYMS
        and bool(_MONONYM_VERB.fullmatch(gap))
    )


_VOICE_OF = re.compile(r"\s*the\s+(?:voice|narrator|unseen\s+narrator)\s+of\s+")
# "as X returns", "as X and Y prepare to ...": a clause with its own verb after "as"
_CLAUSE_AFTER_AS = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:and\s+(?:[A-Z][\w'’.-]*\s+){1,3})?"
    r"(?:returns|joins|leaves|exits|bows\s+out|steps|prepares|begins|starts|takes|gets|heads|is|are|was|were|has|have|"
    r"will|would|says|said|reveals|revealed|confirms|confirmed|teases|teased)\b"
)
_LIST_JOINER = re.compile(r",\s+|\s+and\s+|,\s+and\s+")
_AS_DESCRIBED_BEFORE = re.compile(r"\bas\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[a-z][\w'’-]*\s+){0,3}$")
_AND_JOINT = re.compile(r"\sand\s")
_AS_AFTER = re.compile(r"\s+as\b")


_PART_VERB_END = re.compile(r"\b(?:plays|played|voices|voiced|portrays|portrayed|reprises|reprised|as)\s+$")


def _respective(
    text: str, state: _DocState, names: list[NameSpan], last: NameSpan, pos: int
) -> list[tuple[NameSpan, NameSpan]]:
    """"A and B reprise their roles as X and Y": actors and characters paired in order."""
    actors = [last]
    idx = names.index(last)
    while idx > 0 and _LIST_JOINER.fullmatch(text[names[idx - 1].end : actors[0].start]):
        idx -= 1
        actors.insert(0, names[idx])
    if len(actors) < 2 or any(_AS_DESCRIBED_BEFORE.search(text, 0, a.start) for a in actors):
        return []  # "... as harbourmaster Bridget Tolley and Kwame Ashby as ...": a character in the list
    if _PART_VERB_END.search(text, 0, actors[0].start):
        return []  # "X reprised Orson Krennic, Forest Whitaker returned as ...": the list opens on a part
    first = next((n for n in names if n.start >= pos and not n.possessive and not text[pos : n.start].strip()), None)
    led = False  # the first character comes after a description of its own
    if first is None:  # "as the twin sorcerers Ula and Ren", "as detectives X and Y": a shared description first
        first = next((n for n in names if n.start >= pos and _SHARED_DESCRIPTION.fullmatch(text, pos, n.start)), None)
    if first is None:  # "as night pharmacist X and the amnesiac ghost Y": a description each
        first = next((n for n in names if n.start >= pos and _OWN_DESCRIPTION.fullmatch(text, pos, n.start)), None)
        led = first is not None
    if first is None:
        return []
    chars = _following_list(text, names, first)
    nxt = next((i for i, c in enumerate(chars) if i and _AS_AFTER.match(text[c.end :])), None)
    if nxt is not None and text[chars[nxt - 1].end : chars[nxt].start].startswith(","):
        chars = chars[:nxt]  # "as Karen and Ted Wheeler, Paul Reiser as Dr. Sam Owens": the next pair's player
    if len(chars) != len(actors):  # "as X and mine owner Y, respectively"
        described = _following_list(text, names, first, _DESCRIBED_JOINT)
        paired = len(described) == len(actors) and (led or (len(chars) == 1 and _AND_JOINT.search(text, first.end, described[-1].start)))
        if paired or _RESPECTIVELY.match(text[described[-1].end :]):
            chars = described
    if 1 < len(chars) < len(actors) and _RESPECTIVELY.match(text[chars[-1].end :]):
        actors = actors[-len(chars) :]  # "Y is X's son Z, and A, B and C appear as P, Q and R, respectively"
    if _AS_AFTER.match(text[chars[-1].end :]) or len(chars) != len(actors) or any(state.book.kind_of(a.text) == "character" for a in actors):
        return []
    return list(zip(actors, _shared_surname(text, chars), strict=True))


def _shared_surname(text: str, chars: list[NameSpan]) -> list[NameSpan]:
    """"as Jo and Danny Wayside": a lone given name before "and" and a full name takes its
    surname (the siblings of a family)."""
    if len(chars) != 2 or len(chars[0].tokens) != 1 or len(chars[1].tokens) != 2:
        return chars
    if text[chars[0].end : chars[1].start] != " and " or has_title(chars[1].text):
        return chars
    first = chars[0]
    return [NameSpan(f"{first.text} {chars[1].tokens[-1]}", first.start, first.end), chars[1]]


_SHARED_DESCRIPTION = re.compile(
    # ("as Strand's colleagues X and Y": an owner's)
    r"(?:(?:the|their|two|both|his|her|its|[A-ZÀ-ÖØ-Þ][\w-]*['’]s)\s+(?:[A-Za-z][\w'’-]*\s+){0,3}?|(?!(?:his|its|this|was|has|is|as|us)\s)(?:[a-z][\w'’-]*\s+){0,2}?)"
    r"(?:[a-z][\w'’-]*[^s\W]s|children|people|men|women),?\s+"  # (and "as her daughters, Rosamund and Posy Li")
)
# A description of one character before its name: "night pharmacist", "the amnesiac ghost".
_OWN_DESCRIPTION = re.compile(r"(?:(?:the|a|an)\s+)?(?!(?:his|her|their|its|well|if|though)\s)(?:[a-z][\w'’-]*\s+){1,3}")
_TRAILING_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")
_LEADING_BRACKETS = re.compile(r"^\s*\([^)]*\)")
_LAST_WORD = re.compile(r"\s*(\w+)")


def _last_word(text: str) -> str | None:
    r"""The last word of ``text`` when only spaces follow it (what ``(\w+)\s*$`` finds), read
    from the end: the text reversed opens with the spaces and the word."""
    found = _LAST_WORD.match(text[::-1])
    return found.group(1)[::-1] if found else None


_REPLACE_OR_BY = re.compile(r"replac\w*|by")
_AS_GAP = re.compile(r"(?:,\s*who|,(?=\s+back\s*$))?(?:\s+(?:[a-z][\w'’-]*|[Ss]eason \d+|[Ss]eries \d+))*\s*")
# ", on the other hand," between a subject and its verb.
_INTERJECTION = re.compile(
    r",\s+(?:on\s+the\s+other\s+hand|however|though|meanwhile|too|also|in\s+turn|for\s+(?:his|her|their)\s+part|"
    r"of\s+course|it\s+seems|we\s+hear|sources\s+say|reportedly|sadly|unfortunately|happily|thankfully|naturally|"
    r"apparently|once\s+again|again|as\s+expected|unsurprisingly|finally|obviously|clearly|predictably|inevitably|"
    r"fortunately|luckily|mercifully|understandably|of\s+all\s+people|yes),",
    re.I,
)
# ", a Bafta winner," between a subject and its verb.
_SHORT_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+[^,;()]{1,60},")
# ", who won a Goya for the film 'Tierra'," between a subject and its verb (not a cast clause).
_RELATIVE_ASIDE = re.compile(
    r",\s+who\s+(?!(?:also\s+|will\s+|is\s+|was\s+)?(?:plays?|played|voices?|voiced|portrays?|portrayed|joins?|joined|"
    r"returns?|returned|stars?|starred|reprises?)\b)[^,;]{1,90},"
    # (or a part in another title: ", who played Kat in Hollow Creek,")
    r"|,\s+who\s+(?:previously\s+|also\s+)?(?:played|voiced|portrayed)\s+[^,;]{1,40}?\s+(?:in|on)\s+[\"“‘']?"
    r"(?!(?:Season|Series|Part|Episode)\b)[A-Z][^,;]{0,60},"
)


def _skip_relative(text: str, pos: int) -> int:
    found = _RELATIVE_ASIDE.match(text, pos) or _SHORT_APPOSITION.match(text, pos) or _INTERJECTION.match(text, pos)
    return found.end() if found else _skip_appositive(text, pos)


def _bracketed(text: str, span: NameSpan) -> bool:
    """The name sits inside brackets: "(The Long Field)"."""
    opened = text.rfind("(", 0, span.start)
    closed = text.find(")", span.end)
    return opened != -1 and closed != -1 and ")" not in text[opened : span.start] and "(" not in text[span.end : closed]


def _outer_subject(text: str, outer: NameSpan, inner: NameSpan, as_start: int) -> bool:
    """``inner`` sits in an aside after ``outer`` that closes before " as "."""
    if outer.start >= inner.start:
        return False
    end = _skip_relative(text, outer.end)
    return end > outer.end and inner.end <= end <= as_start


def _as_subject(text: str, names: list[NameSpan], as_start: int) -> tuple[NameSpan, str] | None:
    """The actor before " as ": the nearest name, with only a short verb phrase in between."""
    head = text[:as_start]
    if "(" in head:  # every match holds one
        head = _TRAILING_BRACKETS.sub("", head)
    before = [n for n in names if n.end <= len(head) and not n.possessive]
    if "(" in text:  # "Bram Telford (The Long Field) will recur as X": a credit in brackets is no subject
        before = [n for n in before if not _bracketed(text, n)]
    if not before:
        return None
    for credit in _CREDIT_IN.finditer(head) if " from " in head or " of " in head else ():
        # "Ben Lawson from “The Deep End” joins as X": a credit between the actor and the verb
        owner = next((n for n in before if n.end == credit.start()), None)
        if owner and _AS_GAP.fullmatch(text, credit.end(), as_start) and _CAST_VERB.search(text, credit.end(), as_start):
            return owner, text[credit.end() : as_start]
    span = before[-1]
    gap = _LEADING_BRACKETS.sub("", text[_skip_appositive(text, span.end) : as_start])
    if "," in gap:  # "Adam Scott will, of course, be back as X": a comma aside in the verb phrase
        gap = _INTERJECTION.sub("", gap)
    if not _AS_GAP.fullmatch(gap):
        # "Ann Bell, a Bafta winner, returns as X", "Ann Bell, who is 40, returns as X": an aside
        # that names no one between the subject and its verb.
        aside = _skip_relative(text, span.end)
        if span.end < aside <= as_start and _AS_GAP.fullmatch(text, aside, as_start):
            gap = text[aside:as_start]
    if not _AS_GAP.fullmatch(gap):
        # "Marta Vila, who won a Goya for the film 'Tierra', returns as X": the subject before
        # a relative clause that holds the nearer names.
        outer = next((n for n in reversed(before) if _outer_subject(text, n, span, as_start)), None)
        if outer is None:
            return None
        span = outer
        gap = text[_skip_relative(text, span.end) : as_start]
    if len(gap.split()) > 11 or (gap.strip() and not _CAST_VERB.search(gap)):
        return None
    if gap.strip() and not _AS_GAP.fullmatch(gap):
        return None
    if _CREW_WORDS.search(gap):
        return None
    prev = _last_word(text[: span.start])
    if prev and _REPLACE_OR_BY.fullmatch(prev.lower()) and not _JOINED_BY.search(text[: span.start]):
        return None
    if prev and prev.lower().endswith("ing") and prev.lower() not in {
        "starring", "featuring", "including", "casting", "joining", "co-starring",
        "bringing", "welcoming", "reuniting", "introducing",  # ("..., bringing X back as Y")
    }:
        return None
    return span, gap


def _as_mode(text: str, span: NameSpan, gap: str) -> str:
    lead = text[max(0, span.start - 40) : span.start]
    if _STARRING_BEFORE.search(lead):
        return "starring"
    if _RETURN_INCLUDING.search(text, 0, span.start):
        return "return"  # "The main cast will also return, including A as X and B as Y"
    if _HARD_TO_BEFORE.search(lead):
        return "deny"
    if _CAMEO_FROM_BEFORE.search(lead):
        return "return"
    if _RETURN_GAP.search(gap):
        return "return"
    if _WILL_STAR_GAP.search(gap):
        return "return"  # "X will guest-star as Y": the season being made
    if _STARRED_GAP.search(gap):
        return "past"  # "X co-starred as Y": the show's past line-up
    if _STARS_GAP.search(gap):
        return "pair"
    if _APPEAR_GAP.search(gap):
        return "return"
    if _LED_GAP.search(gap):
        return "past"  # "X led the cast as the smuggler Y": the show's past line-up
    if _JOIN_GAP.search(gap):
        if _HAS_JOINED.search(gap):
            return "return"  # "has joined the cast as Y": the season being made
        return "past" if _JOINED_GAP.search(gap) else "return"
    if _PLAYED_GAP.search(gap):
        return "past"
    return "pair"


_RETURN_INCLUDING = re.compile(
    r"\b(?:return(?:s|ing)?|(?:is|are|will\s+be)\s+back|reprising)\b[^.;:]{0,20}?,?\s+(?:including|led\s+by)\s+"
    r"(?:[^.;:]{0,80}?(?:,\s+|\s+and\s+))?$",
    re.I,
)


def _person(name: str, state: _DocState) -> str:
    return state.book.fullest(name, "person")


def _character(name: str, state: _DocState) -> str:
    return state.book.fullest(name, "character")


_ALIAS_LEAD = re.compile(r"^,?\s+(?:also\s+known\s+as|aka|a\.k\.a\.)\s+")
_AND_POSSESSIVE_LEAD = re.compile(r"^\s+and\s+(?:his|her|their)\s+")
_AS_AFTER_START = re.compile(r"^\s+as\b")


def _characters_after(
    text: str, pos: int, state: _DocState, shows: list[tuple[int, int]] | None = None
) -> list[str]:
    """Character names after " as " / "plays": descriptions skipped, a second name kept when
    the text gives one ("also known as Cooper Howard", "and her outie Helena Eagan")."""
    first = _character_at(text, pos)
    if first is None:
        return []
    name, end = first
    chars = [_character(name, state)]
    rest = text[end:]
    alias = _ALIAS_LEAD.match(rest) or _SLASH_LEAD.match(rest)  # (and "as Mark Grayson / Invincible")
    other = _AND_POSSESSIVE_LEAD.match(rest)
    if other is None and _TWO_PARTS_LEAD.match(text, pos):
        other = _AND_LEAD.match(rest)  # "as twin sisters Osha and Mae": one player, two parts
    for cue in (alias, other):
        if cue:
            second = _character_at(text, end + cue.end())
            if second and not _AS_AFTER_START.match(text[second[1] :]):
                chars.append(_character(second[0], state))
    return chars


_SLASH_LEAD = re.compile(r"\s*/\s*(?=[A-Z])")
_TWO_PARTS_LEAD = re.compile(r"\s*(?:the\s+)?(?:twin\s+)?(?:sisters|brothers|twins|siblings|doubles|both)\s+(?=[A-Z])", re.I)
_AND_LEAD = re.compile(r"\s+and\s+(?=[A-Z])")
_THE_LEAD = re.compile(r"The\s+")
_JOB_BEFORE_TITLE = re.compile(r"[A-Z]{2,4}\s+(?=(?:Dr|Mr|Mrs|Ms|Miss|Sir|Lady|Lord|Father|Sister|Brother|Dame)\.?\s+[A-Z])")
_STAFF_TITLE = re.compile(
    r"\s*(?:second|chief|assistant|art|sound|character|series|animation|prop|colou?r|3?cg|action)\s+"
    r"(?:design\s+|animation\s+)?(?:director|designer|composer|composition|producer|editor|supervisor|leader)\b",
    re.I,
)
_NEXT_WORD = re.compile(r"\s*([\w'’-]+)(,?)")
_POSSESSIVE_END = re.compile(r"['’]s$")


@lru_cache(maxsize=1024)
def _character_at(text: str, pos: int) -> tuple[str, int] | None:
    """A character name at ``pos`` after lower-case descriptions ("detective", "Nick's older
    brother", "the ship's captain,"); None when the role is only described. (A pure function
    of the sentence and the place: reading ahead and the sentence's own pass ask alike.)"""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    origin = pos
    words = 0
    comma = False
    while words < 8:
        quoted = _quoted_part(text, pos)
        if quoted is not None:
            return quoted  # 'as Da-on's younger brother "Yoon Da-jun"', 'as "Director Kang Mu-yeol,"'
        ranked = _ORDINAL_TITLE.match(text, pos)
        titled = name_at(text, ranked.end()) if ranked else None
        if titled is not None and not titled.possessive:
            return text[pos : titled.end], titled.end  # "as First Lady Jenny Hagan": the title is the part's
        the = _THE_LEAD.match(text, pos)
        span = name_at(text, the.end() if the else pos)
        plural_owner = span is not None and text[span.end : span.end + 1] in ("'", "’")  # "the Lusks' rival X"
        if span is not None and span.possessive and len(span.tokens) == 1 and not the:
            owned = name_at(text, span.end + 3)
            if owned is not None and len(owned.tokens) == 1 and not owned.possessive and text[span.end : owned.start] in ("'s ", "’s "):
                return text[span.start : owned.end], owned.end  # "as Mother's Milk": one name of two words
        if span is not None and not span.possessive and not plural_owner and not _pronoun(span.text) and not _adjective(text, span):
            if words and _AS_AFTER_START.match(text[span.end :]) and "," in text[origin : span.start]:
                return None  # "as a clan chieftain's widow, Paapa Essiedu as ...": the next pair's actor
            start = pos if the else span.start
            job = _JOB_BEFORE_TITLE.match(text, start)
            start = job.end() if job else start  # "the town's new GP Dr Amara Kessington": the doctor
            place = _OF_THE_PLACE.match(text, span.end)
            end = place.end() if place else span.end
            return text[start:end], end
        word = _NEXT_WORD.match(text, pos)
        if not word:
            return None
        token = word.group(1)
        if _STAFF_TITLE.match(text, pos):
            return None  # "as second art director, e Masayuki Kurosawa to editing": a staff credit
        if comma and token in _CLAUSE_VERBS:
            return _appositive_name(text, origin)  # "as an FBI agent, premieres Sept. 7": the sentence's verb
        possessive = bool(_POSSESSIVE_END.search(token)) or (plural_owner and token.endswith(("s'", "s’")))
        adjective = span is not None and _adjective(text, span)
        # "11-year-old June": an age or a century is a description too
        aged = token[:1].isdigit() and "-" in token and any(c.islower() for c in token)
        # "the upright but short-tempered ACP X": "but" between two descriptions
        after = _LOWER_WORD_AFTER.match(text, word.end())
        contrast = token in ("but", "and") and words > 0 and not comma and after is not None and after.group(1) not in _NOT_A_DESCRIPTION
        if not (possessive or adjective or aged or contrast or _OF_LOWER.match(text, pos)) and (
            not token[:1].islower() or token.lower() in _DESCRIPTOR_STOP
        ):
            return _appositive_name(text, origin)
        pos, comma = word.end(), bool(word.group(2))
        words += 1
    return _appositive_name(text, origin)


# A sentence's verb after a part's description and its comma ("as an FBI agent, premieres Sept. 7").
_CLAUSE_VERBS = _wordset(
    "premieres premiered returns returned arrives arrived debuts debuted airs aired streams lands landed drops "
    "dropped begins began starts started continues continued follows followed opens opened launches launched"
)
# Words after "but" that open a clause, not a second description ("a villain but neither ...").
_NOT_A_DESCRIPTION = _DESCRIPTOR_STOP | _wordset("neither not no never also then now still only even the a an his her their its")


# A part written in quotes: the words between the quotes, each capitalised or a name particle.
_QUOTED_PART = re.compile(r"[\"“](?P<name>[A-Z][^\"“”,.;:!?()]{0,45}?)[,.]?[\"”]")
_NAME_PARTICLES = frozenset({"of", "the", "de", "del", "la", "le", "von", "van", "da", "di", "al", "bin", "el"})


def _quoted_part(text: str, pos: int) -> tuple[str, int] | None:
    """The part at ``pos`` when it is written in quotes (``pos`` at the opening quote or just
    after it): 'as "Director Kang Mu-yeol,"' is the character "Director Kang Mu-yeol"."""
    while pos < len(text) and text[pos] == " ":
        pos += 1
    start = pos - 1 if pos > 0 and text[pos - 1] in "\"“" and text[pos : pos + 1].isupper() else pos
    found = _QUOTED_PART.match(text, start)
    if found is None:
        return None
    name = found.group("name").strip()
    words = name.split()
    if not 1 <= len(words) <= 6 or not all(w[:1].isupper() or w in _NAME_PARTICLES for w in words):
        return None
    return name, found.end()


# The place a character is of, in capitals, ending the phrase: "Ysra of the Drowned Coast, and ..."
# (not "Mara of the Netflix hit").
_OF_THE_PLACE = re.compile(
    r"\s+of\s+the\s+(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2}(?=[,.;:)]|\s+(?:and|in|on|for|who|while|from)\b|$)"
)
_LOWER_WORD_AFTER = re.compile(r"\s+([a-z][\w'’-]*)")
# "of" inside a description ("chief of surgery Dr. Kell"), not before a name or a clause.
_OF_LOWER = re.compile(r"\s*of\s+(?!(?:the|a|an|his|her|their|its|who|which|that)\b)[a-z]")


# A title that opens on an ordinal ("First Lady", "Second Lieutenant"): no ordinal of a season.
_ORDINAL_TITLE = re.compile(
    r"(?:First|Second|Third)\s+(?:Lady|Gentleman|Officer|Lieutenant|Mate|Minister|Secretary|Sergeant|Sea\s+Lord|Daughter|Son)\s+"
)


def _adjective(text: str, span: NameSpan) -> bool:
    """A capitalised word used as an adjective ("a Spanish detective", "the Portuguese fixer"),
    or a body's name before a job and the part's own name ("White House chief of staff Diane
    Farr", "Night Action operative Peter Sutherland")."""
    if len(span.tokens) != 1:
        job = _JOB_THEN_NAME.match(text, span.end)
        words = job.group(1).split() if job else []
        named = name_at(text, job.end()) if job else None
        return (
            named is not None
            and len(named.tokens) > 1
            and words[-1] != "of"
            and not any(w in _DESCRIPTOR_STOP or w in _AFTER_NAME or w in _DETERMINERS for w in words if w != "of")
            and not any(w.endswith("ed") or (w.endswith("s") and not w.endswith("ss")) for w in words)  # (no verb)
        )
    nxt = _LOWER_WORD_AFTER.match(text[span.end :])
    return nxt is not None and nxt.group(1) not in _DESCRIPTOR_STOP and nxt.group(1) not in _AFTER_NAME


_JOB_THEN_NAME = re.compile(r"\s+((?:[a-z][\w'’-]*\s+){1,4})(?=[A-Z][a-z])")


# Lower-case words that may follow a one-word character name ("plays Juno again").
_AFTER_NAME = _wordset("again alongside opposite once too herself himself themselves this next")


_DESCRIPTION_THEN_COMMA = re.compile(r"(?:a|an|the|his|her|their|[A-Z][\w'’-]*['’]s)\s+[^,.;()]{1,60}?,\s+")
_COMMA_NAME_AFTER = re.compile(r",\s+(?:and\s+)?[A-Z]")
_CLAUSE_CLOSE = re.compile(r"\s*(?:[.;,)]|$)")


def _appositive_name(text: str, pos: int) -> tuple[str, int] | None:
    """"plays a Spanish detective on secondment, Inspector Elena Vidal": a lower-case
    description, a comma, then the name closing the clause."""
    found = _DESCRIPTION_THEN_COMMA.match(text[pos:])
    if not found:
        return None
    span = name_at(text, pos + found.end())
    if span is None or span.possessive or not _CLAUSE_CLOSE.match(text[span.end :]):
        return None
    if _COMMA_NAME_AFTER.match(text[span.end :]):
        return None
    return span.text, span.end


def _pronoun(word: str) -> bool:
    return word.lower() in {"he", "she", "him", "her", "they", "them", "it"}


_BY_AFTER = re.compile(r"\s*by\b")
_OBJECT_PRONOUN = re.compile(r"(him|her)\b")
_WHO_BEFORE_END = re.compile(r"(?:,|\()\s*who\s+(?:\w+\s+)?$")


def _play_pairs(
    text: str,
    state: _DocState,
    names: list[NameSpan],
    shows: list[tuple[int, int]],
    found: list[_Mention],
    main_spans: list[tuple[int, int]] | None = None,
) -> list[_Mention]:
    out: list[_Mention] = []
    if not holds_cues(text, _PLAY_VERB_CUES):
        return out
    for verb in _PLAY_VERB.finditer(text):
        if _BY_AFTER.match(text[verb.end() :]):
            continue
        subject = _play_subject(text, state, names, verb.start())
        if subject is None:
            continue
        if _FILM.search(text[verb.end() : verb.end() + 40]):
            continue
        chars = _characters_after(text, verb.end(), state, shows)
        obj = _OBJECT_PRONOUN.match(text[verb.end() :])
        if not chars and obj:
            chars = [c for c in [_last_character(text[: verb.start()], state, names, found + out)] if c]
        if not chars:
            part = _DESCRIBED_PART.match(text, verb.end())
            if (
                part
                and not _NOT_A_PART.search(part.group())
                and len(subject.split()) > 1
                and not state.book.is_character(subject)
                and _WILL_OR_CAST.search(text, max(0, verb.start() - 30), verb.start())
            ):
                # "Veteran actor X will play a retired detective": cast in the season being made, part unnamed
                out.append(_Mention(subject, None, verb.start(), "return", verb.start()))
            continue
        past = verb.group().strip().lower() in {"played", "voiced", "portrayed"} or bool(_PRAISED_FOR.search(text, 0, verb.start()))
        relative = bool(_WHO_BEFORE_END.search(text[: verb.start()]))
        if relative and "respectively" in text:
            # "A and B, who played the teenage leads X and Y, respectively": paired in order
            who = _WHO_BEFORE_END.search(text[: verb.start()])
            last = next((n for n in names if who is not None and n.end == who.start()), None)
            paired = _respective(text, state, names, last, verb.end()) if last is not None else []
            if paired:
                mode = "past" if past else "present"
                out += [_Mention(_person(a.text, state), _character(c.text, state), a.start, mode, relative=True) for a, c in paired]
                continue
        if not relative and _AND_JOINT.search(text, verb.end(), verb.end() + 60):
            # "with A and B voicing X and Y": the players of a list, paired in order
            last = next((n for n in names if n.end <= verb.start() and _VERB_GAP.fullmatch(text, n.end, verb.start())), None)
            paired = _respective(text, state, names, last, verb.end()) if last is not None else []
            if paired:
                mode = "past" if past else "present"
                out += [_Mention(_person(a.text, state), _character(c.text, state), a.start, mode) for a, c in paired]
                continue
        first = _character_at(text, verb.end())
        elsewhere = _IN_OTHER_TITLE.match(text, first[1]) if first and (past or relative) else None
        if elsewhere and main_spans is not None and not any(s <= elsewhere.end() < e for s, e in main_spans):
            continue  # "Sienna Ravel, who played Kat in Hollow Creek, ...": a part in another show
        joining = bool(
            (_PRONOUN_PARTICIPLE.match(text[: verb.start()]) and _JOINS_LEAD.search(text[: verb.start()]))
            or _CAST_TO.search(text, 0, verb.start())  # "has been tapped to play": the season being made
        )
        follows = None
        if not past and _PRONOUN_BEFORE_VERB.search(text[: verb.start()]):
            follows = state.last_seasons.get(subject)  # the season the antecedent was just given
        for char in chars:
            mode = "return" if joining else "past" if past else "present"
            out.append(_Mention(subject, char, verb.start(), mode, verb.start() if joining else -1, relative=relative, seasons=follows))
    return out


_VERB_GAP = re.compile(r"\s+(?:(?:will|would|also|both|now|again|currently|are|were)\s+)*")


# (and a casting's auxiliaries: "has been tapped to play", "is set to portray", "will be playing")
# "will play a retired detective": a part described by a noun for a person
_DESCRIBED_PART = re.compile(
    r"(?:an?|the)\s+(?:new\s+)?(?:[a-z][\w'’-]*\s+){0,3}?(?:detective|officer|cop|agent|inspector|sergeant|doctor|nurse|"
    r"surgeon|lawyer|attorney|judge|teacher|professor|student|journalist|reporter|soldier|spy|assassin|chef|priest|nun|"
    r"villain|rival|boss|mother|father|mom|dad|sister|brother|son|daughter|wife|husband|widow|friend|neighbou?r|"
    r"love\s+interest|mentor|businessman|businesswoman|executive|politician|senator|mayor|king|queen|prince|princess|"
    r"witch|wizard|vampire|hunter|killer|criminal|gangster|thief|smuggler|pilot|captain|scientist|hacker|waitress|"
    r"bartender|farmer|rancher|sheriff|deputy|tech|technician|protester|activist|singer|musician|writer|artist|woman|man|"
    r"girl|boy|teenager|kid|stranger|newcomer|figure|leader|member|owner|manager|worker|employee|investor|heir|heiress)s?"
    r"(?=\s*(?:[,.;]|$|\s+(?:who|whose|with|from|in|on|at)\b))"
)
_NOT_A_PART = re.compile(r"\b(?:role|roles|part|parts|game|games|match|song|songs|card|trick|joke|prank|music|host|a\s+bigger|a\s+key)\b")
_WILL_OR_CAST = re.compile(r"\b(?:will|set\s+to|tapped\s+to|cast\s+to|hired\s+to|signed\s+(?:on|up)\s+to|expected\s+to)(?:\s+\w+)?\s+$")
# A relative aside closed by its comma right before the verb: ", who earned an Emmy for X, will "
_RELATIVE_ASIDE_END = re.compile(r"(?:\s*\([^()]{1,60}\))?,\s+(?:who|whose)\s+[^,;()]{3,120},[”\"’]?\s+" + r"(?:(?:also|now|will|would|is|are|set|to|be|going|expected|currently|once|again)\s+)*$")
# "X, who won an Emmy for playing Y": the part played before, praised
_PRAISED_FOR = re.compile(r",\s+who\s+(?:[\w'’-]+\s+){1,6}?for\s+$")
_CAST_TO = re.compile(
    r"\b(?:tapped|cast|chosen|hired|signed\s+(?:on|up)|booked|recruited|expected|confirmed|in\s+(?:final\s+)?(?:talks|negotiations))\s+to\s+$"
)
_GAP_WORDS = (
    r"(?:(?:also|first|still|now|will|would|could|might|may|previously|originally|once|again|currently|finally|who|to|has|have|had|"
    r"gets?\s+to|got\s+to|getting\s+to|"  # "finally got to voice K-2SO"
    r"be|been|is|are|set|going|tapped|cast|chosen|hired|picked|signed\s+(?:on|up)|expected|due|slated|booked|recruited|attached|confirmed|"
    r"returns|returning|return|back|comes\s+back|coming\s+back|"
    r"reportedly|officially|in\s+(?:final\s+)?(?:talks|negotiations))\s+)*"
)
# "She plays", "He'll voice", "She’d play": a pronoun subject, contracted or not.
_PRONOUN_BEFORE_VERB = re.compile(r"\b([Hh]e|[Ss]he)(?:['’](?:ll|d|s))?\s+" + _GAP_WORDS + r"$")
_JOINS_LEAD = re.compile(r"^(?:He|She)\s+(?:also\s+|will\s+)?(?:joins?|returns?|is\s+back|boards?|signs?\s+on)\b")
_PRONOUN_PARTICIPLE = re.compile(r"^(?:He|She)\s+[^.;,]{1,80},\s*$")
_SUBJECT_GAP = re.compile(r"(?:\s*\([^)]*\))?(?:,\s+who\s+|\s*\(\s*who\s+|\s+)" + _GAP_WORDS)


def _play_subject(text: str, state: _DocState, names: list[NameSpan], verb_start: int) -> str | None:
    left = text[:verb_start]
    pron = _PRONOUN_BEFORE_VERB.search(left)
    if pron:
        return _antecedent_person(left[: pron.start()], state, names)
    if _PRONOUN_PARTICIPLE.match(left):  # "She joins as a series regular, playing X": the last subject
        people = [n for n in state.prev_names if len(n.split()) > 1 and not state.book.is_character(_person(n, state))]
        return _person(people[0], state) if people else None
    credited = _CREDITED_GAP.search(left) if " from " in left or " of " in left else None
    if credited:  # "Ben Lawson from “The Deep End” will be playing X": a credit after the name
        subject = next((n for n in names if n.end == credited.start()), None)
        full = _person(subject.text, state) if subject is not None else ""
        if subject is not None and len(full.split()) > 1 and not state.book.is_character(full):
            return full
    apposed = _APPOSED_WHO.search(left) if ", who" in left else None
    if apposed:  # "Harlan Voss, best known as the cattle baron on Red Mesa, who will play X"
        subject = next((n for n in names if n.end == apposed.start()), None)
        full = _person(subject.text, state) if subject is not None else ""
        if subject is not None and len(full.split()) > 1 and not state.book.is_character(full):
            return full
    aside_subject = _RELATIVE_ASIDE_END.search(left) or _PRAISED_FOR.search(left)
    if aside_subject:  # "Ferraro, who earned an Emmy nomination for HBO's Paper Saints, will play X"
        subject = next((n for n in names if n.end == aside_subject.start()), None)
        full = _person(subject.text, state) if subject is not None else ""
        if subject is not None and len(full.split()) > 1 and not state.book.is_character(full):
            return full
    for span in reversed(names):
        if span.end > verb_start or ("(" in text and _bracketed(text, span)):
            continue  # ("Niamh Kerr (Derry Girls) will play": the credit in brackets is no subject)
        aside = _INTERJECTION.match(text, span.end)  # "Elfman, meanwhile, portrays Naomi"
        gap = text[aside.end() if aside else _skip_appositive(text, span.end) : verb_start]
        if _SUBJECT_GAP.fullmatch(gap):
            if state.book.kind_of(span.text) == "character":
                return None
            return _person(span.text, state)
        return None
    return None


def _antecedent_person(before: str, state: _DocState, names: list[NameSpan]) -> str | None:
    """The person a "he"/"she" refers to: the last person named before it, in this sentence or
    the previous one."""
    here = [n.text for n in names if n.end <= len(before)]
    if not here:  # the person the previous sentence made a cast claim about, before other names
        claimed = [m.person for m in state.prev_mentions if m.person]
        if len(set(claimed)) == 1:
            return claimed[0]
    for name in reversed(here or state.prev_names):
        full = _person(name, state)
        if state.book.is_person(full) or (len(full.split()) > 1 and not state.book.is_character(full)):
            return full
    for name in reversed(state.prev_names):
        if state.book.is_person(_person(name, state)):
            return _person(name, state)
    return None


def _last_character(
    before: str, state: _DocState, names: list[NameSpan], found: list[_Mention]
) -> str | None:
    for m in reversed(found):
        if m.character and m.pos < len(before):
            return m.character
    here = [n.text for n in names if n.end <= len(before)]
    for name in reversed(here):
        full = _character(name, state)
        if state.book.is_character(full):
            return full
    for m in reversed(state.prev_mentions):
        if m.character:
            return m.character
    return None


# ", who will appear in the new season" / ", who joins the cast": what the actor does next.
_FORWARD_RELATIVE = re.compile(
    r",\s+who\s+(?:will|is\s+set\s+to|is\s+expected\s+to|is\s+due\s+to)\s+(?:also\s+)?(?:appear|return|be\s+back|join|feature)"
    r"|,\s+who\s+(?:joins|returns|appears)\b"
)


_PRESENT_PASSIVE = re.compile(r"\b(?:is|will be)\s+(?:played|voiced|portrayed)")
_LAST_WORD_END = re.compile(r"\w+$")


def _played_by(text: str, names: list[NameSpan], intro: str | None, state: _DocState) -> list[_Mention]:
    out: list[_Mention] = []
    if not holds_cues(text, _PLAYED_BY_CUES):
        return out
    for match in _PLAYED_BY.finditer(text):
        paired = _pairs_played_by(text, names, state, match)
        if paired:  # "Finn and Rosa Caddick, played by newcomers Oscar Beddoes and Lily-Mae Furness"
            out += paired
            continue
        actor = name_at(text, match.end())
        if actor is None and (described := _NEWCOMER_BEFORE.match(text, match.end())):
            actor = name_at(text, described.end())  # "will be played by newcomer Soraya Blanchett-Imre"
        credit = _CREDIT_DESCRIPTOR.match(text, actor.end) if actor is not None else None
        if credit:  # "played by Master of Sex alum Caitlin FitzGerald": the name after the credit
            actor = name_at(text, credit.end())
        if actor is None or _FILM.search(text[actor.end : actor.end + 30]):
            continue
        char = next((n for n in names if n.end == match.start() and not n.possessive), None)
        mode = "pair" if intro is not None else "recap"
        pred = -1
        if _PRESENT_PASSIVE.search(match.group()):
            mode = "present"
        if _WILL.search(match.group()):
            mode, pred = "return", match.start()  # "Young Eli will now be played by X": the season being made
        forward = _FORWARD_RELATIVE.match(text, actor.end)
        stance = None
        if forward:
            mode, pred = "return", forward.start()
            # The verb is the claim itself ("appear" is no hedge here): blank it before judging.
            clause = text[forward.start() + 1 : forward.end()]
            clause = _LAST_WORD_END.sub(lambda w: "X" * len(w.group()), clause) + text[forward.end() :]
            stance = stance_of(clause, 0, len(forward.group()) - 1)
        name = _character(char.text, state) if char else None
        out.append(_Mention(_person(actor.text, state), name, match.start(), mode, pred, stance=stance))
        previous = _REPLACING_AFTER.match(text, actor.end) if mode == "return" else None
        old = name_at(text, previous.end()) if previous else None
        if old is not None:  # ", replacing Jake Moss": the actor who had the role
            out.append(_Mention(_person(old.text, state), name, old.start, "deny", match.start(), stance="denied"))
    return out


_ACTORS_LEAD = re.compile(r"(?:(?:newcomers?|actors?|actresses|stars?|co-stars|real-life\s+\w+)\s+)?")


def _joined_names(text: str, names: list[NameSpan], last: NameSpan) -> list[NameSpan]:
    """The names of a list ending with ``last``: "A, B and C"."""
    group = [last]
    idx = names.index(last)
    while idx > 0 and _LIST_JOINER.fullmatch(text, names[idx - 1].end, group[0].start):
        idx -= 1
        group.insert(0, names[idx])
    return group


def _pairs_played_by(text: str, names: list[NameSpan], state: _DocState, match: re.Match[str]) -> list[_Mention]:
    """Characters listed before "played by" and as many actors after it, paired in order; a
    first name alone takes the surname of the list's last name ("Finn and Rosa Caddick")."""
    last_char = next((n for n in names if n.end == match.start() and not n.possessive), None)
    lead = _ACTORS_LEAD.match(text, match.end())
    first_actor = next((n for n in names if n.start == lead.end()), None) if lead else None
    if last_char is None or first_actor is None:
        return []
    chars = _joined_names(text, names, last_char)
    actors = [first_actor]
    idx = names.index(first_actor)
    while idx + 1 < len(names) and _LIST_JOINER.fullmatch(text, actors[-1].end, names[idx + 1].start):
        idx += 1
        actors.append(names[idx])
    if len(chars) < 2 or len(chars) != len(actors):
        return []
    surname = chars[-1].text.split()[-1] if len(chars[-1].text.split()) > 1 else None
    out: list[_Mention] = []
    for char, actor in zip(chars, actors, strict=True):
        name = char.text if len(char.text.split()) > 1 or surname is None else f"{char.text} {surname}"
        newcomers = "newcomer" in lead.group().lower()  # "played by newcomers X and Y": the season being made
        mode = "return" if newcomers else "pair"
        out.append(_Mention(_person(actor.text, state), _character(name, state), char.start, mode, match.start()))
    return out


_WILL = re.compile(r"\bwill\b", re.I)
# A credit that describes the actor: "<Show> alum", "<Show> star", "<Show> actress".
_CREDIT_DESCRIPTOR = re.compile(r"\s+(?:alum(?:na|nus)?|star|actress|actor|veteran|breakout)\s+(?=[A-Z])")


_BRACKETED = re.compile(r"\(([^()]{2,60})\)")
_BRACKET_ASIDE = re.compile(r",\s+(?:still|as\s+ever|again|excellent|wonderful|terrific|superb|great|reliably|never)\b[\w'’ -]{0,30}")
_NAME_BETWEEN_BRACKETS = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*")
# A crew job after "as" ("as character designer", "as the show's director"): no part.
_CREW_JOB = (
    r"(?:[a-z][\w-]*\s+){0,2}?(?:designer|director|composer|writer|producer|showrunner|animator|supervisor|editor|"
    r"cinematographer|screenwriter|creator)s?\b"
)
# "Tetsuya Nishio (Naruto) continues as character designer": a credit, then the job
_JOB_AFTER = re.compile(
    r",?\s+(?:continues|continued|returns|returned|stays\s+on|serves|served|is\s+back|comes\s+back|works|worked|steps\s+in)"
    r"\s+as\s+(?:the\s+|its\s+)?" + _CREW_JOB
)
_PLAYS_AFTER = re.compile(
    r"\s+(?:(?:will|is\s+set\s+to|has\s+been\s+cast\s+to|is\s+to|also|now)\s+)*(?:play|plays|playing|portray|portrays|voice|voices|(?:co-)?star(?:s|red)?\s+as)\b"
    # "X (Ink Hollow) has been tapped to star ...", "X (Y) has joined the cast": casting news names the part later
    r"|\s+(?:has|have)\s+(?:been\s+(?:tapped|cast|added|hired|recruited|signed)|joined|boarded|signed\s+(?:on|up)|landed)\b"
    # "Clementine Obi (Harbour Nights) will guest star in ...", "X (Y) is set to recur on ...": the same
    r"|\s+(?:(?:will|is\s+set\s+to|is\s+to|is\s+expected\s+to)\s+)(?:guest[- ]?star|recur|co-?star|appear)\b|\s+guest[- ]stars\b"
    r"|\s+(?:is|has\s+been)\s+set\s+(?:for|to\s+(?:recur|guest))\b"
    # "Ada Quill (Tin Harbour) created the show": a credit before a crew verb
    r"|\s+(?:also\s+)?(?:created|wrote|directed|produced|developed|penned|helmed|co-created|writes|directs|produces)\b"
    # "Kyoji Asano (Psycho-Pass) will return as character designer", "X (Y) reprises her duty in ..."
    r"|\s+(?:(?:will|is|are|also|again|set\s+to|is\s+set\s+to)\s+)*(?:return(?:s|ing)?\s+(?:as|to)|serves?\s+as|"
    r"serving\s+as|reprises?\s+(?:his|her|their)\s+dut(?:y|ies)|takes?\s+the\s+director|composes|scores|designs|"
    r"designing|(?:is|are)\s+(?:again\s+)?in\s+charge)\b"
)


# "Dylan Bruce (pawnshop owner Bobo)", "Parisa Fitz-Henley (a witch named Fiji)": the actor, then
# a described character in brackets.
_DESCRIBED_BRACKET = re.compile(
    r"\s*\(\s*(?:(?:a|an|the)\s+)?"
    r"(?:(?!(?:known|from|of|in|on|at|for|who|seen|best|star|alum|as|with|and|or|recognized|also|formerly|played|voiced|portrayed|by|cv|va)\b)[a-z][\w'’-]*\s+){1,4}"
    r"(?:named\s+|called\s+)?"
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s*\)"
)


def _described_brackets(text: str, state: _DocState, names: list[NameSpan]) -> list[_Mention]:
    out: list[_Mention] = []
    if "(" not in text:
        return out
    for span in names:
        found = _DESCRIBED_BRACKET.match(text, span.end)
        if found is None or len(span.tokens) < 2 or state.book.kind_of(span.text) == "character":
            continue
        out.append(_Mention(_person(span.text, state), _character(found.group(1), state), span.start, "pair"))
    return out


def _credit_bracket(ctx: SentenceContext, bracket: re.Match[str]) -> bool:
    """A bracket that holds a work: a title the article names, one with a colon or a number."""
    inside = bracket.group(1).strip()
    if ":" in inside or _NUMBERED_TITLE.search(inside):
        return True
    return any(
        bracket.start(1) <= m.start
        and m.end <= bracket.end(1)
        and not _NAME_BEFORE_TITLE.search(ctx.text, bracket.start(1), m.start)  # ("Julian Dellacourt": a family name)
        for m in ctx.show_mentions
    )


_NAME_BEFORE_TITLE = re.compile(r"(?<![\w'’])[A-Z][a-z]+\s+$")
_NUMBERED_TITLE = re.compile(r"[A-Za-z]\s\d{1,2}$")


# A crew verb's agents before the name: "written by X and directed by Y, ..., and Z (Ringside)".
_CREW_AGENT_BEFORE = re.compile(
    r"\b(?:written|directed|produced|created|developed|helmed|penned|scripted|executive\s+produced)\s+by\b", re.I
)
_CAST_CUE_BEFORE = re.compile(
    r"\b(?:stars?|starring|cast|plays?|played|voices?|returns?|returning|joins?|joining|follows?|followed|following|led|"
    r"tells|told|centers|centres|story|stories|about|as|with|alongside)\b|[;:]",
    re.I,
)


_CREW_JOB_RIGHT_BEFORE = re.compile(
    r"\b(?:playwright|novelist|author|screenwriter|writer|director|filmmaker|showrunner|creator|producer|composer)\s+$", re.I
)


def _paren_pairs(ctx: SentenceContext, state: _DocState, intro: str | None) -> list[_Mention]:
    text = ctx.text
    out: list[_Mention] = []
    if "(" not in text:  # every match opens a bracket
        return out
    brackets = list(_BRACKETED.finditer(text))
    if len(brackets) > 1 and any(_credit_bracket(ctx, b) for b in brackets):
        return out  # "Go Soo (Missing: The Other Side), Heo Jun-ho (Why Her)": a list of credits
    if len(brackets) > 1 and intro is None and _PLAYS_AFTER.match(text, brackets[-1].end()) and all(
        _NAME_BETWEEN_BRACKETS.fullmatch(text, a.end(), b.start()) for a, b in pairwise(brackets)
    ):
        return out  # "A (X), B (Y) and C (Z) have been cast as series regulars": credits, parts named later
    pairs: list[tuple[NameSpan, NameSpan]] = []
    for match in brackets:
        inner = name_at(text, match.start(1))
        if inner is None or (
            inner.end != match.end(1) - (len(match.group(1)) - len(match.group(1).rstrip()))
            and not _BRACKET_ASIDE.fullmatch(text, inner.end, match.end(1))
        ):
            continue  # (a critic's aside after the name is no part of it: "Ned (Tomasz Wilder, still wonderful)")
        outer = _name_before_paren(text, match.start(), intro is not None)
        entry = _entry_parts(text, match.start(), outer) if intro is not None and len(brackets) == 1 else []
        if entry:
            outer = entry[0]
            pairs += [(alias, inner) for alias in entry[1:]]  # (the part's other name: a second claim)
        if outer is None or _AS_AFTER.match(text[match.end() :]) or _PLAYS_AFTER.match(text, match.end()) or _JOB_AFTER.match(text, match.end()):
            continue  # "X (Derry Girls) will play Y": the brackets hold a credit
        if _AS_BEFORE.search(text, 0, outer.start):
            continue  # "Raghubir Yadav as Brij Bhushan Dubey (Pradhan-ji)": a part and its nickname
        if _SECRET_ROLE_AFTER.match(text, match.end()):
            continue  # "Sharon Horgan (Bad Sisters), whose character has not been revealed": a credit
        if _CREW_JOB_RIGHT_BEFORE.search(text, 0, outer.start):
            state.book.add_person(outer.text)  # "from Tony-winning playwright J.T. Rogers (Oslo)": a
            ctx.doc.people.add(outer.text)  # crew member (a person) and a credit, no part
            continue
        agents = [m for m in _CREW_AGENT_BEFORE.finditer(text, 0, outer.start)]
        if intro is None and agents and not _CAST_CUE_BEFORE.search(text, agents[-1].end(), outer.start):
            continue  # "directed by Tom Ash ... and Priya Nand (Ringside)": a crew member's credit
        if _title_in_brackets(ctx, state, outer, inner, intro):
            continue
        if _AWARD_WORD.search(outer.text) or _AWARD_WORD.search(inner.text):
            continue  # "the Grand Prize (Daesang) for television": an award and its other name
        if is_place(outer.text) or is_place(inner.text):
            continue  # "US (Pacific) | 12am PT": a release-time table's region and zone
        if is_organisation(outer.text) or is_organisation(inner.text) or acronym_of(inner.text, text[: match.start()]):
            continue  # "Neeraj Khullar (Red Kite Films)", "the ... Television Administration (NRTA)"
        pairs.append((outer, inner))
    # A prose sentence lists its pairs one way: "Corwen Ashdown (Bastian Greaves), Sister Ameline
    # (Hattie Prowse), the smuggler Jory Fenn (...)": a titled or described first name shows it.
    characters_first = intro is None and len(pairs) > 1 and any(
        _strong_character(outer.text, inner.text, text[: outer.start]) for outer, inner in pairs
    )
    for outer, inner in pairs:
        first, second = outer.text, inner.text
        unknown = state.book.kind_of(first) is None and state.book.kind_of(second) is None
        if (characters_first and unknown) or _order(ctx, state, intro, first, second, text[: outer.start]) == "character":
            person, char = second, first
        else:
            person, char = first, second
        out.append(_Mention(_person(person, state), _character(char, state), outer.start, "pair"))
    return out


_HEADLINE_VERBS = frozenset(
    ["Announced", "Confirmed", "Revealed", "Unveiled", "Renewed", "Cancelled", "Canceled", "Returns", "Returning", "Set", "Teased", "Dated", "Delayed", "Greenlit", "Ordered", "Picked", "Launches", "Debuts", "Premieres", "Arrives", "Lands", "Drops", "Gets", "Adds", "Taps", "Casts", "Reimagined", "Rebooted"]
)
_AWARD_WORD = re.compile(r"\b(?:Prize|Awards?|Trophy|Medal|Festival|Grand\s+Prix|Honou?rs?)\b")
_AS_BEFORE = re.compile(r"\bas\s+(?:the\s+)?$")


def _strong_character(first: str, second: str, before: str) -> bool:
    """The first name of "A (B)" is surely the character: it carries a title the second lacks, or
    prose introducing a character comes before it."""
    return (_titled(first) and not _titled(second)) or bool(_CHARACTER_CONTEXT.search(before))


# A list entry "Ririka: Mio Takara" / "Colin Ashby – Father Bernard Quayle": two names and a separator.
_SEPARATED = re.compile(r"\W*(.+?)\s*(?::|\s[–—-])\s+(.+?)[\s.]*")


# "ARIA, the ship's AI (voiced by Tomas Lindqvist)", "Professor Grell (CV: Daiki Yamashita)": the
# character opens the entry, the actor follows "played by" / "voiced by" / "CV:" in brackets.
_BRACKETED_BY = re.compile(r"\(\s*(?:(?:played|voiced|portrayed)\s+by\s+|(?:CV|VA|[Vv]oice)\s*[:.]\s*)")
_BRACKETED_BY_CUES = cue_groups(_BRACKETED_BY)
_ENTRY_HEAD = re.compile(r"^\W*([^,()]+?)(?:,\s+(?:the|a|an|his|her|their)\s+[^,()]{1,50})?\s*$")


_CLOSING_BRACKET = re.compile(r"\s*\)")


def _bracketed_by(text: str, state: _DocState, names: list[NameSpan]) -> list[_Mention]:
    out: list[_Mention] = []
    if not holds_cues(text, _BRACKETED_BY_CUES):
        return out
    for match in _BRACKETED_BY.finditer(text):
        actor = name_at(text, match.end())
        if actor is None or not _CLOSING_BRACKET.match(text[actor.end :]):
            continue
        head = _ENTRY_HEAD.match(text[: match.start()])
        char = name_at(text, head.start(1)) if head is not None else None
        if char is None or head is None or char.end != head.end(1) or char.possessive:
            # "a cliffhanger that left Dr. Nina Shah (played by Priya Desai) fighting for her life"
            char = next((n for n in names if n.end == len(text[: match.start()].rstrip()) and not n.possessive), None)
            if char is None:
                continue
        name = char.text
        if head is not None and text[head.start(1) : char.start] == "The ":
            name = "The " + name  # "The Cinder Queen (CV: Ayane Kushida)": the part's own article
        out.append(_Mention(_person(actor.text, state), _character(name, state), char.start, "pair"))
    return out


# "is in talks with Oscar nominee X to play ...": casting news about a person.
_TALKS_WITH = re.compile(r"\bin\s+(?:early\s+|final\s+|advanced\s+)?(?:talks|negotiations)\s+with\s+", re.I)
_TALKS_WITH_CUES = cue_groups(_TALKS_WITH)
_TO_ROLE = re.compile(r"\s+(?:to|for)\s+(?:play|star|join|voice|appear|return|portray|a\s+role|the\s+role)\b")


def _talks_with(text: str, state: _DocState, names: list[NameSpan]) -> list[_Mention]:
    out: list[_Mention] = []
    if not holds_cues(text, _TALKS_WITH_CUES):
        return out
    for match in _TALKS_WITH.finditer(text):
        for span in names:
            if span.start < match.end() or span.start > match.end() + 40:
                continue
            if _TO_ROLE.match(text[span.end :]) and len(span.tokens) > 1:
                out.append(_Mention(_person(span.text, state), None, span.start, "return", match.start()))
                break
    return out


_STAFF_INTRO = re.compile(r"\b(?:staff|crew|production\s+team|creative\s+team|behind\s+the\s+scenes)\b", re.I)


_FIELD_LABELS = _wordset(
    "status filming production release premiere episodes network platform genre season studio country language "
    "runtime format rating streaming renewal verdict trailer update"
)
_FIELD_VALUES = _wordset("renewed cancelled canceled wrapped confirmed tba tbd tbc pending ongoing unknown yes no ended returning")


def _separator_pairs(ctx: SentenceContext, state: _DocState, intro: str | None) -> list[_Mention]:
    if intro is None or ctx.sentence.block.kind != "item" or _STAFF_INTRO.search(intro):
        return []  # "The announced staff:" lists jobs, not characters
    sides = _separated_names(ctx.text)
    if sides is None:
        return []
    outer, inner = sides
    if outer.text.lower() in _FIELD_LABELS or inner.text.lower() in _FIELD_VALUES:
        return []  # a fact box's field: "Status: Renewed", "Filming: Wrapped"
    if any(sm.start < inner.end and outer.start < sm.end for sm in ctx.show_mentions):
        return []
    if _ROLE_AFTER_AS.match(outer.text) or state.book.is_crew(outer.text) or state.book.is_crew(inner.text):
        return []
    # ("Seraphine Vault: Yuzuha Amane": a press list's "Role: Player" lines, like its "Director: X")
    colon = ":" in ctx.text[outer.end : inner.start]
    order = _header_order(ctx) or _order(ctx, state, intro, outer.text, inner.text, default="character" if colon else "actor")
    if order == "character":
        person, char = inner.text, outer.text
    else:
        person, char = outer.text, inner.text
    return [_Mention(person, _character(char, state), outer.start, "pair")]


_ENTRY_NOTE = re.compile(r"\s*\((?:new|returning|recurring|guest|main|regular|series\s+regular|cameo|new\s+cast|season\s+\w+)\)\s*$", re.I)
_SIDE_DESCRIPTION = re.compile(r",\s+(?:(?:the|a|an|his|her|their)\s+|[A-Z][\w'’-]*['’]s\s+)[^,;:()]{1,60}")


def _separated_names(text: str) -> tuple[NameSpan, NameSpan] | None:
    """Both sides of "A: B" / "A – B" when each side is exactly one name (the second perhaps
    described, the entry perhaps noted: "Jeremy Irons - Martin Levy, Alex's estranged father (new)")."""
    note = _ENTRY_NOTE.search(text)
    found = _SEPARATED.fullmatch(text, 0, note.start() if note else len(text))
    if not found:
        return None
    first, second = name_at(text, found.start(1)), name_at(text, found.start(2))
    if first is None or second is None or first.end != found.end(1):
        return None
    if second.end != found.end(2) and not _SIDE_DESCRIPTION.fullmatch(text, second.end, found.end(2)):
        return None
    if first.possessive or second.possessive or is_platform_name(first.text) or is_platform_name(second.text):
        return None
    if first.text.lower() in _COLUMN_HEADS or second.text.lower() in _COLUMN_HEADS:
        return None  # a table's header row: "Actor | Character"
    return first, second


_CHARACTER_HEADS = frozenset({"character", "characters", "role", "roles", "part"})


def _header_order(ctx: SentenceContext) -> str | None:
    """The side a list's header row ("Actor: Character", "Role | Played by") names first."""
    for sent in _same_list(ctx):
        found = _SEPARATED.fullmatch(sent.text)
        if found and found.group(1).lower() in _COLUMN_HEADS and found.group(2).lower() in _COLUMN_HEADS:
            first, second = found.group(1).lower(), found.group(2).lower()
            return "character" if first in _CHARACTER_HEADS or second == "played by" else "actor"
    return None


_COLUMN_HEADS = frozenset(
    {"actor", "actors", "actress", "character", "characters", "role", "roles", "cast", "player", "name", "voice", "voice actor",
     "cast member", "played by", "star", "part"}
)


def _title_in_brackets(ctx: SentenceContext, state: _DocState, outer: NameSpan, inner: NameSpan, intro: str | None) -> bool:
    """"Marea Negra (Black Tide)": a title with its other name, not a cast pair."""
    def overlaps(span: NameSpan) -> bool:
        # (a title that only ends a longer name is a family's name: "Julian Dellacourt" in Dellacourt)
        return any(
            sm.start < span.end and span.start < sm.end and not (span.start < sm.start and sm.end <= span.end)
            for sm in ctx.show_mentions
        )

    if overlaps(inner):
        return True
    alone = not ctx.text[: outer.start].strip(" -•*") and not ctx.text[inner.end :].strip(" ).")
    return overlaps(outer) and intro is None and not alone and state.book.expected(outer.text) is None


# A list's entry that names the part, then describes it or gives its other name, before the
# player in brackets: "Manju Devi, the pradhan (Neena Gupta)", "Bhushan, a.k.a. Banrakas (Durgesh
# Kumar)", "Abhishek Tripathi, the secretary known as Sachiv ji (Jitendra Kumar)".
_ENTRY_DESCRIBED = re.compile(r",\s+(?:the|a|an|his|her|their|our)\s+[^(),;:]{1,60}?")
_ENTRY_ALIAS = re.compile(r",?\s+(?:a\.k\.a\.?|aka|also\s+known\s+as|known\s+as)\s+")
_ENTRY_ALIAS_END = re.compile(r"\b(?:a\.k\.a\.?|aka|known\s+as)\s+(?P<alias>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,2}?)\s*$")


def _entry_parts(text: str, paren: int, outer: NameSpan | None) -> list[NameSpan]:
    """The part's names of such an entry, the first written first; none for another shape."""
    head = text[:paren].rstrip()
    names = find_names(head)
    first = names[0] if names and not head[: names[0].start].strip() and not names[0].possessive else None
    if first is None or first.end == len(head):
        return []
    rest = head[first.end :]
    if outer is not None and outer.end == len(head) and _ENTRY_ALIAS.fullmatch(head, first.end, outer.start):
        return [first, outer]
    if not _ENTRY_DESCRIBED.fullmatch(rest):
        return []
    alias = _ENTRY_ALIAS_END.search(rest)
    if alias is None:
        return [first]
    at = first.end + alias.start("alias")
    return [first, NameSpan(alias.group("alias"), at, at + len(alias.group("alias")))]


def _name_before_paren(text: str, paren: int, in_list: bool) -> NameSpan | None:
    head = text[:paren].rstrip()
    for span in reversed(find_names(head)):
        if span.end == len(head) and not span.possessive:
            if not in_list and is_platform_name(span.text):
                return None
            return span
        return None
    return None


def _order(
    ctx: SentenceContext, state: _DocState, intro: str | None, first: str, second: str, before: str = "", default: str = "actor"
) -> str:
    """Which side of "A (B)" is the character: decided once per list from the intro words, the
    shape of the names, titles, then what the document already knows; actor first by default."""
    key = f"{ctx.sentence.block.heading}|{intro}"
    if intro is not None and key in state.list_order:
        return state.list_order[key]
    items = _list_pairs(ctx) if intro is not None else None
    decided = _order_cue(intro or "", state, first, second, items, before if intro is None else "")
    if decided is None and items and len(items) >= 3:
        decided = _naming_column(items, [s.text for s in ctx.doc.sentences])
    if decided is None and items and len(items) >= 2:
        decided = _player_column(items, [s.text for s in ctx.doc.sentences if s.block.kind != "item"])
    if decided is None:
        # no evidence: a list goes the way the article's last list went ("Returning cast:" /
        # "New cast:"), else actor first
        earlier = [order for k, order in state.list_order.items() if k.split("|", 1)[0] == str(ctx.sentence.block.heading)]
        decided = earlier[-1] if intro is not None and earlier else default
    if intro is not None:
        state.list_order[key] = decided
    return decided


_ACTOR_INTRO = re.compile(r"\b(?:actors?|actress(?:es)?|stars)\b", re.I)
_CHARACTER_WORD = re.compile(r"\bcharacters?\b", re.I)
_ACTOR_WORD = re.compile(r"\bactors?|actress", re.I)


# Prose that introduces a character before "X (Y)": a role in the story, a relation, "the
# story of", "follows".
_CHARACTER_CONTEXT = re.compile(
    r"(?:\b(?:characters?|protagonist|antagonist|villain|hero|heroine|anti-hero|narrator|mapmaker|detective|"
    r"sergeant|officer|inspector|agent|doctor|nurse|surgeon|lawyer|teacher|captain|chief|pilot|priest|journalist|reporter|"
    r"scientist|soldier|spy|chef|cop|assassin|smuggler|widow|witch|vampire|sheriff|deputy|prosecutor|judge|therapist|"
    r"psychiatrist|killer|thief|gangster|mobster|victim|suspect|"
    r"(?:team|squad|crew|unit|gang|band|group)\s+of\s+[\w-]+\s*:|"  # "a team of misfits: A (B); C (D)"
    r"story\s+of|perspective\s+of|eyes\s+of|follows|followed|following|the\s+(?:king|queen|prince|princess|patriarch|matriarch)|"
    r"(?:his|her|their|its)\s+(?:\w+\s+)?(?:son|daughter|father|mother|wife|husband|brother|sister|partner|"
    r"friend|boss|rival|lover|girlfriend|boyfriend|nemesis|mentor))\s*,?\s*(?:the\s+)?$)",
    re.I,
)
_TITLED = re.compile(r"\b(?:I{1,3}|IV|Ser|King|Queen|Prince|Princess|Lord|Lady|Dr\.?|Captain|Detective)\b")


def _order_cue(
    intro: str, state: _DocState, first: str, second: str, items: list[tuple[str, str]] | None = None, before: str = ""
) -> str | None:
    if _CHARACTER_WORD.search(intro) and not _ACTOR_WORD.search(intro):
        return "character"
    family = _family_column(items or [])
    if family is not None:
        return family
    single = _single_name_column(items or [])
    if single is not None:
        return single
    if _ACTOR_INTRO.search(intro):
        return "actor"
    vote = sum(_pair_vote(state, a, b) for a, b in items or [(first, second)])
    if vote:
        return "character" if vote > 0 else "actor"
    book = state.book
    if book.is_person(second) or book.is_character(first):
        return "character"
    if book.is_person(first) or book.is_character(second):
        return "actor"
    if before and _CHARACTER_CONTEXT.search(before):
        return "character"  # "the story of Madison Clark (Kim Dickens)", "main character, X (Y)"
    families = (book.family_kind(first), book.family_kind(second))
    if families in (("character", None), ("character", "person"), (None, "person")):
        return "character"  # "Marcus Kell (Idris Vale)" beside the character Vivian Kell
    if families in (("person", None), ("person", "character"), (None, "character")):
        return "actor"
    one, two = len(first.split()), len(second.split())
    if one == two == 1 and book.surname_of_seen(second) != book.surname_of_seen(first):
        return "character" if book.surname_of_seen(second) else "actor"  # "Hale (Birch)" after "Callum Birch"
    if one == 1 and two > 1:
        return "character"
    if two == 1 and one > 1:
        return "actor"
    if _titled(first) and not _titled(second):
        return "character"  # "Madam Gu (Choi Ye-rin)", "Captain Ilse Moravec (Odalys Ferrer)"
    return None


def _family_column(items: list[tuple[str, str]]) -> str | None:
    """The side of a list where one surname recurs is the characters' ("Loid Forger: Takuya
    Eguchi", "Anya Forger: Atsumi Tanezaki", "Yor Forger: Saori Hayami"): a family of the story,
    where the players' names stay apart."""
    if len(items) < 3:
        return None
    counts = []
    for side in (0, 1):
        surnames = [pair[side].split()[-1] for pair in items if len(pair[side].split()) > 1]
        counts.append(max((surnames.count(name) for name in surnames), default=0))
    first, second = counts
    if first >= 3 and second < 2:
        return "character"
    if second >= 3 and first < 2:
        return "actor"
    return None


def _single_name_column(items: list[tuple[str, str]]) -> str | None:
    """"Thorfinn – Yuto Uemura", "Einar – Shunsuke Takeuchi", ...: a list whose one side is a
    single name in every entry and the other a full name holds the parts on the single side
    (whatever the intro calls the list: "three returning voice actors:")."""
    if len(items) < 3:
        return None
    sides = {(len(a.split()) == 1 and len(b.split()) > 1, len(b.split()) == 1 and len(a.split()) > 1) for a, b in items}
    if sides == {(True, False)}:
        return "character"
    if sides == {(False, True)}:
        return "actor"
    return None


_PLAYER_CUE_AFTER = (
    r"(?:,\s+(?:who|whom|the\s+voice\s+of|best\s+known|known\s+for)\b|\s+(?:plays|played|voices|voiced|portrays|stars|starred|"
    r"returns\s+as|is\s+back\s+as|reprises))"
)


def _player_column(items: list[tuple[str, str]], texts: list[str]) -> str | None:
    """The side of a list whose names the prose writes as players ("Fairouz Ai, whom many fans
    know as ...", "Kengo Kawanishi, the voice of ..."), anywhere in the article; None unless one
    side only is."""
    prose = "\n".join(texts)
    sides = [0, 0]
    for pair in items:
        for side, name in enumerate(pair):
            if len(name.split()) > 1 and re.search(re.escape(name) + _PLAYER_CUE_AFTER, prose):
                sides[side] += 1
    if sides[0] and not sides[1]:
        return "actor"
    if sides[1] and not sides[0]:
        return "character"
    return None


def _naming_column(items: list[tuple[str, str]], texts: list[str]) -> str | None:
    """The side of a list that holds the characters, from how the article names them elsewhere:
    a story's people by their first names ("left Deborah and Ava unemployed"), players by their
    surnames ("Olson is now also leading ..."), and a part often by one name only ("Marcus (Carl
    Clemons-Hopkins)"). None without a clear lead."""
    alone = _lone_words(texts)
    votes = 0  # > 0: the first side is the characters'
    for first, second in items:
        one, two = first.split(), second.split()
        if len(one) == 1 and len(two) > 1:
            votes += 1
        elif len(two) == 1 and len(one) > 1:
            votes -= 1
        if len(one) > 1 and len(two) > 1:
            votes += (one[0] in alone) - (one[-1] in alone) - (two[0] in alone) + (two[-1] in alone)
    if abs(votes) < max(2, len(items) // 2):
        return None
    return "character" if votes > 0 else "actor"


def _lone_words(texts: list[str]) -> set[str]:
    """The capitalised words the texts write on their own, inside a sentence and away from
    another capitalised word: a first name or a surname standing for a whole name."""
    out: set[str] = set()
    for text in texts:
        words = text.split()
        for i in range(1, len(words)):
            word = words[i].strip(",.;:!?\"“”()")
            word = word[:-2] if word.endswith(("'s", "’s")) else word
            if not word[:1].isupper() or not word.isalpha():
                continue
            if words[i - 1][:1].isupper() and not words[i - 1].endswith((",", ";", ":")):
                continue
            after = words[i + 1] if i + 1 < len(words) else ""
            if after[:1].isupper() and not words[i].endswith((",", ".", ";", ":")):
                continue
            out.add(word)
    return out


def _titled(name: str) -> bool:
    return bool(_TITLED.search(name)) or has_title(name)


def _pair_vote(state: _DocState, first: str, second: str) -> int:
    """+1 when "A (B)" reads as Character (Actor), -1 when it reads as Actor (Character), else 0."""
    book = state.book
    if book.expected(first) == "character" or book.expected(second) == "person":
        return 1
    if book.expected(first) == "person" or book.expected(second) == "character":
        return -1
    if has_title(first) != has_title(second):
        return 1 if has_title(first) else -1
    if first.startswith("The ") != second.startswith("The "):
        return 1 if first.startswith("The ") else -1  # "The Lantern Keeper (Genta Ōmori)": no person is "The ..."
    return 0


_BRACKET_ENTRY = re.compile(r"\W*(.+?)\s*\(([^()]{2,60})\)\W*")


def _same_list(ctx: SentenceContext) -> Iterator[Sentence]:
    """The sentences of the list this sentence belongs to (same kind of block, heading and intro)."""
    block = ctx.sentence.block
    for sent in ctx.doc.sentences:
        other = sent.block
        if other.kind == block.kind and other.heading == block.heading and other.intro == block.intro:
            yield sent


def _list_pairs(ctx: SentenceContext) -> list[tuple[str, str]]:
    """Every "A (B)" entry of the list this sentence belongs to (same heading and intro)."""
    out: list[tuple[str, str]] = []
    for sent in _same_list(ctx):
        found = _BRACKET_ENTRY.fullmatch(sent.text)
        if found:
            out.append((found.group(1), found.group(2)))
            continue
        sides = _separated_names(sent.text)
        if sides:
            out.append((sides[0].text, sides[1].text))
    return out


# ", whose hapless detective X", ", whose character, local vet X,"
_WHOSE_DESCRIPTION = re.compile(
    r",\s+whose\s+(?!(?:recent\s+|other\s+|previous\s+|past\s+|screen\s+|tv\s+|film\s+|debut\s+|first\s+|earlier\s+)?"
    r"(?:credits?|work|films?|roles|movies?|anime|manga|manhwa|webtoons?|comics?|novels?|memoir|plays?|musicals?|games?|"
    r"resume|résumé|filmography|shows?|series|projects?|bakery|restaurant|shop|company|firm|band|album|book|novel|"
    r"podcast|brand|business|label|studio|agency|team|club|husband|wife|partner|son|daughter|father|mother)\b)"
    r"(?:[a-z][\w-]*\s+){1,3}"
    r"|,\s+whose\s+(?:character|role),\s+(?:[a-z][\w-]*\s+){0,3}"
)
_WHOSE_CUES = cue_groups(_WHOSE_DESCRIPTION)
_LINK_WORDS = _wordset("to of with for in on at from by and about against into over than")


def _whose_pairs(text: str, names: list[NameSpan]) -> list[_Mention]:
    out: list[_Mention] = []
    if not holds_cues(text, _WHOSE_CUES):
        return out
    for match in _WHOSE_DESCRIPTION.finditer(text):
        if match.group().split()[-1] in _LINK_WORDS:
            continue  # ", whose connection to Marrow's mother": no description of a role
        actor = next((n for n in names if n.end == match.start()), None)
        char = name_at(text, match.end())
        if actor and char:
            out.append(_Mention(actor.text, char.text, actor.start, "past"))
    for match in _WHOSE_NAMED.finditer(text) if ", whose " in text else ():
        # "Cole Brandvold, whose Sheriff Wade Pruitt was killed off in season 1": the character by name
        actor = next((n for n in names if n.end == match.start()), None)
        char = name_at(text, match.end())
        if actor and char and len(actor.tokens) > 1 and _FATE_AFTER.match(text, char.end):
            out.append(_Mention(actor.text, char.text, actor.start, "past"))
    return out


_WHOSE_NAMED = re.compile(r",\s+whose\s+(?=[A-Z])")
_FATE_AFTER = re.compile(
    r"\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:killed|written|murdered|shot|arrested|sent|left|last\s+seen|"
    r"presumed|missing|dead|revealed|introduced)|\s+(?:died|dies|survived|survives|vanished|disappeared|perished)\b"
    r"|\s+met\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:end|fate|demise|death|maker)\b"  # "met a grisly end"
)


_IS_AFTER = re.compile(r"\s+is\s+")
# "is Agnes' scheming son Oscar": a relation to another character, then the part's name
_KIN = (
    r"(?:son|daughter|father|mother|wife|husband|brother|sister|partner|widow|cousin|niece|nephew|aunt|uncle|"
    r"grandson|granddaughter|grandmother|grandfather|fianc[ée]e?|lover|boyfriend|girlfriend|rival|boss|assistant|"
    r"maid|butler|nemesis|protég[ée]e?|heir|heiress|stepson|stepdaughter|stepmother|stepfather)"
)
_RELATION_BEFORE_PART = re.compile(
    r"(?:[A-Z][\w-]*(?:['’]s|s['’])|his|her|their)\s+(?:[a-z][\w'’-]*\s+){0,2}" + _KIN + r"\s+(?=[A-Z])"
)
# "A and B are the Russell children, C and D"
_ARE_THE_AFTER = re.compile(
    r"\s+are\s+(?=(?:the|their|two)\s+(?:[A-Za-z][\w'’-]*\s+){0,2}(?:children|kids|twins|siblings|parents|"
    + _KIN + r"s),?\s+[A-Z])"
)


def _copula_pairs(text: str, state: _DocState, names: list[NameSpan], people: set[str]) -> list[_Mention]:
    """A casting story's "Delacourt is Judge Amos Thibodeaux" (a person the article has named,
    "is", then a titled character) and "Ritson is Agnes' scheming son Oscar" (a relation named
    first); "A and B are the Russell children, Gladys and Larry": paired in order."""
    out: list[_Mention] = []
    if " is " not in text and " are " not in text:
        return out
    for span in names:
        plural = _ARE_THE_AFTER.match(text, span.end)
        if plural and not span.possessive:
            out += [
                _Mention(_person(a.text, state), _character(c.text, state), a.start, "pair")
                for a, c in _respective(text, state, names, span, plural.end())
                if len(a.tokens) > 1 and not state.book.is_person(c.text)
            ]
            continue
        link = _IS_AFTER.match(text, span.end)
        if link is None or span.possessive:
            continue
        person = _person(span.text, state)
        related = _RELATION_BEFORE_PART.match(text, link.end())
        char = name_at(text, related.end() if related else link.end())
        if char is None or not (related or state.book.is_person(person) or person in people) or len(person.split()) < 2:
            continue
        if not (related or _titled(char.text)) or state.book.is_person(char.text) or char.possessive:
            continue
        out.append(_Mention(person, _character(char.text, state), span.start, "pair"))
    return out


def _role_exits(text: str, state: _DocState, names: list[NameSpan]) -> list[_Mention]:
    """"X is leaving the role of Y", "X has quit the role of Y and won't appear in series 4": the
    part X played, and, when the sentence says so, the season X is gone from."""
    out: list[_Mention] = []
    if not holds_cues(text, _ROLE_EXIT_CUES):
        return out
    for span in names:
        exit_ = _ROLE_EXIT.match(text, span.end)
        found = _character_at(text, exit_.end()) if exit_ else None
        if exit_ is None or found is None:
            continue
        person, char = _person(span.text, state), _character(found[0], state)
        out.append(_Mention(person, char, span.start, "past"))
        gone = _GONE_FROM.search(text, found[1])
        if gone:  # "... and won't appear in series 4 at all"
            out.append(_Mention(person, char, span.start, "deny", gone.start(), stance="denied"))
    return out


_IN_OTHER_TITLE = re.compile(
    r"\s+(?:in|on)\s+(?:the\s+(?:film|movie|series|show|drama|sitcom)\s+)?[\"“‘']?(?=[A-Z])(?!(?:Season|Series|Part|Episode|Volume)\b)"
)
_ROLE_EXIT = re.compile(
    r"\s+(?:(?:is|has|had|will\s+be|have)\s+)?(?:also\s+)?(?:leaving|left|quit(?:s|ting)?|exit(?:s|ed|ing)?|"
    r"stepp(?:ed|ing)\s+(?:away|down)\s+from|walk(?:s|ed|ing)\s+away\s+from|depart(?:s|ed|ing)?|bow(?:s|ed|ing)\s+out\s+of)\s+"
    r"(?:the\s+)?role\s+of\s+",
    re.I,
)
_ROLE_EXIT_CUES = cue_groups(_ROLE_EXIT)
_GONE_FROM = re.compile(
    r"\b(?:won['’]t|will\s+not|isn['’]t\s+going\s+to)\s+(?:appear|be\s+(?:back|part\s+of|in)|return|feature)\b", re.I
)


def _recasts(text: str, state: _DocState, names: list[NameSpan]) -> list[_Mention]:
    out: list[_Mention] = []
    recast, replacing = holds_cues(text, _RECAST_CUES), holds_cues(text, _REPLACE_CUES)
    taking = holds_cues(text, _TAKE_OVER_AS_CUES) or " over the " in text
    if not (recast or replacing or taking):
        return out
    for span in names:
        rest = text[span.end :]
        took_role = _TAKE_OVER_ROLE.match(rest) if taking else None
        if took_role:  # "Lance Reddick played Zeus in season 1; Courtney B. Vance took over the role in season 2"
            played = list(_PLAYED_PART.finditer(text, 0, span.start))
            owner = None
            if played:
                owner = next((n for n in names if n.end <= played[-1].start() and not text[n.end : played[-1].start()].strip()), None)
            if owner is not None:
                named = find_seasons(rest[took_role.end() : took_role.end() + 20])
                out += _handover(state, span, owner, played[-1].group(1), [named[0].number] if named else None)
            continue
        took = _TAKE_OVER_AS.match(rest) if taking else None
        if took:  # "X takes over as Geralt of Rivia from Henry Cavill"
            found = _character_at(text, span.end + took.end())
            if found:
                source = _FROM_ACTOR.match(text, found[1])
                named = find_seasons(source.group()) if source else []  # "in season 2"
                old = name_at(text, source.end()) if source else None
                out += _handover(state, span, old, _character(found[0], state), [named[0].number] if named else None)
            continue
        over = _RECAST_OVER.match(rest) if recast else None
        if over:
            found = _character_at(text, span.end + over.end())  # "the role of young Eli"
            if found:
                previous = _REPLACING_AFTER.match(text, found[1])
                old = name_at(text, previous.end()) if previous else None  # ", replacing Jake Moss": the actor who had the role
                source = _FROM_ACTOR.match(text, found[1]) if previous is None else None
                named: list[SeasonMention] = []
                if source:  # "had taken over the role of Mat in season 2 from Barney Harris"
                    old, named = name_at(text, source.end()), find_seasons(source.group())
                out += _handover(state, span, old, _character(found[0], state), [named[0].number] if named else None)
            continue
        repl = _REPLACE.match(rest) if replacing else None
        if repl:
            out += _replacement(text, state, span, span.end + repl.end())
    return out


_REPLACING_AFTER = re.compile(r",?\s+(?:replacing|succeeding|taking\s+over\s+from)\s+")


_AS_CREW_ROLE = re.compile(
    r"\s+as\s+(?:the\s+(?:show['’]s\s+|series['’]\s+)?|its\s+)?(?:co-?)?(?:showrunner|director|writer|head\s+writer|"
    r"creator|(?:executive\s+)?producer|composer|series\s+composer)\b",
    re.I,
)


def _replacement(text: str, state: _DocState, new: NameSpan, pos: int) -> list[_Mention]:
    old = name_at(text, pos)
    if old is None or _AS_CREW_ROLE.match(text, old.end):
        return []  # "X will replace Voss as showrunner": a crew change
    cue = _AS_WORD.match(text[old.end :])
    chars = _characters_after(text, old.end + cue.end(), state) if cue else state.book.characters_of(old.text)
    return _handover(state, new, old, chars[0] if chars else None)


def _handover(
    state: _DocState, new: NameSpan, old: NameSpan | None, char: str | None, seasons: list[int | None] | None = None
) -> list[_Mention]:
    """A part passed on: the new player returns in it and the old one (when named) no longer
    plays it, in the seasons given (else the ones the sentence gives)."""
    out = [_Mention(_person(new.text, state), char, new.start, "return", new.end, seasons=seasons)]
    if old is not None:
        out.append(_Mention(_person(old.text, state), char, old.start, "deny", new.end, stance="denied", seasons=seasons))
    return out


# ---------------------------------------------------------------- predicates


def _predicates(
    ctx: SentenceContext, state: _DocState, names: list[NameSpan], pairs: list[_Mention]
) -> list[_Mention]:
    text = ctx.text
    out: list[_Mention] = []
    if not names and not _PRONOUN_SUBJECT.match(text):
        return out  # every subject is a name of the sentence or an opening pronoun
    low = folded(text)  # what each predicate's cues are looked for in (extract/cues.py)
    for kind, pattern, cues in _PREDICATE_SEARCH:
        if cues is not None and not _holds_any(low, cues):
            continue  # the cues prove that the predicate cannot match
        for match in pattern.finditer(text):
            if _FILM.search(text[match.end() : match.end() + 25]):
                continue
            if kind == "return" and _AS_A_CREW_JOB.match(text, match.end()):
                continue  # "Kazuaki Shimada is back as character designer": a crew job, no part
            if kind == "leading" and (not text[: match.start()].strip() or _AS_AFTER.match(text, match.end())):
                continue  # "Leading the cast once more is X as Y": the fronted form (see _JOINS_FRONTED); "rounds out the cast as Y": an "as" pair
            if kind == "stars_in" and not _in_this_show(ctx, match.end()):
                continue  # "X, who stars in Another Show": a credit
            subjects = _subjects(ctx, state, names, match.start())
            # "A, B and C are all set to return": a list of full names is a list of people
            listed = len(subjects) > 1 and all(subj.name and _full_name(subj.name) for subj in subjects)
            for subj in subjects:
                out += _predicate_mentions(ctx, state, subj, kind, match.start(), pairs, listed)
    return out


_AS_A_CREW_JOB = re.compile(r"\s+as\s+(?:the\s+(?:show['’]s\s+|series['’]\s+)?|its\s+)?" + _CREW_JOB)
_FUTURE_STAR = re.compile(r"\b(?:will|to)\s+star\b")
_THIS_SHOW_NOUN = re.compile(
    r"(?:the|this)\s+(?:[a-z][\w-]*\s+){0,2}?(?:series|show|drama|comedy|thriller|sitcom|procedural|miniseries)\b"
    r"|(?:the|this)\s+(?:new|next|upcoming|first|second|third|fourth|fifth)\s+season\b"
    r"|[Ss]eason\s+\d"
)


def _in_this_show(ctx: SentenceContext, pos: int) -> bool:
    """The show named at ``pos`` is the one the sentence is about ("stars in X" of X's cast)."""
    if _THIS_SHOW_NOUN.match(ctx.text, pos):
        return True
    return any(m.title == ctx.show and 0 <= m.start - pos <= 1 for m in ctx.show_mentions)


def _holds_any(low: str, cues: tuple[str, ...]) -> bool:
    for cue in cues:  # noqa: SIM110 - a plain loop: cheaper than any() over a generator
        if cue in low:
            return True
    return False


@dataclass(slots=True)
class _Subject:
    name: str | None
    pos: int
    relative: str = ""  # text of a ", who ..." clause between subject and predicate
    possessor: str | None = None  # "Christopher Walken's Burt"
    pronoun: str | None = None
    speaker: bool = False  # "X confirmed she will return": the person speaks of herself


_CREDIT_BRACKETS = re.compile(r"\s*\([^()]{1,80}\)$")
# A credit after a name: "from “NCIS: New Orleans”", "of Derry Girls fame".
_CREDIT_TITLE = (
    r",?\s+(?:from|of)\s+(?:[“\"‘'][^“”\"‘’]{1,60}[”\"’']|(?:the\s+)?[A-Z][\w'’:&.!-]*(?:\s+(?:[A-Z0-9][\w'’:&.!-]*"
    r"|of|the|and|in|on|a))*)(?:\s+fame)?"
)
_CREDIT_FROM = re.compile(_CREDIT_TITLE + "$")
_CREDIT_IN = re.compile(_CREDIT_TITLE + ",?")
_APPOSED_WHO = re.compile(
    r",\s+(?:(?:perhaps\s+|probably\s+)?best\s+known|known|a|an|the)\b[^;()]{0,120}?,\s+who\s+" + _GAP_WORDS + "$"
)
_CREDITED_GAP = re.compile(_CREDIT_TITLE + r",?\s+" + _GAP_WORDS + "$")


def _subjects(ctx: SentenceContext, state: _DocState, names: list[NameSpan], pred: int) -> list[_Subject]:
    text = ctx.text
    left = text[:pred]
    stripped = _strip_filler(left)
    pron = _PRONOUN_SUBJECT.match(text)
    if pron and stripped.strip() in ("", pron.group()):
        return [_Subject(None, 0, pronoun=pron.group())]
    # "Nadia Farrow ('Glass Orchard', 'Motel') has boarded ...": credits in brackets after the name.
    bare = len(_CREDIT_BRACKETS.sub("", stripped))
    # "Ben Lawson from “The Deep End” will be playing ...": a credit after the name.
    credited = len(_CREDIT_FROM.sub("", stripped)) if " from " in stripped or " of " in stripped else -1
    # (an appositive between, its closing comma kept or not: "X, the show’s original host, will not return")
    ends = (len(stripped), len(stripped) + 1)  # (where the appositive's comma ends, or the word before it)
    direct = [
        n
        for n in names
        if len(stripped) == n.end
        or (_skip_appositive(text, n.end) != n.end and _skip_appositive(text, n.end) in ends)
        or n.end in (bare, credited)
    ]
    if direct and _GROUP_OF_BEFORE.search(text, max(0, direct[0].start - 20), direct[0].start):
        return []  # "The rest of Slough House is back too": a group, no player
    if direct:
        return _subject_list(text, names, direct[0])
    rel = _relative_subject(text, names, left)
    if rel:
        return [rel]
    said = _SAID_PRONOUN_END.search(left)
    if said and names and names[0].start == 0 and names[0].end < said.end():
        return [_Subject(names[0].text, 0, speaker=True)]  # "X confirmed she will return": the speaker
    if names and names[0].start == 0 and _COORDINATED_VP.fullmatch(text, names[0].end, pred):
        return [_Subject(names[0].text, 0)]  # "X is the show's anchor and will almost certainly be back"
    return _inverted_subjects(text, names, pred)


_GROUP_OF_BEFORE = re.compile(r"\b(?:rest|members?|residents?|staff|crew|team|gang|family)\s+of\s+(?:the\s+)?$", re.I)
_SAID_PRONOUN_END = re.compile(
    r"^[^,;()]{1,40}?\s+(?:has\s+)?(?:said|says|confirmed|confirms|revealed|reveals|announced|announces|insists|insisted|"
    r"promised|promises)\s+(?:that\s+)?(?:she|he)(?:['’]ll|['’]d)?\s+(?:(?:will|would|is|was|also|definitely|absolutely|"
    r"not|never|be)\s+)*$"
)


# A first verb phrase, then "and" before the predicate: the sentence's opening name is its subject.
_COORDINATED_VP = re.compile(
    r"\s+(?:is|was|has|remains|stays)\s+[^,;()]{1,60}?\s+and\s+"
    r"(?:(?:will|would|could|should|might|is|are|has|have|also|almost|certainly|probably|likely|definitely|surely)\s+)*"
)


_INVERTED_LEFT = re.compile(r"(?:^|\b(?:that|who)\s+(?:[\w'’]+\s+){0,4})$", re.I)
_INVERTED_RIGHT = re.compile(r"[\w'’ ]{0,40}?\s(?:is|are|will\s+be|was|were)\s+(?=[A-Z])")


_PUNCTUATION = re.compile(r"[,;:.]")
_ALSO_OR_AND = re.compile(r"\s*(?:Also|And)?\s*")


def _inverted_subjects(text: str, names: list[NameSpan], pred: int) -> list[_Subject]:
    """The subject after the verb: "Joining the cast for season 2 is X", "One face that won't be
    returning is X", "Also coming back are X and Y"."""
    if not _INVERTED_LEFT.search(text[:pred]) and not _ALSO_OR_AND.fullmatch(text[:pred]):
        return []
    right = _INVERTED_RIGHT.match(text, pred)
    if not right or _PUNCTUATION.search(right.group()):
        return []
    first = next((n for n in names if n.start == right.end()), None)
    if first is None:
        return []
    if first.possessive:  # "Absent this time is X's silky counsel Y": the actor's character
        role = next((n for n in names if n.start > first.end and _DESCRIBED_GAP.fullmatch(text, first.end, n.start)), None)
        return [_Subject(role.text, role.start, possessor=first.text)] if role else []
    return [_Subject(span.text, span.start) for span in _following_list(text, names, first)]


_DESCRIBED_GAP = re.compile(r"(?:['’]s?)?\s+(?:[a-z][\w'’-]*\s+){0,3}")


_FINAL_WORD = re.compile(r"(?:^|\s)([\w'’]+)$")


def _strip_filler(left: str) -> str:
    out = left.rstrip()
    while True:
        word = _FINAL_WORD.search(out)
        if not word or word.group(1).lower() not in _FILLER:
            return out
        out = out[: word.start(1)].rstrip()


_POSSESSIVE_GAP = re.compile(r"['’]s?\s+")  # (and "Shaun Sipos' David O'Donnell")


def _subject_list(text: str, names: list[NameSpan], last: NameSpan) -> list[_Subject]:
    """"Ju Ji-hoon and Bae Doona", "Lee Min-jae, Kim Si-eun, Yoon Ga-i and Roh Jae-won"."""
    found = [last]
    idx = names.index(last)
    while idx > 0:
        prev = names[idx - 1]
        # "Achebe-Ward, an Emmy nominee for the series A Quiet Trespass, and Valdane": an
        # appositive after the first subject (the names inside it are no subjects)
        aside = _APPOSITIVE_AND.search(text, 0, found[0].start) if "," in text[prev.end : found[0].start] else None
        before = next((n for n in names[:idx] if aside and n.end == aside.start()), None)
        if before is not None:
            prev = before
        elif (
            idx > 1
            and _BRACKET_JOINER.fullmatch(text, prev.end, found[0].start)
            and _OPEN_BRACKET.fullmatch(text, names[idx - 2].end, prev.start)
        ):
            prev = names[idx - 2]  # "A (X) and B (Y) will return": the bracket holds A's part
        elif not _SUBJECT_JOINER.fullmatch(text, prev.end, found[0].start):
            break
        found.insert(0, prev)
        idx = names.index(prev)
    subjects = []
    for span in found:
        owner = next((n for n in names if n.possessive and _POSSESSIVE_GAP.fullmatch(text[n.end : span.start])), None)
        subjects.append(_Subject(span.text, span.start, possessor=owner.text if owner else None))
    return subjects


# Between two subjects: "A, B and C", and a job before the next ("comedian A and chef B",
# "chef A and pastry chef B will be back").
_SUBJECT_JOINER = re.compile(
    r"(?:,\s+(?:and\s+)?|\s+and\s+)"
    r"(?:(?!(?:the|a|an|his|her|their|its|with|while|as|who|which|whose|after|before|but|when|where|although|though|"
    r"for|from|in|on|at|to|by|of|so|because|since|whereas|if|also|then|now|still|only|even|both|all|not|never|"
    r"including|plus|alongside|opposite|is|are|was|were|has|have|had|will|would)\s)[a-z][\w-]*\s+){0,2}"
)
_LOWER_WORDS = re.compile(r"\s*(?:[a-z][\w'’-]*+\s*)*")  # (possessive: a word is never split, or a long failing run backtracks exponentially)
_BRACKET_JOINER = re.compile(r"\)(?:,\s+|\s+and\s+|,\s+and\s+)")
_OPEN_BRACKET = re.compile(r"\s*\((?:[\"“‘']|(?:The|A|An)\s+)?")
_APPOSITIVE_AND = re.compile(r",\s+(?:an?|the|his|her)\s+[^,;()]{1,80},\s+and\s+$")
_BRACKETS_ONLY = re.compile(r"\s*\([^)]*\)")


def _relative_subject(text: str, names: list[NameSpan], left: str) -> _Subject | None:
    """"Yoo Ah-in, who played Jung Jin-soo in season 1, will not return"; "Gideon Sharpe, who
    joined the season 2 cast as a prosecutor, ..." (the predicate is the clause's own)."""
    rel = None
    for match in _RELATIVE.finditer(left):
        rel = match
    if rel is None:
        return None
    tail = left[rel.end() :]
    parts = tail.split(",")
    # The predicate opens the clause, joining the cast: "X, who joined the season 2 cast as ...".
    opens = not tail.strip() and bool(_JOINED_CAST.match(text, len(left)))
    if not opens and (len(parts) < 2 or not _LOWER_WORDS.fullmatch(parts[-1])):
        return None
    owner = next((n for n in names if n.end == rel.start() or _BRACKETS_ONLY.fullmatch(text[n.end : rel.start()])), None)
    if owner is None:
        return None
    return _Subject(owner.text, owner.start, relative="" if opens else ",".join(parts[:-1]))


_PLAYED_BEFORE = re.compile(r"\b(?:play(?:s|ed)|portray(?:s|ed)|voic(?:es|ed))\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def _predicate_mentions(
    ctx: SentenceContext, state: _DocState, subj: _Subject, kind: str, pred: int, pairs: list[_Mention], listed: bool = False
) -> list[_Mention]:
    if subj.pronoun:
        return _pronoun_mentions(ctx, state, subj.pronoun, kind, pred)
    assert subj.name is not None
    crew_word = _CREW_WORDS.search(subj.relative)
    if (crew_word and not _PLAYED_BEFORE.search(subj.relative, 0, crew_word.start())) or state.book.is_crew(subj.name):
        return []  # (but "X, who played hospital director Y, ...": a character's job)
    mode = "deny" if kind == "depart" else "past" if kind in ("starred", "member", "stars_in", "leading", "hosted") else "return"
    if kind == "stars_in" and _FUTURE_STAR.search(ctx.text, max(0, pred - 12), pred + 5):
        mode = "return"  # "X will star in the second season": the season being made
    stance = "denied" if kind == "depart" else ("speculated" if kind in ("teaser", "offer") else None)
    person, char = _classify(subj.name, state)
    here = next((p for p in pairs if p.person and p.person == _person(subj.name, state)), None)
    if here is not None:
        person, char = here.person, here.character
    if subj.possessor and kind in ("depart", "return") and person is None:  # ("Cy Dunn's Jules will return")
        owner = _person(subj.possessor, state)
        # (for a return, only a known player: "Frieren: Beyond Journey's End returns" is a title)
        # (or a titled part: "Olivia Colman's Chef Terry is rumoured to return")
        if state.book.is_person(owner) or (_full_name(owner) and (kind == "depart" or has_title(subj.name))):
            person, char = owner, _character(subj.name, state)
    if person and not char:
        char = next((p.character for p in pairs if p.person == person and p.character), None)
    if char and not person:  # "X who played Y will not appear": the actor the sentence gives
        person = next((p.person for p in pairs if p.character == char and p.person), None)
    if person and not char and kind == "return" and len(state.book.characters_of(person)) == 1:
        char = state.book.characters_of(person)[0]  # "Achebe is set to return": the role given earlier
    if person is None and char is None:
        if not _full_name(subj.name) or (
            kind == "return"
            and not (listed or subj.speaker or _unknown_person(ctx, state, subj.name) or _for_a_season(ctx, state, subj.name, pred))
        ):
            return []
        person = subj.name
    out = [_Mention(person, char, subj.pos, mode, pred, stance=stance)]
    if subj.relative and mode in ("return", "deny"):
        # "A and B, who played X and Y, respectively, will return": A returns too
        out += [
            _Mention(p.person, p.character, p.pos, mode, pred, stance=stance)
            for p in pairs
            if p.person and p.person != person and p.relative and p.pos < subj.pos
            and _LIST_JOINER.fullmatch(ctx.text, p.pos + len(p.person), subj.pos)
        ]
    return out


@lru_cache(maxsize=256)
def _cast_heading(heading: str) -> bool:
    """A heading over the cast (read once per heading: every sentence under it asks)."""
    return bool(_CAST_HEADING.search(heading)) and not _NOT_CAST_HEADING.search(heading)


def _unknown_person(ctx: SentenceContext, state: _DocState, name: str) -> bool:
    """A full name the document never presents as a character, in a cast section: taken for an
    actor ("Olu Adebayo won't be returning")."""
    in_cast = _cast_heading(ctx.sentence.block.heading or "")
    return in_cast and not has_title(name) and state.book.expected(name) != "character" and not state.book.is_character(name)


_FOR_SEASON_AFTER = re.compile(
    r"[\w\s'’]{0,30}?\bfor\s+(?:the\s+(?:new|next|upcoming|\w+)\s+)?(?:season|series)\b", re.I
)


def _for_a_season(ctx: SentenceContext, state: _DocState, name: str, pred: int) -> bool:
    """"X will not return for season 5": a full name that returns (or not) for a season is an
    actor, unless the document presents it as a character or titles it."""
    return (
        bool(_FOR_SEASON_AFTER.match(ctx.text, pred))
        and not has_title(name)
        and state.book.expected(name) != "character"
        and not state.book.is_character(name)
    )


def _classify(name: str, state: _DocState) -> tuple[str | None, str | None]:
    """(person, character) for a subject name, from what the document has said about it (or,
    failing that, says about it further on)."""
    kind = state.book.kind_of(name) or state.book.expected(name)
    if kind == "person":
        return _person(name, state), None
    if kind == "character":
        return None, _character(name, state)
    return None, None


def _full_name(name: str) -> bool:
    return len(name.split()) > 1


def _pronoun_mentions(ctx: SentenceContext, state: _DocState, pronoun: str, kind: str, pred: int) -> list[_Mention]:
    mode = "deny" if kind == "depart" else "return"
    if pronoun.startswith(("Both", "They", "All")) or pronoun.split()[-1].lower() in _SUBJECT_COUNTS:
        prev = [m for m in state.prev_mentions if m.person or m.character]
        # one per player ("It stars A as X": A is read as a pair and as a star)
        prev = [m for m in prev if m.character or not any(o.person == m.person and o.character for o in prev)]
        prev = list({(m.person, m.character): m for m in prev}.values())
        count = next((_SUBJECT_COUNTS[w] for w in pronoun.lower().split() if w in _SUBJECT_COUNTS), None)
        if count is not None and len(prev) != count:
            return []
        return [_Mention(m.person, m.character, 0, mode, pred) for m in prev]
    people = [m for m in state.prev_mentions if m.person]
    if len(people) == 1:  # "X, who plays Y, is the heart of the show. She will return.": X as Y
        return [_Mention(people[0].person, people[0].character, 0, mode, pred)]
    for name in reversed(state.prev_names):
        person, char = _classify(name, state)
        if person or char:
            return [_Mention(person, char, 0, mode, pred)]
        if len(name.split()) == 1 and "-" in name:
            return [_Mention(None, _character(name, state), 0, mode, pred)]
    return []


_CAST_OF_SHOW_BEFORE = re.compile(r"\b(?:show|series|season|cast|ensemble|drama|it)\s+(?:also\s+|again\s+)?$", re.I)
# (a "feature" is a film only as a noun: "the new feature starring X", not "the season features X")
_FILM_BEFORE = re.compile(
    r"(?:\b(?:film|movie)s?|\b(?:the|a|an|this|that|its|new)\s+(?:[\w-]+\s+)?features?),?\s+(?:(?:which|that)\s+(?:also\s+)?)?$", re.I
)  # (and "The film, which starred X and Y, ...")
_PROMO_WORD = re.compile(r"\b(?:video|teaser|trailer|poster|clip|promo|announcement)\b", re.I)
_IN_PROMO_AFTER = re.compile(r"\bin the (?:teaser|trailer|first look|set photos?)\b", re.I)


def _object_triggers(text: str, state: _DocState, names: list[NameSpan]) -> list[_Mention]:
    """"again starring Park Seo-joon and Han So-hee", "the video featured A, B and C",
    "fans spotted X in the trailer": person claims."""
    out: list[_Mention] = []
    if not holds_cues(text, _OBJECT_TRIGGER_CUES):
        return _co_stars(text, state, names)  # (its own pattern: not behind this gate)
    for match in _OBJECT_TRIGGER.finditer(text):
        word = match.group().split()[0].lower()
        at = match.end()
        described = _HONOUR_BEFORE_NAME.match(text, at)  # "Newcomers include Bafta winner X"
        if described and any(n.start == described.end() for n in names):
            at = described.end()
        if word in ("will", "is", "are", "has", "have") or word.endswith("ll"):  # "... joined by <description> X"
            after = [n for n in names if at <= n.start <= at + 80 and not n.possessive and _JOINED_BY_DESCRIPTION.fullmatch(text, at, n.start)]
            at = after[0].start if after else at
        first = next((n for n in names if n.start == at), None)
        if first is None:
            continue
        featuring = word.startswith("featur")
        cast_of_show = featuring and bool(_CAST_OF_SHOW_BEFORE.search(text, 0, match.start()))  # "The show also features X"
        if featuring and not cast_of_show and not _PROMO_WORD.search(text[: match.start()]):
            continue  # only a promo's line-up (a guess) or the show's cast
        if _FILM_BEFORE.search(text, 0, match.start()):
            continue  # "the new holiday film starring X": a film's cast
        if word == "spotted" and not _IN_PROMO_AFTER.search(text[first.end :]):
            continue
        group = _object_list(text, names, first)
        starring = (
            word.startswith(("star", "co-star", "guest"))
            or cast_of_show
            or (word not in ("returning", "new") and bool(_CAST_LIST.search(match.group())))  # ("The new ensemble includes")
        )
        mode = "starring" if starring else "return"  # "returning stars X and Y": return
        if mode == "starring" and _RETURN_PREDICATE_AFTER.match(text, group[-1].end):
            mode = "return"  # "Stars X and Y are set to return": the nouns' return
        stance = "speculated" if (featuring and not cast_of_show) or _MAYBE_RETURN.match(match.group()) else None
        out += _listed_people(group, state, mode, match.start(), stance)
    return out + _co_stars(text, state, names)


_MAYBE_RETURN = re.compile(r"(?:(?:the|a)\s+)?(?:potential|possible|likely|rumou?red|expected|hoped-for)\s+return\b", re.I)
# "the cast includes X", "rounding out the cast are X": the cast as it stands, no season of its own
_CAST_LIST = re.compile(r"\b(?:cast|ensemble)\s+(?:also\s+)?includ|\bround", re.I)


def _listed_people(
    group: list[NameSpan], state: _DocState, mode: str, pred: int, stance: str | None = None
) -> list[_Mention]:
    """Person mentions for the names of a list, those the document knows as characters left out."""
    out: list[_Mention] = []
    for span in group:
        person = _person(span.text, state)
        if state.book.kind_of(person) == "character":
            continue
        if " " not in person and state.book.fullest(person, "character") != person:
            continue  # "demanded the return of Munna": a character (Munna Tripathi) named short
        out.append(_Mention(person, None, span.start, mode, pred, stance=stance))
    return out


_RETURN_PREDICATE_AFTER = re.compile(
    r"\s*,?\s+(?:are|is|will|have|has|were|was)\b[^.;,]{0,30}?\b(?:return\w*|back|reprising|reprise)\b", re.I
)
# "X stars Y as Z, ..., alongside A, B and C": the co-stars of a starring sentence.
_CO_STAR = re.compile(r"\b(?:alongside|opposite)\s+")
_STAR_VERB_BEFORE = re.compile(r"\b(?:stars|starring|starred|co-stars|co-starring|leads|led)\b")


def _co_stars(text: str, state: _DocState, names: list[NameSpan]) -> list[_Mention]:
    out: list[_Mention] = []
    for match in _CO_STAR.finditer(text):
        if not _STAR_VERB_BEFORE.search(text, 0, match.start()) or _CREW_WORDS.search(text, 0, match.start()):
            continue
        first = next((n for n in names if n.start == match.end()), None)
        if first is not None:
            listed = _object_list(text, names, first)
            if _IN_A_FILM.match(text, listed[-1].end):
                continue  # "next stars opposite X in the feature Tidewater Road": a film's cast
            out += _listed_people(listed, state, "starring", match.start())
    return out


_IN_A_FILM = re.compile(r"\s+in\s+(?:the|a|an|her|his|their)\s+(?:[\w-]+\s+){0,2}?(?:feature|film|movie|biopic)s?\b", re.I)


_RESPECTIVELY = re.compile(r",?\s+respectively\b")
# A list whose names carry their characters: "X (Y) and Z", "X, who plays Y, and Z".
_OBJECT_JOINT = re.compile(
    r"(?:\s*\([^()]{1,60}\))?(?:,\s+who\s+(?:plays|played|voices|portrays)\s+[^,;()]{1,60})?(?:,?\s+as\s+well\s+as\s+|,\s+and\s+|\s+and\s+|,\s+)"
)
# "as Sheriff Dale Mercer and mine owner Ruth Gaines": a joint with a lower-case description.
# ("as Captain Elias Thorne and his wife, Hester": the description set off by a comma)
_DESCRIBED_JOINT = re.compile(r"(?:,\s+|\s+and\s+|,\s+and\s+)(?:(?:the|a|an|his|her|their)\s+)?(?:[a-z][\w'’-]*\s+){0,2}(?:[a-z][\w'’-]*,?\s+)?")


def _object_list(text: str, names: list[NameSpan], first: NameSpan) -> list[NameSpan]:
    """The names listed from ``first`` on, each joint maybe carrying the character before it."""
    group = [first]
    while True:
        joint = _OBJECT_JOINT.match(text, group[-1].end)
        nxt = next((n for n in names if joint and n.start == joint.end()), None)
        if nxt is None:
            return group
        group.append(nxt)


def _following_list(
    text: str, names: list[NameSpan], first: NameSpan, joint: re.Pattern[str] = _LIST_JOINER
) -> list[NameSpan]:
    group = [first]
    idx = names.index(first)
    while idx + 1 < len(names):
        nxt = names[idx + 1]
        if not joint.fullmatch(text[group[-1].end : nxt.start]):
            break
        if _NEW_CLAUSE_VERB.match(text, nxt.end):
            break  # "as Nora and Dex, and Gideon Osterhaus has been promoted ...": a clause of its own
        group.append(nxt)
        idx += 1
    return group


_NEW_CLAUSE_VERB = re.compile(r"\s+(?:also\s+)?(?:has|have|had|is|are|was|were|will|would|joins|returns|plays)\b")


# ---------------------------------------------------------------- completing mentions


def _complete(
    ctx: SentenceContext, state: _DocState, names: list[NameSpan], mentions: list[_Mention]
) -> list[_Mention]:
    """Give a person-only mention the character the sentence (or, for a departure, the document)
    names for that actor; drop crew members without a character."""
    resolved: set[str] | None = None
    out: list[_Mention] = []
    # "returning stars X, who plays Y, and Z (W)": the sentence's own pairs first
    paired = {m.person: m.character for m in mentions if m.person and m.character}
    for m in mentions:
        if m.person and not m.character:
            if state.book.is_crew(m.person):
                continue
            if m.person in paired:
                out.append(replace(m, character=paired[m.person]))
                continue
            known = state.book.characters_of(m.person)
            if resolved is None:
                resolved = {_character(n.text, state) for n in names}
            in_sentence = [c for c in known if c in resolved]
            if in_sentence:
                m = replace(m, character=in_sentence[0])
            elif m.mode == "deny" and len(known) == 1:
                m = replace(m, character=known[0])
        out.append(m)
    return out


# ---------------------------------------------------------------- seasons and stance


def _section_show(ctx: SentenceContext, show: str) -> bool:
    """The show comes from the section the sentence is in, not from a name in it ("FIELDER,
    SEASON 2" / "Rachel Osei stars as Nora Fielder"): a show beyond doubt."""
    return show == ctx.show and show in ctx.doc.section_shows


def _claims(ctx: SentenceContext, state: _DocState, mentions: list[_Mention], intro: str | None) -> list[Claim]:
    claims: list[Claim] = []
    seen: set[tuple[object, ...]] = set()
    main_here = any(sm.title == ctx.doc.main for sm in ctx.show_mentions)
    shared: list[tuple[int | None, str]] | None = None  # the seasons of the sentence's first pair
    pasts: set[int] = set()  # the claims of past-tense mentions ("who played Y")
    characters = [f" {m.character} " for m in mentions if m.character]
    for m in mentions:
        if m.person and not m.character and any(f" {m.person} " in c for c in characters):
            continue  # "X will play Ysra of the Drowned Coast, and Y ...": part of a character's name
        show = ctx.doc.main if m.mode == "starring" and main_here else ctx.show_at(m.pos)
        if m.mode == "starring" and m.pred > 0 and _CAST_OF_SHOW_BEFORE.search(ctx.text, 0, m.pred):
            show = ctx.show  # "The show also features X, who appeared in Y": the sentence's show
        if show != ctx.doc.main and state.book.expected(show) is not None and not _section_show(ctx, show):
            show = ctx.show if state.book.expected(ctx.show) is None else ctx.doc.main
        found = _seasons_and_stances(ctx, m, intro, show)
        if m.seasons and all(season is None for season, _ in found):
            found = [(season, stance) for season in dict.fromkeys(m.seasons) for _, stance in found[:1]]
        if m.mode == "present" and show == ctx.doc.main and _completes_return(ctx, m, found):
            found = [(_target(ctx), stance) for _, stance in found[:1]]
        elif m.mode == "present" and show == ctx.doc.main and all(season is None for season, _ in found):
            listed = _listed_season(ctx, state)
            if listed is not None:  # "The first season stars A as B, C as D. E plays F.": the list goes on
                found = [(listed, stance) for _, stance in found[:1]]
        if m.mode in ("pair", "starring"):
            if shared and all(season is None for season, _ in found):
                found = [(season, stance) for season, _ in shared for _, stance in found[:1]]
            elif shared is None:
                shared = found
        for season, stance in found:
            key = (m.person, m.character, season, stance, show)
            if key in seen:
                continue
            seen.add(key)
            value = {"person": m.person, "character": m.character}
            claims.append(ctx.claim("cast", value, m.pos, max(m.pos + 1, m.pred), season=season, show=show, stance=stance))
            if m.mode == "past":
                pasts.add(id(claims[-1]))
    return _without_seasonless_twins(claims, pasts)


def _without_seasonless_twins(claims: list[Claim], pasts: set[int]) -> list[Claim]:
    """"X, who plays Y, is back too": the pair asserted for the season says all the season-less
    pair of the relative clause says. (Beside a speculated or denied return it stays a fact, and
    so does "who played Y", a statement about the past.)"""
    seasoned = {(c.show, str(c.value)) for c in claims if c.season is not None and c.stance == "asserted"}
    return [
        c
        for c in claims
        if c.season is not None or c.stance != "asserted" or id(c) in pasts or (c.show, str(c.value)) not in seasoned
    ]


def _completes_return(ctx: SentenceContext, m: _Mention, found: list[tuple[int | None, str]]) -> bool:
    """"The dub cast will also return, with X voicing Y": a season-less pair completing a return."""
    if any(season is not None for season, _ in found) or not _target(ctx):
        return False
    return bool(_WITH_AFTER_RETURN.search(ctx.text[: m.pos]))


def _seasons_and_stances(
    ctx: SentenceContext, m: _Mention, intro: str | None, show: str
) -> list[tuple[int | None, str]]:
    main = show == ctx.doc.main
    if m.mode == "named" and m.seasons:
        return [(season, "asserted") for season in m.seasons]  # "X's Y across series 2 and 3"
    if m.mode in ("past", "recap"):
        return [(s, "asserted") for s in _past_seasons(ctx, m, main)]
    stance = _stance(ctx, m, intro)
    if m.mode in ("return", "deny") and m.seasons:
        return [(s, m.stance or "asserted") for s in m.seasons]  # "took over as Adar in season 2 from Y"
    if m.mode in ("return", "deny"):
        out = [(s, stance) for s in _forward_seasons(ctx, m, intro, main)]
        if m.character and not (m.mode == "return" and _REPLACING_AFTER.search(ctx.text, m.pos)):
            # (the past seasons after ", replacing Y, who played ..." are Y's)
            out += [(s, "asserted") for s in _past_after(ctx, m.pred, main)]
        return out
    return [(s, stance) for s in _pair_seasons(ctx, m, intro, main)]


_STARS_LIST = re.compile(r"\b(?:stars|starred|starring|cast\s+(?:includes|included|is\s+led\s+by))\b")


def _listed_season(ctx: SentenceContext, state: _DocState) -> int | None:
    """The one season the sentence before (in the same paragraph) gave its cast list."""
    index = ctx.sentence.index
    if ctx.sentence.position == 0 or index == 0:
        return None
    before = ctx.doc.sentences[index - 1]
    if before.block.index != ctx.sentence.block.index or not _STARS_LIST.search(before.text):
        return None
    seasons = {season for found in state.last_seasons.values() for season in found}
    return seasons.pop() if len(seasons) == 1 else None


def _target(ctx: SentenceContext) -> int | None:
    """The season being made, for a cast that the text ties to no season; none for a new show's
    first season (its players are the show's: "X will play Y" in a new drama is season-less)."""
    target = ctx.target_season
    return None if target == 1 else target


_FOR_N_SEASONS = re.compile(r"\b(?:for|across|over)\s+(?:all\s+)?(two|three|four|five|six|[2-6])\s+seasons\b", re.I)


def _mentions(ctx: SentenceContext) -> list[tuple[int, int]]:
    """(season, position) for every season the sentence names, but a season named right after
    another show's title ("while promoting The Boys Season 4, X, who plays Y in Z, ...")."""
    others = [m for m in ctx.show_mentions if m.title != ctx.show]
    found = [
        (s.number, s.start)
        for s in ctx.seasons
        if not any(_OWN_SEASON.fullmatch(ctx.text, m.end, s.start) for m in others)
    ]
    found += [(m.season, m.start) for m in ctx.show_mentions if m.season and m.title == ctx.show]
    found += _season_groups(ctx.text, _named_pair(ctx) if "both" in ctx.text else None)
    target = ctx.target_season
    if target is not None and target > 2 and " seasons" in ctx.text:
        # "who played Bernard Holland for two seasons" (of a season 3 article): every season so far
        for match in _FOR_N_SEASONS.finditer(ctx.text):
            word = match.group(1).lower()
            if (int(word) if word.isdigit() else _COUNT_WORDS[word]) == target - 1:
                found += [(n, match.start()) for n in range(1, target)]
    if target is not None and (" new " in ctx.text or " next " in ctx.text or " upcoming " in ctx.text):
        # "The new season will be without X (Y)": the season being made
        found += [(target, match.start()) for match in _THE_NEW_SEASON.finditer(ctx.text)]
    return sorted(found, key=lambda x: x[1])


_THE_NEW_SEASON = re.compile(r"\b(?:the|its)\s+(?:new|next|upcoming)\s+(?:season|series|run|installment)\b", re.I)


_OWN_SEASON = re.compile(r"(?:['’]s?)?\s+")


_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_SEASON_GROUP = re.compile(
    r"\b(?:(both)|(?:all|the\s+first|its\s+first)\s+(two|three|four|five|six|seven|eight|\d))\s+(?:seasons|series)\b", re.I
)  # ("co-hosted the first two seasons": 1 and 2)


def _season_groups(text: str, pair: tuple[int, int] | None = None) -> list[tuple[int, int]]:
    """"both seasons" -> 1 and 2 (or the two seasons just named: "will return for series 5 and
    6 ... back for both series"), "all three seasons" -> 1, 2 and 3, each at the phrase's position."""
    out: list[tuple[int, int]] = []
    for match in _SEASON_GROUP.finditer(text):
        if match.group(1) and pair is not None:
            out += [(n, match.start()) for n in pair]
            continue
        word = (match.group(2) or "two").lower()
        count = int(word) if word.isdigit() else _COUNT_WORDS[word]
        out += [(n, match.start()) for n in range(1, count + 1)]
    return out


def _named_pair(ctx: SentenceContext) -> tuple[int, int] | None:
    """The two seasons the headline or the sentences before name together ("series 5 and 6")."""
    index = ctx.sentence.index
    texts = [s.text for s in ctx.doc.sentences[max(0, index - 3) : index]] + [ctx.doc.title or ""]
    for text in texts:
        numbers = sorted({m.number for m in find_seasons(text)})
        if len(numbers) == 2 and numbers[1] == numbers[0] + 1 and numbers[0] > 1:
            return numbers[0], numbers[1]
    return None


_STARRED_IN = re.compile(r"(?:co-)?star(?:red|s)?\s+in\s+", re.I)


_WHO_PLAYED = re.compile(r",\s+who\s+(?:\w+\s+)?(?:played|portrayed|voiced)\b", re.I)


def _other_part_clauses(text: str, pos: int) -> list[tuple[int, int]]:
    """The spans of the ", who played ..." clauses in ``text`` other than the one right after
    the player at ``pos`` (each to its next comma or semicolon)."""
    spans: list[tuple[int, int]] = []
    for match in _WHO_PLAYED.finditer(text):
        if match.start() <= pos <= match.end() or (pos <= match.start() and "," not in text[pos : match.start()]):
            continue  # (this player's own clause)
        end = min((i for i in (text.find(",", match.end()), text.find(";", match.end())) if i >= 0), default=len(text))
        spans.append((match.start(), end))
    return spans


_NEW_SUBJECT_CLAUSE = re.compile(
    r"(?:,\s+(?:and|but|while|whereas)\s+|;\s+)(?=[A-Z][^,;.]*?\b(?:is|are|was|were|has|have|had|will|won['’]t|isn['’]t|can|could|may|might)\b)"
)


def _past_seasons(ctx: SentenceContext, m: _Mention, main: bool) -> list[int | None]:
    """"X, who played Y" is tied to an earlier season only when the text says which."""
    starred = _STARRED_IN.match(ctx.text, m.pred) if m.pred >= 0 and main else None
    if starred:
        right_after = [s.number for s in ctx.seasons if s.start == starred.end()]
        if right_after:  # "A and B also starred in Season 2": the season the predicate names
            return right_after[:1]
    if m.mode == "past" and _context_seasons(ctx, None, main) and ctx.sentence.block.kind == "item":
        return list(_context_seasons(ctx, None, main))
    target = _target(ctx)
    if not main:
        return [None]
    if target is None:
        return [None]
    # (not the "in season 1" inside another player's ", who played Z in season 1," clause)
    others = _other_part_clauses(ctx.text, m.pos)
    # (nor one in a later clause with a subject of its own: "X, who played Y, isn't expected to
    # return, and Z's W is still behind bars at the end of season 3")
    later = _NEW_SUBJECT_CLAUSE.search(ctx.text, m.pos)
    cut = later.start() if later else len(ctx.text)
    past = sorted(
        {
            s
            for s, pos in _mentions(ctx)
            if s < target and pos < cut and not since_season(ctx.text, pos) and not any(a <= pos < b for a, b in others)
        }
    )
    if past and m.relative:
        # "from Barney Harris, who played him in the first season": the relative clause's own season
        who = ctx.text.rfind(" who", 0, m.pos)
        comma = ctx.text.find(",", m.pos)
        own = sorted({n for n, pos in _mentions(ctx) if n in past and who < pos < (comma if comma > 0 else len(ctx.text))})
        if who >= 0 and own:
            return list(own)
    if past:
        return list(past)
    if any(since_season(ctx.text, pos) for _, pos in _mentions(ctx)):
        return [None]  # "who has played Y since season 2": ongoing, no one season
    heading = ctx.heading_season
    if heading is not None and heading < target:
        return [heading]
    clause_end = ctx.text.find(",", m.pos)
    if _PAST_CUE.search(ctx.text[m.pos : clause_end if clause_end > 0 else None]) and target > 1:
        return [target - 1]
    earlier = sorted({s.number for s in find_seasons(_previous_sentence(ctx)) if s.number < target})
    return list(earlier) if earlier else [None]


# An interviewer's or an FAQ's question about the cast to come: "Who's coming back?", "Which
# cast members are returning for season 4?", "Who's joining the cast?"
_RETURN_QUESTION = re.compile(
    r"\b(?:coming\s+back|come\s+back|returning|return|be\s+back|joining|join|new\s+(?:faces|cast|additions))\b[^?]{0,60}\?",
    re.I,
)


def _asked_who_returns(ctx: SentenceContext) -> int | None:
    """The season a question right before this answer asks the cast of (its own season, else the
    season being made), or None when the paragraph before asks no such question."""
    last = ctx.sentence.index - ctx.sentence.position - 1  # the paragraph before: its last sentence
    if last < 0 or ctx.sentence.block.kind != "para":
        return None
    question = ctx.doc.sentences[last].block.text
    if len(question) > 200 or not _RETURN_QUESTION.search(question):
        return None
    named = {m.number for m in find_seasons(question)}
    if len(named) == 1:
        return named.pop()
    return _target(ctx) if not named else None


def _previous_sentence(ctx: SentenceContext) -> str:
    """The sentence before this one in the same paragraph, or ""."""
    index = ctx.sentence.index
    sents = ctx.doc.sentences
    if index <= 0 or index > len(sents) or ctx.sentence.position == 0:
        return ""
    prev = sents[index - 1]
    return prev.text if prev.block is ctx.sentence.block or prev.block.index == ctx.sentence.block.index else ""


def _past_after(ctx: SentenceContext, pred: int, main: bool) -> list[int]:
    target = _target(ctx)
    if not main or target is None or pred < 0:
        return []
    # Only a season the character appeared in ("the character who showed up in season 1"), not
    # one an event names ("who was killed off in the Season 2 finale", "whose death closed it").
    # (within its own clause: not the "in season 1" of ", and Y, who played Z in season 1")
    later = _NEXT_CLAUSE.search(ctx.text, pred)
    stop = later.start() if later is not None else len(ctx.text)
    return sorted(
        {s for s, pos in _mentions(ctx) if pred < pos < stop and s < target and _APPEARED.search(ctx.text, pred, pos)}
    )


_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+")


# a past return straight to its season: "returned for the second (season)", "came back in season 2"
_PAST_RETURN = re.compile(r"(?:returned|came\s+back)\s+(?:for|in)\s+(?:the|its|season|series)\b")
_PAST_JOIN = re.compile(r"(?:joined|appeared)\b|(?<=not\s)appear\b|(?<=n['’]t\s)appear\b|(?<=never\s)appear")


def _forward_seasons(ctx: SentenceContext, m: _Mention, intro: str | None, main: bool) -> list[int | None]:
    target = _target(ctx)
    after = [s for s, pos in _mentions(ctx) if pos > m.pred]
    if main and target is not None:
        earlier = [s for s in after if s is not None and s < target]
        after = [s for s in after if s >= target]
        if earlier and not after and m.pred >= 0 and _PAST_JOIN.match(ctx.text, m.pred) and not m.character:
            return [earlier[0]]  # "X joined the franchise in season 2", "Y did not appear in season 2"
        if earlier and not after and m.pred >= 0 and _PAST_RETURN.match(ctx.text, m.pred):
            return [earlier[0]]  # "X, who played Y in the first season, returned for the second"
    if after:
        return [after[0]]
    if not main:
        any_season = [s for s, _ in _mentions(ctx)]
        return [any_season[0]] if any_season else [ctx.section_season]
    context = _context_seasons(ctx, intro, main)
    if context:
        return list(context)
    return [target]


_INCLUDING_BEFORE = re.compile(r",\s+(?:including|among\s+them|such\s+as)\s+[^;]*$", re.I)
_BRACKET_LIST_RETURNS = re.compile(
    r"[^.;:()]*\([^()]{1,40}\)(?:(?:,\s+|,?\s+and\s+)[^.;:()]{2,40}\([^()]{1,40}\))*\s+(?:are|will)\s+(?:all\s+|both\s+)?"
    r"(?:(?:expected|set|confirmed|likely|tipped|due|slated)\s+)?(?:to\s+)?(?:be\s+)?(?:back|return(?:ing)?)\b"
    # "X (A) and Y (B) lead the cast once more"
    r"|[^.;:()]*\([^()]{1,40}\)(?:(?:,\s+|,?\s+and\s+)[^.;:()]{2,40}\([^()]{1,40}\))*\s+(?:lead|head|front|anchor)\s+"
    r"(?:the\s+)?(?:cast|ensemble)\s+(?:once\s+(?:more|again)|again)\b"
)
_RETURN_AFTER_LIST = re.compile(
    r",\s+(?:(?:will|are\s+(?:all\s+)?(?:set|expected|confirmed)\s+to)\s+(?:all\s+)?(?:return|be\s+back)|"
    r"(?:are|will\s+be)\s+(?:all\s+)?(?:back|returning))\b",
    re.I,
)


def _pair_seasons(ctx: SentenceContext, m: _Mention, intro: str | None, main: bool) -> list[int | None]:
    """A plain pair: the season its clause names ("New in season 2: X as Y"), else the list's
    intro or cast heading, else none. "starring X as Y" takes only a season named before it."""
    named = _mentions(ctx)
    if m.mode == "starring":
        before = [s for s, pos in named if pos < m.pos]
        return [before[-1]] if before else [None]
    left, right = clause_span(ctx.text, m.pos, m.pos + 1)
    if m.relative:
        comma = ctx.text.find(",", m.pos)
        right = comma if comma > 0 else right
    else:  # "X will play Y, a character glimpsed in the first season": a description's season
        described = _DESCRIPTION_AFTER.search(ctx.text, m.pos, right)
        right = described.start() if described else right
    inside = [(abs(pos - m.pos), s) for s, pos in named if left <= pos < right]
    if m.relative and not inside:
        # "Joining the cast for season 2 is X, who will play Y": the main clause's season.
        inside = [(abs(pos - m.pos), s) for s, pos in named if pos < left]
    if inside and intro is None:
        return _nearest(inside)
    colon = ctx.text.rfind(": ", 0, m.pos) if intro is None and not inside else -1
    if colon > 0:  # "Both leads are confirmed to return for season 2: X as Y and Z as W"
        context = _context_seasons(ctx, ctx.text[: colon + 1], main)
        if context:
            return list(context)
    context = _context_seasons(ctx, intro, main)
    if context:
        return list(context)
    if inside:
        return _nearest(inside)
    asked = _asked_who_returns(ctx) if main and m.mode == "pair" else None
    if asked:
        return [asked]  # "Who's coming back?" / "A as X, B as Y, ...": the season being made
    newcomer = _NEW_CAST.search(_previous_sentence(ctx)) or _NEW_CAST.search(ctx.text, 0, m.pos)
    if main and _target(ctx) and m.mode in ("pair", "present") and newcomer:
        return [_target(ctx)]  # "She is joined by two newcomers. X plays Y, and Z plays W."
    upcoming = _target(ctx) if main else ctx.section_season
    if upcoming and m.mode == "pair" and _INCLUDING_BEFORE.search(ctx.text, 0, m.pos) and _RETURN_AFTER_LIST.search(ctx.text, m.pos):
        return [upcoming]  # "The dub cast, including A as X and B as Y, will return."
    if upcoming and m.mode == "pair" and _BRACKET_LIST_RETURNS.match(ctx.text, m.pos):
        return [upcoming]  # "A (X), B (Y) and C (Z) are all expected back"
    if upcoming and m.mode in ("pair", "present") and _joins_upcoming(ctx.text, left, m.pos, right):
        return [upcoming]  # "Also back are X (Y) and ...", "The season introduces X as Y"
    who = ctx.text.rfind(", who", 0, m.pos) if upcoming and m.relative and m.mode == "present" else -1
    if who > 0 and _RETURN_COLON.search(ctx.text, 0, clause_span(ctx.text, who - 1, who)[0]):
        return [upcoming]  # "Also boarding the season: A, who plays X, and B": the antecedent's list
    groups = [s for s, pos in _season_groups(ctx.text, _named_pair(ctx) if "both" in ctx.text else None) if pos < m.pos]
    if not groups and main and _WITH_AFTER_RETURN.search(ctx.text[: m.pos]) and _target(ctx):
        return [_target(ctx)]
    return list(groups) or [None]


# The cast of the season being made, said before the pair: a fronted predicate ("Also back
# are", "Joining the cast this series are", "New to the cast are") or a present or future
# verb of joining or returning ("X joins as", "The season introduces X as", "brings back X as",
# "X is back as", "leads the final run as").
_JOINS_FRONTED = re.compile(
    r"^(?:also\s+)?(?:back|returning|coming\s+back|new\s+(?:to|in|on)\s+the\s+(?:cast|show|series|ensemble)|"
    r"leading\s+the\s+(?:cast|ensemble)\s+(?:once\s+more|once\s+again|again)|"
    r"new\s+(?:faces|additions|arrivals)|joining(?:\s+(?:the|them|him|her)\b[^,;]{0,30}?)?|added(?:\s+to\s+the\s+cast)?|"
    # "Taking over hosting duties is X": a new host
    r"taking\s+over\s+(?:as\s+host|hosting\s+duties|(?:the\s+)?host(?:ing)?\s+(?:duties|role|chair|gig)))"
    r"\s+(?:(?:this|next|for\s+the\s+new)\s+(?:season|series|run|time)\s+|in\s+(?:season|series)\s+\w+\s+)?(?:are|is|will\s+be)\b",
    re.I,
)
_JOINS_BEFORE = re.compile(
    r"(?<!\bwho\s)(?<!\bthat\s)(?<!\bwhich\s)"  # (not a description's "a lawyer who returns to the firm")
    r"\b(?:joins|joining|returns|returning|is\s+back|are\s+back|will\s+(?:return|join|be\s+back)|"
    r"(?:set|expected|due|slated|confirmed)\s+to\s+(?:return|be\s+back|come\s+back)|"
    r"brings\s+back|introduces|welcomes|adds|joined\s+(?:again|once\s+(?:again|more))\s+by|again\s+joined\s+by|leads\s+the\s+(?:new|final|next|upcoming)\s+(?:season|series|run)|"
    r"(?:have|has|[’']ve)\s+(?:also\s+|just\s+|now\s+)?cast|once\s+again|once\s+more)\b",
    re.I,
)
# ... or after it: "X (Y) and Z (W) are both returning for the new season".
_JOINS_AFTER = re.compile(
    r"^[^;:]*?\b(?:(?:are|is)\s+(?:both\s+|all\s+)?(?:returning|back|coming\s+back|set\s+to\s+return)"
    r"|will\s+(?:also\s+|now\s+)?(?:be\s+)?(?:play|portray|voic|star|appear)|(?:has|have)\s+(?:also\s+)?been\s+"
    r"(?:cast|promoted|upped|bumped|added)|(?:is|are)\s+(?:set|slated)\s+to\s+(?:play|portray|voice|star|appear)"
    r"|once\s+again|will\s+(?:also\s+)?(?:recur|continue|lead)|continues\s+as"
    r"|leads\s+the\s+(?:new|final|next|upcoming)\s+(?:season|series|run)"
    # "X leads again as Y", "X stars once more as Y": the lead of the season being made
    r"|(?:leads|stars|headlines|fronts)\s+(?:the\s+(?:cast|show|series)\s+)?(?:again|once\s+more|anew))\b",
    re.I,
)


_DESCRIPTION_AFTER = re.compile(r",\s+(?:a|an|the|who|whose|which)\s")


def _joins_upcoming(text: str, left: int, pos: int, right: int) -> bool:
    """Whether the clause of a pair at ``pos`` puts it in the cast of the season being made."""
    return bool(
        _JOINS_FRONTED.match(text, 0, pos)
        or _JOINS_BEFORE.search(text, left, pos)
        or _JOINS_AFTER.match(text[pos:right])
        or (_WILL_END.search(text, left, pos) and _ROLE_VERB_START.match(text, pos))  # "X will play Y"
        or bool(_RETURN_COLON.search(text, 0, left))  # "Expect the core trio to return: A (X), B (Y)"
    )


_RETURN_COLON = re.compile(
    r"\b(?:to\s+)?(?:return|returning|be\s+back|come\s+back|coming\s+back|reprise\s+(?:their|his|her)\s+roles?|"
    r"(?:is|are)\s+(?:also\s+)?back(?:\s+with\s+(?:her|him|them))?|"
    # "Also boarding the season in recurring roles: A, who plays X, and B"
    r"(?:boarding|joining)\s+the\s+(?:new\s+)?(?:season|cast|series|show)\b[^:;.]{0,40})\s*:\s*$",
    re.I,
)


_WILL_END = re.compile(
    r"\b(?:will|would|[’']ll)\s+(?:also\s+|now\s+|once\s+again\s+|again\s+|once\s+more\s+)?(?:be\s+)?$", re.I
)
_ROLE_VERB_START = re.compile(
    r"(?:plays?|playing|portray(?:s|ing)?|voic(?:e|es|ing)|stars?|starring|appear(?:s|ing)?)\b", re.I
)



def _nearest(found: list[tuple[int, int]]) -> list[int | None]:
    """Every season at the smallest distance (a group phrase names several at one place)."""
    best = min(d for d, _ in found)
    return list(dict.fromkeys(s for d, s in found if d == best))


# "The first season's main cast:": the possessive season owns the list.
_CAST_OF_SEASON = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:cast|ensemble|line-?up|stars|characters|players)\b", re.I)


_YES_NO_QUESTION = re.compile(
    r"^\W*(?:will|would|could|can|is|are|has|have|does|do|did|should|might)\b[^?]*\?\s*$", re.I
)


_EVERY_SEASON_INTRO = re.compile(r"\b(?:both|all\s+(?:of\s+)?(?:the\s+|its\s+)?(two|three|four|five|six|[2-6]))\s+seasons\b", re.I)


def _context_seasons(ctx: SentenceContext, intro: str | None, main: bool) -> list[int]:
    """Seasons from the list intro ("Returning for season 2:"), else a cast heading."""
    if not main:
        return []
    if intro and _UPCOMING_INTRO.search(intro) and _target(ctx):
        # "... whose ambitions grew in season 2. Also confirmed to return:": the last sentence,
        # naming no season of its own, introduces the list; the seasons before it are its asides'
        last = split_sentences(intro)[-1]
        if last != intro and _UPCOMING_INTRO.search(last) and not find_seasons(last):
            heading = ctx.sentence.block.heading or ""
            if ctx.heading_season is not None and _cast_heading(heading):
                return [ctx.heading_season]  # under "The season 2 cast": "The returning cast included:"
            return [_target(ctx)]  # type: ignore[list-item]
    every = _EVERY_SEASON_INTRO.search(intro) if intro else None
    if every:  # "The five friends at the heart of both seasons were:": each of them
        return list(range(1, (number_value(every.group(1) or "two") or 0) + 1))
    if intro:
        found = [
            s.number
            for s in find_seasons(intro)
            if not _INTRO_SEASON_SKIP.search(intro[: s.start])
            and not (_OF_END.search(intro, 0, s.start) and _RETURN_AFTER_SEASON.match(intro, s.end))
            and (intro[s.end : s.end + 2] not in ("'s", "’s") or (s.start <= 4 and _CAST_OF_SEASON.match(intro, s.end)))
        ]
        if found:
            return list(dict.fromkeys(found))
    heading = ctx.sentence.block.heading or ""
    if _cast_heading(heading) and not _YES_NO_QUESTION.match(heading):  # "Will the cast return?" asks
        if ctx.heading_season is not None:
            return [ctx.heading_season]
        if (_RETURN_WORDS.search(heading) or _NEW_CAST.search(heading)) and _target(ctx):
            return [_target(ctx)]  # type: ignore[list-item]
    if intro and _UPCOMING_INTRO.search(intro) and _target(ctx):
        return [_target(ctx)]  # type: ignore[list-item]
    return []


def _stance(ctx: SentenceContext, m: _Mention, intro: str | None) -> str:
    if m.stance:
        return m.stance
    if m.mode == "deny":
        return "denied"
    intro = _last_clause(intro)
    if m.relative:
        return "speculated" if intro and _INTRO_HEDGE.search(intro) else "asserted"
    text = _masked(ctx)
    start = m.pred if m.pred >= 0 else m.pos
    if _denied_rumour(text, m.pos):
        return "denied"
    text = _blank_descriptions(text, start)
    left, right = clause_span(text, start, start + 1)
    if _NEG_HEDGE.search(text[max(0, left - 30) : right]):
        return "denied"
    found = stance_of(text, start, start + 1)
    if found == "asserted" and (_EXTRA_HEDGE.search(text[left:right]) or _WHETHER_BEFORE.search(text, 0, start)):
        found = "speculated"  # (and "There's no word on whether X, who played Y, will be back")
    if found == "asserted" and intro and _INTRO_HEDGE.search(intro):
        found = "speculated"
    return found


_INTRO_CLAUSES = re.compile(r",\s+(?:and|but|while)\s+|;\s*|\s+but\s+")


def _last_clause(intro: str | None) -> str | None:
    """The clause of a list's intro that introduces the list ("Most of the cast is expected to
    return, and Netflix has confirmed the following names:" -> the confirmation)."""
    if not intro:
        return intro
    return _INTRO_CLAUSES.split(split_sentences(intro)[-1])[-1]  # (its last sentence: the one with the colon)


# "Apple has denied that X is joining", "Rumours that X would return were shot down".
_DENIED_THAT = scan_faster(re.compile(
    r"\b(?:denied|dismissed|ruled\s+out|refuted|debunked)\s+(?:the\s+(?:rumou?rs?|reports?|claims?)\s+)?that\b[^.;]*$", re.I
))
_RUMOUR_THAT = re.compile(r"^\W*(?:The\s+)?(?:Rumou?rs?|Reports?|Claims?|Speculation|Talk)\s+that\b")
_RUMOUR_DENIED = scan_faster(re.compile(
    r"\b(?:(?:was|were|has\s+been|have\s+been)\s+(?:quickly\s+)?(?:shot\s+down|denied|dismissed|debunked|"
    r"squashed|quashed|refuted)|(?:proved|proven|turned\s+out\s+to\s+be)\s+(?:false|untrue|baseless))\b",
    re.I,
))
# ", the detective who cannot let go": a description of the character, not the claim's clause.
_DESCRIPTION_CLAUSE = re.compile(
    r",\s+(?:the|a|an|his|her|their)\s+[^;.]{0,60}?\b(?:who|whose|that|which)\b[^,;.]*"
    r"|,\s+whose\s+[^,;.]*(?=,\s*" + _SUBJECT_VERB + r"\b)"
)


def _denied_rumour(text: str, pos: int) -> bool:
    """The claim sits in a rumour the sentence denies."""
    if _DENIED_THAT.search(text[:pos]):
        return True
    return bool(_RUMOUR_THAT.match(text) and _RUMOUR_DENIED.search(text, pos))


def _blank_descriptions(text: str, start: int) -> str:
    """Blank the descriptive relative clauses after the claim's predicate (to the sentence's end
    when nothing but asides follows: "a local officer whose loyalties, in the grand tradition of
    the series, are not entirely clear")."""
    head, tail = text[:start], text[start:]

    def blank(d: re.Match[str]) -> str:
        rest = tail[d.end() :]
        if rest and not _CLAUSE_AFTER_DESCRIPTION.search(rest) and not _PREDICATE_AFTER_APPOSITION.match(rest):
            return " " * (len(d.group()) + len(rest))
        return " " * len(d.group())

    blanked = _DESCRIPTION_CLAUSE.sub(blank, tail)
    return head + blanked[: len(tail)]


# After a description of the subject, the subject's own verb: "X's Y, the kingpin who is still on
# the run, will likely be the villain again".
_PREDICATE_AFTER_APPOSITION = re.compile(
    r",\s*" + _SUBJECT_VERB + r"\b"
)
# After a description: another clause of the sentence, not an aside of the description.
_CLAUSE_AFTER_DESCRIPTION = re.compile(r",\s*(?:and|but|while|whereas|although|though|as|so)\b|;")  # (", but ...": "and serves" goes on describing)


def _masked(ctx: SentenceContext) -> str:
    """The sentence with names and titles blanked ("Kang No-eul" is no negation) and a reader's
    "if you can't wait" removed."""
    chars = list(ctx.text)
    spans = [(m.start, m.end) for m in ctx.show_mentions]
    spans += [(n.start, n.end) for n in find_names(ctx.text) if n.start > 0 or len(n.tokens) > 1]
    for start, end in spans:
        chars[start:end] = "X" * (end - start)
    return _READER_IF.sub(lambda mt: " " * len(mt.group()), "".join(chars))


# The patterns the finders of _find_mentions start from (the bracket finder aside).
_ANY_PAIR_CUES = either(_AS_WORD, _PLAY_VERB, _PLAYED_BY)
_ANY_FINDER_CUES = either(
    _AS_WORD,
    _PLAY_VERB,
    _PLAYED_BY,
    _BRACKETED_BY,
    _TALKS_WITH,
    _WHOSE_DESCRIPTION,
    _RECAST_OVER,
    _REPLACE,
    _OBJECT_TRIGGER,
    _STAR_BEFORE,
    _PRESENTER_AFTER,
    _PRESENTED_BY,
    *(pattern for _kind, pattern in _PREDICATES),
)
