"""The agenda: each source on records made through the services, the window and its notice,
and a source added from outside (as the delegation planner adds its deadlines)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from sistercommittee.domain import ReportSent
from sistercommittee.errors import ValidationError
from sistercommittee.services import agenda as svc
from sistercommittee.services import events, exchanges, hours, partnerships, volunteers
from sistercommittee.services.agenda import AgendaItem, ItemAction, ItemKind, Window
from sistercommittee.services.changes import Entity

TODAY = date(2025, 6, 1)


def _kinds(result, kind):
    return [item for item in result.items if item.kind is kind]


def _partnership(db, city="Takayama", country="JP", signed_on="2001-06-20", **values) -> str:
    return partnerships.add_partnership(
        db,
        {"city_name": city, "country": country, "status": "active", "signed_on": signed_on,
         **values},
    ).id


def test_shifts_without_volunteers_are_one_item_per_event(db):
    takayama = _partnership(db)
    gala = events.add_event(
        db,
        {"title": "Summer festival", "starts_at": "2025-06-14 10:00",
         "ends_at": "2025-06-14 18:00", "partnerships": takayama},
    ).id
    aiko = volunteers.add_volunteer(db, {"given_name": "Aiko"}).id
    for role, volunteer in (("Set-up", None), ("Set-up", None), ("Tea ceremony", aiko)):
        values = {"role": role, "starts_at": "2025-06-14 09:00", "ends_at": "2025-06-14 12:00"}
        if volunteer:
            values["volunteer_id"] = volunteer
        events.add_shift(db, gala, values)
    later = events.add_event(
        db, {"title": "Autumn gala", "starts_at": "2025-09-20 18:00", "ends_at": "2025-09-20 22:00"}
    ).id
    events.add_shift(db, later, {"role": "Cashier"})

    result = svc.agenda(db, 30, today=TODAY)

    (item,) = _kinds(result, ItemKind.SHIFTS)
    assert item.on == date(2025, 6, 14)
    assert item.title == "2 shifts without a volunteer at Summer festival"
    assert item.detail == "Set-up 09:00 ×2"
    assert (item.entity, item.record_id, item.partnership_ids) == (Entity.EVENTS, gala, (takayama,))
    assert [i.title for i in _kinds(svc.agenda(db, 120, today=TODAY), ItemKind.SHIFTS)][1] == (
        "1 shift without a volunteer at Autumn gala"
    )


def test_consent_lapsing_soon_and_lapsed_lately(db):
    def volunteer(name, consent_date):
        return volunteers.add_volunteer(
            db, {"given_name": name, "contact_consent": "yes", "consent_date": consent_date}
        ).id

    soon = volunteer("Soon", "2023-06-20")  # lapses 2025-06-19
    lapsed = volunteer("Lapsed", "2023-04-01")  # lapsed 2025-03-31
    volunteer("Fine", "2024-05-01")
    volunteer("Long gone", "2021-01-01")  # lapsed too long ago to keep reminding
    volunteers.add_volunteer(db, {"given_name": "Never"})

    result = svc.agenda(db, 7, today=TODAY)  # the notice (30 days) reaches past the window

    consent = _kinds(result, ItemKind.CONSENT)
    assert [(i.record_id, i.on, i.overdue(TODAY)) for i in consent] == [
        (lapsed, date(2025, 3, 31), True),
        (soon, date(2025, 6, 19), False),
    ]
    assert consent[0].title == "Consent to be contacted lapsed: Lapsed"
    assert "left out of mailing lists" in consent[0].detail
    assert consent[1].detail == "Given on 2023-06-20: ask Soon to renew it."


def test_anniversaries_a_year_ahead_with_the_renewal_certificate(db):
    takayama = _partnership(db, signed_on="2001-03-10")  # 25 years on 2026-03-10
    _partnership(db, city="Tübingen", country="DE", signed_on="2023-03-01")  # 3rd: not marked
    result = svc.agenda(db, 30, today=TODAY)

    anniversaries = _kinds(result, ItemKind.ANNIVERSARY)
    assert [(i.on, i.title, i.action) for i in anniversaries] == [
        (date(2026, 3, 10), "25 years since the signing with Takayama",
         ItemAction.RENEWAL_CERTIFICATE),
    ]
    assert anniversaries[0].partnership_ids == (takayama,)
    # Japan's National Foundation Day (11 February) shows in its window only
    february = svc.agenda(db, 10, today=date(2026, 2, 5))
    assert "Japan's National Foundation Day: greet Takayama" in [
        i.title for i in _kinds(february, ItemKind.ANNIVERSARY)
    ]


def test_travel_dates_of_delegations_in_the_window(db):
    takayama = _partnership(db)
    trip = exchanges.add_exchange(
        db,
        {"title": "Youth ambassadors 2025", "direction": "outbound", "program": "youth",
         "partnership_id": takayama, "starts_on": "2025-06-10", "ends_on": "2025-06-20"},
    ).id
    exchanges.add_exchange(
        db,
        {"title": "Teachers' visit", "direction": "inbound", "program": "education",
         "partnership_id": takayama, "starts_on": "2025-06-25", "ends_on": "2025-07-05"},
    )
    result = svc.agenda(db, 30, today=TODAY)
    assert [(i.on, i.title) for i in _kinds(result, ItemKind.TRAVEL)] == [
        (date(2025, 6, 10), "Delegation leaves for Takayama: Youth ambassadors 2025"),
        (date(2025, 6, 20), "Delegation returns from Takayama: Youth ambassadors 2025"),
        (date(2025, 6, 25), "Delegation from Takayama arrives: Teachers' visit"),
    ]
    assert _kinds(result, ItemKind.TRAVEL)[0].record_id == trip
    assert _kinds(result, ItemKind.TRAVEL)[0].detail == "11 days, 2025-06-10 to 2025-06-20"


def test_the_annual_report_is_due_until_it_was_sent(db):
    assert _kinds(svc.agenda(db, 30, today=date(2025, 1, 15)), ItemKind.REPORT) == []  # no 2024
    aiko = volunteers.add_volunteer(db, {"given_name": "Aiko"}).id
    hours.log_hours(
        db, {"volunteer_id": aiko, "worked_on": "2024-05-02", "hours": "1", "activity": "Meeting"}
    )
    (item,) = _kinds(svc.agenda(db, 30, today=date(2025, 1, 15)), ItemKind.REPORT)
    assert (item.on, item.title) == (date(2025, 3, 31), "The annual report for 2024 is due to HQ")
    assert _kinds(svc.agenda(db, 30, today=TODAY), ItemKind.REPORT)[0].overdue(TODAY)
    with db.write() as session:
        session.add(
            ReportSent(year=2024, kind="annual_report", file_name="report.pdf",
                       sent_at=datetime.now(UTC))
        )
    assert _kinds(svc.agenda(db, 30, today=TODAY), ItemKind.REPORT) == []


def test_hours_waiting_for_approval(db):
    aiko = volunteers.add_volunteer(db, {"given_name": "Aiko", "family_name": "Sato"}).id
    entry = hours.log_hours(
        db, {"volunteer_id": aiko, "worked_on": "2025-05-02", "hours": "2.5",
             "activity": "Translated the newsletter", "self_logged": "yes"},
    ).id
    hours.log_hours(
        db, {"volunteer_id": aiko, "worked_on": "2025-05-02", "hours": "1", "activity": "Meeting"}
    )
    (item,) = _kinds(svc.agenda(db, 0, today=TODAY), ItemKind.HOURS)
    assert item.title == "Approve 2.5 hours logged by Aiko Sato"
    assert item.detail.startswith("Translated the newsletter, 2025-05-02; logged on ")
    assert (item.record_id, item.action) == (entry, ItemAction.APPROVE_HOURS)


def test_items_are_overdue_today_and_coming_in_date_order(db):
    def source(session, window):
        yield AgendaItem(ItemKind.DEADLINE, window.today, "Visa applications due")
        yield AgendaItem(ItemKind.DEADLINE, date(2025, 5, 1), "Passports checked")
        yield AgendaItem(ItemKind.DEADLINE, date(2025, 6, 9), "Insurance bought")
        yield AgendaItem(ItemKind.DEADLINE, date(2025, 6, 2), "Gifts chosen")
        yield AgendaItem(ItemKind.DEADLINE, date(2025, 6, 30), "Not in a week")

    result = svc.agenda(db, 8, today=TODAY, sources_used=(source,))
    assert [i.title for i in result.overdue] == ["Passports checked"]
    assert [i.title for i in result.due_today] == ["Visa applications due"]
    assert [i.title for i in result.coming] == ["Gifts chosen", "Insurance bought"]


def test_a_new_source_is_one_function_in_the_tuple(db, monkeypatch):
    def deadlines(session, window: Window):
        yield AgendaItem(ItemKind.DEADLINE, window.today, "Parental consent forms")

    monkeypatch.setattr(svc, "SOURCES", (*svc.SOURCES, deadlines))
    assert [i.title for i in svc.agenda(db, 0, today=TODAY).due_today] == [
        "Parental consent forms"
    ]


def test_the_window_is_checked():
    with pytest.raises(ValidationError) as error:
        svc._check_days(-1)
    assert "from 0 to 366" in error.value.errors["days"]


def test_a_new_database_has_an_empty_agenda(db):
    assert svc.agenda(db, 30, today=TODAY).items == ()


def test_the_delegation_planners_deadlines_are_on_the_agenda(db):
    from sistercommittee.services.planner.checklist import add_item, check_item, checklist

    takayama = _partnership(db)
    trip = exchanges.add_exchange(
        db,
        {"title": "Youth ambassadors 2025", "direction": "outbound", "program": "youth",
         "partnership_id": takayama, "starts_on": "2025-07-20", "ends_on": "2025-07-30"},
    ).id
    add_item(db, trip, "Book the bus to the airport", "2025-06-10")
    result = svc.agenda(db, 30, today=TODAY)
    deadlines = _kinds(result, ItemKind.DEADLINE)
    titles = [item.title for item in deadlines]
    assert "Book the bus to the airport (Youth ambassadors 2025)" in titles
    bus = next(i for i in deadlines if i.title.startswith("Book the bus"))
    assert (bus.on, bus.entity, bus.record_id, bus.partnership_ids) == (
        date(2025, 6, 10), Entity.EXCHANGES, trip, (takayama,)
    )
    assert all(i.on <= TODAY + timedelta(days=30) for i in deadlines)
    (key,) = [i.key for i in checklist(db, trip).items if i.title.startswith("Book")]
    check_item(db, trip, key)
    assert "Book the bus to the airport (Youth ambassadors 2025)" not in [
        item.title for item in _kinds(svc.agenda(db, 30, today=TODAY), ItemKind.DEADLINE)
    ]
