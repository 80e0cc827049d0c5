"""Story passages through the store: stored with the document, shown per season, never facts."""

from __future__ import annotations

import datetime as dt

from nextseason.domain.claims import KINDS
from nextseason.pipeline import Target, ingest, show_picture
from nextseason.render.dossier import dossier_json
from nextseason.sources.reader import SourceText

ARTICLE = """Moonfall Bay Season 3 Release Date, Cast and Plot

Moonfall Bay Season 3 Release Date

Northwind renewed Moonfall Bay for a third season on March 3, 2024. Season 3 will premiere on May 9, 2025.

Moonfall Bay Season 2 Recap – Spoilers

Ilse follows the signal to the old quarry. The lighthouse goes dark behind her.

What Might Happen in Season 3?

Ilse could finally find her brother. The lamp may be the key.

Moonfall Bay Season 3 Cast

Ana Ruiz returns as Captain Ilse Mora.
"""


def target(text: str, published: str, key: str = "moonfall") -> Target:
    source = SourceText(text, None, published, "given", key, None)
    return Target(f"test:{key}", published, source)


def test_ingest_and_show_give_passages_per_season(store) -> None:  # type: ignore[no-untyped-def]
    report = ingest(store, [target(ARTICLE, "2024-06-01")])
    assert report.stored == 1 and report.claims > 0
    assert store.counts()["passages"] == 2
    data = dossier_json(show_picture(store, "Moonfall Bay"))
    seasons = {s["number"]: s for s in data["seasons"]}
    assert seasons[2]["passages"] == [
        {
            "kind": "spoiler",
            "heading": "Moonfall Bay Season 2 Recap – Spoilers",
            "text": "Ilse follows the signal to the old quarry. The lighthouse goes dark behind her.",
            "source": 1,
        }
    ]
    assert [(p["kind"], p["source"]) for p in seasons[3]["passages"]] == [("speculation", 1)]
    assert any(f["kind"] == "premiere" and f["value"] == "2025-05-09" for f in seasons[3]["facts"])


def test_passages_never_appear_among_facts(store) -> None:  # type: ignore[no-untyped-def]
    from nextseason.web import models as m

    ingest(store, [target(ARTICLE, "2024-06-01")])
    stored = list(m.Passage.objects.values_list("text", flat=True))
    assert len(stored) == 2
    assert set(m.Fact.objects.values_list("kind", flat=True)) <= set(KINDS)
    assert set(m.Claim.objects.values_list("kind", flat=True)) <= set(KINDS)
    picture = show_picture(store, "Moonfall Bay")
    for season in picture.seasons:
        evidence = " ".join(e for f in season.facts for e in f.evidence)
        assert not any(sentence in evidence for text in stored for sentence in text.split(". ")), season.number
        assert all(f.kind in KINDS for f in season.facts)
    assert {"Ilse", "lamp"}.isdisjoint(str(f.value) for s in picture.seasons for f in s.facts)


def test_a_new_version_replaces_its_passages_and_as_of_keeps_the_old_picture(store) -> None:  # type: ignore[no-untyped-def]
    ingest(store, [target(ARTICLE, "2024-06-01")])
    changed = ARTICLE.replace("Ilse could finally find her brother.", "Ilse could sail to the mainland.")
    report = ingest(store, [target(changed, "2024-09-01")])
    assert report.versions == 1
    texts = [p.text for s in show_picture(store, "Moonfall Bay").seasons for p in s.passages_of("speculation")]
    assert texts == ["Ilse could sail to the mainland. The lamp may be the key."]
    assert store.counts()["passages"] == 4  # the old version's stay in history
    early = show_picture(store, "Moonfall Bay", as_of=dt.date(2024, 3, 1))
    assert early.seasons == () and early.sources == ()
