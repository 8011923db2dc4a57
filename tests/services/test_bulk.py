"""Actions on several records: one transaction, all of them or none."""

from __future__ import annotations

import pytest
from sqlalchemy import event, select

from sistercommittee.domain import OutboxEntry, Volunteer
from sistercommittee.errors import NotFoundError, ValidationError
from sistercommittee.services import exchanges, partnerships
from sistercommittee.services import volunteers as svc


def _count_transactions(db) -> list[int]:
    begun: list[int] = []
    event.listen(db.engine, "begin", lambda connection: begun.append(1))
    return begun


def _live_names(db) -> list[str]:
    with db.read() as session:
        return sorted(
            v.given_name for v in session.scalars(select(Volunteer)) if v.deleted_at is None
        )


def test_delete_volunteers_is_one_transaction_and_restore_brings_them_all_back(db):
    ids = [svc.add_volunteer(db, {"given_name": name}).id for name in ("Ana", "Ben", "Cho")]
    begun = _count_transactions(db)
    changes = svc.delete_volunteers(db, ids[:2])
    assert len(begun) == 1
    assert set(changes.ids) == set(ids[:2])
    assert _live_names(db) == ["Cho"]
    before = len(begun)
    svc.restore_volunteers(db, ids[:2])
    assert len(begun) == before + 1
    assert _live_names(db) == ["Ana", "Ben", "Cho"]


def test_one_unknown_id_deletes_none_and_names_it(db):
    ids = [svc.add_volunteer(db, {"given_name": name}).id for name in ("Ana", "Ben")]
    with db.read() as session:
        outbox_before = len(session.scalars(select(OutboxEntry)).all())
    with pytest.raises(NotFoundError, match="There is no volunteer with id nobody"):
        svc.delete_volunteers(db, [ids[0], "nobody", ids[1]])
    assert _live_names(db) == ["Ana", "Ben"]
    with db.read() as session:
        assert len(session.scalars(select(OutboxEntry)).all()) == outbox_before


def test_an_empty_selection_is_refused_with_a_sentence(db):
    with pytest.raises(ValidationError) as caught:
        svc.delete_volunteers(db, [])
    assert caught.value.errors == {"ids": "Choose at least a volunteer."}


def test_the_same_id_twice_is_deleted_once(db):
    ana = svc.add_volunteer(db, {"given_name": "Ana"}).id
    assert svc.delete_volunteers(db, [ana, ana]).ids == (ana,)


def test_parts_of_a_record_are_removed_together(db):
    partnership = partnerships.add_partnership(
        db, {"city_name": "Kyoto", "country": "JP", "status": "exploring"}
    ).id
    exchange = exchanges.add_exchange(
        db,
        {
            "partnership_id": partnership,
            "title": "Students to Kyoto",
            "direction": "outbound",
            "program": "youth",
            "starts_on": "2026-05-10",
            "ends_on": "2026-05-17",
        },
    ).id
    people = [
        exchanges.add_participant(db, exchange, {"name": name, "role": "student"}).id
        for name in ("Aiko", "Ben")
    ]
    begun = _count_transactions(db)
    exchanges.remove_participants(db, people)
    assert len(begun) == 1
    assert exchanges.get_exchange(db, exchange).participants == ()
    before = len(begun)
    exchanges.restore_participants(db, people)
    assert len(begun) == before + 1
    assert {p.id for p in exchanges.get_exchange(db, exchange).participants} == set(people)


def test_a_write_inside_an_action_joins_it_and_a_failure_undoes_the_whole_action(db):
    ana = svc.add_volunteer(db, {"given_name": "Ana"}).id
    with pytest.raises(RuntimeError), db.action():
        svc.delete_volunteer(db, ana)
        svc.add_volunteer(db, {"given_name": "Ben"})
        raise RuntimeError("stop")
    assert _live_names(db) == ["Ana"]


def _statements(db) -> list[str]:
    """SELECTs run through the driver's own cursor too, so they are counted at the driver."""
    seen: list[str] = []

    @event.listens_for(db.engine, "connect")
    def _trace(dbapi_connection, record) -> None:  # pragma: no cover - new connections only
        dbapi_connection.set_trace_callback(seen.append)

    for connection in list(db.engine.pool._pool.queue):  # type: ignore[attr-defined]
        connection.dbapi_connection.set_trace_callback(seen.append)
    return seen


def test_a_deleted_id_deactivates_none_and_names_it(db):
    ids = [svc.add_volunteer(db, {"given_name": name}).id for name in ("Ana", "Ben", "Cho")]
    svc.delete_volunteers(db, [ids[1]])
    with db.read() as session:
        outbox_before = len(session.scalars(select(OutboxEntry)).all())
    with pytest.raises(NotFoundError, match=f"There is no volunteer with id {ids[1]}"):
        svc.set_active(db, ids, False)
    with db.read() as session:
        assert all(v.active for v in session.scalars(select(Volunteer)))
        assert len(session.scalars(select(OutboxEntry)).all()) == outbox_before
    # Deleted again is refused as well; a restore wants the deleted one and takes it.
    with pytest.raises(NotFoundError, match=ids[1]):
        svc.delete_volunteers(db, [ids[0], ids[1]])
    with pytest.raises(NotFoundError, match="nobody"):
        svc.restore_volunteers(db, [ids[1], "nobody"])
    svc.restore_volunteers(db, [ids[1]])
    assert _live_names(db) == ["Ana", "Ben", "Cho"]


def test_the_ids_of_a_bulk_action_are_read_once(db):
    ids = [svc.add_volunteer(db, {"given_name": f"V{i}"}).id for i in range(3)]
    seen = _statements(db)
    svc.set_active(db, ids, False)
    reads = [
        s
        for s in seen
        if s.lstrip().upper().startswith("SELECT") and "volunteers" in s and " IN (" in s
    ]  # (the names' sort keys are looked for before each commit, in a query of their own)
    assert len(reads) == 1, reads  # the check and the current values in one query
