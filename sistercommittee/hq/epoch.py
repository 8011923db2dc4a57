"""HQ's epoch and the laptops' checkpoints: how a laptop tells that HQ went back in time.

HQ's database carries an **epoch**, a random id made when the database is created (migration
0002) and made anew whenever it is restored from a backup: ``sistercommittee-hq restore FILE``
does it for SQLite, and ``sistercommittee-hq epoch renew`` after a restore made with other tools
(pg_restore, a PostgreSQL point-in-time recovery, a copied file). A new epoch records where each
organization's feed stood when it began: positions up to there are the same changes as before,
later ones may be numbered anew.

Per laptop, HQ keeps the latest of its changes it holds (``device_checkpoints``, updated in the
push's own transaction). A laptop that remembers HQ acknowledging later changes than that, or a
cursor beyond HQ's feed, or another epoch, knows HQ lost something and heals it (sync/healing.py).
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from sistercommittee.domain.base import utcnow
from sistercommittee.errors import ValidationError
from sistercommittee.hq.database import HqConfigError, HqDatabase
from sistercommittee.hq.models import (
    DeviceCheckpoint,
    FeedCounter,
    HqEpoch,
    HqEpochPosition,
)

RESTORED = "restored"
RENEWED = "renewed"


def current_epoch(connection: Connection) -> str:
    epoch = connection.scalar(select(HqEpoch.epoch).order_by(HqEpoch.ordinal.desc()).limit(1))
    assert epoch is not None, "migration 0002 makes the first epoch"
    return epoch


def renew_epoch(db: HqDatabase, reason: str = RENEWED) -> str:
    """Begin a new epoch, noting where every organization's feed stands now."""
    epoch = str(uuid.uuid4())
    with db.write() as connection:
        ordinal = connection.scalar(select(func.max(HqEpoch.ordinal))) or 0
        connection.execute(
            insert(HqEpoch).values(
                epoch=epoch, ordinal=ordinal + 1, reason=reason, started_at=utcnow()
            )
        )
        positions = [
            {"epoch": epoch, "organization_id": org_id, "position": last_seq}
            for org_id, last_seq in connection.execute(
                select(FeedCounter.organization_id, FeedCounter.last_seq)
            )
        ]
        if positions:
            connection.execute(insert(HqEpochPosition), positions)
    return epoch


def restore_sqlite(url: str, backup: Path) -> str:
    """Put an SQLite backup of HQ's database in place (HQ must not be running), bring its schema
    up to date, and begin a new epoch. Returns the new epoch."""
    db = HqDatabase(url)
    try:
        if not db.is_sqlite:
            raise HqConfigError(
                "restore replaces an SQLite database. Restore PostgreSQL with its own tools "
                "(pg_restore, point-in-time recovery), then run 'sistercommittee-hq epoch renew'."
            )
        backup = Path(backup)
        if not backup.is_file():
            raise ValidationError.single("backup", f"There is no backup file {backup}.")
        try:
            source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
            try:
                tables = {row[0] for row in source.execute("SELECT name FROM sqlite_master")}
                if "changes" not in tables or "hq_alembic_version" not in tables:
                    raise ValidationError.single(
                        "backup", f"{backup} is not a backup of an HQ database."
                    )
                db.dispose()
                target = sqlite3.connect(db.engine.url.database or "")
                try:
                    source.backup(target)
                finally:
                    target.close()
            finally:
                source.close()
        except sqlite3.DatabaseError as error:
            raise ValidationError.single(
                "backup", f"{backup} cannot be read as an HQ database ({error})."
            ) from error
        db.upgrade()
        return renew_epoch(db, RESTORED)
    finally:
        db.dispose()


def record_received(
    connection: Connection, organization_id: str, device_id: str, rows: list[dict[str, Any]]
) -> None:
    """In the push's transaction: the device's checkpoint moves to the latest change stored."""
    if not rows:
        return
    latest = max(row["hlc"] for row in rows)
    last_seq = max(row["seq"] for row in rows)
    now = utcnow()
    held = connection.scalar(
        select(DeviceCheckpoint.last_hlc).where(
            DeviceCheckpoint.organization_id == organization_id,
            DeviceCheckpoint.device_id == device_id,
        )
    )
    if held is None:
        connection.execute(
            insert(DeviceCheckpoint).values(
                organization_id=organization_id,
                device_id=device_id,
                last_hlc=latest,
                last_seq=last_seq,
                updated_at=now,
            )
        )
    else:
        connection.execute(
            update(DeviceCheckpoint)
            .where(
                DeviceCheckpoint.organization_id == organization_id,
                DeviceCheckpoint.device_id == device_id,
            )
            .values(last_hlc=max(held, latest), last_seq=last_seq, updated_at=now)
        )


def checkpoint(db: HqDatabase, organization_id: str, device_id: str) -> dict[str, Any]:
    """What a laptop compares with what it knows: the epoch (and the earlier ones, with where this
    organization's feed stood when each began), the feed's end, and its own checkpoint."""
    with db.read() as connection:
        high_water = connection.scalar(
            select(FeedCounter.last_seq).where(FeedCounter.organization_id == organization_id)
        )
        epochs = connection.execute(
            select(HqEpoch.epoch, HqEpoch.reason, HqEpochPosition.position)
            .outerjoin(
                HqEpochPosition,
                (HqEpochPosition.epoch == HqEpoch.epoch)
                & (HqEpochPosition.organization_id == organization_id),
            )
            .order_by(HqEpoch.ordinal)
        ).all()
        device = connection.execute(
            select(DeviceCheckpoint.last_hlc, DeviceCheckpoint.last_seq).where(
                DeviceCheckpoint.organization_id == organization_id,
                DeviceCheckpoint.device_id == device_id,
            )
        ).first()
    return {
        "epoch": epochs[-1].epoch,
        "epochs": [
            {"epoch": row.epoch, "reason": row.reason, "position": row.position} for row in epochs
        ],
        "high_water": high_water or 0,
        "device_last_hlc": device.last_hlc if device else None,
        "device_last_seq": device.last_seq if device else None,
    }
