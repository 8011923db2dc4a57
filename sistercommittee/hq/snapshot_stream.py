"""The snapshot's stream: a working copy's rows and bookkeeping as JSON lines (the format is in
hq/snapshot.py and docs/sync-protocol.md). Read from the copy on a plain sqlite3 connection in
one read transaction, so that the copy may move on meanwhile."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from sistercommittee.domain import SYNCED_MODELS
from sistercommittee.sync.wire import (
    PROTOCOL_VERSION,
    _datetime_from_storage,
    _identity,
    table_specs,
)

FORMAT = 2  # 2: with the fields and tables kept aside (sync_unknown_fields)
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
CONFLICT_COLUMNS = ("table_name", "row_id", "field", "losing_value", "losing_clock", "reason")


def synced_tables() -> list[str]:
    return [model.__tablename__ for model in SYNCED_MODELS]  # type: ignore[attr-defined]


def _dumps(value: Any) -> str:
    return _ENCODER.encode(value)


def _parents_first(connection: sqlite3.Connection) -> list[str]:
    """The synced tables, each after the tables its foreign keys refer to (where no cycle
    forbids it): a laptop loading them in this order never holds a reference waiting for its
    row, so that it can leave all indexes until the end (sync/snapshot.py)."""
    names = synced_tables()
    parents = {
        name: {
            row[2]
            for row in connection.execute(f'PRAGMA foreign_key_list("{name}")')
            if row[2] != name and row[2] in names
        }
        for name in names
    }
    order: list[str] = []
    placed: set[str] = set()
    while len(order) < len(names):
        ready = [n for n in names if n not in placed and parents[n] <= placed]
        if not ready:  # a cycle: the rest in the usual order
            ready = [n for n in names if n not in placed]
        order += ready
        placed.update(ready)
    return order


def lines(connection: sqlite3.Connection) -> Iterator[bytes]:
    """The snapshot of the working copy open on ``connection`` (in a read transaction)."""
    specs = table_specs()
    position, max_hlc = connection.execute(
        "SELECT pull_cursor, last_hlc FROM sync_state WHERE id = 1"
    ).fetchone()
    epoch = connection.execute("SELECT epoch FROM sync_hq_checkpoint WHERE id = 1").fetchone()[0]
    # Counted as the rows are read below (a row with its clocks), so that a clock left without
    # its row can never make the laptop expect a row that does not come.
    counts = {
        name: connection.execute(
            f'SELECT count(*) FROM "{name}" AS t JOIN sync_row_clocks AS c '
            "ON c.table_name = ? AND c.row_id = t.id",
            (name,),
        ).fetchone()[0]
        for name in synced_tables()
    }
    conflicts = connection.execute("SELECT count(*) FROM sync_conflicts").fetchone()[0]
    seen = connection.execute("SELECT count(*) FROM sync_seen_devices").fetchone()[0]
    tables = {name: int(counts.get(name, 0)) for name in _parents_first(connection)}
    total = sum(tables.values())
    columns_of = {name: ("id", *specs[name].fields) for name in tables}
    header = {
        "snapshot": FORMAT,
        "protocol": PROTOCOL_VERSION,
        "epoch": epoch,
        "position": position,
        "max_hlc": max_hlc,
        "rows": total,
        "tables": {name: {"rows": n, "columns": columns_of[name]} for name, n in tables.items()},
        "conflicts": conflicts,
        "seen": seen,
    }
    yield (_dumps(header) + "\n").encode()
    for name, count in tables.items():
        if not count:
            continue
        spec = specs[name]
        columns = columns_of[name]
        yield (_dumps({"table": name, "columns": columns, "rows": count}) + "\n").encode()
        converters = [
            (index + 1, spec.from_storage[field])
            for index, field in enumerate(spec.fields)
            # A datetime as stored (ISO 8601, UTC, microseconds) is already its JSON form.
            if spec.from_storage[field] not in (_identity, _datetime_from_storage)
        ]
        select_list = ", ".join(f't."{column}"' for column in columns)
        cursor = connection.execute(
            f'SELECT {select_list}, c.clocks FROM "{name}" AS t JOIN sync_row_clocks AS c '
            "ON c.table_name = ? AND c.row_id = t.id",
            (name,),
        )
        while True:
            rows = cursor.fetchmany(2000)
            if not rows:
                break
            out = []
            for raw in rows:
                values = list(raw)
                for index, convert in converters:
                    values[index] = convert(values[index])
                out.append(_dumps(values))
            out.append("")
            yield "\n".join(out).encode()
    yield (_dumps({"conflicts": conflicts, "columns": CONFLICT_COLUMNS}) + "\n").encode()
    cursor = connection.execute(
        "SELECT table_name, row_id, field, losing_value, losing_clock, reason FROM sync_conflicts"
    )
    for raw in cursor:
        yield (_dumps(list(raw)) + "\n").encode()
    yield (_dumps({"seen": seen}) + "\n").encode()
    for raw in connection.execute("SELECT device_id, last_hlc FROM sync_seen_devices"):
        yield (_dumps(list(raw)) + "\n").encode()
    # Fields from laptops newer than this HQ, kept aside, and the clocks of rows of tables this
    # version does not have: a laptop of the same version keeps them aside the same way.
    unknown = connection.execute("SELECT count(*) FROM sync_unknown_fields").fetchone()[0]
    yield (_dumps({"unknown": unknown}) + "\n").encode()
    for raw in connection.execute(
        "SELECT table_name, row_id, field, value FROM sync_unknown_fields"
    ):
        yield (_dumps(list(raw)) + "\n").encode()
    marks = ", ".join("?" * len(tables))
    other = connection.execute(
        f"SELECT count(*) FROM sync_row_clocks WHERE table_name NOT IN ({marks})", tuple(tables)
    ).fetchone()[0]
    yield (_dumps({"clocks": other}) + "\n").encode()
    for raw in connection.execute(
        f"SELECT table_name, row_id, clocks FROM sync_row_clocks WHERE table_name NOT IN ({marks})",
        tuple(tables),
    ):
        yield (_dumps(list(raw)) + "\n").encode()
    yield (_dumps({"end": total}) + "\n").encode()
