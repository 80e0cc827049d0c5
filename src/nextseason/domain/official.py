"""The store port for official data (TVmaze): shows linked to their upstream ids.

``nextseason.web.store.DjangoStore`` implements ``OfficialStore`` beside ``Store``; the
import and sync stages (``nextseason.pipeline.official``) use nothing else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from nextseason.domain.ports import Store


@dataclass(frozen=True, slots=True)
class ExternalLink:
    """A stored show imported from ``source`` (e.g. 'tvmaze') under ``external_id``."""

    show_id: int
    source: str
    external_id: str
    updated: int | None  # upstream last update (Unix time) of what we imported
    content_hash: str  # of the claims last imported
    synced_at: dt.datetime | None  # when that import succeeded


class OfficialStore(Store, Protocol):
    def link_of(self, source: str, external_id: str) -> ExternalLink | None:
        """The show imported under this upstream id, if any."""
        ...

    def external_id_of(self, show_id: int, source: str) -> str | None:
        """The show's id at ``source``, if it has one."""
        ...

    def links(self, source: str) -> list[ExternalLink]:
        """Every show imported from ``source``."""
        ...

    def save_link(
        self, link: ExternalLink, *, native_title: str | None = None, other_ids: Mapping[str, str] | None = None
    ) -> None:
        """Record (or refresh) the link; set the show's native title; note its other ids."""
        ...
