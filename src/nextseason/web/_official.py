"""The official-data side of the store (``nextseason.domain.official.OfficialStore``):
shows linked to their upstream ids, with what was last imported and when."""

from __future__ import annotations

from collections.abc import Mapping

from django.db import transaction

from nextseason.domain.official import ExternalLink
from nextseason.web import models as m


class OfficialLinks:
    """Mixed into ``DjangoStore``."""

    def link_of(self, source: str, external_id: str) -> ExternalLink | None:
        row = m.ExternalId.objects.filter(source=source, value=str(external_id)).first()
        return _link(row) if row is not None else None

    def external_id_of(self, show_id: int, source: str) -> str | None:
        return (
            m.ExternalId.objects.filter(show_id=show_id, source=source)
            .order_by("id")
            .values_list("value", flat=True)
            .first()
        )

    def links(self, source: str) -> list[ExternalLink]:
        return [_link(row) for row in m.ExternalId.objects.filter(source=source).order_by("id")]

    def save_link(
        self, link: ExternalLink, *, native_title: str | None = None, other_ids: Mapping[str, str] | None = None
    ) -> None:
        with transaction.atomic():
            m.ExternalId.objects.update_or_create(
                source=link.source,
                value=link.external_id,
                defaults={
                    "show_id": link.show_id,
                    "updated": link.updated,
                    "content_hash": link.content_hash,
                    "synced_at": link.synced_at,
                },
            )
            for source, value in (other_ids or {}).items():
                # an id another show already holds stays with it (upstream data can be wrong)
                m.ExternalId.objects.get_or_create(source=source, value=str(value)[:100], defaults={"show_id": link.show_id})
            if native_title:
                m.Show.objects.filter(id=link.show_id).update(native_title=native_title[:300])


def _link(row: m.ExternalId) -> ExternalLink:
    return ExternalLink(
        show_id=row.show_id,
        source=row.source,
        external_id=row.value,
        updated=row.updated,
        content_hash=row.content_hash,
        synced_at=row.synced_at,
    )
