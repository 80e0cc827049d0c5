"""The cached dossier (API JSON and page) on the real store: SQLite, or PostgreSQL with
DATABASE_URL. The cached answer is the dossier ``nextseason show --json`` computes afresh;
after each kind of change (a new article, also written by another process; a new version
of an article; a conflict resolved on the review page; a merge undone and a suggestion
accepted; claims deleted, in the admin too) the next answer is the new dossier, never the
one cached before; ``season`` and ``as_of`` answers are computed afresh every time."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

CLI = [sys.executable, "-m", "nextseason.cli"]
TITLE = "Lantern Harbor"  # the bundled samples' show

SEASON_3 = """Lantern Harbor Season 3: Everything We Know

Lantern Harbor Season 3: Everything We Know

Northwind has renewed the coastal mystery for a third season.

Lantern Harbor Season 3 Release Date

Lantern Harbor season 3 will premiere on March 6, 2026, on Northwind.

Lantern Harbor Season 2 Recap - Spoilers

At the end of season 2, Nell discovers that the lighthouse logbook was forged by her own father.
"""
RIVAL_DATE = """Lantern Harbor Season 3 Premiere Date Confirmed

Lantern Harbor Season 3 Premiere Date Confirmed

Lantern Harbor season 3 will premiere on March 13, 2026, on Northwind.
"""
OTHER_SHOW = """Quiet Meridian Season 2: Release Date

Quiet Meridian Season 2: Release Date

Quiet Meridian season 2 will premiere on April 3, 2026, on Saltmarsh TV.
"""
NEAR_NAME = """Lanterne Harbour Season 1: Release Date and Cast

Lanterne Harbour Season 1: Release Date and Cast

Lanterne Harbour season 1 will premiere on May 2, 2026, on Northwind. Piet Sorensen joins the cast as Captain Vos.
"""


def url(show_id: int) -> str:
    return f"/api/shows/{show_id}/dossier"


def fresh(store: Any, **options: Any) -> dict[str, Any]:
    """The dossier as the command line computes it now (no cache on that path), as JSON."""
    from nextseason.pipeline import show_picture
    from nextseason.render.dossier import dossier_json

    return json.loads(json.dumps(dossier_json(show_picture(store, TITLE, **options))))


def add_article(store: Any, path: Path, text: str, published: str = "2025-06-01") -> Any:
    from nextseason.pipeline import ingest, targets

    path.write_text(text, encoding="utf-8")
    return ingest(store, targets([str(path)], published=published))


def seasons(dossier: dict[str, Any]) -> list[int | None]:
    return [s["number"] for s in dossier["seasons"]]


def season(dossier: dict[str, Any], number: int) -> dict[str, Any]:
    return next(s for s in dossier["seasons"] if s["number"] == number)


def cached_bodies(show_id: int) -> list[str]:
    from nextseason.web.models_cache import DossierCache

    return list(
        DossierCache.objects.filter(show_id=show_id, kind="api").values_list("body", flat=True)
    )


@pytest.fixture
def sid(samples: Any) -> int:
    return int(samples.show_ids[0])


@pytest.fixture
def editor(make_user: Any) -> Any:
    from django.test import Client

    user = make_user("editor")
    user.is_staff = user.is_superuser = True
    user.save()
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    return client


def test_the_cached_answer_is_what_show_json_prints(
    client: Any, sid: int, cli_env: dict[str, str]
) -> None:
    first, second = client.get(url(sid)), client.get(url(sid))
    assert first.status_code == second.status_code == 200
    assert first["Content-Type"] == "application/json; charset=utf-8"
    assert second.content == first.content
    assert cached_bodies(sid) == [second.content.decode()]  # the second was the stored one
    shown = subprocess.run(
        [*CLI, "show", TITLE, "--json"], env=cli_env, capture_output=True, text=True, timeout=120
    )
    assert shown.returncode == 0, shown.stderr
    assert second.json() == json.loads(shown.stdout)
    assert client.get(url(sid + 1000)).status_code == 404


def test_an_article_stored_by_another_process_is_in_the_next_answer(
    client: Any, sid: int, cli_env: dict[str, str], tmp_path: Path
) -> None:
    before = client.get(url(sid)).json()
    assert client.get(url(sid)).json() == before  # served from the cache
    article = tmp_path / "season-3.txt"
    article.write_text(SEASON_3, encoding="utf-8")
    stored = subprocess.run([*CLI, "ingest", str(article), "--published", "2025-06-01"], env=cli_env,
                            capture_output=True, text=True, timeout=120)  # fmt: skip
    assert stored.returncode == 0, stored.stderr
    after = client.get(url(sid)).json()
    assert 3 not in seasons(before) and 3 in seasons(after)
    shown = subprocess.run(
        [*CLI, "show", TITLE, "--json"], env=cli_env, capture_output=True, text=True, timeout=120
    )
    assert after == json.loads(shown.stdout)


def test_a_new_version_of_an_article_drops_what_it_no_longer_says(
    client: Any, store: Any, sid: int, tmp_path: Path
) -> None:
    article = tmp_path / "news.txt"
    add_article(store, article, SEASON_3)
    assert 3 in seasons(client.get(url(sid)).json())
    report = add_article(store, article, OTHER_SHOW)  # the same file, now about another show
    assert sid not in report.show_ids
    after = client.get(url(sid)).json()
    assert 3 not in seasons(after)
    assert after == fresh(store)


def test_a_conflict_resolved_on_the_review_page_is_in_the_next_answer(
    client: Any, store: Any, sid: int, editor: Any, tmp_path: Path
) -> None:
    add_article(store, tmp_path / "a.txt", SEASON_3)
    add_article(store, tmp_path / "b.txt", RIVAL_DATE)
    before = client.get(url(sid)).json()
    (conflict,) = season(before, 3)["conflicts"]
    assert conflict["kind"] == "premiere"
    answer = editor.post(
        "/review/conflict", {"show": sid, "season": 3, "kind": "premiere", "side": 1}
    )
    assert answer.status_code == 302
    after = client.get(url(sid)).json()
    assert after != before
    assert after == fresh(store)


def test_undoing_a_merge_and_accepting_a_suggestion_are_in_the_next_answer(
    client: Any, store: Any, sid: int, editor: Any, tmp_path: Path
) -> None:
    from nextseason.web import models as m

    add_article(store, tmp_path / "near.txt", NEAR_NAME)
    (merge,) = store.merges("show")
    assert merge.name in client.get(url(sid)).json()["show"]["aliases"]
    assert editor.post("/review/undo", {"merge": merge.id}).status_code == 302
    apart = client.get(url(sid)).json()
    assert merge.name not in apart["show"]["aliases"]
    assert apart == fresh(store)
    other = m.Show.objects.get(title=merge.name)
    assert client.get(url(other.id)).json()["show"]["title"] == merge.name
    suggestion = m.Suggestion.objects.create(
        entity="show", name=merge.name, entity_id_a=other.id, entity_id_b=sid, candidate=TITLE,
        reason="an editor's second look", score=80.0,
    )  # fmt: skip
    assert (
        editor.post(
            "/review/suggestion", {"suggestion": suggestion.id, "decision": "accept"}
        ).status_code
        == 302
    )
    together = client.get(url(sid)).json()
    assert merge.name in together["show"]["aliases"]
    assert together == fresh(store)
    assert client.get(url(other.id)).status_code == 404


def test_deleted_claims_leave_the_next_answer(
    client: Any, store: Any, sid: int, editor: Any
) -> None:
    from nextseason.web import models as m

    before = client.get(url(sid)).json()
    assert any(f["kind"] == "episodes" for f in season(before, 2)["facts"])
    m.Claim.objects.filter(show_id=sid, season=2, kind="episodes").delete()
    without = client.get(url(sid)).json()
    assert not any(f["kind"] == "episodes" for f in season(without, 2)["facts"])
    assert without == fresh(store)
    claim = m.Claim.objects.filter(show_id=sid, season=1, kind="premiere").order_by("id").first()
    assert claim is not None
    deleted = editor.post(f"/admin/nextseason/claim/{claim.id}/delete/", {"post": "yes"})
    assert deleted.status_code == 302
    assert client.get(url(sid)).json() == fresh(store) != without


def test_a_dossier_built_while_a_writer_commits_is_never_served(
    client: Any, store: Any, sid: int, tmp_path: Path
) -> None:
    from nextseason.web import dossier_cache

    old = client.get(url(sid)).content.decode()
    store.save_facts(sid, [])  # a change: what was cached is out of date

    def slow_build() -> str:  # read before the writer's commit, stored after it
        add_article(store, tmp_path / "news.txt", SEASON_3)
        return old

    assert dossier_cache.cached(sid, dossier_cache.API, slow_build) == old
    now = client.get(url(sid)).json()
    assert 3 in seasons(now)
    assert now == fresh(store)


def test_season_and_as_of_answers_are_computed_afresh(
    client: Any, store: Any, sid: int, tmp_path: Path
) -> None:
    client.get(url(sid))
    stored = cached_bodies(sid)
    day = dt.date(2024, 6, 1)
    assert client.get(url(sid), {"season": 2}).json() == fresh(store, season=2)
    assert client.get(url(sid), {"as_of": day.isoformat()}).json() == fresh(store, as_of=day)
    assert cached_bodies(sid) == stored
    add_article(store, tmp_path / "news.txt", SEASON_3)
    assert client.get(url(sid), {"season": 3}).json() == fresh(store, season=3)
    assert 3 not in seasons(client.get(url(sid), {"as_of": day.isoformat()}).json())
    assert client.get(url(sid), {"season": 9}).status_code == 404


def test_the_page_is_fresh_after_a_change_and_folds_the_story_per_reader(
    client: Any, store: Any, sid: int, make_user: Any, tmp_path: Path
) -> None:
    from django.test import Client

    from nextseason.web import models as m

    page = f"/shows/{sid}/"
    assert "Season 3" not in client.get(page, {"season": "all"}).content.decode()
    add_article(store, tmp_path / "news.txt", SEASON_3)
    assert 'id="h-season-3">Season 3</h2>' in client.get(page, {"season": "3"}).content.decode()
    story = "the lighthouse logbook was forged"
    reader = make_user("reader")
    m.Follow.objects.create(user=reader, show_id=sid, watched_up_to=2)
    watcher = Client(HTTP_HOST="localhost")
    watcher.force_login(reader)
    for _ in range(2):  # a miss, then the stored parts: each reader gets their own folding
        folded = client.get(page, {"season": "2"}).content.decode()
        assert story in folded.split('<details class="spoiler">', 1)[1].split("</details>", 1)[0]
        unfolded = watcher.get(page, {"season": "2"}).content.decode()
        assert story in unfolded and '<details class="spoiler">' not in unfolded
        assert 'aria-current="page">Season 2</a>' in unfolded


def test_requests_keep_their_database_connection(client: Any, sid: int) -> None:
    from django.db import connection

    client.get(url(sid))
    kept = connection.connection
    assert kept is not None
    client.get(url(sid))
    client.get(f"/shows/{sid}/")
    assert connection.connection is kept


def test_readers_never_get_a_dossier_older_than_the_last_commit(
    store: Any, sid: int, tmp_path: Path
) -> None:
    """Readers in threads ask all along while a writer stores one new season at a time: an
    answer asked for after a commit returned always holds that commit's season."""
    import threading
    import time

    from django.db import connections
    from django.test import Client

    done = threading.Event()
    committed: dict[int, float] = {}
    answers: list[tuple[float, list[int | None]]] = []
    errors: list[BaseException] = []

    def read() -> None:
        client = Client(HTTP_HOST="localhost")
        try:
            while not done.is_set():
                asked = time.perf_counter()
                answers.append((asked, seasons(client.get(url(sid)).json())))
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)
        finally:
            connections.close_all()

    readers = [threading.Thread(target=read) for _ in range(4)]
    for reader in readers:
        reader.start()
    try:
        for number, day in [(3, "March 6, 2026"), (4, "March 5, 2027"), (5, "March 3, 2028")]:
            text = f"Lantern Harbor season {number} will premiere on {day}, on Northwind.\n"
            add_article(
                store, tmp_path / f"s{number}.txt", f"Lantern Harbor Season {number}\n\n{text}"
            )
            committed[number] = time.perf_counter()
            time.sleep(0.2)
    finally:
        done.set()
        for reader in readers:
            reader.join(60)
    assert not errors, errors
    for number, at in committed.items():
        later = [found for asked, found in answers if asked > at]
        assert later, f"no answer asked after season {number} was stored"
        assert all(number in found for found in later), f"season {number} missing after its commit"


def test_renaming_a_person_is_in_the_next_answer(client: Any, store: Any, sid: int) -> None:
    from nextseason.web import models as m

    credit = (
        m.Credit.objects.filter(show_id=sid, kind="cast", person__isnull=False)
        .order_by("id")
        .first()
    )
    assert credit is not None and credit.person is not None
    before = client.get(url(sid)).json()
    person = credit.person
    person.name = f"{person.name} Jr."
    person.save()  # as the admin's change form does
    after = client.get(url(sid)).json()
    assert after == fresh(store)
    assert person.name in json.dumps(after) and person.name not in json.dumps(before)
