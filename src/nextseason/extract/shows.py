"""Which show a sentence talks about: the article's main show, its title variants, other shows."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from nextseason.extract.lexicon import is_platform_name
from nextseason.extract.names import find_person_names
from nextseason.extract.seasons import find_seasons

_ORDINAL = (
    r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"new|next|final|last|another)"
)
# A descriptor the headline puts after the title: "X Anime's 2nd Season", "X TV Anime Gets ...",
# "X K-Drama Season 2", "X Manga Gets an Anime".
_DESCRIPTOR = r"(?:(?:TV|television)\s+)?(?:anime|k-?drama|j-?drama|c-?drama|manga|webtoon|light\s+novel)"
_HEADLINE_VERB = (
    r"gets?|season|series|part|premieres?|debuts?|reveals?|announces?|confirms?|sets?|returns?|release|"
    r"renewed|cancell?ed|delayed|adds?|casts?|unveils?|drops?|trailer|teaser|key|sequel|\d"
)
# The same descriptors before the title: "TV Anime X Gets Season 2", "K-Drama X".
_LEADING_DESCRIPTOR = re.compile(r"^" + _DESCRIPTOR + r"s?\s+(?=[A-Z0-9\"'“‘])", re.I)
_TITLE_CUT = re.compile(
    r"\s+(?:season|series|part|staffel|temporada)\s+\w+|\s+(?-i:S)\d{1,2}(?=\s*(?:$|[:,|(–—-])|\s+(?-i:[a-z]))"
    r"|\s+(?:\d{1,2}x\d{1,3}|(?-i:S)\d{1,2}\s?(?-i:E)\d{1,3})\b"
    r"|(?:['’]s)?\s+" + _ORDINAL + r"\s+(?:season|series|part|cour)\b"
    r"|\s+" + _DESCRIPTOR + r"(?=['’]s\b|\s*$|\s*[,:(|–—]|\s+(?:" + _HEADLINE_VERB + r")\b)"
    r"|\s+(?:gets?|got|lands?|scores?|earns?|receives?)\s+(?:an?\s+|its\s+|the\s+)?" + _ORDINAL + r"?\s*(?:season|series|part|sequel|renewal|anime|tv)\b"
    r"|(?<!\bNo\.)(?<!\bNo)(?<!\bNumber)(?<!\bVol\.)\s+\d{1,2}\b"  # (not the title's own "Kaiju No. 8")
    r"|\s*[:|(]|\?(?=\s)"
    r"|\s+[–—-]\s+"
    r"|,"
    r"|\s+(?:release date|renewed|cancell?ed|cast\b|trailer|plot|confirmed|officially|is coming|returns?)\b"
    # "X Is Over", "X Is Back", "X Has Ended": the show, then what became of it
    r"|\s+(?:is|are|has|have)\s+(?:(?:officially|finally|really)\s+)?(?:over|back|done|finished|ended|ending|returning|gone)\b"
    # a headline verb ends the title: "X Axed After Two Seasons", "X Confirms Season 2"
    r"|\s+(?:axed|axes|scrapped|scraps|renews|cancels|confirms|gets|lands|sets|unveils|reveals|announces"
    r"|teases|orders|greenlights|greenlit|picked\s+up|adds|casts|taps|recasts|loses|books|drops|welcomes"
    r"|revived|revives|rescued|rescues|saved|saves|resurrected)\s",
    re.I,
)
# A headline asked as a question: "Will There Be a X Season 3?", "When Does X Season 2 Come Out?".
_QUESTION_LEAD = re.compile(
    r"^(?:will there (?:ever )?be|is there|are there|when (?:will|does|is|do)|what do we know about|"
    # "What Happened to X Season 2?", "What's Next for X?"
    r"(?:what(?:ever)?\s+happened\s+to|what['’]?s\s+next\s+for)|"
    # "What Time Does X Season 2 Come Out?", "What Time Is X Season 2 On Prime Video?", "Is X Season 2 on Netflix?"
    r"what\s+time\s+(?:does|is|will|do)|what\s+day\s+(?:does|is|will)|where\s+(?:can\s+(?:i|you)\s+)?(?:to\s+)?(?:watch|stream)|"
    r"how\s+to\s+(?:watch|stream)|is(?=\s+[^?]{1,60}?\s+(?i:season|series|part)\s+\w+\s+(?:on|out|coming|streaming|available)\b)|"
    r"(?:here['’]s\s+)?(?:everything|what)\s+(?:we\s+know|you\s+need\s+to\s+know|to\s+know)(?:\s+so\s+far)?\s+about|"
    # a numbered listicle: "5 Things We Know About X", "10 Things to Know Before X Season 2"
    r"(?:the\s+)?(?:\d{1,2}|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:(?:big|key|major|biggest|new)\s+)?"
    r"(?:things|facts|questions|details|theories|reasons|clues|updates)\s+(?:(?:we|you)\s+(?:know|need\s+to\s+know|"
    r"should\s+know)|to\s+know|(?:we|you)['’]?(?:ve|d)?\s+(?:learned|want\s+answered))(?:\s+so\s+far)?\s+(?:about|before|for|from))"
    r"\s+(?:(?:a|an|another)\s+)?(?=[A-Z0-9\"'“‘])",
    re.I,
)
# "Will there be a season 2 of Adolescence?": the title after "season N of".
_SEASON_OF = re.compile(
    r"\b(?i:(?:season|series|part)\s+\w+|(?:first|second|third|fourth|fifth|sixth|final|new|next)\s+(?:season|series))"
    r"\s+(?i:of)\s+['‘\"“]?(?P<title>[A-Z0-9][^?:;,!\"“”‘’]{0,60}?)['’\"”]?"
    r"(?=\s*(?:[?:;,!]|$)|\s+(?i:coming|happening|confirmed|release|is|will|has|on|at|season|series|part|arrives?|anime|k-drama|drama|set|"
    r"gets|returns|renewed|cancell?ed|announced|confirmed)\b)"
)
# A label before the headline proper: "Exclusive: ...", "BREAKING — ...".
_LABEL = re.compile(
    r"^(?:exclusive|breaking(?:\s+news)?|report|watch|update[d]?|first\s+look|video|photos?|opinion|analysis|"
    r"interview|review|recap|explainer|news)\s*[:|–—-]\s*",
    re.I,
)
# "Is Moonfall Bay coming back?", "Has Iron Bloom been cancelled?": a yes-no question about the show.
_YES_NO = re.compile(
    r"^(?i:(?:why\s+)?(?:is|has|will|was|were|does|did))\s+(?P<title>[A-Z0-9\"'“‘][^?:]{0,60}?)\s+"
    r"(?i:(?:been\s+|be\s+|getting\s+|get\s+|got\s+|finally\s+|officially\s+|really\s+)*(?:coming\s+back|returning|return|back|renewed|"
    r"cancell?ed|axed|scrapped|dropped|pulled|ended|happening|over|ending|out|streaming|a\s+(?:second|third|fourth|fifth|new)\s+season))\b"
)
# A headline that asks ("Why Did Netflix Cancel Kaos?"), and "why" before a service's verb.
_ASKING = re.compile(r"^(?:why|how|what|when|where|who|is|are|was|were|has|have|had|will|would|could|does|did|do)\s", re.I)
_WHY_LEAD = re.compile(r"^(?:why|how)\s+(?=[A-Z])", re.I)
# "Did Netflix cancel Kaos?": an auxiliary before a service's verb.
_AUX_LEAD = re.compile(r"^(?:why\s+)?(?:did|has|have|will|could|would|is|does)\s+(?=[A-Z])", re.I)
# "Netflix's One Piece Season 2": a service's possessive before the title.
_SERVICE_POSSESSIVE = re.compile(r"^(?P<who>[A-Z][\w+&.-]*(?:\s+[A-Z+][\w+&.-]*){0,2})['’]s\s+(?=[A-Z0-9\"'“‘])")
# "Taylor Sheridan's Lioness": a person's full name (two or three capitalised words, no article)
# owns the title that follows; a one-word possessive stays ("Grey's Anatomy", "Marvel's X").
_PERSON_POSSESSIVE = re.compile(
    r"^(?!(?:The|A|An)\s)[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){1,2}['’]s\s+(?=[A-Z0-9\"'“‘])"
)
_WORD = r"(?:[A-Z0-9][\w'’.&-]*|[가-힣ぁ-んァ-ン一-龯]+)"
_CONNECT = r"(?:of|the|and|in|on|a|an|to|for|at|with|from|&|de|la|el|del|der|die|das|no|us|is|x)"
TITLE_PHRASE = re.compile(_WORD + r"(?:\s+(?:" + _CONNECT + r"\s+)*" + _WORD + r")*")


@dataclass(frozen=True, slots=True)
class ShowMention:
    title: str  # canonical title of the show
    start: int
    end: int
    season: int | None = None  # from a numbered title ("Sweet Home 3")


# A title quoted in a news headline: "Peacock Scraps Mining Drama 'Copperline' After One Season".
_QUOTED_TITLE = re.compile(r"(?<![\w'’])['‘\"“]([A-Z0-9][^'‘’\"“”]{0,60}?)['’\"”](?![\w'’])")
# (and an episode's code: "Wrenfield 2x10 Recap: 'The Bell Tower'", "S02E10")
_WIKI_SEASON = re.compile(r"(?i:season|series)\s+\w+\s*\((?P<title>[^()]{2,60})\)")
_SEASON_WORD = re.compile(r"\b(?:(?:Season|Series|Part)\s+\w+|\d{1,2}x\d{1,3}\b|S\d{1,2}\s?E\d{1,3}\b)", re.I)
_TITLE_CASED = re.compile(r"(?:[A-Z0-9][^\s]*|" + _CONNECT + r")(?:\s+(?:[A-Z0-9][^\s]*|" + _CONNECT + r"))*")


_SPACES = re.compile(r"\s+")
_NUMBERED_END = re.compile(r"(?<=[^\W\d])\s+[2-9]$")  # "Sweet Home 3": the title and its season


# "Netflix Renews Moonfall Bay for Season 2", "HBO Max Sets Premiere Date for X": a platform as
# the headline's subject; the show is the verb's object.
_PLATFORM_SUBJECT = re.compile(
    r"^(?P<who>[A-Z][\w+.&'’-]*(?:\s+[A-Z+][\w+.&'’-]*){0,2})(?:['’]s)?\s+"
    r"(?i:renews?|renewed|cancels?|cancell?ed|axes|axed|scraps?|scrapped|orders?|ordered|picks\s+up|"
    r"greenlights?|greenlit|confirms?|confirmed|dates?|sets?\s+(?:(?:a|the)\s+)?(?:premiere|release|return)\s+date\s+for|"
    r"brings?\s+back|revives?|revived)\s+(?=[A-Z0-9\"'“‘])"
)
# A connector left at the end of the object once the headline's season phrase is cut off
# ("Moonfall Bay for" Season 2).
_TRAILING_CONNECTOR = re.compile(r"(?:\s+(?:for|with|after|as|ahead\s+of|at|a|an|its|their))+$", re.I)
# What follows the object ("... After Two Seasons", "... Following Its Finale").
_OBJECT_END = re.compile(r"\s+(?:after|following|ahead\s+of)\s+", re.I)


_AFTER_GENRE = re.compile(
    r"['’]?s?\s+(?:[a-z][\w-]*\s+){1,3}(?P<title>[\"“‘']?[A-Z][\w'’&:-]*(?:\s+(?:[A-Z][\w'’&:-]*|of|the|and|in|on|a|an))*)"
)


def main_title(title: str) -> str:
    """The show's name from an article headline: a quoted title, else the text before
    "Season 2", ":", " – ", ..."""
    title = _LABEL.sub("", _SPACES.sub(" ", title).strip())
    wiki = _WIKI_SEASON.fullmatch(title)
    if wiki:  # a wiki page's "Season 2 (Yarrowdale)"
        return wiki.group("title").strip()
    quoted = _QUOTED_TITLE.search(title)
    season = _SEASON_WORD.search(title)
    if quoted and _TITLE_CASED.fullmatch(quoted.group(1)) and not (season and season.start() < quoted.start()):
        # a quote after "Season 2" is an episode or a tagline; "'Moonlit Ledger 2'" is season 2 of the title
        return _NUMBERED_END.sub("", quoted.group(1).strip(" ,;"))
    season_of = _SEASON_OF.search(title)
    if season_of:
        found = season_of.group("title").strip()
        inner = _QUOTED_TITLE.search(title, season_of.start("title"))
        if inner and inner.start() < season_of.end("title") and _TITLE_CASED.fullmatch(inner.group(1).strip(" ,;")):
            return inner.group(1).strip(" ,;")  # "Second Season of True-Crime Docuseries 'Cold Ledger,'"
        owner = _SERVICE_POSSESSIVE.match(found)
        if owner and is_platform_name(owner.group("who")) and found[owner.end() :].strip():
            found = found[owner.end() :].strip()  # "season 2 of Netflix's Moon Palace"
        if is_platform_name(found):  # "third series of BBC drama The Harbourmaster": the title after the genre
            rest = _AFTER_GENRE.match(title, season_of.end("title"))
            if rest:
                return rest.group("title").strip(" \"'“”‘’")
        return found
    asking = bool(_ASKING.match(title))
    title = _QUESTION_LEAD.sub("", title)
    owner = _SERVICE_POSSESSIVE.match(title)
    if owner and is_platform_name(owner.group("who")):
        title = title[owner.end() :]
    asked_about = _YES_NO.match(title)
    if asked_about and not is_platform_name(asked_about.group("title")):
        title = asked_about.group("title").strip(" \"'“”‘’")  # the question's subject, cut below
    aux = _AUX_LEAD.match(title)
    if aux:
        asked = _PLATFORM_SUBJECT.match(title[aux.end() :])
        if asked and is_platform_name(asked.group("who")):
            title = title[aux.end() :]  # "Did Netflix cancel Kaos?"
    why = _WHY_LEAD.match(title)
    if why:
        asked = _PLATFORM_SUBJECT.match(title[why.end() :])
        if asked and is_platform_name(asked.group("who")):
            title = title[why.end() :]  # "Why Netflix Cancelled Kaos"
    subject = _PLATFORM_SUBJECT.match(title)
    platform_led = bool(subject and is_platform_name(subject.group("who")))
    if subject and platform_led:
        title = title[subject.end() :]
    title = _LEADING_DESCRIPTOR.sub("", title)
    match = _TITLE_CUT.search(title)
    name = title[: match.start()] if match and match.start() > 0 else title
    if platform_led:
        end = _OBJECT_END.search(name)
        name = _TRAILING_CONNECTOR.sub("", (name[: end.start()] if end else name).strip())
    owner = _PERSON_POSSESSIVE.match(name)
    if owner and name[owner.end() :].strip(" \"'“”‘’"):
        name = name[owner.end() :]
    name = name.strip(" \"'“”‘’")
    if asking and name.endswith("?") and title.rstrip(" \"'“”‘’").endswith(name):
        name = name[:-1].rstrip(" \"'“”‘’")  # "Did Netflix Cancel Kaos?": the question mark is the headline's
    return name


_SEASON_LIKE = re.compile(r"(?i)season|part|release")


def full_title(main: str, text: str) -> str:
    """A longer form of the title that the text uses ("Frieren" -> "Frieren: Beyond Journey's End")."""
    match = re.search(re.escape(main) + r"(:\s+" + TITLE_PHRASE.pattern + r")", text)
    if match and len(match.group(1)) < 60 and not _SEASON_LIKE.search(match.group(1)):
        return main + match.group(1)
    return main


_NON_WORD = re.compile(r"[\W_]+")
_CONNECT_WORD = re.compile(_CONNECT)


@lru_cache(maxsize=8192)
def _norm(s: str) -> str:
    return _NON_WORD.sub("", s.casefold())


# The words of a title written before its other name in brackets: capitalised words and the
# particles of a romanised title ("Yomi no Tomoshibi-ya", "Kimi ni Todoke").
_TITLE_BEFORE_BRACKETS = re.compile(
    r"(?:^|(?<=[\s\"“‘']))((?:[A-Z][\w'’.:-]*)(?:\s+(?:[A-Z0-9][\w'’.:-]*|no|ni|to|wa|ga|de|wo|e|of|the|and|a|in|on))*)[\"”’']?\s*$"
)
_ALIAS_LEAD = re.compile(r"^(?:also\s+known\s+as|aka|a\.k\.a\.|literal\s+title|lit\.|known\s+in\s+\w+\s+as|originally\s+titled)[:\s]+", re.I)


_RELEASED_AS = re.compile(
    r"\b(?:released|known|sold|streaming|titled|retitled|marketed)\s+"
    r"(?:in\s+[\w-]+(?:\s+[\w-]+){0,2}\s+|internationally\s+|abroad\s+|overseas\s+|worldwide\s+)?as\s+[\"“‘']?"
    r"(?P<alias>[A-Z][\w'’.-]*(?:\s+(?:[A-Z0-9][\w'’.-]*|of|the|and|a|in|on|to))*)"
)
_ALIAS_GAP_BREAK = re.compile(r"[.;()]")


def short_title(main: str, text: str, season: int | None) -> list[str]:
    """"The Trauma Code" for "The Trauma Code: Heroes on Call": the part before the colon, when
    the text gives it the headline's ``season`` ("The Trauma Code season 2") and so writes it as
    the show's name, not as a franchise's ("Star Wars: Andor") or a parent show's (a spin-off's
    "Copperline: 1919" beside "Copperline season 4")."""
    head, colon, _ = main.partition(": ")
    if not colon or season is None or len(head) < 4 or is_platform_name(head):
        return []
    seasoned = re.compile(re.escape(head) + r"(?![\w:])(?:['’]s)?\s+(?=season|series)", re.I)
    for match in seasoned.finditer(text):
        named = find_seasons(text[match.end() : match.end() + 20])
        if named and named[0].start == 0 and named[0].number == season:
            return [head]
    return []


def bracketed_titles(main: str, text: str) -> list[str]:
    """Other names of the main title written beside it in brackets: "Yomi no Tomoshibi-ya (The
    Lamplighter of Yomi)", "The Lamplighter of Yomi (Yomi no Tomoshibi-ya)", "(also known as ...)"."""
    out: list[str] = []
    escaped = re.escape(main)
    for match in re.finditer(r"\(\s*[\"“‘']?" + escaped + r"[\"”’']?\s*\)", text):
        before = _TITLE_BEFORE_BRACKETS.search(text, max(0, match.start() - 80), match.start())
        name = re.split(r"['’]s\s+|:\s+", before.group(1))[-1] if before else ""  # (after a possessive or a label)
        if name and find_person_names(name) != [name]:  # ("Atsumi Tanezaki (Frieren)": an actor and a part)
            out.append(name)
    for match in re.finditer(escaped + r"[\"”’']?\s+\(([^()]{3,60})\)", text):
        lead = _ALIAS_LEAD.match(match.group(1))
        if lead:  # "(also known as ...)", "(literal title: ...)"
            out.append(match.group(1)[lead.end() :].strip(" \"“”‘’'"))
    if " as " in text:
        # "Hijos del volcán: Netflix's Mexican thriller, released in English-speaking markets as Children of the Volcano"
        for found in _RELEASED_AS.finditer(text):
            at = text.rfind(main, max(0, found.start() - 80), found.start())
            if at >= 0 and not _ALIAS_GAP_BREAK.search(text, at + len(main), found.start()):
                out.append(found.group("alias"))
    kept = []
    for name in out:
        words = name.split()
        if not words or len(words) > 8 or name == main or is_platform_name(name) or not name[:1].isupper():
            continue
        if re.search(r"\b(?:season|series|part|episode|19\d\d|20\d\d)\b", name, re.I) or "," in name:
            continue
        if len(words) == 1 and len(name) < 4:
            continue
        kept.append(name)
    return list(dict.fromkeys(kept))


def title_variants(main: str, text: str) -> list[str]:
    """Other spellings of the main title in the text ("Sweet Hone", "All Us Is Dead")."""
    words = len(main.split())
    seen: dict[str, str] = {}
    target = _norm(main)
    if not target:
        return []  # every key holds the empty target: nothing is kept
    # A window is kept only when its key starts with the target's first letter. Every token of a
    # phrase begins with a word character (an ASCII capital, a digit or a CJK letter: its own
    # key's first letter, lower-cased), so a window can only start at a token that begins with
    # that letter in upper case, and a phrase without it has no window to look at.
    first = target[0]
    opener = first.upper()
    for match in TITLE_PHRASE.finditer(text):
        phrase = match.group(0)
        if opener not in phrase:
            continue
        tokens = phrase.split()
        starts = [i for i, token in enumerate(tokens) if token[0].lower() == first]
        if not starts:
            continue
        # _norm of a window is the concatenation of its tokens' _norm (case folding and the
        # removal of non-word characters go letter by letter; the joining spaces and the
        # stripped marks are non-word characters).
        keys: list[str | None] = [None] * len(tokens)
        # Look at every window of a similar length inside the phrase.
        for size in range(max(1, words - 1), words + 2):
            for i in starts:
                if i > len(tokens) - size and i > 0:
                    break  # past the last window of this size
                for j in range(i, min(i + size, len(tokens))):
                    if keys[j] is None:
                        keys[j] = _norm(tokens[j])
                key = "".join(keys[i : i + size])  # type: ignore[arg-type]
                if not key or key == target or key in seen or target in key or key in target:
                    continue
                if len(key) < 5 or key[0] != first:
                    continue  # what _similar_title rejects first, without its cost
                window = tokens[i : i + size]
                cand = " ".join(window).strip(".,'’")
                if _CONNECT_WORD.fullmatch(window[0]) or _CONNECT_WORD.fullmatch(window[-1]):
                    continue
                if _similar_title(cand, main) and not is_platform_name(cand):
                    seen[key] = cand
    return list(seen.values())


def _similar_title(cand: str, main: str) -> bool:
    """A misspelling of the title: same first letter, close last word, close overall."""
    a, b = _norm(cand), _norm(main)
    if len(a) < 5 or a[0] != b[0]:
        return False
    last_a, last_b = _norm(cand.split()[-1]), _norm(main.split()[-1])
    if fuzz.ratio(last_a, last_b) < 60:
        return False
    return fuzz.ratio(a, b) >= (70 if len(main.split()) >= 3 else 85)


def _marks_table(text: str) -> dict[int, str]:
    """For each letter of ``text`` written with a diacritic, its bare letter ("ō" -> "o")."""
    table: dict[int, str] = {}
    for ch in set(text):
        if ord(ch) > 127:
            bare = unicodedata.normalize("NFD", ch)
            if len(bare) > 1 and bare[0].isascii():
                table[ord(ch)] = bare[0]
    return table


def add_marked_spellings(index: ShowIndex, text: str) -> None:
    """The index's shows also as the text writes them with or without diacritics: "Shōgun" in
    the body is the "Shogun" of a heading, and the other way round."""
    if text.isascii():
        return
    table = _marks_table(text)  # (one character for one: positions stay)
    if not table:
        return
    bare = text.translate(table)
    for name, canonical in list(index.names.items()):
        key = name.translate(table)
        for match in re.finditer(r"(?<!\w)" + re.escape(key) + r"(?!\w)", bare):
            spelled = text[match.start() : match.end()]
            if spelled != name:
                index.add(spelled, canonical)


class ShowIndex:
    """Finds mentions of the known shows of a document in a sentence."""

    def __init__(self, main: str, aliases: list[str]) -> None:
        self.main = main
        self.names: dict[str, str] = {}  # spelled name -> canonical title
        self.aliases: dict[str, list[str]] = {main: []}
        self._keys: set[str] = set()  # each name without case, spaces or punctuation
        self._seen: dict[str, tuple[ShowMention, ...]] = {}  # sentence -> its mentions
        self.season_titles: dict[str, int] = {}  # the titles of the main show's seasons -> their numbers
        # The highest season a numbered title may name ("Sweet Home 3"), when the text writes
        # seasons: one past the highest it writes ("the last resident of Silo 17" names none).
        self.season_cap: int | None = None
        self.add(main, main)
        for alias in aliases:
            self.add(alias, main)

    def add(self, name: str, canonical: str) -> None:
        if name in self.names:
            return
        self.names[name] = canonical
        self._keys.add(_norm(name))
        self.aliases.setdefault(canonical, [])
        if name != canonical and name not in self.aliases[canonical]:
            self.aliases[canonical].append(name)
        self._pattern: re.Pattern[str] | None = None
        self._order: list[str] | None = None
        self._seen.clear()  # a new name can change what a sentence mentions

    def show_of_key(self, key: str) -> str | None:
        """The show a known name written ``key`` (see ``has_key``) stands for, the first added."""
        if key not in self._keys:
            return None
        return next((canonical for name, canonical in self.names.items() if _norm(name) == key), None)

    def knows(self, name: str) -> bool:
        """Whether ``name``, however written, is a name the index holds."""
        return self.has_key(_norm(name))

    def has_key(self, key: str) -> bool:
        """Whether a known name is written ``key`` once case, spaces and punctuation are
        removed (the ``_norm`` of the name)."""
        return key in self._keys

    @property
    def pattern(self) -> re.Pattern[str]:
        """What a mention is: a known name on its own (not inside a word), with the number that
        may follow it ("Sweet Home 3"). ``mentions`` finds its matches without compiling it."""
        if getattr(self, "_pattern", None) is None:
            names = sorted(self.names, key=len, reverse=True)
            alt = "|".join(re.escape(n) for n in names)
            self._pattern = re.compile(r"(?<![\w])(?:" + alt + r")(?:\s+(\d{1,2})\b(?!\s*(?:episodes?|years?|days?|%|,\d)))?(?![\w])")
        assert self._pattern is not None
        return self._pattern

    def mentions(self, text: str) -> list[ShowMention]:
        """The mentions of known shows in ``text``, found once per text while the names stay
        the same (several steps ask for the same sentence)."""
        found = self._seen.get(text)
        if found is None:
            found = self._seen[text] = tuple(self._mentions(text))
        return list(found)

    def _mentions(self, text: str) -> list[ShowMention]:
        out: list[ShowMention] = []
        for start, end, season in self._matches(text):
            name = text[start:end]
            base = name[: name.rfind(" ")] if season else name
            canonical = self.names.get(base, self.names.get(name, self.main))
            cap = 40 if self.season_cap is None else self.season_cap + 1
            num = int(season) if season and 0 < int(season) < cap else None
            out.append(ShowMention(canonical, start, end, num))
        return out

    def _matches(self, text: str) -> list[tuple[int, int, str | None]]:
        """(start, end, number) of each match of ``pattern``, found the way a search would:
        left to right, at each place the longest name first. Only the places where a name is
        written are tried (a compiled alternation of a document's names costs more than the
        search it speeds up)."""
        if self._order is None:
            self._order = sorted(self.names, key=len, reverse=True)
        order = self._order
        if "" in self.names:  # an empty name matches between words: leave it to the pattern
            return [(m.start(), m.end(), m.group(1)) for m in self.pattern.finditer(text)]
        starts: set[int] = set()
        for name in order:
            at = text.find(name)
            while at >= 0:
                starts.add(at)
                at = text.find(name, at + 1)
        found: list[tuple[int, int, str | None]] = []
        resume = 0
        for at in sorted(starts):
            if at < resume or (at and _WORD_CHAR.match(text, at - 1)):
                continue
            for name in order:
                if not text.startswith(name, at):
                    continue
                end = at + len(name)
                number = _NUMBER_AFTER.match(text, end)
                if number:
                    found.append((at, number.end(), number.group(1)))
                elif not _WORD_CHAR.match(text, end):
                    found.append((at, end, None))
                else:
                    continue
                resume = found[-1][1]
                break
        return found


_WORD_CHAR = re.compile(r"\w")
# The number after a name in ``ShowIndex.pattern``, with the end of word that follows it.
_NUMBER_AFTER = re.compile(r"\s+(\d{1,2})\b(?!\s*(?:episodes?|years?|days?|%|,\d))(?![\w])")
