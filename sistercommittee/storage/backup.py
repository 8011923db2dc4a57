"""Copies of the database made with SQLite's online backup API (consistent even while in use),
and the removal of what a copy killed half way leaves behind.

A copy is written to ``<destination>.<pid>.partial`` and renamed when whole, so a backup is
whole or absent. A restore stages its checked copy beside the database as
``.<database name>.restore-<pid>-<random>``. Both names carry the id of the process that writes
them: when that process no longer exists the file is provably a leftover, and the next opening of
the database removes it (``remove_leftovers``), with the ``-journal``, ``-wal`` and ``-shm`` files
SQLite keeps beside it. The database itself, its own -wal and -shm and every whole backup are
never touched.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

from sistercommittee.errors import StorageError
from sistercommittee.messages import msg
from sistercommittee.storage import crash_points

log = logging.getLogger(__name__)

# All pages in one step: in WAL mode the copy's read blocks no writer, and a backup made in
# steps starts again each time another connection writes between two steps.
BACKUP_STEP_PAGES = -1

_COMPANIONS = r"(?:-journal|-wal|-shm)?"
# Files of older versions, whose names carry no process id: removed once they are this old.
_OLD_PARTIAL_AGE = 3600
_OLD_STAGED_AGE = 24 * 3600


def partial_name(destination: Path) -> Path:
    """Where the copy to ``destination`` is written until it is whole."""
    return destination.with_name(f"{destination.name}.{os.getpid()}.partial")


def staged_prefix(database: Path) -> str:
    """The beginning of the name of a restore's staged copy beside ``database``."""
    return f".{database.name}.restore-{os.getpid()}-"


def backup_to(source: Path, destination: Path, *, read_only: bool = False) -> None:
    """Copy the live database at ``source`` into a new file ``destination``. With ``read_only``
    the source is opened read-only, so that a file not yet trusted (a backup about to be
    restored) is never written to, not even its -wal or -shm."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = partial_name(destination)
    try:
        src = (
            sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
            if read_only
            else sqlite3.connect(source)
        )
    except sqlite3.Error as error:
        raise StorageError(msg(
            "{source} cannot be opened to back it up: {error}.",
            source=source, error=error,
        )) from error
    try:
        dst = sqlite3.connect(partial)
        try:
            crash_points.reached("backup.started")
            src.backup(dst, pages=BACKUP_STEP_PAGES, progress=_copying)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
        crash_points.reached("backup.copied")
        partial.replace(destination)  # a backup is either whole or absent
    except (sqlite3.Error, OSError) as error:
        for suffix in ("", "-journal"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        raise StorageError(msg(
            "The backup to {destination} failed: {error}.",
            destination=destination, error=error,
        )) from error
    finally:
        src.close()


def _copying(_status: int, remaining: int, _total: int) -> None:
    if remaining:
        crash_points.reached("backup.copying")


def backup_file(source: Path, directory: Path, *, reason: str) -> Path:
    """Back ``source`` up into ``directory`` under a name that says when and why."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    destination = directory / f"{source.stem}-{stamp}-{reason}.sqlite"
    backup_to(source, destination)
    return destination


# --- leftovers of a killed backup or restore ----------------------------------------------------


def remove_leftovers(database: Path, backups_folder: Path | None = None) -> list[Path]:
    """Remove what a backup or a restore of ``database`` that was killed left behind: its
    ``.partial`` files in ``backups_folder`` and beside the database, and a restore's staged
    copy beside the database, each with its -journal, -wal and -shm. Only files named as this
    module names them, of a process that no longer runs; returns the removed files."""
    database = Path(database)
    staged = re.escape(f".{database.name}.restore-")
    beside = [
        # A restore's staged copy, and the .partial of its copy.
        (re.compile(rf"^{staged}(?P<pid>\d+)-[a-z0-9_]+{_COMPANIONS}$"), None),
        (re.compile(rf"^{staged}\d+-[a-z0-9_]+\.(?P<pid>\d+)\.partial{_COMPANIONS}$"), None),
        (re.compile(rf"^{staged}[a-z0-9_]{{8}}{_COMPANIONS}$"), _OLD_STAGED_AGE),
    ]
    backup = re.escape(database.stem) + r"-\d{8}T\d{12}Z-[\w.-]+\.sqlite"
    in_backups = [
        (re.compile(rf"^{backup}\.(?P<pid>\d+)\.partial{_COMPANIONS}$"), None),
        (re.compile(rf"^{backup}\.partial{_COMPANIONS}$"), _OLD_PARTIAL_AGE),
    ]
    removed = _remove_matching(database.parent, beside)
    if backups_folder is not None:
        removed += _remove_matching(Path(backups_folder), in_backups)
    for path in removed:
        log.info("removed %s, left by a backup or restore that was stopped", path)
    return removed


def _remove_matching(
    folder: Path, patterns: list[tuple[re.Pattern[str], int | None]]
) -> list[Path]:
    try:
        names = [entry.name for entry in os.scandir(folder) if entry.is_file()]
    except OSError:
        return []
    removed = []
    for name in names:
        for pattern, old_age in patterns:
            match = pattern.match(name)
            if match is None:
                continue
            path = folder / name
            if _stale(path, match, old_age):
                try:
                    path.unlink()
                    removed.append(path)
                except OSError as error:  # in use (Windows), or not ours to remove
                    log.warning("could not remove the leftover %s: %s", path, error)
            break
    return removed


def _stale(path: Path, match: re.Match[str], old_age: int | None) -> bool:
    if old_age is None:
        return not _process_runs(int(match["pid"]), path)
    try:
        return time.time() - path.stat().st_mtime > old_age
    except OSError:
        return False


def _process_runs(pid: int, path: Path) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":
        # os.kill would end the process there. A file SQLite has open cannot be removed on
        # Windows, so the age alone guards one that is being written.
        try:
            return time.time() - path.stat().st_mtime < _OLD_PARTIAL_AGE
        except OSError:
            return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it runs, as another user
        return True
    return True
