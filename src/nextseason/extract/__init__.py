"""Text -> claims. ``extract`` is the one entry point; each concern is its own module."""

from __future__ import annotations

import re
from dataclasses import replace

from nextseason.domain.claims import Claim, ClaimsDocument, DocumentInfo, ShowRef
from nextseason.extract import flow, roundups, target
from nextseason.extract.context import DocContext
from nextseason.extract.dates import infer_published
from nextseason.extract.headline import headline_show
from nextseason.extract.kinds import EXTRACTORS
from nextseason.extract.kinds.status import RELATED_LINK
from nextseason.extract.merge import merge_claims
from nextseason.extract.names import has_title
from nextseason.extract.others import discover_other_shows, learn_services
from nextseason.extract.seasons import (
    find_seasons,
    parts_are_seasons,
    season_titles,
    title_season,
    titled_seasons,
)
from nextseason.extract.shows import (
    ShowIndex,
    add_marked_spellings,
    bracketed_titles,
    short_title,
    title_variants,
)
from nextseason.extract.text import sentences

__all__ = ["extract"]


def extract(
    text: str,
    *,
    title: str | None = None,
    published: str | None = None,
    published_from: str | None = None,
    doc_id: str | None = None,
    url: str | None = None,
) -> ClaimsDocument:
    """Every claim the article makes, in the claims format."""
    sents = sentences(text)
    if not title:
        title = sents[0].text if sents else ""
    if published is None:
        published = infer_published(text)
        published_from = "inferred" if published else None
    main = headline_show(title, text)
    index = ShowIndex(main, title_variants(main, text) + bracketed_titles(main, text) + short_title(main, text, title_season(title)))
    index.season_titles = season_titles(main, text)
    written = [m.number for m in find_seasons(text)]
    index.season_cap = max(written) + 1 if written else None
    sections = roundups.roundup_sections(sents, text, index, published)
    add_marked_spellings(index, text)
    discover_other_shows([s for s in flow.before_comments(sents) if not RELATED_LINK.match(s.text)], index)
    films = {m.group(0) for m in _FILM_TITLE.finditer(text)}
    for film in films:  # "Mirzapur: The Film": a film, whose news is no show's (and out of scope)
        index.add(film, film)
    target.headline_titles(title, text, index)
    # (a roundup's lines about other shows tell nothing of the main show's season)
    others = {sents[i].block.index for i, section in sections.items() if section.show != main}
    target_season = _titled_season(title, index) or target.headline_season(title, index) or target.lead_season(
        [s for s in sents if s.block.index not in others and not RELATED_LINK.match(s.text)], title, index
    )
    doc = DocContext(
        title,
        main,
        index,
        target_season,
        published,
        sentences=sents,
        show_seasons=target.show_seasons(sents, index),
        services=learn_services(sents, index),
        section_shows=frozenset(section.show for section in sections.values()),
        season_page=target.season_page(title, sents),
        parts_are_seasons=parts_are_seasons(text),
    )
    claims: list[Claim] = [c for line in sections.values() for c in line.claims]
    verdicts = roundups.verdict_lists(sents, text, index)
    claims += [c for _, c in verdicts]
    listing = {i: section for i, section in sections.items() if not section.aside}  # (the article's own sections)
    first_section = min(listing) if len(listing) > 1 else -1
    listed = {i for i, _ in verdicts}
    for ctx in flow.contexts(sents, doc, sections):
        if ctx.sentence.index in listed or (ctx.sentence.index < first_section and roundups.roundup_intro(ctx)):
            continue
        if ctx.sentence.block.kind == "heading" and roundups.STANDING_HEADING.fullmatch(ctx.text.strip(" :")):
            continue  # "Canceled" over a list of shows: the verdict is the lines', not the article's
        for extractor in EXTRACTORS:
            claims.extend(extractor(ctx))
    claims += roundups.network_of_the_list(title, listing)  # (after the body's, whose evidence is closer)
    roundup = (
        (len(listing) > 1 and main not in {section.show for section in listing.values()})
        or bool(verdicts)
        or roundups.phantom_main(title, text, index)
    )
    if roundup:
        claims = [c for c in claims if c.show != main]  # a roundup's headline names no show
    if doc.season_page:
        claims = target.of_the_season_page(claims, main, doc.season_page, ("cast", "crew"))
    elif title and target.RECAP_OR_REVIEW.search(title) and title_season(title):
        claims = target.of_the_reviewed_season(claims, main, title_season(title) or 0)
    elif title and target.CAST_GUIDE.search(title) and title_season(title):
        claims = target.of_the_cast_guide(claims, main, title_season(title) or 0)
    claims = [c for c in claims if c.show not in films]
    merged = merge_claims(_full_characters(_roles_of_the_joined(_crew_not_cast(_players_as_named(claims)))))
    info = DocumentInfo(
        id=doc_id,
        url=url,
        title=title or None,
        published=published,
        published_from=published_from if published else None,
        shows=_show_refs(index, merged, keep_main=not roundup),
    )
    return ClaimsDocument(info, tuple(merged))


_FILM_TITLE = re.compile(r"\b[A-Z][\w'’&.-]*(?:\s+[A-Z0-9][\w'’&.-]*){0,4}:\s+The\s+(?:Film|Movie)\b")


def _titled_season(title: str, index: ShowIndex) -> int | None:
    """The season a headline names by its title ("Dr. Stone: Science Future Part 3": the season
    the body calls Science Future, whatever the part's number)."""
    named = titled_seasons(title, index.season_titles, [])
    return named[0].number if named else None


def _crew_not_cast(claims: list[Claim]) -> list[Claim]:
    """"X is back in charge of series composition": a sentence that credits X with a job for a
    season tells of no part played in it."""
    jobs = {
        (c.show, c.season, c.value.get("person"), c.evidence)
        for c in claims
        if c.kind == "crew" and isinstance(c.value, dict) and c.value.get("role") != "creator"
    }
    return [
        c
        for c in claims
        if not (
            c.kind == "cast"
            and isinstance(c.value, dict)
            and c.value.get("character") is None
            and (c.show, c.season, c.value.get("person"), c.evidence) in jobs
        )
    ]


_ANSWER_LABEL = re.compile(r"(?:A|Ans)[.:]\s+")


_NO_PERSON_WORD = re.compile(r"\b(?:Original|Originals|Film|Movie|Series|Special|Premiere|Season)\b")


def _players_as_named(claims: list[Claim]) -> list[Claim]:
    """An FAQ's answer opening on a name ("A. Anirudh Varkey plays ..."): the label is no initial.
    A listing's bracket ("Glassjaw (Hulu Original Film)") names no player."""
    out: list[Claim] = []
    for c in claims:
        if c.kind == "cast" and isinstance(c.value, dict):
            person = str(c.value.get("person") or "")
            if person and _NO_PERSON_WORD.search(person):
                continue
        if c.kind in ("cast", "crew") and isinstance(c.value, dict):
            person = str(c.value.get("person") or "")
            label = _ANSWER_LABEL.match(person)
            if label and c.evidence.startswith(person) and len(person[label.end() :].split()) >= 2:
                c = replace(c, value={**c.value, "person": person[label.end() :]})
        out.append(c)
    return out


def _full_characters(claims: list[Claim]) -> list[Claim]:
    """A part written short in one place and in full in another for the same player ("back as
    her eldest son, Pieter" / "Milo Trask as Pieter Vanderhoek"): the full name, everywhere."""
    full: dict[tuple[str, str], list[str]] = {}
    for c in claims:
        if c.kind == "cast" and isinstance(c.value, dict) and c.value.get("person") and c.value.get("character"):
            full.setdefault((c.show, str(c.value["person"])), []).append(str(c.value["character"]))
    out: list[Claim] = []
    for c in claims:
        if c.kind == "cast" and isinstance(c.value, dict) and c.value.get("character"):
            part = str(c.value["character"])
            # (and a titled short form: "Lord Toranaga" is the "Yoshii Toranaga" of the cast list)
            longer = [
                p
                for p in full.get((c.show, str(c.value.get("person"))), [])
                if ((p.startswith(part + " ") or _untitled(p).startswith(part + " ")) and len(p.split()) <= 4)
                or any(f"{q}{part}{r}" in p for q, r in _NICKNAME_QUOTES)  # "Richie" of 'Richard "Richie" Jerimovich'
                or (has_title(part) and len(part.split()) == 2 and p != part and not has_title(p) and p.split()[-1] == part.split()[-1])
            ]
            if len(set(longer)) == 1:
                c = replace(c, value={**c.value, "character": longer[0]})
        out.append(c)
    return out


_NICKNAME_QUOTES = (('"', '"'), ("“", "”"), ("'", "'"), ("‘", "’"))


def _untitled(name: str) -> str:
    """"Prince Elric Vahlbrandt" -> "Elric Vahlbrandt" (a short form leaves the title off)."""
    return name.split(maxsplit=1)[1] if has_title(name) else name


_JOINED = re.compile(
    r"\b(?:join(?:s|ed|ing)?|cast|boards?|boarded|sign(?:s|ed)\s+on|added|tapped|recruited|hired|newcomers?|series\s+regulars?|"
    r"guest[- ]star(?:s|ring)?|recur(?:s|ring)?|landed|role)\b",
    re.I,
)


_PAST_ROLE = re.compile(r"\b(?:played|voiced|portrayed|starred|appeared|was|were|had)\b")


def _roles_of_the_joined(claims: list[Claim]) -> list[Claim]:
    """A casting story's "X has joined the cast of season 3" and, later, "X plays Y" (no season
    of its own): Y is X's part in that season."""
    joined: dict[tuple[str, str], set[int]] = {}
    for c in claims:
        value = c.value if c.kind == "cast" and c.season is not None and c.stance == "asserted" else None
        if isinstance(value, dict) and value.get("person") and not value.get("character") and _JOINED.search(c.evidence):
            joined.setdefault((c.show, str(value["person"])), set()).add(c.season)
    if not joined:
        return claims
    out: list[Claim] = []
    for c in claims:
        if c.kind == "cast" and c.season is None and c.stance == "asserted" and isinstance(c.value, dict):
            seasons = joined.get((c.show, str(c.value.get("person"))), set())
            if len(seasons) == 1 and c.value.get("character") and not _PAST_ROLE.search(c.evidence):
                c = replace(c, season=next(iter(seasons)))
        out.append(c)
    return out


def _show_refs(index: ShowIndex, claims: list[Claim], *, keep_main: bool = True) -> tuple[ShowRef, ...]:
    used = list(dict.fromkeys(c.show for c in claims))
    if keep_main and index.main not in used:
        used.insert(0, index.main)
    return tuple(ShowRef(t, tuple(index.aliases.get(t, []))) for t in used)
