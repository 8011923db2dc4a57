"""Healing after HQ went back in time (restored from an older backup), in the way of CouchDB's
replication checkpoints.

Before each sync the laptop asks HQ for its checkpoint (``GET /v1/checkpoint``): HQ's epoch, the
end of the feed, and the latest of this laptop's changes HQ holds. HQ is *behind* when

- its epoch is another than the one this laptop last synced with (HQ was restored, or made anew),
- this laptop's cursor is beyond the end of HQ's feed, or
- HQ holds fewer of this laptop's changes than it once acknowledged.

Then the laptop sends again every change of its own HQ no longer holds (kept in ``sync_sent``
with the bases they had; HQ drops any it still has, so nothing is stored twice), and fetches from
the last position that is still the same on HQ: where the feed stood when the epochs since its
own began, or from the start when that cannot be known. Changes fetched again that were merged
here already are skipped (``sync_seen_devices``: each laptop's changes reach the feed in the order
they were made), so nothing is merged twice and no losing edit is listed again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from sistercommittee.domain.base import utcnow
from sistercommittee.messages import msg
from sistercommittee.storage.database import Database
from sistercommittee.sync import merge, outbox
from sistercommittee.sync.client import HqClient
from sistercommittee.sync.wire import MAX_BATCH, Change

log = logging.getLogger(__name__)

# Acknowledged changes are kept this long for sending again to a restored HQ. (A restore from a
# backup older than that brings back what is older only where it still holds its fields.)
KEEP_SENT = timedelta(days=120)


def _connection(session: Session) -> Connection:
    return session.connection()


def _ensure_checkpoint(connection: Connection) -> None:
    connection.exec_driver_sql("INSERT OR IGNORE INTO sync_hq_checkpoint (id) VALUES (1)")


# --- what was merged already ------------------------------------------------------------------


def apply_page(session: Session, changes: Sequence[Change], own_device: str) -> merge.MergeStats:
    """Merge a page of the feed, leaving out the changes of each laptop up to the latest one
    merged here already; the latest clock per laptop moves on in the same transaction."""
    connection = _connection(session)
    devices = sorted({change.device_id for change in changes if change.device_id != own_device})
    seen: dict[str, str] = {}
    if devices:
        marks = ", ".join("?" * len(devices))
        seen = dict(
            connection.exec_driver_sql(
                f"SELECT device_id, last_hlc FROM sync_seen_devices WHERE device_id IN ({marks})",
                tuple(devices),
            ).all()
        )
    fresh = [change for change in changes if change.hlc > seen.get(change.device_id, "")]
    stats = merge.apply_changes(session, fresh, own_device)
    stats.ignored += len(changes) - len(fresh)
    latest: dict[str, str] = {}
    for change in fresh:
        if change.device_id != own_device and change.hlc > latest.get(change.device_id, ""):
            latest[change.device_id] = change.hlc
    if latest:
        connection.exec_driver_sql(
            "INSERT INTO sync_seen_devices (device_id, last_hlc) VALUES (?, ?) "
            "ON CONFLICT (device_id) DO UPDATE SET last_hlc = max(last_hlc, excluded.last_hlc)",
            list(latest.items()),
        )
    return stats


# --- what was sent ----------------------------------------------------------------------------


def keep_sent(session: Session, pushed: Sequence[outbox.Pending]) -> None:
    """Before the outbox lets go of a pushed batch: keep it for re-sending, note it as
    acknowledged, and forget what is older than ``KEEP_SENT``."""
    if not pushed:
        return
    connection = _connection(session)
    now = utcnow()
    connection.exec_driver_sql(
        "INSERT OR IGNORE INTO sync_sent "
        "(hlc, table_name, row_id, device_id, fields, bases, sent_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                item.hlc,
                item.table,
                item.row_id,
                item.device_id,
                item.fields_json,
                item.base_json,
                now.isoformat(timespec="microseconds"),
            )
            for item in pushed
        ],
    )
    _ensure_checkpoint(connection)
    latest = max(item.hlc for item in pushed)
    connection.exec_driver_sql(
        "UPDATE sync_hq_checkpoint SET acked_hlc = ? "
        "WHERE id = 1 AND (acked_hlc IS NULL OR acked_hlc < ?)",
        (latest, latest),
    )
    connection.exec_driver_sql(
        "DELETE FROM sync_sent WHERE sent_at < ?",
        ((now - KEEP_SENT).isoformat(timespec="microseconds"),),
    )


def sent_after(session: Session, hlc: str | None, limit: int) -> list[outbox.Pending]:
    """This laptop's acknowledged changes later than ``hlc`` (all when None), oldest first."""
    rows = _connection(session).exec_driver_sql(
        "SELECT 0, table_name, row_id, hlc, device_id, fields, bases FROM sync_sent "
        "WHERE hlc > ? ORDER BY hlc LIMIT ?",
        (hlc or "", limit),
    )
    return [outbox.Pending(*row) for row in rows]


# --- the check before each sync ---------------------------------------------------------------


@dataclass(frozen=True)
class Healing:
    """What a sync found of HQ and did about it."""

    epoch: str
    high_water: int
    behind: str | None = None  # why HQ was found behind, a sentence; None when it was not
    resent: int = 0  # changes of this laptop sent again
    cursor_from: int | None = None  # the cursor before it was moved back
    cursor_to: int | None = None

    @property
    def note(self) -> str | None:
        if self.behind is None:
            return None
        return (
            msg(
                "{behind} This laptop sent {resent:,} of its changes again and fetches from "
                "position {cursor_to:,} on.",
                behind=self.behind, resent=self.resent, cursor_to=self.cursor_to,
            )
        )


def _resume_position(answer: dict[str, Any], known_epoch: str, cursor: int) -> int:
    """The last position of this laptop's cursor that still names the same changes on HQ."""
    epochs = [item["epoch"] for item in answer["epochs"]]
    if known_epoch not in epochs:
        return 0  # an epoch HQ knows nothing of (restored from before it): from the start
    position = cursor
    for item in answer["epochs"][epochs.index(known_epoch) + 1 :]:
        position = min(position, int(item["position"] or 0))
    return position


def check_and_heal(
    db: Database,
    client: HqClient,
    device_id: str,
    progress: Callable[[int], None] | None = None,
) -> Healing:
    answer = client.checkpoint()
    epoch = str(answer["epoch"])
    high_water = int(answer["high_water"])
    hq_last = answer.get("device_last_hlc")
    with db.read() as session:
        connection = _connection(session)
        cursor = int(
            connection.exec_driver_sql("SELECT pull_cursor FROM sync_state WHERE id = 1").scalar()
            or 0
        )
        row = connection.exec_driver_sql(
            "SELECT epoch, acked_hlc FROM sync_hq_checkpoint WHERE id = 1"
        ).first()
    known_epoch, acked = (row[0], row[1]) if row else (None, None)
    behind = None
    resume = cursor
    if known_epoch is not None and known_epoch != epoch:
        behind = msg("HQ's database was restored from a backup or made anew since the last sync.")
        resume = _resume_position(answer, known_epoch, cursor)
    elif cursor > high_water:
        behind = msg("HQ holds fewer of the organization's changes than this laptop has seen.")
        resume = 0
    elif acked is not None and (hq_last is None or hq_last < acked):
        behind = msg("HQ no longer holds all the changes this laptop sent it.")
        resume = 0
    if behind is None:
        if known_epoch is None:
            with db.write() as session:
                connection = _connection(session)
                _ensure_checkpoint(connection)
                connection.exec_driver_sql(
                    "UPDATE sync_hq_checkpoint SET epoch = ? WHERE id = 1", (epoch,)
                )
        return Healing(epoch, high_water)
    log.warning("%s Sending again what HQ lacks.", behind)
    resent = _resend(db, client, device_id, hq_last, progress)
    healing = Healing(epoch, high_water, behind, resent, cursor, resume)
    with db.write() as session:
        connection = _connection(session)
        _ensure_checkpoint(connection)
        connection.exec_driver_sql(
            "UPDATE sync_state SET pull_cursor = ? WHERE id = 1 AND pull_cursor = ?",
            (resume, cursor),
        )
        connection.exec_driver_sql(
            "UPDATE sync_hq_checkpoint SET epoch = ?, healed_at = ?, heal_note = ? WHERE id = 1",
            (epoch, utcnow().isoformat(timespec="microseconds"), healing.note),
        )
    log.warning("healed HQ: %s", healing.note)
    return healing


def _resend(
    db: Database,
    client: HqClient,
    device_id: str,
    hq_last: str | None,
    progress: Callable[[int], None] | None,
) -> int:
    after = hq_last
    sent = 0
    while True:
        with db.read() as session:
            batch = sent_after(session, after, MAX_BATCH)
        if not batch:
            return sent
        client.push_body(outbox.push_body(outbox.batch_key(device_id, batch), batch))
        sent += len(batch)
        after = batch[-1].hlc
        if progress is not None:
            progress(sent)
