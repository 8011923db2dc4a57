"""The organization this database belongs to: exactly one row per file."""

from __future__ import annotations

from sqlalchemy import Boolean, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from sistercommittee.domain.base import Base, Synced


class Organization(Synced, Base):
    __tablename__ = "organizations"

    name: Mapped[str] = mapped_column(String(200))
    city: Mapped[str] = mapped_column(String(200))
    region: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    sci_member_number: Mapped[str | None] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(35), default="en")  # BCP 47
    currency: Mapped[str] = mapped_column(String(3), default="USD")  # ISO 4217
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")  # IANA
    notes: Mapped[str | None] = mapped_column(Text)
    # HQ's directory lists the partnerships of committees that chose to be listed, with this
    # contact (an email or a web address); both travel to HQ with the organization's row.
    directory_listed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    public_contact: Mapped[str | None] = mapped_column(String(254))
    # What the town lives from, as the committee describes it ("tourism, wine, manufacturing"):
    # the partner finder matches it with the committees in HQ's directory.
    industries: Mapped[str | None] = mapped_column(String(300))
