"""Property: laptops that edit, delete and sync in any order end with the same data and the same
list of losing edits, once each has synced after the last change."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from sistercommittee.domain import SYNCED_MODELS, Conflict, HoursEntry, Volunteer
from sistercommittee.domain.enums import HoursKind
from sistercommittee.errors import NotFoundError
from sistercommittee.services import volunteers as V
from sistercommittee.services.organizations import create_organization
from sistercommittee.sync import service
from tests.hq.fixtures import Laptop, laptop, make_org

NAMES = ["Ann", "Bo", "Chen", "Dara", "Emeka", "Fatima"]
NOTES = [None, "drives", "speaks Japanese", "on leave", "treasurer"]

step = st.one_of(
    st.tuples(st.just("add"), st.integers(0, 2), st.sampled_from(NAMES)),
    st.tuples(st.just("name"), st.integers(0, 2), st.integers(0, 9), st.sampled_from(NAMES)),
    st.tuples(st.just("notes"), st.integers(0, 2), st.integers(0, 9), st.sampled_from(NOTES)),
    st.tuples(st.just("active"), st.integers(0, 2), st.integers(0, 9), st.booleans()),
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 9)),
    st.tuples(st.just("undelete"), st.integers(0, 2), st.integers(0, 9)),
    st.tuples(st.just("hours"), st.integers(0, 2), st.integers(0, 9), st.integers(15, 240)),
    st.tuples(st.just("sync"), st.integers(0, 2)),
    st.tuples(st.just("sync"), st.integers(0, 2)),
)


def _ids(db, *, deleted: bool | None = False) -> list[str]:
    with db.read() as session:
        query = select(Volunteer.id).order_by(Volunteer.id)
        if deleted is not None:
            query = query.where(
                Volunteer.deleted_at.is_not(None) if deleted else Volunteer.deleted_at.is_(None)
            )
        return list(session.scalars(query))


def _pick(db, slot: int, *, deleted: bool = False) -> str | None:
    ids = _ids(db, deleted=deleted)
    return ids[slot % len(ids)] if ids else None


def _apply(lap: Laptop, action: tuple) -> None:
    kind, _, *args = action
    db = lap.db
    if kind == "add":
        with db.write() as session:  # a volunteer and their first hours in one flush
            volunteer = Volunteer(given_name=args[0], sort_name=V.sort_name(args[0], None))
            session.add(volunteer)
            session.flush()
            session.add(
                HoursEntry(
                    volunteer_id=volunteer.id,
                    worked_on=date(2026, 5, 1),
                    minutes=60,
                    kind=HoursKind.MEETING,
                )
            )
        return
    if kind == "sync":
        service.sync_now(db, lap.store)
        return
    target = _pick(db, args[0], deleted=kind == "undelete")
    if target is None:
        return
    try:
        if kind == "name":
            V.edit_volunteer(db, target, {"given_name": args[1]})
        elif kind == "notes":
            V.edit_volunteer(db, target, {"notes": args[1]})
        elif kind == "active":
            V.set_active(db, [target], args[1])
        elif kind == "delete":
            V.delete_volunteer(db, target)
        elif kind == "undelete":
            V.restore_volunteer(db, target)
        elif kind == "hours":
            with db.write() as session:
                session.add(
                    HoursEntry(
                        volunteer_id=target,
                        worked_on=date(2026, 6, 1),
                        minutes=args[1],
                        kind=HoursKind.EVENT,
                    )
                )
    except NotFoundError:
        pass


def snapshot(db) -> dict[str, list[tuple]]:
    data: dict[str, list[tuple]] = {}
    with db.read() as session:
        for model in SYNCED_MODELS:
            table = model.__table__
            # Not updated_at (when this laptop wrote the row) nor a laptop's own sort keys.
            columns = [c for c in table.columns if c.name != "updated_at" and not c.info.get("local")]
            rows = session.execute(select(*columns).order_by(table.c.id)).all()
            data[table.name] = [tuple(row) for row in rows]
    return data


def open_conflicts(db) -> set[tuple]:
    with db.read() as session:
        return {
            (c.table_name, c.row_id, c.field, c.losing_clock, repr(c.losing_value))
            for c in session.scalars(select(Conflict).where(Conflict.resolved_at.is_(None)))
        }


def _run(hq, laptops: int, steps: list[tuple]) -> None:
    org = make_org(hq.db)
    workdir = Path(tempfile.mkdtemp(prefix="sc-converge-"))
    laps: list[Laptop] = []
    try:
        for index in range(laptops):
            role = "coordinator" if index == 0 else "volunteer"
            laps.append(laptop(workdir / f"{index}.sqlite", hq.url, org.emails[role]))
            if index == 0:
                create_organization(
                    laps[0].db, {"name": "Springfield", "city": "Springfield", "country": "US"}
                )
            service.sync_now(laps[index].db, laps[index].store)
        for action in steps:
            _apply(laps[action[1] % laptops], action)
        for _ in range(2):  # everyone syncs twice: all changes reach all laptops
            for lap in laps:
                service.sync_now(lap.db, lap.store)
        first = snapshot(laps[0].db)
        conflicts = open_conflicts(laps[0].db)
        for lap in laps[1:]:
            assert snapshot(lap.db) == first
            assert open_conflicts(lap.db) == conflicts
            assert service.sync_status(lap.db, lap.store).pending_changes == 0
    finally:
        for lap in laps:
            lap.db.close()
        shutil.rmtree(workdir, ignore_errors=True)


SETTINGS = settings(
    max_examples=12,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.mark.parametrize("laptops", [2, 3])
@SETTINGS
@given(steps=st.lists(step, min_size=4, max_size=30))
def test_laptops_converge_whatever_the_order(hq, laptops, steps):
    _run(hq, laptops, steps)


def test_a_week_offline_with_overlapping_edits(hq):
    """Three laptops each edit the same volunteers for a week without syncing, then sync."""
    steps = [("add", i % 3, NAMES[i]) for i in range(6)]
    steps += [("sync", 0), ("sync", 1), ("sync", 2), ("sync", 0), ("sync", 1)]
    for day in range(7):
        for who in range(3):
            steps.append(("notes", who, day + who, NOTES[(day + who) % len(NOTES)]))
            steps.append(("name", who, day, NAMES[(day * 3 + who) % len(NAMES)]))
            steps.append(("hours", who, day, 30 + day))
        steps.append(("delete", day % 3, day + 2))
        steps.append(("undelete", (day + 1) % 3, day))
    _run(hq, 3, steps)
