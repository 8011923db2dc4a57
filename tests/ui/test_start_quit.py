"""The real app from the checkout starts and quits cleanly 50 times out of 50: 25 cycles offscreen
and 25 on an X server (the installed package does another 50 from its menu entry, in
tests/packaging/test_deb.py).

Each cycle runs ``python -m sistercommittee --db FILE`` in a fresh process with its own data,
settings and log folders, on its own copy of a database (an organization's, or the sample data
every third cycle, with the files a killed restore and a killed backup leave beside it and in
the backups folder, which the start removes). ``SISTERCOMMITTEE_QUIT_WHEN_READY=1`` makes the app choose File > Quit once
the database is open and the first page shows its data, so every run goes through the same quit
path as a user's Ctrl+Q. A cycle passes when the process exits with status 0, its stderr holds
nothing but the platform's known notices, and its log says that it quit once ready and closed
with 0. A few cycles run at once to keep the test's cost down; the X server is an Xvfb started
by the test on a display number it picks itself (``-displayfd``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

CYCLES = 25  # per platform
AT_ONCE = 4
TIMEOUT = 120  # seconds for one cycle: far above its length, only there to report a hang
DEMO_EVERY = 3

# What a platform prints on stderr by itself, about itself: nothing of the app.
KNOWN_NOTICES = {
    "offscreen": ("This plugin does not support propagateSizeHints()",),
    "xcb": (),
}


@dataclass(frozen=True)
class Cycle:
    number: int
    database: str
    returncode: int
    unexpected: tuple[str, ...]
    log: str
    seconds: float
    leftovers: tuple[str, ...] = ()

    @property
    def problem(self) -> str | None:
        if self.returncode != 0:
            return f"exit status {self.returncode}"
        if self.leftovers:
            return f"the start left {list(self.leftovers)}"
        if self.unexpected:
            return f"stderr: {list(self.unexpected)}"
        if "quitting once ready" not in self.log or "the app closed with 0" not in self.log:
            return "the log does not show the quit: " + self.log[-400:]
        return None


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """An organization's database and the sample data, each made once and copied per cycle."""
    from sistercommittee.sample import generate
    from sistercommittee.services.organizations import create_organization
    from sistercommittee.storage.database import open_database

    folder = tmp_path_factory.mktemp("templates")
    org = open_database(folder / "committee.sqlite", create=True)
    create_organization(
        org, {"name": "Springfield Sister Cities", "city": "Springfield", "country": "US"}
    )
    org.close()
    demo = open_database(folder / "demo.sqlite", create=True)
    generate(demo)
    demo.close()
    return {"committee": folder / "committee.sqlite", "demo": folder / "demo.sqlite"}


@pytest.fixture(scope="module")
def x_display(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An Xvfb server on a free display: Xvfb picks the number and writes it to a pipe."""
    program = shutil.which("Xvfb")
    if program is None:
        pytest.skip("Xvfb is not installed (scripts/run-tests.sh installs it)")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        [program, "-displayfd", str(write_fd), "-screen", "0", "1366x768x24",
         "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    number = b""
    with os.fdopen(read_fd, "rb") as pipe:  # blocks until the server listens, or has died
        number = pipe.readline().strip()
    if not number.isdigit():
        server.kill()
        server.wait()
        pytest.fail(f"Xvfb did not start (exit status {server.poll()})")
    yield f":{number.decode()}"
    server.terminate()
    server.wait(timeout=30)


def _cycle(number: int, platform: str, display: str | None, templates: dict[str, Path],
           root: Path) -> Cycle:
    folder = root / f"cycle-{number:02d}"
    folder.mkdir()
    database = "demo" if number % DEMO_EVERY == DEMO_EVERY - 1 else "committee"
    path = folder / f"{database}.sqlite"
    shutil.copyfile(templates[database], path)
    planted = _plant_leftovers(path, folder / "data" / "SisterCommittee" / "backups") if (
        database == "demo"
    ) else []
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env.update(
        QT_QPA_PLATFORM=platform,
        SISTERCOMMITTEE_QUIT_WHEN_READY="1",
        XDG_DATA_HOME=str(folder / "data"),
        XDG_STATE_HOME=str(folder / "state"),
        XDG_CONFIG_HOME=str(folder / "config"),
        XDG_CACHE_HOME=str(folder / "cache"),
        XDG_RUNTIME_DIR=str(runtime),
        LANG="en_US.UTF-8",
    )
    if display is not None:
        env["DISPLAY"] = display
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "sistercommittee", "--db", str(path)],
            env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False,
        )
        returncode, stderr = done.returncode, done.stderr
    except subprocess.TimeoutExpired as expired:
        returncode = -1
        stderr = (expired.stderr or b"").decode(errors="replace") + "\n(did not quit)"
    seconds = time.perf_counter() - started
    unexpected = tuple(
        line
        for line in stderr.splitlines()
        if line.strip() and line.strip() not in KNOWN_NOTICES[platform]
    )
    logs = list((folder / "state").rglob("sistercommittee.log"))
    log = logs[0].read_text(encoding="utf-8", errors="replace") if logs else ""
    leftovers = tuple(path.name for path in planted if path.exists())
    return Cycle(number, database, returncode, unexpected, log, seconds, leftovers)


def _plant_leftovers(database: Path, backups: Path) -> list[Path]:
    """What a restore and a backup killed by a process that has ended leave behind."""
    gone = _ended_pid()
    backups.mkdir(parents=True)
    staged = database.with_name(f".{database.name}.restore-{gone}-abcdefgh")
    shutil.copyfile(database, staged)  # a restore's staged copy is full-size
    partial = backups / f"{database.stem}-20261201T101500000000Z-daily.sqlite.{gone}.partial"
    files = [staged, Path(f"{staged}-journal"), partial, Path(f"{partial}-journal")]
    for file in files[1:]:
        file.write_bytes(b"\0" * 4096)
    return files


def _ended_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", ""])
    process.wait()
    return process.pid


def _cycles(platform: str, display: str | None, templates: dict[str, Path],
            root: Path) -> list[Cycle]:
    started = time.perf_counter()
    with ThreadPoolExecutor(AT_ONCE) as pool:
        cycles = list(
            pool.map(lambda n: _cycle(n, platform, display, templates, root), range(CYCLES))
        )
    wall = time.perf_counter() - started
    longest = max(cycle.seconds for cycle in cycles)
    print(f"\n{CYCLES} start-and-quit cycles on {platform}, {AT_ONCE} at once: {wall:.1f} s "
          f"(longest cycle {longest:.1f} s)")
    return cycles


def _assert_clean(cycles: list[Cycle]) -> None:
    assert len(cycles) == CYCLES
    assert {cycle.database for cycle in cycles} == {"committee", "demo"}
    problems = [f"cycle {c.number} ({c.database}): {c.problem}" for c in cycles if c.problem]
    assert not problems, "\n".join(problems)


def test_the_app_starts_and_quits_cleanly_25_times_offscreen(templates, tmp_path):
    _assert_clean(_cycles("offscreen", None, templates, tmp_path))


def test_the_app_starts_and_quits_cleanly_25_times_on_an_x_server(templates, x_display, tmp_path):
    _assert_clean(_cycles("xcb", x_display, templates, tmp_path))
