"""Backups with the online backup API, their rotation, and restore as a whole or not at all."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from sistercommittee.errors import DatabaseFileError, StorageError
from sistercommittee.services import backups
from sistercommittee.services.backups import (
    BackupInfo,
    backup_to_file,
    check_file,
    daily_backup_if_due,
    list_backups,
    make_backup,
    restore,
    rotation_keeps,
)
from sistercommittee.services.volunteers import add_volunteer, list_volunteers
from sistercommittee.storage.database import open_database
from tests.data_safety.conftest import count, integrity


def _names(db):
    return sorted(row.name for row in list_volunteers(db).items)


def test_backup_to_a_file_is_a_whole_database(db, tmp_path):
    add_volunteer(db, {"given_name": "Jane"})
    out = backup_to_file(db, tmp_path / "copy.sqlite")
    assert integrity(out) == "ok"
    assert count(out, "volunteers") == 1
    copy = open_database(out)
    assert _names(copy) == ["Jane"]
    copy.close()
    with pytest.raises(StorageError, match="already exists"):
        backup_to_file(db, out)
    with pytest.raises(StorageError, match="database itself"):
        backup_to_file(db, db.path, overwrite=True)


def test_daily_backup_once_a_day(db):
    first = daily_backup_if_due(db)
    assert first is not None and first.reason == "daily"
    assert daily_backup_if_due(db) is None
    assert [info.path for info in list_backups(db.path)] == [first.path]
    assert first.description == "Daily"
    assert integrity(first.path) == "ok"


def test_daily_backup_failure_is_logged_not_raised(db, monkeypatch, caplog):
    def fail(*args, **kwargs):
        raise StorageError("The disk is full.")

    monkeypatch.setattr(backups, "backup_file", fail)
    assert daily_backup_if_due(db) is None
    assert "daily backup" in caplog.text


def _fake(folder: Path, made: datetime, stem: str = "committee") -> BackupInfo:
    stamp = made.strftime("%Y%m%dT%H%M%S%fZ")
    path = folder / f"{stem}-{stamp}-daily.sqlite"
    path.write_bytes(b"x")
    return BackupInfo(path, stem, made, "daily", 1)


def test_rotation_keeps_7_daily_4_weekly_12_monthly(tmp_path):
    now = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    made = [_fake(tmp_path, now - timedelta(hours=hours)) for hours in range(0, 24 * 500, 6)]
    keep = rotation_keeps(made, now)
    kept = sorted((info for info in made if info.path in keep), key=lambda i: i.made_at)
    recent = [info for info in kept if now - info.made_at < timedelta(days=1)]
    assert len(recent) == 4  # every backup of the last day
    days = {info.made_at.astimezone().date() for info in kept}
    months = {(d.year, d.month) for d in days}
    assert len(months) == 12
    assert len(kept) <= 4 + 7 + 4 + 12
    assert len(kept) >= 12


def test_rotation_deletes_what_it_does_not_keep_and_only_for_this_database(db, tmp_path):
    folder = backups.backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    others = [_fake(folder, datetime(2020, 1, day, tzinfo=UTC), "other") for day in range(1, 20)]
    mine = [folder / f"{db.path.stem}-20200101T0000000000{n:02d}Z-daily.sqlite" for n in range(5)]
    for path in mine:
        path.write_bytes(b"x")
    make_backup(db, "manual")
    left = {info.path for info in list_backups(db.path)}
    assert len([p for p in mine if p in left]) == 1  # one per month that long ago
    assert all(info.path.exists() for info in others)  # another database's backups


def test_restore_replaces_the_database_and_keeps_the_state_before(db, tmp_path):
    add_volunteer(db, {"given_name": "Before"})
    saved = backup_to_file(db, tmp_path / "saved.sqlite")
    add_volunteer(db, {"given_name": "After"})
    other_window = open_database(db.path)  # another window keeps it open through the restore
    assert _names(other_window) == ["After", "Before"]
    db.close()
    result = restore(saved, db.path)
    assert result.safety_backup is not None
    assert result.safety_backup.reason == "before-restore"
    assert not result.needs_upgrade
    assert _names(other_window) == ["Before"]  # sees the restored records at its next read
    add_volunteer(other_window, {"given_name": "Later"})  # and goes on writing to the same file
    other_window.close()
    reopened = open_database(db.path)
    assert _names(reopened) == ["Before", "Later"]
    reopened.close()
    assert integrity(db.path) == "ok"
    connection = sqlite3.connect(db.path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connection.close()
    safety = open_database(result.safety_backup.path)
    assert _names(safety) == ["After", "Before"]
    safety.close()
    assert not list(db.path.parent.glob(".*restore*"))


def test_restore_into_a_missing_database(db, tmp_path):
    add_volunteer(db, {"given_name": "Jane"})
    saved = backup_to_file(db, tmp_path / "saved.sqlite")
    target = tmp_path / "new laptop" / "committee.sqlite"
    result = restore(saved, target)
    assert result.safety_backup is None
    restored = open_database(target)
    assert _names(restored) == ["Jane"]
    restored.close()


def test_restore_over_a_damaged_database_keeps_a_copy_of_it(db, tmp_path):
    add_volunteer(db, {"given_name": "Jane"})
    saved = backup_to_file(db, tmp_path / "saved.sqlite")
    db.close()
    damaged = tmp_path / "damaged.sqlite"
    shutil.copyfile(saved, damaged)
    with damaged.open("r+b") as handle:  # keep the header, wreck the pages after it
        handle.seek(4096)
        handle.write(b"\xff" * 20_000)
    Path(f"{damaged}-wal").write_bytes(b"stale wal of the damaged file")
    result = restore(saved, damaged)
    assert result.safety_backup is not None
    assert not Path(f"{damaged}-wal").exists() or Path(f"{damaged}-wal").stat().st_size == 0
    restored = open_database(damaged)
    assert _names(restored) == ["Jane"]
    restored.close()


def _refused(path: Path, target: Path, message: str) -> None:
    before = target.read_bytes()
    with pytest.raises(DatabaseFileError, match=message):
        check_file(path)
    with pytest.raises(DatabaseFileError, match=message):
        restore(path, target)
    assert target.read_bytes() == before


def test_a_bad_backup_is_refused_and_nothing_changes(db, tmp_path):
    add_volunteer(db, {"given_name": "Jane"})
    good = backup_to_file(db, tmp_path / "good.sqlite")
    db.close()
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database")
    _refused(text, db.path, "not a SisterCommittee database")
    other = tmp_path / "other.sqlite"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE photos (id INTEGER)")
    connection.commit()
    connection.close()
    _refused(other, db.path, "not a SisterCommittee database")
    newer = tmp_path / "newer.sqlite"
    shutil.copyfile(good, newer)
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    _refused(newer, db.path, "newer version")
    truncated = tmp_path / "truncated.sqlite"
    truncated.write_bytes(good.read_bytes()[: 4096 * 3])
    _refused(truncated, db.path, "damaged")
    corrupt = tmp_path / "corrupt.sqlite"
    data = bytearray(good.read_bytes())
    for offset in range(4096 * 5, len(data) - 4096, 4096 * 3):
        data[offset + 100 : offset + 400] = b"\x00" * 300
    corrupt.write_bytes(bytes(data))
    _refused(corrupt, db.path, "damaged")
    assert list_backups(db.path) == []  # nothing was backed up: nothing was about to change


def test_restore_refuses_to_overwrite_another_programs_file(db, tmp_path):
    saved = backup_to_file(db, tmp_path / "saved.sqlite")
    target = tmp_path / "photos.sqlite"
    connection = sqlite3.connect(target)
    connection.execute("CREATE TABLE photos (id INTEGER)")
    connection.commit()
    connection.close()
    before = target.read_bytes()
    with pytest.raises(DatabaseFileError, match="another program"):
        restore(saved, target)
    assert target.read_bytes() == before
    with pytest.raises(DatabaseFileError, match="database itself"):
        restore(db.path, db.path)


def test_a_backup_taken_with_a_plain_file_copy_of_a_live_database_restores(db, tmp_path):
    """A user may copy the database file (and its -wal) by hand while the app runs."""
    add_volunteer(db, {"given_name": "Jane"})
    copy = tmp_path / "hand copy.sqlite"
    shutil.copyfile(db.path, copy)
    if Path(f"{db.path}-wal").exists():
        shutil.copyfile(f"{db.path}-wal", f"{copy}-wal")
    check = check_file(copy)
    assert check.revision is not None
    target = tmp_path / "restored.sqlite"
    restore(copy, target)
    restored = open_database(target)
    assert _names(restored) == ["Jane"]
    restored.close()


def test_rotation_clears_what_a_killed_backup_left(db):
    import os

    folder = backups.backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stale = folder / f"{db.path.stem}-20200101T000000000000Z-daily.sqlite.partial"
    fresh = folder / f"{db.path.stem}-20260101T000000000000Z-daily.sqlite.partial"
    for path in (stale, fresh):
        path.write_bytes(b"half")
    os.utime(stale, (0, 0))
    make_backup(db, "manual")
    assert not stale.exists()
    assert fresh.exists()  # may be another process's backup under way
