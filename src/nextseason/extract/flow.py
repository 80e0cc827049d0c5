"""The show and the season each sentence is about, carried from sentence to sentence and
paragraph to paragraph (headings, topic shifts, asides, link lists and boilerplate)."""

from __future__ import annotations

import re

from nextseason.extract.context import DocContext, SentenceContext, credit_in_brackets
from nextseason.extract.kinds.status import RELATED_LINK
from nextseason.extract.lexicon import GENRE_NOUNS, find_platforms, is_platform_name
from nextseason.extract.roundups import Section
from nextseason.extract.seasons import SeasonMention, find_seasons, part_seasons, titled_seasons
from nextseason.extract.target import NEW_SERIES
from nextseason.extract.text import Sentence, split_sentences

# "It ...", "The series ...", "The cozy mystery anime, which ...": a reference back to the last show.
_PRONOUN_START = re.compile(
    r"^(?:It|Its|It's|The season|(?:The|This|That) (?:[a-z][\w'’-]*\s+){0,3}?(?:[a-z]+-)?" + GENRE_NOUNS + r")\b"
)


# A paragraph that turns to other news ("In other HBO news, ...", "Meanwhile, ...", "Elsewhere,
# ..."), or a section headed as other news ("Other Apple TV+ News", "Also from the slate", "What
# else is coming to Hulu?"): its sentences stay with the other show the paragraph names.
_TOPIC_SHIFT = re.compile(
    r"^(?:in\s+other\s+(?:[\w+&'’-]+\s+){0,3}?news|in\s+related\s+news|meanwhile|elsewhere|separately|"
    r"also\s+(?:today|this\s+week)|over\s+(?:at|on)\s+[\w+&'’-]+)\b",
    re.I,
)


_OTHER_NEWS = re.compile(
    r"^(?:in\s+)?(?:other|more|related|also)\b.{0,40}\b(?:news|from\b.*|shows?|series)\??$|^what\s+else\b|^elsewhere\b", re.I
)


# The main title inside an opening adverbial phrase ("After Dark, ...", "Like Dark before it, ...").
_ADVERBIAL_LEAD = re.compile(
    r"^(?:After|Before|Like|Unlike|Besides|Beyond|Since|Following|Alongside|Apart from|Much like|As with)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$"
)


# The line that introduces a list of links to other articles ("Related:", "Read next:", "You might
# also like:"): the headlines listed under it are not claims of this article.
_LINK_INTRO = re.compile(
    r"^(?:related(?:\s+(?:news|stories|articles?|reading|content|posts?|coverage))?|read\s+(?:next|more|also)|"
    r"also\s+read|see\s+also|more\s+(?:[\w-]+\s+){0,2}(?:news|stories|reading|articles?)|"
    r"you\s+(?:might|may|could)\s+also\s+(?:like|enjoy)|recommended(?:\s+for\s+you)?|keep\s+reading|"
    r"trending(?:\s+now)?|popular(?:\s+now)?|what\s+to\s+(?:watch|read)\s+next|don[’']t\s+miss)\s*:$",
    re.I,
)


_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


# A line over a list of links to other articles, written as a heading ("More from StreamWise",
# "Related Articles", "Read next"): the items under it are headlines, not claims.
_LINK_HEADING = re.compile(
    r"^(?:more\s+from\s+[\w .&'’-]{1,40}|related(?:\s+(?:articles?|stories|news|coverage|reading|posts?))?|"
    r"read\s+(?:next|more|also)|also\s+read|you\s+(?:might|may)\s+also\s+like|recommended(?:\s+for\s+you)?|"
    r"more\s+(?:stories|news|articles)|trending(?:\s+now)?|popular(?:\s+now)?)\s*:?$",
    re.I,
)


# The heading over reader comments: "Comments", "COMMENTS (214)", "12 Comments", "Reader comments".
# A press release's closing blurb about the company: "About Apple TV+", "About Northlight Studios".
_ABOUT_LINE = re.compile(r"^About\s+(?:the\s+)?(?P<name>[A-Z][\w+&.'’ -]{1,40}?)\s*:?$")


_COMPANY_WORD = re.compile(
    r"\b(?:Studios?|Entertainment|Television|TV|Productions?|Media|Networks?|Inc|Group|Pictures|Films|Channel|Originals?)\.?$"
)


def _boilerplate_heading(line: str) -> bool:
    """A heading over a company's own blurb: "About" and a service or a company's name."""
    match = _ABOUT_LINE.match(line.strip())
    if match is None:
        return False
    name = match.group("name")
    return is_platform_name(name) or bool(find_platforms(name)) or bool(_COMPANY_WORD.search(name))


_COMMENTS_HEADING = re.compile(r"^(?:\d+\s+)?(?:reader\s+|user\s+)?comments?(?:\s*\(\d+\))?\s*:?$", re.I)


# What may come before a paragraph's subject: nothing, or a short opener and its comma ("As for
# CBS, Harbor General ...").
_SUBJECT_LEAD = re.compile(r"(?:[A-Z][^,.;]{0,40},\s+)?(?:the\s+)?")


_OWN_SUBJECT_LEAD = re.compile(r"[A-Z][\w'’:-]*(?:\s+[A-Z][\w'’:-]*){0,4},\s+(?:the|a|an)\s")


# A fact box's first field: "Status: Renewed", "Release date: TBA".
_FACT_FIELD = re.compile(r"[A-Z][\w ]{1,24}:\s+\S")


def contexts(sents: list[Sentence], doc: DocContext, sections: dict[int, Section] | None = None):  # type: ignore[no-untyped-def]
    """A SentenceContext per sentence, carrying the show and the year context forward."""
    sections = sections or {}
    base = prev_show = doc.main
    prev_block = -1
    year: int | None = None
    named_year: int | None = None  # the last year written in the block, past or not
    heading_season = intro_season = section_season = None
    shifted = in_links = led_by_other = in_boilerplate = False
    question_show: str | None = None  # the show a mailbag question names, for its answer
    first_full = next((s.index for s in sents if s.block.kind == "para" and len(s.block.text.split()) >= 30), None)
    others_seasons: dict[int, str] = {}  # seasons the paragraph gives another show, and that show
    before_seasons: list[SeasonMention] = []  # the seasons the sentence before named, in its paragraph
    aside: tuple[int, str, int | None] | None = None  # an aside's block, and the show and season before it
    for sent in sents:
        if aside is not None and sent.block.index != aside[0] and sent.index not in sections:
            _, base, section_season = aside  # past a list item about another show: the article's own again
            aside = None
        if sent.index in sections:
            if sections[sent.index].aside:
                aside = (sent.block.index, *(aside[1:] if aside else (base, section_season)))
            base = prev_show = sections[sent.index].show
            section_season = sections[sent.index].season
            prev_block = sent.block.index
            if not sections[sent.index].read:
                continue
            heading_season, shifted, led_by_other, others_seasons = section_season, False, False, {}
        opening = sent.index in sections  # (a section's own line read as a sentence: its show and season hold)
        if _COMMENTS_HEADING.match(sent.text):
            break  # reader comments follow, to the end of the page: not claims
        if sent.block.text == sent.text and _boilerplate_heading(sent.text):
            in_boilerplate = True  # "About Apple TV+": the company's own blurb follows, to the next heading
            continue
        if in_boilerplate and sent.block.kind != "heading":
            continue
        in_boilerplate = False
        if _LINK_HEADING.match(sent.text) and sent.block.kind != "para":
            in_links = True  # "More from StreamWise", "Related Articles": headlines follow
            continue
        if in_links and sent.block.kind == "item":
            continue
        in_links = False
        if _link_list(sent) or RELATED_LINK.match(sent.text):
            continue  # ("Also Read: X Season 2 OTT Release Date: ...": another article's headline)
        # (the deck lines above the body's first full paragraph set no section: "X Returns With Its
        # Second Season" over a press release's dateline)
        if (
            sent.block.kind == "heading"
            and not opening
            and (first_full is None or sent.index > first_full)
            and not (sent.index - 1 in sections and _FACT_FIELD.match(sent.text) and not doc.shows.mentions(sent.text))
        ):  # (a fact box under a section line, "Status: Renewed · Release date: TBA", is of its show)
            base, section_season = _heading_show(sent.text, doc), None
        if sent.block.index != prev_block:
            # A paragraph that names no show, right after one that opened on another show,
            # goes on about that show ("Harbor General, meanwhile, is coming back ... / Its star
            # X, who plays Y, is expected to return").
            nameless = sent.block.kind == "para" and not doc.shows.mentions(sent.block.text)
            # (not one that opens on a title of its own with an appositive: "IronHeart, the spinoff of ...")
            carried = led_by_other and nameless and not _OWN_SUBJECT_LEAD.match(sent.block.text)
            # ... or one that goes on about the season the paragraph before gave another show
            # ("renewed its anthology Hollow Pines for a third season." / "Season three will ...")
            named = find_seasons(sent.block.text) if nameless and not carried and others_seasons else []
            if named and others_seasons.get(named[0].number) and named[0].number != doc.target_season:
                carried, prev_show = True, others_seasons[named[0].number]
            others_seasons, before_seasons = {}, []
            prev_show, year, named_year = (prev_show if carried else base), None, None
            if _QUESTION_LEAD.match(sent.block.text):  # a mailbag's question names the show its answer is about
                asked = {m.title for m in doc.shows.mentions(sent.block.text)}
                question_show = asked.pop() if len(asked) == 1 else None
            elif question_show and _ANSWER_LEAD.match(sent.block.text):
                carried, prev_show = True, question_show
            else:
                question_show = None
            if not carried and sent.block.kind == "para" and _OTHER_NEWS.search(sent.block.heading or ""):
                # under "In other Nordic news": a paragraph naming one other show is about it
                named_others = {m.title for m in doc.shows.mentions(sent.block.text) if m.title != doc.main}
                if len(named_others) == 1:
                    carried, prev_show = True, named_others.pop()
            prev_block = sent.block.index
            shifted = carried or bool(_TOPIC_SHIFT.match(sent.text) or _OTHER_NEWS.search(sent.block.heading or ""))
            led_by_other = False
            heading_season = section_season or _named_season(sent.block.heading, doc)  # once per block (a section line below the heading wins)
            # (the intro's own sentence: "X, who directed the first season, returns. The staff for Season 2 is:")
            intro_season = _named_season(split_sentences(sent.block.intro)[-1] if sent.block.intro else None, doc)
        mentions = doc.shows.mentions(sent.text)
        # (a credit in brackets after a name, "Bram Telford (The Long Field) will recur", is no subject)
        subjects = [m for m in mentions if not credit_in_brackets(sent.text, m)]
        show = _sentence_show(sent.text, subjects, base, prev_show, shifted)
        if (
            mentions
            and len({m.title for m in mentions}) == 1
            and mentions[0].title != base
            and doc.show_seasons.get(mentions[0].title) == 1
            and NEW_SERIES.search(sent.text)
        ):  # "Netflix has given a series order to Redfern Hollow: 1926, a prequel": the paragraph turns to it
            show, shifted = mentions[0].title, True
            led_by_other = sent.block.kind == "para"  # and a nameless paragraph after it goes on about it
        subject = next((m for m in mentions if m.title == show), None)
        if (
            sent.position == 0
            and show != base
            and subject
            and not shifted
            and len({m.title for m in subjects}) == 1
            and _ITEM_NEWS.search(sent.text)
        ):
            # "X is set for a recurring role in the second season of Peacock's Ember County. X will
            # play Y": a news item's paragraph about the show its first sentence names
            shifted = True
        if sent.position == 0 and show != base and subject and _SUBJECT_LEAD.fullmatch(sent.text[: subject.start]):
            # (not one that turns to other news: "In other Hulu news, X ...": the next is the main show's again)
            led_by_other = not shifted and sent.block.kind == "para" and sent.block.text.rstrip().endswith((".", "!", "?", '"', "”"))
            shifted = True  # a paragraph that opens on another show stays with it ("Harbor General ... Season 7 ...")
        sentence_year, sentence_named_year = year, named_year
        written = [int(y) for y in _YEAR.findall(sent.text)]
        year = _context_year(written, doc.published, year)
        named_year = written[-1] if written else named_year
        seasons = _seasons_of(sent.text, doc)
        if before_seasons and ("that" in sent.text.lower() or "same" in sent.text or "his season" in sent.text):
            seasons = _that_season(sent.text, seasons, before_seasons)
        # (not a season the sentence before gave another show: "X's season 2. HBO has not dated that season")
        before_seasons = seasons if sent.block.index == prev_block and all(m.title == base for m in mentions) else []
        if show != base and any(m.title == show for m in mentions):
            others_seasons.update((m.number, show) for m in seasons)
        yield SentenceContext(
            doc=doc,
            sentence=sent,
            show_mentions=mentions,
            seasons=seasons,
            context_year=sentence_year,
            show=show,
            heading_season=heading_season,
            intro_season=intro_season,
            section_season=section_season,
            named_year=sentence_named_year,
        )
        prev_show = show


# "In that season, X's Y found his purpose": the season the sentence before named (not the
# "that" of "said that season 2 will ...").
_THAT_SEASON = re.compile(
    r"\b(?:that|the\s+same|that\s+same)\s+(?:season|series|run)\b(?!['’]|\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
    r"|\b[Tt]his\s+season(?=['’]s\b)",  # ("The second season premiered in May. This season's guest stars ...")
    re.I,
)


def _that_season(text: str, seasons: list[SeasonMention], before: list[SeasonMention]) -> list[SeasonMention]:
    numbers = {m.number for m in before}
    if len(numbers) != 1:
        return seasons
    number = numbers.pop()
    found = [SeasonMention(number, m.start(), m.end()) for m in _THAT_SEASON.finditer(text)]
    if not found:
        return seasons
    return sorted(seasons + found, key=lambda m: m.start)


# A news item's verb about a season of a show: "is set for a recurring role in the second season
# of", "will guest star in the upcoming third season of", "has been tapped as a series regular for".
_ITEM_NEWS = re.compile(
    r"\b(?:(?:recurring|guest(?:-starring)?|series\s+regular|lead|starring)\s+role|series\s+regular|guest[- ]star|recur|"
    r"(?:has\s+)?(?:joined|boarded|signed\s+on)|been\s+(?:cast|tapped))\b[^.;]{0,80}?\b(?:season|series)\b",
    re.I,
)


def before_comments(sents: list[Sentence]) -> list[Sentence]:
    """The sentences before the reader comments, if the page has any."""
    for i, sent in enumerate(sents):
        if _COMMENTS_HEADING.match(sent.text):
            return sents[:i]
    return sents


def _link_list(sent: Sentence) -> bool:
    """A headline in a list of links to other articles."""
    intro = sent.block.intro
    return sent.block.kind == "item" and intro is not None and bool(_LINK_INTRO.match(intro.strip()))


def _context_year(years: list[int], published: str | None, current: int | None) -> int | None:
    """The year later sentences of the block inherit, from the ``years`` a sentence writes: only
    a year not before publication (a past month resolves well enough from the publication date
    alone)."""
    if not years:
        return current
    if published and years[-1] < int(published[:4]):
        return current
    return years[-1]


# A mailbag column: "QUESTION: ... —Tom" / "ANSWER: ...", "Q: ..." / "A: ...".
_QUESTION_LEAD = re.compile(r"^(?:QUESTION|Question|Q)\s*[:.]\s")


_ANSWER_LEAD = re.compile(r"^(?:ANSWER|Answer|A)\s*[:.]\s")


def _heading_show(text: str, doc: DocContext) -> str:
    """The show a section heading is about: the one other show it names alone ('"Iron Orchard"
    wraps filming after eight months' in a roundup), else the article's."""
    if text == doc.title or RELATED_LINK.match(text):
        return doc.main  # (not "READ MORE: Apple TV+ Sets Fall Slate: 'Copperline' ...")
    mentions = doc.shows.mentions(text)
    titles = {m.title for m in mentions}
    prefixed = len(mentions) > 1 and mentions[0].title == doc.main and text[mentions[0].end : mentions[1].start] in (": ", ":")
    if len(titles) == 2 and prefixed:
        return str(mentions[1].title)  # "Outlander: Blood of My Blood – release date and cast": the spin-off's
    if len(titles) == 2 and doc.main in titles and mentions[0].title != doc.main:
        # "Meet Resident Playbook, the Hospital Playlist spin-off": the article's show describes the other
        own = next(m for m in mentions if m.title == doc.main)
        if _DESCRIBED_BY_MAIN.fullmatch(text, mentions[0].end, own.start) and _OFFSHOOT_AFTER.match(text, own.end):
            return str(mentions[0].title)
    return titles.pop() if len(titles) == 1 else doc.main


_DESCRIBED_BY_MAIN = re.compile(r",\s+(?:the|a|an)\s+(?:new\s+)?")
_OFFSHOOT_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:spin-?offs?|prequels?|sequels?|companion|offshoots?)\b", re.I)


def _sentence_show(text: str, mentions: list, main: str, prev: str, shifted: bool = False) -> str:  # type: ignore[type-arg]
    if len(mentions) > 1 and _leads_adverbially(text, mentions[0]):
        mentions = mentions[1:]  # "Like Harbor General, The Feldmans Next Door streams on ...": the second is the subject
    if mentions:
        others = [m for m in mentions if m.title != main]
        if not others:
            return main
        if len(others) < len(mentions) and not _only_adverbial(text, mentions, main):
            return main
        if _PRONOUN_START.match(text) and all(_ASIDE_BEFORE.search(text, 0, m.start) for m in others):
            return prev  # "The show also features X, who appeared in Apple TV+'s Y": Y is X's credit
        later = _LATER_CLAUSE.search(text, 0, mentions[0].start)
        if later and _SEASON_SUBJECT.match(text):
            # "A third season was confirmed in 2021, but the duo first had Farzi to finish": the
            # opening clause, about a season of the show in hand, names no other show
            return prev
        return str(others[0].title)
    if prev != main and (shifted or _PRONOUN_START.match(text)):
        return prev
    return main


_LATER_CLAUSE = re.compile(r"(?:,\s+(?:but|while|whereas|although|though|and\s+then)|;)\s")
_SEASON_SUBJECT = re.compile(
    r"(?:(?:A|The|Its|This|That)\s+)?(?:(?:new|next|first|second|third|fourth|fifth|sixth|final|upcoming)\s+)?(?:season|series)\b", re.I
)
_ASIDE_BEFORE = re.compile(r",\s+(?:who|whose|which)\b|\(")


def _leads_adverbially(text: str, mention) -> bool:  # type: ignore[no-untyped-def]
    """The mention sits in an opening adverbial phrase closed by a comma ("Like Dark, ...")."""
    return bool(_ADVERBIAL_LEAD.match(text[: mention.start])) and text[mention.end :].lstrip().startswith(",")


def _only_adverbial(text: str, mentions: list, main: str) -> bool:  # type: ignore[type-arg]
    """Every mention of the main show sits in an opening adverbial phrase ("After Dark, the
    duo created 1899"): the sentence is about the other show."""
    for m in mentions:
        if m.title != main:
            continue
        if not _ADVERBIAL_LEAD.match(text[: m.start]) or not text[m.end :].lstrip().startswith(","):
            return False
    return True


def _seasons_of(text: str, doc: DocContext) -> list[SeasonMention]:
    """The seasons ``text`` names: by number, by a season's title, or as a part where the
    article's parts are its seasons."""
    found = titled_seasons(text, doc.shows.season_titles, find_seasons(text))
    return part_seasons(text, found) if doc.parts_are_seasons else found


def _named_season(line: str | None, doc: DocContext) -> int | None:
    if not line:
        return None
    found = _seasons_of(line, doc)
    if found:
        return found[0].number
    for mention in doc.shows.mentions(line):
        if mention.season:
            return mention.season
    return None
