"""The generated secret key: made once, the same for processes that start together."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CALL = "import sys, os; from pathlib import Path; from nextseason.web.config import secret_key; print(secret_key({}, Path(sys.argv[1])))"


def test_processes_starting_together_share_one_key(tmp_path: Path) -> None:
    data = tmp_path / "data"
    procs = [
        subprocess.Popen([sys.executable, "-c", CALL, str(data)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(8)
    ]
    outputs = [p.communicate(timeout=60) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err for _, err in outputs]
    keys = {out.strip() for out, _ in outputs}
    assert len(keys) == 1
    assert (data / "secret_key").read_text(encoding="ascii").strip() in keys
    assert [p.name for p in data.iterdir()] == ["secret_key"]  # no temporary files left
    assert len(keys.pop()) >= 50
