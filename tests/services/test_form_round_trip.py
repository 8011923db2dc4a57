"""Every field of every form survives edit -> save -> show.

An edit dialog starts from the service's ``*_form_values`` and sends every field back on Save. A
field those values forget, or show in terms its parser does not read back, is cleared or changed by
every edit. Each case below gives two sets of values covering exactly the spec's fields, so a field
added to a FormSpec fails here until it is given values (and then is checked like the others).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest

from sistercommittee.services import (
    events,
    exchanges,
    hours,
    mou_forms,
    mou_signatories,
    mous,
    organizations,
    partnerships,
    rates,
    volunteers,
)
from sistercommittee.services import fields as f
from sistercommittee.services.forms import FormSpec
from sistercommittee.services.planner import details as planner_details

World = dict[str, str]


@dataclass(frozen=True)
class Case:
    spec: FormSpec
    add: Callable[[Any, World, dict[str, Any]], str]  # -> the new record's id
    edit: Callable[[Any, str, dict[str, Any]], object]
    read: Callable[[Any, str], dict[str, Any]]
    first: Callable[[World], dict[str, Any]]
    second: Callable[[World], dict[str, Any]]
    # Fields that one edit changes together (typing a participant's name clears the volunteer).
    together: tuple[frozenset[str], ...] = field(default=())


def _world(db) -> World:
    kyoto = partnerships.add_partnership(
        db, {"city_name": "Kyoto", "country": "JP", "status": "exploring"}
    ).id
    nantes = partnerships.add_partnership(
        db, {"city_name": "Nantes", "country": "FR", "status": "exploring"}
    ).id
    ana = volunteers.add_volunteer(db, {"given_name": "Ana", "family_name": "Ruiz"}).id
    ben = volunteers.add_volunteer(db, {"given_name": "Ben", "family_name": "Cole"}).id
    festival = events.add_event(
        db,
        {
            "title": "Lantern festival",
            "starts_at": "2026-06-01 10:00",
            "ends_at": "2026-06-01 20:00",
            "time_zone": "America/Chicago",
        },
    ).id
    fair = events.add_event(db, {"title": "Book fair", "starts_at": "2025-03-01 10:00"}).id
    exchange = exchanges.add_exchange(
        db,
        {
            "partnership_id": kyoto,
            "title": "Students to Kyoto",
            "direction": "outbound",
            "program": "youth",
            "starts_on": "2026-05-10",
            "ends_on": "2026-05-20",
        },
    ).id
    mou = mous.add_mou(db, {"partnership_id": kyoto, "signed_on": "1996-10-08"}).id
    return {
        "kyoto": kyoto,
        "nantes": nantes,
        "ana": ana,
        "ben": ben,
        "festival": festival,
        "fair": fair,
        "exchange": exchange,
        "mou": mou,
    }


def _changes_id(changes: Any) -> str:
    return str(changes.id)


CASES: dict[str, Case] = {
    "exchange rate": Case(
        rates.RATE_FORM,
        add=lambda db, w, v: _changes_id(rates.set_rate(db, v)),
        edit=rates.edit_rate,
        read=rates.rate_form_values,
        first=lambda w: {
            "year": 2025,
            "currency": "PLN",
            "usd_per_unit": "0.25",
            "source": "IRS yearly average",
        },
        second=lambda w: {
            "year": 2024,
            "currency": "JPY",
            "usd_per_unit": "0.0067",
            "source": "Central bank",
        },
    ),
    "volunteer": Case(
        volunteers.VOLUNTEER_FORM,
        add=lambda db, w, v: _changes_id(volunteers.add_volunteer(db, v)),
        edit=volunteers.edit_volunteer,
        read=volunteers.volunteer_form_values,
        first=lambda w: {
            "given_name": "Mei",
            "family_name": "Tanaka",
            "name_reading": "たなか めい",
            "email": "mei@example.org",
            "phone": "+12175550142",
            "languages": "ja:native, en:fluent",
            "roles": "coordinator",
            "skills": "calligraphy",
            "committees": "youth",
            "contact_consent": True,
            "consent_date": "2025-01-02",
            "emergency_contact_name": "Ken Tanaka",
            "emergency_contact_phone": "+12175550143",
            "active": True,
            "notes": "Speaks at the festival.",
        },
        second=lambda w: {
            "given_name": "May",
            "family_name": "Tanak",
            "name_reading": "タナカ メイ",
            "email": "may@example.org",
            "phone": "+12175550199",
            "languages": "fr:basic",
            "roles": "board",
            "skills": "cooking",
            "committees": "culture",
            "contact_consent": True,
            "consent_date": "2025-02-03",
            "emergency_contact_name": "Kenji Tanaka",
            "emergency_contact_phone": "+12175550198",
            "active": False,
            "notes": "Moved away.",
        },
    ),
    "hours": Case(
        hours.HOURS_FORM,
        add=lambda db, w, v: _changes_id(hours.log_hours(db, v)),
        edit=hours.edit_hours,
        read=hours.hours_form_values,
        first=lambda w: {
            "volunteer_id": w["ana"],
            "event_id": w["fair"],
            "activity": "Stand",
            "worked_on": "2025-03-01",
            "hours": "2:30",
            "kind": "event",
            "notes": "Morning",
            "self_logged": True,  # kept as logged: approval is its own action
        },
        second=lambda w: {
            "volunteer_id": w["ben"],
            "event_id": None,
            "activity": "Minutes of the meeting",
            "worked_on": "2025-03-02",
            "hours": "1:15",
            "kind": "meeting",
            "notes": "Evening",
            "self_logged": True,
        },
    ),
    "partnership": Case(
        partnerships.PARTNERSHIP_FORM,
        add=lambda db, w, v: _changes_id(partnerships.add_partnership(db, v)),
        edit=partnerships.edit_partnership,
        read=partnerships.partnership_form_values,
        first=lambda w: {
            "city_name": "Takayama",
            "city_name_local": "高山市",
            "region": "Gifu",
            "country": "JP",
            "language": "ja",
            "time_zone": "Asia/Tokyo",
            "kind": "sister_city",
            "status": "active",
            "signed_on": "1996-10-08",
            "focus_areas": "culture, education_youth",
            "marked_dates": "04-14 Spring Festival, 1936-11-01 City founded",
            "committee": "Japan committee",
            "notes": "Since 1996",
        },
        second=lambda w: {
            "city_name": "Hida Takayama",
            "city_name_local": "飛騨高山",
            "region": "Gifu Prefecture",
            "country": "JP",
            "language": "en",
            "time_zone": "Asia/Tokyo",
            "kind": "friendship_city",
            "status": "active",
            "signed_on": "1997-10-08",
            "focus_areas": "sports",
            "marked_dates": "10-09 Autumn Festival",
            "committee": "Asia committee",
            "notes": "Renewed",
        },
    ),
    "contact": Case(
        partnerships.CONTACT_FORM,
        add=lambda db, w, v: _changes_id(partnerships.add_contact(db, w["kyoto"], v)),
        edit=partnerships.edit_contact,
        read=partnerships.contact_form_values,
        first=lambda w: {
            "name": "Sato Hiroshi",
            "title": "Director",
            "organization": "City Hall",
            "email": "sato@example.jp",
            "phone": "+81752223333",
            "language": "ja",
            "notes": "Prefers email",
            "awaiting_reply_since": "2025-01-10",
        },
        second=lambda w: {
            "name": "Sato H.",
            "title": "Mayor",
            "organization": "International office",
            "email": "hsato@example.jp",
            "phone": "+81752224444",
            "language": "en",
            "notes": "Prefers phone",
            "awaiting_reply_since": "2025-02-01",
        },
    ),
    "mou": Case(
        mou_forms.MOU_FORM,
        add=lambda db, w, v: _changes_id(mous.add_mou(db, v)),
        edit=mous.edit_mou,
        read=mous.mou_form_values,
        first=lambda w: {
            "partnership_id": w["kyoto"],
            "signed_on": "2001-04-01",
            "signed_place": "Kyoto City Hall",
            "signed_place_local": "京都市役所",
            "home_city_local": "スプリングフィールド",
            "languages": "en, ja",
        },
        second=lambda w: {
            "partnership_id": w["nantes"],
            "signed_on": "2002-05-02",
            "signed_place": "Hôtel de ville",
            "signed_place_local": "Hôtel de ville de Nantes",
            "home_city_local": "Springfield (Illinois)",
            "languages": "fr",
        },
    ),
    "signatory": Case(
        mou_forms.SIGNATORY_FORM,
        add=lambda db, w, v: _changes_id(mou_signatories.add_signatory(db, w["mou"], v)),
        edit=mou_signatories.edit_signatory,
        read=mou_signatories.signatory_form_values,
        first=lambda w: {
            "side": "home",
            "name": "Jane Smith",
            "name_local": "ジェーン・スミス",
            "title": "Mayor",
            "title_local": "市長",
            "position": 1,
            "left_office_on": None,
        },
        second=lambda w: {
            "side": "partner",
            "name": "Yamada Taro",
            "name_local": "山田太郎",
            "title": "Mayor of Kyoto",
            "title_local": "京都市長",
            "position": 2,
            "left_office_on": "2024-12-31",
        },
        # Another side puts the signatory last on that side.
        together=(frozenset({"side", "position"}),),
    ),
    "organization": Case(
        organizations.ORGANIZATION_FORM,
        add=lambda db, w, v: (organizations.edit_organization(db, v), "")[1],
        edit=lambda db, record_id, v: organizations.edit_organization(db, v),
        read=lambda db, record_id: organizations.organization_form_values(db),
        first=lambda w: {
            "name": "Springfield Sister Cities",
            "city": "Springfield",
            "region": "Illinois",
            "country": "US",
            "sci_member_number": "SCI-1",
            "language": "en",
            "currency": "USD",
            "time_zone": "America/Chicago",
            "notes": "Founded 1990",
            "directory_listed": False,
            "public_contact": "https://springfield-sister-cities.example.org",
            "industries": "tourism, wine",
        },
        second=lambda w: {
            "name": "Springfield International",
            "city": "Springfield",
            "region": "Massachusetts",
            "country": "US",
            "sci_member_number": "SCI-2",
            "language": "es",
            "currency": "EUR",
            "time_zone": "America/New_York",
            "notes": "Renamed 2020",
            "directory_listed": True,
            "public_contact": "hello@springfield-sister-cities.example.org",
            "industries": "rail freight, healthcare",
        },
    ),
    "event": Case(
        events.EVENT_FORM,
        add=lambda db, w, v: _changes_id(events.add_event(db, v)),
        edit=events.edit_event,
        read=events.event_form_values,
        first=lambda w: {
            "title": "Tea ceremony",
            "description": "With the delegation",
            "kind": "ceremony",
            "time_zone": "America/Chicago",
            "starts_at": "2026-04-11 10:00",
            "ends_at": "2026-04-11 12:00",
            "venue": "Library",
            "attendance": 40,
            "youth_attendance": 12,
            "outcome": "Full room",
            "trade_mission": False,
            "agreements_signed": 0,
            "investment_currency": "USD",
            "investment": "2500.50",
            "jobs_created": 2,
            "partnerships": [w["kyoto"]],
        },
        second=lambda w: {
            "title": "Tea and talks",
            "description": "Open to all",
            "kind": "workshop",
            "time_zone": "America/New_York",
            "starts_at": "2026-04-12 14:00",
            "ends_at": "2026-04-12 17:30",
            "venue": "Town hall",
            "attendance": 55,
            "youth_attendance": 0,
            "outcome": "Asked for more",
            "trade_mission": True,
            "agreements_signed": 3,
            "investment_currency": "JPY",
            "investment": "1200000",
            "jobs_created": 40,
            "partnerships": [w["nantes"]],
        },
        # A new start alone keeps the event's length; an amount is shown in its currency.
        together=(
            frozenset({"starts_at", "ends_at"}),
            frozenset({"investment_currency", "investment"}),
        ),
    ),
    "shift": Case(
        events.SHIFT_FORM,
        add=lambda db, w, v: _changes_id(events.add_shift(db, w["festival"], v)),
        edit=events.edit_shift,
        read=events.shift_form_values,
        first=lambda w: {
            "role": "Set-up",
            "starts_at": "2026-06-01 09:00",
            "ends_at": "2026-06-01 11:00",
            "volunteer_id": w["ana"],
        },
        second=lambda w: {
            "role": "Clearing away",
            "starts_at": "2026-06-01 19:00",
            "ends_at": "2026-06-01 21:30",
            "volunteer_id": w["ben"],
        },
    ),
    "budget line": Case(
        events.BUDGET_LINE_FORM,
        add=lambda db, w, v: _changes_id(events.add_budget_line(db, w["festival"], v)),
        edit=events.edit_budget_line,
        read=events.budget_line_form_values,
        first=lambda w: {
            "direction": "expense",
            "category": "food",
            "description": "Tea and sweets",
            "currency": "USD",
            "planned": "120.50",
            "actual": "99.95",
            "in_kind": True,
        },
        second=lambda w: {
            "direction": "income",
            "category": "tickets",
            "description": "Door",
            "currency": "JPY",
            "planned": "12000",
            "actual": "9000",
            "in_kind": False,
        },
        # Amounts are typed in the currency: a new currency asks for them again.
        together=(frozenset({"currency", "planned", "actual"}),),
    ),
    "exchange": Case(
        exchanges.EXCHANGE_FORM,
        add=lambda db, w, v: _changes_id(exchanges.add_exchange(db, v)),
        edit=exchanges.edit_exchange,
        read=exchanges.exchange_form_values,
        first=lambda w: {
            "title": "Choir to Nantes",
            "direction": "outbound",
            "program": "culture",
            "partnership_id": w["kyoto"],
            "starts_on": "2026-07-01",
            "ends_on": "2026-07-10",
            "description": "Two concerts",
            "travel_paid_by": "participant",
            "stay_paid_by": "host_families",
            "trade_mission": False,
            "agreements_signed": 1,
            "investment_currency": "EUR",
            "investment": "10000.00",
            "jobs_created": 0,
            "notes": "Passports by May",
        },
        second=lambda w: {
            "title": "Choir from Nantes",
            "direction": "inbound",
            "program": "education",
            "partnership_id": w["nantes"],
            "starts_on": "2026-08-01",
            "ends_on": "2026-08-12",
            "description": "Three concerts",
            "travel_paid_by": "sending_committee",
            "stay_paid_by": "host_committee",
            "trade_mission": True,
            "agreements_signed": 4,
            "investment_currency": "USD",
            "investment": "75000.25",
            "jobs_created": 12,
            "notes": "Hosts needed",
        },
        together=(frozenset({"investment_currency", "investment"}),),
    ),
    "participant": Case(
        exchanges.PARTICIPANT_FORM,
        add=lambda db, w, v: _changes_id(exchanges.add_participant(db, w["exchange"], v)),
        edit=exchanges.edit_participant,
        read=exchanges.participant_form_values,
        first=lambda w: {
            "volunteer_id": None,
            "name": "Aiko Mori",
            "role": "student",
            "is_youth": True,
            "email": "aiko@example.org",
            "phone": "+12175550150",
            "notes": "Vegetarian",
        },
        second=lambda w: {
            "volunteer_id": w["ana"],
            "name": None,
            "role": "chaperone",
            "is_youth": False,
            "email": "ana@example.org",
            "phone": "+12175550151",
            "notes": "Leads the group",
        },
        together=(frozenset({"volunteer_id", "name"}),),
    ),
    "host family": Case(
        exchanges.HOST_FAMILY_FORM,
        add=lambda db, w, v: _changes_id(exchanges.add_host_family(db, w["exchange"], v)),
        edit=exchanges.edit_host_family,
        read=exchanges.host_family_form_values,
        first=lambda w: {
            "family_name": "Suzuki",
            "name_reading": "すずき",
            "volunteer_id": None,
            "address": "1-2 Sakyo, Kyoto",
            "phone": "+81752225555",
            "email": "suzuki@example.jp",
            "capacity": 2,
            "notes": "Has a cat",
        },
        second=lambda w: {
            "family_name": "Ito",
            "name_reading": "いとう",
            "volunteer_id": w["ben"],
            "address": "3-4 Higashiyama, Kyoto",
            "phone": "+81752226666",
            "email": "ito@example.jp",
            "capacity": 3,
            "notes": "Near the station",
        },
    ),
    "itinerary item": Case(
        exchanges.ITINERARY_FORM,
        add=lambda db, w, v: _changes_id(exchanges.add_itinerary_item(db, w["exchange"], v)),
        edit=exchanges.edit_itinerary_item,
        read=exchanges.itinerary_item_form_values,
        first=lambda w: {
            "time_zone": "Asia/Tokyo",
            "title": "Temple visit",
            "starts_at": "2026-05-12 09:00",
            "ends_at": "2026-05-12 12:00",
            "place": "Kiyomizu-dera",
            "notes": "Comfortable shoes",
        },
        second=lambda w: {
            "time_zone": "Asia/Seoul",
            "title": "Welcome dinner",
            "starts_at": "2026-05-13 18:30",
            "ends_at": "2026-05-13 21:00",
            "place": "City hall",
            "notes": "Formal",
        },
    ),
    "cost": Case(
        exchanges.COST_FORM,
        add=lambda db, w, v: _changes_id(exchanges.add_cost(db, w["exchange"], v)),
        edit=exchanges.edit_cost,
        read=exchanges.cost_form_values,
        first=lambda w: {
            "category": "travel",
            "description": "Flights",
            "currency": "USD",
            "amount": "1250.00",
            "in_kind": False,
        },
        second=lambda w: {
            "category": "gifts",
            "description": "Presents for hosts",
            "currency": "JPY",
            "amount": "5000",
            "in_kind": True,
        },
        together=(frozenset({"currency", "amount"}),),
    ),
    "participant's details": Case(
        planner_details.PARTICIPANT_DETAILS_FORM,
        add=lambda db, w, v: _with_details(
            db,
            _changes_id(exchanges.add_participant(db, w["exchange"], {"name": "Mei Sato", "role": "student"})),
            planner_details.set_participant_details,
            v,
        ),
        edit=planner_details.set_participant_details,
        read=lambda db, record_id: planner_details.participant_details(db, record_id).values,
        first=lambda w: {
            "date_of_birth": date(2010, 4, 2),
            "gender": "female",
            "languages": ["ja", "en"],
            "allergies": "peanuts",
            "medical_notes": "Asthma inhaler",
            "passport_number": "TR1234567",
            "passport_expires_on": date(2030, 1, 31),
            "nationality": "JP",
            "emergency_contact": "Yuki Sato, +81752227777",
        },
        second=lambda w: {
            "date_of_birth": date(2009, 11, 20),
            "gender": "other",
            "languages": ["ja"],
            "allergies": "cats",
            "medical_notes": "None known",
            "passport_number": "TK7654321",
            "passport_expires_on": date(2031, 6, 30),
            "nationality": "US",
            "emergency_contact": "Ken Sato, +81752228888",
        },
    ),
    "host family's details": Case(
        planner_details.HOST_DETAILS_FORM,
        add=lambda db, w, v: _with_details(
            db,
            _changes_id(exchanges.add_host_family(db, w["exchange"], {"family_name": "Mori"})),
            planner_details.set_host_family_details,
            v,
        ),
        edit=planner_details.set_host_family_details,
        read=lambda db, record_id: planner_details.host_family_details(db, record_id).values,
        first=lambda w: {
            "languages": ["ja"],
            "pets": "a dog",
            "available_from": date(2026, 7, 1),
            "available_to": date(2026, 7, 20),
            "guest_gender": "any",
            "takes_minors": True,
        },
        second=lambda w: {
            "languages": ["ja", "en"],
            "pets": "two cats",
            "available_from": date(2026, 6, 28),
            "available_to": date(2026, 7, 25),
            "guest_gender": "female",
            "takes_minors": False,
        },
        together=(frozenset({"available_from", "available_to"}),),
    ),
}


def _with_details(db: Any, record_id: str, save: Callable[..., object], values: Any) -> str:
    """A participant's or host family's planning details are kept apart from the record."""
    save(db, record_id, values)
    return record_id


def _blank(value: Any) -> bool:
    return f.is_blank(value) or value == []


def test_every_form_spec_has_a_case():
    """A new FormSpec in the services is round-tripped too: it must be listed here."""
    import importlib
    import pkgutil

    import sistercommittee.services as services

    specs = set()
    for module_info in pkgutil.walk_packages(services.__path__, "sistercommittee.services."):
        module = importlib.import_module(module_info.name)
        specs |= {id(v) for v in vars(module).values() if isinstance(v, FormSpec)}
    assert specs == {id(case.spec) for case in CASES.values()}


@pytest.mark.parametrize("noun", CASES)
def test_every_field_survives_edit_save_show(db, noun):
    case = CASES[noun]
    world = _world(db)
    first, second = case.first(world), case.second(world)
    # Driven from the spec: the cases give every field, no more.
    assert tuple(first) == case.spec.names
    assert tuple(second) == case.spec.names

    record_id = case.add(db, world, first)
    shown = case.read(db, record_id)
    assert tuple(shown) == case.spec.names
    assert [n for n in case.spec.names if first[n] is not None and _blank(shown[n])] == []

    # Save without a change: nothing changes.
    case.edit(db, record_id, dict(shown))
    assert case.read(db, record_id) == shown

    # Save with every field changed: every field shows its new value.
    case.edit(db, record_id, second)
    changed = case.read(db, record_id)
    assert [n for n in case.spec.names if first[n] != second[n] and changed[n] == shown[n]] == []
    case.edit(db, record_id, dict(changed))
    assert case.read(db, record_id) == changed

    # One field at a time (with its companions), back to its first value: only those move.
    before, done = changed, set()
    for name in case.spec.names:
        if name in done:
            continue
        group = set().union(*(g for g in case.together if name in g)) | {name}
        case.edit(db, record_id, {n: first[n] for n in case.spec.names if n in group})
        after = case.read(db, record_id)
        moved = {n for n in case.spec.names if after[n] != before[n]}
        assert moved <= group, f"editing {name} changed {sorted(moved - group)}"
        before, done = after, done | group
    assert before == shown
