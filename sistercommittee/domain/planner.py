"""The delegation planner's records: what the committee knows about each traveller and host family
for planning (passports, languages, allergies, availability), the ticks of the checklist, the visa
lead times the committee corrected, its privacy setting, and the record of each purge.

Rows that stand for "the one X of Y" (the details of a participant, the tick of one checklist
item, the lead time of one country) get an id derived from what they describe (``planner_id``), so
that two laptops filling them in apart make the same row and sync merges them field by field.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sistercommittee.domain.base import Base, Synced
from sistercommittee.domain.types import ISODate, UTCDateTime

_NAMESPACE = uuid.UUID("6f3b0c1e-2d4a-5b8e-9c7d-1a2b3c4d5e6f")


def planner_id(kind: str, *parts: str) -> str:
    """The id of the one row of ``kind`` for ``parts`` (a UUID version 5, lower case)."""
    return str(uuid.uuid5(_NAMESPACE, "/".join((kind, *parts))))


class ParticipantDetails(Synced, Base):
    """Planning data of one participant. For minors, the personal fields are purged a set time
    after the trip (see services/planner/privacy.py); ``purged_at`` says when."""

    __tablename__ = "participant_details"

    participant_id: Mapped[str] = mapped_column(ForeignKey("exchange_participants.id"), index=True)
    date_of_birth: Mapped[date | None] = mapped_column(ISODate())
    gender: Mapped[str | None] = mapped_column(String(20))  # female, male, other
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)  # BCP 47 tags
    allergies: Mapped[str | None] = mapped_column(Text)
    medical_notes: Mapped[str | None] = mapped_column(Text)
    passport_number: Mapped[str | None] = mapped_column(String(40))
    passport_expires_on: Mapped[date | None] = mapped_column(ISODate())
    nationality: Mapped[str | None] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    emergency_contact: Mapped[str | None] = mapped_column(String(300))
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class HostFamilyDetails(Synced, Base):
    """What matching guests to a host family needs beyond its beds (``HostFamily.capacity``)."""

    __tablename__ = "host_family_details"

    host_family_id: Mapped[str] = mapped_column(ForeignKey("exchange_host_families.id"), index=True)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    pets: Mapped[str | None] = mapped_column(String(200))  # "a dog, two cats"; empty: none
    available_from: Mapped[date | None] = mapped_column(ISODate())  # the first night
    available_to: Mapped[date | None] = mapped_column(ISODate())  # the day the last guest leaves
    guest_gender: Mapped[str] = mapped_column(String(20), default="any")  # any, female, male
    takes_minors: Mapped[bool] = mapped_column(default=True)


class ChecklistCheck(Synced, Base):
    """The tick of one checklist item of an exchange (``item_key`` names the item), or an item
    the committee added itself (``item_key`` "custom/…", with its ``title`` and ``due_on``)."""

    __tablename__ = "checklist_checks"

    exchange_id: Mapped[str] = mapped_column(ForeignKey("exchanges.id"), index=True)
    item_key: Mapped[str] = mapped_column(String(120))
    done_on: Mapped[date | None] = mapped_column(ISODate())
    done_by: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(String(200))
    due_on: Mapped[date | None] = mapped_column(ISODate())


class VisaLeadTime(Synced, Base):
    """The committee's own figure for a destination country, over the shipped default."""

    __tablename__ = "visa_lead_times"

    country: Mapped[str] = mapped_column(String(2), index=True)
    visa_required: Mapped[bool] = mapped_column(default=True)
    lead_days: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)


class PlannerSettings(Synced, Base):
    """The committee's privacy choice: minors' data is purged this many days after the trip."""

    __tablename__ = "planner_settings"

    purge_after_days: Mapped[int] = mapped_column(Integer, default=90)
    reminder_days: Mapped[int] = mapped_column(Integer, default=14)


class MinorDataPurge(Synced, Base):
    """The record that minors' personal data of an exchange was purged: when, by whom, how much.
    Kept for the committee's accountability; it holds no personal data itself."""

    __tablename__ = "minor_data_purges"

    exchange_id: Mapped[str] = mapped_column(ForeignKey("exchanges.id"), index=True)
    purged_at: Mapped[datetime] = mapped_column(UTCDateTime())
    purged_by: Mapped[str | None] = mapped_column(String(200))
    minors: Mapped[int] = mapped_column(Integer)
    fields_cleared: Mapped[int] = mapped_column(Integer)
    records_removed: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[date] = mapped_column(ISODate())
    # What was removed, by kind (None on purges recorded before these were counted).
    planning_details: Mapped[int | None] = mapped_column(Integer)  # minors' details rows
    consent_forms: Mapped[int | None] = mapped_column(Integer)  # parental consent form ticks
    photo_consents: Mapped[int | None] = mapped_column(Integer)  # minors recorded in photos
    photos_withheld: Mapped[int | None] = mapped_column(Integer)  # photos no longer published
    stories_changed: Mapped[int | None] = mapped_column(Integer)  # unsent stories without them
