"""Events: when and where, which partnerships, who staffs them, what they cost and raised."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sistercommittee.domain.base import Base, Synced
from sistercommittee.domain.enums import BudgetCategory, BudgetDirection, EventKind
from sistercommittee.domain.outcomes import Outcomes
from sistercommittee.domain.types import EnumValue, UTCDateTime


class Event(Outcomes, Synced, Base):
    __tablename__ = "events"

    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[EventKind] = mapped_column(EnumValue(EventKind), index=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)  # UTC
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())  # UTC
    time_zone: Mapped[str] = mapped_column(String(64))  # IANA zone of the venue
    venue: Mapped[str | None] = mapped_column(String(200))
    attendance: Mapped[int | None] = mapped_column(Integer)
    youth_attendance: Mapped[int | None] = mapped_column(Integer)  # of them under 18
    outcome: Mapped[str | None] = mapped_column(Text)

    partnership_links: Mapped[list[EventPartnership]] = relationship(back_populates="event")
    shifts: Mapped[list[Shift]] = relationship(back_populates="event", order_by="Shift.starts_at")
    budget_lines: Mapped[list[BudgetLine]] = relationship(back_populates="event")


class EventPartnership(Synced, Base):
    """Links an event to a partnership it concerns (an event may concern several)."""

    __tablename__ = "event_partnerships"

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnerships.id"), index=True)

    event: Mapped[Event] = relationship(back_populates="partnership_links")


class Shift(Synced, Base):
    """A slot of an event's staffing plan, filled by a volunteer or still open."""

    __tablename__ = "event_shifts"

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    role: Mapped[str] = mapped_column(String(100))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())
    volunteer_id: Mapped[str | None] = mapped_column(ForeignKey("volunteers.id"), index=True)

    event: Mapped[Event] = relationship(back_populates="shifts")


class BudgetLine(Synced, Base):
    """One line of an event's budget: planned and actual amounts in minor units."""

    __tablename__ = "event_budget_lines"

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    direction: Mapped[BudgetDirection] = mapped_column(EnumValue(BudgetDirection))
    category: Mapped[BudgetCategory] = mapped_column(EnumValue(BudgetCategory))
    description: Mapped[str | None] = mapped_column(String(200))
    currency: Mapped[str] = mapped_column(String(3))
    planned_minor: Mapped[int | None] = mapped_column(Integer)
    actual_minor: Mapped[int | None] = mapped_column(Integer)
    in_kind: Mapped[bool] = mapped_column(default=False)  # goods or services, not cash

    event: Mapped[Event] = relationship(back_populates="budget_lines")
