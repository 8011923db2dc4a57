from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, select

from sistercommittee.domain import (
    Event,
    EventPartnership,
    Exchange,
    OutboxEntry,
    Partnership,
    StatusChange,
)
from sistercommittee.domain.base import utcnow
from sistercommittee.domain.enums import (
    EventKind,
    ExchangeDirection,
    ExchangeProgram,
    FocusArea,
    PartnershipKind,
    PartnershipStatus,
)
from sistercommittee.errors import NotFoundError, ValidationError
from sistercommittee.services import partnerships as svc
from sistercommittee.services.forms import OrgDefaults, validate
from sistercommittee.services.partnerships import PARTNERSHIP_FORM, PartnershipQuery

TODAY = datetime.now(UTC).date()


def add(db, **values):
    return svc.add_partnership(db, {"city_name": "Takayama", "country": "JP", **values}).id


def add_event(db, partnership_ids, starts_at, zone="America/Chicago", *, deleted=False):
    with db.write() as session:
        row = Event(
            title="Festival",
            kind=EventKind.FESTIVAL,
            starts_at=starts_at,
            ends_at=starts_at + timedelta(hours=2),
            time_zone=zone,
            deleted_at=utcnow() if deleted else None,
        )
        session.add(row)
        session.flush()
        links = [EventPartnership(event_id=row.id, partnership_id=pid) for pid in partnership_ids]
        session.add_all(links)
        session.flush()
        return row.id, [link.id for link in links]


def add_exchange(db, partnership_id, starts_on, *, deleted=False):
    with db.write() as session:
        row = Exchange(
            title="Youth delegation",
            direction=ExchangeDirection.OUTBOUND,
            program=ExchangeProgram.YOUTH,
            partnership_id=partnership_id,
            starts_on=starts_on,
            ends_on=starts_on + timedelta(days=7),
            deleted_at=utcnow() if deleted else None,
        )
        session.add(row)
        session.flush()
        return row.id


# --- adding -----------------------------------------------------------------------------------


def test_add_fills_defaults_from_the_country_and_starts_the_history(db):
    partnership_id = svc.add_partnership(
        db,
        {
            "city_name": " Takayama ",
            "city_name_local": "高山市",
            "region": "Gifu",
            "country": "Japan",
            "focus_areas": "culture; Education youth",
            "committee": "Japan committee",
        },
    ).id
    detail = svc.get_partnership(db, partnership_id)
    assert detail.city_name == "Takayama"
    assert detail.country == "JP"
    assert detail.country_name == "Japan"
    assert detail.language == "ja"
    assert detail.time_zone == "Asia/Tokyo"
    assert detail.kind is PartnershipKind.SISTER_CITY
    assert detail.status is PartnershipStatus.EXPLORING
    assert detail.focus_areas == ("culture", "education_youth")
    assert detail.label == "Takayama (高山市), Japan"
    assert detail.next_statuses == (
        PartnershipStatus.PROPOSED,
        PartnershipStatus.ACTIVE,
        PartnershipStatus.ENDED,
    )
    assert len(detail.history) == 1
    assert detail.history[0].from_status is None
    assert detail.history[0].to_status is PartnershipStatus.EXPLORING
    assert detail.history[0].changed_on == svc.today_in("America/Chicago")
    with db.read() as session:
        tables = {
            entry.table_name
            for entry in session.scalars(
                select(OutboxEntry).where(
                    OutboxEntry.table_name.in_(["partnerships", "partnership_status_changes"])
                )
            )
        }
    assert tables == {"partnerships", "partnership_status_changes"}


@pytest.mark.parametrize(
    ("city", "country", "language", "zone"),
    [
        ("Partner", "EG", "ar", "Africa/Cairo"),
        ("Lviv", "UA", "uk", "Europe/Kyiv"),
        ("Oaxaca", "MX", "es", "America/Mexico_City"),
        ("Tijuana", "MX", "es", "America/Tijuana"),
        ("Partner", "TW", "zh-Hant", "Asia/Taipei"),
        ("Partner", "DE", "de", "Europe/Berlin"),  # Busingen keeps Berlin's clock
    ],
)
def test_language_and_zone_default_to_the_citys(db, city, country, language, zone):
    detail = svc.get_partnership(db, add(db, city_name=city, country=country))
    assert (detail.language, detail.time_zone) == (language, zone)


def test_given_language_and_zone_are_kept(db):
    detail = svc.get_partnership(
        db, add(db, city_name="Kaunas", country="LT", language="en", time_zone="Europe/Vilnius")
    )
    assert (detail.language, detail.time_zone) == ("en", "Europe/Vilnius")


def test_an_active_partnership_is_active_since_its_signing(db):
    detail = svc.get_partnership(db, add(db, status="active", signed_on="1962-04-20"))
    assert detail.status is PartnershipStatus.ACTIVE
    assert detail.history[0].changed_on == date(1962, 4, 20)
    assert detail.next_statuses == (PartnershipStatus.DORMANT, PartnershipStatus.ENDED)


def test_add_refuses_every_bad_field_at_once_and_writes_nothing(db):
    with pytest.raises(ValidationError) as caught:
        svc.add_partnership(
            db,
            {
                "city_name": "",
                "country": "Atlantis",
                "kind": "twin town",
                "status": "wonderful",
                "signed_on": "yesterday-ish",
                "focus_areas": "culture, chess",
                "language": "xx-qq-zz-12345",
                "time_zone": "Mars/Olympus",
            },
        )
    errors = caught.value.errors
    assert set(errors) == {
        "city_name",
        "country",
        "kind",
        "status",
        "signed_on",
        "focus_areas",
        "language",
        "time_zone",
    }
    assert errors["city_name"] == "City name is required."
    assert "Atlantis" in errors["country"] and "two-letter code" in errors["country"]
    assert "sister_city" in errors["kind"]
    assert "exploring" in errors["status"]
    assert "not a date" in errors["signed_on"]
    assert "chess" in errors["focus_areas"]
    assert "not a language" in errors["language"]
    assert "not a time zone" in errors["time_zone"]
    with db.read() as session:
        assert session.scalars(select(Partnership)).all() == []
        assert session.scalars(select(StatusChange)).all() == []


def test_country_is_required(db):
    with pytest.raises(ValidationError) as caught:
        svc.add_partnership(db, {"city_name": "Takayama"})
    assert caught.value.errors == {"country": "Country is required."}


def test_signing_date_cannot_be_in_the_future(db):
    with pytest.raises(ValidationError) as caught:
        add(db, signed_on=(TODAY + timedelta(days=30)).isoformat())
    assert set(caught.value.errors) == {"signed_on"}
    assert "in the future" in caught.value.errors["signed_on"]


def test_an_active_partnership_needs_a_signing_date(db):
    with pytest.raises(ValidationError) as caught:
        add(db, status="active")
    assert set(caught.value.errors) == {"signed_on"}
    assert "needs its signing date" in caught.value.errors["signed_on"]


def test_the_same_city_twice_is_refused_until_the_first_is_deleted(db):
    first = add(db, city_name="Évora", country="PT")
    with pytest.raises(ValidationError) as caught:
        add(db, city_name="evora", country="Portugal")
    assert set(caught.value.errors) == {"city_name"}
    assert "already a partnership with Évora, Portugal" in caught.value.errors["city_name"]
    # The same name in another country is another city.
    add(db, city_name="Evora", country="US", time_zone="America/Chicago")
    svc.delete_partnership(db, first)
    second = add(db, city_name="Evora", country="PT")
    with pytest.raises(ValidationError, match="already a partnership"):
        svc.restore_partnership(db, first)
    with pytest.raises(ValidationError, match="already a partnership"):
        svc.edit_partnership(db, add(db, city_name="Beja", country="PT"), {"city_name": "ÉVORA"})
    assert svc.get_partnership(db, second).city_name == "Evora"


# --- editing ----------------------------------------------------------------------------------


def test_edit_changes_only_the_given_fields(db):
    partnership_id = add(db, region="Gifu", notes="Alps")
    svc.edit_partnership(db, partnership_id, {"region": "Gifu Prefecture", "notes": ""})
    detail = svc.get_partnership(db, partnership_id)
    assert detail.region == "Gifu Prefecture"
    assert detail.notes is None
    assert detail.city_name == "Takayama"
    with db.read() as session:
        last = session.scalars(
            select(OutboxEntry)
            .where(OutboxEntry.row_id == partnership_id)
            .order_by(OutboxEntry.seq.desc())
        ).first()
    assert last is not None and last.fields == {"region": "Gifu Prefecture", "notes": None}


def test_edit_does_not_change_the_status(db):
    partnership_id = add(db)
    with pytest.raises(ValidationError) as caught:
        svc.edit_partnership(db, partnership_id, {"status": "proposed", "country": "Nowhere"})
    assert set(caught.value.errors) == {"status", "country"}
    assert "change status" in caught.value.errors["status"]
    # A form that sends the status back unchanged is fine.
    svc.edit_partnership(db, partnership_id, {"status": "exploring", "region": "Gifu"})
    assert svc.get_partnership(db, partnership_id).status is PartnershipStatus.EXPLORING


def test_edit_keeps_the_cross_field_checks(db):
    partnership_id = add(db, status="active", signed_on="2001-01-01")
    with pytest.raises(ValidationError) as caught:
        svc.edit_partnership(db, partnership_id, {"signed_on": ""})
    assert set(caught.value.errors) == {"signed_on"}


def test_a_new_country_brings_its_language_and_zone_unless_they_were_chosen(db):
    followed = add(db, city_name="Gimhae")
    # Entered under the wrong country first, but with its own zone (the same clock as Tokyo's).
    chosen = add(db, city_name="Busan", language="en", time_zone="Asia/Seoul")
    svc.edit_partnership(db, followed, {"country": "KR"})
    svc.edit_partnership(db, chosen, {"country": "KR"})
    assert (
        svc.get_partnership(db, followed).language,
        svc.get_partnership(db, followed).time_zone,
    ) == ("ko", "Asia/Seoul")
    assert (
        svc.get_partnership(db, chosen).language,
        svc.get_partnership(db, chosen).time_zone,
    ) == ("en", "Asia/Seoul")


def test_edit_and_delete_of_a_missing_partnership(db):
    with pytest.raises(NotFoundError):
        svc.edit_partnership(db, "missing", {"region": "x"})
    with pytest.raises(NotFoundError):
        svc.delete_partnership(db, "missing")
    with pytest.raises(NotFoundError):
        svc.restore_partnership(db, "missing")


def test_delete_hides_and_restore_brings_back(db):
    partnership_id = add(db)
    svc.delete_partnership(db, partnership_id)
    with pytest.raises(NotFoundError):
        svc.get_partnership(db, partnership_id)
    assert svc.list_partnerships(db).total == 0
    assert svc.partnership_choices(db) == ()
    with pytest.raises(NotFoundError):
        svc.delete_partnership(db, partnership_id)
    svc.restore_partnership(db, partnership_id)
    assert svc.list_partnerships(db).items[0].id == partnership_id


# --- status lifecycle -------------------------------------------------------------------------


def test_the_status_lifecycle_is_recorded_in_the_history(db):
    partnership_id = add(db)
    svc.change_status(db, partnership_id, "proposed", changed_on="2024-01-10", note="Letter sent")
    with pytest.raises(ValidationError) as caught:
        svc.change_status(db, partnership_id, PartnershipStatus.ACTIVE, date(2024, 3, 1))
    assert "signing date" in caught.value.errors["to_status"]
    svc.edit_partnership(db, partnership_id, {"signed_on": "2024-03-01"})
    svc.change_status(db, partnership_id, PartnershipStatus.ACTIVE, date(2024, 3, 1))
    svc.change_status(db, partnership_id, "dormant", "2025-02-01")
    svc.change_status(db, partnership_id, "ended", "2025-06-30", "Partner city merged")
    svc.change_status(db, partnership_id, "exploring", note="New mayor wants to renew")
    detail = svc.get_partnership(db, partnership_id)
    assert detail.status is PartnershipStatus.EXPLORING
    assert [(s.from_status, s.to_status) for s in detail.history] == [
        (None, "exploring"),
        ("exploring", "proposed"),
        ("proposed", "active"),
        ("active", "dormant"),
        ("dormant", "ended"),
        ("ended", "exploring"),
    ]
    assert [s.changed_on for s in detail.history[1:5]] == [
        date(2024, 1, 10),
        date(2024, 3, 1),
        date(2025, 2, 1),
        date(2025, 6, 30),
    ]
    assert detail.history[1].note == "Letter sent"
    assert detail.history[5].changed_on == svc.today_in("America/Chicago")
    # The first step was recorded today, the others on the dates given: history follows dates.
    assert detail.history[0].changed_on >= detail.history[4].changed_on


def test_a_forbidden_step_lists_the_allowed_ones(db):
    partnership_id = add(db)
    with pytest.raises(ValidationError) as caught:
        svc.change_status(db, partnership_id, "dormant")
    assert caught.value.errors == {
        "to_status": "An exploring partnership can become proposed, active or ended, not dormant."
    }
    with pytest.raises(ValidationError) as caught:
        svc.change_status(db, partnership_id, "exploring")
    assert caught.value.errors == {"to_status": "The partnership is already exploring."}


def test_change_status_refuses_bad_input_field_by_field(db):
    partnership_id = add(db)
    with pytest.raises(ValidationError) as caught:
        svc.change_status(db, partnership_id, "married", "not a date", "x\x00y")
    assert set(caught.value.errors) == {"to_status", "changed_on", "note"}
    with pytest.raises(ValidationError) as caught:
        svc.change_status(db, partnership_id, "proposed", TODAY + timedelta(days=2))
    assert "in the future" in caught.value.errors["changed_on"]
    svc.change_status(db, partnership_id, "proposed", TODAY)
    with pytest.raises(ValidationError) as caught:
        svc.change_status(db, partnership_id, "ended", TODAY - timedelta(days=400))
    assert "before the last recorded change" in caught.value.errors["changed_on"]
    assert len(svc.get_partnership(db, partnership_id).history) == 2
    with pytest.raises(NotFoundError):
        svc.change_status(db, "missing", "proposed")


# --- contacts ---------------------------------------------------------------------------------


def test_contacts_are_read_in_the_partners_country(db):
    partnership_id = add(db)
    contact_id = svc.add_contact(
        db,
        partnership_id,
        {
            "name": "Sato Hiroshi",
            "title": "International Relations",
            "organization": "Takayama City Hall",
            "email": "Sato@City.Takayama.LG.JP",
            "phone": "0577-32-3333",
        },
    ).id
    (contact,) = svc.get_partnership(db, partnership_id).contacts
    assert contact.id == contact_id
    assert contact.phone == "+81577323333"  # a Japanese number: the partner is in Japan
    assert contact.email == "Sato@city.takayama.lg.jp"
    assert contact.language == "ja"  # the partner's language
    svc.edit_contact(db, contact_id, {"language": "en", "title": ""})
    (contact,) = svc.get_partnership(db, partnership_id).contacts
    assert (contact.language, contact.title, contact.name) == ("en", None, "Sato Hiroshi")
    svc.delete_contact(db, contact_id)
    assert svc.get_partnership(db, partnership_id).contacts == ()
    with pytest.raises(NotFoundError):
        svc.edit_contact(db, contact_id, {"name": "X"})
    svc.restore_contact(db, contact_id)
    assert len(svc.get_partnership(db, partnership_id).contacts) == 1


def test_contact_refusals_name_each_field(db):
    partnership_id = add(db)
    with pytest.raises(ValidationError) as caught:
        svc.add_contact(
            db, partnership_id, {"name": " ", "email": "sato@", "phone": "12", "language": "??"}
        )
    assert set(caught.value.errors) == {"name", "email", "phone", "language"}
    assert caught.value.errors["name"] == "Name is required."
    assert "JP number" in caught.value.errors["phone"]
    with pytest.raises(NotFoundError):
        svc.add_contact(db, "missing", {"name": "Sato"})
    assert svc.get_partnership(db, partnership_id).contacts == ()


def test_contacts_of_a_deleted_partnership_are_gone(db):
    partnership_id = add(db)
    contact_id = svc.add_contact(db, partnership_id, {"name": "Sato"}).id
    svc.delete_partnership(db, partnership_id)
    with pytest.raises(NotFoundError):
        svc.delete_contact(db, contact_id)


# --- the list ---------------------------------------------------------------------------------


@pytest.fixture
def three(db):
    takayama = add(
        db,
        city_name_local="高山市",
        region="Gifu",
        focus_areas="culture, education_youth",
        status="active",
        signed_on="2010-05-01",
    )
    evora = add(
        db,
        city_name="Évora",
        country="PT",
        region="Alentejo",
        kind="friendship_city",
        focus_areas="tourism",
    )
    kyiv = add(
        db,
        city_name="Kyiv",
        city_name_local="Київ",
        country="UA",
        focus_areas="humanitarian",
        status="active",
        signed_on="1995-09-01",
    )
    return {"takayama": takayama, "evora": evora, "kyiv": kyiv}


def names(page):
    return [row.city_name for row in page.items]


def test_list_filters_in_sql(db, three):
    query = PartnershipQuery
    assert names(svc.list_partnerships(db)) == ["Évora", "Kyiv", "Takayama"]
    assert names(svc.list_partnerships(db, query(search="EVORA"))) == ["Évora"]
    assert names(svc.list_partnerships(db, query(search="高山"))) == ["Takayama"]
    assert names(svc.list_partnerships(db, query(search="київ"))) == ["Kyiv"]
    assert names(svc.list_partnerships(db, query(search="alentéjo"))) == ["Évora"]
    assert names(svc.list_partnerships(db, query(search="%"))) == []
    assert names(svc.list_partnerships(db, query(country="Japan"))) == ["Takayama"]
    assert names(svc.list_partnerships(db, query(status=PartnershipStatus.ACTIVE))) == [
        "Kyiv",
        "Takayama",
    ]
    assert names(svc.list_partnerships(db, query(kind=PartnershipKind.FRIENDSHIP_CITY))) == [
        "Évora"
    ]
    assert names(svc.list_partnerships(db, query(focus_area=FocusArea.EDUCATION_YOUTH))) == [
        "Takayama"
    ]
    assert names(svc.list_partnerships(db, query(focus_area="humanitarian"))) == ["Kyiv"]


def test_list_refuses_bad_filters_by_name(db, three):
    with pytest.raises(ValidationError) as caught:
        svc.list_partnerships(db, PartnershipQuery(country="Atlantis", status="great"))
    assert set(caught.value.errors) == {"country", "status"}
    with pytest.raises(ValidationError) as caught:
        svc.list_partnerships(db, PartnershipQuery(sort="population"))
    assert set(caught.value.errors) == {"sort"}
    with pytest.raises(ValidationError) as caught:
        svc.list_partnerships(db, PartnershipQuery(limit=0))
    assert set(caught.value.errors) == {"limit"}


def test_list_sorts(db, three):
    def by(sort, descending=False):
        return names(svc.list_partnerships(db, PartnershipQuery(sort=sort, descending=descending)))

    assert by("city_name", descending=True) == ["Takayama", "Kyiv", "Évora"]
    assert by("country") == ["Takayama", "Évora", "Kyiv"]  # JP, PT, UA
    assert by("status") == ["Évora", "Kyiv", "Takayama"]  # exploring before active
    assert by("status", descending=True) == ["Kyiv", "Takayama", "Évora"]
    assert by("signed_on") == ["Kyiv", "Takayama", "Évora"]  # unsigned last
    assert by("signed_on", descending=True) == ["Takayama", "Kyiv", "Évora"]
    assert by("created") == ["Takayama", "Évora", "Kyiv"]
    assert by("created", descending=True) == ["Kyiv", "Évora", "Takayama"]


def test_list_pages(db, three):
    first = svc.list_partnerships(db, PartnershipQuery(limit=2))
    second = svc.list_partnerships(db, PartnershipQuery(limit=2, offset=2))
    assert (first.total, len(first.items), first.has_more) == (3, 2, True)
    assert (second.total, names(second), second.has_more) == (3, ["Takayama"], False)


def test_last_activity_counts_live_events_and_exchanges(db, three):
    takayama, evora = three["takayama"], three["evora"]
    # 02:00 UTC on 1 March is still 28 February in Chicago, where the event took place.
    add_event(db, [takayama, evora], datetime(2025, 3, 1, 2, 0, tzinfo=UTC))
    add_event(db, [takayama], datetime(2025, 1, 10, 18, 0, tzinfo=UTC))
    add_event(db, [takayama], datetime(2026, 1, 1, 18, 0, tzinfo=UTC), deleted=True)
    _, (link,) = add_event(db, [takayama], datetime(2025, 12, 1, 18, 0, tzinfo=UTC))
    with db.write() as session:
        session.get(EventPartnership, link).deleted_at = utcnow()  # unlinked again
    add_exchange(db, evora, date(2025, 6, 1))
    add_exchange(db, evora, date(2025, 9, 1), deleted=True)
    rows = {row.city_name: row for row in svc.list_partnerships(db).items}
    assert (rows["Takayama"].last_activity, rows["Takayama"].events_count) == (
        date(2025, 2, 28),
        2,
    )
    assert rows["Takayama"].exchanges_count == 0
    assert (
        rows["Évora"].last_activity,
        rows["Évora"].events_count,
        rows["Évora"].exchanges_count,
    ) == (date(2025, 6, 1), 1, 1)
    assert (rows["Kyiv"].last_activity, rows["Kyiv"].events_count) == (None, 0)
    detail = svc.get_partnership(db, takayama)
    assert (detail.last_activity, detail.events_count) == (date(2025, 2, 28), 2)

    def by_activity(descending):
        query = PartnershipQuery(sort="last_activity", descending=descending)
        return names(svc.list_partnerships(db, query))

    assert by_activity(False) == ["Takayama", "Évora", "Kyiv"]  # none last
    assert by_activity(True) == ["Évora", "Takayama", "Kyiv"]


def test_partnerships_without_activity(db, three):
    takayama, evora, kyiv = three["takayama"], three["evora"], three["kyiv"]
    quiet = add(db, city_name="Quiet", country="FR", status="active", signed_on="2000-01-01")
    ended = add(db, city_name="Gone", country="DE")
    svc.change_status(db, ended, "ended")
    add_event(db, [takayama], datetime(2024, 5, 1, 18, 0, tzinfo=UTC))
    add_event(db, [quiet], datetime(2023, 2, 1, 18, 0, tzinfo=UTC))
    # An evening event in Chicago on 31 May: 1 June in UTC, still before the 1 June cut-off.
    add_event(db, [evora], datetime(2025, 6, 1, 1, 0, tzinfo=UTC))
    add_exchange(db, kyiv, date(2025, 6, 1))
    rows = svc.partnerships_without_activity(db, date(2025, 6, 1))
    assert [(row.city_name, row.last_activity) for row in rows] == [
        ("Quiet", date(2023, 2, 1)),
        ("Takayama", date(2024, 5, 1)),
        ("Évora", date(2025, 5, 31)),
    ]
    fresh = add(db, city_name="Fresh", country="IT")
    assert svc.partnerships_without_activity(db, date(2025, 6, 1))[0].id == fresh


def test_partnership_choices(db, three):
    assert svc.partnership_choices(db) == (
        (three["evora"], "Évora, Portugal"),
        (three["kyiv"], "Kyiv (Київ), Ukraine"),
        (three["takayama"], "Takayama (高山市), Japan"),
    )


def test_the_list_costs_the_same_few_queries_whatever_the_data(db):
    ids = [add(db, city_name=f"City {n:02}", country="FR") for n in range(30)]
    for n, partnership_id in enumerate(ids):
        for day in range(3):
            add_event(db, [partnership_id], datetime(2025, 1, 1 + day, n % 24, 0, tzinfo=UTC))
        add_exchange(db, partnership_id, date(2024, 1, 1 + n % 28))
    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        for sort in ("city_name", "last_activity"):
            statements.clear()
            page = svc.list_partnerships(db, PartnershipQuery(sort=sort, limit=25))
            assert len(page.items) == 25
            assert all(row.events_count == 3 and row.exchanges_count == 1 for row in page.items)
            # the collation of names, the count, the page's ids, then the page's rows with their
            # activity
            assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 4
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


# --- validation never crashes -----------------------------------------------------------------

PLAUSIBLE = st.sampled_from(
    [
        "",
        " ",
        "JP",
        "jpn",
        "Japan",
        "ja",
        "zh-Hant",
        "Asia/Tokyo",
        "active",
        "sister_city",
        "2020-01-01",
        "13/45/2020",
        "9999-12-31",
        "culture, arts",
        "高山市",
        "x" * 300,
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(
        keys=st.sampled_from(PARTNERSHIP_FORM.names),
        values=st.one_of(st.text(), PLAUSIBLE, st.none()),
    )
)
def test_any_text_either_validates_or_is_refused_politely(raw):
    org = OrgDefaults("US", "USD", "America/Chicago")
    try:
        parsed = validate(PARTNERSHIP_FORM, raw, org)
    except ValidationError as error:
        assert error.errors
        assert all(isinstance(message, str) and message for message in error.errors.values())
        assert set(error.errors) <= set(PARTNERSHIP_FORM.names)
    else:
        assert parsed["city_name"] and len(parsed["country"]) == 2


# --- time zones, deletion, labels -----------------------------------------------------------


def test_a_zone_of_another_country_is_refused_with_the_right_ones(db):
    with pytest.raises(ValidationError) as caught:
        add(db, time_zone="America/Chicago")
    assert caught.value.errors == {
        "time_zone": "Time zone America/Chicago is not used in Japan, so the partner's local "
        "times would be wrong. Use: Asia/Tokyo."
    }
    with pytest.raises(ValidationError) as caught:
        add(db, city_name="Salem", country="US", time_zone="Asia/Tokyo")
    message = caught.value.errors["time_zone"]
    assert "Use one of: America/New_York, " in message and "or another of its" in message
    # An older name of the same zone is fine.
    detail = svc.get_partnership(
        db, add(db, city_name="Pune", country="IN", time_zone="Asia/Calcutta")
    )
    assert (detail.language, detail.time_zone) == ("hi", "Asia/Calcutta")
    # Moving the zone away from the country on edit is refused too.
    with pytest.raises(ValidationError) as caught:
        svc.edit_partnership(db, detail.id, {"time_zone": "Europe/Paris"})
    assert set(caught.value.errors) == {"time_zone"}


def test_a_country_without_listed_zones_takes_any_zone():
    # Bouvet Island has no zone of its own in tzdata: nothing to check the zone against.
    assert svc.default_time_zone("BV") is None
    assert svc.zone_fits_country("Europe/Oslo", "BV")
    assert not svc.zone_fits_country("Europe/Oslo", "JP")


def test_a_status_that_is_not_a_status_is_named_on_edit(db):
    partnership_id = add(db)
    with pytest.raises(ValidationError) as caught:
        svc.edit_partnership(db, partnership_id, {"status": "great"})
    assert set(caught.value.errors) == {"status"}
    assert "change status" in caught.value.errors["status"]


def test_a_partnership_with_exchanges_is_not_deleted(db):
    partnership_id = add(db)
    exchange_id = add_exchange(db, partnership_id, date(2025, 7, 1))
    with pytest.raises(ValidationError) as caught:
        svc.delete_partnership(db, partnership_id)
    assert set(caught.value.errors) == {"partnership"}
    assert "Takayama has 1 exchange," in caught.value.errors["partnership"]
    assert "ended" in caught.value.errors["partnership"]
    with db.write() as session:
        session.get(Exchange, exchange_id).deleted_at = utcnow()
    svc.delete_partnership(db, partnership_id)
    assert svc.list_partnerships(db).total == 0


def test_restoring_a_partnership_that_is_not_deleted_changes_nothing(db):
    partnership_id = add(db)
    assert svc.restore_partnership(db, partnership_id).id == partnership_id
    assert svc.get_partnership(db, partnership_id).city_name == "Takayama"


def test_ended_partnerships_say_so_in_pick_lists(db):
    partnership_id = add(db, city_name_local="高山市")
    svc.change_status(db, partnership_id, "ended", note="Merged into Hida")
    assert svc.partnership_choices(db) == ((partnership_id, "Takayama (高山市), Japan — ended"),)
    detail = svc.get_partnership(db, partnership_id)
    assert detail.next_statuses == (PartnershipStatus.EXPLORING,)
    assert detail.history[-1].note == "Merged into Hida"


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(search=st.text(max_size=30))
def test_any_search_text_lists_without_error(db, search):
    page = svc.list_partnerships(db, PartnershipQuery(search=search))
    assert page.total == len(page.items)


# --- undoing a change of status -----------------------------------------------------------------


def _steps(db, partnership_id):
    return [(s.from_status, s.to_status) for s in svc.get_partnership(db, partnership_id).history]


def test_revert_undoes_the_latest_change_even_against_the_lifecycle(db):
    partnership_id = add(db, signed_on="2024-03-01")
    proposed = svc.change_status(db, partnership_id, "proposed", "2024-01-10").ids[1]
    active = svc.change_status(db, partnership_id, "active", "2024-03-01").ids[1]
    # The lifecycle does not go from active back to proposed; undoing the step does.
    assert svc.revert_status_change(db, partnership_id).ids == (partnership_id, active)
    detail = svc.get_partnership(db, partnership_id)
    assert detail.status is PartnershipStatus.PROPOSED
    assert _steps(db, partnership_id) == [(None, "exploring"), ("exploring", "proposed")]
    with db.read() as session:
        assert session.get(StatusChange, active).deleted_at is not None
        assert session.get(StatusChange, proposed).deleted_at is None
        # The undo syncs: the step's tombstone and the status travel as changes.
        fields = [
            entry.fields
            for entry in session.scalars(
                select(OutboxEntry)
                .where(OutboxEntry.row_id.in_([active, partnership_id]))
                .order_by(OutboxEntry.seq)
            )
        ]
        assert {"status": "proposed"} in fields
        assert any(f.get("deleted_at") for f in fields)
    svc.revert_status_change(db, partnership_id)
    assert svc.get_partnership(db, partnership_id).status is PartnershipStatus.EXPLORING
    with pytest.raises(ValidationError) as caught:
        svc.revert_status_change(db, partnership_id)
    assert caught.value.errors == {
        "to_status": "Takayama has been exploring since it was added: there is no change of "
        "status to undo."
    }
    # An undone step no longer holds back the dates of the next change.
    svc.change_status(db, partnership_id, "proposed", "2023-12-01")
    with pytest.raises(NotFoundError):
        svc.revert_status_change(db, "missing")


def test_revert_of_a_given_step_is_refused_once_the_status_changed_again(db):
    partnership_id = add(db, signed_on="2024-03-01")
    first = svc.change_status(db, partnership_id, "active", "2024-03-01").ids[1]
    svc.change_status(db, partnership_id, "dormant", "2025-02-01")
    with pytest.raises(ValidationError) as caught:
        svc.revert_status_change(db, partnership_id, status_change_id=first)
    assert caught.value.errors == {
        "to_status": "The status of Takayama was changed again since, to dormant on 2025-02-01: "
        "undo that change first."
    }
    assert svc.get_partnership(db, partnership_id).status is PartnershipStatus.DORMANT
    svc.revert_status_change(db, partnership_id)
    svc.revert_status_change(db, partnership_id, status_change_id=first)
    # Asked twice (an undo that already ran), the second changes nothing.
    assert svc.revert_status_change(db, partnership_id, status_change_id=first).ids[1] == first
    assert svc.get_partnership(db, partnership_id).status is PartnershipStatus.EXPLORING
    with pytest.raises(NotFoundError):
        svc.revert_status_change(db, partnership_id, status_change_id="missing")


def test_restore_brings_back_the_same_step_unless_the_partnership_moved_on(db):
    partnership_id = add(db, signed_on="2024-03-01")
    step = svc.change_status(db, partnership_id, "active", "2024-03-01", "Signed at city hall").ids[
        1
    ]
    svc.revert_status_change(db, partnership_id, status_change_id=step)
    assert svc.restore_status_change(db, step).ids == (partnership_id, step)
    detail = svc.get_partnership(db, partnership_id)
    assert detail.status is PartnershipStatus.ACTIVE
    assert [(s.to_status, s.changed_on, s.note) for s in detail.history[1:]] == [
        ("active", date(2024, 3, 1), "Signed at city hall")
    ]
    assert svc.restore_status_change(db, step).ids == (partnership_id, step)  # already back

    svc.revert_status_change(db, partnership_id, status_change_id=step)
    svc.change_status(db, partnership_id, "proposed", "2024-02-01")
    with pytest.raises(ValidationError) as caught:
        svc.restore_status_change(db, step)
    assert caught.value.errors == {
        "to_status": "The status of Takayama was changed since: it is proposed now. Change it to "
        "active again if it should be."
    }
    # Back in the status the step came from, but with a later step recorded: still refused.
    svc.change_status(db, partnership_id, "exploring", "2024-02-02")
    with pytest.raises(ValidationError):
        svc.restore_status_change(db, step)
    with pytest.raises(NotFoundError):
        svc.restore_status_change(db, "missing")


def test_undo_and_redo_never_make_a_partnership_active_without_its_signing_date(db):
    partnership_id = add(db, signed_on="2024-03-01")
    step = svc.change_status(db, partnership_id, "active", "2024-03-01").ids[1]
    svc.revert_status_change(db, partnership_id)
    svc.edit_partnership(db, partnership_id, {"signed_on": None})
    with pytest.raises(ValidationError) as caught:
        svc.restore_status_change(db, step)
    assert caught.value.errors == {
        "to_status": "An active partnership needs its signing date. Add the date the agreement "
        "was signed to the partnership first, then make it active."
    }
    svc.edit_partnership(db, partnership_id, {"signed_on": "2024-03-01"})
    svc.restore_status_change(db, step)
    svc.change_status(db, partnership_id, "dormant", "2025-01-01")
    svc.edit_partnership(db, partnership_id, {"signed_on": ""})
    with pytest.raises(ValidationError) as caught:
        svc.revert_status_change(db, partnership_id)
    assert "then undo the change" in caught.value.errors["to_status"]
    assert svc.get_partnership(db, partnership_id).status is PartnershipStatus.DORMANT
