"""Stage 4: store the document, its claims, its passages and the name decisions in one transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from nextseason.domain.ports import NewDocument, Resolution, Store
from nextseason.pipeline.work import Skip, Work


class Save:
    name = "store"

    def __init__(self, store: Store) -> None:
        self.store = store

    def run(self, work: Work) -> Work:
        assert work.claims is not None
        doc = NewDocument(
            key=work.key,
            content_hash=work.content_hash,
            claims=work.claims,
            fetched_at=dt.datetime.now(dt.UTC),
            kind=work.target.kind,
            passages=work.passages,
        )
        saved = self.store.save(doc, work.resolution or Resolution())
        if saved.duplicate:
            raise Skip("unchanged")
        return replace(work, saved=saved)
