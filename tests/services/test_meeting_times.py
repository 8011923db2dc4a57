"""Two-city meeting times: both zones with their daylight saving time, the hours both cities are
awake and at work, and the virtual event made from a slot."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sistercommittee.domain import Partnership
from sistercommittee.domain.enums import PartnershipKind, PartnershipStatus
from sistercommittee.errors import ValidationError
from sistercommittee.services import events
from sistercommittee.services.meeting_times import (
    create_meeting_event,
    meeting_times,
    slot_text,
)


def _partner(db, city: str, country: str, zone: str | None) -> str:
    with db.write() as session:
        row = Partnership(
            city_name=city,
            country=country,
            time_zone=zone,
            kind=PartnershipKind.SISTER_CITY,
            status=PartnershipStatus.ACTIVE,
            focus_areas=[],
        )
        session.add(row)
        session.flush()
        return row.id


def _local(slot, zone) -> tuple[time, time]:
    start, end = slot.local(zone)
    return start.time(), end.time()


def test_besancon_in_the_weeks_when_only_america_has_changed_its_clocks(db):
    besancon = _partner(db, "Besançon", "FR", "Europe/Paris")
    # 16 March 2027: Chicago is on daylight time (since 14 March), Paris not yet (28 March).
    times = meeting_times(db, besancon, "2027-03-16")
    assert times.difference == "Besançon is 6 hours ahead of Springfield"
    work = [s for s in times.slots if s.quality == "work"]
    assert [_local(s, "America/Chicago") for s in work] == [(time(8), time(12))]
    assert [_local(s, "Europe/Paris") for s in work] == [(time(14), time(18))]
    assert slot_text(work[0], times.home_city, times.partner_city) == (
        "08:00–12:00 Tue in Springfield (CDT) = 14:00–18:00 Tue in Besançon (CET)"
    )
    # Two weeks later both are on summer time: seven hours.
    later = meeting_times(db, besancon, date(2027, 3, 30))
    assert later.difference == "Besançon is 7 hours ahead of Springfield"
    assert [_local(s, "America/Chicago") for s in later.slots if s.quality == "work"] == [
        (time(8), time(11))
    ]


def test_kyoto_has_no_working_hour_in_common_only_an_evening_call(db):
    kyoto = _partner(db, "Kyoto", "JP", "Asia/Tokyo")
    times = meeting_times(db, kyoto, date(2027, 3, 16))
    assert times.difference == "Kyoto is 14 hours ahead of Springfield"
    # Early morning here is the last waking hour there; the evening here is their morning.
    assert [_local(s, "America/Chicago") for s in times.slots] == [
        (time(7), time(8)),
        (time(17), time(22)),
    ]
    assert {s.quality for s in times.slots} == {"awake"}
    slot = times.slots[1]
    start, _ = slot.local("Asia/Tokyo")
    assert (start.date(), start.time()) == (date(2027, 3, 17), time(7))
    cells = {c.home_local.time(): c for c in times.cells}
    assert cells[time(17)].home_state == "work" and cells[time(17)].partner_state == "awake"
    assert cells[time(17)].both == "awake"
    assert cells[time(3)].both == "none"


def test_the_day_the_clocks_change_has_23_hours_and_weekends_no_work(db):
    besancon = _partner(db, "Besançon", "FR", "Europe/Paris")
    sunday = meeting_times(db, besancon, date(2027, 3, 14))
    assert len(sunday.cells) == 46  # 23 hours in half hours
    assert all(c.home_state != "work" for c in sunday.cells)
    assert [s.quality for s in sunday.slots] == ["awake"]


def test_a_half_hour_zone_is_placed_exactly(db):
    pune = _partner(db, "Pune", "IN", "Asia/Kolkata")
    times = meeting_times(db, pune, date(2027, 1, 12))
    assert times.difference == "Pune is 11:30 hours ahead of Springfield"
    assert {c.partner_local.minute for c in times.cells} == {0, 30}
    awake = times.slots[0]
    assert _local(awake, "America/Chicago") == (time(7), time(10, 30))
    assert _local(awake, "Asia/Kolkata") == (time(18, 30), time(22))


def test_a_partner_without_a_zone_is_named(db):
    nowhere = _partner(db, "Irkutsk", "RU", None)
    with pytest.raises(ValidationError, match="Irkutsk has no time zone recorded"):
        meeting_times(db, nowhere, date(2027, 1, 12))
    tokyo_country = _partner(db, "Nara", "JP", None)  # one zone in the country: taken
    assert meeting_times(db, tokyo_country, date(2027, 1, 12)).partner_zone == "Asia/Tokyo"


def test_a_slot_becomes_a_virtual_event_with_both_local_times(db):
    besancon = _partner(db, "Besançon", "FR", "Europe/Paris")
    slot = next(s for s in meeting_times(db, besancon, "2027-03-16").slots if s.quality == "work")
    changes = create_meeting_event(db, besancon, slot.starts_at, 90)
    event = events.get_event(db, changes.id)
    assert event.title == "Video call with Besançon"
    assert event.kind.value == "virtual_exchange"
    assert event.starts_at == datetime(2027, 3, 16, 13, 0, tzinfo=UTC)
    assert event.ends_at == datetime(2027, 3, 16, 14, 30, tzinfo=UTC)
    assert event.time_zone == "America/Chicago"
    assert event.description == (
        "08:00–09:30 Tue in Springfield (CDT) = 14:00–15:30 Tue in Besançon (CET)"
    )
    assert [p.id for p in event.partnerships] == [besancon]
    with pytest.raises(ValidationError, match="Length \\(minutes\\) cannot be less than 15"):
        create_meeting_event(db, besancon, slot.starts_at, 5)


def test_the_partner_changes_its_clocks_during_our_day(db):
    besancon = _partner(db, "Besançon", "FR", "Europe/Paris")
    # Saturday 27 March 2027 in Springfield: Paris moves to summer time at 01:00 UTC, which is
    # 20:00 here; from then on it is seven hours ahead instead of six.
    times = meeting_times(db, besancon, date(2027, 3, 27))
    by_home = {c.home_local.time(): c.partner_local for c in times.cells}
    assert by_home[time(19, 30)].time() == time(1, 30)
    assert by_home[time(20, 0)].time() == time(3, 0)
    assert by_home[time(20, 0)].tzname() == "CEST"


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    day=st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)),
    zone=st.sampled_from(
        [
            "Asia/Tokyo",
            "Europe/Paris",
            "Asia/Kolkata",
            "Australia/Adelaide",
            "America/Sao_Paulo",
            "Pacific/Chatham",
            "America/St_Johns",
            "Asia/Kathmandu",
        ]
    ),
)
def test_cells_cover_our_day_and_slots_fit_inside_them(db, day, zone):
    from zoneinfo import ZoneInfo

    partner = _partner(db, "Partner", "JP", zone)
    times = meeting_times(db, partner, day)
    home = ZoneInfo("America/Chicago")
    assert times.cells[0].home_local == datetime.combine(day, time(0), home)
    assert {c.home_local.date() for c in times.cells} == {day}
    assert len(times.cells) in (46, 48, 50)
    steps = {b.starts_at - a.starts_at for a, b in zip(times.cells, times.cells[1:], strict=False)}
    assert steps == {timedelta(minutes=30)}
    for slot in times.slots:
        inside = [c for c in times.cells if slot.starts_at <= c.starts_at < slot.ends_at]
        assert inside and all(c.both != "none" for c in inside)
        if slot.quality == "work":
            assert all(c.both == "work" for c in inside)
