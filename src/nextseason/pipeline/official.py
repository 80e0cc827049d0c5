"""Official data from TVmaze: import one show, and keep every imported show in sync.

Import: the show (one request, everything embedded) -> claims of official data (pure
mapping, ``sources.tvmaze_map``) -> name resolution (an imported show keeps its store
show; otherwise its title and akas find a show articles already made, unless that one is
another TVmaze show) -> store (a new version of ``tvmaze:show:ID`` when the claims
changed) -> reconcile.

Sync: one request for ``/updates/shows`` (the smallest window that covers every show's
last successful sync), then one per show changed upstream since. A show that fails is
reported and left as stored; its link is not advanced, so the next sync tries it again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from nextseason.domain.names import Candidate, Match
from nextseason.domain.official import ExternalLink, OfficialStore
from nextseason.domain.ports import NewDocument, Resolution
from nextseason.errors import InputError, NotFoundError
from nextseason.pipeline.reconcile import Reconcile
from nextseason.pipeline.resolve import Resolve
from nextseason.pipeline.work import Target, Work
from nextseason.sources.tvmaze import ShowGone, TVmazeClient
from nextseason.sources.tvmaze_map import (
    PUBLISHER,
    SOURCE,
    OfficialShow,
    ShowChoice,
    choices,
    is_imdb_id,
    map_show,
)

WINDOWS = (("day", dt.timedelta(days=1)), ("week", dt.timedelta(days=7)), ("month", dt.timedelta(days=30)))
SLACK = dt.timedelta(hours=1)  # a window must cover the last sync with this to spare


@dataclass(frozen=True, slots=True)
class Imported:
    show_id: int
    title: str
    tvmaze_id: int
    status: str  # 'new', 'updated' or 'unchanged'
    new_claims: int = 0
    new_conflicts: int = 0
    seasons: int = 0


# -- finding the show ------------------------------------------------------------------


def find_candidates(client: TVmazeClient, text: str) -> list[ShowChoice]:
    """A TVmaze id, an IMDb id (tt...) or a title -> the shows it may mean, best first."""
    query = text.strip()
    if query.isdigit():
        return choices([client.show(int(query), embed=False)])
    if is_imdb_id(query):
        return choices([client.lookup_imdb(query)])
    found = choices(client.search(query))
    if not found:
        raise NotFoundError(f"TVmaze knows no show called {query!r}")
    return found


# -- importing one show ----------------------------------------------------------------


def import_show(store: OfficialStore, client: TVmazeClient, tvmaze_id: int) -> Imported:
    return import_data(store, client.show(tvmaze_id))


def import_data(store: OfficialStore, raw: dict[str, Any], *, now: dt.datetime | None = None) -> Imported:
    """Store one TVmaze show (JSON with its embeds) as a document of official data."""
    now = now or dt.datetime.now(dt.UTC)
    show = map_show(raw)
    digest = claims_hash(show)
    link = store.link_of(SOURCE, str(show.tvmaze_id))
    seasons = len({c.season for c in show.claims.claims if c.season is not None})
    if link is not None and link.content_hash == digest:
        store.save_link(replace(link, updated=show.updated, synced_at=now))
        return Imported(link.show_id, show.title, show.tvmaze_id, "unchanged", seasons=seasons)
    resolution = _resolution(store, show, link)
    saved = store.save(
        NewDocument(
            key=show.key,
            content_hash=digest if not store.has_content(digest) else _salted(digest, now),
            claims=show.claims,
            fetched_at=now,
            kind="official",
            publisher=PUBLISHER,
        ),
        resolution,
    )
    assert saved.document_id is not None and saved.show_ids
    show_id = saved.show_ids[0]
    work = Reconcile(store).run(Work(Target(show.key, kind="official"), saved=saved))
    store.save_link(
        ExternalLink(show_id, SOURCE, str(show.tvmaze_id), show.updated, digest, now),
        native_title=show.native_title,
        other_ids=show.externals,
    )
    status = "new" if link is None else "updated"
    return Imported(show_id, show.title, show.tvmaze_id, status, saved.new_claims, work.new_conflicts, seasons)


def claims_hash(show: OfficialShow) -> str:
    text = json.dumps(show.claims.to_json(), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _salted(digest: str, now: dt.datetime) -> str:
    """The same claims as an older, no longer current version (A -> B -> A): a new row."""
    return hashlib.sha256(f"{digest}@{now.isoformat()}".encode()).hexdigest()


def _resolution(store: OfficialStore, show: OfficialShow, link: ExternalLink | None) -> Resolution:
    work = Work(Target(show.key, kind="official"), key=show.key, claims=show.claims)
    found = Resolve(store).run(work).resolution or Resolution()
    shows = dict(found.shows)
    names = list(shows)
    if link is not None:  # an imported show stays the store's show, whatever its names now
        forced = Match(Candidate(link.show_id, (show.title,)), show.title, True, f"TVmaze id {show.tvmaze_id}", 100.0)
        shows = dict.fromkeys(names, forced)
    else:
        for name, match in shows.items():
            if match is not None and isinstance(match.candidate.id, int):
                other = store.external_id_of(match.candidate.id, SOURCE)
                if other is not None and other != str(show.tvmaze_id):
                    shows[name] = None  # the same name, but another TVmaze show
    return Resolution(shows=shows, people=found.people)


# -- sync ------------------------------------------------------------------------------


@dataclass
class SyncReport:
    shows: int = 0  # imported shows checked
    changed: int = 0  # changed upstream since their last sync
    updated: int = 0
    unchanged: int = 0
    new_claims: int = 0
    new_conflicts: int = 0
    window: str = "all"
    requests: int = 0
    failed: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # the shows whose facts changed

    def summary(self) -> str:
        changed = f": {', '.join(self.titles[:10])}{' ...' if len(self.titles) > 10 else ''}" if self.titles else ""
        failed = f"; {len(self.failed)} failed (kept as stored, retried next sync)" if self.failed else ""
        return (
            f"{self.shows} shows checked against TVmaze's updates ({self.window}): {self.changed} changed upstream, "
            f"{self.updated} updated{changed}, {self.unchanged} with no change to their facts; "
            f"{self.new_claims} new claims, {self.new_conflicts} new conflicts{failed}; {self.requests} requests"
        )


def sync(
    store: OfficialStore,
    client: TVmazeClient,
    *,
    now: dt.datetime | None = None,
    on_start: Callable[[int], None] | None = None,
    on_step: Callable[[str], None] | None = None,
    on_error: Callable[[str], None] | None = None,
) -> SyncReport:
    """Re-import every imported show TVmaze changed since its last successful sync."""
    now = now or dt.datetime.now(dt.UTC)
    start = client.requests
    links = store.links(SOURCE)
    report = SyncReport(shows=len(links))
    if not links:
        return report
    report.window = update_window(links, now) or "all"
    upstream = client.updates(None if report.window == "all" else report.window)
    todo = [link for link in links if _changed(link, upstream)]
    report.changed = len(todo)
    if on_start:
        on_start(len(todo))
    for link in todo:
        _sync_one(store, client, link, report, now, on_error)
        if on_step:
            on_step(f"TVmaze {link.external_id}")
    report.requests = client.requests - start
    return report


def update_window(links: list[ExternalLink], now: dt.datetime) -> str | None:
    """The smallest ``/updates/shows`` window covering every show's last sync (None: all)."""
    synced = [link.synced_at for link in links]
    if any(s is None for s in synced):
        return None
    oldest = min(s for s in synced if s is not None)
    for name, span in WINDOWS:
        if now - oldest + SLACK <= span:
            return name
    return None


def _changed(link: ExternalLink, upstream: dict[int, int]) -> bool:
    stamp = upstream.get(int(link.external_id)) if link.external_id.isdigit() else None
    return stamp is not None and (link.updated is None or stamp > link.updated)


def _sync_one(
    store: OfficialStore,
    client: TVmazeClient,
    link: ExternalLink,
    report: SyncReport,
    now: dt.datetime,
    on_error: Callable[[str], None] | None,
) -> None:
    try:
        done = import_data(store, client.show(int(link.external_id)), now=now)
    except ShowGone:
        problem = f"TVmaze show {link.external_id}: removed upstream (404); stored data kept"
    except (InputError, ValueError) as exc:
        problem = f"TVmaze show {link.external_id}: {exc}"
    else:
        if done.status == "unchanged":
            report.unchanged += 1
        else:
            report.updated += 1
            report.titles.append(done.title)
        report.new_claims += done.new_claims
        report.new_conflicts += done.new_conflicts
        return
    report.failed.append(problem)
    if on_error:
        on_error(problem)
