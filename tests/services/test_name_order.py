"""Names in the alphabetical order of the user's language: the volunteer list (paged in SQL on
stored keys), its family-name order, search by reading, host families and partner cities, in
English (the root order), Spanish and Japanese (by reading when one is given)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select

from sistercommittee.collation import collated, collation_for, sort_key
from sistercommittee.domain import OutboxEntry
from sistercommittee.services import exchanges, partnerships
from sistercommittee.services import volunteers as svc
from sistercommittee.services.changes import Entity
from sistercommittee.services.partnerships import PartnershipQuery
from sistercommittee.services.volunteers import VolunteerQuery

PEOPLE = (
    # given, family, reading
    ("Zoe", "Adams", None),
    ("Ángela", "Núñez", None),
    ("angela", "Ortiz", None),
    ("Nuno", "Silva", None),
    ("Íñigo", "Nuzzo", None),
    ("Ñusta", "Quispe", None),
    ("芽衣", "田中", "たなか めい"),
    ("一郎", "鈴木", "スズキ イチロウ"),  # a reading in katakana sorts as in hiragana
    ("花子", "伊藤", None),  # no reading: by the name, after every kana
    ("翔", "佐藤", "さとう しょう"),
    ("Mei", "Tanaka", None),
)


def _add_people(db: Any) -> None:
    for given, family, reading in PEOPLE:
        svc.add_volunteer(
            db, {"given_name": given, "family_name": family, "name_reading": reading}
        )


def _names(db: Any, **query: Any) -> list[str]:
    return [row.name for row in svc.list_volunteers(db, VolunteerQuery(**query)).items]


@pytest.mark.parametrize(
    ("locale_name", "expected"),
    [
        (
            "en_US",
            [
                "Ángela Núñez",  # accents and case count only to break ties
                "angela Ortiz",
                "Íñigo Nuzzo",
                "Mei Tanaka",
                "Nuno Silva",
                "Ñusta Quispe",  # ñ is an n with a tilde
                "Zoe Adams",
                "伊藤花子",  # kanji by radical and stroke: no reading in English
                "佐藤翔",
                "田中芽衣",
                "鈴木一郎",
            ],
        ),
        (
            "es_MX",
            [
                "Ángela Núñez",
                "angela Ortiz",
                "Íñigo Nuzzo",
                "Mei Tanaka",
                "Nuno Silva",
                "Zoe Adams",
                "伊藤花子",
                "佐藤翔",
                "田中芽衣",
                "鈴木一郎",
            ],
        ),
        (
            "ja",
            [
                "Ángela Núñez",
                "angela Ortiz",
                "Íñigo Nuzzo",
                "Mei Tanaka",
                "Nuno Silva",
                "Ñusta Quispe",
                "Zoe Adams",
                "佐藤翔",  # さとう
                "鈴木一郎",  # スズキ
                "田中芽衣",  # たなか
                "伊藤花子",  # no reading: by its kanji, after the names read in kana
            ],
        ),
    ],
)
def test_the_list_sorts_names_in_the_users_language(db, locale_name, expected):
    _add_people(db)
    svc.sort_names_in(db, locale_name)
    names = _names(db)
    if locale_name == "es_MX":
        # ñ is a letter of its own between n and o: Ñusta after every N, before O
        assert names.index("Ñusta Quispe") == names.index("Zoe Adams") - 1
        names.remove("Ñusta Quispe")
    assert names == expected
    # Pages of the same order never overlap or skip anyone.
    paged = [
        row.name
        for offset in range(0, len(PEOPLE), 4)
        for row in svc.list_volunteers(db, VolunteerQuery(offset=offset, limit=4)).items
    ]
    assert paged == _names(db)
    assert _names(db, descending=True) == list(reversed(_names(db)))


def test_spanish_puts_n_with_tilde_after_every_n():
    words = ["Ñandú", "Nuzzo", "Núñez", "Nuno", "Oscar", "nube"]
    assert collated(words, "es") == ["nube", "Nuno", "Núñez", "Nuzzo", "Ñandú", "Oscar"]
    assert collated(words, "root") == ["Ñandú", "nube", "Núñez", "Nuno", "Nuzzo", "Oscar"]


def test_each_locale_has_its_collation():
    assert collation_for("es_MX") == collation_for("es") == "es"
    assert collation_for("ja-JP") == collation_for("ja") == "ja"
    assert collation_for("en_US") == collation_for("de_DE") == collation_for("") == "root"


def test_japanese_kana_sort_in_gojuon_order_voicing_and_script_only_break_ties():
    readings = ["たなか", "がっこう", "かっこう", "カトウ", "あおき", "さとう", "タナカ"]
    assert collated(readings, "ja") == ["あおき", "かっこう", "がっこう", "カトウ", "さとう",
                                         "たなか", "タナカ"]
    assert sort_key("ja", "たなか") != sort_key("ja", "タナカ")  # the same place, not equal


def test_family_name_order_and_a_reading_in_japanese(db):
    _add_people(db)
    svc.sort_names_in(db, "en_US")
    by_family = _names(db, sort="family_name")
    assert by_family[:6] == [
        "Zoe Adams",
        "Ángela Núñez",
        "Íñigo Nuzzo",
        "angela Ortiz",
        "Ñusta Quispe",
        "Nuno Silva",
    ]
    svc.sort_names_in(db, "ja_JP")
    assert _names(db, sort="family_name")[-4:] == ["佐藤翔", "鈴木一郎", "田中芽衣", "伊藤花子"]


def test_a_new_reading_moves_the_name_and_search_finds_it(db):
    _add_people(db)
    svc.sort_names_in(db, "ja")
    assert _names(db)[-1] == "伊藤花子"
    ito = next(r for r in svc.list_volunteers(db).items if r.name == "伊藤花子")
    svc.edit_volunteer(db, ito.id, {"name_reading": "いとう はなこ"})
    assert _names(db)[7:] == ["伊藤花子", "佐藤翔", "鈴木一郎", "田中芽衣"]  # い before さ
    assert _names(db, search="いとう") == ["伊藤花子"]
    assert svc.get_volunteer(db, ito.id).name_reading == "いとう はなこ"
    # A changed name is put in its new place as well.
    svc.edit_volunteer(db, ito.id, {"name_reading": "", "given_name": "Aiko", "family_name": ""})
    assert _names(db)[0] == "Aiko"


def test_changing_language_sorts_again_once(db):
    _add_people(db)
    assert Entity.VOLUNTEERS in svc.sort_names_in(db, "es").entities
    assert svc.sort_names_in(db, "es_ES").entities == frozenset()  # nothing left to do
    assert Entity.VOLUNTEERS in svc.sort_names_in(db, "ja").entities
    # The command line keeps the order the app chose.
    assert svc.sort_names_in(db, "en_US", unless_chosen=True).entities == frozenset()
    assert _names(db)[-1] == "伊藤花子"


def test_sort_keys_stay_on_this_laptop(db):
    volunteer = svc.add_volunteer(db, {"given_name": "芽衣", "family_name": "田中",
                                       "name_reading": "たなか めい"}).id
    with db.read() as session:
        sent = [
            json.loads(entry.fields) if isinstance(entry.fields, str) else entry.fields
            for entry in session.scalars(
                select(OutboxEntry).where(OutboxEntry.row_id == volunteer)
            )
        ]
    assert sent and all("name_key" not in fields and "family_key" not in fields for fields in sent)
    assert sent[0]["name_reading"] == "たなか めい"


def test_host_families_sort_by_reading_in_japanese(db):
    partnership = partnerships.add_partnership(
        db, {"city_name": "Takayama", "country": "JP"}
    ).id
    exchange = exchanges.add_exchange(
        db,
        {
            "partnership_id": partnership,
            "title": "Homestay week",
            "direction": "inbound",
            "program": "youth",
            "starts_on": "2026-07-01",
            "ends_on": "2026-07-08",
        },
    ).id
    for name, reading in (("渡辺", "わたなべ"), ("Olsen", None), ("青木", "あおき"), ("Ávila", None),
                          ("山本", None)):
        exchanges.add_host_family(db, exchange, {"family_name": name, "name_reading": reading})
    svc.sort_names_in(db, "ja")
    families = exchanges.get_exchange(db, exchange).host_families
    assert [f.family_name for f in families] == ["Ávila", "Olsen", "青木", "渡辺", "山本"]
    assert families[2].name_reading == "あおき"
    svc.sort_names_in(db, "en")
    families = exchanges.get_exchange(db, exchange).host_families
    assert [f.family_name for f in families] == ["Ávila", "Olsen", "山本", "渡辺", "青木"]


def test_partner_cities_sort_in_the_language(db):
    for city, country in (("Ñuñoa", "CL"), ("Nuuk", "GL"), ("Ōsaka", "JP"), ("Oaxaca", "MX"),
                          ("León", "MX"), ("Lima", "PE")):
        zone = {"MX": "America/Mexico_City", "GL": "America/Nuuk"}.get(country)
        partnerships.add_partnership(
            db, {"city_name": city, "country": country, **({"time_zone": zone} if zone else {})}
        )

    def cities() -> list[str]:
        page = partnerships.list_partnerships(db, PartnershipQuery(sort="city_name"))
        return [row.city_name for row in page.items]

    svc.sort_names_in(db, "en")
    assert cities() == ["León", "Lima", "Ñuñoa", "Nuuk", "Oaxaca", "Ōsaka"]
    svc.sort_names_in(db, "es")
    assert cities() == ["León", "Lima", "Nuuk", "Ñuñoa", "Oaxaca", "Ōsaka"]
    assert [label.split(",")[0] for _, label in partnerships.partnership_choices(db)] == cities()
