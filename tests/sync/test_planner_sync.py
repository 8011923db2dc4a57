"""The planner's records travel between two laptops through a real HQ: ticks and planning
details, the committee's visa figures, and a purge of minors' data as cleared fields and
tombstones, with the exchange's counts the same on both."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from sistercommittee.domain import ChecklistCheck, MinorDataPurge, ParticipantDetails
from sistercommittee.services import exchanges as svc
from sistercommittee.services import planner
from sistercommittee.services.organizations import create_organization
from sistercommittee.sync import service
from sistercommittee.sync.credentials import MemoryStore
from tests.hq.fixtures import PASSWORD, laptop
from tests.services.planner.conftest import make_trip

ORG = {
    "name": "Springfield Sister Cities",
    "city": "Springfield",
    "country": "US",
    "time_zone": "America/Chicago",
}


def test_ticks_details_and_a_purge_reach_the_other_laptop(hq, org, tmp_path):
    a = laptop(tmp_path / "a.sqlite", hq.url, org.emails["coordinator"])
    create_organization(a.db, ORG)
    trip = make_trip(a.db)
    aoi = trip.people["Aoi Sato"]
    planner.set_participant_details(
        a.db, aoi, {"passport_number": "TK1234567", "medical_notes": "asthma"}
    )
    planner.check_item(a.db, trip.exchange_id, "insurance", on=date(2027, 3, 1), by="Ana")
    planner.check_item(a.db, trip.exchange_id, f"consent/{aoi}")
    planner.set_visa_lead_time(a.db, "US", 150)
    service.sync_now(a.db, a.store)

    b_db, _, _ = service.join(
        tmp_path / "b.sqlite",
        MemoryStore(),
        hq.url,
        org.emails["coordinator"],
        PASSWORD,
        lambda progress: None,
    )
    try:
        items = {i.key: i for i in planner.checklist(b_db, trip.exchange_id).items}
        assert items["insurance"].done_on == date(2027, 3, 1)
        assert items["insurance"].done_by == "Ana"
        assert items[f"consent/{aoi}"].done_on is not None
        assert items[f"visa/{aoi}"].due_on == date(2026, 12, 11)  # the committee's 150 days
        assert planner.participant_details(b_db, aoi).values["passport_number"] == "TK1234567"

        planner.purge_minors_data(a.db, trip.exchange_id, today=date(2027, 9, 1), by="Ana")
        service.sync_now(a.db, a.store)
        b_store = MemoryStore()
        service.login(b_db, b_store, hq.url, org.emails["coordinator"], PASSWORD)
        service.sync_now(b_db, b_store)
        with b_db.read() as session:
            details = session.scalars(select(ParticipantDetails)).one()
            assert details.deleted_at is not None and details.passport_number is None
            assert details.medical_notes is None
            consent = session.scalars(
                select(ChecklistCheck).where(ChecklistCheck.item_key == f"consent/{aoi}")
            ).one()
            assert consent.deleted_at is not None
            record = session.scalars(select(MinorDataPurge)).one()
            assert (record.purged_by, record.minors) == ("Ana", 2)
        on_b = svc.get_exchange(b_db, trip.exchange_id)
        on_a = svc.get_exchange(a.db, trip.exchange_id)
        assert len(on_b.participants) == len(on_a.participants) == 3
        assert sum(p.is_youth for p in on_b.participants) == 2
        assert not planner.purge_status(b_db, trip.exchange_id).pending
    finally:
        b_db.close()


def test_a_purge_of_minors_photo_consents_reaches_the_other_laptop(hq, org, tmp_path):
    from sistercommittee.domain import Photo, PhotoPerson, Story
    from sistercommittee.services import photos
    from tests.services.planner.test_privacy import _photos

    a = laptop(tmp_path / "a.sqlite", hq.url, org.emails["coordinator"])
    create_organization(a.db, ORG)
    trip = make_trip(a.db)
    group, alone, story = _photos(a.db, trip, tmp_path)
    service.sync_now(a.db, a.store)
    b_db, _, _ = service.join(
        tmp_path / "b.sqlite",
        MemoryStore(),
        hq.url,
        org.emails["coordinator"],
        PASSWORD,
        lambda progress: None,
    )
    try:
        assert photos.get_photo(b_db, group).publishable
        assert [p.guardian_name for p in photos.get_photo(b_db, group).people] == [
            "Yuko Sato", None
        ]
        planner.purge_minors_data(a.db, trip.exchange_id, today=date(2027, 9, 1), by="Ana")
        service.sync_now(a.db, a.store)
        b_store = MemoryStore()
        service.login(b_db, b_store, hq.url, org.emails["coordinator"], PASSWORD)
        service.sync_now(b_db, b_store)
        with b_db.read() as session:
            minors = session.scalars(
                select(PhotoPerson).where(PhotoPerson.is_minor.is_(True))
            ).all()
            assert len(minors) == 2
            assert all(p.deleted_at is not None for p in minors)  # tombstones
            assert {(p.name, p.guardian_name, p.consent_on) for p in minors} == {("", None, None)}
            assert [session.get(Photo, i).minors_purged for i in (group, alone)] == [1, 1]
            assert session.get(Story, story).photo_ids == []
            record = session.scalars(select(MinorDataPurge)).one()
            assert (record.photo_consents, record.photos_withheld) == (2, 2)
        assert planner.purge_status(b_db, trip.exchange_id).records[-1].removed_text == (
            "Removed: 2 minors' photo consent records; 2 photos withheld from publication; "
            "1 unsent story no longer showing them."
        )
        on_b = photos.list_photos(b_db, exchange_id=trip.exchange_id)
        assert len(on_b) == 2 and not any(p.publishable for p in on_b)  # both kept, withheld
        assert [p.name for p in photos.get_photo(b_db, group).people] == ["Keiko Mori"]
        exchange = svc.get_exchange(b_db, trip.exchange_id)
        assert len(exchange.participants) == 3
        assert sum(p.is_youth for p in exchange.participants) == 2
        assert not planner.purge_status(b_db, trip.exchange_id).pending
    finally:
        b_db.close()
