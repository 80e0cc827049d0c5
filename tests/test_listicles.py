"""Numbered listicles of several shows, each entry with a one-line fact box under its title."""

from __future__ import annotations

from nextseason.extract import extract
from nextseason.sources.reader import html_source

_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>4 Returning Shows Worth the Wait | Couch Memo</title></head>
<body><article>
<h1>4 Returning Shows Worth the Wait</h1>
<p>Spring is here and the schedule looks thin, so we have gathered four returning shows from around
the world, with the latest on when they come back, who is in them and where production stands.</p>
<h2>1. Harrow Point Season 3</h2>
<p><strong>Status:</strong> Filming completed · <strong>Release date:</strong> TBA · <strong>Where to watch:</strong> Peacock</p>
<p>It has been two years since the second season arrived. Dana Whitlock returns as Sheriff Ada Crane,
and Tomas Reyes is back as her deputy Luis Ortega.</p>
<h2>2. Tōge Station Season 2</h2>
<p><strong>Status:</strong> Renewed · <strong>Release date:</strong> Not before 2027 · <strong>Where to watch:</strong> Hulu, Disney+</p>
<p>FX ordered a second season of Toge Station last May. Filming begins in Osaka in January 2026.</p>
<h2>3. Mareas (Low Tides) Season 2</h2>
<p><strong>Status:</strong> Renewed · <strong>Release date:</strong> Second half of 2025 (expected) · <strong>Where to watch:</strong> Netflix</p>
<p>Low Tides was one of the most-watched non-English series last year. Netflix renewed it for a second
season in September, and Paula Ortiz returns as the harbour pilot Inés Vidal.</p>
<h2>4. Gullwing Season 4</h2>
<p><strong>Status:</strong> Renewed · <strong>Release date:</strong> TBA · <strong>Where to watch:</strong> Max</p>
<p>The final run is on its way. Max confirmed last November that Gullwing would end with a fourth season.</p>
</article></body></html>
"""


def _claims() -> set[tuple[str, int | None, str, object]]:
    source = html_source(_PAGE, doc_id="listicle", url=None, where="listicle.html")
    doc = extract(source.text, title=source.title, published="2025-03-10", published_from="given")
    return {
        (
            c.show,
            c.season,
            c.kind,
            c.value if not isinstance(c.value, dict) else tuple(c.value.values()),
        )
        for c in doc.claims
    }


def test_each_entry_and_its_fact_box_are_about_the_show_it_names() -> None:
    claims = _claims()
    assert ("Harrow Point", 3, "no_premiere_date", None) in claims
    assert ("Harrow Point", None, "platform", "Peacock") in claims
    assert ("Harrow Point", 3, "cast", ("Dana Whitlock", "Sheriff Ada Crane")) in claims
    assert ("Gullwing", 4, "no_premiere_date", None) in claims
    assert ("Gullwing", 4, "renewed", "2024-11") in claims
    # (no entry lends its claims to the list's headline)
    assert not any(show.startswith("4 Returning") for show, *_ in claims)


def test_fact_box_fields_on_one_line_each_count() -> None:
    claims = _claims()
    shown = {c for c in claims if c[2] == "platform"}
    assert {
        ("Tōge Station", None, "platform", "Hulu"),
        ("Tōge Station", None, "platform", "Disney+"),
    } <= shown
    assert ("Tōge Station", 2, "premiere", "2027/..") in claims


def test_a_title_without_its_diacritics_is_the_same_show() -> None:
    claims = _claims()
    assert ("Tōge Station", 2, "renewed", "2024-05") in claims
    assert ("Tōge Station", 2, "filming", "2026-01") in claims
    assert not any(show == "Toge Station" for show, *_ in claims)


def test_an_entry_with_its_other_title_in_brackets() -> None:
    claims = _claims()
    assert ("Mareas", 2, "renewed", "2024-09") in claims
    assert ("Mareas", 2, "premiere", "2025-41") in claims
    assert ("Mareas", 2, "cast", ("Paula Ortiz", "Inés Vidal")) in claims


_SCORECARD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Every Lumen+ Show Renewed or Cancelled</title></head>
<body><article>
<h1>Every Lumen+ Show Renewed or Cancelled</h1>
<p>The streamer never publishes viewing figures, so here is where each of its scripted series stands.</p>
<h2>Harrow Point</h2>
<p><strong>Status:</strong> Renewed for season 4</p>
<p>Lumen+ confirmed in March that Harrow Point will return, with Dana Whitlock back as Sheriff Ada Crane.
Cameras started rolling in Oregon in July.</p>
<h2>Gullwing</h2>
<p><strong>Status:</strong> Awaiting a decision on season 3</p>
<p>The second season of the airline drama premiered on September 17, with Tomas Reyes back as Luis Ortega.</p>
<h2>Tide Clock</h2>
<p><strong>Status:</strong> Cancelled</p>
<p>The time-travel caper was cancelled after one season.</p>
</article></body></html>
"""


def test_headings_with_only_a_title_over_a_status_field_open_sections() -> None:
    source = html_source(_SCORECARD, doc_id="scorecard", url=None, where="scorecard.html")
    doc = extract(source.text, title=source.title, published="2025-10-15", published_from="given")
    got = {(c.show, c.season, c.kind, c.value if not isinstance(c.value, dict) else tuple(c.value.values())) for c in doc.claims}
    assert {
        ("Harrow Point", 4, "cast", ("Dana Whitlock", "Sheriff Ada Crane")),
        ("Harrow Point", 4, "filming", "2025-07"),
        ("Gullwing", 2, "premiere", "2025-09-17"),
        ("Tide Clock", None, "cancelled", None),
    } <= got
    assert not any(c.show == "Harrow Point" and c.kind == "cancelled" for c in doc.claims)


_CALENDAR = """Every Returning Show Premiering This Winter

The first weeks of the year are stacked. Below are the dates for the returning series we track.

Harrow Point, Season 3 – Peacock, Tuesday, January 7

The sheriff is back: Dana Whitlock returns as Ada Crane, and the season runs ten episodes.

Gullwing, Season 4 Part 2 – Max, Thursday, February 13

The last batch of the final season closes the story. Tomas Reyes is back as Luis Ortega.

Low Tides, Season 2 – Netflix and Hulu, March 3

Paula Ortiz returns as the harbour pilot Ines Vidal.
"""


def test_calendar_lines_name_season_service_and_date() -> None:
    doc = extract(_CALENDAR, title=_CALENDAR.splitlines()[0], published="2024-12-12", published_from="given")
    got = {(c.show, c.season, c.kind, c.value, c.part) for c in doc.claims if c.kind in ("premiere", "platform")}
    assert got == {
        ("Harrow Point", 3, "premiere", "2025-01-07", None),
        ("Harrow Point", None, "platform", "Peacock", None),
        ("Gullwing", 4, "premiere", "2025-02-13", 2),
        ("Gullwing", None, "platform", "Max", None),
        ("Low Tides", 2, "premiere", "2025-03-03", None),
        ("Low Tides", None, "platform", "Netflix", None),
        ("Low Tides", None, "platform", "Hulu", None),
    }
    casts = {(c.show, c.season, c.value["person"]) for c in doc.claims if c.kind == "cast" and isinstance(c.value, dict)}
    assert ("Harrow Point", 3, "Dana Whitlock") in casts and ("Gullwing", 4, "Tomas Reyes") in casts


def test_a_season_line_whose_tail_is_no_date_opens_no_calendar_entry() -> None:
    text = "Harrow Point, Season 3 – the wait goes on\n\nHarrow Point, Season 3 – Peacock, which renewed it in May\n\nWe will update this page."
    doc = extract(text, title="Harrow Point Season 3 news", published="2024-12-12", published_from="given")
    assert not [c for c in doc.claims if c.kind == "premiere"]


def test_a_calendar_line_whose_title_is_a_year() -> None:
    text = _CALENDAR + "\n1887, Season 2 – Paramount+, Sunday, February 23\n\nThe frontier prequel returns with Ada Quill as Cara.\n"
    doc = extract(text, title=_CALENDAR.splitlines()[0], published="2024-12-12", published_from="given")
    got = {(c.show, c.season, c.kind, c.value) for c in doc.claims if c.show == "1887" and c.kind in ("premiere", "platform")}
    assert ("1887", 2, "premiere", "2025-02-23") in got and ("1887", None, "platform", "Paramount+") in got


_TRACKER = """Every Streamer Show Renewed or Cancelled This Year

Below is our running list of originals renewed or cancelled since January.

Renewed

Harrow Point (season 3)

The drama got its third-season pickup in January. Dana Whitlock returns as Sheriff Ada Crane.

The Four Winds (season 2)

The streamer renewed the comedy in May. It stars Tomas Reyes as Luis Ortega.

Cancelled

Gullwing

Gullwing was the first casualty of the year. Paula Ortiz starred as Ines Vidal.

Low Tides

Low Tides didn't get a second season.
"""


def test_a_trackers_bracketed_season_lines_and_titles_under_a_verdict_heading_open_sections() -> None:
    doc = extract(_TRACKER, title=_TRACKER.splitlines()[0], published="2025-07-08", published_from="given")
    got = {(c.show, c.season, c.kind) for c in doc.claims}
    assert {("Harrow Point", 3, "renewed"), ("The Four Winds", 2, "renewed"), ("Low Tides", 2, "renewed")} <= got
    casts = {(c.show, c.value["person"]) for c in doc.claims if c.kind == "cast" and isinstance(c.value, dict)}
    assert casts == {("Harrow Point", "Dana Whitlock"), ("The Four Winds", "Tomas Reyes"), ("Gullwing", "Paula Ortiz")}
    assert "Every Streamer Show" not in {s.title for s in doc.document.shows}
