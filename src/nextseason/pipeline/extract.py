"""Stage 2: text -> claims."""

from __future__ import annotations

from dataclasses import replace

from nextseason.extract import extract
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
        return replace(work, claims=claims)
