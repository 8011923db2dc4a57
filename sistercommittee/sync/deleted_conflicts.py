"""The conflicts of a deleted record: a record whose winning delete had not seen the value a
field holds (an edit made elsewhere meanwhile) keeps that value as a conflict with reason
``deleted``. These are worked out from the record's state alone (its field clocks and what the
winning delete had seen, kept under ``DELETE_BASE`` in its clocks), so they come out the same on
every laptop."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from sistercommittee.sync.derived import DERIVED
from sistercommittee.sync.stored_rows import Key, connection_of, now_text
from sistercommittee.sync.wire import DELETED_AT, base_of, table_specs

CHANGED = "changed"
DELETED = "deleted"
# In a row's clocks: what the delete that holds ``deleted_at`` had seen of each field.
DELETE_BASE = "~deleted_base"


def track_delete(held: dict[str, Any], fields: dict[str, Any], bases: dict[str, Any]) -> None:
    """Keep what the delete holding ``deleted_at`` had seen (or forget it on an undelete)."""
    if DELETED_AT not in fields:
        return
    if fields[DELETED_AT] is None:
        held.pop(DELETE_BASE, None)
    else:
        held[DELETE_BASE] = {name: seen for name, seen in bases.items() if name != DELETE_BASE}


def deleted_conflicts(
    table_name: str, row: dict[str, Any], held: dict[str, Any]
) -> dict[tuple[str, str], Any]:
    """(field, clock) -> value of the values a deleted record holds that its delete never saw."""
    if row.get(DELETED_AT) is None or DELETE_BASE not in held:
        return {}
    seen_by_delete: dict[str, Any] = held[DELETE_BASE]
    delete_clock = base_of(held, DELETED_AT)
    derived = DERIVED.get(table_name)
    skip = {DELETED_AT, "created_at", *(derived.outputs if derived else ())}
    found = {}
    for name in table_specs()[table_name].fields:
        if name in skip:
            continue
        holder = base_of(held, name)
        if (
            holder is not None
            and holder != delete_clock
            and base_of(seen_by_delete, name) != holder
        ):
            found[(name, holder)] = row[name]
    return found


INSERT_CONFLICT = (
    "INSERT INTO sync_conflicts "
    "(table_name, row_id, field, losing_value, losing_clock, reason, detected_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def recheck_deletes(
    session: Session,
    keys: Iterable[Key],
    clocks: dict[Key, dict[str, Any]],
    rows: dict[Key, dict[str, Any]],
) -> int:
    """Bring the ``deleted`` conflicts of these records in line with their state now."""
    connection = connection_of(session)
    now = now_text()
    added = 0
    for key in keys:
        row = rows.get(key)
        if row is None:
            continue
        table_name, row_id = key
        wanted = deleted_conflicts(table_name, row, clocks.get(key, {}))
        existing = connection.exec_driver_sql(
            "SELECT id, field, losing_clock FROM sync_conflicts "
            "WHERE table_name = ? AND row_id = ? AND reason = ?",
            (table_name, row_id, DELETED),
        ).all()
        stale = [(item[0],) for item in existing if (item[1], item[2]) not in wanted]
        if stale:
            connection.exec_driver_sql("DELETE FROM sync_conflicts WHERE id = ?", stale)
        have = {(item[1], item[2]) for item in existing}
        fresh = [
            (table_name, row_id, name, json.dumps(value), holder, DELETED, now)
            for (name, holder), value in wanted.items()
            if (name, holder) not in have
        ]
        if fresh:
            result = connection.exec_driver_sql(INSERT_CONFLICT + " ON CONFLICT DO NOTHING", fresh)
            added += max(result.rowcount or 0, 0)
    return added


def conflict_count(session: Session) -> int:
    count = connection_of(session).exec_driver_sql("SELECT count(*) FROM sync_conflicts").scalar()
    return int(count or 0)
