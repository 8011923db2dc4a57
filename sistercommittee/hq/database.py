"""HQ's database: SQLite on one machine, PostgreSQL in production, through the same code.

Writes that hand out feed positions begin with ``write()``: on SQLite that is BEGIN IMMEDIATE (the
whole file is locked up front), on PostgreSQL the transaction locks the organization's counter row.

On SQLite, writers take turns before they BEGIN: first in arrival order among the threads of one
process (``_Turns``), then across HQ's worker processes through an advisory lock on a file beside
the database, which the kernel hands over the moment it is released. SQLite's own busy wait polls
with growing sleeps, so under load an unlucky writer could wait seconds while later ones went
first (a push p99 of 2.3 s with 2,000 laptops); taking turns, every writer waits only for those
ahead of it.

Connections: one per worker thread (``threads``), so that reads never queue behind a pool that
waiting writers hold.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import IO, Any

try:
    import fcntl
except ImportError:  # Windows: turns among threads only (HQ is meant for a Linux server)
    fcntl = None  # type: ignore[assignment]

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, make_url

from sistercommittee.errors import SisterCommitteeError

BEGIN_OPTION = "hq_sqlite_begin"
VERSION_TABLE = "hq_alembic_version"  # apart from any other schema in the same database

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
DEFAULT_THREADS = 16  # request threads per worker process, and database connections


class _Turns:
    """A lock granted in arrival order (Python's own locks promise no order)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queue: deque[threading.Event] = deque()
        self._held = False

    @contextmanager
    def turn(self) -> Iterator[None]:
        with self._lock:
            if self._held:
                mine = threading.Event()
                self._queue.append(mine)
            else:
                self._held = True
                mine = None
        if mine is not None:
            mine.wait()  # handed over by the one before, still held for us
        try:
            yield
        finally:
            with self._lock:
                if self._queue:
                    self._queue.popleft().set()
                else:
                    self._held = False


class _ProcessTurns:
    """Turns across processes: an exclusive advisory lock on ``path`` (flock)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[bytes] | None = None

    @contextmanager
    def turn(self) -> Iterator[None]:
        if fcntl is None:
            yield
            return
        if self._file is None:
            self._file = open(self.path, "ab")  # noqa: SIM115 - kept open for the process's life
        fcntl.flock(self._file.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)


class HqConfigError(SisterCommitteeError):
    """The server cannot start as asked (bad database address, schema from a newer version)."""


def normalize_url(url: str) -> str:
    """Accept the usual spellings: ``postgresql://`` means psycopg 3 here."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def _on_connect(dbapi_connection: sqlite3.Connection, connection_record: Any) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see _on_begin)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA busy_timeout = 30000")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # An acknowledged push must survive a power cut: the laptop has dropped it from its outbox.
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _on_begin(connection: Connection) -> None:
    mode = connection.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def _sqlite_engine(path: Path, threads: int) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": 30},
        hide_parameters=True,  # never a token hash or report bytes in a log line
        pool_size=threads,
        max_overflow=4,  # admin work on the side (migrations, the health check under load)
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class HqDatabase:
    def __init__(self, url: str, *, threads: int = DEFAULT_THREADS) -> None:
        self.url = normalize_url(url)
        self.threads = threads
        self._turns: _Turns | None = None
        self._process_turns: _ProcessTurns | None = None
        try:
            parsed = make_url(self.url)
        except Exception as error:
            raise HqConfigError(f"The database address {url!r} is not valid.") from error
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        if self.is_sqlite:
            if not parsed.database or parsed.database == ":memory:":
                raise HqConfigError("Give HQ a database file, such as sqlite:///hq.sqlite.")
            path = Path(parsed.database)
            path.parent.mkdir(parents=True, exist_ok=True)
            self.engine: Engine = _sqlite_engine(path, threads)
            self._writer: Engine = self.engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})
            self._turns = _Turns()
            self._process_turns = _ProcessTurns(path.with_name(path.name + ".write-lock"))
        elif parsed.get_backend_name() == "postgresql":
            self.engine = create_engine(
                self.url,
                pool_pre_ping=True,
                pool_size=threads,
                max_overflow=4,
                hide_parameters=True,
            )
            self._writer = self.engine
        else:
            raise HqConfigError("HQ stores its data in SQLite or PostgreSQL only.")

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.begin() as connection:
            yield connection

    @contextmanager
    def write(self) -> Iterator[Connection]:
        if self._turns is None or self._process_turns is None:
            with self._writer.begin() as connection:
                yield connection
            return
        with self._turns.turn(), self._process_turns.turn(), self._writer.begin() as connection:
            yield connection

    def upgrade(self) -> None:
        with self.engine.begin() as connection:
            upgrade(connection)

    def is_current(self) -> bool:
        from alembic.migration import MigrationContext

        with self.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
            current = context.get_current_revision()
        return current == head_revision()

    def dispose(self) -> None:
        self.engine.dispose()


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@cache
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head


def upgrade(connection: Connection, target: str = "head") -> None:
    config = _config()
    config.attributes["connection"] = connection
    command.upgrade(config, target)
