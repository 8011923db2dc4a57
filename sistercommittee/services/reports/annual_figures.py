"""The annual report's counts: partnerships, volunteers and hours, events, exchanges."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from sistercommittee.domain import (
    Event,
    Exchange,
    HoursEntry,
    Participant,
    Partnership,
    StatusChange,
    Volunteer,
)
from sistercommittee.domain.enums import (
    ExchangeDirection,
    ExchangeProgram,
    PartnershipKind,
    PartnershipStatus,
)
from sistercommittee.services.hours import COUNTED as COUNTED_HOURS
from sistercommittee.services.reports.annual_results import (
    CountByKey,
    EventFigures,
    ExchangeFigures,
    ExchangeRow,
    KindStatusCount,
    PartnershipFigures,
    VolunteerFigures,
)
from sistercommittee.services.reports.common import PartnerRef, _chunks


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


def _partnership_figures(
    session: Session, year: int, end_utc: datetime
) -> tuple[PartnershipFigures, dict[str, PartnershipStatus]]:
    """The year's partnership counts, and each partnership's status on 31 December (those that
    existed then)."""
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
    statuses: dict[str, PartnershipStatus] = {}
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
        statuses[pid] = status
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
    figures = PartnershipFigures(
        total=total,
        new=len(new_partners),
        active=active,
        dormant=dormant,
        by_kind_status=by_kind_status,
        new_partners=tuple(new_partners),
    )
    return figures, statuses


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
            select(
                Event.id, Event.kind, Event.starts_at, Event.attendance, Event.youth_attendance
            ).where(
                Event.deleted_at.is_(None), Event.starts_at >= start_utc, Event.starts_at < end_utc
            )
        )
    )


def _event_figures(rows: Sequence[tuple], zone: ZoneInfo) -> EventFigures:  # type: ignore[type-arg]
    by_kind: dict[str, int] = defaultdict(int)
    months = [0] * 12
    attendance = with_attendance = youth = with_youth = 0
    for _id, kind, starts_at, count, youth_count in rows:
        by_kind[kind.value] += 1
        months[starts_at.astimezone(zone).month - 1] += 1
        if count is not None:
            attendance += count
            with_attendance += 1
        if youth_count is not None:
            youth += youth_count
            with_youth += 1
    return EventFigures(
        events=len(rows),
        attendance=attendance,
        with_attendance=with_attendance,
        youth_attendance=youth,
        with_youth_attendance=with_youth,
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
