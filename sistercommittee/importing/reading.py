"""Reading a roster as committees keep it: CSV (comma, semicolon, tab or bar separated; UTF-8 with
or without BOM, UTF-16 as Excel's "Unicode text", or Windows-1252) or an Excel workbook (.xlsx).

Everything comes out as text, the way it would be typed: numbers without a trailing ".0", dates in
ISO 8601, yes/no for checkboxes. The kind of file is found from its first bytes, not its name, so
a workbook saved as "roster.csv" still reads. Nothing here trusts the file: its size, the size of
its cells and of a workbook's unpacked parts are bounded, and every failure is a sentence.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sistercommittee.errors import SisterCommitteeError
from sistercommittee.messages import msg

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_UNPACKED_BYTES = 512 * 1024 * 1024  # a workbook's parts, unzipped: guards against zip bombs
MAX_ROWS = 200_000
MAX_COLUMNS = 200
HEADER_SEARCH_ROWS = 10  # a title line or two may stand above the column names

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls and other old Office files
_DELIMITERS = (",", ";", "\t", "|")
# Our own exports put an apostrophe before a cell a spreadsheet would run as a formula (see
# services.exports); reading it back takes the apostrophe off again.
_INERT_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ImportFileError(SisterCommitteeError):
    """A file that cannot be read as a table; nothing was imported."""


@dataclass(frozen=True)
class Table:
    """The cells of one sheet as text: the header row and the data rows below it.

    Attributes:
        headers: the column names, one per column ("Column 4" where the header cell is empty).
        rows: the data rows, each with exactly one cell per column; blank rows are left out.
        row_numbers: for each data row, the number the spreadsheet shows beside it.
        source: how the file was read, for people ("CSV, UTF-8, separated by semicolons").
        sheets: the sheet names of a workbook (empty for CSV); ``sheet`` is the one read.
    """

    path: Path
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]
    source: str
    sheet: str | None = None
    sheets: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.rows)


def read_table(path: Path | str, *, sheet: str | None = None) -> Table:
    """Read the file at ``path`` as a table; ``sheet`` chooses a workbook's sheet (by default the
    one that was open when it was saved). Raises ImportFileError with a sentence."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ImportFileError(msg(
            "{path} cannot be read: {strerror}.",
            path=path, strerror=error.strerror,
        )) from error
    if path.is_dir():
        raise ImportFileError(msg("{path} is a folder. Choose a CSV or Excel file.", path=path))
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            msg(
                "{name} is {megabytes} MB, more than a roster can be "
                "({most} MB at most). Check that it is the right file.",
                name=path.name,
                megabytes=size // (1024 * 1024),
                most=MAX_FILE_BYTES // (1024 * 1024),
            )
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportFileError(msg(
            "{path} cannot be read: {strerror}.",
            path=path, strerror=error.strerror,
        )) from error
    if data.startswith(_ZIP):
        return _read_workbook(path, data, sheet)
    if data.startswith(_OLE):
        raise ImportFileError(
            msg(
                "{name} is an old Excel (.xls) file. Open it in Excel or LibreOffice and save "
                "it as .xlsx or .csv, then import that.",
                name=path.name,
            )
        )
    if sheet is not None:
        raise ImportFileError(msg(
            "{name} is a CSV file: it has no sheets to choose from.",
            name=path.name,
        ))
    return _read_csv(path, data)


# --- CSV ------------------------------------------------------------------------------------------


def decode(data: bytes, name: str = "The file") -> tuple[str, str]:
    """The text of a CSV file and the name of its encoding."""
    for bom, encoding, label in (
        (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
        (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
        (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), label
            except UnicodeDecodeError:
                raise ImportFileError(
                    msg(
                        "{name} says it is {label} text but is not. Save it again as CSV UTF-8.",
                        name=name, label=label,
                    )
                ) from None
    if b"\x00" in data:
        raise ImportFileError(
            msg(
                "{name} is not a text file, so it is not a CSV file. Choose a CSV or Excel "
                "file.",
                name=name,
            )
        )
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    # Excel's "CSV" on Windows: the old Western code page. Five of its bytes are unassigned;
    # Latin-1 reads them (as control characters that the fields then refuse), never failing.
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "Windows-1252"


def _records(text: str, delimiter: str, limit: int | None = None) -> Iterable[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    for count, record in enumerate(reader):
        if limit is not None and count >= limit:
            return
        yield record


def sniff_delimiter(text: str) -> str:
    """The separator that splits most of the first lines into more than one column, and into the
    same number of columns most often."""
    best, best_score = ",", (0.0, 0.0, 0)
    for delimiter in _DELIMITERS:
        try:
            widths = [len(r) for r in _records(text, delimiter, 50) if any(c.strip() for c in r)]
        except csv.Error:
            continue
        split = [width for width in widths if width > 1]
        if not split:
            continue
        mode = max(sorted(set(split)), key=split.count)
        score = (len(split) / len(widths), split.count(mode) / len(split), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(path: Path, data: bytes) -> Table:
    text, encoding = decode(data, path.name)
    delimiter = sniff_delimiter(text)
    rows: list[tuple[int, list[str]]] = []
    number = 0
    try:
        for number, record in enumerate(_records(text, delimiter), start=1):
            if number > MAX_ROWS + HEADER_SEARCH_ROWS:
                raise _too_many_rows(path)
            rows.append((number, record))
    except csv.Error as error:
        # The csv module's only complaint on text is a cell over its size limit (128 KiB).
        raise ImportFileError(
            msg(
                "Row {number} of {name} cannot be read ({error}). A roster's cells are "
                "short: check that this is the right file.",
                number=number + 1, name=path.name, error=error,
            )
        ) from None
    return _table(path, rows, _csv_source(encoding, delimiter))


def _csv_source(encoding: str, delimiter: str) -> str:
    """How a CSV file was read, as a message (each separator its own sentence to translate)."""
    if delimiter == ";":
        return msg("CSV, {encoding}, separated by semicolons", encoding=encoding)
    if delimiter == "\t":
        return msg("CSV, {encoding}, separated by tabs", encoding=encoding)
    if delimiter == "|":
        return msg("CSV, {encoding}, separated by bars", encoding=encoding)
    return msg("CSV, {encoding}, separated by commas", encoding=encoding)


def _too_many_rows(path: Path) -> ImportFileError:
    return ImportFileError(
        msg(
            "{name} has more than {most:,} rows. Split it into several files.",
            name=path.name, most=MAX_ROWS,
        )
    )


# --- Excel --------------------------------------------------------------------------------------


def _read_workbook(path: Path, data: bytes, sheet: str | None) -> Table:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ImportFileError(
            msg(
                "{name} is damaged: it looks like an Excel file but cannot be opened.",
                name=path.name,
            )
        ) from None
    if "xl/workbook.xml" not in names:
        kind = "a LibreOffice (.ods) file" if "content.xml" in names else "not an Excel workbook"
        raise ImportFileError(
            msg(
                "{name} is {kind}. Save it as .xlsx or .csv, then import that.",
                name=path.name, kind=kind,
            )
        )
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportFileError(
            msg(
                "{name} unpacks to more than {most} MB, more than a roster "
                "can be. Check that it is the right file.",
                name=path.name, most=MAX_UNPACKED_BYTES // (1024 * 1024),
            )
        )
    from sistercommittee.importing import xlsx  # only when a workbook is read: openpyxl is slow

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        try:
            return _read_cells(path, archive, sheet)
        except xlsx.Unexpected as error:
            log.info("%s read with openpyxl: %s", path.name, error)
    return _read_with_openpyxl(path, data, sheet)


def _read_cells(path: Path, archive: zipfile.ZipFile, sheet: str | None) -> Table:
    """The sheet's values straight from its XML (see importing.xlsx)."""
    from sistercommittee.importing import xlsx

    book = xlsx.Workbook(archive)
    sheets = tuple(name for name, _ in book.sheets)
    if sheet is None:
        title, part = book.sheets[book.active]
    elif sheet in sheets:
        title, part = book.sheets[sheets.index(sheet)]
    else:
        raise ImportFileError(
            msg(
                "{name} has no sheet named '{sheet}'. Its sheets: {sheets}.",
                name=path.name, sheet=sheet, sheets=', '.join(sheets),
            )
        )
    if "/chartsheets/" in f"/{part}":
        raise ImportFileError(msg(
            "The sheet '{title}' of {name} holds no cells.",
            title=title, name=path.name,
        ))
    rows: list[tuple[int, list[str]]] = []
    for number, values in book.rows(part):
        if len(rows) > MAX_ROWS + HEADER_SEARCH_ROWS:
            raise _too_many_rows(path)
        rows.append((number, [cell_text(value) for value in values[: MAX_COLUMNS * 5]]))
    source = msg("Excel workbook, sheet '{title}'", title=title)
    return _table(path, rows, source, sheet=title, sheets=sheets)


def _read_with_openpyxl(path: Path, data: bytes, sheet: str | None) -> Table:
    import openpyxl  # only when a workbook is read: it is slow to import

    try:
        # From the bytes, not the path: openpyxl refuses a workbook whose name ends in .csv.
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises anything from KeyError to XML errors
        raise ImportFileError(msg(
            "{name} is damaged and cannot be read ({error}).",
            name=path.name, error=error,
        )) from None
    try:
        sheets = tuple(workbook.sheetnames)
        if sheet is None:
            worksheet = workbook.active or workbook.worksheets[0]
        elif sheet in sheets:
            worksheet = workbook[sheet]
        else:
            raise ImportFileError(
                msg(
                    "{name} has no sheet named '{sheet}'. Its sheets: {sheets}.",
                    name=path.name, sheet=sheet, sheets=', '.join(sheets),
                )
            )
        if not hasattr(worksheet, "iter_rows"):  # a chart sheet
            raise ImportFileError(msg(
                "The sheet '{title}' of {name} holds no cells.",
                title=worksheet.title, name=path.name,
            ))
        rows: list[tuple[int, list[str]]] = []
        try:
            for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
                if number > MAX_ROWS + HEADER_SEARCH_ROWS:
                    raise _too_many_rows(path)
                rows.append((number, [cell_text(value) for value in values[:MAX_COLUMNS * 5]]))
        except ImportFileError:
            raise
        except Exception as error:
            raise ImportFileError(
                msg("{name} is damaged and cannot be read ({error}).", name=path.name, error=error)
            ) from None
        title = worksheet.title
    finally:
        workbook.close()
    source = msg("Excel workbook, sheet '{title}'", title=title)
    return _table(path, rows, source, sheet=title, sheets=sheets)


def cell_text(value: Any) -> str:
    """A workbook cell's value as the text a person would type for it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return format(value, ".15g")
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds" if value.second else "minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="seconds" if value.second else "minutes")
    if isinstance(value, timedelta):  # a duration cell, such as hours given as [h]:mm
        minutes = round(value.total_seconds() / 60)
        return f"{minutes // 60}:{minutes % 60:02d}"
    return str(value)


# --- both -----------------------------------------------------------------------------------------


def _clean(cell: str) -> str:
    if len(cell) > 1 and cell[0] == "'" and cell[1] in _INERT_STARTS:
        cell = cell[1:]
    return unicodedata.normalize("NFC", cell) if not cell.isascii() else cell


def _header_row(rows: Sequence[tuple[int, list[str]]]) -> int:
    """The index of the row naming the columns: of the first few non-blank rows, the one with
    most names we know (the first, when none has any)."""
    from sistercommittee.importing.mapping import known_header

    best, best_known = 0, 0
    for index, (_, record) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        known = sum(1 for cell in record if known_header(cell))
        if known > best_known:
            best, best_known = index, known
    return best


def _table(
    path: Path,
    numbered: list[tuple[int, list[str]]],
    source: str,
    *,
    sheet: str | None = None,
    sheets: tuple[str, ...] = (),
) -> Table:
    rows = [(number, record) for number, record in numbered if any(c.strip() for c in record)]
    if not rows:
        raise ImportFileError(msg("{name} is empty: there is nothing to import.", name=path.name))
    header_index = _header_row(rows)
    _, header_cells = rows[header_index]
    data = rows[header_index + 1 :]
    if not data:
        names = [cell.strip() for cell in header_cells if cell.strip()]
        shown = ", ".join(names[:8]) + (", …" if len(names) > 8 else "")
        raise ImportFileError(
            msg(
                "{name} has no rows to import below its column names ({shown}).",
                name=path.name, shown=shown,
            )
        )
    # As wide as the widest row, without the blank columns at the right.
    width = _trim_width(header_cells, data, max(len(r) for _, r in rows[header_index:]))
    if width > MAX_COLUMNS:
        raise ImportFileError(
            msg(
                "{name} has {width} columns, more than a roster can have ({most}). "
                "Check that it is the right file.",
                name=path.name, width=width, most=MAX_COLUMNS,
            )
        )
    headers = tuple(
        " ".join(_clean(cell).split()) or f"Column {index + 1}"
        for index, cell in enumerate((header_cells + [""] * width)[:width])
    )
    cleaned = tuple(
        tuple(_clean(cell) for cell in (record + [""] * width)[:width]) for _, record in data
    )
    return Table(
        path=path,
        headers=headers,
        rows=cleaned,
        row_numbers=tuple(number for number, _ in data),
        source=source,
        sheet=sheet,
        sheets=sheets,
    )


def _trim_width(header: list[str], data: list[tuple[int, list[str]]], width: int) -> int:
    """The number of columns up to the last one with a header or any cell filled in."""
    used = [i for i, cell in enumerate(header) if cell.strip()]
    last = used[-1] if used else -1
    for _, record in data:
        for index in range(len(record) - 1, last, -1):
            if record[index].strip():
                last = index
                break
    return min(width, last + 1)
