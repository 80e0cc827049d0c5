"""The driver: run each document through the ordered stages and sum up what happened."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from nextseason.domain.ports import Store
from nextseason.errors import InputError
from nextseason.pipeline.extract import Extract
from nextseason.pipeline.read import Read, SkipKnown
from nextseason.pipeline.reconcile import Reconcile
from nextseason.pipeline.resolve import Resolve
from nextseason.pipeline.store import Save
from nextseason.pipeline.work import Skip, Target, Work


class Stage(Protocol):
    name: str

    def run(self, work: Work) -> Work: ...


def stages(store: Store) -> list[Stage]:
    """fetch/read -> (skip known content) -> extract -> resolve names -> store -> reconcile."""
    return [Read(), SkipKnown(store), Extract(), Resolve(store), Save(store), Reconcile(store)]


@dataclass
class IngestReport:
    documents: int = 0  # given
    stored: int = 0  # new documents or new versions
    versions: int = 0  # of those, new versions of a known document
    unchanged: int = 0
    claims: int = 0
    conflicts: int = 0
    merges: list[str] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    show_ids: list[int] = field(default_factory=list)  # touched, first seen first

    def summary(self) -> str:
        return (
            f"{self.documents} documents: {self.stored} stored ({self.versions} new versions), "
            f"{self.unchanged} unchanged, {len(self.errors)} unreadable; "
            f"{self.claims} new claims, {self.conflicts} new conflicts, {len(self.merges)} merges, "
            f"{len(self.suggestions)} suggestions"
        )

    def add(self, work: Work) -> None:
        saved = work.saved
        if saved is None:
            return
        self.stored += 1
        self.versions += saved.version > 1
        self.claims += saved.new_claims
        self.conflicts += work.new_conflicts
        self.merges.extend(saved.merges)
        self.suggestions.extend(saved.suggestions)
        self.show_ids.extend(i for i in saved.show_ids if i not in self.show_ids)


def ingest(
    store: Store,
    targets: Sequence[Target],
    *,
    on_step: Callable[[str], None] | None = None,
    on_error: Callable[[str], None] | None = None,
) -> IngestReport:
    """Ingest each target; an unreadable one is reported and the rest go on."""
    report = IngestReport(documents=len(targets))
    pipeline = stages(store)
    for target in targets:
        try:
            report.add(run_one(pipeline, Work(target)))
        except Skip:
            report.unchanged += 1
        except InputError as exc:
            report.errors.append(str(exc))
            if on_error:
                on_error(str(exc))
        if on_step:
            on_step(target.location)
    return report


def run_one(pipeline: Sequence[Stage], work: Work) -> Work:
    """Run one document through the stages; a stage may stop it with ``Skip``."""
    for stage in pipeline:
        work = stage.run(work)
    return work
