from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from sistercommittee.documents.annual_report import render_annual_report
from sistercommittee.documents.event_summary import render_event_summary
from sistercommittee.documents.exports import decimal_amount, inert
from sistercommittee.errors import NotFoundError, ValidationError
from sistercommittee.services.reports import annual_report, event_summary
from tests.documents import report_data
from tests.documents.conftest import pdf_text

SCHEMAS = Path(__file__).resolve().parents[2] / "docs" / "schemas"


@pytest.fixture
def ids(db):
    return report_data.build(db)


def validator(name: str) -> Draft202012Validator:
    schemas = [json.loads(path.read_text()) for path in SCHEMAS.glob("*.schema.json")]
    registry = Registry().with_resources(
        [(schema["$id"], Resource.from_contents(schema)) for schema in schemas]
    )
    schema = json.loads((SCHEMAS / name).read_text())
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(
        schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def read_csv(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "CSV starts with a byte order mark for Excel"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


# --- figures ------------------------------------------------------------------------------------


def test_event_summary_of_one_event(db, ids):
    report = event_summary(db, event_id=ids.festival)
    (event,) = report.events
    assert event.title == "Japan Festival <b>& Friends</b>"
    assert event.starts_at.hour == 11 and str(event.starts_at.tzinfo) == "America/Chicago"
    assert [p.city_name for p in event.partnerships] == ["Takayama"]  # the deleted one is left out
    assert event.attendance == 1200
    # Hours of the deleted volunteer stay in the totals; only Ana is named.
    assert event.volunteer_minutes == 180
    assert event.volunteer_count == 2
    assert [(v.name, v.minutes, v.shifts) for v in event.volunteers] == [("Ana Reyes", 120, 1)]
    assert (event.shifts_total, event.shifts_open) == (2, 1)
    (usd,) = event.money
    assert (usd.currency, usd.income_minor, usd.expense_minor) == ("USD", 175_000, 40_000)
    assert (usd.in_kind_income_minor, usd.net_minor) == (5_000, 135_000)


def test_event_summary_range_uses_the_organizations_days(db, ids):
    report = event_summary(db, date_from=date(2025, 12, 31), date_to=date(2025, 12, 31))
    assert [e.id for e in report.events] == [ids.new_years_eve]
    whole = event_summary(db, date_from=date(2025, 1, 1), date_to=date(2025, 12, 31))
    assert [e.id for e in whole.events] == [ids.festival, ids.tokyo_call, ids.new_years_eve]
    assert whole.attendance_total == 1230
    assert {m.currency for m in whole.money_total} == {"JPY", "USD"}


def test_event_summary_errors(db, ids):
    with pytest.raises(NotFoundError):
        event_summary(db, event_id="nope")
    with pytest.raises(ValidationError):
        event_summary(db, date_from=date(2025, 2, 1), date_to=date(2025, 1, 1))
    with pytest.raises(ValidationError):
        event_summary(db)


def test_annual_report_figures(db, ids):
    report = annual_report(
        db, 2025, highlights=["  Twenty students visited  ", ""], highlight_event_ids=[ids.festival]
    )
    p = report.partnerships
    assert (p.total, p.new, p.active, p.dormant) == (3, 1, 1, 1)
    assert {(i.kind, i.status, i.count) for i in p.by_kind_status} == {
        ("sister_city", "active", 1),
        ("sister_city", "dormant", 1),
        ("friendship_city", "exploring", 1),
    }
    assert [n.city_name for n in p.new_partners] == ["Takayama"]
    v = report.volunteers
    assert (v.volunteers, v.active, v.new, v.with_hours) == (2, 1, 1, 2)
    assert v.minutes == 210 and v.minutes_by_month[4] == 180 and v.minutes_by_month[6] == 30
    assert {(i.key, i.count) for i in v.minutes_by_kind} == {("event", 180), ("meeting", 30)}
    e = report.events
    assert (e.events, e.attendance, e.with_attendance) == (3, 1230, 2)
    assert e.by_month[4] == 1 and e.by_month[5] == 1 and e.by_month[11] == 1
    x = report.exchanges
    assert x.exchanges == 3
    assert (x.participants_inbound, x.youth_inbound) == (3, 2)
    assert (x.participants_outbound, x.youth_outbound) == (3, 0)
    youth = next(r for r in x.rows if r.program == "youth")
    assert (youth.direction, youth.participants, youth.youth, youth.adults) == ("inbound", 3, 2, 1)
    totals = {m.currency: m for m in report.money.totals}
    assert totals["USD"].income_minor == 175_000
    assert totals["USD"].expense_minor == 40_000 + 12_000 + 200_000 + 3_000
    assert totals["USD"].in_kind_income_minor == 5_000
    assert totals["USD"].in_kind_expense_minor == 50_000
    assert totals["JPY"].income_minor == 30_000
    assert [
        (c.category, c.amount_minor) for c in report.money.raised_by_category if c.currency == "USD"
    ] == [("tickets", 150_000), ("donations", 25_000)]
    a = report.assistance
    assert [(c.category, c.amount_minor) for c in a.humanitarian_cash] == [
        ("humanitarian_aid", 12_000)
    ]
    assert [(c.category, c.amount_minor) for c in a.humanitarian_in_kind] == [
        ("humanitarian_aid", 50_000)
    ]
    assert [(c.category, c.amount_minor) for c in a.in_kind_received] == [("donations", 5_000)]
    assert (a.humanitarian_exchanges, a.humanitarian_participants) == (1, 1)
    assert report.highlights == ("Twenty students visited",)
    assert [h.title for h in report.highlight_events] == ["Japan Festival <b>& Friends</b>"]


def test_annual_report_highlight_event_checks(db, ids):
    with pytest.raises(ValidationError) as caught:
        annual_report(db, 2025, highlight_event_ids=[ids.new_year])
    assert "2026" in caught.value.message
    with pytest.raises(NotFoundError):
        annual_report(db, 2025, highlight_event_ids=["nope"])
    with pytest.raises(ValidationError):
        annual_report(db, 25)


def test_empty_year(db):
    report = annual_report(db, 2030)
    assert report.events.events == 0 and report.money.totals == ()
    for fmt in ("pdf", "json", "csv"):
        assert render_annual_report(db, 2030, fmt)


# --- files --------------------------------------------------------------------------------------


def test_event_summary_json_validates(db, ids):
    check = validator("event-summary.schema.json")
    for data in (
        render_event_summary(db, "json", event_id=ids.festival)[0],
        render_event_summary(db, "json", date_from=date(2025, 1, 1), date_to=date(2026, 12, 31))[0],
    ):
        document = json.loads(data)
        check.validate(document)
        assert document["schema_version"] == "2" and document["kind"] == "event-summary"


def test_annual_report_json_validates(db, ids):
    data = render_annual_report(
        db, 2025, "json", highlights=["=cmd|' /C calc'!A0"], highlight_event_ids=[ids.festival]
    )
    document = json.loads(data)
    validator("annual-report.schema.json").validate(document)
    assert document["volunteers"]["hours"] == 3.5
    # JSON carries text as it is: the guard is for spreadsheets only.
    assert document["highlights"] == ["=cmd|' /C calc'!A0"]


def test_schema_rejects_a_wrong_document(db, ids):
    document = json.loads(render_annual_report(db, 2025, "json"))
    document["volunteers"]["minutes"] = "many"
    assert list(validator("annual-report.schema.json").iter_errors(document))


def test_event_summary_csv_rows_per_currency_and_formula_guard(db, ids):
    data, count = render_event_summary(
        db, "csv", date_from=date(2025, 1, 1), date_to=date(2025, 12, 31)
    )
    rows = read_csv(data)
    assert count == 3
    assert {row["schema_version"] for row in rows} == {"2"}
    festival = [row for row in rows if row["event_id"] == ids.festival]
    assert len(festival) == 1 and festival[0]["currency"] == "USD"
    assert festival[0]["income"] == "1750.00" and festival[0]["net"] == "1350.00"
    assert festival[0]["outcome"] == "'=SUM(A1:A9) raised for the youth exchange"
    assert festival[0]["title"] == "Japan Festival <b>& Friends</b>"
    assert festival[0]["volunteer_hours"] == "3.0"
    tokyo = next(row for row in rows if row["event_id"] == ids.tokyo_call)
    assert tokyo["currency"] == "JPY" and tokyo["income"] == "30000"
    assert tokyo["starts_at"] == "2025-06-03T19:00:00+09:00"
    eve = next(row for row in rows if row["event_id"] == ids.new_years_eve)
    assert eve["net"] == "-120.00"  # a number, not text: left as it is


def test_annual_report_csv(db, ids):
    rows = read_csv(render_annual_report(db, 2025, "csv", highlights=["+1 more", "@home", "-5"]))
    index = {(r["section"], r["metric"], r["dimension"], r["currency"]): r["value"] for r in rows}
    assert index[("partnerships", "active", "", "")] == "1"
    assert index[("partnerships", "by_kind_status", "sister_city/dormant", "")] == "1"
    assert index[("volunteers", "hours", "", "")] == "3.5"
    assert index[("volunteers", "hours_by_month", "05", "")] == "3.0"
    assert index[("exchanges", "youth", "inbound", "")] == "2"
    assert index[("exchanges", "adults_by_program", "youth/inbound", "")] == "1"
    assert index[("money", "raised", "", "USD")] == "1750.00"
    assert index[("money", "raised", "", "JPY")] == "30000"
    assert index[("assistance", "humanitarian_in_kind", "humanitarian_aid", "USD")] == "500.00"
    assert [r["value"] for r in rows if r["metric"] == "highlight"] == ["'+1 more", "'@home", "'-5"]
    assert {r["year"] for r in rows} == {"2025"}


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(1)", "\t=1", "\r=1"])
def test_inert_cells(value):
    assert inert(value) == "'" + value
    assert inert("Springfield") == "Springfield" and inert(-5) == -5


def test_decimal_amounts_follow_the_currency():
    assert str(decimal_amount(12345, "USD")) == "123.45"
    assert str(decimal_amount(12345, "JPY")) == "12345"
    assert str(decimal_amount(12345, "KWD")) == "12.345"


def test_event_summary_pdf(db, ids, tmp_path):
    data, _count = render_event_summary(
        db, "pdf", date_from=date(2025, 1, 1), date_to=date(2025, 12, 31)
    )
    text = pdf_text(data, tmp_path).replace("\n", " ")
    assert "Japan Festival <b>& Friends</b>" in text
    assert "Takayama (高山市)" in text
    assert "$1,750.00" in text and "¥30,000" in text
    assert "=SUM(A1:A9) raised" in text
    assert "Ana Reyes" in text and "Bo Gone" not in text


def test_annual_report_pdf(db, ids, tmp_path):
    data = render_annual_report(
        db,
        2025,
        "pdf",
        highlights=["<i>Choir</i> tour & concert"],
        highlight_event_ids=[ids.festival],
    )
    text = pdf_text(data, tmp_path).replace("\n", " ")
    assert "Annual report 2025" in text
    assert "<i>Choir</i> tour & concert" in text
    assert "Volunteer hours by month" in text and "People exchanged by program" in text
    assert "Humanitarian" in text


def test_bad_format(db, ids):
    with pytest.raises(ValidationError):
        render_annual_report(db, 2025, "xlsx")
    with pytest.raises(ValidationError):
        render_event_summary(db, "doc", event_id=ids.festival)
