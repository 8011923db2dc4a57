"""Counts over the whole database, for `stats` and the status bar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from sistercommittee.domain import (
    Event,
    Exchange,
    HoursEntry,
    OutboxEntry,
    Partnership,
    SyncState,
    Volunteer,
)
from sistercommittee.services import organizations
from sistercommittee.services.hours import COUNTED as COUNTED_HOURS
from sistercommittee.storage.database import Database


@dataclass(frozen=True)
class Stats:
    organization: str
    partnerships: int
    partnerships_by_status: dict[str, int]
    volunteers: int
    active_volunteers: int
    events: int
    upcoming_events: int
    exchanges: int
    volunteer_hours: float
    pending_changes: int  # changes not yet sent to HQ
    last_synced_at: datetime | None
    #: The HQ server this laptop signed in to once (None: sync was never set up, and the
    #: pending changes are not "waiting for HQ", they are simply this laptop's records).
    sync_server: str | None = None


def database_stats(db: Database) -> Stats:
    now = datetime.now(UTC)
    with db.read() as session:
        org = organizations.current(session)
        by_status = {
            status.value: count
            for status, count in session.execute(
                select(Partnership.status, func.count())
                .where(Partnership.deleted_at.is_(None))
                .group_by(Partnership.status)
            )
        }
        volunteers, active = session.execute(
            select(
                func.count(),
                func.count().filter(Volunteer.active.is_(True)),
            ).where(Volunteer.deleted_at.is_(None))
        ).one()
        events = session.scalar(select(func.count()).where(Event.deleted_at.is_(None))) or 0
        upcoming = (
            session.scalar(
                select(func.count()).where(Event.deleted_at.is_(None), Event.starts_at >= now)
            )
            or 0
        )
        exchanges = session.scalar(select(func.count()).where(Exchange.deleted_at.is_(None))) or 0
        minutes = session.scalar(
            select(func.coalesce(func.sum(HoursEntry.minutes), 0)).where(
                HoursEntry.deleted_at.is_(None), COUNTED_HOURS
            )
        )
        pending = session.scalar(select(func.count()).select_from(OutboxEntry)) or 0
        sync_state = session.get(SyncState, 1)
        return Stats(
            organization=org.name,
            partnerships=sum(by_status.values()),
            partnerships_by_status=by_status,
            volunteers=int(volunteers),
            active_volunteers=int(active),
            events=int(events),
            upcoming_events=int(upcoming),
            exchanges=int(exchanges),
            volunteer_hours=round(int(minutes or 0) / 60, 1),
            pending_changes=int(pending),
            last_synced_at=sync_state.last_synced_at if sync_state else None,
            sync_server=sync_state.server_url if sync_state else None,
        )
