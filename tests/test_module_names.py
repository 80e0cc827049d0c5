"""No module of the package binds a top-level name twice, unless the second binding wraps the
first (``_PAST = scan_faster(_PAST)``): a second table of the same name silently replaces the
first for every function that reads it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "nextseason"
MODULES = sorted(SRC.rglob("*.py"))


def _rebound(tree: ast.Module) -> list[str]:
    seen: set[str] = set()
    twice: list[str] = []
    for node in tree.body:
        if not isinstance(node, ast.Assign | ast.AnnAssign):
            continue
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        for target in targets:
            if not isinstance(target, ast.Name):
                continue
            reads_itself = node.value is not None and any(
                isinstance(n, ast.Name) and n.id == target.id for n in ast.walk(node.value)
            )
            if target.id in seen and not reads_itself:
                twice.append(f"{target.id} (line {node.lineno})")
            seen.add(target.id)
    return twice


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    assert _rebound(ast.parse(path.read_text(encoding="utf-8"))) == []


def test_the_check_finds_a_second_binding() -> None:
    tree = ast.parse("A = 1\nB = f(B)\nA = 2\nB = 3\nB = g(B)\n")
    assert _rebound(tree) == ["A (line 3)", "B (line 4)"]
