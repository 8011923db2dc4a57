"""Fields and tables this version of the app does not know, from laptops with a newer schema.

A laptop never drops what it cannot hold. A field is *known* when the laptop's table has a column
of that name; any other field of a change (and every field of a row of a table the laptop does not
have) is kept aside in ``sync_unknown_fields``, one row per record and field, while its clock goes
to ``sync_row_clocks`` like any field's. So the merge rule decides it the same way as on a laptop
that knows it (the later clock wins, losers are listed), an edit of the known fields never touches
it, and a delete made here carries its clock in the delete's base. When an upgrade adds the column
(or the table), ``learn`` moves the values kept aside into it: the laptop then holds what every
laptop that always knew the field holds.

Everything here runs inside the caller's write transaction, with plain SQL like the merge.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from sistercommittee.domain.base import Synced, utcnow
from sistercommittee.sync.wire import table_specs

Key = tuple[str, str]  # (table name, row id)

_CHUNK = 500
_COLUMNS = "sync_columns"  # session.info: table name -> its columns


def _table_columns(session: Session, table_name: str) -> tuple[str, ...]:
    cache: dict[str, tuple[str, ...]] = session.info.setdefault(_COLUMNS, {})
    if table_name not in cache:
        rows = session.connection().exec_driver_sql(f'PRAGMA table_info("{table_name}")')
        cache[table_name] = tuple(row[1] for row in rows)
    return cache[table_name]


def extra_columns(session: Session, table_name: str) -> tuple[str, ...]:
    """Synced columns the laptop's table has beyond those of this code's model (added by a
    migration of a newer version); empty for a table this code does not sync."""
    spec = table_specs().get(table_name)
    if spec is None:
        return ()
    listed = set(spec.table.columns.keys()) | Synced.LOCAL_COLUMNS  # with this laptop's own
    return tuple(name for name in _table_columns(session, table_name) if name not in listed)


def load(session: Session, keys: Iterable[Key]) -> dict[Key, dict[str, Any]]:
    """The values kept aside for these rows, in their JSON form."""
    grouped: dict[str, list[str]] = defaultdict(list)
    for table_name, row_id in keys:
        grouped[table_name].append(row_id)
    found: dict[Key, dict[str, Any]] = defaultdict(dict)
    connection = session.connection()
    for table_name, ids in grouped.items():
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            rows = connection.exec_driver_sql(
                "SELECT row_id, field, value FROM sync_unknown_fields "
                f"WHERE table_name = ? AND row_id IN ({', '.join('?' * len(chunk))})",
                (table_name, *chunk),
            )
            for row_id, name, value in rows:
                found[(table_name, row_id)][name] = json.loads(value)
    return dict(found)


def save(session: Session, values: dict[Key, dict[str, Any]], dirty: dict[Key, set[str]]) -> None:
    """Write the named fields of these rows (the merge only ever sets them, never removes)."""
    params = [
        (table_name, row_id, name, json.dumps(values[(table_name, row_id)][name]))
        for (table_name, row_id), names in dirty.items()
        for name in names
    ]
    if params:
        session.connection().exec_driver_sql(
            "INSERT INTO sync_unknown_fields (table_name, row_id, field, value) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (table_name, row_id, field) "
            "DO UPDATE SET value = excluded.value",
            params,
        )


def learn(session: Session) -> int:
    """Move the values kept aside into the columns this laptop has now (after an upgrade added
    them); a row of a table it has only now is made once its required fields are there. Returns
    how many values were moved. Costs one index read when there is nothing to learn."""
    connection = session.connection()
    names = connection.exec_driver_sql(
        "SELECT DISTINCT table_name, field FROM sync_unknown_fields"
    ).all()
    specs = table_specs()
    learnable: dict[str, list[str]] = defaultdict(list)
    for table_name, name in names:
        spec = specs.get(table_name)
        if spec is not None and (name in spec.fields or name in extra_columns(session, table_name)):
            learnable[table_name].append(name)
    moved = 0
    if learnable:
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    for table_name, fields in learnable.items():
        moved += _learn_table(session, table_name, fields)
    return moved


def _learn_table(session: Session, table_name: str, fields: list[str]) -> int:
    connection = session.connection()
    spec = table_specs()[table_name]
    marks = ", ".join("?" * len(fields))
    values: dict[str, dict[str, Any]] = defaultdict(dict)
    for row_id, name, value in connection.exec_driver_sql(
        "SELECT row_id, field, value FROM sync_unknown_fields "
        f"WHERE table_name = ? AND field IN ({marks})",
        (table_name, *fields),
    ):
        values[row_id][name] = json.loads(value)
    ids = list(values)
    existing: set[str] = set()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        existing.update(
            row[0]
            for row in connection.exec_driver_sql(
                f'SELECT id FROM "{table_name}" WHERE id IN ({", ".join("?" * len(chunk))})',
                tuple(chunk),
            )
        )
    now = utcnow().isoformat(timespec="microseconds")
    moved: list[tuple[str, str]] = []
    for row_id, row_values in values.items():
        if row_id in existing:
            names: tuple[str, ...] = tuple(sorted(row_values))
            assignments = ", ".join(f'"{name}" = ?' for name in (*names, "updated_at"))
            connection.exec_driver_sql(
                f'UPDATE "{table_name}" SET {assignments} WHERE id = ?',
                (*(_to_storage(spec, n, row_values[n]) for n in names), now, row_id),
            )
        elif spec.required <= row_values.keys():
            extras = [name for name in row_values if name not in spec.fields]
            names = (*spec.fields, *extras)
            row = {name: spec.wire_defaults[name]() for name in spec.fields} | row_values
            column_list = ", ".join(f'"{name}"' for name in ("id", "updated_at", *names))
            connection.exec_driver_sql(
                f'INSERT INTO "{table_name}" ({column_list}) '
                f"VALUES ({', '.join('?' * (len(names) + 2))})",
                (row_id, now, *(_to_storage(spec, n, row.get(n)) for n in names)),
            )
        else:
            continue  # the rest of the row is still to come
        moved.extend((row_id, name) for name in row_values)
    if moved:
        connection.exec_driver_sql(
            "DELETE FROM sync_unknown_fields WHERE table_name = ? AND row_id = ? AND field = ?",
            [(table_name, row_id, name) for row_id, name in moved],
        )
    return len(moved)


def _to_storage(spec: Any, name: str, value: Any) -> Any:
    convert = spec.to_storage.get(name)
    return convert(value) if convert is not None else value
