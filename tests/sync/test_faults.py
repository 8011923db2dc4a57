"""Faults: connections lost before and after HQ commits, a laptop killed in the middle of a pull,
HQ restarted. After the next sync every change is on every laptop exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sistercommittee.domain import OutboxEntry, SyncState, Volunteer
from sistercommittee.hq.database import HqDatabase
from sistercommittee.hq.models import FeedChange
from sistercommittee.services.organizations import create_organization
from sistercommittee.sync import service
from sistercommittee.sync.credentials import token_key
from sistercommittee.sync.errors import SyncError
from tests.hq.fixtures import FaultyProxy, ServerThread, laptop, make_org

ORG = {"name": "Springfield Sister Cities", "city": "Springfield", "country": "US"}


def _add_volunteers(db, count: int, prefix: str = "V") -> None:
    with db.write() as session:
        for i in range(count):
            session.add(Volunteer(given_name=f"{prefix}{i}", sort_name=f"{prefix.lower()}{i}"))


def _count(db, model) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)))


def _feed(hq_db: HqDatabase) -> list[tuple[str, str]]:
    with hq_db.read() as connection:
        return [
            tuple(row) for row in connection.execute(select(FeedChange.device_id, FeedChange.hlc))
        ]


@pytest.fixture
def setup(hq, tmp_path):
    org = make_org(hq.db)
    proxy = FaultyProxy(hq.port)
    a = laptop(tmp_path / "a.sqlite", proxy.url, org.emails["coordinator"])
    b = laptop(tmp_path / "b.sqlite", proxy.url, org.emails["volunteer"])
    create_organization(a.db, ORG)
    yield org, proxy, a, b
    proxy.close()


@pytest.mark.parametrize("mode", ["drop_before", "drop_after"])
def test_push_connection_lost_before_or_after_hq_commits(hq, setup, mode):
    _org, proxy, a, b = setup
    _add_volunteers(a.db, 20)
    proxy.fail(mode, b"POST /v1/push")
    with pytest.raises(SyncError, match="cannot be reached"):
        service.sync_now(a.db, a.store)
    assert proxy.dropped == 1
    assert _count(a.db, OutboxEntry) == 21  # kept: HQ's answer never came
    assert len(_feed(hq.db)) == (21 if mode == "drop_after" else 0)
    again = service.sync_now(a.db, a.store)
    assert again.sent == 21 and _count(a.db, OutboxEntry) == 0
    feed = _feed(hq.db)
    assert len(feed) == 21 == len(set(feed))  # each change once
    assert service.sync_now(b.db, b.store).received == 21
    assert _count(b.db, Volunteer) == 20


def test_pull_answer_lost(hq, setup):
    _org, proxy, a, b = setup
    service.sync_now(a.db, a.store)
    assert service.sync_now(b.db, b.store).from_snapshot == 1  # joined: the organization
    _add_volunteers(a.db, 5)
    service.sync_now(a.db, a.store)
    proxy.fail("drop_after", b"GET /v1/changes")
    with pytest.raises(SyncError):
        service.sync_now(b.db, b.store)
    with b.db.read() as session:
        assert session.scalar(select(SyncState.pull_cursor)) == 1
    assert service.sync_now(b.db, b.store).received == 5
    assert _count(b.db, Volunteer) == 5


def test_snapshot_answer_lost(hq, setup):
    _org, proxy, a, b = setup
    _add_volunteers(a.db, 5)
    service.sync_now(a.db, a.store)
    proxy.fail("drop_after", b"GET /v1/snapshot")
    with pytest.raises(SyncError):
        service.sync_now(b.db, b.store)
    with b.db.read() as session:
        assert session.scalar(select(SyncState.pull_cursor)) == 0
    assert _count(b.db, Volunteer) == 0
    again = service.sync_now(b.db, b.store)
    assert again.received == again.from_snapshot == 6
    assert _count(b.db, Volunteer) == 5


KILLER = textwrap.dedent(
    """
    import os, signal, sys
    from sistercommittee.storage.database import open_database
    from sistercommittee.sync import merge, service, snapshot
    from sistercommittee.sync.credentials import MemoryStore, token_key

    snapshot.load = lambda *args, **kwargs: None  # this laptop joins by replaying the feed

    db = open_database(sys.argv[1])
    store = MemoryStore()
    store.set(token_key(sys.argv[2]), os.environ["HQ_TOKEN"])
    service.PULL_PAGE = 100
    real = merge.apply_changes
    pages = []

    def apply_then_die(session, changes, own_device):
        stats = real(session, changes, own_device)
        pages.append(len(changes))
        if len(pages) == 3:  # in the middle of merging the third page, before it commits
            os.kill(os.getpid(), signal.SIGKILL)
        return stats

    merge.apply_changes = apply_then_die
    service.sync_now(db, store)
    """
)


def test_laptop_killed_in_the_middle_of_a_pull(hq, setup, tmp_path):
    _org, _proxy, a, b = setup
    _add_volunteers(a.db, 450)
    service.sync_now(a.db, a.store)
    b.db.close()
    script = tmp_path / "killer.py"
    script.write_text(KILLER)
    env = {**os.environ, "HQ_TOKEN": b.store.get(token_key(b.device_id_cached))}
    done = subprocess.run(
        [sys.executable, str(script), str(b.path), b.device_id_cached],
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()
    from sistercommittee.storage.database import open_database

    b.db = open_database(b.path)
    with b.db.read() as session:
        assert session.scalar(select(SyncState.pull_cursor)) == 200  # two pages committed
    assert _count(b.db, Volunteer) == 199  # the organization row came in the first page
    result = service.sync_now(b.db, b.store)
    assert result.received == 251
    assert _count(b.db, Volunteer) == 450
    assert service.sync_status(b.db, b.store).open_conflicts == 0


def test_hq_restarted(tmp_path):
    """HQ stops (taking its in-memory state with it) and starts again on the same database."""
    hq_db = HqDatabase(f"sqlite:///{tmp_path / 'hq.sqlite'}")
    hq_db.upgrade()
    org = make_org(hq_db)
    server = ServerThread(hq_db).start()
    try:
        a = laptop(tmp_path / "a.sqlite", server.url, org.emails["coordinator"])
        b = laptop(tmp_path / "b.sqlite", server.url, org.emails["volunteer"])
        create_organization(a.db, ORG)
        _add_volunteers(a.db, 10)
        service.sync_now(a.db, a.store)
        server.stop()
        _add_volunteers(a.db, 5, "W")
        with pytest.raises(SyncError, match="cannot be reached"):
            service.sync_now(a.db, a.store)
        with pytest.raises(SyncError, match="cannot be reached"):
            service.sync_now(b.db, b.store)
        assert _count(a.db, OutboxEntry) == 5
        server = ServerThread(hq_db, port=server.port).start()
        assert service.sync_now(a.db, a.store).sent == 5
        assert service.sync_now(b.db, b.store).received == 16
        assert _count(b.db, Volunteer) == 15
        feed = _feed(hq_db)
        assert len(feed) == 16 == len(set(feed))
    finally:
        server.stop()
        hq_db.dispose()
