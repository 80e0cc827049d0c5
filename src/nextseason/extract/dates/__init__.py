"""Date expressions in English text -> EDTF values, resolved against a publication date.

The grammar works in three steps:

1. *atoms*: regular expressions for single expressions ("Jan. 28, 2022", "last June",
   "the first half of next year", "two months ago", "mid-2024"), each built into a
   `_Piece` whose year may still be open ("in September");
2. *combinations*: two adjacent atoms joined by "between ... and", "from ... until",
   "through", "or" make an interval; "at the earliest", "not before", "as early as",
   "or later", "at the latest" and "before"/"after" make open intervals;
3. *resolution*: an open year comes from the other end of an interval, then from the
   caller's ``context_year``, then from the publication date and the tense of the
   sentence (the nearest tense marker before the expression, else after it).

Relative words follow one calendar convention: "last X" / "this X" / "next X" name
the X that starts in the year before / of / after publication ("next spring" in
February 2024 is 2025-21), except that "last <month>" is the nearest such month before
the publication month that "last month" would not name ("last February" in October 2026
is 2026-02, in February or March 2026 it is 2025-02); "this X" is the one under way when
there is one ("this winter" in January).
"""

from __future__ import annotations

from nextseason.domain.dates import bounds
from nextseason.extract.dates.api import DateMention, find_dates, infer_published, normalise

__all__ = ["DateMention", "bounds", "find_dates", "infer_published", "normalise"]
