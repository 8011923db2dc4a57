"""Local bookkeeping of the sync merge: which change each field's value came from, what it was
based on, the edits that lost, and this laptop's HQ account. None of these rows sync.

Clocks are text ``"<hlc>@<device id>"``: the HLC part is fixed-width, so comparing two clocks as
strings orders them by time first and by device id on a tie, the same on every laptop.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from sistercommittee.domain.base import Base
from sistercommittee.domain.types import ISODate, UTCDateTime


class RowClocks(Base):
    """The clock of the change each field of one synced row holds now.

    ``clocks`` is ``{"*": clock, field: clock, ...}``: ``"*"`` covers every field not named, so a
    row that was created and never edited costs one short entry.
    """

    __tablename__ = "sync_row_clocks"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    clocks: Mapped[dict[str, str]] = mapped_column(JSON)


class OutboxBase(Base):
    """For a local change still in the outbox: the clock of each value it replaced (its base), so
    that every laptop can tell an edit made on top of another from two edits made apart."""

    __tablename__ = "sync_outbox_bases"

    hlc: Mapped[str] = mapped_column(String(24), primary_key=True)
    bases: Mapped[dict[str, str]] = mapped_column(JSON)


class UnknownField(Base):
    """A value of a field this version of the app does not know, received from a laptop with a
    newer schema (or a row of a table it does not know): kept aside with its clock in
    ``sync_row_clocks``, merged by the same rule as any field, and moved into its column once an
    upgrade brings the column (sync.unknown.learn)."""

    __tablename__ = "sync_unknown_fields"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)

    __table_args__ = (Index("ix_sync_unknown_fields_table_name_field", "table_name", "field"),)


class Conflict(Base):
    """A value that lost the merge to an edit made elsewhere without seeing it ("Changed by two
    people"), or an edit made to a record that was deleted elsewhere meanwhile."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (UniqueConstraint("table_name", "row_id", "field", "losing_clock"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    losing_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    losing_clock: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(24))  # "changed" or "deleted"
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime())
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    resolution: Mapped[str | None] = mapped_column(String(24))  # "restored" or "dismissed"


class SyncAccount(Base):
    """A single row: the HQ organization and user this database signs in as. Never the token,
    which lives only in the operating system's keyring."""

    __tablename__ = "sync_account"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    organization_id: Mapped[str] = mapped_column(String(36))
    organization_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254))
    role: Mapped[str] = mapped_column(String(24))
    signed_in_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # HQ says the role and the organization's membership standing in every sync answer
    # (migration 0014_sync_membership); empty until the first sync that did.
    membership: Mapped[str | None] = mapped_column(String(16))  # good, lapsed or none
    dues_paid_through: Mapped[date | None] = mapped_column(ISODate())
    role_learned_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
