"""Generated articles for tests and benchmarks: many shows, about ten claims each.

Deterministic: article ``i`` is always the same text. Titles are word combinations
(no digits, so they are never read as season numbers).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

_FIRST = ["Amber", "Arctic", "Autumn", "Bitter", "Blue", "Broken", "Brass", "Bright", "Cedar", "Cinder", "Copper", "Crimson", "Crystal", "Dusk", "Ember", "Emerald", "Falcon", "Frozen", "Gilded", "Golden", "Granite", "Hidden", "Hollow", "Iron", "Ivory", "Jade", "Lunar", "Marble", "Midnight", "Misty", "Northern", "Onyx", "Pale", "Quiet", "Raven", "Rusty", "Scarlet", "Silent", "Silver", "Southern", "Stone", "Velvet", "Wild", "Winter"]
_SECOND = ["Anchor", "Arrow", "Bell", "Bridge", "Canyon", "Castle", "Circle", "Coast", "Crown", "Delta", "Engine", "Feather", "Forest", "Garden", "Gate", "Harbor", "Hill", "Island", "Lantern", "Ledger", "Lighthouse", "Meadow", "Mill", "Mirror", "Orchard", "Palace", "Pier", "Quarry", "River", "Road", "Shadow", "Signal", "Station", "Storm", "Summit", "Tavern", "Tower", "Valley", "Village", "Willow"]
_THIRD = ("", "Files", "Chronicles", "Diaries", "Affair", "Legacy", "Secrets", "Mysteries")
_PEOPLE = ["Mira", "Castell", "Tobias", "Wren", "Juno", "Abara", "Felix", "Marsh", "Oona", "Pryce", "Rhea", "Lund", "Omar", "Vance", "Lena", "Sato", "Ivo", "Brandt", "Nia", "Okoro", "Pavel", "Dunn", "Tess", "Ilves", "Hugo", "Rane", "Ada", "Quill", "Bram", "Foss", "Cleo", "Hart"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
CLAIMS_PER_ARTICLE = 10  # roughly: what the extractor finds in each


def title(i: int) -> str:
    a, rest = i % len(_FIRST), i // len(_FIRST)
    b, rest = rest % len(_SECOND), rest // len(_SECOND)
    third = _THIRD[rest % len(_THIRD)]
    return " ".join(w for w in (_FIRST[a], _SECOND[b], third) if w)


def _person(i: int, k: int) -> str:
    n = len(_PEOPLE) // 2
    j = (i * 7 + k * 3) % n
    return f"{_PEOPLE[2 * j]} {_PEOPLE[2 * j + 1]}"


def article(i: int) -> tuple[str, str]:
    """(text, published) of generated article ``i``."""
    show = title(i)
    day = dt.date(2023, 1, 1) + dt.timedelta(days=i % 700)
    renewed = day - dt.timedelta(days=20)
    premiere = day + dt.timedelta(days=200)
    text = f"""{show} Season 2 Release Date, Cast and Everything We Know

{show} is coming back. Here is what we know about the second season.

Has {show} Been Renewed?

Yes. Northwind renewed {show} for a second season on {_MONTHS[renewed.month - 1]} {renewed.day}, {renewed.year}.

{show} Season 2 Release Date

Season 2 will premiere on {_MONTHS[premiere.month - 1]} {premiere.day}, {premiere.year}. Season 2 will have {6 + i % 5} episodes. Filming began in {_MONTHS[day.month - 1]} {day.year}.

The first season premiered on October 5, 2022, with all eight episodes at once.

{show} Cast

Returning for season 2:

{_person(i, 0)} as Keeper Nell Tregarthen
{_person(i, 1)} as Constable Rhys Penhallow

Behind the Camera

{show} was created by {_person(i, 2)} and is based on the novel The Keeper's Ledger by Ruth Mallory. Season 2 will be directed by {_person(i, 3)}. The series streams on Netflix.
"""
    return text, day.isoformat()


def write_articles(directory: Path, count: int, start: int = 0) -> list[Path]:
    """Write articles ``start .. start+count-1`` as ``NNNNNN.txt``; return their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + count):
        text, _ = article(i)
        path = directory / f"{i:06d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
