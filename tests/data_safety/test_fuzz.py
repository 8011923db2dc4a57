"""Hostile and odd files: wrong encodings, huge cells, control characters, RTL marks, emoji, empty
files. Reading, previewing and importing them never crashes — every refusal is a sentence — and
never writes part of a file: a refused import leaves the database as it was, an accepted one adds
exactly the rows the preview promised. Names with markup or formulas stay literal in exports.

The number of rows and files generated is counted and printed by the last test (the figure for
bench/README.md); ``FUZZ_EXAMPLES`` scales the run.
"""

from __future__ import annotations

import csv
import io
import os
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from sistercommittee.errors import SisterCommitteeError
from sistercommittee.importing import (
    KINDS,
    ImportFileError,
    ImportRefused,
    RowAction,
    apply_import,
    preview,
    read_table,
    suggest_mapping,
)
from sistercommittee.importing.reading import Table
from sistercommittee.services.exports import export_list
from sistercommittee.services.volunteers import add_volunteer

SCALE = float(os.environ.get("FUZZ_EXAMPLES", "1"))
# rows: data rows generated into files; read: rows that came out of read_table (blank ones are
# left out, broken files give none).
FIGURES = {"files": 0, "rows": 0, "read": 0, "imports_refused": 0, "imports_applied": 0}
SETTINGS = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                              HealthCheck.data_too_large],
    "database": None,
}

ODD = [
    "\u202e", "\u200f", "\u200e", "\u200b", "\ufeff", "\x00", "\x07", "\x1b", "\x7f", "\r",
    "\n", "\t", "\v", "\f", '"', "'", ",", ";", "|", "=", "+", "-", "@", "😀", "👩‍👩‍👧",
    "\u0301", "é", "漢字", "شكرا", "עברית", "\U0010fffd", "\u2028", "<script>", "&amp;",
]
PLAUSIBLE = [
    "jane@example.org", "JANE@EXAMPLE.ORG", "x@", "@example.org", "217 555 0101",
    "+81 3 1234 5678", "12", "ja:fluent", "Japanese (fluent), German", "klingon", "yes", "no",
    "maybe", "2024-02-30", "2026-04-11", "3/14/2024", "18:00", "6pm", "10:00-16:00", "2:30",
    "2:75", "nan", "inf", "1e999", "-5", "=1+1", "=HYPERLINK(\"http://x\")", "<b>x</b>",
    "Smith, Jane", "Jane Smith", "Takayama", "Japan", "JP", "active", "Asia/Tokyo", "America",
]
HEADERS = [
    "Name", "First Name", "Last Name", "E-mail", "Phone", "Languages", "Roles", "Consent",
    "Consent date", "Active", "Notes", "City", "Country", "Status", "Signed", "Time zone",
    "Event", "Date", "Time", "End", "Attendance", "Partner city", "Volunteer", "Hours",
    "Minutes", "Activity", "Kind",
]

cells = st.one_of(
    st.sampled_from(PLAUSIBLE),
    st.text(max_size=25),
    st.lists(st.one_of(st.sampled_from(ODD), st.characters()), max_size=12).map("".join),
    st.builds(lambda n, c: c * n, st.integers(300, 12_000), st.sampled_from(["x", "é", "😀"])),
    st.just(""),
)
# The columns each kind needs, so that most files get as far as the import; extra columns after.
NEEDED = {
    "volunteers": ["Name"],
    "partnerships": ["City", "Country"],
    "events": ["Title", "Start"],
    "hours": ["Volunteer", "Date", "Hours"],
}
extra_headers = st.lists(st.one_of(st.sampled_from(HEADERS), st.text(max_size=12)), max_size=6)
headers = st.lists(st.one_of(st.sampled_from(HEADERS), st.text(max_size=12)),
                   min_size=1, max_size=8)
grids = st.lists(st.lists(cells, max_size=9), min_size=1, max_size=30)


def _csv_bytes(header: list[str], rows: list[list[str]], delimiter: str, encoding: str) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows([header, *rows])
    return buffer.getvalue().encode(encoding, errors="replace")


def _state(path: Path) -> tuple[int, int, int]:
    connection = sqlite3.connect(path)
    try:
        return tuple(  # type: ignore[return-value]
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("volunteers", "outbox", "partnerships")
        )
    finally:
        connection.close()


def _import(db, table: Table, kind: str, skip: bool) -> None:
    """Preview and apply; refusals must be sentences, and all or nothing."""
    FIGURES["read"] += len(table)
    try:
        result = preview(db, kind, table, suggest_mapping(kind, table.headers))
    except SisterCommitteeError as error:
        assert error.message.strip()
        return
    assert len(result.rows) == len(table)
    for problem in result.problems:
        assert str(problem).startswith(f"Row {problem.row}")
    before = _state(db.path)
    try:
        outcome = apply_import(db, result, skip_bad_rows=skip, backup=False)
    except ImportRefused as error:
        assert not skip and not result.ok
        assert error.message.startswith("Nothing was imported")
        assert _state(db.path) == before
        FIGURES["imports_refused"] += 1
        return
    FIGURES["imports_applied"] += 1
    assert outcome.added == result.count(RowAction.ADD)
    if kind == "volunteers":
        assert _state(db.path)[0] == before[0] + outcome.added


@settings(max_examples=int(400 * SCALE), **SETTINGS)
@given(data=st.binary(max_size=3000), name=st.sampled_from(["f.csv", "f.xlsx", "f.txt"]))
def test_any_bytes_read_as_a_table_or_a_sentence(tmp_path, data, name):
    path = tmp_path / name
    path.write_bytes(data)
    FIGURES["files"] += 1
    try:
        table = read_table(path)
    except ImportFileError as error:
        assert error.message.strip()
        return
    FIGURES["read"] += len(table)
    assert table.rows and all(len(row) == len(table.headers) for row in table.rows)


@settings(max_examples=int(120 * SCALE), **SETTINGS)
@given(
    extra=extra_headers,
    rows=st.lists(st.lists(st.sampled_from([*PLAUSIBLE, "", "x"]), max_size=9),
                  min_size=80, max_size=200),
    kind=st.sampled_from(list(KINDS)),
)
def test_many_plausible_rows_preview_without_crashing(db, tmp_path, extra, rows, kind):
    """Volume: many rows of plausible values, previewed for every kind."""
    path = tmp_path / "many.csv"
    path.write_bytes(_csv_bytes(NEEDED[kind] + extra, rows, ",", "utf-8"))
    FIGURES["files"] += 1
    FIGURES["rows"] += len(rows)
    try:
        table = read_table(path)
    except ImportFileError:
        return
    FIGURES["read"] += len(table)
    try:
        result = preview(db, kind, table, suggest_mapping(kind, table.headers))
    except SisterCommitteeError as error:
        assert error.message.strip()
        return
    assert len(result.rows) == len(table)


@settings(max_examples=int(250 * SCALE), **SETTINGS)
@given(
    header=headers,
    extra=extra_headers,
    needed=st.booleans(),
    rows=grids,
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]),
    kind=st.sampled_from(list(KINDS)),
    skip=st.booleans(),
)
def test_hostile_csv_imports_all_or_nothing(db, tmp_path, header, extra, needed, rows,
                                            delimiter, encoding, kind, skip):
    path = tmp_path / "roster.csv"
    columns = NEEDED[kind] + extra if needed else header
    path.write_bytes(_csv_bytes(columns, rows, delimiter, encoding))
    FIGURES["files"] += 1
    FIGURES["rows"] += len(rows)
    try:
        table = read_table(path)
    except ImportFileError as error:
        assert error.message.strip()
        return
    _import(db, table, kind, skip)
    assert _integrity(db.path) == "ok"


_XML_ILLEGAL = {chr(c) for c in range(32) if chr(c) not in "\t\n\r"} | {"\ufffe", "\uffff"}


@settings(max_examples=int(80 * SCALE), **SETTINGS)
@given(extra=extra_headers, rows=grids, kind=st.sampled_from(list(KINDS)), skip=st.booleans(),
       numbers=st.lists(st.one_of(st.integers(), st.floats(allow_nan=True)), max_size=5))
def test_hostile_xlsx_imports_all_or_nothing(db, tmp_path, extra, rows, kind, skip, numbers):
    def clean(text: str) -> str:  # an Excel file cannot hold these at all
        return "".join(c for c in text if c not in _XML_ILLEGAL)[:32_000]

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append([clean(h) for h in NEEDED[kind] + extra])
    for row in rows:
        sheet.append([clean(c) for c in row] + numbers)
    path = tmp_path / "roster.xlsx"
    workbook.save(path)
    FIGURES["files"] += 1
    FIGURES["rows"] += len(rows)
    try:
        table = read_table(path)
    except ImportFileError as error:
        assert error.message.strip()
        return
    _import(db, table, kind, skip)


def _integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


@settings(max_examples=int(25 * SCALE), **SETTINGS)
@given(names=st.lists(
    st.one_of(st.sampled_from(["=1+1", "+SUM(A1)", "-2", "@cmd", "<b>x</b>", "&lt;i&gt;",
                               "<script>alert(1)</script>", "'quoted'", "a\"b"]),
              st.lists(st.one_of(st.sampled_from(ODD), st.characters()), min_size=1,
                       max_size=10).map("".join)),
    min_size=1, max_size=5, unique=True))
def test_names_with_markup_or_formulas_stay_literal_in_exports(db, tmp_path, names):
    saved = []
    for name in names:
        try:
            add_volunteer(db, {"given_name": name})
        except SisterCommitteeError:
            continue
        saved.append(" ".join(name.split()))  # the form folds spaces
    assume(saved)
    csv_path = export_list(db, "volunteers", tmp_path / "v.csv").path
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        in_csv = [row["Given name"] for row in csv.DictReader(handle)]
    xlsx_path = export_list(db, "volunteers", tmp_path / "v.xlsx").path
    sheet = openpyxl.load_workbook(xlsx_path).active
    column = [c.value for c in sheet[1]].index("Given name")
    in_xlsx = [row[column] or "" for row in sheet.iter_rows(min_row=2, values_only=True)]
    for name in saved:
        expected = "'" + name if name.startswith(("=", "+", "-", "@", "\t", "\r")) else name
        assert expected in in_csv
        assert name in in_xlsx


def test_fuzz_figures():
    """The figure for the report (runs after the tests above)."""
    print(f"\nfuzzed: {FIGURES}")
    if FIGURES["files"]:
        assert FIGURES["rows"] >= 10_000 * min(SCALE, 1)


@pytest.fixture(autouse=True)
def _counted() -> None:
    """Figures are module-wide: nothing to reset between tests."""
