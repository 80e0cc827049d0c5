"""`nextseason add` and `nextseason sync` as users run them, against the loopback TVmaze."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

CLI = [sys.executable, "-m", "nextseason.cli"]


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


def test_add_with_several_candidates_lists_them_and_asks_for_pick(cli_env: dict[str, str], tvmaze: Any) -> None:
    done = run(["add", "a"], cli_env)
    assert done.returncode == 2
    assert "--pick N" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 10 and "The A-Team" in done.stdout and "[TVmaze" in lines[0]
    assert "RTL Klub" in done.stdout  # the network, beside the year


def test_add_then_show_then_sync(cli_env: dict[str, str], tvmaze: Any) -> None:
    done = run(["add", "silicon valley", "--pick", "1"], cli_env)
    assert done.returncode == 0, done.stderr
    assert "imported Silicon Valley (TVmaze 143)" in done.stdout
    shown = run(["show", "Кремниевая долина"], cli_env)
    assert shown.returncode == 0, shown.stderr
    assert "Season 4" in shown.stdout and "TVmaze: Silicon Valley" in shown.stdout
    assert "Mike Judge (creator)" in shown.stdout and "Jared Dunn" in shown.stdout
    tvmaze.updates = {"143": 1}
    synced = run(["sync"], cli_env)
    assert synced.returncode == 0, synced.stderr
    assert "1 shows checked" in synced.stdout and "0 changed upstream" in synced.stdout
    by_id = run(["add", "143"], cli_env)
    assert by_id.returncode == 0 and "already up to date" in by_id.stdout
