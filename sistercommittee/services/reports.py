"""Figures for reports: the summary of events, and the annual report HQ asks its members for.

Read queries only, aggregated in SQL so that a large database is summed without loading its rows.
Deleted rows (``deleted_at`` set) are left out everywhere, with one documented exception: hours a
volunteer logged stay in the totals after the volunteer is deleted (the volunteers service
promises that), but a deleted volunteer is never named.

Money is summed per currency in minor units; amounts in different currencies are never added.
Days and years are the organization's: a year runs from 1 January 00:00 to 31 December 24:00 in
its time zone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from sistercommittee.domain import (
    BudgetLine,
    Event,
    EventPartnership,
    Exchange,
    ExchangeCost,
    HoursEntry,
    Participant,
    Partnership,
    Shift,
    StatusChange,
    Volunteer,
)
from sistercommittee.domain.enums import (
    BudgetCategory,
    BudgetDirection,
    ExchangeDirection,
    ExchangeProgram,
    PartnershipKind,
    PartnershipStatus,
)
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.services import organizations, rows
from sistercommittee.services.hours import COUNTED as COUNTED_HOURS
from sistercommittee.services.volunteers import display_name
from sistercommittee.storage.database import Database

SCHEMA_VERSION = "1"
MAX_RANGE_DAYS = 3700  # about ten years: a summary longer than that is a typing mistake


# --- shared results -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Money:
    """Sums in one currency, in minor units (cents)."""

    currency: str
    income_minor: int = 0
    expense_minor: int = 0
    in_kind_income_minor: int = 0  # goods and services received, valued
    in_kind_expense_minor: int = 0  # goods and services given, valued

    @property
    def net_minor(self) -> int:
        return self.income_minor - self.expense_minor


@dataclass(frozen=True)
class PartnerRef:
    id: str
    city_name: str
    city_name_local: str | None
    country: str


@dataclass(frozen=True)
class OrganizationRef:
    name: str
    city: str
    country: str
    time_zone: str
    currency: str
    sci_member_number: str | None


# --- event summary ------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventVolunteer:
    name: str
    minutes: int  # hours logged for the event
    shifts: int  # shifts filled


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
    partnerships: tuple[PartnerRef, ...]
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


def _org_ref(session: Session) -> OrganizationRef:
    org = organizations.current(session)
    return OrganizationRef(
        org.name, org.city, org.country, org.time_zone, org.currency, org.sci_member_number
    )


def _day_bounds(first: date, last: date, zone: str) -> tuple[datetime, datetime]:
    tz = ZoneInfo(zone)
    start = datetime.combine(first, time(0), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    return start, end


def check_range(date_from: date, date_to: date) -> None:
    if date_to < date_from:
        raise ValidationError.single("to", msg("The last day is before the first day."))
    if (date_to - date_from).days > MAX_RANGE_DAYS:
        raise ValidationError.single("to", msg("Choose a range of at most ten years."))


def _add_money(
    sums: dict[str, dict[str, int]],
    currency: str,
    direction: BudgetDirection,
    in_kind: bool,
    amount: int,
) -> None:
    slot = sums.setdefault(currency.upper(), defaultdict(int))
    key = ("in_kind_" if in_kind else "") + (
        "income_minor" if direction == BudgetDirection.INCOME else "expense_minor"
    )
    slot[key] += amount


def _money(sums: dict[str, dict[str, int]]) -> tuple[Money, ...]:
    return tuple(Money(currency, **dict(values)) for currency, values in sorted(sums.items()))


def _partners_by_event(session: Session, event_ids: Sequence[str]) -> dict[str, list[PartnerRef]]:
    found: dict[str, list[PartnerRef]] = defaultdict(list)
    for chunk in _chunks(event_ids):
        rows = session.execute(
            select(
                EventPartnership.event_id,
                Partnership.id,
                Partnership.city_name,
                Partnership.city_name_local,
                Partnership.country,
            )
            .join(Partnership, Partnership.id == EventPartnership.partnership_id)
            .where(
                EventPartnership.event_id.in_(chunk),
                EventPartnership.deleted_at.is_(None),
                Partnership.deleted_at.is_(None),
            )
            .order_by(Partnership.city_name)
        )
        for event_id, pid, name, local, country in rows:
            found[event_id].append(PartnerRef(pid, name, local, country))
    return found


def _chunks(ids: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


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
        partners = _partners_by_event(session, ids)
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
                    partnerships=tuple(partners.get(event.id, ())),
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


# --- annual report ------------------------------------------------------------------------------


@dataclass(frozen=True)
class KindStatusCount:
    kind: str
    status: str  # the status on 31 December
    count: int


@dataclass(frozen=True)
class PartnershipFigures:
    total: int  # existing on 31 December (not ended)
    new: int  # signed (or first made active) during the year
    active: int
    dormant: int
    by_kind_status: tuple[KindStatusCount, ...]
    new_partners: tuple[PartnerRef, ...]


@dataclass(frozen=True)
class CountByKey:
    key: str
    count: int


@dataclass(frozen=True)
class VolunteerFigures:
    volunteers: int  # people on the roll on 31 December, active or not
    active: int  # marked active
    new: int  # added during the year
    with_hours: int  # people who logged hours during the year
    minutes: int
    minutes_by_kind: tuple[CountByKey, ...]
    minutes_by_month: tuple[int, ...]  # 12 values, January first


@dataclass(frozen=True)
class EventFigures:
    events: int
    attendance: int
    with_attendance: int  # events whose attendance was recorded
    by_kind: tuple[CountByKey, ...]
    by_month: tuple[int, ...]


@dataclass(frozen=True)
class ExchangeRow:
    program: str
    direction: str
    exchanges: int
    participants: int
    youth: int
    adults: int


@dataclass(frozen=True)
class ExchangeFigures:
    exchanges: int
    participants_inbound: int
    participants_outbound: int
    youth_inbound: int
    youth_outbound: int
    rows: tuple[ExchangeRow, ...]


@dataclass(frozen=True)
class CategoryAmount:
    currency: str
    category: str
    amount_minor: int


@dataclass(frozen=True)
class MoneyFigures:
    totals: tuple[Money, ...]  # event budgets (actual) and exchange costs, per currency
    raised_by_category: tuple[CategoryAmount, ...]
    spent_by_category: tuple[CategoryAmount, ...]


@dataclass(frozen=True)
class AssistanceFigures:
    in_kind_received: tuple[CategoryAmount, ...]
    in_kind_given: tuple[CategoryAmount, ...]
    humanitarian_cash: tuple[CategoryAmount, ...]  # humanitarian aid lines and costs, cash
    humanitarian_in_kind: tuple[CategoryAmount, ...]
    humanitarian_exchanges: int
    humanitarian_participants: int


@dataclass(frozen=True)
class EventHighlight:
    id: str
    title: str
    starts_on: date
    attendance: int | None
    outcome: str | None


@dataclass(frozen=True)
class AnnualReport:
    schema_version: str
    year: int
    organization: OrganizationRef
    generated_at: datetime
    partnerships: PartnershipFigures
    volunteers: VolunteerFigures
    events: EventFigures
    exchanges: ExchangeFigures
    money: MoneyFigures
    assistance: AssistanceFigures
    highlights: tuple[str, ...]
    highlight_events: tuple[EventHighlight, ...]


def _status_at_year_end(session: Session, end_day: date) -> dict[str, PartnershipStatus | None]:
    """Each partnership's status on ``end_day`` from its history (None: it did not exist)."""
    statuses: dict[str, PartnershipStatus | None] = {}
    rows = session.execute(
        select(
            StatusChange.partnership_id,
            StatusChange.from_status,
            StatusChange.to_status,
            StatusChange.changed_on,
        )
        .where(StatusChange.deleted_at.is_(None))
        .order_by(StatusChange.partnership_id, StatusChange.changed_on, StatusChange.created_at)
    )
    first_after: dict[str, PartnershipStatus | None] = {}
    for pid, from_status, to_status, changed_on in rows:
        if changed_on <= end_day:
            statuses[pid] = to_status
        elif pid not in statuses and pid not in first_after:
            first_after[pid] = from_status
    for pid, before in first_after.items():
        statuses.setdefault(pid, before)
    return statuses


def _partnership_figures(session: Session, year: int, end_utc: datetime) -> PartnershipFigures:
    end_day = date(year, 12, 31)
    history = _status_at_year_end(session, end_day)
    first_active: dict[str, date] = {
        pid: changed_on
        for pid, changed_on in session.execute(
            select(StatusChange.partnership_id, func.min(StatusChange.changed_on))
            .where(
                StatusChange.deleted_at.is_(None),
                StatusChange.to_status == PartnershipStatus.ACTIVE,
            )
            .group_by(StatusChange.partnership_id)
        )
    }
    counts: dict[tuple[str, str], int] = defaultdict(int)
    new_partners: list[PartnerRef] = []
    total = active = dormant = 0
    for row in session.execute(
        select(
            Partnership.id,
            Partnership.kind,
            Partnership.status,
            Partnership.signed_on,
            Partnership.created_at,
            Partnership.city_name,
            Partnership.city_name_local,
            Partnership.country,
        )
        .where(Partnership.deleted_at.is_(None))
        .order_by(Partnership.city_name)
    ):
        pid, kind, current, signed_on, created_at, name, local, country = row
        # Without a history, the current status stands for the year if the row existed then.
        fallback = current if created_at < end_utc else None
        status = history.get(pid, fallback) if pid in history else fallback
        if status is None:
            continue
        began = signed_on or first_active.get(pid)
        if began is not None and began.year == year:
            new_partners.append(PartnerRef(pid, name, local, country))
        counts[(kind.value, status.value)] += 1
        if status != PartnershipStatus.ENDED:
            total += 1
        active += status == PartnershipStatus.ACTIVE
        dormant += status == PartnershipStatus.DORMANT
    by_kind_status = tuple(
        KindStatusCount(kind.value, status.value, counts[(kind.value, status.value)])
        for kind in PartnershipKind
        for status in PartnershipStatus
        if counts[(kind.value, status.value)]
    )
    return PartnershipFigures(
        total=total,
        new=len(new_partners),
        active=active,
        dormant=dormant,
        by_kind_status=by_kind_status,
        new_partners=tuple(new_partners),
    )


def _volunteer_figures(
    session: Session, year: int, start_utc: datetime, end_utc: datetime
) -> VolunteerFigures:
    on_roll = and_(Volunteer.deleted_at.is_(None), Volunteer.created_at < end_utc)
    volunteers = session.scalar(select(func.count()).select_from(Volunteer).where(on_roll)) or 0
    active = (
        session.scalar(
            select(func.count()).select_from(Volunteer).where(on_roll, Volunteer.active.is_(True))
        )
        or 0
    )
    new = (
        session.scalar(
            select(func.count())
            .select_from(Volunteer)
            .where(on_roll, Volunteer.created_at >= start_utc)
        )
        or 0
    )
    in_year = and_(
        HoursEntry.deleted_at.is_(None),
        COUNTED_HOURS,
        HoursEntry.worked_on >= date(year, 1, 1),
        HoursEntry.worked_on <= date(year, 12, 31),
    )
    with_hours = (
        session.scalar(select(func.count(func.distinct(HoursEntry.volunteer_id))).where(in_year))
        or 0
    )
    # One pass over the year's hours gives both breakdowns.
    by_kind: dict[str, int] = defaultdict(int)
    months = [0] * 12
    month_of = func.substr(HoursEntry.worked_on, 6, 2)
    for kind, month, total in session.execute(
        select(HoursEntry.kind, month_of, func.sum(HoursEntry.minutes))
        .where(in_year)
        .group_by(HoursEntry.kind, month_of)
    ):
        by_kind[kind.value] += int(total or 0)
        months[int(month) - 1] += int(total or 0)
    return VolunteerFigures(
        volunteers=int(volunteers),
        active=int(active),
        new=int(new),
        with_hours=int(with_hours),
        minutes=sum(months),
        minutes_by_kind=tuple(
            CountByKey(key, value)
            for key, value in sorted(by_kind.items(), key=lambda item: -item[1])
        ),
        minutes_by_month=tuple(months),
    )


def _event_rows(session: Session, start_utc: datetime, end_utc: datetime) -> list[tuple]:  # type: ignore[type-arg]
    return list(
        session.execute(
            select(Event.id, Event.kind, Event.starts_at, Event.attendance).where(
                Event.deleted_at.is_(None), Event.starts_at >= start_utc, Event.starts_at < end_utc
            )
        )
    )


def _event_figures(rows: Sequence[tuple], zone: ZoneInfo) -> EventFigures:  # type: ignore[type-arg]
    by_kind: dict[str, int] = defaultdict(int)
    months = [0] * 12
    attendance = with_attendance = 0
    for _id, kind, starts_at, count in rows:
        by_kind[kind.value] += 1
        months[starts_at.astimezone(zone).month - 1] += 1
        if count is not None:
            attendance += count
            with_attendance += 1
    return EventFigures(
        events=len(rows),
        attendance=attendance,
        with_attendance=with_attendance,
        by_kind=tuple(
            CountByKey(key, value) for key, value in sorted(by_kind.items(), key=lambda i: -i[1])
        ),
        by_month=tuple(months),
    )


def _exchange_figures(session: Session, year: int) -> tuple[ExchangeFigures, list[str]]:
    exchanges = list(
        session.execute(
            select(Exchange.id, Exchange.program, Exchange.direction).where(
                Exchange.deleted_at.is_(None),
                Exchange.starts_on >= date(year, 1, 1),
                Exchange.starts_on <= date(year, 12, 31),
            )
        )
    )
    ids = [row[0] for row in exchanges]
    people: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # exchange -> [all, youth]
    for chunk in _chunks(ids):
        for exchange_id, youth, count in session.execute(
            select(Participant.exchange_id, Participant.is_youth, func.count())
            .where(Participant.exchange_id.in_(chunk), Participant.deleted_at.is_(None))
            .group_by(Participant.exchange_id, Participant.is_youth)
        ):
            people[exchange_id][0] += int(count)
            if youth:
                people[exchange_id][1] += int(count)
    table: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for exchange_id, program, direction in exchanges:
        slot = table[(program.value, direction.value)]
        slot[0] += 1
        slot[1] += people[exchange_id][0]
        slot[2] += people[exchange_id][1]
    rows = tuple(
        ExchangeRow(
            program.value,
            direction.value,
            exchanges=count,
            participants=participants,
            youth=youth,
            adults=participants - youth,
        )
        for program in ExchangeProgram
        for direction in ExchangeDirection
        if (program.value, direction.value) in table
        for count, participants, youth in [table[(program.value, direction.value)]]
    )

    def total(direction: ExchangeDirection, youth: bool) -> int:
        return sum(
            (r.youth if youth else r.participants) for r in rows if r.direction == direction.value
        )

    figures = ExchangeFigures(
        exchanges=len(exchanges),
        participants_inbound=total(ExchangeDirection.INBOUND, False),
        participants_outbound=total(ExchangeDirection.OUTBOUND, False),
        youth_inbound=total(ExchangeDirection.INBOUND, True),
        youth_outbound=total(ExchangeDirection.OUTBOUND, True),
        rows=rows,
    )
    return figures, ids


def _category_amounts(sums: dict[tuple[str, str], int]) -> tuple[CategoryAmount, ...]:
    return tuple(
        CategoryAmount(currency, category, amount)
        for (currency, category), amount in sorted(
            sums.items(), key=lambda item: (item[0][0], -item[1], item[0][1])
        )
        if amount
    )


def _money_figures(
    session: Session, start_utc: datetime, end_utc: datetime, year: int
) -> tuple[MoneyFigures, dict[str, tuple[CategoryAmount, ...]]]:
    totals: dict[str, dict[str, int]] = {}
    raised: dict[tuple[str, str], int] = defaultdict(int)
    spent: dict[tuple[str, str], int] = defaultdict(int)
    kind_in: dict[tuple[str, str], int] = defaultdict(int)
    kind_out: dict[tuple[str, str], int] = defaultdict(int)
    aid_cash: dict[tuple[str, str], int] = defaultdict(int)
    aid_kind: dict[tuple[str, str], int] = defaultdict(int)

    def book(
        currency: str, category: BudgetCategory, direction: BudgetDirection, kind: bool, amount: int
    ) -> None:
        currency = currency.upper()
        _add_money(totals, currency, direction, kind, amount)
        key = (currency, category.value)
        if kind:
            (kind_in if direction == BudgetDirection.INCOME else kind_out)[key] += amount
        else:
            (raised if direction == BudgetDirection.INCOME else spent)[key] += amount
        if category == BudgetCategory.HUMANITARIAN_AID:
            (aid_kind if kind else aid_cash)[key] += amount

    for currency, category, direction, in_kind, amount in session.execute(
        select(
            BudgetLine.currency,
            BudgetLine.category,
            BudgetLine.direction,
            BudgetLine.in_kind,
            func.sum(BudgetLine.actual_minor),
        )
        .join(Event, Event.id == BudgetLine.event_id)
        .where(
            Event.deleted_at.is_(None),
            Event.starts_at >= start_utc,
            Event.starts_at < end_utc,
            BudgetLine.deleted_at.is_(None),
            BudgetLine.actual_minor.is_not(None),
        )
        .group_by(
            BudgetLine.currency, BudgetLine.category, BudgetLine.direction, BudgetLine.in_kind
        )
    ):
        book(currency, category, direction, bool(in_kind), int(amount or 0))
    for currency, category, in_kind, amount in session.execute(
        select(
            ExchangeCost.currency,
            ExchangeCost.category,
            ExchangeCost.in_kind,
            func.sum(ExchangeCost.amount_minor),
        )
        .join(Exchange, Exchange.id == ExchangeCost.exchange_id)
        .where(
            Exchange.deleted_at.is_(None),
            Exchange.starts_on >= date(year, 1, 1),
            Exchange.starts_on <= date(year, 12, 31),
            ExchangeCost.deleted_at.is_(None),
        )
        .group_by(ExchangeCost.currency, ExchangeCost.category, ExchangeCost.in_kind)
    ):
        book(currency, category, BudgetDirection.EXPENSE, bool(in_kind), int(amount or 0))
    money = MoneyFigures(
        totals=_money(totals),
        raised_by_category=_category_amounts(raised),
        spent_by_category=_category_amounts(spent),
    )
    assistance = {
        "in_kind_received": _category_amounts(kind_in),
        "in_kind_given": _category_amounts(kind_out),
        "humanitarian_cash": _category_amounts(aid_cash),
        "humanitarian_in_kind": _category_amounts(aid_kind),
    }
    return money, assistance


def _highlight_events(
    session: Session, event_ids: Sequence[str], year: int
) -> tuple[EventHighlight, ...]:
    found: list[EventHighlight] = []
    for event_id in dict.fromkeys(event_ids):
        event = rows.live(session, Event, event_id, "event")
        local = event.starts_at.astimezone(ZoneInfo(event.time_zone))
        if local.year != year:
            raise ValidationError.single(
                "highlight_event",
                msg(
                    "The event “{title}” took place in {year}, not in {year2}.",
                    title=event.title, year=local.year, year2=year,
                )          )
        found.append(
            EventHighlight(event.id, event.title, local.date(), event.attendance, event.outcome)
        )
    return tuple(found)


def annual_report(
    db: Database,
    year: int,
    *,
    highlights: Sequence[str] = (),
    highlight_event_ids: Sequence[str] = (),
) -> AnnualReport:
    """The year's figures for HQ, with the highlights the user chose (texts and events)."""
    if not 1900 <= year <= 2200:
        raise ValidationError.single("year", msg("Give a year such as 2026."))
    texts = tuple(text.strip() for text in highlights if text and text.strip())
    for text in texts:
        if len(text) > 2000:
            raise ValidationError.single("highlight", msg(
                "A highlight may be at most 2,000 letters.",
            ))
    with db.read() as session:
        org = _org_ref(session)
        zone = ZoneInfo(org.time_zone)
        start_utc, end_utc = _day_bounds(date(year, 1, 1), date(year, 12, 31), org.time_zone)
        event_rows = _event_rows(session, start_utc, end_utc)
        exchanges, _exchange_ids = _exchange_figures(session, year)
        money, assistance = _money_figures(session, start_utc, end_utc, year)
        aid_exchanges = list(
            session.execute(
                select(Exchange.id).where(
                    Exchange.deleted_at.is_(None),
                    Exchange.program == ExchangeProgram.HUMANITARIAN,
                    Exchange.starts_on >= date(year, 1, 1),
                    Exchange.starts_on <= date(year, 12, 31),
                )
            ).scalars()
        )
        aid_people = sum(
            r.participants for r in exchanges.rows if r.program == ExchangeProgram.HUMANITARIAN
        )
        return AnnualReport(
            schema_version=SCHEMA_VERSION,
            year=year,
            organization=org,
            generated_at=datetime.now(UTC).replace(microsecond=0),
            partnerships=_partnership_figures(session, year, end_utc),
            volunteers=_volunteer_figures(session, year, start_utc, end_utc),
            events=_event_figures(event_rows, zone),
            exchanges=exchanges,
            money=money,
            assistance=AssistanceFigures(
                humanitarian_exchanges=len(aid_exchanges),
                humanitarian_participants=aid_people,
                **assistance,
            ),
            highlights=texts,
            highlight_events=_highlight_events(session, highlight_event_ids, year),
        )
