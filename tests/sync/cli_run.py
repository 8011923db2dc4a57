"""The command line run in the test's own process, so that the test's HQ and in-memory keyring
serve it: its exit code and what it printed."""

from __future__ import annotations

import io
from typing import Any

from sistercommittee.cli.main import main

INIT = ("init", "--org", "Springfield", "--city", "Springfield", "--country", "US")


def run(capsys: Any, monkeypatch: Any, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    """``sistercommittee ARGV`` with ``stdin`` typed in: (exit code, stdout, stderr)."""
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


def init_committee(capsys: Any, monkeypatch: Any, db: str) -> None:
    """A new committee database at ``db`` (Springfield, US), as ``sistercommittee init`` makes
    it."""
    assert run(capsys, monkeypatch, "--db", db, *INIT)[0] == 0
