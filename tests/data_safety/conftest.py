"""Helpers for the data-safety tests: roster files as committees make them, and counts."""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Sequence
from pathlib import Path

# The command line fixtures of tests/cli: the real command in a subprocess.
from tests.cli.conftest import cli, cli_org  # noqa: F401


def write_csv(
    path: Path,
    rows: Sequence[Sequence[str]],
    *,
    encoding: str = "utf-8",
    delimiter: str = ",",
    newline: str = "\r\n",
) -> Path:
    """A CSV file as a spreadsheet program saves it (``utf-8-sig`` for Excel's "CSV UTF-8")."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=newline).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[object]], title: str = "Sheet1") -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def count(path: Path, table: str, where: str = "1") -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0])
    finally:
        connection.close()


def integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


ROSTER_HEADER = ["First Name", "Last Name", "E-mail", "Phone", "Languages", "Skills"]
ROSTER = [
    ROSTER_HEADER,
    ["Jane", "Smith", "jane@example.org", "217-555-0101", "Japanese (fluent), German", "cooking"],
    ["José", "García", "jose@example.org", "", "es:native", ""],
    ["Akira", "Tanaka", "", "+81 3 1234 5678", "Japanese", "calligraphy; tea"],
]
