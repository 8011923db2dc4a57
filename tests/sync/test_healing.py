"""HQ restored from an older backup: the laptops send again what it lost, fetch from the right
place, and every change is back at HQ and on every laptop, exactly once."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from sistercommittee.hq import epoch
from sistercommittee.hq.database import HqDatabase
from sistercommittee.hq.models import FeedChange
from sistercommittee.hq.snapshot import SnapshotStore
from sistercommittee.services import volunteers as V
from sistercommittee.services.organizations import create_organization
from sistercommittee.sync import service
from tests.hq.fixtures import Laptop, ServerThread, laptop, make_org
from tests.sync.content import records

ORG = {"name": "Springfield Sister Cities", "city": "Springfield", "country": "US"}


class SqliteHq:
    """HQ on an SQLite file; backed up by copying the file, restored by ``restore``."""

    def __init__(self, tmp_path: Path, *, by_hand: bool = False) -> None:
        self.path = tmp_path / "hq.sqlite"
        self.url = f"sqlite:///{self.path}"
        self.backup_path = tmp_path / "backup" / "hq.sqlite"
        self.snapshots_dir = tmp_path / "snapshots"
        self.by_hand = by_hand
        self.port = 0
        self.server: ServerThread | None = None

    def start(self) -> ServerThread:
        self.db = HqDatabase(self.url)
        self.db.upgrade()
        self.server = ServerThread(
            self.db, self.port, snapshots=SnapshotStore(self.db, self.snapshots_dir)
        ).start()
        self.port = self.server.port
        return self.server

    def stop(self) -> None:
        assert self.server is not None
        self.server.stop()
        self.db.dispose()

    def backup(self) -> None:
        self.stop()  # a file copy of a database at rest
        self.backup_path.parent.mkdir()
        for suffix in ("", "-wal"):
            source = Path(f"{self.path}{suffix}")
            if source.exists():
                shutil.copyfile(source, f"{self.backup_path}{suffix}")
        self.start()

    def restore(self) -> None:
        self.stop()
        if self.by_hand:  # the file copied back, nobody told HQ
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
                source = Path(f"{self.backup_path}{suffix}")
                if source.exists():
                    shutil.copyfile(source, f"{self.path}{suffix}")
        else:
            epoch.restore_sqlite(self.url, self.backup_path)
        self.start()


class PostgresHq(SqliteHq):
    """HQ on PostgreSQL; backed up as a copy of the database (CREATE DATABASE … TEMPLATE),
    restored by recreating it from that copy, then ``epoch renew``."""

    def __init__(self, tmp_path: Path, postgres) -> None:  # type: ignore[no-untyped-def]
        super().__init__(tmp_path)
        self.postgres = postgres
        self.url = postgres.create_database()
        self.name = self.url.rsplit("/", 1)[1]

    def _admin(self, *statements: str) -> None:
        admin = HqDatabase(self.url.rsplit("/", 1)[0] + "/postgres")
        with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
            for statement in statements:
                c.execute(text(statement))
        admin.dispose()

    def backup(self) -> None:
        self.stop()
        self._admin(f'CREATE DATABASE "{self.name}_backup" TEMPLATE "{self.name}"')
        self.start()

    def restore(self) -> None:
        self.stop()
        self._admin(
            f'DROP DATABASE "{self.name}"',
            f'CREATE DATABASE "{self.name}" TEMPLATE "{self.name}_backup"',
        )
        epoch.renew_epoch(HqDatabase(self.url), epoch.RESTORED)
        self.start()


@pytest.fixture(params=["sqlite", "sqlite-by-hand", "postgresql"])
def restorable_hq(request, tmp_path) -> Iterator[SqliteHq]:
    if request.param == "postgresql":
        hq: SqliteHq = PostgresHq(tmp_path, request.getfixturevalue("postgres"))
    else:
        hq = SqliteHq(tmp_path, by_hand=request.param == "sqlite-by-hand")
    hq.start()
    yield hq
    hq.stop()


def _sync(*laps: Laptop) -> list[service.SyncResult]:
    return [service.sync_now(lap.db, lap.store) for lap in laps]


def _feed(hq: SqliteHq) -> list[tuple[str, str, str, str]]:
    with hq.db.read() as connection:
        return [
            tuple(row)
            for row in connection.execute(
                select(
                    FeedChange.device_id, FeedChange.hlc, FeedChange.table_name, FeedChange.row_id
                )
            )
        ]


def _sent(lap: Laptop) -> set[tuple[str, str, str, str]]:
    connection = sqlite3.connect(f"file:{lap.path}?mode=ro", uri=True)
    try:
        return set(connection.execute("SELECT device_id, hlc, table_name, row_id FROM sync_sent"))
    finally:
        connection.close()


def test_every_change_is_back_at_hq_and_on_every_laptop_once(restorable_hq, tmp_path):
    hq = restorable_hq
    server = hq.server
    assert server is not None
    org = make_org(hq.db)
    a = laptop(tmp_path / "a.sqlite", server.url, org.emails["coordinator"])
    b = laptop(tmp_path / "b.sqlite", server.url, org.emails["volunteer"])
    c = laptop(tmp_path / "c.sqlite", server.url, org.emails["volunteer"])
    create_organization(a.db, ORG)
    ann = V.add_volunteer(a.db, {"given_name": "Ann", "notes": "before the backup"}).id
    bo = V.add_volunteer(a.db, {"given_name": "Bo"}).id
    _sync(a, b, c)
    hq.backup()

    # After the backup: edits on all three laptops, a race on one field, a delete, new records.
    V.edit_volunteer(a.db, ann, {"phone": "+12175550100"})
    V.edit_volunteer(b.db, ann, {"notes": "from B"})
    V.edit_volunteer(c.db, ann, {"notes": "from C"})
    V.delete_volunteer(c.db, bo)
    chen = V.add_volunteer(b.db, {"given_name": "Chen"}).id
    _sync(a, b, c, a, b)
    dara = V.add_volunteer(c.db, {"given_name": "Dara"}).id  # made before, sent after the restore
    before = _feed(hq)

    hq.restore()
    assert len(_feed(hq)) < len(before)
    results = _sync(a, b, c)
    assert all(result.healed for result in results), [r.healed for r in results]
    results = _sync(a, b, c, a)
    assert not any(result.healed for result in results)

    feed = _feed(hq)
    assert len(feed) == len(set(feed)), "no change twice in the feed"
    everything = _sent(a) | _sent(b) | _sent(c)
    assert set(feed) == everything and set(before) <= set(feed)
    first = records(a.path)
    assert records(b.path) == first and records(c.path) == first
    for lap in (a, b, c):
        one = V.get_volunteer(lap.db, ann)
        assert one.phone == "+12175550100" and one.notes in ("from B", "from C")
        assert {V.get_volunteer(lap.db, vid).given_name for vid in (chen, dara)} == {"Chen", "Dara"}
        with lap.db.read() as session:
            conflicts = session.execute(
                text("SELECT count(*), count(DISTINCT losing_clock) FROM sync_conflicts")
            ).one()
        assert conflicts[0] == conflicts[1] == 1, "the race on the notes listed once"
        status = service.sync_status(lap.db, lap.store)
        assert status.heal_note and status.healed_at is not None and status.pending_changes == 0

    # A laptop joining the restored HQ gets the same.
    d = laptop(tmp_path / "d.sqlite", server.url, org.emails["read_only"])
    _sync(d)
    assert records(d.path) == first
    for lap in (a, b, c, d):
        lap.db.close()


def test_a_restore_is_told_by_a_new_epoch_and_where_the_feed_stood(hq_db, tmp_path):
    org = make_org(hq_db)
    with hq_db.read() as connection:
        first = epoch.current_epoch(connection)
    renewed = epoch.renew_epoch(hq_db)
    answer = epoch.checkpoint(hq_db, org.id, "0193a1b2-0000-7000-8000-000000000000")
    assert renewed != first and answer["epoch"] == renewed
    assert [e["epoch"] for e in answer["epochs"]] == [first, renewed]
    assert [e["position"] for e in answer["epochs"]] == [None, 0]
    assert answer["device_last_hlc"] is None


def test_a_recreated_database_has_a_new_epoch(tmp_path):
    epochs = []
    for _ in range(2):
        db = HqDatabase(f"sqlite:///{tmp_path / 'hq.sqlite'}")
        db.upgrade()
        with db.read() as connection:
            epochs.append(epoch.current_epoch(connection))
            assert connection.scalar(select(func.count()).select_from(FeedChange)) == 0
        db.dispose()
        for path in tmp_path.glob("hq.sqlite*"):
            path.unlink()
    assert epochs[0] != epochs[1]
