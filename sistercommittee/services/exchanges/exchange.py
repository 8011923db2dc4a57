"""Writes of the exchange itself: add, edit, delete and its undo."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistercommittee.domain import (
    Exchange,
    HostFamily,
    ItineraryItem,
    Participant,
    Partnership,
    Stay,
)
from sistercommittee.domain.base import utcnow
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.services import bulk, rows
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.exchanges.common import (
    _day,
    _defaults,
    _exchange,
    _live_stays,
    _participant_name,
    _the_family,
)
from sistercommittee.services.exchanges.forms import EXCHANGE_FORM, _local_date
from sistercommittee.services.forms import (
    apply,
    current_values,
    form_values,
    validate,
)
from sistercommittee.services.outcomes import to_columns
from sistercommittee.storage.database import Database

# --- exchanges: writes --------------------------------------------------------------------------


def add_exchange(db: Database, values: Mapping[str, Any]) -> Changes:
    with db.write() as session:
        defaults = _defaults(session)
        parsed = to_columns(validate(EXCHANGE_FORM, values, defaults), defaults.currency)
        exchange = Exchange()
        apply(exchange, parsed)
        session.add(exchange)
        session.flush()
        return Changes.of(Entity.EXCHANGES, ids=(exchange.id,))


def _outside_dates(
    session: Session, exchange: Exchange, starts_on: date, ends_on: date
) -> dict[str, str]:
    """What no longer fits when an exchange's dates shrink: stays and itinerary items."""
    problems: dict[str, str] = {}
    stays = _live_stays(
        session,
        Stay.exchange_id == exchange.id,
        (Stay.from_date < starts_on) | (Stay.to_date > ends_on),
    )
    for stay in stays:
        participant = session.get(Participant, stay.participant_id)
        family = session.get(HostFamily, stay.host_family_id)
        assert participant is not None and family is not None
        name = _participant_name(session, participant)
        field = "starts_on" if stay.from_date < starts_on else "ends_on"
        if field in problems:
            continue
        problems[field] = (
            msg(
                "{name} stays with {the_family} from {from_day} to "
                "{to_day}, outside the new dates. Change that stay first.",
                name=name,
                the_family=_the_family(family.family_name),
                from_day=_day(stay.from_date),
                to_day=_day(stay.to_date),
            )
        )
    items = session.scalars(
        select(ItineraryItem)
        .where(ItineraryItem.exchange_id == exchange.id, ItineraryItem.deleted_at.is_(None))
        .order_by(ItineraryItem.starts_at)
    )
    for item in items:
        first = _local_date(item.starts_at, item.time_zone)
        last = _local_date(item.ends_at or item.starts_at, item.time_zone)
        outside = "starts_on" if first < starts_on else "ends_on" if last > ends_on else None
        if outside is None or outside in problems:
            continue
        problems[outside] = (
            msg(
                "The itinerary has '{title}' on {first}, outside the new dates. Move or "
                "remove that item first.",
                title=item.title, first=_day(first),
            )
        )
    return problems


def edit_exchange(db: Database, exchange_id: str, values: Mapping[str, Any]) -> Changes:
    with db.write() as session:
        exchange = _exchange(session, exchange_id)
        parsed = validate(
            EXCHANGE_FORM, values, _defaults(session), current=current_values(exchange)
        )
        starts_on = parsed.get("starts_on", exchange.starts_on)
        ends_on = parsed.get("ends_on", exchange.ends_on)
        if starts_on > exchange.starts_on or ends_on < exchange.ends_on:
            problems = _outside_dates(session, exchange, starts_on, ends_on)
            if problems:
                raise ValidationError(problems)
        to_columns(parsed, _defaults(session).currency, exchange.investment_currency)
        apply(exchange, parsed)
        return Changes.of(Entity.EXCHANGES, ids=(exchange.id,))


def delete_exchange(db: Database, exchange_id: str) -> Changes:
    """Delete an exchange with everything recorded for it; restore_exchange brings it back."""
    with db.write() as session:
        exchange = _exchange(session, exchange_id)
        exchange.deleted_at = utcnow()
        return Changes.of(Entity.EXCHANGES, ids=(exchange.id,))


def restore_exchange(db: Database, exchange_id: str) -> Changes:
    """Bring back a deleted exchange (the undo of a delete), as it was when deleted."""
    with db.write() as session:
        exchange = rows.stored(session, Exchange, exchange_id, "exchange")
        partnership = session.get(Partnership, exchange.partnership_id)
        if partnership is None or partnership.deleted_at is not None:
            city = partnership.city_name if partnership else "its partner city"
            raise ValidationError.single(
                "partnership_id",
                msg(
                    "The partnership with {city} was deleted: restore the partnership first.",
                    city=city,
                ),
            )
        exchange.deleted_at = None
        return Changes.of(Entity.EXCHANGES, ids=(exchange.id,))


def delete_exchanges(db: Database, ids: Iterable[str]) -> Changes:
    """Delete several exchanges as one action: all of them, or none."""
    return bulk.each(db, delete_exchange, ids, "exchange")


def restore_exchanges(db: Database, ids: Iterable[str]) -> Changes:
    """Bring back several exchanges (the undo of delete_exchanges): all of them, or none."""
    return bulk.each(db, restore_exchange, ids, "exchange")


def exchange_form_values(db: Database, exchange_id: str) -> dict[str, Any]:
    """The exchange's values in the terms of EXCHANGE_FORM, as an edit dialog starts from."""
    with db.read() as session:
        return form_values(EXCHANGE_FORM, session, _exchange(session, exchange_id))
