"""The parts of the annual report HQ added to its questions: hosting, economic-development
outcomes, the named list of partner cities, and the dollar total through the rates entered."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Decimal
from zoneinfo import ZoneInfo

from babel.numbers import get_currency_precision
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from sistercommittee.domain import (
    Event,
    EventPartnership,
    Exchange,
    HostFamily,
    Participant,
    Partnership,
    Stay,
)
from sistercommittee.domain.enums import ExchangeDirection, ParticipantRole, PartnershipStatus
from sistercommittee.services.rates import rates_for_year
from sistercommittee.services.reports.annual_results import (
    CategoryAmount,
    DollarTotals,
    HostingFigures,
    MoneyFigures,
    OutcomeFigures,
    PartnerCity,
    RateUsed,
)
from sistercommittee.services.reports.common import _chunks


def _year_exchanges(year: int) -> tuple[ColumnElement[bool], ...]:
    return (
        Exchange.deleted_at.is_(None),
        Exchange.starts_on >= date(year, 1, 1),
        Exchange.starts_on <= date(year, 12, 31),
    )


def hosting_figures(session: Session, year: int) -> HostingFigures:
    inbound = list(
        session.execute(
            select(Exchange.id, Exchange.starts_on, Exchange.ends_on).where(
                *_year_exchanges(year), Exchange.direction == ExchangeDirection.INBOUND
            )
        )
    )
    nights_of = {eid: max((ends - starts).days, 0) for eid, starts, ends in inbound}
    visitors = visitor_nights = 0
    families: set[str] = set()
    host_nights = 0
    for chunk in _chunks(list(nights_of)):
        for exchange_id, count in session.execute(
            select(Participant.exchange_id, func.count())
            .where(
                Participant.exchange_id.in_(chunk),
                Participant.deleted_at.is_(None),
                Participant.volunteer_id.is_(None),  # our volunteers live here
                Participant.role != ParticipantRole.HOST,
            )
            .group_by(Participant.exchange_id)
        ):
            visitors += int(count)
            visitor_nights += int(count) * nights_of[exchange_id]
        for family_id, from_date, to_date in session.execute(
            select(Stay.host_family_id, Stay.from_date, Stay.to_date)
            .join(HostFamily, HostFamily.id == Stay.host_family_id)
            .join(Participant, Participant.id == Stay.participant_id)
            .where(
                Stay.exchange_id.in_(chunk),
                Stay.deleted_at.is_(None),
                HostFamily.deleted_at.is_(None),
                Participant.deleted_at.is_(None),
            )
        ):
            families.add(family_id)
            host_nights += max((to_date - from_date).days, 0)
    return HostingFigures(
        visitors=visitors,
        visitor_nights=visitor_nights,
        host_families=len(families),
        host_nights=host_nights,
    )


def outcome_figures(
    session: Session, year: int, start_utc: datetime, end_utc: datetime
) -> OutcomeFigures:
    missions = [0, 0]
    agreements = jobs = 0
    investment: dict[str, int] = defaultdict(int)
    event_rows = session.execute(
        select(
            Event.trade_mission,
            Event.agreements_signed,
            Event.jobs_created,
            Event.investment_minor,
            Event.investment_currency,
        ).where(Event.deleted_at.is_(None), Event.starts_at >= start_utc, Event.starts_at < end_utc)
    )
    exchange_rows = session.execute(
        select(
            Exchange.trade_mission,
            Exchange.agreements_signed,
            Exchange.jobs_created,
            Exchange.investment_minor,
            Exchange.investment_currency,
        ).where(*_year_exchanges(year))
    )
    for index, found in enumerate((event_rows, exchange_rows)):
        for mission, signed, created, amount, currency in found:
            missions[index] += bool(mission)
            agreements += signed or 0
            jobs += created or 0
            if amount and currency:
                investment[currency.upper()] += amount
    return OutcomeFigures(
        trade_mission_events=missions[0],
        trade_mission_exchanges=missions[1],
        agreements_signed=agreements,
        jobs_created=jobs,
        investment=tuple(
            CategoryAmount(currency, "investment", amount)
            for currency, amount in sorted(investment.items())
        ),
    )


def partner_cities(
    session: Session,
    statuses: dict[str, PartnershipStatus],
    start_of_next_year_utc: datetime,
    year: int,
) -> tuple[PartnerCity, ...]:
    """Every partnership that existed on 31 December, by city name, with its last activity."""
    last: dict[str, tuple[date, str]] = {}

    def offer(pid: str, day: date, title: str) -> None:
        if pid not in last or day > last[pid][0]:
            last[pid] = (day, title)

    for pid, starts_at, zone, title in session.execute(
        select(EventPartnership.partnership_id, Event.starts_at, Event.time_zone, Event.title)
        .join(Event, Event.id == EventPartnership.event_id)
        .where(
            EventPartnership.deleted_at.is_(None),
            Event.deleted_at.is_(None),
            Event.starts_at < start_of_next_year_utc,
        )
    ):
        offer(pid, starts_at.astimezone(ZoneInfo(zone)).date(), title)
    for pid, starts_on, title in session.execute(
        select(Exchange.partnership_id, Exchange.starts_on, Exchange.title).where(
            Exchange.deleted_at.is_(None), Exchange.starts_on <= date(year, 12, 31)
        )
    ):
        offer(pid, starts_on, title)
    cities: list[PartnerCity] = []
    for pid, name, local, country, kind, signed_on in session.execute(
        select(
            Partnership.id,
            Partnership.city_name,
            Partnership.city_name_local,
            Partnership.country,
            Partnership.kind,
            Partnership.signed_on,
        )
        .where(Partnership.deleted_at.is_(None))
        .order_by(Partnership.city_name, Partnership.id)
    ):
        status = statuses.get(pid)
        if status is None:
            continue
        found = last.get(pid)
        day: date | None = found[0] if found else None
        what: str | None = found[1] if found else None
        cities.append(
            PartnerCity(pid, name, local, country, kind.value, status.value, signed_on, day, what)
        )
    return tuple(cities)


def dollar_totals(
    session: Session, year: int, money: MoneyFigures, investment: Iterable[CategoryAmount]
) -> DollarTotals:
    investments = list(investment)
    currencies = {m.currency for m in money.totals} | {i.currency for i in investments}
    used, missing = rates_for_year(session, year, currencies)

    def dollars(minor: int, currency: str) -> int | None:
        if currency == "USD":
            return minor
        rate = used.get(currency)
        if rate is None:
            return None
        units = Decimal(minor).scaleb(-int(get_currency_precision(currency)))
        return int((units * rate.usd_per_unit * 100).quantize(Decimal(1), ROUND_HALF_EVEN))

    sums = [0, 0, 0, 0, 0]
    for m in money.totals:
        for index, minor in enumerate(
            (m.income_minor, m.expense_minor, m.in_kind_income_minor, m.in_kind_expense_minor)
        ):
            sums[index] += dollars(minor, m.currency) or 0
    for item in investments:
        sums[4] += dollars(item.amount_minor, item.currency) or 0
    return DollarTotals(
        raised_cents=sums[0],
        spent_cents=sums[1],
        in_kind_received_cents=sums[2],
        in_kind_given_cents=sums[3],
        investment_cents=sums[4],
        rates=tuple(
            RateUsed(r.currency, str(r.usd_per_unit), r.year, r.source)
            for _, r in sorted(used.items())
        ),
        missing_currencies=missing,
    )
