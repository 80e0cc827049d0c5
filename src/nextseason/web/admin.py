"""The admin: editors browse the store, review suggestions and undo merges."""

from __future__ import annotations

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from nextseason.web import models as m
from nextseason.web._merges import undo_merge


class ShowAliasInline(admin.TabularInline):
    model = m.ShowAlias
    extra = 0


@admin.register(m.Show)
class ShowAdmin(admin.ModelAdmin):
    list_display = ["title", "native_title", "created_at"]
    search_fields = ["title", "aliases__name", "native_title"]
    inlines = [ShowAliasInline]


class PersonAliasInline(admin.TabularInline):
    model = m.PersonAlias
    extra = 0


@admin.register(m.Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name"]
    search_fields = ["name", "aliases__name"]
    inlines = [PersonAliasInline]


@admin.register(m.Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ["title", "published", "kind", "version", "current", "fetched_at"]
    list_filter = ["kind", "current", "published_from"]
    search_fields = ["title", "url", "key"]


@admin.register(m.Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["show_name", "season", "kind", "value", "stance", "document"]
    list_filter = ["kind", "stance"]
    search_fields = ["show_name", "evidence"]
    raw_id_fields = ["document", "show"]


@admin.register(m.Passage)
class PassageAdmin(admin.ModelAdmin):
    list_display = ["show_name", "season", "kind", "heading", "document"]
    list_filter = ["kind"]
    search_fields = ["show_name", "heading", "text"]
    raw_id_fields = ["document", "show"]


@admin.action(description="Undo the selected merges")
def undo_merges(modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet) -> None:  # type: ignore[type-arg]
    for merge in queryset.filter(undone_at__isnull=True):
        undo_merge(merge.id)


@admin.register(m.Merge)
class MergeAdmin(admin.ModelAdmin):
    list_display = ["entity", "name", "into", "reason", "score", "created_at", "undone_at"]
    list_filter = ["entity"]
    actions = [undo_merges]


admin.site.register([m.Season, m.Credit, m.Suggestion, m.Fact])
