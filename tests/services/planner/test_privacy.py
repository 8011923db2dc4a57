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
