"""Two processes (two app windows, or the app and a command) writing to one database file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.data_safety.conftest import count, integrity, write_csv

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")

ADDS = 120


def _writer(path: Path, prefix: str) -> int:
    """Fork a process that adds and edits volunteers, one transaction per action."""
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            from sistercommittee.services.volunteers import add_volunteer, edit_volunteer
            from sistercommittee.storage.database import open_database

            db = open_database(path)
            for number in range(ADDS):
                changes = add_volunteer(
                    db, {"given_name": f"{prefix}{number}", "languages": "ja, de"}
                )
                edit_volunteer(db, changes.id, {"family_name": "Edited"})
            db.close()
            code = 0
        finally:
            os._exit(code)
    return pid


def test_two_processes_and_an_import_write_at_once_without_loss(db, tmp_path):
    path = db.path
    rows = [["Name", "Email"]] + [[f"Imp {i}", f"imp{i}@example.org"] for i in range(500)]
    roster = write_csv(tmp_path / "roster.csv", rows)
    db.close()
    pids = [_writer(path, "A"), _writer(path, "B")]
    # The real import command at the same time, in its own interpreter.
    importer = subprocess.run(
        [sys.executable, "-m", "sistercommittee", "--db", str(path), "import", "volunteers",
         str(roster)],
        capture_output=True, text=True, timeout=300,
    )
    codes = [os.waitpid(pid, 0)[1] for pid in pids]
    assert importer.returncode == 0, importer.stderr
    assert all(os.WIFEXITED(c) and os.WEXITSTATUS(c) == 0 for c in codes), codes
    assert integrity(path) == "ok"
    assert count(path, "volunteers") == 2 * ADDS + 500
    assert count(path, "volunteers", "family_name = 'Edited'") == 2 * ADDS
    assert count(path, "volunteer_languages") == 2 * 2 * ADDS
    # Every change has its outbox entry, and the clock never stamped two changes alike.
    assert count(path, "outbox", "table_name = 'volunteers'") == 2 * 2 * ADDS + 500
    assert count(path, "(SELECT DISTINCT hlc FROM outbox)") == count(path, "outbox")


def test_two_windows_in_one_process(db, tmp_path):
    """Two Database objects (two windows) on one file see each other's changes."""
    from sistercommittee.services.volunteers import add_volunteer, list_volunteers
    from sistercommittee.storage.database import open_database

    other = open_database(db.path)
    add_volunteer(db, {"given_name": "One"})
    add_volunteer(other, {"given_name": "Two"})
    assert list_volunteers(db).total == list_volunteers(other).total == 2
    other.close()


def test_a_restore_while_another_process_writes(db, tmp_path):
    """The restore waits for the other process's write and replaces the file as a whole; the
    other process goes on writing into the restored database."""
    from sistercommittee.services.backups import backup_to_file, restore
    from sistercommittee.services.volunteers import add_volunteer

    add_volunteer(db, {"given_name": "Saved"})
    saved = backup_to_file(db, tmp_path / "saved.sqlite")
    path = db.path
    db.close()
    script = textwrap.dedent(
        f"""
        import sys
        from sistercommittee.services.volunteers import add_volunteer
        from sistercommittee.storage.database import open_database
        db = open_database({str(path)!r})
        print("ready", flush=True)
        for number in range(200):
            add_volunteer(db, {{"given_name": f"W{{number}}"}})
        """
    )
    writer = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "ready"
    result = restore(saved, path, tmp_path / "backups")
    assert writer.wait(timeout=300) == 0  # the writer never saw an error
    assert integrity(path) == "ok"
    assert result.safety_backup is not None

    def numbers(database: Path) -> list[int]:
        connection = sqlite3.connect(database)
        try:
            names = [row[0] for row in connection.execute("SELECT given_name FROM volunteers")]
        finally:
            connection.close()
        return sorted(int(name[1:]) for name in names if name.startswith("W"))

    before, after = numbers(result.safety_backup.path), numbers(path)
    assert count(path, "volunteers", "given_name = 'Saved'") == 1
    # What the writer saved before the restore is in the safety backup, what it saved after is
    # in the restored database, in order: the restore happened at one moment between two saves.
    assert not before or not after or max(before) < min(after)
    assert after == list(range(after[0], 200)) if after else before[-1] == 199
