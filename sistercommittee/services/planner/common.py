"""What the parts of the planner share: an exchange with its people as the planner sees them
(who travels, who is a minor, where the visit takes place), read in one session."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistercommittee.domain import (
    Exchange,
    HostFamily,
    HostFamilyDetails,
    Participant,
    ParticipantDetails,
    Partnership,
    Stay,
    VolunteerLanguage,
)
from sistercommittee.domain.base import Synced
from sistercommittee.domain.enums import ExchangeDirection, ParticipantRole
from sistercommittee.domain.planner import planner_id
from sistercommittee.messages import msg
from sistercommittee.names import name_key
from sistercommittee.services import organizations, rows
from sistercommittee.services.exchanges.common import (
    _participant_names,
    _travels,
    names_a_family,
)
from sistercommittee.storage import name_keys

ADULT_AGE = 18
R = TypeVar("R", bound=Synced)


@dataclass(frozen=True)
class Person:
    """A participant with the planning details recorded for them."""

    id: str
    name: str
    role: ParticipantRole
    travels: bool  # one of the people exchanged (not a host, not a local helper)
    is_minor: bool  # under 18 on the first day: from the date of birth, else the youth flag
    age: int | None  # on the first day of the exchange, when the date of birth is known
    gender: str | None
    languages: tuple[str, ...]
    allergies: str | None
    passport_number: str | None
    passport_expires_on: date | None
    nationality: str | None
    phone: str | None
    emergency_contact: str | None
    medical_notes: str | None
    purged: bool


@dataclass(frozen=True)
class Host:
    id: str
    name: str  # the family name
    address: str | None
    phone: str | None
    email: str | None
    beds: int  # HostFamily.capacity: guests at the same time
    languages: tuple[str, ...]
    pets: str | None
    available_from: date | None
    available_to: date | None
    guest_gender: str  # any, female, male
    takes_minors: bool


@dataclass(frozen=True)
class PlannedExchange:
    id: str
    title: str
    direction: ExchangeDirection
    starts_on: date
    ends_on: date
    partnership_id: str
    home_city: str
    home_country: str
    partner_city: str
    partner_country: str
    destination_country: str  # where the visit takes place
    destination_city: str
    people: tuple[Person, ...]
    hosts: tuple[Host, ...]  # in the alphabetical order of the user's language
    stays: tuple[Stay, ...]
    collation: str  # the order names sort in on this database ("ja", "es", "root")

    @property
    def travellers(self) -> tuple[Person, ...]:
        return tuple(p for p in self.people if p.travels)

    def person(self, participant_id: str) -> Person | None:
        return next((p for p in self.people if p.id == participant_id), None)

    def host(self, host_family_id: str) -> Host | None:
        return next((h for h in self.hosts if h.id == host_family_id), None)


def family_label(name: str, *, start: bool = False) -> str:
    """ "Tanaka" -> "the Tanaka family" ("The Tanaka family" to ``start`` a sentence);
    "Famille Dubois" or "عائلة إبراهيم" stays as written."""
    if names_a_family(name):
        return name[:1].upper() + name[1:] if start else name
    if start:
        return msg("The {name} family", name=name)
    return msg("the {name} family", name=name)


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def participant_details_id(participant_id: str) -> str:
    return planner_id("participant_details", participant_id)


def host_details_id(host_family_id: str) -> str:
    return planner_id("host_family_details", host_family_id)


def load(session: Session, exchange_id: str) -> PlannedExchange:
    exchange = rows.live(session, Exchange, exchange_id, "exchange")
    org = organizations.current(session)
    partnership = session.get(Partnership, exchange.partnership_id)
    partner_city = partnership.city_name if partnership else ""
    partner_country = partnership.country if partnership else org.country
    participants = list(
        session.scalars(
            select(Participant)
            .where(Participant.exchange_id == exchange.id, Participant.deleted_at.is_(None))
            .order_by(Participant.created_at, Participant.id)
        )
    )
    names = _participant_names(session, participants)
    details = _by_id(
        session, ParticipantDetails, [participant_details_id(p.id) for p in participants]
    )
    volunteer_languages = _volunteer_languages(
        session, {p.volunteer_id for p in participants if p.volunteer_id}
    )
    people = []
    for participant in participants:
        detail = details.get(participant_details_id(participant.id))
        born = detail.date_of_birth if detail else None
        age = age_on(born, exchange.starts_on) if born else None
        languages = list(detail.languages if detail else [])
        for tag in volunteer_languages.get(participant.volunteer_id or "", []):
            if tag not in languages:
                languages.append(tag)
        people.append(
            Person(
                id=participant.id,
                name=names.get(participant.id) or "(no name)",
                role=participant.role,
                travels=_travels(
                    exchange.direction, participant.role, bool(participant.volunteer_id)
                ),
                is_minor=age < ADULT_AGE if age is not None else participant.is_youth,
                age=age,
                gender=detail.gender if detail else None,
                languages=tuple(languages),
                allergies=detail.allergies if detail else None,
                passport_number=detail.passport_number if detail else None,
                passport_expires_on=detail.passport_expires_on if detail else None,
                nationality=detail.nationality if detail else None,
                phone=participant.phone,
                emergency_contact=detail.emergency_contact if detail else None,
                medical_notes=detail.medical_notes if detail else None,
                purged=bool(detail and detail.purged_at),
            )
        )
    # Host families in the order the exchange's Hosting tab lists them: the collation of the
    # user's language, Japanese names by their reading.
    collation = name_keys.current_collation(session)
    families = sorted(
        session.scalars(
            select(HostFamily).where(
                HostFamily.exchange_id == exchange.id, HostFamily.deleted_at.is_(None)
            )
        ),
        key=lambda one: (name_key(collation, one.family_name, one.name_reading), one.id),
    )
    host_details = _by_id(session, HostFamilyDetails, [host_details_id(h.id) for h in families])
    family_languages = _volunteer_languages(
        session, {h.volunteer_id for h in families if h.volunteer_id}
    )
    hosts = []
    for family in families:
        extra = host_details.get(host_details_id(family.id))
        languages = list(extra.languages if extra else [])
        for tag in family_languages.get(family.volunteer_id or "", []):
            if tag not in languages:
                languages.append(tag)
        hosts.append(
            Host(
                id=family.id,
                name=family.family_name,
                address=family.address,
                phone=family.phone,
                email=family.email,
                beds=family.capacity,
                languages=tuple(languages),
                pets=extra.pets if extra else None,
                available_from=extra.available_from if extra else None,
                available_to=extra.available_to if extra else None,
                guest_gender=extra.guest_gender if extra else "any",
                takes_minors=extra.takes_minors if extra else True,
            )
        )
    stays = tuple(
        session.scalars(
            select(Stay)
            .where(Stay.exchange_id == exchange.id, Stay.deleted_at.is_(None))
            .order_by(Stay.from_date, Stay.id)
        )
    )
    outbound = exchange.direction == ExchangeDirection.OUTBOUND
    return PlannedExchange(
        id=exchange.id,
        title=exchange.title,
        direction=exchange.direction,
        starts_on=exchange.starts_on,
        ends_on=exchange.ends_on,
        partnership_id=exchange.partnership_id,
        home_city=org.city,
        home_country=org.country,
        partner_city=partner_city,
        partner_country=partner_country,
        destination_country=partner_country if outbound else org.country,
        destination_city=partner_city if outbound else org.city,
        people=tuple(people),
        hosts=tuple(hosts),
        stays=stays,
        collation=collation,
    )


def _by_id(session: Session, model: type[R], ids: Sequence[str]) -> dict[str, R]:
    if not ids:
        return {}
    found = session.scalars(select(model).where(model.id.in_(ids), model.deleted_at.is_(None)))
    return {row.id: row for row in found}


def _volunteer_languages(session: Session, volunteer_ids: set[str]) -> dict[str, list[str]]:
    if not volunteer_ids:
        return {}
    found: dict[str, list[str]] = {}
    for row in session.execute(
        select(VolunteerLanguage.volunteer_id, VolunteerLanguage.language)
        .where(
            VolunteerLanguage.volunteer_id.in_(volunteer_ids),
            VolunteerLanguage.deleted_at.is_(None),
        )
        .order_by(VolunteerLanguage.created_at)
    ):
        found.setdefault(row.volunteer_id, []).append(row.language)
    return found
