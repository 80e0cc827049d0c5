"""A wiki's season page: the page is one season, so its cast list, credits and episode table are
that season's; the show's creator stays the show's."""

from __future__ import annotations

from nextseason.extract import extract

TITLE = "Season 2 (Gullhaven)"
PAGE = (
    "Gullhaven Wiki\n\n"
    "Season 2 of Gullhaven is the second season of the drama series Gullhaven, created by Colm Ferry. "
    "It consists of ten episodes.\n\n"
    "Episodes\n\n"
    "No. | Title | Directed by | Written by | Original release date\n"
    '1 | "The Thaw" | Helena Vargo | Colm Ferry | January 15, 2026\n'
    '2 | "Deed and Title" | Rufus Adey | Sadie Mokoe & Piet Halloran | January 22, 2026\n\n'
    "Cast\n\n"
    "Margery Holt – Ines Corvo\n"
    "Amos Whitlock – Derrick Boat\n\n"
    "Ines Corvo plays Margery Holt."
)


def _rows(title: str = TITLE, page: str = PAGE) -> set[tuple[str, int | None, str]]:
    doc = extract(f"{title}\n\n{page}", title=title, published="2026-04-14", published_from="given")
    out: set[tuple[str, int | None, str]] = set()
    for c in doc.claims:
        if c.kind in ("cast", "crew"):
            value = c.value
            assert isinstance(value, dict)
            out.add((str(value["person"]), c.season, c.kind if c.kind == "cast" else str(value["role"])))
    return out


def test_the_season_pages_cast_list_and_episode_credits_are_that_seasons() -> None:
    rows = _rows()
    assert {
        ("Ines Corvo", 2, "cast"),
        ("Derrick Boat", 2, "cast"),
        ("Helena Vargo", 2, "director"),
        ("Rufus Adey", 2, "director"),
        ("Colm Ferry", 2, "writer"),
        ("Sadie Mokoe", 2, "writer"),
        ("Piet Halloran", 2, "writer"),
    } <= rows
    assert ("Colm Ferry", None, "creator") in rows


def test_a_news_headline_naming_a_season_makes_no_season_page() -> None:
    rows = _rows(title="Gullhaven Season 2: Release Date, Cast and More")
    assert ("Ines Corvo", None, "cast") in rows
    assert not any(role == "director" for _, _, role in rows)  # an episode table under no season


def test_a_reviews_pairs_are_the_reviewed_seasons_and_its_credits_keep_theirs() -> None:
    title = "Gullhaven Season 2 Review: Sharper, Sadder and Much Better"
    page = (
        "There is a moment early on when Delia Kestrel (Maren Oakes) stands in the ballroom and laughs.\n\n"
        "Miriam Cole, who has written every episode, keeps the tension high.\n\n"
        "Gullhaven Season 2\n\nCast: Maren Oakes, Tomasz Wilder"
    )
    rows = _rows(title=title, page=page)
    assert ("Maren Oakes", 2, "cast") in rows
    assert ("Miriam Cole", None, "writer") in rows


def test_a_recaps_episode_credits_are_the_recapped_seasons() -> None:
    title = "Gullhaven Season 3 Finale Recap: The Long Orchard"
    page = "The episode was written by Pell Fairbrother, who created the series, and directed by Imke Svensson."
    rows = _rows(title=title, page=page)
    assert {("Pell Fairbrother", 3, "writer"), ("Imke Svensson", 3, "director")} <= rows
    assert ("Pell Fairbrother", None, "creator") in rows


def test_a_first_looks_captioned_pairs_are_the_season_shown() -> None:
    title = "Gullhaven season 2 first look: See exclusive photos"
    page = "HBO shared photos.\n\nPictured: Rafe Okonjo as Detective Luca Brandt."
    assert ("Rafe Okonjo", 2, "cast") in _rows(title=title, page=page)
