"""The API against the command line on the same database: the dossier is the one
``nextseason show --json`` prints, and ``nextseason api-token`` makes and revokes tokens."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

CLI = [sys.executable, "-m", "nextseason.cli"]


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], env=env, capture_output=True, text=True, timeout=120)


def test_dossier_equals_show_json(client: Any, samples: Any, cli_env: dict[str, str]) -> None:
    sid = client.get("/api/search", {"q": "Lantern Harbor"}).json()[0]["id"]
    for args, params in [([], {}), (["--season", "2", "--as-of", "2024-12-01"], {"season": 2, "as_of": "2024-12-01"})]:
        shown = run(["show", "Lantern Harbor", "--json", *args], cli_env)
        assert shown.returncode == 0, shown.stderr
        api = client.get(f"/api/shows/{sid}/dossier", params)
        assert api.status_code == 200
        assert api.json() == json.loads(shown.stdout)


def test_api_token_command_makes_lists_and_revokes(client: Any, make_user: Any, cli_env: dict[str, str]) -> None:
    make_user("ana")
    made = run(["api-token", "create", "ana", "--label", "script"], cli_env)
    assert made.returncode == 0, made.stderr
    token = made.stdout.strip().splitlines()[-1]
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    assert client.get("/api/follows", **headers).status_code == 200
    listed = run(["api-token", "list", "ana"], cli_env)
    assert listed.returncode == 0 and "script" in listed.stdout and token not in listed.stdout
    token_id = client.get("/api/tokens", **headers).json()[0]["id"]
    revoked = run(["api-token", "revoke", "ana", str(token_id)], cli_env)
    assert revoked.returncode == 0, revoked.stderr
    assert client.get("/api/follows", **headers).status_code == 401
    assert run(["api-token", "create", "nobody"], cli_env).returncode == 4
