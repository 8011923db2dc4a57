from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import icalendar

from sistercommittee.documents.calendar import event_uid, render_calendar, write_calendar
from tests.documents import report_data


def parse(data: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(data)


def test_events_keep_their_zone_and_land_at_the_right_hour(db, tmp_path):
    ids = report_data.build(db)
    data, count = render_calendar(db)
    assert count == 4  # the deleted event is left out
    calendar = parse(data)
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    tokyo = events[event_uid(ids.tokyo_call)]
    start = tokyo.decoded("DTSTART")
    assert (
        start.tzinfo is not None and start.hour == 19 and str(start.tzinfo) in ("Asia/Tokyo", "JST")
    )
    assert start.astimezone(UTC) == datetime(2025, 6, 3, 10, 0, tzinfo=UTC)
    # In Springfield the same call is at 05:00 in the morning.
    assert start.astimezone(ZoneInfo("America/Chicago")).hour == 5
    festival = events[event_uid(ids.festival)]
    assert str(festival["SUMMARY"]) == "Japan Festival <b>& Friends</b>"
    assert "Takayama (高山市)" in str(festival["DESCRIPTION"])
    assert str(festival["LOCATION"]) == "Old State Capitol Plaza"
    assert b"DTSTART;TZID=Asia/Tokyo:20250603T190000" in data
    assert b"DTSTART;TZID=America/Chicago:20250510T110000" in data


def test_one_vtimezone_per_zone_used(db):
    report_data.build(db)
    calendar = parse(render_calendar(db)[0])
    zones = sorted(str(z["TZID"]) for z in calendar.walk("VTIMEZONE"))
    assert zones == ["America/Chicago", "Asia/Tokyo"]
    chicago = next(z for z in calendar.walk("VTIMEZONE") if str(z["TZID"]) == "America/Chicago")
    assert chicago.walk("DAYLIGHT") and chicago.walk("STANDARD")
    # The zone rules round-trip: the file's own VTIMEZONE gives the same UTC offset as zoneinfo.
    tz = chicago.to_tz()
    summer = datetime(2025, 7, 1, 12, 0)
    assert tz.utcoffset(summer) == ZoneInfo("America/Chicago").utcoffset(summer)


def test_uids_are_stable_and_range_filters(db, tmp_path):
    ids = report_data.build(db)
    first = parse(render_calendar(db)[0])
    second = parse(render_calendar(db)[0])
    assert [str(e["UID"]) for e in first.walk("VEVENT")] == [
        str(e["UID"]) for e in second.walk("VEVENT")
    ]
    data, count = render_calendar(db, date(2026, 1, 1), date(2026, 1, 31))
    assert count == 1
    assert [str(e["UID"]) for e in parse(data).walk("VEVENT")] == [event_uid(ids.new_year)]
    path, _ = write_calendar(db, tmp_path / "events.ics")
    assert path.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_empty_calendar_is_valid(db):
    data, count = render_calendar(db)
    assert count == 0
    assert parse(data)["VERSION"] == "2.0"
