"""Ingestion as an explicit, ordered list of stages, over the store port.

read -> skip known content -> extract -> resolve names -> store -> reconcile. The
pipeline never imports the Django shell: the caller hands it a ``Store``.
"""

from __future__ import annotations

from nextseason.pipeline.driver import IngestReport, ingest, stages
from nextseason.pipeline.progress import Progress
from nextseason.pipeline.reconcile import picture_of, show_picture
from nextseason.pipeline.targets import sample_targets, targets
from nextseason.pipeline.work import Target

__all__ = [
    "IngestReport",
    "Progress",
    "Target",
    "ingest",
    "picture_of",
    "sample_targets",
    "show_picture",
    "stages",
    "targets",
]
