"""The user's journey in a real browser (Debian's chromium driven by Playwright) against the
real server (``nextseason serve``) and the real worker (``nextseason worker``) on a fresh
SQLite data directory.

The journey: sign up, search "All of Us Are Dead", follow it, read the dossier and its
citations; on the notification settings page make Atom and iCalendar feed addresses and
add two Apprise channels, e-mail (``mailto://`` to an aiosmtpd server on loopback) and
JSON (``json://`` to a pytest-httpserver on loopback). An article announcing the season 2
premiere is ingested: the worker tells the user by e-mail and JSON, the Atom feed has it
and the iCalendar feed has a VEVENT on that day. A second article moves the premiere: the
same VEVENT (same UID) moves, with a higher SEQUENCE; Atom, e-mail and JSON each tell the
move exactly once. Hostile article text stays inert in the pages (a test of its own).
Screenshots go to artifacts/screenshots/.

The two articles in tests/browser/data/ are our own writing; the journey also needs the
seed article in ../shared and is skipped, saying so, without it. Skipped (with the reason)
when /usr/bin/chromium or the ``playwright`` package is missing; the browser is never
downloaded. Always SQLite: the server, worker and CLI run in subprocesses on their own data
directory, whatever DATABASE_URL says.
"""

from __future__ import annotations

import calendar
import datetime as dt
import email
import email.policy
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
from pytest_httpserver import HTTPServer

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(
        "browser journey skipped: /usr/bin/chromium is missing (apt-get install chromium)",
        allow_module_level=True,
    )
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="browser journey skipped: the playwright package is missing"
)

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
SAMPLES = ROOT / "src" / "nextseason" / "samples"
SEED = ROOT.parent / "shared" / "corpus" / "seed-all-of-us-are-dead.txt"
SHOTS = ROOT / "artifacts" / "screenshots"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PASSWORD = "a long enough passphrase 42"
SHOW = "All of Us Are Dead"
ANNOUNCED = (DATA / "aouad-s2-date-set.txt", "2026-09-15", dt.date(2027, 3, 12))
MOVED = (DATA / "aouad-s2-date-moved.txt", "2026-11-10", dt.date(2027, 5, 7))

HOSTILE = """Lantern Harbor Casting <script>window.__pwned=1;alert("pwned")</script> News <img src=x onerror="window.__pwned=1;console.log('pwned')">

Lantern Harbor season 2 will have ten episodes, Northwind said. <script>window.__pwned=1;alert("pwned")</script>

Priya Lund has joined the cast of Lantern Harbor season 2 as Wren Trevail. <img src=x onerror="window.__pwned=1;console.log('pwned')">
"""
STAFF = """
import sys
from nextseason.web import setup
setup()
from django.contrib.auth import get_user_model
user = get_user_model().objects.get(username=sys.argv[1])
user.is_staff = True  # an editor, to see the review page
user.save(update_fields=["is_staff"])
"""
QUEUE = """
from nextseason.web import setup
setup()
from django_tasks_db.models import DBTaskResult
rows = DBTaskResult.objects
print(rows.filter(task_path__endswith=".deliver", status="SUCCESSFUL").count())
print(rows.filter(status__in=["READY", "RUNNING"]).count())
"""
T = TypeVar("T")


# --- processes -----------------------------------------------------------------------


def _env(data: Path) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")
    }
    env["NEXTSEASON_DATA"] = str(data)
    env["NEXTSEASON_ALLOW_PRIVATE_URLS"] = "1"  # the channels' servers are on loopback
    return env


def _nextseason(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "nextseason.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _python(env: dict[str, str], code: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _ingest(env: dict[str, str], path: Path, published: str) -> None:
    _nextseason(env, "ingest", str(path), "--published", published)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_until(check: Callable[[], T], timeout: float, what: str) -> T:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}")


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # our own loopback server
            return str(response.read().decode("utf-8"))
    except OSError:
        return None


@dataclass
class Server:
    base: str
    env: dict[str, str]
    logs: Path


def _start_server(tmp_path: Path, seed: bool) -> Iterator[Server]:
    """The real server on a fresh data directory with the sample articles (and the seed)."""
    data = tmp_path / "data"
    env = _env(data)
    _ingest(env, SAMPLES / "lantern-harbor-2024-03.txt", "2024-03-12")
    _ingest(env, SAMPLES / "lantern-harbor-2024-09.txt", "2024-09-20")
    if seed:  # All of Us Are Dead next to Lantern Harbor: search has to pick
        _ingest(env, SEED, "2022-02-10")
    port = _free_port()
    logs = tmp_path / "logs"
    logs.mkdir()
    cmd = [
        sys.executable,
        "-m",
        "nextseason.cli",
        "serve",
        "--port",
        str(port),
        "--data",
        str(data),
    ]
    with (logs / "server.log").open("w") as log:
        proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until(lambda: proc.poll() is not None or _get(base + "/"), 60, "the server")
        assert proc.poll() is None, (logs / "server.log").read_text()
        yield Server(base, env, logs)
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture
def seeded_server(tmp_path: Path) -> Iterator[Server]:
    if not SEED.exists():
        pytest.skip(
            f"browser journey skipped: the seed article {SEED} is missing (the ../shared checkout)"
        )
    yield from _start_server(tmp_path, seed=True)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    yield from _start_server(tmp_path, seed=False)


@contextmanager
def _worker(server: Server) -> Iterator[subprocess.Popen[bytes]]:
    """``nextseason worker`` as deployed: runs the queued tasks; its clock queues a delivery
    round every second (news-feed polling off: there are none)."""
    cmd = [
        sys.executable,
        "-m",
        "nextseason.cli",
        "worker",
        "--interval",
        "0.2",
        "--deliver-every",
        "1",
        "--poll-every",
        "0",
    ]
    with (server.logs / "worker.log").open("a") as log:
        proc = subprocess.Popen(cmd, env=server.env, stdout=log, stderr=subprocess.STDOUT)
    try:
        yield proc
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def _queue(env: dict[str, str]) -> tuple[int, int]:
    """(delivery rounds finished, tasks waiting or running) in the worker's queue."""
    rounds, waiting = _python(env, QUEUE).split()
    return int(rounds), int(waiting)


def _settle(server: Server, worker: subprocess.Popen[bytes], rounds: int = 2) -> None:
    """Wait until the queue is empty and ``rounds`` more delivery rounds have run."""
    start = _queue(server.env)[0]

    def settled() -> bool:
        assert worker.poll() is None, (server.logs / "worker.log").read_text()[-3000:]
        done, waiting = _queue(server.env)
        return done >= start + rounds and waiting == 0

    _wait_until(settled, 90, f"{rounds} more delivery rounds and an empty queue")


# --- the channels' servers -------------------------------------------------------------


@dataclass
class Mail:
    subject: str
    body: str
    to: list[str]


@pytest.fixture
def smtp() -> Iterator[tuple[int, list[Mail]]]:
    """An SMTP server on loopback (aiosmtpd) keeping what it receives."""
    from aiosmtpd.controller import Controller

    received: list[Mail] = []

    class Keep:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            message = email.message_from_bytes(envelope.content, policy=email.policy.default)
            body = message.get_body(("plain", "html"))
            text = body.get_content() if body is not None else ""
            received.append(Mail(str(message["subject"] or ""), str(text), list(envelope.rcpt_tos)))
            return "250 OK"

    port = _free_port()
    controller = Controller(Keep(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, received
    finally:
        controller.stop()


def _posts(httpserver: HTTPServer) -> list[dict[str, Any]]:
    return [json.loads(request.get_data()) for request, _ in httpserver.log]


# --- what a message says ---------------------------------------------------------------


MONTHS = tuple(calendar.month_name)[1:]  # English month names, from the standard library


def _names_day(text: str, day: dt.date) -> bool:
    """Whether ``text`` names ``day`` in one of the usual ways (ISO, words either order)."""
    month = MONTHS[day.month - 1]
    forms = (day.isoformat(), f"{day.day} {month} {day.year}", f"{month} {day.day}, {day.year}")
    return any(form in text for form in forms)


def _tells(text: str, day: dt.date, was: dt.date | None = None) -> bool:
    """Names the show and the day (and, for a move, the day it was)."""
    return SHOW in text and _names_day(text, day) and (was is None or _names_day(text, was))


def _mails_telling(mails: list[Mail], day: dt.date, was: dt.date | None = None) -> list[Mail]:
    return [m for m in mails if _tells(m.subject, day, was) or _tells(m.body, day, was)]


def _posts_telling(
    posts: list[dict[str, Any]], day: dt.date, was: dt.date | None = None
) -> list[dict[str, Any]]:
    return [p for p in posts if _tells(f"{p.get('title', '')}\n{p.get('message', '')}", day, was)]


# --- feeds -------------------------------------------------------------------------------


def _atom_titles(url: str) -> list[str]:
    import feedparser

    body = _get(url)
    assert body is not None, url
    parsed = feedparser.parse(body)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    return [str(entry.title) for entry in parsed.entries]


@dataclass(frozen=True)
class VEvent:
    uid: str
    start: dt.date
    sequence: int
    summary: str


def _vevents(url: str) -> list[VEvent]:
    import icalendar

    body = _get(url)
    assert body is not None, url
    return [
        VEvent(
            str(e["UID"]),
            e.decoded("DTSTART"),
            int(e.get("SEQUENCE", 0)),
            str(e.get("SUMMARY", "")),
        )
        for e in icalendar.Calendar.from_ical(body).walk("VEVENT")
    ]


def _premiere_on(url: str, day: dt.date) -> VEvent | None:
    return next((e for e in _vevents(url) if e.start == day and SHOW in e.summary), None)


# --- the browser -----------------------------------------------------------------------


@dataclass
class Browser:
    page: Any
    dialogs: list[str]
    console: list[str]


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Browser]:
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=str(CHROMIUM), headless=True, args=ARGS
        )
        context.set_default_timeout(15_000)
        try:
            page = context.new_page()
            seen = Browser(page, [], [])
            page.on("dialog", lambda d: (seen.dialogs.append(d.message), d.dismiss()))
            page.on("console", lambda m: seen.console.append(m.text))
            yield seen
        finally:
            context.close()


def _shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _sign_up(page: Any, base: str, name: str) -> None:
    page.goto(base + "/accounts/signup/")
    page.get_by_label("Username").fill(name)
    page.get_by_label("E-mail").fill(f"{name}@example.org")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password confirmation").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_load_state()
    assert f"Welcome, {name}" in page.content()


def _follow_from_search(
    page: Any, base: str, query: str, title: str, shot: str | None = None
) -> str:
    page.goto(base + "/")
    page.get_by_label("Search shows and people").fill(query)
    page.get_by_role("button", name="Search").click()
    page.wait_for_load_state()
    if shot:
        _shot(page, shot)
    page.get_by_role("link", name=title, exact=True).first.click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text() == title
    page.get_by_role("button", name="Follow").click()
    page.wait_for_load_state()
    assert page.get_by_role("button", name="Unfollow").count() == 1
    return str(page.url)


def _check_citations(page: Any, source_title: str) -> None:
    cites = page.locator('a.cite[href^="#source-"]')
    assert cites.count() > 0
    for href in {cites.nth(i).get_attribute("href") for i in range(cites.count())}:
        assert page.locator(f"li{href}").count() == 1, href  # each footnote leads to its source
    assert source_title in page.locator("li[id^='source-']").all_inner_texts()[0]


def _new_feed(page: Any, kind: str) -> str:
    page.get_by_label("Feed", exact=True).select_option(label=kind)
    page.get_by_role("button", name="Create a feed address").click()
    page.wait_for_load_state()
    return str(page.locator("#new-feed-url").input_value())


def _add_channel(page: Any, label: str, url: str) -> None:
    page.get_by_label("Name (optional)").fill(label)
    page.get_by_label("Apprise URL").fill(url)
    page.get_by_label("When").select_option(label="at once")
    page.get_by_role("button", name="Add channel").click()
    page.wait_for_load_state()
    errors = page.locator("[role=alert]").all_inner_texts()
    assert not errors, errors
    listed = page.get_by_role("region", name="Push channels").get_by_role("listitem")
    assert listed.filter(has_text=label).count() == 1, listed.all_inner_texts()


# --- the tests -------------------------------------------------------------------------


def test_follow_read_and_be_told_everywhere(
    seeded_server: Server, browser: Browser, smtp: tuple[int, list[Mail]], httpserver: HTTPServer
) -> None:
    server, page = seeded_server, browser.page
    base, env = server.base, server.env
    smtp_port, mails = smtp
    httpserver.expect_request("/hooks/fan", method="POST").respond_with_data("ok")

    _sign_up(page, base, "fan")
    dossier = _follow_from_search(page, base, SHOW.lower(), SHOW, shot="home")
    _check_citations(page, "All of Us Are Dead Season 2 Release Date")

    page.goto(base + "/accounts/notifications/")
    atom, ical = _new_feed(page, "Atom (news)"), _new_feed(page, "iCalendar (dates)")
    assert atom.startswith(base + "/feeds/") and ical.endswith(".ics")
    mailto = (
        f"mailto://127.0.0.1:{smtp_port}?from=alerts@example.org&to=fan@example.org&mode=insecure"
    )
    _add_channel(page, "My inbox", mailto)
    _add_channel(page, "My hook", f"json://127.0.0.1:{httpserver.port}/hooks/fan")
    _shot(page, "notifications")
    (announced, announced_on, day), (moved, moved_on, new_day) = ANNOUNCED, MOVED
    assert _premiere_on(ical, day) is None and _premiere_on(ical, new_day) is None

    with _worker(server) as worker:
        _ingest(env, announced, announced_on)
        _wait_until(
            lambda: _mails_telling(mails, day) and _posts_telling(_posts(httpserver), day),
            90,
            "the premiere by e-mail and JSON",
        )
        assert mails[0].to == ["fan@example.org"]
        assert any(SHOW in t and _names_day(t, day) for t in _atom_titles(atom))
        first = _premiere_on(ical, day)
        assert first is not None

        _ingest(env, moved, moved_on)
        _wait_until(
            lambda: (
                _mails_telling(mails, new_day, day)
                and _posts_telling(_posts(httpserver), new_day, day)
            ),
            90,
            "the move by e-mail and JSON",
        )
        _settle(server, worker)  # every task run, two more delivery rounds: nothing more to send

    # Each change told once on each channel (and in the feed), nothing sent twice.
    posts, titles = _posts(httpserver), _atom_titles(atom)
    for told in (_mails_telling(mails, new_day, day), _posts_telling(posts, new_day, day)):
        assert len(told) == 1
    assert (
        len([m for m in mails if _tells(m.subject, day) and not _names_day(m.subject, new_day)])
        == 1
    )
    assert (
        len([p for p in posts if _tells(p["title"], day) and not _names_day(p["title"], new_day)])
        == 1
    )
    assert len({m.subject for m in mails}) == len(mails) and len(
        {p["title"] for p in posts}
    ) == len(posts)
    assert len([t for t in titles if _tells(t, new_day, day)]) == 1
    after = [e for e in _vevents(ical) if e.uid == first.uid]
    assert len(after) == 1, _vevents(ical)  # the same event, moved
    assert after[0].start == new_day and after[0].sequence > first.sequence
    assert _premiere_on(ical, day) is None

    page.goto(dossier)  # the dossier now: the new date, cited to the article that moved it
    _check_citations(page, "All of Us Are Dead Season 2 Release Date")
    sources = page.locator("li[id^='source-']").all_inner_texts()
    assert any(_first_line(moved) in source for source in sources), sources
    assert _names_day(page.locator("main").inner_text(), new_day)
    _shot(page, "dossier")
    page.goto(base + f"/calendar/?month={new_day:%Y-%m}")
    assert SHOW in page.locator("main").inner_text()
    _shot(page, "calendar")


def _first_line(path: Path) -> str:
    return path.read_text(encoding="utf-8").splitlines()[0].strip()


def test_hostile_article_text_stays_inert(server: Server, browser: Browser, tmp_path: Path) -> None:
    page, base = browser.page, server.base
    _sign_up(page, base, "editor")
    _python(server.env, STAFF, "editor")
    dossier = _follow_from_search(page, base, "lantern", "Lantern Harbor")  # no screenshot

    (tmp_path / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    _ingest(server.env, tmp_path / "hostile.txt", "2024-11-21")
    for url in (
        dossier,
        base + "/review/",
        base + "/?q=" + urllib.request.quote("<script>alert(1)</script>"),
    ):
        page.goto(url)
        page.wait_for_load_state("load")
        assert page.get_by_role("heading", level=1).count() == 1
        assert page.evaluate("window.__pwned") is None, url  # undefined in the page: nothing ran
    page.goto(dossier)
    assert "<script>window.__pwned=1;" in page.inner_text("body")  # shown as text
    assert browser.dialogs == [] and not [m for m in browser.console if "pwned" in m]
    page.goto(base + "/review/")
    _shot(page, "review")
