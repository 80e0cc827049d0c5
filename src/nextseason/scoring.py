"""The scorecard: compare extracted claims with gold claims.

Matching follows the "Scoring" section of the claims-format spec: a predicted
claim matches a gold claim when show, season, kind and value are equal after
normalisation; ``part`` and ``evidence`` are ignored; stance is scored apart,
as accuracy over the matched pairs. Matching is one-to-one.

``evaluate`` is the pure core (no I/O); ``evaluate_dir`` runs the extractor over
a directory of ``NAME.gold.json`` + ``NAME.txt``/``NAME.html`` pairs and scores
it; ``format_report`` renders a report for people (summary in the last lines).
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from nextseason.domain.claims import (
    KINDS,
    Claim,
    ClaimsDocument,
    FormatError,
    document_from_json,
)
from nextseason.errors import NextseasonError

SUMMARY_LINES = 8
WEAKEST_SHOWN = 3


class GoldError(NextseasonError):
    """A gold directory or gold file that cannot be scored against."""


# --------------------------------------------------------------------------
# Normalisation and the match predicate


def norm_name(text: object) -> str:
    """Case-fold and keep only letters and digits (any script)."""
    if not isinstance(text, str):
        return ""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


def _norm_date(value: object) -> object:
    if isinstance(value, str):
        return "".join(value.split())
    return value


def _field(value: object, key: str) -> object:
    return value.get(key) if isinstance(value, dict) else None


def _given(value: object, key: str) -> bool:
    raw = _field(value, key)
    return isinstance(raw, str) and bool(raw.strip())


def _same_field(gold: object, pred: object, key: str) -> bool:
    return norm_name(_field(gold, key)) == norm_name(_field(pred, key))


def _cast_equal(gold: object, pred: object) -> bool:
    keys = [k for k in ("person", "character") if _given(gold, k)]
    return all(_same_field(gold, pred, k) for k in keys or ("person", "character"))


def _crew_equal(gold: object, pred: object) -> bool:
    return _same_field(gold, pred, "person") and _same_field(gold, pred, "role")


def _based_on_equal(gold: object, pred: object) -> bool:
    if not _same_field(gold, pred, "medium"):
        return False
    keys = [k for k in ("author", "title") if _given(gold, k)]
    return not keys or any(_same_field(gold, pred, k) for k in keys)


def _episodes_equal(gold: object, pred: object) -> bool:
    return isinstance(pred, int) and not isinstance(pred, bool) and gold == pred


def _platform_equal(gold: object, pred: object) -> bool:
    return isinstance(pred, str) and norm_name(gold) == norm_name(pred)


def _date_equal(gold: object, pred: object) -> bool:
    return _norm_date(gold) == _norm_date(pred)


_VALUE_EQUAL: dict[str, Callable[[object, object], bool]] = {
    "cast": _cast_equal,
    "crew": _crew_equal,
    "based_on": _based_on_equal,
    "episodes": _episodes_equal,
    "platform": _platform_equal,
}


def values_match(kind: str, gold: object, pred: object) -> bool:
    """Whether a predicted value matches a gold value of the given kind."""
    return _VALUE_EQUAL.get(kind, _date_equal)(gold, pred)


def show_keys(gold: ClaimsDocument) -> dict[str, str]:
    """Map every normalised title and alias of the gold shows to its title's key."""
    keys: dict[str, str] = {}
    for show in gold.document.shows:
        title = norm_name(show.title)
        for name in (show.title, *show.aliases):
            keys.setdefault(norm_name(name), title)
    return keys


def _show_key(show: str, keys: Mapping[str, str]) -> str:
    key = norm_name(show)
    return keys.get(key, key)


def claims_match(gold: Claim, pred: Claim, keys: Mapping[str, str]) -> bool:
    """Show, season, kind and value equal after normalisation (stance ignored)."""
    return (
        gold.kind == pred.kind
        and gold.season == pred.season
        and _show_key(gold.show, keys) == _show_key(pred.show, keys)
        and values_match(gold.kind, gold.value, pred.value)
    )


# --------------------------------------------------------------------------
# One-to-one matching


def _augment(p: int, edges: list[list[int]], owner: dict[int, int], seen: set[int]) -> bool:
    """Kuhn's augmenting path from predicted claim ``p``; ``owner`` maps gold to predicted."""
    for g in edges[p]:
        if g in seen:
            continue
        seen.add(g)
        if g not in owner or _augment(owner[g], edges, owner, seen):
            owner[g] = p
            return True
    return False


def match_claims(
    gold: Iterable[Claim], predicted: Iterable[Claim], keys: Mapping[str, str]
) -> list[tuple[int, int]]:
    """Pair gold and predicted claims one-to-one; returns (gold index, predicted index).

    Deterministic, and the number of pairs is as large as possible. Pairs with the
    gold's stance are formed first; the second round may only re-route them to add
    pairs, so a stance match is never traded away without gaining a matched claim.
    """
    golds, preds = list(gold), list(predicted)
    edges = [[g for g, gc in enumerate(golds) if claims_match(gc, pc, keys)] for pc in preds]
    exact = [[g for g in row if golds[g].stance == preds[p].stance] for p, row in enumerate(edges)]
    owner: dict[int, int] = {}
    for graph in (exact, edges):
        for p in range(len(preds)):
            if p not in set(owner.values()):
                _augment(p, graph, owner, set())
    return sorted(owner.items())


# --------------------------------------------------------------------------
# Counts and results


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


@dataclass(frozen=True, slots=True)
class Counts:
    """Matched (true positive), predicted and gold claim counts."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.matched + other.matched,
            self.predicted + other.predicted,
            self.gold + other.gold,
        )

    @property
    def precision(self) -> float:
        return 1.0 if self.predicted == self.gold == 0 else _ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float:
        return 1.0 if self.predicted == self.gold == 0 else _ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def scores_json(self) -> dict[str, float]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """The score of one document and the claims that made it."""

    id: str
    kinds: Mapping[str, Counts]
    missed: tuple[Claim, ...] = ()
    false: tuple[Claim, ...] = ()
    stance_errors: tuple[tuple[Claim, Claim], ...] = ()  # (gold, predicted)

    @property
    def counts(self) -> Counts:
        return sum(self.kinds.values(), Counts())

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            **self.counts.scores_json(),
            "missed": [c.to_json() for c in self.missed],
            "false": [c.to_json() for c in self.false],
            "stance_errors": [
                {"gold": g.to_json(), "predicted": p.to_json()} for g, p in self.stance_errors
            ],
        }


@dataclass(frozen=True, slots=True)
class Report:
    """Scores over a corpus: micro-summed overall and per kind, plus per document."""

    documents: tuple[DocumentResult, ...] = field(default=())

    @property
    def overall(self) -> Counts:
        return sum((d.counts for d in self.documents), Counts())

    @property
    def kinds(self) -> dict[str, Counts]:
        return {k: sum((d.kinds[k] for d in self.documents), Counts()) for k in KINDS}

    @property
    def stance_errors(self) -> int:
        return sum(len(d.stance_errors) for d in self.documents)

    @property
    def stance_accuracy(self) -> float | None:
        """Share of matched pairs whose stance is the gold's; None with no pairs."""
        matched = self.overall.matched
        return (matched - self.stance_errors) / matched if matched else None

    def weakest_kinds(self, n: int = WEAKEST_SHOWN) -> list[tuple[str, Counts]]:
        """Kinds with gold or predicted claims, lowest F1 first (ties: most support)."""
        scored = [(k, c) for k, c in self.kinds.items() if c.gold or c.predicted]
        return sorted(scored, key=lambda kc: (kc[1].f1, -kc[1].gold))[:n]

    def to_json(self) -> dict[str, Any]:
        accuracy = self.stance_accuracy
        return {
            "overall": self.overall.scores_json(),
            "kinds": {k: {**c.scores_json(), "support": c.gold} for k, c in self.kinds.items()},
            "stance_accuracy": None if accuracy is None else round(accuracy, 4),
            "documents": [d.to_json() for d in self.documents],
        }


# --------------------------------------------------------------------------
# Scoring


def _kind_counts(
    gold: tuple[Claim, ...], predicted: tuple[Claim, ...], pairs: list[tuple[int, int]]
) -> dict[str, Counts]:
    counts = {}
    for kind in KINDS:
        counts[kind] = Counts(
            matched=sum(1 for g, _ in pairs if gold[g].kind == kind),
            predicted=sum(1 for c in predicted if c.kind == kind),
            gold=sum(1 for c in gold if c.kind == kind),
        )
    return counts


def _document_id(gold: ClaimsDocument, predicted: ClaimsDocument, index: int) -> str:
    return gold.document.id or predicted.document.id or f"document {index + 1}"


def score_document(
    gold: ClaimsDocument, predicted: ClaimsDocument, index: int = 0
) -> DocumentResult:
    """Score one predicted document against its gold."""
    pairs = match_claims(gold.claims, predicted.claims, show_keys(gold))
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    return DocumentResult(
        id=_document_id(gold, predicted, index),
        kinds=_kind_counts(gold.claims, predicted.claims, pairs),
        missed=tuple(c for i, c in enumerate(gold.claims) if i not in matched_gold),
        false=tuple(c for i, c in enumerate(predicted.claims) if i not in matched_pred),
        stance_errors=tuple(
            (gold.claims[g], predicted.claims[p])
            for g, p in pairs
            if gold.claims[g].stance != predicted.claims[p].stance
        ),
    )


def evaluate(pairs: Iterable[tuple[ClaimsDocument, ClaimsDocument]]) -> Report:
    """Score (gold, predicted) document pairs. Pure: no I/O."""
    return Report(tuple(score_document(g, p, i) for i, (g, p) in enumerate(pairs)))


# --------------------------------------------------------------------------
# A directory of gold files


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _check_dict_fields(claim: Claim, where: str) -> None:
    keys = {
        "cast": ("person", "character"),
        "crew": ("person", "role"),
        "based_on": ("title", "author", "medium"),
    }
    for key in keys.get(claim.kind, ()):
        raw = _field(claim.value, key)
        if raw is not None and not isinstance(raw, str):
            raise GoldError(f"{where}: {claim.kind} {key} must be a string or null")
    if claim.kind == "crew" and not (_given(claim.value, "person") and _given(claim.value, "role")):
        raise GoldError(f"{where}: crew needs a person and a role")
    if claim.kind == "cast" and not (
        _given(claim.value, "person") or _given(claim.value, "character")
    ):
        raise GoldError(f"{where}: cast needs a person or a character")


def load_gold(path: Path) -> ClaimsDocument:
    """Read and check one gold file; any problem is a one-line GoldError naming it."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        gold = document_from_json(raw, where=str(path))
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(_one_line(f"{path}: cannot read: {exc}")) from exc
    except json.JSONDecodeError as exc:
        raise GoldError(_one_line(f"{path}: invalid JSON: {exc}")) from exc
    except FormatError as exc:
        raise GoldError(_one_line(str(exc))) from exc
    for i, claim in enumerate(gold.claims):
        _check_dict_fields(claim, f"{path}: claims[{i}]")
    return gold


def gold_files(directory: Path) -> list[Path]:
    """The sorted ``*.gold.json`` files of a directory; none is an error."""
    if not directory.is_dir():
        raise GoldError(f"{directory}: not a directory")
    found = sorted(directory.glob("*.gold.json"))
    if not found:
        raise GoldError(f"{directory}: no *.gold.json files")
    return found


def article_for(gold_path: Path) -> Path:
    """The article beside a gold file: ``NAME.txt``, else ``NAME.html``."""
    stem = gold_path.name.removesuffix(".gold.json")
    for suffix in (".txt", ".html"):
        candidate = gold_path.with_name(stem + suffix)
        if candidate.is_file():
            return candidate
    raise GoldError(f"{gold_path}: no article beside it ({stem}.txt or {stem}.html)")


def publication(
    gold: ClaimsDocument, found: str | None, found_from: str | None
) -> tuple[str | None, str | None]:
    """The (published, published_from) to give the extractor.

    A gold date marked ``given`` lives only in the gold (the caller passes it in);
    otherwise what the reader found wins; a ``metadata`` gold date the reader missed
    is passed as given; else nothing is passed and the extractor may infer one.
    """
    info = gold.document
    if info.published_from == "given" and info.published:
        return info.published, "given"
    if found:
        return found, found_from or "metadata"
    if info.published_from == "metadata" and info.published:
        return info.published, "given"
    return None, None


def predict(gold: ClaimsDocument, article: Path) -> ClaimsDocument:
    """Read the article and run the extractor on it."""
    from nextseason.extract import extract
    from nextseason.sources.reader import read_source

    src = read_source(str(article))
    published, published_from = publication(gold, src.published, src.published_from)
    return extract(
        src.text,
        title=src.title,
        published=published,
        published_from=published_from,
        doc_id=gold.document.id or src.id,
        url=src.url,
    )


def evaluate_dir(path: str | os.PathLike[str]) -> Report:
    """Extract every article of a gold directory and score it against its gold.

    Every gold file is checked (and its article found) before any extraction runs.
    """
    golds = [(_with_default_id(load_gold(p), p), article_for(p)) for p in gold_files(Path(path))]
    return evaluate((gold, predict(gold, article)) for gold, article in golds)


def _with_default_id(gold: ClaimsDocument, gold_path: Path) -> ClaimsDocument:
    if gold.document.id:
        return gold
    stem = gold_path.name.removesuffix(".gold.json")
    return replace(gold, document=replace(gold.document, id=stem))


# --------------------------------------------------------------------------
# The report for people


def _value_text(kind: str, value: object) -> str:
    if value is None:
        return "-"
    if kind == "cast":
        return f"{_field(value, 'person') or '?'} as {_field(value, 'character') or '?'}"
    if kind == "crew":
        return f"{_field(value, 'person')} [{_field(value, 'role')}]"
    if kind == "based_on":
        title, author = _field(value, "title"), _field(value, "author")
        by = f" by {author}" if author else ""
        return f"{_field(value, 'medium') or '?'} {title or '(untitled)'}{by}"
    return str(value)


def claim_line(claim: Claim) -> str:
    """One line: show, season, kind, value, stance, evidence."""
    season = "S-" if claim.season is None else f"S{claim.season}"
    evidence = _one_line(claim.evidence)
    return (
        f"{claim.show} | {season} | {claim.kind} | {_value_text(claim.kind, claim.value)}"
        f' | {claim.stance} | "{evidence}"'
    )


def _scores_text(counts: Counts) -> str:
    return f"P {counts.precision:.3f}  R {counts.recall:.3f}  F1 {counts.f1:.3f}"


def _document_lines(doc: DocumentResult) -> list[str]:
    c = doc.counts
    lines = [
        f"== {doc.id}: {_scores_text(c)}  (matched {c.matched}, gold {c.gold}, predicted {c.predicted})"
    ]
    lines += [f"  missed  {claim_line(m)}" for m in doc.missed]
    lines += [f"  false   {claim_line(f)}" for f in doc.false]
    lines += [f"  stance  {claim_line(p)}  (gold: {g.stance})" for g, p in doc.stance_errors]
    return lines


def _kind_table(report: Report) -> list[str]:
    header = f"{'kind':<17}{'P':>7}{'R':>7}{'F1':>7}{'support':>9}{'predicted':>11}"
    lines = ["", header]
    for kind, c in report.kinds.items():
        lines.append(
            f"{kind:<17}{c.precision:7.3f}{c.recall:7.3f}{c.f1:7.3f}{c.gold:9d}{c.predicted:11d}"
        )
    return lines


def _summary_lines(report: Report) -> list[str]:
    o = report.overall
    accuracy = report.stance_accuracy
    matched_ok = o.matched - report.stance_errors
    stance = (
        "n/a (no matched claims)"
        if accuracy is None
        else f"{accuracy:.3f} ({matched_ok}/{o.matched} matched)"
    )
    lines = [
        "== summary",
        f"documents {len(report.documents)}  gold {o.gold}  predicted {o.predicted}  matched {o.matched}",
        f"overall (micro)  {_scores_text(o)}",
        f"stance accuracy  {stance}",
        "weakest kinds:",
    ]
    weakest = [f"  {k:<17}{_scores_text(c)}  support {c.gold}" for k, c in report.weakest_kinds()]
    lines += weakest + ["  -"] * (WEAKEST_SHOWN - len(weakest))
    assert len(lines) == SUMMARY_LINES
    return lines


def format_report(report: Report) -> str:
    """Per-document misses and false claims, the per-kind table, then the summary.

    The last ``SUMMARY_LINES`` lines are always the summary.
    """
    lines: list[str] = []
    for doc in report.documents:
        lines += _document_lines(doc)
    lines += _kind_table(report)
    lines += ["", *_summary_lines(report)]
    return "\n".join(lines)
