"""Fact-change events between reconciled pictures of an invented show, "The Lantern Keepers"."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from typing import Any

from nextseason.domain.events import (
    CastAdded,
    ConflictAppeared,
    CrewAdded,
    PremiereAnnounced,
    PremiereMoved,
    Renewed,
    WindowNarrowed,
    diff_pictures,
    diff_summaries,
    event_from_payload,
    headline,
    summarise,
)
from nextseason.domain.model import ShowPicture, Source, StoredClaim
from nextseason.domain.reconcile import reconcile

SHOW = "The Lantern Keepers"
_ids = itertools.count(1)


def source(sid: str, published: str, *, kind: str = "article") -> Source:
    return Source(
        id=sid,
        url=f"https://example.org/{sid}",
        title=f"Article {sid}",
        publisher="Example Times",
        published=published,
        published_from="metadata",
        kind=kind,
        fetched_at=dt.datetime(2030, 1, 1, 12),
    )


def claim(
    kind: str, value: Any, src: Source, stance: str = "asserted", *, season: int | None = 2
) -> StoredClaim:
    return StoredClaim(next(_ids), SHOW, season, kind, value, stance, f"about {kind}", src)


def picture(*claims: StoredClaim) -> ShowPicture:
    return reconcile(SHOW, [], claims)


A, B, C = source("a", "2023-05-02"), source("b", "2023-09-01"), source("c", "2023-11-20")
RENEWED = claim("renewed", "2023-05-01", A)


def kinds(events: list[Any]) -> list[tuple[str, int | None, str]]:
    return [(e.kind, e.season, e.value) for e in events]


def test_a_new_show_announces_its_firm_facts_in_a_fixed_order() -> None:
    after = picture(
        claim("cast", {"person": "Mara Quill", "character": "Ines"}, A),
        claim("premiere", "2024-40", A),
        RENEWED,
        claim("cancelled", None, A, season=None),
    )
    events = diff_pictures(None, after)
    assert kinds(events) == [
        ("cancelled", None, ""),
        ("renewed", 2, ""),
        ("premiere_announced", 2, "2024-40"),
        ("cast_added", 2, "Mara Quill"),
    ]
    assert events[1].summary == "The Lantern Keepers renewed for season 2 (announced 2023-05-01)"
    assert events[2].summary == "The Lantern Keepers season 2 expected 2024-40"
    assert events[1].sources[0].url == "https://example.org/a"


def test_the_same_picture_twice_changes_nothing() -> None:
    pic = picture(RENEWED, claim("premiere", "2024-03-15", A))
    assert diff_pictures(pic, pic) == []


def test_speculation_and_denials_make_no_event() -> None:
    after = picture(
        claim("premiere", "2024-40", A, "speculated"), claim("renewed", None, A, "denied")
    )
    assert diff_pictures(None, after) == []


def test_a_window_narrows_then_becomes_a_day_then_moves() -> None:
    half = picture(RENEWED, claim("premiere", "2024-40", A))
    month = picture(RENEWED, claim("premiere", "2024-40", A), claim("premiere", "2024-03", B))
    day = picture(RENEWED, claim("premiere", "2024-40", A), claim("premiere", "2024-03-15", B))
    moved = picture(RENEWED, claim("premiere", "2024-03-15", B), claim("premiere", "2024-04-02", C))
    [narrowed] = diff_pictures(half, month)
    assert isinstance(narrowed, WindowNarrowed)
    assert (narrowed.previous, narrowed.date) == ("2024-40", "2024-03")
    [announced] = diff_pictures(month, day)
    assert isinstance(announced, PremiereAnnounced) and announced.precise
    assert announced.summary == "The Lantern Keepers season 2 premieres 2024-03-15 (was 2024-03)"
    [move] = diff_pictures(day, moved)
    assert isinstance(move, PremiereMoved)
    assert move.value == "2024-03-15->2024-04-02"
    assert "moved from 2024-03-15 to 2024-04-02" in move.summary


def test_official_data_leads_the_premiere() -> None:
    tvmaze = source("tvmaze", "2023-10-01", kind="official")
    before = picture(claim("premiere", "2024-03-15", C))
    after = picture(claim("premiere", "2024-03-15", C), claim("premiere", "2024-03-22", tvmaze))
    changes = diff_pictures(before, after)
    assert [(type(e), e.value) for e in changes if e.kind.startswith("premiere")] == [
        (PremiereMoved, "2024-03-15->2024-03-22")
    ]


def test_keys_are_stable_short_and_distinct() -> None:
    after = picture(RENEWED, claim("premiere", "2024-03-15", A))
    first, again = (
        diff_pictures(None, after),
        diff_pictures(None, picture(RENEWED, claim("premiere", "2024-03-15", B))),
    )
    assert [e.key for e in first] == [e.key for e in again]
    assert len({e.key for e in first}) == 2
    assert all(len(e.key) <= 45 and e.key.startswith(e.kind + ":") for e in first)
    assert first[0].identity == (SHOW, 2, "renewed", "")
    assert Renewed(SHOW, 2).key == first[0].key  # the date does not make another renewal


def test_summaries_are_json_and_diff_the_same_way() -> None:
    before = picture(RENEWED, claim("premiere", "2024-40", A))
    after = picture(RENEWED, claim("premiere", "2024-40", A), claim("premiere", "2024-03", B))
    day = dt.date(2024, 1, 1)
    old = json.loads(json.dumps(summarise(before, day)))
    new = json.loads(json.dumps(summarise(after, day)))
    assert diff_summaries(old, new) == diff_pictures(before, after, today=day)
    assert diff_summaries(new, new) == []


def test_payloads_round_trip() -> None:
    after = picture(
        RENEWED,
        claim("premiere", "2024-03-15", A),
        claim("cast", {"person": "Mara Quill", "character": "Ines"}, A),
        claim("crew", {"person": "Odile Fenn", "role": "director"}, A),
    )
    for event in diff_pictures(None, after, today=dt.date(2024, 1, 1)):
        payload = json.loads(json.dumps(event.payload()))
        assert event_from_payload(payload) == event
        assert headline(payload) == event.summary
    assert headline({"kind": "gone", "summary": "kept text"}) == "kept text"


def test_new_cast_and_crew_are_upcoming_until_the_season_airs() -> None:
    base = (RENEWED, claim("premiere", "2024-03-15", A))
    before = picture(*base)
    after = picture(
        *base,
        claim("cast", {"person": "Mara Quill", "character": "Ines"}, B),
        claim("crew", {"person": "Odile Fenn", "role": "director"}, B),
    )
    early = diff_pictures(before, after, today=dt.date(2024, 1, 10))
    assert [type(e) for e in early] == [CastAdded, CrewAdded]
    assert all(e.upcoming for e in early)
    assert early[0].summary == "Mara Quill joins the cast of The Lantern Keepers season 2 as Ines"
    assert early[1].person == "Odile Fenn" and early[1].role == "director"
    late = diff_pictures(before, after, today=dt.date(2024, 6, 1))
    assert [e.upcoming for e in late] == [False, False]
    assert not any(e.upcoming for e in diff_pictures(before, after))  # no day: not judged


def test_a_known_person_under_another_spelling_is_not_new() -> None:
    before = picture(claim("cast", {"person": "Park Ji-Hoo", "character": "Dae"}, A))
    after = picture(
        claim("cast", {"person": "Park Ji-Hoo", "character": "Dae"}, A),
        claim("cast", {"person": "Park Ji-hu", "character": "Dae"}, B),
    )
    assert [e for e in diff_pictures(before, after) if e.kind == "cast_added"] == []


def test_a_speculated_credit_made_firm_is_news() -> None:
    before = picture(claim("cast", {"person": "Mara Quill", "character": None}, A, "speculated"))
    after = picture(claim("cast", {"person": "Mara Quill", "character": None}, B))
    assert kinds(diff_pictures(before, after)) == [("cast_added", 2, "Mara Quill")]


def test_a_conflict_appears_once() -> None:
    one, other = source("x", "2023-09"), source("y", "2023-09")
    before = picture(claim("episodes", 8, one))
    after = picture(claim("episodes", 8, one), claim("episodes", 10, other))
    events = diff_pictures(before, after)
    conflicts = [e for e in events if isinstance(e, ConflictAppeared)]
    assert len(conflicts) == 1, events
    assert conflicts[0].fact_kind == "episodes" and conflicts[0].values == ("10", "8")
    assert "sources disagree on episodes (10 vs 8)" in conflicts[0].summary
    assert diff_pictures(after, after) == []
