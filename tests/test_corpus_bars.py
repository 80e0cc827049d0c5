"""The extractor's bars on the development corpus in ../shared/corpus (skipped when absent).

The corpus is the development set; these tests assert the issue's bars, not any
particular output: overall micro-F1, each kind's F1, stance accuracy, and the
seed article's required claims.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from nextseason.domain.claims import KINDS
from nextseason.extract import extract
from nextseason.extract.merge import norm_name

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SEED = CORPUS / "seed-all-of-us-are-dead.txt"

pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"development corpus not found at {CORPUS} (../shared/corpus)"
)


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    from nextseason.scoring import evaluate_dir

    return evaluate_dir(CORPUS).to_json()


def test_overall_micro_f1_at_least_090(report: dict[str, Any]) -> None:
    assert report["overall"]["f1"] >= 0.90, report["overall"]


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_f1_at_least_080(report: dict[str, Any], kind: str) -> None:
    assert report["kinds"][kind]["f1"] >= 0.80, (kind, report["kinds"][kind])


def test_stance_accuracy_at_least_085(report: dict[str, Any]) -> None:
    assert report["stance_accuracy"] >= 0.85


@pytest.fixture(scope="module")
def seed() -> list[dict[str, Any]]:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    text = SEED.read_text(encoding="utf-8")
    doc = extract(text, published="2023-08", published_from="given")
    return [c.to_json() for c in doc.claims]


def _has(claims: list[dict[str, Any]], **want: Any) -> bool:
    return any(all(c.get(k) == v for k, v in want.items()) for c in claims)


def test_seed_cast_has_fourteen_pairs(seed: list[dict[str, Any]]) -> None:
    pairs = {
        (norm_name(c["value"]["person"]), norm_name(c["value"]["character"]))
        for c in seed
        if c["kind"] == "cast" and c["value"]["person"] and c["value"]["character"]
    }
    assert len(pairs) >= 14


def test_seed_crew_spellings_kept_as_written(seed: list[dict[str, Any]]) -> None:
    crew = {(c["value"]["person"], c["value"]["role"]) for c in seed if c["kind"] == "crew"}
    for person, role in [
        ("Lee JQ", "director"),
        ("Lee Jae-you", "director"),
        ("Chun Sing-il", "writer"),
        ("Chun Sung-il", "writer"),
    ]:
        assert (person, role) in crew


def test_seed_dates(seed: list[dict[str, Any]]) -> None:
    assert _has(seed, kind="renewed", season=2, value="2023-06-06")
    assert _has(seed, kind="no_premiere_date", season=2)
    assert _has(seed, kind="premiere", season=2, value="2024-40", stance="speculated")
    assert _has(seed, kind="premiere", season=1, value="2022-01-28")
    assert _has(seed, kind="premiere", season=1, value="2023-01-28")
