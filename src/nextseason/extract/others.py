"""Other shows an article reports on as news ("Netflix also renewed Sweet Home").

A capitalised title phrase becomes a show of the document when the sentence reports that
show's own status: a season word right after it ("Sweet Home season 3 arrives"), a news verb
with the title as subject ("Slow Horses has been renewed", "Dandadan, which premiered on ...")
or as object ("Netflix cancelled 1899"), or "the series X ... on <platform>". A title named only
to introduce a person ("known for X", "who also made X", "her drama X"), a film, a game or
a source book is not registered.

The same pass notes the shows whose seasons are on different services (a platform move), which
the platform extractor reads with ``platform_moves``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from weakref import WeakKeyDictionary

from nextseason.extract.cues import CueGroups, cue_groups, holds_cues, scan_faster
from nextseason.extract.lexicon import (
    DATE_START,
    GENRE_NOUNS,
    find_platforms,
    is_company,
    is_platform_name,
)
from nextseason.extract.seasons import find_seasons
from nextseason.extract.shows import ShowIndex
from nextseason.extract.text import Sentence

__all__ = [
    "DISTRIBUTION",
    "TITLE",
    "credit_context",
    "discover_other_shows",
    "platform_cue",
    "platform_head_end",
    "platform_moves",
    "title_spans",
]

_WORD = r"(?:(?!I['’](?:m|ve|ll|d)\b)[A-Z0-9À-ÖØ-Þ][\w'’.&!?-]*(?:/[A-Z][\w'’.&!?-]*)?)"  # ("I'm" is no title's word; "Giri/Haji")
_LINK = r"(?:of|the|and|in|on|a|an|to|for|at|with|from|&|de|la|el|del|der|die|das|no|is|x)"
_PHRASE = _WORD + r"(?:\s+(?:" + _LINK + r"\s+)*" + _WORD + r")*"
# A title with an optional subtitle: "Parasyte: The Grey", "Money Heist: Korea – Joint Economic Area".
TITLE = re.compile(_PHRASE + r"(?:(?::|\s[–—])\s+" + _PHRASE + r")*")



def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# A word that numbers a part of a show: where a title phrase stops.
_SEASON_WORDS = _words("Season Series Part Staffel Temporada Seasons Cour Volume Vol.")
# Prepositions and linking words: they open phrases, and name no one ("Unlike Ahsoka").
_LINKING = _words(
    """And But Or In On At For From With Without As Of Like Unlike After Before Since Until Despite Besides
    Beyond Against Alongside Amid Among During Behind Following Meanwhile However Then When While If Now"""
)
_LEADING = _LINKING | _words(
    """Other So Yes No Also Sadly Whether Fun Still Unfortunately Even Plus Although Though Here Why What
    Who Where How Will Has Is Was Did Does Do Can Could Should Would Our My Your Their His Her Its This
    That These Those Every Each All Both Either Neither Finally Honestly Naturally Obviously Luckily Sure
    Warning Spoilers By To Netflix's Already Again Recently Previously Originally Officially Currently
    Initially Eventually Reportedly Elsewhere Star Stars Co-star Co-stars Starring Featuring Newcomer
    Newcomers Actor Actors Actress Host Hosts Separately Additionally Similarly Likewise Notably
    Interestingly Earlier Later Today Tonight Yesterday"""
)
_STOP_TITLES = _words(
    """The A An It It's I We You He She They Season Series Part Episode Episodes Netflix Fans
    Korean Japanese English Spanish German French British American Director Writer Creator
    Showrunner Producer Cast Plot Trailer Release Date Filming January February March April May
    June July August September October November December Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday TV Anime Staff Music Studio Manga Webtoon Korea Japan China Taiwan
    Thailand India Spain Mexico Brazil Argentina Colombia Chile Germany France Italy Britain UK US USA
    Canada Australia Ireland Scotland Wales England Europe Asia America"""
)
# Headline verbs and announcement words: alone, never a title ("'X' Confirms Season 2").
_HEADLINE_WORDS = _words(
    """Confirms Confirmed Axed Axes Cancels Cancelled Canceled Renews Renewed Returns Return Gets
    Got Lands Landed Sets Scraps Scrapped Unveils Unveiled Reveals Revealed Announces Announced
    Drops Dropped Premieres Debuts Arrives Ends Wraps Wrapped Adds Casts Teases Releases Delays
    Delayed Picks Orders Ordered Greenlights Greenlit Officially Exclusive Breaking Update Updated"""
)
_PERSON = re.compile(
    r"^(?:[A-Z][a-z]+ )?[A-Z][a-z]+-[a-z]+$"  # "Park Seo-joon", "Sa-ra"
    r"|^[A-Z][a-z]+ [A-Z][\w'’-]+ (?:and|&) [A-Z][a-z]+ [A-Z][\w'’-]+$"  # "Leo Vance and Kira Moss": two people
)
# A job title written in capitals: "Peacock's President of Scripted Programming", "Head of Drama".
_JOB_TITLE = re.compile(
    r"^(?:(?:Senior|Executive|Exec|Vice|Deputy|Co-|Interim|Global)\s*)*(?:President|Head|Chief|Director|Chair(?:man|woman)?|"
    r"CEO|COO|CCO|EVP|SVP|VP|Controller|Commissioner|Boss|Manager|Officer)\b(?:\s+(?:of|for)\b|$)"
)
_ARTICLES = _words("The A An")
_GENRE_WORDS = _words("k-drama j-drama c-drama anime drama series show sitcom thriller")
_CONTRACTIONS = _words("It's It’s That's What's Here's There's Let's He's She's Who's")
_MONTHS = _words("January February March April May June July August September October November December")
_TAIL_CONNECTORS = _words("of for in on at to with and the a an from by & de la el del der die das no is")
# A question's auxiliary the phrase swallowed: "How Many Episodes Will Season 2 Have?".
_TAIL_AUX = _words("Will Would Can Could Should Has Have Had Is Are Was Were Does Do Did Be Been")
_YEAR = re.compile(r"(?:19|20)\d\d")
# Words of production news that open a sentence ("Production began ...", "Cameras rolled ..."):
# a single capitalised one at the start of a sentence is the word, not a title.
_COMMON_OPENERS = _words(
    """production filming shooting cameras camera photography principal season seasons episode episodes
    fans viewers audiences audience critics cast casting crew writers writing scripts script work
    development release premiere news reports rumours rumors sources details plans talks negotiations
    showrunners producers reshoots post-production editing trailer teaser footage ratings viewership
    renewal cancellation announcement confirmation updates update speculation story plot streaming
    wrap reshoot animation dubbing recording rehearsals rehearsal first originally initially later finally
    unless until whether although though while whereas if once since because
    expect watch catch stream look see meet read check tune binge mark save"""
)  # (and a reader's imperative: "Expect Season 3 back next fall")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z-]+(?![\w'’-])")
_GERUND = re.compile(r"[a-z]{3,}ing")  # "Wrapping began in May"
_SENTENCE_OPENING = re.compile(r"^[\W_]*$")
# Person contexts: "Bruno Leal as Inspector Vane", "Ana Ruiz (who plays ...", "plays Holt", a casting verb.
_PERSON_AFTER = re.compile(r"^(?:\s+as\s+(?:the\s+)?[A-Z]|\s*\(\s*(?:who\s+)?(?:plays|played|voices|voiced)\b|"
                           r",\s+who\s+(?:plays|played|voices|voiced|portrays|portrayed|stars|starred)\b|"
                           # "X is expected to return as showrunner": someone who comes back in a role
                           # "Piper Perabo, will arrive as a protester": someone who enters in a part
                           r",?\s+(?:will\s+|is\s+set\s+to\s+)?(?:arrive|arrives|appear|appears|enter|enters)\s+as\s+(?:a|an|the)\s|"
                           r"[^.;,]{0,40}?\b(?:return|returns|returning|back|stays?\s+on|continues?)\s+as\s+(?:the\s+)?"
                           r"(?:[A-Z]|showrunner|director|writer|producer|creator|host|judge|presenter|narrator|lead)|"
                           # trade casting news: "X is set for a recurring role in ...", "X has landed a
                           # series regular role", "X will guest star in ...", "X has been cast in ..."
                           r"(?:\s*\([^()]{1,60}\))?\s+(?:(?:is|has\s+been)\s+set\s+for\s+an?\s+(?:[\w-]+\s+){0,2}role|"
                           r"(?:has|have)\s+(?:also\s+)?landed\s+an?\s+(?:[\w-]+\s+){0,2}role|"
                           r"(?:will\s+(?:also\s+)?)?guest[- ]?stars?\s+(?:in|on)|(?:has\s+been|was)\s+(?:cast|tapped|hired)\b))")
_CASTING_BEFORE = re.compile(
    r"\b(?:cast|casts|casting|joins|joined|join|recruited|tapped|enlisted|welcomes|welcomed|(?i:stars?|co-stars?|actors|"
    r"actor|actress|newcomers?|starring(?:\s+[a-z][\w-]*){0,3}|comedian|rapper|singer|"
    # a crew title before a name: "from showrunner Anita Kwan", "creator Jordan Pell"
    r"(?:co-?)?(?:showrunner|creator)|(?:executive\s+)?producer|writer|director|playwright|novelist|author|screenwriter|"
    r"filmmaker|journalist|reporter|comedian)|"
    r"(?:plays|played|playing|portrays|portrayed|voices|voiced)(?:\s+(?:the\s+)?(?:role\s+of|character))?)\s+$"
)
_ADDED_BEFORE = re.compile(r"\badd(?:s|ed|ing)?\s+$")
_ROLE_WORDS = re.compile(r"\bas\s+(?:the\s+)?[A-Z]|\bto the cast\b|\bin the role\b|\bto play\b|\bcast\b")
_NAME = "(" + _WORD + r"(?:\s+" + _WORD + r"){0,2})"
# An actor: "Tomas Ferro as Marshal Quill", "Lena Park (who plays ...", "Ines Moreau, who played ...".
_JOB_WORDS = r"(?:(?!(?:a|an|in|on|of|for|at|to|with|from|by|and|or|series|season|part)\b)[a-z][\w-]*\s+){0,2}"
_ACTOR_NAME = re.compile(
    _NAME + r"(?=\s+as\s+(?:the\s+)?" + _JOB_WORDS + r"[A-Z]|\s*\(\s*(?:who\s+)?(?:plays|played)\b|"
    r",\s+who\s+(?:plays|played|portrays|portrayed)\b)"
)
# A character: "plays Holt", "Tomas Ferro as Marshal Quill", "joins the cast as Captain Reyes".
_ROLE_NAME = re.compile(
    r"\b(?:plays|played|playing|portrays|portrayed|voices|voiced|(?:[A-Z][\w'’-]*\s+[A-Z][\w'’-]*|cast|role|"
    r"returns?|return|joins?|joined|stars?|starring)\s+as)\s+(?:the\s+)?" + _JOB_WORDS + _NAME
)

_AUX = r"(?:\s+(?:has|have|had|is|are|was|were|will|would|also|already|just|officially|originally|finally|now|been|be|then|only|reportedly|never|not|still|recently|quietly|once|again|first|itself|themselves))*"
_NEWS_VERB = (
    r"(?:renewed|cancell?ed|axed|premiere[sd]?|debut(?:s|ed)?|arrive[sd]?|aired|airs|streams|streamed|"
    r"came out|comes out|is coming|are coming|landed|lands|ends? (?:its|with)|ended (?:its|with)|wrapped|"
    r"return(?:s|ed)? (?:for|with) (?:its|a)|(?:close|end|wrap)s? (?:out |up )?(?:its|their) run|wraps? up with (?:its|a)|"
    r"(?:delayed|postponed|pushed back)(?= (?:all the way |again |once more |even further )?(?:to|until|into|indefinitely)\b)|"
    r"(?:moved|moves|pushed|pushes|shifted|shifts|delayed|delays|postponed|postpones) (?:back )?its (?:[\w-]+ ){0,2}"
    r"(?:season|series|premiere|return|release)|"
    r"returns? (?:on|in|to) (?=[A-Z]|\w+ \d)|(?:got|gets|get|getting)(?! to\b)|is expected (?:in|to (?:arrive|premiere|return|debut))|"
    r"hits?|drops?|dropped|began|begins|finished|concluded|released|arriving|premiering|due back|"
    r"(?:kicks?|kicked|kicking)\s+off\s+(?:its|their|a)\s+(?:[\w-]+\s+){0,3}?(?:season|series|run)\b|"
    r"(?:set|due|slated|scheduled|poised|expected) to (?:debut|premiere|arrive|return(?!\s+as\b)|launch|land|hit|"
    r"drop|air|stream|come back)|(?:handed|given|received|earned|secured|scored|landed)\s+(?:an?\s+|the\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:order|renewal|green\s*light|pick-?up|season)|"
    r"(?:slated|scheduled|set|due|pencil+ed\s+in)\s+for|"
    # "has been confirmed by SBS for the second half of this year"
    r"confirmed\s+(?:by\s+[\w+&'’]+(?:\s+[\w+&'’]+){0,2}\s+)?for(?=\s+(?:the\s+)?" + DATE_START + r"))"
)
_SUBJECT_CUE = re.compile(
    # (an appositive between may hold an abbreviation's dots: "Elsbeth, the spin-off that follows X at 10 p.m., returns")
    r"^(?:\s*\([^()]{1,60}\))?(?:,\s(?!who)(?:[^,.;!?]|\.(?=[\w,])){1,90},)?,?(?:\s+which)?" + _AUX + r"\s+" + _NEWS_VERB + r"\b"
)
_OBJECT_CUE = re.compile(
    r"\b(?:renewed|cancell?ed|axed|scrapped|ordered|picked up|streaming|revived|greenlit|greenlighted|added|"
    r"premiered|released|dropped|aired|pulled the plug on|brought back|brings back|bringing back|spared?|spares|saved?|rescued?|renew|cancel|axe|dated|delayed|"
    r"postponed|pushed back|renewing|cancell?ing|axing|scrapping|reviving|rescuing|re-?commissioned|"
    r"(?:series|season)\s+order\s+(?:to|for)|(?:remade|rebooted)\s+(?:in\s+[A-Z][\w-]+\s+)?as|(?:premiere|debut|launch)\s+of)"
    r"(?:\s+(?:an?|another)\s+(?:[a-z-]+\s+){0,2}(?:season|series|run|instal?lment|batch of episodes)\s+of)?"
    # (a genre written with a capital too: "renewed its frontier Western Cutwater Creek")
    # ("renewed Sheridan's oil drama Landman": an owner's name before the genre too)
    r"(?:\s+(?:the|its|their|his|her|a|an|(?-i:[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,2})['’]s)?\s*(?:[A-Za-zÀ-ÿ-]+\s+){0,3}(?i:" + GENRE_NOUNS + r"),?"
    r"|\s+(?:the|its|their)\s+(?:adult\s+)?(?:animated|live-action))?"  # "renewed the animated Creature Commandos"
    r"(?:\s+(?-i:[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,2})['’]s)?\s+$"  # "canceled Baz Luhrmann's The Get Down"
)
# "Greyhound County, the small-town comedy that debuted in February": an appositive description.
_DESCRIBED_AS_SPINOFF = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:spin-?off|prequel|sequel)\b")
_IS_A_SPINOFF = re.compile(
    r"^\s+is\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:prequel|sequel|spin-?off|companion)\s+(?:series|show|spin-?off|drama)?"
)
_SERIES_IS_BEFORE = re.compile(
    r"\b(?:series|show|drama|comedy|anime|title|release|premiere|arrival)\b[^.;:!?]{0,40}?\s+(?:is|was|will\s+be)\s+$", re.I
)
_GENRE_APPOSITIVE = re.compile(r"^,\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?" + GENRE_NOUNS + r"\b", re.I)
_ANOTHER_WORK = re.compile(
    r"^,\s+(?:another|a\s+new|the\s+new|an\s+upcoming|the\s+upcoming)\s+(?:[\w'’.-]+\s+){0,3}?(?:project|title|" + GENRE_NOUNS + r")\b",
    re.I,
)
_OFFSHOOT_BEFORE = re.compile(r"\b(?:prequel|sequel|spin-?off|companion)\s+(?:series|show|drama|anime)\s+[\"“‘']?$", re.I)
_DATE_FOR_BEFORE = re.compile(r"\b(?:release|premiere|air|launch)\s+date\s+for\s+$", re.I)
_APPOSITIVE_CUE = re.compile(
    r"^,\s+(?:the|a|an|its|their|[A-Z][\w+&-]*['’]s)\s+(?:[\w'’-]+\s+){0,3}?" + GENRE_NOUNS + r",?\s+(?:that|which)" + _AUX
    + r"\s+" + _NEWS_VERB + r"\b"
)
# "will not move forward with a second season of Greyhound County": a later season of the title.
_LATER_SEASON_OF = re.compile(
    r"\b(?:(?:(?:a|an|the|another|its)\s+)?(?:second|third|fourth|fifth|sixth|seventh|new|next|final|\d+(?:nd|rd|th))\s+"
    r"(?:seasons?|series|runs?|instal?lments?)|(?i:season|series)\s+(?:[2-9]|1\d|two|three|four|five|six))"
    r"\s+of\s+(?:(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?"
    + GENRE_NOUNS + r"\s+)?$",
    re.I,
)
_SEASON_AFTER = re.compile(
    r"^\s+(?:season|series|part)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b", re.I
)
_SHOW_NOUN_BEFORE = re.compile(
    r"\b(?:series|show|drama|sitcom|anime|programme|program|k-drama)\s+$", re.I
)
_PLATFORM_AFTER = re.compile(r"^[^.;:!?]{0,110}?\bon\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?$")
# A title named to introduce a person, a film, a game or a source book: not news about it.
_CREDIT = re.compile(
    r"(?:\bknown for|\bfamous for|\bbest known|\bbehind|\bstar(?:s|red|ring)? in|\bappear(?:s|ed)? in|"
    r"\bbroke out|\bveteran|\bpreviously(?!\s+(?:axed|cancell?ed|canceled|scrapped|renewed|ordered|dropped|ended)\b)|\bwho also|\balso (?:made|directed|wrote|produced|created|"
    r"starred|stars)|\b(?:made|directed|wrote|written|produced|created|co-created|penned|helmed|headlined|toplined|fronted)\b|"
    r"\bworked (?:with [^,.]+ )?on|\bfollow-up|\b(?:his|her|their)\s+(?:[\w-]+\s+){0,3}"
    r"(?:drama|series|show|film|movie|sitcom|anime)|\bfilm|\bmovie|\bgames?\b|\bnovels?\b|"
    r"\bnovellas?\b|\bwebtoon|\bmanga|\bcomics?\b|\bbooks?\b|\bremake of|\bspin-?off of|"
    r"\bfans of|\bto film|\bplay(?:s|ed|ing)?|\bvoice[sd]?)\s+(?:[\w'’-]+\s+){0,4}$"
    r"|\bas\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$",
    re.I,
)
_NUMBERED_AND = re.compile(r"^,?\s+(?:and|&)\s+" + _PHRASE + r"\s+\d{1,2}\b")
_SUBTITLED_BEFORE = re.compile(r"\b(?:subtitled|sub-titled)\s+[\"“‘']?$")
# "Jujutsu Kaisen's third season, The Culling Game, premieres ...": a season's title in apposition.
_SEASON_APPOSITION_BEFORE = re.compile(
    r"\b(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|new|\d{1,2}(?:st|nd|rd|th))\s+(?:season|series|part|cour)"
    r"|(?:season|series|part|cour)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)),\s+[\"“‘']?$",
    re.I,
)
_APPOSITION_CLOSES = re.compile(r"[\"”’']?,")
_ARC_BEFORE = re.compile(r"\b(?:cover(?:s|ed|ing)?|spann(?:ed|ing)|spans?)\s+(?:the\s+)?[\"“‘']?$", re.I)
_ALIAS_BEFORE = re.compile(r"\b(?:short for|also known as|known as|aka|originally titled)\s+$")
_SERVICE_BEFORE = re.compile(
    r"\b(?:streamer|streaming service|streaming platform|network|channel|broadcaster|platform|studio|publisher|"
    r"imprint|label|distributor|company|magazine|agency|outlet|site|website|retailer)\s+$", re.I
)
# A news verb in brackets after a title, as in a roundup list: "Night Ferry (cancelled in May)".
_BRACKET_CUE = re.compile(r"^\s*\(\s*(?:which\s+)?(?:was\s+|were\s+|has been\s+|now\s+)?" + _NEWS_VERB + r"\b")
# The official site or account of an anime announcing its news: "The official X account for Y".
_OFFICIAL_OF = re.compile(
    r"\bofficial\s+(?:[\w-]+\s+){0,2}?(?:website|site|account|channel|page|feed)\s+(?:for|of)\s+(?:the\s+)?"
    r"(?:(?:TV|television)\s+)?(?:anime\s+)?$",
    re.I,
)
# An adaptation named after its source: "the TV anime of Ana Sato's Iron Lotus manga".
_ADAPTS_BEFORE = re.compile(
    r"\b(?:adapts|adapted(?:\s+from)?|adapting|will\s+adapt|to\s+adapt|draws\s+on|drew\s+on|based\s+on)\s+"
    r"(?:[A-Z][\w.-]*\s+){0,3}?(?:[A-Z][\w.-]*['’]s\s+)?$"
)
_ADAPTATION_OF = re.compile(
    r"\b(?:TV|television)?\s*(?:anime|drama|series|live-action\s+series)(?:\s+adaptation)?\s+of\s+"
    r"(?:[A-Z][\w.-]*\s+){0,3}?(?:[A-Z][\w.-]*['’]s\s+)?$"
)
_SOURCE_AFTER = re.compile(
    r"^(?:\s*\([^()]{1,80}\))?\s+(?:light\s+novel|novel|manga|webtoon|web\s+novel|comic|video\s+game|game)s?\b", re.I
)
# A service's show: "HBO's 'Tallow'", "Netflix's German drama 'Der Hafen'", "the streamer's Quiet Mile".
_OWNER_BEFORE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}$")
_SERVICE_OWNER = re.compile(r"\bthe\s+(?:streamer|network|service|channel|broadcaster|platform|cabler)$", re.I)
# Between the possessive and the title: nothing, or a description ending in a genre noun.
_OWNER_GAP = re.compile(r"^(?:(?:[a-z][\w-]*\s+|[A-Z][a-z]+\s+(?=[a-z])){0,2}" + GENRE_NOUNS + r"\s+)?$")
# A name followed by a noun modifies it ("HBO's Game of Thrones prequel X", "Netflix's Geeked Week
# event", "the network's 2025-26 lineup"): not the show.
_MODIFIER_OF = re.compile(
    r"^\s+(?:[a-z][\w-]*\s+){0,2}(?:" + GENRE_NOUNS + r"|lineup|slate|schedule|block|slot|event|panel|showcase|chart|ranking|list|library|catalog(?:ue)?)(?:e?s)?\b"
)
_EVENT_WORD = re.compile(r"\b(?:Week|Festival|Awards?|Night|Day|Showcase|Summit|Expo|Upfronts?|Con)$|^[\d\W]+$")
# The title after its source's author: "Shō Fujisaki's light novel series Iron Lantern Knights".
_SOURCE_NAMED = re.compile(
    r"^\s+(?:[a-z-]+\s+){0,2}?(?:light\s+novel|web\s+novel|novel|manga|webtoon|comic)(?:\s+series)?\s+(" + _PHRASE + r")"
)
# A title in quotes, lower-case words and all: "'Der kalte Hafen'".
_CREDIT_LIST = re.compile(r"^[\"”’']?,?\s+(?:and\s+|or\s+)?(?:[\w'’]+\s+){0,2}[\"“‘']?$")
# (a comma before a capital stays inside: "Genie, Make a Wish")
_QUOTED = scan_faster(
    re.compile(r"(?<![\w'’])['‘\"“]([A-Z0-9À-ÖØ-Þ](?:[^'‘’\"“”.,;:!?()]|,(?=\s[A-Z])){1,50}?)['’\"”](?![\w])")
)
_EPISODE_BEFORE = re.compile(r"\b(?:episode|finale|premiere|pilot|chapter|instal?lment|entry|song|track|single|"
                             r"album|book|volume|arc|special)\s*,?\s*(?:titled\s+|called\s+|named\s+)?$", re.I)
_OPEN_QUOTE = re.compile(r"[\"“‘']$")
_CLOSE_QUOTE = re.compile(r"^(,?)[\"”’']")
# A subject that renews or cancels something is a service or a company, not a show.
_ACTS_ON_SHOW = re.compile(
    r"^(?:\s+(?:has|have|had|also|officially|already|just|quietly|finally))*\s+(?:renewed|cancell?ed|axed|"
    r"ordered|picked up|greenlit|commissioned|scrapped|pulled the plug on)\s+(?:the|its|their|a|an|it|this|that|"
    r"another|[A-Z\"“‘'])"
)
_LIST_JOINT = re.compile(r",\s+(?:and\s+)?|\s+(?:and|&)\s+")
_SUBTITLE_SPLIT = re.compile(r":\s+|\s[–—]\s+")

_MOVES: WeakKeyDictionary[ShowIndex, set[str]] = WeakKeyDictionary()


# Compiled once (a pattern string passed to re.search goes through re's cache on every call).
_NON_WORD = re.compile(r"[\W_]+")
_POSSESSIVE_END = re.compile(r"['’]s$")
# A season number after a title ("Sweet Home 3"); a larger number is part of the title
# ("Engine 48", "Station 19").
_NUMBER_TOKEN = re.compile(r"[1-9]|1[0-5]")
_AWARD_NAME = r"(?:Emmy|Golden\s+Globe|Oscar|BAFTA|Bafta|Grammy|Peabody|SAG|Critics\s+Choice)s?"
_AWARD = re.compile(
    r"(?:(?:Primetime|Daytime|Creative\s+Arts)\s+)?" + _AWARD_NAME + r"(?:\s+(?:and|&)\s+" + _AWARD_NAME + r")?(?:\s+Awards?)?"
)
_PLACE_AFTER = re.compile(r"\s+(?:headquarters|HQ|offices?|campus|studios?\s+lot|backlot|building|premises)\b", re.I)
_EVENT_AFTER = re.compile(
    r"\s+(?:preview|event|showcase|presentation|upfronts?|panel|livestream|festival|awards?|ceremony|conference|"
    r"convention|expo|fan\s+event|stage\s+event|keynote)s?\b",
    re.I,
)
_DIGITS = re.compile(r"\d+")
_SEASON_RANGE = re.compile(r"\d{1,2}\s*[-–]\s*\d{1,2}")
_SEASON_NOUN_END = re.compile(r"\b(?:seasons?|series|parts?|volumes?|episodes?)\s+$", re.I)
_DIGIT = re.compile(r"\d")
_NUMBER_JOINT = re.compile(r"(?<=\d)\s+(?:and|&|or)\s+")
_ENDS_IN_NUMBER = re.compile(r"(?:^|\s)\d{1,2}$")
_NUMBER_AFTER = re.compile(r"^\s+\d{1,2}\b")
_OWN_SEASON_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:new|next|second|third|fourth|fifth|sixth|upcoming|latest|final|sophomore)"
    # (with its own title between: "X's third season, The Culling Game, premieres ...")
    r"(?:\s+and\s+(?:final|last))?\s+(?:season|series|run)(?:,\s*which|,\s+[\"“‘']?[A-Z][^,;]{1,60}?[\"”’']?,)?\s+"
    r"(?:will|is|has|was|arrives|arrived|premieres|premiered|returns|returned|debuts|debuted|drops|dropped|lands|"
    r"landed|aired|airs|begins|began|starts|started)\b"
    # "dated Squid Game's third and final season for June 27"
    r"|\s+(?:[\w-]+\s+)?(?:new|next|second|third|fourth|fifth|sixth|upcoming|latest|final|sophomore)(?:\s+and\s+(?:final|last))?"
    r"\s+(?:season|series|run)\s+for\s+(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d|early|late|spring|summer|fall|autumn|winter))"
)
_FILM_WORD = re.compile(r"\b(?:Movie|Film)\b")
_FILM_BEFORE = re.compile(r"\b(?:feature|film|movie|biopic)\s+(?:film\s+)?$", re.I)
_FILM_AFTER = re.compile(r",\s+(?:a|an|the|its)\s+(?:[\w'’-]+\s+){0,3}?(?:film|movie|feature)s?\b(?!\s+(?:adaptation|series))", re.I)
_POSSESSIVE_START = re.compile(r"^['’]s\b")
_IN_BEFORE = re.compile(r"\bin\s+$")
_COUNT_AFTER = re.compile(r"^[\s-]+(?:new\s+|more\s+|fresh\s+)?(?:episodes?|seasons?|series|parts?|instal?lments?|hours?|"
                          r"minutes?|weeks?|days?|months?|years?)\b", re.I)


@lru_cache(maxsize=8192)
def _norm(s: str) -> str:
    return _NON_WORD.sub("", s.casefold())


def _strippable(token: str, following: str | None) -> bool:
    if following is None or not (following[:1].isupper() or following[:1].isdigit()):
        return False
    if token.endswith(".") and len(token.replace(".", "")) > 2:
        return True  # a sentence end inside the phrase: "No. Netflix"
    if token in _CONTRACTIONS:
        return False
    if token in ("Q.", "A.", "Q:", "A:", "Ans.", "Ans:"):
        return True  # an FAQ's "A. Kettle Hill Season 2 will stream on Hulu."
    if following.endswith(":") and token.isalpha():
        return False  # "Star Wars: Skeleton Crew": a franchise's name, colon and all, no "Star X plays"
    if token in _TITLE_PRONOUNS and not is_platform_name(following.rstrip(".,'’s")) and not _POSSESSIVE_END.search(following):
        return False  # "My Hero Academia", "Your Honor", "His Dark Materials" (but "Her Netflix drama", "Our Prime Video pick")
    return token.rstrip(".,") in _LEADING or bool(_POSSESSIVE_END.search(token))


_TITLE_PRONOUNS = frozenset({"My", "Our", "Your", "His", "Her"})


def _trim(
    title: str, start: int, keep_number: bool = False, *, inside: bool = False, genre: bool = False
) -> tuple[str, int, int | None]:
    """Strip leading function words and possessives; cut at a season word; split a number.
    ``inside``: the phrase follows a lower-case word, so a question's verb cannot open it
    ("the crime drama Will Trent")."""
    tokens = title.split(" ")
    offset = start
    if genre and len(tokens) > 1 and tokens[0] in _LEADING and not _POSSESSIVE_END.search(tokens[0]):
        # "the gladiator drama Those About to Die": after a genre noun the word opens the title
        return " ".join(_strip_tail(tokens)).rstrip(".,'’:;!?-"), offset, None
    while tokens and not (inside and tokens[0] in _QUESTION_VERBS) and _strippable(tokens[0], tokens[1] if len(tokens) > 1 else None):
        offset += len(tokens[0]) + 1
        tokens = tokens[1:]
        inside = False
    if len(tokens) > 2 and tokens[0].isdigit() and tokens[1] == "of":
        offset += len(tokens[0]) + len(tokens[1]) + 2  # "(The season) 1 of Thornwood Chronicles"
        tokens = tokens[2:]
    if len(tokens) > 2 and tokens[0].lower() in _COMMON_OPENERS and tokens[1] in ("on", "of", "for"):
        offset += len(tokens[0]) + len(tokens[1]) + 2  # "Filming on Copper Valley", "Production of X"
        tokens = tokens[2:]
    if len(tokens) > 2 and tokens[0] in _ARTICLES and tokens[1].lower() in _GENRE_WORDS:
        offset += len(tokens[0]) + len(tokens[1]) + 2  # "The K-drama Moonlit Harbor"
        tokens = tokens[2:]
    elif len(tokens) > 2 and tokens[0] == "Western":
        offset += len(tokens[0]) + 1  # "the Western Thin Air": the genre, capitalised
        tokens = tokens[1:]
    if len(tokens) > 2 and _POSSESSIVE_END.search(tokens[1]) and tokens[0] not in _ARTICLES and tokens[2][:1].isupper():
        offset += len(tokens[0]) + len(tokens[1]) + 2  # an author's full name: "Ana Sato's Iron Lotus"
        tokens = tokens[2:]
    for i, tok in enumerate(tokens):
        if _season_word(tok):
            tokens = tokens[:i]
            break
    season = None
    numbered = len(tokens) > 1 and tokens[-2].rstrip(".").lower() in ("no", "number", "nr", "#")  # "Adalat No. 9"
    if len(tokens) > 1 and _NUMBER_TOKEN.fullmatch(tokens[-1]) and not keep_number and not numbered:
        season = int(tokens[-1])
        tokens = tokens[:-1]
    text = " ".join(_strip_tail(tokens)).rstrip(".,'’:;!?-")
    return text, offset, season


# A question's verb opening a phrase ("Will Netflix renew ...?"); after a lower-case word it is a
# given name ("the crime drama Will Trent").
_QUESTION_VERBS = frozenset({"Will", "May"})
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z][\w'’-]*\s+$")
_GENRE_NOUN_BEFORE_TITLE = re.compile(r"\b(?:drama|comedy|thriller|sitcom|series|docuseries|miniseries|anthology|procedural|mockumentary|k-drama)\s+$")


def _season_word(token: str) -> bool:
    """The token is a season word ("S2" too), alone or before a final line break."""
    return (
        token in _SEASON_WORDS
        or (token.endswith("\n") and token[:-1] in _SEASON_WORDS)
        or bool(_SHORT_SEASON.fullmatch(token.rstrip(".,;:!?")))
    )


_SHORT_SEASON = re.compile(r"S\d{1,2}")


def _strip_tail(tokens: list[str]) -> list[str]:
    """Drop trailing connectors and dates the phrase swallowed: "Moonlit Harbor for" (Season 2),
    "Moonlit Harbor in May", "Moonlit Harbor in May 2025"."""
    while len(tokens) > 1 and _tail_word(tokens[-1].rstrip(".,;:!?"), tokens[-2]):
        tokens = tokens[:-1]
    return tokens


# A count written as a compound modifier: "22-episode", "10-part", "two-hour".
_COUNT_MODIFIER = re.compile(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)-[a-z]+", re.I)


_AWARD_ADJECTIVE = re.compile(r"-(?:winning|nominated|acclaimed)$")


def _tail_word(last: str, previous: str) -> bool:
    if last in _TAIL_CONNECTORS or last in _DATE_WORDS or last in _TAIL_AUX:
        return True
    if _COUNT_MODIFIER.fullmatch(last):
        return True  # "picked up Lakeshore Rescue for a 22-episode" (fourth season)
    if _AWARD_ADJECTIVE.search(last):
        return True  # "Severed Lines and the Oscar-winning" (film The Quiet Sea)
    if previous in _MONTHS and _DAY_NUMBER.fullmatch(last):
        return True  # "Fallout on April 18"
    return bool(_YEAR.fullmatch(last)) and (previous in _DATE_WORDS or previous in _TAIL_CONNECTORS)


_DAY_NUMBER = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?")


_NOT_TITLES = _STOP_TITLES | _LEADING | _HEADLINE_WORDS
_MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|"
    r"Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE_LEAD = re.compile(
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_NAME + r"|" + _MONTH_NAME + r"\s+\d{1,2}(?:st|nd|rd|th)?,?)(?:\s+(?:19|20)\d\d)?:\s+"
)
_SEASON_AFTER_NUMBER = re.compile(
    r"\s+(?:for|with|into)\s+(?:a|an|its|the)\s+(?:[\w-]+\s+)?(?:season|series)\b|['’]s\s+(?:second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|new|next|upcoming)\s+(?:season|series)\b"
)


_SEASON_NUMBER_AFTER = re.compile(r"(?:['’]s)?\s+(?i:season|series)\s+(?:\d{1,2}|two|three|four|five)\b")
_DATE_WORDS = _words(
    """Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec January February March April May June July August September
    October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday"""
)
_TRAILING_DATE_WORD = re.compile(
    r"\s+(?:on|in|at|from|until|through|by|since)\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?$"
)
_KICKER = re.compile(
    r"(?:[A-Z]{2,}(?:\s+[A-Z]{2,}){0,2}\s+[—–]|(?:EXCLUSIVE|BREAKING|UPDATE|UPDATED|WATCH|SCOOP|REPORT|OFFICIAL|CONFIRMED):)\s+"
)  # ("ENDING — ", "EXCLUSIVE: ")


def title_spans(text: str) -> list[tuple[str, int, int]]:
    """Title-like phrases of a sentence: (title, start, end), seasons and numbers cut off."""
    out: list[tuple[str, int, int]] = []
    numbered = bool(_DIGIT.search(text))  # a phrase can only be split after a digit
    for match in TITLE.finditer(text):
        phrase = match.group(0)
        if match.start() and text[match.start() - 1] in "'‘" and ("' " in phrase or "’ " in phrase):
            phrase = re.split(r"['’] ", phrase, maxsplit=1)[0]  # "'The Drowned Orchard' Renewed For": the quote closes it
        dated = _DATE_LEAD.match(phrase) if ": " in phrase else None
        start = match.start()
        if dated:  # "Update, 14 March 2026: Filming on Kittiwake": a dateline, then the news
            phrase, start = phrase[dated.end() :], start + dated.end()
        kicker = _KICKER.match(phrase) if "—" in phrase or "–" in phrase or ": " in phrase else None
        if kicker:  # "ENDING — AMC’s Midnight Clerks": a brief's label in capitals, then the news
            phrase, start = phrase[kicker.end() :], start + kicker.end()
        pieces = _split_numbered(phrase, start) if numbered else [(phrase, start)]
        for piece, offset in pieces:
            if " " in piece:
                # ("Ladder 9 for a second season": a season named after it, the number is the title's)
                keep = piece[-1:].isdigit() and bool(_SEASON_AFTER_NUMBER.match(text, offset + len(piece)))
                inside = bool(_LOWER_WORD_BEFORE.search(text, max(0, offset - 30), offset))
                genre = inside and bool(_GENRE_NOUN_BEFORE_TITLE.search(text, max(0, offset - 30), offset))
                title, start, _season = _trim(piece, offset, keep, inside=inside, genre=genre)
            else:  # one token: what _trim does to it, without its loops
                title = "" if _season_word(piece) else piece.rstrip(".,'’:;!?-")
                start = offset
            last = title.rsplit(" ", 2)
            if len(last) == 3 and (last[2].rstrip(".") in _DATE_WORDS or last[1].rstrip(".") in _DATE_WORDS):
                title = _TRAILING_DATE_WORD.sub("", title)  # "Greyfield on Aug. 8": the date is no part of it
            if len(title) < 2 or (title in _NOT_TITLES and not (title in _DATE_WORDS and _SEASON_NUMBER_AFTER.match(text, start + len(title)))):
                continue  # (but "Wednesday season 2": a date's word that a season follows is a title)
            out += _split_pair(title, start)
    return out


# (the words between are a description, "its drama", "the comedy"; not a phrase of its own that
# ends on a preposition: "proud of Tokyo Vice and grateful to J.T. Rogers")
_LIST_JOIN = re.compile(
    r"(?:,\s*(?:and|&)|\s+(?:and|&))\s+(?:(?:its|the|their)\s+)?"
    r"(?:(?!(?:to|for|of|with|at|by|from|in|on|about|than|that)\s)[a-z][\w-]*\s+){0,2}?"
)
_LIST_COMMA = re.compile(r",\s+(?:(?:its|the|their)\s+)?(?:[a-z][\w-]*\s+){0,2}?")
_LIST_GOES_ON = re.compile(r",|\s+(?:and|&)\s")
# "Night Desk and Hollow Point", "Harbor General and The Feldmans Next Door": two titles joined.
_TITLE_JOINT = re.compile(r" (?:and|&) ")


def _split_pair(title: str, start: int) -> list[tuple[str, int, int]]:
    """Two titles joined by "and" when a capital "The" opens the second or each side has two
    words or more; one title otherwise ("Pride and Prejudice", "Sable & Sons")."""
    joints = list(_TITLE_JOINT.finditer(title)) if " and " in title or " & " in title else []
    if len(joints) != 1:
        return [(title, start, start + len(title))]
    left, right = title[: joints[0].start()], title[joints[0].end() :]
    if not (right.startswith("The ") or (" " in left and " " in right)) or ": " in left:
        return [(title, start, start + len(title))]
    right_start = start + joints[0].end()
    if _OWNER_FULL_NAME.match(right):
        return [(left, start, start + len(left))]  # "... and Antony Starr's Homelander": a player's part
    return [(left, start, start + len(left)), (right, right_start, right_start + len(right))]


# A full name's possessive before a capitalised word: "Antony Starr's Homelander".
_OWNER_FULL_NAME = re.compile(r"[A-Z][\w-]+ [A-Z][\w-]+['’]s (?=[A-Z])")


def _split_numbered(phrase: str, start: int) -> list[tuple[str, int]]:
    """"Sweet Home 3 and Hellbound 2" is two numbered titles, not one title."""
    if not _DIGIT.search(phrase):
        return [(phrase, start)]  # every joint follows a digit
    pieces: list[tuple[str, int]] = []
    last = 0
    for joint in _NUMBER_JOINT.finditer(phrase):
        if _ENDS_IN_NUMBER.search(phrase[last : joint.start()]):
            pieces.append((phrase[last : joint.start()], start + last))
            last = joint.end()
    pieces.append((phrase[last:], start + last))
    return pieces


def article_word(name: str) -> bool:
    """A word of an article's own furniture or news ("Plot", "Release Date", "Filming", "Story"),
    not a title."""
    words = name.split()
    return name in _NOT_TITLES or (len(words) == 1 and name.lower() in _COMMON_OPENERS) or all(
        w in _NOT_TITLES for w in words
    )


def credit_context(before: str) -> bool:
    """True when the words before a title introduce a credit, a film, a game or a book."""
    found = _CREDIT.search(before[-90:])
    return bool(found) and not (found.group().startswith("as") and _REMADE_AS.search(before[-90:]))


# "has been remade in Tamil as X": the remake is a show of its own
_REMADE_AS = re.compile(r"\b(?:remade|rebooted)\s+(?:in\s+[A-Z][\w-]+\s+)?as\s+$")


class _Gates:
    """Whether the sentence can hold a pattern searched for in the text before a title at all
    (its words are in it): a pattern it cannot hold is not searched for (speed). Each answer
    is worked out the first time a title of the sentence asks."""

    __slots__ = ("_answers", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._answers: dict[int, bool] = {}

    def allow(self, gate: CueGroups) -> bool:
        answer = self._answers.get(id(gate))
        if answer is None:
            answer = self._answers[id(gate)] = holds_cues(self._text, gate)
        return answer


_EPISODE_BEFORE_CUES = cue_groups(_EPISODE_BEFORE)
_OFFICIAL_OF_CUES = cue_groups(_OFFICIAL_OF)
_ADAPTATION_OF_CUES = cue_groups(_ADAPTATION_OF)
_OBJECT_CUE_CUES = cue_groups(_OBJECT_CUE)
_LATER_SEASON_OF_CUES = cue_groups(_LATER_SEASON_OF)
_SHOW_NOUN_BEFORE_CUES = cue_groups(_SHOW_NOUN_BEFORE)


# "the slot vacated by Pennine Rise, which Channel 4 axed in May": news in a relative clause.
_WHICH_NEWS = re.compile(
    r",\s+which\s+(?:[\w+&'’.-]+\s+){1,3}(?:(?:has|had)\s+)?(?:axed|cancell?ed|renewed|scrapped|dropped|picked\s+up|"
    r"revived|ordered)\b"
    # "X, whose second season premiered last August": a season of the title, and its news
    r"|,\s+whose\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|next|latest|final|last|"
    r"upcoming|sophomore|debut)\s+(?:season|series)\s+(?:(?:has|had|will|was|is)\s+)?(?:\w+ly\s+)?"
    r"(?:premiered|premieres|debuted|debuts|arrived|arrives|aired|airs|dropped|drops|returns|returned|wrapped|ended|ends|"
    r"begins|began|starts|started|lands|landed|be|been)\b"
)


_HANDED_GENRE = re.compile(
    r"\b(?:handed|hands|gave|gives|granted|grants|awarded)\s+(?:(?:the|its|their)\s+)?(?:[A-Za-z-]+\s+){0,3}?"
    + GENRE_NOUNS + r"\s+$"
)
_ORDER_AFTER = re.compile(r"\s+(?:an?|another)\s+(?:[\w-]+\s+){0,3}?(?:order|renewal|pick-?up|season|series|green\s*light)\b")
# "watch Crownfall, even though Netflix cancelled it after two seasons": news of the title, as "it".
_IT_NEWS = re.compile(
    r",\s+(?:even\s+though|though|although|because|since|after|but|now\s+that|before)\s+(?:[\w+&'’.-]+\s+){1,3}?"
    r"(?:has\s+|had\s+|just\s+|finally\s+)?(?:cancell?ed|canceled|axed|renewed|scrapped|dropped|revived|picked\s+up)\s+it\b"
)


# "at the show's London premiere", "its Tokyo launch": a word that modifies the event noun after
# it, inside a noun phrase (no subject of the verb "premiere").
_NOUN_PHRASE_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|this|that)|['’]s)\s+$", re.I)
_EVENT_NOUN_AFTER = re.compile(r"\s+(?:premiere|finale|debut|launch|screening)\b")


def _news_cue(text: str, start: int, end: int, gates: _Gates) -> bool:
    after = text[end:]
    before = text[:start]
    if _EVENT_NOUN_AFTER.match(after) and _NOUN_PHRASE_BEFORE.search(before):
        return False
    closing = _CLOSE_QUOTE.match(after)
    if closing and _OPEN_QUOTE.search(before):  # a quoted title: the quotes are transparent
        before, after = before[:-1], closing.group(1) + after[closing.end() :]
        if gates.allow(_EPISODE_BEFORE_CUES) and _EPISODE_BEFORE.search(before):
            return False  # "the season 2 finale, "Cold Harbor", was released": an episode
    if _BRACKET_CUE.match(after) or (gates.allow(_OFFICIAL_OF_CUES) and _OFFICIAL_OF.search(before)):
        return True
    if _service_owns(before) and not _MODIFIER_OF.match(after) and not _EVENT_WORD.search(text[start:end]):
        return True
    if gates.allow(_ADAPTATION_OF_CUES) and _ADAPTATION_OF.search(before) and _SOURCE_AFTER.match(after):
        return True
    numbered = _NUMBER_AFTER.match(after)
    if numbered:  # a numbered title: "Sweet Home 3 and Hellbound 2", "Squid Game 3 arrives"
        rest = after[numbered.end() :]
        return bool(_SUBJECT_CUE.match(rest) or _NUMBERED_AND.match(rest))
    if _SEASON_AFTER.match(after) or _SUBJECT_CUE.match(after) or _WHICH_NEWS.match(after) or _IT_NEWS.match(after):
        return True
    if gates.allow(_OBJECT_CUE_CUES) and _OBJECT_CUE.search(before):
        return True
    if _HANDED_GENRE.search(before) and _ORDER_AFTER.match(after):
        return True  # "handed legal drama The Calder Files a two-season pickup"
    if _APPOSITIVE_CUE.match(after) or (gates.allow(_LATER_SEASON_OF_CUES) and _LATER_SEASON_OF.search(before)):
        return True
    if _ANOTHER_WORK.match(after):
        return True  # ""Light Shop," another Kang Full project, adapted from his webtoon": one more show of the slate
    if _OFFSHOOT_BEFORE.search(before):
        return True  # "in the prequel series Vought Rising, which starts shooting": a show by what it is
    if _SERIES_IS_BEFORE.search(before) and _GENRE_APPOSITIVE.match(after):
        return True  # "The next DC series on the schedule is Lanterns, the Green Lantern drama starring ..."
    if _IS_A_SPINOFF.match(after) or _DATE_FOR_BEFORE.search(before):
        return True  # "Vought Rising is a prequel spinoff ...", "has not set a release date for Vought Rising"
    return bool(gates.allow(_SHOW_NOUN_BEFORE_CUES) and _SHOW_NOUN_BEFORE.search(before) and _platform_follows(after))


def _service_owns(before: str) -> bool:
    """The words before a title make it a service's show: "HBO's", "Netflix's German drama",
    "the streamer's"."""
    owner = _OWNER_BEFORE.search(before)
    if not owner or not _OWNER_GAP.match(before[owner.start() + 2 :].lstrip()):
        return False
    head = before[: owner.start()][-40:]
    platforms = find_platforms(head)
    return bool(platforms and platforms[-1][2] == len(head)) or bool(_SERVICE_OWNER.search(head))


_PART_BEFORE = re.compile(r"\b(?:as|plays|played|playing|voices|voiced)\s+$")


def _candidates(text: str) -> list[tuple[str, int, int]]:
    """Title-like phrases, and quoted titles with lower-case words ("'Der kalte Hafen'")."""
    spans = []
    for title, start, end in title_spans(text):
        head, colon, tail = title.partition(": ")
        if colon and tail and (is_platform_name(head) or _PART_BEFORE.search(text, 0, start)):
            # "back to BBC One: Larkspur Lane returns ...", "back as Gi-hun: Squid Game season 2 drops": the title after it
            title, start = tail, start + len(head) + len(colon)
        service = _SERVICE_TAIL.fullmatch(title)
        if service and is_platform_name(service.group(2)):
            title, end = service.group(1), start + len(service.group(1))  # "created Westworld for HBO"
        spans.append((title, start, end))
    for match in _QUOTED.finditer(text):
        inner = match.group(1).strip()
        words = inner.split()
        if len(words) < 2 or len(words) > 6 or not any(w[:1].islower() for w in words[1:]):
            continue
        if words[-1] not in _TAIL_CONNECTORS:
            spans.append((inner, match.start(1), match.start(1) + len(inner)))
    return spans


_SERVICE_TAIL = re.compile(r"(.+?)\s+(?:for|on|at)\s+(.+)")


def _platform_follows(after: str) -> bool:
    for _name, pstart, _pend in find_platforms(after):
        return bool(_PLATFORM_AFTER.match(after[:pstart]))
    return False


_ARTICLE_WORDS = frozenset({"La", "El", "Los", "Las", "Le", "Les", "Il", "Lo", "Gli", "Die", "Der", "Das", "Den", "De", "Het"})
# "Q4 2025", "H1 2026", "2026": a time, not a title
_DATE_LIKE = re.compile(r"(?:Q[1-4]|H[12])(?:\s+(?:19|20)\d{2})?|(?:19|20)\d{2}")


_YEAR_DASH = re.compile(r"(?:19|20)\d{2}\s*[–—-]\s")
_ORDINAL_TOKEN = re.compile(r"\d+(?:st|nd|rd|th)")


_FACT_LABEL = re.compile(
    r"(?:network|channel|platform|streaming(?:\s+on)?|streamer|premiere|release(?:\s+date)?|cast|starring|creator|created\s+by|"
    r"genre|episodes|status|rating|runtime|where\s+to\s+(?:watch|stream)|watch\s+on|available\s+on|showrunner|director|writer)\s*:",
    re.I,
)


def _shouting(title: str) -> bool:
    """Words in capitals mixed with words in title case, two of the capital words longer than an
    acronym: a tabloid's emphasis ("SHOCK", "QUITS"), where titles keep one case ("FBI: Most
    Wanted" has one)."""
    words = [w for w in title.split() if w.isalpha()]
    loud = sum(1 for w in words if len(w) >= 4 and w.isupper())
    return loud >= 2 and any(w[:1].isupper() and w[1:].islower() and len(w) > 1 for w in words)


# A headline's shouted label before a colon: "OUT:", "EXCLUSIVE:", "WATCH:", "CONFIRMED:".
_SHOUTED_LABEL = re.compile(
    r"(?:OUT|EXCLUSIVE|WATCH|CONFIRMED|REVEALED|UPDATE|UPDATED|BREAKING|OFFICIAL|NEW|REPORT|REVIEW|RECAP|SPOILERS?|"
    r"PICS|PHOTOS|VIDEO|TRAILER|LISTEN|READ|ALSO\s+READ|DETAILS|INSIDE|UNMISSABLE)\s*:"
)


def _acceptable(title: str, index: ShowIndex) -> bool:
    # Each test only reads its arguments: the cheap ones first.
    if title.split()[0] in _MONTHS or title in {"K-drama", "K-dramas", "Anime"} or _DATE_LIKE.fullmatch(title):
        return False
    if _YEAR_DASH.match(title) or title.endswith(("–", "—", "-")):
        return False  # "September 14th, 2026 – Netflix confirmed ...": a dated line's date, not a title
    if _ORDINAL_TOKEN.fullmatch(title.split()[0]):
        return False  # "Its 13th series", "the 14th": an ordinal, not a title
    if title in _ARTICLE_WORDS:
        return False  # "La ciudad sumergida": a sentence-case title's first word alone
    if is_platform_name(title) or is_company(title):
        return False
    if index.has_key(_norm(title)):
        return False
    if title.split(": ", 1)[-1] in index.season_titles:
        return False  # "Dr. Stone: New World", "Stone Wars": a season of the main show, no show of its own
    if ": " in title and index.has_key(_norm(title.rsplit(": ", 1)[1])):
        return False  # "the duel with the Ash King: Ashen Familiar is coming back": a known title after a colon
    if " in " in title and index.has_key(_norm(title.split(" in ", 1)[1])):
        return False  # "Ada Lee in The Brightwater Boys": a caption's people in a known show
    if _PERSON.match(title) or _FILM_WORD.search(title) or _JOB_TITLE.match(title):
        return False
    if _shouting(title):
        return False  # "LOXLEY VALE SHOCK: Imogen Saltash QUITS ITV": a tabloid's headline, no title
    if _FACT_LABEL.match(title):
        return False  # "Network: FX (streams next day on Hulu)": a fact box's line
    if _SHOUTED_LABEL.match(title):
        return False  # "release date OUT: Manoj Bajpayee's Srikant Tiwari returns": a headline's label
    return not any(start == 0 for _name, start, _end in find_platforms(title))  # "Netflix Japan"


_NUMBERED_PART_AFTER = re.compile(r"\s+(?i:part|season|cour|volume)\s+(?:\d|one|two|three|i{1,3}\b)")
_TITLED_BEFORE = re.compile(r"\b(?:(?:officially\s+|sub)?titled|called|billed\s+as|known\s+as)\s+[\"“‘']?$", re.I)


def _season_subtitle(text: str, title: str, start: int, end: int, index: ShowIndex) -> str | None:
    """The subtitle of "Main: Subtitle" when it names a season of the main show: titled so
    ("officially titled X: The Culling Game") or numbered as a part ("X: The Culling Game Part
    1"); None for a spinoff ("X: Tales From '85"), which is neither."""
    head, colon, tail = title.partition(": ")
    if not colon or not tail or index.show_of_key(_norm(head)) != index.main:
        return None
    return tail if _NUMBERED_PART_AFTER.match(text, end) or _TITLED_BEFORE.search(text, 0, start) else None


def discover_other_shows(sents: list[Sentence], index: ShowIndex) -> None:
    """Register in ``index`` the titles of other shows the article makes claims about."""
    found: list[str] = []
    lowered = _LowerWords(sents)
    people = _People(sents)
    for sent in sents:
        if sent.block.kind == "heading":
            continue
        text = sent.text
        gates = _Gates(text)
        credits = _Credits(text)
        last_show = -1  # the end of the last show named ("renewed X and Y": Y is news too)
        last_person = -1  # the end of the last person named
        # A title is registered when it passes every test below. The tests only read the text
        # and the index (which changes only when a title is registered, in text order), so they
        # run most selective first: the news cue, which few titles pass, before the rest. The
        # credit test is the exception: a credit carries on to the next title of its list
        # ("known for X and Y"), so it is worked out for every title in text order, but only
        # once a title has passed the other tests (most sentences register none).
        for title, start, end in sorted(_candidates(text), key=lambda span: span[1]):
            if (
                _POSSESSIVE_END.search(title)
                and gates.allow(_ADAPTATION_OF_CUES)
                and _ADAPTATION_OF.search(text[:start])
            ):
                named = _SOURCE_NAMED.match(text[end:])  # "X's light novel series Y"
                if named and _acceptable(named.group(1), index):
                    index.add(named.group(1), named.group(1))
                    found.append(named.group(1))
                continue
            own_season = _OWN_SEASON_AFTER.match(text, end) if _POSSESSIVE_END.search(title) else None
            # (a year's possessive before a season is a title: "1923's second season premiered")
            year_title = own_season is not None and title[:-2].isdigit() and not index.has_key(_norm(title[:-2]))
            if own_season and (year_title or _acceptable(title[:-2], index)) and not people.name(title[:-2]):
                index.add(title[:-2], title[:-2])  # "Neelkanth's new season will arrive later in 2026"
                found.append(title[:-2])
                last_show = end
                continue
            if _POSSESSIVE_END.search(title):
                continue  # "Sam Levinson's "Euphoria"", "Taylor Sheridan's drama": the owner, not a show
            tail = _season_subtitle(text, title, start, end, index)
            if tail:
                index.add(title, index.main)  # "officially titled Jujutsu Kaisen: The Culling Game Part 1"
                index.add(tail, index.main)
                last_show = end
                continue
            credits.queue(start, end)
            listed = last_show >= 0 and bool(
                _LIST_JOIN.fullmatch(text, last_show, start)
                or (_LIST_COMMA.fullmatch(text, last_show, start) and _LIST_GOES_ON.match(text, end))
            )
            if index.has_key(_norm(title)):
                last_show = end
            # (a season of it is no person's: "the final season of Andor" beside "Cassian Andor")
            # (or one described as a spinoff: "ordered Neagley, a spinoff series starring ...")
            seasoned = (
                _SEASON_AFTER.match(text[end:])
                or (gates.allow(_LATER_SEASON_OF_CUES) and _LATER_SEASON_OF.search(text, 0, start))
                or _DESCRIBED_AS_SPINOFF.match(text, end)
            )
            if (
                (people.name(title) and not (seasoned and " " not in title))
                or _person_context(text, start, end)
                or (not seasoned and (people.surname(title) or people.given(title)))
                or people.by_surname(title, index)
                or _listed_part(text, start, end)
            ):
                last_person = end
                continue
            if last_person >= 0 and _LIST_JOIN.fullmatch(text, last_person, start):
                continue  # "Stars Ada Quill and Bo Lee-Grant are set to return": the next person
            if not (listed or _news_cue(text, start, end, gates)) or not _acceptable(title, index):
                continue
            before = text[:start]
            if _common_opener(title, before, lowered) and not _SHOW_APPOSITIVE.match(text, end):
                continue  # "Production began in March": a word opening the sentence
            if _SPEAKER_BEFORE.search(before) and not _SEASON_AFTER.match(text[end:]):
                continue  # 'said HBO's Francesca Orsi': the one quoted, a person (not "said X season 4 will arrive")
            if _ADAPTS_BEFORE.search(before):
                continue  # "Series 5, which adapts Mick Herron's London Rules, ...": the source, no show
            if _OF_PLACE_BEFORE.search(before) or _ACROSS_BEFORE.search(before):
                continue  # "the lamplighters of Vell", "viewers across Latin America": a place or a people, no show
            if any(p_start == 0 for _n, p_start, _e in find_platforms(text[start : end + 6])):
                continue  # "Channel 4, meanwhile, ...": a service whose number was cut off
            if _SERVICE_BEFORE.search(before) or _ACTS_ON_SHOW.match(text[end:]):
                continue  # "broadcaster Tidewell TV", "Tidewell renewed the drama": a service
            if _OUTLET_AFTER.match(text, end):
                continue  # "..., The Trade Sheet has learned exclusively": the outlet reporting it
            if _ALIAS_BEFORE.search(before):
                continue  # "HPI, short for Haut Potentiel Intellectuel": an alias, added below
            if _SUBTITLED_BEFORE.search(before):
                continue  # 'Season 2, subtitled "VS. U-20 JAPAN," aired ...': a season's subtitle
            if _SEASON_APPOSITION_BEFORE.search(before) and _APPOSITION_CLOSES.match(text, end):
                continue  # "X's third season, The Culling Game, premieres ...": the season's own title
            if _ARC_BEFORE.search(before) or _STORY_OF_BEFORE.search(before):
                continue  # "season 3, covering the Culling Game, arrives ...", "the story of Alison and Mike": the story it tells
            if _DIGITS.fullmatch(title) and (not _OBJECT_CUE.search(before) or _COUNT_AFTER.match(text[end:])):
                continue  # a bare number is a title only as the object of "cancelled 1899"
            if _SEASON_RANGE.fullmatch(title) or (_DIGITS.fullmatch(title) and _SEASON_NOUN_END.search(before)):
                continue  # "series 1-2", "season 3": seasons, no title
            if credits.last_is_credit():
                continue  # a credit ("known for X"), or the next title of its list
            if _EVENT_AFTER.match(text, end) or _PLACE_AFTER.match(text, end) or _AWARD.fullmatch(title):
                continue  # "Netflix's Next on Netflix UK 2026 preview", "the Tudum event": an event
            if _FILM_AFTER.match(text, end) or _FILM_BEFORE.search(before):
                continue  # "Netflix's thriller The Glass Orchard, a feature film from ...", "the feature X": a film
            known = _with_or_without_the(title, index)
            if known is not None:
                index.add(title, known)  # "The Neon Siege" beside "Neon Siege": one show
                continue
            index.add(title, title)
            found.append(title)
            last_show = end
    _add_aliases(sents, index, found)
    _MOVES[index] = _platform_moves(sents, index)


# A news outlet that reports: "The Trade Sheet has learned", "Deadline can reveal", "TVLine hears".
_OUTLET_AFTER = re.compile(
    r"\s+(?:has\s+learned|have\s+learned|can\s+(?:exclusively\s+)?(?:reveal|confirm|report)|hears|has\s+heard|understands|"
    r"has\s+exclusively\s+learned|first\s+reported|reported\s+(?:first|exclusively))\b"
)
_SPEAKER_BEFORE = re.compile(
    r"\b(?:said|says|added|adds|explained|explains|noted|notes|commented|stated|continued|according\s+to)\s+"
    r"(?:[\w+&.’'-]+['’]s\s+)?$"
)
_ACROSS_BEFORE = re.compile(r"\b(?:across|throughout|all\s+over|around\s+the)\s+$")
_OF_PLACE_BEFORE = re.compile(
    r"\b(?:the|a|an)\s+(?!(?:cast|creators?|stars?|makers|fans|return|renewal|(?:[a-z]+\s+)?seasons?|series|finale|"
    r"premiere|showrunners?|writers?|directors?|producers?|team|people|world|end|rest|fate|future|makers|home|hands|likes|success|shadows?|"
    r"revival|reboot|sequel|prequel|spin-?off|adaptation|version|remake)\s)[a-z][\w-]*s\s+of\s+$"
)


def _with_or_without_the(title: str, index: ShowIndex) -> str | None:
    """The show a known title names when ``title`` is that title with or without a leading "The",
    or its subtitle alone ("renewed Resurrection" beside "Dexter: Resurrection")."""
    key = _norm(title)
    known = index.show_of_key(key[3:] if title.lower().startswith("the ") else "the" + key)
    if known is not None:
        return known
    subtitled = {canonical for name, canonical in index.names.items() if ":" in name and _norm(name.split(":", 1)[1]) == key}
    if len(subtitled) == 1:
        return subtitled.pop()
    # the first words of a longer title alone ("Abbott premiered in 2021" beside "Abbott Elementary")
    if len(key) >= 5 and not title.lower().startswith(("the ", "a ", "an ")):
        prefixed = {canonical for name, canonical in index.names.items() if name.startswith(title + " ") and len(name) > len(title)}
        if len(prefixed) == 1:
            return prefixed.pop()
    return None


class _Credits:
    """Which titles of a sentence a credit introduces ("known for X", "starred in X and Y"),
    worked out in text order when asked: a title is a credit when the words before it
    introduce one, or when it follows the previous credit title as the next item of its list."""

    __slots__ = ("_end", "_pending", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._pending: list[tuple[int, int]] = []  # titles not yet worked out, in text order
        self._end = -1  # the end of the last credit title

    def queue(self, start: int, end: int) -> None:
        self._pending.append((start, end))

    def last_is_credit(self) -> bool:
        """Whether the title queued last is a credit (the ones before it are worked out too)."""
        text = self._text
        credit = False
        for start, end in self._pending:
            credit = credit_context(text[:start].rstrip("\"“‘'")) or (
                self._end >= 0 and bool(_CREDIT_LIST.match(text[self._end : start]))
            )
            if credit and _FANS_OF.search(text, max(0, start - 60), start) and _NEWS_OF_IT.match(text, end):
                credit = False  # "fans of ITV's thriller X will be sad to hear that it has been axed": news of X
            if credit and _WHICH_STATUS.match(text, end):
                credit = False  # "X made the BBC thriller Y, which was cancelled after one season": news of Y
            if credit:
                self._end = end
        self._pending.clear()
        return credit


_WHICH_STATUS = re.compile(
    r",\s+which\s+(?:was|has\s+been|had\s+been|got|is\s+being)\s+(?:\w+ly\s+)?(?:cancell?ed|axed|scrapped|renewed)\b", re.I
)
_FANS_OF = re.compile(r"\bfans\s+of\s+(?:[\w'’-]+\s+){0,4}$", re.I)
_NEWS_OF_IT = re.compile(
    r"[^.;]{0,60}?\b(?:hear|learn|know|news|find\s+out)\s+(?:that\s+)?(?:it|the\s+(?:show|series|drama))\s+"
    r"(?:has|had|was|is|will)\s+(?:been\s+|be\s+)?(?:officially\s+)?(?:axed|cancell?ed|canceled|renewed|ending|returning|coming\s+back|back)\b",
    re.I,
)


# Capitalised words before a one-word title that make no person's given name.
_NOT_GIVEN = _LINKING | _words(
    """The A An This That Its Watch Season Series New Netflix Hulu Max Star Stars Starring Director Creator
    Actor Actress Producer Showrunner Writer Within Through"""
)
# A full name as the subject of what people do: "Imogen Saltash has quit", "X, who plays".
_GIVEN_OF_SUBJECT = re.compile(
    # (past a bracket of credits: 'Dana Whitcombe ("Glass Harbor") has been tapped')
    r"\b([A-Z][a-z]+)\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?=(?:\s+\([^()]{1,80}\))?\s+(?:has|had|is|was|will|told|said|says|revealed|admitted|quit|quits)\s"
    r"|,\s+(?:who|whose)\s|,\s+\d{2},)"
)
_GIVEN_THEN_WORD = re.compile(r"\b([A-Z][a-z]+)[ \t]+(?=([A-Z][A-Za-z]*)(?:['’]s\b|(?![\w'’-])))")  # (and "Elden Henson's")


# A part in brackets after a name: "Wren Halvorsen (Ingrid Brökel) is expected to return".
_PART_IN_BRACKETS = re.compile(r"\s*\(((?:Dr\.\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\)")


# ... after another such pair: "Elias Marchetti (Tobias Renwick) and Wren Halvorsen (Ingrid Brökel)".
_PAIR_BEFORE = re.compile(r"[A-Z][\w'’.-]+\s*\([^()]{2,40}\)\s*(?:,\s*(?:and\s+)?|\s(?:and|&)\s+)$")


def _listed_part(text: str, start: int, end: int) -> bool:
    """A name in a list of actors, each with their part in brackets; or a one-word part with its
    player's full name in brackets ("Nigel (John Hartman) is set to return")."""
    part = _PART_IN_BRACKETS.match(text, end)
    if part is None or find_platforms(part.group(1)) or is_company(part.group(1)):
        return False
    if " " not in text[start:end].strip() and _PLAYER_NAME.fullmatch(part.group(1)) and not _VERB_RIGHT_BEFORE.search(text, 0, start):
        return True
    return bool(_PAIR_BEFORE.search(text, 0, start))


_STORY_OF_BEFORE = re.compile(r"\b(?:the|their|his|her)\s+(?:story|tale|journey|romance|love\s+story|relationship)\s+of\s+$", re.I)
_VERB_RIGHT_BEFORE = re.compile(r"\b(?:renewed|cancell?ed|axed|ordered|revived|picked\s+up|brought\s+back|dropped|released)\s+$")
_PLAYER_NAME = re.compile(r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2}")


_WORD_TOKEN = re.compile(r"[\w’'-]+")


class _People:
    """The names the document uses for people (``_people``), gathered the first time a title
    is tested against them."""

    def __init__(self, sents: list[Sentence]) -> None:
        self._sents = sents
        self._names: frozenset[str] | None = None
        self._surnames: frozenset[str] | None = None
        self._given: frozenset[str] | None = None
        self._before: dict[str, list[str]] | None = None

    def surname(self, title: str) -> bool:
        """One word the document also writes as the end of a person's full name ("Okafor" of
        "Tamsin Okafor has joined the cast")."""
        if " " in title or not title.isalpha() or not title[:1].isupper():
            return False
        if self._surnames is None:  # every word written after a given-name-like word, read once
            text = "\n".join(sent.text for sent in self._sents)
            self._surnames = frozenset(
                last
                for first, last in _GIVEN_THEN_WORD.findall(text)
                if first not in _NOT_GIVEN and not is_platform_name(first)
            )
        return title in self._surnames

    def given(self, title: str) -> bool:
        """One word the document also writes as the given name of a full name that acts as a
        person ("Imogen" of "Imogen Saltash has quit the drama", "Imogen Saltash, who plays")."""
        if " " in title or not title.isalpha() or not title[:1].isupper():
            return False
        if self._given is None:
            text = "\n".join(sent.text for sent in self._sents)
            self._given = frozenset(m.group(1) for m in _GIVEN_OF_SUBJECT.finditer(text))
        return title in self._given

    def by_surname(self, title: str, index: ShowIndex | None = None) -> bool:
        """A full name the document goes on to call by its last word alone, again and again, as
        news writes of people ("Daveed Roth-Castillo ... Roth-Castillo will play ...")."""
        words = title.split()
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
            return False
        if self._before is None:  # every capitalised word with the words written right before it, read once
            self._before = {}
            previous = ""
            for sent in self._sents:
                for token in _WORD_TOKEN.findall(sent.text):
                    if token[:1].isupper():
                        self._before.setdefault(token, []).append(previous)
                    previous = token
        before = self._before.get(words[-1], [])
        # (not another show's last word: "Sheriff Country" beside "Fire Country")
        return sum(1 for word in before if word != words[-2] and not (index and index.has_key(_norm(word + words[-1])))) >= 2

    def name(self, title: str) -> bool:
        """The title is a person's name, or a list of them ("Achebe and Cho-Harris")."""
        if self._names is None:
            self._names = _people(self._sents)
        return title in self._names or _people_list(title, self._names)


class _LowerWords:
    """The words the document writes in lower case, gathered the first time one is asked for
    (most documents never ask)."""

    def __init__(self, sents: list[Sentence]) -> None:
        self._sents = sents
        self._words: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            self._words = frozenset(w for s in self._sents for w in _LOWER_WORD.findall(s.text))
        return word in self._words


# "Shrinking, another of the streamer's comedies, was renewed": an opening word described as a show
_SHOW_APPOSITIVE = re.compile(
    r",\s+(?:another|one)\s+of\s+(?:the|its|their|[\w+&.-]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:comedies|dramas|shows|series|thrillers|hits|originals|sitcoms|anime)\s*,"
    r"|,\s+(?:the|a|an|its|[\w+&.-]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?" + GENRE_NOUNS + r"\s*,",
    re.I,
)


def _common_opener(title: str, before: str, lowered: _LowerWords) -> bool:
    """A single common word opening a sentence ("Production", "Cameras") is not a title."""
    if " " in title or not _at_sentence_start(before):
        return False
    word = title.lower()
    return word in _COMMON_OPENERS or bool(_GERUND.fullmatch(word)) or word in lowered


def _at_sentence_start(before: str) -> bool:
    if _SENTENCE_OPENING.match(before):
        return True
    return all(tok.rstrip(".,;:") in _LEADING for tok in before.split())


def _people(sents: list[Sentence]) -> frozenset[str]:
    """Names the document uses for people: actors and the characters they play, and each
    word of such a name ("Holt" of "Detective Mara Holt")."""
    names: set[str] = set()
    for sent in sents:
        actors = holds_cues(sent.text, _ACTOR_NAME_CUES)
        roles = holds_cues(sent.text, _ROLE_NAME_CUES)
        if not (actors or roles):
            continue
        matches = [
            *(_ACTOR_NAME.finditer(sent.text) if actors else ()),
            *(_ROLE_NAME.finditer(sent.text) if roles else ()),
        ]
        for match in matches:
            name = match.group(1).rstrip(".,'’:;!?-")
            if name and not is_platform_name(name):
                names.add(name)
                names.update(w for w in name.split() if w not in _STOP_TITLES)
    return frozenset(names)


_ACTOR_NAME_CUES = cue_groups(_ACTOR_NAME)
_ROLE_NAME_CUES = cue_groups(_ROLE_NAME)


def _people_list(title: str, people: frozenset[str]) -> bool:
    """"Achebe and Cho-Harris": a list of names the document gives as people."""
    if "," not in title and "and" not in title and "&" not in title:
        return False  # every joint of the list pattern holds one of these
    parts = [p for p in _LIST_JOINT.split(title) if p]
    return len(parts) > 1 and all(p in people for p in parts)


_PLAYING_BEFORE = re.compile(r"\b(?:voicing|playing|portraying)\s+$")


def _person_context(text: str, start: int, end: int) -> bool:
    """"X as Inspector Y", "X (who plays ...", "cast X", "added X as ..." name a person."""
    before = text[:start]
    if _PERSON_AFTER.match(text[end:]) or _CASTING_BEFORE.search(before):
        return True
    if _PLAYING_BEFORE.search(before):
        return True  # "with Hayley Atwell voicing Lara Croft, premiered last month": a part, not the title
    return bool(_ADDED_BEFORE.search(before) and _ROLE_WORDS.search(text[end:]))


def _add_aliases(sents: list[Sentence], index: ShowIndex, found: list[str]) -> None:
    """A subtitle used alone ("Ashin of the North") and a spelled-out or translated title
    ("HPI, short for Haut Potentiel Intellectuel") are aliases of a registered show."""
    text = "\n".join(s.text for s in sents)
    # Every match of the alias pattern below holds one of these words as written (speed).
    aliased = any(cue in text for cue in ("short for", "known as", "aka", "original"))
    for title in found:
        parts = _SUBTITLE_SPLIT.split(title, maxsplit=1)
        if (
            len(parts) == 2
            and not is_platform_name(parts[1])
            and re.search(r"(?<![:\w–—] )(?<!\w)" + re.escape(parts[1]) + r"(?!\w)", text.replace(title, ""))
        ):
            index.add(parts[1], title)
        alias = _alias_after(text, title) if aliased else None
        if alias and _acceptable(alias.group(1), index):
            index.add(alias.group(1), title)


# What follows a title to give its other name: ", short for X", " (also known as X".
_ALIAS_AFTER = re.compile(
    r"(?:,\s+|\s+\()(?:short for|also known as|known as|aka|originally titled|original title)\s+("
    + _PHRASE
    + r")"
)


def _alias_after(text: str, title: str) -> re.Match[str] | None:
    """The first place where ``title`` is followed by an alias phrase (the same as searching
    for the title and the phrase together, without compiling a pattern per title)."""
    at = text.find(title)
    while at >= 0:
        found = _ALIAS_AFTER.match(text, at + len(title))
        if found:
            return found
        at = text.find(title, at + 1)
    return None


# ---------------------------------------------------------------- platform cues

_SHOW_NOUNS = (
    r"(?:series|show|shows|drama|k-drama|thriller|comedy|dramedy|sitcom|anime|romance|mystery|hit|"
    r"giant|original|prequel|sequel|spin-?off|adaptation|miniseries|docuseries|title|programme|"
    r"program|block|slot|horror|fantasy|western|procedural|epic|saga|franchise|satire|mockumentary|noir|anthology|"
    r"soap|telenovela|cartoon|animation|documentary|docudrama|reboot|revival|caper|melodrama|whodunn?it)"
)
_POSSESSIVE = re.compile(
    r"^['’]s\s+(?:[\w+-]+\s+|\"[^\"]{1,40}\"\s+|“[^”]{1,40}”\s+){0,5}" + _SHOW_NOUNS + r"\b", re.I
)
# "a Netflix Original Series", "the NBC legal drama", "this NBC single-camera comedy".
_ATTRIBUTIVE = re.compile(
    r"^\s+(?:original\s+|limited\s+)?" + _SHOW_NOUNS + r"(?:\s+" + _SHOW_NOUNS + r")*\b(?!\s+(?:film|movie|feature)s?\b)", re.I
)
# After a determiner, with modifiers before the noun: "the NBC legal drama", "this NBC
# single-camera comedy".
_DETERMINER_BEFORE = re.compile(r"\b(?:the|this|that|an?)\s+$", re.I)
_ATTRIBUTIVE_MODIFIED = re.compile(
    r"^\s+(?:(?!(?:has|have|had|is|are|was|were|will|would|could|should|can|may|might|did|does|do|also|just|now|"
    r"today|then|first|last)\s)(?-i:[a-z][a-z-]+)\s+){1,2}" + _SHOW_NOUNS + r"\b", re.I
)
_COUNTRY = re.compile(r"^\s+(?:Korea|Japan|UK|US|USA|India|Spain|Germany|France|Brazil|Canada|Australia)\b")
_ON_BEFORE = re.compile(
    r"(?:\b(?:on|onto|via)|\b(?:moves?|moved|moving|comes?|came|coming|heads?|headed|went|goes|go|"
    r"returns?|returned|returning|arrives?|arrived|arriving|lands?|landed|landing|on\s+(?:its|the|their)\s+way)\s+to|"
    r"\bexclusively\s+(?:on|to)|\b(?:seasons?|years?)\s+at|\b(?:produced|made)\s+(?:by\s+[^,;]{1,60}?\s+)?for)"
    r"\s+(?:the\s+)?(?:(?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*(?:['’]s|s['’])\s+)?(?:(?:[\w-]+\s+){0,4}?"  # ("on TVF's YouTube channel")
    r"(?:service|channel|network|platform|streamer|broadcaster|station)\s+)?$",
    re.I,
)
_BY_BEFORE = re.compile(r"\b[Bb]y\s+$")  # ("Canceled By Max": a headline in title case)
_IN_HISTORY = re.compile(r"^\s+history\b")
_PLATFORM_VERBS = (
    r"(?:renew(?:s|ed)?|order(?:s|ed)?|cancell?(?:s|ed)?|axe[sd]?|confirm(?:s|ed)?|announce[sd]?|"
    r"add(?:s|ed)?|pick(?:s|ed)? up|picked|release[sd]?|premiere[sd]?|stream(?:s|ed|ing)?|"
    r"simulcast(?:s|ed|ing)?|made|make|makes|produced|reveal(?:s|ed)?|present(?:s|ed)?|"
    r"greenlit|greenlighted|gave|give|gives|given|said|says|dropped|drops|revived|acquired|"
    r"debut(?:s|ed)?|air(?:s|ed)?|broadcast(?:s)?|unveil(?:s|ed)?|launch(?:es|ed)?|ha[sd] ever made|"
    r"pull(?:s|ed)? the plug on|scrap(?:s|ped)?|(?:re-?)?commission(?:s|ed)?|green-?light(?:s|ed)?|"
    r"br(?:ing|ings|ought) back|rescue[sd]?|saved|saves|hand(?:s|ed)|(?:move[sd]?|moving) forward with|"
    r"pass(?:es|ed)? on|spare[sd]?|spare|carr(?:y|ies|ied)|dated|dates|delayed|delays|postponed|"
    r"(?:is|was|will\s+be|remains?)\s+(?:the\s+)?(?:new\s+|exclusive\s+)?home\s+(?:to|of|for))"
)
_SUBJECT = re.compile(
    r"^(?:\s+(?:Korea|Japan|UK|US))?(?:,\s+(?:meanwhile|however|though|too|also|for\s+its\s+part|in\s+turn),)?"
    # "NBC on Thursday canceled ...", "CBS today renewed ..."
    r"(?:\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday|this\s+week|last\s+week)\b)?"
    r"(?:\s+(?:has|have|had|will|would|is|was|also|officially|already|first|"
    r"only|then|later|just|finally|quickly|recently|has not|hasn't|did not|didn't|not|never|ever|itself|did|does|"
    r"even|originally|once|quietly|now|reportedly|swiftly|abruptly|still|continue\s+to|continues\s+to|"
    r"continued\s+to|go\s+on\s+to|(?:has|have)\s+yet\s+to|is\s+yet\s+to))*\s+(?i:" + _PLATFORM_VERBS + r")\b"
)
# A sentence that opens "Over at CBS," / "At Netflix," / "Meanwhile at HBO," then "the network ...".
_AT_LEAD = re.compile(r"^(?:(?:Over|Meanwhile,?|Elsewhere|Across\s+town)\s+)?(?i:at)\s+(?:the\s+)?$")
_TAKEN_UP = re.compile(r"^,\s+(?:the\s+(?:network|streamer|broadcaster|channel|service|platform|company)|it)(?=\s)")
_WHICH = re.compile(r"^,\s+which\s+(?:\w+\s+)?(?:streams|streamed|airs|aired|simulcasts?|simulcast|carries|"
                    r"carried|broadcasts?|released|premiered|hosts?|picked)\b")
DISTRIBUTION = frozenset({"on", "by", "which", "distribution"})
_DISTRIBUTION_VERB = re.compile(
    r"^(?:\s+\w+){0,3}?\s+(?:add(?:s|ed)?|release[sd]?|premiere[sd]?|stream(?:s|ed|ing)?|simulcast\w*|carr(?:y|ies|ied)|"
    r"air(?:s|ed)?|broadcast\w*|acquired|pick(?:s|ed)? up|picked)\b"
)


def platform_head_end(text: str, end: int, start: int | None = None) -> int | None:
    """End of the noun phrase a possessive or attributive platform name modifies
    ("Netflix's first original Korean series", "the Netflix limited series")."""
    after = text[end:]
    country = _COUNTRY.match(after)
    skip = country.end() if country else 0
    match = _POSSESSIVE.match(after) or _ATTRIBUTIVE.match(after[skip:])
    if not match and start is not None and _DETERMINER_BEFORE.search(text, 0, start):
        match = _ATTRIBUTIVE_MODIFIED.match(after[skip:])  # "the BBC period drama Kestrel Moor"
    if not match:
        return None
    return end + match.end() + (0 if _POSSESSIVE.match(after) else skip)


def platform_cue(text: str, start: int, end: int) -> str | None:
    """How the platform named at [start, end) relates to a show, if it does: "possessive"
    ("Netflix's hit"), "attributive" ("a Netflix Original Series"), "on" ("streams on Hulu"),
    "by", "which" ("Crunchyroll, which streams it"), "subject" ("Netflix renewed ..."),
    "distribution" (a subject whose verb is a release: "Netflix added ..."), or None."""
    before, after = text[:start], text[end:]
    if _POSSESSIVE_START.match(after):
        return "possessive" if _POSSESSIVE.match(after) else None
    country = _COUNTRY.match(after)
    if country:
        after = after[country.end() :]
    if _ATTRIBUTIVE.match(after) or (_DETERMINER_BEFORE.search(before) and _ATTRIBUTIVE_MODIFIED.match(after)):
        return "attributive"
    if _ON_BEFORE.search(before) or (_IN_BEFORE.search(before) and _IN_HISTORY.match(after)):
        return "on"
    if _BY_BEFORE.search(before):
        return "by"
    if _WHICH.match(after):
        return "which"
    if _SUBJECT.match(after):
        return "distribution" if _DISTRIBUTION_VERB.match(after) else "subject"
    if _AT_LEAD.search(before) and (taken := _TAKEN_UP.match(after)):
        # "Over at CBS, the network renewed ...": the network the lead names acts
        return "subject" if _SUBJECT.match(" " + after[taken.end() :]) else None
    return None


_THROUGH_CHANNEL = re.compile(r"\s+(?:through|via)\s+(?:the\s+|its\s+)?[\w+ ]{2,30}?\s+(?:channel|add-on|subscription)\b", re.I)


# A season the sentence compares with ("Like the first season, ...") or counts from ("since the
# first series dropped"): no season of its own for a service.
_COMPARED_SEASON = re.compile(r"\b(?:[Ll]ike|[Uu]nlike|[Aa]s\s+(?:with|for|in|did)|[Jj]ust\s+like|[Ss]ince|[Ee]ver\s+since)\s+(?:the|its)?\s*$")
_ALSO = re.compile(r"\balso\b")


def _platform_moves(sents: list[Sentence], index: ShowIndex) -> set[str]:
    """Shows whose seasons the text puts on different services (Wavve for season 1, Netflix
    for season 2)."""
    seen: dict[str, dict[str, set[int]]] = {}
    for sent in sents:
        platforms = find_platforms(sent.text)
        if not platforms:
            continue
        if _ALSO.search(sent.text):
            continue  # "where the third series is also set to land": another service beside, no move
        mentions = index.mentions(sent.text)
        numbered = {m.season for m in mentions if m.season}
        # (not a season the sentence compares with: "Like the first season, it will stream on Netflix")
        seasons = numbered or {m.number for m in find_seasons(sent.text) if not _COMPARED_SEASON.search(sent.text, 0, m.start)}
        if len(seasons) != 1 or len({p for p, _s, _e in platforms}) > 2:
            continue
        show = mentions[0].title if mentions else index.main
        for name, pstart, pend in platforms:
            if platform_cue(sent.text, pstart, pend) not in DISTRIBUTION:
                continue
            if _THROUGH_CHANNEL.match(sent.text, pend):
                continue  # "on Prime Video through the Starz channel": a storefront of the service
            # (one broadcaster's channels and player are one home: BBC One, BBC Two, BBC iPlayer)
            seen.setdefault(show, {}).setdefault(name.split()[0], set()).update(seasons)
    moves: set[str] = set()
    for show, by_platform in seen.items():
        groups = {frozenset(s) for s in by_platform.values()}
        if len(by_platform) > 1 and len(groups) > 1:
            moves.add(show)
    return moves


def platform_moves(index: ShowIndex) -> set[str]:
    """The shows whose services differ by season, as found by ``discover_other_shows``."""
    return _MOVES.get(index, set())


# ---------------------------------------------------------------- services the lexicon lacks

# A name that renews or cancels a show acts as its network: "Tidewater has renewed “Burnt
# Orchard”", "Kestrel cancelled the drama".
_SERVICE_ACTS = re.compile(
    r"(?:^|(?<=[^\w\s])\s|(?<=\sat\s)|(?<=\sby\s)|(?<=\sas\s)|(?<=\sand\s))(?P<name>[A-Z][\w+&'’-]*(?:\s+[A-Z][\w+&'’-]*){0,2})"
    r"(?:\s+(?:has|have|had|also|officially|already|just|quietly|finally|recently))*\s+(?:renewed|cancell?ed|axed|"
    r"ordered|picked\s+up|greenlit|commissioned|scrapped)\s+(?:the|its|their|[A-Z\"“‘'])"
)
# What a network renews or cancels: a show, named or described ("the drama", "its comedy").
_SHOW_OBJECT = re.compile(r"(?:[\"“‘']|(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:series|show|drama|comedy|thriller|sitcom|"
                          r"procedural|docuseries|anime)\b|(?!(?:Emmy|Golden|Oscar|BAFTA|Bafta|Grammy|Peabody)\b)[A-Z])")
_NOT_A_SERVICE_WORDS = """the it its this that they he she we you fans viewers critics audiences producers studios
season series show netflix monday tuesday wednesday thursday friday saturday sunday today yesterday january february
march april may june july august september october november december"""
_NOT_A_SERVICE = frozenset(_NOT_A_SERVICE_WORDS.split())


def learn_services(sents: list[Sentence], index: ShowIndex) -> tuple[str, ...]:
    """Names the article shows acting as a show's network that the service lexicon does not
    know (a regional channel, a new streamer): each renews or cancels a show and is named again
    mid-sentence, and is no show, platform or company already known."""
    text = "\n".join(sent.text for sent in sents)
    out: list[str] = []
    for sent in sents:
        if not holds_cues(sent.text, _SERVICE_ACTS_CUES):
            continue
        for match in _SERVICE_ACTS.finditer(sent.text):
            name = match.group("name")
            if (
                name in out
                or name.split()[0].lower() in _NOT_A_SERVICE
                or index.has_key(_norm(name))
                or find_platforms(name)
                or is_company(name)
                or re.search(r"\b[A-Z][a-z]+\s+" + re.escape(name) + r"\b", text)  # "Rosalind Achterberg": a person
                or not _SHOW_OBJECT.match(sent.text, match.end() - 1)
            ):
                continue
            mid = re.findall(r"[a-z,]\s+" + re.escape(name) + r"\b(?!\s+(?:Studios?|Productions|Pictures|Films|Entertainment)\b)", text)
            if mid:
                out.append(name)
    return tuple(out)


_SERVICE_ACTS_CUES = cue_groups(_SERVICE_ACTS)
