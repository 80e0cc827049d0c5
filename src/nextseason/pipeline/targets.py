"""What to ingest: paths, directories of articles, URLs, or the bundled samples."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from nextseason.pipeline.work import Target
from nextseason.samples import load_samples
from nextseason.sources.reader import SourceText, is_url

ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm", ".xhtml"})


def targets(locations: Iterable[str], published: str | None = None) -> list[Target]:
    """One target per file or URL; a directory stands for its article files, by name."""
    out: list[Target] = []
    for location in locations:
        path = Path(location)
        if not is_url(location) and path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
            out.extend(Target(str(p), published) for p in files)
        else:
            out.append(Target(location, published))
    return out


def sample_targets() -> list[Target]:
    """The bundled sample articles, in publication order."""
    return [
        Target(
            f"sample:{s.id}",
            s.published,
            SourceText(text=s.text, title=s.title, published=s.published, published_from="given", id=s.id, url=None),
        )
        for s in load_samples()
    ]
