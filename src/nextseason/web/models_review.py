"""Editors' decisions: which side of a conflict is right."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models

from nextseason.domain.model import ConflictSide, EditorChoice


class ConflictChoice(models.Model):
    """An editor's answer to a conflict of (show, season, kind): the side they chose (its
    ``side_kind``, ``value`` and ``stance``) and every side the conflict held then (``seen``,
    a list of ``[kind, value, stance]``). Reconciliation makes the chosen side the current
    fact while the conflict holds only seen sides; the rows are kept as the history."""

    show = models.ForeignKey(
        "nextseason.Show", on_delete=models.CASCADE, related_name="conflict_choices"
    )
    season = models.PositiveIntegerField(null=True, blank=True)
    kind = models.CharField(max_length=20)
    side_kind = models.CharField(max_length=20, blank=True, default="")  # '': the conflict's kind
    value = models.JSONField(null=True, blank=True)
    stance = models.CharField(max_length=12, blank=True, default="asserted")
    seen = models.JSONField(default=list, blank=True)
    source_title = models.CharField(max_length=500, blank=True, default="")  # the side's source
    chosen_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "nextseason"
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["show", "season", "kind"], name="choice_show_season_kind")]

    def __str__(self) -> str:
        return f"{self.show} s{self.season} {self.kind}: {self.value!r}"

    @staticmethod
    def side_json(side: ConflictSide) -> list[Any]:
        return [side.kind, side.value, side.stance]

    def to_domain(self, editor: str | None = None) -> EditorChoice:
        """The choice as reconciliation takes it; ``editor`` is the chooser's user name
        (default: read from ``chosen_by``; '' when the account is gone)."""
        if editor is None:
            editor = self.chosen_by.get_username() if self.chosen_by is not None else ""
        seen = tuple(ConflictSide(str(k), v, str(s)) for k, v, s in self.seen or ())
        return EditorChoice(
            season=self.season,
            kind=self.kind,
            chosen=ConflictSide(self.side_kind or self.kind, self.value, self.stance),
            seen=seen,
            by=editor,
            at=self.created_at,
        )
