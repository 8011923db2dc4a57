"""Snapshots: an organization's current rows, with what the merge needs, at one feed position.

HQ never merges for itself, but to hand a joining laptop the organization's records instead of
their whole history it keeps, per organization, a *working copy*: a laptop database (the same
schema, the same merge code, the same bookkeeping: field clocks, conflicts, the clocks merged per
laptop) that follows the feed. It is brought up to date in pages by ``refresh``: after pushes by a
background thread (``serve``), when a snapshot or a check is asked for and the copy is only a
little behind, or with ``sistercommittee-hq snapshot build``. A new copy starts as a copy of an
empty template database (migrated once per schema version), and the background makes none for
an organization whose feed is short: on demand it takes well under a second. A process keeps
at most ``open_copies`` copies open, so HQ's memory does not grow with the number of
organizations. The copy notes HQ's epoch and its feed position; a copy of another epoch (HQ
restored) or beyond the feed is thrown away and made again, since it may hold changes HQ lost.

``stream`` (its lines: hq/snapshot_stream.py) reads the copy in one read transaction (SQLite's
WAL keeps it consistent while the copy moves on) and sends it as JSON lines: a header with the
position, then per table its columns and one array per row ending with the row's field clocks,
then the conflicts, the clocks merged per laptop, the fields of newer versions kept aside (with
the clocks of rows of tables this version does not have), then an end line. The joining laptop
loads it and pulls only the changes after the position (sync/snapshot.py).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import sqlite3
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

try:
    import fcntl
except ImportError:  # Windows: one HQ process only (HQ is meant for a Linux server)
    fcntl = None  # type: ignore[assignment]

from sqlalchemy import select

from sistercommittee.hq import snapshot_stream
from sistercommittee.hq.database import HqDatabase
from sistercommittee.hq.epoch import current_epoch
from sistercommittee.hq.models import FeedChange, FeedCounter
from sistercommittee.hq.snapshot_stream import synced_tables
from sistercommittee.ids import new_id
from sistercommittee.storage import capture, migrate
from sistercommittee.storage.database import Database, open_database
from sistercommittee.sync import healing
from sistercommittee.sync.wire import Change

__all__ = ["SnapshotStore", "live_counts", "synced_tables"]

log = logging.getLogger(__name__)

PAGE = 5000  # feed changes merged per transaction of the working copy
CATCH_UP_NOW = 50_000  # a request waits for a catch-up of at most this many changes
QUIET = 1.0  # seconds without pushes before the background catch-up starts
# Open working copies kept per process (each holds an engine and SQLite's page cache); the
# least recently used idle one is closed beyond this. Opening one again takes a few ms.
OPEN_COPIES = 128
# An organization with no working copy yet whose feed is shorter than this gets none in the
# background: a joining laptop's request makes it on demand, from the empty template, in well
# under a second. So a network of 500 small organizations costs HQ no copies at all until one
# of them is joined.
BACKGROUND_FROM = 2_000


def live_counts(connection: sqlite3.Connection, tables: list[str]) -> dict[str, int]:
    """Live rows per table (the sanity check compares these between a laptop and HQ)."""
    return {
        name: int(
            connection.execute(
                f'SELECT count(*) FROM "{name}" WHERE deleted_at IS NULL'
            ).fetchone()[0]
        )
        for name in tables
    }


class SnapshotStore:
    """The working copies of one HQ database's organizations, in ``directory``."""

    def __init__(
        self,
        db: HqDatabase,
        directory: Path,
        *,
        background: bool = False,
        open_copies: int = OPEN_COPIES,
        background_from: int = BACKGROUND_FROM,
    ) -> None:
        self.db = db
        self.open_copies = open_copies
        self.background_from = background_from
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self._locks: dict[str, threading.Lock] = {}
        # Open working copies, least recently used first (opening one takes a few ms).
        self._copies: OrderedDict[str, Database] = OrderedDict()
        self._inodes: dict[str, int] = {}  # the file each open copy was opened on
        self._guard = threading.Lock()
        self._template_lock = threading.Lock()
        self._wanted: set[str] = set()
        self._poked_at = 0.0
        self._wake = threading.Condition()
        self._closing = False
        self._thread: threading.Thread | None = None
        if background:
            self._thread = threading.Thread(target=self._work, name="snapshots", daemon=True)
            self._thread.start()

    @classmethod
    def beside(cls, db: HqDatabase, directory: Path | None = None, **kwargs: Any) -> SnapshotStore:
        """Next to an SQLite database file (``hq.sqlite.snapshots``); for PostgreSQL in the
        temporary folder unless a folder is given (the copies can always be made again)."""
        if directory is None:
            database = db.engine.url.database
            if db.is_sqlite and database:
                directory = Path(f"{database}.snapshots")
            else:
                key = hashlib.sha256(db.engine.url.render_as_string(False).encode()).hexdigest()
                directory = Path(tempfile.gettempdir()) / f"sistercommittee-hq-snapshots-{key[:12]}"
        return cls(db, directory, **kwargs)

    def path(self, organization_id: str) -> Path:
        return self.directory / f"{organization_id}.sqlite"

    def _lock(self, organization_id: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(organization_id, threading.Lock())

    @contextmanager
    def _turn(self, organization_id: str) -> Iterator[None]:
        """The organization's copy to this thread alone, in every HQ worker process: the threads
        of this process queue on a lock, the processes on an advisory lock of a file beside the
        copy (``serve --workers`` runs several, each with its own store on the same folder)."""
        with self._lock(organization_id):
            if fcntl is None:
                yield
                return
            with open(self.directory / f"{organization_id}.lock", "ab") as lock_file:
                fcntl.flock(lock_file.fileno(), fcntl.LOCK_EX)
                try:
                    yield
                finally:
                    fcntl.flock(lock_file.fileno(), fcntl.LOCK_UN)

    def _open_copy(self, organization_id: str, path: Path) -> Database:
        """The open copy, opened again when another process made the file anew since (an open
        copy of a removed file would take changes nobody ever reads). A new copy starts as a
        copy of the empty template, with a device id of its own."""
        copy = self._copies.get(organization_id)
        try:
            inode: int | None = os.stat(path).st_ino
        except FileNotFoundError:
            inode = None
        if copy is not None and (inode is None or inode != self._inodes.get(organization_id)):
            self._forget(organization_id)
            copy = None
        if copy is None:
            if inode is None:
                self._make_from_template(path)
            copy = open_database(path)
            with self._guard:
                self._copies[organization_id] = copy
                self._inodes[organization_id] = os.stat(path).st_ino
            self._close_idle_beyond(self.open_copies, keep=organization_id)
        with self._guard:
            self._copies.move_to_end(organization_id)
        return copy

    def open_count(self) -> int:
        """How many working copies this process holds open."""
        with self._guard:
            return len(self._copies)

    def _forget(self, organization_id: str) -> None:
        with self._guard:
            copy = self._copies.pop(organization_id, None)
            self._inodes.pop(organization_id, None)
        if copy is not None:
            copy.close()

    def _close_idle_beyond(self, limit: int, keep: str) -> None:
        """Close the least recently used open copies beyond ``limit`` that no thread is using
        (a copy is used only under its organization's lock, which is tried, never waited for)."""
        with self._guard:
            candidates = [name for name in self._copies if name != keep]
            excess = len(self._copies) - limit
        for name in candidates:
            if excess <= 0:
                return
            lock = self._lock(name)
            if not lock.acquire(blocking=False):
                continue
            try:
                self._forget(name)
            finally:
                lock.release()
            excess -= 1

    def _template(self) -> Path:
        """An empty working copy at the current schema, made once per version and folder:
        migrating a new database costs a quarter of a second of CPU, copying this a millisecond."""
        path = self.directory / f"_empty-{migrate.head_revision()}.sqlite"
        if path.exists():
            return path
        with self._template_lock:
            if path.exists():
                return path
            work = Path(tempfile.mkdtemp(prefix=".template-", dir=self.directory))
            try:
                made = open_database(work / "empty.sqlite", create=True, backup_dir=work)
                made.close()
                staged = work / "staged.sqlite"
                source = sqlite3.connect(work / "empty.sqlite")
                try:
                    source.execute("VACUUM INTO ?", (str(staged),))
                finally:
                    source.close()
                os.replace(staged, path)  # whole or not at all, for every process
            finally:
                shutil.rmtree(work, ignore_errors=True)
        return path

    def _make_from_template(self, path: Path) -> None:
        staged = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_native_id()}")
        try:
            shutil.copyfile(self._template(), staged)
            connection = sqlite3.connect(staged)
            try:
                with connection:
                    connection.execute(
                        "UPDATE sync_state SET device_id = ? WHERE id = 1", (new_id(),)
                    )
            finally:
                connection.close()
            os.replace(staged, path)
        finally:
            staged.unlink(missing_ok=True)

    # --- keeping the copy up to date ----------------------------------------------------------

    def _feed_state(self, organization_id: str) -> tuple[str, int]:
        with self.db.read() as connection:
            high_water = connection.scalar(
                select(FeedCounter.last_seq).where(FeedCounter.organization_id == organization_id)
            )
            return current_epoch(connection), int(high_water or 0)

    def _copy_state(self, path: Path) -> tuple[str | None, int, str | None] | None:
        """(epoch, position, revision) of a working copy, None when there is none."""
        if not path.exists():
            return None
        try:
            connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                position = connection.execute(
                    "SELECT pull_cursor FROM sync_state WHERE id = 1"
                ).fetchone()
                epoch = connection.execute(
                    "SELECT epoch FROM sync_hq_checkpoint WHERE id = 1"
                ).fetchone()
            finally:
                connection.close()
        except sqlite3.DatabaseError:
            return (None, 0, None)
        return (
            epoch[0] if epoch else None,
            int(position[0] or 0) if position else 0,
            revision[0] if revision else None,
        )

    def _discard(self, organization_id: str, path: Path) -> None:
        self._forget(organization_id)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)

    def position(self, organization_id: str) -> int | None:
        """The feed position the organization's working copy reflects, None when there is none."""
        return self._position_in(organization_id, self._feed_state(organization_id)[0])

    def _position_in(self, organization_id: str, epoch: str) -> int | None:
        state = self._copy_state(self.path(organization_id))
        if state is None or state[0] != epoch:
            return None
        return state[1]

    def refresh(
        self,
        organization_id: str,
        upto: int | None = None,
        progress: Callable[[int, int], None] | None = None,
        feed: tuple[str, int] | None = None,
    ) -> int:
        """Bring the organization's working copy up to the feed's end (or to ``upto``); returns
        the position it reflects. ``feed``: HQ's epoch and high water, when just read."""
        with self._turn(organization_id):
            epoch, high_water = feed or self._feed_state(organization_id)
            target = high_water if upto is None else min(upto, high_water)
            path = self.path(organization_id)
            state = self._copy_state(path)
            if state is not None and (
                state[0] != epoch or state[1] > high_water or state[2] != migrate.head_revision()
            ):
                log.info(
                    "snapshot of %s is of another epoch or version; made again", organization_id
                )
                self._discard(organization_id, path)
                state = None
            if state is not None and state[1] >= target:
                return state[1]
            copy = self._open_copy(organization_id, path)
            return self._catch_up(copy, organization_id, epoch, target, progress)

    def _catch_up(
        self,
        copy: Database,
        organization_id: str,
        epoch: str,
        target: int,
        progress: Callable[[int, int], None] | None,
    ) -> int:
        with copy.read() as session:
            connection = session.connection()
            device, at = connection.exec_driver_sql(
                "SELECT device_id, pull_cursor FROM sync_state"
            ).one()
            noted = connection.exec_driver_sql(
                "SELECT epoch FROM sync_hq_checkpoint WHERE id = 1"
            ).scalar()
        if noted != epoch:  # a new copy (one of another epoch was thrown away)
            with copy.write() as session:
                session.connection().exec_driver_sql(
                    "INSERT INTO sync_hq_checkpoint (id, epoch) VALUES (1, ?) "
                    "ON CONFLICT (id) DO UPDATE SET epoch = excluded.epoch",
                    (epoch,),
                )
        position = int(at or 0)
        assert isinstance(device, str)
        start = position
        while position < target:
            with self.db.read() as hq:
                rows = hq.execute(
                    select(
                        FeedChange.seq,
                        FeedChange.table_name,
                        FeedChange.row_id,
                        FeedChange.hlc,
                        FeedChange.device_id,
                        FeedChange.fields,
                        FeedChange.base,
                    )
                    .where(
                        FeedChange.organization_id == organization_id,
                        FeedChange.seq > position,
                        FeedChange.seq <= target,
                    )
                    .order_by(FeedChange.seq)
                    .limit(PAGE)
                ).all()
            changes = [
                Change(row[1], row[2], row[3], row[4], json.loads(row[5]), json.loads(row[6]))
                for row in rows
            ]
            next_position = rows[-1].seq if len(rows) == PAGE else target
            with copy.write() as session:
                session.info[capture.APPLYING_REMOTE] = True
                connection = session.connection()
                now = connection.exec_driver_sql("SELECT pull_cursor FROM sync_state").scalar()
                if now != position:  # another process moved this copy on meanwhile
                    position = int(now or 0)
                    continue
                healing.apply_page(session, changes, device)
                connection.exec_driver_sql(
                    "UPDATE sync_state SET pull_cursor = ? WHERE id = 1", (next_position,)
                )
            position = next_position
            if progress is not None:
                progress(position - start, target - start)
        return position

    # --- in the background, after pushes ------------------------------------------------------

    def poke(self, organization_id: str) -> None:
        """The organization's feed moved on: bring its copy up to date soon (coalesced)."""
        if self._thread is None:
            return
        with self._wake:
            self._wanted.add(organization_id)
            self._poked_at = time.monotonic()
            self._wake.notify()

    def _work(self) -> None:
        while True:
            with self._wake:
                while not self._wanted and not self._closing:
                    self._wake.wait()
                if self._closing:
                    return
            # Wait for a second without pushes: a laptop sending its whole database in batches
            # is not slowed down by catch-ups between them, and they all get one catch-up.
            while not self._closing and time.monotonic() - self._poked_at < QUIET:
                time.sleep(QUIET / 4)
            with self._wake:
                wanted, self._wanted = self._wanted, set()
            self.catch_up(wanted)

    def catch_up(self, organizations: set[str]) -> list[str]:
        """What the background does after pushes: bring these organizations' copies up to date
        where worth it (see ``_worth_keeping``); the ones it refreshed."""
        refreshed = []
        for organization_id in sorted(organizations):
            try:
                if self._worth_keeping(organization_id):
                    self.refresh(organization_id)
                    refreshed.append(organization_id)
            except Exception:
                log.exception("the snapshot of %s could not be brought up to date", organization_id)
        return refreshed

    def _worth_keeping(self, organization_id: str) -> bool:
        """Whether the background should keep this organization's copy up to date: when it has
        one, or when its feed is long enough that making one on demand would keep a laptop
        waiting."""
        if self.path(organization_id).exists():
            return True
        return self._feed_state(organization_id)[1] >= self.background_from

    def close(self) -> None:
        with self._wake:
            self._closing = True
            self._wake.notify()
        if self._thread is not None:
            self._thread.join(30)
        with self._guard:
            copies, self._copies = list(self._copies.values()), OrderedDict()
        for copy in copies:
            copy.close()

    # --- serving ------------------------------------------------------------------------------

    def ready(self, organization_id: str) -> int | None:
        """Catch the copy up now when it is only a little behind (else in the background); the
        position a snapshot would have now, None when there is none yet."""
        _, high_water = self._feed_state(organization_id)
        position = self.position(organization_id)
        if high_water - (position or 0) <= CATCH_UP_NOW:
            return self.refresh(organization_id) if high_water or position else None
        self.poke(organization_id)
        return position or None

    def stream(self, organization_id: str) -> Iterator[bytes]:
        """The snapshot as JSON lines, read in one transaction of the working copy."""
        # The server may resume (or close, when the laptop stops reading: a snapshot of another
        # version) this generator on another thread than the one that opened it; it is only ever
        # used by one thread at a time.
        connection = sqlite3.connect(
            f"file:{self.path(organization_id)}?mode=ro", uri=True, check_same_thread=False
        )
        try:
            connection.execute("BEGIN")
            yield from snapshot_stream.lines(connection)
            connection.execute("COMMIT")
        finally:
            connection.close()

    def counts_at(
        self, organization_id: str, position: int, tables: list[str]
    ) -> tuple[dict[str, int], dict[str, str]] | None:
        """Live rows per table after the feed up to ``position``, with the latest clock merged
        per laptop; None when the copy is already past it (it never goes back), or too far
        behind to catch up now."""
        feed = self._feed_state(organization_id)
        high_water = feed[1]
        current = self._position_in(organization_id, feed[0]) or 0
        if position > high_water or current > position or position - current > CATCH_UP_NOW:
            if current < position:
                self.poke(organization_id)
            return None
        if self.refresh(organization_id, upto=position, feed=feed) != position:
            return None
        connection = sqlite3.connect(f"file:{self.path(organization_id)}?mode=ro", uri=True)
        try:
            connection.execute("BEGIN")
            at = connection.execute("SELECT pull_cursor FROM sync_state").fetchone()[0]
            if at != position:
                return None
            seen = dict(connection.execute("SELECT device_id, last_hlc FROM sync_seen_devices"))
            return live_counts(connection, tables), seen
        finally:
            connection.close()
