"""The check after each sync, as Anki does it: this laptop and HQ count the live rows of each
table at the same feed position and compare. They must agree (every laptop that merged the same
changes holds the same records); when they do not, the sync says so, ``sync status`` shows it
until a later check agrees, and both sides log it, instead of the difference staying hidden.

HQ counts in its working copy of the organization (hq/snapshot.py), caught up to the laptop's
position. The check compares the tables this sync sent or received changes of (after a join or
a healing, all tables), so an incremental sync stays cheap on a large database. It is skipped
while this laptop has changes HQ does not have yet, and when HQ cannot count at that position
right now (its copy already moved past it, or is far behind), or when this laptop holds changes
of some laptop that HQ does not (HQ restored, and that laptop has not sent them again yet): the
next sync checks again. Which changes each side holds is told by the latest clock merged per
laptop, which the request carries.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection

from sistercommittee.domain import SYNCED_MODELS
from sistercommittee.domain.base import utcnow
from sistercommittee.messages import msg
from sistercommittee.storage.database import Database
from sistercommittee.sync.client import HqClient

log = logging.getLogger(__name__)

ALL_TABLES: tuple[str, ...] = tuple(
    model.__tablename__  # type: ignore[attr-defined]
    for model in SYNCED_MODELS
)


@dataclass(frozen=True)
class CheckOutcome:
    position: int
    tables: tuple[str, ...]
    mismatches: dict[str, tuple[int, int]] = field(default_factory=dict)  # table: (here, HQ)

    @property
    def problem(self) -> str | None:
        if not self.mismatches:
            return None
        parts = ", ".join(
            f"{name.replace('_', ' ')}: {here:,} here, {hq:,} on HQ"
            for name, (here, hq) in sorted(self.mismatches.items())
        )
        return (
            msg(
                "This laptop and HQ disagree on how many records there are ({parts}). Nothing "
                "was changed because of it; tell whoever looks after HQ.",
                parts=parts,
            )
        )


def live_counts(connection: Connection, tables: Iterable[str]) -> dict[str, int]:
    return {
        name: int(
            connection.exec_driver_sql(
                f'SELECT count(*) FROM "{name}" WHERE deleted_at IS NULL'
            ).scalar()
            or 0
        )
        for name in tables
    }


def outgoing_tables(db: Database) -> set[str]:
    """The tables of the changes waiting to be sent."""
    with db.read() as session:
        rows = session.connection().exec_driver_sql("SELECT DISTINCT table_name FROM outbox")
        return {row[0] for row in rows}


def check(db: Database, client: HqClient, tables: Iterable[str]) -> CheckOutcome | None:
    """Compare live rows per table with HQ at this laptop's position; None when not compared."""
    wanted = tuple(name for name in ALL_TABLES if name in set(tables))
    if not wanted:
        return None
    with db.read() as session:
        connection = session.connection()
        if connection.exec_driver_sql("SELECT 1 FROM outbox LIMIT 1").first() is not None:
            return None  # changes HQ does not have yet: the counts would differ by them
        position = int(
            connection.exec_driver_sql("SELECT pull_cursor FROM sync_state").scalar() or 0
        )
        here = live_counts(connection, wanted)
        seen = dict(
            connection.exec_driver_sql("SELECT device_id, last_hlc FROM sync_seen_devices").all()
        )
        own = connection.exec_driver_sql(
            "SELECT s.device_id, c.acked_hlc FROM sync_state AS s "
            "JOIN sync_hq_checkpoint AS c ON c.id = 1 WHERE c.acked_hlc IS NOT NULL"
        ).first()
        if own is not None:
            seen[own[0]] = own[1]
    answer = client.check(position, here, seen)
    if not answer.get("compared"):
        return None
    mismatches = {
        name: (int(pair[0]), int(pair[1])) for name, pair in answer.get("mismatches", {}).items()
    }
    outcome = CheckOutcome(position, wanted, mismatches)
    with db.write() as session:
        connection = session.connection()
        connection.exec_driver_sql("INSERT OR IGNORE INTO sync_hq_checkpoint (id) VALUES (1)")
        connection.exec_driver_sql(
            "UPDATE sync_hq_checkpoint SET checked_at = ?, check_position = ?, check_problem = ? "
            "WHERE id = 1",
            (utcnow().isoformat(timespec="microseconds"), position, outcome.problem),
        )
    if outcome.problem:
        log.warning("check after sync at position %d: %s", position, outcome.problem)
    return outcome
