"""An exchange to plan: Springfield's students travel to Kyoto (outbound), or Kyoto's visit us."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from sistercommittee.domain import Partnership
from sistercommittee.domain.enums import PartnershipKind, PartnershipStatus
from sistercommittee.services import exchanges as svc
from sistercommittee.services import planner


def add_kyoto(db) -> str:
    with db.write() as session:
        partnership = Partnership(
            city_name="Kyoto",
            country="JP",
            time_zone="Asia/Tokyo",
            kind=PartnershipKind.SISTER_CITY,
            status=PartnershipStatus.ACTIVE,
            committee="Kyoto Sister City Association",
            focus_areas=[],
        )
        session.add(partnership)
        session.flush()
        return partnership.id


@dataclass
class Trip:
    exchange_id: str
    partnership_id: str
    people: dict[str, str]  # name -> participant id
    hosts: dict[str, str]  # family name -> host family id


def make_trip(db, direction: str = "inbound") -> Trip:
    kyoto = add_kyoto(db)
    exchange_id = svc.add_exchange(
        db,
        {
            "title": "Kyoto students visit" if direction == "inbound" else "Delegation to Kyoto",
            "direction": direction,
            "program": "youth",
            "partnership_id": kyoto,
            "starts_on": "2027-05-10",
            "ends_on": "2027-05-17",
        },
    ).id
    people = {}
    for name, role, youth in (
        ("Aoi Sato", "student", True),
        ("Ren Ito", "student", True),
        ("Keiko Mori", "chaperone", False),
    ):
        people[name] = svc.add_participant(
            db, exchange_id, {"name": name, "role": role, "is_youth": youth}
        ).id
    hosts = {}
    for name, beds in (("Miller", 2), ("Garcia", 1), ("Novak", 1)):
        hosts[name] = svc.add_host_family(
            db,
            exchange_id,
            {
                "family_name": name,
                "capacity": beds,
                "address": f"{len(name)} Elm St, Springfield",
                "phone": "(217) 555-0100",
            },
        ).id
    return Trip(exchange_id, kyoto, people, hosts)


@pytest.fixture
def trip(db) -> Trip:
    return make_trip(db)


@pytest.fixture
def outbound(db) -> Trip:
    return make_trip(db, "outbound")


def tick_background_checks(db, trip: Trip) -> None:
    for host_id in trip.hosts.values():
        planner.check_item(db, trip.exchange_id, f"background/{host_id}")
