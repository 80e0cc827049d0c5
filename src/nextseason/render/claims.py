"""Claims of one document for people: grouped by show and season, each with its evidence."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from nextseason.domain.claims import KINDS, Claim, ClaimsDocument

_STANCE_MARK = {"asserted": "", "speculated": " (speculated)", "denied": " (denied)"}


def format_value(claim: Claim) -> str:
    value: Any = claim.value
    if claim.kind == "no_premiere_date":
        return "no release date announced"
    if value is None:
        return "yes (undated)"
    if claim.kind == "cast":
        person = value.get("person") or "?"
        character = value.get("character")
        return f"{person} as {character}" if character else person
    if claim.kind == "crew":
        return f"{value.get('person')} ({value.get('role')})"
    if claim.kind == "based_on":
        parts = [value.get("medium") or "source"]
        if value.get("title"):
            parts.append(f"“{value['title']}”")
        if value.get("author"):
            parts.append(f"by {value['author']}")
        return " ".join(parts)
    text = str(value)
    if claim.part is not None:
        text += f" (part {claim.part})"
    return text


def render_claims_text(doc: ClaimsDocument) -> str:
    info = doc.document
    lines = [info.title or info.id or "(untitled)"]
    published = info.published or "unknown"
    lines.append(f"published: {published}" + (f" ({info.published_from})" if info.published_from else ""))
    if not doc.claims:
        lines.append("no claims found")
        return "\n".join(lines)
    groups: dict[tuple[str, int | None], list[Claim]] = defaultdict(list)
    for claim in doc.claims:
        groups[(claim.show, claim.season)].append(claim)
    order = {kind: i for i, kind in enumerate(KINDS)}
    for (show, season), claims in sorted(groups.items(), key=lambda kv: (kv[0][0] != doc.claims[0].show, kv[0][0], kv[0][1] or 0)):
        lines.append("")
        lines.append(f"{show} — " + (f"season {season}" if season is not None else "the show"))
        for claim in sorted(claims, key=lambda c: order[c.kind]):
            label = claim.kind.replace("_", " ")
            lines.append(f"  {label}: {format_value(claim)}{_STANCE_MARK[claim.stance]}")
            if claim.evidence:
                lines.append(f"      “{claim.evidence}”")
    return "\n".join(lines)
