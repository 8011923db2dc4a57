"""Local bookkeeping for sync: the outbox of changes not yet sent, and this laptop's sync state.

These rows never sync themselves.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from sistercommittee.domain.base import Base
from sistercommittee.domain.types import UTCDateTime


class OutboxEntry(Base):
    """One change to one row: the fields it set and their new values, stamped with the hybrid
    logical clock. Every field in ``fields`` carries this entry's timestamp for the per-field merge,
    so a new row is one entry, not one per column."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    hlc: Mapped[str] = mapped_column(String(24))
    device_id: Mapped[str] = mapped_column(String(36))


class SyncState(Base):
    """A single row: who this laptop is to the sync protocol and how far its clock has run."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    device_id: Mapped[str] = mapped_column(String(36))
    last_hlc: Mapped[str] = mapped_column(String(24))
    server_url: Mapped[str | None] = mapped_column(String(500))
    pull_cursor: Mapped[int] = mapped_column(Integer, default=0)
    last_synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
