"""The README's first screen and CI agree: two set-up commands, the test one is what CI runs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_screen = "\n".join(readme.splitlines()[:40])
    return re.findall(r"```sh\n(.+?)\n```", first_screen, re.S)


def test_first_screen_gives_main_job_and_test_commands() -> None:
    commands = _commands()
    assert len(commands) >= 2, "README's first screen needs the main-job and the test command"
    assert "nextseason serve --demo" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert _commands()[1].strip() in [line.strip() for line in ci_lines]


def test_every_cli_command_is_documented() -> None:
    from nextseason.cli import build_parser

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in sub.choices:  # type: ignore[union-attr]
        assert f"nextseason {name}" in readme, f"README does not document `nextseason {name}`"
