"""Reading rosters as spreadsheet programs save them."""

from __future__ import annotations

import codecs
import zipfile
from datetime import date, datetime, time, timedelta

import pytest

from sistercommittee.importing import ImportFileError, read_table
from sistercommittee.importing.reading import cell_text
from tests.data_safety.conftest import ROSTER, write_csv, write_xlsx


@pytest.mark.parametrize(
    ("encoding", "delimiter", "expected"),
    [
        ("utf-8", ",", "CSV, UTF-8, separated by commas"),  # Google Sheets
        ("utf-8-sig", ",", "CSV, UTF-8, separated by commas"),  # Excel "CSV UTF-8"
        ("utf-8-sig", ";", "CSV, UTF-8, separated by semicolons"),  # Excel in Germany, France
        ("cp1252", ";", "CSV, Windows-1252, separated by semicolons"),  # Excel "CSV" on Windows
        ("utf-16", "\t", "CSV, UTF-16, separated by tabs"),  # Excel "Unicode text"
        ("utf-8", "\t", "CSV, UTF-8, separated by tabs"),  # LibreOffice, .tsv
    ],
)
def test_csv_in_every_common_dialect_reads_the_same(tmp_path, encoding, delimiter, expected):
    path = write_csv(tmp_path / "roster.csv", ROSTER, encoding=encoding, delimiter=delimiter)
    table = read_table(path)
    assert table.source == expected
    assert table.headers == tuple(ROSTER[0])
    assert table.rows == tuple(tuple(row) for row in ROSTER[1:])
    assert table.row_numbers == (2, 3, 4)


def test_windows_1252_accents_are_read_right(tmp_path):
    path = tmp_path / "old.csv"
    path.write_bytes("Name;Notes\nJosé Müller;café – “quoted”\n".encode("cp1252"))
    table = read_table(path)
    assert table.rows == (("José Müller", "café – “quoted”"),)


def test_bom_does_not_stick_to_the_first_header(tmp_path):
    path = tmp_path / "r.csv"
    path.write_bytes(codecs.BOM_UTF8 + b"Email,Name\r\na@example.org,A\r\n")
    assert read_table(path).headers == ("Email", "Name")


def test_mac_line_endings_and_quoted_newlines(tmp_path):
    path = tmp_path / "r.csv"
    path.write_bytes(b'Name,Notes\r"Jane","line one\nline two"\rBob,x\r')
    table = read_table(path)
    assert table.rows == (("Jane", "line one\nline two"), ("Bob", "x"))


def test_title_lines_and_blank_rows_are_skipped_and_rows_keep_their_numbers(tmp_path):
    rows = [["Volunteer roster 2024"], [], ["First name", "Last name", "Email"], [],
            ["Jane", "Smith", "j@example.org"], ["", "", ""], ["Bob", "Jones", ""]]
    table = read_table(write_csv(tmp_path / "r.csv", rows))
    assert table.headers == ("First name", "Last name", "Email")
    assert table.row_numbers == (5, 7)  # as the spreadsheet numbers them


def test_ragged_rows_are_padded_and_empty_headers_named(tmp_path):
    rows = [["Name", "", "Email"], ["Jane", "x", "j@example.org", "", ""], ["Bob"]]
    table = read_table(write_csv(tmp_path / "r.csv", rows))
    assert table.headers == ("Name", "Column 2", "Email")
    assert table.rows == (("Jane", "x", "j@example.org"), ("Bob", "", ""))


def test_our_own_formula_guard_is_taken_off(tmp_path):
    table = read_table(write_csv(tmp_path / "r.csv", [["Phone", "Note"], ["'+15551234567", "'ok"]]))
    assert table.rows == (("+15551234567", "'ok"),)


def test_xlsx_cells_come_out_as_typed_text(tmp_path):
    rows = [
        ["Name", "Phone", "Joined", "Start", "Hours", "Active", "Score", "Time"],
        ["Jane", 12175550101, date(2024, 3, 14), datetime(2024, 3, 14, 18, 30), 2.5, True, 3.0,
         time(9, 15)],
    ]
    table = read_table(write_xlsx(tmp_path / "r.xlsx", rows, title="Roster"))
    assert table.source == "Excel workbook, sheet 'Roster'"
    assert table.rows == (
        ("Jane", "12175550101", "2024-03-14", "2024-03-14 18:30", "2.5", "yes", "3", "09:15"),
    )


def test_cell_text_of_a_duration():
    assert cell_text(timedelta(hours=2, minutes=30)) == "2:30"


def test_xlsx_sheet_is_chosen_by_name(tmp_path):
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.append(["Notes"])
    second = workbook.create_sheet("Volunteers")
    second.append(["Name"])
    second.append(["Jane"])
    path = tmp_path / "two.xlsx"
    workbook.save(path)
    table = read_table(path, sheet="Volunteers")
    assert table.sheets == ("Sheet", "Volunteers")
    assert table.rows == (("Jane",),)
    with pytest.raises(ImportFileError, match="no sheet named 'Hours'"):
        read_table(path, sheet="Hours")


def test_workbook_saved_with_a_csv_name_still_reads(tmp_path):
    path = write_xlsx(tmp_path / "roster.csv", [["Name"], ["Jane"]])
    assert read_table(path).rows == (("Jane",),)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"\r\n\r\n  \r\n", "is empty"),
        (b",,,\r\n;;\r\n", "no rows to import"),
        (b"Name,Email\r\n", "no rows to import"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old Excel"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
        (b"PK\x03\x04garbage", "damaged"),
    ],
)
def test_files_that_are_no_tables_are_refused_with_a_sentence(tmp_path, content, message):
    path = tmp_path / "roster.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message):
        read_table(path)


def test_libreoffice_ods_is_refused_with_advice(tmp_path):
    path = tmp_path / "roster.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<x/>")
    with pytest.raises(ImportFileError, match="LibreOffice"):
        read_table(path)


def test_a_zip_bomb_is_refused_before_unpacking(tmp_path, monkeypatch):
    from sistercommittee.importing import reading

    monkeypatch.setattr(reading, "MAX_UNPACKED_BYTES", 1000)
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<a/>" + " " * 5000)
    with pytest.raises(ImportFileError, match="unpacks to more than"):
        read_table(path)


def test_a_huge_cell_is_refused_not_crashed_on(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("Name,Notes\nJane," + "x" * 200_000 + "\n")
    with pytest.raises(ImportFileError, match="Row 2"):
        read_table(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ImportFileError, match="cannot be read"):
        read_table(tmp_path / "nope.csv")
    with pytest.raises(ImportFileError, match="is a folder"):
        read_table(tmp_path)


def test_too_many_columns(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"c{i}" for i in range(500)) + "\n" + "x," * 499 + "x\n")
    with pytest.raises(ImportFileError, match="500 columns"):
        read_table(path)


def test_unicode_is_normalised_so_names_compare_equal(tmp_path):
    decomposed = "Jose\u0301"  # e + combining acute, as macOS may save it
    table = read_table(write_csv(tmp_path / "r.csv", [["Name"], [decomposed]]))
    assert table.rows == (("José",),)
