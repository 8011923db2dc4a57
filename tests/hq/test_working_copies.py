"""HQ's working copies at network scale: a process holds only a few open whatever the number of
organizations, a new copy starts from one empty template (not a migration each), and the
background makes copies only where a joining laptop would otherwise wait."""

from __future__ import annotations

import json
import sqlite3

from sistercommittee.hq.snapshot import SnapshotStore
from sistercommittee.storage import migrate
from tests.hq.fixtures import make_org
from tests.hq.helpers import push, sign_in, volunteer_change


def _names_in(store: SnapshotStore, organization_id: str) -> tuple[int, set[str]]:
    """The snapshot's position and every text value of its rows (one JSON array per row)."""
    lines = [json.loads(line) for line in b"".join(store.stream(organization_id)).splitlines()]
    names = {v for line in lines if isinstance(line, list) for v in line if isinstance(v, str)}
    return lines[0]["position"], names


def _orgs_with_pushes(hq, count: int, per_org: int) -> list[tuple[str, dict, str]]:
    made = []
    for number in range(count):
        org = make_org(hq.db)
        headers, device = sign_in(hq.url, org.emails["coordinator"])
        changes = [volunteer_change(device, f"Org{number}-V{i}") for i in range(per_org)]
        assert push(hq.url, headers, changes).status_code == 200
        made.append((org.id, headers, device))
    return made


def test_a_process_keeps_few_copies_open_and_each_still_serves_its_own_rows(hq, tmp_path):
    orgs = _orgs_with_pushes(hq, 6, 2)
    store = SnapshotStore(hq.db, tmp_path / "copies", open_copies=3)
    try:
        for number, (org_id, _, _) in enumerate(orgs):
            assert store.refresh(org_id) == 2
            assert store.open_count() <= 3
            position, names = _names_in(store, org_id)
            assert position == 2
            assert {n for n in names if n.startswith("Org")} == {
                f"Org{number}-V0",
                f"Org{number}-V1",
            }
        # The first organization's copy was closed long ago; it opens again and moves on.
        org_id, headers, device = orgs[0]
        assert push(hq.url, headers, [volunteer_change(device, "Org0-V2")]).status_code == 200
        assert store.refresh(org_id) == 3
        position, names = _names_in(store, org_id)
        assert position == 3 and "Org0-V2" in names and "Org1-V0" not in names
        assert store.open_count() <= 3
    finally:
        store.close()
    assert store.open_count() == 0


def test_new_copies_start_from_one_template_each_with_a_device_of_its_own(hq, tmp_path):
    orgs = _orgs_with_pushes(hq, 3, 1)
    folder = tmp_path / "copies"
    store = SnapshotStore(hq.db, folder)
    try:
        for org_id, _, _ in orgs:
            store.refresh(org_id)
    finally:
        store.close()
    templates = sorted(folder.glob("_empty-*.sqlite"))
    assert [t.name for t in templates] == [f"_empty-{migrate.head_revision()}.sqlite"]
    made_at = templates[0].stat().st_mtime_ns

    devices = set()
    for org_id, _, _ in orgs:
        connection = sqlite3.connect(folder / f"{org_id}.sqlite")
        try:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            devices.add(connection.execute("SELECT device_id FROM sync_state").fetchone()[0])
            assert revision == (migrate.head_revision(),)
            assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        finally:
            connection.close()
    assert len(devices) == 3
    # No half-made file is left beside the copies.
    assert not [p.name for p in folder.iterdir() if p.name.startswith(".")]

    # Another worker process's store on the same folder uses the same template.
    another = SnapshotStore(hq.db, folder)
    try:
        extra = _orgs_with_pushes(hq, 1, 1)[0][0]
        assert another.refresh(extra) == 1
    finally:
        another.close()
    assert templates[0].stat().st_mtime_ns == made_at


def test_the_background_makes_copies_only_where_a_join_would_wait(hq, tmp_path):
    short, joined, long_feed = _orgs_with_pushes(hq, 3, 2)
    more = [volunteer_change(long_feed[2], f"Long{i}") for i in range(4)]
    assert push(hq.url, long_feed[1], more).status_code == 200
    store = SnapshotStore(hq.db, tmp_path / "copies", background_from=5)
    try:
        assert store.ready(joined[0]) == 2  # a joining laptop asked: made on demand
        assert push(hq.url, joined[1], [volunteer_change(joined[2], "Later")]).status_code == 200

        refreshed = store.catch_up({short[0], joined[0], long_feed[0]})

        assert refreshed == sorted([joined[0], long_feed[0]])
        assert not store.path(short[0]).exists()
        assert store.position(joined[0]) == 3
        assert store.position(long_feed[0]) == 6
        # The short one's laptop still gets its snapshot when it asks.
        assert store.ready(short[0]) == 2
    finally:
        store.close()
