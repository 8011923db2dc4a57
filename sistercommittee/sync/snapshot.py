"""Joining from a snapshot: a new laptop loads the organization's current rows in one stream
instead of replaying the feed from its first change, then pulls only what came after.

The snapshot (hq/snapshot.py) holds every row of every synced table with its field clocks, the
losing edits kept for review, the latest clock merged per laptop, and the fields of newer versions
kept aside (``sync_unknown_fields``, with the clocks of rows of tables unknown here), as of one
feed position:
what a laptop that replayed the feed up to there would hold, since HQ made it with the same
merge. The load writes them with a few bulk statements per thousand rows into the same tables
the merge keeps (rows, ``sync_row_clocks``, ``sync_conflicts``, ``sync_seen_devices``) and sets
the cursor to the snapshot's position, all in one transaction: a load cut off half way leaves the
database empty, and the next sync starts again.

A snapshot is used only by a database that holds nothing yet (no rows, nothing to send), and
only when its tables have exactly the fields this version of the app knows; otherwise (an HQ of
another version) the laptop replays the feed as before, which carries every field.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from sistercommittee.collation import ROOT
from sistercommittee.domain.base import utcnow
from sistercommittee.messages import msg
from sistercommittee.storage import capture, name_keys
from sistercommittee.storage.bulk import driver_cursor
from sistercommittee.storage.database import Database
from sistercommittee.sync import unknown
from sistercommittee.sync.client import HqClient
from sistercommittee.sync.errors import SyncError
from sistercommittee.sync.wire import (
    _bool_to_storage,
    _date_to_storage,
    _datetime_to_storage,
    _identity,
    table_specs,
)

log = logging.getLogger(__name__)

FORMAT = 2  # 2: with what HQ's copy keeps aside; another format is replayed
_BATCH = 5000
_LOAD_CACHE_KIB = -262144  # 256 MiB, in SQLite's negative-KiB form
_DAMAGED = msg("HQ's snapshot of the organization arrived incomplete or damaged. Sync again.")


@dataclass(frozen=True)
class SnapshotLoad:
    position: int  # the feed position the loaded rows reflect
    rows: int
    conflicts: int


def is_empty(session: Session) -> bool:
    """Nothing here yet: no synced row, nothing waiting to be sent, nothing pulled."""
    connection = session.connection()
    return (
        connection.exec_driver_sql("SELECT 1 FROM sync_row_clocks LIMIT 1").first() is None
        and connection.exec_driver_sql("SELECT 1 FROM outbox LIMIT 1").first() is None
        and not connection.exec_driver_sql("SELECT pull_cursor FROM sync_state").scalar()
    )


def _fits(header: dict[str, Any]) -> str | None:
    """Why this snapshot cannot be loaded by this version (None when it can)."""
    if header.get("snapshot") != FORMAT:
        return f"snapshot format {header.get('snapshot')!r}"
    specs = table_specs()
    tables = header.get("tables")
    if not isinstance(tables, dict) or set(tables) != set(specs):
        return "other tables"
    for name, info in tables.items():
        if set(info.get("columns", ())) != {"id", *specs[name].fields}:
            return f"other fields in {name}"
    return None


def load(
    db: Database,
    client: HqClient,
    progress: Callable[[int, int], None] | None = None,
) -> SnapshotLoad | None:
    """Load HQ's snapshot into this empty database; None when HQ has none, the database is not
    empty, or the snapshot is of another version (the caller then replays the feed)."""
    with db.read() as session:
        if not is_empty(session):
            return None
    with client.snapshot() as response:
        if response is None:
            return None
        lines = _Lines(response.iter_bytes())
        header = lines.one()
        problem = _fits(header)
        if problem:
            log.info("HQ's snapshot has %s; replaying the feed instead", problem)
            return None
        with db.write() as session:
            if not is_empty(session):
                return None
            session.info[capture.APPLYING_REMOTE] = True
            collation = name_keys.current_collation(session)
            result = _load(session.connection(), header, lines, progress, collation)
            # Columns this laptop has beyond HQ's (a newer version's) take what HQ kept aside.
            unknown.learn(session)
    log.info(
        "loaded a snapshot at position %d: %d rows, %d conflicts",
        result.position,
        result.rows,
        result.conflicts,
    )
    return result


class _Lines:
    """The snapshot's JSON lines, parsed many at a time: a table's rows are split out of the
    received bytes and read by one ``json.loads`` per batch (one call per line cost more than
    the parsing itself)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._lines: list[bytes] = []
        self._at = 0
        self._rest = b""
        self._ended = False

    def _have(self, count: int) -> bool:
        while len(self._lines) - self._at < count and not self._ended:
            chunk = next(self._chunks, None)
            if chunk is None:
                self._ended = True
                if self._rest:
                    self._lines.append(self._rest)
                    self._rest = b""
                break
            parts = (self._rest + chunk).split(b"\n")
            self._rest = parts.pop()
            if self._at:
                del self._lines[: self._at]
                self._at = 0
            self._lines += parts
        return len(self._lines) - self._at >= count

    def many(self, count: int) -> list[Any]:
        """The next ``count`` lines, parsed."""
        if count <= 0:
            return []
        if not self._have(count):
            raise SyncError(_DAMAGED)
        taken = self._lines[self._at : self._at + count]
        self._at += count
        try:
            items = json.loads(b"[" + b",".join(taken) + b"]")
        except ValueError as error:
            raise SyncError(_DAMAGED) from error
        if len(items) != count:  # a line that held more than one value
            raise SyncError(_DAMAGED)
        return items  # type: ignore[no-any-return]

    def one(self) -> Any:
        return self.many(1)[0]


def _kept_lines(lines: _Lines, name: str, width: int) -> list[list[Any]]:
    """A section of what HQ's copy keeps aside: its count line, then one array per entry."""
    section = lines.one()
    count = section.get(name) if isinstance(section, dict) else None
    if not isinstance(count, int) or count < 0:
        raise SyncError(_DAMAGED)
    items = lines.many(count)
    if any(not isinstance(item, list) or len(item) != width for item in items):
        raise SyncError(_DAMAGED)
    return items


# How a value already in its column's stored form looks, per converter: such a value is kept as
# it is (True and False bind as 1 and 0); any other goes through the converter.
_DATETIME, _DATE, _BOOL, _OTHER = range(4)
_KIND: dict[Callable[[Any], Any], int] = {
    _datetime_to_storage: _DATETIME,
    _date_to_storage: _DATE,
    _bool_to_storage: _BOOL,
}


def _convert_column(
    rows: list[list[Any]], column: int, save: Callable[[Any], Any], kind: int
) -> None:
    """Turn one column of ``rows`` into its stored form, in place (a loop per kind: a call per
    value to test it cost as much as the rest of the load's Python)."""
    if kind == _DATETIME:  # UTC with microseconds: 2026-01-01T00:00:00.000000+00:00
        for row in rows:
            value = row[column]
            if value is not None and (
                value.__class__ is not str or len(value) != 32 or value[26:] != "+00:00"
            ):
                row[column] = save(value)
    elif kind == _DATE:
        for row in rows:
            value = row[column]
            if value is not None and (
                value.__class__ is not str or len(value) != 10 or value[4] != "-" or value[7] != "-"
            ):
                row[column] = save(value)
    elif kind == _BOOL:
        for row in rows:
            value = row[column]
            if value is not None and value.__class__ is not bool:
                row[column] = save(value)
    else:  # every value, None too (a JSON column's converter makes its text)
        for row in rows:
            row[column] = save(row[column])


class _TableLoad:
    """One table's section: its rows as the statements' parameters, converted per column."""

    def __init__(self, name: str, columns: list[str], now: str, collation: str) -> None:
        spec = table_specs()[name]
        self.name = name
        self.width = len(columns)
        try:
            where = [columns.index(field) for field in spec.fields]
        except ValueError as error:
            raise SyncError(_DAMAGED) from error
        # HQ of this version sends the fields in this version's order: the rows pass as they are.
        self.in_order = where == list(range(1, self.width))
        self.where = where
        savers = [spec.to_storage[field] for field in spec.fields]
        # (column in the row: after the id, converter, kind)
        self.convert = [
            (slot + 1, save, _KIND.get(save, _OTHER))
            for slot, save in enumerate(savers)
            if save is not _identity
        ]
        names: tuple[str, ...] = ("id", *spec.fields)
        # A volunteer's sort keys (this laptop's own, storage/name_keys.py) are made as the row
        # is written, from its name columns.
        self.keys = name_keys.NAME_COLUMNS if name == "volunteers" else None
        self.collation = collation
        if self.keys is not None:
            self.names_at = [names.index(column) for column in self.keys]
            names = (*names, *name_keys.KEY_COLUMNS)
        column_list = ", ".join(f'"{column}"' for column in ("updated_at", *names))
        marks = ", ".join("?" * len(names))
        self.insert_rows = f"INSERT INTO \"{name}\" ({column_list}) VALUES ('{now}', {marks})"
        self.insert_clocks = (
            f"INSERT INTO sync_row_clocks (table_name, row_id, clocks) VALUES ('{name}', ?, ?)"
        )

    def rows(self, batch: list[Any]) -> list[list[Any]]:
        width = self.width
        if any(values.__class__ is not list or len(values) != width + 1 for values in batch):
            raise SyncError(_DAMAGED)
        if self.in_order:
            rows = [values[:width] for values in batch]
        else:
            rows = [[values[0], *(values[index] for index in self.where)] for values in batch]
        try:
            for column, save, kind in self.convert:
                _convert_column(rows, column, save, kind)
            if self.keys is not None:
                given, family, reading = self.names_at
                collation = self.collation
                for row in rows:
                    row += name_keys.keys_of(collation, row[given], row[family], row[reading])
        except (TypeError, ValueError) as error:  # a value its column cannot hold
            raise SyncError(_DAMAGED) from error
        return rows

    def clocks(self, batch: list[Any]) -> list[tuple[Any, Any]]:
        width = self.width
        return [(values[0], values[width]) for values in batch]


def _load(
    connection: Connection,
    header: dict[str, Any],
    lines: _Lines,
    progress: Callable[[int, int], None] | None,
    collation: str = ROOT,
) -> SnapshotLoad:
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    # Hundreds of megabytes of new rows and index entries: a larger page cache for this load,
    # so that pages are not written out and read back while it runs.
    cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = {_LOAD_CACHE_KIB}")
    try:
        # The tables' own indexes are made once all rows are in: sorting each index's entries
        # at the end cost half as much as keeping 48 indexes up to date row by row (scale 100).
        # In the same transaction: a load that fails leaves them as they were.
        indexes = _drop_indexes(connection, [*header["tables"], "sync_row_clocks"])
        loaded = _load_rows(connection, header, lines, progress, collation)
        for sql in indexes:
            connection.exec_driver_sql(sql)
        return loaded
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(cache or -2000)}")


def _drop_indexes(connection: Connection, order: list[str]) -> list[str]:
    """Drop the indexes of the tables in ``order`` (loaded in that order) made by CREATE INDEX,
    not the primary keys' and unique constraints' own; returns the statements that make them
    again. Kept: an index on a foreign key whose table loads before its parent (or refers to
    itself): while such a reference waits for its row, SQLite looks up the referring rows at each
    row of the parent that it inserts (without the index, by reading the whole table)."""
    loaded_at = {name: index for index, name in enumerate(order)}
    waiting: set[tuple[str, str]] = set()
    for name in order:
        for foreign_key in connection.exec_driver_sql(f'PRAGMA foreign_key_list("{name}")'):
            parent, column = foreign_key[2], foreign_key[3]
            if loaded_at.get(parent, len(order)) >= loaded_at[name]:
                waiting.add((name, column))
    marks = ", ".join("?" * len(order))
    found = connection.exec_driver_sql(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' "
        f"AND sql IS NOT NULL AND tbl_name IN ({marks})",
        tuple(order),
    ).all()
    made_again = []
    for name, table, sql in found:
        first = connection.exec_driver_sql(f'PRAGMA index_info("{name}")').first()
        if first is not None and (table, first[2]) in waiting:
            continue
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
        made_again.append(str(sql))
    return made_again


def _insert(cursor: Any, statement: str, rows: list[Any]) -> None:
    """``executemany`` on the driver's cursor. A row SQLite refuses (one id twice, a value of a
    type it cannot store) is a damaged snapshot; a full disk is raised as the driver raised it,
    which storage.database tells the user as it does for any write."""
    try:
        cursor.executemany(statement, rows)
    except (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError) as error:
        raise SyncError(_DAMAGED) from error


def _load_rows(
    connection: Connection,
    header: dict[str, Any],
    lines: _Lines,
    progress: Callable[[int, int], None] | None,
    collation: str,
) -> SnapshotLoad:
    specs = table_specs()
    now = utcnow().isoformat(timespec="microseconds")
    total = int(header["rows"])
    done = 0
    cursor = driver_cursor(connection)
    if progress is not None:
        progress(0, total)
    for _ in [name for name, info in header["tables"].items() if info["rows"]]:
        section = lines.one()
        name, count = section.get("table"), section.get("rows")
        if name not in specs or not isinstance(count, int):
            raise SyncError(_DAMAGED)
        table = _TableLoad(name, section["columns"], now, collation)
        for start in range(0, count, _BATCH):
            batch = lines.many(min(_BATCH, count - start))
            # The driver's own cursor takes the rows as the lists they were parsed into.
            _insert(cursor, table.insert_rows, table.rows(batch))
            _insert(cursor, table.insert_clocks, table.clocks(batch))
            done += len(batch)
            if progress is not None:
                progress(done, total)
    section = lines.one()
    conflicts = lines.many(int(section.get("conflicts", -1)))
    if conflicts:
        connection.exec_driver_sql(
            "INSERT INTO sync_conflicts (table_name, row_id, field, losing_value, losing_clock, "
            "reason, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(*item, now) for item in conflicts],
        )
    section = lines.one()
    seen = lines.many(int(section.get("seen", -1)))
    if seen:
        connection.exec_driver_sql(
            "INSERT INTO sync_seen_devices (device_id, last_hlc) VALUES (?, ?)",
            [tuple(item) for item in seen],
        )
    kept = _kept_lines(lines, "unknown", 4)
    if kept:
        connection.exec_driver_sql(
            "INSERT INTO sync_unknown_fields (table_name, row_id, field, value) "
            "VALUES (?, ?, ?, ?)",
            [tuple(item) for item in kept],
        )
    other_clocks = _kept_lines(lines, "clocks", 3)
    if any(item[0] in specs for item in other_clocks):
        raise SyncError(_DAMAGED)  # the rows of a table this version has come with their values
    if other_clocks:
        connection.exec_driver_sql(
            "INSERT INTO sync_row_clocks (table_name, row_id, clocks) VALUES (?, ?, ?)",
            [tuple(item) for item in other_clocks],
        )
    if lines.one() != {"end": total} or done != total:
        raise SyncError(_DAMAGED)
    position = int(header["position"])
    max_hlc = str(header["max_hlc"])
    connection.exec_driver_sql(
        "UPDATE sync_state SET pull_cursor = ?, "
        "last_hlc = CASE WHEN last_hlc < ? THEN ? ELSE last_hlc END WHERE id = 1",
        (position, max_hlc, max_hlc),
    )
    connection.exec_driver_sql(
        "INSERT INTO sync_hq_checkpoint (id, epoch) VALUES (1, ?) "
        "ON CONFLICT (id) DO UPDATE SET epoch = excluded.epoch",
        (header["epoch"],),
    )
    # Rows of tables this version lacks count as records received too (kept aside).
    return SnapshotLoad(position, total + len(other_clocks), len(conflicts))
