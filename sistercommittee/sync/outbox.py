"""This laptop's own changes on their way to HQ: folded (each given the clocks of the values it
replaced) before any push or merge, read in order for a push, put together as its JSON, and
dropped from the outbox once HQ has them. Everything here runs inside the caller's write
transaction."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from sqlalchemy.orm import Session

from sistercommittee.sync.deleted_conflicts import DELETE_BASE, recheck_deletes, track_delete
from sistercommittee.sync.stored_rows import Key, connection_of, load_clocks, load_rows, save_clocks
from sistercommittee.sync.wire import DELETED_AT, Change, base_of, clock, table_specs


def fold_outbox(session: Session, limit: int = -1) -> int:
    """Record, for each local change not yet folded, the clocks of the values it replaced, and
    make it the holder of the fields it set. Runs before any push and before any merge, so a local
    change's base is what this laptop had when the change was made. With ``limit``, only the
    oldest that many (in order, so a big first push folds a batch at a time)."""
    connection = connection_of(session)
    entries = connection.exec_driver_sql(
        "SELECT o.table_name, o.row_id, o.fields, o.hlc, o.device_id FROM outbox AS o "
        "LEFT JOIN sync_outbox_bases AS b ON b.hlc = o.hlc WHERE b.hlc IS NULL "
        "ORDER BY o.seq LIMIT ?",
        (limit,),
    ).all()
    if not entries:
        return 0
    specs = table_specs()
    clocks = load_clocks(session, {(entry[0], entry[1]) for entry in entries})
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
            track_delete(held, fields, bases)
            if DELETED_AT in fields or DELETE_BASE in held:
                recheck.add(key)
        dirty.add(key)
        bases_rows.append((hlc, json.dumps(bases)))
    connection.exec_driver_sql(
        "INSERT INTO sync_outbox_bases (hlc, bases) VALUES (?, ?) ON CONFLICT DO NOTHING",
        bases_rows,
    )
    save_clocks(session, clocks, dirty)
    if recheck:
        recheck_deletes(session, recheck, clocks, load_rows(session, recheck))
    return len(entries)


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
    rows = connection_of(session).exec_driver_sql(
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
    connection = connection_of(session)
    connection.exec_driver_sql("DELETE FROM outbox WHERE seq = ?", [(p.seq,) for p in pushed])
    connection.exec_driver_sql(
        "DELETE FROM sync_outbox_bases WHERE hlc = ?", [(p.hlc,) for p in pushed]
    )


def pending_count(session: Session) -> int:
    return int(connection_of(session).exec_driver_sql("SELECT count(*) FROM outbox").scalar() or 0)
