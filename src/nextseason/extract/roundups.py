"""Roundups, trackers, listings and slates: the lines that open a section about one show
("NIGHT SHIFT (NBC) — RENEWED", "Sparrowhawk – Season 3 (renewed January 14, 2026)",
"8/7c: Dockside, Season 4 (Hulu)") and the claims those lines make themselves."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from nextseason.domain.claims import Claim
from nextseason.extract.context import SentenceContext
from nextseason.extract.dates import find_dates
from nextseason.extract.lexicon import find_platforms, is_platform_name
from nextseason.extract.others import article_word
from nextseason.extract.seasons import NUMBER_WORDS, find_seasons, number_value
from nextseason.extract.shows import ShowIndex
from nextseason.extract.text import Sentence, split_sentences

# The season a line names, and the part after it ("Season 2 Part 2", "series 4, volume 1").
_SEASON_GROUP = r"(?P<season>(?i:season|series)\s+\w+)"


_PART_SUFFIX = (
    r"(?:,?\s+(?i:part|volume|vol\.)\s+\w+)?"
    # "Dockside: Season 4, episodes 1–3 (Hulu)", "Brinewater: Season 3 premiere (FX)"
    r"(?:,?\s+(?i:episodes?)\s+1(?:\s*[–-]\s*\d{1,2})?)?(?:\s+(?i:premiere|debut|return))?"
)


# The day between the season and the brackets, after a dash ("Redwater, Season 2 — Friday, Feb. 6
# (Apple TV+)", "Starfall Academy, Season 2 — Date TBA (Crunchyroll)"): a date or its absence.
_WHEN = (
    r"(?:\s*(?:[—–|]|\s-\s)\s*(?P<when>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|"
    r"Aug|Sep|Oct|Nov|Dec|Date|TBA|TBD|\d)[^():—–|]{0,40}?))?"
)


# A roundup's section line: the show's title in capitals, its network in brackets, then the
# verdict ("NIGHT SHIFT (NBC) — RENEWED", "THE LONG ROAD (ABC → Hulu) — MOVING"). The lines
# below it are about that show.
_ROUNDUP_LINE = re.compile(
    r"^(?P<title>[A-Z0-9][A-Z0-9À-ÖØ-Þ &'’:.,!?-]*?)\s*\((?P<where>[^()]{2,60})\)\s*(?:[—–:|-]\s*.{0,60})?$"
)


# A listing's air time before the title: "8/7c: ", "10/9c: ", "9 p.m. ET: ".
_AIR_TIME = r"\d{1,2}(?::\d\d)?(?:/\d{1,2}(?::\d\d)?c|\s*[ap]\.?m\.?)(?:\s+(?:ET|PT|ET/PT))?\s*[:–—-]\s+"


# The same in a heading, the title written in title case, perhaps after a verdict label
# ("Night Ferry (HBO) — Season 2", "Still waiting: Copperline (FX)", "Cancelled: The Birchwood
# Ladies (ABC)").
_ROUNDUP_HEADING = re.compile(
    r"^(?:[A-Z][\w’' -]{2,24}:\s+|" + _AIR_TIME + r")?(?P<title>[\w\d“”\"'’&!?.,-][^():]{0,60}?)"
    r"(?:,?\s+" + _SEASON_GROUP + _PART_SUFFIX + r")?" + _WHEN + r"\s*\((?P<where>[^()]{2,60})\)"
    r"\s*(?:[—–:|-]\s*(?P<tail>.{0,240}))?$"
)


# "Frostline: Season 2 (Netflix Original)": the title, a colon, its season.
_TITLE_SEASON_LINE = re.compile(
    r"^(?P<title>[\w\d“”\"'’&!?.,-][^():]{0,60}?):\s+" + _SEASON_GROUP + _PART_SUFFIX + _WHEN
    + r"\s*\((?P<where>[^()]{2,60})\)\s*(?:[—–:|-]\s*(?P<tail>.{0,240}))?$"
)


_NOT_A_TITLE_WORD = re.compile(r"\b(?:seasons?|series|episodes?|parts?|cast|release|premiere|trailer)\b", re.I)


_SMALL_WORDS = frozenset(
    ["a", "an", "and", "the", "of", "in", "on", "at", "to", "for", "from", "with", "by", "or", "&", "de", "la", "el", "del"]
)


_MOVE_ARROW = re.compile(r"→|->|\bto\b")


def network_of_the_list(title: str, sections: dict[int, Section]) -> list[Claim]:
    """A list of several shows under a headline that names one service ("Apple TV+ Renewal
    Scorecard", "Netflix TV Renewals and Cancellations 2026"): each show is that service's,
    unless its own line names another."""
    services = {name for name, *_ in find_platforms(title)}
    shows = {section.show for section in sections.values()}
    if len(services) != 1 or len(shows) < 2:
        return []
    service = services.pop()
    named = {c.show for section in sections.values() for c in section.claims if c.kind == "platform"}
    return [Claim(show, None, "platform", service, "asserted", title) for show in sorted(shows - named)]


@dataclass(frozen=True, slots=True)
class Section:
    """A roundup section line: the show it opens and the platform claims its brackets make."""

    show: str
    claims: tuple[Claim, ...]
    season: int | None = None  # the season the line names ("Night Ferry (HBO) — Season 2")
    read: bool = False  # the line is a sentence of the section too ("Title – Season 1 premiered May 2")
    aside: bool = False  # one of a few other shows listed inside an article about its own show


def roundup_sections(
    sents: list[Sentence], text: str, index: ShowIndex, published: str | None
) -> dict[int, Section]:
    """The roundup section lines of the document by sentence index; their shows join ``index``
    (under the spelling the text uses elsewhere, else the capitalised words)."""
    out: dict[int, Section] = {}
    # Title-case lines count when their title recurs in the text, or when there are several
    # of them (a calendar names each show once, in its line).
    several = sum(1 for sent in sents if _title_case_line(sent)) > 1
    verdicts = [sent for sent in sents if _verdict_line(sent)]
    if len(verdicts) > 1:
        _verdict_sections(verdicts, sents, text, index, out)
    status_lines = [sent for sent in sents if sent.index not in out and _status_line(sent)]
    for sent in status_lines if len(status_lines) > 1 else ():
        out[sent.index] = _status_section(sent, text, index, published)
    for sent in sents if len(status_lines) > 1 else ():
        # the tracker's other lines, worded freely: "Half-Moon Saloon – The adult animated comedy
        # got a second season (Feb. 11)" under "RENEWED"
        loose = _loose_status_line(sent) if sent.index not in out else None
        if loose:
            out[sent.index] = _loose_status_section(sent, loose, text, index, published)
    run_in = [sent for sent in sents if sent.index not in out and _run_in_title(sent)]
    for sent in run_in if len(run_in) > 1 else ():
        out[sent.index] = _run_in_section(sent, text, index)
    items = [sent for sent in sents if sent.index not in out and _run_in_item(sent)]
    for sent in items if len(items) > 1 else ():
        out[sent.index] = _run_in_item_section(sent, text, index)
    bracketed = [sent for sent in sents if sent.index not in out and _SEASON_BRACKET_LINE.fullmatch(sent.text.strip())]
    for sent in bracketed if len(bracketed) > 1 else ():
        section = _season_bracket_section(sent, text, index)
        if section:
            out[sent.index] = section
    for sent in _titles_under_verdict(sents, text, out):
        show = _spelled(sent.text.strip(" :"), text)
        index.add(show, show)
        out[sent.index] = Section(show, ())
    labelled = [sent for sent in sents if sent.index not in out and _caps_labelled_title(sents, sent)]
    for sent in labelled if len(labelled) > 1 else ():
        out[sent.index] = _labelled_section(sents, sent, text, index)
    for sent in sents:
        if sent.index in out:
            continue
        dated = _date_first_line(sent, text, index, published)
        if dated:
            out[sent.index] = dated
            continue
        if "(" not in sent.text:
            section = (
                _dated_season_line(sent, text, index, published)
                or _season_line(sents, sent, text, index, published)
                or _season_heading(sent, text, index)
                or _caps_title_heading(sent, text, index)
                or _numbered_title_line(sents, sent, text, index)
            )
            if section:
                out[sent.index] = section
            continue
        item = (
            _dated_item(sent, text, index, published, sents)
            or _described_line(sent, text, index, published)
            or _numbered_title_line(sents, sent, text, index)
        )
        if item:
            out[sent.index] = item
            continue
        match = _ROUNDUP_LINE.match(sent.text) if sent.block.kind != "para" else None
        caps = match.group("title").strip(" :,.-") if match else ""
        if not match or caps != caps.upper() or sum(ch.isalpha() for ch in caps) < 3:
            match = _title_case_line(sent)
            caps = _bare_title(match) if match else ""
            if not match or not (several or text.count(caps) > 1):
                continue
        where = match.group("where")
        platforms = find_platforms(where)
        if not platforms or is_platform_name(caps) or find_platforms(caps):
            continue
        if _FILM_WORD.search(where) or _FILM_WORD.search(match.groupdict().get("tail") or ""):
            continue  # "Midnight Ledger (Netflix Original film)": a film, no show
        show = _spelled(caps, text)
        index.add(show, show)
        index.add(caps, show)
        claims: tuple[Claim, ...] = ()
        # "(FX, 10 p.m. ET; streams the next day on Hulu)": the network, and where it streams
        streamed = {name for also in _STREAMING_ON.finditer(where) for name, *_ in find_platforms(also.group("where"))}
        if len({name for name, *_ in platforms} - streamed) == 1 and not _MOVE_ARROW.search(where):
            claims = tuple(
                Claim(show, None, "platform", name, "asserted", sent.text)
                for name in dict.fromkeys(name for name, *_ in platforms)
            )
        named = find_seasons(sent.text)
        season = named[0].number if named else None
        dated = _dated_line(match, show, season, sent.text, published)
        if not dated and sent.index > 0:  # a calendar's date heading above the line ("Thursday, December 3")
            dated = _dated_heading(_date_line_above(sents, sent.index), show, season, sent.text, published)
        tail = sent.text[match.end("where") + 1 :]
        if not dated and season is not None:  # "Season 3, originally set for Sept. 22, now pushed to midseason (date TBA)"
            dated = _undated_line(show, season, sent.text, tail, published)
        if dated and season is None and (_new_show(sents, sent.index) or _SERIES_PREMIERE.search(tail)):
            dated = tuple(replace(c, season=1) for c in dated)  # (a "Series premiere" is the first season's)
        for also in _STREAMING_ON.finditer(tail):  # "...; streaming next day on Hulu"
            for name, *_ in find_platforms(also.group("where")):
                if all(c.value != name for c in claims):
                    claims += (Claim(show, None, "platform", name, "asserted", sent.text),)
        every = _ALL_EPISODES.search(tail)
        count_season = season if season is not None else (1 if _SERIES_PREMIERE.search(tail) else None)
        if every and count_season is not None:  # "Series premiere (all eight episodes)"
            count = NUMBER_WORDS.get(every.group("n").lower()) if not every.group("n").isdigit() else int(every.group("n"))
            dated += (Claim(show, count_season, "episodes", count, "asserted", sent.text),) if count else ()
        out[sent.index] = Section(show, claims + dated, season)
    if len(verdicts) == 1 and out:  # one verdict line among other section lines ("WARRANT, CANCELLED")
        _verdict_sections(verdicts, sents, text, index, out)
    return out


# A tracker's section line of its own: "The Night Agent (season 3)", "Squid Game (no season 4)".
_SEASON_BRACKET_LINE = re.compile(r"(?P<title>[A-Z0-9][^()]{1,60}?)\s*\((?P<what>(?i:(?:no\s+)?(?:season|series)\s+\w+))\)")


def _season_bracket_section(sent: Sentence, text: str, index: ShowIndex) -> Section | None:
    if sent.block.kind == "item" or not (sent.block.kind == "heading" or sent.block.text == sent.text):
        return None  # (a list's item under a verdict heading is the verdict list's: see verdict_lists)
    match = _SEASON_BRACKET_LINE.fullmatch(sent.text.strip())
    title = match.group("title").strip(" \"“”‘’'") if match else ""
    # ("The Four Seasons (season 2)": the bracket names the season, the title may hold the word)
    if match is None or not title_cased(title, season_words=True) or find_platforms(title):
        return None
    named = find_seasons(match.group("what"))
    if not named:
        return None  # ("(season premiere)": no season of its own)
    season = None if match.group("what").lower().startswith("no") else named[0].number
    show = _spelled(title, text)
    index.add(show, show)
    return Section(show, (), season)


def _titles_under_verdict(sents: list[Sentence], text: str, out: dict[int, Section]) -> list[Sentence]:
    """Headings that are titles the body writes again, under a "Cancelled" or "Renewed" heading
    ("Cancelled" / "The Recruit" / its paragraph / "Pulse" / ...): each opens its show's section."""
    found: list[Sentence] = []
    under = False
    for sent in sents:
        if sent.block.kind != "heading" or sent.index in out:
            continue
        line = sent.text.strip(" :")
        if STANDING_HEADING.fullmatch(line):
            under = True
        elif under and title_cased(line) and not find_platforms(line) and not find_dates(line, None) and text.count(line) > 1:
            found.append(sent)
        else:
            under = False
    return found if len(found) > 1 else []


def _verdict_sections(
    verdicts: list[Sentence], sents: list[Sentence], text: str, index: ShowIndex, out: dict[int, Section]
) -> None:
    """"The Ninth Lock — RENEWED" over its news: the section is about the latest season its news
    names ("renewed its heist thriller for a third run"); it runs to the next section line or heading."""
    starts = sorted({*out, *(sent.index for sent in verdicts), *(sent.index for sent in sents if sent.block.kind == "heading")})
    for sent in verdicts:
        title = _verdict_line(sent) or ""
        show = _spelled(title, text)
        index.add(show, show)
        end = next((i for i in starts if i > sent.index), len(sents))
        named = max((m.number for s in sents[sent.index + 1 : end] for m in find_seasons(s.text)), default=0)
        verdict = _VERDICT_LINE.fullmatch(sent.text.strip())
        cancelled = verdict is not None and verdict.group("verdict").lower().startswith("cancel")
        claims = (Claim(show, None, "cancelled", None, "asserted", sent.text),) if cancelled else ()
        fresh = verdict is not None and bool(_NEW_VERDICT.search(verdict.group("verdict")))
        out[sent.index] = Section(show, claims, 1 if fresh and not named else named if named > 1 else None)


# A tracker's line of its own: a title, a dash and where the show stands ("Sparrowhawk – Season 3
# (renewed January 14, 2026)", "Hollowbrook High – Cancelled after 2 seasons (March 27, 2026)",
# "Bellwether Ranch – Season 1 premiered August 14, 2026", "Crown of Gulls – Season 5 is the final season").
_STATUS_LINE = re.compile(
    r"(?P<title>[A-Z0-9\"“‘'][^—–:()|]{1,60}?)\s+[—–-]\s+"
    r"(?P<rest>(?i:seasons?|series|cancell?ed|renewed|ending|ended|final|limited|not\s+returning|returning|pending|"
    r"awaiting|picked\s+up|saved|revived)\b[^—–|]{0,80})"
)


_STATUS_BRACKET = re.compile(r"\((?P<verdict>(?i:renewed|picked\s+up|ordered|greenlit|confirmed))\b(?P<when>[^()]{0,40})\)")


_AIRED = re.compile(r"\b(?:premiered|aired|arrived|debuted|dropped|released|launched|streamed)\b", re.I)


def _status_line(sent: Sentence) -> re.Match[str] | None:
    if not (sent.block.kind in ("heading", "item") or sent.block.text == sent.text):
        return None
    return _titled(_STATUS_LINE.fullmatch(sent.text.strip()))


def _titled(match: re.Match[str] | None) -> re.Match[str] | None:
    """A tracker line's match, when what it reads as the title is one (no service, no date)."""
    if match is None:
        return None
    title = match.group("title").strip(" \"“”‘’'")
    return match if title_cased(title) and not find_platforms(title) and not find_dates(title, None) else None


def _bracket_date(rest: str, published: str | None) -> str | None:
    """The date a tracker line gives in brackets: "Canceled (March 3)"."""
    bracket = _DATE_BRACKET.search(rest)
    dates = find_dates(bracket.group(1), published) if bracket else []
    return dates[0].value if len(dates) == 1 else None


def _status_section(sent: Sentence, text: str, index: ShowIndex, published: str | None) -> Section:
    """The show a tracker's line opens, the renewal its brackets date, and the season it is
    making: the one the line names, or the next after one that has aired."""
    match = _status_line(sent)
    assert match is not None
    show = _spelled(match.group("title").strip(" \"“”‘’'"), text)
    index.add(show, show)
    rest = match.group("rest")
    named = [m.number for m in find_seasons(rest)]
    claims: list[Claim] = []
    bracket = _STATUS_BRACKET.search(rest)
    if bracket and named and not rest.lower().startswith("cancel"):
        dates = find_dates(bracket.group("when"), published)
        value = dates[0].value if len(dates) == 1 else None
        claims += [Claim(show, number, "renewed", value, "asserted", sent.text) for number in dict.fromkeys(named)]
    verdict = _standing(sent)
    axed = bool(verdict and re.match(r"(?i:cancel|axed)", verdict.group("cancelled") or ""))  # (not "Ending")
    if rest.lower().startswith("cancel") or _SEASON_LEAD.match(rest) or axed:
        # "Marlowe & Finch – Canceled (March 3)", "Season 3 was canceled before it ever aired (May 9)"
        cancelled = named[0] if named and _SEASON_LEAD.match(rest) else None
        claims.append(Claim(show, cancelled, "cancelled", _bracket_date(rest, published), "asserted", sent.text))
        return Section(show, tuple(claims), None, read=True)
    season = None
    if named:
        season = max(named) + (1 if _AIRED.search(rest) else 0)
    return Section(show, tuple(claims), season, read=True)


_DASH_ITEM = re.compile(r"(?P<title>[A-Z0-9\"“‘'][^—–:()|]{1,60}?)\s+[—–]\s+(?P<rest>\S.*)")


_DATE_BRACKET = re.compile(r"\(([^()]{2,30})\)")


def _loose_status_line(sent: Sentence) -> re.Match[str] | None:
    if sent.block.kind != "item" or sent.position != 0:
        return None
    return _titled(_DASH_ITEM.match(sent.text.strip()))


def _loose_status_section(
    sent: Sentence, match: re.Match[str], text: str, index: ShowIndex, published: str | None
) -> Section:
    """A tracker's line worded freely, under a heading that says what befell its shows: renewed
    for the seasons it names, or cancelled (a season it names, else the show), on the date in
    its brackets."""
    show = _spelled(match.group("title").strip(" \"“”‘’'"), text)
    index.add(show, show)
    rest = match.group("rest")
    named = list(dict.fromkeys(m.number for m in find_seasons(rest)))
    value = _bracket_date(rest, published)
    cancelled = named[0] if named and _SEASON_LEAD.match(rest) else None
    claims = _verdict_claims(show, _standing(sent), named, value, cancelled, sent.text)
    return Section(show, claims, max(named) if named else None, read=True)


def _standing(sent: Sentence) -> re.Match[str] | None:
    """The heading over the sentence, when it says where shows stand ("Renewed", "Canceled")."""
    return STANDING_HEADING.fullmatch((sent.block.heading or "").strip(" :"))


def _verdict_claims(
    show: str, verdict: re.Match[str] | None, named: list[int], value: str | None, cancelled: int | None, line: str
) -> tuple[Claim, ...]:
    """What a heading's verdict says of a line's show: renewed for the (later) seasons the line
    names, or cancelled (the season given, else the show), on the date given."""
    if verdict and verdict.group("renewed"):
        return tuple(Claim(show, n, "renewed", value, "asserted", line) for n in named if n > 1)
    if verdict and verdict.group("cancelled"):
        return (Claim(show, cancelled, "cancelled", value, "asserted", line),)
    return ()


_SEASON_LEAD = re.compile(r"(?i:season|series)\s+\w+\s+(?:was|has\s+been|is)\s+(?:cancell?ed|axed|scrapped)")


# A scorecard's entry: the title in capitals on a line of its own, then a labelled verdict
# ("THE LONG DIVISION" / "Verdict: Renewed for season three").
_VERDICT_LABEL = re.compile(r"(?i:(?:the\s+|our\s+)?verdict|(?:renewal\s+)?status|decision|fate)\s*:\s*\S")


# A paragraph led by its show's title and a colon, perhaps with a label in brackets, as upfront
# slates and "where every show stands" lists write them: "Firebreak (season 6): The firefighter
# drama was renewed ...", "The Pemberton Den (seasons 9 and 10): ...", "Ashgrove (drama): ...".
_RUN_IN = re.compile(r"(?P<title>[A-Z0-9“\"‘'][^:()]{1,60}?)(?:\s+\((?P<label>[^()]{2,40})\))?:\s+(?=\S)")


_NOT_RUN_IN = re.compile(
    r"(?i:update|updated|note|editor['’]s\s+note|watch|read\s+more|related|spoiler\s+alert|pictured|photo|source|"
    r"q|a|question|answer|warning|correction|exclusive|breaking|bottom\s+line|verdict|the\s+verdict|plot|cast|"
    r"release\s+date|premiere\s+date|trailer|synopsis|episodes|network|platform|where\s+to\s+watch)\b"
)


# The heading over such paragraphs says where each show stands.
STANDING_HEADING = re.compile(
    r"(?P<renewed>renewed|renewals|picked\s+up|returning|coming\s+back)|(?P<cancelled>cancell?ed|cancellations|axed|ending|ended)"
    r"|(?P<new>new\s+(?:series|shows|dramas|comedies)|series\s+orders?|ordered\s+to\s+series)"
    r"|still\s+undecided|undecided|on\s+the\s+bubble|pending|awaiting\s+(?:word|a\s+decision)|moving\s+to\s+[A-Z][\w+]*(?:\s+[A-Z][\w+]*)?",
    re.I,
)


def _run_in_title(sent: Sentence) -> re.Match[str] | None:
    if sent.block.kind != "para" or sent.position != 0:
        return None
    match = _RUN_IN.match(sent.text)
    if match is None:
        return None
    title = match.group("title").strip(" '‘’\"“”")
    if not title_cased(title) or _NOT_RUN_IN.match(title) or find_platforms(title) or _DATE_ALONE_TITLE.match(title) or _DATE_IN_TITLE.search(title):
        return None
    # (a label in brackets, or a heading saying where the shows stand: not a transcript's "Jess:")
    if not match.group("label") and not _standing(sent):
        return None
    return match


_DATE_IN_TITLE = re.compile(r"\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\b(?:19|20)\d\d\b")


_DATE_ALONE_TITLE = re.compile(r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)\b")


def _run_in_section(sent: Sentence, text: str, index: ShowIndex) -> Section:
    """The show a run-in title opens, in the season its label names; the heading above says
    whether it was renewed (for the seasons the label names), cancelled, or is new."""
    match = _run_in_title(sent)
    assert match is not None
    title = match.group("title").strip(" '‘’\"“”")
    show = _spelled(title, text)
    index.add(show, show)
    label = match.group("label") or ""
    named = list(dict.fromkeys(m.number for m in find_seasons(label)))
    verdict = _standing(sent)
    season = named[0] if named else None
    if verdict and verdict.group("new") and season is None:
        season = 1
    return Section(show, _verdict_claims(show, verdict, named, None, None, sent.text), season, read=True)


# A list of other shows, each item led by its title and a colon ("Ahsoka: Rosario Dawson returns in
# the second season ...", "Maul: Shadow Lord: the animated series arrives in 2026"), under a line
# that introduces shows ("... the franchise's TV slate keeps moving:"). (A title may hold a colon
# of its own, when another follows it.)
_RUN_IN_ITEM = re.compile(r"(?P<title>[A-Z0-9“\"‘'][^:()]{0,40}?(?::\s+[A-Z][^:()]{1,30}?)?):\s+(?P<rest>\S.*)")
_SHOWS_INTRO = re.compile(
    r"\b(?:slates?|shows|titles|line-?up|franchise|universe|elsewhere|(?:other|more)\s+(?:[\w-]+\s+)?(?:shows|series|news))\b", re.I
)
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")


def _run_in_item(sent: Sentence) -> re.Match[str] | None:
    intro = sent.block.intro
    if sent.block.kind != "item" or sent.position != 0 or not intro or not _SHOWS_INTRO.search(intro):
        return None
    match = _RUN_IN_ITEM.match(sent.text)
    if match is None or len(_LOWER_WORD.findall(match.group("rest"))) < 3:
        return None  # (a cast list's "Luthen Rael: Stellan Skarsgård", a staff list's "Script: X, Y": no news)
    title = match.group("title").strip(" '‘’\"“”")
    if not title_cased(title) or _NOT_RUN_IN.match(title) or find_platforms(title) or _DATE_ALONE_TITLE.match(title):
        return None
    return match


def _run_in_item_section(sent: Sentence, text: str, index: ShowIndex) -> Section:
    match = _run_in_item(sent)
    assert match is not None
    show = _spelled(match.group("title").strip(" '‘’\"“”"), text)
    index.add(show, show)
    return Section(show, (), None, read=True, aside=True)


def _caps_labelled_title(sents: list[Sentence], sent: Sentence) -> bool:
    line = sent.text.strip()
    if not line.isupper() or not (sent.block.kind in ("heading", "item") or sent.block.text == sent.text):
        return False
    if sent.index + 1 >= len(sents) or not _VERDICT_LABEL.match(sents[sent.index + 1].text):
        return False
    words = line.split()
    return len(words) <= 8 and sum(ch.isalpha() for ch in line) >= 3 and not find_platforms(line) and not line.endswith((".", ":", "?"))


def _labelled_section(sents: list[Sentence], sent: Sentence, text: str, index: ShowIndex) -> Section:
    """The show of a scorecard's entry, in the season its verdict names ("Renewed for season three")."""
    show = _spelled(sent.text.strip().strip(" \"“”‘’'"), text)
    index.add(show, show)
    index.add(sent.text.strip(), show)
    named = [m.number for m in find_seasons(sents[sent.index + 1].text)]
    return Section(show, (), max(named) if named else None)


# A calendar line that opens with its date and a dash: "March 3 – Ridgeback: Season 3 (Hulu
# Original)", "March 10 – Little Saints: Series premiere (Hulu Original)", "Date TBA – Glasshouse:
# Season 2 (Hulu Original)".
_DATE_FIRST = re.compile(r"^(?P<date>[A-Z][\w.,' ]{2,30}?)\s+[–—-]\s+(?P<rest>\S.*)$")


_LINE_AFTER_DATE = re.compile(
    r"^(?P<title>[\w\d“”\"'’&!?.,-][^():]{0,60}?):\s+(?:(?P<new>(?i:series\s+premiere|new\s+series|season\s+premiere))|"
    r"(?P<season>(?i:season|series)\s+\w+)" + _PART_SUFFIX + r"(?:\s+(?i:premiere|finale|debut|return))?)"
    + r"\s*\((?P<where>[^()]{2,60})\)\s*(?:,\s*[^()]{0,60})?$"
)


def _date_first_line(sent: Sentence, text: str, index: ShowIndex, published: str | None) -> Section | None:
    """A dated calendar line: the show's season premieres on the date and airs where the
    brackets say."""
    if "(" not in sent.text or not (sent.block.kind in ("heading", "item") or sent.block.text == sent.text):
        return None
    lead = _DATE_FIRST.match(sent.text)
    line = _LINE_AFTER_DATE.match(lead.group("rest")) if lead else None
    if lead is None or line is None:
        return None
    title = line.group("title").strip(" '‘’\"“”")
    platforms = find_platforms(line.group("where"))
    if not title_cased(title) or find_platforms(title) or len(platforms) != 1 or _FILM_WORD.search(line.group("where")):
        return None
    dates = find_dates(lead.group("date"), published)
    whole = len(dates) == 1 and dates[0].start == 0 and dates[0].end == len(lead.group("date").rstrip(" ,"))
    if not whole and not re.fullmatch(r"(?i:date\s+)?(?:TBA|TBD|TBC|to\s+be\s+(?:announced|confirmed))", lead.group("date")):
        return None  # the part before the dash is a date, or its absence
    show = _spelled(title, text)
    index.add(show, show)
    named = find_seasons(line.group("season") or "")
    season = named[0].number if named else (1 if line.group("new") and "series" in line.group("new").lower() else None)
    claims = [Claim(show, None, "platform", platforms[0][0], "asserted", sent.text)]
    if whole:
        claims.append(Claim(show, season, "premiere", dates[0].value, "asserted", sent.text))
    return Section(show, tuple(claims), season)


# A listing's line that opens with its date: "Wednesday, Nov. 25: A Stray Current Christmas, a
# holiday special from the Stray Current team (Hulu)".
_DATED_ITEM = re.compile(
    r"^(?P<date>[A-Z][\w.,' ]{2,30}?):\s+(?P<title>[^,()]{2,60}?)(?:,\s+(?P<desc>[^()]{0,120}?))?"
    r"\s*\((?P<where>[^()]{2,60})\)\.?$"
)


_FILM_WORD = re.compile(r"\b(?:film|movie|feature|documentary\s+film)s?\b", re.I)


def _dated_item(
    sent: Sentence, text: str, index: ShowIndex, published: str | None, sents: list[Sentence] | None = None
) -> Section | None:
    """A dated listing line: the show premieres on the date and streams where the brackets say
    (a film is no show; a new show's line names its first season)."""
    match = _DATED_ITEM.match(sent.text)
    if not match or _FILM_WORD.search(match.group("desc") or "") or _FILM_WORD.search(match.group("where")):
        return None
    title = match.group("title").strip(" '‘’\"“”")
    platforms = find_platforms(match.group("where"))
    dates = find_dates(match.group("date"), published)
    if len(platforms) != 1 or len(dates) != 1 or not title_cased(title) or find_platforms(title):
        return None
    if match.group("date")[: dates[0].start].strip() or match.group("date")[dates[0].end :].strip():
        return None  # the part before the colon is the date alone
    show = _spelled(title, text)
    index.add(show, show)
    named = find_seasons(sent.text)
    season = named[0].number if named else None
    below = sents[sent.index + 1].text if sents is not None and sent.index + 1 < len(sents) else ""
    if season is None and sents is not None and _NEW_SHOW_BELOW.search(below) and _new_show(sents, sent.index):
        season = 1  # "March 13: Greyling (Hulu Original)" over "Hulu's new mystery series Greyling ..."
    return Section(
        show,
        (
            Claim(show, None, "platform", platforms[0][0], "asserted", sent.text),
            Claim(show, season, "premiere", dates[0].value, "asserted", sent.text),
        ),
        season,
    )


_NEW_SHOW_BELOW = re.compile(
    r"\b(?:new|brand-new|all-new)\s+(?:[\w-]+\s+){0,2}?(?:series|show|drama|comedy|thriller|docuseries|anime|sitcom)\b"
    r"|\bseries\s+premiere\b",
    re.I,
)


# A listing's dated line without brackets: "March 9: Kitsune Relay, Season 2".
_DATED_SEASON = re.compile(r"(?P<date>[A-Z][\w.,' ]{2,30}?):\s+(?P<title>[^,:()]{2,60}?),\s+(?P<season>(?i:season|series)\s+\w+)")


# A calendar's line that names the season, then where and when: "The Rookie, Season 7 – ABC,
# Tuesday, January 7", "Cobra Kai, Season 6 Part 3 – Netflix, Thursday, February 13".
_SEASON_THEN_WHERE = re.compile(
    r"(?P<title>[^,:()–—|]{2,60}?),?\s+(?P<season>(?i:season|series)\s+\w+(?:\s+(?i:part)\s+\w+)?)"
    r"\s*(?:[—–|]|\s-)\s*(?P<tail>[^()]{2,80})"
)
_WEEKDAY_OR_GAP = re.compile(r"(?:[\s,;:&/|—–-]|\band\b|(?i:mon|tues|wednes|thurs|fri|satur|sun)day)*")


def _season_then_where(sent: Sentence, match: re.Match[str], text: str, index: ShowIndex, published: str | None) -> Section | None:
    """The show's season (or part) premieres on the line's date, on the services named before it."""
    title, tail = match.group("title").strip(" '‘’\"“”"), match.group("tail")
    dates = find_dates(tail, published)
    year_title = title.isdigit()  # ("1923, Season 2 – Paramount+, ...": the line says it is a show)
    if len(dates) != 1 or tail[dates[0].end :].strip(" .") or not (title_cased(title) or year_title) or find_platforms(title):
        return None
    before = tail[: dates[0].start]
    platforms = find_platforms(before)
    rest = "".join(ch if not any(s <= i < e for _, s, e in platforms) else " " for i, ch in enumerate(before))
    if not platforms or not _WEEKDAY_OR_GAP.fullmatch(rest):
        return None
    named = find_seasons(match.group("season"))
    if not named:
        return None
    show = _spelled(title, text)
    index.add(show, show)
    season = named[0].number
    claims = [Claim(show, None, "platform", name, "asserted", sent.text) for name in dict.fromkeys(p for p, _, _ in platforms)]
    part = re.search(r"(?i:part)\s+(\w+)", match.group("season"))
    claims.append(
        Claim(show, season, "premiere", dates[0].value, "asserted", sent.text, part=number_value(part.group(1)) if part else None)
    )
    return Section(show, tuple(claims), season)


def _dated_season_line(sent: Sentence, text: str, index: ShowIndex, published: str | None) -> Section | None:
    if not (sent.block.kind in ("heading", "item") or sent.block.text == sent.text):
        return None
    where = _SEASON_THEN_WHERE.fullmatch(sent.text.strip().rstrip("."))
    if where is not None:
        return _season_then_where(sent, where, text, index, published)
    match = _DATED_SEASON.fullmatch(sent.text.strip().rstrip("."))
    if match is None:
        return None
    title = match.group("title").strip(" '‘’\"“”")
    dates = find_dates(match.group("date"), published)
    named = find_seasons(match.group("season"))
    if len(dates) != 1 or not named or not title_cased(title) or find_platforms(title):
        return None
    if match.group("date")[: dates[0].start].strip() or match.group("date")[dates[0].end :].strip():
        return None  # the part before the colon is the date alone
    show = _spelled(title, text)
    index.add(show, show)
    season = named[0].number
    return Section(show, (Claim(show, season, "premiere", dates[0].value, "asserted", sent.text),), season)


# A press release's schedule line: the title in capitals, what it is in brackets, then its
# date or its absence ("SWITCHBOARD (new drama) – Premieres Monday, Jan. 4 (10-11 p.m.)", "THE
# FIFTH WARD (season six) – Premiere date to be announced").
_DESCRIBED_LINE = re.compile(
    r"^(?P<title>[A-Z0-9][A-Z0-9À-ÖØ-Þ &'’:.,!?-]*?)\s*\((?P<what>[^()]{2,40})\)\s*(?:[—–|]|\s-)\s*(?P<tail>.{2,160})$"
)


_NEW_SHOW_WORDS = re.compile(
    r"(?:(?:all-|brand-)?new\s+(?:[\w-]+\s+){0,2}?(?:drama|comedy|series|docuseries|sitcom|thriller|miniseries|show)|"
    r"(?:series|limited\s+series)\s+premiere)",
    re.I,
)


_DATE_TO_COME = re.compile(r"\b(?:to\s+be\s+(?:announced|determined|confirmed)|TBA|TBD|TBC)\b", re.I)


def _described_line(sent: Sentence, text: str, index: ShowIndex, published: str | None) -> Section | None:
    """A schedule line of its own: the show's season (a new show's first) premieres on the first
    date after the dash, or has no date yet."""
    if sent.block.text != sent.text and sent.block.kind != "heading":
        return None
    match = _DESCRIBED_LINE.match(sent.text)
    caps = match.group("title").strip(" :,.-") if match else ""
    if not match or caps != caps.upper() or sum(ch.isalpha() for ch in caps) < 3 or find_platforms(caps):
        return None
    named = find_seasons(match.group("what"))
    season = named[0].number if named else (1 if _NEW_SHOW_WORDS.fullmatch(match.group("what").strip()) else None)
    if season is None:
        return None
    show = _written_title(caps, text)
    if show is None:
        return None
    index.add(show, show)
    index.add(caps, show)
    tail = match.group("tail")
    dates = [d for d in find_dates(tail, published) if len(d.value) >= 7]
    if dates:
        claims: tuple[Claim, ...] = (Claim(show, season, "premiere", dates[0].value, "asserted", sent.text),)
    elif _DATE_TO_COME.search(tail):
        claims = (Claim(show, season, "no_premiere_date", None, "asserted", sent.text),)
    else:
        claims = ()
    return Section(show, claims, season)


# What the lines under a section say of a show that has been on before.
_RETURNING = re.compile(r"\b(?:seasons?|return\w*|back|again|renew\w*|continu\w*|new\s+episodes)\b", re.I)


def _new_show(sents: list[Sentence], index: int) -> bool:
    """A calendar line that names no season is a new show's first season when nothing under it
    (up to the next heading or line of its own) names a season or a return ("The Pass (Paramount+
    Original) / A four-part docuseries about ...")."""
    for sent in sents[index + 1 :]:
        if sent.block.kind == "heading" or (sent.block.text == sent.text and "(" in sent.text and sent.position == 0 and len(sent.text) < 80):
            break
        if _RETURNING.search(sent.text) or find_seasons(sent.text):
            return False
    return True


# A calendar's line with no network in brackets: "Brass Tacks, Season 2 Part 2".
_SEASON_LINE = re.compile(
    r"^(?P<title>[A-Z\d“\"'‘][^,:()]{0,60}?)[,:]?\s+" + _SEASON_GROUP
    + _PART_SUFFIX + r"(?P<episode>,?\s+(?i:episode)\s+\w+)?\s*$"
)


def _season_line(
    sents: list[Sentence], sent: Sentence, text: str, index: ShowIndex, published: str | None
) -> Section | None:
    """A line of its own under a date heading that names a show and its season: that season
    premieres on the heading's date."""
    if sent.index == 0 or (sent.block.text != sent.text and sent.position != 0):
        return None
    match = _SEASON_LINE.match(sent.text)
    if not match:
        return None
    caps = _bare_title(match)
    named = find_seasons(sent.text)
    if not named or not title_cased(caps) or find_platforms(caps):
        return None
    show = _spelled(caps, text)
    dated = _dated_heading(_date_line_above(sents, sent.index), show, named[0].number, sent.text, published)
    if not dated:
        return None
    index.add(show, show)
    if match.group("episode"):  # "Ward Nine, Season 2, Episode 9": an episode mid-season, no premiere
        dated = ()
    return Section(show, dated, named[0].number)


_TITLE_THEN_SEASON = re.compile(r"^[^,:]{2,60}[,:]\s+(?i:season|series)\s+\w+\s*$")


def _season_heading(sent: Sentence, text: str, index: ShowIndex) -> Section | None:
    """A section heading that names a show the body writes and its season ("BAYSIDE HOMICIDE,
    SEASON 7" over a trade story about several renewals): the section is about that season."""
    if sent.block.kind != "heading" and not (sent.block.text == sent.text and sent.text.isupper()):
        return None
    match = _SEASON_LINE.match(sent.text)
    if not match or match.group("episode") or not (sent.text.isupper() or _TITLE_THEN_SEASON.match(sent.text)):
        return None  # (in capitals, or "Title, Season 7" / "Title: Season 7")
    caps = _bare_title(match)
    named = find_seasons(sent.text)
    show = _written_title(caps, text)
    if not named or show is None or find_platforms(caps):
        return None
    if show.split()[-1].lower() in _SMALL_WORDS or text.replace(sent.text, " ").count(show) < 1:
        return None
    index.add(show, show)
    return Section(show, (), named[0].number)


_NUMBERED_TITLE = re.compile(
    r"^\d{1,2}[.)]\s+(?P<title>[\"“‘']?[A-Z][^.!?:;()]{1,60}?[\"”’']?)(?:\s*\((?P<note>[^()]{1,30})\))?$"
)


# The season after an entry's title: "1. Marrow Creek Season 4", "3. Night Ferry Series 3"
_ENTRY_TITLE = re.compile(_NUMBERED_TITLE.pattern.replace(r"^\d{1,2}[.)]\s+", "^", 1))  # (its number read as a bullet)


_ALIASED_ENTRY = re.compile(
    r"^(?:\d{1,2}[.)]\s+)?(?P<title>[\"“‘']?[A-Z][^.!?:;()]{1,60}?[\"”’']?)\s*\((?P<alias>[A-Z][^()]{1,40})\)"
    r"\s+(?i:season|series)\s+(?P<n>\d{1,2})$"
)


_ENTRY_SEASON = re.compile(r"\s+(?i:season|series)\s+(?P<n>\d{1,2})$")


_NEW_NOTE = re.compile(r"(?i:new(?:\s+(?:series|show|drama|comedy))?|series\s+premiere)")


_SEASON_FIELD = re.compile(r"^(?:Season|Series)\s*:\s*(\d{1,2})\b")


_ENTRY_FIELD = re.compile(
    r"^(?:Season|Series|Status|Release\s+date|Premiere(?:\s+date)?|Platform|Network|Where\s+to\s+watch)\s*:", re.I
)


def _numbered_title_line(sents: list[Sentence], sent: Sentence, text: str, index: ShowIndex) -> Section | None:
    """A listicle's entry line, a number and a title the body writes again ("1. Brightwater"),
    perhaps over a "Season: 3" field, or naming its season ("1. Marrow Creek Season 4") or a new
    show ("5. Atlas Vale (New Series)"): the lines under it are about that show."""
    if not (sent.block.kind == "heading" or sent.block.text == sent.text):
        return None
    nxt_sent = sents[sent.index + 1] if sent.index + 1 < len(sents) else None
    nxt = nxt_sent.text if nxt_sent else ""
    fields = bool(_ENTRY_FIELD.match(nxt))  # an entry with fields under it: "Season: 3", "Platform: Netflix"
    aliased = _ALIASED_ENTRY.match(sent.text.strip())
    if aliased and (fields or sent.block.kind == "heading" or _NUMBERED_TITLE.match(sent.text.strip()) is None):
        # "4. Respira (Breathless) Season 2": a title, its other name and the season
        title, alias = aliased.group("title").strip(), aliased.group("alias").strip()
        if title_cased(title) and not find_platforms(title) and not find_platforms(alias) and not article_word(title):
            show = _spelled(title, text)
            index.add(show, show)
            index.add(alias, show)
            return Section(show, (), int(aliased.group("n")))
    match = _NUMBERED_TITLE.match(sent.text.strip())
    strong_only = False  # (only a line naming its season, or a new show, or with fields, counts)
    if match is None and sent.block.kind == "item":
        if fields:
            title = sent.text.strip(" \"“”‘’'")  # "1. Brightwater" read as a list item
            if ":" in title:
                return None  # "Status: Renewed" over "Release date: TBA": a field of a fact box
            match = _ENTRY_TITLE.match(sent.text.strip())  # ("1. Marrow Creek Season 4" over its fact box)
        elif nxt_sent is not None and nxt_sent.block.kind == "para":
            match, strong_only = _ENTRY_TITLE.match(sent.text.strip()), True  # a lone numbered line over its paragraph
    elif match is None and sent.block.kind == "heading" and fields and ":" not in sent.text:
        match = _ENTRY_TITLE.match(sent.text.strip())  # a heading with no number over its fields ("Ted Lasso" / "Status: ...")
    if match:
        title = match.group("title").strip("\"“”‘’'")
    elif not (sent.block.kind == "item" and fields):
        return None
    entry = _ENTRY_SEASON.search(title) if match else None
    fresh = bool(match and match.group("note") and _NEW_NOTE.fullmatch(match.group("note").strip()))
    if match and match.group("note") and not fresh:
        return None  # ("3. Night Ferry (BBC)": not an entry line read here)
    if entry:
        title = title[: entry.start()].strip().rstrip(",:;–—-").strip()  # ("The Salt Road, Season 2")
    if not title or not title_cased(title) or find_platforms(title) or article_word(title):
        return None
    if sent.block.intro is not None and _SPACED_DASH.search(title):
        return None  # "Boyd Holbrook - Brodie (new)": an entry of the list its intro opens (a cast's)
    if not (fields or entry or fresh) and (strong_only or text.count(title) < 2):
        return None  # (the body writes it again)
    show = _spelled(title, text)
    index.add(show, show)
    field = next((f for s in sents[sent.index + 1 : sent.index + 4] if (f := _SEASON_FIELD.match(s.text))), None)
    season = int(field.group(1)) if field else int(entry.group("n")) if entry else 1 if fresh else None
    if season is None and fields:
        season = _status_field_season(nxt)
    return Section(show, (), season)


_SPACED_DASH = re.compile(r"\s[-–—]\s")
_STATUS_FIELD = re.compile(r"^Status\s*:", re.I)
_THROUGH_SEASON = re.compile(r"\b(?:through|until|to)\s+(?:season|series)\b", re.I)


def _status_field_season(line: str) -> int | None:
    """The one season an entry's status field names ("Status: Renewed for season 4", "Status:
    Season 3 coming in January"); None for several or a run ("Renewed through season 7")."""
    if not _STATUS_FIELD.match(line) or _THROUGH_SEASON.search(line):
        return None
    named = {m.number for m in find_seasons(line)}
    return named.pop() if len(named) == 1 else None


_CAPS_TITLE_COLON = re.compile(r"^(?P<title>[^:]{2,60}):\s+\S.{0,60}$")


def _caps_title_heading(sent: Sentence, text: str, index: ShowIndex) -> Section | None:
    """A heading in capitals that opens on a title the body writes, then a colon and what
    happened to it ("BLACKWATER SOUND: FROM LIMITED TO ONGOING", "HARROW & VINE: DECISION
    PENDING"): the section is about that show."""
    if not sent.text.isupper() or not (sent.block.kind == "heading" or sent.block.text == sent.text):
        return None
    match = _CAPS_TITLE_COLON.match(sent.text.strip())
    caps = match.group("title").strip(" '\"") if match else ""
    if not caps or find_platforms(caps) or sum(ch.isalpha() for ch in caps) < 3:
        return None
    show = _written_title(caps, text)
    if show is None or text.replace(sent.text, " ").count(show) < 1:
        return None
    index.add(show, show)
    return Section(show, (), None)


# A roundup's section line: a title, a dash and its verdict ("The Ninth Lock — RENEWED", "Paper
# Tigers – Undecided", "Sundown Motel: ending").
_VERDICT_WORD = (
    r"(?i:renewed|cancell?ed|ending|ended|undecided|on\s+the\s+bubble|in\s+limbo|pending|returning|coming\s+back|"
    r"final\s+season|still\s+waiting|awaiting\s+(?:word|news|a\s+decision)|unknown|tbd|tba|uncertain|saved|revived|"
    r"moving(?:\s+to\s+[\w+]+(?:\s+[\w+]+)?)?|midseason|new(?:\s+series)?)"
)


_VERDICT_LINE = re.compile(
    r"(?P<title>[A-Z0-9\"“‘'][^—–:()|]{1,60}?)\s*(?P<sep>[—–|:,]|\s-)\s*"
    r"(?P<verdict>" + _VERDICT_WORD + r"(?:\s*,\s*" + _VERDICT_WORD + r")*)[.!]?"
)


_NEW_VERDICT = re.compile(r"\b(?i:new)\b")  # "The Longshore - NEW.": a new show, its first season


_ONLY_NEWS = re.compile(r"(?i:midseason|new(?:\s+series)?)")


def _verdict_line(sent: Sentence) -> str | None:
    """The title of a verdict line standing alone (a heading, or a paragraph of its own), or
    opening its paragraph with the verdict in capitals after a dash ("Harbor General - RENEWED.
    ABC renewed the medical drama ...")."""
    alone = sent.block.text == sent.text or sent.block.kind == "heading"
    if not alone and not (sent.position == 0 and sent.block.kind == "para"):
        return None
    match = _VERDICT_LINE.fullmatch(sent.text.strip())
    if match is None:
        return None
    verdict = match.group("verdict")
    if not alone and (verdict != verdict.upper() or match.group("sep").strip() not in ("-", "–", "—")):
        return None
    if alone and _ONLY_NEWS.fullmatch(verdict):
        return None  # ("Sundown Motel: New" standing alone is no verdict on a show)
    title = match.group("title").strip(" \"“”‘’'")
    if _FIELD_LABEL.fullmatch(title):
        return None  # "Status: Renewed": a fact box's field, not a title
    return title if title_cased(title) and not find_platforms(title) else None


_FIELD_LABEL = re.compile(
    r"(?i:(?:(?:renewal|current|show|series|season\s+\d+|official)\s+)?status|verdict|update|latest|outlook|prognosis|"
    r"decision|fate|the\s+verdict|our\s+verdict|bottom\s+line|the\s+latest|what\s+we\s+know|renewed\??|cancell?ed\??)"
)


# A scorecard: a heading with a verdict over a list of titles ("Renewed" / "- Moon Palace
# (season 3)", "Cancelled" / "- Paper Crown (after two seasons)").
_VERDICT_HEADING = re.compile(
    r"^(?:(?P<renewed>renewed|renewals|picked\s+up)|(?P<cancelled>cancell?ed|canceled|axed|ended|cancell?ations))"
    r"(?:\s+(?:shows|series|so\s+far|this\s+year))?\s*:?$",
    re.I,
)


_VERDICT_ITEM = re.compile(r"^(?P<title>[^()]{2,60}?)\s*(?:\((?P<note>[^()]{1,50})\))?\.?$")


def verdict_lists(sents: list[Sentence], text: str, index: ShowIndex) -> list[tuple[int, Claim]]:
    """The claims of a scorecard's items, by sentence index; their shows join ``index``."""
    out: list[tuple[int, Claim]] = []
    verdict: str | None = None
    for sent in sents:
        heading = _VERDICT_HEADING.match(sent.text.strip())
        if heading and (sent.block.kind == "heading" or sent.block.text == sent.text):
            verdict = "renewed" if heading.group("renewed") else "cancelled"
            continue
        if verdict is None:
            continue
        if sent.block.kind != "item":
            verdict = None if sent.block.kind in ("heading", "para") else verdict
            continue
        item = _VERDICT_ITEM.match(sent.text.strip())
        title = item.group("title").strip(" -–—*•") if item else ""
        if not item or not title_cased(title) or find_platforms(title):
            verdict = None  # "Awaiting a decision": the list under the verdict has ended
            continue
        show = _spelled(title, text)
        index.add(show, show)
        named = find_seasons(item.group("note") or "")
        season = named[0].number if named and verdict == "renewed" else None
        out.append((sent.index, Claim(show, season, verdict, None, "asserted", sent.text)))
    return out


def roundup_intro(ctx: SentenceContext) -> bool:
    """Before a roundup's first section: a sentence that names no show ("Here's everything
    premiering from Monday, Nov. 16"), or that lists several (the headline's "Cold Orchard,
    Gutter Saints, Kettle Hill Academy and More"), speaks of the whole list, not of one show."""
    if ctx.sentence.block.kind == "para" and ctx.text != ctx.doc.title and _NEWS_INTRO.search(ctx.text):
        return False  # "CBS on Monday handed out renewals to A (Season 7), B and C": the news itself
    return len({m.title for m in ctx.show_mentions}) not in (1, 2)


_NEWS_INTRO = re.compile(r"\b(?:renew(?:s|ed|al|als)|cancel(?:s|led|ed)|pulled\s+the\s+plug|axed|picked\s+up)\b", re.I)


def _date_line_above(sents: list[Sentence], index: int) -> Sentence | None:
    """The nearest line above ``index`` that may be a date heading: the line right above, or in
    a list of short lines ("December 3 / Frostline: Season 2 (Netflix) / The Bakers' Dozen:
    Season 5"), the date line that opens its group."""
    for above in reversed(sents[max(0, index - 8) : index]):
        if "(" in above.block.text and _ROUNDUP_HEADING.match(split_sentences(above.block.text)[0]):
            continue  # another line of the group: "8/7c: Harbor Nine (NBC) — Season 6 premiere"
        if above.block.kind == "heading" or _DATE_ALONE.match(above.text):
            return above
        if above.block.kind != "item":
            return None
    return None


# A line that may be a date alone ("December 3", "Thursday, Dec. 10"): short, no sentence end.
_DATE_ALONE = re.compile(r"^[A-Z][\w.,' ]{2,30}$")


_STREAMING_ON = re.compile(r"\bstream(?:s|ing)?\b[^;()]{0,40}?\bon\s+(?P<where>[A-Z][\w+]*(?:\s+[A-Z+][\w+]*)?)")


_ALL_EPISODES = re.compile(r"\ball\s+(?P<n>\d{1,2}|[a-z]+)\s+episodes\b", re.I)


_SERIES_PREMIERE = re.compile(r"\bseries\s+premiere\b", re.I)


_ORIGINALLY_SET = re.compile(r"\b(?:originally|first|previously|initially)\s+(?:set|scheduled|slated|planned|dated)\s+for\s+", re.I)


def _undated_line(show: str, season: int, line: str, tail: str, published: str | None) -> tuple[Claim, ...]:
    """A calendar line's season with no date yet ("midseason (TBA)"), and the date it was first
    given ("originally set for Tuesday, Sept. 22"), which no longer holds."""
    out: list[Claim] = []
    first = _ORIGINALLY_SET.search(tail)
    if first:
        dates = [d for d in find_dates(tail[first.end() :], published) if d.start == 0]
        if dates:
            out.append(Claim(show, season, "premiere", dates[0].value, "denied", line))
    if _DATE_TO_COME.search(tail):
        out.append(Claim(show, season, "no_premiere_date", None, "asserted", line))
    return tuple(out)


def _dated_heading(
    prev: Sentence | None, show: str, season: int | None, line: str, published: str | None
) -> tuple[Claim, ...]:
    """A heading (or a line of a list) that is a date alone dates the premiere of the section
    line under it."""
    if prev is None or (prev.block.kind != "heading" and not _DATE_ALONE.match(prev.text)):
        return ()
    dates = find_dates(prev.text, published)
    if len(dates) != 1 or not _HEADING_LEAD.fullmatch(prev.text[: dates[0].start]):
        return ()
    rest = _HEADING_TBA.fullmatch(prev.text[dates[0].end :])
    if rest is None:
        return ()
    dated = Claim(show, season, "premiere", dates[0].value, "asserted", line)
    if rest.group("tba"):  # "October, Date TBA", "Coming This Fall, Dates TBA": the window, no day yet
        return (dated, Claim(show, season, "no_premiere_date", None, "asserted", line))
    return (dated,)


_HEADING_LEAD = re.compile(r"\s*(?:(?:coming|arriving|premiering|returning)(?:\s+(?:this|in))?\s+)?", re.I)


_HEADING_TBA = re.compile(r"[\s.,:–—-]*(?:\(?(?P<tba>(?:exact\s+)?(?:premiere\s+)?dates?\s+(?:TBA|TBD|to\s+be\s+announced))\)?)?[\s.,:]*", re.I)


def _title_case_line(sent: Sentence) -> re.Match[str] | None:
    """A line of its own that reads as a title-case section line."""
    if "(" not in sent.text or not (sent.block.kind == "heading" or sent.block.text == sent.text or sent.position == 0):
        return None  # (a listing's line may open a paragraph: "Night Ferry (Netflix) — Series premiere. The ...")
    match = _TITLE_SEASON_LINE.match(sent.text) or _ROUNDUP_HEADING.match(sent.text)
    return match if match and title_cased(_bare_title(match)) else None


def _bare_title(match: re.Match[str]) -> str:
    return match.group("title").strip(" :,.-'‘’\"“”")


def _dated_line(
    match: re.Match[str], show: str, season: int | None, line: str, published: str | None
) -> tuple[Claim, ...]:
    """A calendar's section line dates the show's premiere after its dash ("Quarry Road (Hulu)
    — Wednesday, Nov. 18", "Velvet Static, season 3 (Netflix) — next Friday", "Redwater, Season 2
    — Friday, Feb. 6 (Apple TV+)")."""
    tail = match.groupdict().get("when") or match.groupdict().get("tail") or ""
    dates = find_dates(tail, published) if tail else []
    if len(dates) != 1 or tail[: dates[0].start].strip(" ,") or tail[dates[0].end :].strip(" .,"):
        return ()  # only a line whose tail is the date alone
    return (Claim(show, season, "premiere", dates[0].value, "asserted", line),)


def title_cased(title: str, *, season_words: bool = False) -> bool:
    """A title in title case, that names no season, episode or section ("Night Ferry", "Hexley
    & Stone"; not "Season 2", "Cast and characters"). With ``season_words``, such a word may
    stand inside it, not first ("The Four Seasons" beside a line's own season)."""
    words = title.split()
    if not words or len(words) > 8 or sum(ch.isalpha() for ch in title) < 3:
        return False
    season_named = words[0].lower() in ("season", "series", "part") if season_words else bool(_NOT_A_TITLE_WORD.search(title))
    if season_named:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or not w[:1].isalpha() or w.lower() in _SMALL_WORDS for w in words)


def _written_title(caps: str, text: str) -> str | None:
    """The title of a capitals line as the body writes it, when the body writes it outside
    capitals in title case; None for a title the body never writes outside capitals."""
    show = _spelled(caps, text)
    return show if show.upper() != show and title_cased(show) else None


def _spelled(caps: str, text: str) -> str:
    """The title as the text writes it outside capitals ("Night Desk"), else capitalised."""
    for match in re.finditer(r"(?<!\w)" + re.escape(caps) + r"(?!\w)", text, re.I):
        found = match.group(0)
        if found != found.upper():
            return found
    words = caps.lower().split()
    return " ".join(w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words))


def phantom_main(title: str, text: str, index: ShowIndex) -> bool:
    """The headline's show is nowhere in the body while the body names other shows: a roundup
    under a headline that names none ("Delayed and canceled TV shows of 2023")."""
    main = index.main
    others = {canonical for canonical in index.names.values() if canonical != main}
    if not title or not others:
        return False
    if re.search(r"(?<!\w)" + re.escape(main) + r"(?:['’]s)?[\"'”’]?\s+(?:season|series|part|s\d)", title, re.I):
        return False  # "X Season 2 Release Date": the headline names the show outright
    if re.search(r"[\"“‘']" + re.escape(main) + r"[\"”’']", title):
        return False  # a quoted title
    body = text.replace(title, " ", 1)
    spellings = [name for name, canonical in index.names.items() if canonical == main]
    return not any(re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", body, re.I) for name in spellings)
