"""The development corpus, ingested whole: the All of Us Are Dead dossier (needs ../shared/corpus)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nextseason.pipeline import Target, ingest, show_picture
from nextseason.render.dossier import dossier_json

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
pytestmark = pytest.mark.corpus


@pytest.fixture
def corpus_store(store):  # type: ignore[no-untyped-def]
    if not CORPUS.is_dir():
        pytest.skip(f"development corpus not found at {CORPUS} (../shared/corpus)")
    todo = []
    for gold in sorted(CORPUS.glob("*.gold.json")):
        article = next(p for p in CORPUS.glob(gold.name.replace(".gold.json", ".*")) if p.suffix in (".txt", ".html"))
        published = json.loads(gold.read_text(encoding="utf-8"))["document"]["published"]
        todo.append(Target(str(article), published))
    report = ingest(store, todo)
    assert report.errors == [] and report.stored == len(todo)
    return store


def test_all_of_us_are_dead(corpus_store) -> None:  # type: ignore[no-untyped-def]
    picture = show_picture(corpus_store, "All of Us Are Dead")
    data = dossier_json(picture)
    season2 = next(s for s in data["seasons"] if s["number"] == 2)
    renewed = [f for f in season2["facts"] if f["kind"] == "renewed" and not f["superseded"]]
    assert {"2022-06-06", "2023-06-06"} <= {f["value"] for f in renewed}
    conflict = next(c for c in season2["conflicts"] if c["kind"] == "renewed")
    assert {"2022-06-06", "2023-06-06"} <= {side["value"] for side in conflict["claims"]}
    premiere_dates = [e["date"] for e in season2["timeline"] if e["kind"] == "premiere"]
    assert premiere_dates == sorted(premiere_dates) and len(set(premiere_dates)) >= 3
    writers = [c for c in data["crew"] if c["role"] == "writer"]
    assert [(w["person"], "Chun Sing-il" in w["aliases"]) for w in writers] == [("Chun Sung-il", True)]
    reasons = {m.name: m.reason for m in corpus_store.merges("person")}
    assert "same show and role (writer)" in reasons["Chun Sing-il"]
    assert corpus_store.find_show("All of Us Is Dead") == corpus_store.find_show("All of Us Are Dead")


def test_cast_merged_across_spellings(corpus_store) -> None:  # type: ignore[no-untyped-def]
    data = dossier_json(show_picture(corpus_store, "All of Us Are Dead"))
    cast = data["cast"]

    def entries(*spellings: str) -> list[dict]:  # type: ignore[type-arg]
        return [c for c in cast if set(spellings) & {c["person"], *c["aliases"]}]

    park = entries("Park Ji-hu", "Park Ji-Hoo")
    assert len(park) == 1 and {park[0]["person"], *park[0]["aliases"]} == {"Park Ji-hu", "Park Ji-Hoo"}
    assert park[0]["character"] == "Nam On-jo"
    assert {2} <= {s["number"] for s in park[0]["seasons"]}
    reasons = {m.name: m.reason for m in corpus_store.merges("person")}
    assert "romanisation variant" in reasons["Park Ji-Hoo"]
    # one entry per actor: 'Gwi-nam' / 'Yoon Gwi-nam', 'Lee Soo-hyeok' / 'Lee Su-hyeok' are one character
    yoo = entries("Yoo In-soo", "Yoo In-Soo")
    assert [c["character"] for c in yoo] == ["Yoon Gwi-nam"]
    named = [c["person"] for c in cast if c["person"]]
    assert len(named) == len(set(named))


def test_misspelled_title_finds_the_show(corpus_store) -> None:  # type: ignore[no-untyped-def]
    assert show_picture(corpus_store, "all of us is dead").title == "All of Us Are Dead"
