"""Reconciliation rules on hand-made claims about an invented show, "The Lantern Keepers"."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from nextseason.domain.model import SeasonPicture, ShowPicture, Source, StoredClaim
from nextseason.domain.reconcile import known_on, reconcile

SHOW = "The Lantern Keepers"
_ids = itertools.count(1)


def source(
    sid: str, published: str | None, *, kind: str = "article", fetched: str | None = None
) -> Source:
    fetched_day = dt.date.fromisoformat(fetched) if fetched else dt.date(2030, 1, 1)
    return Source(
        id=sid,
        url=f"https://example.org/{sid}",
        title=f"Article {sid}",
        publisher="Example Times",
        published=published,
        published_from="metadata",
        kind=kind,
        fetched_at=dt.datetime.combine(fetched_day, dt.time(12)),
    )


def claim(
    kind: str, value: Any, src: Source, stance: str = "asserted", *, season: int | None = 2
) -> StoredClaim:
    return StoredClaim(next(_ids), SHOW, season, kind, value, stance, f"evidence for {kind}", src)


def cast(
    person: str | None,
    character: str | None,
    src: Source,
    stance: str = "asserted",
    *,
    season: int | None = 2,
) -> StoredClaim:
    return claim("cast", {"person": person, "character": character}, src, stance, season=season)


def picture(*claims: StoredClaim, **options: Any) -> ShowPicture:
    return reconcile(SHOW, ["Lantern Keepers"], claims, **options)


def season(pic: ShowPicture, number: int | None = 2) -> SeasonPicture:
    found = pic.season(number)
    assert found is not None, f"no season {number}"
    return found


def current(pic: ShowPicture, kind: str, number: int | None = 2) -> list[tuple[Any, str]]:
    return [(f.value, f.stance) for f in season(pic, number).current(kind)]


def test_asserted_beats_speculated_for_one_valued_kinds() -> None:
    early, late = source("a", "2023-05-02"), source("b", "2023-09-01")
    pic = picture(
        claim("premiere", "2024-03", early), claim("premiere", "2024-09", late, "speculated")
    )
    assert current(pic, "premiere") == [("2024-03", "asserted")]
    beaten = [f for f in season(pic).facts if f.superseded]
    assert [(f.value, f.stance) for f in beaten] == [("2024-09", "speculated")]
    assert "settled by 2024-03" in beaten[0].why
    assert season(pic).conflicts == ()


def test_a_reported_shoot_beats_a_guessed_one() -> None:
    early, late = source("a", "2024-03-01"), source("b", "2024-09-01")
    pic = picture(
        claim("filming", "2024-02", early, "speculated"), claim("filming", "2024-07", late)
    )
    assert current(pic, "filming") == [("2024-07", "asserted")]


def test_speculation_beside_an_assertion_of_a_many_valued_kind_stays() -> None:
    src = source("a", "2023-05-02")
    pic = picture(claim("platform", "Netflix", src), claim("platform", "Hulu", src, "speculated"))
    assert sorted(current(pic, "platform")) == [("Hulu", "speculated"), ("Netflix", "asserted")]


def test_same_value_from_two_sources_is_one_fact_citing_both() -> None:
    a, b = source("a", "2023-05-02"), source("b", "2023-06-10")
    pic = picture(
        claim("episodes", 8, a), claim("episodes", 8, b), claim("episodes", 8, b, "speculated")
    )
    (fact,) = season(pic).current("episodes")
    assert [s.id for s in fact.sources] == ["a", "b"]
    assert fact.why.startswith("asserted by 2 sources")


def test_official_data_beats_a_later_article() -> None:
    official = source("tvmaze", "2024-01-10", kind="official")
    article = source("blog", "2024-02-20")
    pic = picture(claim("episodes", 10, article), claim("episodes", 8, official))
    assert current(pic, "episodes") == [(8, "asserted")]
    (loser,) = [f for f in season(pic).facts if f.superseded]
    assert loser.value == 10 and "official data" in loser.why
    (conflict,) = season(pic).conflicts  # the disagreement stays visible, official data current
    assert sorted(c.value for c in conflict.claims) == [8, 10]


def test_a_later_publication_supersedes_no_premiere_date() -> None:
    summer = source("a", "2023-08")
    spring = source("b", "2024-02-14")
    pic = picture(claim("premiere", "2024-05-10", spring), claim("no_premiere_date", None, summer))
    assert current(pic, "premiere") == [("2024-05-10", "asserted")]
    assert current(pic, "no_premiere_date") == []
    (old,) = [f for f in season(pic).facts if f.kind == "no_premiere_date"]
    assert old.superseded and "superseded by 2024-05-10" in old.why


def test_a_moved_premiere_date_supersedes_the_planned_one_in_either_input_order() -> None:
    autumn, winter = source("a", "2023-10-01"), source("b", "2024-02-01")
    claims = [claim("premiere", "2024-03-15", autumn), claim("premiere", "2024-06-01", winter)]
    for ordering in (claims, claims[::-1]):
        pic = picture(*ordering)
        assert current(pic, "premiere") == [("2024-06-01", "asserted")]
        assert season(pic).conflicts == ()


def test_a_later_announcement_withdraws_an_announced_date() -> None:
    autumn, winter = source("a", "2023-10-01"), source("b", "2024-02-01")
    pic = picture(claim("premiere", "2024-03-15", autumn), claim("no_premiere_date", None, winter))
    assert current(pic, "premiere") == []
    assert current(pic, "no_premiere_date") == [(None, "asserted")]


def test_a_later_renewal_supersedes_a_denied_one() -> None:
    early, late = source("a", "2022-12-01"), source("b", "2023-07-01")
    pic = picture(claim("renewed", None, early, "denied"), claim("renewed", "2023-06-06", late))
    assert current(pic, "renewed") == [("2023-06-06", "asserted")]


def test_a_precise_date_inside_an_earlier_window_refines_it() -> None:
    early, late = source("a", "2023-09-01"), source("b", "2024-01-20")
    pic = picture(claim("premiere", "2024-40", early), claim("premiere", "2024-03-15", late))
    assert current(pic, "premiere") == [("2024-03-15", "asserted")]
    (window,) = [f for f in season(pic).facts if f.value == "2024-40"]
    assert window.superseded and window.why.startswith("refined by 2024-03-15")
    assert season(pic).conflicts == ()


def test_a_later_vaguer_window_does_not_undo_a_precise_date() -> None:
    early, late = source("a", "2023-09-01"), source("b", "2024-01-20")
    pic = picture(claim("premiere", "2024-03-15", early), claim("premiere", "2024", late))
    assert current(pic, "premiere") == [("2024-03-15", "asserted")]


def test_a_dated_renewal_refines_an_undated_one() -> None:
    src = source("a", "2023-09-01")
    pic = picture(claim("renewed", None, src), claim("renewed", "2023-06-06", src))
    assert current(pic, "renewed") == [("2023-06-06", "asserted")]


def test_two_renewal_dates_are_a_conflict_kept_with_both_sides() -> None:
    a, b = source("a", "2023-08"), source("b", "2024-01-15")
    pic = picture(claim("renewed", "2023-06-06", a), claim("renewed", "2022-06-06", b))
    assert sorted(current(pic, "renewed")) == [
        ("2022-06-06", "asserted"),
        ("2023-06-06", "asserted"),
    ]
    (conflict,) = season(pic).conflicts
    assert conflict.kind == "renewed" and conflict.season == 2
    assert sorted((c.value, c.source.id) for c in conflict.claims) == [
        ("2022-06-06", "b"),
        ("2023-06-06", "a"),
    ]
    assert all("disputed" in f.why for f in season(pic).current("renewed"))


def test_a_premiere_reported_as_past_is_history_not_an_update() -> None:
    a, b = source("a", "2023-08-01"), source("b", "2024-01-15")
    pic = picture(
        claim("premiere", "2022-01-28", a, season=1), claim("premiere", "2023-01-28", b, season=1)
    )
    (conflict,) = season(pic, 1).conflicts
    assert {c.value for c in conflict.claims} == {"2022-01-28", "2023-01-28"}


def test_speculation_never_makes_a_conflict_and_the_later_guess_wins() -> None:
    a, b = source("a", "2023-08-01"), source("b", "2023-12-01")
    pic = picture(
        claim("premiere", "2024-40", a, "speculated"), claim("premiere", "2025", b, "speculated")
    )
    assert current(pic, "premiere") == [("2025", "speculated")]
    assert season(pic).conflicts == ()


def test_as_of_shows_what_was_known_that_day() -> None:
    summer = source("a", "2023-08-10")
    winter = source("b", "2024-02-14")
    claims = (
        claim("no_premiere_date", None, summer),
        claim("premiere", "2024-40", summer, "speculated"),
        claim("premiere", "2024-05-10", winter),
    )
    before = picture(*claims, as_of=dt.date(2024, 2, 13))
    after = picture(*claims, as_of=dt.date(2024, 2, 14))
    assert current(before, "no_premiere_date") == [(None, "asserted")]
    assert current(before, "premiere") == [("2024-40", "speculated")]
    assert [s.id for s in before.sources] == ["a"]
    assert current(after, "premiere") == [("2024-05-10", "asserted")]
    assert current(after, "no_premiere_date") == []
    assert after.as_of == dt.date(2024, 2, 14)


def test_a_month_precise_source_counts_from_the_end_of_the_month_or_its_fetch() -> None:
    month = source("a", "2023-08", fetched="2023-09-03")
    assert known_on(month) == dt.date(2023, 8, 31)
    fetched_early = source("b", "2023", fetched="2023-03-02")
    assert known_on(fetched_early) == dt.date(2023, 3, 2)
    undated = source("c", None, fetched="2023-05-05")
    assert known_on(undated) == dt.date(2023, 5, 5)
    claims = [claim("episodes", 8, month)]
    assert picture(*claims, as_of=dt.date(2023, 8, 15)).seasons == ()
    assert current(picture(*claims, as_of=dt.date(2023, 8, 31)), "episodes") == [(8, "asserted")]


def test_cast_is_merged_across_spellings_with_season_status() -> None:
    one, two = source("a", "2022-01-20"), source("b", "2023-09-01")
    claims = (
        cast("Kim Dae-ho", "Captain Yun", one, season=1),
        cast("Kim Dae-Ho", None, two),  # case differs; the character comes from season 1
        cast("Daeho Kim", "Captain Yun", two),
        cast("Seo Min-a", "Ari", one, season=1),
        cast("Seo Min-a", "Ari", two, "denied"),
        cast("Oh Ji-won", "The Ferryman", two),
    )
    pic = picture(*claims, person_aliases={"Daeho Kim": "Kim Dae-ho"})
    members = {m.person: m for m in pic.cast}
    assert set(members) == {"Kim Dae-ho", "Seo Min-a", "Oh Ji-won"}
    kim = members["Kim Dae-ho"]
    assert kim.character == "Captain Yun"
    assert set(kim.aliases) == {"Kim Dae-Ho", "Daeho Kim"}
    assert [(s.number, s.status) for s in kim.seasons] == [(1, "new"), (2, "returning")]
    assert [(s.number, s.status) for s in members["Seo Min-a"].seasons] == [
        (1, "new"),
        (2, "leaving"),
    ]
    assert [(s.number, s.status) for s in members["Oh Ji-won"].seasons] == [(2, "new")]


def test_without_person_aliases_unrelated_spellings_stay_apart() -> None:
    src = source("a", "2023-09-01")
    pic = picture(cast("Kim Dae-ho", "Captain Yun", src), cast("Daeho Kim", "Captain Yun", src))
    assert sorted(m.person for m in pic.cast) == ["Daeho Kim", "Kim Dae-ho"]


def test_a_character_only_guess_joins_the_known_actor_as_returning() -> None:
    a, b = source("a", "2022-01-20"), source("b", "2023-09-01")
    pic = picture(
        cast("Oh Ji-won", "The Ferryman", a, season=None),
        cast(None, "The Ferryman", b, "speculated"),
    )
    (member,) = pic.cast
    assert [(s.number, s.status, s.stance) for s in member.seasons] == [
        (None, "listed", "asserted"),
        (2, "returning", "speculated"),
    ]


def test_one_actors_character_spellings_are_one_character() -> None:
    a, b, c = source("a", "2022-01-20"), source("b", "2023-09-01"), source("c", "2024-01-10")
    pic = picture(
        cast("Yoo In-soo", "Yoon Gwi-nam", a, season=None),
        cast("Yoo In-soo", "Gwi-nam", b, season=1),  # the given name alone
        cast("Park Solomon", "Lee Soo-hyeok", a, season=None),
        cast("Park Solomon", "Lee Su-hyeok", b, season=None),  # romanisation
        cast("Park Solomon", "Soo-hyuk", c, "speculated"),  # given name, another spelling
        cast("Oh Ji-won", "Captain Yun", a, season=None),
        cast("Oh Ji-won", "The Ferryman", b, season=None),  # a different character stays apart
    )
    found = sorted((m.person, m.character) for m in pic.cast)
    assert found == [
        ("Oh Ji-won", "Captain Yun"),
        ("Oh Ji-won", "The Ferryman"),
        ("Park Solomon", "Lee Soo-hyeok"),
        ("Yoo In-soo", "Yoon Gwi-nam"),
    ]
    park = next(m for m in pic.cast if m.person == "Park Solomon")
    assert [(s.number, s.status) for s in park.seasons] == [(None, "listed"), (2, "returning")]


def test_a_similar_character_of_another_actor_stays_apart() -> None:
    src = source("a", "2023-09-01")
    pic = picture(cast("Kim Dae-ho", "Lee Soo-hyeok", src), cast("Seo Min-a", "Lee Su-hyeok", src))
    assert sorted(m.person for m in pic.cast) == ["Kim Dae-ho", "Seo Min-a"]


def test_crew_is_merged_across_spellings() -> None:
    src = source("a", "2023-09-01")
    claims = (
        claim("crew", {"person": "Lee JQ", "role": "director"}, src, season=None),
        claim("crew", {"person": "Lee Jae-kyoo", "role": "director"}, src, season=None),
        claim("crew", {"person": "Han So-ra", "role": "writer"}, src, season=2),
    )
    pic = picture(*claims, person_aliases={"Lee JQ": "Lee Jae-kyoo"})
    assert [(m.person, m.role, m.aliases, m.seasons) for m in pic.crew] == [
        ("Lee Jae-kyoo", "director", ("Lee JQ",), ()),
        ("Han So-ra", "writer", (), (2,)),
    ]


def test_timeline_is_in_publication_order_and_says_what_changed() -> None:
    summer, winter, spring = (
        source("a", "2023-08-10"),
        source("b", "2024-01-05"),
        source("c", "2024-03-01"),
    )
    claims = (
        claim("premiere", "2024-05-10", spring),
        claim("premiere", "2024-40", winter),
        claim("no_premiere_date", None, summer),
        claim("platform", "Netflix", spring, season=None),
    )
    pic = picture(*claims)
    entries = season(pic).timeline
    assert [(e.date, e.kind, e.value) for e in entries] == [
        ("2023-08-10", "no_premiere_date", None),
        ("2024-01-05", "premiere", "2024-40"),
        ("2024-03-01", "premiere", "2024-05-10"),
    ]
    assert entries[0].change == "first report: no premiere date announced"
    assert entries[1].change == "no premiere date announced → 2024-40"
    assert entries[2].change == "2024-40 → 2024-05-10"
    assert [e.kind for e in season(pic, None).timeline] == ["platform"]


def test_seasons_are_ordered_with_the_whole_show_first_and_sources_by_publication() -> None:
    late, early = source("late", "2024-01-01"), source("early", "2022-01-01")
    pic = picture(
        claim("episodes", 8, late, season=3),
        claim("platform", "Netflix", early, season=None),
        claim("episodes", 6, early, season=1),
    )
    assert [s.number for s in pic.seasons] == [None, 1, 3]
    assert [s.id for s in pic.sources] == ["early", "late"]
    assert pic.number(late) == 2
