"""The declared fields of an event, its shifts and its budget lines, with their parsers and
cross-field checks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistercommittee.domain import Event, EventPartnership, Partnership, Shift
from sistercommittee.domain.enums import BudgetCategory, BudgetDirection, EventKind
from sistercommittee.messages import msg
from sistercommittee.services import fields as f
from sistercommittee.services.events.times import (
    DEFAULT_LENGTH,
    MAX_EVENT_LENGTH,
    _from_wall,
    _length_text,
    _naive_local,
    wall_clock,
)
from sistercommittee.services.forms import (
    Field,
    FormContext,
    FormSpec,
    long_text,
    major_amount,
    plain,
    short_text,
    wall_clock_of,
)
from sistercommittee.services.outcomes import OUTCOME_FIELDS

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
        problems["time_zone"] = msg("Give the time zone of the venue, such as America/Chicago.")
    if values.get("kind") is None:
        kinds = ", ".join(kind.value for kind in EventKind)
        problems["kind"] = msg("Choose what kind of event this is: {kinds}.", kinds=kinds)
    attendance, youth = values.get("attendance"), values.get("youth_attendance")
    if youth is not None and attendance is not None and youth > attendance:
        problems["youth_attendance"] = (
            msg(
                "Youth attending ({youth:,}) is more than the attendance ({attendance:,}).",
                youth=youth, attendance=attendance,
            )
        )
    elif youth is not None and attendance is None:
        problems["attendance"] = msg("Give the attendance too: the youth attending are part of it.")
    start, end = values.get("starts_at"), values.get("ends_at")
    if end is None:
        problems["ends_at"] = msg("Give the time the event ends.")
    elif start is not None:
        if end < start:
            problems["ends_at"] = msg("End time is before the start time.")
        elif end == start:
            problems["ends_at"] = msg("End time is the same as the start time: give when it ends.")
        elif end - start > MAX_EVENT_LENGTH:
            problems["ends_at"] = (
                msg(
                    "An event can last at most {days} days, and this one lasts "
                    "{length}. Check the end date, or make several events.",
                    days=MAX_EVENT_LENGTH.days, length=_length_text(end - start),
                )
            )
    return problems


def _linked_partnerships(session: Session, event_id: str) -> list[str]:
    """The live partnerships an event concerns, by city name."""
    return list(
        session.scalars(
            select(Partnership.id)
            .join(EventPartnership, EventPartnership.partnership_id == Partnership.id)
            .where(
                EventPartnership.event_id == event_id,
                EventPartnership.deleted_at.is_(None),
                Partnership.deleted_at.is_(None),
            )
            .order_by(Partnership.city_name, Partnership.id)
        )
    )


def _shift_wall_clock(session: Session, shift: Shift, moment: datetime | None) -> datetime | None:
    event = session.get(Event, shift.event_id)
    return wall_clock_of(moment, event.time_zone if event else "UTC")


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
            show=lambda session, event: wall_clock_of(event.starts_at, event.time_zone),
        ),
        Field(
            "ends_at",
            "End time",
            _event_time,
            default=_default_end,
            help="date and time at the venue; two hours after the start if left out",
            show=lambda session, event: wall_clock_of(event.ends_at, event.time_zone),
        ),
        Field("venue", "Venue", short_text(200)),
        Field(
            "attendance",
            "Attendance",
            plain(lambda raw, label: f.integer(raw, label, minimum=0, maximum=10_000_000)),
        ),
        Field(
            "youth_attendance",
            "Youth attending",
            plain(lambda raw, label: f.integer(raw, label, minimum=0, maximum=10_000_000)),
            help="how many of those attending were under 18",
        ),
        Field("outcome", "Outcome", long_text(), help="how it went: notes for the annual report"),
        *OUTCOME_FIELDS,
        Field(
            "partnerships",
            "Partnerships",
            plain(_ids),
            many=True,
            help="ids of the partnerships the event concerns, comma-separated",
            show=lambda session, event: _linked_partnerships(session, event.id),
        ),
    ),
    check=_check_event,
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
            show=lambda session, shift: _shift_wall_clock(session, shift, shift.starts_at),
        ),
        Field(
            "ends_at",
            "Shift end",
            _shift_time,
            help="date and time at the venue; the event's end if left out",
            show=lambda session, shift: _shift_wall_clock(session, shift, shift.ends_at),
        ),
        Field("volunteer_id", "Volunteer", plain(_one_id), help="id of the volunteer, if known"),
    ),
)


# --- budget -----------------------------------------------------------------------------------


def _amount(raw: Any, label: str, ctx: FormContext) -> int:
    currency = str(ctx.values.get("currency") or ctx.org.currency)
    return f.money_minor(raw, label, currency)


def _check_budget_line(ctx: FormContext) -> dict[str, str]:
    values = ctx.values
    problems: dict[str, str] = {}
    if values.get("direction") is None:
        problems["direction"] = msg("Say whether this line is income or an expense.")
    if values.get("category") is None:
        categories = ", ".join(category.value for category in BudgetCategory)
        problems["category"] = msg("Choose a category: {categories}.", categories=categories)
    if not values.get("currency"):
        problems["currency"] = msg("Give the currency of the amounts, such as USD or JPY.")
    planned = values["planned"] if "planned" in values else values.get("planned_minor")
    actual = values["actual"] if "actual" in values else values.get("actual_minor")
    if planned is None and actual is None:
        problems["planned"] = msg("Give the planned amount, the actual amount, or both.")
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
        Field(
            "planned",
            "Planned amount",
            _amount,
            help="in major units, e.g. 250 or 12.50",
            show=lambda session, line: major_amount(line.planned_minor, line.currency),
        ),
        Field(
            "actual",
            "Actual amount",
            _amount,
            help="in major units, e.g. 250 or 12.50",
            show=lambda session, line: major_amount(line.actual_minor, line.currency),
        ),
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
