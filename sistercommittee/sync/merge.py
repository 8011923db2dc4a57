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

All functions here run inside the caller's write transaction.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from sistercommittee.domain import Conflict, OutboxBase, OutboxEntry, RowClocks, SyncState
from sistercommittee.domain.base import utcnow
from sistercommittee.storage.capture import to_wire
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


# --- field clocks -----------------------------------------------------------------------------


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _by_table(keys: Iterable[Key]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for table_name, row_id in keys:
        grouped[table_name].append(row_id)
    return grouped


def _load_clocks(session: Session, keys: Iterable[Key]) -> dict[Key, dict[str, Any]]:
    found: dict[Key, dict[str, Any]] = {}
    for table_name, ids in _by_table(keys).items():
        for chunk in _chunks(ids):
            for row_id, clocks in session.execute(
                select(RowClocks.row_id, RowClocks.clocks).where(
                    RowClocks.table_name == table_name, RowClocks.row_id.in_(chunk)
                )
            ):
                found[(table_name, row_id)] = dict(clocks)
    return found


def _save_clocks(session: Session, clocks: dict[Key, dict[str, Any]], dirty: set[Key]) -> None:
    if not dirty:
        return
    statement = sqlite_insert(RowClocks)
    statement = statement.on_conflict_do_update(
        index_elements=[RowClocks.table_name, RowClocks.row_id],
        set_={"clocks": statement.excluded.clocks},
    )
    session.execute(
        statement,
        [
            {"table_name": table_name, "row_id": row_id, "clocks": clocks[(table_name, row_id)]}
            for table_name, row_id in dirty
        ],
    )


# --- local changes ----------------------------------------------------------------------------


def fold_outbox(session: Session) -> int:
    """Record, for each local change not yet folded, the clocks of the values it replaced, and
    make it the holder of the fields it set. Runs before any push and before any merge, so a local
    change's base is what this laptop had when the change was made."""
    entries = session.execute(
        select(
            OutboxEntry.table_name,
            OutboxEntry.row_id,
            OutboxEntry.fields,
            OutboxEntry.hlc,
            OutboxEntry.device_id,
        )
        .outerjoin(OutboxBase, OutboxBase.hlc == OutboxEntry.hlc)
        .where(OutboxBase.hlc.is_(None))
        .order_by(OutboxEntry.seq)
    ).all()
    if not entries:
        return 0
    specs = table_specs()
    clocks = _load_clocks(session, {(entry.table_name, entry.row_id) for entry in entries})
    dirty: set[Key] = set()
    recheck: set[Key] = set()
    bases_rows: list[dict[str, Any]] = []
    for entry in entries:
        key = (entry.table_name, entry.row_id)
        stamp = clock(entry.hlc, entry.device_id)
        fields: dict[str, Any] = entry.fields
        held = clocks.get(key)
        bases: dict[str, Any] = {}
        if held is None:
            spec = specs.get(entry.table_name)
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
        bases_rows.append({"hlc": entry.hlc, "bases": bases})
    session.execute(sqlite_insert(OutboxBase).on_conflict_do_nothing(), bases_rows)
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
            found[(name, holder)] = to_wire(row[name])
    return found


def _recheck_deletes(
    session: Session,
    keys: Iterable[Key],
    clocks: dict[Key, dict[str, Any]],
    rows: dict[Key, dict[str, Any]],
) -> int:
    """Bring the ``deleted`` conflicts of these records in line with their state now."""
    now = utcnow()
    added = 0
    for key in keys:
        row = rows.get(key)
        if row is None:
            continue
        table_name, row_id = key
        wanted = _deleted_conflicts(table_name, row, clocks.get(key, {}))
        existing = session.execute(
            select(Conflict.id, Conflict.field, Conflict.losing_clock).where(
                Conflict.table_name == table_name,
                Conflict.row_id == row_id,
                Conflict.reason == DELETED,
            )
        ).all()
        stale = [item.id for item in existing if (item.field, item.losing_clock) not in wanted]
        if stale:
            session.execute(delete(Conflict).where(Conflict.id.in_(stale)))
        have = {(item.field, item.losing_clock) for item in existing}
        fresh = [
            {
                "table_name": table_name,
                "row_id": row_id,
                "field": name,
                "losing_value": value,
                "losing_clock": holder,
                "reason": DELETED,
                "detected_at": now,
            }
            for (name, holder), value in wanted.items()
            if (name, holder) not in have
        ]
        if fresh:
            result = session.connection().execute(
                sqlite_insert(Conflict.__table__).on_conflict_do_nothing(), fresh
            )
            added += max(result.rowcount or 0, 0)
    return added


@dataclass(frozen=True)
class Pending:
    seq: int
    change: Change


def pending_changes(session: Session, limit: int) -> list[Pending]:
    """The oldest local changes not yet acknowledged by HQ, in the order they were made."""
    rows = session.execute(
        select(
            OutboxEntry.seq,
            OutboxEntry.table_name,
            OutboxEntry.row_id,
            OutboxEntry.fields,
            OutboxEntry.hlc,
            OutboxEntry.device_id,
            OutboxBase.bases,
        )
        .join(OutboxBase, OutboxBase.hlc == OutboxEntry.hlc)
        .order_by(OutboxEntry.seq)
        .limit(limit)
    ).all()
    return [
        Pending(
            row.seq,
            Change(row.table_name, row.row_id, row.hlc, row.device_id, row.fields, row.bases),
        )
        for row in rows
    ]


def acknowledge(session: Session, pushed: Sequence[Pending]) -> None:
    """HQ has these changes: they leave the outbox (their clocks stay in the field clocks)."""
    seqs = [item.seq for item in pushed]
    hlcs = [item.change.hlc for item in pushed]
    for chunk in _chunks(seqs):  # type: ignore[arg-type]
        session.execute(delete(OutboxEntry).where(OutboxEntry.seq.in_(chunk)))
    for chunk in _chunks(hlcs):
        session.execute(delete(OutboxBase).where(OutboxBase.hlc.in_(chunk)))


def pending_count(session: Session) -> int:
    from sqlalchemy import func

    return int(session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)


# --- remote changes ---------------------------------------------------------------------------


def _load_rows(session: Session, keys: Iterable[Key]) -> dict[Key, dict[str, Any]]:
    specs = table_specs()
    found: dict[Key, dict[str, Any]] = {}
    for table_name, ids in _by_table(keys).items():
        table = specs[table_name].table
        for chunk in _chunks(ids):
            for row in session.execute(select(table).where(table.c.id.in_(chunk))):
                values = dict(row._mapping)
                found[(table_name, values["id"])] = values
    return found


class _Merge:
    """One page of remote changes, merged in memory and then written in a few statements."""

    def __init__(self, session: Session, changes: Sequence[Change]) -> None:
        self.session = session
        self.specs = table_specs()
        keys = {(change.table, change.row_id) for change in changes}
        self.clocks = _load_clocks(session, keys)
        self.rows = _load_rows(session, keys)
        self.new_rows: dict[Key, dict[str, Any]] = {}
        self.changed: dict[Key, dict[str, Any]] = defaultdict(dict)
        self.dirty: set[Key] = set()
        self.conflicts: list[dict[str, Any]] = []
        self.superseded: list[tuple[str, str, str, str]] = []
        self.recheck: set[Key] = set()
        self.now = utcnow()
        self.stats = MergeStats()

    def _lost(self, change: Change, name: str, value: Any, losing: str) -> None:
        self.conflicts.append(
            {
                "table_name": change.table,
                "row_id": change.row_id,
                "field": name,
                "losing_value": value,
                "losing_clock": losing,
                "reason": CHANGED,
                "detected_at": self.now,
            }
        )

    def add(self, change: Change) -> None:
        spec = self.specs[change.table]
        key = (change.table, change.row_id)
        stamp = change.clock
        row = self.rows.get(key)
        if row is None:
            self._create(change, key, stamp)
            return
        held = self.clocks.setdefault(key, {})
        derived = DERIVED.get(change.table)
        no_conflicts = derived.outputs if derived else frozenset()
        changed: dict[str, Any] = {}
        for name, wire_value in change.fields.items():
            convert = spec.from_wire.get(name)
            if convert is None:  # a field this version does not know
                continue
            current = base_of(held, name)
            seen = base_of(change.base, name)
            if seen is not None:
                # An edit on top of a value: that value no longer counts as a losing edit.
                self.superseded.append((change.table, change.row_id, name, seen))
            if current is None or stamp > current:
                if current is not None and seen != current and name not in no_conflicts:
                    self._lost(change, name, to_wire(row[name]), current)
                value = convert(wire_value)
                row[name] = value
                changed[name] = value
                held[name] = stamp
                if name == DELETED_AT:
                    _track_delete(held, change.fields, change.base)
                    self.recheck.add(key)
            elif stamp < current and name not in no_conflicts:
                self._lost(change, name, wire_value, stamp)
        if DELETE_BASE in held:
            self.recheck.add(key)
        self._derive(change.table, row, changed)
        if changed:
            self.dirty.add(key)
            self.stats.applied += 1
            self.stats.tables.add(change.table)
            if key not in self.new_rows:
                self.changed[key].update(changed)
        else:
            self.stats.ignored += 1

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
                values[name] = spec.from_wire[name](change.fields[name])
            else:
                values[name] = spec.defaults[name]()
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
        session = self.session
        by_table: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for (table_name, _), values in self.new_rows.items():
            by_table[table_name].append(values)
        for table_name, rows in by_table.items():
            session.execute(self.specs[table_name].table.insert(), rows)
        updates: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = defaultdict(list)
        for (table_name, row_id), values in self.changed.items():
            if not values:
                continue
            names = tuple(sorted(values))
            params = {f"v_{name}": value for name, value in values.items()}
            params["row_id_"] = row_id
            params["v_updated_at"] = self.now
            updates[(table_name, names)].append(params)
        for (table_name, names), params_list in updates.items():
            table = self.specs[table_name].table
            statement = (
                update(table)
                .where(table.c.id == bindparam("row_id_"))
                .values({name: bindparam(f"v_{name}") for name in (*names, "updated_at")})
            )
            session.connection().execute(statement, params_list)
        _save_clocks(session, self.clocks, self.dirty)
        if self.conflicts:
            # A value that held its field and now lost it was maybe listed as "deleted" before.
            statement = sqlite_insert(Conflict.__table__)
            statement = statement.on_conflict_do_update(
                index_elements=["table_name", "row_id", "field", "losing_clock"],
                set_={"reason": CHANGED},
            )
            before = _conflict_count(session)
            session.connection().execute(statement, self.conflicts)
            self.stats.conflicts += _conflict_count(session) - before
        if self.superseded and session.scalar(select(Conflict.id).limit(1)) is not None:
            table = Conflict.__table__
            session.connection().execute(
                delete(table).where(
                    table.c.table_name == bindparam("t_"),
                    table.c.row_id == bindparam("r_"),
                    table.c.field == bindparam("f_"),
                    table.c.losing_clock == bindparam("c_"),
                ),
                [{"t_": t, "r_": r, "f_": f, "c_": c} for t, r, f, c in self.superseded],
            )
        if self.recheck:
            self.stats.conflicts += _recheck_deletes(session, self.recheck, self.clocks, self.rows)


def _conflict_count(session: Session) -> int:
    from sqlalchemy import func

    return int(session.scalar(select(func.count()).select_from(Conflict)) or 0)


def apply_changes(session: Session, changes: Sequence[Change], own_device: str) -> MergeStats:
    """Merge remote changes, given in HQ's feed order, into this laptop's database."""
    specs = table_specs()
    wanted = [c for c in changes if c.device_id != own_device and c.table in specs]
    ignored = len(changes) - len(wanted)
    if not wanted:
        return MergeStats(ignored=ignored)
    # Rows of one push may come child first (one flush writes its rows in any order).
    session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    fold_outbox(session)
    merge = _Merge(session, wanted)
    for change in wanted:
        merge.add(change)
    merge.write()
    latest = max(change.hlc for change in wanted)
    last_hlc = session.scalar(select(SyncState.last_hlc).where(SyncState.id == 1))
    if last_hlc is not None and latest > last_hlc:
        # Never stamp a later local change behind one already seen (HLC receive rule).
        session.execute(update(SyncState).where(SyncState.id == 1).values(last_hlc=latest))
    merge.stats.ignored += ignored
    return merge.stats
