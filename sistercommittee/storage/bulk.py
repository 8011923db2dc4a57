"""The write path of bulk actions: plain statements in large batches, each row with its outbox
entry, in the caller's transaction.

The ORM's flush hook (storage.capture) writes the same outbox entries, one object at a time: about
0.15 ms a row, so 10,000 rows cost over a second, and a million many minutes. Bulk actions (an
import, the sample data, changing or deleting many records at once) go through here instead and
write what the hook would, at about twice the time SQLite itself takes (bench/bench_sync.py):

- ``BulkWriter`` / ``NewRows``: new rows. For each one outbox entry whose ``fields`` are all the
  row's columns except ``id`` and ``updated_at``, made JSON-ready like ``capture.to_wire``,
  stamped with the hybrid logical clock.
- ``update_rows``: the same values set on many existing rows; one outbox entry per row that
  changed, holding the fields that changed, as the hook would.

What makes it fast, measured at scale 100 (about a million rows, plus as many outbox entries):
- Statements are built with SQLAlchemy Core (``insert()``) and compiled once per table, and the rows
  go to the driver's executemany as tuples: Core's own per-row parameter processing costs about
  10 µs a row here, which would be a third of the time budget.
- The conversion of a row dict to the statement's parameters is a function generated from the
  table's columns (one straight-line block per column), about twice as fast as a loop over them.
- The outbox entries of a batch are made by SQLite from the rows just inserted, in one
  ``INSERT ... SELECT json_object(...)`` per table: no JSON is built in Python and no second
  million parameter tuples pass through the driver (a fifth less time at scale 100).
- Keys are UUIDv7 like ``ids.new_id`` makes them, but drawn from a per-writer counter and random
  source instead of a lock and a system call per key.
- Clock stamps come from one ``HybridClock.tick()`` per batch, counted up within the batch: the same
  values ``tick()`` gives when the wall clock has not moved on, and always increasing.
"""

from __future__ import annotations

import json
import os
import random
import time
from collections.abc import Callable
from datetime import datetime
from json.encoder import encode_basestring_ascii
from typing import Any

from sqlalchemy import JSON, Boolean, Connection, Table, insert, inspect
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import ColumnDefault

from sistercommittee.domain import Base, OutboxEntry, Synced, SyncState
from sistercommittee.domain.base import travels, utcnow
from sistercommittee.domain.types import ISODate, UTCDateTime
from sistercommittee.storage.capture import synced_columns, to_wire
from sistercommittee.storage.clock import HybridClock, Timestamp

# How a column's Python value becomes the stored value, and its stored value the wire value.
_PLAIN, _DATETIME, _DATE, _JSON, _BOOL, _ID, _UPDATED = range(7)
_NO_DEFAULT = object()
_COUNTER_WIDTH = 6  # digits of the counter in Timestamp.encode()
_COUNTER_LIMIT = 10**_COUNTER_WIDTH
_VARIANT = 0b10 << 62  # RFC 9562 variant bits above the 62 random bits of a key


def _kind(name: str, column_type: Any) -> int:
    if name == "id":
        return _ID
    if name == "updated_at":
        return _UPDATED
    if isinstance(column_type, UTCDateTime):
        return _DATETIME
    if isinstance(column_type, ISODate):
        return _DATE
    if isinstance(column_type, JSON):
        return _JSON
    if isinstance(column_type, Boolean):
        return _BOOL
    return _PLAIN


def _converter(
    table_name: str,
    columns: list[tuple[str, Any]],
    datetime_text: Callable[[datetime], str],
    known_datetimes: dict[datetime, str],
) -> Callable[..., tuple[Any, ...]]:
    """Source and compile ``convert(row, row_id, created) -> parameters`` for one table."""
    lines = ["def convert(row, row_id, created):", "    get = row.get"]
    stored: list[str] = []
    namespace: dict[str, Any] = {
        "_missing": _NO_DEFAULT,
        "_dumps": _json_text,
        "_datetime": datetime_text,
        "_known": known_datetimes.get,
    }
    for number, (name, column) in enumerate(columns):
        kind = _kind(name, column.type)
        var = f"s{number}"
        stored.append(var)
        if kind == _ID:
            lines.append(f"    {var} = row_id")
            continue
        if kind == _UPDATED or name == "created_at":
            lines.append(f"    {var} = created")
            continue
        default = column.default
        if isinstance(default, ColumnDefault) and (default.is_scalar or default.is_callable):
            namespace[f"_d{number}"] = default.arg
            fill = f"_d{number}(None)" if default.is_callable else f"_d{number}"
            lines += [f"    v = get({name!r}, _missing)", f"    if v is _missing: v = {fill}"]
        else:
            lines.append(f"    v = get({name!r})")
        if kind == _DATETIME:
            value = "_known(v) or _datetime(v)"
        elif kind == _DATE:
            value = "v.isoformat()"
        elif kind == _JSON:
            value = "_dumps(v)"
        elif kind == _BOOL:
            value = "bool(v)"
        else:
            lines.append(f"    {var} = v")
            continue
        lines.append(f"    {var} = None if v is None else {value}")
    lines.append(f"    return ({', '.join(stored)},)")
    code = compile("\n".join(lines), f"<sample rows of {table_name}>", "exec")
    exec(code, namespace)
    return namespace["convert"]  # type: ignore[no-any-return]


def _json_text(value: Any) -> str:
    """A JSON column's value as the ORM stores it (``json.dumps`` with its defaults), lists of
    text (all of them here) put together directly, three times faster."""
    if type(value) is list and all(type(item) is str for item in value):
        return "[" + ", ".join(map(encode_basestring_ascii, value)) + "]"
    return json.dumps(value)


def _outbox_select(
    table: Table, columns: list[tuple[str, Any]], quote: Callable[[str], str]
) -> str:
    """``INSERT INTO outbox ... SELECT`` of the entries of the rows after a given rowid, in rowid
    order. Parameters: the stamp's wall milliseconds, the counter base (added to the rowid), the
    device id, the rowid before the batch.

    The ``fields`` object holds each column's value as ``capture.to_wire`` gives it for the value
    the ORM reads back: datetimes in ``isoformat()`` (no fraction when it is zero), booleans as
    true/false, JSON columns as JSON; text, numbers and NULL as stored.
    """
    pairs = []
    for name, column in columns:
        kind = _kind(name, column.type)
        if kind in (_ID, _UPDATED) or not travels(column):
            continue
        ident = quote(name)
        if kind == _DATETIME:
            value = (
                f"CASE WHEN substr({ident}, 20, 7) = '.000000' "
                f"THEN substr({ident}, 1, 19) || substr({ident}, 27) ELSE {ident} END"
            )
        elif kind == _BOOL:
            value = (
                f"json(CASE WHEN {ident} IS NULL THEN NULL "
                f"WHEN {ident} THEN 'true' ELSE 'false' END)"
            )
        elif kind == _JSON:
            value = f"json({ident})"
        else:
            value = ident
        pairs.append(f"'{name}', {value}")
    counter = "(? + rowid)"
    name = quote(table.name)
    return (
        f"INSERT INTO outbox (table_name, row_id, fields, hlc, device_id) "
        f"SELECT '{table.name}', id, json_object({', '.join(pairs)}), "
        f"printf('%013d.%0{_COUNTER_WIDTH}d', ? + {counter} / {_COUNTER_LIMIT}, "
        f"{counter} % {_COUNTER_LIMIT}), ? "
        f"FROM {name} WHERE rowid > ? ORDER BY rowid"
    )


class _Table:
    """One synced table: its statements, its row converter and the rows waiting for it."""

    __slots__ = ("convert", "count", "last_rowid_sql", "name", "outbox_sql", "rows", "sql")

    def __init__(
        self, name: str, sql: str, outbox_sql: str, convert: Callable[..., tuple[Any, ...]]
    ) -> None:
        self.name = name
        self.sql = sql
        self.last_rowid_sql = f"SELECT coalesce(max(rowid), 0) FROM {name}"
        self.outbox_sql = outbox_sql
        self.convert = convert
        self.rows: list[tuple[Any, ...]] = []
        self.count = 0


class BulkWriter:
    """Buffers new rows and writes them, parents before children, each with its outbox entry.

    ``add`` takes a row as a dict of Python values as the ORM would hold them (aware UTC datetimes,
    dates, lists, enum values as text) that includes ``created_at``; columns left out get the
    model's default or NULL, ``updated_at`` is ``created_at``. Outbox entries are stamped at
    ``flush``, table by table in dependency order, rows in the order they were added.
    """

    def __init__(
        self,
        connection: Connection,
        *,
        device_id: str,
        clock: HybridClock,
        batch_rows: int = 20_000,
    ) -> None:
        self._connection = connection
        self._device_id = device_id
        self._clock = clock
        self._batch_rows = batch_rows
        self._pending = 0
        self._tables: dict[type[Synced], _Table] = {}
        # Flush order: a table after every table it refers to.
        self._order = {table.name: index for index, table in enumerate(Base.metadata.sorted_tables)}
        if {c.name for c in OutboxEntry.__table__.columns} != {
            "seq", "table_name", "row_id", "fields", "hlc", "device_id"
        }:
            raise RuntimeError("the outbox table changed; update the bulk writer's INSERT")
        self.outbox_count = 0
        self._iso: dict[datetime, str] = {}
        # Keys: UUIDv7 (RFC 9562) like ids.new_id: Unix milliseconds, a 12-bit counter, the
        # variant and 62 random bits, here from a counter and a random source of this writer.
        self._random = random.Random(os.urandom(16))
        self._key_ms = time.time_ns() // 1_000_000
        self._key_seq = self._random.getrandbits(10)
        self._key_prefix = self._ms_prefix()

    # -- keys

    def _ms_prefix(self) -> str:
        h = f"{self._key_ms & 0xFFFF_FFFF_FFFF:012x}"
        return f"{h[:8]}-{h[8:]}-7"

    def _next_millisecond(self) -> None:
        """The key counter is exhausted: move on to the next millisecond."""
        self._key_ms = max(self._key_ms + 1, time.time_ns() // 1_000_000)
        self._key_seq = 0
        self._key_prefix = self._ms_prefix()

    # -- rows

    def _table(self, model: type[Synced]) -> _Table:
        table = inspect(model).local_table
        assert isinstance(table, Table)
        dialect = self._connection.dialect
        by_name = {attr.key: attr.columns[0] for attr in inspect(model).column_attrs}
        compiled = insert(table).compile(dialect=dialect, column_keys=list(by_name))
        columns = [(name, by_name[name]) for name in compiled.positiontup or ()]
        found = self._tables[model] = _Table(
            dialect.identifier_preparer.quote(table.name),
            str(compiled),
            _outbox_select(table, columns, dialect.identifier_preparer.quote),
            _converter(table.name, columns, self._datetime, self._iso),
        )
        return found

    def _datetime(self, value: datetime) -> str:
        """An aware UTC datetime as UTCDateTime stores it."""
        found = self._iso.get(value)
        if found is None:
            if value.utcoffset():
                raise ValueError(f"sample datetimes must be in UTC, not {value!r}")
            found = value.isoformat(timespec="microseconds")
            if len(self._iso) > 200_000:
                self._iso.clear()
            self._iso[value] = found
        return found

    def add(self, model: type[Synced], row: dict[str, Any]) -> str:
        """Queue one new row of ``model``; returns its id."""
        table = self._tables.get(model) or self._table(model)
        seq = self._key_seq = self._key_seq + 1
        if seq > 0xFFF:
            self._next_millisecond()
            seq = 0
        tail = f"{_VARIANT | self._random.getrandbits(62):016x}"
        row_id = f"{self._key_prefix}{seq:03x}-{tail[:4]}-{tail[4:]}"
        created = row["created_at"]
        table.rows.append(
            table.convert(row, row_id, self._iso.get(created) or self._datetime(created))
        )
        self._pending += 1
        if self._pending >= self._batch_rows:
            self.flush()
        return row_id

    def flush(self) -> None:
        """Write every queued row, tables in dependency order, each table's rows followed by
        their outbox entries; one clock tick stamps them all, counted up in that order."""
        stamp: Timestamp | None = None
        stamped = 0
        execute = self._connection.exec_driver_sql
        for table in sorted(self._tables.values(), key=lambda t: self._order[t.name]):
            if not table.rows:
                continue
            (before,) = execute(table.last_rowid_sql).one()
            execute(table.sql, table.rows)
            if stamp is None:
                stamp = self._clock.tick()
            # The entry of the row with rowid r gets counter stamp.counter + stamped + (r - first).
            base = stamp.counter + stamped - before - 1
            execute(table.outbox_sql, (stamp.wall_ms, base, base, self._device_id, before))
            stamped += len(table.rows)
            table.count += len(table.rows)
            table.rows = []
        if stamp is not None:
            last = stamp.counter + stamped - 1
            self._clock.last = max(
                self._clock.last,
                Timestamp(stamp.wall_ms + last // _COUNTER_LIMIT, last % _COUNTER_LIMIT),
            )
        self.outbox_count += stamped
        self._pending = 0

    def counts(self) -> dict[str, int]:
        """Rows written per table name (call after the last flush)."""
        return {table.name: table.count for table in self._tables.values()}


def _sync_state(session: Session) -> SyncState:
    state = session.get(SyncState, 1)
    if state is None:
        raise RuntimeError("database has no sync_state row; it was not initialised")
    return state


class NewRows:
    """New rows of one user action through ``BulkWriter``, inside ``session``'s transaction, so
    that rows and outbox entries commit together or not at all.

    ``add`` takes a row as ``BulkWriter.add`` does, without ``created_at`` (the moment this object
    was made is used for all rows); call ``flush`` before the transaction ends. The session's
    ``sync_state`` is advanced through the ORM object, so that the capture hook of a later flush
    in the same session stamps after these rows.
    """

    def __init__(self, session: Session, *, batch_rows: int = 20_000) -> None:
        self._state = _sync_state(session)
        self._clock = HybridClock(Timestamp.decode(self._state.last_hlc))
        self._writer = BulkWriter(
            session.connection(),
            device_id=self._state.device_id,
            clock=self._clock,
            batch_rows=batch_rows,
        )
        self._now = utcnow()

    def add(self, model: type[Synced], values: dict[str, Any]) -> str:
        return self._writer.add(model, {**values, "created_at": self._now})

    def flush(self) -> None:
        self._writer.flush()
        self._state.last_hlc = self._clock.last.encode()

    @property
    def outbox_count(self) -> int:
        return self._writer.outbox_count


_CHUNK = 500  # ids per SELECT ... IN (...): well below SQLite's limit of bound parameters


def driver_cursor(connection: Connection) -> Any:
    """A cursor of the database driver itself, in the connection's transaction: for reading
    thousands of rows of one column or two, where SQLAlchemy's result rows cost more than the
    query (sqlite3's own rows are tuples)."""
    return connection.connection.driver_connection.cursor()  # type: ignore[union-attr]


class MissingRow(LookupError):
    """An id given to ``update_rows(..., require=...)`` names no row of the table as required."""

    def __init__(self, row_id: str) -> None:
        super().__init__(row_id)
        self.row_id = row_id


def update_rows(
    session: Session,
    model: type[Synced],
    ids: list[str],
    values: dict[str, Any],
    *,
    require: str | None = None,
) -> list[str]:
    """Set ``values`` (attribute name -> Python value) on the rows of ``model`` with ``ids``, in
    ``session``'s transaction, with the outbox entries the capture hook would write: one per row
    that changed, holding only the fields whose value changed, and ``updated_at`` stamped. Rows
    already holding the values are left alone. Returns the ids of the rows that changed.

    With ``require="live"`` every id must name a row that is not deleted, with ``"stored"`` a row
    deleted or not: else MissingRow for the first id (in the order given) that does not, before
    anything is written. The same query reads the rows' current values and checks them.

    Objects of these rows that the session holds are expired, so that they read the new values.
    """
    if require not in (None, "live", "stored"):
        raise ValueError(f"require is 'live', 'stored' or None, not {require!r}")
    allowed = set(synced_columns(model))
    unknown = set(values) - allowed
    if unknown:
        raise ValueError(f"{model.__name__} has no synced fields {sorted(unknown)}")
    table = inspect(model).local_table
    assert isinstance(table, Table)
    connection = session.connection()
    dialect = connection.dialect
    quote = dialect.identifier_preparer.quote

    def stored(name: str, value: Any) -> Any:
        """The value as the column stores it: converted once, it is the same for every row."""
        process = table.c[name].type.bind_processor(dialect)
        return process(value) if process is not None else value

    names = list(values)
    # Current values compared as stored (plain SQL: compiling an IN clause of 500 parameters
    # costs more than running it).
    wanted_stored = tuple(stored(name, values[name]) for name in names)
    selected = ", ".join(quote(name) for name in names)
    current: dict[str, tuple[Any, ...]] = {}
    deleted: set[str] = set()
    cursor = driver_cursor(connection)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        cursor.execute(
            f"SELECT id, deleted_at IS NOT NULL, {selected} FROM {quote(table.name)} "
            f"WHERE id IN ({marks})",
            tuple(chunk),
        )
        for row in cursor.fetchall():
            current[row[0]] = tuple(row[2:])
            if row[1]:
                deleted.add(row[0])
    if require is not None:
        for row_id in ids:
            if row_id not in current or (require == "live" and row_id in deleted):
                raise MissingRow(row_id)
    # Rows grouped by which fields change, so each group is one executemany.
    groups: dict[tuple[str, ...], list[str]] = {}
    for row_id in ids:
        old = current.get(row_id)
        if old is None:
            continue
        changed = tuple(
            n for n, before, after in zip(names, old, wanted_stored, strict=True) if before != after
        )
        if changed:
            groups.setdefault(changed, []).append(row_id)
    if not groups:
        return []
    state = _sync_state(session)
    clock = HybridClock(Timestamp.decode(state.last_hlc))
    now = utcnow()

    stamp = stored("updated_at", now)
    table_name, device_id = table.name, state.device_id
    outbox: list[tuple[str, str, str, str, str]] = []
    changed_ids: list[str] = []
    for changed, group in groups.items():
        assignments = ", ".join(f"{quote(name)} = ?" for name in (*changed, "updated_at"))
        fixed = (*(stored(name, values[name]) for name in changed), stamp)
        # One statement per 500 rows (the same values for all of them), not one per row.
        for start in range(0, len(group), _CHUNK):
            chunk = group[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            cursor.execute(
                f"UPDATE {quote(table_name)} SET {assignments} WHERE id IN ({marks})",
                (*fixed, *chunk),
            )
        # The outbox's JSON column as the ORM writes it (json.dumps), the same text for each row.
        fields = json.dumps({name: to_wire(values[name]) for name in changed})
        outbox += [
            (table_name, row_id, fields, stamp_, device_id)
            for row_id, stamp_ in zip(group, clock.ticks(len(group)), strict=True)
        ]
        changed_ids += group
    connection.exec_driver_sql(
        "INSERT INTO outbox (table_name, row_id, fields, hlc, device_id) VALUES (?, ?, ?, ?, ?)",
        outbox,
    )
    state.last_hlc = clock.last.encode()
    wanted = set(changed_ids)
    for obj in list(session.identity_map.values()):
        if isinstance(obj, model) and obj.id in wanted:
            session.expire(obj)
    return changed_ids
