"""Volunteer hours: the time people give, for an event or another activity, and its totals.

Hours stay counted when their volunteer or event is deleted (the time was given), so the totals
of past years do not change; the list shows only the hours of volunteers who are still there.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Literal, get_args
from zoneinfo import ZoneInfo

from sqlalchemy import and_, distinct, func, select
from sqlalchemy.orm import Session

from sistercommittee.domain import Event, HoursEntry, Shift, Volunteer
from sistercommittee.domain.base import utcnow
from sistercommittee.domain.enums import HoursKind, HoursStatus
from sistercommittee.errors import ValidationError
from sistercommittee.messages import ISO, Day, msg
from sistercommittee.services import bulk, organizations, rows
from sistercommittee.services import fields as f
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.forms import (
    Field,
    FormContext,
    FormSpec,
    current_values,
    form_values,
    long_text,
    plain,
    short_text,
    validate,
)
from sistercommittee.services.paging import Page, check_window
from sistercommittee.services.volunteers import display_name
from sistercommittee.storage.database import Database

DAY_MINUTES = 24 * 60

# Hours that count in totals and reports: a volunteer's own log only once a coordinator approved it.
COUNTED = HoursEntry.status == HoursStatus.APPROVED


def _one_id(raw: Any, label: str) -> str:
    return f.text(raw, label, max_length=64)


def _worked_on(raw: Any, label: str, ctx: FormContext) -> date:
    day = f.calendar_date(raw, label)
    today = datetime.now(ZoneInfo(ctx.org.time_zone)).date()
    if day > today:
        raise f.FieldProblem(
            msg(
                "{label} {day} is in the future: log hours once they have been given.",
                label=label, day=Day(day, ISO),
            )
        )
    if day.year < 1900:
        raise f.FieldProblem(msg(
            "{label} {day} is too long ago: check the year.",
            label=label, day=Day(day, ISO),
        ))
    return day


def _default_kind(ctx: FormContext) -> HoursKind:
    return HoursKind.EVENT if ctx.values.get("event_id") else HoursKind.OTHER


def _check(ctx: FormContext) -> dict[str, str]:
    values = ctx.values
    problems: dict[str, str] = {}
    if not values.get("event_id") and not values.get("activity"):
        problems["activity"] = (
            msg("Say what the time was for: choose an event, or describe the activity.")
        )
    if values.get("kind") is None:
        kinds = ", ".join(kind.value for kind in HoursKind)
        problems["kind"] = msg("Choose the kind of work: {kinds}.", kinds=kinds)
    return problems


HOURS_FORM = FormSpec(
    noun="record of hours",
    fields=(
        Field("volunteer_id", "Volunteer", plain(_one_id), required=True, help="volunteer's id"),
        Field("event_id", "Event", plain(_one_id), help="id of the event the time was for"),
        Field("activity", "Activity", short_text(200), help="what the time was for, if no event"),
        Field("worked_on", "Date worked", _worked_on, required=True),
        Field(
            "hours",
            "Hours",
            plain(f.hours_minutes),
            required=True,
            help="e.g. 2.5, 2:30 or 2h30",
            show=lambda session, entry: f"{entry.minutes // 60}:{entry.minutes % 60:02d}",
        ),
        # After the event: the kind defaults to "event" when one is given.
        Field("kind", "Kind of work", plain(f.choice(HoursKind)), default=_default_kind),
        Field("notes", "Notes", long_text()),
        Field(
            "self_logged",
            "Logged by the volunteer",
            plain(f.boolean),
            default=lambda ctx: False,
            help="yes: the volunteer logged it; it counts once a coordinator approves it",
        ),
    ),
    check=_check,
)


# --- results ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class HoursRow:
    id: str
    volunteer_id: str
    volunteer_name: str
    event_id: str | None  # None also when the event was deleted
    event_title: str | None
    activity: str | None
    worked_on: date
    minutes: int
    kind: HoursKind
    notes: str | None
    self_logged: bool = False
    status: HoursStatus = HoursStatus.APPROVED


@dataclass(frozen=True)
class KindTotal:
    kind: HoursKind
    minutes: int


@dataclass(frozen=True)
class HoursSummary:
    year: int
    minutes: int
    volunteers: int  # people with hours that year
    by_kind: tuple[KindTotal, ...]  # most minutes first


@dataclass(frozen=True)
class StaffHoursLogged(Changes):
    """What log_hours_for_event_staff did: ``ids`` are the new hours entries."""

    logged: tuple[str, ...] = ()  # names of the volunteers whose hours were logged
    skipped: tuple[str, ...] = ()  # names of those who already had hours for the event
    minutes: int = 0  # logged in all


SortKey = Literal["worked_on", "minutes"]


@dataclass(frozen=True)
class HoursQuery:
    volunteer_id: str | None = None
    event_id: str | None = None
    kind: HoursKind | None = None
    date_from: date | None = None
    date_to: date | None = None
    status: HoursStatus | None = None  # approved, pending or declined
    sort: SortKey = "worked_on"
    descending: bool = True  # the latest first
    offset: int = 0
    limit: int = 100


# --- writes -----------------------------------------------------------------------------------

_ENTITIES = (Entity.HOURS, Entity.VOLUNTEERS, Entity.EVENTS)  # totals show in all three


def _get(session: Session, hours_id: str) -> HoursEntry:
    return rows.live(session, HoursEntry, hours_id, "hours entry")


def _reference_problems(session: Session, values: Mapping[str, Any]) -> dict[str, str]:
    """The volunteer and the event named must exist and not be deleted."""
    problems: dict[str, str] = {}
    volunteer_id = values.get("volunteer_id")
    if volunteer_id:
        volunteer = session.get(Volunteer, volunteer_id)
        if volunteer is None:
            problems["volunteer_id"] = (
                msg(
                    "There is no volunteer with id {volunteer_id}. Choose one from the list.",
                    volunteer_id=volunteer_id,
                )
            )
        elif volunteer.deleted_at is not None:
            name = display_name(volunteer.given_name, volunteer.family_name)
            problems["volunteer_id"] = msg(
                "{name} was deleted; restore the volunteer first.",
                name=name,
            )
    event_id = values.get("event_id")
    if event_id:
        event = session.get(Event, event_id)
        if event is None or event.deleted_at is not None:
            problems["event_id"] = (
                msg(
                    "There is no event with id {event_id}. Choose one from the list.",
                    event_id=event_id,
                )
            )
    return problems


def _parse(
    session: Session, values: Mapping[str, Any], current: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    problems: dict[str, str] = {}
    parsed: dict[str, Any] = {}
    try:
        parsed = validate(HOURS_FORM, values, organizations.defaults(session), current=current)
    except ValidationError as error:
        problems = dict(error.errors)
    references = {
        name: str(values[name]).strip()
        for name in ("volunteer_id", "event_id")
        if isinstance(values.get(name), str) and name not in problems
    }
    for name, message in _reference_problems(session, references).items():
        problems.setdefault(name, message)
    if problems:
        raise ValidationError(problems)
    if "hours" in parsed:
        parsed["minutes"] = parsed.pop("hours")
    return parsed


def signed_in_role(session: Session) -> str | None:
    """The HQ role this laptop signs in with (coordinator, volunteer, read_only), or None."""
    from sistercommittee.domain import SyncAccount

    account = session.get(SyncAccount, 1)
    return account.role if account is not None else None


def log_hours(db: Database, values: Mapping[str, Any]) -> Changes:
    """Record time a volunteer gave; the hours are typed as 2.5, 2:30 or 2h30. Hours the volunteer
    logged themselves wait for a coordinator's approval before they count."""
    with db.write() as session:
        parsed = _parse(session, values)
        if signed_in_role(session) == "volunteer":
            parsed["self_logged"] = True  # a volunteer's laptop: a coordinator approves them
        pending = bool(parsed.get("self_logged"))
        entry = HoursEntry(
            **parsed, status=HoursStatus.PENDING if pending else HoursStatus.APPROVED
        )
        session.add(entry)
        session.flush()
        return Changes.of(*_ENTITIES, ids=(entry.id,))


def edit_hours(db: Database, hours_id: str, values: Mapping[str, Any]) -> Changes:
    with db.write() as session:
        entry = _get(session, hours_id)
        parsed = _parse(session, values, current_values(entry))
        if "self_logged" in values and bool(parsed.get("self_logged")) != entry.self_logged:
            raise ValidationError.single(
                "self_logged",
                msg(
                    "Who logged the hours stays as it was logged; approve or decline them "
                    "instead.",
                ),
            )
        for name, value in parsed.items():
            setattr(entry, name, value)
        return Changes.of(*_ENTITIES, ids=(entry.id,))


def delete_hours(db: Database, hours_id: str) -> Changes:
    with db.write() as session:
        entry = _get(session, hours_id)
        entry.deleted_at = utcnow()
        return Changes.of(*_ENTITIES, ids=(entry.id,))


def restore_hours(db: Database, hours_id: str) -> Changes:
    """Bring back a deleted hours entry (the undo of a delete)."""
    with db.write() as session:
        entry = rows.stored(session, HoursEntry, hours_id, "hours entry")
        entry.deleted_at = None
        return Changes.of(*_ENTITIES, ids=(entry.id,))


def delete_hours_entries(db: Database, ids: Iterable[str]) -> Changes:
    """Delete several hours entries as one action: all of them, or none."""
    return bulk.each(db, delete_hours, ids, "hours entry")


def restore_hours_entries(db: Database, ids: Iterable[str]) -> Changes:
    """Bring back several hours entries (the undo of delete_hours_entries): all of them, or none."""
    return bulk.each(db, restore_hours, ids, "hours entry")


def _merged(spans: Iterable[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    """The union of time spans, so that time on two overlapping shifts counts once."""
    result: list[tuple[datetime, datetime]] = []
    for start, end in sorted(spans):
        if result and start <= result[-1][1]:
            result[-1] = (result[-1][0], max(result[-1][1], end))
        else:
            result.append((start, end))
    return result


def _minutes_by_day(
    spans: Sequence[tuple[datetime, datetime]], zone: str, first_day: date
) -> dict[date, int]:
    """Shift time per local day of the shift's start (an evening shift past midnight counts on
    the evening's day), never before the event's first day, at most 24 hours a day: the rest
    goes on the next day."""
    minutes: dict[date, int] = defaultdict(int)
    for start, end in _merged(spans):
        day = max(start.astimezone(ZoneInfo(zone)).date(), first_day)
        minutes[day] += int((end - start) / timedelta(minutes=1))
    days: dict[date, int] = defaultdict(int)
    for day in sorted(minutes):
        remaining = minutes[day]
        while remaining > 0:
            taken = min(DAY_MINUTES - days[day], remaining)
            days[day] += taken
            remaining -= taken
            day += timedelta(days=1)
    return {day: value for day, value in days.items() if value > 0}


def log_hours_for_event_staff(
    db: Database, event_id: str, volunteer_ids: Iterable[str] | None = None
) -> StaffHoursLogged:
    """Log the time of everyone who staffed a finished event, from its shifts: each volunteer
    gets the length of their shifts, dated on the event's local day (one entry per day for an
    event over several days). Volunteers who already have hours for the event are skipped and
    named in the result; ``volunteer_ids`` limits the logging to those people."""
    with db.write() as session:
        event = rows.live(session, Event, event_id, "event")
        if event.ends_at > utcnow():
            raise ValidationError.single(
                "event_id", msg(
                    "{title} is not over yet: log its hours once it has ended.",
                    title=event.title,
                )
            )
        staffed: dict[str, tuple[Volunteer, list[tuple[datetime, datetime]]]] = {}
        for shift, volunteer in session.execute(
            select(Shift, Volunteer)
            .join(Volunteer, Volunteer.id == Shift.volunteer_id)
            .where(
                Shift.event_id == event.id,
                Shift.deleted_at.is_(None),
                Volunteer.deleted_at.is_(None),
            )
        ):
            staffed.setdefault(volunteer.id, (volunteer, []))[1].append(
                (shift.starts_at, shift.ends_at)
            )
        if volunteer_ids is not None:
            wanted = list(dict.fromkeys(volunteer_ids))
            if not wanted:
                raise ValidationError.single("volunteer_ids", msg("Choose at least one volunteer."))
            unstaffed = [volunteer_id for volunteer_id in wanted if volunteer_id not in staffed]
            if unstaffed:
                names = [
                    display_name(v.given_name, v.family_name)
                    if (v := session.get(Volunteer, volunteer_id)) is not None
                    else volunteer_id
                    for volunteer_id in unstaffed
                ]
                raise ValidationError.single(
                    "volunteer_ids",
                    msg(
                        "Not on a shift at {title}: {names}. Assign them to a shift "
                        "first, or log their hours one by one.",
                        title=event.title, names=', '.join(names),
                    ),
                )
            staffed = {volunteer_id: staffed[volunteer_id] for volunteer_id in wanted}
        if not staffed:
            raise ValidationError.single(
                "event_id",
                msg(
                    "Nobody is on a shift at {title}: assign volunteers to its shifts first.",
                    title=event.title,
                ),
            )
        already = set(
            session.scalars(
                select(HoursEntry.volunteer_id).where(
                    HoursEntry.event_id == event.id, HoursEntry.deleted_at.is_(None)
                )
            )
        )
        first_day = event.starts_at.astimezone(ZoneInfo(event.time_zone)).date()
        entries: list[HoursEntry] = []
        logged: list[str] = []
        skipped: list[str] = []
        for volunteer, spans in sorted(staffed.values(), key=lambda item: item[0].sort_name):
            name = display_name(volunteer.given_name, volunteer.family_name)
            if volunteer.id in already:
                skipped.append(name)
                continue
            logged.append(name)
            for day, minutes in sorted(_minutes_by_day(spans, event.time_zone, first_day).items()):
                entries.append(
                    HoursEntry(
                        volunteer_id=volunteer.id,
                        event_id=event.id,
                        worked_on=day,
                        minutes=minutes,
                        kind=HoursKind.EVENT,
                    )
                )
        session.add_all(entries)
        session.flush()
        return StaffHoursLogged(
            frozenset(_ENTITIES),
            ids=tuple(entry.id for entry in entries),
            logged=tuple(logged),
            skipped=tuple(skipped),
            minutes=sum(entry.minutes for entry in entries),
        )


# --- reads ------------------------------------------------------------------------------------


def _select_rows() -> Any:
    return (
        select(
            HoursEntry,
            Volunteer.given_name,
            Volunteer.family_name,
            Event.id.label("live_event_id"),
            Event.title,
        )
        .join(Volunteer, Volunteer.id == HoursEntry.volunteer_id)
        .outerjoin(Event, and_(Event.id == HoursEntry.event_id, Event.deleted_at.is_(None)))
    )


def _row(
    entry: HoursEntry, given: str, family: str | None, event_id: str | None, title: Any
) -> HoursRow:
    return HoursRow(
        id=entry.id,
        volunteer_id=entry.volunteer_id,
        volunteer_name=display_name(given, family),
        event_id=event_id,
        event_title=title,
        activity=entry.activity,
        worked_on=entry.worked_on,
        minutes=entry.minutes,
        kind=entry.kind,
        notes=entry.notes,
        self_logged=entry.self_logged,
        status=entry.status,
    )


def list_hours(db: Database, query: HoursQuery = HoursQuery()) -> Page[HoursRow]:
    check_window(query.offset, query.limit)
    if query.sort not in get_args(SortKey):
        choices = ", ".join(get_args(SortKey))
        raise ValidationError.single("sort", msg("Sort by one of: {choices}.", choices=choices))
    if query.date_from and query.date_to and query.date_to < query.date_from:
        raise ValidationError.single(
            "date_to", msg("The last day of the range is before its first day.")
        )
    conditions: list[Any] = [HoursEntry.deleted_at.is_(None), Volunteer.deleted_at.is_(None)]
    if query.volunteer_id:
        conditions.append(HoursEntry.volunteer_id == query.volunteer_id)
    if query.event_id:
        conditions.append(HoursEntry.event_id == query.event_id)
    if query.kind is not None:
        try:
            kind = f.choice(HoursKind)(query.kind, "Kind of work")
        except f.FieldProblem as problem:
            raise ValidationError.single("kind", str(problem)) from None
        conditions.append(HoursEntry.kind == kind)
    if query.status is not None:
        try:
            status = f.choice(HoursStatus)(query.status, "Status")
        except f.FieldProblem as problem:
            raise ValidationError.single("status", str(problem)) from None
        conditions.append(HoursEntry.status == status)
    if query.date_from:
        conditions.append(HoursEntry.worked_on >= query.date_from)
    if query.date_to:
        conditions.append(HoursEntry.worked_on <= query.date_to)
    column = {"worked_on": HoursEntry.worked_on, "minutes": HoursEntry.minutes}[query.sort]
    ordering = (
        (column.desc(), HoursEntry.worked_on.desc(), HoursEntry.id.desc())
        if query.descending
        else (column.asc(), HoursEntry.worked_on.asc(), HoursEntry.id.asc())
    )
    with db.read() as session:
        total = session.scalar(
            select(func.count())
            .select_from(HoursEntry)
            .join(Volunteer, Volunteer.id == HoursEntry.volunteer_id)
            .where(*conditions)
        )
        rows = session.execute(
            _select_rows()
            .where(*conditions)
            .order_by(*ordering)
            .offset(query.offset)
            .limit(query.limit)
        )
        items = tuple(_row(*row) for row in rows)
    return Page(items, int(total or 0), query.offset, query.limit)


def get_hours(db: Database, hours_id: str) -> HoursRow:
    with db.read() as session:
        row = session.execute(
            _select_rows().where(
                HoursEntry.id == hours_id,
                HoursEntry.deleted_at.is_(None),
                Volunteer.deleted_at.is_(None),
            )
        ).first()
        if row is None:
            raise rows.missing("hours entry", hours_id)
        return _row(*row)


def hours_summary(db: Database, year: int) -> HoursSummary:
    """The time given in a calendar year, in all and by kind of work (approved hours only)."""
    if not 1900 <= year <= 2200:
        raise ValidationError.single("year", msg(
            "{year} is not a year to report on: check it.",
            year=year,
        ))
    first, last = date(year, 1, 1), date(year, 12, 31)
    conditions = [
        HoursEntry.deleted_at.is_(None),
        COUNTED,
        HoursEntry.worked_on >= first,
        HoursEntry.worked_on <= last,
    ]
    with db.read() as session:
        minutes, people = session.execute(
            select(
                func.sum(HoursEntry.minutes), func.count(distinct(HoursEntry.volunteer_id))
            ).where(*conditions)
        ).one()
        by_kind = session.execute(
            select(HoursEntry.kind, func.sum(HoursEntry.minutes).label("minutes"))
            .where(*conditions)
            .group_by(HoursEntry.kind)
            .order_by(func.sum(HoursEntry.minutes).desc(), HoursEntry.kind)
        )
        kinds = tuple(KindTotal(kind, int(total)) for kind, total in by_kind)
    return HoursSummary(year, int(minutes or 0), int(people or 0), kinds)


def hours_form_values(db: Database, hours_id: str) -> dict[str, Any]:
    """The hours entry's values in the terms of HOURS_FORM, as an edit dialog starts from."""
    with db.read() as session:
        return form_values(HOURS_FORM, session, _get(session, hours_id))
