"""The admin: editors browse the store, review suggestions and undo merges; staff see
follows, feed tokens, channels, events, deliveries, news feeds, API tokens and conflict
choices. Secrets are never shown in clear: feed tokens and API tokens only as "kept as a
hash" (an API token's public prefix aside), channel URLs masked to scheme and host (they
are stored sealed), a news feed URL with its password replaced by ``***``."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone

from nextseason.domain.events import headline
from nextseason.domain.reconcile import describe
from nextseason.web import models as m
from nextseason.web._merges import undo_merge
from nextseason.web._review import forget_choices
from nextseason.web.config import redact


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

HIDDEN = "kept as a hash, never shown"


@admin.action(description="Revoke the selected tokens")
def revoke_tokens(
    modeladmin: admin.ModelAdmin[Any], request: HttpRequest, queryset: QuerySet[Any]
) -> None:
    for token in queryset.filter(revoked_at__isnull=True):
        token.revoke()


@admin.register(m.Follow)
class FollowAdmin(admin.ModelAdmin):
    list_display = ["user", "show", "person", "watched_up_to", "created"]
    list_filter = [("show", admin.EmptyFieldListFilter), ("person", admin.EmptyFieldListFilter)]
    search_fields = ["user__username", "show__title", "person__name"]
    raw_id_fields = ["user", "show", "person"]


@admin.register(m.FeedToken)
class FeedTokenAdmin(admin.ModelAdmin):
    list_display = ["user", "kind", "premieres_only", "secret", "created", "revoked_at"]
    list_filter = ["kind", "premieres_only", ("revoked_at", admin.EmptyFieldListFilter)]
    search_fields = ["user__username"]
    fields = ["user", "kind", "premieres_only", "secret", "created", "revoked_at"]
    readonly_fields = ["user", "kind", "secret", "created", "revoked_at"]
    actions = [revoke_tokens]

    @admin.display(description="token")
    def secret(self, token: m.FeedToken) -> str:
        return HIDDEN

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # a token is shown once to its user: made on the notification page


@admin.register(m.ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["shown", "user", "label", "created", "revoked_at"]
    list_filter = [("revoked_at", admin.EmptyFieldListFilter)]
    search_fields = ["user__username", "label", "prefix"]
    fields = ["shown", "user", "label", "secret", "created", "revoked_at"]
    readonly_fields = ["shown", "user", "secret", "created", "revoked_at"]
    actions = [revoke_tokens]

    @admin.display(description="token", ordering="prefix")
    def shown(self, token: m.ApiToken) -> str:
        return f"{token.prefix}…"

    @admin.display(description="secret")
    def secret(self, token: m.ApiToken) -> str:
        return HIDDEN

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # `nextseason api-token create` shows the token once


@admin.register(m.Channel)
class ChannelAdmin(admin.ModelAdmin):
    list_display = ["user", "label", "masked", "mode", "created", "last_error_at"]
    list_filter = ["mode", ("last_error_at", admin.EmptyFieldListFilter)]
    search_fields = ["user__username", "label", "masked_url"]
    fields = ["user", "label", "masked", "mode", "created", "last_error", "last_error_at"]
    readonly_fields = ["user", "masked", "created", "last_error", "last_error_at"]

    @admin.display(description="Apprise URL (masked)", ordering="masked_url")
    def masked(self, channel: m.Channel) -> str:
        return channel.masked

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # a URL is checked and sealed on the user's notification page


@admin.register(m.Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["created", "show", "season", "kind", "summary", "fanned_out_at"]
    list_filter = ["kind", ("fanned_out_at", admin.EmptyFieldListFilter)]
    search_fields = ["show__title", "key"]
    date_hierarchy = "created"
    list_select_related = ["show"]
    readonly_fields = [
        "show",
        "person",
        "season",
        "kind",
        "key",
        "payload",
        "created",
        "fanned_out_at",
    ]

    @admin.display(description="change")
    def summary(self, event: m.Event) -> str:
        return headline(event.payload)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


@admin.action(description="Retry the selected deliveries now")
def retry_deliveries(
    modeladmin: admin.ModelAdmin[Any], request: HttpRequest, queryset: QuerySet[m.Delivery]
) -> None:
    queryset.exclude(status=m.Delivery.SENT).update(
        status=m.Delivery.PENDING, attempts=0, next_attempt_at=timezone.now()
    )


@admin.register(m.Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "event",
        "user",
        "channel",
        "status",
        "attempts",
        "next_attempt_at",
        "delivered_at",
    ]
    list_filter = ["status", ("channel", admin.EmptyFieldListFilter)]
    search_fields = ["user__username", "event__show__title", "last_error"]
    list_select_related = ["event", "user", "channel"]
    readonly_fields = [
        "event",
        "user",
        "channel",
        "status",
        "attempts",
        "next_attempt_at",
        "delivered_at",
        "last_error",
    ]
    actions = [retry_deliveries]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


class FeedItemInline(admin.TabularInline):
    model = m.FeedItem
    extra = 0
    readonly_fields = ["guid", "link", "seen"]
    can_delete = False


@admin.register(m.NewsFeed)
class NewsFeedAdmin(admin.ModelAdmin):
    list_display = ["shown_url", "added_by", "created", "polled_at", "last_error"]
    list_filter = [("polled_at", admin.EmptyFieldListFilter)]
    search_fields = ["url"]
    readonly_fields = ["shown_url", "added_by", "created", "polled_at", "last_error"]
    inlines = [FeedItemInline]

    @admin.display(description="URL", ordering="url")
    def shown_url(self, feed: m.NewsFeed) -> str:
        return redact(feed.url)

    def get_fields(self, request: HttpRequest, obj: m.NewsFeed | None = None) -> list[str]:
        if obj is None:
            return ["url"]
        return [
            "shown_url",
            "added_by",
            "created",
            "polled_at",
            "last_error",
        ]  # the URL itself stays unshown

    def save_model(self, request: HttpRequest, obj: m.NewsFeed, form: object, change: bool) -> None:
        if not change and obj.added_by_id is None:
            obj.added_by = request.user  # type: ignore[assignment]
        super().save_model(request, obj, form, change)  # type: ignore[arg-type]


@admin.register(m.ConflictChoice)
class ConflictChoiceAdmin(admin.ModelAdmin):
    """Choices are made on the review page; here they can be read, and deleted (the
    show is then reconciled again without them)."""

    list_display = ["show", "season", "kind", "side", "chosen_by", "created_at"]
    list_filter = ["kind"]
    search_fields = ["show__title", "chosen_by__username", "source_title"]
    list_select_related = ["show", "chosen_by"]
    readonly_fields = ["show", "season", "kind", "side_kind", "value", "stance", "seen", "source_title",
                       "chosen_by", "created_at"]  # fmt: skip

    @admin.display(description="chosen side")
    def side(self, choice: m.ConflictChoice) -> str:
        words = describe(choice.side_kind or choice.kind, choice.value)
        return words if choice.stance == "asserted" else f"{words} ({choice.stance})"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def delete_model(self, request: HttpRequest, obj: m.ConflictChoice) -> None:
        forget_choices(m.ConflictChoice.objects.filter(id=obj.id))

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[m.ConflictChoice]) -> None:
        forget_choices(queryset)
