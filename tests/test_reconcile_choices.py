"""Editors' choices of a conflict side as reconciliation input (pure: no store).

The invented show and its sources are made here; a choice is (season, kind) -> the side an
editor chose, the sides the conflict held then, who and when.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from nextseason.domain.events import (
    ConflictAppeared,
    ConflictResolved,
    PremiereMoved,
    diff_pictures,
    event_from_payload,
)
from nextseason.domain.model import (
    ConflictSide,
    EditorChoice,
    SeasonPicture,
    ShowPicture,
    Source,
    StoredClaim,
)
from nextseason.domain.reconcile import reconcile
from nextseason.pipeline.reconcile import fact_rows
from nextseason.render.dossier import dossier_json, dossier_text

SHOW = "The Lantern Keepers"
_ids = itertools.count(1)
CHOSEN_AT = dt.datetime(2024, 6, 3, 9, 30, tzinfo=dt.UTC)


def source(sid: str, published: str, *, kind: str = "article") -> Source:
    return Source(
        id=sid,
        url=f"https://example.org/{sid}",
        title=f"Article {sid}",
        publisher="Example Times",
        published=published,
        published_from="metadata",
        kind=kind,
        fetched_at=dt.datetime.fromisoformat(published[:7] + "-28T12:00:00+00:00"),
    )


def claim(
    kind: str, value: Any, src: Source, stance: str = "asserted", season: int | None = 2
) -> StoredClaim:
    return StoredClaim(next(_ids), SHOW, season, kind, value, stance, f"evidence for {kind}", src)


def side(kind: str, value: Any, stance: str = "asserted") -> ConflictSide:
    return ConflictSide(kind, value, stance)


def choice(
    chosen: ConflictSide,
    seen: list[ConflictSide],
    *,
    kind: str | None = None,
    at: dt.datetime = CHOSEN_AT,
    by: str = "ana",
    season: int | None = 2,
) -> EditorChoice:
    return EditorChoice(season, kind or chosen.kind, chosen, tuple(seen), by, at)


def picture(
    *claims: StoredClaim, choices: tuple[EditorChoice, ...] = (), **options: Any
) -> ShowPicture:
    return reconcile(SHOW, [], claims, choices=choices, **options)


def season(pic: ShowPicture, number: int | None = 2) -> SeasonPicture:
    found = pic.season(number)
    assert found is not None
    return found


def current(pic: ShowPicture, kind: str) -> list[Any]:
    return [f.value for f in season(pic).current(kind)]


# Two reports of season 2's renewal on different days: a conflict no rule settles.
A, B, C = source("a", "2024-01-10"), source("b", "2024-02-12"), source("c", "2024-08-20")
NOV, DEC, JAN = (
    side("renewed", "2023-11-14"),
    side("renewed", "2023-12-02"),
    side("renewed", "2024-01-05"),
)
RENEWALS = (claim("renewed", "2023-11-14", A), claim("renewed", "2023-12-02", B))


def test_without_a_choice_both_sides_stand() -> None:
    pic = picture(*RENEWALS)
    assert sorted(current(pic, "renewed")) == ["2023-11-14", "2023-12-02"]
    (conflict,) = season(pic).conflicts
    assert conflict.resolution is None


def test_the_chosen_side_becomes_the_current_fact_and_the_conflict_is_marked_resolved() -> None:
    ana = choice(DEC, [NOV, DEC])
    pic = picture(*RENEWALS, choices=(ana,))
    assert current(pic, "renewed") == ["2023-12-02"]
    (conflict,) = season(pic).conflicts  # kept, with every side
    assert {c.value for c in conflict.claims} == {"2023-11-14", "2023-12-02"}
    assert conflict.resolution == ana
    chosen = next(f for f in season(pic).facts if f.value == "2023-12-02")
    aside = next(f for f in season(pic).facts if f.value == "2023-11-14")
    assert not chosen.superseded and "ana" in chosen.why and "2024-06-03" in chosen.why
    assert aside.superseded and "ana" in aside.why and "2023-12-02" in aside.why


def test_a_later_source_agreeing_with_a_seen_side_keeps_the_choice() -> None:
    again = claim("renewed", "2023-11-14", C)
    pic = picture(*RENEWALS, again, choices=(choice(DEC, [NOV, DEC]),))
    assert current(pic, "renewed") == ["2023-12-02"]
    assert season(pic).conflicts[0].resolution is not None


def test_a_new_value_reopens_the_conflict() -> None:
    news = claim("renewed", "2024-01-05", C)
    pic = picture(*RENEWALS, news, choices=(choice(DEC, [NOV, DEC]),))
    (conflict,) = season(pic).conflicts
    assert conflict.resolution is None
    assert sorted(current(pic, "renewed")) == ["2023-11-14", "2023-12-02", "2024-01-05"]


def test_as_of_before_the_choice_shows_the_picture_without_it() -> None:
    ana = (choice(DEC, [NOV, DEC]),)
    before = picture(*RENEWALS, choices=ana, as_of=dt.date(2024, 6, 2))
    assert season(before).conflicts[0].resolution is None
    assert sorted(current(before, "renewed")) == ["2023-11-14", "2023-12-02"]
    on_the_day = picture(*RENEWALS, choices=ana, as_of=dt.date(2024, 6, 3))
    assert current(on_the_day, "renewed") == ["2023-12-02"]


def test_the_newest_choice_that_still_applies_wins() -> None:
    first = choice(NOV, [NOV, DEC], by="ana")
    second = choice(DEC, [NOV, DEC], by="bo", at=CHOSEN_AT + dt.timedelta(days=1))
    assert current(picture(*RENEWALS, choices=(second, first)), "renewed") == ["2023-12-02"]
    # A choice of a side that is gone (its source withdrawn) no longer answers: the
    # earlier choice, made on the conflict as it stands again, does.
    third = choice(JAN, [NOV, DEC, JAN], by="cy", at=CHOSEN_AT + dt.timedelta(days=2))
    pic = picture(*RENEWALS, choices=(first, third))
    assert current(pic, "renewed") == ["2023-11-14"]
    assert season(pic).conflicts[0].resolution == first


def test_a_choice_for_another_season_or_kind_changes_nothing() -> None:
    elsewhere = choice(DEC, [NOV, DEC], season=3)
    other_kind = choice(side("premiere", "2023-12-02"), [NOV, DEC], kind="premiere")
    pic = picture(*RENEWALS, choices=(elsewhere, other_kind))
    assert season(pic).conflicts[0].resolution is None


def test_an_editor_may_side_with_an_article_against_official_data() -> None:
    official = source("tvmaze", "2024-03-01", kind="official")
    article = source("news", "2024-03-01")
    claims = (claim("premiere", "2024-05-10", official), claim("premiere", "2024-05-17", article))
    plain = picture(*claims)
    assert current(plain, "premiere") == ["2024-05-10"]  # official data leads, shown as a conflict
    sides = [side("premiere", "2024-05-10"), side("premiere", "2024-05-17")]
    pic = picture(*claims, choices=(choice(sides[1], sides),))
    assert current(pic, "premiere") == ["2024-05-17"]
    assert season(pic).conflicts[0].resolution is not None


def test_a_premiere_conflict_with_no_date_side() -> None:
    dated = claim("premiere", "2024-09-01", A)
    none = claim("no_premiere_date", None, source("n", "2024-01-10"))
    pic = picture(dated, none)
    (conflict,) = season(pic).conflicts
    assert conflict.kind == "premiere"
    no_date = side("no_premiere_date", None)
    resolved = picture(
        dated, none, choices=(choice(no_date, list(conflict.sides()), kind="premiere"),)
    )
    assert current(resolved, "premiere") == [] and current(resolved, "no_premiere_date") == [None]


def test_cast_in_and_out_at_once_settled_by_an_editor() -> None:
    value = {"person": "Kim Dae-ho", "character": "Captain Yun"}
    same_day = source("d", "2024-03-05")
    claims = (
        claim("cast", value, same_day),
        claim("cast", value, source("e", "2024-03-05"), "denied"),
    )
    assert [s.status for s in picture(*claims).cast[0].seasons] == ["disputed"]
    sides = [side("cast", value), side("cast", value, "denied")]
    leaving = picture(*claims, choices=(choice(sides[1], sides),))
    assert [s.status for s in leaving.cast[0].seasons] == ["leaving"]
    # Names compare without case or extra spaces, as the dossier shows them.
    spelled = side("cast", {"person": "kim  dae-ho", "character": "Captain Yun"})
    staying = picture(*claims, choices=(choice(spelled, sides),))
    assert [s.status for s in staying.cast[0].seasons] == ["new"]


def test_the_dossier_and_the_facts_table_agree() -> None:
    pic = picture(*RENEWALS, choices=(choice(DEC, [NOV, DEC]),))
    data = dossier_json(pic)
    (season_json,) = data["seasons"]
    resolved = season_json["conflicts"][0]["resolved"]
    assert resolved["value"] == "2023-12-02" and resolved["by"] == "ana"
    assert resolved["at"].startswith("2024-06-03")
    assert "(conflict)" not in season_json["status"] and "2 December 2023" in season_json["status"]
    currents = [
        f["value"] for f in season_json["facts"] if f["kind"] == "renewed" and not f["superseded"]
    ]
    rows = fact_rows(pic)
    assert currents == [r.value for r in rows if r.kind == "renewed" and r.status == "current"]
    (marked,) = [r for r in rows if r.status == "resolved"]
    assert sorted(marked.value) == ["2023-11-14", "2023-12-02"] and "ana" in marked.why  # type: ignore[arg-type]
    assert not [r for r in rows if r.status == "conflict"]
    assert "resolved: 2 December 2023 chosen by editor ana" in dossier_text(pic)
    assert dossier_json(picture(*RENEWALS))["seasons"][0]["conflicts"][0]["resolved"] is None


def test_events_say_the_conflict_was_resolved_and_when_it_reopens() -> None:
    open_conflict = picture(*RENEWALS)
    settled = picture(*RENEWALS, choices=(choice(DEC, [NOV, DEC]),))
    (event,) = diff_pictures(open_conflict, settled)
    assert isinstance(event, ConflictResolved) and event.chosen == "2023-12-02"
    assert "settled" in event.summary and "renewed" in event.summary
    assert event_from_payload(event.payload()) == event
    assert diff_pictures(settled, settled) == []
    reopened = picture(
        *RENEWALS, claim("renewed", "2024-01-05", C), choices=(choice(DEC, [NOV, DEC]),)
    )
    assert [type(e) for e in diff_pictures(settled, reopened)] == [ConflictAppeared]


def test_choosing_the_other_premiere_moves_the_date_for_followers() -> None:
    one, other = source("f", "2024-03-05"), source("g", "2024-03-05")  # the same day
    claims = (claim("premiere", "2024-05-10", one), claim("premiere", "2024-05-17", other))
    before = picture(*claims)
    sides = list(season(before).conflicts[0].sides())
    lead = season(before).current("premiere")
    assert len(lead) == 2
    earlier = side("premiere", "2024-05-10")
    assert earlier in sides
    after = picture(*claims, choices=(choice(earlier, sides),))
    events = diff_pictures(before, after)
    kinds = {type(e) for e in events}
    assert ConflictResolved in kinds and PremiereMoved in kinds
    moved = next(e for e in events if isinstance(e, PremiereMoved))
    assert (moved.previous, moved.date) == ("2024-05-17", "2024-05-10")
