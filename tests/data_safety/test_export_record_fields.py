"""The events and exchanges lists export every field of their records' forms, the fields added
since the list was made included (economic-development outcomes, youth at events, who pays): the
columns are read from the FormSpecs, so a new field is exported without touching the export."""

from __future__ import annotations

import csv
import dataclasses
import typing

import openpyxl
import pytest

from sistercommittee.services.events import add_event
from sistercommittee.services.exchanges import add_exchange
from sistercommittee.services.exports import LISTS, export_list, list_rows
from sistercommittee.services.partnerships import add_partnership

RECORD_LISTS = ("events", "exchanges")


@pytest.fixture
def recorded(db):
    partnership = add_partnership(db, {"city_name": "Takayama", "country": "JP"}).id
    add_event(
        db,
        {
            "title": "Trade mission to Takayama",
            "kind": "other",
            "starts_at": "2026-04-11 10:00",
            "ends_at": "2026-04-11 16:00",
            "description": "Furniture makers meet the Hida woodworkers",
            "attendance": 40,
            "youth_attendance": 12,
            "outcome": "Two workshops agreed to exchange apprentices",
            "trade_mission": "yes",
            "agreements_signed": 2,
            "investment_currency": "USD",
            "investment": "250000",
            "jobs_created": 15,
            "partnerships": partnership,
        },
    )
    add_exchange(
        db,
        {
            "title": "Youth orchestra visit",
            "direction": "inbound",
            "program": "youth",
            "partnership_id": partnership,
            "starts_on": "2026-07-01",
            "ends_on": "2026-07-10",
            "description": "Thirty musicians and their teachers",
            "travel_paid_by": "sending_committee",
            "stay_paid_by": "host_families",
            "agreements_signed": 1,
            "notes": "=Bring the music stands",
        },
    )
    return db


def _csv(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_each_list_of_records_declares_the_form_it_exports():
    # Without it the test below would have nothing to check.
    for kind in RECORD_LISTS:
        assert LISTS[kind].record_form is not None, kind


@pytest.mark.parametrize("kind", RECORD_LISTS)
def test_every_field_of_the_form_is_a_column_of_the_export(recorded, tmp_path, kind):
    spec = LISTS[kind]
    assert spec.record_form is not None
    form = spec.record_form().form
    result = export_list(recorded, kind, tmp_path / f"{kind}.csv")
    missing = [name for name in form.names if name not in result.columns]
    assert missing == [], f"{kind}: fields of the form not exported: {missing}"
    # The list's own columns come first and keep their headers, as before.
    columns, _ = list_rows(recorded, kind)
    module = __import__(spec.module, fromlist=[spec.function])
    row_type = typing.get_args(typing.get_type_hints(getattr(module, spec.function))["return"])[0]
    own = [field.name for field in dataclasses.fields(row_type)]
    assert [column.name for column in columns[: len(own)]] == own
    headers = list(_csv(result.path)[0].keys())
    labels = {field.name: field.label for field in form.fields}
    for column in columns[len(own) :]:
        assert column.header == labels[column.name]
        assert column.header in headers


def test_an_event_exports_its_outcomes_and_youth(recorded, tmp_path):
    (row,) = _csv(export_list(recorded, "events", tmp_path / "events.csv").path)
    assert row["Title"] == "Trade mission to Takayama"
    assert row["Youth attending"] == "12"
    assert row["Attendance"] == "40"
    assert row["Trade mission"] == "yes"
    assert row["Agreements signed"] == "2"
    assert (row["Investment"], row["Investment currency"]) == ("250000.00", "USD")
    assert row["Jobs created"] == "15"
    assert row["Outcome"] == "Two workshops agreed to exchange apprentices"
    assert row["Description"] == "Furniture makers meet the Hida woodworkers"
    assert row["Local starts at"] == "2026-04-11T10:00:00-05:00"  # on the venue's clock


def test_an_exchange_exports_who_pays_and_its_outcomes_in_both_formats(recorded, tmp_path):
    (row,) = _csv(export_list(recorded, "exchanges", tmp_path / "exchanges.csv").path)
    assert row["Travel paid by"] == "sending_committee"
    assert row["Stay paid by"] == "host_families"
    assert row["Agreements signed"] == "1"
    assert row["Trade mission"] == "no"
    assert row["Jobs created"] == ""
    assert row["Notes"] == "'=Bring the music stands"  # still inert
    assert row["City name"] == "Takayama"

    path = export_list(recorded, "exchanges", tmp_path / "exchanges.xlsx").path
    sheet = openpyxl.load_workbook(path).active
    header, values = (list(r) for r in sheet.iter_rows(values_only=True))
    cells = dict(zip(header, values, strict=True))
    assert cells["Travel paid by"] == "sending_committee"
    assert cells["Notes"] == "=Bring the music stands"  # a text cell, never a formula
    assert cells["Description"] == "Thirty musicians and their teachers"


def test_the_command_line_exports_the_new_fields(cli_org, tmp_path):
    added = cli_org(
        "event", "add", "--title", "Sister City Sunday", "--starts-at", "2026-05-03 14:00",
        "--attendance", "80", "--youth-attendance", "30", "--jobs-created", "3",
    )
    assert added.code == 0, added.err
    out = tmp_path / "events.csv"
    result = cli_org("export-list", "events", "--format", "csv", "--out", str(out))
    assert result.code == 0, result.err
    (row,) = _csv(out)
    assert (row["Youth attending"], row["Jobs created"], row["Trade mission"]) == ("30", "3", "no")
