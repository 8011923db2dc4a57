"""Writing generated rows fast: plain INSERTs in large batches, each row with its outbox entry.

The ORM's flush hook (storage.capture) would write the same outbox entries, but one object at a
time; for a million rows that takes many minutes. This writer produces what the hook would: for
each new synced row one outbox entry whose ``fields`` are all the row's columns except ``id`` and
``updated_at``, made JSON-ready like ``capture.to_wire``, stamped with the hybrid logical clock.

What makes it fast, measured at scale 100 (about a million rows, plus as many outbox entries):
- Statements are built with SQLAlchemy Core (``insert()``) and compiled once per table, and the rows
  go to the driver's executemany as tuples: Core's own per-row parameter processing costs about
  10 µs a row here, which would be a third of the time budget.
- The JSON of the outbox ``fields`` is assembled from pre-encoded key prefixes and the values
  encoded one by one (about 5 times faster than ``json.dumps`` of a dict), and each datetime is
  formatted once for both the column and the outbox.
- Keys are UUIDv7 like ``ids.new_id`` makes them, but drawn from a per-writer counter and random
  source instead of a lock and a system call per key.
- The conversion function of each table is generated from its columns (one straight-line block per
  column), about twice as fast as a loop over them.
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
from json.encoder import encode_basestring_ascii  # type: ignore[attr-defined]
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Integer,
    String,
    Table,
    TypeDecorator,
    insert,
    inspect,
)
from sqlalchemy.sql.schema import ColumnDefault

from sistercommittee.domain import Base, OutboxEntry, Synced
from sistercommittee.domain.types import ISODate, UTCDateTime
from sistercommittee.storage.clock import HybridClock, Timestamp

# How a column's Python value becomes the stored value and the wire value.
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


def _is_text(column_type: Any) -> bool:
    """Whether the column holds text (enums are stored by their text value)."""
    if isinstance(column_type, TypeDecorator):
        column_type = column_type.impl
    return isinstance(column_type, String)


def _encode(value: Any) -> str:
    """One JSON value as ``json.dumps`` writes it."""
    if value is None:
        return "null"
    if isinstance(value, str):
        return str(encode_basestring_ascii(value))
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    return json.dumps(value)


def _converter(
    table_name: str,
    columns: list[tuple[str, Any]],
    datetime_text: Callable[..., Any],
    known_datetimes: dict[datetime, tuple[str, str]],
) -> Any:
    """Source and compile ``convert(row, row_id, created) -> (parameters, fields JSON)``."""
    lines = ["def convert(row, row_id, created):", "    get = row.get"]
    stored: list[str] = []
    pieces: list[str] = []
    namespace: dict[str, Any] = {
        "_missing": _NO_DEFAULT,
        "_esc": encode_basestring_ascii,
        "_enc": _encode,
        "_dumps": json.dumps,
        "_int": int.__repr__,
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
        if kind == _UPDATED:
            lines.append(f"    {var} = created[0]")
            continue
        enc = f"e{number}"
        pieces.append(f"{', ' if len(pieces) else '{'}{json.dumps(name)}: ")
        pieces.append(enc)
        if name == "created_at":
            lines += [f"    {var} = created[0]", f"    {enc} = '\"' + created[1] + '\"'"]
            continue
        default = column.default
        if isinstance(default, ColumnDefault) and (default.is_scalar or default.is_callable):
            namespace[f"_d{number}"] = default.arg
            fill = f"_d{number}(None)" if default.is_callable else f"_d{number}"
            lines += [f"    v = get({name!r}, _missing)", f"    if v is _missing: v = {fill}"]
        else:
            lines.append(f"    v = get({name!r})")
        lines += ["    if v is None:", f"        {var} = None; {enc} = 'null'", "    else:"]
        if kind == _DATETIME:
            lines += [
                f"        {var}, w = _known(v) or _datetime(v)",
                f"        {enc} = '\"' + w + '\"'",
            ]
        elif kind == _DATE:
            lines += [f"        {var} = v.isoformat()", f"        {enc} = '\"' + {var} + '\"'"]
        elif kind == _JSON:
            lines += [
                "        if type(v) is list and all(type(i) is str for i in v):",
                f"            {enc} = '[' + ', '.join(map(_esc, v)) + ']'",
                "        else:",
                f"            {enc} = _dumps(v)",
                f"        {var} = {enc}",
            ]
        elif kind == _BOOL:
            lines += [f"        {var} = bool(v)", f"        {enc} = 'true' if v else 'false'"]
        elif _is_text(column.type):
            lines += [f"        {var} = v", f"        {enc} = _esc(v)"]
        elif isinstance(column.type, Integer):
            lines += [f"        {var} = v", f"        {enc} = _int(v)"]
        else:
            lines += [f"        {var} = v", f"        {enc} = _enc(v)"]
    joined = ", ".join(_pieces(pieces))
    lines.append(f"    return ({', '.join(stored)},), ''.join(({joined}, '}}'))")
    source = "\n".join(lines)
    code = compile(source, f"<sample rows of {table_name}>", "exec")
    exec(code, namespace)
    return namespace["convert"]


def _pieces(pieces: list[str]) -> list[str]:
    """Literal prefixes quoted, value variables as they are."""
    return [piece if index % 2 else repr(piece) for index, piece in enumerate(pieces)]


class _Table:
    """One synced table: its compiled INSERT, its row converter and the rows waiting for it."""

    __slots__ = ("convert", "count", "name", "rows", "sql")

    def __init__(self, name: str, sql: str, convert: Callable[..., Any]) -> None:
        self.name = name
        self.sql = sql
        self.convert = convert
        self.rows: list[tuple[Any, ...]] = []
        self.count = 0


class BulkWriter:
    """Buffers generated rows and writes them, parents before children, each with its outbox entry
    stamped by the clock in the order the rows were added.

    ``add`` takes a row as a dict of Python values as the ORM would hold them (aware UTC datetimes,
    dates, lists, enum values as text) that includes ``created_at``; columns left out get the
    model's default or NULL, ``updated_at`` is ``created_at``.
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
        outbox = OutboxEntry.__table__
        assert isinstance(outbox, Table)
        keys = ["table_name", "row_id", "fields", "hlc", "device_id"]
        compiled = insert(outbox).compile(dialect=connection.dialect, column_keys=keys)
        if list(compiled.positiontup or ()) != keys:
            raise RuntimeError(f"unexpected outbox column order {compiled.positiontup}")
        self._outbox_sql = str(compiled)
        self._outbox: list[tuple[str, str, str, str, str]] = []
        self.outbox_count = 0
        self._iso: dict[datetime, tuple[str, str]] = {}
        # Keys: UUIDv7 (RFC 9562) like ids.new_id: Unix milliseconds, a 12-bit counter, the
        # variant and 62 random bits, here from a counter and a random source of this writer.
        self._random = random.Random(os.urandom(16))
        self._key_ms = time.time_ns() // 1_000_000
        self._key_seq = self._random.getrandbits(10)
        self._key_prefix = self._ms_prefix()
        # Clock stamps: the last tick and how far this batch has counted up from it.
        self._wall_prefix = ""
        self._wall_ms = self._counter = 0
        self._fresh = True  # take a new tick before the next stamp

    # -- keys and clock

    def _ms_prefix(self) -> str:
        h = f"{self._key_ms & 0xFFFF_FFFF_FFFF:012x}"
        return f"{h[:8]}-{h[8:]}-7"

    def _next_millisecond(self) -> None:
        """The key counter is exhausted: move on to the next millisecond."""
        self._key_ms = max(self._key_ms + 1, time.time_ns() // 1_000_000)
        self._key_seq = 0
        self._key_prefix = self._ms_prefix()

    def _tick(self) -> str:
        """A fresh stamp from the clock, after every stamp counted up here."""
        self._sync_clock()
        stamp = self._clock.tick()
        self._wall_ms, self._counter = stamp.wall_ms, stamp.counter
        encoded = stamp.encode()
        self._wall_prefix = encoded[:-_COUNTER_WIDTH]
        assert encoded == f"{self._wall_prefix}{stamp.counter:0{_COUNTER_WIDTH}d}", encoded
        self._fresh = False
        return encoded

    def _sync_clock(self) -> None:
        """Move the clock past the last stamp counted up here."""
        if self._wall_prefix:
            self._clock.last = max(self._clock.last, Timestamp(self._wall_ms, self._counter))

    # -- rows

    def _table(self, model: type[Synced]) -> _Table:
        table = model.__table__
        assert isinstance(table, Table)
        by_name = {attr.key: attr.columns[0] for attr in inspect(model).column_attrs}
        compiled = insert(table).compile(
            dialect=self._connection.dialect, column_keys=list(by_name)
        )
        columns = [(name, by_name[name]) for name in compiled.positiontup or ()]
        convert = _converter(table.name, columns, self._datetime, self._iso)
        found = self._tables[model] = _Table(table.name, str(compiled), convert)
        return found

    def _datetime(self, value: datetime) -> tuple[str, str]:
        """(stored text, wire text) of an aware UTC datetime."""
        found = self._iso.get(value)
        if found is None:
            if value.utcoffset():
                raise ValueError(f"sample datetimes must be in UTC, not {value!r}")
            wire = value.isoformat()
            stored = wire if value.microsecond else f"{wire[:19]}.000000{wire[19:]}"
            found = (stored, wire)
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
        parameters, fields = table.convert(
            row, row_id, self._iso.get(created) or self._datetime(created)
        )
        table.rows.append(parameters)
        if self._fresh or self._counter + 1 >= _COUNTER_LIMIT:
            stamp = self._tick()
        else:
            self._counter += 1
            stamp = f"{self._wall_prefix}{self._counter:06d}"
        self._outbox.append((table.name, row_id, fields, stamp, self._device_id))
        self._pending += 1
        if self._pending >= self._batch_rows:
            self.flush()
        return row_id

    def flush(self) -> None:
        """Write every queued row: tables in dependency order, then their outbox entries."""
        for table in sorted(self._tables.values(), key=lambda t: self._order[t.name]):
            if table.rows:
                self._connection.exec_driver_sql(table.sql, table.rows)  # type: ignore[arg-type]
                table.count += len(table.rows)
                table.rows = []
        if self._outbox:
            self._connection.exec_driver_sql(self._outbox_sql, self._outbox)  # type: ignore[arg-type]
            self.outbox_count += len(self._outbox)
            self._outbox = []
        self._pending = 0
        self._sync_clock()
        self._fresh = True  # the next batch starts from a fresh tick

    def counts(self) -> dict[str, int]:
        """Rows written per table name (call after the last flush)."""
        return {table.name: table.count for table in self._tables.values()}
