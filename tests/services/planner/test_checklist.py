"""The checklist: deadlines worked back from the travel date, ticks that sync, the agenda's
deadlines, the visa lead-time table."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from sistercommittee.domain import ChecklistCheck, OutboxEntry, VisaLeadTime
from sistercommittee.errors import NotFoundError, ValidationError
from sistercommittee.services import exchanges as svc
from sistercommittee.services import planner
from sistercommittee.services.planner.checklist import passport_valid_until
from sistercommittee.services.planner.visas import shipped_defaults
from tests.services.planner.conftest import Trip


def _by_key(sheet) -> dict[str, planner.ChecklistItem]:
    return {item.key: item for item in sheet.items}


def test_outbound_checklist_works_deadlines_back_from_the_travel_date(db, outbound: Trip):
    aoi = outbound.people["Aoi Sato"]
    keiko = outbound.people["Keiko Mori"]
    planner.set_participant_details(db, keiko, {"passport_expires_on": "2027-09-01"})
    items = _by_key(planner.checklist(db, outbound.exchange_id))
    # Japan's shipped lead time is 30 days: the visa by 10 April, the passport two weeks before.
    assert shipped_defaults()["JP"][0] == 30
    assert items[f"visa/{aoi}"].due_on == date(2027, 4, 10)
    assert (
        items[f"visa/{aoi}"].why
    ) == "Japan: apply 30 days before departure (the default figure, to check)"
    assert items[f"passport/{aoi}"].due_on == date(2027, 3, 27)
    assert items[f"passport/{aoi}"].title == "Passport of Aoi Sato valid until 17 November 2027"
    assert items[f"passport/{aoi}"].problem is None
    # Keiko's passport expires before 17 November 2027: the item says so.
    assert "expires on 1 September 2027" in (items[f"passport/{keiko}"].problem or "")
    # Minors bring their consent form; the chaperone does not.
    assert items[f"consent/{aoi}"].due_on == date(2027, 4, 10)
    assert f"consent/{keiko}" not in items
    assert items["insurance"].title == "Travel insurance for the 3 travellers"
    assert items["insurance"].due_on == date(2027, 4, 10)
    for host_id in outbound.hosts.values():
        item = items[f"background/{host_id}"]
        assert item.due_on == date(2027, 3, 26)
        assert item.title.startswith("The partner committee confirms the background check")
    assert items["gifts"].due_on == date(2027, 4, 19)
    assert items["protocol"].due_on == date(2027, 4, 26)
    assert items["sheet"].due_on == date(2027, 5, 7)
    dues = [item.due_on for item in planner.checklist(db, outbound.exchange_id).items]
    assert dues == sorted(dues)


def test_inbound_visitors_get_our_country_lead_time_and_we_check_our_families(db, trip: Trip):
    items = _by_key(planner.checklist(db, trip.exchange_id))
    aoi = trip.people["Aoi Sato"]
    assert items[f"visa/{aoi}"].due_on == date(2027, 1, 10)  # the US: 120 days
    assert items[f"visa/{aoi}"].title == "Visa or travel authorisation for Aoi Sato (United States)"
    miller = trip.hosts["Miller"]
    assert items[f"background/{miller}"].title == "Background check of the Miller family"
    assert "minors stay with host families" in items[f"background/{miller}"].why


def test_no_visa_item_for_a_national_of_the_destination(db, outbound: Trip):
    aoi = outbound.people["Aoi Sato"]
    planner.set_participant_details(db, aoi, {"nationality": "Japan"})
    items = _by_key(planner.checklist(db, outbound.exchange_id))
    assert f"visa/{aoi}" not in items
    assert items[f"passport/{aoi}"].due_on == date(2027, 3, 11)  # two months before departure


def test_the_committee_edits_the_lead_time_table_and_the_checklist_follows(db, outbound: Trip):
    aoi = outbound.people["Aoi Sato"]
    planner.set_visa_lead_time(db, "Japan", "50", note="Osaka consulate is slow in spring")
    japan = planner.lead_time(db, "JP")
    assert (japan.lead_days, japan.source, japan.default_days) == (50, "committee", 30)
    items = _by_key(planner.checklist(db, outbound.exchange_id))
    assert items[f"visa/{aoi}"].due_on == date(2027, 3, 21)
    assert "the committee's figure" in items[f"visa/{aoi}"].why
    # "No visa needed" for our delegations: the visa items go.
    planner.set_visa_lead_time(db, "JP", 50, visa_required=False)
    assert f"visa/{aoi}" not in _by_key(planner.checklist(db, outbound.exchange_id))
    planner.reset_visa_lead_time(db, "JP")
    assert planner.lead_time(db, "JP").source == "default"
    with db.read() as session:
        row = session.scalars(select(VisaLeadTime)).one()
        assert row.deleted_at is not None  # the reset travels as a tombstone
    listed = {item.country: item for item in planner.visa_lead_times(db)}
    assert listed["DE"].lead_days == 45 and listed["DE"].source == "default"
    assert planner.lead_time(db, "Bhutan").source == "general"


def test_lead_time_refuses_bad_input_with_a_sentence(db):
    with pytest.raises(ValidationError) as caught:
        planner.set_visa_lead_time(db, "Atlantis", "soon")
    assert "'Atlantis' is not a country" in caught.value.errors["country"]
    assert "Lead time (days) must be a whole number" in caught.value.errors["lead_days"]
    with pytest.raises(ValidationError, match="already uses the default"):
        planner.reset_visa_lead_time(db, "JP")


def test_ticks_are_kept_synced_and_undone(db, trip: Trip):
    planner.check_item(
        db, trip.exchange_id, "insurance", on=date(2027, 3, 1), by="Ana", note="Policy 4411"
    )
    item = _by_key(planner.checklist(db, trip.exchange_id))["insurance"]
    assert (item.done_on, item.done_by, item.note) == (date(2027, 3, 1), "Ana", "Policy 4411")
    assert item.status(date(2027, 5, 1)) == "done"
    with db.read() as session:
        row = session.scalars(select(ChecklistCheck)).one()
        sent = session.scalars(
            select(OutboxEntry).where(OutboxEntry.table_name == "checklist_checks")
        ).all()
    assert sent and {entry.row_id for entry in sent} == {row.id}
    planner.check_item(db, trip.exchange_id, "insurance", done=False)
    item = _by_key(planner.checklist(db, trip.exchange_id))["insurance"]
    assert item.done_on is None and item.note == "Policy 4411"
    assert item.status(date(2027, 4, 20)) == "overdue"
    assert item.status(date(2027, 4, 1)) == "soon"
    assert item.status(date(2027, 1, 1)) == "open"
    with pytest.raises(NotFoundError, match="no item 'passport/nobody'"):
        planner.check_item(db, trip.exchange_id, "passport/nobody")


def test_two_laptops_ticking_the_same_item_make_the_same_row(db, trip: Trip):
    from sistercommittee.services.planner.checklist import _check_id

    planner.check_item(db, trip.exchange_id, "gifts")
    with db.read() as session:
        row = session.scalars(select(ChecklistCheck)).one()
    assert row.id == _check_id(trip.exchange_id, "gifts")  # derived, the same on every laptop


def test_items_of_the_committee_own(db, trip: Trip):
    key = planner.add_item(db, trip.exchange_id, "Book the bus to the airport", "2027-05-01").id
    item = _by_key(planner.checklist(db, trip.exchange_id))[key]
    assert (item.title, item.due_on, item.kind) == (
        "Book the bus to the airport",
        date(2027, 5, 1),
        "custom",
    )
    planner.check_item(db, trip.exchange_id, key)
    assert _by_key(planner.checklist(db, trip.exchange_id))[key].done_on is not None
    planner.remove_item(db, trip.exchange_id, key)
    assert key not in _by_key(planner.checklist(db, trip.exchange_id))
    with pytest.raises(ValidationError, match="Only the items the committee added"):
        planner.remove_item(db, trip.exchange_id, "gifts")
    with pytest.raises(ValidationError) as caught:
        planner.add_item(db, trip.exchange_id, " ", "whenever")
    assert caught.value.errors["title"] == "Title is required."
    assert "'whenever' is not a date" in caught.value.errors["due_on"]


def test_a_participant_added_later_brings_their_items(db, trip: Trip):
    new = svc.add_participant(
        db, trip.exchange_id, {"name": "Yui Kato", "role": "student", "is_youth": True}
    ).id
    keys = _by_key(planner.checklist(db, trip.exchange_id))
    assert {f"passport/{new}", f"visa/{new}", f"consent/{new}"} <= set(keys)


def test_deadlines_for_the_agenda(db, trip: Trip):
    found = planner.deadlines(db, date(2027, 1, 31), today=date(2027, 1, 1))
    assert found, "the visa applications are due in January"
    assert all(d.on <= date(2027, 1, 31) for d in found)
    assert [d.on for d in found] == sorted(d.on for d in found)
    visa = [d for d in found if d.kind == "visa"]
    assert len(visa) == 3 and visa[0].on == date(2027, 1, 10) and not visa[0].overdue
    assert visa[0].exchange_title == "Kyoto students visit"
    # Ticked items leave the agenda; items of trips already begun are not listed.
    for d in visa:
        planner.check_item(db, trip.exchange_id, d.key)
    later = planner.deadlines(db, date(2027, 1, 31), today=date(2027, 1, 1))
    assert not [d for d in later if d.kind == "visa"]
    assert planner.deadlines(db, date(2027, 12, 31), today=date(2027, 5, 11)) == []
    overdue = planner.deadlines(db, date(2027, 4, 1), today=date(2027, 3, 20))
    assert any(d.overdue for d in overdue)


def test_passport_six_months_past_the_return_at_month_ends():
    assert passport_valid_until(date(2027, 5, 17)) == date(2027, 11, 17)
    assert passport_valid_until(date(2027, 8, 31)) == date(2028, 2, 29)
    assert passport_valid_until(date(2026, 8, 31)) == date(2027, 2, 28)
    assert passport_valid_until(date(2027, 9, 30)) == date(2028, 3, 30)


def test_the_seed_table_says_where_its_figures_come_from_and_holds_real_countries():
    from sistercommittee.resources import resource_path
    from sistercommittee.services import countries

    header = resource_path("planner", "visa_lead_times.csv").read_text(encoding="utf-8")
    assert "DEFAULTS TO CHECK" in header and "Schengen Visa Code" in header
    table = shipped_defaults()
    assert len(table) >= 40
    for code, (days, note) in table.items():
        assert countries.english_name(code) != code, code
        assert 14 <= days <= 180 and note, code
