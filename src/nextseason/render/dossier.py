"""A show's reconciled picture as a dossier: JSON (schema in docs/dossier.md), text, markdown.

Pure functions over ``ShowPicture``. Sources are cited by their number in
``picture.sources`` (1-based), as ``[1][3]`` in text and markdown. Story passages (the
story so far, what might happen) come after a season's facts, never among them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from nextseason.domain.claims import DATE_KINDS
from nextseason.domain.model import (
    CastMember,
    Conflict,
    CrewMember,
    Fact,
    SeasonPicture,
    ShowPicture,
    Source,
    StoredPassage,
    TimelineEntry,
)
from nextseason.domain.reconcile import describe, editor

FORMAT = "nextseason-dossier/1"
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
SUBYEAR_WORDS = {
    21: "spring",
    22: "summer",
    23: "autumn",
    24: "winter",
    33: "Q1",
    34: "Q2",
    35: "Q3",
    36: "Q4",
    40: "first half of",
    41: "second half of",
}
PASSAGE_LABELS = {
    "spoiler": "The story so far (spoilers)",
    "speculation": "What might happen (speculation)",
}
_Cite = Callable[[Iterable[Source]], str]
_YEAR_SUB = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


# --- words -------------------------------------------------------------------------


def date_words(value: str) -> str:
    """EDTF for people: ``2024-40`` -> "first half of 2024", ``2024-03`` -> "March 2024"."""
    if "/" in value:
        start, end = value.split("/", 1)
        if end in ("", ".."):
            return f"{date_words(start)} or later"
        return (
            f"{date_words(start)} to {date_words(end)}"
            if start not in ("", "..")
            else f"by {date_words(end)}"
        )
    around = "around " if "~" in value else ""
    uncertain = "?" if "?" in value else ""
    match = _YEAR_SUB.match(value.strip("~?%"))
    if match is None:
        return value
    year, second, day = match.groups()
    return around + _single_words(year, second, day) + uncertain


def _single_words(year: str, second: str | None, day: str | None) -> str:
    if second is None:
        return year
    code = int(second)
    if code in SUBYEAR_WORDS:
        return f"{SUBYEAR_WORDS[code]} {year}"
    if not 1 <= code <= 12:
        return f"{year}-{second}"
    month = MONTHS[code - 1]
    return f"{int(day)} {month} {year}" if day else f"{month} {year}"


def value_words(kind: str, value: Any, part: int | None = None) -> str:
    if kind in DATE_KINDS and isinstance(value, str):
        text = date_words(value)
        return f"{text} (part {part})" if part is not None else text
    return describe(kind, value, part)


def cite(picture: ShowPicture, sources: Iterable[Source]) -> str:
    return "".join(f"[{n}]" for n in sorted({picture.number(s) for s in sources}))


# --- status line -------------------------------------------------------------------


def season_status(picture: ShowPicture, season: SeasonPicture, *, citations: bool = True) -> str:
    """One line: renewal or cancellation, premiere, finale, filming, episodes."""

    def c(sources: Iterable[Source]) -> str:
        return " " + cite(picture, sources) if citations else ""

    parts = [_renewal(picture, season, c), _premiere(picture, season, c)]
    parts += [
        f"finale {value_words(f.kind, f.value)}{c(f.sources)}"
        for f in season.current("finale")
        if f.stance == "asserted"
    ]
    parts += [_filming(f, c) for f in season.current("filming")]
    parts += [
        f"{f.value} episodes{c(f.sources)}"
        for f in season.current("episodes")
        if f.stance == "asserted"
    ]
    text = "; ".join(p for p in parts if p)
    return text or ("no cancellation reported" if season.number is None else "nothing known yet")


def _renewal(picture: ShowPicture, season: SeasonPicture, c: _Cite) -> str:
    cancelled = list(season.current("cancelled"))
    whole = picture.season(None)
    if season.number is not None and whole is not None:
        cancelled += whole.current("cancelled")
    renewed = [_stanced("renewed", f, c) for f in season.current("renewed")]
    phrases = [_stanced("cancelled", f, c) for f in cancelled] + [_join(season, "renewed", renewed)]
    return "; ".join(p for p in phrases if p)


def _join(season: SeasonPicture, kind: str, phrases: list[str]) -> str:
    """Answers of one kind; when they conflict, as alternatives."""
    if len(phrases) > 1 and any(x.kind == kind and x.resolution is None for x in season.conflicts):
        return " or ".join(phrases) + " (conflict)"
    return "; ".join(phrases)


def _stanced(word: str, fact: Fact, c: _Cite) -> str:
    when = "" if fact.value is None else f" {value_words(fact.kind, fact.value)}"
    if fact.stance == "denied":
        return f"not {word} as of {_latest(fact)}{c(fact.sources)}"
    if fact.stance == "speculated":
        return f"{word}{when} (speculated){c(fact.sources)}"
    return f"{word}{when}{c(fact.sources)}"


def _latest(fact: Fact) -> str:
    return fact.sources[-1].published or "an undated source"


def _premiere(picture: ShowPicture, season: SeasonPicture, c: _Cite) -> str:
    if season.number is None:
        return ""
    firm = [f for f in season.current("premiere") if f.stance == "asserted"]
    guesses = [f for f in season.current("premiere") if f.stance == "speculated"]
    phrases = [
        _join(
            season,
            "premiere",
            [f"premiere {value_words(f.kind, f.value, f.part)}{c(f.sources)}" for f in firm],
        )
    ]
    if not firm:
        phrases += [
            f"premiere date not announced as of {_latest(f)}{c(f.sources)}"
            for f in season.current("no_premiere_date")
            if f.stance == "asserted"
        ]
    phrases += [
        f"premiere speculated {value_words(f.kind, f.value, f.part)}{c(f.sources)}" for f in guesses
    ]
    return "; ".join(p for p in phrases if p) or "premiere date unknown"


def _filming(fact: Fact, c: _Cite) -> str:
    if fact.stance == "denied":
        return f"filming not started{c(fact.sources)}"
    what = (
        "filming reported"
        if fact.value is None
        else f"filming {value_words('filming', fact.value)}"
    )
    return what + (" (speculated)" if fact.stance == "speculated" else "") + c(fact.sources)


# --- JSON --------------------------------------------------------------------------


def dossier_json(picture: ShowPicture) -> dict[str, Any]:
    n = picture.number
    return {
        "format": FORMAT,
        "as_of": picture.as_of.isoformat() if picture.as_of else None,
        "show": {"title": picture.title, "aliases": list(picture.aliases)},
        "seasons": [_season_json(picture, s) for s in picture.seasons],
        "cast": [_cast_json(picture, m) for m in picture.cast],
        "crew": [_crew_json(picture, m) for m in picture.crew],
        "sources": [_source_json(n(s), s) for s in picture.sources],
    }


def _numbers(picture: ShowPicture, sources: Iterable[Source]) -> list[int]:
    return sorted({picture.number(s) for s in sources})


def _season_json(picture: ShowPicture, season: SeasonPicture) -> dict[str, Any]:
    return {
        "number": season.number,
        "status": season_status(picture, season, citations=False),
        "facts": [_fact_json(picture, f) for f in season.facts],
        "conflicts": [_conflict_json(picture, c) for c in season.conflicts],
        "timeline": [_entry_json(picture, e) for e in season.timeline],
        "passages": [_passage_json(picture, p) for p in season.passages],
    }


def _passage_json(picture: ShowPicture, passage: StoredPassage) -> dict[str, Any]:
    return {
        "kind": passage.kind,
        "heading": passage.heading,
        "text": passage.text,
        "source": picture.number(passage.source),
    }


def _fact_json(picture: ShowPicture, fact: Fact) -> dict[str, Any]:
    return {
        "kind": fact.kind,
        "value": fact.value,
        "part": fact.part,
        "stance": fact.stance,
        "superseded": fact.superseded,
        "why": fact.why,
        "sources": _numbers(picture, fact.sources),
        "evidence": list(fact.evidence),
    }


def _conflict_json(picture: ShowPicture, conflict: Conflict) -> dict[str, Any]:
    claims = [
        {
            "kind": c.kind,
            "value": c.value,
            "stance": c.stance,
            "source": picture.number(c.source),
            "evidence": c.evidence,
        }
        for c in conflict.claims
    ]
    return {"kind": conflict.kind, "claims": claims, "resolved": _resolution_json(conflict)}


def _resolution_json(conflict: Conflict) -> dict[str, Any] | None:
    """An editor's choice that settles the conflict: the side, who and when (else null)."""
    choice = conflict.resolution
    if choice is None:
        return None
    side = choice.chosen
    return {
        "kind": side.kind,
        "value": side.value,
        "stance": side.stance,
        "by": choice.by or None,
        "at": choice.at.isoformat(),
    }


def _entry_json(picture: ShowPicture, entry: TimelineEntry) -> dict[str, Any]:
    return {
        "date": entry.date,
        "source": picture.number(entry.source),
        "kind": entry.kind,
        "value": entry.value,
        "part": entry.part,
        "stance": entry.stance,
        "change": entry.change,
    }


def _cast_json(picture: ShowPicture, member: CastMember) -> dict[str, Any]:
    seasons = [
        {
            "number": s.number,
            "status": s.status,
            "stance": s.stance,
            "sources": _numbers(picture, s.sources),
        }
        for s in member.seasons
    ]
    return {
        "person": member.person,
        "character": member.character,
        "aliases": list(member.aliases),
        "seasons": seasons,
    }


def _crew_json(picture: ShowPicture, member: CrewMember) -> dict[str, Any]:
    return {
        "person": member.person,
        "role": member.role,
        "aliases": list(member.aliases),
        "seasons": list(member.seasons),
        "stance": member.stance,
        "sources": _numbers(picture, member.sources),
    }


def _source_json(number: int, source: Source) -> dict[str, Any]:
    return {
        "number": number,
        "title": source.title,
        "url": source.url,
        "publisher": source.publisher,
        "published": source.published,
        "published_from": source.published_from,
        "kind": source.kind,
    }


# --- text and markdown: one outline, two layouts -------------------------------------


@dataclass(frozen=True, slots=True)
class _Row:
    label: str
    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Block:
    title: str
    rows: tuple[_Row, ...]


_INLINE = frozenset({"status", "platform", "source material"})


def _outline(picture: ShowPicture) -> list[_Block]:
    return [_season_block(picture, s) for s in picture.seasons]


def _season_block(picture: ShowPicture, season: SeasonPicture) -> _Block:
    title = "Whole show" if season.number is None else f"Season {season.number}"
    rows = [
        _Row("status", (season_status(picture, season),)),
        _Row("timeline", tuple(_entry_line(picture, e) for e in season.timeline)),
        _Row(
            "cast", tuple(_cast_line(picture, m, season.number) for m in _cast_of(picture, season))
        ),
        _Row("crew", tuple(_crew_line(picture, m) for m in _crew_of(picture, season))),
        _Row("source material", _shared(picture, season, "based_on")),
        _Row("platform", _shared(picture, season, "platform")),
        _Row("conflicts", tuple(_conflict_line(picture, c) for c in season.conflicts)),
        _Row(
            "earlier answers",
            tuple(_superseded_line(picture, f) for f in season.facts if f.superseded),
        ),
        *(
            _Row(label, tuple(_passage_line(picture, p) for p in season.passages_of(kind)))
            for kind, label in PASSAGE_LABELS.items()
        ),
    ]
    return _Block(title, tuple(r for r in rows if r.items))


def _cast_of(picture: ShowPicture, season: SeasonPicture) -> list[CastMember]:
    return [m for m in picture.cast if any(s.number == season.number for s in m.seasons)]


def _crew_of(picture: ShowPicture, season: SeasonPicture) -> list[CrewMember]:
    if season.number is None:
        return [m for m in picture.crew if not m.seasons]
    return [m for m in picture.crew if season.number in m.seasons]


def _shared(picture: ShowPicture, season: SeasonPicture, kind: str) -> tuple[str, ...]:
    """A season's own facts of a kind, else (in season blocks) the whole show's."""
    facts = season.current(kind)
    whole = picture.season(None)
    suffix = ""
    if not facts and season.number is not None and whole is not None:
        facts, suffix = whole.current(kind), " (whole show)"
    return tuple(_fact_line(picture, f) + suffix for f in facts)


def _fact_line(picture: ShowPicture, fact: Fact) -> str:
    stance = "" if fact.stance == "asserted" else f" ({fact.stance})"
    return f"{value_words(fact.kind, fact.value, fact.part)}{stance} {cite(picture, fact.sources)}"


def _entry_line(picture: ShowPicture, entry: TimelineEntry) -> str:
    what = _claim_words(entry.kind, entry.value, entry.stance, entry.part)
    return f"{entry.date or 'undated'}  {what} {cite(picture, [entry.source])} — {entry.change}"


def _claim_words(kind: str, value: Any, stance: str, part: int | None) -> str:
    """One claim: "premiere: first half of 2024, speculated", "not renewed"."""
    if kind in DATE_KINDS and value is None:
        return f"not {kind}" if stance == "denied" else f"{kind} (undated){_stance_suffix(stance)}"
    what = value_words(kind, value, part)
    if kind != "no_premiere_date":
        what = f"{kind.replace('_', ' ')}: {what}"
    return what + _stance_suffix(stance)


def _stance_suffix(stance: str) -> str:
    return "" if stance == "asserted" else f", {stance}"


def _cast_line(picture: ShowPicture, member: CastMember, number: int | None) -> str:
    role = next(s for s in member.seasons if s.number == number)
    name = describe("cast", {"person": member.person, "character": member.character})
    also = f" (also written {', '.join(member.aliases)})" if member.aliases else ""
    stance = "" if role.stance == "asserted" else f", {role.stance}"
    status = "" if role.status == "listed" else f" — {role.status}{stance}"
    return f"{name}{also}{status} {cite(picture, role.sources)}"


def _crew_line(picture: ShowPicture, member: CrewMember) -> str:
    also = f"; also written {', '.join(member.aliases)}" if member.aliases else ""
    stance = "" if member.stance == "asserted" else f", {member.stance}"
    return f"{member.person} ({member.role}{also}{stance}) {cite(picture, member.sources)}"


def _conflict_line(picture: ShowPicture, conflict: Conflict) -> str:
    sides = " vs ".join(
        f"{value_words(c.kind, c.value)}{'' if c.stance == 'asserted' else f' ({c.stance})'} "
        f"[{picture.number(c.source)}]"
        for c in conflict.claims
    )
    line = f"{conflict.kind.replace('_', ' ')}: {sides}"
    choice = conflict.resolution
    if choice is None:
        return line
    chosen = value_words(choice.chosen.kind, choice.chosen.value)
    return f"{line} — resolved: {chosen} chosen by {editor(choice)} on {choice.at.date().isoformat()}"


def _superseded_line(picture: ShowPicture, fact: Fact) -> str:
    what = f"{fact.kind.replace('_', ' ')}: {_fact_line(picture, fact)}"
    return f"{what} — {fact.why}"


def _passage_line(picture: ShowPicture, passage: StoredPassage) -> str:
    heading = f"{passage.heading}: " if passage.heading else ""
    return f"{heading}{passage.text} [{picture.number(passage.source)}]"


def _source_line(source: Source) -> str:
    words = [source.title or source.url or str(source.id)]
    words += [w for w in (source.publisher, source.published, source.kind) if w]
    line = ", ".join(words)
    return f"{line} <{source.url}>" if source.url else line


def _heading(picture: ShowPicture) -> list[str]:
    lines = [picture.title]
    if picture.aliases:
        lines.append(f"also known as: {', '.join(picture.aliases)}")
    if picture.as_of:
        lines.append(f"as known on {picture.as_of.isoformat()}")
    return lines


def dossier_text(picture: ShowPicture) -> str:
    """For the terminal: a block per season (status, timeline, cast, crew, source
    material, platform, conflicts, earlier answers, then the story so far and what might
    happen), then the numbered sources."""
    lines = _heading(picture)
    for block in _outline(picture):
        lines += ["", block.title]
        for row in block.rows:
            if len(row.items) == 1 and row.label in _INLINE:
                lines.append(f"  {row.label}: {row.items[0]}")
            else:
                lines.append(f"  {row.label}:")
                lines += [f"    {item}" for item in row.items]
    lines += ["", "Sources"]
    lines += [f"  [{picture.number(s)}] {_source_line(s)}" for s in picture.sources]
    return "\n".join(lines) + "\n"


def dossier_markdown(picture: ShowPicture) -> str:
    title, *rest = _heading(picture)
    lines = [f"# {_md(title)}", *(f"*{_md(line)}*" for line in rest)]
    for block in _outline(picture):
        lines += ["", f"## {block.title}", ""]
        for row in block.rows:
            if len(row.items) == 1 and row.label in _INLINE:
                lines.append(f"- **{row.label}:** {_md(row.items[0])}")
            else:
                lines.append(f"- **{row.label}:**")
                lines += [f"  - {_md(item)}" for item in row.items]
    lines += ["", "## Sources", ""]
    lines += [f"{picture.number(s)}. {_source_markdown(s)}" for s in picture.sources]
    return "\n".join(lines) + "\n"


def _source_markdown(source: Source) -> str:
    title = _md(source.title or source.url or str(source.id))
    head = f"[{title}](<{source.url}>)" if source.url else title
    rest = [_md(w) for w in (source.publisher, source.published, source.kind) if w]
    return ", ".join([head, *rest])


def _md(text: str) -> str:
    """Escape what markdown would read as emphasis, code, HTML or table markup."""
    return re.sub(r"([\\*_`<>|])", r"\\\1", text)
