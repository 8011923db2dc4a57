"""The network's impact: sums over each member's latest readable annual report per year, checked
against the reports the laptops made from their own records; the CSV export; the charts."""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal

import pytest

from sistercommittee.documents.annual_report import annual_report_csv, annual_report_json
from sistercommittee.hq.console.impact import read_report
from tests.hq.console.world import YEAR, member


def _hours(report) -> Decimal:
    # The report's hours, as its files write them (two decimals).
    return Decimal(str(round(report.volunteers.minutes / 60, 2)))


def _figure(page: str, name: str) -> str:
    found = re.search(rf'id="figure-{name}">([^<]+)<', page)
    assert found, name
    return found.group(1)


@pytest.fixture
def network(tmp_path, hq):
    springfield = member(tmp_path, hq.url, hq.db, "Springfield SCA", "Springfield", "US", seed=1)
    nagoya = member(tmp_path, hq.url, hq.db, "Nagoya Friendship", "Nagoya", "JP", seed=2)
    lyon = member(tmp_path, hq.url, hq.db, "Lyon Jumelages", "Lyon", "FR", seed=3)
    return springfield, nagoya, lyon


def test_the_impact_page_sums_each_members_latest_report(hq, console, network):
    springfield, nagoya, lyon = network
    first = springfield.upload(fmt="csv")
    second = nagoya.upload(fmt="json")
    lyon.upload(fmt="csv", name="old-figures.csv")
    lyon.folder.joinpath("summary.pdf").write_bytes(b"%PDF-1.4 figures for people")
    # Lyon then sends its report again with more records; only the latest one counts. A PDF sent
    # after it counts nothing and hides nothing.
    from sistercommittee.services import volunteers
    from sistercommittee.sync import service

    volunteers.add_volunteer(lyon.laptop.db, {"given_name": "Inès", "family_name": "Roux"})
    third = lyon.upload(fmt="csv", name="annual-report-2025.csv")
    service.upload_report(lyon.laptop.db, lyon.laptop.store, lyon.folder / "summary.pdf", year=YEAR)
    reports = [first, second, third]
    console.sign_in()
    page = console.get("/console/impact").text

    volunteers_total = sum(r.volunteers.volunteers for r in reports)
    assert _figure(page, "volunteers") == f"{volunteers_total:,}"
    assert _figure(page, "events") == f"{sum(r.events.events for r in reports):,}"
    people = sum(
        r.exchanges.participants_inbound + r.exchanges.participants_outbound for r in reports
    )
    youth = sum(r.exchanges.youth_inbound + r.exchanges.youth_outbound for r in reports)
    assert _figure(page, "participants") == f"{people:,}"
    assert _figure(page, "youth") == f"{youth:,}"
    assert _figure(page, "partnerships") == f"{sum(r.partnerships.total for r in reports):,}"
    hours = sum(_hours(r) for r in reports)
    assert Decimal(_figure(page, "hours").replace(",", "")) == hours
    assert "3 members reporting" in page
    cash: dict[str, Decimal] = {}
    for report in reports:
        for line in report.assistance.humanitarian_cash:
            cash[line.currency] = (
                cash.get(line.currency, Decimal(0)) + Decimal(line.amount_minor) / 100
            )
    for currency, amount in cash.items():
        shown = re.search(rf'id="aid-cash-{currency}">([^<]+)<', page).group(1)
        assert Decimal(shown.replace(",", "")) == amount
    # Charts are drawn on the server, with a title and a text description of their figures.
    assert page.count('<svg class="chart"') >= 4
    assert f"Youth received: {sum(r.exchanges.youth_inbound for r in reports):,}" in page


def test_the_csv_export_has_the_same_figures(hq, console, network):
    springfield, nagoya, _ = network
    reports = [springfield.upload(fmt="csv"), nagoya.upload(fmt="csv")]
    springfield.upload(year=YEAR - 1, fmt="json")
    console.sign_in()
    answer = console.get("/console/impact.csv")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/csv")
    assert answer.content.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(answer.content.decode("utf-8-sig"))))
    figures = {(row["year"], row["metric"], row["dimension"]): row["value"] for row in rows}
    assert figures[(str(YEAR), "members_reporting", "")] == "2"
    assert figures[(str(YEAR - 1), "members_reporting", "")] == "1"
    assert figures[(str(YEAR), "volunteers", "")] == str(
        sum(r.volunteers.volunteers for r in reports)
    )
    assert figures[(str(YEAR), "exchange_youth", "outbound")] == str(
        sum(r.exchanges.youth_outbound for r in reports)
    )


def test_a_year_with_no_readable_report_is_not_made_up(hq, console, network):
    console.sign_in()
    page = console.get("/console/impact").text
    assert "No member has sent an annual report HQ can read yet." in page
    assert 'id="figure-volunteers"' not in page


def test_csv_and_json_of_one_report_read_the_same(network):
    springfield, _, _ = network
    report = springfield.report()
    from_csv = read_report(annual_report_csv(report))
    from_json = read_report(annual_report_json(report))
    assert from_csv is not None and from_json is not None
    assert from_csv == from_json
    assert from_csv.volunteers == report.volunteers.volunteers
    assert read_report(b"%PDF-1.7\n...") is None
    assert read_report(b"\xff\xfe not text") is None
    assert read_report(b'{"kind": "event-summary"}') is None
