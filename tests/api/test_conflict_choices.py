"""An editor's choice of a conflict side, end to end on the real store (SQLite or
PostgreSQL): ``choose_side`` reconciles the show again, and the facts table, the JSON API,
``nextseason show --json`` and the change events all carry the chosen side; a later
report with a new value reopens the conflict; ``--as-of`` before the choice ignores it."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from typing import Any

import pytest

from nextseason.domain.claims import Claim, ClaimsDocument, DocumentInfo, ShowRef

CLI = [sys.executable, "-m", "nextseason.cli"]
SHOW = ShowRef("The Lantern Keepers")


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], env=env, capture_output=True, text=True, timeout=120)


def report(store: Any, key: str, published: str, renewed: str) -> int:
    """Store and reconcile one hand-written article: season 2 renewed on ``renewed``."""
    from nextseason.pipeline.driver import run_one
    from nextseason.pipeline.read import content_hash
    from nextseason.pipeline.reconcile import Reconcile
    from nextseason.pipeline.resolve import Resolve
    from nextseason.pipeline.store import Save
    from nextseason.pipeline.work import Target, Work

    info = DocumentInfo(
        id=key, title=f"Report {key}", published=published, published_from="given", shows=(SHOW,)
    )
    doc = ClaimsDocument(info, (Claim(SHOW.title, 2, "renewed", renewed, "asserted"),))
    work = Work(Target(key), key=key, content_hash=content_hash(repr(doc)), claims=doc)
    saved = run_one([Resolve(store), Save(store), Reconcile(store)], work).saved
    assert saved is not None
    return saved.show_ids[0]


def facts(show_id: int) -> list[tuple[str, Any, str]]:
    from nextseason.web import models as m

    rows = m.Fact.objects.filter(show_id=show_id, kind="renewed").order_by("status", "id")
    return [(r.status, r.value, r.why) for r in rows]


def side_index(show_id: int, value: str) -> int:
    from nextseason.pipeline import picture_of
    from nextseason.web.store import DjangoStore

    found = picture_of(DjangoStore(), show_id).season(2)
    assert found is not None and found.conflicts
    return next(i for i, c in enumerate(found.conflicts[0].claims) if c.value == value)


@pytest.fixture
def conflict(store: Any) -> int:
    """Two articles dating season 2's renewal differently: a conflict no rule settles."""
    show_id = report(store, "a", "2024-01-10", "2023-11-14")
    assert report(store, "b", "2024-02-12", "2023-12-02") == show_id
    assert [row[0] for row in facts(show_id)] == ["conflict", "current", "current"]
    return show_id


def test_a_choice_reaches_facts_api_cli_and_events(
    store: Any, conflict: int, client: Any, make_user: Any, cli_env: dict[str, str]
) -> None:
    from nextseason.web import models as m
    from nextseason.web._review import choose_side

    editor = make_user("ana")
    choose_side(conflict, 2, "renewed", side_index(conflict, "2023-12-02"), editor)

    rows = facts(conflict)
    assert [(s, v) for s, v, _ in rows if s == "current"] == [("current", "2023-12-02")]
    assert [(s, v) for s, v, _ in rows if s == "superseded"] == [("superseded", "2023-11-14")]
    (resolved,) = [r for r in rows if r[0] == "resolved"]
    assert sorted(resolved[1]) == ["2023-11-14", "2023-12-02"] and "ana" in resolved[2]
    assert not m.Fact.objects.filter(show_id=conflict, status="conflict").exists()

    api = client.get(f"/api/shows/{conflict}/dossier").json()
    shown = run(["show", "The Lantern Keepers", "--json"], cli_env)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout) == api
    (season,) = api["seasons"]
    assert season["conflicts"][0]["resolved"]["value"] == "2023-12-02"
    assert season["conflicts"][0]["resolved"]["by"] == "ana"
    current = [
        f["value"] for f in season["facts"] if f["kind"] == "renewed" and not f["superseded"]
    ]
    assert current == ["2023-12-02"]
    seasons = client.get(f"/api/shows/{conflict}/seasons").json()
    statuses = {
        (f["status"], json.dumps(f["value"]))
        for s in seasons
        for f in s["facts"]
        if f["kind"] == "renewed"
    }
    assert ("current", '"2023-12-02"') in statuses and (
        "conflict",
        json.dumps(resolved[1]),
    ) not in statuses

    events = list(m.Event.objects.filter(show_id=conflict).values_list("kind", flat=True))
    assert events.count("conflict_resolved") == 1

    yesterday = (dt.datetime.now(dt.UTC) - dt.timedelta(days=1)).date().isoformat()
    earlier = run(["show", "The Lantern Keepers", "--json", "--as-of", yesterday], cli_env)
    assert earlier.returncode == 0, earlier.stderr
    before = json.loads(earlier.stdout)["seasons"][0]
    assert before["conflicts"][0]["resolved"] is None
    assert sorted(f["value"] for f in before["facts"] if not f["superseded"]) == [
        "2023-11-14",
        "2023-12-02",
    ]
    assert (
        client.get(f"/api/shows/{conflict}/dossier", {"as_of": yesterday}).json()["seasons"][0]
        == before
    )


def test_a_later_report_with_a_new_value_reopens_the_conflict(
    store: Any, conflict: int, client: Any, make_user: Any
) -> None:
    from nextseason.web import models as m
    from nextseason.web._review import choose_side

    choose_side(conflict, 2, "renewed", side_index(conflict, "2023-11-14"), make_user("ana"))
    report(store, "c", "2024-03-20", "2023-11-14")  # agrees with a side the editor saw
    assert [v for s, v, _ in facts(conflict) if s == "current"] == ["2023-11-14"]

    report(store, "d", "2024-04-02", "2024-01-05")  # a value the editor never weighed
    rows = facts(conflict)
    assert [r[0] for r in rows].count("conflict") == 1 and "resolved" not in [r[0] for r in rows]
    assert sorted(v for s, v, _ in rows if s == "current") == [
        "2023-11-14",
        "2023-12-02",
        "2024-01-05",
    ]
    api = client.get(f"/api/shows/{conflict}/dossier").json()
    assert api["seasons"][0]["conflicts"][0]["resolved"] is None
    kinds = list(
        m.Event.objects.filter(show_id=conflict).order_by("id").values_list("kind", flat=True)
    )
    assert kinds[-1] == "conflict_appeared"

    # Answering the conflict as it stands now settles it again.
    choose_side(conflict, 2, "renewed", side_index(conflict, "2024-01-05"), make_user("bo"))
    assert [v for s, v, _ in facts(conflict) if s == "current"] == ["2024-01-05"]
    assert m.ConflictChoice.objects.filter(show_id=conflict).count() == 2  # the history stays


def test_deleting_a_choice_in_the_admin_reopens_the_conflict(
    store: Any, conflict: int, make_user: Any
) -> None:
    from nextseason.web import models as m
    from nextseason.web._review import choose_side, forget_choices

    choose_side(conflict, 2, "renewed", side_index(conflict, "2023-12-02"), make_user("ana"))
    forget_choices(m.ConflictChoice.objects.filter(show_id=conflict))
    assert sorted(v for s, v, _ in facts(conflict) if s == "current") == [
        "2023-11-14",
        "2023-12-02",
    ]
    assert [s for s, _, _ in facts(conflict)].count("conflict") == 1


def test_a_side_that_is_not_there_is_refused(store: Any, conflict: int, make_user: Any) -> None:
    from nextseason.errors import NotFoundError
    from nextseason.web import models as m
    from nextseason.web._review import choose_side

    with pytest.raises(NotFoundError):
        choose_side(conflict, 2, "renewed", 7, make_user("ana"))
    with pytest.raises(NotFoundError):
        choose_side(conflict, 3, "renewed", 0, make_user("bo"))
    assert not m.ConflictChoice.objects.exists()
    assert [row[0] for row in facts(conflict)].count("conflict") == 1
