"""API tokens: a user's bearer tokens for the JSON API, kept only as SHA-256 hashes.

A token is 256 random bits (``secrets.token_urlsafe(32)``), shown once when made; the
database holds its hash, so a leaked table does not leak working tokens. Setting
``revoked_at`` stops a token at once; revoked rows stay for the record.
"""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

TOKEN_BYTES = 32  # 256 bits, well above the 128 the security rules ask for
PREFIX_LENGTH = 8  # the first characters, kept in clear so a user can tell tokens apart


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class ApiTokenQuerySet(models.QuerySet["ApiToken"]):
    def live(self) -> ApiTokenQuerySet:
        return self.filter(revoked_at__isnull=True)


class ApiToken(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    hashed = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(max_length=PREFIX_LENGTH)
    label = models.CharField(max_length=100, blank=True, default="")
    created = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        app_label = "nextseason"
        ordering = ["-created", "-id"]
        verbose_name = "API token"

    def __str__(self) -> str:
        state = "revoked" if self.revoked_at else "live"
        return f"{self.prefix}… ({self.user}, {state})"

    @classmethod
    def issue(cls, user: models.Model, label: str = "") -> tuple[ApiToken, str]:
        """A new token for ``user``: the row and the token itself (shown once, never stored)."""
        token = secrets.token_urlsafe(TOKEN_BYTES)
        row = cls.objects.create(user=user, hashed=hash_token(token), prefix=token[:PREFIX_LENGTH], label=label)
        return row, token

    @classmethod
    def user_for(cls, token: str) -> models.Model | None:
        """The user a live token belongs to, else None."""
        row = cls.objects.live().select_related("user").filter(hashed=hash_token(token)).first()
        if row is None or not row.user.is_active:
            return None
        return row.user

    def revoke(self) -> None:
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])
