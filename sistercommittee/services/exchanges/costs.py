"""What an exchange costs: its cost lines."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from babel import numbers as babel_numbers

from sistercommittee.domain import (
    ExchangeCost,
)
from sistercommittee.domain.base import utcnow
from sistercommittee.services import bulk
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.exchanges.common import (
    _child,
    _defaults,
    _exchange,
    _removed,
    _validate,
)
from sistercommittee.services.exchanges.forms import COST_FORM
from sistercommittee.services.forms import (
    apply,
    current_values,
    form_values,
)
from sistercommittee.storage.database import Database

# --- costs --------------------------------------------------------------------------------------


def _cost_values(parsed: dict[str, Any]) -> dict[str, Any]:
    if "amount" in parsed:
        parsed["amount_minor"] = parsed.pop("amount")
    return parsed


def add_cost(db: Database, exchange_id: str, values: Mapping[str, Any]) -> Changes:
    """Record a cost of the exchange: an amount in major units ("12.50") in the organization's
    currency unless another is given; in_kind for goods or services given instead of money."""
    with db.write() as session:
        exchange = _exchange(session, exchange_id)
        parsed = _validate(COST_FORM, values, _defaults(session, exchange))
        cost = ExchangeCost(exchange_id=exchange.id)
        apply(cost, _cost_values(parsed))
        session.add(cost)
        session.flush()
        return Changes.of(Entity.EXCHANGES, ids=(cost.id, exchange.id))


def edit_cost(db: Database, cost_id: str, values: Mapping[str, Any]) -> Changes:
    """Change a cost. A new currency without a new amount keeps the amount as written (12.50 USD
    becomes 12.50 EUR)."""
    with db.write() as session:
        cost, exchange = _child(session, ExchangeCost, cost_id, "cost")
        raw = dict(values)
        if "currency" in raw and "amount" not in raw:
            digits = babel_numbers.get_currency_precision(cost.currency)
            raw["amount"] = Decimal(cost.amount_minor).scaleb(-digits)
        parsed = _validate(
            COST_FORM, raw, _defaults(session, exchange), current=current_values(cost)
        )
        apply(cost, _cost_values(parsed))
        return Changes.of(Entity.EXCHANGES, ids=(cost.id, exchange.id))


def remove_cost(db: Database, cost_id: str) -> Changes:
    with db.write() as session:
        cost, exchange = _child(session, ExchangeCost, cost_id, "cost")
        cost.deleted_at = utcnow()
        return Changes.of(Entity.EXCHANGES, ids=(cost.id, exchange.id))


def restore_cost(db: Database, cost_id: str) -> Changes:
    """Bring back a removed cost (the undo of remove_cost), under the same id."""
    with db.write() as session:
        cost, exchange = _removed(session, ExchangeCost, cost_id, "cost")
        cost.deleted_at = None
        return Changes.of(Entity.EXCHANGES, ids=(cost.id, exchange.id))


def remove_costs(db: Database, ids: Iterable[str]) -> Changes:
    """Remove several costs as one action: all of them, or none."""
    return bulk.each(db, remove_cost, ids, "cost")


def restore_costs(db: Database, ids: Iterable[str]) -> Changes:
    """Bring back several costs (the undo of remove_costs): all of them, or none."""
    return bulk.each(db, restore_cost, ids, "cost")


def cost_form_values(db: Database, cost_id: str) -> dict[str, Any]:
    """The cost's values in the terms of COST_FORM, as an edit dialog starts from."""
    with db.read() as session:
        return form_values(COST_FORM, session, _child(session, ExchangeCost, cost_id, "cost")[0])
