"""The merge rule, applied on every laptop the same way.

Per field, the value of the change with the later clock (HLC, then device id) wins, whatever order
the changes arrive in. Each change also says which value it replaced (its *base*); a change that
replaced the current value is an edit on top of it, while one that did not was made apart from it,
and the value that loses such a race is kept in ``sync_conflicts``. A loser stays listed until an
edit made on top of it arrives. Because every laptop receives the changes in an order that keeps
cause before effect (HQ's feed order, with a laptop's own changes first), every laptop ends with
the same values and the same list of losing edits.

Deletes are the ``deleted_at`` field and merge like any other. A record whose winning delete had
not seen the value a field holds (an edit made elsewhere meanwhile) keeps that value as a conflict
with reason ``deleted``; these are worked out from the record's state alone (its field clocks and
what the winning delete had seen), so they too come out the same on every laptop.

All functions here run inside the caller's write transaction. They read and write with plain SQL
on the session's connection (values kept in their JSON form, turned into column text by
``wire.TableSpec``): pulling ten thousand changes through the ORM took seconds longer.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from sistercommittee.domain.base import utcnow
from sistercommittee.sync import unknown
from sistercommittee.sync.wire import DELETED_AT, Change, base_of, clock, table_specs

log = logging.getLogger(__name__)

_CHUNK = 500  # ids per IN (...) query
CHANGED = "changed"
DELETED = "deleted"
# In a row's clocks: what the delete that holds ``deleted_at`` had seen of each field.
DELETE_BASE = "~deleted_base"

Key = tuple[str, str]  # (table name, row id)


@dataclass
class MergeStats:
    applied: int = 0  # changes that set at least one value here
    ignored: int = 0  # already known, lost every field, or sent by this laptop
    skipped: int = 0  # a new row that came without its required fields
    conflicts: int = 0  # losing values recorded
    tables: set[str] = field(default_factory=set)  # tables whose rows changed


# --- derived columns --------------------------------------------------------------------------


def _volunteer_sort_name(row: dict[str, Any]) -> dict[str, Any]:
    from sistercommittee.services.volunteers import sort_name

    return {"sort_name": sort_name(row["given_name"], row["family_name"])}


@dataclass(frozen=True)
class Derived:
    """Columns computed from others, recomputed on every laptop after a merge so that two edits
    to the inputs made apart still give the value the inputs call for. Their losers are not
    listed as conflicts."""

    inputs: frozenset[str]
    outputs: frozenset[str]
    compute: Callable[[dict[str, Any]], dict[str, Any]]


DERIVED: dict[str, Derived] = {
    "volunteers": Derived(
        frozenset({"given_name", "family_name", "sort_name"}),
        frozenset({"sort_name"}),
        _volunteer_sort_name,
    ),
}


# --- plain SQL helpers -------------------------------------------------------------------------


def _connection(session: Session) -> Connection:
    return session.connection()


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _by_table(keys: Iterable[Key]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for table_name, row_id in keys:
        grouped[table_name].append(row_id)
    return grouped


def _marks(count: int) -> str:
    return ", ".join("?" * count)


def _as_is(value: Any) -> Any:
    return value


def _now_text() -> str:
    return utcnow().isoformat(timespec="microseconds")


# --- field clocks -----------------------------------------------------------------------------


def _load_clocks(session: Session, keys: Iterable[Key]) -> dict[Key, dict[str, Any]]:
    connection = _connection(session)
    found: dict[Key, dict[str, Any]] = {}
    for table_name, ids in _by_table(keys).items():
        for chunk in _chunks(ids):
            rows = connection.exec_driver_sql(
                "SELECT row_id, clocks FROM sync_row_clocks "
                f"WHERE table_name = ? AND row_id IN ({_marks(len(chunk))})",
                (table_name, *chunk),
            )
            for row_id, clocks in rows:
                found[(table_name, row_id)] = json.loads(clocks)
    return found


def _save_clocks(session: Session, clocks: dict[Key, dict[str, Any]], dirty: set[Key]) -> None:
    if not dirty:
        return
    _connection(session).exec_driver_sql(
        "INSERT INTO sync_row_clocks (table_name, row_id, clocks) VALUES (?, ?, ?) "
        "ON CONFLICT (table_name, row_id) DO UPDATE SET clocks = excluded.clocks",
        [
            (table_name, row_id, json.dumps(clocks[(table_name, row_id)]))
            for table_name, row_id in dirty
        ],
    )


def _load_rows(
    session: Session, keys: Iterable[Key], extras: dict[str, tuple[str, ...]] | None = None
) -> dict[Key, dict[str, Any]]:
    """The rows as they are now, each value in its JSON form (with the ``extras`` columns of
    each table, see unknown.extra_columns). Rows of tables this code does not sync are none."""
    specs = table_specs()
    connection = _connection(session)
    found: dict[Key, dict[str, Any]] = {}
    for table_name, ids in _by_table(keys).items():
        spec = specs.get(table_name)
        if spec is None:
            continue
        names = (*spec.fields, *(extras or {}).get(table_name, ()))
        columns = ("id", "updated_at", *names)
        select_list = ", ".join(f'"{name}"' for name in columns)
        loaders = [spec.from_storage.get(name, _as_is) for name in names]
        for chunk in _chunks(ids):
            rows = connection.exec_driver_sql(
                f'SELECT {select_list} FROM "{table_name}" WHERE id IN ({_marks(len(chunk))})',
                tuple(chunk),
            )
            for raw in rows:
                values = {"id": raw[0], "updated_at": raw[1]}
                for name, load, value in zip(names, loaders, raw[2:], strict=True):
                    values[name] = load(value)
                found[(table_name, raw[0])] = values
    return found


# --- local changes ----------------------------------------------------------------------------


def fold_outbox(session: Session, limit: int = -1) -> int:
    """Record, for each local change not yet folded, the clocks of the values it replaced, and
    make it the holder of the fields it set. Runs before any push and before any merge, so a local
    change's base is what this laptop had when the change was made. With ``limit``, only the
    oldest that many (in order, so a big first push folds a batch at a time)."""
    connection = _connection(session)
    entries = connection.exec_driver_sql(
        "SELECT o.table_name, o.row_id, o.fields, o.hlc, o.device_id FROM outbox AS o "
        "LEFT JOIN sync_outbox_bases AS b ON b.hlc = o.hlc WHERE b.hlc IS NULL "
        "ORDER BY o.seq LIMIT ?",
        (limit,),
    ).all()
    if not entries:
        return 0
    specs = table_specs()
    clocks = _load_clocks(session, {(entry[0], entry[1]) for entry in entries})
    dirty: set[Key] = set()
    recheck: set[Key] = set()
    bases_rows: list[tuple[str, str]] = []
    for table_name, row_id, fields_text, hlc, device_id in entries:
        key = (table_name, row_id)
        stamp = clock(hlc, device_id)
        fields: dict[str, Any] = json.loads(fields_text)
        held = clocks.get(key)
        bases: dict[str, Any] = {}
        if held is None:
            spec = specs.get(table_name)
            creates = spec is not None and set(spec.fields) <= fields.keys()
            clocks[key] = {"*": stamp} if creates else dict.fromkeys(fields, stamp)
        else:
            if fields.get(DELETED_AT) is not None:
                # A delete: what it saw of every field.
                bases = {name: seen for name, seen in held.items() if name != DELETE_BASE}
            else:
                for name in (*fields, DELETED_AT):
                    seen = base_of(held, name)
                    if seen is not None:
                        bases[name] = seen
            for name in fields:
                held[name] = stamp
            _track_delete(held, fields, bases)
            if DELETED_AT in fields or DELETE_BASE in held:
                recheck.add(key)
        dirty.add(key)
        bases_rows.append((hlc, json.dumps(bases)))
    connection.exec_driver_sql(
        "INSERT INTO sync_outbox_bases (hlc, bases) VALUES (?, ?) ON CONFLICT DO NOTHING",
        bases_rows,
    )
    _save_clocks(session, clocks, dirty)
    if recheck:
        _recheck_deletes(session, recheck, clocks, _load_rows(session, recheck))
    return len(entries)


def _track_delete(held: dict[str, Any], fields: dict[str, Any], bases: dict[str, Any]) -> None:
    """Keep what the delete holding ``deleted_at`` had seen (or forget it on an undelete)."""
    if DELETED_AT not in fields:
        return
    if fields[DELETED_AT] is None:
        held.pop(DELETE_BASE, None)
    else:
        held[DELETE_BASE] = {name: seen for name, seen in bases.items() if name != DELETE_BASE}


def _deleted_conflicts(
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


_INSERT_CONFLICT = (
    "INSERT INTO sync_conflicts "
    "(table_name, row_id, field, losing_value, losing_clock, reason, detected_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def _recheck_deletes(
    session: Session,
    keys: Iterable[Key],
    clocks: dict[Key, dict[str, Any]],
    rows: dict[Key, dict[str, Any]],
) -> int:
    """Bring the ``deleted`` conflicts of these records in line with their state now."""
    connection = _connection(session)
    now = _now_text()
    added = 0
    for key in keys:
        row = rows.get(key)
        if row is None:
            continue
        table_name, row_id = key
        wanted = _deleted_conflicts(table_name, row, clocks.get(key, {}))
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
            result = connection.exec_driver_sql(_INSERT_CONFLICT + " ON CONFLICT DO NOTHING", fresh)
            added += max(result.rowcount or 0, 0)
    return added


@dataclass(frozen=True)
class Pending:
    """A local change waiting for HQ, with its JSON kept as text (it is sent as it is)."""

    seq: int
    table: str
    row_id: str
    hlc: str
    device_id: str
    fields_json: str
    base_json: str

    @cached_property
    def change(self) -> Change:
        return Change(
            self.table,
            self.row_id,
            self.hlc,
            self.device_id,
            json.loads(self.fields_json),
            json.loads(self.base_json),
        )


def pending_changes(session: Session, limit: int, after: int = 0) -> list[Pending]:
    """The oldest local changes not yet acknowledged by HQ, in the order they were made (after
    the outbox entry ``after``: those up to it are on their way to HQ)."""
    rows = _connection(session).exec_driver_sql(
        "SELECT o.seq, o.table_name, o.row_id, o.hlc, o.device_id, o.fields, b.bases "
        "FROM outbox AS o JOIN sync_outbox_bases AS b ON b.hlc = o.hlc WHERE o.seq > ? "
        "ORDER BY o.seq LIMIT ?",
        (after, limit),
    )
    return [Pending(*row) for row in rows]


_BATCH_NAMESPACE = uuid.UUID("5c0f7a2e-3f43-4a51-9d3e-6a1f2b9c8d70")


def batch_key(device_id: str, changes: Sequence[Pending]) -> str:
    """The idempotency key of a batch: the same changes always give the same key, and clocks are
    never reused, so a key never names two different batches."""
    name = f"{device_id}:{changes[0].hlc}:{changes[-1].hlc}:{len(changes)}"
    return str(uuid.uuid5(_BATCH_NAMESPACE, name))


def push_body(batch_id: str, pending: Sequence[Pending]) -> bytes:
    """The JSON of a push, put together from the stored text of each change."""
    parts = [
        f'{{"table":"{item.table}","row_id":"{item.row_id}","hlc":"{item.hlc}",'
        f'"device_id":"{item.device_id}","fields":{item.fields_json},"base":{item.base_json}}}'
        for item in pending
    ]
    return f'{{"batch_id":{json.dumps(batch_id)},"changes":[{",".join(parts)}]}}'.encode()


def acknowledge(session: Session, pushed: Sequence[Pending]) -> None:
    """HQ has these changes: they leave the outbox (their clocks stay in the field clocks)."""
    if not pushed:
        return
    connection = _connection(session)
    connection.exec_driver_sql("DELETE FROM outbox WHERE seq = ?", [(p.seq,) for p in pushed])
    connection.exec_driver_sql(
        "DELETE FROM sync_outbox_bases WHERE hlc = ?", [(p.hlc,) for p in pushed]
    )


def pending_count(session: Session) -> int:
    return int(_connection(session).exec_driver_sql("SELECT count(*) FROM outbox").scalar() or 0)


# --- remote changes ---------------------------------------------------------------------------


class _Merge:
    """One page of remote changes, merged in memory and then written in a few statements."""

    def __init__(self, session: Session, changes: Sequence[Change]) -> None:
        self.session = session
        self.specs = table_specs()
        keys = {(change.table, change.row_id) for change in changes}
        tables = {change.table for change in changes}
        # Fields this laptop has no column for are kept aside (sync/unknown.py).
        self.extras = {t: unknown.extra_columns(session, t) for t in tables if t in self.specs}
        self.known = {
            t: frozenset((*self.specs[t].fields, *extras)) for t, extras in self.extras.items()
        }
        self.clocks = _load_clocks(session, keys)
        self.rows = _load_rows(session, keys, self.extras)
        strange = {
            (change.table, change.row_id)
            for change in changes
            if not self.known.get(change.table, frozenset()) >= change.fields.keys()
        }
        self.aside = unknown.load(session, strange) if strange else {}
        self.aside_dirty: dict[Key, set[str]] = defaultdict(set)
        self.new_rows: dict[Key, dict[str, Any]] = {}
        self.changed: dict[Key, dict[str, Any]] = defaultdict(dict)
        self.dirty: set[Key] = set()
        self.conflicts: list[tuple[Any, ...]] = []
        self.superseded: list[tuple[str, str, str, str]] = []
        self.recheck: set[Key] = set()
        self.now = _now_text()
        self.stats = MergeStats()

    def _lost(self, change: Change, name: str, value: Any, losing: str) -> None:
        self.conflicts.append(
            (change.table, change.row_id, name, json.dumps(value), losing, CHANGED, self.now)
        )

    def add(self, change: Change) -> None:
        key = (change.table, change.row_id)
        stamp = change.clock
        known = self.known.get(change.table)
        if known is None:  # a table this version does not know
            self._count(self._keep_aside(change, key, change.fields))
            return
        row = self.rows.get(key)
        if row is None:
            self._create(change, key, stamp)
            return
        held = self.clocks.setdefault(key, {})
        derived = DERIVED.get(change.table)
        no_conflicts = derived.outputs if derived else frozenset()
        changed: dict[str, Any] = {}
        strange = {name: v for name, v in change.fields.items() if name not in known}
        kept = self._keep_aside(change, key, strange) if strange else False
        for name, value in change.fields.items():
            if name in strange:
                continue
            current = base_of(held, name)
            seen = base_of(change.base, name)
            if seen is not None:
                # An edit on top of a value: that value no longer counts as a losing edit.
                self.superseded.append((change.table, change.row_id, name, seen))
            if current is None or stamp > current:
                if current is not None and seen != current and name not in no_conflicts:
                    self._lost(change, name, row[name], current)
                row[name] = value
                changed[name] = value
                held[name] = stamp
                if name == DELETED_AT:
                    _track_delete(held, change.fields, change.base)
                    self.recheck.add(key)
            elif stamp < current and name not in no_conflicts:
                self._lost(change, name, value, stamp)
        if DELETE_BASE in held:
            self.recheck.add(key)
        self._derive(change.table, row, changed)
        if changed:
            self.dirty.add(key)
            self.stats.tables.add(change.table)
            if key not in self.new_rows:
                self.changed[key].update(changed)
        self._count(bool(changed) or kept)

    def _count(self, applied: bool) -> None:
        if applied:
            self.stats.applied += 1
        else:
            self.stats.ignored += 1

    def _keep_aside(self, change: Change, key: Key, fields: dict[str, Any]) -> bool:
        """Merge fields this laptop has no column for, by the same rule, into what it keeps
        aside (their clocks are held like any field's)."""
        held = self.clocks.setdefault(key, {})
        kept = self.aside.setdefault(key, {})
        stamp = change.clock
        won = False
        for name, value in fields.items():
            current = base_of(held, name)
            seen = base_of(change.base, name)
            if seen is not None:
                self.superseded.append((change.table, change.row_id, name, seen))
            if current is None or stamp > current:
                if current is not None and seen != current:
                    self._lost(change, name, kept.get(name), current)
                kept[name] = value
                held[name] = stamp
                self.aside_dirty[key].add(name)
                won = True
            elif stamp < current:
                self._lost(change, name, value, stamp)
        if won:
            self.dirty.add(key)
        return won

    def _create(self, change: Change, key: Key, stamp: str) -> None:
        spec = self.specs[change.table]
        missing = spec.required - change.fields.keys()
        if missing:
            log.warning(
                "change %s to %s %s lacks %s for a new row; not applied",
                change.hlc,
                change.table,
                change.row_id,
                ", ".join(sorted(missing)),
            )
            self.stats.skipped += 1
            return
        values: dict[str, Any] = {"id": change.row_id, "updated_at": self.now}
        for name in spec.fields:
            if name in change.fields:
                values[name] = change.fields[name]
            else:
                values[name] = spec.wire_defaults[name]()
        for name in self.extras[change.table]:
            values[name] = change.fields.get(name)
        strange = change.fields.keys() - self.known[change.table]
        if strange:  # held by the row's "*" clock, like every field the change sets
            self.aside.setdefault(key, {}).update({n: change.fields[n] for n in strange})
            self.aside_dirty[key].update(strange)
        derived = DERIVED.get(change.table)
        if derived is not None and not derived.outputs <= change.fields.keys():
            self._derive(change.table, values, dict.fromkeys(spec.fields))
        self.rows[key] = values
        self.new_rows[key] = values
        self.clocks[key] = {"*": stamp}
        self.dirty.add(key)
        self.stats.applied += 1
        self.stats.tables.add(change.table)

    @staticmethod
    def _derive(table_name: str, row: dict[str, Any], changed: dict[str, Any]) -> None:
        derived = DERIVED.get(table_name)
        if derived is None or not derived.inputs & changed.keys():
            return
        for name, value in derived.compute(row).items():
            if row.get(name) != value:
                row[name] = value
                changed[name] = value

    def write(self) -> None:
        connection = _connection(self.session)
        by_table: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for (table_name, _), values in self.new_rows.items():
            by_table[table_name].append(values)
        for table_name, rows in by_table.items():
            spec = self.specs[table_name]
            fields = (*spec.fields, *self.extras[table_name])
            names = ("id", "updated_at", *fields)
            savers = [spec.to_storage.get(name, _as_is) for name in fields]
            column_list = ", ".join(f'"{name}"' for name in names)
            connection.exec_driver_sql(
                f'INSERT INTO "{table_name}" ({column_list}) VALUES ({_marks(len(names))})',
                [
                    (
                        row["id"],
                        row["updated_at"],
                        *(save(row[name]) for name, save in zip(fields, savers, strict=True)),
                    )
                    for row in rows
                ],
            )
        updates: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = defaultdict(list)
        for (table_name, row_id), values in self.changed.items():
            if not values:
                continue
            spec = self.specs[table_name]
            names = tuple(sorted(values))
            updates[(table_name, names)].append(
                (
                    *(spec.to_storage.get(name, _as_is)(values[name]) for name in names),
                    self.now,
                    row_id,
                )
            )
        for (table_name, names), params in updates.items():
            assignments = ", ".join(f'"{name}" = ?' for name in (*names, "updated_at"))
            connection.exec_driver_sql(
                f'UPDATE "{table_name}" SET {assignments} WHERE id = ?', params
            )
        _save_clocks(self.session, self.clocks, self.dirty)
        unknown.save(self.session, self.aside, self.aside_dirty)
        if self.conflicts:
            # A value that held its field and now lost it was maybe listed as "deleted" before.
            before = _conflict_count(self.session)
            connection.exec_driver_sql(
                _INSERT_CONFLICT + " ON CONFLICT (table_name, row_id, field, losing_clock) "
                "DO UPDATE SET reason = excluded.reason",
                self.conflicts,
            )
            self.stats.conflicts += _conflict_count(self.session) - before
        if self.superseded and _conflict_count(self.session):
            connection.exec_driver_sql(
                "DELETE FROM sync_conflicts "
                "WHERE table_name = ? AND row_id = ? AND field = ? AND losing_clock = ?",
                self.superseded,
            )
        if self.recheck:
            self.stats.conflicts += _recheck_deletes(
                self.session, self.recheck, self.clocks, self.rows
            )


def _conflict_count(session: Session) -> int:
    count = _connection(session).exec_driver_sql("SELECT count(*) FROM sync_conflicts").scalar()
    return int(count or 0)


def apply_changes(session: Session, changes: Sequence[Change], own_device: str) -> MergeStats:
    """Merge remote changes, given in HQ's feed order, into this laptop's database."""
    wanted = [c for c in changes if c.device_id != own_device]
    ignored = len(changes) - len(wanted)
    if not wanted:
        return MergeStats(ignored=ignored)
    connection = _connection(session)
    # Rows of one push may come child first (one flush writes its rows in any order).
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    fold_outbox(session)
    merge = _Merge(session, wanted)
    for change in wanted:
        merge.add(change)
    merge.write()
    latest = max(change.hlc for change in wanted)
    # Never stamp a later local change behind one already seen (HLC receive rule).
    connection.exec_driver_sql(
        "UPDATE sync_state SET last_hlc = ? WHERE id = 1 AND last_hlc < ?", (latest, latest)
    )
    merge.stats.ignored += ignored
    return merge.stats
