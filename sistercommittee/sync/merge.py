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

All functions here run inside the caller's write transaction, reading and writing with plain SQL
(sync/stored_rows.py). This laptop's own changes wait in the outbox (sync/outbox.py); the
conflicts of deleted records are sync/deleted_conflicts.py; derived columns sync/derived.py.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from sistercommittee.sync import unknown
from sistercommittee.sync.deleted_conflicts import (
    CHANGED,
    DELETE_BASE,
    INSERT_CONFLICT,
    conflict_count,
    recheck_deletes,
    track_delete,
)
from sistercommittee.sync.derived import DERIVED
from sistercommittee.sync.outbox import fold_outbox
from sistercommittee.sync.stored_rows import (
    Key,
    as_is,
    connection_of,
    load_clocks,
    load_rows,
    marks,
    now_text,
    save_clocks,
)
from sistercommittee.sync.wire import DELETED_AT, Change, base_of, table_specs

log = logging.getLogger(__name__)


@dataclass
class MergeStats:
    applied: int = 0  # changes that set at least one value here
    ignored: int = 0  # already known, lost every field, or sent by this laptop
    skipped: int = 0  # a new row that came without its required fields
    conflicts: int = 0  # losing values recorded
    tables: set[str] = field(default_factory=set)  # tables whose rows changed


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
        self.clocks = load_clocks(session, keys)
        self.rows = load_rows(session, keys, self.extras)
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
        self.now = now_text()
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
                    track_delete(held, change.fields, change.base)
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
        connection = connection_of(self.session)
        by_table: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for (table_name, _), values in self.new_rows.items():
            by_table[table_name].append(values)
        for table_name, rows in by_table.items():
            spec = self.specs[table_name]
            fields = (*spec.fields, *self.extras[table_name])
            names = ("id", "updated_at", *fields)
            savers = [spec.to_storage.get(name, as_is) for name in fields]
            column_list = ", ".join(f'"{name}"' for name in names)
            connection.exec_driver_sql(
                f'INSERT INTO "{table_name}" ({column_list}) VALUES ({marks(len(names))})',
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
                    *(spec.to_storage.get(name, as_is)(values[name]) for name in names),
                    self.now,
                    row_id,
                )
            )
        for (table_name, names), params in updates.items():
            assignments = ", ".join(f'"{name}" = ?' for name in (*names, "updated_at"))
            connection.exec_driver_sql(
                f'UPDATE "{table_name}" SET {assignments} WHERE id = ?', params
            )
        save_clocks(self.session, self.clocks, self.dirty)
        unknown.save(self.session, self.aside, self.aside_dirty)
        if self.conflicts:
            # A value that held its field and now lost it was maybe listed as "deleted" before.
            before = conflict_count(self.session)
            connection.exec_driver_sql(
                INSERT_CONFLICT + " ON CONFLICT (table_name, row_id, field, losing_clock) "
                "DO UPDATE SET reason = excluded.reason",
                self.conflicts,
            )
            self.stats.conflicts += conflict_count(self.session) - before
        if self.superseded and conflict_count(self.session):
            connection.exec_driver_sql(
                "DELETE FROM sync_conflicts "
                "WHERE table_name = ? AND row_id = ? AND field = ? AND losing_clock = ?",
                self.superseded,
            )
        if self.recheck:
            self.stats.conflicts += recheck_deletes(
                self.session, self.recheck, self.clocks, self.rows
            )


def apply_changes(session: Session, changes: Sequence[Change], own_device: str) -> MergeStats:
    """Merge remote changes, given in HQ's feed order, into this laptop's database."""
    wanted = [c for c in changes if c.device_id != own_device]
    ignored = len(changes) - len(wanted)
    if not wanted:
        return MergeStats(ignored=ignored)
    connection = connection_of(session)
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
