"""A partnership with a city abroad, its status history, partner-side contacts and the MOU."""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sistercommittee.domain.base import Base, Synced
from sistercommittee.domain.enums import PartnershipKind, PartnershipStatus, SignatorySide
from sistercommittee.domain.types import EnumValue, ISODate


class Partnership(Synced, Base):
    __tablename__ = "partnerships"

    city_name: Mapped[str] = mapped_column(String(200), index=True)  # in English
    city_name_local: Mapped[str | None] = mapped_column(String(200))  # in the city's own script
    region: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2), index=True)
    language: Mapped[str | None] = mapped_column(String(35))  # the partner's language, BCP 47
    time_zone: Mapped[str | None] = mapped_column(String(64))  # of the partner city
    kind: Mapped[PartnershipKind] = mapped_column(EnumValue(PartnershipKind))
    status: Mapped[PartnershipStatus] = mapped_column(EnumValue(PartnershipStatus), index=True)
    signed_on: Mapped[date | None] = mapped_column(ISODate())
    focus_areas: Mapped[list[str]] = mapped_column(JSON, default=list)
    # The partner city's own days worth marking, "MM-DD name" or "YYYY-MM-DD name" (migration 0009).
    marked_dates: Mapped[list[str]] = mapped_column(JSON, default=list)
    committee: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)

    status_changes: Mapped[list[StatusChange]] = relationship(
        back_populates="partnership", order_by="StatusChange.changed_on"
    )
    contacts: Mapped[list[PartnerContact]] = relationship(back_populates="partnership")
    mous: Mapped[list[Mou]] = relationship(back_populates="partnership")


class StatusChange(Synced, Base):
    """One step of a partnership's lifecycle, kept as history."""

    __tablename__ = "partnership_status_changes"

    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnerships.id"), index=True)
    from_status: Mapped[PartnershipStatus | None] = mapped_column(EnumValue(PartnershipStatus))
    to_status: Mapped[PartnershipStatus] = mapped_column(EnumValue(PartnershipStatus))
    changed_on: Mapped[date] = mapped_column(ISODate())
    note: Mapped[str | None] = mapped_column(Text)

    partnership: Mapped[Partnership] = relationship(back_populates="status_changes")


class PartnerContact(Synced, Base):
    """A person on the partner city's side: city hall, the partner committee, a school."""

    __tablename__ = "partner_contacts"

    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnerships.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))
    organization: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(20))  # E.164
    language: Mapped[str | None] = mapped_column(String(35))
    notes: Mapped[str | None] = mapped_column(Text)
    # Written to and not answered yet: the health view flags it after a month (migration 0009).
    awaiting_reply_since: Mapped[date | None] = mapped_column(ISODate())

    partnership: Mapped[Partnership] = relationship(back_populates="contacts")


class Mou(Synced, Base):
    """The memorandum of understanding signed by both cities."""

    __tablename__ = "mous"

    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnerships.id"), index=True)
    signed_on: Mapped[date | None] = mapped_column(ISODate())
    signed_place: Mapped[str | None] = mapped_column(String(200))  # in English
    # In the partner's language, as printed in its column: the place of signing, and our city.
    signed_place_local: Mapped[str | None] = mapped_column(String(200))
    home_city_local: Mapped[str | None] = mapped_column(String(200))
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)  # BCP 47 tags of the text

    partnership: Mapped[Partnership] = relationship(back_populates="mous")
    signatories: Mapped[list[MouSignatory]] = relationship(
        back_populates="mou", order_by="(MouSignatory.side, MouSignatory.position)"
    )
    texts: Mapped[list[MouText]] = relationship(back_populates="mou")
    scans: Mapped[list[MouScan]] = relationship(back_populates="mou")


class MouSignatory(Synced, Base):
    __tablename__ = "mou_signatories"

    mou_id: Mapped[str] = mapped_column(ForeignKey("mous.id"), index=True)
    side: Mapped[SignatorySide] = mapped_column(EnumValue(SignatorySide))
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    name_local: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))  # in English
    title_local: Mapped[str | None] = mapped_column(String(200))  # in the partner's language
    left_office_on: Mapped[date | None] = mapped_column(ISODate())  # migration 0009

    mou: Mapped[Mou] = relationship(back_populates="signatories")


class MouText(Synced, Base):
    """The MOU's text in one language."""

    __tablename__ = "mou_texts"

    mou_id: Mapped[str] = mapped_column(ForeignKey("mous.id"), index=True)
    language: Mapped[str] = mapped_column(String(35))
    text: Mapped[str] = mapped_column(Text)

    mou: Mapped[Mou] = relationship(back_populates="texts")


class MouScan(Synced, Base):
    """A scanned page of the signed MOU. The file lives beside the database under its hash."""

    __tablename__ = "mou_scans"

    mou_id: Mapped[str] = mapped_column(ForeignKey("mous.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))  # as the user named it
    sha256: Mapped[str] = mapped_column(String(64))
    media_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer)

    mou: Mapped[Mou] = relationship(back_populates="scans")
