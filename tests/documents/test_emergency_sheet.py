"""The emergency sheet for chaperones, read back from the PDF."""

from __future__ import annotations

from sqlalchemy import select

from sistercommittee.documents.emergency_sheet import emergency_sheet_pdf, write_emergency_sheet
from sistercommittee.domain import PartnerContact
from sistercommittee.services import exchanges as svc
from sistercommittee.services import planner
from sistercommittee.services.planner.emergency import emergency_numbers, emergency_sheet_data
from tests.documents.conftest import pdf_text
from tests.services.planner.conftest import make_trip


def test_outbound_sheet_has_japans_numbers_hosts_contacts_and_only_recorded_passports(db, tmp_path):
    trip = make_trip(db, "outbound")
    with db.write() as session:
        session.add(
            PartnerContact(
                partnership_id=trip.partnership_id,
                name="Hiroshi Yamada",
                title="Secretary",
                phone="+81752223333",
                email="yamada@kyoto.example.jp",
            )
        )
    planner.set_participant_details(
        db,
        trip.people["Aoi Sato"],
        {
            "passport_number": "TK9988776",
            "allergies": "peanuts",
            "emergency_contact": "Mother, +1 217 555 0199",
            "date_of_birth": "2011-02-01",
        },
    )
    svc.assign_stay(
        db,
        trip.exchange_id,
        trip.people["Aoi Sato"],
        trip.hosts["Garcia"],
        "2027-05-10",
        "2027-05-17",
    )
    out = write_emergency_sheet(db, trip.exchange_id, tmp_path / "sheet.pdf")
    text = pdf_text(out.read_bytes(), tmp_path)
    flat = " ".join(text.split())
    assert "Emergency sheet" in flat
    assert "Delegation to Kyoto · Kyoto, Japan · 10 May 2027 – 17 May 2027" in flat
    for number in ("110", "119"):  # police; fire and ambulance
        assert number in flat
    assert "Kyoto Sister City Association" in flat
    assert "Hiroshi Yamada" in flat and "+81 75-222-3333" in flat
    assert "Garcia" in flat and "6 Elm St, Springfield" in flat
    assert "TK9988776" in flat
    assert flat.count("TK") == 1  # the others have no passport number recorded: nothing shown
    assert "Allergies: peanuts" in flat and "Mother, +1 217 555 0199" in flat
    assert "Aoi Sato (16)" in flat


def test_a_country_without_numbers_says_to_ask(db, tmp_path):
    trip = make_trip(db, "outbound")
    data = emergency_sheet_data(db, trip.exchange_id)
    assert emergency_numbers("AQ") is None
    from dataclasses import replace

    text = " ".join(pdf_text(emergency_sheet_pdf(replace(data, numbers=None)), tmp_path).split())
    assert "ask the partner committee for them before the trip" in text


def test_every_shipped_country_has_a_number():
    from sistercommittee.services.planner.emergency import emergency_numbers_table
    from sistercommittee.services.planner.visas import shipped_defaults

    table = emergency_numbers_table()
    assert set(shipped_defaults()) <= set(table)
    for numbers in table.values():
        assert numbers.police and numbers.ambulance and numbers.fire


def test_contacts_listed_in_order(db):
    trip = make_trip(db, "outbound")
    with db.read() as session:
        assert session.scalars(select(PartnerContact)).all() == []
    assert emergency_sheet_data(db, trip.exchange_id).partner_contacts == ()
