"""Self-logged hours wait for a coordinator: they count nowhere until approved, and every decision
is kept with who made it and when."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from sistercommittee.domain import HoursEntry, HoursReview
from sistercommittee.domain.enums import HoursDecision, HoursStatus
from sistercommittee.errors import NotFoundError, ValidationError
from sistercommittee.services import events, hours, hours_approval, reports, stats, volunteers
from sistercommittee.services.hours import HoursQuery
from sistercommittee.storage import migrate
from sistercommittee.storage.database import APPLICATION_ID, open_database


def _volunteer(db, given="Aiko", family="Sato") -> str:
    return volunteers.add_volunteer(db, {"given_name": given, "family_name": family}).id


def _gala(db) -> str:
    return events.add_event(
        db,
        {"title": "Sister city gala", "starts_at": "2025-10-04 18:00", "ends_at": "2025-10-04 23:00"},
    ).id


def _log(db, volunteer_id, hours_text="2", *, self_logged, event_id=None) -> str:
    values = {"volunteer_id": volunteer_id, "worked_on": "2025-10-04", "hours": hours_text}
    values.update({"event_id": event_id} if event_id else {"activity": "Translation"})
    if self_logged:
        values["self_logged"] = "yes"
    return hours.log_hours(db, values).id


def test_self_logged_hours_are_pending_and_count_nowhere_until_approved(db):
    aiko = _volunteer(db)
    gala = _gala(db)
    _log(db, aiko, "3", self_logged=False, event_id=gala)
    pending = _log(db, aiko, "2", self_logged=True, event_id=gala)

    assert hours.get_hours(db, pending).status is HoursStatus.PENDING
    assert hours.hours_summary(db, 2025).minutes == 180
    assert volunteers.get_volunteer(db, aiko).minutes_total == 180
    assert events.get_event(db, gala).hours_minutes == 180
    assert stats.database_stats(db).volunteer_hours == 3.0
    assert reports.annual_report(db, 2025).volunteers.minutes == 180
    listed = hours.list_hours(db, HoursQuery(status=HoursStatus.PENDING))
    assert [row.id for row in listed.items] == [pending]

    hours_approval.approve_hours(db, [pending], "Linda Park", "checked with the chair")

    assert hours.get_hours(db, pending).status is HoursStatus.APPROVED
    assert hours.hours_summary(db, 2025).minutes == 300
    assert volunteers.get_volunteer(db, aiko).minutes_total == 300
    assert events.get_event(db, gala).hours_minutes == 300
    assert reports.annual_report(db, 2025).volunteers.minutes == 300
    assert hours_approval.pending_hours(db) == ()


def test_the_audit_keeps_who_decided_what_and_when(db):
    aiko = _volunteer(db)
    entry = _log(db, aiko, "1:30", self_logged=True)
    before = datetime.now(UTC)
    hours_approval.decline_hours(db, [entry], "  Linda   Park ", "Already logged by the chair.")
    hours_approval.approve_hours(db, [entry], "Tom Reyes")
    after = datetime.now(UTC)

    audit = hours_approval.hours_reviews(db, entry)
    assert [(r.decision, r.reviewer, r.minutes, r.note) for r in audit] == [
        (HoursDecision.APPROVED, "Tom Reyes", 90, None),
        (HoursDecision.DECLINED, "Linda Park", 90, "Already logged by the chair."),
    ]
    assert all(before <= r.reviewed_at <= after for r in audit)
    assert audit[0].volunteer_name == "Aiko Sato"


def test_declined_hours_never_count(db):
    aiko = _volunteer(db)
    entry = _log(db, aiko, "4", self_logged=True)
    hours_approval.decline_hours(db, [entry], "Linda Park", "Not committee work.")
    assert hours.get_hours(db, entry).status is HoursStatus.DECLINED
    assert hours.hours_summary(db, 2025).minutes == 0
    assert hours_approval.pending_hours(db) == ()


def test_refusals_name_what_to_fix_and_change_nothing(db):
    aiko = _volunteer(db)
    committee = _log(db, aiko, self_logged=False)
    mine = _log(db, aiko, self_logged=True)

    with pytest.raises(ValidationError) as error:
        hours_approval.approve_hours(db, [mine], "   ")
    assert "coordinator's name" in error.value.errors["reviewer"]
    with pytest.raises(ValidationError) as error:
        hours_approval.decline_hours(db, [mine], "Linda Park", "")
    assert "why" in error.value.errors["reason"]
    with pytest.raises(ValidationError) as error:
        hours_approval.approve_hours(db, [mine, committee], "Linda Park")
    assert "entered by the committee" in error.value.errors["hours_id"]
    with pytest.raises(NotFoundError):
        hours_approval.approve_hours(db, [mine, "no-such-id"], "Linda Park")
    # all or nothing: the first entry of each refused action is still pending
    assert hours.get_hours(db, mine).status is HoursStatus.PENDING
    with db.read() as session:
        assert session.scalars(select(HoursReview)).all() == []

    hours_approval.approve_hours(db, [mine], "Linda Park")
    with pytest.raises(ValidationError) as error:
        hours_approval.approve_hours(db, [mine], "Linda Park")
    assert "already approved" in error.value.errors["hours_id"]


def test_who_logged_the_hours_cannot_be_edited_away(db):
    aiko = _volunteer(db)
    mine = _log(db, aiko, self_logged=True)
    with pytest.raises(ValidationError) as error:
        hours.edit_hours(db, mine, {"self_logged": "no"})
    assert "approve or decline" in error.value.errors["self_logged"]
    hours.edit_hours(db, mine, {"hours": "2.5", "self_logged": "yes"})
    row = hours.get_hours(db, mine)
    assert (row.minutes, row.status) == (150, HoursStatus.PENDING)


def test_upgrade_from_0008_keeps_hours_counted_and_adds_the_review_tables(db_path, tmp_path):
    from sistercommittee.storage.engine import create_sqlite_engine

    engine = create_sqlite_engine(db_path)
    stamp = "2026-01-01T00:00:00.000000+00:00"
    with engine.connect() as connection, connection.begin():
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        migrate.upgrade(connection, "0008_directory_listing")
        connection.exec_driver_sql(
            "INSERT INTO sync_state (id, device_id, last_hlc, pull_cursor) "
            "VALUES (1, 'device', '0000000000000.000000', 0)"
        )
        connection.exec_driver_sql(
            "INSERT INTO volunteers (id, given_name, sort_name, roles, skills, committees, "
            f"contact_consent, active, created_at, updated_at) VALUES ('v1', 'Aiko', 'aiko', "
            f"'[]', '[]', '[]', 0, 1, '{stamp}', '{stamp}')"
        )
        connection.exec_driver_sql(
            "INSERT INTO volunteer_hours (id, volunteer_id, activity, worked_on, minutes, kind, "
            f"created_at, updated_at) VALUES ('h1', 'v1', 'Translation', '2025-05-01', 120, "
            f"'translation', '{stamp}', '{stamp}')"
        )
        connection.exec_driver_sql(
            "INSERT INTO partnerships (id, city_name, country, kind, status, focus_areas, "
            f"created_at, updated_at) VALUES ('p1', 'Takayama', 'JP', 'sister_city', 'active', "
            f"'[]', '{stamp}', '{stamp}')"
        )
    engine.dispose()
    db = open_database(db_path, backup_dir=tmp_path / "backups")
    try:
        with db.read() as session:
            from sistercommittee.domain import Partnership

            assert session.get(Partnership, "p1").marked_dates == []
            entry = session.get(HoursEntry, "h1")
            assert entry is not None
            assert (entry.self_logged, entry.status) == (False, HoursStatus.APPROVED)
            assert session.scalars(select(HoursReview)).all() == []
        assert hours.hours_summary(db, 2025).minutes == 120
    finally:
        db.close()


def _signed_in_as(db, role: str) -> None:
    from sistercommittee.domain import SyncAccount

    with db.write() as session:
        session.add(
            SyncAccount(id=1, organization_id="org", organization_name="Springfield",
                        email="ana@example.org", role=role, signed_in_at=datetime.now(UTC))
        )


def test_a_volunteers_laptop_logs_pending_hours_and_cannot_decide(db):
    aiko = _volunteer(db)
    _signed_in_as(db, "volunteer")
    entry = _log(db, aiko, "2", self_logged=False)  # not ticked: still the volunteer's own
    assert hours.get_hours(db, entry).status is HoursStatus.PENDING
    with pytest.raises(ValidationError) as error:
        hours_approval.approve_hours(db, [entry], "Aiko Sato")
    assert error.value.errors["reviewer"] == (
        "This laptop signs in to HQ as a volunteer: a coordinator approves or declines hours."
    )
    assert hours.get_hours(db, entry).status is HoursStatus.PENDING


def test_a_coordinators_laptop_logs_counted_hours(db):
    aiko = _volunteer(db)
    _signed_in_as(db, "coordinator")
    entry = _log(db, aiko, "2", self_logged=False)
    assert hours.get_hours(db, entry).status is HoursStatus.APPROVED


def test_the_default_reviewer_is_the_signed_in_account(db):
    assert hours_approval.default_reviewer(db) == ""
    _signed_in_as(db, "coordinator")
    assert hours_approval.default_reviewer(db) == "ana@example.org"
