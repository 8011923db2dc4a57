"""A partnership's health from its records: figures, flags with their reasons, suggestions from
its focus areas, anniversaries a year ahead."""

from __future__ import annotations

from datetime import date

from sistercommittee.documents.certificate import ANNIVERSARIES
from sistercommittee.services import (
    events,
    exchanges,
    health,
    hours,
    mou_signatories,
    mous,
    partnerships,
    volunteers,
)
from sistercommittee.services.anniversaries import RENEWAL_YEARS

TODAY = date(2025, 6, 1)


def _partnership(db, **values) -> str:
    base = {"city_name": "Takayama", "country": "JP", "status": "active",
            "signed_on": "2000-09-01", "focus_areas": "education_youth, culture"}
    return partnerships.add_partnership(db, {**base, **values}).id


def _codes(result) -> list[str]:
    return [flag.code for flag in result.flags]


def test_renewal_years_are_those_the_certificate_prints():
    assert RENEWAL_YEARS == ANNIVERSARIES


def test_a_quiet_partnership_is_flagged_with_reasons(db):
    pid = _partnership(db)
    exchanges.add_exchange(
        db,
        {"title": "Youth ambassadors 2021", "direction": "outbound", "program": "youth",
         "partnership_id": pid, "starts_on": "2021-07-01", "ends_on": "2021-07-10"},
    )
    result = health.partnership_health(db, pid, today=TODAY)
    assert _codes(result) == ["no_exchange", "no_event", "no_contact"]
    assert result.flags[0].reason == (
        "No exchange in 3 years: the last was Youth ambassadors 2021 (2021-07-01)."
    )
    assert result.flags[1].reason == "No event with Takayama is recorded."
    assert result.suggestions == (
        health.SUGGESTIONS[health.FocusArea.EDUCATION_YOUTH],
        health.SUGGESTIONS[health.FocusArea.CULTURE],
    )


def test_signatory_left_office_and_unanswered_contact(db):
    pid = _partnership(db)
    mou = mous.add_mou(db, {"partnership_id": pid, "signed_on": "2000-09-01"}).id
    mou_signatories.add_signatory(
        db, mou, {"side": "partner", "name": "Tsuchiya Kazuo", "title": "Mayor of Takayama",
                  "left_office_on": "2022-04-30"},
    )
    mou_signatories.add_signatory(db, mou, {"side": "home", "name": "Jane Smith", "title": "Mayor"})
    partnerships.add_contact(
        db, pid, {"name": "Sato Hiroshi", "organization": "City Hall",
                  "awaiting_reply_since": "2025-03-01"},
    )
    partnerships.add_contact(
        db, pid, {"name": "Ito Yui", "awaiting_reply_since": "2025-05-20"}  # 12 days: not yet
    )
    result = health.partnership_health(db, pid, today=TODAY)
    reasons = {flag.code: flag.reason for flag in result.flags}
    assert reasons["signatory_left"] == (
        "MOU signatory left office: Mayor of Takayama Tsuchiya Kazuo (Takayama's side) on "
        "2022-04-30; meet the successor and consider renewing the MOU."
    )
    assert reasons["unanswered"] == (
        "Partner contact unanswered since 2025-03-01: Sato Hiroshi (City Hall), 92 days."
    )
    assert _codes(result).count("unanswered") == 1
    assert "no_contact" not in reasons


def test_figures_last_meetings_people_per_year_and_approved_hours(db):
    pid = _partnership(db, focus_areas="")
    fair = events.add_event(
        db, {"title": "Spring fair", "starts_at": "2025-04-12 10:00",
             "ends_at": "2025-04-12 16:00", "partnerships": pid},
    ).id
    events.add_event(
        db, {"title": "Autumn gala", "starts_at": "2025-10-04 18:00",
             "ends_at": "2025-10-04 22:00", "partnerships": pid},
    )  # after today: not the last event
    trip = exchanges.add_exchange(
        db, {"title": "Teachers 2024", "direction": "inbound", "program": "education",
             "partnership_id": pid, "starts_on": "2024-10-01", "ends_on": "2024-10-08"},
    ).id
    for name in ("Ito", "Mori", "Abe"):
        exchanges.add_participant(db, trip, {"name": name, "role": "delegate"})
    exchanges.add_exchange(
        db, {"title": "Youth 2025", "direction": "outbound", "program": "youth",
             "partnership_id": pid, "starts_on": "2025-08-01", "ends_on": "2025-08-09"},
    )
    aiko = volunteers.add_volunteer(db, {"given_name": "Aiko"}).id
    hours.log_hours(db, {"volunteer_id": aiko, "event_id": fair, "worked_on": "2025-04-12",
                         "hours": "3"})
    hours.log_hours(db, {"volunteer_id": aiko, "event_id": fair, "worked_on": "2025-04-12",
                         "hours": "5", "self_logged": "yes"})  # pending: not counted

    result = health.partnership_health(db, pid, today=TODAY)
    assert (result.last_event.title, result.last_event.on) == ("Spring fair", date(2025, 4, 12))
    assert result.last_exchange.title == "Teachers 2024"
    assert result.next_exchange.title == "Youth 2025"
    assert [(c.year, c.people) for c in result.people_by_year] == [
        (2021, 0), (2022, 0), (2023, 0), (2024, 3), (2025, 0)
    ]
    assert result.hours_minutes == 180
    assert "no_exchange" not in _codes(result) and "no_event" not in _codes(result)
    assert result.suggestions[0].startswith("Choose the partnership's focus areas")
    assert any("Delegation leaves for Takayama" in task for task in result.open_tasks)


def test_anniversaries_within_a_year_and_the_national_day(db):
    pid = _partnership(db, signed_on="2000-09-01")  # 25 years on 2025-09-01
    result = health.partnership_health(db, pid, today=TODAY)
    assert [(a.on, a.what, a.renewal) for a in result.anniversaries] == [
        (date(2025, 9, 1), "25 years since the signing with Takayama", True),
        (date(2026, 2, 11), "Japan's National Foundation Day: greet Takayama", False),
    ]


def test_dormant_and_the_overview(db):
    quiet = _partnership(db, city_name="Chiang Mai", country="TH", signed_on="2007-01-12")
    partnerships.change_status(db, quiet, "dormant", "2020-04-01")
    _partnership(db, city_name="Besançon", country="FR", signed_on=None, status="exploring")
    overview = health.health_overview(db, today=TODAY)
    assert [(h.city_name, h.country, h.status.value) for h in overview] == [
        ("Besançon", "France", "exploring"),
        ("Chiang Mai", "Thailand", "dormant"),
    ]
    assert overview[0].flags == 0 and overview[1].flags >= 2
    reason = health.partnership_health(db, quiet, today=TODAY).flags[0].reason
    assert reason == "The partnership with Chiang Mai is marked dormant since 2020-04-01."


def test_the_partner_citys_own_dates_and_round_founding_anniversaries(db):
    pid = _partnership(
        db,
        signed_on="2003-07-01",
        marked_dates="04-14 Spring Festival, 1925-10-09 City founded, 1992-12-01 Museum opened",
    )
    result = health.partnership_health(db, pid, today=TODAY)
    assert [(a.on, a.what) for a in result.anniversaries] == [
        (date(2025, 10, 9), "City founded, 100 years (Takayama)"),
        (date(2026, 2, 11), "Japan's National Foundation Day: greet Takayama"),
        (date(2026, 4, 14), "Spring Festival (Takayama)"),
    ]  # the museum's 33rd and the signing's 22nd are not round years


def test_dates_to_mark_are_checked_and_kept_in_one_form(db):
    import pytest

    from sistercommittee.errors import ValidationError

    with pytest.raises(ValidationError) as error:
        _partnership(db, marked_dates="Spring Festival")
    assert "is not a day and a name" in error.value.errors["marked_dates"]
    pid = _partnership(db, marked_dates="4-1 Cherry blossoms ;  1936-11-1  City founded")
    values = partnerships.partnership_form_values(db, pid)
    assert values["marked_dates"] == ["04-01 Cherry blossoms", "1936-11-01 City founded"]
