"""Discovery of the other shows an article reports news about."""

from __future__ import annotations

from nextseason.extract.others import discover_other_shows, platform_cue
from nextseason.extract.shows import ShowIndex
from nextseason.extract.text import sentences


def _found(body: str, main: str = "Harbour Lights") -> dict[str, list[str]]:
    index = ShowIndex(main, [])
    discover_other_shows(sentences(body), index)
    return {k: v for k, v in index.aliases.items() if k != main}


def test_news_cues_register_other_shows() -> None:
    body = (
        "Harbour Lights returns in June. Meanwhile, Copper Valley season 4 arrives this autumn. "
        "Netflix also cancelled Glass Orchard after one season. "
        "Apple's legal drama Fair Winds has already been renewed for a third season. "
        "Crunchyroll is also streaming Moon Relay, which premiered on April 2."
    )
    assert set(_found(body)) == {"Copper Valley", "Glass Orchard", "Fair Winds", "Moon Relay"}


def test_appositive_and_numbered_titles() -> None:
    body = (
        "Riverbend, the network's next fantasy spin-off, is expected in 2026. "
        "The slate also includes Copper Valley 3 and Glass Orchard 2 arriving next year."
    )
    assert set(_found(body)) == {"Riverbend", "Copper Valley", "Glass Orchard"}


def test_credits_films_and_people_are_not_registered() -> None:
    body = (
        "The director, known for Glass Orchard, returns. Her drama Copper Valley premiered on tvN last May. "
        "Mira Holt, who played Ensign Vale, will not return for season 2. "
        "A film, Harbour Lights – The Movie, arrives in cinemas in May. "
        "Fans of the game Tide Runner will recognise the map."
    )
    assert _found(body) == {}


def test_subtitle_and_spelled_out_aliases() -> None:
    body = (
        "The special Harbour Lights: Keeper of the Flame arrived on Netflix last week. "
        "Keeper of the Flame follows the first keeper. "
        "The show is based on the Belgian series VTL, short for Vuurtorenlicht, which airs on Canal+."
    )
    found = _found(body)
    assert found["Harbour Lights: Keeper of the Flame"] == ["Keeper of the Flame"]
    assert found["VTL"] == ["Vuurtorenlicht"]


def test_platform_cues() -> None:
    text = "Netflix's hit thriller streams on Hulu, and ITV's Morning Chat said Max renewed it."
    spans = {name: (text.find(name), text.find(name) + len(name)) for name in ("Netflix", "Hulu", "ITV", "Max")}
    assert platform_cue(text, *spans["Netflix"]) == "possessive"
    assert platform_cue(text, *spans["Hulu"]) == "on"
    assert platform_cue(text, *spans["ITV"]) is None
    assert platform_cue(text, *spans["Max"]) == "subject"


def test_object_with_determiner_genre_and_accented_title() -> None:
    body = (
        "Peacock has axed its gothic western Dust Choir after two seasons. "
        "The BBC pulled the plug on The Tally Men last week. "
        "Hulu renewed the Galician family drama Los Ríos de Lugo for a second season. "
        "The Welsh crime series Slate Point, meanwhile, is set to premiere on the service in May."
    )
    assert set(_found(body)) == {"Dust Choir", "The Tally Men", "Los Ríos de Lugo", "Slate Point"}


def test_a_service_acting_on_a_show_is_not_a_show() -> None:
    body = "Korean broadcaster Tidewell TV renewed the drama. Orbis Plus ordered another season of it."
    assert _found(body) == {}


def test_common_word_opening_a_sentence_is_not_a_title() -> None:
    body = (
        "Photography began in October 2025 and should finish in spring. "
        "Cameras rolled on Copper Valley season 4 last week. "
        "Rehearsing began in January, and the rehearsing continued for weeks."
    )
    assert set(_found(body)) == {"Copper Valley"}


def test_word_written_in_lower_case_elsewhere_is_not_a_title() -> None:
    body = "Dubbing wrapped in August. The dubbing crew flew to Lisbon."
    assert _found(body) == {}


def test_trailing_connectors_and_dates_are_stripped() -> None:
    body = (
        "Apple has renewed Glass Orchard for a second season. "
        "Hulu cancelled Tin Lantern in March 2024. "
        "Peacock picked up Salt Meadow on Friday."
    )
    assert set(_found(body)) == {"Glass Orchard", "Tin Lantern", "Salt Meadow"}


def test_title_keeps_inner_connectors() -> None:
    body = "Netflix renewed Lighthouse of the North for season 3."
    assert set(_found(body)) == {"Lighthouse of the North"}


def test_people_and_characters_are_not_registered() -> None:
    body = (
        "Season 2 added Tomas Ferro as Marshal Quill. "
        "Quill is expected to return for the finale. "
        "Producers also cast Ines Moreau, who played a nurse in the pilot. "
        "Lena Park (who plays Dr. Amsel) is set to return as well. "
        "Meanwhile, Copper Valley season 4 arrives this autumn."
    )
    assert set(_found(body)) == {"Copper Valley"}
