from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from sistercommittee.domain import HoursEntry
from sistercommittee.domain.enums import HoursKind
from sistercommittee.errors import NotFoundError, ValidationError
from sistercommittee.services import events, volunteers
from sistercommittee.services import hours as svc
from sistercommittee.services.changes import Entity
from sistercommittee.services.forms import OrgDefaults, validate
from sistercommittee.services.hours import HoursQuery


def volunteer(db, given: str, family: str | None = None) -> str:
    return volunteers.add_volunteer(db, {"given_name": given, "family_name": family}).id


def past_event(db, **values) -> str:
    base = {
        "title": "Sister city gala",
        "starts_at": "2025-10-04 18:00",
        "ends_at": "2025-10-04 23:00",
    }
    return events.add_event(db, {**base, **values}).id


# --- log, edit, delete ------------------------------------------------------------------------


def test_log_hours_for_an_activity(db):
    aiko = volunteer(db, "Aiko", "Sato")
    changes = svc.log_hours(
        db,
        {"volunteer_id": aiko, "activity": "Translated the MOU", "worked_on": "2025-09-01", "hours": "2:30", "kind": "translation"},
    )
    assert changes.entities == {Entity.HOURS, Entity.VOLUNTEERS, Entity.EVENTS}
    row = svc.get_hours(db, changes.id)
    assert row.minutes == 150
    assert row.kind is HoursKind.TRANSLATION
    assert row.volunteer_name == "Aiko Sato"
    assert row.worked_on == date(2025, 9, 1)
    assert row.event_id is None
    assert volunteers.get_volunteer(db, aiko).minutes_total == 150


def test_kind_defaults_to_event_when_an_event_is_given_else_other(db):
    aiko = volunteer(db, "Aiko", "Sato")
    gala = past_event(db)
    for_event = svc.log_hours(db, {"volunteer_id": aiko, "event_id": gala, "worked_on": "10/4/2025", "hours": "3"}).id
    other = svc.log_hours(db, {"volunteer_id": aiko, "activity": "Newsletter", "worked_on": "2025-10-05", "hours": "1h15"}).id
    assert svc.get_hours(db, for_event).kind is HoursKind.EVENT
    assert svc.get_hours(db, for_event).event_title == "Sister city gala"
    assert svc.get_hours(db, other).kind is HoursKind.OTHER
    assert svc.get_hours(db, other).minutes == 75
    assert events.get_event(db, gala).hours_minutes == 180


def test_every_bad_field_is_named_and_nothing_is_written(db):
    tomorrow = (datetime.now(ZoneInfo("America/Chicago")).date() + timedelta(days=2)).isoformat()
    with pytest.raises(ValidationError) as caught:
        svc.log_hours(db, {"volunteer_id": "nobody", "event_id": "no-event", "worked_on": tomorrow, "hours": "0", "kind": "napping"})
    errors = caught.value.errors
    assert set(errors) == {"volunteer_id", "event_id", "worked_on", "hours", "kind"}
    assert "no volunteer with id nobody" in errors["volunteer_id"]
    assert "no event with id no-event" in errors["event_id"]
    assert "in the future" in errors["worked_on"]
    assert errors["hours"] == "Hours must be more than zero."
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(HoursEntry)) == 0


def test_required_fields_and_event_or_activity(db):
    aiko = volunteer(db, "Aiko", "Sato")
    with pytest.raises(ValidationError) as caught:
        svc.log_hours(db, {})
    assert set(caught.value.errors) == {"volunteer_id", "worked_on", "hours"}
    assert caught.value.errors["worked_on"] == "Date worked is required."
    with pytest.raises(ValidationError) as caught:
        svc.log_hours(db, {"volunteer_id": aiko, "worked_on": "2025-09-01", "hours": "2"})
    assert caught.value.errors == {
        "activity": "Say what the time was for: choose an event, or describe the activity."
    }
    with pytest.raises(ValidationError) as caught:
        svc.log_hours(db, {"volunteer_id": aiko, "activity": "Tea", "worked_on": "2025-09-01", "hours": "25"})
    assert "more than 24 hours" in caught.value.errors["hours"]
    with pytest.raises(ValidationError) as caught:
        svc.log_hours(db, {"volunteer_id": aiko, "activity": "Tea", "worked_on": "2025-09-01", "hours": "lots"})
    assert "such as 2.5, 2:30 or 2h30" in caught.value.errors["hours"]


def test_deleted_volunteer_or_event_cannot_get_new_hours(db):
    omar = volunteer(db, "Omar", "Haddad")
    gala = past_event(db)
    volunteers.delete_volunteer(db, omar)
    events.delete_event(db, gala)
    with pytest.raises(ValidationError) as caught:
        svc.log_hours(db, {"volunteer_id": omar, "event_id": gala, "worked_on": "2025-10-04", "hours": "2"})
    assert "Omar Haddad was deleted" in caught.value.errors["volunteer_id"]
    assert "no event" in caught.value.errors["event_id"]


def test_edit_delete_and_restore(db):
    aiko = volunteer(db, "Aiko", "Sato")
    ben = volunteer(db, "Ben", "Okafor")
    entry = svc.log_hours(db, {"volunteer_id": aiko, "activity": "Mailing", "worked_on": "2025-09-01", "hours": "1"}).id
    svc.edit_hours(db, entry, {"hours": "1.75", "volunteer_id": ben, "notes": "Stamps too"})
    row = svc.get_hours(db, entry)
    assert (row.minutes, row.volunteer_name, row.notes, row.activity) == (105, "Ben Okafor", "Stamps too", "Mailing")
    with pytest.raises(ValidationError) as caught:
        svc.edit_hours(db, entry, {"activity": ""})
    assert "activity" in caught.value.errors
    with pytest.raises(ValidationError) as caught:
        svc.edit_hours(db, entry, {"volunteer_id": "gone"})
    assert "volunteer_id" in caught.value.errors
    svc.delete_hours(db, entry)
    with pytest.raises(NotFoundError):
        svc.get_hours(db, entry)
    with pytest.raises(NotFoundError):
        svc.edit_hours(db, entry, {"hours": "2"})
    assert svc.list_hours(db).total == 0
    svc.restore_hours(db, entry)
    assert svc.list_hours(db).total == 1


# --- list and summary -------------------------------------------------------------------------


def test_list_filters_sorts_and_pages(db):
    aiko = volunteer(db, "Aiko", "Sato")
    ben = volunteer(db, "Ben", "Okafor")
    gala = past_event(db)
    svc.log_hours(db, {"volunteer_id": aiko, "event_id": gala, "worked_on": "2025-10-04", "hours": "5"})
    svc.log_hours(db, {"volunteer_id": aiko, "activity": "Board meeting", "kind": "meeting", "worked_on": "2025-11-12", "hours": "1.5"})
    svc.log_hours(db, {"volunteer_id": ben, "activity": "Grant application", "kind": "fundraising", "worked_on": "2025-08-20", "hours": "3"})

    def minutes(**kwargs) -> list[int]:
        return [r.minutes for r in svc.list_hours(db, HoursQuery(**kwargs)).items]

    assert minutes() == [90, 300, 180]  # the latest first
    assert minutes(descending=False) == [180, 300, 90]
    assert minutes(sort="minutes") == [300, 180, 90]
    assert minutes(volunteer_id=aiko) == [90, 300]
    assert minutes(event_id=gala) == [300]
    assert minutes(kind=HoursKind.FUNDRAISING) == [180]
    assert minutes(date_from=date(2025, 9, 1), date_to=date(2025, 10, 31)) == [300]
    page = svc.list_hours(db, HoursQuery(limit=2))
    assert page.total == 3 and page.has_more and len(page.items) == 2
    assert svc.list_hours(db, HoursQuery(event_id=gala)).items[0].event_title == "Sister city gala"
    with pytest.raises(ValidationError) as caught:
        svc.list_hours(db, HoursQuery(date_from=date(2025, 9, 1), date_to=date(2025, 8, 1)))
    assert "date_to" in caught.value.errors
    assert minutes(kind="Fundraising") == [180]  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        svc.list_hours(db, HoursQuery(kind="napping"))  # type: ignore[arg-type]
    assert "kind" in caught.value.errors
    with pytest.raises(ValidationError) as caught:
        svc.list_hours(db, HoursQuery(sort="volunteer"))  # type: ignore[arg-type]
    assert "sort" in caught.value.errors


def test_deleted_people_leave_the_list_but_their_time_stays_in_the_totals(db):
    aiko = volunteer(db, "Aiko", "Sato")
    omar = volunteer(db, "Omar", "Haddad")
    gala = past_event(db)
    svc.log_hours(db, {"volunteer_id": aiko, "event_id": gala, "worked_on": "2025-10-04", "hours": "4"})
    svc.log_hours(db, {"volunteer_id": omar, "event_id": gala, "worked_on": "2025-10-04", "hours": "2"})
    volunteers.delete_volunteer(db, omar)
    assert [r.volunteer_name for r in svc.list_hours(db).items] == ["Aiko Sato"]
    assert events.get_event(db, gala).hours_minutes == 360
    assert svc.hours_summary(db, 2025).minutes == 360
    events.delete_event(db, gala)
    (row,) = svc.list_hours(db).items
    assert row.event_id is None and row.event_title is None


def test_summary_by_year_and_kind(db):
    aiko = volunteer(db, "Aiko", "Sato")
    ben = volunteer(db, "Ben", "Okafor")
    svc.log_hours(db, {"volunteer_id": aiko, "activity": "Hosting", "kind": "hosting", "worked_on": "2025-06-01", "hours": "6"})
    svc.log_hours(db, {"volunteer_id": aiko, "activity": "Meeting", "kind": "meeting", "worked_on": "2025-06-02", "hours": "1"})
    svc.log_hours(db, {"volunteer_id": ben, "activity": "Meeting", "kind": "meeting", "worked_on": "2025-12-31", "hours": "1"})
    svc.log_hours(db, {"volunteer_id": ben, "activity": "Meeting", "kind": "meeting", "worked_on": "2024-12-31", "hours": "9"})
    summary = svc.hours_summary(db, 2025)
    assert (summary.year, summary.minutes, summary.volunteers) == (2025, 480, 2)
    assert [(k.kind, k.minutes) for k in summary.by_kind] == [(HoursKind.HOSTING, 360), (HoursKind.MEETING, 120)]
    empty = svc.hours_summary(db, 2023)
    assert (empty.minutes, empty.volunteers, empty.by_kind) == (0, 0, ())
    with pytest.raises(ValidationError):
        svc.hours_summary(db, 20255)


# --- hours from the staffing plan -------------------------------------------------------------


def test_staff_hours_come_from_shift_lengths_on_the_events_local_day(db):
    aiko = volunteer(db, "Aiko", "Sato")
    ben = volunteer(db, "Ben", "Okafor")
    # 18:00 in Tokyo on Oct 4 is 09:00 UTC: the entry is dated Oct 4, the venue's day.
    gala = past_event(db, time_zone="Asia/Tokyo", starts_at="2025-10-04 18:00", ends_at="2025-10-05 01:00")
    events.add_shift(db, gala, {"role": "Set-up", "starts_at": "2025-10-04 16:00", "ends_at": "2025-10-04 18:00", "volunteer_id": aiko})
    events.add_shift(db, gala, {"role": "Host", "starts_at": "2025-10-04 18:00", "ends_at": "2025-10-04 21:30", "volunteer_id": aiko})
    # An evening shift past midnight counts on the evening's day.
    events.add_shift(db, gala, {"role": "Clean-up", "starts_at": "2025-10-04 22:00", "ends_at": "2025-10-05 01:30", "volunteer_id": ben})
    events.add_shift(db, gala, {"role": "Open shift"})
    result = svc.log_hours_for_event_staff(db, gala)
    assert result.logged == ("Aiko Sato", "Ben Okafor")
    assert result.skipped == ()
    assert result.minutes == 330 + 210
    assert len(result.ids) == 2
    rows = {r.volunteer_name: r for r in svc.list_hours(db, HoursQuery(event_id=gala)).items}
    assert rows["Aiko Sato"].minutes == 330
    assert rows["Ben Okafor"].minutes == 210
    assert {r.worked_on for r in rows.values()} == {date(2025, 10, 4)}
    assert {r.kind for r in rows.values()} == {HoursKind.EVENT}


def test_staff_who_already_have_hours_are_skipped_and_named(db):
    aiko = volunteer(db, "Aiko", "Sato")
    ben = volunteer(db, "Ben", "Okafor")
    gala = past_event(db)
    events.add_shift(db, gala, {"role": "Host", "volunteer_id": aiko})
    events.add_shift(db, gala, {"role": "Door", "volunteer_id": ben})
    svc.log_hours(db, {"volunteer_id": ben, "event_id": gala, "worked_on": "2025-10-04", "hours": "2"})
    result = svc.log_hours_for_event_staff(db, gala)
    assert (result.logged, result.skipped) == (("Aiko Sato",), ("Ben Okafor",))
    again = svc.log_hours_for_event_staff(db, gala)
    assert (again.logged, again.skipped, again.ids) == ((), ("Aiko Sato", "Ben Okafor"), ())
    assert events.get_event(db, gala).hours_minutes == 300 + 120
    assert events.get_event(db, gala).hours_volunteers == 2


def test_staff_hours_for_chosen_volunteers_only(db):
    aiko = volunteer(db, "Aiko", "Sato")
    ben = volunteer(db, "Ben", "Okafor")
    carla = volunteer(db, "Carla", "Reyes")
    gala = past_event(db)
    events.add_shift(db, gala, {"role": "Host", "volunteer_id": aiko})
    events.add_shift(db, gala, {"role": "Door", "volunteer_id": ben})
    with pytest.raises(ValidationError) as caught:
        svc.log_hours_for_event_staff(db, gala, [aiko, carla])
    assert "Carla Reyes" in caught.value.errors["volunteer_ids"]
    with pytest.raises(ValidationError):
        svc.log_hours_for_event_staff(db, gala, [])
    result = svc.log_hours_for_event_staff(db, gala, [ben])
    assert result.logged == ("Ben Okafor",)
    assert [r.volunteer_name for r in svc.list_hours(db).items] == ["Ben Okafor"]


def test_a_festival_over_several_days_gets_one_entry_per_day(db):
    aiko = volunteer(db, "Aiko", "Sato")
    fair = past_event(db, title="Harvest fair", starts_at="2025-09-12 09:00", ends_at="2025-09-14 18:00")
    for day in (12, 13, 14):
        events.add_shift(db, fair, {"role": "Booth", "starts_at": f"2025-09-{day} 09:00", "ends_at": f"2025-09-{day} 18:00", "volunteer_id": aiko})
    result = svc.log_hours_for_event_staff(db, fair)
    assert result.minutes == 3 * 540
    rows = svc.list_hours(db, HoursQuery(descending=False)).items
    assert [(r.worked_on.day, r.minutes) for r in rows] == [(12, 540), (13, 540), (14, 540)]


def test_staff_hours_refusals(db):
    aiko = volunteer(db, "Aiko", "Sato")
    future = events.add_event(db, {"title": "Next gala", "starts_at": "2099-10-04 18:00"}).id
    events.add_shift(db, future, {"role": "Host", "volunteer_id": aiko})
    with pytest.raises(ValidationError) as caught:
        svc.log_hours_for_event_staff(db, future)
    assert "is not over yet" in caught.value.errors["event_id"]
    unstaffed = past_event(db)
    events.add_shift(db, unstaffed, {"role": "Host"})
    with pytest.raises(ValidationError) as caught:
        svc.log_hours_for_event_staff(db, unstaffed)
    assert "Nobody is on a shift" in caught.value.errors["event_id"]
    with pytest.raises(NotFoundError):
        svc.log_hours_for_event_staff(db, "missing")


def test_minutes_by_day_carries_more_than_a_day_forward():
    zone = "UTC"
    start = datetime(2025, 9, 12, 0, 0, tzinfo=ZoneInfo(zone))
    spans = [(start, start + timedelta(hours=20)), (start + timedelta(hours=20), start + timedelta(hours=30))]
    days = svc._minutes_by_day(spans, zone, date(2025, 9, 12))
    assert days == {date(2025, 9, 12): 1440, date(2025, 9, 13): 360}


# --- the form takes any text ------------------------------------------------------------------

ORG = OrgDefaults("US", "USD", "America/Chicago")
texts = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["nan", "inf", "-inf", "1e999999", "2:75", "24:00", "0:00", "2h30", "9999-12-31", "0001-01-01", "1e-9999"]),
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(svc.HOURS_FORM.names), texts))
def test_any_text_given_to_the_hours_form_validates_or_is_refused(values):
    try:
        validate(svc.HOURS_FORM, values, ORG)
    except ValidationError as error:
        assert error.errors and all(isinstance(m, str) and m for m in error.errors.values())


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(svc.HOURS_FORM.names), texts))
def test_any_text_given_to_log_hours_saves_or_is_refused(db, values):
    try:
        svc.log_hours(db, values)
    except ValidationError as error:
        assert error.errors


@pytest.mark.parametrize(("typed", "minutes"), [("2,5", 150), ("0,25", 15), ("2.5", 150), ("12,75h", 765)])
def test_hours_take_a_decimal_comma_whatever_the_machines_locale(typed: str, minutes: int) -> None:
    """A Spanish volunteer types 2,5: two and a half hours, not 25 (no entry of at most 24 hours
    has a thousands separator)."""
    from sistercommittee.services.fields import hours_minutes

    assert hours_minutes(typed, "Hours") == minutes
