from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from sistercommittee.domain import Exchange, OutboxEntry, Partnership, Stay
from sistercommittee.domain.base import utcnow
from sistercommittee.domain.enums import (
    BudgetCategory,
    ExchangeDirection,
    ExchangeProgram,
    ParticipantRole,
    PartnershipKind,
    PartnershipStatus,
)
from sistercommittee.errors import NotFoundError, ValidationError
from sistercommittee.services import exchanges as svc
from sistercommittee.services import volunteers
from sistercommittee.services.changes import Entity
from sistercommittee.services.exchanges import EXCHANGE_FORM, ExchangeQuery
from sistercommittee.services.forms import OrgDefaults, validate


def _partnership(db, city: str = "Kyoto", **values) -> str:
    fields = {
        "city_name": city,
        "country": "JP",
        "time_zone": "Asia/Tokyo",
        "kind": PartnershipKind.SISTER_CITY,
        "status": PartnershipStatus.ACTIVE,
        **values,
    }
    with db.write() as session:
        partnership = Partnership(**fields)
        session.add(partnership)
        session.flush()
        return partnership.id


@pytest.fixture
def kyoto(db) -> str:
    return _partnership(db, "Kyoto", city_name_local="京都市")


def _exchange(db, partnership_id: str, **values) -> str:
    fields = {
        "title": "Kyoto students visit",
        "direction": "inbound",
        "program": "youth",
        "partnership_id": partnership_id,
        "starts_on": "2026-05-10",
        "ends_on": "2026-05-17",
        **values,
    }
    return svc.add_exchange(db, fields).id


@pytest.fixture
def inbound(db, kyoto) -> str:
    return _exchange(db, kyoto)


@pytest.fixture
def outbound(db, kyoto) -> str:
    return _exchange(db, kyoto, title="Springfield delegation to Kyoto", direction="outbound")


def _visitor(db, exchange_id: str, name: str, **values) -> str:
    return svc.add_participant(db, exchange_id, {"name": name, "role": "student", **values}).id


def _family(db, exchange_id: str, name: str, capacity: int = 2) -> str:
    return svc.add_host_family(db, exchange_id, {"family_name": name, "capacity": str(capacity)}).id


# --- exchanges ----------------------------------------------------------------------------------


def test_add_exchange_and_read_it_back(db, kyoto):
    changes = svc.add_exchange(
        db,
        {
            "title": "  Kyoto   students visit ",
            "direction": "Inbound",
            "program": "youth",
            "partnership_id": kyoto,
            "starts_on": "5/10/2026",  # the user's locale is en_US in tests
            "ends_on": date(2026, 5, 17),
            "description": "Ten students and two teachers.",
        },
    )
    assert changes.entities == frozenset({Entity.EXCHANGES})
    detail = svc.get_exchange(db, changes.id)
    assert detail.title == "Kyoto students visit"
    assert detail.direction is ExchangeDirection.INBOUND
    assert detail.program is ExchangeProgram.YOUTH
    assert (detail.city_name, detail.city_name_local, detail.partner_country) == (
        "Kyoto",
        "京都市",
        "JP",
    )
    assert (detail.starts_on, detail.ends_on) == (date(2026, 5, 10), date(2026, 5, 17))
    assert detail.description == "Ten students and two teachers."
    assert detail.participants == detail.host_families == detail.itinerary == detail.costs == ()


def test_add_exchange_names_every_bad_field_and_writes_nothing(db):
    with pytest.raises(ValidationError) as caught:
        svc.add_exchange(
            db,
            {
                "title": " ",
                "direction": "sideways",
                "program": "picnic",
                "partnership_id": "no-such-partnership",
                "starts_on": "someday",
            },
        )
    errors = caught.value.errors
    assert set(errors) == {
        "title",
        "direction",
        "program",
        "partnership_id",
        "starts_on",
        "ends_on",
    }
    assert errors["title"] == "Title is required."
    assert "inbound, outbound" in errors["direction"]
    assert "no partnership with id 'no-such-partnership'" in errors["partnership_id"]
    assert "is not a date" in errors["starts_on"]
    assert errors["ends_on"] == "Return date is required."
    with db.read() as session:
        assert session.scalars(select(Exchange)).all() == []
        assert (
            session.scalars(select(OutboxEntry).where(OutboxEntry.table_name == "exchanges")).all()
            == []
        )


def test_dates_must_be_in_order_and_at_most_a_year_apart(db, kyoto):
    with pytest.raises(ValidationError) as caught:
        _exchange(db, kyoto, starts_on="2026-05-10", ends_on="2026-05-09")
    assert caught.value.errors == {"ends_on": "The return date is before the departure date."}
    with pytest.raises(ValidationError) as caught:
        _exchange(db, kyoto, starts_on="2026-05-10", ends_on="2027-05-12")
    assert "at most a year" in caught.value.errors["ends_on"]
    # A one-day visit and a full school year are both fine.
    _exchange(db, kyoto, starts_on="2026-05-10", ends_on="2026-05-10")
    _exchange(db, kyoto, starts_on="2026-08-20", ends_on="2027-06-20")


def test_a_deleted_partnership_cannot_be_chosen(db, kyoto):
    with db.write() as session:
        session.get(Partnership, kyoto).deleted_at = utcnow()
    with pytest.raises(ValidationError) as caught:
        _exchange(db, kyoto)
    assert set(caught.value.errors) == {"partnership_id"}


def test_edit_exchange_changes_only_the_given_fields(db, inbound, kyoto):
    bonn = _partnership(db, "Bonn", country="DE", time_zone="Europe/Berlin")
    svc.edit_exchange(db, inbound, {"title": "Spring visit", "partnership_id": bonn})
    detail = svc.get_exchange(db, inbound)
    assert (detail.title, detail.city_name, detail.program) == (
        "Spring visit",
        "Bonn",
        ExchangeProgram.YOUTH,
    )
    with pytest.raises(ValidationError) as caught:
        svc.edit_exchange(db, inbound, {"ends_on": "2026-05-01"})
    assert caught.value.errors == {"ends_on": "The return date is before the departure date."}
    with pytest.raises(NotFoundError):
        svc.edit_exchange(db, "missing", {"title": "x"})


def test_shrinking_the_dates_is_refused_while_stays_or_items_fall_outside(db, inbound):
    visitor = _visitor(db, inbound, "Haruto Sato")
    family = _family(db, inbound, "Miller")
    svc.assign_stay(db, inbound, visitor, family, "2026-05-10", "2026-05-17")
    with pytest.raises(ValidationError) as caught:
        svc.edit_exchange(db, inbound, {"ends_on": "2026-05-15"})
    assert caught.value.errors == {
        "ends_on": "Haruto Sato stays with the Miller family from 10 May to 17 May, outside the "
        "new dates. Change that stay first."
    }
    svc.remove_participant(db, visitor)
    item = svc.add_itinerary_item(
        db, inbound, {"title": "Farewell dinner", "starts_at": "2026-05-16 19:00"}
    ).id
    with pytest.raises(ValidationError) as caught:
        svc.edit_exchange(db, inbound, {"ends_on": "2026-05-15"})
    assert "'Farewell dinner' on 16 May" in caught.value.errors["ends_on"]
    svc.remove_itinerary_item(db, item)
    svc.edit_exchange(db, inbound, {"ends_on": "2026-05-15"})
    assert svc.get_exchange(db, inbound).ends_on == date(2026, 5, 15)


def test_delete_hides_the_exchange_and_restore_brings_it_back_whole(db, inbound, kyoto):
    _visitor(db, inbound, "Haruto Sato")
    svc.delete_exchange(db, inbound)
    with pytest.raises(NotFoundError):
        svc.get_exchange(db, inbound)
    assert svc.list_exchanges(db).total == 0
    with pytest.raises(NotFoundError):
        svc.add_participant(db, inbound, {"name": "Late comer", "role": "student"})
    svc.restore_exchange(db, inbound)
    assert [p.name for p in svc.get_exchange(db, inbound).participants] == ["Haruto Sato"]
    # An exchange cannot come back to a partnership that is gone.
    svc.delete_exchange(db, inbound)
    with db.write() as session:
        session.get(Partnership, kyoto).deleted_at = utcnow()
    with pytest.raises(ValidationError) as caught:
        svc.restore_exchange(db, inbound)
    assert "restore the partnership first" in caught.value.errors["partnership_id"]
    with pytest.raises(NotFoundError):
        svc.restore_exchange(db, "missing")


# --- participants -------------------------------------------------------------------------------


def test_participants_are_volunteers_or_named_outsiders(db, outbound):
    mei = volunteers.add_volunteer(db, {"given_name": "美咲", "family_name": "佐藤"}).id
    svc.add_participant(db, outbound, {"volunteer_id": mei, "role": "delegate"})
    svc.add_participant(db, outbound, {"name": "Ana Lopez", "role": "student", "is_youth": "yes"})
    detail = svc.get_exchange(db, outbound)
    assert [(p.name, p.role, p.is_youth, p.volunteer_id) for p in detail.participants] == [
        ("Ana Lopez", ParticipantRole.STUDENT, True, None),
        ("佐藤美咲", ParticipantRole.DELEGATE, False, mei),
    ]


def test_a_participant_needs_a_volunteer_or_a_name_but_not_both(db, inbound):
    with pytest.raises(ValidationError) as caught:
        svc.add_participant(db, inbound, {"role": "student"})
    assert caught.value.errors == {
        "name": "Give the person's name, or choose one of our volunteers if they are one."
    }
    volunteer = volunteers.add_volunteer(db, {"given_name": "Omar"}).id
    with pytest.raises(ValidationError) as caught:
        svc.add_participant(
            db, inbound, {"volunteer_id": volunteer, "name": "Omar", "role": "host"}
        )
    assert "leave the name empty" in caught.value.errors["name"]
    with pytest.raises(ValidationError) as caught:
        svc.add_participant(db, inbound, {"volunteer_id": "nobody", "role": "chaperone"})
    assert "no volunteer with id 'nobody'" in caught.value.errors["volunteer_id"]
    with pytest.raises(ValidationError) as caught:
        svc.add_participant(db, inbound, {"name": "Ken", "role": "tourist", "email": "ken@"})
    assert set(caught.value.errors) == {"role", "email"}


def test_the_same_volunteer_cannot_take_part_twice(db, outbound):
    volunteer = volunteers.add_volunteer(db, {"given_name": "Olena", "family_name": "Koval"}).id
    first = svc.add_participant(db, outbound, {"volunteer_id": volunteer, "role": "delegate"}).id
    with pytest.raises(ValidationError) as caught:
        svc.add_participant(db, outbound, {"volunteer_id": volunteer, "role": "interpreter"})
    assert caught.value.errors == {
        "volunteer_id": "Olena Koval is already taking part in this exchange."
    }
    # Editing the same participant is not a clash; after removal they may be added again.
    svc.edit_participant(db, first, {"role": "interpreter"})
    svc.remove_participant(db, first)
    svc.add_participant(db, outbound, {"volunteer_id": volunteer, "role": "delegate"})


def test_phone_numbers_are_read_where_the_person_lives(db, inbound, outbound):
    visitor = _visitor(db, inbound, "Haruto Sato", phone="090-1234-5678")
    host = svc.add_participant(
        db, inbound, {"name": "Bob Miller", "role": "host", "phone": "(217) 555-0142"}
    ).id
    delegate = svc.add_participant(
        db, outbound, {"name": "Ana Lopez", "role": "delegate", "phone": "217 555 0199"}
    ).id
    family = svc.add_host_family(
        db, outbound, {"family_name": "Tanaka", "phone": "075-123-4567"}
    ).id
    phones = {p.id: p.phone for p in svc.get_exchange(db, inbound).participants}
    assert phones == {visitor: "+819012345678", host: "+12175550142"}
    outbound_detail = svc.get_exchange(db, outbound)
    assert outbound_detail.participants[0].id == delegate
    assert outbound_detail.participants[0].phone == "+12175550199"
    assert outbound_detail.host_families[0].id == family
    assert outbound_detail.host_families[0].phone == "+81751234567"


def test_edit_participant_switches_between_volunteer_and_outsider(db, inbound):
    participant = _visitor(db, inbound, "Omar Hassan", role="interpreter")
    volunteer = volunteers.add_volunteer(db, {"given_name": "Omar", "family_name": "Hassan"}).id
    svc.edit_participant(db, participant, {"volunteer_id": volunteer})
    (info,) = svc.get_exchange(db, inbound).participants
    assert (info.volunteer_id, info.name, info.travels) == (volunteer, "Omar Hassan", False)
    svc.edit_participant(db, participant, {"name": "Omar H."})
    (info,) = svc.get_exchange(db, inbound).participants
    assert (info.volunteer_id, info.name, info.travels) == (None, "Omar H.", True)
    with pytest.raises(ValidationError) as caught:
        svc.edit_participant(db, participant, {"name": ""})
    assert set(caught.value.errors) == {"name"}
    with pytest.raises(NotFoundError):
        svc.edit_participant(db, "missing", {"name": "x"})


def test_removing_a_participant_removes_their_stays(db, inbound):
    visitor = _visitor(db, inbound, "Haruto Sato")
    family = _family(db, inbound, "Miller")
    stay = svc.assign_stay(db, inbound, visitor, family, "2026-05-10", "2026-05-17").id
    changes = svc.remove_participant(db, visitor)
    assert stay in changes.ids
    detail = svc.get_exchange(db, inbound)
    assert detail.participants == ()
    assert detail.host_families[0].stays == ()
    with db.read() as session:
        assert session.get(Stay, stay).deleted_at is not None
    with pytest.raises(NotFoundError):
        svc.remove_participant(db, visitor)
    # With the stay gone the family can be removed.
    svc.remove_host_family(db, family)


# --- host families ------------------------------------------------------------------------------


def test_host_family_fields_and_capacity(db, inbound):
    volunteer = volunteers.add_volunteer(db, {"given_name": "Bob", "family_name": "Miller"}).id
    family = svc.add_host_family(
        db,
        inbound,
        {
            "family_name": "Miller",
            "volunteer_id": volunteer,
            "address": "12 Elm Street\nSpringfield",
            "email": "miller@example.org",
            "capacity": 3,
        },
    ).id
    (info,) = svc.get_exchange(db, inbound).host_families
    assert (info.id, info.volunteer_name, info.capacity, info.address) == (
        family,
        "Bob Miller",
        3,
        "12 Elm Street\nSpringfield",
    )
    assert _family(db, inbound, "Lee", capacity=1)
    with pytest.raises(ValidationError) as caught:
        svc.add_host_family(db, inbound, {"family_name": "", "capacity": "0"})
    assert caught.value.errors == {
        "family_name": "Family name is required.",
        "capacity": "Capacity: a host family takes in at least one guest.",
    }
    with pytest.raises(ValidationError) as caught:
        svc.add_host_family(db, inbound, {"family_name": "Big", "capacity": "500"})
    assert "cannot be more than 50" in caught.value.errors["capacity"]
    svc.edit_host_family(db, family, {"capacity": "1", "notes": "Has a cat."})
    info = next(h for h in svc.get_exchange(db, inbound).host_families if h.id == family)
    assert (info.capacity, info.notes) == (1, "Has a cat.")


def test_capacity_cannot_drop_below_the_guests_already_placed(db, inbound):
    family = _family(db, inbound, "Tanaka", capacity=3)
    for name in ("A", "B"):
        svc.assign_stay(
            db, inbound, _visitor(db, inbound, name), family, "2026-05-13", "2026-05-15"
        )
    with pytest.raises(ValidationError) as caught:
        svc.edit_host_family(db, family, {"capacity": "1"})
    assert caught.value.errors == {
        "capacity": "The Tanaka family already has 2 people on 13 May: a capacity of 1 is too "
        "small. Move someone to another family first."
    }
    svc.edit_host_family(db, family, {"capacity": "2"})


def test_a_host_family_with_guests_cannot_be_removed(db, inbound):
    family = _family(db, inbound, "Tanaka family", capacity=2)
    haruto = _visitor(db, inbound, "Haruto Sato")
    yui = _visitor(db, inbound, "Yui Ito")
    svc.assign_stay(db, inbound, haruto, family, "2026-05-10", "2026-05-12")
    stay = svc.assign_stay(db, inbound, yui, family, "2026-05-10", "2026-05-12").id
    with pytest.raises(ValidationError) as caught:
        svc.remove_host_family(db, family)
    assert caught.value.errors == {
        "host_family_id": "Haruto Sato and Yui Ito stay with the Tanaka family. Move them to "
        "another family or remove their stays first."
    }
    svc.remove_participant(db, haruto)
    svc.remove_stay(db, stay)
    svc.remove_host_family(db, family)
    assert svc.get_exchange(db, inbound).host_families == ()
    with pytest.raises(NotFoundError):
        svc.remove_host_family(db, family)


# --- stays --------------------------------------------------------------------------------------


def test_stays_show_under_their_family(db, inbound):
    family = _family(db, inbound, "Miller")
    visitor = _visitor(db, inbound, "Haruto Sato")
    stay = svc.assign_stay(db, inbound, visitor, family, date(2026, 5, 10), "2026-05-13").id
    (info,) = svc.get_exchange(db, inbound).host_families[0].stays
    assert (info.id, info.participant_name, info.family_name) == (stay, "Haruto Sato", "Miller")
    assert (info.from_date, info.to_date, info.nights) == (date(2026, 5, 10), date(2026, 5, 13), 3)


def test_a_host_familys_capacity_is_never_exceeded(db, inbound):
    tanaka = _family(db, inbound, "Tanaka", capacity=2)
    first, second, third = (_visitor(db, inbound, name) for name in ("A", "B", "C"))
    svc.assign_stay(db, inbound, first, tanaka, "2026-05-10", "2026-05-15")
    svc.assign_stay(db, inbound, second, tanaka, "2026-05-14", "2026-05-17")
    with pytest.raises(ValidationError) as caught:
        svc.assign_stay(db, inbound, third, tanaka, "2026-05-12", "2026-05-16")
    assert caught.value.errors == {
        "host_family_id": "The Tanaka family hosts 2 people and already has 2 on 14 May."
    }
    # The night the first guest leaves is free again: stays count nights, not days.
    svc.assign_stay(db, inbound, third, tanaka, "2026-05-15", "2026-05-17")
    solo = _family(db, inbound, "Lee", capacity=1)
    fourth = _visitor(db, inbound, "D")
    svc.assign_stay(db, inbound, fourth, solo, "2026-05-10", "2026-05-12")
    with pytest.raises(ValidationError) as caught:
        svc.assign_stay(db, inbound, _visitor(db, inbound, "E"), solo, "2026-05-11", "2026-05-12")
    assert caught.value.errors["host_family_id"] == (
        "The Lee family hosts 1 person and already has 1 on 11 May."
    )


def test_a_participant_sleeps_in_one_place_each_night(db, inbound):
    miller = _family(db, inbound, "Miller")
    lee = _family(db, inbound, "Lee")
    visitor = _visitor(db, inbound, "Haruto Sato")
    svc.assign_stay(db, inbound, visitor, miller, "2026-05-10", "2026-05-14")
    with pytest.raises(ValidationError) as caught:
        svc.assign_stay(db, inbound, visitor, lee, "2026-05-12", "2026-05-17")
    assert caught.value.errors == {
        "participant_id": "Haruto Sato already stays with the Miller family on 12 May. A person "
        "can sleep in only one place each night."
    }
    svc.assign_stay(db, inbound, visitor, lee, "2026-05-14", "2026-05-17")


def test_stays_must_fit_the_exchange_and_its_people(db, inbound, kyoto):
    family = _family(db, inbound, "Miller")
    visitor = _visitor(db, inbound, "Haruto Sato")
    with pytest.raises(ValidationError) as caught:
        svc.assign_stay(db, inbound, visitor, family, "2026-05-09", "2026-05-18")
    assert caught.value.errors == {
        "from_date": "The stay starts on 9 May, before the exchange begins (10 May).",
        "to_date": "The stay ends on 18 May, after the exchange ends (17 May).",
    }
    with pytest.raises(ValidationError) as caught:
        svc.assign_stay(db, inbound, visitor, family, "2026-05-12", "2026-05-12")
    assert "at least one night" in caught.value.errors["to_date"]
    other = _exchange(db, kyoto, title="Another visit")
    stranger = _visitor(db, other, "Someone Else")
    with pytest.raises(ValidationError) as caught:
        svc.assign_stay(db, inbound, stranger, "no-family", "soon", "2026-05-12")
    assert set(caught.value.errors) == {"participant_id", "host_family_id", "from_date"}
    with pytest.raises(NotFoundError):
        svc.assign_stay(db, "missing", visitor, family, "2026-05-10", "2026-05-12")
    with pytest.raises(NotFoundError):
        svc.remove_stay(db, "missing")


def test_unplaced_visitors_are_listed_for_an_inbound_exchange(db, inbound, outbound):
    family = _family(db, inbound, "Miller", capacity=3)
    placed = _visitor(db, inbound, "Placed")
    partly = _visitor(db, inbound, "Partly")
    _visitor(db, inbound, "Nowhere")
    volunteer = volunteers.add_volunteer(db, {"given_name": "Local", "family_name": "Helper"}).id
    svc.add_participant(db, inbound, {"volunteer_id": volunteer, "role": "interpreter"})
    svc.add_participant(db, inbound, {"name": "Bob Miller", "role": "host"})
    svc.assign_stay(db, inbound, placed, family, "2026-05-10", "2026-05-17")
    svc.assign_stay(db, inbound, partly, family, "2026-05-10", "2026-05-15")
    unplaced = {u.name: u.nights for u in svc.get_exchange(db, inbound).unplaced}
    assert unplaced == {
        "Partly": (date(2026, 5, 15), date(2026, 5, 16)),
        "Nowhere": tuple(date(2026, 5, day) for day in range(10, 17)),
    }
    _visitor(db, outbound, "Traveller")
    assert svc.get_exchange(db, outbound).unplaced == ()


# --- itinerary ----------------------------------------------------------------------------------


def test_itinerary_times_default_to_where_the_visit_takes_place(db, inbound, outbound):
    svc.add_itinerary_item(
        db,
        outbound,
        {"title": "Temple visit", "starts_at": "2026-05-11 09:00", "place": "Kinkaku-ji"},
    )
    svc.add_itinerary_item(db, inbound, {"title": "City hall", "starts_at": "2026-05-11 09:00"})
    (temple,) = svc.get_exchange(db, outbound).itinerary
    assert temple.time_zone == "Asia/Tokyo"
    assert (temple.starts_at.hour, temple.place) == (9, "Kinkaku-ji")
    assert temple.starts_at.astimezone(UTC) == datetime(2026, 5, 11, 0, 0, tzinfo=UTC)
    (city_hall,) = svc.get_exchange(db, inbound).itinerary
    assert city_hall.time_zone == "America/Chicago"
    assert city_hall.starts_at.astimezone(UTC) == datetime(2026, 5, 11, 14, 0, tzinfo=UTC)


def test_a_partner_city_without_a_zone_uses_its_countrys(db):
    seoul = _partnership(db, "Seoul", country="KR", time_zone=None)
    exchange = _exchange(db, seoul, direction="outbound")
    svc.add_itinerary_item(db, exchange, {"title": "Arrival", "starts_at": "2026-05-10 15:00"})
    assert svc.get_exchange(db, exchange).itinerary[0].time_zone == "Asia/Seoul"


def test_itinerary_is_ordered_by_time_across_zones(db, outbound):
    svc.add_itinerary_item(db, outbound, {"title": "Dinner", "starts_at": "2026-05-11 19:00"})
    # 08:00 in Chicago on 11 May is 22:00 in Kyoto: after the dinner.
    svc.add_itinerary_item(
        db,
        outbound,
        {"title": "Call home", "starts_at": "2026-05-11 08:00", "time_zone": "America/Chicago"},
    )
    svc.add_itinerary_item(
        db,
        outbound,
        {"title": "Breakfast", "starts_at": "2026-05-11 07:30", "ends_at": "2026-05-11 08:15"},
    )
    itinerary = svc.get_exchange(db, outbound).itinerary
    assert [item.title for item in itinerary] == ["Breakfast", "Dinner", "Call home"]
    assert itinerary[0].ends_at is not None and itinerary[0].ends_at.minute == 15
    assert str(itinerary[2].starts_at.tzinfo) == "America/Chicago"


def test_itinerary_items_fall_within_the_exchange_in_their_own_zone(db, outbound):
    with pytest.raises(ValidationError) as caught:
        svc.add_itinerary_item(
            db, outbound, {"title": "Too early", "starts_at": "2026-05-09 23:00"}
        )
    assert caught.value.errors == {
        "starts_at": "Start time is on 9 May, before the exchange begins (10 May). Check the "
        "date and the time zone (Asia/Tokyo)."
    }
    # 23:30 UTC on the last day is already the next morning in Kyoto.
    with pytest.raises(ValidationError) as caught:
        svc.add_itinerary_item(
            db, outbound, {"title": "Late", "starts_at": "2026-05-17T23:30:00+00:00"}
        )
    assert "is on 18 May, after the exchange ends (17 May)" in caught.value.errors["starts_at"]
    # The same moment read in Chicago is still the last day.
    svc.add_itinerary_item(
        db,
        outbound,
        {
            "title": "Late",
            "starts_at": "2026-05-17T23:30:00+00:00",
            "time_zone": "America/Chicago",
        },
    )
    with pytest.raises(ValidationError) as caught:
        svc.add_itinerary_item(
            db,
            outbound,
            {
                "title": "",
                "starts_at": "2026-05-12 10:00",
                "ends_at": "2026-05-12 09:00",
                "time_zone": "Mars/Olympus",
            },
        )
    assert set(caught.value.errors) == {"title", "time_zone"}
    with pytest.raises(ValidationError) as caught:
        svc.add_itinerary_item(
            db,
            outbound,
            {"title": "Backwards", "starts_at": "2026-05-12 10:00", "ends_at": "2026-05-12 09:00"},
        )
    assert caught.value.errors == {"ends_at": "The end time is before the start time."}


def test_changing_an_items_zone_keeps_its_clock_times(db, outbound):
    item = svc.add_itinerary_item(
        db,
        outbound,
        {"title": "Meeting", "starts_at": "2026-05-12 09:00", "ends_at": "2026-05-12 10:30"},
    ).id
    svc.edit_itinerary_item(db, item, {"time_zone": "Europe/Berlin"})
    (info,) = svc.get_exchange(db, outbound).itinerary
    assert (info.time_zone, info.starts_at.hour, info.ends_at.hour, info.ends_at.minute) == (
        "Europe/Berlin",
        9,
        10,
        30,
    )
    assert info.starts_at.astimezone(UTC) == datetime(2026, 5, 12, 7, 0, tzinfo=UTC)
    svc.edit_itinerary_item(db, item, {"starts_at": "2026-05-12 08:00", "place": "Rathaus"})
    (info,) = svc.get_exchange(db, outbound).itinerary
    assert (info.starts_at.hour, info.place, info.title) == (8, "Rathaus", "Meeting")
    svc.remove_itinerary_item(db, item)
    assert svc.get_exchange(db, outbound).itinerary == ()
    with pytest.raises(NotFoundError):
        svc.edit_itinerary_item(db, item, {"title": "x"})


# --- costs --------------------------------------------------------------------------------------


def test_costs_and_their_totals_per_currency(db, outbound):
    svc.add_cost(
        db, outbound, {"category": "travel", "description": "Flights", "amount": "4,200.50"}
    )
    svc.add_cost(db, outbound, {"category": "gifts", "amount": "80", "in_kind": "yes"})
    svc.add_cost(db, outbound, {"category": "food", "amount": Decimal("19.50")})
    svc.add_cost(db, outbound, {"category": "venue", "currency": "jpy", "amount": "30000"})
    detail = svc.get_exchange(db, outbound)
    assert [(c.category, c.currency, c.amount_minor, c.in_kind) for c in detail.costs] == [
        (BudgetCategory.TRAVEL, "USD", 420050, False),
        (BudgetCategory.GIFTS, "USD", 8000, True),
        (BudgetCategory.FOOD, "USD", 1950, False),
        (BudgetCategory.VENUE, "JPY", 30000, False),
    ]
    assert [(t.currency, t.cash_minor, t.in_kind_minor) for t in detail.totals] == [
        ("JPY", 30000, 0),
        ("USD", 422000, 8000),
    ]


def test_bad_costs_are_refused_field_by_field(db, outbound):
    with pytest.raises(ValidationError) as caught:
        svc.add_cost(db, outbound, {"category": "bribes", "currency": "XYZ", "amount": "ten"})
    assert set(caught.value.errors) == {"category", "currency", "amount"}
    with pytest.raises(ValidationError) as caught:
        svc.add_cost(db, outbound, {"category": "venue", "currency": "JPY", "amount": "12.50"})
    assert caught.value.errors == {"amount": "Amount has more decimals than JPY uses (0)."}
    with pytest.raises(ValidationError) as caught:
        svc.add_cost(db, outbound, {"category": "venue", "amount": "0"})
    assert caught.value.errors == {"amount": "Amount must be more than zero."}
    with pytest.raises(ValidationError) as caught:
        svc.add_cost(db, outbound, {"category": "venue"})
    assert caught.value.errors == {"amount": "Amount is required."}


def test_edit_cost_keeps_the_written_amount_when_the_currency_changes(db, outbound):
    cost = svc.add_cost(db, outbound, {"category": "food", "amount": "5000"}).id
    svc.edit_cost(db, cost, {"currency": "JPY"})
    (info,) = svc.get_exchange(db, outbound).costs
    assert (info.currency, info.amount_minor) == ("JPY", 5000)
    svc.edit_cost(db, cost, {"currency": "EUR", "amount": "12.34", "in_kind": False})
    (info,) = svc.get_exchange(db, outbound).costs
    assert (info.currency, info.amount_minor) == ("EUR", 1234)
    with pytest.raises(ValidationError) as caught:
        svc.edit_cost(db, cost, {"currency": "JPY"})  # 12.34 yen does not exist
    assert set(caught.value.errors) == {"amount"}
    svc.remove_cost(db, cost)
    detail = svc.get_exchange(db, outbound)
    assert detail.costs == detail.totals == ()
    with pytest.raises(NotFoundError):
        svc.remove_cost(db, cost)


def test_blank_fields_with_a_default_take_the_default_on_add_and_edit(db, outbound):
    cost = svc.add_cost(
        db, outbound, {"category": "food", "currency": " ", "amount": "10", "in_kind": ""}
    ).id
    svc.edit_cost(db, cost, {"currency": "EUR"})
    svc.edit_cost(db, cost, {"currency": "", "in_kind": None})
    (info,) = svc.get_exchange(db, outbound).costs
    assert (info.currency, info.amount_minor, info.in_kind) == ("USD", 1000, False)
    family = svc.add_host_family(db, outbound, {"family_name": "Tanaka", "capacity": ""}).id
    svc.edit_host_family(db, family, {"capacity": "3"})
    svc.edit_host_family(db, family, {"capacity": " "})
    assert svc.get_exchange(db, outbound).host_families[0].capacity == 1
    person = svc.add_participant(
        db, outbound, {"name": "Ana", "role": "delegate", "is_youth": ""}
    ).id
    svc.edit_participant(db, person, {"is_youth": "yes"})
    svc.edit_participant(db, person, {"is_youth": ""})
    assert svc.get_exchange(db, outbound).participants[0].is_youth is False
    item = svc.add_itinerary_item(
        db, outbound, {"title": "Tea", "starts_at": "2026-05-12 15:00", "time_zone": ""}
    ).id
    svc.edit_itinerary_item(db, item, {"time_zone": "Europe/Berlin"})
    svc.edit_itinerary_item(db, item, {"time_zone": ""})
    (tea,) = svc.get_exchange(db, outbound).itinerary
    assert (tea.time_zone, tea.starts_at.hour) == ("Asia/Tokyo", 15)


# --- list and summary ---------------------------------------------------------------------------


@pytest.fixture
def several(db, kyoto) -> dict[str, str]:
    bonn = _partnership(db, "Bonn", country="DE", time_zone="Europe/Berlin")
    ids = {
        "spring": _exchange(
            db, kyoto, title="Spring students", starts_on="2026-04-01", ends_on="2026-04-10"
        ),
        "summer": _exchange(
            db,
            bonn,
            title="Summer 100% music",
            direction="outbound",
            program="culture",
            starts_on="2026-07-01",
            ends_on="2026-07-14",
        ),
        "mayors": _exchange(
            db,
            kyoto,
            title="Mayors meet",
            direction="outbound",
            program="municipal",
            starts_on="2025-10-05",
            ends_on="2025-10-08",
        ),
        "gone": _exchange(
            db, bonn, title="Cancelled trip", starts_on="2026-09-01", ends_on="2026-09-03"
        ),
    }
    svc.delete_exchange(db, ids["gone"])
    for name, youth in (("Aoi", True), ("Ren", True), ("Teacher", False)):
        svc.add_participant(db, ids["spring"], {"name": name, "role": "student", "is_youth": youth})
    removed = _visitor(db, ids["spring"], "Dropped out", is_youth=True)
    svc.remove_participant(db, removed)
    _family(db, ids["spring"], "Miller")
    return {**ids, "bonn": bonn, "kyoto": kyoto}


def test_list_rows_carry_the_city_and_counts_for_the_page(db, several):
    page = svc.list_exchanges(db)
    assert page.total == 3 and not page.has_more
    assert [row.title for row in page.items] == [
        "Mayors meet",
        "Spring students",
        "Summer 100% music",
    ]
    spring = page.items[1]
    assert (spring.city_name, spring.city_name_local) == ("Kyoto", "京都市")
    assert (spring.participants, spring.youth, spring.host_families) == (3, 2, 1)
    assert (page.items[0].participants, page.items[0].host_families) == (0, 0)
    assert page.items[2].starts_on == date(2026, 7, 1)


def test_list_filters_in_sql(db, several):
    def titles(**query) -> list[str]:
        return [row.title for row in svc.list_exchanges(db, ExchangeQuery(**query)).items]

    assert titles(search="STUDENTS") == ["Spring students"]
    assert titles(search="100%") == ["Summer 100% music"]
    assert titles(search="%") == ["Summer 100% music"]  # wildcards are taken literally
    assert titles(direction=ExchangeDirection.OUTBOUND) == ["Mayors meet", "Summer 100% music"]
    assert titles(direction="inbound") == ["Spring students"]
    assert titles(program=ExchangeProgram.MUNICIPAL) == ["Mayors meet"]
    assert titles(partnership_id=several["bonn"]) == ["Summer 100% music"]
    assert titles(year=2026) == ["Spring students", "Summer 100% music"]
    assert titles(year=2025) == ["Mayors meet"]
    # A period catches exchanges that are on at any time within it.
    assert titles(date_from=date(2026, 4, 10), date_to=date(2026, 7, 1)) == [
        "Spring students",
        "Summer 100% music",
    ]
    assert titles(date_from=date(2026, 4, 11), date_to=date(2026, 6, 30)) == []
    assert titles(date_to=date(2025, 12, 31)) == ["Mayors meet"]


def test_list_sorts_and_pages(db, several):
    def titles(**query) -> list[str]:
        return [row.title for row in svc.list_exchanges(db, ExchangeQuery(**query)).items]

    assert titles(sort="starts_on", descending=True) == [
        "Summer 100% music",
        "Spring students",
        "Mayors meet",
    ]
    assert titles(sort="title") == ["Mayors meet", "Spring students", "Summer 100% music"]
    assert titles(sort="program") == ["Summer 100% music", "Mayors meet", "Spring students"]
    page = svc.list_exchanges(db, ExchangeQuery(limit=2))
    assert len(page.items) == 2 and page.total == 3 and page.has_more
    rest = svc.list_exchanges(db, ExchangeQuery(offset=2, limit=2))
    assert [row.title for row in rest.items] == ["Summer 100% music"] and not rest.has_more


def test_list_refuses_bad_queries(db):
    with pytest.raises(ValidationError) as caught:
        svc.list_exchanges(db, ExchangeQuery(limit=0))
    assert set(caught.value.errors) == {"limit"}
    with pytest.raises(ValidationError) as caught:
        svc.list_exchanges(db, ExchangeQuery(direction="sideways"))  # type: ignore[arg-type]
    assert set(caught.value.errors) == {"direction"}
    with pytest.raises(ValidationError) as caught:
        svc.list_exchanges(db, ExchangeQuery(year=12345))
    assert set(caught.value.errors) == {"year"}
    with pytest.raises(ValidationError) as caught:
        svc.list_exchanges(db, ExchangeQuery(date_from=date(2026, 5, 2), date_to=date(2026, 5, 1)))
    assert set(caught.value.errors) == {"date_to"}


def test_summary_counts_the_people_exchanged(db, several):
    volunteer = volunteers.add_volunteer(db, {"given_name": "Local", "family_name": "Helper"}).id
    spring = several["spring"]
    svc.add_participant(db, spring, {"volunteer_id": volunteer, "role": "interpreter"})
    svc.add_participant(db, spring, {"name": "Bob Miller", "role": "host"})
    summer = several["summer"]
    svc.add_participant(db, summer, {"volunteer_id": volunteer, "role": "delegate"})
    svc.add_participant(db, summer, {"name": "Young one", "role": "student", "is_youth": True})
    svc.add_participant(db, summer, {"name": "Familie Schmidt", "role": "host"})
    summary = svc.exchange_summary(db, 2026)
    assert [
        (line.direction, line.program, line.exchanges, line.people, line.youth)
        for line in summary.lines
    ] == [
        (ExchangeDirection.INBOUND, ExchangeProgram.YOUTH, 1, 3, 2),
        (ExchangeDirection.OUTBOUND, ExchangeProgram.CULTURE, 1, 2, 1),
    ]
    assert (summary.year, summary.exchanges, summary.people, summary.youth) == (2026, 2, 5, 3)
    empty = svc.exchange_summary(db, 2025)
    assert [(line.program, line.people) for line in empty.lines] == [(ExchangeProgram.MUNICIPAL, 0)]
    assert svc.exchange_summary(db, 2030).lines == ()
    with pytest.raises(ValidationError):
        svc.exchange_summary(db, 0)


# --- any text given to the form -----------------------------------------------------------------

_text = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.sampled_from(
        ["2026-05-10", "5/10/2026", "inbound", "youth", "13/45/2026", "2026-02-30", "31.12.2026"]
    ),
)


_VALID = {
    "title": "Kyoto students visit",
    "direction": "inbound",
    "program": "youth",
    "partnership_id": "some-partnership",
    "starts_on": "2026-05-10",
    "ends_on": "2026-05-17",
}


@settings(max_examples=300, deadline=None)
@given(st.booleans(), st.dictionaries(st.sampled_from((*EXCHANGE_FORM.names, "bogus")), _text))
def test_any_text_validates_or_is_refused_with_a_validation_error(over_valid, raw):
    """Random text, alone or over otherwise valid values, never raises anything else."""
    values = {**_VALID, **raw} if over_valid else raw
    org = OrgDefaults("US", "USD", "America/Chicago")
    try:
        parsed = validate(EXCHANGE_FORM, values, org)
    except ValidationError as error:
        assert error.errors and all(isinstance(m, str) and m for m in error.errors.values())
        assert set(error.errors) <= {*EXCHANGE_FORM.names, "bogus"}
    else:
        assert parsed["title"] and parsed["ends_on"] >= parsed["starts_on"]


def test_the_valid_values_of_the_property_test_do_validate():
    parsed = validate(EXCHANGE_FORM, _VALID, OrgDefaults("US", "USD", "America/Chicago"))
    assert parsed["direction"] is ExchangeDirection.INBOUND


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.dictionaries(st.sampled_from(EXCHANGE_FORM.names), _text))
def test_add_exchange_with_any_text_saves_or_refuses(db, kyoto, raw):
    values = {**_VALID, "partnership_id": kyoto, **raw}
    try:
        changes = svc.add_exchange(db, values)
    except ValidationError as error:
        assert error.errors
        return
    detail = svc.get_exchange(db, changes.id)
    assert detail.title == " ".join(str(values["title"]).split())


# --- restoring what was removed (the undo of a removal) -----------------------------------------


def _outbox_fields(db, table: str, row_id: str) -> list[dict]:
    with db.read() as session:
        return [
            entry.fields
            for entry in session.scalars(
                select(OutboxEntry)
                .where(OutboxEntry.table_name == table, OutboxEntry.row_id == row_id)
                .order_by(OutboxEntry.seq)
            )
        ]


def test_removed_parts_come_back_under_the_same_id(db, outbound):
    person = _visitor(db, outbound, "Ana Lima")
    family = _family(db, outbound, "Tanaka")
    item = svc.add_itinerary_item(
        db, outbound, {"title": "Tea ceremony", "starts_at": "2026-05-12 15:00"}
    ).id
    cost = svc.add_cost(db, outbound, {"category": "gifts", "amount": "80"}).id
    svc.remove_participant(db, person)
    svc.remove_host_family(db, family)
    svc.remove_itinerary_item(db, item)
    svc.remove_cost(db, cost)
    detail = svc.get_exchange(db, outbound)
    assert detail.participants == detail.host_families == detail.itinerary == detail.costs == ()

    assert svc.restore_participant(db, person).ids[:2] == (person, outbound)
    assert svc.restore_host_family(db, family).ids == (family, outbound)
    assert svc.restore_itinerary_item(db, item).ids == (item, outbound)
    assert svc.restore_cost(db, cost).ids == (cost, outbound)
    detail = svc.get_exchange(db, outbound)
    assert [p.id for p in detail.participants] == [person]
    assert [h.id for h in detail.host_families] == [family]
    assert [(i.id, i.title, i.starts_at.hour) for i in detail.itinerary] == [
        (item, "Tea ceremony", 15)
    ]
    assert [(c.id, c.amount_minor) for c in detail.costs] == [(cost, 8000)]
    # The restore travels to the other laptops as a change of the tombstone.
    assert _outbox_fields(db, "exchange_costs", cost)[-1] == {"deleted_at": None}
    # Restoring what is not removed changes nothing; an unknown id is not found.
    assert svc.restore_cost(db, cost).ids == (cost, outbound)
    assert len(_outbox_fields(db, "exchange_costs", cost)) == 3
    for restore in (
        svc.restore_participant,
        svc.restore_host_family,
        svc.restore_stay,
        svc.restore_itinerary_item,
        svc.restore_cost,
    ):
        with pytest.raises(NotFoundError):
            restore(db, "missing")


def test_parts_of_a_deleted_exchange_cannot_come_back_before_it(db, inbound):
    person = _visitor(db, inbound, "Haruto Sato")
    cost = svc.add_cost(db, inbound, {"category": "food", "amount": "12"}).id
    svc.remove_participant(db, person)
    svc.remove_cost(db, cost)
    svc.delete_exchange(db, inbound)
    with pytest.raises(NotFoundError) as caught:
        svc.restore_participant(db, person)
    assert str(caught.value) == (
        "The exchange of this participant was deleted: restore the exchange first."
    )
    with pytest.raises(NotFoundError):
        svc.restore_cost(db, cost)
    svc.restore_exchange(db, inbound)
    svc.restore_participant(db, person)
    svc.restore_cost(db, cost)
    detail = svc.get_exchange(db, inbound)
    assert ([p.id for p in detail.participants], [c.id for c in detail.costs]) == ([person], [cost])


def test_a_restored_participant_brings_back_the_stays_removed_with_them(db, inbound):
    visitor = _visitor(db, inbound, "Haruto Sato")
    miller = _family(db, inbound, "Miller", capacity=1)
    lee = _family(db, inbound, "Lee", capacity=1)
    earlier = svc.assign_stay(db, inbound, visitor, lee, "2026-05-10", "2026-05-11").id
    svc.remove_stay(db, earlier)  # removed on its own before: not part of the undo
    first = svc.assign_stay(db, inbound, visitor, miller, "2026-05-10", "2026-05-13").id
    second = svc.assign_stay(db, inbound, visitor, lee, "2026-05-13", "2026-05-17").id
    removed = svc.remove_participant(db, visitor)
    assert {first, second} <= set(removed.ids)

    changes = svc.restore_participant(db, visitor)
    assert changes.ids == (visitor, inbound, first, second)
    stays = {s.id for h in svc.get_exchange(db, inbound).host_families for s in h.stays}
    assert stays == {first, second}
    assert svc.get_exchange(db, inbound).unplaced == ()


def test_a_restored_participant_leaves_out_the_stays_that_no_longer_fit(db, inbound):
    visitor = _visitor(db, inbound, "Haruto Sato")
    miller = _family(db, inbound, "Miller", capacity=1)
    lee = _family(db, inbound, "Lee", capacity=1)
    ito = _family(db, inbound, "Ito", capacity=1)
    at_miller = svc.assign_stay(db, inbound, visitor, miller, "2026-05-10", "2026-05-12").id
    at_lee = svc.assign_stay(db, inbound, visitor, lee, "2026-05-12", "2026-05-14").id
    at_ito = svc.assign_stay(db, inbound, visitor, ito, "2026-05-14", "2026-05-17").id
    svc.remove_participant(db, visitor)
    # Meanwhile: the Millers' only bed goes to someone else, the Ito family is removed, and the
    # exchange is shortened (the removed stays no longer hold its dates).
    svc.assign_stay(
        db, inbound, _visitor(db, inbound, "Yui Ito"), miller, "2026-05-11", "2026-05-12"
    )
    svc.remove_host_family(db, ito)
    svc.edit_exchange(db, inbound, {"ends_on": "2026-05-16"})

    changes = svc.restore_participant(db, visitor)
    assert changes.ids == (visitor, inbound, at_lee)
    detail = svc.get_exchange(db, inbound)
    assert [p.name for p in detail.participants] == ["Haruto Sato", "Yui Ito"]
    assert {s.id for h in detail.host_families for s in h.stays if s.participant_id == visitor} == {
        at_lee
    }
    (haruto,) = [u for u in detail.unplaced if u.participant_id == visitor]
    assert haruto.nights == (
        date(2026, 5, 10),
        date(2026, 5, 11),
        date(2026, 5, 14),
        date(2026, 5, 15),
    )
    with db.read() as session:
        assert session.get(Stay, at_miller).deleted_at is not None
        assert session.get(Stay, at_ito).deleted_at is not None
    # Once the family is back, its stay can be restored on its own, if it fits the new dates.
    svc.restore_host_family(db, ito)
    with pytest.raises(ValidationError) as caught:
        svc.restore_stay(db, at_ito)
    assert caught.value.errors == {
        "to_date": "The stay ends on 17 May, after the exchange ends (16 May)."
    }


def test_a_participant_cannot_come_back_when_their_volunteer_is_gone_or_back_already(db, outbound):
    mei = volunteers.add_volunteer(db, {"given_name": "Mei", "family_name": "Sato"}).id
    first = svc.add_participant(db, outbound, {"volunteer_id": mei, "role": "delegate"}).id
    svc.remove_participant(db, first)
    again = svc.add_participant(db, outbound, {"volunteer_id": mei, "role": "student"}).id
    with pytest.raises(ValidationError) as caught:
        svc.restore_participant(db, first)
    assert caught.value.errors == {
        "volunteer_id": "Mei Sato is already taking part in this exchange."
    }
    svc.remove_participant(db, again)
    volunteers.delete_volunteer(db, mei)
    with pytest.raises(ValidationError) as caught:
        svc.restore_participant(db, first)
    assert caught.value.errors == {
        "volunteer_id": "Mei Sato was deleted from the volunteers since: restore the volunteer first."
    }
    volunteers.restore_volunteer(db, mei)
    svc.restore_participant(db, first)
    (person,) = svc.get_exchange(db, outbound).participants
    assert (person.id, person.role) == (first, ParticipantRole.DELEGATE)


def test_a_host_family_cannot_come_back_with_a_deleted_volunteer(db, inbound):
    bob = volunteers.add_volunteer(db, {"given_name": "Bob", "family_name": "Miller"}).id
    family = svc.add_host_family(db, inbound, {"family_name": "Miller", "volunteer_id": bob}).id
    svc.remove_host_family(db, family)
    volunteers.delete_volunteer(db, bob)
    with pytest.raises(ValidationError) as caught:
        svc.restore_host_family(db, family)
    assert "Bob Miller was deleted from the volunteers" in caught.value.errors["volunteer_id"]
    volunteers.restore_volunteer(db, bob)
    svc.restore_host_family(db, family)
    assert [h.volunteer_name for h in svc.get_exchange(db, inbound).host_families] == ["Bob Miller"]


def test_a_restored_stay_must_still_fit_as_a_new_one_would(db, inbound):
    tanaka = _family(db, inbound, "Tanaka", capacity=1)
    lee = _family(db, inbound, "Lee", capacity=2)
    haruto = _visitor(db, inbound, "Haruto Sato")
    yui = _visitor(db, inbound, "Yui Ito")
    stay = svc.assign_stay(db, inbound, haruto, tanaka, "2026-05-10", "2026-05-13").id
    svc.remove_stay(db, stay)
    assert svc.restore_stay(db, stay).ids == (stay, inbound)
    assert svc.restore_stay(db, stay).ids == (stay, inbound)  # already back: nothing to do
    svc.remove_stay(db, stay)

    # The family's only bed was given to someone else meanwhile.
    other = svc.assign_stay(db, inbound, yui, tanaka, "2026-05-12", "2026-05-14").id
    with pytest.raises(ValidationError) as caught:
        svc.restore_stay(db, stay)
    assert caught.value.errors == {
        "host_family_id": "The Tanaka family hosts 1 person and already has 1 on 12 May."
    }
    svc.remove_stay(db, other)
    # The guest was placed elsewhere for some of those nights.
    elsewhere = svc.assign_stay(db, inbound, haruto, lee, "2026-05-11", "2026-05-12").id
    with pytest.raises(ValidationError) as caught:
        svc.restore_stay(db, stay)
    assert caught.value.errors == {
        "participant_id": "Haruto Sato already stays with the Lee family on 11 May. A person "
        "can sleep in only one place each night."
    }
    svc.remove_stay(db, elsewhere)
    # The exchange now starts later.
    svc.edit_exchange(db, inbound, {"starts_on": "2026-05-11"})
    with pytest.raises(ValidationError) as caught:
        svc.restore_stay(db, stay)
    assert caught.value.errors == {
        "from_date": "The stay starts on 10 May, before the exchange begins (11 May)."
    }
    svc.edit_exchange(db, inbound, {"starts_on": "2026-05-10"})
    # The guest is no longer in the exchange.
    svc.remove_participant(db, haruto)
    with pytest.raises(ValidationError) as caught:
        svc.restore_stay(db, stay)
    assert caught.value.errors == {
        "participant_id": "Haruto Sato is no longer taking part in this exchange: bring them back "
        "first."
    }
    svc.restore_participant(db, haruto)
    svc.restore_stay(db, stay)
    (info,) = [s for h in svc.get_exchange(db, inbound).host_families for s in h.stays]
    assert (info.id, info.family_name, info.nights) == (stay, "Tanaka", 3)


def test_a_restored_itinerary_item_must_fall_within_the_exchange(db, outbound):
    item = svc.add_itinerary_item(
        db,
        outbound,
        {"title": "Farewell party", "starts_at": "2026-05-17 18:00", "ends_at": "2026-05-17 21:00"},
    ).id
    svc.remove_itinerary_item(db, item)
    svc.edit_exchange(db, outbound, {"ends_on": "2026-05-16"})
    with pytest.raises(ValidationError) as caught:
        svc.restore_itinerary_item(db, item)
    assert caught.value.errors == {
        "starts_at": "Start time is on 17 May, after the exchange ends (16 May). Check the date "
        "and the time zone (Asia/Tokyo).",
        "ends_at": "End time is on 17 May, after the exchange ends (16 May). Check the date "
        "and the time zone (Asia/Tokyo).",
    }
    svc.edit_exchange(db, outbound, {"ends_on": "2026-05-17"})
    svc.restore_itinerary_item(db, item)
    (info,) = svc.get_exchange(db, outbound).itinerary
    assert (info.id, info.title, info.time_zone) == (item, "Farewell party", "Asia/Tokyo")
