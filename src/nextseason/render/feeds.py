"""Feeds as bytes: Atom (RFC 4287) for changes, iCalendar (RFC 5545) for premieres.

Pure functions; views only map URLs to them and set the content type
(``application/atom+xml``, ``text/calendar``).

Atom: ``atom_feed`` writes a well-formed feed with ``xml.etree`` (text content only, so
article text with markup stays inert; characters XML cannot hold are dropped).
``event_entry`` makes an entry of a fact-change event, its id a ``tag:`` URI of the
event's key, the same every time the feed is made; ``event_text`` is its wording (title,
and the title with its sources), which the push channels send too.

iCalendar: one VEVENT per ``CalendarItem`` (a season's premiere or finale), all-day:

- a day (``2024-03-15``) is ``DTSTART;VALUE=DATE:20240315`` with ``DTEND`` the next day;
- a window (a month, a season, a quarter, a half: any value with both bounds) spanning at
  most ``max_window_days`` days (default 92: a month, a season or a quarter) is one
  all-day span from its first to its last day, marked free (``TRANSP:TRANSPARENT``) and
  titled with the window in words; a wider or open window (a half, a year, "2024 or
  later") is left out: a calendar never shows a made-up day;
- the UID is global and stable: ``<show-slug>-s<season>[-p<part>]-premiere@<host>``
  (``-finale`` for a finale, no ``-s<season>`` for the show as a whole), never a row id,
  so a moved date updates the same event, with ``SEQUENCE`` the item's revision count
  (how many times its date changed) given by the caller;
- ``DTSTAMP`` and ``LAST-MODIFIED`` are the item's ``stamp``: the same input gives the
  same bytes.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import icalendar

from nextseason.domain.dates import bounds
from nextseason.domain.events import Event, lead_answers
from nextseason.domain.model import SeasonPicture, ShowPicture
from nextseason.render.dossier import date_words

ATOM_NS = "http://www.w3.org/2005/Atom"
PRODID = "-//nextseason//feeds//EN"
WINDOW_DAYS = 92
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


# --- Atom ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FeedEntry:
    id: str  # a URI, the same every time (e.g. a tag: URI)
    title: str
    updated: dt.datetime
    summary: str = ""
    link: str | None = None
    published: dt.datetime | None = None


def atom_feed(
    entries: Iterable[FeedEntry],
    *,
    feed_id: str,
    title: str,
    link: str,
    updated: dt.datetime,
    author: str = "nextseason",
    self_link: str | None = None,
) -> bytes:
    """An Atom feed of ``entries`` (in the order given), UTF-8 with an XML declaration."""
    feed = ET.Element("feed", xmlns=ATOM_NS)
    _text(feed, "id", feed_id)
    _text(feed, "title", title, type="text")
    _text(feed, "updated", _rfc3339(updated))
    _text(ET.SubElement(feed, "author"), "name", author)
    ET.SubElement(feed, "link", rel="alternate", href=link, type="text/html")
    if self_link:
        ET.SubElement(feed, "link", rel="self", href=self_link, type="application/atom+xml")
    for entry in entries:
        _entry(feed, entry)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _entry(feed: ET.Element, entry: FeedEntry) -> None:
    node = ET.SubElement(feed, "entry")
    _text(node, "id", entry.id)
    _text(node, "title", entry.title, type="text")
    _text(node, "updated", _rfc3339(entry.updated))
    if entry.published:
        _text(node, "published", _rfc3339(entry.published))
    if entry.link:
        ET.SubElement(node, "link", rel="alternate", href=entry.link)
    if entry.summary:
        _text(node, "summary", entry.summary, type="text")


def _text(parent: ET.Element, tag: str, text: str, **attrs: str) -> None:
    ET.SubElement(parent, tag, attrs).text = _NOT_XML.sub("", text)


def _rfc3339(moment: dt.datetime) -> str:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return aware.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def event_text(event: Event) -> tuple[str, str]:
    """A change told to people: one line with its dates in words ("12 March 2027", "first
    half of 2024", never EDTF codes), and that line followed by the sources it rests on."""
    title = event.describe(date_words)
    cited = [s.title or s.url or "" for s in event.sources]
    return title, title + ("\nSources: " + "; ".join(c for c in cited if c) if any(cited) else "")


def event_entry(
    event: Event, *, host: str, created: dt.datetime, link: str | None = None
) -> FeedEntry:
    """A feed entry for a fact-change event: dates in words, its sources listed."""
    title, summary = event_text(event)
    first = next((s.url for s in event.sources if s.url), None)
    year = created.year
    return FeedEntry(
        id=f"tag:{host},{year}:event:{event.key}",
        title=title,
        updated=created,
        summary=summary,
        link=link or first,
        published=created,
    )


# --- iCalendar -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CalendarItem:
    """A season's premiere (or finale) to put in a calendar."""

    show: str
    slug: str  # the show's stable slug, used in the UID
    season: int | None
    date: str  # EDTF: a day, or a window
    stamp: dt.datetime  # when this answer was last changed
    kind: str = "premiere"  # or "finale"
    part: int | None = None
    sequence: int = 0  # how many times the date has changed
    url: str | None = None
    description: str = ""


def calendar_uid(item: CalendarItem, host: str) -> str:
    season = f"-s{item.season}" if item.season is not None else ""
    part = f"-p{item.part}" if item.part is not None else ""
    return f"{item.slug}{season}{part}-{item.kind}@{host}"


def calendar_span(value: str, max_days: int = WINDOW_DAYS) -> tuple[dt.date, dt.date] | None:
    """First day and the day after the last (``DTEND``) of a value the calendar shows, or
    None when it is left out (open, unreadable, or wider than ``max_days``)."""
    try:
        low, high = bounds(value)
    except ValueError:
        return None
    if low is None or high is None or (high - low).days + 1 > max(max_days, 1):
        return None
    return low, high + dt.timedelta(days=1)


def ical_feed(
    items: Iterable[CalendarItem],
    *,
    host: str,
    premieres_only: bool = False,
    name: str = "nextseason",
    max_window_days: int = WINDOW_DAYS,
) -> bytes:
    """A VCALENDAR of the items the rules keep (see the module docstring)."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    for item in items:
        if premieres_only and item.kind != "premiere":
            continue
        span = calendar_span(item.date, max_window_days)
        if span is not None:
            cal.add_component(_vevent(item, span, host))
    return cal.to_ical()


def _vevent(item: CalendarItem, span: tuple[dt.date, dt.date], host: str) -> icalendar.Event:
    start, end = span
    day = end - start == dt.timedelta(days=1)
    event = icalendar.Event()
    event.add("uid", calendar_uid(item, host))
    event.add("dtstamp", _utc(item.stamp))
    event.add("last-modified", _utc(item.stamp))
    event.add("sequence", item.sequence)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", _calendar_title(item, day))
    event.add("transp", "TRANSPARENT")
    if item.description:
        event.add("description", item.description)
    if item.url:
        event.add("url", item.url)
    return event


def _utc(moment: dt.datetime) -> dt.datetime:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return aware.astimezone(dt.UTC).replace(microsecond=0)


def _calendar_title(item: CalendarItem, day: bool) -> str:
    what = item.show if item.season is None else f"{item.show} season {item.season}"
    if item.part is not None:
        what += f" part {item.part}"
    label = "premiere" if item.kind == "premiere" else item.kind
    return f"{what} {label}" if day else f"{what} {label} ({date_words(item.date)}, date not set)"


def calendar_items(
    picture: ShowPicture,
    *,
    slug: str,
    stamp: dt.datetime,
    revisions: Mapping[tuple[int | None, int | None, str], int] | None = None,
    url: str | None = None,
) -> list[CalendarItem]:
    """The premieres and finales of a picture (each season's lead firm answer, per part).

    ``revisions`` maps (season, part, kind) to the number of times that date changed
    (``SEQUENCE``); missing entries count the superseded firm answers of the picture.
    """
    items: list[CalendarItem] = []
    for season in picture.seasons:
        for kind in ("premiere", "finale"):
            for part, fact in lead_answers(season, kind).items():
                changed = (revisions or {}).get((season.number, part, kind))
                item = CalendarItem(
                    show=picture.title,
                    slug=slug,
                    season=season.number,
                    date=str(fact.value),
                    stamp=stamp,
                    kind=kind,
                    part=part,
                    sequence=_superseded(season, kind, part) if changed is None else changed,
                    url=url,
                )
                items.append(item)
    return items


def _superseded(season: SeasonPicture, kind: str, part: int | None) -> int:
    facts = season.facts
    return sum(
        1
        for f in facts
        if (f.kind, f.part) == (kind, part) and f.superseded and f.stance == "asserted"
    )
