"""Shared test helpers for HQ and sync: a real server on 127.0.0.1, a throwaway PostgreSQL, an
in-memory keyring, a TCP proxy that drops connections, and laptops signed in to an organization.

Import the fixtures by name from a conftest.py (tests/hq and tests/sync both do).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
import pytest
import uvicorn
from argon2 import PasswordHasher
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from sistercommittee.hq import admin, security
from sistercommittee.hq.api import create_app
from sistercommittee.hq.database import HqDatabase
from sistercommittee.hq.security import LoginLimiter
from sistercommittee.hq.snapshot import SnapshotStore
from sistercommittee.hq.versions import SchemaRange
from sistercommittee.storage.database import Database, open_database
from sistercommittee.sync.credentials import MemoryStore

PASSWORD = "correct horse battery staple"


# --- keyring ----------------------------------------------------------------------------------


class MemoryKeyring(KeyringBackend):
    """A keyring backend that keeps secrets in a dict (set with keyring.set_keyring)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _cheap_password_hashing() -> Iterator[None]:
    """argon2 at production cost takes most of a second here; tests use a cheap setting."""
    security.set_password_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    yield
    security.set_password_hasher(PasswordHasher())


# --- the server -------------------------------------------------------------------------------


def free_socket(port: int = 0) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    return sock


class ServerThread:
    """uvicorn serving HQ in a thread of the test process, on a port of its own."""

    def __init__(
        self,
        db: HqDatabase,
        port: int = 0,
        schemas: SchemaRange | None = None,
        snapshots: SnapshotStore | None = None,
        mailer: Any = None,
    ) -> None:
        self.db = db
        self.limiter = LoginLimiter(db)
        self.app = create_app(db, self.limiter, schemas, snapshots, mailer=mailer)
        self.snapshots: SnapshotStore = self.app.state.snapshots
        if not port:
            with free_socket() as sock:
                port = sock.getsockname()[1]
        self.port = port
        self.url = f"http://127.0.0.1:{self.port}"
        # (Handing uvicorn a socket of our own made every answer take ~45 ms; host and port don't.)
        config = uvicorn.Config(
            self.app,
            host="127.0.0.1",
            port=port,
            log_level="warning",
            access_log=False,
            lifespan="off",
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self._switch: float | None = None  # the interpreter's, while this server runs

    def start(self) -> ServerThread:
        # Client and server share one interpreter here: hand the GIL over sooner than every 5 ms,
        # or each request waits on it several times (a subprocess server needs none of this).
        self._switch = sys.getswitchinterval()
        sys.setswitchinterval(0.0002)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                # (the port taken, say): the tests after this one run as before it
                self.stop()
                raise RuntimeError(f"HQ did not start on port {self.port}")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        """Stop serving; once stopped, stopping again does nothing (a test may stop the server
        its fixture stops again)."""
        self.server.should_exit = True
        if self.thread.is_alive():
            self.thread.join(10)
        self.snapshots.close()
        if self._switch is not None:
            sys.setswitchinterval(self._switch)
            self._switch = None


def new_hq_db(url: str) -> HqDatabase:
    """HQ's database at ``url``, migrated to the current schema."""
    db = HqDatabase(url)
    db.upgrade()
    return db


@contextlib.contextmanager
def running_hq(db: HqDatabase, port: int = 0, **options: Any) -> Iterator[ServerThread]:
    """HQ serving ``db`` on 127.0.0.1 for the ``with`` block (``options`` as ServerThread
    takes them: schemas, snapshots, mailer)."""
    server = ServerThread(db, port, **options).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def hq_db(tmp_path: Path) -> Iterator[HqDatabase]:
    db = new_hq_db(f"sqlite:///{tmp_path / 'hq.sqlite'}")
    yield db
    db.dispose()


@pytest.fixture
def hq(hq_db: HqDatabase) -> Iterator[ServerThread]:
    with running_hq(hq_db) as server:
        yield server


@pytest.fixture
def hq_app(hq_db: HqDatabase) -> Iterator[Any]:
    """HQ's application on the test's database, not served: for tests that only read its
    routes (no server to start)."""
    app = create_app(hq_db, LoginLimiter(hq_db))
    yield app
    app.state.snapshots.close()


@pytest.fixture
def mailing_hq(hq_db: HqDatabase, smtp: Any) -> Iterator[ServerThread]:
    """HQ that mails through the test's SMTP server (the ``smtp`` fixture of mail_server)."""
    from sistercommittee.hq.mail import SmtpMailer

    with running_hq(hq_db, mailer=SmtpMailer.from_url(smtp.url)) as server:
        yield server


# --- PostgreSQL -------------------------------------------------------------------------------


def _postgres_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


@dataclass
class Postgres:
    port: int
    user: str

    def create_database(self) -> str:
        import psycopg

        name = f"hq_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(
            f"postgresql://{self.user}@127.0.0.1:{self.port}/postgres", autocommit=True
        ) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{name}"


class PostgresUnavailable(RuntimeError):
    """PostgreSQL cannot run here; the message says why."""


@contextlib.contextmanager
def running_postgres() -> Iterator[Postgres]:
    """A throwaway PostgreSQL server on a free port (initdb + pg_ctl), removed afterwards."""
    bindir = _postgres_bin()
    if bindir is None:
        raise PostgresUnavailable(
            "PostgreSQL is not installed (Debian package 'postgresql'; scripts/run-tests.sh "
            "installs it), so the PostgreSQL tests cannot run here"
        )
    workdir = Path(tempfile.mkdtemp(prefix="sc-postgres-"))
    prefix: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        try:
            account = pwd.getpwnam("postgres")
        except KeyError:
            raise PostgresUnavailable(
                "running as root and there is no 'postgres' user to run PostgreSQL as"
            ) from None
        os.chown(workdir, account.pw_uid, account.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    data = workdir / "data"
    with free_socket() as sock:
        port = sock.getsockname()[1]
    subprocess.run(
        [*prefix, str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"],
        check=True,
        capture_output=True,
        # Tests set LANG to a locale this machine may lack; the server needs one it has.
        env={**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"},
    )
    options = f"-p {port} -k {workdir} -c listen_addresses=127.0.0.1 -c max_connections=200 -F"
    subprocess.run(
        [
            *prefix,
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-w",
            "start",
            "-l",
            str(workdir / "log"),
        ],
        check=True,
        capture_output=True,
    )
    try:
        yield Postgres(port, "postgres")
    finally:
        subprocess.run(
            [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
        )
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    """A throwaway PostgreSQL server on a free port, for this test session only."""
    try:
        server = running_postgres()
        started = server.__enter__()
    except PostgresUnavailable as reason:
        pytest.skip(str(reason))
    try:
        yield started
    finally:
        server.__exit__(None, None, None)


@pytest.fixture
def pg_hq(postgres: Postgres) -> Iterator[ServerThread]:
    """HQ on a database of its own in the session's PostgreSQL."""
    db = new_hq_db(postgres.create_database())
    try:
        with running_hq(db) as server:
            yield server
    finally:
        db.dispose()


# --- a TCP proxy that loses connections ---------------------------------------------------------


class FaultyProxy:
    """Relays 127.0.0.1 connections to HQ. For requests whose first line contains ``match``, it
    can drop the connection before forwarding (``drop_before``) or after HQ answered, without
    passing the answer on (``drop_after``), ``times`` times."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.mode: str | None = None
        self.match = b""
        self.times = 0
        self.dropped = 0
        self._listener = free_socket()
        self._listener.listen(16)
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._running = True
        threading.Thread(target=self._accept, daemon=True).start()

    def fail(self, mode: str, match: bytes, times: int = 1) -> None:
        self.mode, self.match, self.times = mode, match, times

    def _accept(self) -> None:
        while self._running:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._relay, args=(client,), daemon=True).start()

    def _should_drop(self, data: bytes) -> str | None:
        if self.mode and self.times > 0 and self.match in data.split(b"\r\n", 1)[0]:
            self.times -= 1
            self.dropped += 1
            return self.mode
        return None

    def _relay(self, client: socket.socket) -> None:
        upstream = socket.create_connection(("127.0.0.1", self.target_port))
        try:
            while True:
                request = _read_http_message(client)
                if not request:
                    return
                drop = self._should_drop(request)
                if drop == "drop_before":
                    return
                upstream.sendall(request)
                response = _read_http_message(upstream)
                if drop == "drop_after" or not response:
                    return
                client.sendall(response)
        except OSError:
            return
        finally:
            with contextlib.suppress(OSError):
                client.shutdown(socket.SHUT_RDWR)
            client.close()
            upstream.close()

    def close(self) -> None:
        self._running = False
        self._listener.close()


def _read_http_message(sock: socket.socket) -> bytes:
    """One HTTP/1.1 message with a Content-Length body (what httpx and uvicorn send here)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return b""
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    chunked = False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
        if name.strip().lower() == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
    if chunked:
        while not body.endswith(b"0\r\n\r\n"):
            chunk = sock.recv(65536)
            if not chunk:
                break
            body += chunk
        return head + b"\r\n\r\n" + body
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


# --- laptops ----------------------------------------------------------------------------------


@dataclass
class Org:
    id: str
    name: str
    emails: dict[str, str]  # role -> email


def make_org(db: HqDatabase, name: str | None = None) -> Org:
    name = name or f"Committee {uuid.uuid4().hex[:8]}"
    org_id = admin.create_organization(db, name)
    emails = {}
    for role in ("coordinator", "volunteer", "read_only"):
        email = f"{role}.{uuid.uuid4().hex[:8]}@example.org"
        admin.add_user(db, org_id, email, role, PASSWORD)
        emails[role] = email
    return Org(org_id, name, emails)


@pytest.fixture
def org(hq: ServerThread) -> Org:
    """An organization on the test's HQ with a coordinator, a volunteer and a read-only member."""
    return make_org(hq.db)


@dataclass
class Laptop:
    db: Database
    store: MemoryStore
    path: Path
    device_id_cached: str = ""

    @property
    def device_id(self) -> str:
        from sqlalchemy import select

        from sistercommittee.domain import SyncState

        with self.db.read() as session:
            return session.scalar(select(SyncState.device_id))  # type: ignore[return-value]


_TEMPLATES: dict[str, Path] = {}


def new_laptop_db(path: Path) -> Database:
    """A fresh migrated database, copied from a template (migrating takes a quarter second)."""
    import sqlite3

    from sistercommittee.ids import new_id

    template = _TEMPLATES.get("empty")
    if template is None or not template.exists():
        template = Path(tempfile.mkdtemp(prefix="sc-template-")) / "empty.sqlite"
        open_database(template, create=True).close()
        _TEMPLATES["empty"] = template
    shutil.copyfile(template, path)
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("UPDATE sync_state SET device_id = ?", (new_id(),))
    raw.close()
    return open_database(path)


def laptop(path: Path, server_url: str, email: str | None, *, transport: object = None) -> Laptop:
    """A new laptop database, signed in as ``email`` (not signed in when None)."""
    from sistercommittee.sync.service import login

    db = new_laptop_db(path)
    store = MemoryStore()
    if email is not None:
        login(db, store, server_url, email, PASSWORD, transport=transport)  # type: ignore[arg-type]
    lap = Laptop(db, store, path)
    lap.device_id_cached = lap.device_id
    return lap
