"""Writes of the event itself: add, edit (moving its shifts with it), delete and its undo."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select

from sistercommittee.domain import (
    Event,
    Shift,
    Volunteer,
)
from sistercommittee.domain.base import utcnow
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.services import bulk, organizations, rows
from sistercommittee.services.changes import Changes
from sistercommittee.services.events.common import (
    _event_changes,
    _get,
    _merge,
    _overlap_problem,
    _partnership_problems,
    _set_partnerships,
    _shift_time_problems,
    _Span,
    _validated,
)
from sistercommittee.services.events.forms import EVENT_FORM, _FollowStart
from sistercommittee.services.events.times import _from_wall, _naive_local
from sistercommittee.services.forms import (
    current_values,
    form_values,
)
from sistercommittee.services.outcomes import to_columns
from sistercommittee.storage.database import Database


def add_event(db: Database, values: Mapping[str, Any]) -> Changes:
    with db.write() as session:
        parsed, problems = _validated(EVENT_FORM, values, organizations.defaults(session))
        partnership_ids, more = _partnership_problems(session, values.get("partnerships"))
        _merge(problems, more)
        if problems:
            raise ValidationError(problems)
        parsed.pop("partnerships", None)
        event = Event(**to_columns(parsed, organizations.defaults(session).currency))
        session.add(event)
        session.flush()
        _set_partnerships(session, event, partnership_ids)
        return _event_changes(session, event)


def edit_event(db: Database, event_id: str, values: Mapping[str, Any]) -> Changes:
    """Change the fields given. A new start without an end keeps the event's length; a new time
    zone alone keeps the wall-clock times; the shifts move with the start (see the module's
    docstring)."""
    with db.write() as session:
        event = _get(session, event_id)
        old_zone = event.time_zone
        old_local_start = _naive_local(event.starts_at, old_zone)
        old_local_end = _naive_local(event.ends_at, old_zone)
        raw = dict(values)
        if "time_zone" in raw and "starts_at" not in raw:
            raw["starts_at"] = old_local_start
        if ("starts_at" in values or "time_zone" in values) and "ends_at" not in raw:
            raw["ends_at"] = _FollowStart(old_local_start, old_local_end)
        parsed, problems = _validated(
            EVENT_FORM, raw, organizations.defaults(session), current=current_values(event)
        )
        partnership_ids: list[str] | None = None
        if "partnerships" in values:
            partnership_ids, more = _partnership_problems(session, values["partnerships"])
            _merge(problems, more)
        if problems:
            raise ValidationError(problems)
        parsed.pop("partnerships", None)
        new_zone = parsed.get("time_zone", old_zone)
        new_start = parsed.get("starts_at", event.starts_at)
        new_end = parsed.get("ends_at", event.ends_at)
        moved = _naive_local(new_start, new_zone) - old_local_start
        shifts = session.scalars(
            select(Shift).where(Shift.event_id == event.id, Shift.deleted_at.is_(None))
        ).all()
        move_shifts = "starts_at" in values or "time_zone" in values
        planned: list[tuple[Shift, datetime, datetime]] = []
        for shift in shifts:
            if move_shifts:
                start = _from_wall(_naive_local(shift.starts_at, old_zone) + moved, new_zone)
                end = _from_wall(_naive_local(shift.ends_at, old_zone) + moved, new_zone)
            else:
                start, end = shift.starts_at, shift.ends_at
            planned.append((shift, start, end))
        moved_event = _Span(parsed.get("title", event.title), new_start, new_end, new_zone)
        for shift, start, end in planned:
            for name, message in _shift_time_problems(
                moved_event, start, end, role=shift.role
            ).items():
                problems.setdefault(
                    name, msg(
                        "{message} Change or delete the shift first, then the event.",
                        message=message,
                    )
                )
            if shift.volunteer_id and (start, end) != (shift.starts_at, shift.ends_at):
                volunteer = session.get(Volunteer, shift.volunteer_id)
                if volunteer is not None and volunteer.deleted_at is None:
                    clash = _overlap_problem(
                        session, volunteer, start, end, other_than_event_id=event.id
                    )
                    if clash:
                        problems.setdefault(
                            "starts_at",
                            msg(
                                "The shift {role} would move too: {clash} Change that shift "
                                "first.",
                                role=shift.role, clash=clash,
                            ),
                        )
        if problems:
            raise ValidationError(problems)
        to_columns(parsed, organizations.defaults(session).currency, event.investment_currency)
        for name, value in parsed.items():
            setattr(event, name, value)
        for shift, start, end in planned:
            if (start, end) != (shift.starts_at, shift.ends_at):
                shift.starts_at, shift.ends_at = start, end
        if partnership_ids is not None:
            _set_partnerships(session, event, partnership_ids)
        return _event_changes(session, event)


def delete_event(db: Database, event_id: str) -> Changes:
    """Delete an event with its shifts and budget (they go and come back with it). Hours logged
    for it stay in the volunteers' totals."""
    with db.write() as session:
        event = _get(session, event_id)
        event.deleted_at = utcnow()
        return _event_changes(session, event)


def restore_event(db: Database, event_id: str) -> Changes:
    """Bring back a deleted event (the undo of a delete), unless one of its volunteers has since
    taken another shift at the same time."""
    with db.write() as session:
        event = rows.stored(session, Event, event_id, "event")
        if event.deleted_at is None:
            return _event_changes(session, event)
        for shift in session.scalars(
            select(Shift).where(
                Shift.event_id == event.id,
                Shift.deleted_at.is_(None),
                Shift.volunteer_id.is_not(None),
            )
        ):
            volunteer = session.get(Volunteer, shift.volunteer_id)
            if volunteer is None or volunteer.deleted_at is not None:
                continue
            clash = _overlap_problem(
                session, volunteer, shift.starts_at, shift.ends_at, own_shift_id=shift.id
            )
            if clash:
                raise ValidationError.single(
                    "volunteer_id",
                    msg(
                        "{title} cannot come back as it was: {clash} Free that shift first.",
                        title=event.title, clash=clash,
                    ),
                )
        event.deleted_at = None
        return _event_changes(session, event)


def delete_events(db: Database, ids: Iterable[str]) -> Changes:
    """Delete several events as one action: all of them, or none."""
    return bulk.each(db, delete_event, ids, "event")


def restore_events(db: Database, ids: Iterable[str]) -> Changes:
    """Bring back several events (the undo of delete_events): all of them, or none."""
    return bulk.each(db, restore_event, ids, "event")


def event_form_values(db: Database, event_id: str) -> dict[str, Any]:
    """The event's values in the terms of EVENT_FORM, as an edit dialog starts from."""
    with db.read() as session:
        return form_values(EVENT_FORM, session, _get(session, event_id))
