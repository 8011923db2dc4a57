"""A snapshot load that cannot finish: the disk full half way, a value its column cannot hold,
the laptop killed while it loads. Each leaves the database empty with all its indexes, and the
user reads what happened in a sentence."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import event

from sistercommittee.domain import Volunteer
from sistercommittee.errors import StorageError
from sistercommittee.hq import snapshot_stream as hq_snapshot
from sistercommittee.services.organizations import create_organization
from sistercommittee.storage.database import open_database
from sistercommittee.sync import service
from sistercommittee.sync import snapshot as sync_snapshot
from sistercommittee.sync.credentials import token_key
from tests.hq.fixtures import laptop

ORG = {"name": "Springfield Sister Cities", "city": "Springfield", "country": "US"}


def _schema(db):
    with db.read() as session:
        return sorted(
            session.connection()
            .exec_driver_sql("SELECT type, name, sql FROM sqlite_master WHERE type = 'index'")
            .all()
        )


@pytest.fixture
def committee(hq, org, tmp_path):
    """A committee of 120 volunteers with long notes (half a megabyte) on HQ, and a new laptop
    signed in to it that has nothing yet."""
    a = laptop(tmp_path / "a.sqlite", hq.url, org.emails["coordinator"])
    create_organization(a.db, ORG)
    with a.db.write() as session:
        for i in range(120):
            session.add(Volunteer(given_name=f"V{i}", sort_name=f"v{i}", notes=f"{i} " * 2000))
    service.sync_now(a.db, a.store)
    a.db.close()
    b = laptop(tmp_path / "b.sqlite", hq.url, org.emails["volunteer"])
    yield b
    b.db.close()


def test_a_disk_full_while_loading_says_so_and_leaves_the_database_empty(committee):
    b = committee
    schema = _schema(b.db)
    with sqlite3.connect(b.path) as raw:
        pages = raw.execute("PRAGMA page_count").fetchone()[0]

    def small_disk(dbapi_connection, _record):
        # SQLite's answer when no page can be added, as on a full disk (SQLITE_FULL).
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 8}")

    b.db.engine.dispose()
    event.listen(b.db.engine, "connect", small_disk)
    with pytest.raises(StorageError, match="The disk is full, so nothing was saved"):
        service.sync_now(b.db, b.store)
    event.remove(b.db.engine, "connect", small_disk)
    b.db.engine.dispose()
    with b.db.read() as session:
        assert sync_snapshot.is_empty(session)
    assert _schema(b.db) == schema


@pytest.mark.parametrize(
    ("sent", "damaged"),
    [
        (b'"2026-04-11"', b'"2026-4-11"'),  # a date that is none
        (b'"2026-04-11"', b'"2026/04/11"'),  # ten characters, still no date
        (b'"+12175550100"', b'["+12175550100"]'),  # a list where SQLite takes a text
    ],
)
def test_a_value_its_column_cannot_hold_is_a_damaged_snapshot(
    hq, org, tmp_path, monkeypatch, sent, damaged
):
    a = laptop(tmp_path / "a.sqlite", hq.url, org.emails["coordinator"])
    create_organization(a.db, ORG)
    from sistercommittee.services import volunteers as V

    V.add_volunteer(
        a.db,
        {
            "given_name": "Ann",
            "phone": "+12175550100",
            "contact_consent": "yes",
            "consent_date": "2026-04-11",
        },
    )
    service.sync_now(a.db, a.store)
    a.db.close()
    original = hq_snapshot.lines

    def not_a_date(connection):  # as a damaged copy on HQ would send it
        for chunk in original(connection):
            yield chunk.replace(sent, damaged)

    monkeypatch.setattr(hq_snapshot, "lines", not_a_date)
    b = laptop(tmp_path / "b.sqlite", hq.url, org.emails["volunteer"])
    try:
        schema = _schema(b.db)
        with pytest.raises(service.SyncError, match="incomplete or damaged"):
            service.sync_now(b.db, b.store)
        with b.db.read() as session:
            assert sync_snapshot.is_empty(session)
        assert _schema(b.db) == schema
    finally:
        b.db.close()


KILLED_WHILE_LOADING = textwrap.dedent(
    """
    import os, signal, sys
    from sistercommittee.storage.database import open_database
    from sistercommittee.sync import service
    from sistercommittee.sync.credentials import MemoryStore, token_key

    db = open_database(sys.argv[1])
    store = MemoryStore()
    store.set(token_key(sys.argv[2]), os.environ["HQ_TOKEN"])

    def progress(step):
        # The first rows are in and the indexes dropped; the load's transaction is open.
        if step.phase == "loading" and step.done > 0:
            os.kill(os.getpid(), signal.SIGKILL)

    service.sync_now(db, store, progress)
    """
)


def test_a_laptop_killed_while_loading_keeps_its_indexes_and_loads_again(committee, tmp_path):
    b = committee
    schema = _schema(b.db)
    token = b.store.get(token_key(b.device_id_cached))
    b.db.close()
    script = tmp_path / "killed.py"
    script.write_text(KILLED_WHILE_LOADING)
    done = subprocess.run(
        [sys.executable, str(script), str(b.path), b.device_id_cached],
        env={**os.environ, "HQ_TOKEN": token},
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()
    b.db = open_database(b.path)
    with b.db.read() as session:
        assert sync_snapshot.is_empty(session)
    assert _schema(b.db) == schema
    assert service.sync_now(b.db, b.store).from_snapshot == 121
    assert _schema(b.db) == schema
