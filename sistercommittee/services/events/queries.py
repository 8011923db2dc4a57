"""Reads: the events list, upcoming events, one event's details and budget totals."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, get_args
from zoneinfo import ZoneInfo

from sqlalchemy import and_, distinct, func, select
from sqlalchemy.orm import Session

from sistercommittee.domain import (
    BudgetLine,
    Event,
    EventPartnership,
    HoursEntry,
    Partnership,
    Shift,
    Volunteer,
)
from sistercommittee.domain.base import utcnow
from sistercommittee.domain.enums import EventKind
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.services import fields as f
from sistercommittee.services import organizations
from sistercommittee.services.events.common import _get, _use_fold
from sistercommittee.services.events.results import (
    BudgetLineInfo,
    EventDetail,
    EventQuery,
    EventRow,
    LinkedPartnership,
    ShiftInfo,
    SortKey,
    budget_totals,
)
from sistercommittee.services.events.times import MAX_EVENT_LENGTH, _local
from sistercommittee.services.hours import COUNTED as COUNTED_HOURS
from sistercommittee.services.outcomes import outcome_summary
from sistercommittee.services.paging import Page, check_window, like_pattern
from sistercommittee.services.volunteers import display_name, fold
from sistercommittee.storage.database import Database

# --- events: reads ----------------------------------------------------------------------------


_EVERY_EVENT = EventQuery()


def _day_start(day: date, zone: str) -> datetime:
    return datetime.combine(day, time(0), ZoneInfo(zone)).astimezone(UTC)


def _conditions(session: Session, query: EventQuery, now: datetime) -> list[Any]:
    conditions: list[Any] = [Event.deleted_at.is_(None)]
    term = query.search.strip()
    if term:
        _use_fold(session)
        pattern = like_pattern(fold(term))
        conditions.append(
            func.sc_fold(Event.title).like(pattern, escape="\\")
            | func.sc_fold(Event.venue).like(pattern, escape="\\")
        )
    if query.kind is not None:
        try:
            kind = f.choice(EventKind)(query.kind, "Kind")
        except f.FieldProblem as problem:
            raise ValidationError.single("kind", str(problem)) from None
        conditions.append(Event.kind == kind)
    if query.partnership_id:
        # IN (not a correlated EXISTS): SQLite builds the partnership's event set once.
        conditions.append(
            Event.id.in_(
                select(EventPartnership.event_id).where(
                    EventPartnership.partnership_id == query.partnership_id,
                    EventPartnership.deleted_at.is_(None),
                )
            )
        )
    if query.date_from and query.date_to and query.date_to < query.date_from:
        raise ValidationError.single(
            "date_to", msg("The last day of the range is before its first day.")
        )
    # An event lasts at most MAX_EVENT_LENGTH, so "ends after X" also bounds the start, which
    # lets SQLite use the index on starts_at.
    zone = organizations.current(session).time_zone if query.date_from or query.date_to else ""
    if query.date_from:
        first = _day_start(query.date_from, zone)
        conditions += [Event.ends_at > first, Event.starts_at > first - MAX_EVENT_LENGTH]
    if query.date_to:
        conditions.append(Event.starts_at < _day_start(query.date_to + timedelta(days=1), zone))
    if query.upcoming is True:
        conditions += [Event.ends_at > now, Event.starts_at > now - MAX_EVENT_LENGTH]
    elif query.upcoming is False:
        conditions.append(Event.ends_at <= now)
    return conditions


def _ordering(session: Session, query: EventQuery) -> list[Any]:
    if query.sort == "title":
        _use_fold(session)
    column = {
        "starts_at": Event.starts_at,
        "title": func.sc_fold(Event.title),
        "kind": Event.kind,
        "attendance": Event.attendance,
    }[query.sort]
    first = column.desc() if query.descending else column.asc()
    if query.sort == "attendance":
        first = first.nulls_last()
    ties = (
        (Event.starts_at.desc(), Event.id.desc())
        if query.descending
        else (
            Event.starts_at.asc(),
            Event.id.asc(),
        )
    )
    return [first, *ties]


def _rows(session: Session, events: Sequence[Event]) -> tuple[EventRow, ...]:
    ids = [event.id for event in events]
    names: dict[str, list[str]] = defaultdict(list)
    counts: dict[str, tuple[int, int]] = {}
    if ids:
        for event_id, city in session.execute(
            select(EventPartnership.event_id, Partnership.city_name)
            .join(Partnership, Partnership.id == EventPartnership.partnership_id)
            .where(
                EventPartnership.event_id.in_(ids),
                EventPartnership.deleted_at.is_(None),
                Partnership.deleted_at.is_(None),
            )
            .order_by(Partnership.city_name)
        ):
            if city not in names[event_id]:
                names[event_id].append(city)
        for event_id, total, filled in session.execute(
            select(Shift.event_id, func.count(Shift.id), func.count(Volunteer.id))
            .outerjoin(
                Volunteer,
                and_(Volunteer.id == Shift.volunteer_id, Volunteer.deleted_at.is_(None)),
            )
            .where(Shift.event_id.in_(ids), Shift.deleted_at.is_(None))
            .group_by(Shift.event_id)
        ):
            counts[event_id] = (int(total), int(filled))
    return tuple(
        EventRow(
            id=event.id,
            title=event.title,
            kind=event.kind,
            starts_at=event.starts_at,
            ends_at=event.ends_at,
            local_starts_at=_local(event.starts_at, event.time_zone),
            time_zone=event.time_zone,
            venue=event.venue,
            partnerships=tuple(names.get(event.id, ())),
            attendance=event.attendance,
            shifts_total=counts.get(event.id, (0, 0))[0],
            shifts_filled=counts.get(event.id, (0, 0))[1],
        )
        for event in events
    )


def _list(db: Database, query: EventQuery, now: datetime) -> Page[EventRow]:
    check_window(query.offset, query.limit)
    if query.sort not in get_args(SortKey):
        choices = ", ".join(get_args(SortKey))
        raise ValidationError.single("sort", msg("Sort by one of: {choices}.", choices=choices))
    with db.read() as session:
        conditions = _conditions(session, query, now)
        total = session.scalar(select(func.count()).select_from(Event).where(*conditions))
        events = session.scalars(
            select(Event)
            .where(*conditions)
            .order_by(*_ordering(session, query))
            .offset(query.offset)
            .limit(query.limit)
        ).all()
        rows = _rows(session, events)
    return Page(rows, int(total or 0), query.offset, query.limit)


def list_events(db: Database, query: EventQuery = _EVERY_EVENT) -> Page[EventRow]:
    return _list(db, query, utcnow())


def upcoming_events(db: Database, now: datetime, limit: int = 5) -> tuple[EventRow, ...]:
    """The next events that are not over at ``now`` (an aware time), soonest first."""
    if now.tzinfo is None:
        raise ValueError("upcoming_events needs an aware time")
    return _list(db, EventQuery(upcoming=True, limit=limit), now).items


def _shift_infos(session: Session, event: Event) -> tuple[ShiftInfo, ...]:
    rows = session.execute(
        select(Shift, Volunteer.given_name, Volunteer.family_name)
        .outerjoin(
            Volunteer, and_(Volunteer.id == Shift.volunteer_id, Volunteer.deleted_at.is_(None))
        )
        .where(Shift.event_id == event.id, Shift.deleted_at.is_(None))
        .order_by(Shift.starts_at, Shift.role, Shift.id)
    ).all()
    return tuple(
        ShiftInfo(
            id=shift.id,
            event_id=shift.event_id,
            role=shift.role,
            starts_at=shift.starts_at,
            ends_at=shift.ends_at,
            local_starts_at=_local(shift.starts_at, event.time_zone),
            local_ends_at=_local(shift.ends_at, event.time_zone),
            # A deleted volunteer's shift shows as open; it is theirs again if they come back.
            volunteer_id=shift.volunteer_id if given is not None else None,
            volunteer_name=display_name(given, family) if given is not None else None,
            minutes=int((shift.ends_at - shift.starts_at) / timedelta(minutes=1)),
        )
        for shift, given, family in rows
    )


def _line_info(line: BudgetLine) -> BudgetLineInfo:
    return BudgetLineInfo(
        id=line.id,
        event_id=line.event_id,
        direction=line.direction,
        category=line.category,
        description=line.description,
        currency=line.currency,
        planned_minor=line.planned_minor,
        actual_minor=line.actual_minor,
        in_kind=line.in_kind,
    )


def get_event(db: Database, event_id: str) -> EventDetail:
    with db.read() as session:
        event = _get(session, event_id)
        partnerships = (
            session.scalars(
                select(Partnership)
                .join(EventPartnership, EventPartnership.partnership_id == Partnership.id)
                .where(
                    EventPartnership.event_id == event.id,
                    EventPartnership.deleted_at.is_(None),
                    Partnership.deleted_at.is_(None),
                )
                .order_by(Partnership.city_name)
            )
            .unique()
            .all()
        )
        lines = tuple(
            _line_info(line)
            for line in session.scalars(
                select(BudgetLine)
                .where(BudgetLine.event_id == event.id, BudgetLine.deleted_at.is_(None))
                .order_by(BudgetLine.direction, BudgetLine.category, BudgetLine.created_at)
            )
        )
        minutes, people = session.execute(
            select(
                func.sum(HoursEntry.minutes), func.count(distinct(HoursEntry.volunteer_id))
            ).where(HoursEntry.event_id == event.id, HoursEntry.deleted_at.is_(None), COUNTED_HOURS)
        ).one()
        return EventDetail(
            id=event.id,
            title=event.title,
            description=event.description,
            kind=event.kind,
            time_zone=event.time_zone,
            starts_at=event.starts_at,
            ends_at=event.ends_at,
            local_starts_at=_local(event.starts_at, event.time_zone),
            local_ends_at=_local(event.ends_at, event.time_zone),
            venue=event.venue,
            attendance=event.attendance,
            youth_attendance=event.youth_attendance,
            outcomes=outcome_summary(event),
            outcome=event.outcome,
            partnerships=tuple(
                LinkedPartnership(
                    id=partnership.id,
                    city_name=partnership.city_name,
                    city_name_local=partnership.city_name_local,
                    country=partnership.country,
                    time_zone=partnership.time_zone,
                    local_starts_at=(
                        _local(event.starts_at, partnership.time_zone)
                        if partnership.time_zone
                        else None
                    ),
                    local_ends_at=(
                        _local(event.ends_at, partnership.time_zone)
                        if partnership.time_zone
                        else None
                    ),
                )
                for partnership in partnerships
            ),
            shifts=_shift_infos(session, event),
            budget_lines=lines,
            budget_totals=budget_totals(lines),
            hours_minutes=int(minutes or 0),
            hours_volunteers=int(people or 0),
        )
