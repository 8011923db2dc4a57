"""The directory: the partnerships of members who chose, in the app's organization details, to be
listed, with the committee's public contact. Staff see it in the console; the public sees the
same list at /directory/ once staff publish it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import insert, select, update

from sistercommittee.domain.base import utcnow
from sistercommittee.hq.console import audit
from sistercommittee.hq.console.records import MemberRecordsCache
from sistercommittee.hq.database import HqDatabase
from sistercommittee.hq.models import ConsoleSetting, HqOrganization

PUBLIC_DIRECTORY = "public_directory"
LISTED_STATUSES = ("active", "dormant")  # partnerships both cities have agreed to
KIND_LABELS = {
    "sister_city": "Sister city",
    "friendship_city": "Friendship city",
    "sister_county": "Sister county",
    "sister_state": "Sister state",
}


@dataclass(frozen=True)
class DirectoryEntry:
    committee: str
    home_city: str
    home_country: str
    partner_city: str
    partner_city_local: str | None
    partner_country: str
    kind: str
    signed_year: int | None
    contact: str | None

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind.replace("_", " ").capitalize())


def entries(
    db: HqDatabase,
    records: MemberRecordsCache,
    *,
    city: str = "",
    country: str = "",
    kind: str = "",
) -> list[DirectoryEntry]:
    """Listed members' partnerships; ``city`` and ``country`` match either city of a pair
    (part of a name, or a two-letter code), ``kind`` one kind exactly."""
    with db.read() as connection:
        names = dict(connection.execute(select(HqOrganization.id, HqOrganization.name)).all())
    city_needle = city.strip().casefold()
    country_needle = country.strip().casefold()
    if len(country_needle) > 2:  # a name ("Japan", "Japón") rather than a code
        from sistercommittee.services import countries

        found_code = countries.lookup(country.strip())
        country_needle = found_code.casefold() if found_code else country_needle
    found = []
    for org_id, member in records.records().items():
        if not member.listed_in_directory or member.organization is None:
            continue
        own = member.organization
        for partnership in member.partnerships:
            if partnership.get("status") not in LISTED_STATUSES:
                continue
            signed = partnership.get("signed_on")
            entry = DirectoryEntry(
                committee=str(own.get("name") or names.get(org_id, "")),
                home_city=str(own.get("city") or ""),
                home_country=str(own.get("country") or ""),
                partner_city=str(partnership.get("city_name") or ""),
                partner_city_local=partnership.get("city_name_local") or None,
                partner_country=str(partnership.get("country") or ""),
                kind=str(partnership.get("kind") or ""),
                signed_year=int(str(signed)[:4]) if signed else None,
                contact=own.get("public_contact") or None,
            )
            if city_needle and not any(
                city_needle in (text or "").casefold()
                for text in (entry.home_city, entry.partner_city, entry.partner_city_local)
            ):
                continue
            if country_needle and country_needle not in (
                entry.home_country.casefold(),
                entry.partner_country.casefold(),
            ):
                continue
            if kind and entry.kind != kind:
                continue
            found.append(entry)
    found.sort(key=lambda e: (e.home_country, e.home_city.casefold(), e.partner_city.casefold()))
    return found


def is_public(db: HqDatabase) -> bool:
    with db.read() as connection:
        return bool(
            connection.scalar(
                select(ConsoleSetting.enabled).where(ConsoleSetting.key == PUBLIC_DIRECTORY)
            )
        )


def set_public(db: HqDatabase, staff_email: str, enabled: bool) -> None:
    with db.write() as connection:
        held = connection.scalar(
            select(ConsoleSetting.enabled).where(ConsoleSetting.key == PUBLIC_DIRECTORY)
        )
        if held is None:
            connection.execute(
                insert(ConsoleSetting).values(
                    key=PUBLIC_DIRECTORY, enabled=enabled, updated_at=utcnow()
                )
            )
        else:
            connection.execute(
                update(ConsoleSetting)
                .where(ConsoleSetting.key == PUBLIC_DIRECTORY)
                .values(enabled=enabled, updated_at=utcnow())
            )
        audit.record(connection, staff_email, "directory.public", enabled=enabled)
