"""The time zone of a city from its name, region and country; no guess where they do not tell."""

from __future__ import annotations

import pytest

from sistercommittee.errors import ValidationError
from sistercommittee.services import organizations, partnerships
from sistercommittee.services.places import zone_for_place


@pytest.mark.parametrize(
    ("city", "region", "country", "zone"),
    [
        ("Springfield", "Illinois", "US", "America/Chicago"),
        ("Springfield", "Massachusetts", "US", "America/New_York"),
        ("Springfield", "MA", "US", "America/New_York"),
        ("Moscow", None, "RU", "Europe/Moscow"),
        ("Vladivostok", None, "RU", "Asia/Vladivostok"),
        ("Perth", None, "AU", "Australia/Perth"),
        ("São Paulo", None, "BR", "America/Sao_Paulo"),
        ("Takayama", None, "JP", "Asia/Tokyo"),  # one zone: the city need not be known
        ("Nowhere", None, "DE", "Europe/Berlin"),  # several zones, one clock
    ],
)
def test_the_place_tells_the_zone(city, region, country, zone):
    assert zone_for_place(city, region, country).zone == zone


def test_an_unknown_city_in_a_country_of_several_zones_is_not_guessed():
    answer = zone_for_place("Smallville", "Kansas", "US")
    assert answer.zone is None
    assert "America/Chicago" in answer.choices and "America/New_York" in answer.choices
    assert answer.reason.startswith(
        "Smallville is not a city we know in United States, which has 29 time zones, so its "
        "zone cannot be told. Choose it: "
    )


def test_a_city_in_several_zones_without_its_state_is_the_largest_of_the_name():
    # Springfield, Missouri (the largest Springfield) is on Central time.
    assert zone_for_place("Springfield", None, "US").zone == "America/Chicago"
    assert zone_for_place("Portland", None, "US").zone == "America/Los_Angeles"
    assert zone_for_place("Portland", "Maine", "US").zone == "America/New_York"


def test_organization_zone_comes_from_the_home_city(empty_db):
    organizations.create_organization(
        empty_db, {"name": "SSC", "city": "Springfield", "region": "Illinois", "country": "US"}
    )
    assert organizations.get_organization(empty_db).time_zone == "America/Chicago"


def test_organization_in_an_unknown_city_must_choose_its_zone(empty_db):
    with pytest.raises(ValidationError) as caught:
        organizations.create_organization(
            empty_db, {"name": "SSC", "city": "Smallville", "country": "US"}
        )
    assert "Choose it: America/New_York" in caught.value.errors["time_zone"]
    assert not organizations.has_organization(empty_db)


def test_partnership_zone_comes_from_the_partner_city(db):
    moscow = partnerships.add_partnership(db, {"city_name": "Moscow", "country": "Russia"}).id
    assert partnerships.get_partnership(db, moscow).time_zone == "Europe/Moscow"
    with pytest.raises(ValidationError) as caught:
        partnerships.add_partnership(db, {"city_name": "Smallgrad", "country": "RU"})
    assert "Smallgrad is not a city we know in Russia" in caught.value.errors["time_zone"]
    given = partnerships.add_partnership(
        db, {"city_name": "Smallgrad", "country": "RU", "time_zone": "Asia/Omsk"}
    ).id
    assert partnerships.get_partnership(db, given).time_zone == "Asia/Omsk"
