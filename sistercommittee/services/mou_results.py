"""What the MOU reads return: list rows, a MOU's details with its signatories, texts and scans,
and the list query."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from sistercommittee.domain.enums import SignatorySide


@dataclass(frozen=True)
class SignatoryInfo:
    id: str
    side: SignatorySide
    position: int
    name: str
    name_local: str | None
    title: str | None
    title_local: str | None


@dataclass(frozen=True)
class MouTextInfo:
    id: str
    language: str
    text: str


@dataclass(frozen=True)
class ScanInfo:
    id: str
    file_name: str
    sha256: str
    media_type: str
    size_bytes: int
    attached_at: datetime


@dataclass(frozen=True)
class MouRow:
    id: str
    partnership_id: str
    city_name: str
    country: str
    signed_on: date | None
    signed_place: str | None
    languages: tuple[str, ...]
    signatories_count: int
    scans_count: int


@dataclass(frozen=True)
class MouDetail:
    id: str
    partnership_id: str
    city_name: str
    city_name_local: str | None
    country: str
    signed_on: date | None
    signed_place: str | None
    signed_place_local: str | None
    home_city_local: str | None
    languages: tuple[str, ...]
    signatories: tuple[SignatoryInfo, ...]  # home side first, each side by position
    texts: tuple[MouTextInfo, ...]  # in the order of languages
    scans: tuple[ScanInfo, ...]  # in the order attached


MouSortKey = Literal["signed_on", "created", "city_name"]


@dataclass(frozen=True)
class MouQuery:
    partnership_id: str | None = None
    sort: MouSortKey = "signed_on"
    descending: bool = False
    offset: int = 0
    limit: int = 100
