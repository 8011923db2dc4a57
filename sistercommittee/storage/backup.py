"""Copies of the database made with SQLite's online backup API (consistent even while in use)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sistercommittee.errors import StorageError


def backup_to(source: Path, destination: Path, *, read_only: bool = False) -> None:
    """Copy the live database at ``source`` into a new file ``destination``. With ``read_only``
    the source is opened read-only, so that a file not yet trusted (a backup about to be
    restored) is never written to, not even its -wal or -shm."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    try:
        src = (
            sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
            if read_only
            else sqlite3.connect(source)
        )
    except sqlite3.Error as error:
        raise StorageError(f"{source} cannot be opened to back it up: {error}.") from error
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
        partial.replace(destination)  # a backup is either whole or absent
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise StorageError(f"The backup to {destination} failed: {error}.") from error
    finally:
        src.close()


def backup_file(source: Path, directory: Path, *, reason: str) -> Path:
    """Back ``source`` up into ``directory`` under a name that says when and why."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    destination = directory / f"{source.stem}-{stamp}-{reason}.sqlite"
    backup_to(source, destination)
    return destination
