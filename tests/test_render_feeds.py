"""Atom and iCalendar feeds: parsed back with feedparser and icalendar."""

from __future__ import annotations

import datetime as dt

import feedparser
import icalendar

from nextseason.domain.events import PremiereMoved, Renewed, SourceRef
from nextseason.domain.model import ShowPicture, Source, StoredClaim
from nextseason.domain.reconcile import reconcile
from nextseason.render.feeds import (
    CalendarItem,
    FeedEntry,
    atom_feed,
    calendar_items,
    calendar_span,
    event_entry,
    ical_feed,
)

HOST = "nextseason.example"
NOW = dt.datetime(2024, 2, 1, 9, 30, tzinfo=dt.UTC)
SHOW = "The Lantern Keepers"


def atom(entries: list[FeedEntry]) -> bytes:
    return atom_feed(
        entries,
        feed_id=f"tag:{HOST},2024:user/7",
        title="Your shows",
        link=f"https://{HOST}/",
        updated=NOW,
        self_link=f"https://{HOST}/feeds/secret.atom",
    )


def test_atom_feed_parses_without_complaint() -> None:
    events = [
        Renewed(
            SHOW, 2, date="2023-05", sources=(SourceRef("Renewal news", "https://example.org/a"),)
        ),
        PremiereMoved(SHOW, 2, "2024-04-02", previous="2024-03-15"),
    ]
    feed = feedparser.parse(atom([event_entry(e, host=HOST, created=NOW) for e in events]))
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title == "Your shows"
    titles = [e.title for e in feed.entries]
    assert titles == [
        "The Lantern Keepers renewed for season 2 (announced May 2023)",
        "The Lantern Keepers season 2 premiere moved from 15 March 2024 to 2 April 2024",
    ]
    assert feed.entries[0].link == "https://example.org/a"
    assert "Renewal news" in feed.entries[0].summary
    assert feed.entries[1].id == f"tag:{HOST},2024:event:{events[1].key}"


def test_atom_text_with_markup_stays_text() -> None:
    hostile = FeedEntry(
        id="urn:x:1",
        title="<script>alert(1)</script> & more",
        updated=NOW,
        summary='<img src=x onerror="alert(1)">\x00\x07 bell',
    )
    raw = atom([hostile])
    assert b"<script>" not in raw and b"<img" not in raw
    feed = feedparser.parse(raw)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.entries[0].title == "<script>alert(1)</script> & more"


def test_an_empty_atom_feed_is_valid() -> None:
    feed = feedparser.parse(atom([]))
    assert feed.bozo == 0 and feed.entries == []


def item(date: str, *, sequence: int = 0, **extra: object) -> CalendarItem:
    fields: dict = {"show": SHOW, "slug": "the-lantern-keepers", "season": 2, "stamp": NOW}
    fields.update(extra)
    return CalendarItem(date=date, sequence=sequence, **fields)


def vevents(raw: bytes) -> list[icalendar.Event]:
    cal = icalendar.Calendar.from_ical(raw)
    assert cal["VERSION"] == "2.0"
    return list(cal.walk("VEVENT"))


def test_a_day_premiere_is_an_all_day_event_with_a_global_uid() -> None:
    raw = ical_feed([item("2024-03-15")], host=HOST)
    assert b"DTSTART;VALUE=DATE:20240315" in raw
    [event] = vevents(raw)
    assert str(event["UID"]) == f"the-lantern-keepers-s2-premiere@{HOST}"
    assert event.decoded("DTSTART") == dt.date(2024, 3, 15)
    assert event.decoded("DTEND") == dt.date(2024, 3, 16)
    assert str(event["SUMMARY"]) == "The Lantern Keepers season 2 premiere"


def test_a_moved_date_keeps_the_uid_and_bumps_the_sequence() -> None:
    first = ical_feed([item("2024-03-15")], host=HOST)
    again = ical_feed([item("2024-03-15")], host=HOST)
    moved = ical_feed([item("2024-04-02", sequence=1)], host=HOST)
    assert first == again  # the same input, the same bytes
    [before], [after] = vevents(first), vevents(moved)
    assert after["UID"] == before["UID"]
    assert (before["SEQUENCE"], after["SEQUENCE"]) == (0, 1)
    assert after.decoded("DTSTART") == dt.date(2024, 4, 2)


def test_windows_are_spans_or_left_out_never_a_made_up_day() -> None:
    items = [
        item("2024-03", season=3),
        item("2024-22", season=4),
        item("2024-40", season=5),
        item("2024", season=6),
        item("2024-07/..", season=7),
    ]
    events = {e["UID"].split("@")[0]: e for e in vevents(ical_feed(items, host=HOST))}
    assert set(events) == {"the-lantern-keepers-s3-premiere", "the-lantern-keepers-s4-premiere"}
    march = events["the-lantern-keepers-s3-premiere"]
    assert (march.decoded("DTSTART"), march.decoded("DTEND")) == (
        dt.date(2024, 3, 1),
        dt.date(2024, 4, 1),
    )
    assert "March 2024, date not set" in str(march["SUMMARY"])
    summer = events["the-lantern-keepers-s4-premiere"]
    assert (summer.decoded("DTSTART"), summer.decoded("DTEND")) == (
        dt.date(2024, 6, 1),
        dt.date(2024, 9, 1),
    )
    wide = vevents(ical_feed(items, host=HOST, max_window_days=184))
    assert len(wide) == 3  # the first half of 2024 too; a year and an open window never
    assert calendar_span("2024-07/..") is None and calendar_span("not a date") is None


def test_premieres_only_leaves_finales_out() -> None:
    items = [item("2024-03-15"), item("2024-05-10", kind="finale"), item("2024-09-01", part=2)]
    uids = [str(e["UID"]) for e in vevents(ical_feed(items, host=HOST))]
    assert uids == [
        f"the-lantern-keepers-s2-premiere@{HOST}",
        f"the-lantern-keepers-s2-finale@{HOST}",
        f"the-lantern-keepers-s2-p2-premiere@{HOST}",
    ]
    only = [str(e["UID"]) for e in vevents(ical_feed(items, host=HOST, premieres_only=True))]
    assert only == [uids[0], uids[2]]


def source(sid: str, published: str) -> Source:
    return Source(
        sid, f"https://example.org/{sid}", sid, None, published, "metadata", "article", NOW
    )


def claim(value: str, src: Source) -> StoredClaim:
    return StoredClaim(src.id, SHOW, 2, "premiere", value, "asserted", "premiere", src)


def picture(*claims: StoredClaim) -> ShowPicture:
    return reconcile(SHOW, [], claims)


def test_calendar_items_from_pictures_count_moves() -> None:
    a, b = source("a", "2023-09-01"), source("b", "2023-11-20")
    announced = picture(claim("2024-03-15", a))
    moved = picture(claim("2024-03-15", a), claim("2024-04-02", b))
    [first] = calendar_items(announced, slug="the-lantern-keepers", stamp=NOW)
    [second] = calendar_items(moved, slug="the-lantern-keepers", stamp=NOW)
    assert (first.date, first.sequence) == ("2024-03-15", 0)
    assert (second.date, second.sequence) == ("2024-04-02", 1)
    given = calendar_items(moved, slug="x", stamp=NOW, revisions={(2, None, "premiere"): 5})
    assert given[0].sequence == 5
    [old], [new] = vevents(ical_feed([first], host=HOST)), vevents(ical_feed([second], host=HOST))
    assert old["UID"] == new["UID"] and new["SEQUENCE"] > old["SEQUENCE"]
