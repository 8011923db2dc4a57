"""Reads: the exchanges list, one exchange's details, the year's summary."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from sistercommittee.domain import (
    Exchange,
    ExchangeCost,
    HostFamily,
    ItineraryItem,
    Participant,
    Partnership,
    Stay,
)
from sistercommittee.domain.enums import (
    ExchangeDirection,
    ExchangeProgram,
    ParticipantRole,
)
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.names import name_key
from sistercommittee.services import fields as f
from sistercommittee.services.exchanges.common import (
    Choice,
    _exchange,
    _live_stays,
    _nights,
    _participant_names,
    _travels,
    _volunteer_names,
)
from sistercommittee.services.exchanges.results import (
    CostInfo,
    CostTotal,
    ExchangeDetail,
    ExchangeQuery,
    ExchangeRow,
    ExchangeSummary,
    HostFamilyInfo,
    ItineraryInfo,
    ParticipantInfo,
    StayInfo,
    SummaryLine,
    Unplaced,
)
from sistercommittee.services.outcomes import outcome_summary
from sistercommittee.services.paging import Page, check_window, like_pattern
from sistercommittee.storage import name_keys
from sistercommittee.storage.database import Database

# --- reads --------------------------------------------------------------------------------------


_EVERY_EXCHANGE = ExchangeQuery()


def _check_year(year: int, field: str = "year") -> None:
    if not 1900 <= year <= 9998:
        raise ValidationError.single(field, msg(
            "The year {year} is not a year we keep records for.",
            year=year,
        ))


def _filter_choice(enum_class: type[Choice], raw: Any, field: str) -> Choice:
    try:
        return f.choice(enum_class)(raw, field.capitalize())
    except f.FieldProblem as problem:
        raise ValidationError.single(field, str(problem)) from None


def _year_range(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year + 1, 1, 1)


def _counts(session: Session, model: Any, ids: Sequence[str], *conditions: Any) -> dict[str, int]:
    if not ids:
        return {}
    rows = session.execute(
        select(model.exchange_id, func.count())
        .where(model.exchange_id.in_(ids), model.deleted_at.is_(None), *conditions)
        .group_by(model.exchange_id)
    )
    return {exchange_id: int(count) for exchange_id, count in rows}


def list_exchanges(db: Database, query: ExchangeQuery = _EVERY_EXCHANGE) -> Page[ExchangeRow]:
    check_window(query.offset, query.limit)
    conditions: list[Any] = [Exchange.deleted_at.is_(None)]
    if query.search.strip():
        pattern = like_pattern(" ".join(query.search.split()))
        conditions.append(Exchange.title.like(pattern, escape="\\"))
    if query.direction is not None:
        conditions.append(
            Exchange.direction == _filter_choice(ExchangeDirection, query.direction, "direction")
        )
    if query.program is not None:
        conditions.append(
            Exchange.program == _filter_choice(ExchangeProgram, query.program, "program")
        )
    if query.partnership_id:
        conditions.append(Exchange.partnership_id == query.partnership_id)
    if query.year is not None:
        _check_year(query.year)
        first, after = _year_range(query.year)
        conditions += [Exchange.starts_on >= first, Exchange.starts_on < after]
    if (
        query.date_from is not None
        and query.date_to is not None
        and (query.date_to < query.date_from)
    ):
        raise ValidationError.single("date_to", msg("The end of the period is before its start."))
    if query.date_from is not None:
        conditions.append(Exchange.ends_on >= query.date_from)
    if query.date_to is not None:
        conditions.append(Exchange.starts_on <= query.date_to)
    order_column = {
        "starts_on": Exchange.starts_on,
        "title": func.lower(Exchange.title),
        "program": Exchange.program,
    }[query.sort]
    if query.descending:
        ordering = (order_column.desc(), Exchange.starts_on.desc(), Exchange.id.desc())
    else:
        ordering = (order_column.asc(), Exchange.starts_on.asc(), Exchange.id.asc())
    with db.read() as session:
        total = session.scalar(select(func.count()).select_from(Exchange).where(and_(*conditions)))
        rows = session.execute(
            select(Exchange, Partnership.city_name, Partnership.city_name_local)
            .join(Partnership, Partnership.id == Exchange.partnership_id)
            .where(and_(*conditions))
            .order_by(*ordering)
            .offset(query.offset)
            .limit(query.limit)
        ).all()
        ids = [row[0].id for row in rows]
        participants = _counts(session, Participant, ids)
        youth = _counts(session, Participant, ids, Participant.is_youth.is_(True))
        families = _counts(session, HostFamily, ids)
        items = tuple(
            ExchangeRow(
                id=exchange.id,
                title=exchange.title,
                direction=exchange.direction,
                program=exchange.program,
                partnership_id=exchange.partnership_id,
                city_name=city_name,
                city_name_local=city_name_local,
                starts_on=exchange.starts_on,
                ends_on=exchange.ends_on,
                participants=participants.get(exchange.id, 0),
                youth=youth.get(exchange.id, 0),
                host_families=families.get(exchange.id, 0),
            )
            for exchange, city_name, city_name_local in rows
        )
    return Page(items, int(total or 0), query.offset, query.limit)


def _live_children(session: Session, model: Any, exchange_id: str, *order: Any) -> list[Any]:
    return list(
        session.scalars(
            select(model)
            .where(model.exchange_id == exchange_id, model.deleted_at.is_(None))
            .order_by(*order, model.id)
        )
    )


def _by_name(session: Session, families: list[HostFamily]) -> list[HostFamily]:
    """Host families in the alphabetical order of the user's language (Japanese by reading)."""
    collation = name_keys.current_collation(session)
    return sorted(
        families,
        key=lambda one: (name_key(collation, one.family_name, one.name_reading), one.id),
    )


def get_exchange(db: Database, exchange_id: str) -> ExchangeDetail:
    with db.read() as session:
        exchange = _exchange(session, exchange_id)
        partnership = session.get(Partnership, exchange.partnership_id)
        assert partnership is not None  # a foreign key
        participants: list[Participant] = _live_children(session, Participant, exchange.id)
        names = _participant_names(session, participants)
        families: list[HostFamily] = _by_name(
            session, _live_children(session, HostFamily, exchange.id)
        )
        family_names = {family.id: family.family_name for family in families}
        volunteers = _volunteer_names(
            session, {family.volunteer_id for family in families if family.volunteer_id}
        )
        stays = [
            stay
            for stay in _live_stays(session, Stay.exchange_id == exchange.id)
            if stay.participant_id in names and stay.host_family_id in family_names
        ]
        stay_infos = [
            StayInfo(
                id=stay.id,
                participant_id=stay.participant_id,
                participant_name=names[stay.participant_id],
                host_family_id=stay.host_family_id,
                family_name=family_names[stay.host_family_id],
                from_date=stay.from_date,
                to_date=stay.to_date,
                nights=(stay.to_date - stay.from_date).days,
            )
            for stay in stays
        ]
        items: list[ItineraryItem] = _live_children(
            session, ItineraryItem, exchange.id, ItineraryItem.starts_at
        )
        costs: list[ExchangeCost] = _live_children(
            session, ExchangeCost, exchange.id, ExchangeCost.created_at
        )
        totals: dict[str, list[int]] = {}
        for cost in costs:
            total = totals.setdefault(cost.currency, [0, 0])
            total[1 if cost.in_kind else 0] += cost.amount_minor
        unplaced: list[Unplaced] = []
        if exchange.direction == ExchangeDirection.INBOUND:
            all_nights = list(_nights(exchange.starts_on, exchange.ends_on))
            for participant in participants:
                if not _travels(
                    exchange.direction, participant.role, bool(participant.volunteer_id)
                ):
                    continue
                covered = {
                    night
                    for stay in stays
                    if stay.participant_id == participant.id
                    for night in _nights(stay.from_date, stay.to_date)
                }
                missing = tuple(night for night in all_nights if night not in covered)
                if missing:
                    unplaced.append(Unplaced(participant.id, names[participant.id], missing))
        participant_infos = sorted(
            (
                ParticipantInfo(
                    id=p.id,
                    name=names[p.id],
                    volunteer_id=p.volunteer_id,
                    role=p.role,
                    is_youth=p.is_youth,
                    travels=_travels(exchange.direction, p.role, bool(p.volunteer_id)),
                    email=p.email,
                    phone=p.phone,
                    notes=p.notes,
                )
                for p in participants
            ),
            key=lambda info: (info.name.casefold(), info.id),
        )
        return ExchangeDetail(
            id=exchange.id,
            title=exchange.title,
            direction=exchange.direction,
            program=exchange.program,
            partnership_id=exchange.partnership_id,
            city_name=partnership.city_name,
            city_name_local=partnership.city_name_local,
            partner_country=partnership.country,
            starts_on=exchange.starts_on,
            ends_on=exchange.ends_on,
            description=exchange.description,
            notes=exchange.notes,
            travel_paid_by=exchange.travel_paid_by,
            stay_paid_by=exchange.stay_paid_by,
            outcomes=outcome_summary(exchange),
            participants=tuple(participant_infos),
            host_families=tuple(
                HostFamilyInfo(
                    id=family.id,
                    family_name=family.family_name,
                    volunteer_id=family.volunteer_id,
                    volunteer_name=volunteers.get(family.volunteer_id)
                    if family.volunteer_id
                    else None,
                    address=family.address,
                    phone=family.phone,
                    email=family.email,
                    capacity=family.capacity,
                    notes=family.notes,
                    stays=tuple(s for s in stay_infos if s.host_family_id == family.id),
                    name_reading=family.name_reading,
                )
                for family in families
            ),
            itinerary=tuple(
                ItineraryInfo(
                    id=item.id,
                    title=item.title,
                    starts_at=item.starts_at.astimezone(ZoneInfo(item.time_zone)),
                    ends_at=item.ends_at.astimezone(ZoneInfo(item.time_zone))
                    if item.ends_at
                    else None,
                    time_zone=item.time_zone,
                    place=item.place,
                    notes=item.notes,
                )
                for item in items
            ),
            costs=tuple(
                CostInfo(
                    id=cost.id,
                    category=cost.category,
                    description=cost.description,
                    currency=cost.currency,
                    amount_minor=cost.amount_minor,
                    in_kind=cost.in_kind,
                )
                for cost in costs
            ),
            totals=tuple(
                CostTotal(currency, cash, in_kind)
                for currency, (cash, in_kind) in sorted(totals.items())
            ),
            unplaced=tuple(unplaced),
        )


def exchange_summary(db: Database, year: int) -> ExchangeSummary:
    """People exchanged in ``year`` (by departure date) per direction and program, youth apart.

    The people exchanged are those who travel: on an outbound exchange everyone but the hosts; on
    an inbound one the visitors, not our volunteers who help or the hosts.
    """
    _check_year(year)
    first, after = _year_range(year)
    travels = and_(
        Participant.role != ParticipantRole.HOST,
        (Exchange.direction == ExchangeDirection.OUTBOUND) | Participant.volunteer_id.is_(None),
    )
    with db.read() as session:
        rows = session.execute(
            select(
                Exchange.direction,
                Exchange.program,
                func.count(func.distinct(Exchange.id)),
                func.coalesce(func.sum(case((travels, 1), else_=0)), 0),
                func.coalesce(
                    func.sum(case((and_(travels, Participant.is_youth.is_(True)), 1), else_=0)),
                    0,
                ),
            )
            .select_from(Exchange)
            .outerjoin(
                Participant,
                and_(Participant.exchange_id == Exchange.id, Participant.deleted_at.is_(None)),
            )
            .where(
                Exchange.deleted_at.is_(None),
                Exchange.starts_on >= first,
                Exchange.starts_on < after,
            )
            .group_by(Exchange.direction, Exchange.program)
            .order_by(Exchange.direction, Exchange.program)
        ).all()
    lines = tuple(
        SummaryLine(direction, program, int(count), int(people), int(youth))
        for direction, program, count, people, youth in rows
    )
    return ExchangeSummary(
        year=year,
        lines=lines,
        exchanges=sum(line.exchanges for line in lines),
        people=sum(line.people for line in lines),
        youth=sum(line.youth for line in lines),
    )
