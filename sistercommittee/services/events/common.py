"""What the event writes share: finding live rows, the partnerships an event concerns,
volunteer and overlap checks."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistercommittee.domain import (
    BudgetLine,
    Event,
    EventPartnership,
    Partnership,
    Shift,
    Volunteer,
)
from sistercommittee.domain.base import utcnow
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.services import fields as f
from sistercommittee.services import rows
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.events.forms import _ids
from sistercommittee.services.events.times import MAX_SHIFT_LENGTH, SETUP_SLACK, _span_text
from sistercommittee.services.forms import (
    FormSpec,
    OrgDefaults,
    validate,
)
from sistercommittee.services.volunteers import display_name, fold

# --- helpers ----------------------------------------------------------------------------------


def _get(session: Session, event_id: str) -> Event:
    return rows.live(session, Event, event_id, "event")


def _event_of(
    session: Session, row: Shift | BudgetLine, what: str, *, restoring: bool = False
) -> Event:
    """The live event of a shift or budget line."""
    return rows.live_parent(
        session,
        Event,
        row.event_id,
        what=what,
        row_id=row.id,
        parent_what="event",
        restoring=restoring,
    )


def _get_shift(session: Session, shift_id: str) -> tuple[Shift, Event]:
    shift = rows.live(session, Shift, shift_id, "shift")
    return shift, _event_of(session, shift, "shift")


def _get_budget_line(session: Session, line_id: str) -> BudgetLine:
    line = rows.live(session, BudgetLine, line_id, "budget line")
    _event_of(session, line, "budget line")
    return line


def _fold_or_none(value: str | None) -> str | None:
    if value is None:
        return None
    # Most titles are plain ASCII: lower() gives the same as fold() there, many times faster.
    return value.lower() if value.isascii() else fold(value)


def _use_fold(session: Session) -> None:
    """Register sc_fold() on this session's connection: SQLite's LIKE and lower() fold ASCII
    letters only, and "Fête" should be found by "fete" and "FÊTE" alike."""
    raw = cast(sqlite3.Connection, session.connection().connection.dbapi_connection)
    raw.create_function("sc_fold", 1, _fold_or_none, deterministic=True)


def _merge(problems: dict[str, str], more: Mapping[str, str]) -> None:
    for name, message in more.items():
        problems.setdefault(name, message)


def _partnership_problems(session: Session, raw: Any) -> tuple[list[str], dict[str, str]]:
    """The partnership ids in ``raw``, and a problem if one is unknown or deleted."""
    if f.is_blank(raw) or (not isinstance(raw, str) and not raw):
        return [], {}
    try:
        ids = _ids(raw, "Partnerships")
    except f.FieldProblem as problem:
        return [], {"partnerships": str(problem)}
    found = {
        row.id: row for row in session.scalars(select(Partnership).where(Partnership.id.in_(ids)))
    }
    for partnership_id in ids:
        partnership = found.get(partnership_id)
        if partnership is None:
            return ids, {
                "partnerships": msg(
                    "There is no partnership with id {partnership_id}. Choose partnerships "
                    "from the list.",
                    partnership_id=partnership_id,
                )
            }
        if partnership.deleted_at is not None:
            return ids, {
                "partnerships": msg(
                    "The partnership with {city_name} was deleted. Restore it first, or leave "
                    "it out.",
                    city_name=partnership.city_name,
                )
            }
    return ids, {}


def _set_partnerships(session: Session, event: Event, wanted: Sequence[str]) -> None:
    """Tombstone the links no longer wanted, revive or add the new ones."""
    links = session.scalars(
        select(EventPartnership).where(EventPartnership.event_id == event.id)
    ).all()
    now = utcnow()
    by_partnership: dict[str, EventPartnership] = {}
    for link in links:
        if link.partnership_id not in wanted:
            if link.deleted_at is None:
                link.deleted_at = now
            continue
        if link.partnership_id in by_partnership:  # the same link made twice (on two laptops)
            if link.deleted_at is None:
                link.deleted_at = now
            continue
        by_partnership[link.partnership_id] = link
        if link.deleted_at is not None:
            link.deleted_at = None
    for partnership_id in wanted:
        if partnership_id not in by_partnership:
            session.add(EventPartnership(event_id=event.id, partnership_id=partnership_id))


def _volunteer_problem(session: Session, volunteer_id: str) -> tuple[Volunteer | None, str | None]:
    volunteer = session.get(Volunteer, volunteer_id)
    if volunteer is None:
        return None, msg(
            "There is no volunteer with id {volunteer_id}. Choose one from the list.",
            volunteer_id=volunteer_id,
        )
    if volunteer.deleted_at is not None:
        name = display_name(volunteer.given_name, volunteer.family_name)
        return None, msg(
            "{name} was deleted; restore the volunteer first, or choose someone else.",
            name=name,
        )
    return volunteer, None


def _overlap_problem(
    session: Session,
    volunteer: Volunteer,
    start: datetime,
    end: datetime,
    *,
    own_shift_id: str | None = None,
    other_than_event_id: str | None = None,
) -> str | None:
    """A sentence naming the volunteer's shift (at any event) that overlaps start..end."""
    conditions = [
        Shift.volunteer_id == volunteer.id,
        Shift.deleted_at.is_(None),
        Event.deleted_at.is_(None),
        Shift.starts_at < end,
        Shift.ends_at > start,
    ]
    if own_shift_id is not None:
        conditions.append(Shift.id != own_shift_id)
    if other_than_event_id is not None:
        conditions.append(Shift.event_id != other_than_event_id)
    clash = session.execute(
        select(Shift.starts_at, Shift.ends_at, Event.title, Event.time_zone)
        .join(Event, Event.id == Shift.event_id)
        .where(*conditions)
        .order_by(Shift.starts_at)
        .limit(1)
    ).first()
    if clash is None:
        return None
    name = display_name(volunteer.given_name, volunteer.family_name)
    return msg(
        "{name} already works {span} at {title}.",
        name=name,
        span=_span_text(clash.starts_at, clash.ends_at, clash.time_zone),
        title=clash.title,
    )


@dataclass(frozen=True)
class _Span:
    """An event's title and times, as they are or as an edit will make them."""

    title: str
    starts_at: datetime
    ends_at: datetime
    time_zone: str

    @classmethod
    def of(cls, event: Event) -> _Span:
        return cls(event.title, event.starts_at, event.ends_at, event.time_zone)


def _shift_time_problems(
    event: _Span, start: datetime, end: datetime, *, role: str = ""
) -> dict[str, str]:
    """Problems with a shift's times against its event's (after the times parsed)."""
    which = msg("The shift {role}", role=role) if role else msg("The shift")
    if end < start:
        return {"ends_at": msg("End time is before the start time.")}
    if end == start:
        return {"ends_at": msg("End time is the same as the start time: give when the shift ends.")}
    if end - start > MAX_SHIFT_LENGTH:
        return {"ends_at": msg("A shift lasts at most 24 hours: split a longer one into several.")}
    slack = msg("{hours:.0f} hours", hours=SETUP_SLACK / timedelta(hours=1))
    span = _span_text(event.starts_at, event.ends_at, event.time_zone)
    if start < event.starts_at - SETUP_SLACK:
        return {
            "starts_at": msg(
                "{which} starts too early: {title} runs {span}, and shifts may begin at most "
                "{slack} before it, for setting up.",
                which=which, title=event.title, span=span, slack=slack,
            )
        }
    if end > event.ends_at + SETUP_SLACK:
        return {
            "ends_at": msg(
                "{which} ends too late: {title} runs {span}, and shifts may end at most "
                "{slack} after it, for clearing away.",
                which=which, title=event.title, span=span, slack=slack,
            )
        }
    return {}


def _validated(
    spec: FormSpec,
    values: Mapping[str, Any],
    org: OrgDefaults,
    *,
    current: Mapping[str, Any] | None = None,
) -> tuple[dict[str, Any], dict[str, str]]:
    """Like forms.validate, but returns the problems so that checks needing the database can be
    added to them before one ValidationError names every bad field."""
    try:
        return validate(spec, values, org, current=current), {}
    except ValidationError as error:
        return {}, dict(error.errors)


# --- events: writes ---------------------------------------------------------------------------


def _event_changes(session: Session, event: Event) -> Changes:
    """Events changed, and partnerships too when the event concerns (or concerned) some: their
    list shows each partnership's latest event."""
    session.flush()
    linked = session.scalar(
        select(EventPartnership.id).where(EventPartnership.event_id == event.id).limit(1)
    )
    if linked is None:
        return Changes.of(Entity.EVENTS, ids=(event.id,))
    return Changes.of(Entity.EVENTS, Entity.PARTNERSHIPS, ids=(event.id,))
