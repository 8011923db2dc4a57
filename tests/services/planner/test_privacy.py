"""The purge of minors' personal data: when it is due, the reminder, what it clears, the record,
the outbox (cleared fields and tombstones), and the exchange's counts kept."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from sistercommittee.domain import (
    ChecklistCheck,
    MinorDataPurge,
    OutboxEntry,
    Participant,
    ParticipantDetails,
)
from sistercommittee.errors import ValidationError
from sistercommittee.services import exchanges as svc
from sistercommittee.services import planner
from tests.services.planner.conftest import Trip


def _fill(db, trip: Trip) -> None:
    for name in ("Aoi Sato", "Ren Ito", "Keiko Mori"):
        planner.set_participant_details(
            db,
            trip.people[name],
            {
                "passport_number": "TR1234567",
                "medical_notes": "asthma inhaler",
                "allergies": "peanuts",
                "emergency_contact": "Parent +81 90 1234 5678",
            },
        )
    svc.edit_participant(db, trip.people["Aoi Sato"], {"email": "aoi@example.jp"})
    planner.check_item(
        db, trip.exchange_id, f"consent/{trip.people['Aoi Sato']}", note="form scanned"
    )


def test_the_purge_is_due_90_days_after_the_return_with_a_reminder(db, trip: Trip):
    _fill(db, trip)
    status = planner.purge_status(db, trip.exchange_id)
    assert (status.due_on, status.remind_on) == (date(2027, 8, 15), date(2027, 8, 1))
    assert (status.minors, status.minors_with_data) == (2, 2)
    assert planner.purges_due(db, date(2027, 7, 31)) == []
    assert [s.exchange_id for s in planner.purges_due(db, date(2027, 8, 1))] == [trip.exchange_id]
    reminder = [
        d
        for d in planner.deadlines(db, date(2027, 8, 1), today=date(2027, 7, 1))
        if d.kind == "purge"
    ]
    assert reminder and reminder[0].on == date(2027, 8, 15)
    assert reminder[0].title == "Purge the personal data of 2 minors (Kyoto students visit)"


def test_the_committee_chooses_the_time(db, trip: Trip):
    _fill(db, trip)
    planner.set_privacy_settings(db, 30, 7)
    assert planner.privacy_settings(db) == planner.privacy.PrivacySettings(30, 7)
    status = planner.purge_status(db, trip.exchange_id)
    assert (status.due_on, status.remind_on) == (date(2027, 6, 16), date(2027, 6, 9))
    with pytest.raises(ValidationError) as caught:
        planner.set_privacy_settings(db, "0")
    assert caught.value.errors == {"purge_after_days": "Days after the trip cannot be less than 1."}


def test_the_purge_clears_minors_data_records_it_and_keeps_the_counts(db, trip: Trip):
    _fill(db, trip)
    before = svc.get_exchange(db, trip.exchange_id)
    with pytest.raises(ValidationError, match="kept until the delegation is home"):
        planner.purge_minors_data(db, trip.exchange_id, today=date(2027, 5, 17))
    with pytest.raises(ValidationError, match="due to be purged on 15 August 2027"):
        planner.purge_minors_data(db, trip.exchange_id, today=date(2027, 6, 1))
    with db.read() as session:
        last = session.scalar(select(OutboxEntry.seq).order_by(OutboxEntry.seq.desc()).limit(1))
    result = planner.purge_minors_data(db, trip.exchange_id, today=date(2027, 8, 15), by="Ana")
    assert result.minors == 2
    # Per minor: passport, medical notes, allergies, emergency contact; Aoi's email; the note on
    # her consent tick.
    assert result.fields_cleared == 4 * 2 + 1 + 1
    assert result.records_removed == 2 + 1  # two details rows, one consent tick
    with db.read() as session:
        aoi = session.get(ParticipantDetails, _details_id(trip, "Aoi Sato"))
        assert aoi is not None and aoi.deleted_at is not None and aoi.purged_at is not None
        assert (aoi.passport_number, aoi.medical_notes, aoi.allergies) == (None, None, None)
        keiko = session.get(ParticipantDetails, _details_id(trip, "Keiko Mori"))
        assert keiko is not None and keiko.passport_number == "TR1234567"  # an adult: kept
        assert session.get(Participant, trip.people["Aoi Sato"]).email is None
        consent = session.scalars(select(ChecklistCheck)).one()
        assert consent.deleted_at is not None
        record = session.scalars(select(MinorDataPurge)).one()
        assert (record.purged_by, record.minors, record.due_on) == ("Ana", 2, date(2027, 8, 15))
        sent = session.scalars(select(OutboxEntry).where(OutboxEntry.seq > last)).all()
    changed = {(e.table_name, name) for e in sent for name in e.fields}
    assert ("participant_details", "passport_number") in changed
    assert ("participant_details", "deleted_at") in changed
    assert ("checklist_checks", "deleted_at") in changed
    assert ("exchange_participants", "email") in changed
    assert ("minor_data_purges", "minors") in changed
    cleared = [e.fields["passport_number"] for e in sent if "passport_number" in e.fields]
    assert cleared == [None, None]
    after = svc.get_exchange(db, trip.exchange_id)
    assert len(after.participants) == len(before.participants) == 3
    assert sum(p.is_youth for p in after.participants) == 2
    status = planner.purge_status(db, trip.exchange_id)
    assert not status.pending and len(status.records) == 1
    assert planner.purges_due(db, date(2028, 1, 1)) == []
    with pytest.raises(ValidationError, match="no personal data of minors left"):
        planner.purge_minors_data(db, trip.exchange_id, today=date(2027, 9, 1))


def test_the_purge_may_come_early_but_only_when_asked(db, trip: Trip):
    _fill(db, trip)
    result = planner.purge_minors_data(db, trip.exchange_id, today=date(2027, 6, 1), early=True)
    assert result.minors == 2


def _details_id(trip: Trip, name: str) -> str:
    from sistercommittee.services.planner.common import participant_details_id

    return participant_details_id(trip.people[name])


def _photos(db, trip: Trip, tmp_path) -> tuple[str, str, str]:
    """A group photo with a minor (guardian's consent) and the adult chaperone, a photo of a
    minor whose guardian did not agree, and a story (not sent) showing the group photo."""
    from sistercommittee.services import photos, stories
    from tests.services.story_helpers import make_jpeg

    group = photos.add_photo(
        db, make_jpeg(tmp_path / "group.jpg", (40, 90, 160)), exchange_id=trip.exchange_id
    ).ids[0]
    photos.add_person(
        db,
        group,
        {"name": "Aoi Sato", "is_minor": True, "consent": True,
         "guardian_name": "Yuko Sato", "consent_on": "2026-11-20"},
    )
    photos.add_person(db, group, {"name": "Keiko Mori", "consent": True})
    alone = photos.add_photo(
        db, make_jpeg(tmp_path / "ren.jpg", (160, 40, 90)), exchange_id=trip.exchange_id
    ).ids[0]
    photos.add_person(db, alone, {"name": "Ren Ito", "is_minor": True, "consent": False})
    story = stories.create_story(
        db,
        {"exchange_id": trip.exchange_id, "title": "Kyoto students visit",
         "body": "Two students from Kyoto stayed a week.", "photo_ids": [group]},
    ).ids[0]
    return group, alone, story


def test_the_purge_removes_minors_photo_consents_and_withholds_their_photos(
    db, trip: Trip, tmp_path
):
    from sistercommittee.domain import Photo, PhotoPerson, Story
    from sistercommittee.services import photos

    group, alone, story = _photos(db, trip, tmp_path)
    assert photos.get_photo(db, group).publishable
    assert planner.purge_status(db, trip.exchange_id).pending  # photo consents are data too
    with db.read() as session:
        last = session.scalar(select(OutboxEntry.seq).order_by(OutboxEntry.seq.desc()).limit(1))
    result = planner.purge_minors_data(db, trip.exchange_id, today=date(2027, 8, 15), by="Ana")
    # Aoi: name, guardian, date and consent cleared; Ren: name.
    assert (result.fields_cleared, result.records_removed) == (4 + 1, 2)
    assert result.removed == {"photo_consents": 2, "photos_withheld": 2, "stories_changed": 1}
    assert result.removed_text == (
        "Removed: 2 minors' photo consent records; 2 photos withheld from publication; "
        "1 unsent story no longer showing them."
    )
    with db.read() as session:
        people = session.scalars(select(PhotoPerson).order_by(PhotoPerson.created_at)).all()
        assert [(p.name, p.deleted_at is None) for p in people] == [
            ("", False), ("Keiko Mori", True), ("", False)
        ]
        aoi = people[0]
        assert (aoi.guardian_name, aoi.consent_on, aoi.consent) == (None, None, False)
        assert [session.get(Photo, i).minors_purged for i in (group, alone)] == [1, 1]
        assert session.get(Story, story).photo_ids == []
        record = session.scalars(select(MinorDataPurge)).one()
        assert (record.photo_consents, record.photos_withheld, record.stories_changed) == (2, 2, 1)
        assert (record.planning_details, record.consent_forms) == (0, 0)
        sent = session.scalars(select(OutboxEntry).where(OutboxEntry.seq > last)).all()
    changed = {(e.table_name, name) for e in sent for name in e.fields}
    assert {("photo_people", "deleted_at"), ("photo_people", "guardian_name"),
            ("photos", "minors_purged"), ("stories", "photo_ids"),
            ("minor_data_purges", "photo_consents")} <= changed
    # The photos stay with the exchange, withheld: the group photo keeps its adult, and says why.
    shown = {p.id: p for p in photos.list_photos(db, exchange_id=trip.exchange_id)}
    assert set(shown) == {group, alone}
    assert [p.name for p in shown[group].people] == ["Keiko Mori"]
    assert shown[group].withheld_because == "a minor's consent record was purged after the trip"
    assert not planner.purge_status(db, trip.exchange_id).pending
    assert planner.purge_status(db, trip.exchange_id).records[-1].removed == result.removed


def test_a_photo_with_purged_minors_cannot_be_chosen_for_a_story(db, trip: Trip, tmp_path):
    from sistercommittee.services import stories

    group, _, _ = _photos(db, trip, tmp_path)
    planner.purge_minors_data(db, trip.exchange_id, today=date(2027, 8, 15))
    assert stories.draft_story(db, exchange_id=trip.exchange_id).photo_ids == ()
    with pytest.raises(ValidationError, match="cannot be published: a minor's consent record"):
        stories.create_story(
            db,
            {"exchange_id": trip.exchange_id, "title": "Again", "body": "Text.",
             "photo_ids": [group]},
        )
