"""Seasons with titles of their own: found where the body defines them, then read as seasons."""

from __future__ import annotations

import pytest

from nextseason.extract import extract
from nextseason.extract.headline import headline_show
from nextseason.extract.seasons import season_titles

BODY = (
    "Right after the finale of Iron Lantern: Tidebreak's second cour aired, the studio confirmed the "
    "third and final part of the season for 2026. Tidebreak is the fourth and final season of the Iron "
    "Lantern anime, split into three cours. For comparison, the second season, Ember Crown (2021), had 11 "
    "episodes, and the third season, Iron Lantern: Hollow Sky, aired in 2023. Part 1 premiered on "
    "January 9, 2025, on Tokyo MX. Mika Arai handles series composition for Tidebreak."
)


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (BODY, {"Tidebreak": 4, "Ember Crown": 2, "Hollow Sky": 3}),
        ("Season 2, officially titled Salt and Ash, arrives in April.", {"Salt and Ash": 2}),
        ("The second season is titled Glass Meridian: The Low Road.", {"The Low Road": 2}),
        # an apposition that is a character, a film or a scene, not a season's title
        ("By the end of the first season, Hyun-woo, who is half monster, leaves the building.", {}),
        ("Before the second season, a compilation film recapping the first season, Iron Lantern: "
         "Embers, opens in theaters.", {}),
        ("In the second season, Mara Quint, the detective, takes over.", {}),
        # another show's season, not the main show's
        ("Also filming this summer for ITV is the fourth series of Brackenfold.", {}),
    ],
)
def test_season_titles_come_from_the_body_s_definitions(text: str, titles: dict[str, int]) -> None:
    main = "Glass Meridian" if "Glass Meridian" in text else "Iron Lantern"
    assert season_titles(main, text) == titles


def test_a_headline_naming_a_titled_season_and_its_part_is_about_the_show() -> None:
    assert headline_show("Iron Lantern: Tidebreak Part 3 Confirmed for 2026", BODY) == "Iron Lantern"
    # (a subtitle the body never calls a season stays part of the title: a spinoff)
    spinoff = "Iron Lantern: Tidebreak is a spinoff. Iron Lantern: Tidebreak arrives in May."
    assert headline_show("Iron Lantern: Tidebreak Confirmed for 2026", spinoff) == "Iron Lantern: Tidebreak"


def test_a_titled_season_is_that_season_wherever_the_article_writes_it() -> None:
    title = "Iron Lantern: Tidebreak Part 3 Confirmed for 2026"
    doc = extract(title + "\n\n" + BODY, title=title, published="2025-09-26")
    found = {(c.show, c.season, c.kind, str(c.value)) for c in doc.claims}
    # the part's premiere is the titled season's, not a first season's
    assert ("Iron Lantern", 4, "premiere", "2025-01-09") in found
    assert ("Iron Lantern", 4, "crew", str({"person": "Mika Arai", "role": "writer"})) in found
    # the seasons' titles are no shows of their own
    assert {c.show for c in doc.claims} == {"Iron Lantern"}
    assert [s.title for s in doc.document.shows] == ["Iron Lantern"]


def test_a_headline_s_season_number_is_no_part_of_a_subtitled_title() -> None:
    body = (
        "Iron Lantern: Tidebreak season 2 is almost here.\n\nIron Lantern: Tidebreak Season 2 Cast\n\n"
        "Mara Quint returns.\n\nIron Lantern: Tidebreak Season 2 Release Date\n\nIt arrives in March."
    )
    title = "Iron Lantern: Tidebreak Season 2 Release Date, Cast & Everything We Know"
    assert headline_show(title, body) == "Iron Lantern: Tidebreak"


PARTS = (
    "A note on numbering: the streamer calls each batch of episodes a part, so Part 4 is, for all "
    "intents and purposes, the show's fourth season. Part 1 launched on 8th January 2021. Part 2 "
    "followed on 11th June 2021. Parts 1 and 2 had five episodes each, while Part 3 stretched to seven. "
    "Xavier Brenn, who directed the first three episodes of Part 1, is in talks to return."
)


def test_where_the_article_says_its_parts_are_seasons_each_part_is_its_season() -> None:
    title = "Gentleman Thief Part 4: Release date and cast"
    doc = extract(title + "\n\n" + PARTS, title=title, published="2025-11-20")
    found = {(c.season, c.kind, str(c.value)) for c in doc.claims}
    assert {(1, "premiere", "2021-01-08"), (2, "premiere", "2021-06-11")} <= found
    assert {(1, "episodes", "5"), (2, "episodes", "5"), (3, "episodes", "7")} <= found
    assert (1, "crew", str({"person": "Xavier Brenn", "role": "director"})) in found


def test_parts_stay_parts_of_a_season_unless_the_article_says_otherwise() -> None:
    text = PARTS.replace("so Part 4 is, for all intents and purposes, the show's fourth season", "and Part 4 is next")
    title = "Gentleman Thief Season 2 Part 4: Release date and cast"
    doc = extract(title + "\n\n" + text, title=title, published="2025-11-20")
    assert {c.season for c in doc.claims if c.kind == "premiere"} == {2}
