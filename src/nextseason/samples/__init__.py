"""Sample articles bundled with nextseason (our own writing, about an invented show).

Each file name ends with the publication month the sample is dated to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True, slots=True)
class Sample:
    id: str
    title: str
    text: str
    published: str


def load_samples() -> list[Sample]:
    """The bundled samples in publication order."""
    out: list[Sample] = []
    for entry in resources.files(__package__).iterdir():
        name = entry.name
        if not name.endswith(".txt"):
            continue
        text = entry.read_text(encoding="utf-8")
        match = re.search(r"(\d{4}-\d{2})\.txt$", name)
        published = match.group(1) if match else ""
        title = next((line.strip() for line in text.splitlines() if line.strip()), name)
        out.append(Sample(name[:-4], title, text, published))
    return sorted(out, key=lambda s: (s.published, s.id))
