"""The hand-off between stages: one frozen ``Work`` item per document, and how a stage stops."""

from __future__ import annotations

from dataclasses import dataclass

from nextseason.domain.claims import ClaimsDocument
from nextseason.domain.model import Passage
from nextseason.domain.ports import Resolution, SaveResult
from nextseason.sources.reader import SourceText


@dataclass(frozen=True, slots=True)
class Target:
    """What to ingest: a path or URL, or text already in hand (the bundled samples)."""

    location: str
    published: str | None = None  # EDTF; overrides what the source says
    text: SourceText | None = None
    kind: str = "article"


@dataclass(frozen=True, slots=True)
class Work:
    target: Target
    source: SourceText | None = None
    key: str = ""
    content_hash: str = ""
    claims: ClaimsDocument | None = None
    passages: tuple[Passage, ...] = ()  # story sections, kept apart from the claims
    resolution: Resolution | None = None
    saved: SaveResult | None = None
    new_conflicts: int = 0


class Skip(Exception):
    """A stage found nothing left to do for this document (e.g. the same content is stored)."""
