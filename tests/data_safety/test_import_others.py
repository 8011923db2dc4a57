"""Importing partnerships, events and hours."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sistercommittee.domain.enums import PartnershipStatus
from sistercommittee.importing import RowAction, apply_import, preview, read_table, suggest_mapping
from sistercommittee.importing.events import clock_text
from sistercommittee.services.events import add_event, get_event, list_events
from sistercommittee.services.hours import HoursQuery, list_hours
from sistercommittee.services.partnerships import (
    add_partnership,
    get_partnership,
    list_partnerships,
)
from sistercommittee.services.volunteers import add_volunteer
from tests.data_safety.conftest import write_csv, write_xlsx


def _preview(db, kind, path):
    table = read_table(path)
    return preview(db, kind, table, suggest_mapping(kind, table.headers))


# --- partnerships -------------------------------------------------------------------------------


def test_partnerships_import_with_history_and_loose_choices(db, tmp_path):
    rows = [
        ["Sister City", "Local name", "Country", "Type", "Status", "Signed", "Focus"],
        ["Takayama", "高山市", "Japan", "Sister", "Active", "1986-04-01", "Culture; Education"],
        ["Ritzville", "", "DE", "Friendship", "exploratory", "", "business"],
    ]
    result = _preview(db, "partnerships", write_csv(tmp_path / "p.csv", rows))
    assert result.ok, [str(p) for p in result.problems]
    apply_import(db, result)
    items = {row.city_name: row for row in list_partnerships(db).items}
    takayama = get_partnership(db, items["Takayama"].id)
    assert takayama.label == "Takayama (高山市), Japan"
    assert takayama.status == PartnershipStatus.ACTIVE
    assert takayama.time_zone == "Asia/Tokyo" and takayama.language == "ja"  # from the country
    assert takayama.focus_areas == ("culture", "education_youth")
    assert [(s.to_status.value, s.changed_on) for s in takayama.history] == [
        ("active", date(1986, 4, 1))]
    assert items["Ritzville"].kind.value == "friendship_city"
    assert items["Ritzville"].status == PartnershipStatus.EXPLORING


def test_partnership_duplicates_by_city_and_country(db, tmp_path):
    add_partnership(db, {"city_name": "Île-de-Ré", "country": "FR"})
    rows = [["City", "Country", "Committee", "Status"],
            ["ile de re", "France", "Culture", "dormant"],
            ["Ile de Re", "BE", "", ""]]  # another country: another city
    result = _preview(db, "partnerships", write_csv(tmp_path / "p.csv", rows))
    assert [row.action for row in result.rows] == [RowAction.MERGE, RowAction.ADD]
    assert "kept Status exploring (the file has dormant)" in str(result.duplicates[0])
    apply_import(db, result)
    again = _preview(db, "partnerships", write_csv(tmp_path / "p.csv", rows))
    assert [row.action for row in again.rows] == [RowAction.SAME, RowAction.SAME]


def test_partnership_problems(db, tmp_path):
    rows = [["City", "Country", "Status", "Signed"],
            ["Atlantis", "Oceania Nova", "", ""],
            ["Kyiv", "UA", "active", ""],
            ["Future", "JP", "", "2999-01-01"]]
    result = _preview(db, "partnerships", write_csv(tmp_path / "p.csv", rows))
    messages = [str(problem) for problem in result.problems]
    assert messages[0].startswith("Row 2: Country 'Oceania Nova' is not a country.")
    assert messages[1].startswith("Row 3, column 'Signed': An active partnership needs its")
    assert messages[2].startswith("Row 4, column 'Signed': Signing date 2999-01-01 is in the")


# --- events -------------------------------------------------------------------------------------


def test_events_with_date_and_time_apart_and_partner_cities(db, tmp_path):
    add_partnership(db, {"city_name": "Takayama", "country": "JP"})
    rows = [
        ["Event", "Date", "Time", "Location", "Type", "Attendees", "Sister city"],
        ["Spring Festival", "2026-04-11", "10:00-16:00", "Main Square", "festival", "~1,200",
         "Takayama"],
        ["Board meeting", "2026-04-14", "6pm", "City Hall", "meeting", "", ""],
    ]
    result = _preview(db, "events", write_csv(tmp_path / "e.csv", rows))
    assert result.ok, [str(p) for p in result.problems]
    apply_import(db, result)
    events = {row.title: row for row in list_events(db).items}
    festival = get_event(db, events["Spring Festival"].id)
    chicago = ZoneInfo("America/Chicago")
    assert festival.starts_at.astimezone(chicago).replace(tzinfo=None) == datetime(2026, 4, 11, 10)
    assert festival.ends_at - festival.starts_at == timedelta(hours=6)
    assert festival.attendance == 1200
    assert [link.city_name for link in festival.partnerships] == ["Takayama"]
    meeting = events["Board meeting"]
    assert meeting.local_starts_at.replace(tzinfo=None) == datetime(2026, 4, 14, 18)
    assert meeting.ends_at - meeting.starts_at == timedelta(hours=2)  # the form's default


def test_events_from_excel_with_real_datetimes_and_twice(db, tmp_path):
    rows = [["Title", "Start", "End"],
            ["Gala", datetime(2026, 5, 1, 19, 0), datetime(2026, 5, 1, 23, 0)]]
    path = write_xlsx(tmp_path / "e.xlsx", rows)
    apply_import(db, _preview(db, "events", path))
    again = _preview(db, "events", path)
    assert [row.action for row in again.rows] == [RowAction.SAME]
    assert list_events(db).total == 1


def test_event_problems_name_the_row(db, tmp_path):
    rows = [["Title", "Date", "Start", "End", "Partner city"],
            ["Late", "2026-04-11", "18:00", "17:00", ""],
            ["Nowhere", "not a date", "18:00", "", ""],
            ["Lonely", "2026-04-11", "18:00", "", "Atlantis"]]
    result = _preview(db, "events", write_csv(tmp_path / "e.csv", rows))
    messages = [str(problem) for problem in result.problems]
    assert messages[0] == "Row 2, column 'End': End time is before the start time."
    assert messages[1].startswith("Row 3: Date 'not a date' is not a date.")
    assert messages[2] == (
        "Row 4: There is no partnership with Atlantis. Add the partnership first, or correct "
        "the name."
    )


def test_times_of_day_as_people_type_them():
    assert clock_text("6pm") == "18:00"
    assert clock_text("6.30 p.m.") == "18:30"
    assert clock_text("12am") == "00:00"
    assert clock_text("18h30") == "18:30"
    assert clock_text("25:00") is None
    assert clock_text("2026-04-11") is None


# --- hours --------------------------------------------------------------------------------------


def test_hours_by_volunteer_name_and_event_title(db, tmp_path):
    add_volunteer(db, {"given_name": "Jane", "family_name": "Smith", "email": "jane@example.org"})
    add_volunteer(db, {"given_name": "Ken", "family_name": "Ito"})
    event = add_event(db, {"title": "Spring Festival", "starts_at": "2026-04-11 10:00",
                           "ends_at": "2026-04-11 16:00"}).id
    rows = [
        ["Volunteer", "Email", "Date", "Hours", "Event", "Task"],
        ["SMITH, Jane", "", "2026-04-11", "2:30", "spring festival", ""],
        ["", "jane@example.org", "2026-04-12", "1.5", "", "Translation of the MOU"],
        ["Ken Ito", "", "2026-04-12", "90 min", "", "Driving"],
    ]
    result = _preview(db, "hours", write_csv(tmp_path / "h.csv", rows))
    assert result.bad_rows == (4,)
    assert str(result.problems[0]).startswith("Row 4: Hours must be a time such as 2.5")
    apply_import(db, result, skip_bad_rows=True)
    entries = list_hours(db, HoursQuery(descending=False)).items
    assert [(e.volunteer_name, e.minutes, e.event_id, e.kind.value) for e in entries] == [
        ("Jane Smith", 150, event, "event"),
        ("Jane Smith", 90, None, "other"),
    ]
    again = _preview(db, "hours", write_csv(tmp_path / "h.csv", rows))
    assert [row.action for row in again.rows] == [RowAction.SAME, RowAction.SAME, RowAction.BAD]
    assert str(again.duplicates[0]) == (
        "Row 2: the same as Jane Smith on 2026-04-11 (already saved; same volunteer, date, "
        "hours and activity): nothing new."
    )


def test_hours_name_problems(db, tmp_path):
    add_volunteer(db, {"given_name": "John", "family_name": "Smith", "email": "a@example.org"})
    add_volunteer(db, {"given_name": "John", "family_name": "Smith", "email": "b@example.org"})
    rows = [["Volunteer", "Date", "Minutes", "Activity"],
            ["John Smith", "2026-01-05", "60", "Office"],
            ["Nobody Here", "2026-01-05", "60", "Office"],
            ["", "2026-01-05", "60", "Office"]]
    result = _preview(db, "hours", write_csv(tmp_path / "h.csv", rows))
    messages = [str(problem) for problem in result.problems]
    assert messages == [
        "Row 2: 2 volunteers are named John Smith: add an Email column to tell them apart.",
        "Row 3: No volunteer Nobody Here is saved. Import or add the volunteers first, or "
        "correct the name.",
        "Row 4: Give the volunteer's name or email.",
    ]
