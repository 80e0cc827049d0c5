"""The Django app that holds the claim store."""

from __future__ import annotations

from django.apps import AppConfig


class StoreConfig(AppConfig):
    name = "nextseason.web"
    label = "nextseason"
    verbose_name = "nextseason claim store"
    default_auto_field = "django.db.models.BigAutoField"
