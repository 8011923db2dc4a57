"""What an event costs and brings in: its budget lines."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sistercommittee.domain import (
    BudgetLine,
)
from sistercommittee.domain.base import utcnow
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.services import bulk, organizations, rows
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.events.common import _event_of, _get, _get_budget_line
from sistercommittee.services.events.forms import BUDGET_LINE_FORM
from sistercommittee.services.forms import (
    current_values,
    form_values,
    validate,
)
from sistercommittee.storage.database import Database


def _apply_line(line: BudgetLine, parsed: Mapping[str, Any]) -> None:
    columns = {"planned": "planned_minor", "actual": "actual_minor"}
    for name, value in parsed.items():
        setattr(line, columns.get(name, name), value)


def add_budget_line(db: Database, event_id: str, values: Mapping[str, Any]) -> Changes:
    """Add a line to an event's budget; amounts are typed in major units ("12.50")."""
    with db.write() as session:
        event = _get(session, event_id)
        parsed = validate(BUDGET_LINE_FORM, values, organizations.defaults(session))
        line = BudgetLine(event_id=event.id)
        _apply_line(line, parsed)
        session.add(line)
        session.flush()
        return Changes.of(Entity.EVENTS, ids=(line.id, event.id))


def edit_budget_line(db: Database, line_id: str, values: Mapping[str, Any]) -> Changes:
    """Change a budget line. A new currency needs its amounts typed again: 12.50 dollars are not
    12.50 euros."""
    with db.write() as session:
        line = _get_budget_line(session, line_id)
        parsed = validate(
            BUDGET_LINE_FORM,
            values,
            organizations.defaults(session),
            current=current_values(line),
        )
        currency = parsed.get("currency", line.currency)
        if currency != line.currency:
            problems = {
                name: msg(
                    "The currency is now {currency}: type the {label} again in {currency}.",
                    currency=currency, label=label,
                )
                for name, label, amount in (
                    ("planned", "planned amount", line.planned_minor),
                    ("actual", "actual amount", line.actual_minor),
                )
                if amount is not None and name not in parsed
            }
            if problems:
                raise ValidationError(problems)
        _apply_line(line, parsed)
        return Changes.of(Entity.EVENTS, ids=(line.id, line.event_id))


def delete_budget_line(db: Database, line_id: str) -> Changes:
    with db.write() as session:
        line = _get_budget_line(session, line_id)
        line.deleted_at = utcnow()
        return Changes.of(Entity.EVENTS, ids=(line.id, line.event_id))


def restore_budget_line(db: Database, line_id: str) -> Changes:
    """Bring back a deleted budget line (the undo of a delete)."""
    with db.write() as session:
        line = rows.stored(session, BudgetLine, line_id, "budget line")
        _event_of(session, line, "budget line", restoring=True)
        line.deleted_at = None
        return Changes.of(Entity.EVENTS, ids=(line.id, line.event_id))


def delete_budget_lines(db: Database, ids: Iterable[str]) -> Changes:
    """Delete several budget lines as one action: all of them, or none."""
    return bulk.each(db, delete_budget_line, ids, "budget line")


def restore_budget_lines(db: Database, ids: Iterable[str]) -> Changes:
    """Bring back several budget lines (the undo of delete_budget_lines): all of them, or none."""
    return bulk.each(db, restore_budget_line, ids, "budget line")


def budget_line_form_values(db: Database, line_id: str) -> dict[str, Any]:
    """The budget line's values in the terms of BUDGET_LINE_FORM, as an edit dialog starts from."""
    with db.read() as session:
        return form_values(BUDGET_LINE_FORM, session, _get_budget_line(session, line_id))
