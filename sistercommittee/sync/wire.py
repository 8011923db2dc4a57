"""The change format shared by the laptops and HQ: one change sets some fields of one row.

A change travels as JSON::

    {"table": "volunteers", "row_id": "0193…", "hlc": "1764000000000.000003",
     "device_id": "0193…", "fields": {"phone": "+12175550100"},
     "base": {"phone": "1763990000000.000000@0192…", "deleted_at": "…"}}

``fields`` holds the new values in their JSON form (storage.capture.to_wire). ``base`` holds, for
each field the change sets and for ``deleted_at``, the clock of the value the author's laptop had
when the change was made; a delete carries what it had of every field (with ``"*"`` standing for
the fields not named). Both HQ and the laptops use the checks below, so HQ never stores a change
that a laptop could not apply.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Integer, String, Table, Text

from sistercommittee.domain import SYNCED_MODELS
from sistercommittee.domain.base import Synced, travels
from sistercommittee.domain.types import EnumValue, ISODate, UTCDateTime
from sistercommittee.messages import msg

PROTOCOL_VERSION = 1
# Schema versions (the number of the laptop database's migration head) travel in this header on
# every request, and HQ answers with its own and the oldest it accepts (docs/sync-protocol.md).
SCHEMA_HEADER = "SisterCommittee-Schema"
ACCEPTS_HEADER = "SisterCommittee-Schema-Accepts"
# What a laptop from before the header existed had: it sends none, and HQ takes it for this.
SCHEMA_WITHOUT_HEADER = 3
# The oldest laptop schema HQ still serves: every laptop since sync began (migration 0002) keeps
# the fields it does not know out of its pushes, so none can harm what newer laptops sent.
OLDEST_ACCEPTED_SCHEMA = 2
TOO_OLD = msg(
    "This version of SisterCommittee is too old for HQ; update the app. Your changes stay on "
    "this laptop and are sent once it is updated."
)
MAX_BATCH = 2000  # changes in one push
FIELD_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")  # table and field names of any version
ROW_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
HLC = re.compile(r"^\d{13}\.\d{6}$")
CLOCK = re.compile(r"^\d{13}\.\d{6}@[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
DELETED_AT = "deleted_at"


@cache
def schema_version() -> int:
    """The schema this code knows: the number of the laptop database's migration head."""
    from sistercommittee.storage.migrate import head_revision

    return int(head_revision()[:4])


def clock(hlc: str, device_id: str) -> str:
    """A change's position in the merge order: compared as text, later HLC first, then device."""
    return f"{hlc}@{device_id}"


def clock_wall_ms(clock_text: str) -> int:
    return int(clock_text[:13])


def clock_device(clock_text: str) -> str:
    return clock_text.partition("@")[2]


def base_of(bases: Mapping[str, str | None], name: str) -> str | None:
    """The clock a change saw for ``name`` ("*" covers fields a delete's base does not name)."""
    if name in bases:
        return bases[name]
    return bases.get("*")


@dataclass(frozen=True, slots=True)
class Change:
    table: str
    row_id: str
    hlc: str
    device_id: str
    fields: dict[str, Any]
    base: dict[str, str | None] = field(default_factory=dict)

    @property
    def clock(self) -> str:
        return clock(self.hlc, self.device_id)

    def to_json(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "row_id": self.row_id,
            "hlc": self.hlc,
            "device_id": self.device_id,
            "fields": self.fields,
            "base": self.base,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Change:
        return cls(
            table=data["table"],
            row_id=data["row_id"],
            hlc=data["hlc"],
            device_id=data["device_id"],
            fields=dict(data["fields"]),
            base=dict(data.get("base") or {}),
        )


# --- what each synced table looks like --------------------------------------------------------


@dataclass(frozen=True)
class TableSpec:
    name: str
    table: Table
    fields: tuple[str, ...]  # columns that travel as field changes
    required: frozenset[str]  # fields a new row must have (no default to fall back on)
    defaults: dict[str, Callable[[], Any]]  # for fields a new row may leave out
    from_wire: dict[str, Callable[[Any], Any]]  # JSON form -> Python value
    check: dict[str, Callable[[Any], bool]]
    # Straight between the JSON form and what the column holds in SQLite, for the merge's bulk
    # reads and writes (the same text the column types write, so files stay alike).
    to_storage: dict[str, Callable[[Any], Any]]
    from_storage: dict[str, Callable[[Any], Any]]
    wire_defaults: dict[str, Callable[[], Any]]  # JSON form of the default of a missing field


def _identity(value: Any) -> Any:
    return value


def _datetime(value: Any) -> Any:
    return None if value is None else datetime.fromisoformat(value)


def _date(value: Any) -> Any:
    return None if value is None else date.fromisoformat(value)


def _is_iso_datetime(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return False
    return parsed.tzinfo is not None


def _is_iso_date(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _checker(column: Column[Any]) -> Callable[[Any], bool]:
    type_ = column.type
    length = getattr(type_, "length", None)
    if isinstance(type_, UTCDateTime):
        return _is_iso_datetime
    if isinstance(type_, ISODate):
        return _is_iso_date
    if isinstance(type_, EnumValue):
        members = frozenset(member.value for member in type_.enum_class)
        return lambda value: isinstance(value, str) and value in members
    if isinstance(type_, Boolean):
        return lambda value: isinstance(value, bool)
    if isinstance(type_, Integer):
        return lambda value: isinstance(value, int) and not isinstance(value, bool)
    if isinstance(type_, JSON):
        return lambda value: isinstance(value, list) and all(isinstance(i, str) for i in value)
    if isinstance(type_, String) and length:
        return lambda value: isinstance(value, str) and len(value) <= length
    if isinstance(type_, String | Text):
        return lambda value: isinstance(value, str)
    return lambda value: True


def _datetime_to_storage(value: Any) -> Any:
    if value is None:
        return None
    return datetime.fromisoformat(value).astimezone(UTC).isoformat(timespec="microseconds")


def _datetime_from_storage(value: Any) -> Any:
    return None if value is None else datetime.fromisoformat(value).isoformat()


def _date_to_storage(value: Any) -> Any:
    return None if value is None else date.fromisoformat(value).isoformat()


def _bool_to_storage(value: Any) -> Any:
    return None if value is None else int(value)


def _bool_from_storage(value: Any) -> Any:
    return None if value is None else bool(value)


_JSON = json.JSONEncoder()  # json.dumps' own settings, as SQLAlchemy's JSON type writes


def _json_to_storage(value: Any) -> Any:
    return "[]" if value == [] else _JSON.encode(value)


def _json_from_storage(value: Any) -> Any:
    return None if value is None else json.loads(value)


def _storage(column: Column[Any]) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    type_ = column.type
    if isinstance(type_, UTCDateTime):
        return _datetime_to_storage, _datetime_from_storage
    if isinstance(type_, ISODate):
        return _date_to_storage, _identity
    if isinstance(type_, Boolean):
        return _bool_to_storage, _bool_from_storage
    if isinstance(type_, JSON):
        return _json_to_storage, _json_from_storage
    return _identity, _identity


def _converter(column: Column[Any]) -> Callable[[Any], Any]:
    if isinstance(column.type, UTCDateTime):
        return _datetime
    if isinstance(column.type, ISODate):
        return _date
    return _identity


def _on_the_wire(make: Callable[[], Any]) -> Callable[[], Any]:
    """A column default as it travels (its JSON form)."""
    from sistercommittee.storage.capture import to_wire

    return lambda: to_wire(make())


def _spec(model: type[Synced]) -> TableSpec:
    table: Table = model.__table__  # type: ignore[attr-defined]
    names = tuple(column.name for column in table.columns if travels(column))
    required = frozenset(
        name
        for name in names
        if not table.columns[name].nullable and table.columns[name].default is None
    )
    defaults: dict[str, Callable[[], Any]] = {}
    for name in names:
        default = table.columns[name].default
        if default is None:
            defaults[name] = lambda: None
        elif default.is_callable:
            defaults[name] = lambda arg=default.arg: arg(None)  # type: ignore[attr-defined,misc]
        else:
            defaults[name] = lambda arg=default.arg: arg  # type: ignore[attr-defined,misc]

    storage = {name: _storage(table.columns[name]) for name in names}
    return TableSpec(
        name=table.name,
        table=table,
        fields=names,
        required=required,
        defaults=defaults,
        from_wire={name: _converter(table.columns[name]) for name in names},
        check={name: _checker(table.columns[name]) for name in names},
        to_storage={name: pair[0] for name, pair in storage.items()},
        from_storage={name: pair[1] for name, pair in storage.items()},
        wire_defaults={name: _on_the_wire(make) for name, make in defaults.items()},
    )


@cache
def table_specs() -> dict[str, TableSpec]:
    return {model.__tablename__: _spec(model) for model in SYNCED_MODELS}  # type: ignore[attr-defined]


@cache
def _local_tables() -> frozenset[str]:
    """The laptop's own bookkeeping tables (outbox, sync_*): never a table of a newer schema."""
    from sistercommittee.domain.base import Base

    return frozenset(Base.metadata.tables) - frozenset(table_specs()) | {"alembic_version"}


def check_change(
    data: Any, device_id: str | None = None, *, keep_unknown: bool = False
) -> str | None:
    """Why this JSON is not a change a laptop can apply, or None when it is.

    With ``keep_unknown`` (HQ), a table or field this version does not know is accepted when its
    name is well formed: it comes from a laptop with a newer schema, and laptops that know it
    need it. Only the fields this version knows are checked for their kind of value.
    """
    if not isinstance(data, Mapping):
        return msg("a change must be an object")
    table = data.get("table")
    spec = table_specs().get(table) if isinstance(table, str) else None
    if spec is None and not (
        keep_unknown
        and isinstance(table, str)
        and FIELD_NAME.match(table)
        and table not in _local_tables()
    ):
        return msg("unknown table {table!r}", table=table)
    row_id = data.get("row_id")
    if not isinstance(row_id, str) or not ROW_ID.match(row_id):
        return msg("row_id must be a lower-case UUID")
    hlc = data.get("hlc")
    if not isinstance(hlc, str) or not HLC.match(hlc):
        return msg("hlc must look like 1764000000000.000000")
    device = data.get("device_id")
    if not isinstance(device, str) or not ROW_ID.match(device):
        return msg("device_id must be a lower-case UUID")
    if device_id is not None and device != device_id:
        return msg("a device may only send its own changes")
    fields = data.get("fields")
    if not isinstance(fields, Mapping) or not fields:
        return msg("fields must be a non-empty object")
    for name, value in fields.items():
        check = spec.check.get(name) if spec is not None else None
        if check is None:
            if keep_unknown and isinstance(name, str) and FIELD_NAME.match(name):
                continue  # a field of a newer version: stored and handed on as it came
            return msg("{table} has no field {name!r}", table=table, name=name)
        assert spec is not None
        if value is None:
            if not spec.table.columns[name].nullable:
                return msg("{table}.{name} cannot be empty", table=table, name=name)
        elif not check(value):
            return msg("{table}.{name} has a value of the wrong kind", table=table, name=name)
    base = data.get("base", {})
    if not isinstance(base, Mapping):
        return msg("base must be an object")
    for name, value in base.items():
        if not isinstance(name, str) or len(name) > 64:
            return msg("base names must be field names")
        if value is not None and (not isinstance(value, str) or not CLOCK.match(value)):
            return msg("base values must be clocks")
    return None
