"""The store port: what the pipeline and the commands need from storage.

``nextseason.web.store.DjangoStore`` implements it over the ORM; whoever starts work (the
CLI, a task) hands that store to the pipeline, which never imports Django.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from nextseason.domain.claims import ClaimsDocument
from nextseason.domain.model import EditorChoice, Passage, ShowPicture, StoredClaim, StoredPassage
from nextseason.domain.names import Candidate, Match


@dataclass(frozen=True, slots=True)
class NewDocument:
    """A source document, its claims and its story passages, ready to store."""

    key: str  # the URL, or the file's URI: versions of one document share it
    content_hash: str
    claims: ClaimsDocument
    fetched_at: dt.datetime
    kind: str = "article"
    publisher: str | None = None
    passages: tuple[Passage, ...] = ()  # kept apart from the claims, never facts


@dataclass(frozen=True, slots=True)
class Resolution:
    """Name decisions for one document: written name -> match (None: a new entity)."""

    shows: Mapping[str, Match | None] = field(default_factory=dict)
    people: Mapping[tuple[str, str], Match | None] = field(default_factory=dict)  # (show, name)


@dataclass(frozen=True, slots=True)
class SaveResult:
    document_id: int | None  # None: the same content was already stored
    version: int
    new_claims: int
    show_ids: tuple[int, ...]
    merges: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = ()

    @property
    def duplicate(self) -> bool:
        return self.document_id is None


@dataclass(frozen=True, slots=True)
class ShowClaims:
    """Everything reconciliation needs about one show."""

    show_id: int
    title: str
    aliases: tuple[str, ...]
    claims: tuple[StoredClaim, ...]
    person_aliases: Mapping[str, str]  # spelling -> canonical name
    passages: tuple[StoredPassage, ...] = ()  # plot and speculation, publication order
    choices: tuple[EditorChoice, ...] = ()  # editors' choices of conflict sides, any order


class Store(Protocol):
    def has_content(self, content_hash: str) -> bool:
        """Is a document with exactly this content stored?"""
        ...

    def show_candidates(self, titles: Sequence[str]) -> list[Candidate]:
        """Known shows that may be any of ``titles`` (same key or a close spelling)."""
        ...

    def person_candidates(self, show_id: int) -> list[Candidate]:
        """The people credited in one show, with their roles and characters there."""
        ...

    def people_by_key(self, key: str) -> list[Candidate]:
        """People anywhere whose name has this romanisation-folded key."""
        ...

    def save(self, doc: NewDocument, resolution: Resolution) -> SaveResult:
        """Store the document, its claims, its passages and name decisions in one transaction."""
        ...

    def show_claims(self, show_id: int) -> ShowClaims:
        """The claims and passages of one show from the current version of each document,
        and the editors' choices of its conflicts' sides."""
        ...

    def find_show(self, title: str) -> int | None:
        """The id of the show known by ``title`` (any alias, any spelling of it)."""
        ...

    def nearest_titles(self, title: str, limit: int = 5) -> list[str]:
        """Known titles nearest to ``title``, best first."""
        ...

    def save_facts(self, show_id: int, facts: Sequence[FactRow]) -> int:
        """Replace the show's reconciled facts; return how many conflicts are new."""
        ...


@dataclass(frozen=True, slots=True)
class FactRow:
    season: int | None
    kind: str
    value: object
    stance: str
    status: str  # current / superseded / conflict / resolved (a conflict an editor answered)
    why: str = ""


def new_person_id(show: str, name: str) -> str:
    """The placeholder candidate id of a person first met earlier in the same document."""
    return f"new\x1f{show}\x1f{name}"


def new_person_key(placeholder: str) -> tuple[str, str]:
    """(show, name) of a placeholder made by ``new_person_id``."""
    _, show, name = placeholder.split("\x1f")
    return show, name


@runtime_checkable
class EventSink(Protocol):
    """A store that also records changes of a show's facts as events (for notifications)."""

    def picture_changed(self, show_id: int, picture: ShowPicture) -> list[int]:
        """Record what changed since the show's last picture; return the new event ids."""
        ...
