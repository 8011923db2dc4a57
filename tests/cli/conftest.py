from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


class Cli:
    """Runs the real `sistercommittee` command in a subprocess against one database file."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path

    def __call__(self, *args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> Result:
        completed = subprocess.run(
            [sys.executable, "-m", "sistercommittee", "--db", str(self.db_path), *args],
            capture_output=True,
            text=True,
            input=stdin,
            env={**os.environ, **(env or {})},
            timeout=120,
        )
        assert "Traceback" not in completed.stderr, completed.stderr
        return Result(completed.returncode, completed.stdout, completed.stderr)


@pytest.fixture
def cli(db_path: Path) -> Cli:
    return Cli(db_path)


@pytest.fixture
def cli_org(cli: Cli) -> Cli:
    result = cli("init", "--org", "Springfield Sister Cities", "--city", "Springfield",
                 "--country", "US", "--time-zone", "America/Chicago")
    assert result.code == 0, result.err
    return cli
