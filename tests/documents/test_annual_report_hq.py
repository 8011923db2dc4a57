"""What HQ added to the annual report: the dollar total through the rates entered, hosting,
economic-development outcomes, youth at events, the named partner cities; money as people write
it and "page x of y". Everything is entered through the services, read back from the files."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from sqlalchemy import select

from sistercommittee.documents.annual_report import render_annual_report
from sistercommittee.documents.exports import format_money
from sistercommittee.domain import Exchange, Participant
from sistercommittee.errors import ValidationError
from sistercommittee.services import events, exchanges, rates
from sistercommittee.services.reports import annual_report
from tests.documents import report_data
from tests.documents.conftest import pdf_text
from tests.documents.test_reports import validator


@pytest.fixture
def year(db):
    ids = report_data.build(db)
    # Rates: yen for 2025; euro only for 2023 (used for 2025, and said so); zloty none at all.
    rates.set_rate(db, {"year": 2025, "currency": "JPY", "usd_per_unit": "0.0067"})
    rates.set_rate(
        db, {"year": 2023, "currency": "eur", "usd_per_unit": "1.10", "source": "ECB average"}
    )
    rates.set_rate(db, {"year": 2026, "currency": "EUR", "usd_per_unit": "9"})  # a later year
    events.edit_event(db, ids.festival, {"youth_attendance": "300"})
    events.edit_event(
        db,
        ids.tokyo_call,
        {
            "trade_mission": "yes",
            "agreements_signed": "2",
            "investment_currency": "JPY",
            "investment": "5000000",
            "jobs_created": "12",
        },
    )
    events.add_budget_line(
        db,
        ids.festival,
        {"direction": "income", "category": "sales", "currency": "PLN", "actual": "2844.00"},
    )
    with db.read() as session:
        by_title = dict(
            session.execute(
                select(Exchange.title, Exchange.id).where(Exchange.deleted_at.is_(None))
            ).all()
        )
    inbound = by_title["Takayama students"]
    choir = by_title["Choir to Mérida"]
    exchanges.edit_exchange(db, inbound, {"ends_on": "2025-07-27"})
    exchanges.edit_exchange(
        db, choir, {"agreements_signed": "1", "investment": "2500", "investment_currency": "EUR"}
    )
    family = exchanges.add_host_family(db, inbound, {"family_name": "Suzuki", "capacity": "2"}).id
    with db.read() as session:
        guest = session.scalars(
            select(Participant.id).where(
                Participant.exchange_id == inbound, Participant.deleted_at.is_(None)
            )
        ).first()
    assert guest is not None
    exchanges.assign_stay(db, inbound, guest, family, "2025-07-20", "2025-07-27")
    return ids


def test_the_new_figures(db, year):
    report = annual_report(db, 2025)
    e = report.events
    assert (e.youth_attendance, e.with_youth_attendance) == (300, 1)
    h = report.hosting
    # Three students of the inbound exchange (one deleted), seven nights each.
    assert (h.visitors, h.visitor_nights, h.host_families, h.host_nights) == (3, 21, 1, 7)
    o = report.outcomes
    assert (o.trade_mission_events, o.trade_mission_exchanges, o.trade_missions) == (1, 0, 1)
    assert (o.agreements_signed, o.jobs_created) == (3, 12)
    assert {(i.currency, i.amount_minor) for i in o.investment} == {
        ("JPY", 5_000_000),
        ("EUR", 250_000),
    }
    d = report.dollars
    # USD 1,750.00 + JPY 30,000 × 0.0067 (= USD 201.00); the zloty has no rate.
    assert d.raised_cents == 175_000 + 20_100
    # JPY 5,000,000 × 0.0067 + EUR 2,500 × 1.10 (the rate of 2023, not the later one of 2026).
    assert d.investment_cents == 3_350_000 + 275_000
    assert [(r.currency, r.usd_per_unit, r.year) for r in d.rates] == [
        ("EUR", "1.1", 2023),
        ("JPY", "0.0067", 2025),
    ]
    assert d.missing_currencies == ("PLN",)
    cities = {c.city_name: c for c in report.partner_cities}
    assert list(cities) == ["Mérida", "Takayama", "Tübingen"]
    assert (cities["Takayama"].status, cities["Takayama"].last_activity_on) == (
        "active",
        date(2025, 7, 20),
    )
    assert cities["Takayama"].last_activity == "Takayama students"
    assert cities["Mérida"].status == "dormant"
    assert cities["Mérida"].last_activity == "Relief supplies"
    assert cities["Tübingen"].last_activity_on is None


def test_json_and_csv_carry_them_with_fixed_keys(db, year):
    document = json.loads(render_annual_report(db, 2025, "json"))
    validator("annual-report.schema.json").validate(document)
    assert document["schema_version"] == "2"
    assert document["hosting"]["visitor_nights"] == 21
    assert document["outcomes"]["trade_missions"] == 1
    assert (
        document["dollars"]["net_cents"]
        == document["dollars"]["raised_cents"] - (document["dollars"]["spent_cents"])
    )
    assert document["events"]["youth_attendance"] == 300
    assert [c["city_name"] for c in document["partner_cities"]] == [
        "Mérida",
        "Takayama",
        "Tübingen",
    ]

    data = render_annual_report(db, 2025, "csv")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    index = {(r["section"], r["metric"], r["dimension"], r["currency"]): r["value"] for r in rows}
    assert {r["schema_version"] for r in rows} == {"2"}
    assert index[("hosting", "host_families", "", "")] == "1"
    assert index[("hosting", "visitor_nights", "", "")] == "21"
    assert index[("events", "youth_attendance", "", "")] == "300"
    assert index[("outcomes", "jobs_created", "", "")] == "12"
    assert index[("outcomes", "investment", "investment", "JPY")] == "5000000"
    assert index[("dollars", "raised", "", "USD")] == "1951.00"
    assert index[("dollars", "usd_per_unit", "2023", "EUR")] == "1.1"
    assert index[("dollars", "no_rate", "", "PLN")] == "PLN"
    takayama = year.takayama
    assert index[("partner_cities", "status", takayama, "")] == "active"
    assert index[("partner_cities", "last_activity_on", takayama, "")] == "2025-07-20"


def test_the_pdf_prints_them(db, year, tmp_path):
    text = pdf_text(render_annual_report(db, 2025, "pdf"), tmp_path).replace("\n", " ")
    assert "PLN 2,844.00" in text  # a space between the code and the figure
    assert "Partner cities" in text and "Tübingen" in text and "Takayama students" in text
    assert "Visitor-nights in our city" in text and "Host families" in text
    assert "Youth (under 18) at events" in text and "300" in text
    assert "Trade missions" in text and "Jobs created" in text
    assert "1 EUR = USD 1.1 (rate of 2023, ECB average)" in text
    assert "1 JPY = USD 0.0067 (rate of 2025)" in text
    assert "No rate is entered for PLN in 2025 or before" in text
    assert "$1,951.00" in text
    pages = text.count("Annual report 2025 · page ")
    assert pages >= 2
    assert f"page 1 of {pages}" in text and f"page {pages} of {pages}" in text


def test_money_is_written_as_people_write_it():
    assert format_money(284_400, "PLN") == "PLN\u00a02,844.00"
    assert format_money(-284_400, "PLN") == "-PLN\u00a02,844.00"
    assert format_money(175_000, "USD") == "$1,750.00"
    assert format_money(30_000, "JPY") == "¥30,000"


def test_rates_are_checked_and_replaced(db):
    first = rates.set_rate(db, {"year": 2025, "currency": "PLN", "usd_per_unit": "0.25"}).id
    again = rates.set_rate(db, {"year": 2025, "currency": "PLN", "usd_per_unit": "250"}).id
    assert first == again
    (only,) = rates.list_rates(db)
    assert str(only.usd_per_unit) == "250"  # plain digits, no exponent
    for values, field in (
        ({"year": 2025, "currency": "USD", "usd_per_unit": "1"}, "currency"),
        ({"year": 2025, "currency": "PLN", "usd_per_unit": "0"}, "usd_per_unit"),
        ({"year": 1800, "currency": "PLN", "usd_per_unit": "0.25"}, "year"),
        ({"year": 2025, "currency": "PLN"}, "usd_per_unit"),
    ):
        with pytest.raises(ValidationError) as caught:
            rates.set_rate(db, values)
        assert field in caught.value.errors
    other = rates.set_rate(db, {"year": 2024, "currency": "PLN", "usd_per_unit": "0.24"}).id
    with pytest.raises(ValidationError) as caught:
        rates.edit_rate(db, other, {"year": "2025"})
    assert "already entered" in caught.value.errors["currency"]
    rates.delete_rate(db, other)
    assert [r.year for r in rates.list_rates(db)] == [2025]


def test_youth_attending_cannot_exceed_the_attendance(db):
    with pytest.raises(ValidationError) as caught:
        events.add_event(
            db,
            {
                "title": "Concert",
                "starts_at": "2025-05-01 18:00",
                "attendance": "10",
                "youth_attendance": "11",
            },
        )
    assert "more than the attendance" in caught.value.errors["youth_attendance"]
