"""Stage 1: read the document (file, URL or text in hand) and fingerprint its content."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from nextseason.domain.ports import Store
from nextseason.pipeline.work import Skip, Work
from nextseason.sources.reader import is_url, read_source


class Read:
    name = "read"

    def run(self, work: Work) -> Work:
        target = work.target
        source = target.text or read_source(target.location)
        return replace(work, source=source, key=document_key(target.location), content_hash=content_hash(source.text))


class SkipKnown:
    """Stop early when exactly this content is already stored (no need to extract it again)."""

    name = "skip-known"

    def __init__(self, store: Store) -> None:
        self.store = store

    def run(self, work: Work) -> Work:
        if self.store.has_content(work.content_hash):
            raise Skip("unchanged")
        return work


def document_key(location: str) -> str:
    """What versions of one document share: its URL, or its file's absolute URI."""
    if is_url(location) or ":" in location.split("/", 1)[0]:
        return location
    return Path(location).resolve().as_uri()


def content_hash(text: str) -> str:
    normal = "\n".join(line.rstrip() for line in text.strip().splitlines())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()
