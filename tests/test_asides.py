"""A list of other shows inside an article about its own show: each item led by its title and a
colon is about that show, and the article's show comes back after the list."""

from __future__ import annotations

from nextseason.extract import extract

TITLE = "Glass Meridian Season 3: Everything We Know"
BODY = (
    "Glass Meridian will return for a third season in 2026, the streamer confirmed.\n\n"
    "Glass Meridian is not the only drama on the way. The rest of the network's slate keeps moving:\n\n"
    "- Salt Road: Ada Quill returns as Mara Vey in the second season, which began shooting in April.\n"
    "- Copper Bells: the comedy has been renewed for a fourth season.\n"
    "- The Long Field: cancelled after one season last August.\n\n"
    "Filming on the third season of Glass Meridian begins in May."
)


def _claims(body: str = BODY) -> set[tuple[str, int | None, str, object]]:
    doc = extract(f"{TITLE}\n\n{body}", title=TITLE, published="2025-06-10", published_from="given")
    return {(c.show, c.season, c.kind, str(c.value)) for c in doc.claims}


def test_each_item_is_about_the_show_it_opens_with() -> None:
    got = _claims()
    assert ("Salt Road", 2, "filming", "2025-04") in got
    assert ("Salt Road", 2, "cast", str({"person": "Ada Quill", "character": "Mara Vey"})) in got
    assert ("Copper Bells", 4, "renewed", "None") in got
    assert ("The Long Field", None, "cancelled", "2024-08") in got


def test_the_articles_own_show_keeps_its_claims_around_the_list() -> None:
    got = _claims()
    assert ("Glass Meridian", 3, "premiere", "2026") in got
    assert ("Glass Meridian", 3, "filming", "2026-05") in got
    assert not any(show == "Glass Meridian" and kind == "cancelled" for show, _, kind, _ in got)


def test_a_cast_list_of_character_and_player_opens_no_show() -> None:
    body = (
        "Glass Meridian will return for a third season. The main cast of the series returns:\n\n"
        "- Mara Vey: Ada Quill\n- Tomas Reel: Pell Androw\n"
    )
    shows = {show for show, *_ in _claims(body)}
    assert shows == {"Glass Meridian"}


def test_a_heading_that_describes_a_spinoff_by_the_articles_show_opens_the_spinoff() -> None:
    body = (
        "Glass Meridian will return for a third season in 2026.\n\n"
        "Meet Salt Road, the Glass Meridian spin-off\n\n"
        "Salt Road finally premiered on April 12, 2025.\n\n"
        "The main cast of the spin-off:\n\n- Ada Quill as Mara Vey\n- Pell Androw as Tomas Reel\n"
    )
    got = _claims(body)
    assert ("Salt Road", None, "cast", str({"person": "Ada Quill", "character": "Mara Vey"})) in got
    assert not any(show == "Glass Meridian" and kind == "cast" for show, _, kind, _ in got)
