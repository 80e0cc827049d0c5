"""The dossier cache's two tables, and the one way to invalidate it: ``touch(show_ids)``.

``DossierGeneration`` counts the changes to what a show's dossier is made of (its title and
aliases, the claims and passages of current documents, their credits and people, editors'
conflict choices). Every write path bumps it in the transaction that changes those rows;
instance saves and deletes (the admin, a shell) bump it through the signals below.
``DossierCache`` keeps a rendering (the API's JSON, the page's HTML parts) together with the
generation it was computed at and a fingerprint of the code that rendered it; a rendering is
served only while both still match, so a committed change is never answered with an older
dossier (see ``nextseason.web.dossier_cache``).

Neither table has a foreign key to ``Show``: the counter is bumped for shows that a
transaction is about to delete, and rows of deleted shows are cleaned up by a signal (ids are
never reused: SQLite's AUTOINCREMENT, PostgreSQL's sequences).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.db import connection, models
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save


class DossierGeneration(models.Model):
    show_id = models.BigIntegerField(primary_key=True)
    number = models.PositiveBigIntegerField(default=0)

    class Meta:
        app_label = "nextseason"

    def __str__(self) -> str:
        return f"show {self.show_id}: generation {self.number}"


class DossierCache(models.Model):
    API, PAGE = "api", "page"
    show_id = models.BigIntegerField()
    kind = models.CharField(max_length=10, choices=[(API, "API JSON"), (PAGE, "page HTML parts")])
    generation = models.PositiveBigIntegerField()
    code = models.CharField(max_length=32)  # fingerprint of the code that rendered it
    body = models.TextField()
    stored_at = models.DateTimeField(auto_now=True)

    class Meta:
        app_label = "nextseason"
        constraints = [
            models.UniqueConstraint(fields=["show_id", "kind"], name="dossier_cache_unique")
        ]

    def __str__(self) -> str:
        return f"show {self.show_id} {self.kind} at generation {self.generation}"


def touch(show_ids: Iterable[int | None]) -> None:
    """Bump the generation of these shows (one statement; inside the caller's transaction)."""
    ids = sorted({int(i) for i in show_ids if i is not None})
    if not ids:
        return
    table = connection.ops.quote_name(DossierGeneration._meta.db_table)
    rows = ", ".join(["(%s, 1)"] * len(ids))
    sql = (
        f"INSERT INTO {table} (show_id, number) VALUES {rows} "
        f"ON CONFLICT (show_id) DO UPDATE SET number = {table}.number + 1"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, ids)


# -- instance saves and deletes -----------------------------------------------------------
# The store's own write paths call ``touch`` themselves (they mostly write with bulk_create
# and queryset updates, which send no signals); these cover the admin and ad-hoc edits.


def _old_show(sender: Any, instance: Any, **kwargs: Any) -> None:
    """Before a claim, passage or credit is saved again: its show as stored (it may move)."""
    if instance.pk is not None:
        touch(sender.objects.filter(pk=instance.pk).values_list("show_id", flat=True))


def _own_show(sender: Any, instance: Any, **kwargs: Any) -> None:
    touch([instance.show_id])


def _show_changed(sender: Any, instance: Any, created: bool = False, **kwargs: Any) -> None:
    if not created:
        touch([instance.pk])


def _show_deleted(sender: Any, instance: Any, **kwargs: Any) -> None:
    DossierCache.objects.filter(show_id=instance.pk).delete()
    DossierGeneration.objects.filter(show_id=instance.pk).delete()


def _document_changed(sender: Any, instance: Any, created: bool = False, **kwargs: Any) -> None:
    from nextseason.web import models as m

    if not created:
        touch(
            m.Claim.objects.filter(document_id=instance.pk)
            .values_list("show_id", flat=True)
            .distinct()
        )
        touch(
            m.Passage.objects.filter(document_id=instance.pk)
            .values_list("show_id", flat=True)
            .distinct()
        )


def _person_changed(sender: Any, instance: Any, created: bool = False, **kwargs: Any) -> None:
    from nextseason.web import models as m

    if not created:
        touch(
            m.Credit.objects.filter(person_id=instance.pk)
            .values_list("show_id", flat=True)
            .distinct()
        )


def _user_changed(
    sender: Any, instance: Any, created: bool = False, update_fields: Any = None, **kwargs: Any
) -> None:
    """A choosing editor's name is in the dossiers of the conflicts they resolved."""
    from nextseason.web import models as m

    if created or (update_fields is not None and instance.USERNAME_FIELD not in update_fields):
        return  # e.g. the last_login stamp of every log-in
    touch(
        m.ConflictChoice.objects.filter(chosen_by=instance.pk)
        .values_list("show_id", flat=True)
        .distinct()
    )


def _connect() -> None:
    for model in ("nextseason.Claim", "nextseason.Passage", "nextseason.Credit"):
        pre_save.connect(_old_show, sender=model, dispatch_uid=f"dossier-old-{model}")
    for model in ("nextseason.Claim", "nextseason.Passage", "nextseason.Credit", "nextseason.ShowAlias",
                  "nextseason.ConflictChoice"):  # fmt: skip
        post_save.connect(_own_show, sender=model, dispatch_uid=f"dossier-saved-{model}")
        post_delete.connect(_own_show, sender=model, dispatch_uid=f"dossier-deleted-{model}")
    post_save.connect(_show_changed, sender="nextseason.Show", dispatch_uid="dossier-show")
    post_delete.connect(
        _show_deleted, sender="nextseason.Show", dispatch_uid="dossier-show-deleted"
    )
    post_save.connect(
        _document_changed, sender="nextseason.Document", dispatch_uid="dossier-document"
    )
    post_save.connect(_person_changed, sender="nextseason.Person", dispatch_uid="dossier-person")
    post_save.connect(_user_changed, sender=settings.AUTH_USER_MODEL, dispatch_uid="dossier-user")
    pre_delete.connect(
        _user_changed, sender=settings.AUTH_USER_MODEL, dispatch_uid="dossier-user-deleted"
    )


_connect()
