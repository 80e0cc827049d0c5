"""The store commands as users run them: subprocesses on the test database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db.models import Count

from nextseason.extract import extract
from nextseason.samples.generate import write_articles

CLI = [sys.executable, "-m", "nextseason.cli"]


def run(args: list[str], env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], env=env, capture_output=True, text=True, timeout=timeout)


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("mysql://root@localhost/x", "is not understood"),
        ("postgresql://postgres@127.0.0.1:1/test", "cannot use the database (PostgreSQL postgres@127.0.0.1:1/test)"),
        ("postgresql://postgres:secret@127.0.0.1:99999/test", "bad port"),
    ],
)
def test_broken_database_url_is_one_clear_line(url: str, says: str, tmp_path: Path) -> None:
    env = {**os.environ, "DATABASE_URL": url, "NEXTSEASON_DATA": str(tmp_path)}
    done = run(["show", "Anything"], env)
    assert done.returncode == 3
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert says in done.stderr and "secret" not in done.stderr


def test_demo_prints_a_dossier_from_a_fresh_sqlite_database(tmp_path: Path) -> None:
    env = {**os.environ, "DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none"}  # demo ignores it
    done = run(["demo", "--data", str(tmp_path)], env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Lantern Harbor") and "2 stored" in done.stderr
    assert (tmp_path / "nextseason.sqlite3").is_file()


def test_show_of_unknown_title_suggests(cli_env: dict[str, str]) -> None:
    ingest = run(["ingest", "--published", "2024-03", *_sample_paths(cli_env)], cli_env)
    assert ingest.returncode == 0, ingest.stderr
    done = run(["show", "Lantern Harbour"], cli_env)
    assert done.returncode == 4
    assert "did you mean: 'Lantern Harbor'" in done.stderr
    shown = run(["show", "lantern harbor", "--season", "2", "--as-of", "2024-12-01", "--json"], cli_env)
    assert shown.returncode == 0 and '"2025-02-07"' in shown.stdout


def _sample_paths(env: dict[str, str]) -> list[str]:
    from nextseason.samples import load_samples

    out = Path(env["NEXTSEASON_DATA"]) / "samples"
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for sample in load_samples():
        path = out / f"{sample.id}.txt"
        path.write_text(sample.text, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_ingest_reports_unreadable_input_and_goes_on(cli_env: dict[str, str], tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (good,) = write_articles(tmp_path / "docs", 1)
    done = run(["ingest", str(tmp_path / "empty.txt"), str(good)], cli_env)
    assert done.returncode == 0
    assert "empty.txt is empty" in done.stderr
    assert "2 documents: 1 stored" in done.stdout


@pytest.mark.slow
def test_killed_bulk_ingest_resumes_without_duplicates(store, cli_env: dict[str, str], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from nextseason.web import models as m

    paths = write_articles(tmp_path / "bulk", 120)
    args = ["ingest", "--published", "2024-05", str(tmp_path / "bulk")]
    proc = subprocess.Popen([*CLI, *args], env=cli_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait_for_documents(m, proc, len(paths) // 2)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 0 < m.Document.objects.count() < len(paths)
    done = run(args, cli_env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert m.Document.objects.count() == len(paths)
    expected = {p.read_text(encoding="utf-8").splitlines()[0]: _claim_count(p) for p in paths}
    stored = dict(m.Document.objects.annotate(n=Count("claims")).values_list("title", "n"))
    assert stored == expected


def _wait_for_documents(m, proc: subprocess.Popen, count: int) -> None:  # type: ignore[no-untyped-def, type-arg]
    deadline = time.monotonic() + 120
    while m.Document.objects.count() < count:
        assert proc.poll() is None, "ingest ended before it could be killed"
        assert time.monotonic() < deadline, "ingest too slow"
        time.sleep(0.05)


def _claim_count(path: Path) -> int:
    text = path.read_text(encoding="utf-8")
    return len(extract(text, title=text.splitlines()[0], published="2024-05", published_from="given").claims)
