"""Kind extractor (placeholder until written)."""

from __future__ import annotations

from nextseason.domain.claims import Claim
from nextseason.extract.context import SentenceContext


def extract(ctx: SentenceContext) -> list[Claim]:
    return []
