"""What the emergency sheet for chaperones holds: the delegation, the host families, the local
emergency numbers of the country visited and the partner committee's contacts. The PDF is made
by documents/emergency_sheet.py from this; nothing here needs a network, so the sheet is made and
read offline."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from functools import cache

from sqlalchemy import select

from sistercommittee.domain import PartnerContact, Partnership
from sistercommittee.messages import Country, msg
from sistercommittee.names import name_key
from sistercommittee.resources import resource_path
from sistercommittee.services import organizations
from sistercommittee.services.planner.common import family_label, load
from sistercommittee.storage.database import Database


@dataclass(frozen=True)
class EmergencyNumbers:
    country: str
    general: str | None
    police: str | None
    ambulance: str | None
    fire: str | None


@dataclass(frozen=True)
class SheetPerson:
    name: str
    role: str
    minor: bool
    age: int | None
    phone: str | None
    passport: str | None  # only when recorded
    allergies: str | None
    medical_notes: str | None
    emergency_contact: str | None
    staying_with: str | None  # "the Tanaka family"


@dataclass(frozen=True)
class SheetHost:
    name: str
    address: str | None
    phone: str | None
    guests: tuple[str, ...]


@dataclass(frozen=True)
class SheetContact:
    name: str
    title: str | None
    organization: str | None
    phone: str | None
    email: str | None


@dataclass(frozen=True)
class EmergencySheetData:
    organization: str
    organization_country: str
    exchange_title: str
    starts_on: date
    ends_on: date
    destination: str  # "Kyoto, Japan": a message, the country named in the reader's language
    destination_country: str
    numbers: EmergencyNumbers | None  # None: the country is not in the shipped list
    people: tuple[SheetPerson, ...]
    hosts: tuple[SheetHost, ...]
    partner_committee: str | None
    partner_contacts: tuple[SheetContact, ...]


@cache
def emergency_numbers_table() -> dict[str, EmergencyNumbers]:
    path = resource_path("planner", "emergency_numbers.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return {
        row["country"]: EmergencyNumbers(
            row["country"],
            row["general"] or None,
            row["police"] or None,
            row["ambulance"] or None,
            row["fire"] or None,
        )
        for row in csv.DictReader(lines)
    }


def emergency_numbers(country: str) -> EmergencyNumbers | None:
    return emergency_numbers_table().get(country)


def emergency_sheet_data(db: Database, exchange_id: str) -> EmergencySheetData:
    with db.read() as session:
        plan = load(session, exchange_id)
        org = organizations.current(session)
        partnership = session.get(Partnership, plan.partnership_id)
        contacts = list(
            session.scalars(
                select(PartnerContact)
                .where(
                    PartnerContact.partnership_id == plan.partnership_id,
                    PartnerContact.deleted_at.is_(None),
                )
                .order_by(PartnerContact.created_at, PartnerContact.id)
            )
        )
    stays_of: dict[str, str] = {}
    guests_of: dict[str, list[str]] = {}
    for stay in plan.stays:
        host = plan.host(stay.host_family_id)
        person = plan.person(stay.participant_id)
        if host is None or person is None:
            continue
        stays_of.setdefault(person.id, family_label(host.name))
        guests_of.setdefault(host.id, []).append(person.name)
    # Chaperones first, then the other travellers, then the people at the destination.
    order = {"chaperone": 0}
    people = sorted(
        plan.people,
        key=lambda p: (not p.travels, order.get(p.role.value, 1), name_key(plan.collation, p.name)),
    )
    country_name = Country(plan.destination_country)
    return EmergencySheetData(
        organization=org.name,
        organization_country=org.country,
        exchange_title=plan.title,
        starts_on=plan.starts_on,
        ends_on=plan.ends_on,
        destination=msg("{city}, {country}", city=plan.destination_city, country=country_name)
        if plan.destination_city
        else country_name,
        destination_country=plan.destination_country,
        numbers=emergency_numbers(plan.destination_country),
        people=tuple(
            SheetPerson(
                name=p.name,
                role=p.role.value,
                minor=p.is_minor,
                age=p.age,
                phone=p.phone,
                passport=p.passport_number,
                allergies=p.allergies,
                medical_notes=p.medical_notes,
                emergency_contact=p.emergency_contact,
                staying_with=stays_of.get(p.id),
            )
            for p in people
        ),
        hosts=tuple(
            SheetHost(h.name, h.address, h.phone, tuple(guests_of.get(h.id, ())))
            for h in plan.hosts
        ),
        partner_committee=partnership.committee if partnership else None,
        partner_contacts=tuple(
            SheetContact(c.name, c.title, c.organization, c.phone, c.email) for c in contacts
        ),
    )
