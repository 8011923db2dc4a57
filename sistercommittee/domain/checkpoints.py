"""Local bookkeeping that lets a laptop heal HQ after HQ was restored from an older backup, and
check after each sync that it holds what HQ holds. None of these rows sync.

- ``sync_sent``: this laptop's changes HQ has acknowledged, kept (with their bases) so that they
  can be sent again, exactly as they were, to an HQ that lost them.
- ``sync_seen_devices``: per other laptop, the latest clock of its changes merged here. Each
  laptop's changes reach the feed in the order they were made, so a change at or before that
  clock was merged already and is skipped when HQ hands it out again (after a restore).
- ``sync_hq_checkpoint``: one row: the HQ epoch this laptop last synced with, the latest of its
  own changes HQ acknowledged, and the outcome of the last sanity check.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sistercommittee.domain.base import Base
from sistercommittee.domain.types import UTCDateTime


class SentChange(Base):
    """A local change HQ acknowledged: what it set and what it was made on top of."""

    __tablename__ = "sync_sent"

    hlc: Mapped[str] = mapped_column(String(24), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    bases: Mapped[dict[str, Any]] = mapped_column(JSON)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)


class SeenDevice(Base):
    """The latest clock (HLC) of another laptop's changes merged into this database."""

    __tablename__ = "sync_seen_devices"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    last_hlc: Mapped[str] = mapped_column(String(24))


class HqCheckpoint(Base):
    """A single row: what this laptop knows of HQ, to tell when HQ went back in time."""

    __tablename__ = "sync_hq_checkpoint"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    epoch: Mapped[str | None] = mapped_column(String(36))  # HQ's database identity
    acked_hlc: Mapped[str | None] = mapped_column(String(24))  # latest own change HQ stored
    healed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    heal_note: Mapped[str | None] = mapped_column(Text)  # what the last healing did
    checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    check_position: Mapped[int | None] = mapped_column(Integer)  # feed position compared at
    check_problem: Mapped[str | None] = mapped_column(Text)  # None when the last check agreed
