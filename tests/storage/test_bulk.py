"""The bulk write path writes exactly what the change capture hook would, in the caller's
transaction."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from sistercommittee.domain import OutboxEntry, SyncState, Volunteer
from sistercommittee.services.volunteers import add_volunteer
from sistercommittee.storage import capture
from sistercommittee.storage.bulk import NewRows, update_rows


def _entries(db, row_ids):
    with db.read() as session:
        return session.scalars(
            select(OutboxEntry)
            .where(OutboxEntry.row_id.in_(row_ids))
            .order_by(OutboxEntry.seq)
        ).all()


def _volunteers(db, count):
    return [
        add_volunteer(db, {"given_name": f"Ana{i}", "family_name": "Silva"}).id
        for i in range(count)
    ]


def test_new_rows_get_the_entries_the_hook_writes(db):
    with db.write() as session:
        rows = NewRows(session)
        ids = [
            rows.add(
                Volunteer,
                {"given_name": f"Mei{i}", "family_name": "Tanaka", "sort_name": f"tanaka mei{i}"},
            )
            for i in range(3)
        ]
        rows.flush()
    entries = _entries(db, ids)
    assert [entry.row_id for entry in entries] == ids
    with db.read() as session:
        for entry in entries:
            obj = session.get(Volunteer, entry.row_id)
            assert entry.fields == capture.changed_fields(obj, is_new=True)
        state = session.get(SyncState, 1)
        assert state.last_hlc == entries[-1].hlc
    # A change afterwards through the ORM hook is stamped after them.
    later = add_volunteer(db, {"given_name": "Kenji", "family_name": "Sato"})
    assert _entries(db, [later.id])[0].hlc > entries[-1].hlc


def test_update_rows_matches_the_hook_field_for_field(db):
    ids = _volunteers(db, 4)
    # The same change through the ORM on the first two, for comparison.
    with db.write() as session:
        for row_id in ids[:2]:
            session.get(Volunteer, row_id).active = False
    by_hook = _entries(db, ids[:2])[-2:]
    # And through the bulk path on all four: the first two already hold the value.
    before = datetime.now(UTC)
    with db.write() as session:
        changed = update_rows(session, Volunteer, ids, {"active": False})
    assert changed == ids[2:]
    by_bulk = _entries(db, ids[2:])[-2:]
    assert [entry.fields for entry in by_bulk] == [entry.fields for entry in by_hook]
    assert [entry.fields for entry in by_bulk] == [{"active": False}] * 2
    assert all(entry.device_id == by_hook[0].device_id for entry in by_bulk)
    stamps = [entry.hlc for entry in by_hook + by_bulk]
    assert all(a < b for a, b in itertools.pairwise(stamps))
    with db.read() as session:
        assert session.get(SyncState, 1).last_hlc == stamps[-1]
        for row_id in ids[2:]:
            row = session.get(Volunteer, row_id)
            assert row.active is False
            assert row.updated_at >= before


def test_update_rows_records_only_the_fields_that_changed_per_row(db):
    ids = _volunteers(db, 2)
    with db.write() as session:
        session.get(Volunteer, ids[0]).notes = "kept"
    with db.write() as session:
        update_rows(session, Volunteer, ids, {"notes": "kept", "active": False})
    first, second = (_entries(db, [row_id])[-1] for row_id in ids)
    assert first.fields == {"active": False}
    assert second.fields == {"notes": "kept", "active": False}


def test_update_rows_leaves_held_objects_reading_the_new_values(db):
    (row_id,) = _volunteers(db, 1)
    with db.write() as session:
        held = session.get(Volunteer, row_id)
        assert held.active is True
        update_rows(session, Volunteer, [row_id], {"active": False})
        assert held.active is False
        # A later ORM change in the same session is captured on top, stamped after.
        held.notes = "after"
    entries = _entries(db, [row_id])
    assert [entry.fields for entry in entries[-2:]] == [{"active": False}, {"notes": "after"}]
    assert entries[-2].hlc < entries[-1].hlc


def test_update_rows_ignores_unknown_ids_and_refuses_unknown_fields(db):
    (row_id,) = _volunteers(db, 1)
    with db.write() as session:
        assert update_rows(session, Volunteer, ["no-such-id"], {"active": False}) == []
        with pytest.raises(ValueError, match="updated_at"):
            update_rows(session, Volunteer, [row_id], {"updated_at": datetime.now(UTC)})


def test_many_rows_in_chunks(db):
    with db.write() as session:
        rows = NewRows(session)
        ids = [
            rows.add(Volunteer, {"given_name": f"V{i}", "family_name": "B", "sort_name": f"b v{i}"})
            for i in range(1_234)
        ]
        rows.flush()
    with db.write() as session:
        changed = update_rows(session, Volunteer, ids, {"deleted_at": datetime.now(UTC)})
    assert changed == ids
    with db.read() as session:
        live = session.scalars(select(Volunteer.id).where(Volunteer.deleted_at.is_(None))).all()
    assert live == []
    assert len(_entries(db, ids)) == 2 * len(ids)


def test_a_failure_later_in_the_action_undoes_the_rows_and_their_entries(db):
    """The statements run on the driver's own cursor, inside the session's transaction."""
    with db.write() as session:
        rows = NewRows(session)
        ids = [
            rows.add(Volunteer, {"given_name": f"V{i}", "family_name": "C", "sort_name": f"c v{i}"})
            for i in range(600)
        ]
        rows.flush()
    entries_before = len(_entries(db, ids))
    with pytest.raises(RuntimeError), db.write() as session:
        assert update_rows(session, Volunteer, ids, {"active": False}) == ids
        raise RuntimeError("the next step of the action failed")
    with db.read() as session:
        inactive = session.scalars(select(Volunteer.id).where(Volunteer.active.is_(False))).all()
    assert inactive == []
    assert len(_entries(db, ids)) == entries_before
