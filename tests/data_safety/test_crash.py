"""Killed in the middle: an import, a save, a backup or a restore leaves a database that passes
PRAGMA integrity_check and holds all of that action or none of it, and the next opening of the
database removes whatever the killed process left beside it.

Each run starts the action in a child process that stops at a named point inside the write (see
storage.crash_points and tests/data_safety/stops.py) and is killed there with SIGKILL: every kill
lands at a known point, so each run knows which outcome to expect, all or none, and the test
checks that each point was reached. The child is forked from this process with the modules
already imported, so a run costs the action's own time and not the interpreter's start-up; one
test kills the real command started as ``python -m``. (Sync is killed mid-pull by the sync tests.)
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

import pytest

from sistercommittee.storage import crash_points
from sistercommittee.storage.database import open_database
from tests.data_safety import stops
from tests.data_safety.conftest import integrity, write_csv

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")

ROOT = Path(__file__).resolve().parents[2]
HANG = 300  # seconds without a word from the child: it hangs (never reached otherwise)
KILLS: dict[str, list[str]] = {}  # the points killed at, by action (pytest -s prints them)


def _report(read_fd: int) -> list[str]:
    """The points the child passed, up to its stop (``stopped`` last) or its exit."""
    passed: list[str] = []
    buffer = b""
    while True:
        ready, _, _ = select.select([read_fd], [], [], HANG)
        assert ready, f"the child said nothing for {HANG} s after {passed[-3:]}"
        chunk = os.read(read_fd, 4096)
        if not chunk:
            return passed
        buffer += chunk
        *lines, buffer = buffer.split(b"\n")
        passed += [line.decode() for line in lines]
        if passed and passed[-1] == stops.STOPPED:
            return passed


def _kill_forked(action: Callable[[], object], point: str, occurrence: int = 1) -> list[str]:
    """Run ``action`` in a forked child, kill it at the ``occurrence``-th pass of ``point``;
    returns the points it passed, the stop last."""
    report_r, report_w = os.pipe()
    hold_r, hold_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 4  # finished without reaching the stop
        try:
            os.close(report_r)
            os.close(hold_w)
            stops.install(report_w, point, occurrence, hold_r)
            action()
        except BaseException:
            traceback.print_exc()
            code = 1
        finally:
            os._exit(code)
    os.close(report_w)
    os.close(hold_r)
    try:
        passed = _report(report_r)
        stopped = bool(passed) and passed[-1] == stops.STOPPED
        if stopped:
            os.kill(pid, signal.SIGKILL)
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(report_r)
        os.close(hold_w)
    assert stopped, f"the child never stopped at {point} #{occurrence}; it passed {passed}"
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    return passed[:-1]


def _leftovers(database: Path, backups: Path) -> list[str]:
    """Files a killed backup or restore can leave: a restore's staged copy beside the database,
    a journal of the database, ``.partial`` files and journals in the backups folder."""
    beside = [
        path.name
        for path in database.parent.iterdir()
        if path.name.startswith(f".{database.name}.restore-")
        or path.name == f"{database.name}-journal"
    ]
    inside = [
        path.name
        for path in (backups.iterdir() if backups.exists() else [])
        if ".partial" in path.name or path.name.endswith(("-journal", "-wal", "-shm"))
    ]
    return sorted(beside + inside)


def _backups() -> Path:
    from sistercommittee.services.backups import backups_dir

    return backups_dir()


def _reopen(path: Path, backups: Path | None = None) -> list[str]:
    """Check the file, open it as the app does, and check that the opening removed every
    leftover; returns the leftovers it found."""
    backups = backups or _backups()
    left = _leftovers(path, backups)
    assert integrity(path) == "ok"
    open_database(path).close()  # the app can open it (ours, known revision), and cleans up
    assert _leftovers(path, backups) == [], f"left after the reopen (before: {left})"
    assert Path(f"{path}").exists()
    return left


def _count(path: Path, sql: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(sql).fetchone()[0])
    finally:
        connection.close()


def _template(db: object) -> Path:
    """The test's database, closed, to copy for each run: as the app leaves it, with its order
    of names chosen (a command's first opening of a database that has none records one, in a
    write of its own before the command's)."""
    from sistercommittee.services.volunteers import sort_names_in

    sort_names_in(db, "en")  # type: ignore[arg-type]
    db.close()  # type: ignore[attr-defined]
    return Path(db.path)  # type: ignore[attr-defined]


def _fresh(template: Path, path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template, path)
    return path


def _tally(kind: str, point: str, occurrence: int) -> None:
    KILLS.setdefault(kind, []).append(f"{point}#{occurrence}")
    print(f"killed {kind} at {point} #{occurrence}; survived")


# --- import ------------------------------------------------------------------------------------

ROWS = 3000


def _roster(tmp_path: Path) -> Path:
    rows = [["First name", "Last name", "Email", "Languages"]]
    rows += [[f"Given{i}", f"Family{i}", f"p{i}@example.org", "ja, de"] for i in range(ROWS)]
    return write_csv(tmp_path / "roster.csv", rows)


def _roster_preview(path: Path, roster: Path) -> object:
    """The preview, made here: the forked child inherits it and only applies it."""
    from sistercommittee.importing import preview, read_table, suggest_mapping

    db = open_database(path)
    table = read_table(roster)
    result = preview(db, "volunteers", table, suggest_mapping("volunteers", table.headers))
    db.close()
    return result


def _imported(path: Path) -> int:
    """How many of the roster's volunteers the file holds: all of them, with their languages
    and outbox entries, or none."""
    connection = sqlite3.connect(path)
    try:
        volunteers, languages, outbox = connection.execute(
            "SELECT (SELECT count(*) FROM volunteers), (SELECT count(*) FROM volunteer_languages),"
            " (SELECT count(*) FROM outbox WHERE table_name LIKE 'volunteer%')"
        ).fetchone()
    finally:
        connection.close()
    assert (volunteers, languages, outbox) in ((0, 0, 0), (ROWS, 2 * ROWS, 3 * ROWS))
    return int(volunteers)


# (point, occurrence, volunteers after the kill). The import reports its progress every 500 rows
# written, inside its transaction; the backup before the import copies in steps.
IMPORT_STOPS = [
    ("backup.started", 1, 0),
    ("backup.copying", 1, 0),
    ("backup.copied", 1, 0),
    ("import.progress", 1, 0),
    ("import.progress", 4, 0),
    ("write.flushed", 1, 0),
    ("write.committed", 1, ROWS),
]


def test_an_import_killed_at_each_point_is_all_or_nothing(db, tmp_path):
    from sistercommittee.importing import apply_import

    template = _template(db)
    path = tmp_path / "run.sqlite"
    result = _roster_preview(_fresh(template, path), _roster(tmp_path))

    def action() -> None:
        apply_import(open_database(path), result,  # type: ignore[arg-type]
                     progress=lambda done, total: crash_points.reached("import.progress"))

    seen_leftovers = 0
    for point, occurrence, expected in IMPORT_STOPS:
        _fresh(template, path)
        passed = _kill_forked(action, point, occurrence)
        assert passed.count(point) == occurrence and passed[-1] == point
        seen_leftovers += len(_reopen(path))
        assert _imported(path) == expected, (point, occurrence)
        _tally("import", point, occurrence)
    assert seen_leftovers  # the killed backups left .partial files, and the reopen removed them


def test_the_real_import_command_killed_at_each_point_is_all_or_nothing(db, tmp_path):
    template = _template(db)
    roster = _roster(tmp_path)
    path = tmp_path / "run.sqlite"
    # The command's first opening of the day makes the daily backup, then the import its own.
    points = [
        ("backup.copying", 1, 0),  # the daily backup
        ("backup.copied", 2, 0),  # the backup before the import
        ("write.flushed", 1, 0),
        ("write.committed", 1, ROWS),
    ]
    for number, (point, occurrence, expected) in enumerate(points):
        _fresh(template, path)
        data = tmp_path / f"data-{number}"
        env = {**os.environ, "XDG_DATA_HOME": str(data), "PYTHONPATH": str(ROOT)}
        report_r, report_w = os.pipe()
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.data_safety.stops", str(report_w), point,
             str(occurrence), "--", "--db", str(path), "import", "volunteers", str(roster)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            pass_fds=(report_w,), env=env, cwd=ROOT,
        )
        os.close(report_w)
        try:
            passed = _report(report_r)
            assert passed and passed[-1] == stops.STOPPED, (point, passed, process.poll())
            process.kill()
        finally:
            _out, err = process.communicate(timeout=HANG)
            os.close(report_r)
        assert process.returncode == -signal.SIGKILL, err
        assert passed.count(point) == occurrence
        backups = data / "SisterCommittee" / "backups"
        left = _leftovers(path, backups)
        # The next command cleans up when it opens the database.
        stats = subprocess.run(
            [sys.executable, "-m", "sistercommittee", "--db", str(path), "stats", "--json"],
            capture_output=True, text=True, env=env, timeout=HANG, check=False,
        )
        assert stats.returncode == 0, stats.stderr
        assert _leftovers(path, backups) == [], f"left after the next command (before: {left})"
        if point.startswith("backup."):
            assert left, "a backup killed mid-copy leaves its .partial file"
        assert integrity(path) == "ok"
        assert _imported(path) == expected, (point, occurrence)
        _tally("import", point, occurrence)


# --- save ---------------------------------------------------------------------------------------


def _save_action(path: Path) -> Callable[[], None]:
    def action() -> None:
        from sistercommittee.services.volunteers import add_volunteer, edit_volunteer

        db = open_database(path)
        for number in range(1, 10**6):
            changes = add_volunteer(db, {"given_name": f"V{number}", "languages": "ja, de, fr",
                                         "skills": "tea"})
            edit_volunteer(db, changes.id, {"family_name": f"F{number}", "languages": "ja"})

    return action


SAVE_STOPS = [(point, n) for n in (1, 2, 3, 6) for point in ("write.flushed", "write.committed")]


def test_saves_killed_at_each_point_are_each_whole(db, tmp_path):
    template = _template(db)
    path = tmp_path / "run.sqlite"
    for point, occurrence in SAVE_STOPS:
        _fresh(template, path)
        _kill_forked(_save_action(path), point, occurrence)
        _reopen(path)
        # Saves alternate: add, edit, add, edit... Those before the stop are committed, the one
        # at the stop too when it is killed after its commit.
        committed = occurrence if point == "write.committed" else occurrence - 1
        connection = sqlite3.connect(path)
        rows = connection.execute(
            "SELECT v.id, v.family_name, "
            "(SELECT count(*) FROM volunteer_languages l WHERE l.volunteer_id = v.id), "
            "(SELECT count(*) FROM volunteer_languages l WHERE l.volunteer_id = v.id "
            " AND l.deleted_at IS NOT NULL), "
            "(SELECT count(*) FROM outbox o WHERE o.row_id = v.id) FROM volunteers v"
        ).fetchall()
        connection.close()
        assert len(rows) == (committed + 1) // 2, (point, occurrence)
        assert sum(family is not None for _id, family, *_ in rows) == committed // 2
        # Each add is whole: the volunteer, three languages and their outbox entries; each edit
        # is whole: the family name and two tombstoned languages, or neither.
        for _id, family, languages, deleted, entries in rows:
            assert languages == 3
            assert (family is None and deleted == 0 and entries == 1) or (
                family is not None and deleted == 2 and entries == 2
            )
        _tally("save", point, occurrence)


# --- backup -------------------------------------------------------------------------------------


BIG_ROWS = 4000


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with enough rows (about 6 MB) that a backup copies it in many steps."""
    from sistercommittee.importing import apply_import, preview, read_table, suggest_mapping
    from sistercommittee.services.organizations import create_organization

    path = tmp_path_factory.mktemp("big") / "big.sqlite"
    db = open_database(path, create=True)
    create_organization(db, {"name": "Big", "city": "Springfield", "country": "US"})
    rows = [["Name", "Email", "Notes"]]
    rows += [[f"P{i} Q", f"q{i}@example.org", "n" * 1200] for i in range(BIG_ROWS)]
    roster = write_csv(path.with_suffix(".csv"), rows)
    table = read_table(roster)
    result = preview(db, "volunteers", table, suggest_mapping("volunteers", table.headers))
    apply_import(db, result, backup=False)
    db.close()
    return path


BACKUP_STOPS = [
    ("backup.started", 1),
    ("backup.copying", 1),
    ("backup.copying", 30),
    ("backup.copied", 1),
    ("backup.started", 2),  # the second backup of the loop: the first one is whole
]


def test_backups_killed_at_each_point_leave_whole_files_or_none(big, tmp_path):
    from sistercommittee.services.backups import list_backups, make_backup

    path = _fresh(big, tmp_path / "big.sqlite")

    def action() -> None:
        for _ in range(100):
            make_backup(path, "manual")

    left = []
    for point, occurrence in BACKUP_STOPS:
        passed = _kill_forked(action, point, occurrence)
        whole_before = 1 if (point, occurrence) == ("backup.started", 2) else 0
        assert passed[:-1].count("backup.copied") == whole_before
        left += _reopen(path)
        assert _count(path, "SELECT count(*) FROM volunteers") == BIG_ROWS
        _tally("backup", point, occurrence)
    assert any(name.endswith(".partial") for name in left)
    made = list_backups(path)
    assert made  # the first backup of the last run was whole before the kill
    for info in made:  # every backup that exists is whole
        assert integrity(info.path) == "ok"
        assert _count(info.path, "SELECT count(*) FROM volunteers") == BIG_ROWS


# --- restore ------------------------------------------------------------------------------------

# (point, occurrence, restored): the checked copy of the backup is made in steps, then staged
# beside the database; under the write lock the state before is backed up (the second copy),
# the tables are replaced and committed.
RESTORE_STOPS = [
    ("backup.copying", 3, False),
    ("backup.copied", 1, False),
    ("restore.staged", 1, False),
    ("restore.staged>backup.copying", 1, False),
    ("restore.staged>backup.copied", 1, False),
    ("restore.replaced", 1, False),
    ("restore.committed", 1, True),
]


def test_a_restore_killed_at_each_point_leaves_the_old_or_the_new_database(db, big, tmp_path):
    from sistercommittee.services.backups import restore
    from sistercommittee.services.volunteers import add_volunteer

    template = _template(db)
    path = tmp_path / "live.sqlite"

    def live() -> None:
        _fresh(template, path)
        database = open_database(path)
        for number in range(3):
            add_volunteer(database, {"given_name": f"Live{number}"})
        database.close()

    left = []
    for point, occurrence, restored in RESTORE_STOPS:
        live()
        passed = _kill_forked(lambda: restore(big, path), point, occurrence)
        assert passed[-1] == point.rpartition(">")[2]
        left += _reopen(path)
        volunteers = _count(path, "SELECT count(*) FROM volunteers")
        assert volunteers == (BIG_ROWS if restored else 3), (point, occurrence)
        _tally("restore", point, occurrence)
    assert any(name.startswith(f".{path.name}.restore-") for name in left)


def test_leftovers_of_a_process_that_runs_stay(db, tmp_path):
    """A backup or restore under way in another process is never cleaned away."""
    from sistercommittee.storage.backup import partial_name, staged_prefix

    db.close()
    folder = _backups()
    folder.mkdir(parents=True, exist_ok=True)
    ours = [  # named by this process, which runs
        Path(f"{db.path.parent / staged_prefix(db.path)}abcdefgh"),
        partial_name(folder / f"{db.path.stem}-20261201T000000000000Z-manual.sqlite"),
    ]
    for file in ours:
        file.write_bytes(b"under way")
    others = [  # not ours: another database's, a user's file
        db.path.parent / ".other.sqlite.restore-1-abcdefgh",
        folder / "notes.sqlite.1.partial",
    ]
    for file in others:
        file.write_bytes(b"")
    holder = sqlite3.connect(db.path)  # another window has it open: its -wal and -shm exist
    try:
        holder.execute("SELECT count(*) FROM volunteers").fetchone()
        own = [Path(f"{db.path}-wal"), Path(f"{db.path}-shm")]
        assert all(file.exists() for file in own)
        open_database(db.path).close()
        for file in ours + others + own:
            assert file.exists(), file
    finally:
        holder.close()


def test_no_hook_is_left_in_this_process():
    assert crash_points.hook is None  # only the killed children set it
    crash_points.reached("write.flushed")  # and without it a point does nothing
