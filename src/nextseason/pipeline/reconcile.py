"""Stage 5: reconcile every show the document touched and keep the facts."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from nextseason.domain.model import ShowPicture
from nextseason.domain.ports import EventSink, FactRow, Store
from nextseason.domain.reconcile import describe, editor, reconcile
from nextseason.errors import NotFoundError
from nextseason.pipeline.work import Work


class Reconcile:
    name = "reconcile"

    def __init__(self, store: Store) -> None:
        self.store = store

    def run(self, work: Work) -> Work:
        assert work.saved is not None
        new = 0
        for show_id in work.saved.show_ids:
            picture = picture_of(self.store, show_id)
            new += self.store.save_facts(show_id, fact_rows(picture))
            if isinstance(self.store, EventSink):  # notifications: record what changed
                self.store.picture_changed(show_id, picture)
        return replace(work, new_conflicts=new)


def picture_of(store: Store, show_id: int, as_of: dt.date | None = None) -> ShowPicture:
    found = store.show_claims(show_id)
    return reconcile(
        found.title,
        found.aliases,
        found.claims,
        as_of=as_of,
        person_aliases=found.person_aliases,
        passages=found.passages,
        choices=found.choices,
    )


def fact_rows(picture: ShowPicture) -> list[FactRow]:
    rows: list[FactRow] = []
    for season in picture.seasons:
        for fact in season.facts:
            status = "superseded" if fact.superseded else "current"
            rows.append(FactRow(season.number, fact.kind, fact.value, fact.stance, status, fact.why))
        for conflict in season.conflicts:
            values = [c.value for c in conflict.claims]
            choice = conflict.resolution
            if choice is None:
                rows.append(FactRow(season.number, conflict.kind, values, "", "conflict", "incompatible firm claims"))
                continue
            why = (
                f"incompatible firm claims; resolved by {editor(choice)} on {choice.at.date().isoformat()}: "
                f"{describe(choice.chosen.kind, choice.chosen.value)} ({choice.chosen.stance}) chosen"
            )
            rows.append(FactRow(season.number, conflict.kind, values, "", "resolved", why))
    return rows


def show_picture(
    store: Store, title: str, *, season: int | None = None, as_of: dt.date | None = None
) -> ShowPicture:
    """The dossier's picture of the show known as ``title``; NotFoundError suggests near titles."""
    show_id = store.find_show(title)
    if show_id is None:
        near = store.nearest_titles(title)
        hint = f"; did you mean: {', '.join(repr(t) for t in near)}?" if near else "; the store has no shows yet"
        raise NotFoundError(f"no show called {title!r}{hint}")
    picture = picture_of(store, show_id, as_of)
    if season is None:
        return picture
    if picture.season(season) is None:
        raise NotFoundError(f"{picture.title} has no claims about season {season}")
    return replace(picture, seasons=tuple(s for s in picture.seasons if s.number in (None, season)))
