"""Every list to CSV and Excel, with formulas made inert and markup kept literal."""

from __future__ import annotations

import csv
import zipfile

import openpyxl
import pytest

from sistercommittee.errors import ValidationError
from sistercommittee.importing import RowAction, preview, read_table, suggest_mapping
from sistercommittee.services.events import add_event
from sistercommittee.services.exports import LISTS, export_list, inert
from sistercommittee.services.hours import log_hours
from sistercommittee.services.partnerships import add_partnership
from sistercommittee.services.volunteers import add_volunteer

HOSTILE = [
    "=HYPERLINK(\"http://evil.example\",\"click\")",
    "+1+2",
    "-2+3",
    "@SUM(A1:A2)",
    "<b>Bold</b> & <script>alert(1)</script>",
    "Robert'); DROP TABLE volunteers;--",
]


@pytest.fixture
def filled(db):
    for index, name in enumerate(HOSTILE):
        add_volunteer(db, {"given_name": name, "family_name": f"Family{index}",
                           "email": f"v{index}@example.org", "notes": "=1+1"})
    volunteer = add_volunteer(db, {"given_name": "Jane", "family_name": "Smith",
                                   "phone": "+1 217 555 0101", "languages": "ja, de"}).id
    add_partnership(db, {"city_name": "=Takayama", "city_name_local": "高山市", "country": "JP"})
    add_event(db, {"title": "@Festival", "starts_at": "2026-04-11 10:00"})
    log_hours(db, {"volunteer_id": volunteer, "worked_on": "2026-01-05", "hours": "2:30",
                   "activity": "-translation"})
    return db


def test_every_list_exports_to_both_formats(filled, tmp_path):
    for kind in LISTS:
        for fmt in ("csv", "xlsx"):
            result = export_list(filled, kind, tmp_path / f"{kind}.{fmt}")
            assert result.path.exists()
            assert result.rows == (7 if kind == "volunteers" else 1 if kind != "exchanges" else 0)
    assert not list(tmp_path.glob("*.partial"))


def test_csv_is_utf8_with_bom_and_formulas_are_inert(filled, tmp_path):
    path = export_list(filled, "volunteers", tmp_path / "v.csv").path
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    given = [row["Given name"] for row in rows]
    for name in HOSTILE:
        expected = "'" + name if name[0] in "=+-@" else name
        assert expected in given  # markup and quotes stay exactly as typed
    phones = [row["Phone"] for row in rows if row["Phone"]]
    assert phones == ["'+12175550101"]
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_xlsx_cells_are_text_never_formulas(filled, tmp_path):
    path = export_list(filled, "volunteers", tmp_path / "v.xlsx").path
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet  # no formula anywhere in the file
    workbook = openpyxl.load_workbook(path)
    values = {cell.value for row in workbook.active.iter_rows() for cell in row}
    for name in HOSTILE:
        assert name in values  # shown exactly as typed
    for row in workbook.active.iter_rows():
        for cell in row:
            assert cell.data_type != "f"
            if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@")):
                assert cell.quotePrefix


def test_an_export_imports_back_as_the_same_records(filled, tmp_path):
    for fmt in ("csv", "xlsx"):
        path = export_list(filled, "volunteers", tmp_path / f"v.{fmt}").path
        table = read_table(path)
        result = preview(filled, "volunteers", table, suggest_mapping("volunteers", table.headers))
        assert result.ok, [str(p) for p in result.problems]
        assert {row.action for row in result.rows} == {RowAction.SAME}


def test_inert():
    assert inert("=1") == "'=1"
    assert inert("\t=1") == "'\t=1"
    assert inert("\r=1") == "'\r=1"
    assert inert("a=1") == "a=1"


def test_bad_requests_are_sentences(db, tmp_path):
    with pytest.raises(ValidationError, match="CSV or XLSX"):
        export_list(db, "volunteers", tmp_path / "v.pdf")
    with pytest.raises(ValidationError, match="no list 'donors'"):
        export_list(db, "donors", tmp_path / "v.csv")
    with pytest.raises(ValidationError, match="database itself"):
        export_list(db, "volunteers", db.path, format="csv")
