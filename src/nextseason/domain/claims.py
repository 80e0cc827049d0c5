"""Claims and documents in the interchange format ``nextseason-claims/1``.

See ``docs/claims-format.md`` (a summary of the shared spec). These are frozen
hand-off types between stages; ``to_json``/``from_json`` convert to and from
the JSON shape that the extractor prints and the gold files use.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FORMAT = "nextseason-claims/1"

KINDS: tuple[str, ...] = (
    "renewed",
    "cancelled",
    "premiere",
    "no_premiere_date",
    "filming",
    "episodes",
    "platform",
    "based_on",
    "cast",
    "crew",
)
# Kinds only official data gives (not extracted from articles, not scored): a season's
# last episode date. ``ALL_KINDS`` is every kind the store holds, in display order.
OFFICIAL_KINDS: tuple[str, ...] = ("finale",)
ALL_KINDS: tuple[str, ...] = (*KINDS[:3], *OFFICIAL_KINDS, *KINDS[3:])
DATE_KINDS = frozenset({"renewed", "cancelled", "premiere", "finale", "filming"})
STANCES: tuple[str, ...] = ("asserted", "denied", "speculated")
# Strength order used by the one-claim-per-fact rules: asserted > denied > speculated.
STANCE_STRENGTH = {"asserted": 3, "denied": 2, "speculated": 1}
MEDIA = frozenset(
    {"webtoon", "manga", "novel", "light novel", "comic", "graphic novel", "video game", "film", "book", "other"}
)
CREW_ROLES = frozenset({"director", "writer", "creator", "showrunner", "producer"})
PUBLISHED_FROM = frozenset({"metadata", "given", "inferred"})

Value = str | int | dict[str, Any] | None


class FormatError(ValueError):
    """A claims document that does not follow the format."""


@dataclass(frozen=True, slots=True)
class ShowRef:
    title: str
    aliases: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "aliases": list(self.aliases)}


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    published_from: str | None = None
    shows: tuple[ShowRef, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "published_from": self.published_from,
            "shows": [s.to_json() for s in self.shows],
        }


@dataclass(frozen=True, slots=True)
class Claim:
    show: str
    season: int | None
    kind: str
    value: Value
    stance: str
    evidence: str = ""
    part: int | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "show": self.show,
            "season": self.season,
            "kind": self.kind,
            "value": self.value,
            "stance": self.stance,
            "evidence": self.evidence,
        }
        if self.part is not None:
            out["part"] = self.part
        return out

    @property
    def strength(self) -> int:
        return STANCE_STRENGTH[self.stance]


@dataclass(frozen=True, slots=True)
class ClaimsDocument:
    document: DocumentInfo
    claims: tuple[Claim, ...] = ()
    notes: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "format": FORMAT,
            "document": self.document.to_json(),
            "claims": [c.to_json() for c in self.claims],
        }
        if self.notes:
            out["notes"] = list(self.notes)
        return out


def _need(cond: bool, msg: str) -> None:
    if not cond:
        raise FormatError(msg)


def claim_from_json(raw: Any, where: str = "claim") -> Claim:
    _need(isinstance(raw, dict), f"{where}: not an object")
    for key in ("show", "season", "kind", "value", "stance"):
        _need(key in raw, f"{where}: missing {key!r}")
    show, season, kind, value, stance = (raw[k] for k in ("show", "season", "kind", "value", "stance"))
    _need(isinstance(show, str) and bool(show.strip()), f"{where}: 'show' must be a non-empty string")
    _need(season is None or (isinstance(season, int) and not isinstance(season, bool)), f"{where}: 'season' must be an integer or null")
    _need(kind in KINDS, f"{where}: unknown kind {kind!r}")
    _need(stance in STANCES, f"{where}: unknown stance {stance!r}")
    if kind == "episodes":
        _need(isinstance(value, int) and not isinstance(value, bool), f"{where}: episodes value must be an integer")
    elif kind in ("cast", "crew", "based_on"):
        _need(isinstance(value, dict), f"{where}: {kind} value must be an object")
    elif kind == "platform":
        _need(isinstance(value, str), f"{where}: platform value must be a string")
    elif kind == "no_premiere_date":
        _need(value is None, f"{where}: no_premiere_date value must be null")
    else:
        _need(value is None or isinstance(value, str), f"{where}: {kind} value must be an EDTF string or null")
    part = raw.get("part")
    return Claim(
        show=show,
        season=season,
        kind=kind,
        value=value,
        stance=stance,
        evidence=str(raw.get("evidence") or ""),
        part=part if isinstance(part, int) else None,
    )


def document_from_json(raw: Any, where: str = "document") -> ClaimsDocument:
    """Parse a claims document; raise FormatError with a one-line reason."""
    _need(isinstance(raw, dict), f"{where}: not a JSON object")
    _need(raw.get("format", FORMAT) == FORMAT, f"{where}: format is not {FORMAT}")
    doc = raw.get("document")
    _need(isinstance(doc, dict), f"{where}: missing 'document' object")
    claims = raw.get("claims")
    _need(isinstance(claims, list), f"{where}: missing 'claims' list")
    shows_raw = doc.get("shows") or []
    _need(isinstance(shows_raw, list), f"{where}: document.shows must be a list")
    shows: list[ShowRef] = []
    for i, s in enumerate(shows_raw):
        _need(isinstance(s, dict) and isinstance(s.get("title"), str), f"{where}: document.shows[{i}] needs a title")
        aliases = s.get("aliases") or []
        _need(isinstance(aliases, list) and all(isinstance(a, str) for a in aliases), f"{where}: document.shows[{i}].aliases must be strings")
        shows.append(ShowRef(s["title"], tuple(aliases)))
    info = DocumentInfo(
        id=doc.get("id"),
        url=doc.get("url"),
        title=doc.get("title"),
        published=doc.get("published"),
        published_from=doc.get("published_from"),
        shows=tuple(shows),
    )
    parsed = tuple(claim_from_json(c, f"{where}: claims[{i}]") for i, c in enumerate(claims))
    notes = raw.get("notes") or []
    return ClaimsDocument(info, parsed, tuple(str(n) for n in notes) if isinstance(notes, list) else ())


def show_refs(doc: ClaimsDocument) -> list[ShowRef]:
    """The document's shows, plus any show its claims name that the list leaves out."""
    refs = list(doc.document.shows)
    listed = {r.title for r in refs}
    return refs + [ShowRef(t) for t in dict.fromkeys(c.show for c in doc.claims) if t not in listed]
