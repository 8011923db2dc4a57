"""Opening an organization's database file: checks first, backup, migration, then sessions.

A file is only written to once we know it is ours and not from a newer version of the app; the
checks read it through a read-only SQLite connection.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import Engine, exc, insert, text
from sqlalchemy.orm import Session, sessionmaker

from sistercommittee import config
from sistercommittee.domain import SyncState
from sistercommittee.errors import DatabaseFileError, StorageError
from sistercommittee.ids import new_id
from sistercommittee.messages import msg
from sistercommittee.storage import capture, crash_points, migrate, name_keys
from sistercommittee.storage.backup import backup_file, remove_leftovers
from sistercommittee.storage.clock import ZERO
from sistercommittee.storage.engine import BEGIN_OPTION, create_sqlite_engine

log = logging.getLogger(__name__)

# PRAGMA application_id marks the file as ours: "SCMT".
APPLICATION_ID = 0x53434D54
_SQLITE_HEADER = b"SQLite format 3\x00"


class RecordingSession(Session):
    """A session whose flushes write outbox entries (see storage.capture)."""


capture.install(RecordingSession)
name_keys.install(RecordingSession)


class Database:
    """One open organization database: hands out sessions for one read or one write each."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._reads = sessionmaker(bind=engine, class_=RecordingSession, expire_on_commit=False)
        self._writes = sessionmaker(
            bind=engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"}),
            class_=RecordingSession,
            expire_on_commit=False,
            info={name_keys.WRITES: True},
        )
        self._action = threading.local()  # the session of the action() open on this thread

    @property
    def files_dir(self) -> Path:
        """Where attachments (MOU scans) are stored, beside the database file."""
        return self.path.with_name(self.path.stem + ".files")

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries: one consistent snapshot, nothing written. Inside action(), the
        action's session (which sees what the action has written so far)."""
        joined: Session | None = getattr(self._action, "session", None)
        if joined is not None:
            yield joined
            return
        with _storage_errors(), self._reads() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session for one user action: committed as a whole at the end, or not at all. Inside
        action(), the action's session: its writes are committed with the rest of the action."""
        joined: Session | None = getattr(self._action, "session", None)
        if joined is not None:
            yield joined
            return
        with _storage_errors(), self._writes() as session:
            with session.begin():
                yield session
                if crash_points.hook is not None:
                    session.flush()
                    crash_points.reached("write.flushed")
            crash_points.reached("write.committed")

    @contextmanager
    def action(self) -> Iterator[None]:
        """One user action made of several writes (delete these five volunteers): every write()
        on this thread until the end joins one transaction, committed at the end or not at all."""
        if getattr(self._action, "session", None) is not None:
            yield
            return
        with self.write() as session:
            self._action.session = session
            try:
                yield
            finally:
                self._action.session = None

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def _storage_errors() -> Iterator[None]:
    try:
        yield
    except exc.OperationalError as error:
        raise _storage_error(error.orig) from error
    except sqlite3.OperationalError as error:  # from the driver's own cursor (bulk writes)
        raise _storage_error(error) from error


def _storage_error(orig: BaseException | None) -> StorageError:
    """What the user reads of SQLite's refusal ``orig`` (the driver's own error)."""
    text_ = str(orig).lower()
    if "locked" in text_ or "busy" in text_:
        return StorageError(
            msg("The database is busy in another window or program. Wait a moment and try again.")
        )
    if "full" in text_:
        return StorageError(
            msg("The disk is full, so nothing was saved. Free some space and try again.")
        )
    if "readonly" in text_ or "read-only" in text_:
        return StorageError(
            msg("The database file cannot be written (it is read-only). Check its permissions.")
        )
    return StorageError(msg(
        "The database could not be used: {orig}. Nothing was saved.",
        orig=orig,
    ))


def inspect_file(path: Path) -> str | None:
    """The schema revision of an existing file, after checking that it is ours.

    Returns None for an initialised file that has no revision (which never happens for files this
    app made). Raises DatabaseFileError for anything else, without writing to the file.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise DatabaseFileError(msg(
            "{path} cannot be read: {strerror}.",
            path=path, strerror=error.strerror,
        )) from error
    if header != _SQLITE_HEADER:
        raise DatabaseFileError(
            msg(
                "{path} is not a SisterCommittee database (it is not an SQLite file). Choose "
                "another file; this one was left as it was.",
                path=path,
            )
        )
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise DatabaseFileError(msg(
            "{path} cannot be opened: {error}.",
            path=path, error=error,
        )) from error
    try:
        (app_id,) = connection.execute("PRAGMA application_id").fetchone()
        if app_id != APPLICATION_ID:
            raise DatabaseFileError(
                msg(
                    "{path} is an SQLite file, but not a SisterCommittee database. Choose "
                    "another file; this one was left as it was.",
                    path=path,
                )
            )
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError as error:
            raise DatabaseFileError(
                msg(
                    "{path} is damaged or incomplete ({error}). Restore it from a backup.",
                    path=path, error=error,
                )
            ) from error
    except sqlite3.DatabaseError as error:
        raise DatabaseFileError(
            msg("{path} is damaged ({error}). Restore it from a backup.", path=path, error=error)
        ) from error
    finally:
        connection.close()
    revision = row[0] if row else None
    if revision is not None and revision not in migrate.known_revisions():
        raise DatabaseFileError(
            msg(
                "{path} was saved by a newer version of SisterCommittee. Update "
                "SisterCommittee to open it; the file was left as it was.",
                path=path,
            )
        )
    return revision


def open_database(path: Path, *, create: bool = False, backup_dir: Path | None = None) -> Database:
    """Open (or with ``create``, make) the database at ``path``, migrating it when needed.

    Before a migration the file is copied to ``backup_dir`` (the backups folder in the platform's
    data directory by default), so a failed or unwanted upgrade can always be undone. What a
    killed backup or restore left there and beside the file is removed first.
    """
    path = Path(path)
    is_new = not path.exists() or path.stat().st_size == 0
    if is_new and not create:
        raise DatabaseFileError(
            msg(
                "There is no database at {path}. Create one with 'sistercommittee init' or "
                "fill one with sample data with 'sistercommittee demo'.",
                path=path,
            )
        )
    revision = None if is_new else inspect_file(path)
    backups = backup_dir or config.data_dir() / "backups"
    remove_leftovers(path, backups)  # of a backup or restore that was killed
    if is_new:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseFileError(
                msg(
                    "The folder for {path} cannot be created: {strerror}.",
                    path=path, strerror=error.strerror,
                )
            ) from error
    elif revision != migrate.head_revision():
        copy = backup_file(path, backups, reason=f"before-upgrade-from-{revision}")
        log.info("backed up %s to %s before migrating", path, copy)

    engine = create_sqlite_engine(path)
    try:
        with _storage_errors(), engine.connect() as connection:
            if is_new or revision != migrate.head_revision():
                # Outside any transaction (SQLite refuses it inside), on the raw connection.
                raw = connection.connection.dbapi_connection
                assert raw is not None
                raw.execute("PRAGMA synchronous = FULL")
                with connection.begin():
                    if is_new:
                        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                    migrate.upgrade(connection)
                    if is_new:
                        connection.execute(
                            insert(SyncState).values(
                                id=1, device_id=new_id(), last_hlc=ZERO.encode(), pull_cursor=0
                            )
                        )
                raw.execute("PRAGMA synchronous = NORMAL")
            else:
                connection.execute(text("SELECT 1")).close()
                connection.rollback()
    except Exception:
        engine.dispose()
        if is_new:
            for suffix in ("", "-wal", "-shm"):
                with suppress(OSError):
                    Path(f"{path}{suffix}").unlink()
        raise
    return Database(path, engine)
