"""Reads: the partnerships list with their last activity, choices for pickers, one
partnership's details."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, get_args

from sqlalchemy import (
    ColumnElement,
    LargeBinary,
    String,
    and_,
    case,
    exists,
    func,
    literal_column,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.sql import Subquery

from sistercommittee.domain import (
    Event,
    EventPartnership,
    Exchange,
    Mou,
    PartnerContact,
    Partnership,
    StatusChange,
)
from sistercommittee.domain.enums import (
    FocusArea,
    PartnershipKind,
    PartnershipStatus,
)
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.services import fields as f
from sistercommittee.services import rows
from sistercommittee.services.mou_counts import scans_count, signatories_count
from sistercommittee.services.paging import Page, check_window, like_pattern
from sistercommittee.services.partnerships.common import (
    LIFECYCLE,
    _sql_fold,
    _sql_functions,
    allowed_next,
    country_name,
    fold,
    label,
)
from sistercommittee.services.partnerships.results import (
    ContactInfo,
    MouSummary,
    PartnershipDetail,
    PartnershipQuery,
    PartnershipRow,
    PartnershipSortKey,
    StatusStep,
)
from sistercommittee.storage import name_keys
from sistercommittee.storage.database import Database

# --- reads ------------------------------------------------------------------------------------


_EVERY_PARTNERSHIP = PartnershipQuery()


def _event_activity(ids: Sequence[str] | None) -> Subquery:
    """Per partnership: its latest event (by start) and how many events concern it.

    SQLite gives the bare column ``time_zone`` from the row that holds the max()
    (https://www.sqlite.org/lang_select.html#bareagg), so the local date is the latest event's.
    """
    stmt = (
        select(
            EventPartnership.partnership_id.label("partnership_id"),
            func.max(Event.starts_at).label("latest_at"),
            Event.time_zone.label("latest_zone"),
            func.count(func.distinct(Event.id)).label("events_count"),
        )
        .join(Event, Event.id == EventPartnership.event_id)
        .where(EventPartnership.deleted_at.is_(None), Event.deleted_at.is_(None))
    )
    if ids is not None:
        stmt = stmt.where(EventPartnership.partnership_id.in_(ids)).group_by(
            EventPartnership.partnership_id
        )
    else:
        # Over all links, "+" keeps SQLite from walking the partnership_id index (a random read of
        # every event, 4x slower at 50,000 events): it scans the links in the order they were
        # made, which is near the events' own order, and groups in a temporary b-tree.
        stmt = stmt.group_by(literal_column("+event_partnerships.partnership_id"))
    return stmt.subquery("event_activity")


def _exchange_activity(ids: Sequence[str] | None) -> Subquery:
    stmt = (
        select(
            Exchange.partnership_id.label("partnership_id"),
            func.max(Exchange.starts_on).label("latest_on"),
            func.count(Exchange.id).label("exchanges_count"),
        )
        .where(Exchange.deleted_at.is_(None))
        .group_by(Exchange.partnership_id)
    )
    if ids is not None:
        stmt = stmt.where(Exchange.partnership_id.in_(ids))
    return stmt.subquery("exchange_activity")


def _last_activity(events: Subquery, exchanges: Subquery) -> ColumnElement[str]:
    """The later of the two dates as ISO text, NULL when there is neither (max() of two values
    is NULL if either is, hence the coalesce)."""
    event_day = func.sc_local_date(events.c.latest_at, events.c.latest_zone, type_=String)
    exchange_day = type_coerce(exchanges.c.latest_on, String)
    return func.max(
        func.coalesce(event_day, exchange_day),
        func.coalesce(exchange_day, event_day),
        type_=String,
    )


def _activity_select(ids: Sequence[str] | None) -> Any:
    events, exchanges = _event_activity(ids), _exchange_activity(ids)
    stmt = (
        select(
            Partnership,
            _last_activity(events, exchanges).label("last_activity"),
            func.coalesce(events.c.events_count, 0).label("events_count"),
            func.coalesce(exchanges.c.exchanges_count, 0).label("exchanges_count"),
        )
        .outerjoin(events, events.c.partnership_id == Partnership.id)
        .outerjoin(exchanges, exchanges.c.partnership_id == Partnership.id)
    )
    return stmt


def _row(partnership: Partnership, last: str | None, events: int, exchanges: int) -> PartnershipRow:
    return PartnershipRow(
        id=partnership.id,
        city_name=partnership.city_name,
        city_name_local=partnership.city_name_local,
        region=partnership.region,
        country=partnership.country,
        kind=partnership.kind,
        status=partnership.status,
        signed_on=partnership.signed_on,
        focus_areas=tuple(partnership.focus_areas or ()),
        last_activity=date.fromisoformat(last) if last else None,
        events_count=int(events or 0),
        exchanges_count=int(exchanges or 0),
    )


def _json_contains(column: Any, value: str) -> Any:
    each = func.json_each(column).table_valued("value")
    return exists(select(each.c.value).where(each.c.value == value))


def _conditions(query: PartnershipQuery) -> list[Any]:
    problems: dict[str, str] = {}
    conditions: list[Any] = [Partnership.deleted_at.is_(None)]
    term = fold(" ".join(query.search.split()))
    if term:
        pattern = like_pattern(term)
        conditions.append(
            or_(
                _sql_fold(Partnership.city_name).like(pattern, escape="\\"),
                _sql_fold(Partnership.city_name_local).like(pattern, escape="\\"),
                _sql_fold(Partnership.region).like(pattern, escape="\\"),
            )
        )
    filters: tuple[tuple[str, Any, Any], ...] = (
        ("country", query.country, f.country),
        ("status", query.status, f.choice(PartnershipStatus)),
        ("kind", query.kind, f.choice(PartnershipKind)),
        ("focus_area", query.focus_area, f.choice(FocusArea)),
    )
    parsed: dict[str, Any] = {}
    for name, raw, parse in filters:
        if f.is_blank(raw):
            continue
        try:
            parsed[name] = parse(raw, name.replace("_", " ").capitalize())
        except f.FieldProblem as problem:
            problems[name] = str(problem)
    if query.sort not in get_args(PartnershipSortKey):
        problems["sort"] = msg(
            "Sort by one of: {keys}.",
            keys=', '.join(get_args(PartnershipSortKey)),
        )
    if problems:
        raise ValidationError(problems)
    if "country" in parsed:
        conditions.append(Partnership.country == parsed["country"])
    if "status" in parsed:
        conditions.append(Partnership.status == parsed["status"])
    if "kind" in parsed:
        conditions.append(Partnership.kind == parsed["kind"])
    if "focus_area" in parsed:
        conditions.append(_json_contains(Partnership.focus_areas, parsed["focus_area"].value))
    return conditions


def _city_order() -> Any:
    """Partner cities in the alphabetical order of the user's language ("Ōsaka" among the O, "León"
    before "Lima"): a key made per row by a function on the connection, which for the few hundred
    partnerships of a committee costs less than keeping a key column (see storage/name_keys.py
    for the volunteers, who are thousands)."""
    return func.sc_collation_key(Partnership.city_name, type_=LargeBinary)


def list_partnerships(
    db: Database, query: PartnershipQuery = _EVERY_PARTNERSHIP
) -> Page[PartnershipRow]:
    check_window(query.offset, query.limit)
    conditions = _conditions(query)
    name_key = _city_order()
    with db.read() as session:
        _sql_functions(session)
        name_keys.collation_function(session)
        total = session.scalar(
            select(func.count()).select_from(Partnership).where(and_(*conditions))
        )
        stmt = select(Partnership.id).where(and_(*conditions))
        order: Any
        if query.sort == "last_activity":
            events, exchanges = _event_activity(None), _exchange_activity(None)
            stmt = stmt.outerjoin(events, events.c.partnership_id == Partnership.id).outerjoin(
                exchanges, exchanges.c.partnership_id == Partnership.id
            )
            order = _last_activity(events, exchanges)
        else:
            order = {
                "city_name": name_key,
                "country": Partnership.country,
                "status": case(
                    *[(Partnership.status == s, i) for i, s in enumerate(LIFECYCLE)], else_=99
                ),
                "signed_on": Partnership.signed_on,
                "created": Partnership.created_at,
            }[query.sort]
        # Blank dates go last either way; rows that tie stay in alphabetical order.
        first = order.desc() if query.descending else order.asc()
        stmt = stmt.order_by(first.nulls_last(), name_key.asc(), Partnership.id.asc())
        ids = list(session.scalars(stmt.offset(query.offset).limit(query.limit)))
        by_id = {
            partnership.id: _row(partnership, last, events_count, exchanges_count)
            for partnership, last, events_count, exchanges_count in session.execute(
                _activity_select(ids).where(Partnership.id.in_(ids))
            )
        }
        rows = tuple(by_id[partnership_id] for partnership_id in ids)
    return Page(rows, int(total or 0), query.offset, query.limit)


def partnerships_without_activity(db: Database, since: date) -> tuple[PartnershipRow, ...]:
    """Partnerships not ended whose latest event or exchange ended before ``since`` (or that never
    had one), the longest quiet first: for the dashboard's "no activity for a year"."""
    with db.read() as session:
        _sql_functions(session)
        name_keys.collation_function(session)
        stmt = _activity_select(None)
        last = stmt.selected_columns.last_activity
        stmt = stmt.where(
            Partnership.deleted_at.is_(None),
            Partnership.status != PartnershipStatus.ENDED,
            or_(last.is_(None), last < since.isoformat()),
        ).order_by(last.asc(), _city_order(), Partnership.id)
        return tuple(_row(*row) for row in session.execute(stmt))


def partnership_choices(db: Database) -> tuple[tuple[str, str], ...]:
    """(id, label) for pick lists, by city name: "Takayama (高山市), Japan"."""
    with db.read() as session:
        name_keys.collation_function(session)
        rows = session.execute(
            select(
                Partnership.id,
                Partnership.city_name,
                Partnership.city_name_local,
                Partnership.country,
                Partnership.status,
            )
            .where(Partnership.deleted_at.is_(None))
            .order_by(_city_order(), Partnership.country, Partnership.id)
        ).all()
    return tuple(
        (
            partnership_id,
            msg("{partnership} — ended", partnership=label(city, local, country))
            if status == PartnershipStatus.ENDED
            else label(city, local, country),
        )
        for partnership_id, city, local, country, status in rows
    )


def get_partnership(db: Database, partnership_id: str) -> PartnershipDetail:
    with db.read() as session:
        _sql_functions(session)
        found = session.execute(
            _activity_select([partnership_id]).where(
                Partnership.id == partnership_id, Partnership.deleted_at.is_(None)
            )
        ).first()
        if found is None:
            raise rows.missing("partnership", partnership_id)
        partnership, last, events_count, exchanges_count = found
        history = session.scalars(
            select(StatusChange)
            .where(
                StatusChange.partnership_id == partnership.id,
                StatusChange.deleted_at.is_(None),
            )
            .order_by(StatusChange.created_at, StatusChange.id)  # in the order recorded
        ).all()
        contacts = session.scalars(
            select(PartnerContact)
            .where(
                PartnerContact.partnership_id == partnership.id,
                PartnerContact.deleted_at.is_(None),
            )
            .order_by(func.lower(PartnerContact.name), PartnerContact.id)
        ).all()
        signatories = signatories_count()
        scans = scans_count()
        mous = session.execute(
            select(Mou, signatories, scans)
            .where(Mou.partnership_id == partnership.id, Mou.deleted_at.is_(None))
            .order_by(Mou.signed_on.desc(), Mou.created_at.desc())
        ).all()
        return PartnershipDetail(
            id=partnership.id,
            label=label(partnership.city_name, partnership.city_name_local, partnership.country),
            city_name=partnership.city_name,
            city_name_local=partnership.city_name_local,
            region=partnership.region,
            country=partnership.country,
            country_name=country_name(partnership.country),
            language=partnership.language,
            time_zone=partnership.time_zone,
            kind=partnership.kind,
            status=partnership.status,
            next_statuses=allowed_next(partnership.status),
            signed_on=partnership.signed_on,
            focus_areas=tuple(partnership.focus_areas or ()),
            committee=partnership.committee,
            notes=partnership.notes,
            created_at=partnership.created_at,
            last_activity=date.fromisoformat(last) if last else None,
            events_count=int(events_count or 0),
            exchanges_count=int(exchanges_count or 0),
            history=tuple(
                StatusStep(step.from_status, step.to_status, step.changed_on, step.note)
                for step in history
            ),
            contacts=tuple(
                ContactInfo(
                    id=c.id,
                    name=c.name,
                    title=c.title,
                    organization=c.organization,
                    email=c.email,
                    phone=c.phone,
                    language=c.language,
                    notes=c.notes,
                )
                for c in contacts
            ),
            mous=tuple(
                MouSummary(
                    id=mou.id,
                    signed_on=mou.signed_on,
                    signed_place=mou.signed_place,
                    languages=tuple(mou.languages or ()),
                    signatories_count=int(signatory_count or 0),
                    scans_count=int(scan_count or 0),
                )
                for mou, signatory_count, scan_count in mous
            ),
        )
