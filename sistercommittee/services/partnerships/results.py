"""What the partnership reads return: list rows, details, status steps, contacts, the query."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from sistercommittee.domain.enums import (
    FocusArea,
    PartnershipKind,
    PartnershipStatus,
)

# --- results ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PartnershipRow:
    id: str
    city_name: str
    city_name_local: str | None
    region: str | None
    country: str
    kind: PartnershipKind
    status: PartnershipStatus
    signed_on: date | None
    focus_areas: tuple[str, ...]
    last_activity: date | None  # the date of the latest event or exchange (may be planned)
    events_count: int
    exchanges_count: int


@dataclass(frozen=True)
class StatusStep:
    from_status: PartnershipStatus | None  # None for the status it was added with
    to_status: PartnershipStatus
    changed_on: date
    note: str | None


@dataclass(frozen=True)
class ContactInfo:
    id: str
    name: str
    title: str | None
    organization: str | None
    email: str | None
    phone: str | None
    language: str | None
    notes: str | None


@dataclass(frozen=True)
class MouSummary:
    id: str
    signed_on: date | None
    signed_place: str | None
    languages: tuple[str, ...]
    signatories_count: int
    scans_count: int


@dataclass(frozen=True)
class PartnershipDetail:
    id: str
    label: str  # "Takayama (高山市), Japan"
    city_name: str
    city_name_local: str | None
    region: str | None
    country: str
    country_name: str
    language: str | None
    time_zone: str | None
    kind: PartnershipKind
    status: PartnershipStatus
    next_statuses: tuple[PartnershipStatus, ...]
    signed_on: date | None
    focus_areas: tuple[str, ...]
    committee: str | None
    notes: str | None
    created_at: datetime
    last_activity: date | None
    events_count: int
    exchanges_count: int
    history: tuple[StatusStep, ...]  # in the order recorded
    contacts: tuple[ContactInfo, ...]
    mous: tuple[MouSummary, ...]  # latest signed first


PartnershipSortKey = Literal[
    "city_name", "country", "status", "signed_on", "created", "last_activity"
]


@dataclass(frozen=True)
class PartnershipQuery:
    search: str = ""  # in the English and local names and the region
    country: str | None = None
    status: PartnershipStatus | None = None
    kind: PartnershipKind | None = None
    focus_area: FocusArea | None = None
    sort: PartnershipSortKey = "city_name"
    descending: bool = False
    offset: int = 0
    limit: int = 100
