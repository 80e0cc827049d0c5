"""Editors' decisions: which side of a conflict is right."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class ConflictChoice(models.Model):
    """An editor's answer to a conflict of (show, season, kind): the value they chose."""

    show = models.ForeignKey("nextseason.Show", on_delete=models.CASCADE, related_name="conflict_choices")
    season = models.PositiveIntegerField(null=True, blank=True)
    kind = models.CharField(max_length=20)
    value = models.JSONField(null=True, blank=True)
    source_title = models.CharField(max_length=500, blank=True, default="")  # the side's source
    chosen_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "nextseason"
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["show", "season", "kind"], name="choice_show_season_kind")]

    def __str__(self) -> str:
        return f"{self.show} s{self.season} {self.kind}: {self.value!r}"
