"""Follows, feed tokens, push channels, events and deliveries.

- ``Follow``: a user follows a show (with how far they have watched, for the spoiler guard)
  or a person (told when that person is credited on an upcoming season).
- ``FeedToken``: the secret of a per-user Atom or iCalendar feed URL; only its SHA-256 is
  stored, the token itself is shown once. Revoking sets ``revoked_at``.
- ``Channel``: an Apprise URL the user added, delivered at once or as a daily digest; the
  URL is stored encrypted (``sealed_url``), shown masked, decrypted only to deliver.
- ``Event``: one change of a show's facts; ``key`` is unique, so a change is recorded once.
- ``Delivery``: one event for one user on one channel (``channel`` null: the user's feeds);
  unique per (event, user, channel), which makes fan-out and delivery exactly-once.
"""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q


class Follow(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows")
    show = models.ForeignKey(
        "nextseason.Show", on_delete=models.CASCADE, null=True, blank=True, related_name="follows"
    )
    person = models.ForeignKey(
        "nextseason.Person", on_delete=models.CASCADE, null=True, blank=True, related_name="follows"
    )
    watched_up_to = models.PositiveIntegerField(default=0)  # 0: nothing watched yet
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "nextseason"
        constraints = [
            models.UniqueConstraint(fields=["user", "show"], name="follow_unique"),
            models.UniqueConstraint(fields=["user", "person"], name="follow_person_unique"),
            models.CheckConstraint(
                condition=Q(show__isnull=False, person__isnull=True) | Q(show__isnull=True, person__isnull=False),
                name="follow_show_or_person",
            ),
        ]
        indexes = [
            models.Index(fields=["show"], name="follow_show"),
            models.Index(fields=["person"], name="follow_person"),
        ]

    def __str__(self) -> str:
        if self.person_id:
            return f"{self.user} follows {self.person}"
        return f"{self.user} follows {self.show} (watched up to season {self.watched_up_to})"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class FeedToken(models.Model):
    ATOM, ICAL = "atom", "ical"
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="feed_tokens")
    token_hash = models.CharField(max_length=64, unique=True)
    kind = models.CharField(max_length=4, choices=[(ATOM, "Atom"), (ICAL, "iCalendar")])
    premieres_only = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "nextseason"

    def __str__(self) -> str:
        state = "revoked" if self.revoked_at else "active"
        return f"{self.kind} feed of {self.user} ({state})"

    @classmethod
    def issue(cls, user: object, kind: str, *, premieres_only: bool = False) -> tuple[FeedToken, str]:
        """A new token (256 random bits); the caller shows the returned secret once."""
        secret = secrets.token_urlsafe(32)
        row = cls.objects.create(user=user, token_hash=token_hash(secret), kind=kind, premieres_only=premieres_only)
        return row, secret

    def revoke(self) -> None:
        """Stop this token working (its URL answers 404 from now on)."""
        if self.revoked_at is None:
            from django.utils import timezone

            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])

    @classmethod
    def active(cls, secret: str, kind: str) -> FeedToken | None:
        return (
            cls.objects.filter(token_hash=token_hash(secret), kind=kind, revoked_at__isnull=True)
            .select_related("user")
            .first()
        )


class Channel(models.Model):
    """An Apprise URL, kept sealed (``nextseason.web.sealing``): the column holds no
    password or token in clear. Give it as ``Channel(apprise_url=...)`` (sealed then);
    ``open_url()`` decrypts it for delivery; pages show ``masked``."""

    INSTANT, DIGEST = "instant", "digest"
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="channels")
    label = models.CharField(max_length=100, blank=True, default="")
    sealed_url = models.TextField()  # Fernet token of the Apprise URL
    masked_url = models.CharField(max_length=300, blank=True, default="")  # scheme and host only
    mode = models.CharField(max_length=7, choices=[(INSTANT, "instant"), (DIGEST, "daily digest")], default=INSTANT)
    created = models.DateTimeField(auto_now_add=True)
    last_error = models.TextField(blank=True, default="")
    last_error_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "nextseason"

    def __str__(self) -> str:
        return f"{self.label or self.masked} ({self.mode})"

    def _seal(self, url: str) -> None:
        from nextseason.web.sealing import masked_url, seal

        self.sealed_url = seal(url)
        self.masked_url = masked_url(url)[:300]

    # Write-only: setting it (or passing it to the constructor) seals the URL.
    apprise_url = property(fset=_seal, doc="The Apprise URL, write-only: use ``open_url()`` to deliver.")

    def open_url(self) -> str:
        """The Apprise URL in clear, for delivery only (SealError when no key opens it)."""
        from nextseason.web.sealing import unseal

        return unseal(self.sealed_url)

    @property
    def masked(self) -> str:
        """The scheme and host only: ``mailto://…@example.org``, never tokens or passwords."""
        return self.masked_url or "…"


class Event(models.Model):
    show = models.ForeignKey("nextseason.Show", on_delete=models.CASCADE, related_name="events")
    person = models.ForeignKey(
        "nextseason.Person", on_delete=models.SET_NULL, null=True, blank=True, related_name="events"
    )
    season = models.PositiveIntegerField(null=True, blank=True)
    kind = models.CharField(max_length=20)
    key = models.CharField(max_length=80, unique=True)
    payload = models.JSONField(default=dict)
    created = models.DateTimeField(auto_now_add=True)
    fanned_out_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "nextseason"
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.show_id} s{self.season} {self.kind}"


class PictureState(models.Model):
    """The last summary of a show's followed facts (``domain.events.summarise``)."""

    show = models.OneToOneField("nextseason.Show", on_delete=models.CASCADE, related_name="picture_state")
    summary = models.JSONField(default=dict)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        app_label = "nextseason"


class Delivery(models.Model):
    PENDING, SENT, FAILED = "pending", "sent", "failed"
    # No index of their own: the unique (event, user, channel) and (user, channel, event)
    # indexes lead with them (fewer indexes: a 100,000-follower fan-out stays fast).
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="deliveries", db_index=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="deliveries", db_index=False
    )
    channel = models.ForeignKey(Channel, on_delete=models.CASCADE, null=True, blank=True, related_name="deliveries")
    status = models.CharField(
        max_length=7, choices=[(PENDING, "pending"), (SENT, "sent"), (FAILED, "failed")], default=PENDING
    )
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True, default="")

    class Meta:
        app_label = "nextseason"
        constraints = [
            models.UniqueConstraint(fields=["event", "user", "channel"], name="delivery_unique"),
            # NULLs are distinct in a UNIQUE index: the feed row (no channel) needs its own.
            models.UniqueConstraint(
                fields=["event", "user"], condition=Q(channel__isnull=True), name="delivery_feed_unique"
            ),
        ]
        indexes = [
            models.Index(fields=["user", "channel", "event"], name="delivery_user_channel"),
            models.Index(fields=["next_attempt_at"], condition=Q(status="pending"), name="delivery_due"),
        ]

    def __str__(self) -> str:
        return f"event {self.event_id} → user {self.user_id} via {self.channel_id or 'feed'}: {self.status}"


class NewsFeed(models.Model):
    """An RSS/Atom feed polled for news; each new item is fetched and ingested."""

    url = models.URLField(max_length=1000, unique=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="news_feeds"
    )
    created = models.DateTimeField(auto_now_add=True)
    polled_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True, default="")

    class Meta:
        app_label = "nextseason"

    def __str__(self) -> str:
        from nextseason.web.config import redact

        return redact(self.url)  # a password in the URL stays out of pages and logs


class FeedItem(models.Model):
    """An item already seen in a news feed (by its id or link): never ingested twice."""

    feed = models.ForeignKey(NewsFeed, on_delete=models.CASCADE, related_name="items")
    guid = models.CharField(max_length=1000)
    link = models.URLField(max_length=1000, blank=True, default="")
    seen = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "nextseason"
        constraints = [models.UniqueConstraint(fields=["feed", "guid"], name="feed_item_unique")]

    def __str__(self) -> str:
        return self.link or self.guid
