"""Staffing: an event's shifts and who takes them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from sistercommittee.domain import (
    Event,
    Shift,
    Volunteer,
)
from sistercommittee.domain.base import utcnow
from sistercommittee.errors import ValidationError
from sistercommittee.services import bulk, organizations, rows
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.events.common import (
    _event_of,
    _get,
    _get_shift,
    _merge,
    _overlap_problem,
    _shift_time_problems,
    _Span,
    _validated,
    _volunteer_problem,
)
from sistercommittee.services.events.forms import SHIFT_FORM
from sistercommittee.services.forms import (
    OrgDefaults,
    current_values,
    form_values,
)
from sistercommittee.storage.database import Database


def _event_defaults(session: Session, event: Event) -> OrgDefaults:
    return replace(organizations.defaults(session), time_zone=event.time_zone)


def _shift_problems(
    session: Session,
    event: Event,
    start: datetime,
    end: datetime,
    volunteer_id: str | None,
    *,
    role: str = "",
    own_shift_id: str | None = None,
) -> dict[str, str]:
    problems = _shift_time_problems(_Span.of(event), start, end, role=role)
    if volunteer_id:
        volunteer, message = _volunteer_problem(session, volunteer_id)
        if message:
            problems.setdefault("volunteer_id", message)
        elif volunteer is not None and not problems:
            clash = _overlap_problem(session, volunteer, start, end, own_shift_id=own_shift_id)
            if clash:
                problems["volunteer_id"] = clash
    return problems


def add_shift(db: Database, event_id: str, values: Mapping[str, Any]) -> Changes:
    """Add a shift to an event's staffing plan. Without times it lasts the whole event; without
    an end it runs until the event ends (or an hour, if it starts after that)."""
    with db.write() as session:
        event = _get(session, event_id)
        parsed, problems = _validated(SHIFT_FORM, values, _event_defaults(session, event))
        if problems:
            volunteer_id = values.get("volunteer_id")
            if isinstance(volunteer_id, str) and volunteer_id.strip():
                _, message = _volunteer_problem(session, volunteer_id.strip())
                _merge(problems, {"volunteer_id": message} if message else {})
            raise ValidationError(problems)
        start = parsed["starts_at"] or event.starts_at
        end = parsed["ends_at"] or max(event.ends_at, start + timedelta(hours=1))
        problems = _shift_problems(
            session, event, start, end, parsed["volunteer_id"], role=parsed["role"]
        )
        if problems:
            raise ValidationError(problems)
        shift = Shift(
            event_id=event.id,
            role=parsed["role"],
            starts_at=start,
            ends_at=end,
            volunteer_id=parsed["volunteer_id"],
        )
        session.add(shift)
        session.flush()
        return Changes.of(Entity.EVENTS, ids=(shift.id, event.id))


def edit_shift(db: Database, shift_id: str, values: Mapping[str, Any]) -> Changes:
    """Change a shift's role, times or volunteer. A time cleared means the event's own."""
    with db.write() as session:
        shift, event = _get_shift(session, shift_id)
        parsed, problems = _validated(
            SHIFT_FORM,
            values,
            _event_defaults(session, event),
            current=current_values(shift),
        )
        if problems:
            raise ValidationError(problems)
        start = parsed.get("starts_at", shift.starts_at) or event.starts_at
        end = parsed.get("ends_at", shift.ends_at) or max(event.ends_at, start + timedelta(hours=1))
        volunteer_id = parsed.get("volunteer_id", shift.volunteer_id)
        role = parsed.get("role", shift.role)
        problems = _shift_problems(
            session, event, start, end, volunteer_id, role=role, own_shift_id=shift.id
        )
        if problems:
            raise ValidationError(problems)
        shift.role, shift.starts_at, shift.ends_at = role, start, end
        shift.volunteer_id = volunteer_id
        return Changes.of(Entity.EVENTS, ids=(shift.id, event.id))


def assign_shift(db: Database, shift_id: str, volunteer_id: str | None) -> Changes:
    """Give the shift to a volunteer, or open it again with None."""
    with db.write() as session:
        shift, event = _get_shift(session, shift_id)
        if volunteer_id is not None and not volunteer_id.strip():
            volunteer_id = None
        if volunteer_id is not None:
            volunteer_id = volunteer_id.strip()
            volunteer, message = _volunteer_problem(session, volunteer_id)
            if message:
                raise ValidationError.single("volunteer_id", message)
            assert volunteer is not None
            clash = _overlap_problem(
                session, volunteer, shift.starts_at, shift.ends_at, own_shift_id=shift.id
            )
            if clash:
                raise ValidationError.single("volunteer_id", clash)
        shift.volunteer_id = volunteer_id
        return Changes.of(Entity.EVENTS, ids=(shift.id, event.id))


def delete_shift(db: Database, shift_id: str) -> Changes:
    with db.write() as session:
        shift, event = _get_shift(session, shift_id)
        shift.deleted_at = utcnow()
        return Changes.of(Entity.EVENTS, ids=(shift.id, event.id))


def restore_shift(db: Database, shift_id: str) -> Changes:
    """Bring back a deleted shift (the undo of a delete), unless its volunteer has since taken
    another shift at the same time."""
    with db.write() as session:
        shift = rows.stored(session, Shift, shift_id, "shift")
        event = _event_of(session, shift, "shift", restoring=True)
        if shift.volunteer_id and shift.deleted_at is not None:
            volunteer = session.get(Volunteer, shift.volunteer_id)
            if volunteer is not None and volunteer.deleted_at is None:
                clash = _overlap_problem(
                    session, volunteer, shift.starts_at, shift.ends_at, own_shift_id=shift.id
                )
                if clash:
                    raise ValidationError.single("volunteer_id", clash)
        shift.deleted_at = None
        return Changes.of(Entity.EVENTS, ids=(shift.id, event.id))


def delete_shifts(db: Database, ids: Iterable[str]) -> Changes:
    """Delete several shifts as one action: all of them, or none."""
    return bulk.each(db, delete_shift, ids, "shift")


def restore_shifts(db: Database, ids: Iterable[str]) -> Changes:
    """Bring back several shifts (the undo of delete_shifts): all of them, or none."""
    return bulk.each(db, restore_shift, ids, "shift")


def shift_form_values(db: Database, shift_id: str) -> dict[str, Any]:
    """The shift's values in the terms of SHIFT_FORM, as an edit dialog starts from."""
    with db.read() as session:
        return form_values(SHIFT_FORM, session, _get_shift(session, shift_id)[0])
