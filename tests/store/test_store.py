"""The claim store through the pipeline: idempotence, versions, name resolution, as-of."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from nextseason.domain.claims import Claim, ClaimsDocument, DocumentInfo, ShowRef
from nextseason.errors import NotFoundError
from nextseason.pipeline import Target, ingest, sample_targets, show_picture, targets
from nextseason.pipeline.driver import run_one
from nextseason.pipeline.read import content_hash
from nextseason.pipeline.reconcile import Reconcile
from nextseason.pipeline.resolve import Resolve
from nextseason.pipeline.store import Save
from nextseason.pipeline.work import Work


def store_claims(store, key: str, published: str, shows: list[ShowRef], claims: list[Claim]):  # type: ignore[no-untyped-def]
    """Resolve, store and reconcile a hand-written claims document (no extraction)."""
    doc = ClaimsDocument(DocumentInfo(id=key, title=key, published=published, published_from="given", shows=tuple(shows)), tuple(claims))
    work = Work(Target(key), key=key, content_hash=content_hash(repr(doc)), claims=doc)
    return run_one([Resolve(store), Save(store), Reconcile(store)], work).saved


def crew(show: str, person: str, role: str, season: int | None = None) -> Claim:
    return Claim(show, season, "crew", {"person": person, "role": role}, "asserted")


def cast(show: str, person: str, character: str | None, season: int | None = None) -> Claim:
    return Claim(show, season, "cast", {"person": person, "character": character}, "asserted")


def test_samples_are_stored_once(store) -> None:  # type: ignore[no-untyped-def]
    first = ingest(store, sample_targets())
    assert (first.stored, first.unchanged, first.errors) == (2, 0, [])
    counts = store.counts()
    assert counts["documents"] == 2 and counts["claims"] == first.claims > 0
    again = ingest(store, sample_targets())
    assert (again.stored, again.unchanged, again.claims) == (0, 2, 0)
    assert store.counts() == counts


def test_changed_document_is_a_new_version_and_history_stays(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sample = sample_targets()[0].text
    assert sample is not None
    path = tmp_path / "article.txt"
    path.write_text(sample.text, encoding="utf-8")
    ingest(store, targets([str(path)], "2024-03"))
    path.write_text(sample.text.replace("ten episodes", "twelve episodes"), encoding="utf-8")
    report = ingest(store, targets([str(path)], "2024-04"))
    assert (report.stored, report.versions) == (1, 1)
    from nextseason.web import models as m

    versions = list(m.Document.objects.order_by("version").values_list("version", "current"))
    assert versions == [(1, False), (2, True)]
    assert m.Claim.objects.filter(document__version=1).count() > 0  # the old claims stay
    picture = show_picture(store, "Lantern Harbor")
    episodes = picture.season(2).current("episodes")  # type: ignore[union-attr]
    assert [f.value for f in episodes] == [12]


def test_unreadable_input_is_reported_and_the_rest_goes_on(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a-empty.txt").write_text("", encoding="utf-8")
    good = sample_targets()[0].text
    (tmp_path / "b-good.txt").write_text(good.text, encoding="utf-8")  # type: ignore[union-attr]
    report = ingest(store, targets([str(tmp_path), str(tmp_path / "missing.txt")], "2024-03"))
    assert report.stored == 1
    assert len(report.errors) == 2 and "empty" in report.errors[0] and "no such file" in report.errors[1]


def test_spelling_variants_in_one_role_are_merged_with_a_reason(store) -> None:  # type: ignore[no-untyped-def]
    show = ShowRef("All of Us Are Dead")
    store_claims(store, "a", "2022-06-08", [show], [crew(show.title, "Chun Sung-il", "writer", 1), cast(show.title, "Park Ji-hu", "Nam On-jo")])
    saved = store_claims(
        store,
        "b",
        "2023-08",
        [ShowRef("All of Us Are Dead", ("All of Us Is Dead", "지금 우리 학교는"))],
        [crew(show.title, "Chun Sing-il", "writer"), cast(show.title, "Park Ji-Hoo", "Nam On-jo"), crew(show.title, "Lee JQ", "director")],
    )
    reasons = {m.name: m.reason for m in store.merges("person")}
    assert "same show and role (writer)" in reasons["Chun Sing-il"]
    assert "romanisation variant" in reasons["Park Ji-Hoo"]
    assert "Lee JQ" not in reasons  # no director known yet: nothing to link it to
    assert saved.show_ids == (store.find_show("All of Us Are Dead"),)
    assert store.find_show("지금 우리 학교는") == store.find_show("all of us is dead") == saved.show_ids[0]
    picture = show_picture(store, "All of Us Are Dead")
    writers = [c for c in picture.crew if c.role == "writer"]
    assert [(w.person, w.aliases) for w in writers] == [("Chun Sung-il", ("Chun Sing-il",))]


def test_weak_match_is_a_suggestion_not_a_merge(store) -> None:  # type: ignore[no-untyped-def]
    title = "Weak Hero Class"
    store_claims(store, "a", "2025-01", [ShowRef(title)], [cast(title, "Park Ji-hoon", "Yeon Si-eun")])
    saved = store_claims(store, "b", "2025-02", [ShowRef(title)], [cast(title, "Park Ji-Hoo", "Ahn Su-ho")])
    assert saved.merges == () and len(saved.suggestions) == 1
    assert store.counts()["people"] == 2
    assert store.merges("person") == []


def test_merge_is_reversible(store) -> None:  # type: ignore[no-untyped-def]
    title = "Hellbound"
    store_claims(store, "a", "2024-01", [ShowRef(title)], [crew(title, "Yeon Sang-ho", "director")])
    store_claims(store, "b", "2024-02", [ShowRef(title)], [crew(title, "Yeon Sang-hoo", "director")])
    (merge,) = store.merges("person")
    assert store.counts()["people"] == 1
    store.undo_merge(merge.id)
    assert store.counts()["people"] == 2 and store.merges("person") == []
    picture = show_picture(store, title)
    assert sorted(c.person for c in picture.crew) == ["Yeon Sang-ho", "Yeon Sang-hoo"]


def test_as_of_gives_the_answer_known_then(store) -> None:  # type: ignore[no-untyped-def]
    ingest(store, sample_targets())
    before = show_picture(store, "Lantern Harbor", as_of=dt.date(2024, 6, 1))
    after = show_picture(store, "Lantern Harbor", as_of=dt.date(2024, 12, 1))
    premiere = lambda p: [f.value for f in p.season(2).current("premiere")]  # noqa: E731
    assert "2025-02-07" not in premiere(before)
    assert premiere(after) == ["2025-02-07"]
    assert len(before.sources) == 1 and len(after.sources) == 2


def test_unknown_title_suggests_the_nearest(store) -> None:  # type: ignore[no-untyped-def]
    ingest(store, sample_targets())
    with pytest.raises(NotFoundError, match="did you mean: 'Lantern Harbor'"):
        show_picture(store, "Lanturn Harbour")
    with pytest.raises(NotFoundError, match="season 9"):
        show_picture(store, "Lantern Harbor", season=9)
