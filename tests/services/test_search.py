"""services.search: one search across every kind of record, in SQL, ranked and paged."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from sistercommittee.errors import ValidationError
from sistercommittee.services import (
    events,
    exchanges,
    mou_signatories,
    mous,
    partnerships,
    volunteers,
)
from sistercommittee.services.search import RecordKind, SearchQuery, search_records


@pytest.fixture
def records(db: Any) -> dict[str, str]:
    ids: dict[str, str] = {}
    ids["besancon"] = partnerships.add_partnership(
        db, {"city_name": "Besançon", "country": "FR", "region": "Doubs"}
    ).id
    ids["takayama"] = partnerships.add_partnership(
        db, {"city_name": "Takayama", "city_name_local": "高山市", "country": "JP"}
    ).id
    ids["mei"] = volunteers.add_volunteer(
        db, {"given_name": "Mei", "family_name": "Tanaka", "email": "mei@example.org"}
    ).id
    ids["jose"] = volunteers.add_volunteer(
        db, {"given_name": "José", "family_name": "García", "email": "jgarcia@example.com"}
    ).id
    ids["gala"] = events.add_event(
        db,
        {
            "title": "Takayama lantern evening",
            "starts_at": datetime(2026, 6, 1, 18, 0, tzinfo=ZoneInfo("America/Chicago")),
            "venue": "Old State Capitol",
        },
    ).id
    ids["exchange"] = exchanges.add_exchange(
        db,
        {
            "title": "Youth delegation to Besançon",
            "partnership_id": ids["besancon"],
            "starts_on": date(2026, 7, 1),
            "ends_on": date(2026, 7, 9),
            "direction": "outbound",
            "program": "youth",
        },
    ).id
    ids["participant"] = exchanges.add_participant(
        db, ids["exchange"], {"name": "Ana Lopez", "role": "student", "email": "ana@school.example"}
    ).id
    ids["host"] = exchanges.add_host_family(
        db, ids["exchange"], {"family_name": "Dupont-Moreau", "capacity": "2"}
    ).id
    ids["contact"] = partnerships.add_contact(
        db,
        ids["takayama"],
        {
            "name": "Hiroshi Kuroda",
            "organization": "Takayama City Hall",
            "email": "kuroda@takayama.example.jp",
        },
    ).id
    ids["mou"] = mous.add_mou(
        db,
        {
            "partnership_id": ids["takayama"],
            "signed_on": date(1996, 10, 8),
            "signed_place": "Springfield",
        },
    ).id
    mou_signatories.add_signatory(db, ids["mou"], {"name": "Kunio Doi", "side": "partner", "title": "Mayor"})
    return ids


def _found(db: Any, text: str, **options: Any) -> list[tuple[RecordKind, str]]:
    page = search_records(db, SearchQuery(text, **options))
    return [(hit.kind, hit.record_id) for hit in page.items]


def test_every_kind_of_record_is_found(db: Any, records: dict[str, str]) -> None:
    assert (RecordKind.PARTNERSHIP, records["besancon"]) in _found(db, "Besan")
    assert _found(db, "tanaka") == [(RecordKind.VOLUNTEER, records["mei"])]
    assert _found(db, "lantern") == [(RecordKind.EVENT, records["gala"])]
    assert _found(db, "state capitol") == [(RecordKind.EVENT, records["gala"])]  # the venue
    assert _found(db, "delegation") == [(RecordKind.EXCHANGE, records["exchange"])]
    assert _found(db, "ana lopez") == [(RecordKind.PARTICIPANT, records["participant"])]
    assert _found(db, "dupont") == [(RecordKind.HOST_FAMILY, records["host"])]
    assert _found(db, "kuroda") == [(RecordKind.CONTACT, records["contact"])]
    assert _found(db, "kunio doi") == [(RecordKind.MOU, records["mou"])]  # by its signatory


def test_case_and_accents_do_not_matter(db: Any, records: dict[str, str]) -> None:
    assert _found(db, "BESANCON") == _found(db, "besançon") != []
    assert (RecordKind.VOLUNTEER, records["jose"]) in _found(db, "jose garcia")
    assert _found(db, "高山") == [(RecordKind.PARTNERSHIP, records["takayama"])]
    assert _found(db, "EXAMPLE.ORG") == [(RecordKind.VOLUNTEER, records["mei"])]  # the email


def test_hits_say_where_they_are_shown(db: Any, records: dict[str, str]) -> None:
    hits = {hit.kind: hit for hit in search_records(db, SearchQuery("takayama")).items}
    assert hits[RecordKind.PARTNERSHIP].title == "Takayama (高山市)"
    # The country as a code: the UI names it in the user's language.
    assert (hits[RecordKind.PARTNERSHIP].country, hits[RecordKind.PARTNERSHIP].detail) == ("JP", "")
    assert (hits[RecordKind.PARTNERSHIP].page, hits[RecordKind.PARTNERSHIP].select_id) == (
        "partnerships",
        records["takayama"],
    )
    contact = hits[RecordKind.CONTACT]  # found by its organization
    assert (contact.page, contact.select_id) == ("partnerships", records["takayama"])
    assert contact.detail.startswith("Takayama")
    event = hits[RecordKind.EVENT]
    # 6 PM in Chicago is the next day in UTC: the day is the venue's.
    assert (event.page, event.detail, event.on) == ("events", "Old State Capitol", date(2026, 6, 1))
    mou = search_records(db, SearchQuery("kunio")).items[0]
    assert (mou.title, mou.detail, mou.on) == ("Takayama", "Springfield", date(1996, 10, 8))
    host = search_records(db, SearchQuery("dupont")).items[0]
    assert (host.page, host.select_id) == ("exchanges", records["exchange"])
    # What the page's own search is given to show the record it selects.
    assert host.page_search == "Youth delegation to Besançon"
    assert contact.page_search == "Takayama"
    mei = search_records(db, SearchQuery("tanaka")).items[0]
    assert (mei.title, mei.page_search) == ("Mei Tanaka", "mei@example.org")


def test_names_that_start_with_the_term_come_first(db: Any, records: dict[str, str]) -> None:
    kinds = [hit.kind for hit in search_records(db, SearchQuery("takayama")).items]
    # Takayama, Takayama lantern evening start with it; the contact only holds it.
    assert kinds[:2] == [RecordKind.PARTNERSHIP, RecordKind.EVENT]
    assert RecordKind.CONTACT in kinds[2:]


def test_paged_with_the_total(db: Any) -> None:
    for number in range(25):
        volunteers.add_volunteer(db, {"given_name": f"Pat{number:02}", "family_name": "Rivera"})
    first = search_records(db, SearchQuery("rivera", limit=10))
    assert (len(first.items), first.total, first.has_more) == (10, 25, True)
    last = search_records(db, SearchQuery("rivera", offset=20, limit=10))
    assert (len(last.items), last.total, last.has_more) == (5, 25, False)
    beyond = search_records(db, SearchQuery("rivera", offset=40, limit=10))
    assert (beyond.items, beyond.total) == ((), 25)
    middle = search_records(db, SearchQuery("rivera", offset=10, limit=10))
    names = [hit.title for hit in first.items + middle.items + last.items]
    assert names == sorted(names) and len(set(names)) == 25


def test_kinds_narrow_the_search(db: Any, records: dict[str, str]) -> None:
    assert _found(db, "takayama", kinds=(RecordKind.EVENT,)) == [
        (RecordKind.EVENT, records["gala"])
    ]


def test_deleted_records_are_not_found(db: Any, records: dict[str, str]) -> None:
    volunteers.delete_volunteer(db, records["mei"])
    assert _found(db, "tanaka") == []


def test_a_term_too_short_finds_nothing_and_wildcards_are_literal(
    db: Any, records: dict[str, str]
) -> None:
    assert search_records(db, SearchQuery("t")).total == 0
    assert search_records(db, SearchQuery("  ")).total == 0
    assert _found(db, "%%") == [] and _found(db, "__") == []


def test_bad_paging_is_a_sentence(db: Any) -> None:
    with pytest.raises(ValidationError, match="A page holds"):
        search_records(db, SearchQuery("takayama", limit=0))
    with pytest.raises(ValidationError, match="at most 200 characters"):
        search_records(db, SearchQuery("x" * 201))
