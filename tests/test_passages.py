"""Story passages: found by heading, placed in a season, short; rendered after the facts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from nextseason.domain.model import Source, StoredClaim, StoredPassage
from nextseason.domain.reconcile import reconcile
from nextseason.extract.passages import LIMIT, find_passages, heading_kind
from nextseason.render.dossier import dossier_json, dossier_markdown, dossier_text

SEED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seed-all-of-us-are-dead.txt"

LONG = " ".join(
    f"In episode {n} the keepers follow the signal to the {place} and find another lamp."
    for n, place in enumerate(["cove", "mill", "quarry", "chapel", "pier", "tower", "ridge"], 1)
)

ARTICLE = f"""Moonfall Bay Season 3 Release Date, Cast and Plot

Moonfall Bay Season 3 Release Date

Season 3 will premiere on May 9, 2025. It will have eight episodes.

The Story So Far – Spoilers

{LONG}

Season 1 Finale

Ilse sails out alone. The lighthouse goes dark behind her.

What Might Happen in Season 3?

Ilse could finally find her brother. The lamp may be the key.

Fan Theories

Some fans think the lamp keeper was Ilse's mother all along.

Moonfall Bay Season 3 Cast

Ana Ruiz returns as Captain Ilse Mora.
"""


def test_story_sections_become_passages_in_their_seasons() -> None:
    found = find_passages(ARTICLE)
    assert [(p.heading, p.kind, p.season) for p in found] == [
        ("The Story So Far – Spoilers", "spoiler", 2),  # a recap: the season before the target
        ("Season 1 Finale", "spoiler", 1),  # the heading's own season
        ("What Might Happen in Season 3?", "speculation", 3),
        ("Fan Theories", "speculation", 3),  # speculation: the article's target season
    ]
    assert {p.show for p in found} == {"Moonfall Bay"}
    assert found[1].text == "Ilse sails out alone. The lighthouse goes dark behind her."


def test_excerpts_are_short_and_end_at_a_sentence() -> None:
    recap = find_passages(ARTICLE)[0]
    assert len(LONG) > LIMIT
    assert 0 < len(recap.text) <= LIMIT and recap.text.endswith("another lamp.")
    assert LONG.startswith(recap.text)
    (cut,) = find_passages("Show 2 news\n\nPlot\n\n" + "word " * 200, title="Show Season 2")
    assert len(cut.text) <= LIMIT + 1 and cut.text.endswith("…")


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("All of Us Are Dead Plot Summary – Spoilers Ahead", "spoiler"),
        ("Season 1 Recap", "spoiler"),
        ("The Glory Ending Explained", "spoiler"),
        ("What Happened at the End of Season 2?", "spoiler"),
        ("Season 2 Storyline Possibility", "speculation"),
        ("Fan Theories About the Ending", "speculation"),
        ("What to Expect from the Story", "speculation"),
        ("Season 3 Predictions", "speculation"),
        ("What Could Happen Next?", "speculation"),
        ("Season 2 Release Date, Cast, Plot and Everything We Know", None),
        ("Season 2 Cast and Plot", None),
        ("Where Can You Watch It?", None),
        ("Behind the Camera", None),
    ],
)
def test_heading_lexicon(heading: str, kind: str | None) -> None:
    assert heading_kind(heading) == kind


def test_article_without_story_sections_has_no_passages() -> None:
    assert find_passages("Moonfall Bay Season 2\n\nRenewed\n\nNorthwind renewed it.") == ()
    assert find_passages("") == ()


def test_seed_article_finale_and_storyline() -> None:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED} (../shared/corpus)")
    found = {p.heading: p for p in find_passages(SEED.read_text(encoding="utf-8"))}
    finale = found["All of Us Are Dead Season 1 Finale"]
    assert (finale.kind, finale.season) == ("spoiler", 1)
    assert finale.text.startswith("The final episode shows six students")
    storyline = found["All of Us Are Dead Season 2 Storyline Possibility"]
    assert (storyline.kind, storyline.season) == ("speculation", 2)
    assert all(len(p.text) <= LIMIT for p in found.values())


# -- in the picture and the dossier -------------------------------------------------

A = Source("a", None, "Moonfall Bay news", None, "2024-05-01", "given", "article", dt.datetime(2030, 1, 1))
B = Source("b", None, "Moonfall Bay theories", None, "2024-09-01", "given", "article", dt.datetime(2030, 1, 1))


def picture(as_of: dt.date | None = None):  # type: ignore[no-untyped-def]
    claims = [StoredClaim(1, "Moonfall Bay", 3, "premiere", "2025-05-09", "asserted", "will premiere", A)]
    passages = [
        StoredPassage(1, 1, "spoiler", "Season 1 Finale", "Ilse sails out alone.", A),
        StoredPassage(2, 3, "speculation", "Fan Theories", "The keeper was her mother.", B),
    ]
    return reconcile("Moonfall Bay", (), claims, passages=passages, as_of=as_of)


def test_passages_join_their_season_never_its_facts() -> None:
    pic = picture()
    assert [s.number for s in pic.seasons] == [1, 3]  # season 1 has passages only
    assert pic.season(1).facts == () and len(pic.season(1).passages) == 1  # type: ignore[union-attr]
    assert [f.kind for f in pic.season(3).facts] == ["premiere"]  # type: ignore[union-attr]
    assert pic.sources == (A, B)
    earlier = picture(as_of=dt.date(2024, 6, 1))
    assert earlier.season(3).passages == () and earlier.sources == (A,)  # type: ignore[union-attr]


def test_dossier_json_and_text_show_passages_after_the_facts() -> None:
    pic = picture()
    season3 = next(s for s in dossier_json(pic)["seasons"] if s["number"] == 3)
    assert season3["passages"] == [
        {"kind": "speculation", "heading": "Fan Theories", "text": "The keeper was her mother.", "source": 2}
    ]
    assert [f["kind"] for f in season3["facts"]] == ["premiere"]
    text = dossier_text(pic)
    assert "  The story so far (spoilers):\n    Season 1 Finale: Ilse sails out alone. [1]" in text
    assert text.index("What might happen (speculation)") > text.index("premiere 9 May 2025")
    markdown = dossier_markdown(pic)
    assert "- **What might happen (speculation):**\n  - Fan Theories: The keeper was her mother. [2]" in markdown
