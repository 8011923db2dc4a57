"""The programme of an exchange: itinerary items in the exchange's local time."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from zoneinfo import ZoneInfo

from sistercommittee.domain import (
    ItineraryItem,
)
from sistercommittee.domain.base import utcnow
from sistercommittee.errors import ValidationError
from sistercommittee.services import bulk
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.exchanges.common import (
    _child,
    _defaults,
    _exchange,
    _removed,
    _validate,
)
from sistercommittee.services.exchanges.forms import ITINERARY_FORM, _check_itinerary
from sistercommittee.services.forms import (
    FormContext,
    apply,
    current_values,
    form_values,
)
from sistercommittee.storage.database import Database

# --- itinerary ----------------------------------------------------------------------------------


def add_itinerary_item(db: Database, exchange_id: str, values: Mapping[str, Any]) -> Changes:
    """Add a visit or meeting to the programme. Times are on the wall clock of ``time_zone``:
    by default the partner city's on an outbound exchange, ours on an inbound one."""
    with db.write() as session:
        exchange = _exchange(session, exchange_id)
        parsed = _validate(ITINERARY_FORM, values, _defaults(session, exchange))
        item = ItineraryItem(exchange_id=exchange.id)
        apply(item, parsed)
        session.add(item)
        session.flush()
        return Changes.of(Entity.EXCHANGES, ids=(item.id, exchange.id))


def edit_itinerary_item(db: Database, item_id: str, values: Mapping[str, Any]) -> Changes:
    """Change an itinerary item. A new time zone without new times keeps the times as they read
    on the clock: the zone was wrong, not the hour."""
    with db.write() as session:
        item, exchange = _child(session, ItineraryItem, item_id, "itinerary item")
        raw = dict(values)
        if "time_zone" in raw:
            old_zone = ZoneInfo(item.time_zone)
            if "starts_at" not in raw:
                raw["starts_at"] = item.starts_at.astimezone(old_zone).replace(tzinfo=None)
            if "ends_at" not in raw and item.ends_at is not None:
                raw["ends_at"] = item.ends_at.astimezone(old_zone).replace(tzinfo=None)
        parsed = _validate(
            ITINERARY_FORM, raw, _defaults(session, exchange), current=current_values(item)
        )
        apply(item, parsed)
        return Changes.of(Entity.EXCHANGES, ids=(item.id, exchange.id))


def remove_itinerary_item(db: Database, item_id: str) -> Changes:
    with db.write() as session:
        item, exchange = _child(session, ItineraryItem, item_id, "itinerary item")
        item.deleted_at = utcnow()
        return Changes.of(Entity.EXCHANGES, ids=(item.id, exchange.id))


def restore_itinerary_item(db: Database, item_id: str) -> Changes:
    """Bring back a removed itinerary item (the undo of remove_itinerary_item), under the same id;
    refused when the exchange's dates no longer cover it, as adding it would be."""
    with db.write() as session:
        item, exchange = _removed(session, ItineraryItem, item_id, "itinerary item")
        if item.deleted_at is not None:
            values = {"time_zone": item.time_zone, "starts_at": item.starts_at}
            if item.ends_at is not None:
                values["ends_at"] = item.ends_at
            problems = _check_itinerary(
                FormContext(org=_defaults(session, exchange), values=values)
            )
            if problems:
                raise ValidationError(problems)
            item.deleted_at = None
        return Changes.of(Entity.EXCHANGES, ids=(item.id, exchange.id))


def remove_itinerary_items(db: Database, ids: Iterable[str]) -> Changes:
    """Remove several itinerary items as one action: all of them, or none."""
    return bulk.each(db, remove_itinerary_item, ids, "itinerary item")


def restore_itinerary_items(db: Database, ids: Iterable[str]) -> Changes:
    """Bring back several itinerary items (the undo of remove_itinerary_items): all, or none."""
    return bulk.each(db, restore_itinerary_item, ids, "itinerary item")


def itinerary_item_form_values(db: Database, item_id: str) -> dict[str, Any]:
    """The itinerary item's values in the terms of ITINERARY_FORM, as an edit dialog starts from."""
    with db.read() as session:
        return form_values(
            ITINERARY_FORM, session, _child(session, ItineraryItem, item_id, "itinerary item")[0]
        )
