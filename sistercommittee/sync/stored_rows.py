"""Rows and their field clocks, read and written with plain SQL on the session's connection
(values kept in their JSON form, turned into column text by ``wire.TableSpec``): pulling ten
thousand changes through the ORM took seconds longer. Everything here runs inside the caller's
write transaction."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from sistercommittee.domain.base import utcnow
from sistercommittee.sync.wire import table_specs

CHUNK = 500  # ids per IN (...) query

Key = tuple[str, str]  # (table name, row id)


def connection_of(session: Session) -> Connection:
    return session.connection()


def chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def by_table(keys: Iterable[Key]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for table_name, row_id in keys:
        grouped[table_name].append(row_id)
    return grouped


def marks(count: int) -> str:
    return ", ".join("?" * count)


def as_is(value: Any) -> Any:
    return value


def now_text() -> str:
    return utcnow().isoformat(timespec="microseconds")


def load_clocks(session: Session, keys: Iterable[Key]) -> dict[Key, dict[str, Any]]:
    connection = connection_of(session)
    found: dict[Key, dict[str, Any]] = {}
    for table_name, ids in by_table(keys).items():
        for chunk in chunks(ids):
            rows = connection.exec_driver_sql(
                "SELECT row_id, clocks FROM sync_row_clocks "
                f"WHERE table_name = ? AND row_id IN ({marks(len(chunk))})",
                (table_name, *chunk),
            )
            for row_id, clocks in rows:
                found[(table_name, row_id)] = json.loads(clocks)
    return found


def save_clocks(session: Session, clocks: dict[Key, dict[str, Any]], dirty: set[Key]) -> None:
    if not dirty:
        return
    connection_of(session).exec_driver_sql(
        "INSERT INTO sync_row_clocks (table_name, row_id, clocks) VALUES (?, ?, ?) "
        "ON CONFLICT (table_name, row_id) DO UPDATE SET clocks = excluded.clocks",
        [
            (table_name, row_id, json.dumps(clocks[(table_name, row_id)]))
            for table_name, row_id in dirty
        ],
    )


def load_rows(
    session: Session, keys: Iterable[Key], extras: dict[str, tuple[str, ...]] | None = None
) -> dict[Key, dict[str, Any]]:
    """The rows as they are now, each value in its JSON form (with the ``extras`` columns of
    each table, see unknown.extra_columns). Rows of tables this code does not sync are none."""
    specs = table_specs()
    connection = connection_of(session)
    found: dict[Key, dict[str, Any]] = {}
    for table_name, ids in by_table(keys).items():
        spec = specs.get(table_name)
        if spec is None:
            continue
        names = (*spec.fields, *(extras or {}).get(table_name, ()))
        columns = ("id", "updated_at", *names)
        select_list = ", ".join(f'"{name}"' for name in columns)
        loaders = [spec.from_storage.get(name, as_is) for name in names]
        for chunk in chunks(ids):
            rows = connection.exec_driver_sql(
                f'SELECT {select_list} FROM "{table_name}" WHERE id IN ({marks(len(chunk))})',
                tuple(chunk),
            )
            for raw in rows:
                values = {"id": raw[0], "updated_at": raw[1]}
                for name, load, value in zip(names, loaders, raw[2:], strict=True):
                    values[name] = load(value)
                found[(table_name, raw[0])] = values
    return found
