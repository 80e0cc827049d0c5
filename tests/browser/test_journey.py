"""The user's journey in a real browser (Debian's chromium driven by Playwright) against the
real server (``nextseason serve``) on a fresh SQLite data directory: sign up, search, follow,
read the dossier; a later article moves the premiere and the user's Atom and iCalendar
feeds carry it; hostile article text stays inert. Screenshots go to artifacts/screenshots/.

Skipped (with the reason) when /usr/bin/chromium or the ``playwright`` package is missing;
the browser is never downloaded. Always SQLite: the server and the CLI run in subprocesses
on their own data directory, whatever DATABASE_URL says.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("browser journey skipped: /usr/bin/chromium is missing (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="browser journey skipped: the playwright package is missing")

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "src" / "nextseason" / "samples"
SEED = ROOT.parent / "shared" / "corpus" / "seed-all-of-us-are-dead.txt"
SHOTS = ROOT / "artifacts" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
PASSWORD = "a long enough passphrase 42"

MOVED = """Lantern Harbor Season 2 Moves to a Spring Premiere

Northwind has pushed back the second season of its coastal mystery Lantern Harbor.

Lantern Harbor season 2 will now premiere on March 14, 2025, on Northwind, five weeks later than first planned.
"""
HOSTILE = """Lantern Harbor Casting <script>window.__pwned=1</script> News <img src=x onerror="window.__pwned=1">

Lantern Harbor season 2 will have ten episodes, Northwind said. <script>window.__pwned=1</script>

Priya Lund has joined the cast of Lantern Harbor season 2 as Wren Trevail. <img src=x onerror="window.__pwned=1">
"""
EDITOR = """
import sys
from nextseason.web import setup
setup()
from django.contrib.auth import get_user_model
from nextseason.web import models as m
user = get_user_model().objects.get(username=sys.argv[1])
user.is_staff = True  # an editor, to see the review page
user.save(update_fields=["is_staff"])
if len(sys.argv) > 2:  # no feed page in the UI: tokens from the model
    print(m.FeedToken.issue(user, m.FeedToken.ATOM)[1])
    print(m.FeedToken.issue(user, m.FeedToken.ICAL)[1])
"""


def _env(data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env["NEXTSEASON_DATA"] = str(data)
    return env


def _nextseason(env: dict[str, str], *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "nextseason.cli", *args], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _ingest(env: dict[str, str], path: Path, published: str) -> None:
    _nextseason(env, "ingest", str(path), "--published", published)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_until(check, timeout: float, what: str):  # type: ignore[no-untyped-def]
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


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    """The real server on a fresh data directory with the sample articles; (base URL, env)."""
    data = tmp_path / "data"
    env = _env(data)
    _ingest(env, SAMPLES / "lantern-harbor-2024-03.txt", "2024-03-12")
    _ingest(env, SAMPLES / "lantern-harbor-2024-09.txt", "2024-09-20")
    if SEED.exists():  # another show, so that search has to pick
        _ingest(env, SEED, "2022-02-10")
    port = _free_port()
    cmd = [sys.executable, "-m", "nextseason.cli", "serve", "--port", str(port), "--data", str(data)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until(lambda: proc.poll() is not None or _get(base + "/"), 60, "the server")
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else "server exited"
        yield base, env
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture
def page(tmp_path: Path) -> Iterator[object]:
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=str(CHROMIUM), headless=True, args=ARGS
        )
        context.set_default_timeout(15_000)
        try:
            yield context.new_page()
        finally:
            context.close()


def _shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _sign_up(page, base: str, name: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base + "/accounts/signup/")
    page.get_by_label("Username").fill(name)
    page.get_by_label("E-mail").fill(f"{name}@example.org")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password confirmation").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_load_state()
    assert f"Welcome, {name}" in page.content()


def _follow_from_search(page, base: str) -> str:  # type: ignore[no-untyped-def]
    page.goto(base + "/")
    page.get_by_label("Search shows and people").fill("lantern")
    page.get_by_role("button", name="Search").click()
    page.wait_for_load_state()
    _shot(page, "home")
    page.get_by_role("link", name="Lantern Harbor").first.click()
    page.wait_for_load_state()
    page.get_by_role("button", name="Follow").click()
    page.wait_for_load_state()
    assert page.get_by_role("button", name="Unfollow").count() == 1
    return str(page.url)


def _check_dossier(page) -> None:  # type: ignore[no-untyped-def]
    cites = page.locator('a.cite[href^="#source-"]')
    assert cites.count() > 0
    for href in {cites.nth(i).get_attribute("href") for i in range(cites.count())}:
        assert page.locator(f"li{href}").count() == 1, href  # each footnote leads to its source
    assert "7 February 2025" in page.inner_text("body")
    _shot(page, "dossier")


def _feeds(page, base: str, env: dict[str, str], user: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """The user's Atom and iCalendar feed URLs, made on the notifications page when there is one."""
    if page.goto(base + "/accounts/notifications/").status == 404:
        atom, ical = _python(env, EDITOR, user, "tokens").split()
        return f"{base}/feeds/{atom}.atom", f"{base}/feeds/{ical}.ics"
    _python(env, EDITOR, user)
    return _new_feed(page, "Atom (news)"), _new_feed(page, "iCalendar (dates)")


def _new_feed(page, kind: str) -> str:  # type: ignore[no-untyped-def]
    page.get_by_label("Feed", exact=True).select_option(label=kind)
    page.get_by_role("button", name="Create a feed address").click()
    page.wait_for_load_state()
    return str(page.locator("#new-feed-url").input_value())


def _python(env: dict[str, str], code: str, *args: str) -> str:
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _atom_has_move(url: str) -> bool:
    import feedparser

    body = _get(url)
    if body is None:
        return False
    parsed = feedparser.parse(body)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    return any("14 March 2025" in entry.title for entry in parsed.entries)  # dates in words


def _ical_dates(url: str) -> set[str]:
    import icalendar

    body = _get(url)
    assert body is not None
    events = icalendar.Calendar.from_ical(body).walk("VEVENT")
    return {str(e.decoded("DTSTART")) for e in events}


def _deliver(env: dict[str, str], atom: str) -> None:
    """Run a real worker until the Atom feed shows the moved premiere."""
    cmd = [sys.executable, "-m", "nextseason.cli", "worker", "--interval", "0.2", "--deliver-every", "0", "--poll-every", "0"]
    worker = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_until(lambda: _atom_has_move(atom), 90, "the moved premiere in the Atom feed")
    finally:
        worker.terminate()
        worker.wait(timeout=20)


def test_sign_up_follow_read_and_be_told(server: tuple[str, dict[str, str]], page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    base, env = server
    _sign_up(page, base, "fan")
    dossier = _follow_from_search(page, base)
    _check_dossier(page)
    atom, ical = _feeds(page, base, env, "fan")
    assert atom.startswith(base + "/feeds/") and ical.endswith(".ics")
    assert _ical_dates(ical) >= {"2025-02-07"}

    (tmp_path / "moved.txt").write_text(MOVED, encoding="utf-8")
    _ingest(env, tmp_path / "moved.txt", "2024-11-05")
    _deliver(env, atom)
    assert "2025-03-14" in _ical_dates(ical) and "2025-02-07" not in _ical_dates(ical)

    (tmp_path / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    _ingest(env, tmp_path / "hostile.txt", "2024-11-21")
    page.goto(dossier)
    page.wait_for_load_state("load")
    assert "<script>window.__pwned=1</script>" in page.inner_text("body")  # shown as text
    assert page.evaluate("window.__pwned") is None  # undefined in the page: nothing ran
    page.goto(base + "/calendar/?month=2025-03")
    assert "Lantern Harbor" in page.inner_text("body")
    _shot(page, "calendar")
    page.goto(base + "/review/")
    assert page.get_by_role("heading", level=1).count() == 1
    _shot(page, "review")
