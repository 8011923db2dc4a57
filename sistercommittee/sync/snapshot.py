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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from sistercommittee.domain.base import utcnow
from sistercommittee.messages import msg
from sistercommittee.storage import capture
from sistercommittee.storage.database import Database
from sistercommittee.sync import unknown
from sistercommittee.sync.client import HqClient
from sistercommittee.sync.errors import SyncError
from sistercommittee.sync.wire import _datetime_to_storage, _identity, table_specs

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
        lines = response.iter_lines()
        try:
            header = json.loads(next(lines))
        except (StopIteration, ValueError) as error:
            raise SyncError(_DAMAGED) from error
        problem = _fits(header)
        if problem:
            log.info("HQ's snapshot has %s; replaying the feed instead", problem)
            return None
        with db.write() as session:
            if not is_empty(session):
                return None
            session.info[capture.APPLYING_REMOTE] = True
            result = _load(session.connection(), header, lines, progress)
            # Columns this laptop has beyond HQ's (a newer version's) take what HQ kept aside.
            unknown.learn(session)
    log.info(
        "loaded a snapshot at position %d: %d rows, %d conflicts",
        result.position,
        result.rows,
        result.conflicts,
    )
    return result


def _next(lines: Iterator[str]) -> Any:
    try:
        return json.loads(next(lines))
    except (StopIteration, ValueError) as error:
        raise SyncError(_DAMAGED) from error


def _kept_lines(lines: Iterator[str], name: str, width: int) -> list[list[Any]]:
    """A section of what HQ's copy keeps aside: its count line, then one array per entry."""
    section = _next(lines)
    count = section.get(name) if isinstance(section, dict) else None
    if not isinstance(count, int) or count < 0:
        raise SyncError(_DAMAGED)
    items = [_next(lines) for _ in range(count)]
    if any(not isinstance(item, list) or len(item) != width for item in items):
        raise SyncError(_DAMAGED)
    return items


def _load(
    connection: Connection,
    header: dict[str, Any],
    lines: Iterator[str],
    progress: Callable[[int, int], None] | None,
) -> SnapshotLoad:
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    # Hundreds of megabytes of new rows and index entries: a larger page cache for this load,
    # so that pages are not written out and read back while it runs.
    cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = {_LOAD_CACHE_KIB}")
    try:
        return _load_rows(connection, header, lines, progress)
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(cache or -2000)}")


def _load_rows(
    connection: Connection,
    header: dict[str, Any],
    lines: Iterator[str],
    progress: Callable[[int, int], None] | None,
) -> SnapshotLoad:
    specs = table_specs()
    now = utcnow().isoformat(timespec="microseconds")
    total = int(header["rows"])
    done = 0
    if progress is not None:
        progress(0, total)
    for _ in [name for name, info in header["tables"].items() if info["rows"]]:
        section = _next(lines)
        name, count = section.get("table"), section.get("rows")
        if name not in specs or not isinstance(count, int):
            raise SyncError(_DAMAGED)
        spec = specs[name]
        columns: list[str] = section["columns"]
        width = len(columns)
        where = [columns.index(field) for field in spec.fields]
        savers = [spec.to_storage[field] for field in spec.fields]
        convert = [
            (slot, index, save)
            for slot, (index, save) in enumerate(zip(where, savers, strict=True))
            if save is not _identity
        ]
        names = ("id", "updated_at", *spec.fields)
        column_list = ", ".join(f'"{column}"' for column in names)
        insert_rows = f'INSERT INTO "{name}" ({column_list}) VALUES ({", ".join("?" * len(names))})'
        insert_clocks = "INSERT INTO sync_row_clocks (table_name, row_id, clocks) VALUES (?, ?, ?)"
        rows: list[tuple[Any, ...]] = []
        clocks: list[tuple[str, str, str]] = []
        for _index in range(count):
            values = _next(lines)
            if not isinstance(values, list) or len(values) != width + 1:
                raise SyncError(_DAMAGED)
            fields = [values[index] for index in where]
            for slot, index, save in convert:
                value = values[index]
                # A datetime already as the column holds it (UTC, microseconds) stays as it is.
                if not (
                    save is _datetime_to_storage
                    and value.__class__ is str
                    and len(value) == 32
                    and value.endswith("+00:00")
                ):
                    fields[slot] = save(value)
            rows.append((values[0], now, *fields))
            clocks.append((name, values[0], values[width]))
            if len(rows) == _BATCH:
                connection.exec_driver_sql(insert_rows, rows)
                connection.exec_driver_sql(insert_clocks, clocks)
                done += len(rows)
                rows, clocks = [], []
                if progress is not None:
                    progress(done, total)
        if rows:
            connection.exec_driver_sql(insert_rows, rows)
            connection.exec_driver_sql(insert_clocks, clocks)
            done += len(rows)
            if progress is not None:
                progress(done, total)
    section = _next(lines)
    conflicts = [_next(lines) for _ in range(int(section.get("conflicts", -1)))]
    if conflicts:
        connection.exec_driver_sql(
            "INSERT INTO sync_conflicts (table_name, row_id, field, losing_value, losing_clock, "
            "reason, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(*item, now) for item in conflicts],
        )
    section = _next(lines)
    seen = [_next(lines) for _ in range(int(section.get("seen", -1)))]
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
    if _next(lines) != {"end": total} or done != total:
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
