"""Person and character names in running text.

``find_names(text)`` returns every capitalised name span ("Park Ji-hu", "Dr. Lim",
"Ser Gwayne Hightower", "King Viserys I", 'Lev "Oz" Osman', "Andrés de Fonollosa"),
with leading sentence words ("If", "Sadly") and job titles ("Director") trimmed off.
``NameBook`` remembers the names of a document so that a short back-reference
("Cheong-san", "Olson") can be written in the fullest form the document gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

__all__ = [
    "PERSON_NAME",
    "TITLE_WORDS",
    "NameBook",
    "NameSpan",
    "find_names",
    "find_person_names",
    "has_title",
    "name_at",
    "name_ending_at",
    "part_title_at",
]

# One word: a letter, then letters, digits, apostrophes, hyphens and inner dots ("T.O.P").
_TOKEN = re.compile(r"[^\W\d_](?:[\w'’.\-]*\w)?\.?")
# A simple pattern for callers that only need "does this look like a name": two or more
# capitalised words ("Kim Eun-hee", "Ryan Condal", "José Luis García-Pérez").
PERSON_NAME = re.compile(
    r"\b[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]*(?:\s+(?:(?:de|del|da|di|van|von|der|bo|la)\s+)?[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]*)+"
)
_NICKNAME_GAP = re.compile(r"\s+(?:[\"“][A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}[\"”]|['‘][A-Z][\w-]*['’])\s+")
_ROMAN = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|X)")
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_NON_WORD = re.compile(r"[\W_]+")


def _wordset(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


CONNECTORS = frozenset({"of", "de", "del", "della", "da", "di", "do", "du", "van", "von", "der", "den", "la", "le", "bo", "y", "dos"})
# A name word with an elided particle before its capital: "al'Lan", "a'Roihan", "d'Artagnan".
_ELIDED = re.compile(r"[a-z]{1,3}['’][A-Z][\w'’-]*")
ABBREVIATIONS = frozenset(
    {"dr", "mr", "mrs", "ms", "st", "jr", "sr", "prof", "capt", "lt", "sgt", "gen", "col", "det", "insp", "rev", "fr", "supt", "cpl", "maj", "cmdr"}
)
# Capitalised words that start sentences or headings but are not part of a name.
STOPWORDS = _wordset(
    """the a an and or but if when while whether as at in on of for from to with by after before since
    until so also then now yes no not still sadly meanwhile however both all some many most other
    others new returning joining fans we our here there this that these those it its he she they his
    her their him them i you your season series part episode episodes finally even only just again
    unfortunately luckily fortunately thankfully plus instead besides like unlike what who whose which
    where why how warning spoilers spoiler update note read watch one two three four five every each
    according today yesterday tomorrow last next first second third final early late mid although though
    because well oh my is are was were will would could should may might can did does do has have had
    be being been get gets got let lets make makes made keep stay regular regulars recurring takes alongside
    pictured photo photos above below reveals teases talks confirms explains says shares dishes previews
    addresses responds weighs breaks adding bringing casting having getting keeping making putting taking giving
    leaving losing seeing watching expect expecting considering given"""
)
ROLE_WORDS = frozenset(
    {
        "director", "directors", "writer", "writers", "showrunner", "showrunners", "creator", "creators",
        "co-creator", "producer", "producers", "executive", "screenwriter", "composer", "author",
        "cinematographer", "co-writer", "filmmaker", "ceo", "artist", "illustrator", "novelist",
        # Korean television's producer-director ("PD Kim Min-seo") and joined jobs
        "pd", "pds", "writer-director", "writer-directors", "director-writer", "writer-producer",
    }
)

# Words that introduce a person without being part of the name ("Newcomer Aylin Demir").
LEAD_WORDS = _wordset(
    """newcomer newcomers actor actors actress actresses co-star co-stars veteran singer rapper
    comedian comedienne stand-up standup comic musician model influencer youtuber presenter
    broadcaster podcaster"""
)
# Ranks, titles and honorifics that characters carry and credited actors do not ("DI Hannah Blyth",
# "Teniente Inés Castro", "Pastor Lorenz Vogt", "Master Gensai", "Grandma Bok-soon").
TITLE_WORDS = _wordset(
    """di ds dci dc ds sgt sergeant inspector detective det insp constable officer agent captain capt
    commander lieutenant lt major colonel col general gen admiral chief sheriff deputy marshal
    teniente capitán capitan comisario inspectora sargento kommissar kommissarin
    dr doctor prof professor nurse judge mayor governor president senator minister
    father pastor reverend rev bishop sister brother mother abbot priest rabbi imam chaplain vicar cardinal warden
    lord lady ser sir dame king queen prince princess duke duchess count countess baron emperor empress
    master grandma grandpa granny grandmother grandfather uncle aunt auntie mr mrs ms miss madame madam chef coach
    señor señora don doña herr frau"""
)


def has_title(name: str) -> bool:
    """The name starts with a rank, title or honorific ("DI Hannah Blyth", "Master Gensai")."""
    words = name.split()
    if len(words) > 2 and words[0].lower() in _TITLE_QUALIFIERS:
        words = words[1:]  # "Prison Chaplain Marie-Louise", "Police Chief Jim Hopper"
    return len(words) > 1 and words[0].rstrip(".").lower() in TITLE_WORDS


_TITLE_QUALIFIERS = frozenset(
    {"prison", "police", "army", "navy", "fire", "head", "deputy", "senior", "junior", "vice", "staff", "royal", "hospital"}
)


@dataclass(frozen=True, slots=True)
class NameSpan:
    text: str
    start: int
    end: int
    possessive: bool = False  # "Christopher Walken's"
    role: str | None = None  # a job title written before it ("Director Han Jun-hee")

    @property
    def tokens(self) -> list[str]:
        return self.text.split()


def _is_initial(tok: str) -> bool:
    bare = tok.rstrip(".")
    return bool(bare) and (len(bare) == 1 or bool(_INITIALS.fullmatch(bare))) and bare[0].isupper()


def _clean_token(tok: str) -> tuple[str, bool]:
    """Drop a sentence-final dot and a possessive ending; say whether it was possessive."""
    if not tok.endswith(".") and "'" not in tok and "’" not in tok:
        return tok, False  # the common case: nothing to drop
    possessive = False
    for suffix in ("'s", "’s", "s'", "s’"):
        if tok.endswith(suffix) and len(tok) > 3:
            tok = tok[: -len(suffix)] if suffix[0] in "'’" else tok[:-1]
            possessive = True
            break
    if tok.endswith(".") and not (tok[:-1].lower() in ABBREVIATIONS or _is_initial(tok)):
        tok = tok[:-1]
    return tok, possessive


def _is_name_word(tok: str) -> bool:
    return bool(tok) and tok[0].isupper() and tok.lower() not in STOPWORDS


def find_names(text: str) -> list[NameSpan]:
    """Every maximal name span in ``text``, in order."""
    return list(_find_names(text))


@lru_cache(maxsize=4096)
def _find_names(text: str) -> tuple[NameSpan, ...]:
    """``find_names`` as a pure function of the text, remembered (sentences are read twice)."""
    out: list[NameSpan] = []
    tokens = list(_TOKEN.finditer(text))
    i = 0
    count = len(tokens)
    while i < count:
        tok = tokens[i].group()
        if not tok[0].isupper() and _plain_word(tok):  # most words: skipped without a call
            i += 1
            continue
        span, i = _read_name(text, tokens, i)
        if span and not _AWARD_AFTER.match(text, span.end) and not _AWARDED.search(span.text):
            if " " not in span.text and _DESCRIBES_NEXT.match(text, span.end):
                continue  # "American actor Jonah Pettigrew", "Newcastle detective Ellen Brisk": a modifier
            if _PLACE_PREPOSITION.search(text, max(0, span.start - 20), span.start):
                continue  # "viewers across Latin America": a place
            out.append(span)
    return tuple(out)


# A word before a job noun and a name describes that person ("American actor X").
_DESCRIBES_NEXT = re.compile(
    r"\s+(?:[a-z][\w-]*\s+)?(?:actor|actress|star|singer|rapper|comedian|detective|officer|doctor|lawyer|"
    r"journalist|model|newcomer|veteran|writer|director|producer|author|novelist|presenter|host|"
    r"footballer|athlete|politician|businessman|businesswoman|heiress|heir|chef|restaurateur|baker|favou?rite|"
    r"influencer|personality|entrepreneur|broadcaster|dancer|choreographer|musician|songwriter|designer)s?\s+(?=[A-Z])"
)


# A preposition that only places come after ("across Latin America", "throughout South Korea").
_PLACE_PREPOSITION = re.compile(r"\b(?:across|throughout)\s+(?:the\s+)?$")


# An award before a person ("Oscar nominee X", "Emmy winner X", "Oscar-nominated X"): no name.
_AWARD_AFTER = re.compile(r"-(?:nominated|winning|winner)\b|\s+(?:nominees?|winners?|laureates?)\b")
_AWARDED = re.compile(r"-(?:nominated|winning)$")


_LEAD_OR_ROLE = LEAD_WORDS | ROLE_WORDS
_AS_BEFORE = re.compile(r"\bas\s+$")
# A capitalised title word, then a capitalised name: "(joins as) Director Ilse Vogt", a part.
_PART_TITLE = re.compile(
    r"[A-Z][a-z]+\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
    r"June|July|August|September|October|November|December|Season|Series)\b)[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?\b(?!['’]s)"
)


def part_title_at(text: str, pos: int) -> bool:
    """Whether a role word written in capitals at ``pos`` opens a part's name ("joins as Director
    Ilse Vogt") rather than naming a job ("named Showrunner Tuesday", "joins as director")."""
    return bool(_PART_TITLE.match(text, pos))


def _plain_word(tok: str) -> bool:
    """A token that cannot start a name (so ``_read_name`` would step over it): not capitalised,
    and not a lead or role word, even after ``_clean_token`` (which only changes a token that
    holds an apostrophe or a dot)."""
    if tok[0].isupper():
        return False
    if "'" in tok or "’" in tok or "." in tok:
        if _ELIDED.fullmatch(tok):
            return False
        tok = _clean_token(tok)[0]
    return tok.lower() not in _LEAD_OR_ROLE


def find_person_names(text: str) -> list[str]:
    """The names in ``text`` as strings (the simple API)."""
    return [s.text for s in find_names(text)]


def _read_name(text: str, tokens: list[re.Match[str]], i: int) -> tuple[NameSpan | None, int]:
    """Read a name starting at token ``i``; return it (or None) and the next token index."""
    tok, _ = _cleaned(tokens[i].group())
    lower = tok.lower()
    starts = (
        lower in _LEAD_OR_ROLE or (tok[0].isupper() and lower not in STOPWORDS) or _given_name(tok, tokens, i, text) or bool(_ELIDED.fullmatch(tok))
    )
    if not starts and not _surname_before_given(tok, tokens, i, text):
        return None, i + 1
    quoted = '"' in text or "“" in text or "'" in text or "‘" in text  # a nickname needs a quote mark
    parts: list[tuple[int, int, str]] = []  # (start, end, text)
    role: str | None = None
    owned = False
    count = len(tokens)
    j = i
    while j < count:
        match = tokens[j]
        tok, possessive = _cleaned(match.group())
        start = match.start()
        if parts:
            gap_start = parts[-1][1]
            if not (text[gap_start:start] == " " or _joined(text, gap_start, start)):
                break
        lower = tok.lower()
        if not parts:
            if lower in LEAD_WORDS and j + 1 < count and _joined(text, match.end(), tokens[j + 1].start()):
                j += 1
                continue
            if j == 0 and lower in _OPENING_LEAD_WORDS and _full_name_follows(text, tokens, 1):
                j += 1  # "Star Ada Quill, who plays ...": the sentence's capital, not the name's
                continue
            if (
                lower in ROLE_WORDS
                and tok[0].isupper()
                and _AS_BEFORE.search(text, max(0, start - 6), start)
                and j + 1 < count
                and _joined(text, match.end(), tokens[j + 1].start())
                and tokens[j + 1].group()[0].isupper()
            ):
                parts.append((start, start + len(tok), tok))  # "joins as Director Ilse Vogt": a part's title
                j += 1
                continue
            if lower in ROLE_WORDS:
                role = lower
                j += 1
                if j < count and tokens[j].group().lower() in ROLE_WORDS:
                    continue
                if j >= count or not _joined(text, match.end(), tokens[j].start()):
                    return None, j
                continue
        else:
            titled_one = len(parts) == 2 and has_title(f"{parts[0][2]} {parts[1][2]}")  # ("Ser Duncan the Tall")
            if tok == "the" and (len(parts) == 1 or titled_one) and _epithet_follows(text, tokens, j + 1):
                parts.append((start, start + 3, tok))  # "Yrsa the Pale", "Ivar the Boneless"
                j += 1
                continue
            if tok in CONNECTORS and _name_follows(tokens, j + 1):
                parts.append((start, start + len(tok), tok))
                j += 1
                continue
            if not tok.strip("IVX") and _ROMAN.fullmatch(tok):
                parts.append((start, start + len(tok), tok))
                j += 1
                continue
        if not (
            (tok[0].isupper() and lower not in STOPWORDS)
            or _ELIDED.fullmatch(tok)
            or _surname_before_given(tok, tokens, j, text)
            or (not parts and _given_name(tok, tokens, j, text))
            or (parts and _inner_syllable(tok, tokens, j, text))
            or (parts and tok == "Oh" and text[parts[-1][1] : start] == " ")  # "Madam Oh", "Detective Oh"
            # "Jay Will as Tyson", "Tom May, who plays": a capitalised function word after a given name
            or (len(parts) == 1 and tok in _WORD_SURNAMES and _SURNAME_END.match(text, start + len(tok)))
            or (0 < len(parts) < 3 and tok[0].isupper() and _code_name(parts))  # "Miss All Sunday"
        ):
            break
        parts.append((start, start + len(tok), tok))
        j += 1
        if possessive:
            owned = True
            break
        if quoted:
            j = _skip_nickname(text, tokens, j, start + len(tok))
    while parts and parts[-1][2] in CONNECTORS:
        parts.pop()
    if not parts:
        return None, max(j, i + 1)
    start, end = parts[0][0], parts[-1][1]
    number = _CODE_NUMBER.match(text, end) if len(parts) == 1 and _code_name(parts) else None
    if number:
        end = number.end()  # "Mr. 0", "Agent 47": a code name
    elif len(parts) == 1 and len(parts[0][2]) > 2 and parts[0][2].count(".") == 1 and parts[0][2].endswith("."):
        end -= 1  # "Wehkamp as Gen.": a title with no name after it is the name, and the dot the stop
    return NameSpan(text[start:end], start, end, owned, role), max(j, i + 1)


_WORD_SURNAMES = frozenset({"Will", "May", "Long", "Little", "Wise", "Best", "Close", "Hope", "Hardy", "Young", "Rich", "Star"})
_SURNAME_END = re.compile(
    r"(?:['’]s)?(?:\s+as\b|\s*,|\s*\(|\s+(?:and|plays|played|voices|stars|returns|has|is|was|will|wrote|directed|created)\b|\s*$)"
)


# Honorifics that make a code name of what follows ("Mr. 3", "Miss Wednesday", "Miss All Sunday").
_CODE_TITLES = frozenset({"Mr.", "Mr", "Miss", "Mrs.", "Ms.", "Mister", "Agent", "Number"})
_CODE_NUMBER = re.compile(r" \d{1,3}(?![\d,.:/-]\d)\b")


def _code_name(parts: list[tuple[int, int, str]]) -> bool:
    return parts[0][2] in _CODE_TITLES


# Syllables of Korean given names that are also English words the name finder stops at.
_KOREAN_SYLLABLES = frozenset({"So", "Do"})


def _inner_syllable(tok: str, tokens: list[re.Match[str]], k: int, text: str) -> bool:
    """A two-letter capitalised word inside a name, between two name words: a syllable of a
    Korean given name written apart ("Ahn So Hee", "Kim Do Hyun"), not the adverb."""
    if tok not in _KOREAN_SYLLABLES or k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    return text[tokens[k].end() : after.start()] == " " and _is_name_word(_cleaned(after.group())[0])


# Auxiliaries that are also given names: "Deadline reports that Will Patton ...", "star May Calamawy".
_GIVEN_AUXILIARIES = frozenset({"Will", "May"})


def _given_name(tok: str, tokens: list[re.Match[str]], k: int, text: str) -> bool:
    """``tok`` is "Will" or "May" inside lower-case prose (after a lower-case word, not in a
    title-case headline) or opening a statement, and a capitalised name word follows: a given
    name, not the verb."""
    if tok not in _GIVEN_AUXILIARIES or k + 1 >= len(tokens):
        return False
    before, after = tokens[k - 1] if k else None, tokens[k + 1]
    if before is None:
        at = tokens[k].start()
        if at and text[at - 1] == "(":
            pass  # "(Will Byers)": a part in brackets
        elif at > 1 and text[at - 1] == " " and text[at - 2].islower() and not text.rstrip().endswith("?"):
            pass  # read from inside prose: "stars as Will Trent"
        elif text.rstrip().endswith("?") or text[:1] != tok[:1]:
            return False  # "Will Squid Game return?": the question's verb
    elif (gap := text[before.end() : tokens[k].start()]) == " (":
        pass  # "Noah Schnapp (Will Byers)": a part in brackets
    elif gap not in (" ", ": ", " — ", " – ") or not before.group()[0].islower():
        # (in prose, or opening what a colon or dash introduces: "won't be back: Will Poulter, who ...")
        return False
    elif gap != " " and text.rstrip().endswith("?"):
        return False  # "She asks: Will Theo be in season 3?"
    return text[tokens[k].end() : after.start()] == " " and _is_name_word(_cleaned(after.group())[0])


def _epithet_follows(text: str, tokens: list[re.Match[str]], k: int) -> bool:
    """One capitalised word from token ``k`` on that ends the name: an epithet after "the"."""
    if k >= len(tokens) or not _is_name_word(_cleaned(tokens[k].group())[0]):
        return False
    if text[tokens[k - 1].end() : tokens[k].start()] != " ":
        return False
    return k + 1 >= len(tokens) or text[tokens[k].end() : tokens[k + 1].start()] != " " or not tokens[k + 1].group()[0].isupper()


# Words that introduce a person only where a sentence opens with them ("Star Ada Quill", "Host
# Bo Lee"; "Star Trek" elsewhere is a title).
_OPENING_LEAD_WORDS = frozenset(
    {"star", "stars", "host", "hosts", "co-host", "co-hosts", "presenter", "presenters", "starring", "co-starring",
     "featuring", "judges"}
)


def _full_name_follows(text: str, tokens: list[re.Match[str]], k: int) -> bool:
    """Two capitalised name words from token ``k`` on, joined by a space."""
    if k + 1 >= len(tokens) or text[tokens[k].end() : tokens[k + 1].start()] != " ":
        return False
    return all(_is_name_word(_cleaned(tokens[n].group())[0]) for n in (k, k + 1))


def _cleaned(tok: str) -> tuple[str, bool]:
    """``_clean_token``, without a call for the common word that holds no dot or apostrophe; a
    compound's modifier suffix ("Tom Hiddleston-led show") is dropped like a possessive."""
    if "-" in tok:
        led = _MODIFIER_SUFFIX.search(tok)
        if led and led.start() > 1:
            return tok[: led.start()], True
    if "." in tok or "'" in tok or "’" in tok:
        return _clean_token(tok)
    return tok, False


_MODIFIER_SUFFIX = re.compile(r"-(?:led|fronted|starring|headlined|helmed|penned|produced|created|backed|directed|written)$")


def _name_follows(tokens: list[re.Match[str]], j: int) -> bool:
    """A name word follows, possibly after a second particle ("de la Cruz")."""
    if j < len(tokens) and tokens[j].group() in CONNECTORS:
        j += 1
    return j < len(tokens) and _is_name_word(tokens[j].group())


def _surname_before_given(tok: str, tokens: list[re.Match[str]], j: int, text: str) -> bool:
    """Korean surnames that are also English words ("Oh Jung-se", "So Ji-sub", "Do Kyung-soo")."""
    if not tok[:1].isupper() or j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1].group()
    return "-" in nxt and nxt[:1].isupper() and _joined(text, tokens[j].end(), tokens[j + 1].start())


def _skip_nickname(text: str, tokens: list[re.Match[str]], j: int, end: int) -> int:
    """Step over a quoted nickname between two name words: Lev "Oz" Osman."""
    if '"' not in text and "“" not in text and "'" not in text and "‘" not in text:
        return j  # no quote mark, no nickname
    gap = _NICKNAME_GAP.match(text, end)
    if gap:  # (the nickname may have up to three words: the name goes on after them)
        for k in range(j + 1, min(j + 4, len(tokens))):
            if tokens[k].start() == gap.end():
                return k
    return j


def _joined(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    if not gap:
        return False
    if gap.isspace() and "\n" not in gap:
        return True
    nick = _NICKNAME_GAP.match(text, end)
    return nick is not None and nick.end() == start


@lru_cache(maxsize=2048)
def name_at(text: str, pos: int) -> NameSpan | None:
    """The name that starts at ``pos`` (after spaces), if any: the first name of
    ``text[pos:]`` when it starts there. Only that first name is read: a word that does not
    start at ``pos``, or cannot start a name, means none; so does a name read from the first
    word that starts later (after a lead or role word)."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    # The words of text[pos:], where text has them: the first few, then all of them if the
    # name was read up to the end of those (reading a name looks at most two words past it).
    tokens = list(islice(_TOKEN.finditer(text, pos), _FEW_WORDS))
    if not tokens or tokens[0].start() != pos:
        return None
    first = tokens[0].group()
    if not first[0].isupper() and _plain_word(first):
        return None
    span, after = _read_name(text, tokens, 0)
    if len(tokens) == _FEW_WORDS and after + 2 >= _FEW_WORDS:
        span, after = _read_name(text, list(_TOKEN.finditer(text, pos)), 0)
    return span if span is not None and span.start == pos else None


_FEW_WORDS = 8


def name_ending_at(names: list[NameSpan], text: str, end: int) -> NameSpan | None:
    """The name among ``names`` that ends at ``end``, allowing spaces in between."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    for span in names:
        if span.end == end and not span.possessive:
            return span
    return None


@lru_cache(maxsize=8192)
def _norm(name: str) -> str:
    return _NON_WORD.sub("", name.casefold())


@lru_cache(maxsize=8192)
def _last_key(full: str) -> str | None:
    """The normalised last word of a name of two or more words (None for one word)."""
    words = full.split()
    return _norm(words[-1]) if len(words) >= 2 else None


@dataclass(slots=True)
class NameBook:
    """The names a document has used, with what they are known to be."""

    full: dict[str, str] = field(default_factory=dict)  # normalised -> as written
    persons: dict[str, str] = field(default_factory=dict)
    characters: dict[str, str] = field(default_factory=dict)
    roles: dict[str, list[str]] = field(default_factory=dict)  # person -> characters
    crew: set[str] = field(default_factory=set)
    later: dict[str, str] = field(default_factory=dict)  # full names the document writes further on
    ahead: dict[str, str] = field(default_factory=dict)  # normalised -> "person" | "character", read ahead

    def see(self, name: str) -> None:
        if len(name.split()) > 1:
            self.full.setdefault(_norm(name), name)

    def see_later(self, name: str) -> None:
        if len(name.split()) > 1:
            self.later.setdefault(_norm(name), name)

    def expect(self, name: str, kind: str) -> None:
        """Read ahead: the document later writes ``name`` as a person or a character."""
        key = _norm(name)
        self.later.setdefault(key, name)
        if self.ahead.get(key, kind) != kind:
            self.ahead[key] = "both"
        else:
            self.ahead[key] = kind

    def expected(self, name: str) -> str | None:
        """What reading ahead says ``name`` is: the name itself, else the short form the document
        uses for it (its last word, or its first word for a name written given name first)."""
        words = name.split()
        forms = [name] + ([words[-1], words[0]] if len(words) > 1 and not has_title(name) else [])
        for form in forms:
            found = self.ahead.get(_norm(form))
            if found in ("person", "character"):
                return found
        if len(words) == 1:
            kinds = {self.ahead.get(key) for key, full in self.later.items() if _short_of(name, full)}
            if len(kinds) == 1 and kinds <= {"person", "character"}:
                return kinds.pop()
        return None

    def family_kind(self, name: str) -> str | None:
        """What the names read ahead that share the last word of ``name`` (two words or more)
        are, when they agree: "Marcus Kell" beside the character "Vivian Kell" is a character's
        family."""
        own = _last_key(name)
        if own is None:
            return None
        kinds = {kind for key, kind in self.ahead.items() if key != _norm(name) and _last_key(self.later.get(key, "")) == own}
        return kinds.pop() if len(kinds) == 1 and kinds <= {"person", "character"} else None

    def ahead_items(self) -> list[tuple[str, str]]:
        """(name as written, kind) for every name read ahead."""
        written = {**self.later, **{_norm(n): n for n in self.later.values()}}
        return [(written.get(key, key), kind) for key, kind in self.ahead.items()]

    def add_person(self, name: str) -> None:
        self.see(name)
        self.persons.setdefault(_norm(name), name)

    def add_character(self, name: str) -> None:
        self.see(name)
        self.characters.setdefault(_norm(name), name)

    def add_role(self, person: str, character: str) -> None:
        self.add_person(person)
        self.add_character(character)
        chars = self.roles.setdefault(_norm(person), [])
        if character not in chars:
            chars.append(character)

    def characters_of(self, person: str) -> list[str]:
        return list(self.roles.get(_norm(person), []))

    def is_person(self, name: str) -> bool:
        return _norm(name) in self.persons

    def surname_of_seen(self, word: str) -> bool:
        """Whether ``word`` is the last word of a full name the document wrote before (and
        that is not a character's): "Birch" after "Callum Birch"."""
        key = _norm(word)
        return any(
            (_norm(full.split()[-1]) == key or _family_of(word, full)) and norm not in self.characters
            for norm, full in self.full.items()
        )

    def is_character(self, name: str) -> bool:
        return _norm(name) in self.characters

    def is_crew(self, name: str) -> bool:
        return _norm(name) in self.crew and _norm(name) not in self.roles

    def fullest(self, name: str, kind: str | None = None) -> str:
        """The fullest form of a one-word name ("Cheong-san" -> "Lee Cheong-san"), or of a titled
        family name ("Detective Ryu" -> "Detective Ryu Han-gyeol", a character written in full)."""
        words = name.split()
        if len(words) == 2 and kind == "character" and has_title(name):
            key = _norm(name)
            fuller = {full for full in self.characters.values() if full.startswith(name + " ") and _norm(full) != key}
            return fuller.pop() if len(fuller) == 1 else name
        if len(words) > 1:
            return name
        pool = self.characters if kind == "character" else self.persons if kind == "person" else self.full
        key = _norm(name)
        for source in (pool, self.full, self.later):
            hits = [full for full in source.values() if _last_key(full) == key]
            if len(set(hits)) == 1:
                return hits[0]
            if hits:
                return hits[-1]
        if kind is not None:
            hits = [full for full in pool.values() if _first_of(name, full)]
            if len(set(hits)) == 1:
                return hits[0]
        if kind == "character":
            # "back as Nora" in an article whose synopsis "follows Nora Meriwether": the one full
            # name the document writes with that given name, when it is no player's or crew's
            hits = [
                full
                for key, full in (self.full | self.later).items()
                if _first_of(name, full)
                and full.split()[-1] not in _WORK_NOUNS  # (not "the Reze Arc", a story's title)
                and key not in self.persons
                and key not in self.crew
                and self.ahead.get(key) not in ("person", "both")
            ]
            if len(set(hits)) == 1:
                return hits[0]
        if kind != "character":  # a Korean family name, written first: "Han" of "Han Ji-woo"
            hits = [full for full in self.persons.values() if _family_of(name, full)]
            if len(set(hits)) == 1:
                return hits[0]
        return name

    def kind_of(self, name: str) -> str | None:
        key = _norm(self.fullest(name))
        if key in self.persons and key not in self.characters:
            return "person"
        if key in self.characters and key not in self.persons:
            return "character"
        return None


_WORK_NOUNS = frozenset(
    {"Arc", "Saga", "Movie", "Film", "Chapter", "Part", "Season", "Series", "Volume", "Special", "Edition", "Story", "Trilogy"}
)


def _short_of(short: str, full: str) -> bool:
    key = _last_key(full)
    return key is not None and key == _norm(short)


def _family_of(short: str, full: str) -> bool:
    """A Korean family name alone ("Han" of "Han Ji-woo": the family name comes first and the
    given name is hyphenated)."""
    words = full.split()
    return len(words) == 2 and "-" in words[1] and "-" not in short and _norm(short) == _norm(words[0])


def _first_of(short: str, full: str) -> bool:
    """A given name written first ("Kaito" of "Kaito Amagiri"); titles do not count."""
    words = full.split()
    if len(words) < 2 or has_title(full) or "-" in short:
        return False
    return _norm(short) == _norm(words[0])
