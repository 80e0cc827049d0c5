"""The scorecard: matching rules, counts, the report, and gold-file errors."""

from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from nextseason.domain.claims import KINDS, Claim, ClaimsDocument, DocumentInfo, ShowRef
from nextseason.scoring import (
    SUMMARY_LINES,
    GoldError,
    Report,
    evaluate,
    evaluate_dir,
    format_report,
    load_gold,
    publication,
)

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
CLI = Path(sys.executable).with_name("nextseason")

SHOWS = (
    ShowRef("Squid Game", ("Ojingeo Geim", "Squid Game 2")),
    ShowRef("오징어 게임"),
)


def claim(
    kind: str,
    value: Any,
    *,
    show: str = "Squid Game",
    season: int | None = 2,
    stance: str = "asserted",
    evidence: str = "",
    part: int | None = None,
) -> Claim:
    return Claim(show, season, kind, value, stance, evidence, part)


def doc(*claims: Claim, doc_id: str = "d1", shows: tuple[ShowRef, ...] = SHOWS) -> ClaimsDocument:
    return ClaimsDocument(DocumentInfo(id=doc_id, shows=shows), claims)


def score(gold: list[Claim], predicted: list[Claim]) -> Report:
    return evaluate([(doc(*gold), doc(*predicted))])


def matches(gold: Claim, predicted: Claim) -> bool:
    """Whether the two claims form a pair (one gold, one predicted)."""
    return score([gold], [predicted]).overall.matched == 1


def cast(person: str | None, character: str | None) -> dict[str, str | None]:
    return {"person": person, "character": character}


def based_on(title: str | None, author: str | None, medium: str | None) -> dict[str, str | None]:
    return {"title": title, "author": author, "medium": medium}


# --- match rules ----------------------------------------------------------


def test_identical_documents_score_perfectly() -> None:
    claims = [claim("premiere", "2024-12-26"), claim("platform", "Netflix", season=None)]
    report = score(claims, claims)
    assert (report.overall.precision, report.overall.recall, report.overall.f1) == (1.0, 1.0, 1.0)
    assert report.stance_accuracy == 1.0


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("Nam On-jo", "nam onjo", True),
        ("Ser Criston Cole", "SER CRISTON COLE.", True),
        ("Nam On-jo", "Nam On-ja", False),
        ("남온조", "남 온조", True),
        ("남온조", "남온주", False),
        ("Zoé", "Zoe\u0301", True),  # composed and decomposed accents
        ("Zoé", "Zoe", False),  # an accented letter is a letter of its own
    ],
)
def test_names_ignore_case_and_non_alphanumerics(gold: str, predicted: str, expected: bool) -> None:
    assert matches(claim("cast", cast("X", gold)), claim("cast", cast("x", predicted))) is expected


@pytest.mark.parametrize(
    ("predicted_show", "expected"),
    [
        ("squid game", True),
        ("Ojingeo-Geim", True),  # an alias of the gold show
        ("Squid Game 2", True),
        ("Squid Games", False),
        ("Sweet Home", False),
    ],
)
def test_show_titles_and_aliases(predicted_show: str, expected: bool) -> None:
    gold = claim("episodes", 7)
    assert matches(gold, claim("episodes", 7, show=predicted_show)) is expected


def test_korean_show_is_its_own_show() -> None:
    gold = claim("episodes", 7, show="오징어 게임")
    assert matches(gold, claim("episodes", 7, show="오징어게임"))
    assert not matches(gold, claim("episodes", 7, show="Squid Game"))


def test_season_kind_and_show_must_be_equal() -> None:
    gold = claim("renewed", None, season=2)
    assert not matches(gold, claim("renewed", None, season=None))
    assert not matches(gold, claim("renewed", None, season=3))
    assert not matches(gold, claim("cancelled", None, season=2))


def test_cast_with_null_field_matches_on_the_other() -> None:
    assert matches(
        claim("cast", cast(None, "Gi-hun")), claim("cast", cast("Lee Jung-jae", "Gi-hun"))
    )
    assert matches(
        claim("cast", cast("Lee Jung-jae", None)), claim("cast", cast("Lee Jung-jae", "X"))
    )
    assert not matches(
        claim("cast", cast(None, "Gi-hun")), claim("cast", cast("Lee Jung-jae", "Sae-byeok"))
    )


def test_full_cast_needs_both_fields() -> None:
    gold = claim("cast", cast("Lee Jung-jae", "Gi-hun"))
    assert not matches(gold, claim("cast", cast("Lee Jung-jae", None)))
    assert not matches(gold, claim("cast", cast(None, "Gi-hun")))
    assert not matches(gold, claim("cast", cast("Lee Jung-jae", "Front Man")))


def test_based_on_gold_author_only() -> None:
    gold = claim("based_on", based_on(None, "Joo Dong-Geun", "webtoon"), season=None)
    predicted = based_on("Now at Our School", "joo dong-geun", "webtoon")
    assert matches(gold, claim("based_on", predicted, season=None))
    other_author = based_on("Now at Our School", "Someone Else", "webtoon")
    assert not matches(gold, claim("based_on", other_author, season=None))


def test_based_on_gold_title_only() -> None:
    gold = claim("based_on", based_on("Sweet Home", None, "webtoon"), season=None)
    assert matches(
        gold, claim("based_on", based_on("sweet-home", "Kim Carnby", "webtoon"), season=None)
    )
    assert not matches(gold, claim("based_on", based_on("Bastard", None, "webtoon"), season=None))


def test_based_on_gold_title_and_author_either_suffices() -> None:
    gold = claim("based_on", based_on("Sweet Home", "Kim Carnby", "webtoon"), season=None)
    assert matches(gold, claim("based_on", based_on("Wrong", "Kim Carnby", "webtoon"), season=None))
    assert matches(gold, claim("based_on", based_on("Sweet Home", None, "webtoon"), season=None))
    assert not matches(gold, claim("based_on", based_on("Wrong", "Wrong", "webtoon"), season=None))


def test_based_on_medium_alone_when_gold_gives_neither() -> None:
    gold = claim("based_on", based_on(None, None, "manga"), season=None)
    assert matches(gold, claim("based_on", based_on("Anything", "Anyone", "manga"), season=None))
    assert not matches(gold, claim("based_on", based_on(None, None, "novel"), season=None))


def test_based_on_medium_must_be_equal() -> None:
    gold = claim("based_on", based_on("Sweet Home", "Kim Carnby", "webtoon"), season=None)
    assert not matches(
        gold, claim("based_on", based_on("Sweet Home", "Kim Carnby", "comic"), season=None)
    )


def test_crew_person_and_role() -> None:
    gold = claim("crew", {"person": "Hwang Dong-hyuk", "role": "director"}, season=None)
    assert matches(
        gold, claim("crew", {"person": "hwang donghyuk", "role": "director"}, season=None)
    )
    assert not matches(
        gold, claim("crew", {"person": "Hwang Dong-hyuk", "role": "writer"}, season=None)
    )
    assert not matches(
        gold, claim("crew", {"person": "Hwang Dong-hyun", "role": "director"}, season=None)
    )


def test_platform_name_normalised() -> None:
    gold = claim("platform", "Apple TV+", season=None)
    assert matches(gold, claim("platform", "apple tv", season=None))
    assert not matches(gold, claim("platform", "Apple TV Plus", season=None))


@pytest.mark.parametrize(("predicted", "expected"), [(8, True), (7, False), ("8", False)])
def test_episodes_integer_equality(predicted: Any, expected: bool) -> None:
    assert matches(claim("episodes", 8), claim("episodes", predicted)) is expected


def test_episodes_bool_is_not_an_integer() -> None:
    assert not matches(claim("episodes", 1), claim("episodes", True))


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("2024-40", " 2024-40 ", True),
        ("2023-07/2024-06", "2023-07 / 2024-06", True),
        ("2024-40", "2024", False),
        ("2024-12-26", "2024-12", False),
        ("2024-21", "2024-21~", False),
        (None, None, True),
        (None, "2024", False),
    ],
)
def test_dates_edtf_string_equality(
    gold: str | None, predicted: str | None, expected: bool
) -> None:
    assert matches(claim("premiere", gold), claim("premiere", predicted)) is expected


def test_part_and_evidence_ignored() -> None:
    gold = claim("premiere", "2025-07-02", part=2, evidence="Part 2 arrives on July 2")
    assert matches(gold, claim("premiere", "2025-07-02", part=None, evidence="something else"))


# --- one-to-one matching and stance ----------------------------------------


def test_duplicate_prediction_matches_once() -> None:
    report = score([claim("episodes", 7)], [claim("episodes", 7), claim("episodes", 7)])
    doc_result = report.documents[0]
    assert report.overall.matched == 1
    assert report.overall.precision == 0.5
    assert report.overall.recall == 1.0
    assert len(doc_result.false) == 1 and not doc_result.missed


def test_matching_is_maximal_not_first_come() -> None:
    # The first prediction fits both gold claims, the second only the partial one;
    # a first-come match would pair the first with the partial claim and miss one.
    gold = [
        claim("cast", cast("Lee Jung-jae", None)),
        claim("cast", cast("Lee Jung-jae", "Gi-hun")),
    ]
    predicted = [
        claim("cast", cast("Lee Jung-jae", "Gi-hun")),
        claim("cast", cast("Lee Jung-jae", "Front Man")),
    ]
    assert score(gold, predicted).overall.matched == 2


def test_matching_prefers_exact_stance() -> None:
    gold = [claim("premiere", "2024", stance="asserted")]
    predicted = [claim("premiere", "2024", stance="speculated"), claim("premiere", "2024")]
    report = score(gold, predicted)
    assert report.stance_accuracy == 1.0
    assert [c.stance for c in report.documents[0].false] == ["speculated"]


def test_stance_scored_apart_from_matching() -> None:
    gold = [claim("renewed", None, stance="denied"), claim("premiere", "2025", stance="asserted")]
    predicted = [claim("renewed", None, stance="speculated"), claim("premiere", "2025")]
    report = score(gold, predicted)
    assert report.overall.f1 == 1.0
    assert report.stance_accuracy == 0.5
    ((g, p),) = report.documents[0].stance_errors
    assert (g.stance, p.stance) == ("denied", "speculated")


def test_stance_accuracy_is_none_without_matches() -> None:
    report = score([claim("episodes", 7)], [claim("episodes", 8)])
    assert report.stance_accuracy is None
    assert report.to_json()["stance_accuracy"] is None


# --- counts ------------------------------------------------------------------


def test_f1_zero_when_nothing_matches() -> None:
    report = score([claim("episodes", 7)], [])
    assert (report.overall.precision, report.overall.recall, report.overall.f1) == (0.0, 0.0, 0.0)


def test_micro_sums_over_documents_and_kinds() -> None:
    doc1 = (
        doc(claim("episodes", 7), claim("premiere", "2024"), doc_id="a"),
        doc(claim("episodes", 7), doc_id="a"),
    )
    doc2 = (
        doc(claim("episodes", 9), doc_id="b"),
        doc(claim("episodes", 9), claim("episodes", 10), claim("platform", "Netflix"), doc_id="b"),
    )
    report = evaluate([doc1, doc2])
    # 2 matched, 4 predicted, 3 gold: micro P 0.5, R 2/3 (macro would differ).
    assert (report.overall.matched, report.overall.predicted, report.overall.gold) == (2, 4, 3)
    assert report.overall.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    kinds = report.to_json()["kinds"]
    assert kinds["episodes"] == {"precision": 0.6667, "recall": 1.0, "f1": 0.8, "support": 2}
    assert kinds["premiere"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}
    assert kinds["platform"]["support"] == 0 and kinds["platform"]["precision"] == 0.0
    # Nothing to find and nothing found is a perfect score, not a zero.
    assert kinds["cast"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 0}
    assert [d["id"] for d in report.to_json()["documents"]] == ["a", "b"]
    assert report.to_json()["documents"][0]["recall"] == 0.5


def test_json_shape() -> None:
    report = score([claim("episodes", 7), claim("cast", cast("A", "B"))], [claim("episodes", 8)])
    out = report.to_json()
    json.dumps(out)
    assert set(out) == {"overall", "kinds", "stance_accuracy", "documents"}
    assert set(out["overall"]) == {"precision", "recall", "f1"}
    assert list(out["kinds"]) == list(KINDS)
    assert all(set(v) == {"precision", "recall", "f1", "support"} for v in out["kinds"].values())
    (document,) = out["documents"]
    assert set(document) == {"id", "precision", "recall", "f1", "missed", "false", "stance_errors"}
    assert [m["value"] for m in document["missed"]] == [7, {"person": "A", "character": "B"}]
    assert [f["value"] for f in document["false"]] == [8]


# --- the human report -----------------------------------------------------------


def test_report_ends_with_summary_and_lists_mistakes() -> None:
    gold = [
        claim("premiere", "2024-12-26", evidence="arrives on December 26"),
        claim("cast", cast("Lee Jung-jae", "Gi-hun"), season=None),
        claim("renewed", None, stance="denied"),
    ]
    predicted = [claim("premiere", "2024-12", evidence="in December"), claim("renewed", None)]
    text = format_report(score(gold, predicted))
    lines = text.splitlines()
    summary = "\n".join(lines[-SUMMARY_LINES:])
    assert lines[-SUMMARY_LINES].startswith("== summary")
    assert "P 0.500  R 0.333  F1 0.400" in summary
    assert "stance accuracy  0.000 (0/1 matched)" in summary
    assert "premiere" in summary and "cast" in summary
    detail = "\n".join(lines[:-SUMMARY_LINES])
    assert (
        'missed  Squid Game | S2 | premiere | 2024-12-26 | asserted | "arrives on December 26"'
        in detail
    )
    assert "missed  Squid Game | S- | cast | Lee Jung-jae as Gi-hun | asserted" in detail
    assert 'false   Squid Game | S2 | premiere | 2024-12 | asserted | "in December"' in detail
    assert "(gold: denied)" in detail


def test_report_summary_has_fixed_length_for_an_empty_report() -> None:
    text = format_report(evaluate([]))
    assert text.splitlines()[-SUMMARY_LINES].startswith("== summary")
    assert "n/a" in text


# --- the publication date passed to the extractor ---------------------------------


def _gold_dated(published: str | None, published_from: str | None) -> ClaimsDocument:
    return ClaimsDocument(DocumentInfo(id="x", published=published, published_from=published_from))


def test_publication_given_comes_from_gold() -> None:
    assert publication(_gold_dated("2023-08", "given"), "2020-01-01", "metadata") == (
        "2023-08",
        "given",
    )


def test_publication_metadata_comes_from_the_page() -> None:
    gold = _gold_dated("2024-09-02", "metadata")
    assert publication(gold, "2024-09-03", "metadata") == ("2024-09-03", "metadata")
    assert publication(gold, None, None) == ("2024-09-02", "given")


def test_publication_inferred_is_left_to_the_extractor() -> None:
    assert publication(_gold_dated("2023-08", "inferred"), None, None) == (None, None)


# --- directories and gold files ----------------------------------------------------


GOOD_GOLD = {
    "format": "nextseason-claims/1",
    "document": {"id": "g", "published": "2023-02-20", "published_from": "given", "shows": []},
    "claims": [
        {"show": "Sweet Home", "season": 2, "kind": "episodes", "value": 8, "stance": "asserted"}
    ],
}


def test_evaluate_dir_runs_reader_and_extractor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "02-x.gold.json").write_text(json.dumps(GOOD_GOLD), encoding="utf-8")
    (tmp_path / "02-x.txt").write_text("Sweet Home season 2 has 8 episodes.", encoding="utf-8")
    calls: dict[str, Any] = {}

    def read_source(path: str) -> types.SimpleNamespace:
        calls["path"] = path
        return types.SimpleNamespace(
            text="TEXT", title="T", published=None, published_from=None, id="src", url=None
        )

    def extract(text: str, **kwargs: Any) -> ClaimsDocument:
        calls.update(kwargs, text=text)
        return doc(claim("episodes", 8, show="sweet home"))

    monkeypatch.setitem(
        sys.modules, "nextseason.sources.reader", types.SimpleNamespace(read_source=read_source)
    )
    monkeypatch.setitem(sys.modules, "nextseason.extract", types.SimpleNamespace(extract=extract))
    report = evaluate_dir(tmp_path)
    assert calls["path"].endswith("02-x.txt")
    assert (calls["published"], calls["published_from"], calls["text"]) == (
        "2023-02-20",
        "given",
        "TEXT",
    )
    assert report.overall.f1 == 1.0


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "invalid JSON"),
        (
            json.dumps({**GOOD_GOLD, "claims": [{**GOOD_GOLD["claims"][0], "kind": "sequel"}]}),
            "unknown kind",
        ),
        (json.dumps({"format": "nextseason-claims/1", "document": {}}), "claims"),
        (json.dumps([1, 2]), "not a JSON object"),
        (
            json.dumps(
                {
                    **GOOD_GOLD,
                    "claims": [
                        {**GOOD_GOLD["claims"][0], "kind": "crew", "value": {"person": "A"}}
                    ],
                }
            ),
            "crew needs a person and a role",
        ),
    ],
)
def test_malformed_gold_is_an_error_naming_the_file(
    tmp_path: Path, content: str, reason: str
) -> None:
    path = tmp_path / "bad.gold.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldError, match=reason) as info:
        load_gold(path)
    assert "bad.gold.json" in str(info.value) and "\n" not in str(info.value)


def _run_eval(directory: Path) -> subprocess.CompletedProcess[str]:
    if not CLI.exists():
        pytest.skip(f"console script not installed at {CLI}")
    return subprocess.run(
        [str(CLI), "eval", str(directory)], capture_output=True, text=True, timeout=60
    )


def test_cli_reports_malformed_gold_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "broken.gold.json").write_text(
        '{"format": "nextseason-claims/1",', encoding="utf-8"
    )
    (tmp_path / "broken.txt").write_text("text", encoding="utf-8")
    result = _run_eval(tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert "broken.gold.json" in line and "invalid JSON" in line


def test_cli_reports_unknown_kind_in_one_line(tmp_path: Path) -> None:
    bad = {**GOOD_GOLD, "claims": [{**GOOD_GOLD["claims"][0], "kind": "spinoff"}]}
    (tmp_path / "k.gold.json").write_text(json.dumps(bad), encoding="utf-8")
    (tmp_path / "k.txt").write_text("text", encoding="utf-8")
    result = _run_eval(tmp_path)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert "k.gold.json" in line and "spinoff" in line


@pytest.mark.parametrize("make_dir", [True, False])
def test_cli_rejects_directory_without_gold(tmp_path: Path, make_dir: bool) -> None:
    target = tmp_path / "empty"
    if make_dir:
        target.mkdir()
        (target / "article.txt").write_text("text", encoding="utf-8")
    result = _run_eval(target)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert "empty" in line


def test_gold_without_article_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "lonely.gold.json").write_text(json.dumps(GOOD_GOLD), encoding="utf-8")
    with pytest.raises(GoldError, match=r"lonely\.gold\.json: no article"):
        evaluate_dir(tmp_path)


# --- the shared corpus -----------------------------------------------------------------

needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"shared corpus not found at {CORPUS} (../shared/corpus)"
)


@pytest.mark.corpus
@needs_corpus
def test_corpus_gold_scored_against_itself_is_perfect() -> None:
    golds = [load_gold(p) for p in sorted(CORPUS.glob("*.gold.json"))]
    report = evaluate((g, g) for g in golds)
    assert len(golds) == 25
    assert report.overall.gold == 644
    assert report.overall.f1 == 1.0 and report.stance_accuracy == 1.0
    supports = {k: c.gold for k, c in report.kinds.items()}
    assert supports["cast"] == 258 and supports["premiere"] == 88 and supports["crew"] == 98


@pytest.mark.corpus
@needs_corpus
def test_evaluate_dir_on_corpus_runs() -> None:
    extract = pytest.importorskip("nextseason.extract", reason="the extractor is not written yet")
    if not hasattr(extract, "extract"):
        pytest.skip("nextseason.extract has no extract() yet")
    pytest.importorskip("nextseason.sources.reader", reason="the reader is not written yet")
    report = evaluate_dir(CORPUS)
    assert len(report.documents) == 25
    assert report.overall.gold == 644
    assert format_report(report).splitlines()[-SUMMARY_LINES].startswith("== summary")
