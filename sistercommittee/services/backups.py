"""Backups and restore: copies made with SQLite's online backup API, kept by a rotation, and a
restore that replaces the database as a whole or not at all.

Where. Automatic backups go to ``backups/`` in the platform's data folder (where the copies made
before a migration already go), named ``<database>-<UTC time>-<reason>.sqlite``. The rotation
keeps every backup of the last day, and beyond that the newest of each of the last 7 days, 4
weeks and 12 months; a backup the user makes to a file of their choosing is never touched.

Restore. The chosen file is checked first (ours, not from a newer version, ``PRAGMA
integrity_check``) through a copy, so that a damaged or foreign file is refused and never written
to. Then one connection takes the live database's write lock and, holding it, has the current
state backed up and replaces every table by the copy's (schema and rows, in SQL), then commits:
other windows wait, nothing they save can fall between the backup and the replacement, and a
crash or a killed process at any moment leaves the old database, because the changes go through
the WAL and count only once they commit. (Copying with the backup API instead would take the
lock only for the copy: a first version did, and a window saving in a loop lost its saves made
between the backup and the copy, in neither file. Renaming a file over the database would not do
either: a window that has it open would keep writing to the old file, and its -wal file would not
match the new one.)
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sistercommittee import config
from sistercommittee.errors import DatabaseFileError, StorageError
from sistercommittee.messages import msg
from sistercommittee.storage import crash_points, migrate
from sistercommittee.storage.backup import backup_file, backup_to, remove_leftovers, staged_prefix
from sistercommittee.storage.database import Database, inspect_file
from sistercommittee.storage.engine import BUSY_TIMEOUT_MS

log = logging.getLogger(__name__)

KEEP_RECENT = timedelta(days=1)
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[\w.-]+)\.sqlite$")
_REASONS = {
    "daily": "Daily",
    "manual": "Made by hand",
    "before-restore": "Before a restore",
    "before-import": "Before an import",
}


@dataclass(frozen=True)
class BackupInfo:
    """One backup in the backups folder, for the restore list.

    Attributes:
        database: the name of the database it is a copy of ("organization").
        made_at: when it was made, in UTC.
        reason: "daily", "before-import", "before-restore", "before-upgrade-from-…", "manual".
    """

    path: Path
    database: str
    made_at: datetime
    reason: str
    size: int

    @property
    def description(self) -> str:
        if self.reason.startswith("before-upgrade"):
            return "Before an update of SisterCommittee"
        return _REASONS.get(self.reason, self.reason.replace("-", " ").capitalize())


@dataclass(frozen=True)
class FileCheck:
    """A database file that passed the checks: its schema revision and whether this version of
    the app will upgrade it when it is opened."""

    path: Path
    revision: str | None
    needs_upgrade: bool


def backups_dir() -> Path:
    return config.data_dir() / "backups"


def _parse(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        made = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, match["stem"], made, match["reason"], size)


def list_backups(database: Path | None = None, directory: Path | None = None) -> list[BackupInfo]:
    """The backups in ``directory`` (the backups folder), newest first; only those of
    ``database`` when it is given."""
    folder = directory or backups_dir()
    try:
        paths = list(folder.glob("*.sqlite"))
    except OSError:
        return []
    found = [info for info in map(_parse, paths) if info is not None]
    if database is not None:
        found = [info for info in found if info.database == Path(database).stem]
    return sorted(found, key=lambda info: info.made_at, reverse=True)


def make_backup(db: Database | Path, reason: str, directory: Path | None = None) -> BackupInfo:
    """Back the database up into the backups folder now, then apply the rotation."""
    source = db.path if isinstance(db, Database) else Path(db)
    folder = directory or backups_dir()
    path = backup_file(source, folder, reason=reason)
    info = _parse(path)
    assert info is not None, path
    rotate(source, folder)
    log.info("backed up %s to %s (%s)", source, path, reason)
    return info


def daily_backup_if_due(db: Database | Path, directory: Path | None = None) -> BackupInfo | None:
    """On the first start of the day (local time), back the database up; otherwise do nothing.
    Called by the app on start and by the command line; a failure is logged, never raised, so a
    full disk does not keep anyone from their records (the next start tries again)."""
    source = db.path if isinstance(db, Database) else Path(db)
    folder = directory or backups_dir()
    today = datetime.now().astimezone().date()
    for info in list_backups(source, folder):
        if info.made_at.astimezone().date() == today:
            return None
    try:
        return make_backup(source, "daily", folder)
    except (StorageError, OSError) as error:
        log.warning("the daily backup of %s failed: %s", source, error)
        return None


def rotation_keeps(backups: Iterable[BackupInfo], now: datetime) -> set[Path]:
    """The backups the rotation keeps: all of the last day, and the newest of each of the last
    7 days, 4 weeks and 12 months that have one."""
    ordered = sorted(backups, key=lambda info: info.made_at, reverse=True)
    keep = {info.path for info in ordered if now - info.made_at < KEEP_RECENT}
    for period, count in ((_day, KEEP_DAILY), (_week, KEEP_WEEKLY), (_month, KEEP_MONTHLY)):
        seen: list[object] = []
        for info in ordered:
            key = period(info.made_at.astimezone().date())
            if key not in seen:
                if len(seen) == count:
                    break
                seen.append(key)
                keep.add(info.path)
    return keep


def _day(day: date) -> object:
    return day


def _week(day: date) -> object:
    return day.isocalendar()[:2]


def _month(day: date) -> object:
    return (day.year, day.month)


def rotate(
    database: Path, directory: Path | None = None, now: datetime | None = None
) -> list[Path]:
    """Delete the backups of ``database`` the rotation no longer keeps; returns them."""
    folder = directory or backups_dir()
    backups = list_backups(database, folder)
    keep = rotation_keeps(backups, now or datetime.now(UTC))
    removed = []
    for info in backups:
        if info.path not in keep:
            try:
                info.path.unlink()
                removed.append(info.path)
            except OSError as error:
                log.warning("could not remove the old backup %s: %s", info.path, error)
    # A backup killed half way leaves its .partial file (the backup itself never appeared).
    remove_leftovers(database, folder)
    return removed


def backup_to_file(db: Database, destination: Path, *, overwrite: bool = False) -> Path:
    """A copy of the database in a file the user chose (outside the rotation)."""
    destination = Path(destination)
    if destination.resolve() == db.path.resolve():
        raise StorageError(msg("A backup cannot replace the database itself. Choose another file."))
    if destination.exists() and not overwrite:
        raise StorageError(msg(
            "{destination} already exists. Choose another name.",
            destination=destination,
        ))
    if destination.is_dir():
        raise StorageError(msg(
            "{destination} is a folder. Give the name of the backup file.",
            destination=destination,
        ))
    backup_to(db.path, destination)
    return destination


# --- restore ----------------------------------------------------------------------------------


def check_file(path: Path) -> FileCheck:
    """Check that ``path`` is a whole SisterCommittee database this version can open; raises
    DatabaseFileError with a sentence. The file itself is only read."""
    path = Path(path)
    if not path.is_file():
        raise DatabaseFileError(msg("There is no file {path}.", path=path))
    with tempfile.TemporaryDirectory(prefix="sistercommittee-check-") as folder:
        copy = Path(folder) / "check.sqlite"
        revision = _checked_copy(path, copy)
    return FileCheck(path, revision, revision != migrate.head_revision())


def _checked_copy(source: Path, copy: Path) -> str | None:
    """Copy ``source`` (read-only) to ``copy`` and check the copy; returns its revision."""
    inspect_file(source)  # the header, ours, not newer: before reading any further
    try:
        backup_to(source, copy, read_only=True)
    except StorageError as error:
        raise DatabaseFileError(
            msg(
                "{source} is damaged and cannot be read ({cause}). Choose another backup.",
                source=source, cause=error.__cause__,
            )
        ) from error
    revision = inspect_file(copy)
    problems = _integrity_problems(copy)
    if problems:
        raise DatabaseFileError(
            msg(
                "{source} is damaged ({problem}). Choose another backup; nothing was "
                "changed.",
                source=source, problem=problems[0],
            )
        )
    return revision


def _integrity_problems(path: Path) -> list[str]:
    """What PRAGMA integrity_check and foreign_key_check find wrong; empty when it is whole."""
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
        rows += connection.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    finally:
        connection.close()
    return [] if [tuple(row) for row in rows] == [("ok",)] else [str(row[0]) for row in rows]


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    database: Path
    safety_backup: BackupInfo | None  # the state before the restore; None if there was none
    needs_upgrade: bool  # the backup is from an older version: opening it upgrades it


def restore(source: Path, database: Path, directory: Path | None = None) -> RestoreResult:
    """Replace the database at ``database`` by the backup ``source``, as a whole or not at all.

    The backup is checked first; the current database is backed up before it is replaced.
    Connections that have the database open (other windows, other processes, this app's own
    pool) wait for the restore and then read the restored records; the app should then reopen
    the database (``open_database``), which upgrades a backup from an older version
    (``needs_upgrade``), and refresh every view. Call it with no session open in this thread.
    """
    source, database = Path(source), Path(database)
    if not source.is_file():
        raise DatabaseFileError(msg("There is no file {source}.", source=source))
    if database.exists() and source.resolve() == database.resolve():
        raise DatabaseFileError(msg("That is the database itself. Choose a backup to restore."))
    folder = directory or backups_dir()
    state = _target_state(database)
    database.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=staged_prefix(database), dir=database.parent)
    os.close(fd)
    staged = Path(name)
    try:
        revision = _checked_copy(source, staged)
        crash_points.reached("restore.staged")
        safety = None
        if state == "ours":
            safety = _replace_contents(staged, database, folder)
        else:
            if state == "damaged":
                safety = _copy_damaged(database, folder)
            _replace_file(staged, database)
    finally:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{staged}{suffix}").unlink(missing_ok=True)
    log.info("restored %s from %s", database, source)
    return RestoreResult(source, database, safety, revision != migrate.head_revision())


def _target_state(database: Path) -> str:
    """"missing", "ours" (a database this app can open), or "damaged" (ours, or nothing else,
    but unreadable); refuses a file that belongs to another program."""
    try:
        with database.open("rb") as handle:
            header = handle.read(16)
    except FileNotFoundError:
        return "missing"
    except OSError as error:
        raise DatabaseFileError(msg(
            "{database} cannot be read: {strerror}.",
            database=database, strerror=error.strerror,
        )) from error
    if not header:
        return "missing"
    if header != b"SQLite format 3\x00":
        raise DatabaseFileError(
            msg(
                "{database} is not a SisterCommittee database, so a backup is not restored "
                "over it. Choose the database file to restore into.",
                database=database,
            )
        )
    try:
        inspect_file(database)
    except DatabaseFileError as error:
        if "not a SisterCommittee database" in error.message:
            raise DatabaseFileError(
                msg(
                    "{database} belongs to another program, so a backup is not restored over "
                    "it. Choose the database file to restore into.",
                    database=database,
                )
            ) from error
        return "damaged"  # or from a newer version: it is kept as the safety copy
    return "ours"


def _copy_damaged(database: Path, folder: Path) -> BackupInfo | None:
    """A byte copy of a database the backup API cannot read, with its -wal file."""
    try:
        return make_backup(database, "before-restore", folder)
    except (StorageError, OSError):
        pass
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    destination = folder / f"{database.stem}-{stamp}-before-restore.sqlite"
    folder.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):
        if Path(f"{database}{suffix}").exists():
            shutil.copyfile(f"{database}{suffix}", f"{destination}{suffix}")
    return _parse(destination)


def _replace_file(staged: Path, database: Path) -> None:
    """Put ``staged`` in place of ``database`` by renaming it (for a database that is missing or
    damaged, which nothing can have open). The old -wal and -shm go first: SQLite would replay an
    old -wal file into the new database."""
    with staged.open("rb+") as handle:
        os.fsync(handle.fileno())
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    os.replace(staged, database)
    _fsync_dir(database.parent)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open a folder; its rename is durable enough
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _replace_contents(staged: Path, database: Path, folder: Path) -> BackupInfo:
    """Under the live database's write lock: back it up, then replace its schema and rows by
    those of ``staged``, committed at once. Returns the backup."""
    try:
        live = sqlite3.connect(database, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as error:
        raise StorageError(msg(
            "The restore could not open {database} ({error}).",
            database=database, error=error,
        )) from error
    try:
        live.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        live.execute("PRAGMA foreign_keys = OFF")  # tables are dropped and filled in any order
        live.execute("ATTACH DATABASE ? AS restored", (str(staged),))
        live.execute("BEGIN IMMEDIATE")  # other writers wait from here until the commit
        try:
            # Read by another connection: the state under this lock, so exactly what is replaced.
            safety = make_backup(database, "before-restore", folder)
            _replace_schema_and_rows(live)
            crash_points.reached("restore.replaced")
            live.execute("COMMIT")
            crash_points.reached("restore.committed")
        except BaseException:
            if live.in_transaction:
                live.execute("ROLLBACK")
            raise
        live.execute("DETACH DATABASE restored")
        live.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as error:
        raise StorageError(
            msg(
                "The restore could not write {database} ({error}); the database is as it was.",
                database=database, error=error,
            )
        ) from error
    finally:
        live.close()
    return safety


def _replace_schema_and_rows(live: sqlite3.Connection) -> None:
    def quoted(name: str) -> str:
        return '"' + name.replace('"', '""') + '"'

    old = live.execute(
        "SELECT type, name FROM main.sqlite_master WHERE type IN ('view', 'trigger', 'table') "
        "AND name NOT LIKE 'sqlite!_%' ESCAPE '!' ORDER BY type = 'table'"
    ).fetchall()
    for kind, name in old:  # views and triggers first; a table takes its indexes with it
        live.execute(f"DROP {kind.upper()} IF EXISTS main.{quoted(name)}")
    new = live.execute(
        "SELECT type, name, sql FROM restored.sqlite_master WHERE sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite!_%' ESCAPE '!' "
        "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END"
    ).fetchall()
    for _kind, _name, sql in new:
        live.execute(sql)  # unqualified, so made in main
    for kind, name, _sql in new:
        if kind == "table":
            live.execute(f"INSERT INTO main.{quoted(name)} SELECT * FROM restored.{quoted(name)}")
    if live.execute(
        "SELECT 1 FROM restored.sqlite_master WHERE name = 'sqlite_sequence'"
    ).fetchone():
        live.execute("DELETE FROM main.sqlite_sequence")
        live.execute("INSERT INTO main.sqlite_sequence SELECT * FROM restored.sqlite_sequence")
    for pragma in ("application_id", "user_version"):
        (value,) = live.execute(f"PRAGMA restored.{pragma}").fetchone()
        live.execute(f"PRAGMA main.{pragma} = {int(value)}")
