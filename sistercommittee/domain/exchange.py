"""Exchanges: delegations that travel between the cities, who goes, who hosts, what it costs."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sistercommittee.domain.base import Base, Synced
from sistercommittee.domain.enums import (
    BudgetCategory,
    CostBearer,
    ExchangeDirection,
    ExchangeProgram,
    ParticipantRole,
)
from sistercommittee.domain.outcomes import Outcomes
from sistercommittee.domain.types import EnumValue, ISODate, UTCDateTime


class Exchange(Outcomes, Synced, Base):
    __tablename__ = "exchanges"

    title: Mapped[str] = mapped_column(String(200))
    direction: Mapped[ExchangeDirection] = mapped_column(EnumValue(ExchangeDirection), index=True)
    program: Mapped[ExchangeProgram] = mapped_column(EnumValue(ExchangeProgram), index=True)
    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnerships.id"), index=True)
    starts_on: Mapped[date] = mapped_column(ISODate(), index=True)
    ends_on: Mapped[date] = mapped_column(ISODate())
    description: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    # Who pays, as the invitation letter of a visitor says it.
    travel_paid_by: Mapped[CostBearer | None] = mapped_column(EnumValue(CostBearer))
    stay_paid_by: Mapped[CostBearer | None] = mapped_column(EnumValue(CostBearer))

    participants: Mapped[list[Participant]] = relationship(back_populates="exchange")
    host_families: Mapped[list[HostFamily]] = relationship(back_populates="exchange")
    stays: Mapped[list[Stay]] = relationship(back_populates="exchange")
    itinerary: Mapped[list[ItineraryItem]] = relationship(
        back_populates="exchange", order_by="ItineraryItem.starts_at"
    )
    costs: Mapped[list[ExchangeCost]] = relationship(back_populates="exchange")


class Participant(Synced, Base):
    """A person in the delegation: one of our volunteers, or someone from outside."""

    __tablename__ = "exchange_participants"

    exchange_id: Mapped[str] = mapped_column(ForeignKey("exchanges.id"), index=True)
    volunteer_id: Mapped[str | None] = mapped_column(ForeignKey("volunteers.id"), index=True)
    name: Mapped[str | None] = mapped_column(String(200))  # when not a volunteer
    role: Mapped[ParticipantRole] = mapped_column(EnumValue(ParticipantRole))
    is_youth: Mapped[bool] = mapped_column(default=False)  # under 18, reported apart to HQ
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str | None] = mapped_column(Text)

    exchange: Mapped[Exchange] = relationship(back_populates="participants")


class HostFamily(Synced, Base):
    __tablename__ = "exchange_host_families"

    exchange_id: Mapped[str] = mapped_column(ForeignKey("exchanges.id"), index=True)
    family_name: Mapped[str] = mapped_column(String(200))
    name_reading: Mapped[str | None] = mapped_column(String(200))  # furigana (migration 0014)
    volunteer_id: Mapped[str | None] = mapped_column(ForeignKey("volunteers.id"))
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    notes: Mapped[str | None] = mapped_column(Text)

    exchange: Mapped[Exchange] = relationship(back_populates="host_families")


class Stay(Synced, Base):
    """Who stays with which host family, and when."""

    __tablename__ = "exchange_stays"

    exchange_id: Mapped[str] = mapped_column(ForeignKey("exchanges.id"), index=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("exchange_participants.id"))
    host_family_id: Mapped[str] = mapped_column(ForeignKey("exchange_host_families.id"))
    from_date: Mapped[date] = mapped_column(ISODate())
    to_date: Mapped[date] = mapped_column(ISODate())

    exchange: Mapped[Exchange] = relationship(back_populates="stays")


class ItineraryItem(Synced, Base):
    __tablename__ = "exchange_itinerary"

    exchange_id: Mapped[str] = mapped_column(ForeignKey("exchanges.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    time_zone: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(200))
    place: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)

    exchange: Mapped[Exchange] = relationship(back_populates="itinerary")


class ExchangeCost(Synced, Base):
    __tablename__ = "exchange_costs"

    exchange_id: Mapped[str] = mapped_column(ForeignKey("exchanges.id"), index=True)
    category: Mapped[BudgetCategory] = mapped_column(EnumValue(BudgetCategory))
    description: Mapped[str | None] = mapped_column(String(200))
    currency: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int] = mapped_column(Integer)
    in_kind: Mapped[bool] = mapped_column(default=False)

    exchange: Mapped[Exchange] = relationship(back_populates="costs")
