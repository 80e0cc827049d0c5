"""Kind extractors: each takes one SentenceContext and returns the claims it finds."""

from __future__ import annotations

from collections.abc import Callable

from nextseason.domain.claims import Claim
from nextseason.extract.context import SentenceContext
from nextseason.extract.kinds import cast, crew, facts, schedule, status, tables

Extractor = Callable[[SentenceContext], list[Claim]]

EXTRACTORS: tuple[Extractor, ...] = (
    status.extract,
    schedule.extract,
    cast.extract,
    tables.extract,
    crew.extract,
    facts.extract,
)
