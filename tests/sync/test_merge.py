"""The merge rule on its own (no server): a list stands in for HQ's feed."""

from __future__ import annotations

import time
from datetime import date

import pytest
from sqlalchemy import select

from sistercommittee.domain import HoursEntry, OutboxEntry, SyncState, Volunteer
from sistercommittee.domain.enums import HoursKind
from sistercommittee.errors import NotFoundError
from sistercommittee.ids import new_id
from sistercommittee.services import volunteers as V
from sistercommittee.services.organizations import create_organization
from sistercommittee.storage import capture
from sistercommittee.sync import merge, outbox, stored_rows
from sistercommittee.sync.conflicts import (
    ConflictQuery,
    dismiss_conflict,
    list_conflicts,
    restore_conflict,
)
from sistercommittee.sync.wire import Change
from tests.hq.fixtures import new_laptop_db
from tests.sync.test_convergence import open_conflicts, snapshot


class Feed:
    """HQ reduced to its feed: pushes append, pulls read on from a cursor per database."""

    def __init__(self) -> None:
        self.changes: list[Change] = []
        self.cursors: dict[int, int] = {}

    def push(self, db) -> int:
        with db.write() as session:
            outbox.fold_outbox(session)
            pending = outbox.pending_changes(session, 10_000)
            outbox.acknowledge(session, pending)
        self.changes += [item.change for item in pending]
        return len(pending)

    def pull(self, db, changes: list[Change] | None = None) -> merge.MergeStats:
        start = self.cursors.get(id(db), 0)
        todo = self.changes[start:] if changes is None else changes
        with db.write() as session:
            session.info[capture.APPLYING_REMOTE] = True
            device = session.scalar(select(SyncState.device_id))
            stats = merge.apply_changes(session, todo, device)
        self.cursors[id(db)] = len(self.changes)
        return stats

    def sync(self, *dbs) -> None:
        for db in dbs:
            self.push(db)
            self.pull(db)


@pytest.fixture
def feed():
    return Feed()


class WallClock:
    """The wall clock the laptops' change clocks read, moved on only by the test."""

    def __init__(self) -> None:
        self.ns = time.time_ns()

    def time_ns(self) -> int:
        return self.ns

    def advance(self, ms: int) -> None:
        self.ns += ms * 1_000_000


@pytest.fixture
def wall_clock(monkeypatch):
    from sistercommittee.storage import clock

    fake = WallClock()
    monkeypatch.setattr(clock, "time", fake)
    return fake


@pytest.fixture
def laptops(tmp_path, feed):
    dbs = [new_laptop_db(tmp_path / f"{name}.sqlite") for name in "abc"]
    create_organization(dbs[0], {"name": "Springfield", "city": "Springfield", "country": "US"})
    feed.sync(*dbs)
    yield dbs
    for db in dbs:
        db.close()


def _volunteer(db, volunteer_id):
    with db.read() as session:
        return session.get(Volunteer, volunteer_id)


def test_edits_made_apart_keep_the_later_value_and_the_loser(laptops, feed, wall_clock):
    a, b, _ = laptops
    vid = V.add_volunteer(a, {"given_name": "Ann", "email": "ann@example.org"}).id
    feed.sync(a, b)
    V.edit_volunteer(a, vid, {"email": "ann@first.example"})
    wall_clock.advance(2)  # the second edit is the later one
    V.edit_volunteer(b, vid, {"email": "ann@second.example"})
    feed.sync(a, b, a)
    for db in (a, b):
        assert _volunteer(db, vid).email == "ann@second.example"
        page = list_conflicts(db)
        assert [(c.field, c.losing_value, c.current_value, c.reason) for c in page.items] == [
            ("email", "ann@first.example", "ann@second.example", "changed")
        ]
        assert page.items[0].record_label == "Ann" and page.items[0].record_kind == "volunteer"
    assert open_conflicts(a) == open_conflicts(b)


def test_an_edit_made_on_top_of_another_is_no_conflict(laptops, feed):
    a, b, _ = laptops
    vid = V.add_volunteer(a, {"given_name": "Ann"}).id
    feed.sync(a, b)
    V.edit_volunteer(a, vid, {"notes": "first"})
    feed.sync(a, b)
    V.edit_volunteer(b, vid, {"notes": "second"})
    feed.sync(b, a)
    assert _volunteer(a, vid).notes == _volunteer(b, vid).notes == "second"
    assert list_conflicts(a).total == list_conflicts(b).total == 0


def test_different_fields_edited_apart_both_stay(laptops, feed):
    a, b, _ = laptops
    vid = V.add_volunteer(a, {"given_name": "Ann"}).id
    feed.sync(a, b)
    V.edit_volunteer(a, vid, {"notes": "drives"})
    V.edit_volunteer(b, vid, {"email": "ann@example.org"})
    feed.sync(a, b, a)
    for db in (a, b):
        volunteer = _volunteer(db, vid)
        assert (volunteer.notes, volunteer.email) == ("drives", "ann@example.org")
        assert list_conflicts(db).total == 0


def test_names_edited_apart_give_the_matching_sort_name(laptops, feed):
    a, b, _ = laptops
    vid = V.add_volunteer(a, {"given_name": "Ann", "family_name": "Lee"}).id
    feed.sync(a, b)
    V.edit_volunteer(a, vid, {"given_name": "Anna"})
    V.edit_volunteer(b, vid, {"family_name": "Müller"})
    feed.sync(a, b, a)
    for db in (a, b):
        assert _volunteer(db, vid).sort_name == "anna muller"
        assert list_conflicts(db).total == 0


def test_restoring_a_losing_value_syncs_as_a_new_change(laptops, feed, wall_clock):
    a, b, c = laptops
    vid = V.add_volunteer(a, {"given_name": "Ann"}).id
    feed.sync(a, b, c)
    V.edit_volunteer(a, vid, {"notes": "from a"})
    wall_clock.advance(2)  # the second edit is the later one
    V.edit_volunteer(b, vid, {"notes": "from b"})
    feed.sync(a, b, a, c)
    (conflict,) = list_conflicts(a).items
    assert conflict.losing_value == "from a"
    restore_conflict(a, conflict.id)
    assert _volunteer(a, vid).notes == "from a"
    with a.read() as session:
        assert session.scalar(select(OutboxEntry.fields).order_by(OutboxEntry.seq.desc())) == {
            "notes": "from a"
        }
    assert restore_conflict(a, conflict.id).entities == frozenset()  # already done: no-op
    feed.sync(a, b, c)
    for db in (a, b, c):
        assert _volunteer(db, vid).notes == "from a"
        assert list_conflicts(db).total == 0
    assert list_conflicts(a, ConflictQuery(include_resolved=True)).items[0].resolution == "restored"


def test_an_edit_to_a_record_deleted_elsewhere_is_kept_and_restorable(laptops, feed):
    a, b, c = laptops
    vid = V.add_volunteer(a, {"given_name": "Ann"}).id
    feed.sync(a, b, c)
    V.delete_volunteer(a, vid)
    V.edit_volunteer(b, vid, {"notes": "phoned her on Monday"})
    feed.sync(a, b, a, c)
    for db in (a, b, c):
        assert _volunteer(db, vid).deleted_at is not None
        (conflict,) = list_conflicts(db).items
        assert (conflict.field, conflict.losing_value, conflict.reason) == (
            "notes",
            "phoned her on Monday",
            "deleted",
        )
        assert conflict.record_deleted
    restore_conflict(c, list_conflicts(c).items[0].id)
    feed.sync(c, a, b)
    for db in (a, b, c):
        volunteer = _volunteer(db, vid)
        assert volunteer.deleted_at is None and volunteer.notes == "phoned her on Monday"
        assert list_conflicts(db).total == 0


def test_a_delete_made_after_seeing_the_edit_is_no_conflict(laptops, feed):
    a, b, _ = laptops
    vid = V.add_volunteer(a, {"given_name": "Ann"}).id
    feed.sync(a, b)
    V.edit_volunteer(b, vid, {"notes": "moved away"})
    feed.sync(b, a)
    V.delete_volunteer(a, vid)
    feed.sync(a, b)
    for db in (a, b):
        assert _volunteer(db, vid).deleted_at is not None
        assert list_conflicts(db).total == 0


def test_children_may_arrive_before_their_parent(laptops, feed):
    a, b, _ = laptops
    with a.write() as session:
        volunteer = Volunteer(given_name="Bo", sort_name="bo")
        session.add(volunteer)
        session.flush()
        session.add(
            HoursEntry(
                volunteer_id=volunteer.id,
                worked_on=date(2026, 5, 1),
                minutes=90,
                kind=HoursKind.EVENT,
            )
        )
    feed.push(a)
    reversed_order = list(reversed(feed.changes[-2:]))
    assert reversed_order[0].table == "volunteer_hours"
    feed.pull(b, reversed_order)
    with b.read() as session:
        assert session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert session.connection().exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert session.scalar(select(HoursEntry.minutes)) == 90


def _change(table, row_id, hlc, device, fields, base=None):
    return Change(table, row_id, hlc, device, fields, base or {})


def test_same_clock_on_two_laptops_is_settled_by_device_id(laptops, feed):
    a, b, c = laptops
    vid = V.add_volunteer(a, {"given_name": "Ann"}).id
    feed.sync(a, b, c)
    hlc = f"{time.time_ns() // 1_000_000:013d}.000007"
    low, high = sorted(new_id() for _ in range(2))
    changes = [
        _change("volunteers", vid, hlc, low, {"notes": "low"}),
        _change("volunteers", vid, hlc, high, {"notes": "high"}),
    ]
    feed.pull(b, changes)
    feed.pull(c, list(reversed(changes)))
    for db in (b, c):
        assert _volunteer(db, vid).notes == "high"
    assert open_conflicts(b) == open_conflicts(c) != set()


def test_a_local_edit_after_seeing_a_clock_ahead_still_wins(laptops, feed):
    a, b, _ = laptops
    vid = V.add_volunteer(a, {"given_name": "Ann"}).id
    feed.sync(a, b)
    ahead = f"{time.time_ns() // 1_000_000 + 120_000:013d}.000000"  # a laptop 2 minutes fast
    with a.read() as session:
        base = stored_rows.load_clocks(session, [("volunteers", vid)])[("volunteers", vid)]
    feed.pull(
        b,
        [
            _change(
                "volunteers", vid, ahead, new_id(), {"notes": "fast clock"}, {"notes": base["*"]}
            )
        ],
    )
    V.edit_volunteer(b, vid, {"notes": "made later"})
    with b.read() as session:
        assert session.scalar(select(OutboxEntry.hlc).order_by(OutboxEntry.seq.desc())) > ahead
    assert _volunteer(b, vid).notes == "made later"


def test_the_same_changes_in_another_causal_order_give_the_same_result(tmp_path, laptops, feed):
    a, b, c = laptops
    ids = [V.add_volunteer(a, {"given_name": name}).id for name in ("Ann", "Bo")]
    feed.sync(a, b, c)
    V.edit_volunteer(a, ids[0], {"notes": "a1"})
    V.edit_volunteer(a, ids[0], {"notes": "a2"})
    V.delete_volunteer(a, ids[1])
    V.edit_volunteer(b, ids[0], {"notes": "b1"})
    V.edit_volunteer(b, ids[1], {"given_name": "Bob"})
    V.edit_volunteer(c, ids[0], {"email": "c@example.org"})
    start = len(feed.changes)
    for db in (a, b, c):
        feed.push(db)
    by_device: dict[str, list[Change]] = {}
    for change in feed.changes[start:]:
        by_device.setdefault(change.device_id, []).append(change)
    streams = list(by_device.values())
    orders = [
        [x for stream in streams for x in stream],
        [x for stream in reversed(streams) for x in stream],
        [x for pair in zip(*[s + [None] * 3 for s in streams], strict=False) for x in pair if x],
    ]
    results = []
    for index, order in enumerate(orders):
        db = new_laptop_db(tmp_path / f"fresh{index}.sqlite")
        feed.pull(db, feed.changes[:start] + order)
        results.append((snapshot(db), open_conflicts(db)))
        db.close()
    assert results[0] == results[1] == results[2]
    assert results[0][1]  # there were conflicts to agree on


def test_conflicts_page_and_dismiss(laptops, feed):
    a, b, _ = laptops
    ids = [V.add_volunteer(a, {"given_name": f"V{i}"}).id for i in range(5)]
    feed.sync(a, b)
    for vid in ids:
        V.edit_volunteer(a, vid, {"notes": "a"})
        V.edit_volunteer(b, vid, {"notes": "b"})
    feed.sync(a, b, a)
    first = list_conflicts(a, ConflictQuery(limit=2))
    assert first.total == 5 and len(first.items) == 2 and first.has_more
    dismiss_conflict(a, first.items[0].id)
    assert list_conflicts(a).total == 4
    assert list_conflicts(a, ConflictQuery(include_resolved=True)).total == 5
    with pytest.raises(NotFoundError):
        restore_conflict(a, 10_000)
