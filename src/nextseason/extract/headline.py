"""The article's show, read off its headline and checked against its body.

``main_title`` reads the headline's grammar ("X Season 2: ...", "Netflix Renews X", a quoted
title). Headlines do not always lead with the show: a quote ("'We Have Not Been Cancelled':
X Boss on Season 3"), a possessive ("X's final episodes get a date") or a calendar ("November's
TV calendar: ...") put something else first. A show's title recurs in the article's body; a
quote, a phrase or a headline's whole sentence does not. When the grammar's choice never
recurs, the capitalised run of the headline that recurs most in the body is the show (the
earliest on a tie); when none does, the grammar's choice stands.
"""

from __future__ import annotations

import re

from nextseason.extract.lexicon import find_platforms, is_platform_name
from nextseason.extract.seasons import season_titles
from nextseason.extract.shows import TITLE_PHRASE, main_title

__all__ = ["headline_show"]

# A capitalised run: capitalised words (or numbers) joined by spaces, with lower-case
# connectors inside ("All of Us Are Dead", "Hexley & Stone").
_RUN = re.compile(
    r"(?<![\w'’])[A-Z0-9][\w'’.-]*(?:\s+(?:(?:of|the|and|in|on|a|an|at|to|de|la|&)\s+)*[A-Z0-9][\w'’.-]*)*"
)
_POSSESSIVE = re.compile(r"['’]s$")
# Words that head a headline without being a show: calendar words, seasons, roles, kinds of news.
def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_BREAKS = _wordset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday spring summer fall autumn winter
    tv season series episode episodes part volume finale premiere release date trailer cast
    everything what who when where why how this that these new final exclusive official
    watch review recap news update updates report boss creator star stars showrunner director
    writer producer actor actress composer renewed cancelled canceled renews cancels revived revives
    rescued rescues saved saves axed axes scrapped scraps picked picks ordered orders resurrected
    wraps wrapped begins starts filming shooting"""
)
# Words that are no title on their own ("Like season 2, season 3 will ...": a preposition).
_NOT_ALONE = _BREAKS | _wordset(
    """the a an like unlike as with after before since until unless when while if although though
    despite following besides beyond alongside than and but or for from in on at by of to into about"""
)


def headline_show(title: str, text: str) -> str:
    """The show the article is about, from its headline ``title`` and its ``text``."""
    body = text.replace(title, " ") if title else text
    chosen = _season_titled(_subtitled(title, _from_headline(title, body), body), body)
    if title and is_platform_name(chosen):
        # "NBC Announces Midseason Premiere Dates": a network, no show; the body's show beside
        # its seasons, else the headline itself (a roundup's, which names no show)
        return _seasoned_title(body, chosen) or title
    seasoned = bool(title) and chosen and title.lower().startswith(chosen.lower() + " ") and bool(
        _SEASON_NEXT.match(title, len(chosen))
    )  # "Dellacourt season 2 first look": a family's name that titles the show, not a surname
    if title and not seasoned and (
        _a_person(chosen, body) or _a_surname(chosen, body) or _a_common_word(chosen, body) or _a_place(chosen, body)
    ):
        # "Teodor Vasko on bad haircuts, ...": a profile; "Cameras roll in Northumberland as
        # ITV's crime hit heads back": a word, not a title. The show is the one the body names
        # beside its seasons.
        if chosen.lower() in ("show", "shows", "series", "tv show", "tv shows") and find_platforms(title) and _ROUNDUP_WORDS.search(title):
            return title  # "Every Apple TV+ Show Renewed or Cancelled": a service's roundup, no show
        return _seasoned_title(body, chosen) or _object_title(title, body, chosen) or chosen
    return chosen


# "Dr. Stone: Science Future Part 3": a show, a season's title, and a part of that season
_TITLED_SEASON = re.compile(r"(?P<show>.+?):\s+(?P<sub>.+?)(?:\s+(?:Part|Cour|Volume|Vol\.)\s+(?:\d{1,2}|[IVX]{1,4}|One|Two|Three|Four)\b)?")


def _season_titled(chosen: str, body: str) -> str:
    """The show of "Show: Subtitle" when the body calls the subtitle one of its seasons
    ("Science Future is the fourth and final season of the Dr. Stone anime")."""
    named = _TITLED_SEASON.fullmatch(chosen)
    if named and named.group("sub") in season_titles(named.group("show"), body):
        return named.group("show")
    return chosen


_ROUNDUP_WORDS = re.compile(r"\b(?:every|all|shows|series)\b", re.I)
_SEASON_NEXT = re.compile(r"['’]?s?\s+(?i:season|series)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b")
# "Filming Begins on The Wrecker's Psalm, a New Six-Part Drama": the title after the preposition.
_OBJECT_TITLE = re.compile(
    r"\b(?:on|for|of|at|in)\s+(?P<title>(?:The\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|and|&|in|on|at))*)"
)


def _object_title(title: str, body: str, chosen: str) -> str | None:
    """A new show the body names under a headline led by an ordinary word: the first title after
    a preposition that the body writes too."""
    for match in _OBJECT_TITLE.finditer(title):
        name = re.sub(r"\s+(?:of|the|and|&|in|on|at)$", "", match.group("title").strip())
        if name != chosen and not is_platform_name(name) and not _CALENDAR_WORD.match(name) and _count(name, body) > 0:
            return name
    return None


_CALENDAR_WORD = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|Spring|Summer|Autumn|Fall|Winter|Season|Series|Part)\b"
)


_PLACE_BEFORE = re.compile(r"\b(?:in|on|at|to|from|around|near|across|into|outside|throughout|back\s+in)\s+$", re.I)
_PLACE_AFTER = re.compile(
    r"^(?:-(?:born|based|set|raised|bred)\b|\s+(?:landmarks?|residents?|locals?|council|town|city|village|streets?|"
    r"high\s+street|station|harbou?r|pubs?)\b|,\s+(?:which|where)\b)"
)


def _a_place(name: str, body: str) -> bool:
    """A name the body writes as a place ("descended on Hebworth", "Hebworth-born", "a Hebworth
    landmark", "back in Hebworth, which ..."): a town, not a title."""
    found = list(re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w])", body))
    placed = sum(1 for m in found if _PLACE_BEFORE.search(body, 0, m.start()) or _PLACE_AFTER.match(body[m.end() :]))
    return placed >= 2 and placed * 4 >= len(found) * 3  # (most of its mentions, at least two)


def _a_surname(name: str, body: str) -> bool:
    """One word that the body writes as the end of a full name ("Tennant returns: ..." over a
    body about "David Tennant") at least as often as on its own."""
    if " " in name or not name[:1].isupper() or not name.isalpha():
        return False
    full = len(re.findall(r"\b[A-Z][a-z]+ " + re.escape(name) + r"\b", body))
    return full > 0 and full >= _count(name, body) - full


def _a_common_word(name: str, body: str) -> bool:
    """One word that the body writes capitalised only where a sentence starts ("Cameras
    started rolling"): an ordinary word, not a title."""
    if " " in name or not name[:1].isupper():
        return False
    found = [m.start() for m in re.finditer(r"(?<![\w])" + re.escape(name) + r"(?![\w])", body)]
    return all(_SENTENCE_START.search(body, 0, at) for at in found)


_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")


# A genre noun a headline puts before the title ("Apple TV+ Orders Thriller Glass Meridian").
_GENRE_LEAD = re.compile(
    r"^(?:Thriller|Drama|Comedy|Sitcom|Series|Anime|Docuseries|Miniseries|Dramedy|Mystery|Western|Procedural|"
    r"K-Drama|Romance|Fantasy|Horror|Satire|Adaptation|Spinoff|Spin-Off|Prequel|Sequel)\s+(?=[A-Z\d])"
)


_SPEAKER_ON = re.compile(r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s+(?:on|talks|discusses|teases|reveals)\s+(?P<rest>[A-Z\d'‘“\"].+)$")
_TO_VERB = re.compile(r"\s+[Tt]o\s+(?=[A-Z][a-z]+\b)")
_TITLE_CASE_TAIL = re.compile(r"\s+(?:From|With|Starring|For|At|On|In|As|After|Amid|Ahead\s+of)\s+")


_SUBTITLE = re.compile(r"\s+([A-Z0-9][\w'’-]*(?:\s+(?:of|the|and|on|in|at|to|a|an|for|from|with|&|[A-Z0-9][\w'’-]*)){0,3})")


_NUMBERING_HEAD = re.compile(r"(?:Season|Series|Part|Episode|Chapter|Volume|Vol\.|Book|Cour|Arc|\d+)\b")


_NUMBERING_WORD = re.compile(r"Season|Series|Part|Episode|Chapter|Volume|Vol\.|Cour")


def _subtitled(title: str, chosen: str, body: str) -> str:
    """"Copperline: 1919 — Everything We Know": a spinoff's title runs on past the colon when the
    body writes the whole of it again and again."""
    if not title or not chosen:
        return chosen
    at = title.find(chosen + ":")
    sub = _SUBTITLE.match(title, at + len(chosen) + 1) if at >= 0 else None
    if sub is None:
        return chosen
    words = sub.group(1).split()
    for n in range(len(words), 0, -1):  # the longest run of the subtitle the body writes
        longer = f"{chosen}: {' '.join(words[:n])}"
        if not (words[n - 1][:1].isupper() or words[n - 1][:1].isdigit()):
            continue
        if not _NUMBERING_HEAD.match(words[0]) and any(_NUMBERING_WORD.fullmatch(w) for w in words[1:n]):
            continue  # "Daredevil: Born Again Season 2": the season and its number are no part of the title
        # (once is enough for a franchise's name before the show's, "Star Wars: The Acolyte"; a
        # season's numbering needs more)
        if _count(longer, body) >= (2 if _NUMBERING_HEAD.match(words[0]) else 1):
            return longer
    return chosen


def _from_headline(title: str, body: str) -> str:
    return _widened(title, _headline_choice(title, body), body)


def _widened(title: str, chosen: str, body: str) -> str:
    """"Winter Harbour" for "Harbour": a capitalised word the headline writes before the choice
    (a calendar word, cut off as a break) belongs to the title when the body writes them together
    at least half as often as the choice alone."""
    if not title or not chosen or " " in chosen:
        return chosen
    before = re.search(r"([A-Z][\w'’-]*)\s+" + re.escape(chosen) + r"(?![\w])", title)
    if before is None:
        return chosen
    longer = before.group(0)
    together = _count(longer, body)
    return longer if together and together * 2 >= _count(chosen, body) else chosen


def _headline_choice(title: str, body: str) -> str:
    shouted = _shouted_title(title, body)
    if shouted:
        return shouted
    chosen = main_title(title) or title
    if title and not _recurs(chosen, body):
        # "Bakery At The End Of The Alley 2": a headline capitalising every word; the body's spelling
        chosen = _body_spelling(chosen, body) or chosen
    if title and not _recurs(chosen, body):
        # "Orders Thriller Glass Meridian From Ada Quill": a genre noun before the title, a
        # title-case preposition after it
        lead = _GENRE_LEAD.match(chosen)
        bare = chosen[lead.end() :] if lead else chosen
        cut = _TITLE_CASE_TAIL.split(bare, maxsplit=1)[0]
        infinitive = _TO_VERB.split(cut, maxsplit=1)[0]  # "X to End With Season 7": the title before "to"
        speaker = _SPEAKER_ON.match(chosen)  # "Tessa Wynn on Paper Kings": a person on the show
        about = speaker.group("rest") if speaker else chosen
        chosen = next((c for c in (bare, cut, infinitive, about) if c != chosen and _recurs(c, body)), chosen)
    if not title or _recurs(chosen, body):
        return chosen
    # "Sable Point Boss Talks Season 4 ...": the grammar's choice runs on past the title; the
    # run it starts with, when the body writes it, is the show
    heads = [run for _start, run in _runs(title) if chosen.startswith(run + " ") and _recurs(run, body)]
    if heads:
        return max(heads, key=len)
    best: tuple[int, int] | None = None
    found = chosen
    for start, run in _runs(title):
        count = _count(run, body)
        if count and (best is None or count > best[0]):
            best, found = (count, start), run
    return found


def _a_person(name: str, body: str) -> bool:
    """A person's name, by how the body refers to it: by surname alone, again and again
    ("Teodor Vasko ... Vasko says ... Vasko insists")."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    alone = _count(words[-1], body) - _count(name, body)
    return alone >= 2 and alone >= _count(name, body)


# A title with a season beside it: "the third season of X", "season 3 of X", "X season 3",
# "X's second season".
_SEASON_WORDS = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
_ORDINAL_WORDS = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|next|final|latest)"
_SEASONED = re.compile(
    r"\b(?i:(?:the\s+" + _ORDINAL_WORDS + r"|" + r"(?:season|series)\s+" + _SEASON_WORDS + r")\s*(?:season|series)?\s+of)\s+"
    # (after a description: "the third series of hit BBC crime drama The Fell Line")
    r"(?:(?:(?:hit|the|its|[A-Z][\w+]*)\s+){0,3}?(?:[a-z-]+\s+){0,2}?(?:drama|comedy|series|show|thriller|sitcom|anime|procedural)\s+)?"
    r"(?P<a>" + TITLE_PHRASE.pattern + r")"
    r"|(?P<b>" + TITLE_PHRASE.pattern + r")(?:['’]s\s+" + r"(?i:" + _ORDINAL_WORDS + r")|\s+(?i:season|series)\s+"
    + _SEASON_WORDS + r")\b"
)


_FULL_NAME_OWNER = re.compile(r"(?!(?:The|A|An|This|That)\s)[A-Z][\w-]+\s+(?:[A-Z][\w.-]*\s+)?[A-Z][\w-]+['’]s\s")


def _seasoned_title(body: str, person: str) -> str | None:
    """The title the body names most often beside a season, other than ``person``."""
    counts: dict[str, list[int]] = {}
    for match in _SEASONED.finditer(body):
        pieces = re.split(r"[.!?]\s|\n", (match.group("a") or match.group("b") or "").strip())
        if match.group("b") and (len(pieces) > 1 or match.group("b").rstrip().endswith((".", "!", "?"))):
            continue  # "... on Sunday 13 February 2022. Series 3 went out ...": the season opens the next sentence
        name = pieces[0].rstrip(".")
        if match.group("b"):  # "Essie Calloway as DS Mae Farrow in Gull Island series two": the title after "in"
            name = re.split(r"\s+(?:in|on|from)\s+", name)[-1]
        if not _usable(name) or name in person or person in name or name.lower().startswith(("season", "series")):
            continue
        if _FULL_NAME_OWNER.match(name):
            continue  # "Mick Herron's Slough House (novels)": a writer's work, no show
        counts.setdefault(name, []).append(match.start())
    if not counts:
        return None
    return max(counts, key=lambda name: (len(counts[name]), -counts[name][0]))


def _runs(title: str) -> list[tuple[int, str]]:
    """The capitalised runs of the headline, split at words that are no part of a title
    ("Copperhead Lane Boss Noor Haddad-Levine" -> "Copperhead Lane", "Noor Haddad-Levine"),
    each with where it starts."""
    out: list[tuple[int, str]] = []
    possessors: list[tuple[int, list[str]]] = []
    for match in _RUN.finditer(title):
        pos = match.start()
        piece: list[str] = []
        piece_start = pos
        for word in match.group(0).split(" "):
            if word.lower().strip("'’") in _BREAKS:
                _keep(out, piece_start, piece)
                piece = []
                piece_start = pos + len(word) + 1
            else:
                if _POSSESSIVE.search(word) and len(word) > 3:
                    # "The Society's Kathryn Newton and ...": the possessor is a run too (after
                    # the whole run, which wins a tie: "The Ferryman's Daughter")
                    possessors.append((piece_start, [*piece, word]))
                piece.append(word)
            pos += len(word) + 1
        _keep(out, piece_start, piece)
    for start, words in possessors:
        _keep(out, start, words)
    return out


def _keep(out: list[tuple[int, str]], start: int, words: list[str]) -> None:
    while words and not words[-1][:1].isupper() and not words[-1][:1].isdigit():
        words = words[:-1]  # a connector left at the end ("Night of")
    run = _POSSESSIVE.sub("", " ".join(w for w in words if w)).strip(".-")
    if _usable(run):
        out.append((start, run))


def _usable(run: str) -> bool:
    words = run.lower().split()
    if not words or all(word in _NOT_ALONE or word.isdigit() for word in words):
        return False
    if sum(ch.isalpha() for ch in run) < 3 or is_platform_name(run):
        return False
    return not any(start == 0 and end == len(run) for _name, start, end in find_platforms(run))


# A tabloid's headline opening in capitals: "LOXLEY VALE SHOCK: Star QUITS ...".
_SHOUTED_LEAD = re.compile(r"^[\"'‘“]?((?:[A-Z0-9][A-Z0-9'’&.-]*\s+){0,5}[A-Z0-9][A-Z0-9'’&.-]*)(?=\s*[:!,–—-]|\s+[A-Z][a-z])")


def _shouted_title(title: str, body: str) -> str | None:
    """The title a headline shouts in its opening capitals, as the body writes it in mixed case
    (the longest run of the opening words the body has, "Loxley Vale" of "LOXLEY VALE SHOCK")."""
    lead = _SHOUTED_LEAD.match(title) if title else None
    if lead is None:
        return None
    shouted = lead.group(1).split()
    for n in range(len(shouted), 0, -1):
        name = " ".join(shouted[:n])
        if n == 1 and (name.lower() in _NOT_ALONE or len(name) < 3):
            continue
        spelled = _body_spelling(name, body, quiet=True)
        if spelled:
            return spelled
    return None


def _body_spelling(name: str, body: str, *, quiet: bool = False) -> str | None:
    """The body's spelling of a title that the headline writes in other case, when the body
    writes it with a capital first and last word: its first such spelling, or (``quiet``) the
    first with no word in capitals ("Loxley Vale", not "LOXLEY Vale"); several words unless quiet."""
    if " " not in name and not quiet:
        return None
    for found in re.finditer(r"(?<![\w])" + re.escape(name) + r"(?![\w])", body, re.I):
        spelled = found.group(0)
        words = spelled.split()
        if spelled[:1].isupper() and words[-1][:1].isupper() and not (quiet and any(len(w) > 1 and w.isupper() for w in words)):
            return spelled
        if not quiet:
            return None  # (only the first spelling counts)
    return None


def _recurs(name: str, body: str) -> bool:
    return bool(name) and _count(name, body) > 0


def _count(name: str, body: str) -> int:
    return len(re.findall(r"(?<![\w])" + re.escape(name) + r"(?![\w])", body))
