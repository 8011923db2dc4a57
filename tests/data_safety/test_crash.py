"""Killed at any moment: an import, a save, a backup or a restore leaves a database that passes
PRAGMA integrity_check and holds all of that action or none of it.

Each run starts the action in a child process and kills it with SIGKILL after a random delay,
then checks the files the way the next start of the app would find them. The child is forked
from this process with the modules already imported, so a run costs the action's own time and
not the interpreter's start-up; one test also kills the real command started with ``python -m
sistercommittee``. Delays are drawn over the action's measured length, most of them inside its
write, where a kill could do harm. (Sync is killed mid-pull by the sync tests.)
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

import pytest

from sistercommittee.storage.database import open_database
from tests.data_safety.conftest import integrity, write_csv

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")

RUNS = {"import": 10, "save": 8, "backup": 6, "restore": 8}
SEED = int(os.environ.get("CRASH_SEED", "20261124"))
KILLS: dict[str, int] = {}


def _fork(action: Callable[[int], None]) -> tuple[int, int]:
    """Start ``action(signal_fd)`` in a forked child; returns its pid and the read end of a pipe
    on which the child writes a byte when it reaches the part worth killing."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 0
        try:
            os.close(read_fd)
            action(write_fd)
        except BaseException:
            traceback.print_exc()
            code = 1
        finally:
            os._exit(code)
    os.close(write_fd)
    return pid, read_fd


def _wait_signal(read_fd: int, timeout: float = 60) -> bool:
    import select

    ready, _, _ = select.select([read_fd], [], [], timeout)
    return bool(ready) and os.read(read_fd, 1) == b"!"


def _kill_after(action: Callable[[int], None], delay: float) -> bool:
    """Run ``action``, kill it ``delay`` seconds after its signal; True if it was still running."""
    pid, read_fd = _fork(action)
    try:
        assert _wait_signal(read_fd), "the child never reached the part to kill"
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    finally:
        os.close(read_fd)
    _, status = os.waitpid(pid, 0)
    return os.WIFSIGNALED(status)


def _length(action: Callable[[int], None]) -> float:
    """How long the action runs after its signal, when nothing kills it."""
    pid, read_fd = _fork(action)
    assert _wait_signal(read_fd)
    start = time.perf_counter()
    _, status = os.waitpid(pid, 0)
    os.close(read_fd)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, "the action failed"
    return time.perf_counter() - start


def _delays(rng: random.Random, length: float, runs: int) -> list[float]:
    return [rng.uniform(0, length * 1.05) for _ in range(runs)]


def _signal(fd: int) -> None:
    os.write(fd, b"!")


def _check(path: Path) -> sqlite3.Connection:
    assert integrity(path) == "ok"
    open_database(path).close()  # the app can open it (ours, known revision)
    return sqlite3.connect(path)


def _template(tmp_path: Path, db: object) -> Path:
    """The test's database, closed, to copy for each run."""
    db.close()  # type: ignore[attr-defined]
    return Path(db.path)  # type: ignore[attr-defined]


def _fresh(template: Path, path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template, path)
    return path


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


def _import_action(path: Path, result: object) -> Callable[[int], None]:
    def action(fd: int) -> None:
        from sistercommittee.importing import apply_import

        db = open_database(path)
        _signal(fd)
        apply_import(db, result)  # type: ignore[arg-type]

    return action


def _check_import(path: Path) -> bool:
    connection = _check(path)
    volunteers, languages, outbox = connection.execute(
        "SELECT (SELECT count(*) FROM volunteers), (SELECT count(*) FROM volunteer_languages), "
        "(SELECT count(*) FROM outbox WHERE table_name LIKE 'volunteer%')"
    ).fetchone()
    connection.close()
    assert (volunteers, languages, outbox) in ((0, 0, 0), (ROWS, 2 * ROWS, 3 * ROWS))
    return volunteers == ROWS


def test_an_import_killed_at_any_moment_is_all_or_nothing(db, tmp_path):
    template = _template(tmp_path, db)
    path = tmp_path / "run.sqlite"
    result = _roster_preview(_fresh(template, path), _roster(tmp_path))
    rng = random.Random(SEED)
    length = _length(_import_action(path, result))
    assert _check_import(path)
    for delay in _delays(rng, length, RUNS["import"]):
        killed = _kill_after(_import_action(_fresh(template, path), result), delay)
        _check_import(path)
        KILLS["import"] = KILLS.get("import", 0) + killed
    assert KILLS["import"] >= RUNS["import"] // 2


def test_the_real_import_command_killed_is_all_or_nothing(db, tmp_path):
    template = _template(tmp_path, db)
    roster = _roster(tmp_path)
    path = tmp_path / "run.sqlite"
    rng = random.Random(SEED + 1)
    command = [sys.executable, "-m", "sistercommittee", "--db", str(path), "import",
               "volunteers", str(roster)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    for _ in range(2):
        _fresh(template, path)
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   env=env)
        assert process.stdout is not None
        process.stdout.readline()  # "Read roster.csv ...": it has started on the file
        time.sleep(rng.uniform(0, 1.5))
        process.kill()
        process.communicate()
        _check_import(path)
        KILLS["import"] = KILLS.get("import", 0) + (process.returncode == -signal.SIGKILL)


# --- save ---------------------------------------------------------------------------------------


def _save_action(path: Path) -> Callable[[int], None]:
    def action(fd: int) -> None:
        from sistercommittee.services.volunteers import add_volunteer, edit_volunteer

        db = open_database(path)
        _signal(fd)
        for number in range(1, 10**6):
            changes = add_volunteer(db, {"given_name": f"V{number}", "languages": "ja, de, fr",
                                         "skills": "tea"})
            edit_volunteer(db, changes.id, {"family_name": f"F{number}", "languages": "ja"})

    return action


def test_saves_killed_at_any_moment_are_each_whole(db, tmp_path):
    template = _template(tmp_path, db)
    path = _fresh(template, tmp_path / "run.sqlite")
    rng = random.Random(SEED + 2)
    for _ in range(RUNS["save"]):
        KILLS["save"] = KILLS.get("save", 0) + _kill_after(_save_action(path), rng.uniform(0, 2))
        connection = _check(path)
        # Each add is whole: the volunteer, three languages and their outbox entries; each edit
        # is whole: the family name and two tombstoned languages, or neither.
        rows = connection.execute(
            "SELECT v.id, v.family_name, "
            "(SELECT count(*) FROM volunteer_languages l WHERE l.volunteer_id = v.id), "
            "(SELECT count(*) FROM volunteer_languages l WHERE l.volunteer_id = v.id "
            " AND l.deleted_at IS NOT NULL), "
            "(SELECT count(*) FROM outbox o WHERE o.row_id = v.id) FROM volunteers v"
        ).fetchall()
        connection.close()
        assert rows
        for _id, family, languages, deleted, entries in rows:
            assert languages == 3
            assert (family is None and deleted == 0 and entries == 1) or (
                family is not None and deleted == 2 and entries == 2
            )


# --- backup -------------------------------------------------------------------------------------


BIG_ROWS = 4000


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with enough rows (about 6 MB) that a backup or a restore takes a while."""
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


def test_backups_killed_at_any_moment_leave_whole_files_or_none(big, tmp_path):
    from sistercommittee.services.backups import list_backups

    path = _fresh(big, tmp_path / "big.sqlite")
    rows = BIG_ROWS
    folder = tmp_path / "backups"

    def action(fd: int) -> None:
        from sistercommittee.services.backups import make_backup

        _signal(fd)
        for _ in range(100):
            make_backup(path, "manual", folder)

    rng = random.Random(SEED + 3)
    for _ in range(RUNS["backup"]):
        KILLS["backup"] = KILLS.get("backup", 0) + _kill_after(action, rng.uniform(0, 1.5))
        connection = _check(path)
        assert connection.execute("SELECT count(*) FROM volunteers").fetchone()[0] == rows
        connection.close()
    made = list_backups(path, folder)
    assert made
    for info in made:  # every backup that exists is whole
        connection = _check(info.path)
        assert connection.execute("SELECT count(*) FROM volunteers").fetchone()[0] == rows
        connection.close()


# --- restore ------------------------------------------------------------------------------------


def test_a_restore_killed_at_any_moment_leaves_the_old_or_the_new_database(db, big, tmp_path):
    template = _template(tmp_path, db)
    saved = big  # the backup: BIG_ROWS volunteers
    big_rows = BIG_ROWS
    path = tmp_path / "live.sqlite"
    folder = tmp_path / "backups"

    def live() -> Path:
        _fresh(template, path)
        from sistercommittee.services.volunteers import add_volunteer

        database = open_database(path)
        for number in range(3):
            add_volunteer(database, {"given_name": f"Live{number}"})
        database.close()
        return path

    def action(fd: int) -> None:
        from sistercommittee.services.backups import restore

        _signal(fd)
        restore(saved, path, folder)

    length = _length(lambda fd: (live(), action(fd)))
    rng = random.Random(SEED + 4)
    seen = set()
    for delay in _delays(rng, length, RUNS["restore"]):
        live()
        KILLS["restore"] = KILLS.get("restore", 0) + _kill_after(action, delay)
        connection = _check(path)
        volunteers = connection.execute("SELECT count(*) FROM volunteers").fetchone()[0]
        connection.close()
        assert volunteers in (3, big_rows)  # the old database or the restored one
        seen.add(volunteers)


def test_kills_survived():
    """The figure for the report (runs in this order after the tests above)."""
    total = sum(KILLS.values())
    print(f"\nkills survived: {total} ({KILLS})")
    for kind, kills in KILLS.items():  # most runs were killed before they finished
        assert kills >= RUNS[kind] // 2, kind
