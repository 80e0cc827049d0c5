"""TEMPORARY STUB written by the lead so the other modules import; the engineer writing the
date normaliser replaces this whole file (overwrite it entirely)."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str
    open_end: bool = False


_FULL = re.compile(r"\b(" + "|".join(m.capitalize() for m in _MONTHS) + r")\s+(\d{1,2}),\s+(\d{4})\b")


def find_dates(text: str, published: str | None, *, context_year: int | None = None) -> list[DateMention]:
    out = []
    for m in _FULL.finditer(text):
        month = _MONTHS.index(m.group(1).lower()) + 1
        out.append(DateMention(m.start(), m.end(), m.group(0), f"{m.group(3)}-{month:02d}-{int(m.group(2)):02d}"))
    return out


def normalise(expression: str, published: str | None, *, tense: str | None = None, context_year: int | None = None) -> str | None:
    found = find_dates(expression, published, context_year=context_year)
    return found[0].value if found else None


def infer_published(text: str) -> str | None:
    return None


def bounds(edtf_value: str) -> tuple[datetime.date | None, datetime.date | None]:
    return (None, None)
