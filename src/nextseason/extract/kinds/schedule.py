"""Schedule claims: premiere dates and windows, filming dates, episode counts.

Dates come from the dates module (``ctx.dates``); this module decides which of them are
premiere or filming dates, of which season (and part), with which stance. A date takes
the kind of the nearest trigger word before it in its clause ("premiered on", "filming
began in", "renewed on"), or of a noun right after it ("a late 2026 premiere").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from nextseason.domain.claims import Claim
from nextseason.domain.dates import bounds
from nextseason.extract.context import FIELD_SEP, SentenceContext
from nextseason.extract.cues import cue_groups, either, holds_cues, scan_faster
from nextseason.extract.dates import DateMention
from nextseason.extract.kinds.status import RELATED_LINK, title_free_dates
from nextseason.extract.lexicon import DATE_START
from nextseason.extract.seasons import (
    NUMBER_WORDS,
    ORDINALS,
    find_seasons,
    number_value,
    titled_seasons,
)
from nextseason.extract.stance import (
    clause_span,
    is_hedged,
    is_negatively_hedged,
    is_refuted,
    is_unconfirmed,
    mask_false_negations,
    stance,
    unreport_would,
)

PREMIERE = "premiere"
FILMING = "filming"
OTHER = "other"

_PREMIERE_TRIGGER = (
    r"premier(?:e|es|ed|ing)|releas(?:e|es|ed|ing)(?!\s+(?:(?:the|a|an|its|new|first|official|some|more|two|three)\s+)*"
    r"(?:stills?|images?|photos?|pictures?|trailers?|teasers?|posters?|key\s+art|clips?|footage|first[- ]looks?|synopsis|logline)\b)"
    r"|arriv(?:e|es|ed|ing)|drop(?:s|ped|ping)?"
    # "it could slip into 2027", "most people are pencilling in June", "HBO will only commit to summer 2026"
    r"|slip(?:s|ped|ping)?(?=\s+(?:into|to|until)\b)|pencil(?:l)?(?:s|ed|ing)?\s+in(?=\s+[A-Z0-9])|commit(?:s|ted)?\s+to(?=\s+(?:a\s+)?[\w-]*\s*\d{4})"
    r"|air(?:s|ed|ing)?|debut(?:s|ed|ing)?|land(?:s|ed|ing)?|return(?:s|ed|ing)?"
    # "When will season 3 come out? ... it won't be this summer": the season's arrival
    r"|(?<=\bit\s)(?:will|won['’]t|would|wouldn['’]t)\s+be(?=\s+(?:this|next|until|before|in)\s+(?:spring|summer|fall|autumn|winter|\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\b)"
    r"|(?:be|is|are|was|were)\s+(?:broadcast|screened|shown)(?=\s+(?:on|from|in|at|weekly)\b)"
    r"|stream(?:s|ed|ing)?|(?<!petition\s)(?<!campaign\s)(?<!website\s)(?<!podcast\s)launch(?:es|ed|ing)?|simulcast(?:s|ed|ing)?|bow(?:s|ed)?"
    r"|hit(?:s|ting)?\s+(?:screens|streaming|the\s+small\s+screen|the\s+(?:streamer|service|platform)|\w+\s+screens|(?-i:[A-Z])[\w+]*(?:\s+(?-i:[A-Z])[\w+]*)?)|(?:comes?|came|coming)(?:\s+out|\s+back)?(?!\s+(?:from|across)\b)"
    r"|(?:is|are|be|'s|'re|will\s+be|get|gets)\s+back|follow(?:s|ed)?|ready|(?<=to\s)broadcast|"
    # "is on the way to Netflix on July 4", "is on its way this fall"
    r"(?:is|are|be|['’]s|['’]re)\s+on\s+(?:its|the|their)\s+way(?=\s+(?:to|this|next|in|on|later|early|late)\b)|"
    r"(?:is|are|be|will\s+be)\s+(?:still\s+)?on\s+(?:our\s+|your\s+|tv\s+|television\s+)?screens|"
    # "Fans will have to wait until 2026 for the new season", "won't see it until late 2026"
    r"(?:have|has|had)\s+to\s+wait\s+until|(?:won[’']t|will\s+not)\s+(?:see|get)\s+(?:it|them|the\s+(?:new\s+)?(?:season|series|episodes))\s+until|(?:is|are|be|['’]s|['’]re)\s+out(?!\s+of\b)"
    r"|(?:is|are|be|becomes?|became|will\s+be)\s+available(?:\s+to\s+(?:stream|watch))?"
    r"|expected\s+(?:back|(?:in|on|by|around|before|between|sometime|this|next|later|early|late)\b)|due\s+(?:out|back)"
    r"|(?:pushed|delayed|postponed|moved|bumped)(?:\s+(?:it|them|back))?(?:\s+(?:all\s+the\s+way|even\s+further|further|again))?"
    r"\s+(?:to|until|into)"
    # "pushed back from its planned December 2026 release to spring 2027": a date follows "from"
    r"|(?:pushed|delayed|postponed|moved|bumped|shifted)(?:\s+(?:it|them|back))?"
    r"(?:\s+(?:its|the|their)\s+(?:[\w'’-]+\s+){0,2}?(?:season|series|premiere|release|debut|return))?\s+from"
    r"(?=\s+(?:(?:its|the|an?|original(?:ly)?|"
    r"planned|previous|earlier|scheduled)\s+)*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|"
    r"autumn|winter|early|late|mid|this|next|last|\d))"
    r"|expect(?:s|ing)?|aim(?:s|ing)?\s+for|slated|scheduled\s+for|set\s+for|targeting"
    # "has been confirmed by SBS for the second half of this year"
    r"|confirmed\s+(?:by\s+(?-i:[A-Z])[\w+&'’]*(?:\s+[\w+&'’]+){0,2}\s+)?for(?=\s+(?:the\s+)?" + DATE_START + r")"
    # "we would not count on new episodes before fall 2026"
    r"|count(?:ing)?\s+on(?=\s+(?:new\s+episodes|the\s+(?:new|next)\s+(?:season|series|episodes)|season\s+\w+|it|them)\b)"
    # "Heads to tvN and Netflix in 2027", "a teaser promises the new season next spring"
    r"|head(?:s|ed|ing)?\s+to(?=\s+\w)|promis(?:es|ed|ing)\s+(?:the\s+)?(?:new|next|second|third|fourth|fifth|final)\s+(?:season|series)"
    r"|close(?:s)?\s+out\s+(?:its|the|their)\s+run\s+with"
    r"|eye(?:s|ing)|tip(?:s|ped)?|pencil(?:l)?ed\s+(?:(?:the|its|it)\s+(?:[\w-]+\s+){0,2}?)?in"
    r"|kick(?:s|ed|ing)?\s+off|roll(?:s|ed|ing)?\s+out|(?:go|goes|went|going|gone)\s+live"
    # "Series 3 went out last autumn", "will go out on BBC One": a British broadcast
    r"|(?:go|goes|went|going|gone)\s+out(?!\s+(?:of|on\s+a\s+(?:high|limb)|with|for|to|and)\b)"
    r"|ends?\s+(?:its\s+run\s+)?with|(?:will\s+)?wrap(?:s)?\s+up\s+(?:its|the|their)\s+(?:story|run|saga|tale)\s+with|"
    r"(?:will\s+)?wrap(?:s)?\s+up\s+with\s+(?:its|a|the)\s+(?:[\w-]+\s+){0,3}?(?:season|series|chapter)|(?:ran|runs?|aired)(?=\s+from)|release\s+date|premiere\s+date"
    r"|(?:dated|re-?dated)(?=\s[^.;]{0,80}?\bfor\b)"
    r"|(?:has|have|had)\s+set(?=\s[^.;]{0,60}?\bfor\b)|(?:has|have|got|gets)\s+(?:a|its)\s+(?:release\s+)?window"
    r"|(?:began|begins|started|starts)\s+life|back(?=\s+(?:next|this|later)\b)"
    # "has pushed season 3 of the drama out of 2026": that year is off
    r"|(?:pushed|moved|bumped|knocked|kicked)(?=[^.;]{0,80}?\bout\s+of\s+(?:\d{4}|this\s+year|next\s+year)\b)"
    # "CBS brought it back last October for a second season"
    r"|(?:brought|brings|bring|bringing)\s+(?:it|them|the\s+(?:show|series|drama|comedy))\s+back(?=\s+(?:in|on|last|this|next)\b)"
    r"|(?:brings|bring|bringing|brought)\s+back(?=[^.;]{0,80}?\bfor\s+(?:its|a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:season|series)\b)"
    r"|(?:begins|began|begun|starts|started|opens|opened|(?<=\sto\s)(?:begin|start)|(?<=\swill\s)(?:begin|start))(?=\s+(?:its\s+(?:\w+\s+){1,3}?(?:season|series)\s+)?"
    r"(?:on|in|last|this|next|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d+)\b)"
    r"|(?:see|get|be\s+watching)(?=\s+(?:season|series|part|the\s+(?:\w+\s+)?(?:season|series|show)|it|them)\b)"
    # "have it out by the end of the year", "be able to watch the new series on BritBox later in
    # the spring", "that would put it in July", "our money's on February"
    r"|(?:have|get|put)\s+(?:it|them)\s+out|put(?:s|ting)?\s+(?:it|them)(?=\s+(?:in|on|at|around)\b)"
    r"|(?:be\s+able\s+to|can|will|get\s+to)\s+(?:watch|stream|catch)|money(?:['’]?s|\s+is)\s+on|(?:bet(?:ting)?|banking)\s+on"
)
_FILMING_TRIGGER = (
    r"film(?:ing|ed)|(?:to|will|would|could|begin|began|start|started|starts)\s+film"
    r"|(?<!\ba\s)(?<!\blong\s)(?<!\bbig\s)(?:shoot(?:ing|s)?|shot)(?!\s+(?:down|up|to\s+fame)\b)"
    r"|cameras?|principal\s+photography|wrap(?:ped|s|ping)(?!\s+(?:up\s+)?(?:its|the|their)\s+(?:[\w-]+\s+){0,2}(?:run|broadcast|airing)\b)"
    # ("Stranger Things wraps up with its fifth season later this year": the story ends)
    r"(?!\s+up\s+with\s+(?:its|a|the)\s+(?:[\w-]+\s+){0,3}?(?:season|series|chapter)\b)"
    # ("wrapped its third season last month with a finale that ...": the broadcast ended)
    r"(?!\s+(?:up\s+)?(?:its|the|their)\s+(?:[\w-]+\s+){0,2}(?:season|series)\b[^.;]{0,40}?\bwith\s+(?:an?|its|the)\s+(?:[\w-]+\s+){0,2}?(?:finale|episode|cliffhanger)s?\b)"
    # ("wraps up May 13 with an episode that ...": the broadcast ends)
    r"(?!\s+up\b[^.;]{0,40}?\bwith\s+(?:an?|its|the)\s+(?:[\w-]+\s+){0,3}?(?:episode|finale|cliffhanger)s?\b)"
    r"|(?:(?<=\bto\s)|(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bcould\s)|(?<=\bshould\s)|(?<=\bmight\s)"
    r"|(?<=\bmay\s))wrap"
    r"|(?:start|begin|began|beginning|end|into|in|started|starts|begins|entered|enters)\s+(?:of\s+)?production"
    r"|(?<!-)production(?=(?:\s+(?:on|of|for)\s+[^,.;]{0,40}?)?\s+(?:(?:officially|finally|already|reportedly|now|also|"
    r"likely|probably|then|soon)\s+)?"
    r"(?:began|begins|begin|started|starts|start|kicked|kicks|wrapped|wraps|resumed|resumes|is\s+set|is\s+slated|is\s+scheduled|is\s+due|"
    r"will|was\s+(?:set|scheduled)|got\s+underway|gets\s+underway|is\s+underway|took\s+place|ran|runs|run(?=\s+from)|"
    r"(?:set|slated|scheduled|due|expected)\s+to\s+(?:begin|start|kick\s+off|get\s+underway|commence)))"
)
_OTHER_TRIGGER = (
    r"(?:finish(?:ed|es)?|stopped|end(?:ed|s)?|conclud(?:ed|es))\s+(?:its\s+run|airing|streaming|broadcasting)|"
    # "wrapped up its 16-episode run on Feb. 22": the broadcast ended, no shoot
    r"wrap(?:ped|s)?\s+(?:up\s+)?(?:its|the|their)\s+(?:[\w-]+\s+){0,2}(?:run|broadcast|airing)\b|"
    r"renew\w*|announc\w*|confirm\w*|reveal\w*|order(?:ed|s)?|report(?!edly)\w*|present\w*|said|says|"
    r"told|tells|shared|posted|teas(?:ed|es)|unveil\w*|cancel\w*|green-?lit|picked\s+up|signed|"
    r"line-?up|slate|event|strikes?|born|died|published|seriali[sz]ed|interview\w*|joined|cast\b|"
    r"casting|trailer|teaser|poster|finale|"
    # a shoot that stops is no date of filming: "cameras stopped rolling on April 9"
    r"(?:stopped|stops)\s+rolling|halt(?:ed|s)?|paus(?:ed|es)|suspend(?:ed|s)|shut\s+down"
)
_TRIGGERS = re.compile(
    rf"\b(?:(?<!-)(?P<premiere>{_PREMIERE_TRIGGER})|(?P<filming>{_FILMING_TRIGGER})|(?P<other>{_OTHER_TRIGGER}))\b",
    re.I,
)
# "landed a role", "dropped out": the verb is not about a release.
_NOT_RELEASE_AFTER = re.compile(
    r"^\s+(?:out\b|(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+)?(?:role|part|deal|spot|nomination|job|gig|award))"
    # "which airs its last episode on June 28": the run ends; "moved to Fridays in February": a slot
    r"|^\s+(?:its|the|their)\s+(?:last|final|series|season)\s+(?:episodes?|finale)\b"
    r"|^\s+(?:back\s+)?to\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days\b",
    re.I,
)
_PROMO_BEFORE = re.compile(
    r"\b(?:reel|trailer|teaser|poster|clip|featurette|promo|images?|photos?|stills?|first\s+look|key\s+art)s?,?\s+(?:\w+\s+)?$", re.I
)
_WEEKDAYS_AFTER = re.compile(r"\s*(?:mon|tues|wednes|thurs|fri|satur|sun)days\b", re.I)
# "kicked off the week by picking up ...": the week starts, no season; "kicked off this one in
# September", "kicked off the rumour mill": talk starts, no season.
_KICKED_OFF_TIME = re.compile(
    r"\s+(?:(?:the|its|their|this)\s+(?:week|day|weekend|month|year|festivities|event|panel|conference|celebrations?)|"
    r"(?:this|that)\s+one|(?:the|a|this|that|all\s+the|fresh|new)\s+(?:(?:latest|whole|online)\s+)?"
    r"(?:rumou?rs?(?:\s+mill)?|speculation|theory|theories|buzz|debate|frenzy|chatter|talk|conversation|campaign|hype))\b",
    re.I,
)
_STARTS = re.compile(r"kick|roll|go|went|begin|began|begun|start|open|slated|scheduled|expected|set|due", re.I)
# "Series 4 begins on Sunday", "Marlow Heights also begins its third series on ...": a season
# (or show) that begins, not a shoot or anything else.
_SEASON_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?i:season|series|run|show|drama|it|one)|\b(?i:season|series)\s+\w+|(?<=[\w,] )[A-Z][\w'’]*)"
    r"(?:\s+(?:also|officially|finally|now|will|then|had|has|have))*"
    r"(?:\s+(?:is|was|are|were)\s+(?:set|expected|due|scheduled|slated|supposed)\s+to)?\s+$",
)
_PRODUCTION_BEFORE = re.compile(
    r"\b(?:filming|shooting|production|photography|cameras?|shoot)\b[^,.;]{0,45}$", re.I
)
# "follows a family", "follows Nick": the plot, not a release.
_FOLLOW_OBJECT = re.compile(
    r"^\s+(?:(?-i:[A-Z])|(?:a|an|the|his|her|their|its|up|in\s+the\s+footsteps)\b)", re.I
)
# Nouns between the trigger and the date that make it about something else.
_NOT_SEASON_OBJECT = re.compile(
    r"\b(?:news|trailer|teaser|announcement|update|updates|word|details|information|film|movie|renewal|decision|answer|"
    r"verdict|ruling|plus|name|logo|branding|price|prices|ads)\b"
    # "After that came a long break in 2021" (but "came back from a long break in 2021" is a return)
    r"|(?<!from\s)\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:break|hiatus|pause|gap|wait)\b"
    # the source work or merchandise: "launched the light novel series in 2017", "the 14th volume"
    r"|\b(?:novels?|manga|volumes?|books?|chapters?|albums?|singles?|comics?|webtoons?|games?|issues?|"
    r"magazines?|soundtracks?|blu-?rays?|dvds?)\b(?!\s+(?:adaptation|anime))"
)
_MAX_GAP_WORDS = 12
# A noun right after the date: "a late 2026 premiere", "among its Q4 2025 releases".
_NOUN_AFTER = re.compile(
    r"^,?\s*(?:season\s+|series\s+)?(?:premieres?|releases?|debut|return|launch|bow|slot|window|"
    r"(?:release\s+|premiere\s+)?date(?=\s+(?:is|was|would|seems|looks|sounds)\b)"
    # "points to an April start on TOKYO MX": a broadcast's start, where it airs named after
    r"|start(?=\s+on\s+(?-i:[A-Z])\w))\b"
    # "the first half of next year is the realistic target"
    r"|^\s+(?:is|looks|seems)\s+(?:like\s+)?(?:the|a|our)\s+(?:[\w-]+\s+)?(?:target|bet|window|goal|guess)\b"
    # "spring 2028 is more realistic", "Late 2028 sounds far more likely to us": a guess at the date
    r"|^\s+(?:is|looks|seems|sounds|feels)\s+(?:far\s+|much\s+|a\s+lot\s+)?(?:more\s+|most\s+)?(?:realistic|likely|plausible|probable)\b",
    re.I
)
# Words right before a date that make it something other than the release of the season.
_BLOCK_BEFORE = re.compile(
    r"(?:\buntil|\btill|\bthrough|\bthru|\bfinale,?(?:\s+\w+)?|\brather\s+than(?:\s+in|\s+on)?|\binstead\s+of|\bunlike"
    r"|\bmatch(?:es|ing)?(?:\s+\w+){0,2}|\bcompared\s+(?:to|with)|\bsince\s+the\s+end\s+of|\bwait"
    r"|\b(?:biggest|largest|highest|best|strongest|lowest|worst|most\s+\w+)\b[^,.;]{0,60}\bsince"
    r"|\b(?:best|top|biggest|greatest|buzziest|most\s+\w+)\s+(?:[\w-]+\s+){0,3}?of)\s*$",  # "one of the best new dramas of 2024"
    re.I,
)
_SINCE_END = re.compile(r"\bsince\s*$", re.I)
_OTHER_WORK_BEFORE = re.compile(
    r"\b(?:series|film|movie|drama|miniseries|sitcom|thriller|comedy|docuseries)\s+((?:[A-Z][\w'’-]*\s+){1,5})(?:in|from)\s+$"
)
_RETURNS_AS_AFTER = re.compile(r"\s+as\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[a-z][\w-]*\s+){0,2}?[A-Z]")
_PERSONS_BEFORE = re.compile(r"\b(?:her|his)\s+(?:[\w-]+\s+)?$", re.I)
# What a date in the same clause is not the release of a show by: a film's cinema run, a
# person's military service or tour.
_NOT_A_SHOW_RELEASE = re.compile(
    r"\b(?:theaters|theatres|cinemas|theatrical(?:ly)?|box\s+office|big\s+screen|enlistment|enlisting|military\s+service|"
    r"discharge|wedding|concert\s+tour|world\s+tour|album|images|photos|stills|image\s+library|screeners|tickets)\b",
    re.I,
)
# "will also star in the JTBC drama "Winter Persimmon," which premieres November 2": a quoted
# title that is not the sentence's show, and its own release in a clause after it.
_QUOTED_OTHER_WHICH = re.compile(r"[\"“‘']([A-Z][^\"“”‘’]{1,50}?),?[\"”’'],?\s+(?:which|that)\s+[^,;]{0,40}$")


def _no_show_release(ctx: SentenceContext, date: DateMention) -> bool:
    left, right = clause_span(ctx.text, date.start, date.end)
    if _NOT_A_SHOW_RELEASE.search(ctx.text, left, right):
        return True
    which = _WHICH_CLAUSE_START.search(ctx.text, max(0, left - 12), left) if ", " in ctx.text[:left] else None
    if which is not None and _NOT_A_SHOW_RELEASE.search(ctx.text, max(0, which.start() - 60), which.start()):
        return True  # "on the big screen in Avengers: Doomsday, which ... is dated for December 2026": the film's
    other = _QUOTED_OTHER_WHICH.search(ctx.text, 0, date.start)
    if other is None:
        return False
    named = [m for m in ctx.show_mentions if other.start(1) <= m.start < other.end(1)]
    return not any(m.title == ctx.show for m in named)


_WHICH_CLAUSE_START = re.compile(r",\s+(?:which|that)\s*$")


# "has been delayed (all the way) until 2025": the new date, not an end
_DELAYED_UNTIL = re.compile(r"\b(?:pushed|delayed|postponed|moved|bumped)(?:\s+(?:\w+\s+){0,3}?)?\s*until\s*$", re.I)
_NOT_UNTIL = re.compile(
    r"(?:\bnot|n't|n’t)\s+(?!(?:have|has|need)\s+to\s+wait\b)(?:\w+\s+){0,5}until\s*$"
    r"|(?<!not\s)(?<!n't\s)(?<!n’t\s)\b(?:have|has|had)\s+to\s+wait\s+until\s*$",
    re.I,
)  # ("won't see the new season until late 2026", "will have to wait until 2026": then, not before)
# "than", "ago", and a date that names the finale ("through the Aug. 19 finale").
_BLOCK_AFTER = re.compile(r"^\s*(?:than|ago\b|(?:season\s+|series\s+)?finale\b)", re.I)
# A subject near the trigger that is not the show's season.
_NOT_SEASON_SUBJECT = re.compile(
    r"\b(?<!-)(?:film|movie|feature|news|trailer|teaser|poster|announcement|finale|book|novel|manga|webtoon|"
    r"comic|webcomic|game|chapter|album|song|soundtrack|report|interview|clip|footage|decision|verdict|answer|"
    r"(?:final|last|latest|next)\s+episode|special|projects?|breakout|big\s+break|role|stint|career|play|musical|"
    r"podcast|tour|photos?|images?|stills|pictures|pics|renewal|cancell?ation)\b(?!\s+(?:series|episodes))"
    # "its final two episodes will stream next month": the end of a season on air, no premiere
    r"|\b(?:final|last|remaining)\s+(?:two|three|four|five|six|\d)\s+episodes\b"
    r"|\bI(?:['’](?:ll|m|d))?(?:\s+(?:won['’]t|will|would|wouldn['’]t|can['’]t|cannot|am|not|never|be|definitely|"
    r"probably|certainly))*\s*$"  # "I won't be back in the barn this year": a person's own plans
    # (not one other show the article names: "HBO's other period drama, The Gilt Cage, returns on Sept. 14")
    r"|\b(?i:other)\s+(?:[\w-]+\s+)?(?i:shows?|series|dramas?|k-dramas?|anime|titles?|releases|returns)\b(?!,\s+x+,)"
    r"|\b(?:usually|typically|normally|generally|traditionally)\b"
)
# "Her drama X premiered": a person's other work, unless X is a show the article reports on.
_OWN_WORK = re.compile(
    r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,3}(?:drama|series|show|sitcom|anime|thriller)\b", re.I
)
_GAPPED_SEASON = re.compile(
    r"\s*[,;]?\s*(?:and\s+|then\s+|while\s+|with\s+)?(?:(?:season|series)\s+(?:\d{1,2}|one|two|three|four|five|six|"
    r"seven|eight|nine|ten)|the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:\s+(?:season|series))?)"
    r"\s+(?:on|in|at|during|from)\s+(?:the\s+)?",
    re.I,
)
_CONNECTOR = re.compile(
    r"^\s*,?\s*(?:possibly|probably|perhaps|maybe|likely)\s+(?:in\s+time\s+for\b[^,;.]{0,40})\s*$|"
    r"^\s*(?:,|and|or|,\s*and|,\s*or|,\s*on|,?\s*(?:possibly|probably|perhaps|maybe|likely|or\s+even|"
    r"if\s+not|or\s+maybe)(?:\s+(?:around|in|on|by|as\s+early\s+as))?)\s*(?:on|in)?\s*$",
    re.I,
)
# Speculation about a bare date: "2024 sounds more realistic", "we would not bet against 2027".
_LOOSE_AFTER = re.compile(
    r"^\s*(?:is|was|sounds|seems|looks|would|could|might|may|feels)\b[^,.;]{0,30}?"
    r"\b(?:realistic|likely|likeliest|possible|plausible|surprise|better|safer|probable|best\s+bet|"
    r"favou?rite|front-?runner)",
    re.I,
)
_LOOSE_BEFORE = re.compile(
    r"(?:\bhint(?:s|ed)?\s+at[\s\"“‘']*|\bbet\s+(?:against|on)|\bguess\s+is(?:\s+that)?|\bpoint(?:s|ing)?\s+to|\btipped\s+for|\beyeing"
    r"|\b(?:we|I)['’]d\s+(?:say|guess|predict|expect)|\b(?:we|I)\s+(?:would|will)\s+(?:say|guess|predict))\s*$",
    re.I,
)
# "Paramount hasn't announced the exact premiere date, but it will likely be in late June": the
# date the pronoun stands for, in the next clause.
_DATE_IT_BE = re.compile(
    r"\b(?:release|premiere|air|launch|return|debut)\s+date\b[^.;]{0,80}?,\s*(?:(?:but|and|so|though)\s+)?(?:it|that)\s+"
    r"(?:will|would|could|should|might|may|is\s+(?:likely|expected)\s+to)\s+(?:(?:likely|probably|possibly|most\s+likely)\s+)?"
    r"be\s+(?:(?:in|on|around|by|sometime\s+in|some\s+time\s+in)\s+)?$",
    re.I,
)
_SEASON_GUESS = re.compile(
    r"\b(?:season|series)\s*,?\s+(?:perhaps|maybe|possibly|probably|likely)\s+(?:in\s+|by\s+|around\s+)?$", re.I
)
_RELEASE_HEADING = re.compile(r"release|premiere|come out|coming|return|air|when\b|date", re.I)
_NEW_SEASON = re.compile(
    r"\b(?:new|next|upcoming|coming|latest)\s+(?:episodes|season|series|run|instal?lment|batch)\b"
    r"|\bthis\s+(?:(?:final|new|latest|coming|upcoming)\s+)?(?:season|series|run)\b",
    re.I,
)
_ORD_ALONE = re.compile(
    r"\b(?:the|its)\s+("
    + "|".join(w for w in ORDINALS if w.isalpha())
    + r")\s+(?=(?:followed|follows|arrived|arrives|premiered|premieres|debuted|debuts|dropped|drops"
    r"|landed|lands|aired|airs|came|comes|hit|hits|launched|launches|bowed|bows)\b)",
    re.I,
)
_ORD_ALONE_CUES = cue_groups(_ORD_ALONE)
_PART = re.compile(r"\b(?:part|volume|vol\.)\s+(\d|one|two|three|four|i{1,3}|iv)\b", re.I)
# A part right before its date: "Part 1 on June 5", "with Volume 2 following on June 4".
_PART_ON = re.compile(
    _PART.pattern + r"\s+(?:(?:following|arriving|dropping|landing|coming|streaming|premiering|releasing|out|"
    r"will\s+follow|follows|arrives|drops|lands)\s+)?(?:on|in)\s+$",
    re.I,
)
_ORDINAL_PART = re.compile(r"\b(first|second|third|fourth)\s+(?:cour|part|volume|batch)\b", re.I)
_PART_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}
_ENUM_SEASONS = re.compile(
    r"\b(?:the|all|its)\s+(?:first\s+)?(two|three|four|five|six|\d)\s+seasons\b", re.I
)
_PAST = re.compile(
    r"(?:\w+ed|came(?:\s+out|\s+back)?|went\s+out|hit|ran|simulcast|drop(?:ped)?|bowed)$|^(?:ran|aired)\s+from",
    re.I,
)
_NOT_PAST = re.compile(
    r"^(?:expected|scheduled|slated|set|(?:delayed|postponed|pushed|moved|bumped)(?:\s+\w+)?\s+(?:to|until|into))\b",
    re.I,
)
_EXTRA_HEDGE = re.compile(
    r"\b(?:hint(?:s|ed|ing)?|suggest(?:s|ed|ing)?|rumou?r(?:s|ed)?|maybe|sources|eye(?:s|ing)|tip(?:s|ped)?|whether|goal|plan(?:s|ned)?|target(?:s|ed|ing)?|aim(?:s|ing)?|hop(?:e|es|ing))\b",
    re.I,
)
_WRONG_AFTER = re.compile(
    r"\b(?:turned\s+out\s+to\s+be|proved(?:\s+to\s+be)?|was|were|is|are)\s+(?:completely\s+|totally\s+)?"
    r"(?:wrong|false|untrue|incorrect|inaccurate|debunked)\b",
    re.I,
)
_NEG = re.compile(r"\b(?:not|no|never|neither|nor|cannot|yet\s+to|no\s+longer)\b|n't\b|n’t\b", re.I)
_NEG_ABSORBED = re.compile(
    r"(?:\bnot|n't|n’t)\s+(?:\w+\s+){0,3}?(?=(?:whether|if)\b)|"
    r"(?:\bnot|n't|n’t|\bnever)\s*(?:\w+\s+){0,5}?(?=(?:until|before|till)\b)|(?:do|does|did|would)\s*(?:not|n't|n’t)\s+(?=expect)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class _Trigger:
    kind: str
    start: int
    end: int
    word: str


def extract(ctx: SentenceContext) -> list[Claim]:
    if RELATED_LINK.match(ctx.text):  # "Read more: Every fantasy series returning in 2026"
        _remember_season(ctx)
        return []
    dated = _in_order(ctx, _date_claims(ctx))
    claims = dated + _null_filming(ctx)
    claims += _episode_claims(ctx, dated) + _compared_counts(ctx)
    _remember_season(ctx)
    return claims


# "Seasons 2 and 3 both arrived just before Christmas, on December 22, 2021 and December 21, 2023":
# two seasons and two days, told in the same order.
_TWO_SEASONS = re.compile(
    r"\b(?:seasons|series)\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:and|&)\s+"
    r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.I,
)


def _in_order(ctx: SentenceContext, claims: list[Claim]) -> list[Claim]:
    """Premieres of two seasons the sentence names together, on two days it names in the same
    order: the first day is the first season's, the second the second's (and nothing else is
    either's)."""
    pair = _TWO_SEASONS.search(ctx.text) if "and" in ctx.text or "&" in ctx.text else None
    if pair is None:
        return claims
    seasons = [number_value(n) or 0 for n in pair.groups()]
    days = [d for d in ctx.dates if d.start > pair.end() and len(d.value) == 10 and not d.open_end]
    ours = [c for c in claims if c.kind == PREMIERE and c.season in seasons and c.show == ctx.show]
    if len(days) != 2 or days[0].value == days[1].value or seasons[0] == seasons[1]:
        return claims
    if not {(s, d.value) for s in seasons for d in days} <= {(c.season, c.value) for c in ours}:
        return claims  # (each season with each day is how they come when nothing else pairs them)
    kept = {(seasons[0], days[0].value), (seasons[1], days[1].value)}
    return [c for c in claims if c not in ours or (c.season, c.value) in kept]


_MEMO = "schedule.last_season"
_BLOCK_MEMO = "schedule.block_season"
# "HBO has not dated that season, which is tipped to arrive in late 2025"
_THAT_SEASON = re.compile(r"\b(?:that|this|the\s+same)\s+(?:season|series|instal?lment)\b", re.I)


def _referred_season(ctx: SentenceContext, pos: int) -> tuple[int, str] | None:
    """The season and show "that season" before ``pos`` points back to: the last one the
    paragraph named, when this sentence names none."""
    last = ctx.doc.memo.get(_BLOCK_MEMO)
    if not last or last[0] != ctx.sentence.block.index or _season_mentions(ctx):
        return None
    if not _THAT_SEASON.search(ctx.text[:pos]):
        return None
    return int(last[1]), str(last[2])
_PRONOUN_SUBJECT = re.compile(r"^(?:It|This|That|The\s+(?:season|series|run|new\s+season))\b")


# "No timing has been set for season 10. ... we would expect it in the second half of next year."
_IT_OBJECT = re.compile(r"\b(?:expect|see|get|have|want|watch|catch)\s+it\b")


def _remember_season(ctx: SentenceContext) -> None:
    """The season this sentence is about, for a next sentence that starts with "It" or "The season"."""
    mentions = _season_mentions(ctx)
    numbers = list(dict.fromkeys(n for _p, n in mentions))
    memo = ctx.doc.memo
    if mentions:
        pos, number = mentions[-1]
        memo[_BLOCK_MEMO] = (ctx.sentence.block.index, number, _show_for(ctx, pos))
    if len(numbers) == 1 and (mentions[0][0] < 20 or len(ctx.text) < 60):  # (a short sentence is about it)
        memo[_MEMO] = (ctx.sentence.block.index, numbers[0], ctx.sentence.index)
    elif numbers or ctx.sentence.block.index != memo.get(_MEMO, (-1, None))[0]:
        memo.pop(_MEMO, None)
    elif any(m.title != ctx.doc.main for m in ctx.show_mentions):
        memo.pop(_MEMO, None)  # "... is Lanterns, the Green Lantern drama. It is set to premiere ...": not the season before


def _pronoun_season(ctx: SentenceContext) -> int | None:
    """ "Season 2 landed on May 3. It had six episodes.": the season of the previous sentence."""
    last = ctx.doc.memo.get(_MEMO)
    if not last or last[0] != ctx.sentence.block.index:
        return None
    just_before = last[2] == ctx.sentence.index - 1
    if not (_PRONOUN_SUBJECT.match(ctx.text) or (just_before and _IT_OBJECT.search(ctx.text))):
        return None
    return int(last[1])


# --------------------------------------------------------------------------- dates


_TRIGGER_SEARCH = scan_faster(_TRIGGERS)  # the same matches, found faster


_UP_AFTER = re.compile(r"\s+up\b")
_SHOOT_WORD = re.compile(r"\b(?:film(?:ing|ed|s)?|shoot\w*|shot|cameras?|production|photography|unit|set)\b", re.I)


def _triggers(text: str) -> list[_Trigger]:
    out: list[_Trigger] = []
    for m in _TRIGGER_SEARCH.finditer(text):
        kind = m.lastgroup or OTHER
        if kind == PREMIERE and _NOT_RELEASE_AFTER.match(text[m.end() :]):
            kind = OTHER
        if kind == PREMIERE and m.group(0)[:4].lower() == "kick" and _KICKED_OFF_TIME.match(text, m.end()):
            kind = OTHER
        if kind == PREMIERE and m.group(0).lower().startswith(("releas", "drop")) and _PROMO_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            kind = OTHER  # "a sizzle reel released at the end of March": a promo's release, no season's
        if kind == PREMIERE and _WEEKDAYS_AFTER.match(text, m.end()):
            kind = OTHER  # "was briefly moved to Fridays in February": a time slot, no season
        if (
            kind == PREMIERE
            and _STARTS.match(m.group(0))
            and _PRODUCTION_BEFORE.search(text[max(0, m.start() - 60) : m.start()])
        ):
            kind = FILMING  # "Filming kicked off in March": the shoot starts, not the season
        if (
            kind == PREMIERE
            and m.group(0).lower().startswith(("begin", "began", "begun", "start", "open"))
            and not m.group(0).lower().endswith("life")
            and not _season_subject_before(text, m.start())
        ):
            kind = OTHER  # "Things started in 2019": no season begins
        if (
            kind == PREMIERE
            and m.group(0).lower().startswith("follow")
            and _FOLLOW_OBJECT.match(text[m.end() :])
        ):
            kind = OTHER  # "follows a family", "follows Nick and Charlie"
        if kind == PREMIERE and m.group(0).lower().startswith("debut") and _PERSON_DEBUT.search(text, max(0, m.start() - 40), m.start()):
            kind = OTHER  # "Jang Woo-bin, who made his debut in 2019": a person's first role
        if kind == FILMING and m.group(0).lower() in ("wrapped", "wraps") and _UP_AFTER.match(text, m.end()) and not _SHOOT_WORD.search(text):
            kind = OTHER  # "Fallout wrapped up its second season", "the season wraps up Aug. 10": the broadcast ends
        out.append(_Trigger(kind, m.start(), m.end(), m.group(0)))
    return out


# "Marvel dropped Majors in December 2023": a release verb whose object is a name, not a show's
_NAMED_OBJECT = re.compile(
    r"\s+(?!(?:Season|Series|Part|Volume|Episode|The|Its|All|Both|Chapter|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
    r"Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\b)[A-Z][a-z][\w'’-]*\b"
)


def _drops_a_name(ctx: SentenceContext, trig: _Trigger) -> bool:
    if not trig.word.lower().startswith(("drop", "axe", "fire")):
        return False
    named = _NAMED_OBJECT.match(ctx.text, trig.end)
    return named is not None and not any(m.start <= named.end() - 1 < m.end for m in ctx.show_mentions)


# ", which adapts Mick Herron's London Rules, " right before the verb: a relative aside
_RELATIVE_ASIDE_BEFORE = re.compile(r",\s+(?:which|that|who)\s+[^,;()]{1,100},\s*$")


def _season_subject_before(text: str, pos: int) -> bool:
    """A season (or show) is the subject of the verb at ``pos``, past a relative aside."""
    aside = _RELATIVE_ASIDE_BEFORE.search(text, max(0, pos - 110), pos) if ", " in text else None
    if aside is None:
        return bool(_SEASON_SUBJECT_BEFORE.search(text, max(0, pos - 40), pos))
    return bool(_SEASON_SUBJECT_BEFORE.search(text[max(0, aside.start() - 40) : aside.start()] + " "))


_PERSON_DEBUT = re.compile(
    r"\b(?:made|makes|making|make)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}$|\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}$", re.I
)


_FOR_SEASON_AFTER = re.compile(
    # (and "will return in spring 2026 with its fifth and final season")
    r"\s+with\s+(?:its|their)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth)\s+(?:and\s+(?:final|last)\s+)?(?:season|series)\b"
    r"|\s*,?\s+(?:as\s+(?:the|its)\s+(?:[\w-]+\s+)?date\s+)?for\s+(?:(?:a|an|its|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|\d{1,2}(?:st|nd|rd|th))\s+(?:and\s+(?:final|last)\s+)?(?:season|series|run)"
    r"|(?:season|series)\s+\d{1,2})\b",  # ("set Jan. 14 as the premiere date for season 2")
    re.I,
)
_FRONTED_CONDITION = re.compile(r"(?:Should|Were|Unless|If)\s+[^,;]{3,80},\s+")
_DATED_ENTRY = re.compile(r"\s*(?:[:–—]|-(?=\s))\s*")
_ENTRY_BREAK = re.compile(r"[.;,]")


def _date_claims(ctx: SentenceContext) -> list[Claim]:
    text = ctx.text
    # Triggers only matter for the sentence's dates: without dates, skip the search.
    dates = title_free_dates(ctx)
    triggers = [t for t in _triggers(text) if not _inside_date(t, dates) and not _drops_a_name(ctx, t)] if dates else []
    chosen: list[tuple[DateMention, str, _Trigger | None]] = []
    started: list[tuple[DateMention, _Trigger]] = []  # "We started in March": a start, of what the sentence says later
    if _bare_heading(ctx):
        return []
    for i, date in enumerate(dates):
        if (
            chosen
            and chosen[-1][0] is dates[i - 1]
            and _CONNECTOR.match(text[dates[i - 1].end : date.start])
        ):
            chosen.append((date, chosen[-1][1], chosen[-1][2]))
            continue
        if chosen and chosen[-1][0] is dates[i - 1] and _GAPPED_SEASON.fullmatch(text, dates[i - 1].end, date.start):
            # "season one launched on November 9, 2020, season two on August 1, 2022": the verb
            # left out after the next season is the first one's
            chosen.append((date, chosen[-1][1], chosen[-1][2]))
            continue
        condition = _FRONTED_CONDITION.match(text)
        if condition and date.start >= condition.end():
            # "Should filming slip, early 2029 looks more realistic": the condition's verb is not the date's
            kind, trig = _classify(ctx, date, [t for t in triggers if t.start >= condition.end()], dates[:i])
        else:
            kind, trig = _classify(ctx, date, triggers, dates[:i])
        if kind is None and _PART_ON.search(text, 0, date.start):
            # "released in two parts: Part 1 on June 5 and Part 2 on July 10": the sentence's release verb
            kind = PREMIERE
            trig = next((t for t in reversed(triggers) if t.kind == PREMIERE and t.end <= date.start), None)
        if kind is None and _DATE_IT_BE.search(text, 0, date.start):
            kind, trig = PREMIERE, None  # "hasn't set a premiere date, but it will likely be in June"
        if kind is None and _AS_THE_DATE_AFTER.match(text, date.end):
            kind, trig = PREMIERE, None  # "Hulu has set Thursday, Jan. 14 as the premiere date for season 2"
        if kind is None and _LOOSE_BEFORE.search(text, 0, date.start) and _loose(ctx, date, triggers):
            kind, trig = PREMIERE, None  # "If filming starts in the fall, we'd say late 2027 at the earliest"
        if kind is None and date.start <= 1 and _DATED_ENTRY.match(text, date.end):
            # a timeline's entry: "June 16th, 2025 – Cameras roll in North Yorkshire"
            first = next((t for t in triggers if t.start >= date.end), None)
            if first is not None and first.kind in (PREMIERE, FILMING) and not _ENTRY_BREAK.search(text, date.end, first.start):
                kind, trig = first.kind, first
        if kind == PREMIERE and _SINCE_END.search(text, 0, date.start):
            kind, trig = None, None  # "has streamed on Netflix since June": available since, not released
        other = _OTHER_WORK_BEFORE.search(text, 0, date.start) if kind == PREMIERE else None
        if other and not any(other.start(1) <= m.start < other.end(1) for m in ctx.show_mentions):
            kind, trig = None, None  # "the lead in the Netflix limited series The Orchard in 2021": another work's year
        if kind == PREMIERE and trig is not None and trig.word.lower().startswith("return") and (
            _PERSONS_BEFORE.search(text, 0, trig.start) or _RETURNS_AS_AFTER.match(text, trig.end)
        ):
            kind, trig = None, None  # "confirmed her return in June", "X returns as Sophie": a player's return
        if kind == PREMIERE and _no_show_release(ctx, date):
            kind, trig = None, None  # "slated for theaters in 2027", "his enlistment date has been pushed to 2028"
        if kind in (None, OTHER) and any(k == FILMING for _d, k, _t in chosen):
            # (the end of the shoot begun, whatever verb came between: "was shut down for months
            # ... and did not wrap until 2021")
            end = _shoot_end(text, date)
            kind, trig = (FILMING, end) if end is not None else (kind, trig)
        if kind in (PREMIERE, FILMING):
            chosen.append((date, kind, trig))
        elif kind == OTHER and trig is not None and _BARE_START.fullmatch(trig.word):
            started.append((date, trig))
    if started and chosen:
        chosen = _started_shoots(text, started, chosen)
    chosen = _drop_appositions(text, chosen) + _replaced_dates(ctx, dates, chosen)
    claims: list[Claim] = []
    for idx, (date, kind, trig) in enumerate(chosen):
        claims.extend(_build(ctx, date, kind, trig, chosen, idx))
    return _join_start_and_wrap(claims, chosen, text)


_BARE_START = re.compile(r"(?:started|began|begun|kicked\s+off)", re.I)
_AND_WRAPPED = re.compile(r"\s+and\s+(?:then\s+|finally\s+)?(?:wrapped|finished|ended)\b", re.I)


def _started_shoots(
    text: str, started: list[tuple[DateMention, _Trigger]], chosen: list[tuple[DateMention, str, _Trigger | None]]
) -> list[tuple[DateMention, str, _Trigger | None]]:
    """ "We started in the first week of March and wrapped in early July": the start of the
    shoot whose wrap follows ("and wrapped" right after the start's date)."""
    out = list(chosen)
    for date, trig in started:
        wrap = _AND_WRAPPED.match(text, date.end)
        if wrap and any(kind == FILMING and t is not None and wrap.start() <= t.start < wrap.end() for _d, kind, t in chosen):
            out.append((date, FILMING, trig))
    return sorted(out, key=lambda item: item[0].start)


_AS_THE_DATE_AFTER = re.compile(
    r"\s*,?\s*as\s+(?:the|its)\s+(?:official\s+)?(?:premiere|release|launch|debut|return)\s+date\b", re.I
)
_WRAP = re.compile(r"wrap|finish|complet|end|through|until|till|final|last", re.I)
# "(the shoot) didn't wrap until": the end of a shoot, after its trigger or before its date
_WRAP_UNTIL_END = r"\b(?:wrap|finish|end)\s+(?:up\s+)?until\s+$"
_WRAP_UNTIL = re.compile(_WRAP_UNTIL_END, re.I)
_WRAP_BEFORE = re.compile(r"\b(?:wrap(?:ped|s|ping)?|finish(?:ed|es)?|complet(?:ed|es))\s+(?:up\s+)?$", re.I)
# "Filming began on Monday and is set to run through March": the end of the shoot begun in the
# sentence (the interval's end; a date after "until" is otherwise no premiere or filming date).
_SHOOT_END_BEFORE = re.compile(
    r"\b(?:run|runs|running|last|lasts|lasting|continue|continues|continuing|go|goes|going)\s+"
    r"(?:(?:all\s+the\s+way|right)\s+)?(?:through|until|till|thru)(?:\s+(?:to|the\s+end\s+of))?\s+$"
    r"|" + _WRAP_UNTIL_END,  # "(and) did not wrap until 2021": the shoot's end
    re.I,
)


def _shoot_end(text: str, date: DateMention) -> _Trigger | None:
    match = _SHOOT_END_BEFORE.search(text, 0, date.start)
    if match is None or match.end() != date.start:
        return None
    return _Trigger(FILMING, match.start(), match.end(), match.group())


# "is now coming next spring instead of this winter": a changed plan denies the old date.
_INSTEAD = re.compile(r"^\s*,?\s*(?:instead\s+of|rather\s+than)\s+(?:in\s+|on\s+)?$", re.I)
_CHANGED_PLAN = re.compile(
    r"\b(?:now|no\s+longer|delay(?:s|ed)?|postpon(?:es|ed)|push(?:es|ed)|mov(?:es|ed)|shift(?:s|ed)|"
    r"bump(?:s|ed)|pull(?:s|ed)\s+forward)\b",
    re.I,
)


def _replaced_dates(
    ctx: SentenceContext,
    dates: list[DateMention],
    chosen: list[tuple[DateMention, str, _Trigger | None]],
) -> list[tuple[DateMention, str, _Trigger | None]]:
    """The date a premiere replaces, kept as a premiere whose stance is denied (see _build)."""
    out: list[tuple[DateMention, str, _Trigger | None]] = []
    text = ctx.text
    for item in chosen:
        date, kind, trig = item
        if kind != PREMIERE or not _CHANGED_PLAN.search(text[: date.start]):
            continue
        for later in dates:
            if later.start >= date.end and _INSTEAD.match(text[date.end : later.start]):
                out.append((later, _REPLACED, trig))
    return out


_REPLACED = "replaced"


_YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b|['’]\d\d\b")


def _join_start_and_wrap(
    claims: list[Claim], chosen: list[tuple[DateMention, str, _Trigger | None]], text: str = ""
) -> list[Claim]:
    """ "Cameras rolled in March, and production wrapped on June 20": one interval (also "wrapped
    filming on May 2, eight months after cameras first rolled last September")."""
    starts = [
        c for c in claims if c.kind == FILMING and isinstance(c.value, str) and "/" not in c.value
    ]
    wrap_dates = [
        d
        for d, kind, trig in chosen
        if kind == FILMING
        and trig is not None
        and (
            _WRAP.search(trig.word)
            or _WRAP_BEFORE.search(text, max(0, trig.start - 16), trig.start)
            # "the shoot didn't wrap until Dec. 20": the wrap between the trigger and its date
            or (trig.end <= d.start and _WRAP_UNTIL.search(text, trig.end, d.start))
        )
    ]
    wraps = {d.value for d in wrap_dates}
    last = [c for c in starts if c.value in wraps]
    # (the one start of the wrap's season: "Season 1 began in November 2019 ... and did not wrap
    # until 2021; the second season went before cameras in the fall of 2022")
    first = [c for c in starts if c.value not in wraps and last and c.season == last[0].season]
    if len(first) != 1 or len(last) != 1:
        return claims
    start, end = first[0], last[0]
    if str(start.value) >= str(end.value) and len(wrap_dates) == 1 and not _YEAR_WRITTEN.search(wrap_dates[0].text):
        # "began in September 2025 and wrapped on 12 March": the wrap's year is the next one
        later = replace(end, value=f"{int(str(end.value)[:4]) + 1}{str(end.value)[4:]}")
        claims = [later if c is end else c for c in claims]
        end = later
    if str(start.value) >= str(end.value) or start.stance != end.stance:
        return claims  # (a shoot begun, and one expected to wrap, are two claims)
    joined = Claim(
        show=start.show,
        season=start.season,
        kind=FILMING,
        value=f"{start.value}/{end.value}",
        stance=start.stance,
        evidence=start.evidence,
    )
    return [c for c in claims if c is not start and c is not end] + [joined]


def _bare_heading(ctx: SentenceContext) -> bool:
    """A heading that names no show or season ("Also Coming in January") is page structure,
    unless it is an infobox line ("Release date: 2025-02-11")."""
    if ctx.sentence.block.kind != "heading" or ctx.seasons or ctx.show_mentions:
        return False
    return not any(_infobox(ctx.text, d) for d in ctx.dates)


def _inside_date(trig: _Trigger, dates: list[DateMention]) -> bool:
    return any(d.start <= trig.start < d.end for d in dates)


_RAN = re.compile(r"ran|runs?", re.I)
_DID_SO_END = re.compile(r"\b(?:did|does|do)\s+(?:so\s+)?(?:on|in)\s*$")


# "pushed back from its planned December 2026 release to spring 2027": the new date after "to".
_MOVED_TO = re.compile(r"\s*(?:release|premiere|debut|launch|window|date|slot|bow)?\s*(?:to|until|into)\s+(?:an?\s+)?$", re.I)


# The ", and" of a list of names ("on Tokyo MX, BS11, and AT-X"), which the clause breaks count.
_NAME_LIST_AND = re.compile(r"[A-Z][\w+-]*(?:\s+[A-Z][\w+-]*)?,\s+[A-Z][\w+-]*(?:\s+[A-Z][\w+-]*)?,\s+and\s*$")


_SHOOT_WHICH = re.compile(
    r"\b(?:filming|production|shooting|principal\s+photography|the\s+shoot)\b[^.;]{0,60}?,\s+which\s+(?:first\s+)?$", re.I
)
_BEGIN_WORD = re.compile(r"(?i:begins?|began|begun|starts?|started|to\s+(?:begin|start))")


def _classify(
    ctx: SentenceContext, date: DateMention, triggers: list[_Trigger], earlier: list[DateMention]
) -> tuple[str | None, _Trigger | None]:
    text = ctx.text
    head = text[: date.start]
    if _BLOCK_BEFORE.search(head) and not _NOT_UNTIL.search(head) and not _DELAYED_UNTIL.search(head):
        return None, None
    if _BLOCK_AFTER.match(text[date.end :]):
        return None, None
    if _NOUN_AFTER.match(text[date.end :]):
        return PREMIERE, None
    left, _right = clause_span(text, date.start, date.end)
    if left and _NAME_LIST_AND.search(text, 0, left):
        left = clause_span(text, left - 6, left - 5)[0]  # "premiered on Tokyo MX, BS11, and AT-X in October": a list, one clause
    colon = _AFTER_COLON.search(text, 0, date.start)
    if colon and colon.end() == date.start and colon.start() <= left:
        left = clause_span(text, colon.start(), colon.start() + 1)[0]  # "now has a window: spring 2026"
    before = [
        t
        for t in triggers
        if left <= t.start and t.end <= date.start and not _noun_of(text, t, earlier)
    ]
    if _infobox(text, date):
        return PREMIERE, None
    if not before:
        return (PREMIERE, None) if _loose(ctx, date, triggers) else (None, None)
    trig = before[-1]
    if (
        _RAN.fullmatch(trig.word)
        and len(before) > 1
        and before[-2].kind == FILMING
    ):
        trig = before[-2]  # "filming ... is scheduled to run from August through December"
    if trig.kind == PREMIERE and len(before) > 1 and before[-2].kind == FILMING and _BEGIN_WORD.fullmatch(trig.word):
        trig = before[-2]  # "Production on the season is slated to begin next month": the shoot begins
    if _BEGIN_WORD.fullmatch(trig.word) and _SHOOT_WHICH.search(text, 0, trig.start):
        return FILMING, trig  # "Filming on the second season, which began last October, wrapped in May"
    between = [d for d in earlier if d.start >= trig.end]
    moved_to = trig.word.lower().endswith("from") and _MOVED_TO.match(text, between[-1].end if between else 0, date.start)
    if between and not (_CONNECTOR.match(text[between[-1].end : date.start]) or moved_to):
        return None, None
    gap = text[trig.end : (between[0].start if between else date.start)]
    if len(gap.split()) > _MAX_GAP_WORDS and not _DID_SO_END.search(gap):
        return None, None
    if trig.kind == PREMIERE and _NOT_SEASON_OBJECT.search(_mask_shows(ctx, trig.end, date.start)):
        return None, None
    if trig.kind in (PREMIERE, FILMING) and not trig.word.lower().startswith("promis") and _bad_subject(ctx, left, trig, date):
        return None, None
    if trig.kind == PREMIERE and _other_title_came(ctx, trig):
        return None, None
    if trig.kind == PREMIERE and _CAME.fullmatch(trig.word):
        last_day = _LAST_SHOOT_DAY.search(text, max(0, trig.start - 80), trig.start)
        if last_day:  # "the final day of shooting on season 5 came in May 2025": the wrap
            return FILMING, _Trigger(FILMING, last_day.start(), trig.end, last_day.group(1))
    return trig.kind, trig


# "the final day of shooting on season 5 came in May": when the shoot ended
_LAST_SHOOT_DAY = re.compile(
    r"\b(final|last)\s+day\s+of\s+(?:shooting|filming|production|principal\s+photography)\b[^.;,]{0,40}$", re.I
)


# "Then came Cold Harbour, Marchetti's bleak 2019 thriller": the verb comes first and what came
# is the title after it; a title the article does not report on is some other work.
_INVERSION_LEAD = re.compile(r"(?:^|[,;:]\s*|\b(?i:then|next|later|after\s+that|soon|first)\s+)$")
_CAME = re.compile(r"came|comes", re.I)
_TITLE_AFTER = re.compile(r"\s+(?:[Tt]he\s+)?(?P<word>[A-Z][\w'’-]*)")
_RUN_WORD = re.compile(r"season|series|part|volume|episodes?|chapter|book|cour|batch", re.I)


def _other_title_came(ctx: SentenceContext, trig: _Trigger) -> bool:
    if not _CAME.fullmatch(trig.word) or not _INVERSION_LEAD.search(ctx.text, 0, trig.start):
        return False
    title = _TITLE_AFTER.match(ctx.text, trig.end)
    if title is None or _RUN_WORD.fullmatch(title.group("word")):
        return False
    return not any(m.start <= title.start("word") < m.end for m in ctx.show_mentions)


_SEASON_NOUN_GAP = re.compile(r"\s*(?:season\s+|series\s+)?")
_AFTER_COLON = re.compile(r"\b(?:window|date|slot)\s*:\s*")


def _noun_of(text: str, trig: _Trigger, earlier: list[DateMention]) -> bool:
    """ "a January premiere during an interview last month": the noun already belongs to the
    date before it and does not make a later date a premiere."""
    return any(
        d.end <= trig.start and _SEASON_NOUN_GAP.fullmatch(text[d.end : trig.start])
        for d in earlier
    )


_INFOBOX_LABEL = re.compile(r"\s*(?:release|premiere|air|original release|first aired)(?:\s+date)?\s*[:\-–]?\s*", re.I)


def _infobox(text: str, date: DateMention) -> bool:
    # (a fact box's field among others on its line: "Status: Renewed · Release date: 2025")
    head = FIELD_SEP.split(text[: date.start])[-1]
    # (and a release history's line: "Season 1: February 18, 2022")
    # (and "Season 1: April 16, 2019, 5 episodes": with the season's count after it)
    if _INFOBOX_LABEL.fullmatch(head):
        return True
    rest = FIELD_SEP.split(text[date.end :])[0].strip(" .")
    return bool(_SEASON_LABEL.fullmatch(head)) and (not rest or bool(_COUNT_TAIL.fullmatch(rest)))


_SEASON_LABEL = re.compile(r"\W*(?i:season|series)\s+\d{1,2}\s*[:–—-]\s*")
_COUNT_TAIL = re.compile(r"[,;(–—-]\s*\d{1,3}\s+episodes?\)?", re.I)


def _loose(ctx: SentenceContext, date: DateMention, triggers: list[_Trigger]) -> bool:
    """A bare date in a release-date context stated as a guess."""
    text = ctx.text
    if _SEASON_GUESS.search(text, 0, date.start):
        return True  # "enough material for a third season, perhaps in 2027"
    if not (_LOOSE_AFTER.match(text[date.end :]) or _LOOSE_BEFORE.search(text[: date.start])):
        return False
    if any(t.kind == PREMIERE for t in triggers):
        return True
    heading = ctx.sentence.block.heading or ""
    return bool(_RELEASE_HEADING.search(heading))


def _mask_shows(ctx: SentenceContext, start: int, end: int) -> str:
    """ctx.text[start:end] with show titles blanked ("Squid Game" is not a game)."""
    chars = list(ctx.text)
    for m in ctx.show_mentions:
        for i in range(m.start, min(m.end, len(chars))):
            chars[i] = "x"
    return "".join(chars[start:end])


# "tvN said that the new season will air ...", "In its announcement, the new season ...": the
# subject is what follows "that" or an introductory phrase.
_THAT_CLAUSE = re.compile(r"^.*\b(?:that)\s+(?=[^,;]*$)", re.I | re.S)
_INTRO_PHRASE = re.compile(
    r"^\s*(?:in|at|during|on|with|after|before|for)\s+[^,;]{1,50},\s*(?=[^,]*$)", re.I
)


_SOURCE_INTRO = re.compile(r"^\W*(?:based\s+on|adapted\s+from|inspired\s+by)\s+[^,;]{1,90},\s*(?=[^,]*$)", re.I)
# "The network's new drama, based on the novel by X, will premiere ...": the source set off by commas
_SOURCE_ASIDE = re.compile(r",\s*(?:based\s+on|adapted\s+from|inspired\s+by)\s+[^,;]{1,90},\s*", re.I)
_SOURCE_COMPLEMENT = re.compile(
    r"\b(?:anime|series|show|drama|k-drama|adaptation|season)\s+(?:of|based\s+on|adapted\s+from)\b.*$",
    re.I | re.S,
)


_RELATIVE_END = re.compile(r"\b(?:which|who|that)\s*$", re.I)
# What may stand between the season and ", which": a time phrase, not a noun of its own
# ("season 2 on Monday, which"; not "the sophomore run's finale, which").
_ANTECEDENT_TAIL = re.compile(r"(?:\s+(?:on|in|at|last|this|next|earlier|today)\b[^,;'’]{0,20})?\s*,\s*")
# "The news comes three weeks after Season 2 debuted ...": the subordinate clause has its own
# subject.
_SUBORDINATE_CUT = re.compile(r"^.*\b(?:after|before|since|when|while|once|until|because)\s+(?=[^,;]*$)", re.I | re.S)


def _bad_subject(ctx: SentenceContext, left: int, trig: _Trigger, date: DateMention) -> bool:
    """The trigger's subject is a film, a trailer, the news, other shows...: not a season."""
    text = ctx.text
    start = left
    if _RELATIVE_END.search(text[:left]):
        rel = _RELATIVE_END.search(text[:left])
        if rel and any(
            rel.start() - 40 <= m.start < rel.start() and _ANTECEDENT_TAIL.fullmatch(text, m.end, rel.start())
            for m in ctx.seasons
        ):
            return False  # "the trailer for season 2 on Monday, which premieres on Dec. 4": the season's
        start = max(0, left - 70)
    window = _mask_shows(ctx, start, trig.start)
    if start == 0:  # "Based on the popular Naver webtoon by Kang Full, X aired in 2024": the source
        window = _SOURCE_INTRO.sub("", window)
    window = _SOURCE_ASIDE.sub(" ", window)
    window = _INTRO_PHRASE.sub("", _THAT_CLAUSE.sub("", _SUBORDINATE_CUT.sub("", window)))
    # "the TV anime of the Iron Lotus manga": the head noun is the show, the rest its source
    window = _SOURCE_COMPLEMENT.sub("", window)
    words = window.split()
    window = " ".join(words[-10:])
    if _NOT_SEASON_SUBJECT.search(window):
        return True
    return bool(_OWN_WORK.search(window)) and _show_for(ctx, date.start) == ctx.doc.main


_APPOSITION_GAP = re.compile(r"\s*,\s*(?:on\s+|in\s+)?")


def _drop_appositions(
    text: str, chosen: list[tuple[DateMention, str, _Trigger | None]]
) -> list[tuple[DateMention, str, _Trigger | None]]:
    """ "later this month, on September 27": keep the more precise of two dates in apposition."""
    out = []
    for i, item in enumerate(chosen):
        date = item[0]
        nxt = chosen[i + 1][0] if i + 1 < len(chosen) else None
        if (
            nxt is not None
            and nxt.value.startswith(date.value)
            and nxt.value != date.value
            and _APPOSITION_GAP.fullmatch(text[date.end : nxt.start])
        ):
            continue
        out.append(item)
    return out


_RAN_OR_AIRED = re.compile(r"ran|runs?|aired", re.I)
_SPECIAL = re.compile(r"\bspecial\b", re.I)


def _build(
    ctx: SentenceContext,
    date: DateMention,
    kind: str,
    trig: _Trigger | None,
    chosen: list[tuple[DateMention, str, _Trigger | None]],
    idx: int,
) -> list[Claim]:
    value = date.value
    replaced = kind == _REPLACED
    if replaced:
        kind = PREMIERE
    if (
        kind == PREMIERE
        and trig is not None
        and _RAN_OR_AIRED.fullmatch(trig.word)
        and "/" in value
    ):
        value = value.split("/")[0]
    elif kind == PREMIERE and trig is None and "/" in value and len(value.split("/")[0]) == 10 and _infobox(ctx.text, date):
        value = value.split("/")[0]  # an infobox's run, "Release: January 15, 2026 – March 19, 2026": it began on the first day
    anchor = trig.start if trig is not None else date.start
    seasons = _enumerated(ctx, date, chosen, idx)
    if seasons is None:
        seasons = _seasons_for(ctx, anchor, date, kind, trig)
    stance = "denied" if replaced else _date_stance(ctx, anchor, date, trig)
    part = _part(ctx.text, anchor, date) if kind == PREMIERE else None
    show = _show_for(ctx, date.start)
    referred = _referred_season(ctx, date.start)
    if referred:
        seasons, show = [referred[0]], referred[1]
    out = []
    for season in seasons:
        if show != ctx.doc.main and _SPECIAL.search(ctx.text):
            season = None
        out.append(
            ctx.claim(
                kind, value, anchor, date.end, season=season, show=show, stance=stance, part=part
            )
        )
    return out


def _enumerated(
    ctx: SentenceContext,
    date: DateMention,
    chosen: list[tuple[DateMention, str, _Trigger | None]],
    idx: int,
) -> list[int | None] | None:
    """ "The three seasons premiered on A, B, and C": the k-th date is season k."""
    match = _ENUM_SEASONS.search(ctx.text[: date.start])
    if not match:
        return None
    word = match.group(1).lower()
    count = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)
    same = [c for c in chosen if c[1] == chosen[idx][1]]
    if len(same) != count or count < 2:
        return None
    return [same.index(chosen[idx]) + 1]


def _show_for(ctx: SentenceContext, pos: int) -> str:
    """The show named last before ``pos``; the article's show when the sentence names others
    only after it ("had only 13 episodes, because Olson also had to film Other Show")."""
    order = _ORDER_TO_AFTER.match(ctx.text, pos) if "order" in ctx.text else None
    if order:  # "handed a 13-episode third-season order to the comedy Small Mercies"
        ordered = next((m for m in ctx.show_mentions if order.end() <= m.start <= order.end() + 50), None)
        if ordered:
            return ordered.title
    event = _EVENT_OF_AFTER.match(ctx.text, pos) if " of " in ctx.text else None
    if event:  # "the Feb. 20 premiere of Zero Day": the show after "premiere of"
        named = next((m for m in ctx.show_mentions if m.start == event.end()), None)
        if named:
            return named.title
    before = [m for m in ctx.claim_bearers() if m.start < pos]
    if before:
        return before[-1].title
    if ctx.show_mentions:
        return ctx.doc.main
    return ctx.show


_EVENT_OF_SEASON = re.compile(
    r"\s+(?:premiere|debut|launch|return)\s+of\s+(?:(?:the|its)\s+(?:\w+\s+)?(?:season|series)|(?:[Ss]eason|[Ss]eries)\s+\w+)\b"
)
_EVENT_OF_AFTER = re.compile(r"[^,;]{0,24}?\b(?:premiere|debut|launch|return)\s+of\s+(?:the\s+)?", re.I)
_ORDER_TO_AFTER = re.compile(r"[\w-]*(?:[\s-]+[\w-]+){0,3}?[\s-]+order\s+(?:to|for)\s+", re.I)


_NON_SPACE_RUN = re.compile(r"\S+")


def _window_start(text: str, left: int, anchor: int, words: int = 8) -> int:
    head = text[left:anchor]
    parts = list(_NON_SPACE_RUN.finditer(head))
    if len(parts) <= words:
        return left
    return left + parts[-words].start()


def _season_mentions(ctx: SentenceContext) -> list[tuple[int, int]]:
    """(start, number) for every season the sentence names, numbered titles included."""
    found = [(m.start, m.number) for m in ctx.seasons]
    found += [(m.start, m.season) for m in ctx.show_mentions if m.season]
    if holds_cues(ctx.text, _ORD_ALONE_CUES):
        for m in _ORD_ALONE.finditer(ctx.text):
            found.append((m.start(1), ORDINALS[m.group(1).lower()]))
    return sorted(found)


def _aside_at(text: str, pos: int) -> int:
    """Where the bracketed aside holding ``pos`` opens, or -1 outside brackets."""
    opened = text.rfind("(", 0, pos)
    return opened if opened != -1 and text.find(")", opened, pos) == -1 else -1


def _same_aside(text: str, a: int, b: int) -> bool:
    """``a`` and ``b`` are both outside brackets or in the same aside ("(the first season spent
    eleven months in post-production), we think the first half of next year ...": the aside's
    season is not the date's)."""
    return "(" not in text or _aside_at(text, a) == _aside_at(text, b)


def _nearest_before(found: list[tuple[int, int]], lo: int, hi: int) -> list[int]:
    inside = [f for f in found if lo <= f[0] < hi]
    if not inside:
        return []
    pos = inside[-1][0]
    return list(dict.fromkeys(n for p, n in inside if p == pos))


_ITS_DEBUT_IN = re.compile(
    r"\b(?:its|the\s+(?:show|series|drama)['’]s?)\s+(?:series\s+)?(?:debut|premiere|launch|bow)\s+(?:back\s+)?(?:in|on)\s+$", re.I
)
# "a show that has turned out a new season almost every year since it debuted in December 2019"
# (in a sentence that names no season: "season 2 ... ever since it premiered" is the season's)
_SINCE_IT_DEBUTED = re.compile(r"\bsince\s+(?:it|the\s+(?:show|series|drama))\s+(?:first\s+)?(?:debuted|premiered|launched)\s+(?:back\s+)?(?:in|on)\s+$", re.I)
_CURRENT_SEASON = re.compile(r"\b(?:the|its)\s+current\s+(?:season|series)\b", re.I)
_ITS_BEFORE = re.compile(r"\b(?:its|the\s+(?:show|series|drama|programme)['’]s?)\s+$", re.I)
_DEBUT_AFTER = re.compile(r"\s+(?:debut|premiere|launch|bow)\b", re.I)
_RELEASE_AFTER = re.compile(r"\s+(?:release|arrival|return)\b", re.I)


_OWN_SHOW_SUBJECT = re.compile(
    r"\b(?:the\s+(?:show|series|drama)|it)\s+(?:will|would|could|should|might|may|is\s+(?:set|expected|likely|due)\s+to)\s+(?:\w+\s+)?$",
    re.I,
)


_RENEWED_FOR = re.compile(r"\brenew(?:ed|s)\b[^;]{0,60}?\bfor\s+(?:a|an|its)\s+\w+\s+(?:season|series)\b", re.I)
_AFTER_IT_PREMIERED = re.compile(
    r"\bafter\b[^.;]{0,80}?\b(?:premiered|debuted|launched|arrived|dropped|bowed)\s+(?:on|in)?\s*$", re.I
)
_ELIDED_ORDINAL = re.compile(r"\b(?:for|in|on|with|during|by)\s+the\s+(second|third|fourth|fifth|sixth)\s*,", re.I)
_SERIES_PREMIERE = re.compile(r"\bthe\s+(?:series|show['’]s)\s+(?:premiere|debut)\b(?:\s+\w+){0,2}\s+$", re.I)


def _seasons_for(
    ctx: SentenceContext, anchor: int, date: DateMention, kind: str, trig: _Trigger | None
) -> list[int | None]:
    text = ctx.text
    if trig is not None and _BEGAN_LIFE.fullmatch(trig.word):
        return [1]  # "began life in autumn 2023 as a six-parter": the show's first season
    if _ITS_BEFORE.search(text, max(0, date.start - 30), date.start) and _DEBUT_AFTER.match(text, date.end):
        return [1]  # "has fronted the show since its 2018 debut": the show's own debut
    if _ITS_DEBUT_IN.search(text, max(0, date.start - 40), date.start):
        return [1]  # "Since its debut in December 2021, ...": the same
    if _SINCE_IT_DEBUTED.search(text, max(0, date.start - 40), date.start) and not _season_mentions(ctx):
        return [1]
    if _SERIES_PREMIERE.search(text, max(0, date.start - 40), date.start):
        return [1]  # "directed the series premiere back in 2022": the first season's first episode
    fronted = _FRONTED_IT.match(text)
    if fronted and date.end <= fronted.end():
        # "Three weeks after it landed on Netflix on September 27, X season 2 is ...": the "it"
        # is the subject the sentence goes on to name
        named = [n for p, n in _season_mentions(ctx) if fronted.end() <= p <= fronted.end() + 50]
        if named:
            return [named[0]]
    target = ctx.doc.target_season
    if target and target > 1 and _CURRENT_SEASON.search(text, 0, date.start) and not _after_publication(ctx, date):
        return [target - 1]  # "The current season, which premiered on October 9" (of a season 5 renewal)
    if kind == PREMIERE and "renew" in text and not _after_publication(ctx, date):
        renewal = _RENEWED_FOR.search(text, 0, date.start)
        named = find_seasons(renewal.group()) if renewal else []
        between = text[renewal.end() : date.start] if renewal else ""
        if named and named[0].number > 1 and _AFTER_IT_PREMIERED.search(between) and not find_seasons(between):
            # "renewed X for a second season last Thursday, seven weeks after the drama premiered
            # on May 29": the premiere was the season before the renewed one
            return [named[0].number - 1]
    if (
        _ITS_BEFORE.search(text, max(0, date.start - 30), date.start)
        and _RELEASE_AFTER.match(text, date.end)
        and not _after_publication(ctx, date)
    ):
        # "a month after its March 2017 release": the season out before, or the season the
        # sentence is about ("Season 3 wrapped filming ... before its June release")
        named = [n for p, n in _season_mentions(ctx) if p < date.start and _same_aside(text, p, date.start)]
        return [named[-1] if named else _past_season(ctx)]
    left, _right = clause_span(text, anchor, anchor + 1)
    framing = _FRAMING_LEAD.match(text) or _FRONTED_CONDITION.match(text)  # (or "If the studio sticks to ... season 2, ...")
    compared = "from" in text or "ompared" in text  # (the comparison test only where it can match)
    since = "since" in text
    found = [
        f
        for f in _season_mentions(ctx)
        if not (date.start <= f[0] < date.end)
        and _same_aside(text, f[0], date.start)
        and not (framing and f[0] < framing.end() <= anchor)
        and not (  # ("down from 10 in Season 2, and is slated to premiere": not "Season 6, which premiered")
            compared and _COMPARED_BEFORE.search(text, max(0, f[0] - 30), f[0]) and not _WHICH_AFTER_SEASON.match(text, f[0])
        )
        # ("four years since season 2, but HBO's drama returns in April": not "since season 2 dropped in June 2021")
        and not (since and _SINCE_SEASON.search(text, max(0, f[0] - 30), f[0]) and "," in text[f[0] : date.start])
        # ("just days after the season 2 finale, but ... it could slip into 2027": a time reference)
        and not ("finale" in text and _SEASON_FINALE.match(text, f[0]) and _TIME_WORD_END.search(text, max(0, f[0] - 30), f[0]))
        # ("ten months before season 1 premiered, and cameras rolled between February and August": another time reference)
        and not (_EVENT_CLAUSE_BEFORE.search(text, max(0, f[0] - 30), f[0]) and _AIRED_AFTER_SEASON.match(text, f[0]) and "," in text[f[0] : date.start])
    ]
    elided = _ELIDED_ORDINAL.search(text, 0, date.start)
    if elided and found and all(f[0] < elided.start() for f in found):
        # "The first season was shot in New Zealand; for the second, production moved to the
        # UK, where it filmed between October 2022 and May 2023": the season the ordinal elides
        return [ORDINALS[elided.group(1).lower()]]
    win = _window_start(text, left, anchor)
    event_of = _EVENT_OF_SEASON.match(text, date.end)
    if kind == PREMIERE and event_of:  # "ahead of the Oct. 31 premiere of Season 2"
        named = find_seasons(event_of.group())
        if named:
            return [named[0].number]
    for_season = _FOR_SEASON_AFTER.match(text, date.end)
    if kind == PREMIERE and for_season:  # "brought it back last October for an 18-episode second season"
        named = find_seasons(for_season.group())
        if named:
            return [named[0].number]
    if _NEW_SEASON.search(text[anchor : date.start]):
        return [_future_season(ctx)]
    local = _nearest_before(found, _comma_cut(text, win, anchor), date.start)
    if local:
        return list(local)
    target = ctx.doc.target_season if _show_for(ctx, date.start) == ctx.doc.main else None
    if target and target > 1 and _PREVIOUS_SEASON.search(text, win, date.start):
        return [target - 1]  # "The previous season had premiered on October 4, 2024" (of a season 3 article)
    if _NEW_SEASON.search(text[win : date.start]):
        return [_future_season(ctx)]
    if kind == PREMIERE and trig is not None and _show_debut(ctx, trig):
        return [_past_season(ctx) if _show_for(ctx, date.start) == ctx.doc.main else 1]
    own = _OWN_SHOW_SUBJECT.search(text, max(0, anchor - 40), anchor) if kind == PREMIERE else None
    if own and _show_for(ctx, date.start) == ctx.doc.main:
        comma = text.rfind(",", 0, own.start())
        if comma > 0 and all(f[0] < comma for f in found):
            return [_future_season(ctx)]  # "with series 2 arriving in May, it's likely the show will return next year"
    earlier = _nearest_before(found, 0, date.start)
    if earlier and _after_publication(ctx, date) and _show_for(ctx, date.start) == ctx.doc.main:
        last = max(p for p, _ in found if p < date.start)
        so = _CONSEQUENCE.search(text, last, date.start)
        if so and not _IT_WORD.search(text, so.end(), date.start):  # (not "..., which means we won't see it until 2026")
            # "The first three seasons arrived two years apart, so a late 2027 launch ...": the
            # seasons are the reasoning, the date the season to come
            return [_future_season(ctx)]
    if earlier:
        return list(earlier)
    pronoun = _pronoun_season(ctx)
    if pronoun is not None:
        return [pronoun]
    whole = ctx.section_season or _heading_season(ctx)
    if kind == PREMIERE and whole and _PART.search(text, 0, date.start) and ctx.sentence.position > 0:
        # "For reference, the seventh season was split into two halves. Part 1 premiered on ...":
        # the season the sentence before names, closer than the heading's
        named = {m.number for m in find_seasons(ctx.doc.sentences[ctx.sentence.index - 1].text)}
        if len(named) == 1:
            return [named.pop()]
    if kind == PREMIERE and whole and _PART.search(text, 0, date.start):
        return [whole]  # "Part 1 dropped back on Oct. 22" under "Kettle Hill, Season 2 Part 2"
    if kind == PREMIERE and _PART_OF_THE_SEASON.search(text, 0, date.start):
        return [_future_season(ctx)]  # "Part 1 of the season aired from July": the season being made
    if kind == PREMIERE and _PART.search(text, 0, date.start) and _season_and_part(ctx):
        return [ctx.doc.target_season]  # "Part 1 premiered on January 9" under "X Season 4 Part 3 Confirmed": the parts of that season
    if kind == PREMIERE and _PART.search(text, 0, date.start) and (told := _earlier_block_season(ctx)):
        return [told]  # "Season 4 is done. ... when Part 2 arrived on February 26": the parts of that season
    if kind == PREMIERE and trig is not None and not _after_publication(ctx, date) and (
        _is_past(text, trig)
        or (_ING_END.search(trig.word.strip()) and text[: trig.start].strip().lower() in ("", "first", "originally", "initially"))
    ):
        target = ctx.doc.target_season if _show_for(ctx, date.start) == ctx.doc.main else None
        if _RETURNED.match(trig.word) and target and target > 2 and _heading_season(ctx) is None:
            return [target - 1]  # "X finally returned this summer" (of a season 3 article): the season before
        return [_past_season(ctx)]  # (and a fronted participle: "Premiering in September 2021, X follows ...")
    if _show_for(ctx, date.start) != ctx.doc.main:
        # a roundup section's show: the season its line names; else, for what is still to come,
        # the season the paragraph gave it ("DR has greenlit a second season of X. Filming is set
        # for the summer of 2027")
        ahead = _earlier_block_season(ctx, of_show=_show_for(ctx, date.start)) if _after_publication(ctx, date) else None
        return [ctx.section_season or ahead or 1]
    return [_future_season(ctx)]


_FRONTED_IT = re.compile(r"[^,;]{0,40}?\b(?:[Aa]fter|[Bb]efore|[Ss]ince|[Ww]hen|[Aa]s|[Uu]ntil|[Oo]nce)\s+(?:it|they)\s[^;]{3,120}?,\s+(?!\d)")


# "the small-town comedy that debuted in February", "The anime, which premiered in April": a
# show's own debut is its first season's premiere.
_SHOW_SUBJECT = re.compile(
    r"\b(?:the|its|this|that|a|an)\s+(?:[\w-]+\s+){0,3}?(?:show|series|drama|k-drama|comedy|anime|"
    r"thriller|sitcom|procedural|mystery|docuseries|miniseries|dramedy|adaptation|western|romance)"
    r"\s*,?\s*(?:(?:that|which)\s+)?(?:first\s+|originally\s+|initially\s+)?$",
    re.I,
)
_BEGAN_LIFE = re.compile(r"(?:began|begins|started|starts)\s+life", re.I)
_DEBUT_WORD = re.compile(r"premiered|debuted|launched|bowed", re.I)


_SEASON_FINALE = re.compile(r"(?:season|series)\s+\w+\s+finale\b", re.I)
_EVENT_CLAUSE_BEFORE = re.compile(r"\b(?:after|before|since|until|till|following|when)\s+(?:the\s+)?$", re.I)
_AIRED_AFTER_SEASON = re.compile(
    r"(?:season|series)\s+\w+\s+(?:had\s+|has\s+|was\s+)?(?:premiered|arrived|aired|debuted|dropped|launched|ended|wrapped|finished|began)\b",
    re.I,
)
_TIME_WORD_END = re.compile(r"\b(?:after|since|following)\s+(?:the\s+)?$", re.I)
# "It has been four long years since season 2": the season the wait is counted from.
_SINCE_SEASON = re.compile(r"\b(?:years?|months?|wait|gap|break|hiatus)\s+since\s+(?:the\s+)?$", re.I)


# A clause drawn from what came before: ", so ...", ", which means ...".
_CONSEQUENCE = re.compile(
    r"(?:[,;—–]|\s-)\s*(?:so|which\s+means|meaning|that\s+means|suggesting|putting|"
    r"which\s+(?:points|hints|would\s+point)\s+to|which\s+(?:suggests|would\s+suggest|would\s+put|puts))\s"
)


_IT_WORD = re.compile(r"\b(?:it|its|it['’]s|they|them)\b", re.I)


# An opening phrase that frames the guess with other seasons: "Using the gap between the first
# two seasons as a guide, our money is on spring 2027" (those seasons are no subject).
_FRAMING_LEAD = re.compile(
    r"(?:Using|Given|Judging\s+(?:by|from)|Based\s+on|Going\s+(?:by|off)|Considering|Looking\s+at|Comparing|"
    r"If\s+(?:we|you)\s+(?:look\s+at|go\s+by|use))\b[^,;]{3,120},"
    # "After a first season that made it the most-streamed anime of 2024, X returns next month"
    r"|(?:After|Following)\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){0,2}?(?:season|series|run)\s+(?:that|which)\b[^,;]{3,120},"
)


def _show_debut(ctx: SentenceContext, trig: _Trigger) -> bool:
    before = ctx.text[max(0, trig.start - 80) : trig.start]
    if _ORDINAL_SUBJECT.search(before):
        return False  # "the second series, which launched on 11th January": a season's debut
    if _MADE_ITS.search(before) and _DEBUT_NOUN.fullmatch(trig.word):
        before = before[: _MADE_ITS.search(before).start()]  # type: ignore[union-attr]  # "the series made its global debut"
    elif not _DEBUT_WORD.fullmatch(trig.word):
        return False
    return bool(_SHOW_SUBJECT.search(before))


_ORDINAL_SUBJECT = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|new|latest|next)\s+(?:season|series|instal?lment|run)\s*,?\s*(?:(?:that|which)\s+)?"
    r"(?:first\s+|originally\s+|initially\s+)?$",
    re.I,
)
_MADE_ITS = re.compile(r"\s*\bmade\s+its\s+(?:[\w-]+\s+){0,2}$", re.I)
_DEBUT_NOUN = re.compile(r"debut|premiere|bow", re.I)


def _comma_cut(text: str, start: int, anchor: int) -> int:
    """Move ``start`` past the last comma before ``anchor`` (an introductory phrase)."""
    comma = text.rfind(",", start, anchor)
    return comma + 1 if comma >= 0 else start


_MODAL_END = re.compile(r"\b(?:will|would|could|might|to|should|may)\s+(?:\w+\s+)?$")
_ING_END = re.compile(r"ing$")
_TIME_PREPOSITION_END = re.compile(r"\b(?:after|since|before)\s+$")
_PERFECT_END = re.compile(r"\b(?:was|were|has|have|had)\s+(?:been\s+)?$")


def _is_past(text: str, trig: _Trigger) -> bool:
    word = trig.word.strip()
    if _NOT_PAST.match(word):
        return False
    before = text[max(0, trig.start - 25) : trig.start].lower()
    if _MODAL_END.search(before):
        return False
    if _ING_END.search(word) and _TIME_PREPOSITION_END.search(before):
        return True
    return bool(_PAST.search(word)) or bool(
        _PERFECT_END.search(before)
    )


def _after_publication(ctx: SentenceContext, date: DateMention) -> bool:
    """The date lies wholly after the publication day: what it dates has not happened yet,
    whatever the verb's form ("The first three episodes drop on Friday")."""
    if not ctx.doc.published:
        return False
    try:
        first, published_end = bounds(date.value)[0], bounds(ctx.doc.published)[1]
    except ValueError:
        return False
    return first is not None and published_end is not None and published_end < first


def _heading_season(ctx: SentenceContext) -> int | None:
    heading = ctx.sentence.block.heading
    if heading is None:
        return ctx.heading_season or ctx.intro_season  # a roundup section line's season, if any
    if _same_text(heading, ctx.doc.title):
        return ctx.section_season or ctx.intro_season
    if RELATED_LINK.match(heading):  # "RELATED: X Season 2 Ending Explained" heads no section
        return ctx.section_season or ctx.intro_season
    return ctx.heading_season or ctx.intro_season


_NON_WORDS = re.compile(r"\W+")


def _same_text(a: str | None, b: str | None) -> bool:
    def norm(s: str | None) -> str:
        return _NON_WORDS.sub("", (s or "").casefold())

    return norm(a) == norm(b) or (bool(norm(a)) and norm(b).startswith(norm(a)))


_RETURNED = re.compile(r"returned|came\s+back|(?:was|were)\s+back", re.I)


def _season_and_part(ctx: SentenceContext) -> bool:
    """The headline names a season (by number or by its title) and a part of it: "X Season 4 Part
    3", "Dr. Stone: Science Future Part 3" (not "Lupin Part 4", whose parts are its seasons)."""
    title = ctx.doc.title or ""
    if not ctx.doc.target_season or not _PART.search(title):
        return False
    return bool(find_seasons(title) or titled_seasons(title, ctx.doc.shows.season_titles, []))


def _past_season(ctx: SentenceContext) -> int:
    heading = _heading_season(ctx)
    target = ctx.doc.target_season
    if heading is not None and (target is None or heading < target):
        return heading
    return 1


def _future_season(ctx: SentenceContext) -> int | None:
    found = _heading_season(ctx) or (ctx.doc.target_season if ctx.show == ctx.doc.main else None)
    return found or _earlier_block_season(ctx)  # "NBC handed it a fifth season. It ordered 18 for next season"


def _part(text: str, anchor: int, date: DateMention) -> int | None:
    left, _right = clause_span(text, anchor, anchor + 1)
    parts = [m for m in _PART.finditer(text[: date.start]) if m.start() >= min(left, anchor - 60)]
    if not parts:  # "The second cour of the season will premiere on January 8"
        ordinal = [m for m in _ORDINAL_PART.finditer(text[: date.start]) if m.start() >= min(left, anchor - 60)]
        return ORDINALS.get(ordinal[-1].group(1).lower()) if ordinal else None
    word = parts[-1].group(1).lower()
    return int(word) if word.isdigit() else _PART_WORDS.get(word)


_OUT_OF_END = re.compile(r"\b(?:pushed|moved|bumped|knocked|kicked)\b[^.;]{0,80}?\bout\s+of\s+$", re.I)


def _date_stance(
    ctx: SentenceContext, anchor: int, date: DateMention, trig: _Trigger | None
) -> str:
    text = ctx.text
    if is_refuted(text, date.end):
        return "denied"
    if trig is None and not _NOUN_AFTER.match(text[date.end :]) and not _infobox(text, date) and not _AS_THE_DATE_AFTER.match(text, date.end):
        return "speculated"  # a loose guess ("2024 sounds more realistic")
    left, _right = clause_span(text, anchor, anchor + 1)
    start = _window_start(text, left, anchor)
    window = mask_false_negations(_mask_shows(ctx, _comma_cut(text, start, anchor), date.end))
    window = _NEG_ABSORBED.sub(lambda m: " " * len(m.group()), window)
    if (_NEG.search(window) or is_negatively_hedged(text, anchor, date.end)) and not date.open_end:
        return "denied"
    if _superseded(text, date.start) or _OUT_OF_END.search(text, 0, date.start):
        return "denied"  # (and "pushed ... out of 2026")
    old = None  # "pushed back from its planned December release to spring 2027": the old plan hedges nothing
    if trig is not None and trig.word.lower().endswith("from"):
        to = text.rfind(" to ", trig.end, date.start)
        old = (trig.end, to) if to > 0 else None
    condition = _FRONTED_CONDITION.match(text)
    if condition and anchor >= condition.end() and not _ABOUT_THE_READER.search(condition.group()):
        return "speculated"  # "If all goes well, filming will start in March"
    return "speculated" if _hedged(ctx, start, anchor, date.end, old) else "asserted"


_ABOUT_THE_READER = re.compile(r"\b(?:you|your|you['’](?:re|ve))\b", re.I)


# A value the text says has been replaced: "which had been set to premiere on January 18",
# "was originally scheduled for May", "moved its second season from this November (to ...)",
# "was first announced as ten episodes".
_SUPERSEDED_BEFORE = re.compile(
    r"\b(?:had\s+(?:been\s+)?(?:set|scheduled|slated|dated|planned|pencil+ed\s+in|due|expected|supposed)"
    r"|(?:was|were)\s+(?:originally\s+|initially\s+)?supposed"
    r"|(?:was|were|had\s+been)\s+(?:originally|initially|first|previously)\s+(?:set|scheduled|slated|dated|planned|"
    r"due|announced|expected|reported)|originally\s+(?:set|scheduled|slated|dated|planned|due|announced))\b"
    r"(?:\s+(?:to|for|on|in|as|at)\b|\s+(?:premiere|debut|air|arrive|return|launch|run|be)\b)*[^.;,]{0,25}$",
    re.I,
)
_MOVED_FROM = re.compile(
    r"\b(?:mov|push|bump|delay|shift|postpon|slid|slipp|reschedul)\w*\b[^.;]{0,60}?\bfrom\s+"
    r"(?:(?:this|next|last|its|the|a|an|original|originally|planned|earlier)\s+)*$",
    re.I,
)


def _superseded(text: str, pos: int) -> bool:
    """Whether the value at ``pos`` is one the text says was replaced (an old date or count)."""
    head = text[max(0, pos - 100) : pos]
    return bool(_SUPERSEDED_BEFORE.search(head) or _MOVED_FROM.search(head))


_SECOND_PREDICATE = re.compile(
    r",?\s+(?:and|but)\s+(?:is|are|was|were|will|has|have|had|should|could|might|may|would|"
    r"expects?|hopes?)\b",
    re.I,
)


_IF_CLAUSE = re.compile(r"\b[Ii]f\b[^,]*,")
_EXPECTATION = re.compile(r"\b(?:expect\w*|think|believe|guess)\b", re.I)


def _hedged(
    ctx: SentenceContext, start: int, anchor: int, end: int, blank: tuple[int, int] | None = None
) -> bool:
    """Hedged, with show titles masked ("High Potential"), an introductory "If ...," clause
    that does not hold the claim ignored, "said ... would" read as reported fact, and the
    ``blank`` span (a replaced plan) not read."""
    masked = _mask_shows(ctx, 0, len(ctx.text))
    if blank is not None:
        masked = masked[: blank[0]] + " " * (blank[1] - blank[0]) + masked[blank[1] :]
    second = _SECOND_PREDICATE.search(masked, end)
    if second:  # "began in March 2025 and is expected to wrap in July": the hedge is the wrap's
        masked = masked[: second.start()]
    head = _IF_CLAUSE.sub(lambda m: " " * len(m.group()), masked[:start])
    if _IF_CLAUSE.search(masked[start:anchor]):
        head = masked[:start]
    masked = head + masked[start:]
    masked = unreport_would(masked)
    if is_hedged(masked, anchor, end) or _EXTRA_HEDGE.search(masked[start:end]):
        return True
    return bool(_EXPECTATION.search(masked[start:end]))


# --------------------------------------------------------------------------- filming, no date

_NULL_FILMING = re.compile(
    r"\b(?:filming|shooting)(?:\s+(?:on|of|for)\s+[^,.;]{1,40}?)?\s+(?:has|had|have)\s+(?:not\s+)?(?:yet\s+)?"
    r"(?:begun|started|wrapped|commenced|finished|ended|kicked\s+off)"
    r"|\b(?:production|filming|shooting|cameras)\s+(?:is\s+|are\s+|has\s+|have\s+|had\s+|was\s+)?(?:still\s+)?yet\s+to\s+"
    r"(?:begin|start|roll|commence)"
    r"|\bfilming\s+(?:is|was)\s+(?:now\s+|already\s+|currently\s+)?(?:underway|under\s+way|complete|completed|in\s+progress)"
    r"|\b(?:began|begun|begin|begins|start|started|starts|starting|wrapped|finished|completed|commenced)\s+"
    r"(?:filming|shooting|principal\s+photography)"
    r"|\b(?:are|is|was|were|being|been)\s+(?:being\s+)?(?:filmed|shot)\s+back[- ]to[- ]back"
    r"|\b(?:are|is)\s+(?:currently\s+|now\s+)?being\s+(?:filmed|shot)\b"
    r"|\bcameras\s+(?:are|have\s+been|were|started|began)\s+(?:(?:already|now|currently|officially|finally)\s+)?"
    r"(?:rolling|to\s+roll)"
    r"|\bproduction(?:\s+(?:on|of|for)\s+[^,.;]{1,40}?)?\s+(?:has|had)(?:\s+not|n[’']t)?\s+(?:yet\s+)?(?:officially\s+)?"
    r"(?:begun|started|wrapped|kicked\s+off)"
    r"|\b(?:production|filming|shooting|principal\s+photography)(?:\s+(?:on|of|for)\s+[^,.;]{1,40}?)?"
    r"\s+(?:is|was|has\s+been)\s+(?:now\s+|currently\s+|already\s+|officially\s+|well\s+)?"
    r"(?:underway|under\s+way|in\s+progress|ongoing)"
    # "Season 2 is now in production", "the show is currently in production"
    r"|\b(?:season\s+\w+|series|show|drama|it|sequel|season)\s+(?:is|are)\s+(?:now\s+|currently\s+|already\s+|officially\s+)?"
    r"in\s+(?:full\s+)?production\b"
    # "The eight-part second series is currently filming in Glasgow"
    r"|\b(?:season|series|show|drama|it)\s+(?:\d+\s+|one\s+|two\s+|three\s+|four\s+)?(?:is|are)\s+"
    r"(?:currently\s+|now\s+|already\s+)?(?:filming|shooting)\b"
    # "with filming under way in Yorkshire"
    r"|\bwith\s+(?:filming|shooting|production|principal\s+photography)\s+(?:now\s+|already\s+|well\s+)?"
    r"(?:underway|under\s+way|in\s+progress)",
    re.I,
)


_NULL_FILMING_CUES = cue_groups(_NULL_FILMING)
_FILM_WHICH_BEFORE = re.compile(r"\b(?:feature|film|movie|biopic)\s+[\"“‘']?(?:[A-Z][\w'’-]*(?:\s+|(?=[,\"”’']))){1,5}[\"”’']?,\s+which\s+(?:\w+\s+){0,2}$")
_ANIME = re.compile(r"\banime\b", re.I)


def _null_filming(ctx: SentenceContext) -> list[Claim]:
    text = ctx.text
    out: list[Claim] = []
    if not holds_cues(text, _NULL_FILMING_CUES):
        return out
    for m in _NULL_FILMING.finditer(text):
        if m.group().lower().endswith(" in production") and _ANIME.search(text):
            continue  # "a second season of the TV anime is in production": drawing, not filming
        if _FILM_WHICH_BEFORE.search(text, 0, m.start()):
            continue  # "in the feature Tidewater Road, which begins shooting next month": a film's shoot
        seasons: list[int | None] = list(ctx.seasons_in_clause(m.start(), m.end()))
        if not seasons:
            # (not a season that only dates the news: "two years after season 3 arrived, ...
            # cameras are already rolling")
            told = [f for f in _season_mentions(ctx) if not _TIME_WORD_END.search(text, max(0, f[0] - 30), f[0])]
            near = _nearest_before(told, 0, m.start())
            seasons = list(near) or [_future_season(ctx)]
        for season in seasons:
            out.append(
                ctx.claim(
                    FILMING,
                    None,
                    m.start(),
                    m.end(),
                    season=season,
                    stance=_local_stance(ctx, m.start(), m.end()),
                )
            )
    return out


# --------------------------------------------------------------------------- episodes

_NUM_WORDS = [
    w for w in NUMBER_WORDS if w.isalpha() and w not in ("a", "an", "single", "dozen", "one")
]
_NUM = r"(\d{1,3}|" + "|".join(sorted(_NUM_WORDS, key=len, reverse=True)) + r"|twenty-\w+)"
_COUNT_PATTERNS = (
    re.compile(
        r"\b"
        + _NUM
        + r"-episodes?\b(?!\s+(?:premiere|finale|event|opener|debut|arc|story|block|special|launch|stint|role|cameo|guest|appearance|run\s+as|drops?|batch|bow))",
        re.I,
    ),
    re.compile(
        r"\b(?:episodes|number\s+of\s+episodes|no\.\s+of\s+episodes|episode\s+count)\s*[:\-–|]\s*"
        + _NUM
        + r"\b",
        re.I,
    ),
    # "16 episode" (a plural without its s) counts too; "one episode" is not in _NUM
    re.compile(r"\b" + _NUM + r"\s+(?:new\s+|hour-long\s+|half-hour\s+)?episodes?\b", re.I),
    re.compile(
        r"\b"
        + _NUM
        + r"-part\s+(?:[\w-]+\s+){0,2}(?:drama|series|miniseries|show|thriller|docuseries|season)\b",
        re.I,
    ),
    re.compile(r"\b" + _NUM + r"-parter\b", re.I),  # "an unfashionable six-parter"
    # "officially ordering 13 more hour-long episodes": the new season's order
    re.compile(
        r"(?:(?<=\bordered\s)|(?<=\bordering\s)|(?<=\borders\s)|(?<=\border\s)|(?<=\bordered\sanother\s)|(?<=\bordering\sanother\s)|(?<=\bordered\sa\sfurther\s))"
        + _NUM
        + r"\s+(?:(?:more|additional|further)\s+)?(?:[\w-]+\s+)?episodes\b",
        re.I
    ),
)
_ELLIPTIC = re.compile(
    r"\b(?:gets|get|getting|will\s+have|has|have|had)\s+(?:only\s+|just\s+)?"
    + _NUM
    + r"(?=\s*(?:[,.;]|$|\s+(?:instead|this\s+time)))",
    re.I,
)
_EACH = re.compile(r"\b" + _NUM + r"\s+each\b", re.I)
# "a 10-episode order that could expand to 12", "trimmed from ten to eight"
_CHANGED_TO = re.compile(
    r"\b(?:expand|grow|increase|rise|extend|stretch|bump|cut|trim|reduce|shrink|drop)(?:s|ed|ing)?"
    r"(?:\s+(?:it|that|the\s+(?:order|count|season)))?(?:\s+(?:from\s+)?\S+)?\s+to\s+"
    + _NUM
    + r"\b(?!\s*(?:%|percent|million|hours|minutes|weeks|months|years|days|seasons?)\b)",
    re.I,
)
_COUNT_BLOCK_BEFORE = re.compile(
    r"(?:\b(?:first|last|final|opening|remaining|next|other|previous|initial|closing)"
    r"|\b(?:direct(?:s|ed|ing)?|wr(?:ite|ote|ites|iting)|penn(?:ed)?|helm(?:s|ed)?)(?:\s+\w+)?|\bblock\s+of)\s+$",
    re.I,
)
_TOTAL = re.compile(
    # (not "25 episodes across two cours": a season's parts)
    r"\b(?:total|together|combined|altogether|across(?!\s+(?:its\s+|the\s+)?(?:two|three|four|\d)\s+(?:cours|parts|halves|volumes|batches)\b)"
    r"|in\s+all|so\s+far)\b",
    re.I,
)
_COMPARE = re.compile(
    r"\b(?:than|as|like|compared\s+(?:with|to)|unlike|(?:down|up)\s+from)\s+(?:[\w-]+\s+){0,5}$", re.I
)
_SEVERAL = re.compile(r"\b(?:both|the\s+two|the\s+first\s+two)\s+seasons\b", re.I)
_ALL_N_SEASONS = re.compile(r"\ball\s+(?:of\s+)?(?:the\s+|its\s+)?(two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+(?:seasons|series)\b", re.I)
_PAST_COUNT = re.compile(
    r"\b(?:premiered|aired|debuted|landed|came\s+out|released|had|ran|dropped|arrived|consisted|comprised|"
    r"began\s+life|started\s+life|wrapped\s+up|wrapped|finished|concluded|ended|"
    r"featured|filmed|shot|launched|"
    # "The 12-episode series reached a peak viewership of 14.2 percent": a run that has aired
    r"reached|peaked|topped|averaged|drew|pulled\s+in|racked\s+up)\b",
    re.I,
)
_SAME_AS = re.compile(r"\bsame\s+(?:(?:number|count|amount)\s+)?as\s+(?:in\s+)?", re.I)


def _num_value(token: str) -> int | None:
    token = token.lower()
    if token.isdigit():
        return int(token)
    if token.startswith("twenty-"):
        rest = NUMBER_WORDS.get(token.split("-", 1)[1])
        return 20 + rest if rest and rest < 10 else None
    return NUMBER_WORDS.get(token)


def _episode_claims(ctx: SentenceContext, dated: list[Claim]) -> list[Claim]:
    text = ctx.text
    out: list[Claim] = []
    premiered = [c.season for c in dated if c.kind == PREMIERE]
    earlier = [m.span() for m in _EARLIER_RUNS.finditer(text)] if "-part" in text or "-episode" in text else []
    for start, end, value in _counts(text):
        if _not_season_count(ctx, start, end) or any(s <= start < e for s, e in earlier):
            continue  # (the earlier runs' count is theirs: see _compared_counts)
        seasons = _count_seasons(ctx, start, end) or _unnamed_count_seasons(ctx, premiered)
        seasons = _with_every_earlier(ctx, end, seasons)
        for season in seasons:
            stance = _count_stance(ctx, start, end)
            out.append(
                ctx.claim(
                    "episodes",
                    value,
                    start,
                    end,
                    season=season,
                    show=_show_for(ctx, start),
                    stance=stance,
                )
            )
        out += _implied_counts(ctx, start, end, value)
        gapped = _GAPPED_COUNT.match(text, end)
        count = _num_value(gapped.group("n")) if gapped else None
        named = find_seasons(gapped.group("season")) if gapped and count else []
        if gapped and named:
            # "Season 1 ran for ten episodes and season 2 for nine": the verb and noun left out
            n_start, n_end = gapped.span("n")
            out.append(
                ctx.claim("episodes", count, n_start, n_end, season=named[0].number, show=_show_for(ctx, start),
                          stance=_count_stance(ctx, n_start, n_end))
            )
    out += [c for c in _answered_count(ctx) if all(c.value != o.value for o in out)]
    if out:
        ctx.doc.memo[_COUNT_MEMO] = (ctx.sentence.block.index, ctx.sentence.position)
    else:
        out = _follow_up_counts(ctx)
    return out


_GAPPED_COUNT = re.compile(
    r"(?:\s+episodes)?(?:\s+each)?,?\s+(?:and|while|whereas|but)\s+(?P<season>(?:season|series)\s+\w+|the\s+\w+\s+(?:season|series))\s+"
    r"(?:for|with|had|got|ran\s+for|ran\s+to|just|only)?\s*(?P<n>" + _NUM + r")\b(?!\s*(?:[-–]|episodes|years|months|weeks|days|hours|minutes|mins|seconds|percent|%))",
    re.I,
)


# "How many episodes will X season 2 have?" answered "Ten, two more than ...": the number that
# opens the first sentence under the question is the count of the season the question names.
_HOW_MANY_EPISODES = re.compile(r"\bhow\s+many\s+episodes\b", re.I)
_ANSWER_COUNT = re.compile(r"^(?:There\s+(?:are|will\s+be)\s+)?" + _NUM + r"(?=\s*(?:[,.;:—–]|\s+(?:episodes|in\s+total)\b))", re.I)


def _answered_count(ctx: SentenceContext) -> list[Claim]:
    heading = ctx.sentence.block.heading
    if ctx.sentence.position != 0 or not heading or not _HOW_MANY_EPISODES.search(heading):
        return []
    match = _ANSWER_COUNT.match(ctx.text)
    value = _num_value(match.group(1)) if match else None
    if not value or not 0 < value < 200:
        return []
    season = _heading_season(ctx) or ctx.doc.target_season
    return [ctx.claim("episodes", value, match.start(1), match.end(1), season=season, stance="asserted")]  # type: ignore[union-attr]


_COUNT_MEMO = "schedule.last_count"
# "Season 1 had 10 episodes. The second season was shorter, at seven.": a bare number after
# a sentence that counted episodes, in a sentence about another season.
_BARE_COUNT = re.compile(
    r"\b(?:at|with|has|had|have|gets|got|get|runs?|ran)\s+(?:only\s+|just\s+|a\s+mere\s+)?"
    + _NUM
    + r"(?=\s*(?:[,.;!]|$|\s+(?:instead|this\s+time|in\s+total)\b))",
    re.I,
)


def _follow_up_counts(ctx: SentenceContext) -> list[Claim]:
    last = ctx.doc.memo.get(_COUNT_MEMO)
    block, position = ctx.sentence.block.index, ctx.sentence.position
    if last != (block, position - 1) or not _season_mentions(ctx):
        return []
    out: list[Claim] = []
    for m in _BARE_COUNT.finditer(ctx.text):
        value = _num_value(m.group(1))
        seasons = _count_seasons(ctx, m.start(1), m.end(1))
        if value and seasons:
            out += [
                ctx.claim(
                    "episodes",
                    value,
                    m.start(1),
                    m.end(1),
                    season=season,
                    show=_show_for(ctx, m.start()),
                    stance=_count_stance(ctx, m.start(1), m.end(1)),
                )
                for season in seasons
            ]
    return out


_EPISODES_PLURAL = re.compile(r"\bepisodes\b", re.I)
_EPISODE_WORD = re.compile(r"\bepisodes?\b|-episode\b", re.I)
# Every count below is a match of a count pattern, or comes after "episode(s)" is found.
_COUNT_CUES = either(*_COUNT_PATTERNS, _EPISODES_PLURAL, _EPISODE_WORD)


# "four episodes shorter than", "two episodes fewer", "three episodes more than": a difference.
_DIFFERENCE_AFTER = re.compile(
    r"\s+(?:(?:much|far)\s+)?(?:shorter|longer|fewer|more|less|short\s+of)\b", re.I
)


# A press release's format: "Series one (6 x 60′)", "8 x 45 mins" (searched on its own: it has
# no word for the count patterns' gate).
_FORMAT_COUNT = scan_faster(re.compile(r"(?<![\w.])(\d{1,2})\s*[x×]\s*[1-9]\d\s*(?:['′’]|mins?\b|minutes\b)", re.I))


def _counts(text: str) -> list[tuple[int, int, int]]:
    formats = [(m.start(), m.end(), int(m.group(1))) for m in _FORMAT_COUNT.finditer(text) if int(m.group(1))]
    if not holds_cues(text, _COUNT_CUES):
        return formats
    found: dict[int, tuple[int, int, int]] = {f[0]: f for f in formats}
    for pattern in _COUNT_PATTERNS:
        for m in pattern.finditer(text):
            value = _num_value(m.group(1))
            if (
                value
                and 0 < value < 200
                and m.start() not in found
                and not _two_parts(m.group(0), value)
                and not _DIFFERENCE_AFTER.match(text, m.end())
            ):
                found[m.start()] = (m.start(), m.end(), value)
    loose: list[re.Match[str]] = []
    if _EPISODES_PLURAL.search(text):
        # (not a season number: "Seasons 1 and 2 each had eight episodes")
        listed = [(m.start, m.end) for m in find_seasons(text)]
        loose += [m for m in _EACH.finditer(text) if not any(s <= m.start() < e for s, e in listed)]
        loose += list(_ELLIPTIC.finditer(text))
    if _EPISODE_WORD.search(text):
        loose += list(_CHANGED_TO.finditer(text))
    for m in loose:
        value = _num_value(m.group(1))
        if value and m.start() not in found:
            found[m.start()] = (m.start(), m.end(), value)
    return [found[k] for k in sorted(found)]


def _two_parts(match: str, value: int) -> bool:
    """ "a two-part season" is a season released in parts, not a two-episode season."""
    return "-part" in match.lower() and value < 3


# "will debut with two episodes on July 4, followed by weekly episodes": a launch batch.
_BATCH_BEFORE = re.compile(
    r"\b(?:premier|debut|launch|open|kick|arriv|return|drop|land|bow|start)\w*(?:\s+off)?"
    r"(?:\s+(?:[^.;]|\.(?=\s\d)){0,40}?)?,?\s+with\s+(?:a\s+|its\s+|the\s+)?(?:first\s+)?$",  # (and "Feb. 20")
    re.I,
)
_LAUNCH_DAY_AFTER = re.compile(
    r"\s+(?:on|at)\s+(?:launch(?:\s+day)?|day\s+one|premiere\s+(?:day|night)|release\s+day|debut)\b", re.I
)
_BATCH_AFTER = re.compile(
    r"\b(?:followed\s+by|then|the\s+rest|remaining|weekly|each\s+week|every\s+week|per\s+week|"
    r"a\s+week)\b",
    re.I,
)


# A count that is released first, the rest after it: "Two episodes arrive on launch day, then one
# a week", "three episodes drop Friday, followed by ...".
_RELEASED_THEN = re.compile(
    r"(?:\s+episodes?)?\s+(?:will\s+)?(?:arriv|drop|land|premier|debut|air|stream|bow|launch)\w*\b[^.;]{0,40}?"
    r"\b(?:then|followed\s+by|with\s+the\s+rest|the\s+rest|the\s+remaining)\b",
    re.I,
)
_STORY = re.compile(r"\bstory\b", re.I)
_CREDITED_AFTER = re.compile(
    r"(?:\s+of\s+(?:the\s+)?(?:new\s+|next\s+|upcoming\s+)?(?:season|series)(?:\s+\w+)?)?\s+(?:were|are|will\s+be|have\s+been|was)\s+"
    r"(?:\w+ly\s+)?(?:directed|written|helmed|penned|scripted|shot)\b",
    re.I,
)
_RATE_AFTER = re.compile(
    r"\s+(?:released\s+|dropping\s+|airing\s+|arriving\s+)?(?:a|per|every|each)\s+(?:week|day|night|month|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\s+weekly|\s+into\b",
    re.I,
)
_DEFINITE_BEFORE = re.compile(r"\b(?:its|the|their|all(?:\s+of\s+its)?)\s+$", re.I)
# A part of a season as a subject: "the second cour", "Part 1" (not "a two-cour run").
_PART_WORD = re.compile(
    r"\b(?:the|this|that|each|its)\s+(?:[\w-]+\s+)?(?<!-)(?:part|cour|half|volume)\b"
    r"|\b(?:part|volume|vol\.|cour)\s+(?:\d+|one|two|three|four|i{1,3}|iv)\b",
    re.I,
)
_SEASON_WORD = re.compile(r"\b(?:season|series)\b", re.I)
_OF_THE_SEASON = re.compile(r"\s+of\s+(?:the|this|its)\s+(?:[\w-]+\s+)?(?:season|series)\b", re.I)
_PART_OF_THE_SEASON = re.compile(r"\b(?:part|volume|cour)\s+\w+\s+of\s+(?:the|this)\s+(?:new\s+|current\s+)?season\b", re.I)
_NUMBERING_NOUN_END = re.compile(r"\b(?:season|series|part|volume|chapter|cour)\s+$", re.I)
_ALL_END = re.compile(r"\ball\s+$", re.I)
_SEASONS_WORD = re.compile(r"\bseasons\b", re.I)


_EACH_AFTER = re.compile(r"(?:\s+episodes)?\s+(?:each|apiece)\b", re.I)
_PARTS_BEFORE = re.compile(r"\b(?:parts|cours|halves|volumes|batches|blocks)\b", re.I)
_MILESTONE_BEFORE = re.compile(
    r"\b(?:past|beyond|surpass(?:es|ed|ing)?|cross(?:es|ed|ing)?|reach(?:es|ed|ing)?|hit(?:s|ting)?)\s+(?:the\s+)?$", re.I
)
_IN_TOTAL_AFTER = re.compile(r"(?:\s+episodes)?\s+(?:in\s+total|in\s+all|altogether)\b", re.I)


_SEASONS_AND_BEFORE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:seasons|series)(?:\s+and|,)\s+$", re.I)


def _not_season_count(ctx: SentenceContext, start: int, end: int) -> bool:
    text = ctx.text
    before = text[:start]
    if _BATCH_BEFORE.search(before) and (_BATCH_AFTER.search(text[end:]) or (_num_value(text[start:end].split()[0]) or 9) < 4):
        return True  # "premiered on Friday, February 20, with two episodes": a launch batch
    if _LAUNCH_DAY_AFTER.match(text, end):
        return True  # "with two episodes on launch day and the rest weekly": a launch batch
    if _SEASONS_AND_BEFORE.search(text, max(0, start - 40), start):
        return True  # "ended after three seasons and 24 episodes": the whole run's count
    if _COUNT_BLOCK_BEFORE.search(before) and not _ALL_END.search(before):
        return True
    if not _ALL_END.search(before) and _RELEASED_THEN.match(text, end):
        return True  # "Two episodes arrive on launch day, then one a week": a launch batch
    seasons_in_parts = ctx.doc.parts_are_seasons  # ("Parts 1 and 2 had five episodes each": the seasons')
    if _PART.search(text[max(0, start - 30) : start]) and not seasons_in_parts:
        return True
    if _MILESTONE_BEFORE.search(before):
        return True  # "could push the series past 180 episodes": a run's milestone
    if _EACH_AFTER.match(text, end) and _PARTS_BEFORE.search(before) and not seasons_in_parts:
        return True  # "split into two parts of four episodes each": a part's count
    # "the second cour follows in the summer, for 24 episodes in total": the parts' sum, the season's
    summed = bool(_IN_TOTAL_AFTER.match(text, end) and _PART_WORD.search(before)) and not _SEASONS_WORD.search(text)
    parts = [] if summed or seasons_in_parts else list(_PART_WORD.finditer(before))
    part = parts[-1] if parts else None
    own = _OF_THE_SEASON.match(before, part.end()) if part is not None else None  # "Part 1 of the season"
    if part is not None and not _SEASON_WORD.search(before, own.end() if own else part.end()):
        return True  # "The second cour will run for 12 episodes": the part's count, not the season's
    if text[start : start + 1].isdigit() and _NUMBERING_NOUN_END.search(before):
        return True  # "Series 2 episodes are helmed by ...": the number names the season
    if _STORY.search(text[end : end + 10]):
        return True
    if _CREDITED_AFTER.match(text, end):
        return True  # "Three episodes of the new season were directed by X": that director's share
    if _RATE_AFTER.match(text[end:]) and not _DEFINITE_BEFORE.search(before):
        return True  # "two episodes a week" (but "rolled out its ten episodes weekly": all of them)
    total = next((m for m in _TOTAL.finditer(text, max(0, start - 30)) if m.end() <= end + 12), None)
    if total and total.end() <= start and any(total.end() <= p < start for p, _n in _season_mentions(ctx)):
        total = None  # "In total, the first season had 23 episodes and the second 25": each season's own
    if not summed and total:
        plural = _SEASONS_WORD.search(text)
        like = (_LIKE_EARLIER.search(text) or _COMPARED_SEASONS.search(text, end)) if plural else None
        if like and like.start() <= plural.start() < like.end():  # type: ignore[union-attr]
            # "eight episodes in all, the same as each of the first two seasons", "the same number
            # as seasons 1 and 2": the seasons compared
            plural = _SEASONS_WORD.search(text, like.end())
            numbers = {n for p, n in _season_mentions(ctx) if not like.start() <= p < like.end()}
        else:
            numbers = {n for _p, n in _season_mentions(ctx)}
        if len(numbers) > 1 or plural:
            return True
    return False


# "12 episodes in the first season", "the 13 episodes that made up season 1"
_COUNT_OF = re.compile(
    r"\s*(?:(?:that|which)\s+(?:made|make|makes|comprised|comprise|comprises|formed|form|forms)"
    r"(?:\s+up)?\s+(?:the\s+|its\s+)?|(?:of|in|for)\s+(?:the|its)\s+|(?:of|in|for)\s+)?",
    re.I,
)


_EVERY_SEASON_SO_FAR = re.compile(
    r"\b(?:every|each)\s+(?:season|series)\s+(?:so\s+far|to\s+date|until\s+now|yet)\b|\b(?:every|each)\s+(?:previous|prior|past)\s+(?:season|series)\b"
    r"|\ball\s+(?:the\s+)?(?:previous|prior|past|earlier)\s+(?:seasons|series)\b"
    # "Each season ran to eight episodes": the ones aired (not "each season will run ...")
    r"|\b(?:every|each)\s+(?:season|series)\s+(?:so\s+far\s+)?(?:ran|has\s+run|had|has\s+had|consisted|comprised)\b"
    # "Each series has six episodes" in an article about the one to come: the ones there are
    r"|\b(?:every|each)\s+(?:season|series)\s+(?:has|runs|consists\s+of|comprises|is\s+made\s+up\s+of)\b",
    re.I,
)
# "The first season had 11 episodes, and the second had 13": the season an ordinal alone names
_ELIDED_SEASON = re.compile(
    r"\b(?:and|while|whereas|but)\s+the\s+(first|second|third|fourth|fifth|sixth)\s+(?:one\s+)?"
    r"(?:(?:had|ran\s+(?:to|for)|got|has|was|comprised)\s+(?:just\s+|only\s+)?)?$",
    re.I,
)


def _count_seasons(ctx: SentenceContext, start: int, end: int) -> list[int | None]:
    """The seasons the sentence ties the count to; empty when it names none."""
    text = ctx.text
    left, right = clause_span(text, start, end)
    mentions = _season_mentions(ctx)
    found = [f for f in mentions if not _compared(text, f[0])]
    elided = _ELIDED_SEASON.search(text, max(0, start - 60), start)
    if elided and any(pos < elided.start() for pos, _n in found):
        return [ORDINALS[elided.group(1).lower()]]
    every = _EVERY_SEASON_SO_FAR.search(text, left, start)
    target = ctx.target_season if _show_for(ctx, start) == ctx.doc.main else None
    if every and target and target > 1 and not any(every.start() <= pos < start for pos, _n in found):
        return list(range(1, target))  # "Every season so far has run to ten episodes": each one aired
    counted = _ALL_N_SEASONS.search(text, left, start)
    if counted:  # "All three seasons ran for eight episodes each": each of them
        return list(range(1, (number_value(counted.group(1)) or 0) + 1))
    several = _SEVERAL.search(text, left, start)
    if several:
        # "Like the first two seasons, season 3 will consist of eight": the compared seasons
        # share the count with the one the clause is about
        named = _nearest_before(found, several.end(), start) if _compared(text, several.start()) else []
        return [1, 2, *(n for n in named if n not in (1, 2))]
    after = [f for f in mentions if end <= f[0] <= end + 40]
    if after and _COUNT_OF.fullmatch(text[end : after[0][0]]):
        return [after[0][1]]
    local = _nearest_before(found, left, start)
    if local:
        return list(local)
    if _NEW_SEASON.search(text[left:right]):
        return [_future_season(ctx)]
    rest = [f for f in found if start < f[0] < right]
    if rest:
        return [rest[0][1]]
    earlier = _nearest_before(found, 0, start)
    if earlier:
        return list(earlier)
    return []


# "eight episodes, the same as every previous season": the earlier seasons had that count too
_SAME_AS_EVERY_EARLIER = re.compile(
    r",?\s+(?:the\s+same(?:\s+(?:length|number|count|size|episode\s+count))?\s+as|just\s+like|like|matching)\s+"
    r"(?:every|each|all)(?:\s+of)?(?:\s+the)?\s*"
    r"(?:previous|prior|past|earlier)\s+(?:(?:two|three|four|five|six|\d)\s+)?(?:season|seasons|series|runs?|instal?lments?)\b",
    re.I,
)


def _with_every_earlier(ctx: SentenceContext, end: int, seasons: list[int | None]) -> list[int | None]:
    """``seasons`` and, when the count is said to match every earlier season, each of those."""
    if len(seasons) != 1 or seasons[0] is None or not _SAME_AS_EVERY_EARLIER.match(ctx.text, end):
        return seasons
    return [*seasons, *(n for n in range(1, seasons[0]) if n not in seasons)]


def _unnamed_count_seasons(ctx: SentenceContext, premiered: list[int | None]) -> list[int | None]:
    """A count whose sentence names no season: the season of the sentence's premiere claim
    ("aired from September 6, with 12 episodes"), else of the previous sentence ("It had six")."""
    pronoun = _pronoun_season(ctx)
    if pronoun is not None:
        return [pronoun]
    if len(set(premiered)) == 1 and not _season_mentions(ctx):
        return [premiered[0]]
    return [_default_count_season(ctx)]


def _compared(text: str, pos: int) -> bool:
    head = text[max(0, pos - 50) : pos]
    return bool(_COMPARE.search(head) or _SAME_AS.search(head))


def _default_count_season(ctx: SentenceContext) -> int | None:
    heading = _heading_season(ctx)
    target = ctx.doc.target_season
    if heading is not None and heading == target and target > 1 and _AIRED_COUNT.search(ctx.text):
        return target - 1  # "All six episodes went on to draw ..." under "Is X back for series 2?"
    if heading is not None:
        return heading
    if ctx.show != ctx.doc.main or ctx.doc.target_season is None:
        earlier = None if _past_count(ctx.text) else _earlier_block_season(ctx)
        if earlier is not None:
            return earlier  # "... where Season 3 will premiere. Hulu is planning a 10-episode run."
        if ctx.show != ctx.doc.main:
            return 1
    if _past_count(ctx.text):
        return 1
    return ctx.doc.target_season


_FUTURE_BEFORE = re.compile(r"\b(?:will|to|[’']ll|would|could|should|may|might)\s+(?:\w+\s+)?(?:be\s+)?$", re.I)


def _past_count(text: str) -> bool:
    """A past verb of the episodes ("premiered with 12 episodes"), not a future one ("All
    eight episodes will be released at once")."""
    return any(not _FUTURE_BEFORE.search(text, 0, m.start()) for m in _PAST_COUNT.finditer(text))


def _earlier_block_season(ctx: SentenceContext, of_show: str | None = None) -> int | None:
    """The last season the earlier sentences of the same paragraph name (at most three back);
    with ``of_show``, only from a sentence that names no other show."""
    index = ctx.sentence.index
    if index > len(ctx.doc.sentences):
        return None
    for back in range(1, min(ctx.sentence.position, 3) + 1):
        earlier = ctx.doc.sentences[index - back].text
        found = find_seasons(earlier)
        if found and of_show is not None and any(m.title != of_show for m in ctx.doc.shows.mentions(earlier)):
            return None
        if found:
            return found[-1].number
    return None


# Past-tense verbs of episodes that have aired: they are the last aired season's, not the
# upcoming one's.
_AIRED_COUNT = re.compile(
    r"\b(?:went\s+on\s+to|drew|pulled\s+in|averaged|racked\s+up|earned|premiered|aired|debuted|"
    r"dropped|arrived|landed|came\s+out|reached|peaked|topped|scored|ranked|won|became)\b",
    re.I,
)
_PREVIOUS_SEASON = re.compile(r"\b(?:the|its)\s+(?:previous|last|prior|preceding)\s+(?:season|series|instal?lment)\b(?!\s+(?:of|finale)\b)", re.I)
# A season named only to compare with: "eight episodes, down from 10 in Season 2, and is slated ...".
_COMPARED_BEFORE = re.compile(r"\b(?:(?:down|up)\s+from|compared\s+(?:with|to))\b[^,;.]{0,25}$", re.I)
_WHICH_AFTER_SEASON = re.compile(r"[^,;.]{0,30}?,?\s+(?:which|that)\b", re.I)
# "two fewer than the second season's 12", "down from season 1's eight"
_THAN_SEASON = re.compile(
    r"\b(?:(?:fewer|more|less)\s+than|down\s+from|up\s+from)\s+(?:the\s+)?$", re.I
)


_EPISODE_NOUN = re.compile(r"\bepisodes?\b", re.I)
_POSSESSIVE_COUNT = re.compile(r"[’']s\s+" + _NUM + r"\b(?!\s*(?:%|percent|million|minutes|hours))", re.I)
# "trimmed from the ten that made up Season 2", "down from the 12 of season 1"
_FROM_COUNT_OF = re.compile(
    r"\bfrom\s+(?:the\s+)?" + _NUM + r"\s+(?:episodes\s+)?(?:that\s+made\s+up|which\s+made\s+up|of|in)\s+(?:the\s+)?$", re.I
)
# "18 episodes for next season, down from this year's 22": the current season's count.
_THIS_YEARS = re.compile(
    r"\b(?:down|up)\s+from\s+(?:this|the\s+current|last)\s+(?:year|season)['’]s\s+" + _NUM + r"\b", re.I
)
_FROM_LAST_SEASON = re.compile(
    r"\b(?:down|up)\s+from\s+" + _NUM + r"\s+(?:episodes\s+)?(?:last\s+(?:season|year|time)|in\s+the\s+previous\s+season)\b", re.I
)
# "Like the first season, the new run has six episodes": the compared season has as many.
_LIKE_PREDECESSORS = re.compile(r"\W*(?:like|as\s+with|just\s+like)\s+(?:its|the|their)\s+(?:two\s+|three\s+)?(?:predecessors|previous\s+seasons|earlier\s+seasons)\s*,", re.I)
_THAN_A_SEASON = re.compile(
    r"\b(?:fewer|more|less|shorter|longer)\s+than\s+(?:the|its)\s+(?P<n>" + _NUM[1:-1] + r")-(?:episode|part)\s+"
    r"(?P<ord>first|second|third|fourth|fifth|sixth)\s+(?:season|series)\b",
    re.I,
)
_EARLIER_RUNS = re.compile(
    r"\b(?:the|its|their)\s+(?:previous|past|last|first)\s+(?P<runs>two|three|four|2|3|4)\s+(?P<n>" + _NUM[1:-1] + r")-(?:part|episode)\s+"
    r"(?:seasons|series|runs)\b",
    re.I,
)
_LIKE_SEASON = re.compile(r"^\W*(?:like|as\s+with|just\s+like)\s+(?:the\s+|its\s+)?$", re.I)


def _compared_counts(ctx: SentenceContext) -> list[Claim]:
    """A season's count stated in a comparison: "10 episodes, two fewer than the second
    season's 12" gives season 2 twelve episodes."""
    text = ctx.text
    out: list[Claim] = []
    if not _EPISODE_NOUN.search(text):
        return out
    for mention in ctx.seasons:
        head = text[max(0, mention.start - 60) : mention.start]
        found = _FROM_COUNT_OF.search(head)
        value = _num_value(found.group(1)) if found else None
        if found and value:
            start = mention.start - len(head) + found.start()
            out.append(
                ctx.claim("episodes", value, start, mention.end, season=mention.number,
                          show=_show_for(ctx, start), stance=_count_stance(ctx, start, mention.end))
            )
        counts = _counts(text)
        if _LIKE_SEASON.match(text[: mention.start]) and len(counts) == 1:
            start, end, value = counts[0]
            out.append(ctx.claim("episodes", value, start, end, season=mention.number, show=_show_for(ctx, start)))
    if _LIKE_PREDECESSORS.match(text):  # "Like its predecessors, the new season will have nine episodes"
        counts, future = _counts(text), _future_season(ctx)
        if len(counts) == 1 and future and future > 1:
            start, end, value = counts[0]
            out += [ctx.claim("episodes", value, start, end, season=n, show=_show_for(ctx, start)) for n in range(1, future)]
    than = _THAN_A_SEASON.search(text)
    if than:  # "nine episodes, one fewer than the 10-episode first season": that season's count
        value, number = _num_value(than.group("n")), ORDINALS.get(than.group("ord").lower())
        if value and number:
            out.append(ctx.claim("episodes", value, than.start(), than.end(), season=number, show=_show_for(ctx, than.start())))
    earlier = _EARLIER_RUNS.search(text)
    future = _future_season(ctx) if earlier else None
    if earlier and future:  # "Unlike the previous two four-part series, the new run has six episodes"
        runs, value = _num_value(earlier.group("runs")), _num_value(earlier.group("n"))
        if runs and value and future - runs >= 1:
            out += [
                ctx.claim("episodes", value, earlier.start(), earlier.end(), season=n, show=_show_for(ctx, earlier.start()))
                for n in range(future - runs, future)
            ]
    last = _FROM_LAST_SEASON.search(text)
    if last and _counts(text[: last.start()]):
        future = _future_season(ctx)
        value = _num_value(last.group(1))
        if future and future > 1 and value:  # "18 episodes, down from 22 last season"
            out.append(
                ctx.claim("episodes", value, last.start(), last.end(), season=future - 1,
                          show=_show_for(ctx, last.start()), stance=_count_stance(ctx, last.start(), last.end()))
            )
    this_year = _THIS_YEARS.search(text)
    if this_year and _NEW_SEASON.search(text[: this_year.start()]):
        future = _future_season(ctx)
        value = _num_value(this_year.group(1))
        if future and future > 1 and value:
            out.append(
                ctx.claim("episodes", value, this_year.start(), this_year.end(), season=future - 1,
                          show=_show_for(ctx, this_year.start()), stance=_count_stance(ctx, this_year.start(), this_year.end()))
            )
    for mention in ctx.seasons:
        if not _THAN_SEASON.search(text[max(0, mention.start - 30) : mention.start]):
            continue
        count = _POSSESSIVE_COUNT.match(text[mention.end :])
        value = _num_value(count.group(1)) if count else None
        if count and value:
            start, end = mention.start, mention.end + count.end()
            out.append(
                ctx.claim(
                    "episodes",
                    value,
                    start,
                    end,
                    season=mention.number,
                    show=_show_for(ctx, start),
                    stance=_count_stance(ctx, start, end),
                )
            )
    return out


_AGAIN_HAS = re.compile(r"\bagain\s+(?:has|have|had|gets|consists|runs)\b", re.I)


# The earlier seasons a count is likened to: "Like the previous three seasons, season 4 has
# eight episodes", "like the first, it had eight episodes", "the same as each of the first two
# seasons".
_LIKE_EARLIER = re.compile(
    r"\b(?:[Ll]ike|[Aa]s\s+with|same\s+as(?:\s+in)?(?:\s+(?:each\s+of|both\s+of|all\s+of))?)\s+(?:the|its)\s+"
    r"(?:(?P<which>first|previous|last|earlier|prior)\s+(?P<n>two|three|four|five|\d)\s+(?:seasons|series)"
    r"|(?P<one>first|previous|last|prior)(?:\s+(?:season|series|one))?)\b"
    # (not "the first two runs", "the first episodes", nor "just like the first season did": the action compared)
    r"(?!\s+(?:(?:episode|half|part|cour)s?|two|three|four|five|\d+|did|does|do|was|were|had|has)\b)"
)


_COMPARED_SEASONS = re.compile(
    r"\bsame\s+(?:(?:number|count|amount)\s+)?as\s+(?:in\s+)?(?:(?:both|each\s+of|all)\s+)?(?:seasons|series)\s+"
    r"\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})*\b",
    re.I,
)


def _earlier_seasons(like: re.Match[str], own: int | None) -> list[int]:
    if like.group("one"):
        if like.group("one") == "first":
            return [1] if own != 1 else []
        return [own - 1] if own and own > 1 else []
    count = NUMBER_WORDS.get(like.group("n"), 0) if not like.group("n").isdigit() else int(like.group("n"))
    if like.group("which") == "first":
        return [n for n in range(1, count + 1) if n != own]
    return list(range(own - count, own)) if own and own - count >= 1 else []


def _implied_counts(ctx: SentenceContext, start: int, end: int, value: int) -> list[Claim]:
    """ "the same number as the first season" and "Season 2 again has eight episodes"."""
    text = ctx.text
    out: list[Claim] = []
    same = _SAME_AS.search(text, end)
    mentions = [f for f in _season_mentions(ctx) if same.end() <= f[0] <= same.end() + 8] if same else []
    if same and mentions:
        listed = _COMPARED_SEASONS.match(text, same.start())
        seasons = [n for p, n in _season_mentions(ctx) if listed and listed.start() <= p < listed.end()] or [mentions[0][1]]
        out += [ctx.claim("episodes", value, start, end, season=n, show=_show_for(ctx, start)) for n in dict.fromkeys(seasons)]
    like = _LIKE_EARLIER.search(text)
    if like and max(like.start() - end, start - like.end()) > 30:
        like = None  # (likened in another clause)
    if like and not mentions:
        own = [s for s in _count_seasons(ctx, start, end) if s]
        out += [
            ctx.claim("episodes", value, start, end, season=season, show=_show_for(ctx, start))
            for season in _earlier_seasons(like, own[0] if own else None)
        ]
    if _AGAIN_HAS.search(text[max(0, start - 25) : start]):
        seasons = _count_seasons(ctx, start, end)
        if seasons and seasons[0] and seasons[0] > 1:
            out.append(
                ctx.claim(
                    "episodes", value, start, end, season=seasons[0] - 1, show=_show_for(ctx, start)
                )
            )
    return out


_COUNT_HEDGE = re.compile(
    r"\b(?:suggest(?:s|ed|ing)?|hint(?:s|ed|ing)?|point(?:s|ed|ing)?\s+to|rumou?r(?:s|ed)?|tipped)\b", re.I
)


# A count's noun phrase whose whole predicate is a hedge: "... order (, aside,) seems likely."
_HEDGED_SUBJECT_END = re.compile(
    r"[^,;.]{0,30}?(?:,\s+[^,;.]{1,60},)?\s+(?:seems|looks|appears|is|sounds|feels)\s+(?:\w+\s+)?"
    r"(?:likely|probable|possible|plausible|realistic|on\s+the\s+cards)\s*[.!]?\s*$"
)


def _count_stance(ctx: SentenceContext, start: int, end: int) -> str:
    if _WRONG_AFTER.search(ctx.text[end:]) or _superseded(ctx.text, start):
        return "denied"  # "a typo", "was first announced as ten episodes"
    left, _right = clause_span(ctx.text, start, end)
    if _COUNT_HEDGE.search(ctx.text[left:start]) or is_unconfirmed(ctx.text, end):
        return "speculated"  # "a retailer listing suggests 24 episodes", "..., but there is no source for this"
    if "-" in ctx.text[start:end]:
        if _HEDGED_SUBJECT_END.match(ctx.text, end):
            return "speculated"  # "Another 10-episode order, matching season 4, seems likely.": the order's
        # "The new six-part series is expected to air in autumn": the count is an attribute;
        # the hedge is the predicate's.
        masked = _mask_shows(ctx, 0, len(ctx.text))
        return stance(masked[left:end], start - left, end - left)
    return _local_stance(ctx, start, end)


def _local_stance(ctx: SentenceContext, start: int, end: int) -> str:
    """Stance within the claim's own clause: a hedge or negation in an earlier clause
    ("reportedly 18, while Variety reported 22") or a later one ("..., we expect") does not count."""
    masked = _mask_shows(ctx, 0, len(ctx.text))
    left, right = clause_span(masked, start, end)
    comma = masked.find(",", end)
    if comma != -1:
        right = min(right, comma)
    return stance(masked[left:right], start - left, end - left)
