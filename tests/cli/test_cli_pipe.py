"""Piped into a reader that stops early (`| head -1`), the command ends quietly, as Unix tools do:
no traceback, no "something went wrong", the status of a command ended by SIGPIPE."""

from __future__ import annotations

import os
import subprocess
import sys

BROKEN_PIPE = 141


def _piped_into_head(cli, *args: str) -> tuple[int, str, bytes]:
    """The command's status and standard error, and what `head -1` printed, through a real pipe."""
    command = subprocess.Popen(
        [sys.executable, "-m", "sistercommittee", "--db", str(cli.db_path), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=os.environ.copy(),
    )
    assert command.stdout is not None and command.stderr is not None
    head = subprocess.run(["head", "-1"], stdin=command.stdout, capture_output=True, timeout=120)
    command.stdout.close()  # only head holds the reading end now; it has left
    err = command.stderr.read().decode()
    return command.wait(timeout=120), err, head.stdout


def test_a_long_list_piped_into_head_ends_quietly(cli):
    assert cli("demo", "--scale", "0.5").code == 0
    # Thousands of rows: far more than a pipe holds, so the command is still writing when head
    # leaves, whatever the timing.
    code, err, first = _piped_into_head(cli, "hours", "list")
    assert first.split()[:2] == [b"id", b"volunteer"]
    assert err == ""
    assert code == BROKEN_PIPE


def test_json_and_the_agenda_piped_into_head_end_quietly(cli):
    assert cli("demo", "--scale", "0.5").code == 0
    for args in (("hours", "list", "--json"), ("agenda", "--days", "365")):
        code, err, first = _piped_into_head(cli, *args)
        assert err == "", args
        assert first, args
        assert code in (0, BROKEN_PIPE), args  # 0 when all of it fitted in the pipe at once
