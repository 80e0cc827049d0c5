"""When a source was published: calendar spans, the order of sources, "known on" days.

A source's publication span is the pair of calendar bounds of its EDTF ``published``
value (``2023-08`` spans 2023-08-01..2023-08-31). A side that is missing (no date, an
open interval, a value ``domain.dates`` cannot read) falls back to the day the source
was fetched, the one day we surely had it.
"""

from __future__ import annotations

import datetime as dt

from nextseason.domain.dates import bounds
from nextseason.domain.model import Source

Span = tuple[dt.date, dt.date]


def publication_span(source: Source) -> Span:
    fetched = source.fetched_at.date()
    low: dt.date | None = None
    high: dt.date | None = None
    if source.published:
        try:
            low, high = bounds(source.published)
        except ValueError:
            low = high = None
    low = low or fetched
    return low, max(low, high or fetched)


def known_on(source: Source) -> dt.date:
    """The first day the source was surely public: its span's upper bound, or the fetch
    day when that is earlier (we had it then). ``as_of`` keeps sources known on or before
    the day, so a picture never shows what might not have been published yet."""
    low, high = publication_span(source)
    return max(low, min(high, source.fetched_at.date()))


def order_key(source: Source) -> tuple[dt.date, dt.date, str]:
    """Publication order: by lower bound, then upper bound, then id (for a stable tie)."""
    low, high = publication_span(source)
    return low, high, str(source.id)


def strictly_before(a: Source, b: Source) -> bool:
    """True when ``a`` was surely published before ``b`` (their spans do not overlap)."""
    return publication_span(a)[1] < publication_span(b)[0]
