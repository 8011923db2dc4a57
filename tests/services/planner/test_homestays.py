"""Homestay matching: every suggestion and every conflict with its reasons; nothing placed until
the coordinator accepts."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from sistercommittee.domain import Stay
from sistercommittee.errors import ValidationError
from sistercommittee.services import exchanges as svc
from sistercommittee.services import planner
from tests.services.planner.conftest import Trip, add_kyoto, tick_background_checks


def _details(db, trip: Trip) -> None:
    planner.set_participant_details(
        db,
        trip.people["Aoi Sato"],
        {
            "date_of_birth": "2011-02-01",
            "gender": "female",
            "languages": "ja, en",
            "allergies": "cats; peanuts",
        },
    )
    planner.set_participant_details(
        db,
        trip.people["Ren Ito"],
        {"date_of_birth": "2010-08-20", "gender": "male", "languages": "ja"},
    )
    planner.set_participant_details(
        db, trip.people["Keiko Mori"], {"gender": "female", "languages": ["ja", "en"]}
    )
    planner.set_host_family_details(
        db, trip.hosts["Miller"], {"languages": "en", "pets": "two cats"}
    )
    planner.set_host_family_details(
        db, trip.hosts["Garcia"], {"languages": "en, ja", "guest_gender": "female"}
    )
    planner.set_host_family_details(db, trip.hosts["Novak"], {"languages": "en"})


def test_nothing_is_suggested_for_minors_before_the_background_checks(db, trip: Trip):
    _details(db, trip)
    plan = planner.homestay_plan(db, trip.exchange_id)
    unplaced = {u.guest: u.reasons for u in plan.unplaced}
    assert set(unplaced) == {"Aoi Sato", "Ren Ito"}
    assert any(
        "background check of the Novak family is not ticked" in r for r in unplaced["Ren Ito"]
    )
    # The chaperone, an adult, is placed anyway.
    assert [s.guest for s in plan.suggestions] == ["Keiko Mori"]


def test_suggestions_follow_the_rules_and_give_their_reasons(db, trip: Trip):
    _details(db, trip)
    tick_background_checks(db, trip)
    plan = planner.homestay_plan(db, trip.exchange_id)
    placed = {s.guest: s for s in plan.suggestions}
    # Aoi: allergic to cats (not the Millers), female (Garcia takes female guests only) and
    # speaks Japanese like the Garcias.
    aoi = placed["Aoi Sato"]
    assert aoi.family == "Garcia"
    assert "Both speak Japanese, English." in aoi.reasons
    assert aoi.notes == ("Tell the family: Aoi Sato is allergic to cats; peanuts.",)
    # Ren: male, so not the Garcias; the Millers have cats but Ren is not allergic. Both Novak
    # and Miller speak no Japanese; the Millers have the more free beds.
    ren = placed["Ren Ito"]
    assert ren.family == "Miller"
    assert any(r.startswith("No language in common") for r in ren.reasons)
    # Keiko, an adult, never shares a family with a minor guest: the Novaks.
    assert placed["Keiko Mori"].family == "Novak"
    assert plan.unplaced == ()
    # Nothing is written until the coordinator accepts.
    with db.read() as session:
        assert session.scalars(select(Stay).where(Stay.deleted_at.is_(None))).all() == []
    # Without the Novaks, no family is left for her, and the reasons say why.
    svc.remove_host_family(db, trip.hosts["Novak"])
    unplaced = {u.guest: u.reasons for u in planner.homestay_plan(db, trip.exchange_id).unplaced}
    assert set(unplaced) == {"Keiko Mori"}
    assert (
        "The Garcia family hosts a minor (Aoi Sato) then; an adult does not share a family "
        "with a minor guest." in unplaced["Keiko Mori"]
    )


def test_accepting_records_the_stays_and_conflicts_are_explained(db, trip: Trip):
    _details(db, trip)
    tick_background_checks(db, trip)
    planner.accept_suggestions(db, trip.exchange_id, [trip.people["Aoi Sato"]])
    plan = planner.homestay_plan(db, trip.exchange_id)
    assert ("Aoi Sato", "the Garcia family") in plan.placed
    assert "Aoi Sato" not in {s.guest for s in plan.suggestions}
    planner.accept_suggestions(db, trip.exchange_id)
    plan = planner.homestay_plan(db, trip.exchange_id)
    assert {guest for guest, _ in plan.placed} == {"Aoi Sato", "Ren Ito", "Keiko Mori"}
    # The Millers get a dog after all and Ren turns out to be allergic to dogs: a conflict
    # with its reason.
    planner.set_participant_details(db, trip.people["Ren Ito"], {"allergies": "dogs"})
    planner.set_host_family_details(db, trip.hosts["Miller"], {"pets": "two cats, a dog"})
    plan = planner.homestay_plan(db, trip.exchange_id)
    assert [(c.guest, c.family) for c in plan.conflicts] == [("Ren Ito", "Miller")]
    assert plan.conflicts[0].problems == (
        "Ren Ito is allergic to dog; the Miller family has two cats, a dog.",
    )
    with pytest.raises(ValidationError, match="no suggestion for that participant"):
        planner.accept_suggestions(db, trip.exchange_id, [trip.people["Aoi Sato"]])


def test_minors_of_different_genders_and_host_availability(db, trip: Trip):
    _details(db, trip)
    tick_background_checks(db, trip)
    # Only the Millers now: they can host only until 15 May, two nights short.
    svc.remove_host_family(db, trip.hosts["Garcia"])
    planner.set_host_family_details(db, trip.hosts["Novak"], {"available_to": "2027-05-15"})
    planner.set_host_family_details(db, trip.hosts["Miller"], {"pets": ""})
    plan = planner.homestay_plan(db, trip.exchange_id)
    placed = {s.guest: s.family for s in plan.suggestions}
    unplaced = {u.guest: u.reasons for u in plan.unplaced}
    assert (
        "The Novak family can host from any day to 15 May; the stay is 10 May to 17 May."
        in (unplaced[next(iter(unplaced))])
    )
    # One minor goes to the Millers; the other (another gender) may not join them.
    assert list(placed.values()) == ["Miller"]
    other = ({"Aoi Sato", "Ren Ito"} - set(placed)).pop()
    assert any(
        r.startswith("The Miller family hosts ")
        and r.endswith("minors of different genders stay apart.")
        for r in unplaced[other]
    )


def test_host_details_refuse_bad_input(db, trip: Trip):
    with pytest.raises(ValidationError) as caught:
        planner.set_host_family_details(
            db,
            trip.hosts["Miller"],
            {"guest_gender": "cats", "available_from": "2027-05-10", "available_to": "2027-05-01"},
        )
    assert caught.value.errors == {"guest_gender": "Takes guests: write any, female or male."}
    with pytest.raises(ValidationError) as caught:
        planner.set_host_family_details(
            db, trip.hosts["Miller"], {"available_from": "2027-05-10", "available_to": "2027-05-01"}
        )
    assert caught.value.errors == {
        "available_to": "The family's last day is not after its first night."
    }
    with pytest.raises(ValidationError) as caught:
        planner.set_participant_details(
            db,
            trip.people["Aoi Sato"],
            {"passport_number": "12", "gender": "perhaps", "date_of_birth": "2099-01-01"},
        )
    assert set(caught.value.errors) == {"passport_number", "gender", "date_of_birth"}
    assert "does not look like a passport number" in caught.value.errors["passport_number"]


def test_host_families_come_in_the_order_of_the_users_language(db):
    """The planner lists host families (checklist, emergency sheet) as the exchange's Hosting tab
    does, in the collation of the user's language, Japanese names by reading; between two
    families that fit equally well, the suggestion goes to the one listed first."""
    from sistercommittee.services import volunteers

    kyoto = add_kyoto(db)
    exchange_id = svc.add_exchange(
        db,
        {
            "title": "Kyoto students visit",
            "direction": "inbound",
            "program": "youth",
            "partnership_id": kyoto,
            "starts_on": "2027-05-10",
            "ends_on": "2027-05-17",
        },
    ).id
    svc.add_participant(db, exchange_id, {"name": "Keiko Mori", "role": "chaperone"})
    hosts = {}
    for name, reading in (
        ("渡辺", "わたなべ"),
        ("Ñúñez", None),
        ("青木", "あおき"),
        ("Nuzzo", None),
        ("山本", None),  # no reading: after every name read in kana
    ):
        hosts[name] = svc.add_host_family(
            db, exchange_id, {"family_name": name, "name_reading": reading, "capacity": 1}
        ).id

    def order() -> list[str]:
        return [host.name for host in planner.emergency_sheet_data(db, exchange_id).hosts]

    def background_checks() -> list[str]:
        items = planner.checklist(db, exchange_id).items
        ids = {host_id: name for name, host_id in hosts.items()}
        return [ids[i.key.split("/")[1]] for i in items if i.key.startswith("background/")]

    volunteers.sort_names_in(db, "ja")
    assert order() == ["Ñúñez", "Nuzzo", "青木", "渡辺", "山本"]
    assert background_checks() == order()
    assert [s.family for s in planner.homestay_plan(db, exchange_id).suggestions] == ["Ñúñez"]
    volunteers.sort_names_in(db, "es")
    assert order() == ["Nuzzo", "Ñúñez", "山本", "渡辺", "青木"]  # ñ after n; kanji by radical
    assert background_checks() == order()
    assert [s.family for s in planner.homestay_plan(db, exchange_id).suggestions] == ["Nuzzo"]
