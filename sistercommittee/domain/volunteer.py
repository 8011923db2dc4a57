"""Volunteers, the languages they speak and the hours they give."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, LargeBinary, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sistercommittee.domain.base import LOCAL, Base, Synced
from sistercommittee.domain.enums import HoursDecision, HoursKind, HoursStatus, LanguageLevel
from sistercommittee.domain.types import EnumValue, ISODate, UTCDateTime

_LIVE = text("deleted_at IS NULL")  # partial indexes over rows not deleted


class Volunteer(Synced, Base):
    __tablename__ = "volunteers"
    __table_args__ = (
        # The list's name and email orders over live volunteers: deep pages skip rows in the index
        # without reading them (migration 0003).
        Index("ix_volunteers_live_sort_name", "sort_name", "id", sqlite_where=_LIVE),
        Index("ix_volunteers_live_email", "email", "id", sqlite_where=_LIVE),
        # The same orders in the user's language (migration 0014).
        Index("ix_volunteers_live_name_key", "name_key", "id", sqlite_where=_LIVE),
        Index("ix_volunteers_live_family_key", "family_key", "id", sqlite_where=_LIVE),
    )

    given_name: Mapped[str] = mapped_column(String(100))
    family_name: Mapped[str | None] = mapped_column(String(100), index=True)
    # Lower-cased "given family" for search and sort without a function index.
    sort_name: Mapped[str] = mapped_column(String(201), index=True)
    # How the name is read (furigana, in kana), for the Japanese order.
    name_reading: Mapped[str | None] = mapped_column(String(200))
    # Where the name and the family name sort in the user's language (sistercommittee.names):
    # this laptop's own, kept by storage/name_keys.py in the collation of ``name_collation``.
    name_key: Mapped[bytes | None] = mapped_column(LargeBinary, info=LOCAL)
    family_key: Mapped[bytes | None] = mapped_column(LargeBinary, info=LOCAL)
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    phone: Mapped[str | None] = mapped_column(String(20))  # E.164
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)
    skills: Mapped[list[str]] = mapped_column(JSON, default=list)
    committees: Mapped[list[str]] = mapped_column(JSON, default=list)
    contact_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_date: Mapped[date | None] = mapped_column(ISODate())
    emergency_contact_name: Mapped[str | None] = mapped_column(String(200))
    emergency_contact_phone: Mapped[str | None] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    notes: Mapped[str | None] = mapped_column(Text)

    languages: Mapped[list[VolunteerLanguage]] = relationship(back_populates="volunteer")


class NameCollation(Base):
    """The collation the stored name keys were made in, and their version ("ja@1"); one row."""

    __tablename__ = "name_collation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    collation: Mapped[str] = mapped_column(String(40))


class VolunteerLanguage(Synced, Base):
    __tablename__ = "volunteer_languages"

    volunteer_id: Mapped[str] = mapped_column(ForeignKey("volunteers.id"), index=True)
    language: Mapped[str] = mapped_column(String(35), index=True)  # BCP 47
    level: Mapped[LanguageLevel] = mapped_column(EnumValue(LanguageLevel))

    volunteer: Mapped[Volunteer] = relationship(back_populates="languages")


class HoursEntry(Synced, Base):
    """Time a volunteer gave, for an event or another activity."""

    __tablename__ = "volunteer_hours"
    __table_args__ = (
        # Hours totals per volunteer, read from the index alone (migration 0003).
        Index("ix_volunteer_hours_volunteer_live_minutes", "volunteer_id", "deleted_at", "minutes"),
    )

    volunteer_id: Mapped[str] = mapped_column(ForeignKey("volunteers.id"), index=True)
    event_id: Mapped[str | None] = mapped_column(ForeignKey("events.id"), index=True)
    activity: Mapped[str | None] = mapped_column(String(200))
    worked_on: Mapped[date] = mapped_column(ISODate(), index=True)
    minutes: Mapped[int] = mapped_column(Integer)
    kind: Mapped[HoursKind] = mapped_column(EnumValue(HoursKind))
    notes: Mapped[str | None] = mapped_column(Text)
    # Logged by the volunteer: pending until a coordinator approves it (migration 0009).
    self_logged: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[HoursStatus] = mapped_column(
        EnumValue(HoursStatus), default=HoursStatus.APPROVED, index=True
    )


class HoursReview(Synced, Base):
    """A coordinator's decision on self-logged hours: who decided what, and when (the audit)."""

    __tablename__ = "volunteer_hours_reviews"

    hours_id: Mapped[str] = mapped_column(ForeignKey("volunteer_hours.id"), index=True)
    decision: Mapped[HoursDecision] = mapped_column(EnumValue(HoursDecision))
    reviewer: Mapped[str] = mapped_column(String(200))
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    minutes: Mapped[int] = mapped_column(Integer)  # what was approved or declined
    note: Mapped[str | None] = mapped_column(Text)
