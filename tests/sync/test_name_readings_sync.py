"""Name readings travel between laptops through a real HQ like every field, the sort keys do not
(each laptop sorts in its own language), and a reading changed on one laptop moves the name in
the other's Japanese list after a sync."""

from __future__ import annotations

from sistercommittee.services import exchanges, partnerships
from sistercommittee.services import volunteers as svc
from sistercommittee.services.organizations import create_organization
from sistercommittee.sync import service
from sistercommittee.sync.credentials import MemoryStore
from tests.hq.fixtures import PASSWORD, laptop

ORG = {"name": "Springfield Sister Cities", "city": "Springfield", "country": "US"}


def _names(db) -> list[str]:
    return [row.name for row in svc.list_volunteers(db).items]


def test_readings_reach_the_other_laptop_and_sort_there(hq, org, tmp_path):
    a = laptop(tmp_path / "a.sqlite", hq.url, org.emails["coordinator"])
    create_organization(a.db, ORG)
    svc.sort_names_in(a.db, "en_US")  # this laptop sorts in English
    tanaka = svc.add_volunteer(
        a.db, {"given_name": "芽衣", "family_name": "田中", "name_reading": "たなか めい"}
    ).id
    svc.add_volunteer(a.db, {"given_name": "一郎", "family_name": "鈴木"})
    svc.add_volunteer(a.db, {"given_name": "Ana", "family_name": "Ortiz"})
    partnership = partnerships.add_partnership(a.db, {"city_name": "Takayama", "country": "JP"}).id
    exchange = exchanges.add_exchange(
        a.db,
        {
            "partnership_id": partnership,
            "title": "Homestay week",
            "direction": "inbound",
            "program": "youth",
            "starts_on": "2026-07-01",
            "ends_on": "2026-07-08",
        },
    ).id
    exchanges.add_host_family(a.db, exchange, {"family_name": "青木", "name_reading": "あおき"})
    assert service.sync_now(a.db, a.store).sent >= 5

    store = MemoryStore()
    other, _sign_in, _joined = service.join(
        tmp_path / "b.sqlite", store, hq.url, org.emails["volunteer"], PASSWORD, None
    )
    try:
        svc.sort_names_in(other, "ja_JP")  # the other laptop's volunteer reads Japanese
        assert svc.get_volunteer(other, tanaka).name_reading == "たなか めい"
        (family,) = exchanges.get_exchange(other, exchange).host_families
        assert family.name_reading == "あおき"
        assert _names(other) == ["Ana Ortiz", "田中芽衣", "鈴木一郎"]  # たなか among the kana
        assert _names(a.db) == ["Ana Ortiz", "田中芽衣", "鈴木一郎"]  # by the kanji here

        # A reading given on the first laptop moves 鈴木 before 田中 on the other one.
        suzuki = next(r.id for r in svc.list_volunteers(a.db).items if r.name == "鈴木一郎")
        svc.edit_volunteer(a.db, suzuki, {"name_reading": "すずき いちろう"})
        service.sync_now(a.db, a.store)
        service.sync_now(other, store)
        assert svc.get_volunteer(other, suzuki).name_reading == "すずき いちろう"
        assert _names(other) == ["Ana Ortiz", "鈴木一郎", "田中芽衣"]
        assert _names(a.db) == ["Ana Ortiz", "田中芽衣", "鈴木一郎"]  # English: unchanged
    finally:
        other.close()
