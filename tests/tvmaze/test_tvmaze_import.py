"""Mapping TVmaze into claims, importing into the store, articles and TVmaze in one dossier."""

from __future__ import annotations

from typing import Any

from tvmaze_fixtures import load, silicon_valley, stranger_things

from nextseason.domain.claims import Claim, ClaimsDocument, DocumentInfo, ShowRef
from nextseason.pipeline import show_picture
from nextseason.pipeline.driver import run_one
from nextseason.pipeline.official import import_data, import_show
from nextseason.pipeline.read import content_hash
from nextseason.pipeline.reconcile import Reconcile
from nextseason.pipeline.resolve import Resolve
from nextseason.pipeline.store import Save
from nextseason.pipeline.work import Target, Work
from nextseason.render.dossier import dossier_text
from nextseason.sources.tvmaze_map import choices, map_show


def claims_of(show: dict[str, Any]) -> dict[tuple[int | None, str], list[Any]]:
    out: dict[tuple[int | None, str], list[Any]] = {}
    for c in map_show(show).claims.claims:
        out.setdefault((c.season, c.kind), []).append(c.value if c.stance == "asserted" else (c.stance, c.value))
    return out


def test_seasons_dates_counts_people_and_names_are_mapped() -> None:
    found = claims_of(silicon_valley())
    assert found[(1, "premiere")] == ["2014-04-06"] and found[(1, "finale")] == ["2014-06-01"]
    assert [found[(n, "episodes")] for n in (1, 2, 3, 4)] == [[8], [10], [10], [10]]
    assert found[(2, "platform")] == ["HBO"]
    assert {"person": "Zach Woods", "character": "Jared Dunn"} in found[(None, "cast")]
    crew = found[(None, "crew")]
    assert {"person": "Mike Judge", "role": "creator"} in crew
    assert all(c["role"] in {"creator", "producer"} for c in crew)  # no "Director Of Photography"
    show = map_show(silicon_valley())
    assert show.claims.document.shows[0].aliases == ("Кремниевая долина",)
    assert show.native_title is None  # a Russian aka of an English-language show is not native
    assert show.externals["imdb"] == "tt2575988"


def test_episodes_without_an_airdate_are_date_not_announced() -> None:
    found = claims_of(stranger_things())
    assert found[(3, "premiere")] == ["2019-07-04"]
    assert found[(4, "no_premiere_date")] == [None]  # S4: airdate "", never "no episode"
    assert found[(4, "renewed")] == [None]
    assert (4, "premiere") not in found and (4, "episodes") not in found
    assert found[(4, "platform")] == ["Netflix"]


def test_statuses() -> None:
    hits = {h["show"]["name"]: h["show"] for h in load("search_shows_q_a.json")}
    tbd = claims_of({**hits["The A Word"], "_embedded": {"seasons": load("shows_143_seasons.json")}})
    assert tbd[(5, "renewed")] == [("denied", None)]  # next season not announced yet
    ended = {**silicon_valley(), "status": "Ended"}
    assert claims_of(ended)[(None, "cancelled")] == [None]
    dev = next(h["show"] for h in load("search_shows_q_girls.json") if h["show"]["name"] == "Paper Girls")
    assert claims_of(dev)[(1, "no_premiere_date")] == [None]
    korean = load("shows_3479_embed_cast.json")
    korean["_embedded"]["akas"] = [{"name": "런닝맨", "country": {"code": "KR"}}]
    assert map_show(korean).native_title == "런닝맨"


def test_search_hits_become_choices_with_year_and_network() -> None:
    found = choices(load("search_shows_q_a.json"))
    assert len(found) == 10
    a_team = [c for c in found if c.title == "The A-Team"]
    assert len(a_team) == 2 and a_team[0].tvmaze_id != a_team[1].tvmaze_id
    girls = choices(load("search_shows_q_girls.json"))
    assert any("Apple TV+" in c.label() for c in girls)


def test_add_then_show_gives_a_dossier_citing_tvmaze(store: Any, client_for: Any) -> None:
    done = import_show(store, client_for(), 143)
    assert done.status == "new" and done.new_claims > 40
    picture = show_picture(store, "Silicon Valley")
    (source,) = picture.sources
    assert source.official and source.title == "TVmaze: Silicon Valley" and "TVmaze" in (source.publisher or "")
    s2 = picture.season(2)
    assert s2 is not None and [f.value for f in s2.current("premiere")] == ["2015-04-12"]
    assert [f.value for f in s2.current("finale")] == ["2015-06-14"]
    assert all(f.sources == (source,) for s in picture.seasons for f in s.facts)
    assert {m.person for m in picture.cast} >= {"Thomas Middleditch", "Zach Woods"}
    assert any(m.person == "Mike Judge" and m.role == "creator" for m in picture.crew)
    text = dossier_text(picture)
    assert "premiere 12 April 2015 [1]" in text or "premiere April 12, 2015 [1]" in text or "2015" in text
    assert "finale" in text and "[1] TVmaze: Silicon Valley" in text
    from nextseason.web import models as m

    assert m.ExternalId.objects.get(source="tvmaze").value == "143"
    assert m.ExternalId.objects.get(source="imdb").value == "tt2575988"
    again = import_show(store, client_for(), 143)
    assert again.status == "unchanged" and store.counts()["documents"] == 1


def article(store: Any, key: str, published: str, show: ShowRef, claims: list[Claim]) -> Any:
    doc = ClaimsDocument(DocumentInfo(id=key, title=key, published=published, published_from="given", shows=(show,)), tuple(claims))
    work = Work(Target(key), key=key, content_hash=content_hash(repr(doc)), claims=doc)
    return run_one([Resolve(store), Save(store), Reconcile(store)], work).saved


def test_an_article_under_another_title_lands_on_the_same_show(store: Any, client_for: Any) -> None:
    done = import_show(store, client_for(), 143)
    title = "Кремниевая долина"
    saved = article(store, "ru", "2015-03-01", ShowRef(title), [Claim(title, 2, "premiere", "2015-04-12", "asserted", "x")])
    assert saved.show_ids == (done.show_id,)


def test_agreeing_facts_cite_both_and_disagreements_are_conflicts(store: Any, client_for: Any) -> None:
    show = ShowRef("Silicon Valley")
    article(
        store,
        "blog",
        "2017-05-01",
        show,
        [
            Claim(show.title, 4, "premiere", "2017-04-23", "asserted", "premiered April 23"),
            Claim(show.title, 4, "episodes", 8, "asserted", "eight episodes"),
        ],
    )
    done = import_show(store, client_for(), 143)
    assert done.status == "new" and done.new_conflicts == 1
    picture = show_picture(store, "Silicon Valley")
    assert len(picture.sources) == 2
    s4 = picture.season(4)
    assert s4 is not None
    (premiere,) = s4.current("premiere")
    assert premiere.value == "2017-04-23" and len(premiere.sources) == 2  # cites both
    (episodes,) = s4.current("episodes")
    assert episodes.value == 10 and episodes.sources[0].official
    (conflict,) = s4.conflicts
    assert sorted(c.value for c in conflict.claims) == [8, 10]
    assert "conflicts:" in dossier_text(picture)


def test_a_later_article_date_replaces_tvmazes_not_announced(store: Any) -> None:
    raw = stranger_things()
    raw["updated"] = 1604000000  # 2020-10-29
    import_data(store, raw)
    show = ShowRef("Stranger Things")
    article(store, "news", "2021-08-06", show, [Claim(show.title, 4, "premiere", "2022-05-27", "asserted", "May 27")])
    s4 = show_picture(store, "Stranger Things").season(4)
    assert s4 is not None
    assert [f.value for f in s4.current("premiere")] == ["2022-05-27"] and s4.conflicts == ()
    assert s4.current("no_premiere_date") == ()


def test_two_tvmaze_shows_with_one_name_stay_apart(store: Any) -> None:
    hits = [h["show"] for h in load("search_shows_q_a.json") if h["show"]["name"] == "The A-Team"]
    first, second = (import_data(store, h) for h in hits)
    assert first.show_id != second.show_id
