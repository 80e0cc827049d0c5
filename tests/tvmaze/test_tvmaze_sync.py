"""Sync: few requests for many shows; failures reported, stored data kept, picked up next time."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tvmaze_fixtures import generated
from werkzeug import Response

from nextseason.pipeline.official import import_data, import_show, sync, update_window

NOW = dt.datetime(2024, 6, 1, 12, tzinfo=dt.UTC)


def test_a_sync_of_1000_shows_with_10_changed_costs_few_requests(store: Any, client_for: Any, tvmaze: Any) -> None:
    from nextseason.web import models as m

    for i in range(1, 1001):
        raw = generated(10_000 + i, 1_700_000_000)
        if i > 10:  # the unchanged ones: imported from the bare show (quicker to set up)
            raw["_embedded"] = {}
        import_data(store, raw, now=NOW - dt.timedelta(hours=20))
    tvmaze.updates = {str(10_000 + i): 1_700_000_000 for i in range(1, 1001)}
    for i in range(1, 11):
        raw = generated(10_000 + i, 1_700_000_500)
        raw["_embedded"]["seasons"][0]["episodeOrder"] = 12  # a real change to the facts
        tvmaze.shows[10_000 + i] = raw
        tvmaze.updates[str(10_000 + i)] = 1_700_000_500
    tvmaze.updates["99"] = 1_700_000_900  # a show we never imported
    tvmaze.paths.clear()
    report = sync(store, client_for(), now=NOW)
    assert len(tvmaze.paths) <= 20, tvmaze.paths  # counted at the server
    assert tvmaze.paths[0] == "/updates/shows?since=day"
    assert (report.shows, report.changed, report.updated, report.failed) == (1000, 10, 10, [])
    assert report.new_claims == 10 * 16  # each changed show: a new version of its claims
    assert m.Fact.objects.filter(show__title="Generated Show 10001", season=1, kind="episodes").get().value == 12


def test_sync_finishes_what_it_can_and_the_next_sync_picks_up(store: Any, client_for: Any, tvmaze: Any) -> None:
    from nextseason.web import models as m

    import_show(store, client_for(), 143)
    import_show(store, client_for(), 2993)
    before = store.counts()
    old = m.ExternalId.objects.get(source="tvmaze", value="143").updated
    tvmaze.updates = {"143": old + 100, "2993": 2_000_000_000}
    changed = tvmaze.shows[143]
    changed["updated"] = old + 100
    changed["_embedded"]["seasons"][3]["episodeOrder"] = 12
    tvmaze.faults["/shows/143"] = [Response("down", 500) for _ in range(4)]
    del tvmaze.shows[2993]  # removed upstream: 404
    report = sync(store, client_for(), now=dt.datetime.now(dt.UTC))
    assert report.updated == 0 and len(report.failed) == 2
    assert any("removed upstream (404)" in f for f in report.failed)
    assert store.counts() == before  # everything stored stays
    assert m.ExternalId.objects.get(source="tvmaze", value="143").updated == old
    again = sync(store, client_for(), now=dt.datetime.now(dt.UTC))
    assert again.updated == 1 and again.titles == ["Silicon Valley"] and len(again.failed) == 1
    assert m.ExternalId.objects.get(source="tvmaze", value="143").updated == old + 100
    assert "1 updated: Silicon Valley" in again.summary()


def test_the_update_window_covers_the_oldest_sync() -> None:
    from nextseason.domain.official import ExternalLink

    def links(*ages: float) -> list[ExternalLink]:
        return [ExternalLink(1, "tvmaze", str(i), 1, "", NOW - dt.timedelta(days=a)) for i, a in enumerate(ages)]

    assert update_window(links(0.5, 0.2), NOW) == "day"
    assert update_window(links(0.5, 3), NOW) == "week"
    assert update_window(links(20), NOW) == "month"
    assert update_window(links(45), NOW) is None
