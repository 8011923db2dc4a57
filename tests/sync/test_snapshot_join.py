"""Joining from HQ's snapshot gives the same database as replaying the whole feed."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from sistercommittee.domain import SyncState
from sistercommittee.hq import snapshot as hq_snapshot
from sistercommittee.hq import snapshot_stream
from sistercommittee.services import volunteers as V
from sistercommittee.services.organizations import create_organization
from sistercommittee.sync import service
from sistercommittee.sync import snapshot as sync_snapshot
from sistercommittee.sync.credentials import MemoryStore
from tests.hq.fixtures import PASSWORD, laptop, make_org
from tests.sync.content import content, records
from tests.sync.test_convergence import NAMES, NOTES, _apply

ORG = {"name": "Springfield Sister Cities", "city": "Springfield", "country": "US"}


def _history(hq, tmp_path, org):
    """Three laptops edit apart, race on fields, delete records others edit, undelete, log
    hours: a feed whose replay leaves conflicts of both kinds and tombstones."""
    laps = [
        laptop(
            tmp_path / f"{i}.sqlite", hq.url, org.emails["coordinator" if i == 0 else "volunteer"]
        )
        for i in range(3)
    ]
    create_organization(laps[0].db, ORG)
    steps = [("add", i % 3, NAMES[i]) for i in range(6)]
    steps += [("sync", 0), ("sync", 1), ("sync", 2), ("sync", 0), ("sync", 1)]
    for day in range(3):
        for who in range(3):
            steps.append(("notes", who, day + who, NOTES[(day + who) % len(NOTES)]))
            steps.append(("name", who, day, NAMES[(day * 3 + who) % len(NAMES)]))
            steps.append(("hours", who, day, 30 + day))
        steps.append(("delete", day % 3, day + 2))
        steps.append(("undelete", (day + 1) % 3, day))
        steps += [("sync", 0), ("sync", 1), ("sync", 2)]
    for action in steps:
        _apply(laps[action[1] % 3], action)
    for _ in range(2):
        for lap in laps:
            service.sync_now(lap.db, lap.store)
    return laps


def _join(hq, org, path, **kwargs):
    seen = []
    db, _, result = service.join(
        path, MemoryStore(), hq.url, org.emails["read_only"], PASSWORD, seen.append, **kwargs
    )
    return db, result, seen


def test_a_snapshot_join_holds_what_a_replayed_join_holds(hq, tmp_path, monkeypatch):
    org = make_org(hq.db)
    laps = _history(hq, tmp_path, org)

    # An older snapshot, then more changes: the joining laptop loads it and pulls the rest.
    hq.snapshots.refresh(org.id)
    made_at = hq.snapshots.position(org.id)
    monkeypatch.setattr(hq_snapshot, "CATCH_UP_NOW", 0)  # the snapshot stays where it is
    vid = V.add_volunteer(laps[1].db, {"given_name": "After", "family_name": "Snapshot"}).id
    service.sync_now(laps[1].db, laps[1].store)
    service.sync_now(laps[2].db, laps[2].store)
    V.edit_volunteer(laps[2].db, vid, {"notes": "edited after the snapshot"})
    V.delete_volunteer(laps[0].db, V.list_volunteers(laps[0].db).items[0].id)
    for lap in (laps[1], laps[0], laps[1], laps[2], laps[0]):
        service.sync_now(lap.db, lap.store)

    joined, result, seen = _join(hq, org, tmp_path / "snapshot.sqlite")
    assert result.from_snapshot > 0 and result.received > result.from_snapshot  # the tail too
    assert any(p.phase == "loading" for p in seen)
    assert seen[-1].done == seen[-1].total
    with joined.read() as session:
        cursor = session.scalar(select(SyncState.pull_cursor))
    assert made_at is not None and cursor > made_at

    monkeypatch.setattr(sync_snapshot, "load", lambda *args, **kwargs: None)
    replayed, replay_result, _ = _join(hq, org, tmp_path / "replayed.sqlite")
    assert replay_result.from_snapshot == 0
    try:
        a, b = content(tmp_path / "snapshot.sqlite"), content(tmp_path / "replayed.sqlite")
        assert a["sync_conflicts"], "the history leaves conflicts to carry over"
        assert {row[5] for row in a["sync_conflicts"]} == {"changed", "deleted"}
        assert any(row[-1] is not None for row in a["volunteers"]), "and tombstones"
        assert a == b
        assert records(tmp_path / "snapshot.sqlite") == records(laps[0].path)
        # The indexes left until the load's end are all there again, and the volunteers' sort
        # keys, made as their rows were written, are those the replayed merge left.
        assert _schema(joined) == _schema(replayed)
        assert _name_keys(joined) == _name_keys(replayed)
        assert all(key is not None for _, key, _ in _name_keys(joined))
        with joined.read() as one, replayed.read() as two:
            assert one.scalar(select(SyncState.last_hlc)) == two.scalar(select(SyncState.last_hlc))
    finally:
        joined.close()
        replayed.close()
        for lap in laps:
            lap.db.close()


def test_a_laptop_joined_from_a_snapshot_syncs_on_like_any_other(hq, tmp_path):
    org = make_org(hq.db)
    a = laptop(tmp_path / "a.sqlite", hq.url, org.emails["coordinator"])
    create_organization(a.db, ORG)
    vid = V.add_volunteer(a.db, {"given_name": "Ann"}).id
    service.sync_now(a.db, a.store)
    db, _, result = service.join(
        tmp_path / "b.sqlite", MemoryStore(), hq.url, org.emails["volunteer"], PASSWORD
    )
    try:
        assert result.from_snapshot == 2 and result.checked and result.check_problem is None
        store = MemoryStore()
        service.login(db, store, hq.url, org.emails["volunteer"], PASSWORD)
        V.edit_volunteer(db, vid, {"phone": "+12175550100"})
        assert service.sync_now(db, store).sent == 1
        service.sync_now(a.db, a.store)
        assert V.get_volunteer(a.db, vid).phone == "+12175550100"
    finally:
        db.close()
        a.db.close()


def test_an_empty_organization_has_no_snapshot_and_joins_by_the_feed(hq, tmp_path):
    org = make_org(hq.db)
    (
        db,
        _,
        result,
    ) = service.join(
        tmp_path / "b.sqlite", MemoryStore(), hq.url, org.emails["volunteer"], PASSWORD
    )
    db.close()
    assert (result.received, result.from_snapshot, result.has_organization) == (0, 0, False)


def test_a_snapshot_cut_off_leaves_the_database_empty(hq, tmp_path, monkeypatch):
    org = make_org(hq.db)
    a = laptop(tmp_path / "a.sqlite", hq.url, org.emails["coordinator"])
    create_organization(a.db, ORG)
    for i in range(5):
        V.add_volunteer(a.db, {"given_name": f"Vol{i}"})
    service.sync_now(a.db, a.store)
    a.db.close()
    original = snapshot_stream.lines

    def cut(connection):
        lines = list(original(connection))
        yield from lines[:-2]  # no seen devices, no end line

    monkeypatch.setattr(snapshot_stream, "lines", cut)
    b = laptop(tmp_path / "b.sqlite", hq.url, org.emails["volunteer"])
    schema = _schema(b.db)
    with pytest.raises(service.SyncError, match="incomplete or damaged"):
        service.sync_now(b.db, b.store)
    with b.db.read() as session:
        assert sync_snapshot.is_empty(session)
    assert _schema(b.db) == schema  # the indexes set aside for the load are back
    monkeypatch.setattr(snapshot_stream, "lines", original)
    assert service.sync_now(b.db, b.store).from_snapshot == 6
    assert _schema(b.db) == schema
    b.db.close()


def _name_keys(db):
    with db.read() as session:
        return session.connection().exec_driver_sql(
            "SELECT id, name_key, family_key FROM volunteers WHERE deleted_at IS NULL ORDER BY id"
        ).all()


def test_a_snapshot_with_a_table_before_one_it_refers_to_loads_alike(hq, tmp_path, monkeypatch):
    """An HQ of an earlier version sent the tables in the models' order (hours before the
    events they name): the load keeps the index its foreign key check needs and gives the same
    database as from a snapshot sent parents first, which leaves every index until the end."""
    org = make_org(hq.db)
    laps = _history(hq, tmp_path, org)
    hq.snapshots.refresh(org.id)
    dropped: list[list[str]] = []
    drop = sync_snapshot._drop_indexes

    def dropping(connection, order):
        dropped.append(drop(connection, order))
        return dropped[-1]

    monkeypatch.setattr(sync_snapshot, "_drop_indexes", dropping)
    first, _, _ = _join(hq, org, tmp_path / "parents-first.sqlite")
    monkeypatch.setattr(snapshot_stream, "_parents_first", lambda _: snapshot_stream.synced_tables())
    second, result, _ = _join(hq, org, tmp_path / "models-order.sqlite")
    try:
        assert result.from_snapshot > 0 and len(dropped) == 2
        hours_by_event = "CREATE INDEX ix_volunteer_hours_event_id "
        assert any(sql.startswith(hours_by_event) for sql in dropped[0])
        assert not any(sql.startswith(hours_by_event) for sql in dropped[1])
        assert any(sql.startswith("CREATE INDEX ix_volunteer_hours_worked_on ") for sql in dropped[1])
        assert content(tmp_path / "parents-first.sqlite") == content(
            tmp_path / "models-order.sqlite"
        )
        assert _schema(first) == _schema(second)
        assert _name_keys(first) == _name_keys(second)
    finally:
        first.close()
        second.close()
        for lap in laps:
            lap.db.close()


def _schema(db):
    """The schema's tables and indexes. A table's definition is compared line by line in any
    order: two databases migrated alike may write a table's foreign keys in either order."""
    with db.read() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).all()
    return [
        (kind, name, table, _lines(sql) if kind == "table" else sql)
        for kind, name, table, sql in rows
    ]


def _lines(sql: str | None) -> tuple[str, ...]:
    return tuple(sorted(line.strip().rstrip(",") for line in (sql or "").splitlines()))


def test_fields_and_tables_of_a_newer_version_survive_the_snapshot(hq, tmp_path, monkeypatch):
    from sistercommittee.sync import wire
    from tests.hq.helpers import hlc_now, push, sign_in
    from tests.sync.newer_schema import kept_aside, set_newer_field, upgrade

    org = make_org(hq.db)
    newer = laptop(tmp_path / "newer.sqlite", hq.url, org.emails["coordinator"])
    upgrade(newer.db)
    create_organization(newer.db, ORG)
    ann = V.add_volunteer(newer.db, {"given_name": "Ann"}).id
    service.sync_now(newer.db, newer.store)
    set_newer_field(newer.db, ann, "she/her")
    service.sync_now(newer.db, newer.store)
    headers, device = sign_in(hq.url, org.emails["volunteer"])
    badge = {
        "table": "volunteer_badges",
        "row_id": "01a23238-52aa-7001-93b6-6d01b999a0b1",
        "hlc": hlc_now(),
        "device_id": device,
        "fields": {"badge": "gold"},
        "base": {},
    }
    newer_headers = {**headers, wire.SCHEMA_HEADER: str(wire.schema_version() + 1)}
    assert push(hq.url, newer_headers, [badge]).status_code == 200

    joined, result, _ = _join(hq, org, tmp_path / "snapshot.sqlite")
    assert result.from_snapshot == 3  # the organization, Ann, and the badge kept aside
    monkeypatch.setattr(sync_snapshot, "load", lambda *args, **kwargs: None)
    replayed, _, _ = _join(hq, org, tmp_path / "replayed.sqlite")
    try:
        assert kept_aside(joined) == [
            ("volunteer_badges", badge["row_id"], "badge", "gold"),
            ("volunteers", ann, "pronouns", "she/her"),
        ]
        assert content(tmp_path / "snapshot.sqlite") == content(tmp_path / "replayed.sqlite")
    finally:
        joined.close()
        replayed.close()
        newer.db.close()


def test_a_snapshot_of_an_hq_from_before_the_kept_sections_is_replayed_instead(
    hq, tmp_path, monkeypatch
):
    """Format 1 had no sections for what HQ keeps aside: reading it as format 2 would fail every
    sync as damaged, so the laptop replays the feed, which carries every field."""
    org = make_org(hq.db)
    a = laptop(tmp_path / "a.sqlite", hq.url, org.emails["coordinator"])
    create_organization(a.db, ORG)
    V.add_volunteer(a.db, {"given_name": "Ann"})
    service.sync_now(a.db, a.store)
    a.db.close()
    original = snapshot_stream.lines

    def format_1(connection):
        lines = list(original(connection))
        header = lines[0].replace(b'"snapshot":2', b'"snapshot":1')
        yield from [header, *lines[1:-5], lines[-1]]  # without the two kept sections

    monkeypatch.setattr(snapshot_stream, "lines", format_1)
    b = laptop(tmp_path / "b.sqlite", hq.url, org.emails["volunteer"])
    result = service.sync_now(b.db, b.store)
    assert (result.from_snapshot, result.received) == (0, 2)
    b.db.close()
    assert records(tmp_path / "b.sqlite") == records(tmp_path / "a.sqlite")


def test_two_hq_workers_share_one_folder_of_copies(hq, tmp_path):
    """``serve --workers 2``: each worker process has its own store on the same folder. A copy
    one of them makes anew (HQ restored) is the one the other brings up to date next, and a
    catch-up holds the copy against every other store while it runs."""
    import fcntl

    from sistercommittee.hq import epoch as hq_epoch

    org = make_org(hq.db)
    first = laptop(tmp_path / "first.sqlite", hq.url, org.emails["coordinator"])
    create_organization(first.db, ORG)
    service.sync_now(first.db, first.store)
    one = hq_snapshot.SnapshotStore(hq.db, tmp_path / "copies")
    other = hq_snapshot.SnapshotStore(hq.db, tmp_path / "copies")
    try:
        held: list[bool] = []

        def try_the_lock(done: int, total: int) -> None:
            with open(tmp_path / "copies" / f"{org.id}.lock", "ab") as lock_file:
                try:
                    fcntl.flock(lock_file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    held.append(True)
                else:
                    fcntl.flock(lock_file.fileno(), fcntl.LOCK_UN)
                    held.append(False)

        position = one.refresh(org.id, progress=try_the_lock)
        assert held and all(held), "the other store is held off while a catch-up runs"
        assert position == other.position(org.id) > 0

        hq_epoch.renew_epoch(hq.db)  # as after a restore: every copy is made again
        made_again = other.refresh(org.id)
        V.add_volunteer(first.db, {"given_name": "Ada", "family_name": "Lovelace"})
        service.sync_now(first.db, first.store)
        # The first store still has the removed file open: it must write into the new one.
        caught_up = one.refresh(org.id)
        assert caught_up > made_again
        assert other.position(org.id) == caught_up
    finally:
        one.close()
        other.close()
