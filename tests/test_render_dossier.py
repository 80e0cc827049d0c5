"""Dossier renderers on a small reconciled picture of an invented show."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pytest

from nextseason.domain.model import ShowPicture, Source, StoredClaim
from nextseason.domain.reconcile import reconcile
from nextseason.render.dossier import date_words, dossier_json, dossier_markdown, dossier_text

SHOW = "The Lantern Keepers"


def source(sid: str, published: str, kind: str = "article") -> Source:
    return Source(
        sid,
        f"https://example.org/{sid}",
        f"Lantern Keepers news {sid}",
        "Example Times",
        published,
        "metadata",
        kind,
        dt.datetime(2030, 1, 1, 12),
    )


A = source("a", "2023-08-10")
B = source("b", "2024-01-15")
C = source("c", "2024-02-20", kind="official")

CLAIMS: list[tuple[Any, ...]] = [
    # (season, kind, value, stance, source)
    (2, "renewed", "2023-06-06", "asserted", A),
    (2, "renewed", "2022-06-06", "asserted", B),
    (2, "no_premiere_date", None, "asserted", A),
    (2, "premiere", "2024-40", "speculated", A),
    (2, "filming", "2023-09", "asserted", A),
    (2, "episodes", 8, "asserted", C),
    (None, "platform", "Netflix", "asserted", A),
    (
        None,
        "based_on",
        {"title": "Lanterns", "author": "Jo Min", "medium": "webtoon"},
        "asserted",
        B,
    ),
    (None, "crew", {"person": "Lee JQ", "role": "director"}, "asserted", A),
    (None, "crew", {"person": "Lee Jae-kyoo", "role": "director"}, "asserted", B),
    (1, "cast", {"person": "Kim Dae-ho", "character": "Captain Yun"}, "asserted", A),
    (2, "cast", {"person": "Kim Dae-Ho", "character": "Captain Yun"}, "asserted", B),
    (2, "cast", {"person": "Oh Ji-won", "character": "The Ferryman"}, "speculated", B),
]


def make_picture(as_of: dt.date | None = None) -> ShowPicture:
    claims = [
        StoredClaim(i, SHOW, season, kind, value, stance, f"evidence {i}", src)
        for i, (season, kind, value, stance, src) in enumerate(CLAIMS, 1)
    ]
    return reconcile(
        SHOW, ["Lantern Keepers"], claims, as_of=as_of, person_aliases={"Lee JQ": "Lee Jae-kyoo"}
    )


@pytest.fixture(name="picture")
def picture_fixture() -> ShowPicture:
    return make_picture()


def test_json_has_the_documented_keys(picture: ShowPicture) -> None:
    out = dossier_json(picture)
    json.dumps(out)  # plain JSON types only
    assert out["format"] == "nextseason-dossier/1"
    assert out["show"] == {"title": SHOW, "aliases": ["Lantern Keepers"]}
    assert [s["number"] for s in out["seasons"]] == [None, 1, 2]
    for season in out["seasons"]:
        assert set(season) == {"number", "status", "facts", "conflicts", "timeline", "passages"}
        for fact in season["facts"]:
            assert {"kind", "value", "stance", "sources", "superseded", "why"} <= set(fact)
        for entry in season["timeline"]:
            assert {"date", "source", "kind", "value", "stance", "change"} <= set(entry)
    assert {"person", "character", "seasons", "aliases"} <= set(out["cast"][0])
    assert {"person", "role", "aliases"} <= set(out["crew"][0])
    assert set(out["sources"][0]) >= {"number", "title", "url", "publisher", "published", "kind"}


def test_json_cites_sources_by_number(picture: ShowPicture) -> None:
    out = dossier_json(picture)
    assert [(s["number"], s["kind"]) for s in out["sources"]] == [
        (1, "article"),
        (2, "article"),
        (3, "official"),
    ]
    season2 = out["seasons"][2]
    episodes = next(f for f in season2["facts"] if f["kind"] == "episodes")
    assert episodes["sources"] == [3]
    (conflict,) = season2["conflicts"]
    assert conflict["kind"] == "renewed"
    assert sorted((c["value"], c["source"]) for c in conflict["claims"]) == [
        ("2022-06-06", 2),
        ("2023-06-06", 1),
    ]
    assert out["crew"][0]["person"] == "Lee Jae-kyoo" and out["crew"][0]["aliases"] == ["Lee JQ"]


def test_json_status_summarises_the_season(picture: ShowPicture) -> None:
    status = dossier_json(picture)["seasons"][2]["status"]
    assert status == (
        "renewed 6 June 2023 or renewed 6 June 2022 (conflict); "
        "premiere date not announced as of 2023-08-10; premiere speculated first half of 2024; "
        "filming September 2023; 8 episodes"
    )


def test_a_show_cancellation_shows_in_every_season_status() -> None:
    src = source("z", "2024-05-01")
    claims = [
        StoredClaim(1, SHOW, None, "cancelled", "2024-04", "asserted", "cancelled in April", src),
        StoredClaim(2, SHOW, 2, "renewed", None, "denied", "was not renewed", src),
    ]
    pic = reconcile(SHOW, [], claims)
    assert (
        dossier_json(pic)["seasons"][1]["status"]
        == "cancelled April 2024; not renewed as of 2024-05-01; premiere date unknown"
    )
    assert "  status: cancelled April 2024 [1]\n" in dossier_text(pic)


def test_status_follows_as_of() -> None:
    early = dossier_json(make_picture(dt.date(2023, 8, 31)))
    season2 = early["seasons"][-1]
    assert season2["status"].startswith("renewed 6 June 2023; premiere date not announced")
    assert season2["conflicts"] == []
    assert early["as_of"] == "2023-08-31"


def test_text_cites_every_fact_and_lists_the_sources(picture: ShowPicture) -> None:
    text = dossier_text(picture)
    assert text.startswith(f"{SHOW}\nalso known as: Lantern Keepers\n")
    assert (
        "  status: renewed 6 June 2023 [1] or renewed 6 June 2022 [2] (conflict); "
        "premiere date not announced as of 2023-08-10 [1]; premiere speculated first half of 2024 [1]; "
        "filming September 2023 [1]; 8 episodes [3]"
    ) in text
    assert "    renewed: 6 June 2023 [1] vs 6 June 2022 [2]" in text
    assert "    Kim Dae-ho as Captain Yun (also written Kim Dae-Ho) — returning [2]" in text
    assert "    Oh Ji-won as The Ferryman — new, speculated [2]" in text
    assert "    Lee Jae-kyoo (director; also written Lee JQ) [1][2]" in text
    assert "  platform: Netflix [1] (whole show)" in text
    assert (
        "  [3] Lantern Keepers news c, Example Times, 2024-02-20, official <https://example.org/c>"
        in text
    )
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", text)}
    assert cited == {1, 2, 3}


def test_text_lines_about_facts_carry_citations(picture: ShowPicture) -> None:
    body = dossier_text(picture).split("\nSources\n")[0]
    placeholders = ("  status: no cancellation reported", "  status: premiere date unknown")
    item_lines = [
        ln
        for ln in body.splitlines()
        if (ln.startswith("    ") or ln.startswith("  status:")) and ln not in placeholders
    ]
    assert len(item_lines) > 10
    assert all(re.search(r"\[\d+\]", ln) for ln in item_lines), [
        ln for ln in item_lines if "[" not in ln
    ]


def test_markdown_has_sections_and_numbered_sources(picture: ShowPicture) -> None:
    md = dossier_markdown(picture)
    assert md.startswith(f"# {SHOW}\n")
    for heading in ("## Whole show", "## Season 1", "## Season 2", "## Sources"):
        assert f"\n{heading}\n" in md
    assert (
        "\n1. [Lantern Keepers news a](<https://example.org/a>), Example Times, 2023-08-10, article"
        in md
    )
    assert "- **platform:** Netflix [1] (whole show)" in md


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("2024-03-15", "15 March 2024"),
        ("2024-03", "March 2024"),
        ("2024", "2024"),
        ("2024-40", "first half of 2024"),
        ("2024-23", "autumn 2024"),
        ("2024-35", "Q3 2024"),
        ("2024-06~", "around June 2024"),
        ("2023-09/2023-12", "September 2023 to December 2023"),
        ("2024-07/..", "July 2024 or later"),
    ],
)
def test_date_words(value: str, words: str) -> None:
    assert date_words(value) == words
