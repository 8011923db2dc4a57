"""Photos of events and exchanges, who is in them and whether they agreed to publication, and
the stories a committee tells from its records."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sistercommittee.domain.base import Base, Synced
from sistercommittee.domain.types import ISODate, UTCDateTime


class Photo(Synced, Base):
    """A photo of an event or an exchange. The file lives beside the database under its hash,
    as MOU scans do; its thumbnail is made once, beside it."""

    __tablename__ = "photos"

    event_id: Mapped[str | None] = mapped_column(ForeignKey("events.id"), index=True)
    exchange_id: Mapped[str | None] = mapped_column(ForeignKey("exchanges.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))  # as the user named it
    sha256: Mapped[str] = mapped_column(String(64))
    media_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    caption: Mapped[str | None] = mapped_column(Text)
    taken_on: Mapped[date | None] = mapped_column(ISODate())
    credit: Mapped[str | None] = mapped_column(String(200))  # who took it
    # Minors once recorded in it whose records (and consent) a purge after the trip removed:
    # without them the photo cannot show it may be published, so it is not published again.
    minors_purged: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    people: Mapped[list[PhotoPerson]] = relationship(back_populates="photo")


class PhotoPerson(Synced, Base):
    """Someone pictured, and their consent to publication. A minor's counts only as a guardian's
    consent, recorded with the guardian's name and the date."""

    __tablename__ = "photo_people"

    photo_id: Mapped[str] = mapped_column(ForeignKey("photos.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    volunteer_id: Mapped[str | None] = mapped_column(ForeignKey("volunteers.id"), index=True)
    is_minor: Mapped[bool] = mapped_column(default=False)
    consent: Mapped[bool] = mapped_column(default=False)  # agreed to publication
    guardian_name: Mapped[str | None] = mapped_column(String(200))  # for a minor
    consent_on: Mapped[date | None] = mapped_column(ISODate())

    photo: Mapped[Photo] = relationship(back_populates="people")


class Story(Synced, Base):
    """A story told from an event or an exchange: its title, its text (drafted from the record,
    then the committee's own), the photos chosen, and when it was sent to HQ."""

    __tablename__ = "stories"

    event_id: Mapped[str | None] = mapped_column(ForeignKey("events.id"), index=True)
    exchange_id: Mapped[str | None] = mapped_column(ForeignKey("exchanges.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    photo_ids: Mapped[list[str]] = mapped_column(JSON, default=list)  # in the order shown
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # to HQ
