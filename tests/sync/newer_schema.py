"""A laptop one schema version ahead, for the tests: its volunteers have a ``pronouns`` column that
this version does not know, added by what stands in for the newer version's migration, and its
edits of that field are written as that version's change capture would write them (the value and
its outbox entry in one transaction, stamped by the laptop's clock)."""

from __future__ import annotations

from sqlalchemy import select, text

from sistercommittee.domain import OutboxEntry, SyncState
from sistercommittee.storage.clock import HybridClock, Timestamp
from sistercommittee.storage.database import Database

NEWER_FIELD = "pronouns"


def upgrade(db: Database) -> None:
    """What the newer version's migration does to a laptop's database."""
    with db.write() as session:
        session.execute(text(f"ALTER TABLE volunteers ADD COLUMN {NEWER_FIELD} VARCHAR(40)"))


def set_newer_field(db: Database, volunteer_id: str, value: str | None) -> None:
    with db.write() as session:
        state = session.scalar(select(SyncState).where(SyncState.id == 1))
        assert state is not None
        clock = HybridClock(Timestamp.decode(state.last_hlc))
        hlc = clock.tick().encode()
        session.execute(
            text(f"UPDATE volunteers SET {NEWER_FIELD} = :value WHERE id = :id"),
            {"value": value, "id": volunteer_id},
        )
        session.add(
            OutboxEntry(
                table_name="volunteers",
                row_id=volunteer_id,
                fields={NEWER_FIELD: value},
                hlc=hlc,
                device_id=state.device_id,
            )
        )
        state.last_hlc = clock.last.encode()


def newer_field(db: Database, volunteer_id: str) -> str | None:
    with db.read() as session:
        return session.scalar(  # type: ignore[no-any-return]
            text(f"SELECT {NEWER_FIELD} FROM volunteers WHERE id = :id"), {"id": volunteer_id}
        )


def kept_aside(db: Database) -> list[tuple[str, str, str, object]]:
    import json

    with db.read() as session:
        rows = session.execute(
            text(
                "SELECT table_name, row_id, field, value FROM sync_unknown_fields ORDER BY 1, 2, 3"
            )
        ).all()
    return [(row[0], row[1], row[2], json.loads(row[3])) for row in rows]
