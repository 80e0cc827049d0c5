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
