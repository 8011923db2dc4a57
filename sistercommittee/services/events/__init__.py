"""Events: when and where, which partnerships they concern, who staffs them, what they cost.

Times. An event's times are typed on the wall clock of its venue (``time_zone``, which defaults
to the organization's zone) and stored in UTC; shift times are typed on the same wall clock. A time
that does not exist on that clock (the hour skipped when summer time begins) is refused; a time
that exists twice (the hour repeated when it ends) is read as the first of the two.

Editing. Changing only the time zone keeps the wall-clock times and re-reads them in the new zone
(the venue was entered in the wrong zone; "18:00" stays 18:00). Changing the start without giving
an end keeps the event's length, and the shifts move with the event so that the staffing plan
stays as it was around it. Changing only the end leaves the shifts where they are, and is refused
if a shift would then fall outside the event.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal, cast, get_args
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
from sistercommittee.domain.enums import BudgetCategory, BudgetDirection, EventKind
from sistercommittee.errors import NotFoundError, ValidationError
from sistercommittee.services import fields as f
from sistercommittee.services import organizations
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.forms import (
    Field,
    FormContext,
    FormSpec,
    OrgDefaults,
    current_values,
    long_text,
    plain,
    short_text,
    validate,
)
from sistercommittee.services.paging import Page, check_window, like_pattern
from sistercommittee.services.volunteers import display_name, fold
from sistercommittee.storage.database import Database

DEFAULT_LENGTH = timedelta(hours=2)  # an event typed with a start only: an evening, a meeting
MAX_EVENT_LENGTH = timedelta(days=31)  # longer programmes are exchanges, or several events
MAX_SHIFT_LENGTH = timedelta(hours=24)
# Shifts may begin before the event (setting up) and end after it (clearing away).
SETUP_SLACK = timedelta(hours=4)
EARLIEST_YEAR, LATEST_YEAR = 1800, 2200


# --- times on a wall clock --------------------------------------------------------------------


def _typed_wall_time(raw: Any) -> datetime | None:
    """The wall-clock time the user typed, or None when the input names an absolute moment (it
    carries a UTC offset) or is not a date and time at all."""
    if isinstance(raw, datetime):
        return None if raw.tzinfo else raw
    if not isinstance(raw, str):
        return None
    value = " ".join(raw.split())
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        try:  # the user's locale forms carry no offset: read them on a clock without one
            return f.local_datetime(value, "", "UTC").replace(tzinfo=None)
        except (f.FieldProblem, OverflowError):
            return None
    return None if parsed.tzinfo else parsed


def wall_clock(raw: Any, label: str, zone: str) -> datetime:
    """A date and time typed on the wall clock of ``zone``, in UTC. Refuses a time that the clock
    skips when summer time begins, and years no committee plans in."""
    try:
        moment = f.local_datetime(raw, label, zone)
    except OverflowError:
        moment = None
    if moment is None or not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
        raise f.FieldProblem(
            f"{label} must be between the years {EARLIEST_YEAR} and {LATEST_YEAR}."
        )
    typed = _typed_wall_time(raw)
    if typed is not None:
        shown = moment.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
        if shown != typed:
            raise f.FieldProblem(
                f"{label} {typed:%Y-%m-%d %H:%M} does not exist in {zone}: the clocks go forward "
                f"that night. Choose another time, such as {shown:%H:%M}."
            )
    return moment


def _from_wall(naive: datetime, zone: str) -> datetime:
    return naive.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)


def _local(moment: datetime, zone: str) -> datetime:
    return moment.astimezone(ZoneInfo(zone))


def _naive_local(moment: datetime, zone: str) -> datetime:
    return _local(moment, zone).replace(tzinfo=None)


def _span_text(start: datetime, end: datetime, zone: str) -> str:
    """The span as "17:00–19:00 on 2026-04-11" on the clock of ``zone``."""
    local_start, local_end = _local(start, zone), _local(end, zone)
    if local_start.date() == local_end.date():
        return f"{local_start:%H:%M}–{local_end:%H:%M} on {local_start:%Y-%m-%d}"
    return f"{local_start:%Y-%m-%d %H:%M} – {local_end:%Y-%m-%d %H:%M}"


def _length_text(length: timedelta) -> str:
    days = length / timedelta(days=1)
    return f"{days:.0f} days" if days >= 2 else f"{length / timedelta(hours=1):.0f} hours"


# --- the event form ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _FollowStart:
    """Given as the end when an edit moves the start: the end moves by as much on the wall clock
    (the event keeps its length)."""

    old_local_start: datetime
    old_local_end: datetime


def _zone(ctx: FormContext) -> str:
    return str(ctx.values.get("time_zone") or ctx.org.time_zone)


def _event_time(raw: Any, label: str, ctx: FormContext) -> datetime:
    zone = _zone(ctx)
    if isinstance(raw, _FollowStart):
        start = ctx.values.get("starts_at")
        if start is None:
            return _from_wall(raw.old_local_end, zone)
        moved = _naive_local(start, zone) - raw.old_local_start
        return _from_wall(raw.old_local_end + moved, zone)
    return wall_clock(raw, label, zone)


def _ids(raw: Any, label: str) -> list[str]:
    """Record ids: a list, or text separated by commas."""
    return f.text_list(raw, label, max_length=64)


def _one_id(raw: Any, label: str) -> str:
    return f.text(raw, label, max_length=64)


def _default_end(ctx: FormContext) -> datetime | None:
    start = ctx.values.get("starts_at")
    return None if start is None else start + DEFAULT_LENGTH


def _check_event(ctx: FormContext) -> dict[str, str]:
    values = ctx.values
    problems: dict[str, str] = {}
    if not values.get("time_zone"):
        problems["time_zone"] = "Give the time zone of the venue, such as America/Chicago."
    if values.get("kind") is None:
        kinds = ", ".join(kind.value for kind in EventKind)
        problems["kind"] = f"Choose what kind of event this is: {kinds}."
    start, end = values.get("starts_at"), values.get("ends_at")
    if end is None:
        problems["ends_at"] = "Give the time the event ends."
    elif start is not None:
        if end < start:
            problems["ends_at"] = "End time is before the start time."
        elif end == start:
            problems["ends_at"] = "End time is the same as the start time: give when it ends."
        elif end - start > MAX_EVENT_LENGTH:
            problems["ends_at"] = (
                f"An event can last at most {MAX_EVENT_LENGTH.days} days, and this one lasts "
                f"{_length_text(end - start)}. Check the end date, or make several events."
            )
    return problems


EVENT_FORM = FormSpec(
    noun="event",
    fields=(
        Field("title", "Title", short_text(200), required=True),
        Field("description", "Description", long_text()),
        Field(
            "kind",
            "Kind",
            plain(f.choice(EventKind)),
            default=lambda ctx: EventKind.OTHER,
        ),
        # Before the times: they are read on this zone's clock.
        Field(
            "time_zone",
            "Time zone",
            plain(f.time_zone),
            default=lambda ctx: ctx.org.time_zone,
            help="IANA zone of the venue, e.g. America/Chicago; the times are read in it",
        ),
        Field(
            "starts_at",
            "Start time",
            _event_time,
            required=True,
            help="date and time at the venue, e.g. 2026-04-11 10:00",
        ),
        Field(
            "ends_at",
            "End time",
            _event_time,
            default=_default_end,
            help="date and time at the venue; two hours after the start if left out",
        ),
        Field("venue", "Venue", short_text(200)),
        Field(
            "attendance",
            "Attendance",
            plain(lambda raw, label: f.integer(raw, label, minimum=0, maximum=10_000_000)),
        ),
        Field("outcome", "Outcome", long_text(), help="how it went: notes for the annual report"),
        Field(
            "partnerships",
            "Partnerships",
            plain(_ids),
            many=True,
            help="ids of the partnerships the event concerns, comma-separated",
        ),
    ),
    check=_check_event,
)


# --- results ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventRow:
    id: str
    title: str
    kind: EventKind
    starts_at: datetime  # UTC
    ends_at: datetime  # UTC
    local_starts_at: datetime  # on the venue's clock
    time_zone: str
    venue: str | None
    partnerships: tuple[str, ...]  # partner city names
    attendance: int | None
    shifts_total: int
    shifts_filled: int


@dataclass(frozen=True)
class LinkedPartnership:
    """A partnership the event concerns, with the event's times on the partner city's clock."""

    id: str
    city_name: str
    city_name_local: str | None
    country: str
    time_zone: str | None
    local_starts_at: datetime | None  # None when the partner city's zone is not known
    local_ends_at: datetime | None


@dataclass(frozen=True)
class ShiftInfo:
    id: str
    event_id: str
    role: str
    starts_at: datetime  # UTC
    ends_at: datetime
    local_starts_at: datetime  # on the venue's clock
    local_ends_at: datetime
    volunteer_id: str | None  # None: the shift is open
    volunteer_name: str | None
    minutes: int


@dataclass(frozen=True)
class BudgetLineInfo:
    id: str
    event_id: str
    direction: BudgetDirection
    category: BudgetCategory
    description: str | None
    currency: str
    planned_minor: int | None  # in minor units: cents, or yen
    actual_minor: int | None
    in_kind: bool


@dataclass(frozen=True)
class Amounts:
    """Income, expense and their difference, in minor units of one currency."""

    income: int
    expense: int
    net: int

    @classmethod
    def of(cls, income: int, expense: int) -> Amounts:
        return cls(income, expense, income - expense)


@dataclass(frozen=True)
class BudgetTotals:
    """One currency's totals. Cash and in-kind (donated goods and services) are kept apart, so that
    the net says what money the event made or cost."""

    currency: str
    planned: Amounts
    actual: Amounts
    in_kind_planned: Amounts
    in_kind_actual: Amounts


@dataclass(frozen=True)
class EventDetail:
    id: str
    title: str
    description: str | None
    kind: EventKind
    time_zone: str
    starts_at: datetime  # UTC
    ends_at: datetime
    local_starts_at: datetime  # on the venue's clock
    local_ends_at: datetime
    venue: str | None
    attendance: int | None
    outcome: str | None
    partnerships: tuple[LinkedPartnership, ...]
    shifts: tuple[ShiftInfo, ...]
    budget_lines: tuple[BudgetLineInfo, ...]
    budget_totals: tuple[BudgetTotals, ...]  # one per currency, by currency code
    hours_minutes: int  # volunteer time logged for the event
    hours_volunteers: int  # people who logged it


SortKey = Literal["starts_at", "title", "kind", "attendance"]


@dataclass(frozen=True)
class EventQuery:
    search: str = ""  # in title and venue, ignoring case and accents
    kind: EventKind | None = None
    partnership_id: str | None = None
    date_from: date | None = None  # events still running on or after this day (org's zone)
    date_to: date | None = None  # events starting on or before this day (org's zone)
    upcoming: bool | None = None  # True: not yet over; False: over
    sort: SortKey = "starts_at"
    descending: bool = False
    offset: int = 0
    limit: int = 100


# --- helpers ----------------------------------------------------------------------------------


def _get(session: Session, event_id: str) -> Event:
    event = session.get(Event, event_id)
    if event is None or event.deleted_at is not None:
        raise NotFoundError(f"There is no event with id {event_id}.")
    return event


def _get_shift(session: Session, shift_id: str) -> tuple[Shift, Event]:
    shift = session.get(Shift, shift_id)
    if shift is None or shift.deleted_at is not None:
        raise NotFoundError(f"There is no shift with id {shift_id}.")
    event = session.get(Event, shift.event_id)
    if event is None or event.deleted_at is not None:
        raise NotFoundError(f"There is no shift with id {shift_id}: its event was deleted.")
    return shift, event


def _get_budget_line(session: Session, line_id: str) -> BudgetLine:
    line = session.get(BudgetLine, line_id)
    if line is None or line.deleted_at is not None:
        raise NotFoundError(f"There is no budget line with id {line_id}.")
    event = session.get(Event, line.event_id)
    if event is None or event.deleted_at is not None:
        raise NotFoundError(f"There is no budget line with id {line_id}: its event was deleted.")
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
                "partnerships": f"There is no partnership with id {partnership_id}. "
                "Choose partnerships from the list."
            }
        if partnership.deleted_at is not None:
            return ids, {
                "partnerships": f"The partnership with {partnership.city_name} was deleted. "
                "Restore it first, or leave it out."
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
        return None, f"There is no volunteer with id {volunteer_id}. Choose one from the list."
    if volunteer.deleted_at is not None:
        name = display_name(volunteer.given_name, volunteer.family_name)
        return None, f"{name} was deleted; restore the volunteer first, or choose someone else."
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
    return (
        f"{name} already works {_span_text(clash.starts_at, clash.ends_at, clash.time_zone)} "
        f"at {clash.title}."
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
    which = f"The shift {role}" if role else "The shift"
    if end < start:
        return {"ends_at": "End time is before the start time."}
    if end == start:
        return {"ends_at": "End time is the same as the start time: give when the shift ends."}
    if end - start > MAX_SHIFT_LENGTH:
        return {"ends_at": "A shift lasts at most 24 hours: split a longer one into several."}
    slack = f"{SETUP_SLACK / timedelta(hours=1):.0f} hours"
    span = _span_text(event.starts_at, event.ends_at, event.time_zone)
    if start < event.starts_at - SETUP_SLACK:
        return {
            "starts_at": f"{which} starts too early: {event.title} runs {span}, and shifts may "
            f"begin at most {slack} before it, for setting up."
        }
    if end > event.ends_at + SETUP_SLACK:
        return {
            "ends_at": f"{which} ends too late: {event.title} runs {span}, and shifts may "
            f"end at most {slack} after it, for clearing away."
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


def add_event(db: Database, values: Mapping[str, Any]) -> Changes:
    with db.write() as session:
        parsed, problems = _validated(EVENT_FORM, values, organizations.defaults(session))
        partnership_ids, more = _partnership_problems(session, values.get("partnerships"))
        _merge(problems, more)
        if problems:
            raise ValidationError(problems)
        parsed.pop("partnerships", None)
        event = Event(**parsed)
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
                    name, f"{message} Change or delete the shift first, then the event."
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
                            f"The shift {shift.role} would move too: {clash} "
                            "Change that shift first.",
                        )
        if problems:
            raise ValidationError(problems)
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
        event = session.get(Event, event_id)
        if event is None:
            raise NotFoundError(f"There is no event with id {event_id}.")
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
                    f"{event.title} cannot come back as it was: {clash} Free that shift first.",
                )
        event.deleted_at = None
        return _event_changes(session, event)


# --- events: reads ----------------------------------------------------------------------------


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
            "date_to", "The last day of the range is before its first day."
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
        raise ValidationError.single("sort", f"Sort by one of: {choices}.")
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


def list_events(db: Database, query: EventQuery = EventQuery()) -> Page[EventRow]:
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


def budget_totals(lines: Iterable[BudgetLineInfo]) -> tuple[BudgetTotals, ...]:
    """Totals per currency (amounts in different currencies are never added together)."""
    sums: dict[tuple[str, bool, str, BudgetDirection], int] = defaultdict(int)
    currencies: set[str] = set()
    for line in lines:
        currencies.add(line.currency)
        for stage, amount in (("planned", line.planned_minor), ("actual", line.actual_minor)):
            sums[(line.currency, line.in_kind, stage, line.direction)] += amount or 0

    def amounts(currency: str, in_kind: bool, stage: str) -> Amounts:
        return Amounts.of(
            income=sums[(currency, in_kind, stage, BudgetDirection.INCOME)],
            expense=sums[(currency, in_kind, stage, BudgetDirection.EXPENSE)],
        )

    return tuple(
        BudgetTotals(
            currency=currency,
            planned=amounts(currency, False, "planned"),
            actual=amounts(currency, False, "actual"),
            in_kind_planned=amounts(currency, True, "planned"),
            in_kind_actual=amounts(currency, True, "actual"),
        )
        for currency in sorted(currencies)
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
            ).where(HoursEntry.event_id == event.id, HoursEntry.deleted_at.is_(None))
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


# --- staffing ---------------------------------------------------------------------------------


def _shift_time(raw: Any, label: str, ctx: FormContext) -> datetime:
    # The shift form is validated with the event's zone in place of the organization's.
    return wall_clock(raw, label, ctx.org.time_zone)


SHIFT_FORM = FormSpec(
    noun="shift",
    fields=(
        Field("role", "Role", short_text(100), required=True, help="e.g. Set-up, Tea ceremony"),
        Field(
            "starts_at",
            "Shift start",
            _shift_time,
            help="date and time at the venue; the event's start if left out",
        ),
        Field(
            "ends_at",
            "Shift end",
            _shift_time,
            help="date and time at the venue; the event's end if left out",
        ),
        Field("volunteer_id", "Volunteer", plain(_one_id), help="id of the volunteer, if known"),
    ),
)


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
        shift = session.get(Shift, shift_id)
        if shift is None:
            raise NotFoundError(f"There is no shift with id {shift_id}.")
        event = _get(session, shift.event_id)
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


# --- budget -----------------------------------------------------------------------------------


def _amount(raw: Any, label: str, ctx: FormContext) -> int:
    currency = str(ctx.values.get("currency") or ctx.org.currency)
    return f.money_minor(raw, label, currency)


def _check_budget_line(ctx: FormContext) -> dict[str, str]:
    values = ctx.values
    problems: dict[str, str] = {}
    if values.get("direction") is None:
        problems["direction"] = "Say whether this line is income or an expense."
    if values.get("category") is None:
        categories = ", ".join(category.value for category in BudgetCategory)
        problems["category"] = f"Choose a category: {categories}."
    if not values.get("currency"):
        problems["currency"] = "Give the currency of the amounts, such as USD or JPY."
    planned = values["planned"] if "planned" in values else values.get("planned_minor")
    actual = values["actual"] if "actual" in values else values.get("actual_minor")
    if planned is None and actual is None:
        problems["planned"] = "Give the planned amount, the actual amount, or both."
    return problems


BUDGET_LINE_FORM = FormSpec(
    noun="budget line",
    fields=(
        Field(
            "direction",
            "Income or expense",
            plain(f.choice(BudgetDirection)),
            required=True,
            help="income or expense",
        ),
        Field(
            "category",
            "Category",
            plain(f.choice(BudgetCategory)),
            default=lambda ctx: BudgetCategory.OTHER,
        ),
        Field("description", "Description", short_text(200)),
        # Before the amounts: they are read in this currency.
        Field(
            "currency",
            "Currency",
            plain(f.currency),
            default=lambda ctx: ctx.org.currency,
        ),
        Field("planned", "Planned amount", _amount, help="in major units, e.g. 250 or 12.50"),
        Field("actual", "Actual amount", _amount, help="in major units, e.g. 250 or 12.50"),
        Field(
            "in_kind",
            "In kind",
            plain(f.boolean),
            default=lambda ctx: False,
            help="yes for donated goods or services rather than money",
        ),
    ),
    check=_check_budget_line,
)


def _apply_line(line: BudgetLine, parsed: Mapping[str, Any]) -> None:
    columns = {"planned": "planned_minor", "actual": "actual_minor"}
    for name, value in parsed.items():
        setattr(line, columns.get(name, name), value)


def add_budget_line(db: Database, event_id: str, values: Mapping[str, Any]) -> Changes:
    """Add a line to an event's budget; amounts are typed in major units ("12.50")."""
    with db.write() as session:
        event = _get(session, event_id)
        parsed = validate(BUDGET_LINE_FORM, values, organizations.defaults(session))
        line = BudgetLine(event_id=event.id)
        _apply_line(line, parsed)
        session.add(line)
        session.flush()
        return Changes.of(Entity.EVENTS, ids=(line.id, event.id))


def edit_budget_line(db: Database, line_id: str, values: Mapping[str, Any]) -> Changes:
    """Change a budget line. A new currency needs its amounts typed again: 12.50 dollars are not
    12.50 euros."""
    with db.write() as session:
        line = _get_budget_line(session, line_id)
        parsed = validate(
            BUDGET_LINE_FORM,
            values,
            organizations.defaults(session),
            current=current_values(line),
        )
        currency = parsed.get("currency", line.currency)
        if currency != line.currency:
            problems = {
                name: f"The currency is now {currency}: type the {label} again in {currency}."
                for name, label, amount in (
                    ("planned", "planned amount", line.planned_minor),
                    ("actual", "actual amount", line.actual_minor),
                )
                if amount is not None and name not in parsed
            }
            if problems:
                raise ValidationError(problems)
        _apply_line(line, parsed)
        return Changes.of(Entity.EVENTS, ids=(line.id, line.event_id))


def delete_budget_line(db: Database, line_id: str) -> Changes:
    with db.write() as session:
        line = _get_budget_line(session, line_id)
        line.deleted_at = utcnow()
        return Changes.of(Entity.EVENTS, ids=(line.id, line.event_id))


def restore_budget_line(db: Database, line_id: str) -> Changes:
    """Bring back a deleted budget line (the undo of a delete)."""
    with db.write() as session:
        line = session.get(BudgetLine, line_id)
        if line is None:
            raise NotFoundError(f"There is no budget line with id {line_id}.")
        _get(session, line.event_id)
        line.deleted_at = None
        return Changes.of(Entity.EVENTS, ids=(line.id, line.event_id))
