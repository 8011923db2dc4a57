"""Declarative base and the columns every synced row carries."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from sistercommittee.domain.types import UTCDateTime
from sistercommittee.ids import new_id

# Stable constraint names, so that Alembic migrations can refer to them on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Synced:
    """Columns of a row that syncs: a UUIDv7 key, timestamps and a tombstone.

    A deleted row stays in the table with ``deleted_at`` set, so that the delete can travel to the
    other laptops and be merged like any other field change.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)

    # Never sent as field changes: the key, and when this laptop last touched the row.
    LOCAL_COLUMNS = frozenset({"id", "updated_at"})


# The info of a column that stays on this laptop, never sent as a field change: one derived
# from the row for this laptop alone (a name's sort key in the user's language).
LOCAL = {"local": True}


def travels(column: Any) -> bool:
    """Whether a column of a synced table is sent to the other laptops as field changes."""
    return column.name not in Synced.LOCAL_COLUMNS and not column.info.get("local")
