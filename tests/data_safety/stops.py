"""Stopping a process at a named point of a write, to kill it there (see storage.crash_points).

The child reports each point it passes, one name a line, on a pipe; at the chosen occurrence of
the chosen point it reports ``stopped`` and waits, reading a pipe that the test never writes to,
until the test kills it. If the test is gone the read ends and the child exits.

``python -m tests.data_safety.stops REPORT_FD POINT OCCURRENCE -- ARGS`` runs the real
``sistercommittee ARGS`` command that way (its standard input is the pipe it waits on).
"""

from __future__ import annotations

import os
import sys

from sistercommittee.storage import backup, crash_points

# A backup copies in steps in the crash tests, so that a kill can land in the middle of a copy
# (the app copies in one step; see storage.backup).
STEP_PAGES = 64
STOPPED = "stopped"


def install(report_fd: int, point: str, occurrence: int, hold_fd: int) -> None:
    """Stop at the ``occurrence``-th pass of ``point``; "A>B" counts the passes of B after the
    first pass of A."""
    after, _, target = point.rpartition(">")
    seen = {"armed": not after, "count": 0}
    backup.BACKUP_STEP_PAGES = STEP_PAGES

    def hook(name: str) -> None:
        os.write(report_fd, f"{name}\n".encode())
        if not seen["armed"]:
            seen["armed"] = name == after
            return
        if name != target:
            return
        seen["count"] += 1
        if seen["count"] == occurrence:
            os.write(report_fd, f"{STOPPED}\n".encode())
            os.read(hold_fd, 1)  # blocks until the kill
            os._exit(3)  # the test went away without killing

    crash_points.hook = hook


def main(argv: list[str]) -> int:
    report_fd, point, occurrence, separator, *args = argv
    assert separator == "--"
    install(int(report_fd), point, int(occurrence), sys.stdin.fileno())
    from sistercommittee.cli.main import main as command

    return command(args)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
