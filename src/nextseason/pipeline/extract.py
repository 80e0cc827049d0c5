"""Stage 2: text -> claims, and the story passages kept apart from them."""

from __future__ import annotations

from dataclasses import replace

from nextseason.extract import extract
from nextseason.extract.passages import find_passages
from nextseason.pipeline.work import Work


class Extract:
    name = "extract"

    def run(self, work: Work) -> Work:
        src, given = work.source, work.target.published
        assert src is not None
        claims = extract(
            src.text,
            title=src.title,
            published=given or src.published,
            published_from="given" if given else src.published_from,
            doc_id=src.id,
            url=src.url,
        )
        passages = find_passages(src.text, title=claims.document.title)
        return replace(work, claims=claims, passages=passages)
