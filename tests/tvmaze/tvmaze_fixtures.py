"""The recorded TVmaze answers (../shared/fixtures/tvmaze) and shows built from them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "tvmaze"


def load(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def silicon_valley() -> dict[str, Any]:
    """/shows/143 with every embed, composed from the real per-endpoint answers."""
    show = load("singlesearch_shows_q_silicon_valley.json")
    show["_embedded"] = {
        "seasons": load("shows_143_seasons.json"),
        "episodes": load("shows_143_episodes.json"),
        "cast": load("shows_143_cast.json"),
        "crew": load("shows_143_crew.json"),
        "akas": load("shows_143_akas.json"),
    }
    return show


def stranger_things() -> dict[str, Any]:
    show = load("singlesearch_shows_q_stranger-things_embed_episodes.json")
    show["_embedded"].update({"seasons": [], "cast": [], "crew": [], "akas": []})
    return show


def generated(show_id: int, updated: int) -> dict[str, Any]:
    """A show in the shape of the real /shows/143 answer (seasons embedded), renamed."""
    show = load("singlesearch_shows_q_silicon_valley.json")
    show.update(id=show_id, name=f"Generated Show {show_id}", url=f"http://www.tvmaze.com/shows/{show_id}/x", updated=updated)
    show["externals"] = {"tvrage": None, "thetvdb": None, "imdb": None}
    show["_embedded"] = {"seasons": load("shows_143_seasons.json"), "episodes": [], "cast": [], "crew": [], "akas": []}
    return show
