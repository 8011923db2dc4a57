"""The summary of events: one event, or every event in a range of days."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
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
from sistercommittee.domain.enums import EventKind
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.services import fields as f
from sistercommittee.services import rows
from sistercommittee.services.hours import COUNTED as COUNTED_HOURS
from sistercommittee.services.reports.common import (
    SCHEMA_VERSION,
    Money,
    OrganizationRef,
    PartnerRef,
    _add_money,
    _chunks,
    _day_bounds,
    _money,
    _org_ref,
    check_range,
)
from sistercommittee.services.volunteers import display_name
from sistercommittee.storage.database import Database

# --- event summary ------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventVolunteer:
    name: str
    minutes: int  # hours logged for the event
    shifts: int  # shifts filled


@dataclass(frozen=True)
class CityTime:
    """A virtual event's times on the clock of a city taking part (ours or a partner's)."""

    city_name: str
    time_zone: str
    starts_at: datetime  # aware, in the partner city's zone
    ends_at: datetime


@dataclass(frozen=True)
class EventSummary:
    id: str
    title: str
    kind: str
    starts_at: datetime  # aware, in the event's zone
    ends_at: datetime
    time_zone: str
    venue: str | None
    description: str | None  # what happened (or was planned)
    outcome: str | None
    attendance: int | None
    youth_attendance: int | None
    partnerships: tuple[PartnerRef, ...]
    local_times: tuple[CityTime, ...]  # virtual events: each city's clock, when not the venue's
    trade_mission: bool
    agreements_signed: int | None
    investment_minor: int | None
    investment_currency: str | None
    jobs_created: int | None
    volunteers: tuple[EventVolunteer, ...]  # named, most hours first
    volunteer_count: int  # distinct people who logged hours or filled a shift
    volunteer_minutes: int
    shifts_total: int
    shifts_open: int
    money: tuple[Money, ...]  # actual amounts per currency


@dataclass(frozen=True)
class EventSummaryReport:
    schema_version: str
    organization: OrganizationRef
    generated_at: datetime
    date_from: date | None
    date_to: date | None
    events: tuple[EventSummary, ...]
    attendance_total: int
    volunteer_minutes_total: int
    money_total: tuple[Money, ...]


def _partners_by_event(
    session: Session, event_ids: Sequence[str]
) -> tuple[dict[str, list[PartnerRef]], dict[str, str | None]]:
    """The partners of each event, and each partner's time zone (its own, or its country's when
    the country has one zone)."""
    found: dict[str, list[PartnerRef]] = defaultdict(list)
    zones: dict[str, str | None] = {}
    for chunk in _chunks(event_ids):
        rows = session.execute(
            select(
                EventPartnership.event_id,
                Partnership.id,
                Partnership.city_name,
                Partnership.city_name_local,
                Partnership.country,
                Partnership.time_zone,
            )
            .join(Partnership, Partnership.id == EventPartnership.partnership_id)
            .where(
                EventPartnership.event_id.in_(chunk),
                EventPartnership.deleted_at.is_(None),
                Partnership.deleted_at.is_(None),
            )
            .order_by(Partnership.city_name)
        )
        for event_id, pid, name, local, country, zone in rows:
            found[event_id].append(PartnerRef(pid, name, local, country))
            if zone is None:
                country_zones = f.country_zones(country)
                zone = country_zones[0] if len(country_zones) == 1 else None
            zones[pid] = zone
    return found, zones


def _local_times(
    event: Event,
    org: OrganizationRef,
    partners: Sequence[PartnerRef],
    zones: dict[str, str | None],
) -> tuple[CityTime, ...]:
    """For a virtual event, its times on our city's clock and on each partner city's (those whose
    zone is known and is not the venue's: the venue's times are printed already)."""
    if event.kind != EventKind.VIRTUAL_EXCHANGE:
        return ()
    cities = [(org.city, org.time_zone)] + [(p.city_name, zones.get(p.id)) for p in partners]
    times: list[CityTime] = []
    seen = {event.time_zone}
    for city, zone in cities:
        if not zone or zone in seen:
            continue
        seen.add(zone)
        tz = ZoneInfo(zone)
        start, end = event.starts_at.astimezone(tz), event.ends_at.astimezone(tz)
        times.append(CityTime(city, zone, start, end))
    return tuple(times)


def event_summary(
    db: Database,
    *,
    event_id: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> EventSummaryReport:
    """The summary of one event, or of every event starting within the days given (inclusive).

    Raises NotFoundError for an unknown event, ValidationError for a bad range.
    """
    if event_id is None:
        if date_from is None or date_to is None:
            raise ValidationError.single("from", msg("Choose an event, or the first and last day."))
        check_range(date_from, date_to)
    with db.read() as session:
        org = _org_ref(session)
        query = select(Event).where(Event.deleted_at.is_(None))
        if event_id is not None:
            query = query.where(Event.id == event_id)
        else:
            assert date_from is not None and date_to is not None
            start, end = _day_bounds(date_from, date_to, org.time_zone)
            query = query.where(Event.starts_at >= start, Event.starts_at < end)
        events = session.scalars(query.order_by(Event.starts_at, Event.id)).all()
        if event_id is not None and not events:
            raise rows.missing("event", event_id)
        ids = [event.id for event in events]
        partners, partner_zones = _partners_by_event(session, ids)
        minutes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        shifts_filled: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        shift_totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        money: dict[str, dict[str, dict[str, int]]] = defaultdict(dict)
        for chunk in _chunks(ids):
            for hours_event, vid, total in session.execute(
                select(HoursEntry.event_id, HoursEntry.volunteer_id, func.sum(HoursEntry.minutes))
                .where(
                    HoursEntry.event_id.in_(chunk), HoursEntry.deleted_at.is_(None), COUNTED_HOURS
                )
                .group_by(HoursEntry.event_id, HoursEntry.volunteer_id)
            ):
                if hours_event is not None:  # always set: the filter is on the event
                    minutes[hours_event][vid] += int(total or 0)
            for shift_event, staff in session.execute(
                select(Shift.event_id, Shift.volunteer_id).where(
                    Shift.event_id.in_(chunk), Shift.deleted_at.is_(None)
                )
            ):
                shift_totals[shift_event][0] += 1
                if staff is None:
                    shift_totals[shift_event][1] += 1
                else:
                    shifts_filled[shift_event][staff] += 1
            for line in session.execute(
                select(
                    BudgetLine.event_id,
                    BudgetLine.currency,
                    BudgetLine.direction,
                    BudgetLine.in_kind,
                    func.sum(BudgetLine.actual_minor),
                )
                .where(
                    BudgetLine.event_id.in_(chunk),
                    BudgetLine.deleted_at.is_(None),
                    BudgetLine.actual_minor.is_not(None),
                )
                .group_by(
                    BudgetLine.event_id,
                    BudgetLine.currency,
                    BudgetLine.direction,
                    BudgetLine.in_kind,
                )
            ):
                line_event, currency, direction, in_kind, line_total = line
                _add_money(
                    money[line_event], currency, direction, bool(in_kind), int(line_total or 0)
                )
        people_ids = {vid for per in (*minutes.values(), *shifts_filled.values()) for vid in per}
        names: dict[str, str] = {}
        for chunk in _chunks(sorted(people_ids)):
            for vid, given, family in session.execute(
                select(Volunteer.id, Volunteer.given_name, Volunteer.family_name).where(
                    Volunteer.id.in_(chunk), Volunteer.deleted_at.is_(None)
                )
            ):
                names[vid] = display_name(given, family)
        summaries: list[EventSummary] = []
        totals: dict[str, dict[str, int]] = {}
        for event in events:
            zone = ZoneInfo(event.time_zone)
            people = set(minutes[event.id]) | set(shifts_filled[event.id])
            volunteers = sorted(
                (
                    EventVolunteer(
                        names[vid], minutes[event.id].get(vid, 0), shifts_filled[event.id][vid]
                    )
                    for vid in people
                    if vid in names
                ),
                key=lambda v: (-v.minutes, v.name.casefold()),
            )
            for currency, values in money[event.id].items():
                for key, amount in values.items():
                    slot = totals.setdefault(currency, defaultdict(int))
                    slot[key] += amount
            summaries.append(
                EventSummary(
                    id=event.id,
                    title=event.title,
                    kind=event.kind.value,
                    starts_at=event.starts_at.astimezone(zone),
                    ends_at=event.ends_at.astimezone(zone),
                    time_zone=event.time_zone,
                    venue=event.venue,
                    description=event.description,
                    outcome=event.outcome,
                    attendance=event.attendance,
                    youth_attendance=event.youth_attendance,
                    partnerships=tuple(partners.get(event.id, ())),
                    local_times=_local_times(event, org, partners.get(event.id, []), partner_zones),
                    trade_mission=bool(event.trade_mission),
                    agreements_signed=event.agreements_signed,
                    investment_minor=event.investment_minor,
                    investment_currency=event.investment_currency,
                    jobs_created=event.jobs_created,
                    volunteers=tuple(volunteers),
                    volunteer_count=len(people),
                    volunteer_minutes=sum(minutes[event.id].values()),
                    shifts_total=shift_totals[event.id][0],
                    shifts_open=shift_totals[event.id][1],
                    money=_money(money[event.id]),
                )
            )
        return EventSummaryReport(
            schema_version=SCHEMA_VERSION,
            organization=org,
            generated_at=datetime.now(UTC).replace(microsecond=0),
            date_from=date_from if event_id is None else None,
            date_to=date_to if event_id is None else None,
            events=tuple(summaries),
            attendance_total=sum(s.attendance or 0 for s in summaries),
            volunteer_minutes_total=sum(s.volunteer_minutes for s in summaries),
            money_total=_money(totals),
        )
