"""Every list to CSV or Excel: the columns of the list's rows, all rows, text kept literal.

Formula injection. A spreadsheet runs a cell that begins with = + - @ (or a tab or carriage return
before one) as a formula, so a volunteer named "=HYPERLINK(...)" could run something on the
treasurer's computer. In CSV such a cell gets an apostrophe in front, which spreadsheets take as
"this is text" (and our importer takes off again); in Excel files the cell is written as a text
cell marked with Excel's own quote prefix, so it shows exactly as typed and never runs.

Files are written beside the destination and renamed into place, so that an export that fails or
is interrupted leaves no half-written file.

Columns. First the columns of the list's rows (what the list shows, counts included), then, for a
list whose records have a form (events, exchanges), every other field of that form, headed by its
label and written as the edit dialog would show it: a field added to the form is exported with no
change here (tests/data_safety/test_exports.py fails when one is missing).
"""

from __future__ import annotations

import csv
import dataclasses
import enum
import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select

from sistercommittee.errors import StorageError, ValidationError
from sistercommittee.messages import msg
from sistercommittee.services.forms import Field, FormSpec, form_values
from sistercommittee.services.paging import MAX_PAGE
from sistercommittee.storage.database import Database

ExportFormat = Literal["csv", "xlsx"]
FORMATS: tuple[str, ...] = ("csv", "xlsx")

_DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")
# Characters an Excel file cannot hold (XML 1.0 forbids them); tab, newline and return are fine.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_XLSX_CELL_LIMIT = 32_767


@dataclass(frozen=True)
class RecordForm:
    """The form of a list's records and their ORM class: the fields exported after the list's
    own columns, read from each row's record (``id`` is the row's ``id``)."""

    form: FormSpec
    model: type[Any]


def _event_form() -> RecordForm:
    from sistercommittee.domain import Event
    from sistercommittee.services.events.forms import EVENT_FORM

    return RecordForm(EVENT_FORM, Event)


def _exchange_form() -> RecordForm:
    from sistercommittee.domain import Exchange
    from sistercommittee.services.exchanges.forms import EXCHANGE_FORM

    return RecordForm(EXCHANGE_FORM, Exchange)


@dataclass(frozen=True)
class ListSpec:
    """A list that can be exported: the service's list function, its query and its row type, and
    (loaded when exporting) the form of its records."""

    module: str
    function: str
    query: str
    title: str
    record_form: Callable[[], RecordForm] | None = None


LISTS: dict[str, ListSpec] = {
    "volunteers": ListSpec(
        "sistercommittee.services.volunteers", "list_volunteers", "VolunteerQuery", "Volunteers"
    ),
    "partnerships": ListSpec(
        "sistercommittee.services.partnerships",
        "list_partnerships",
        "PartnershipQuery",
        "Partnerships",
    ),
    "events": ListSpec(
        "sistercommittee.services.events", "list_events", "EventQuery", "Events", _event_form
    ),
    "exchanges": ListSpec(
        "sistercommittee.services.exchanges",
        "list_exchanges",
        "ExchangeQuery",
        "Exchanges",
        _exchange_form,
    ),
    "hours": ListSpec("sistercommittee.services.hours", "list_hours", "HoursQuery", "Hours"),
}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    columns: tuple[str, ...]


def inert(text: str) -> str:
    """Text a spreadsheet will not run as a formula (for CSV)."""
    return "'" + text if text.startswith(_DANGEROUS_START) else text


def _header(name: str) -> str:
    return name.replace("_", " ").capitalize()


def cell_text(value: Any) -> str:
    """A value of a list row as the text of a cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return value.isoformat(sep=" ", timespec="minutes")
        return value.isoformat(timespec="seconds")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(cell_text(item) for item in value)
    return str(value)


@dataclass(frozen=True)
class Column:
    name: str  # the row's attribute, or the form field's name
    header: str


def list_rows(
    db: Database, kind: str, query: Any = None
) -> tuple[tuple[Column, ...], Iterator[tuple[Any, ...]]]:
    """The columns and every row's values of the list ``kind`` (filtered by ``query`` if given):
    the list's own columns, then the fields of its records' form that the list does not show."""
    import importlib

    spec = _spec(kind)
    module = importlib.import_module(spec.module)
    function: Callable[..., Any] = getattr(module, spec.function)
    query_class = getattr(module, spec.query)
    base = query if query is not None else query_class()
    first = function(db, dataclasses.replace(base, offset=0, limit=MAX_PAGE))
    row_type = type(first.items[0]) if first.items else _row_type(module, spec)
    listed = tuple(field.name for field in dataclasses.fields(row_type))
    record = spec.record_form() if spec.record_form is not None else None
    extra: tuple[Field, ...] = (
        tuple(field for field in record.form.fields if field.name not in listed) if record else ()
    )
    columns = tuple(Column(name, _header(name)) for name in listed) + tuple(
        Column(field.name, field.label) for field in extra
    )

    def values(items: Sequence[Any]) -> Iterator[tuple[Any, ...]]:
        if record is None or not extra:
            for row in items:
                yield tuple(getattr(row, name) for name in listed)
            return
        names = {field.name for field in extra}
        with db.read() as session:
            found = {
                stored.id: stored
                for stored in session.scalars(
                    select(record.model).where(record.model.id.in_([row.id for row in items]))
                )
            }
            for row in items:
                fields = form_values(record.form, session, found[row.id], only=names)
                yield tuple(getattr(row, name) for name in listed) + tuple(
                    fields[field.name] for field in extra
                )

    def rows() -> Iterator[tuple[Any, ...]]:
        page = first
        while True:
            yield from values(page.items)
            if not page.has_more or not page.items:
                return
            page = function(
                db, dataclasses.replace(base, offset=page.offset + len(page.items), limit=MAX_PAGE)
            )

    return columns, rows()


def _row_type(module: Any, spec: ListSpec) -> type:
    import typing

    hints = typing.get_type_hints(getattr(module, spec.function))
    page_type = hints["return"]
    (row_type,) = typing.get_args(page_type)
    return row_type  # type: ignore[no-any-return]


def _spec(kind: str) -> ListSpec:
    if kind not in LISTS:
        raise ValidationError.single(
            "kind", msg(
                "There is no list '{kind}' to export. Choose one of: {lists}.",
                kind=kind, lists=', '.join(LISTS),
            )
        )
    return LISTS[kind]


def export_list(
    db: Database,
    kind: str,
    destination: Path,
    *,
    format: ExportFormat | None = None,
    query: Any = None,
    overwrite: bool = True,
) -> ExportResult:
    """Write the list ``kind`` to ``destination`` as CSV or Excel (by ``format``, or by the
    file's extension)."""
    destination = Path(destination)
    chosen = format or destination.suffix.lower().lstrip(".")
    if chosen not in FORMATS:
        raise ValidationError.single(
            "format", msg(
                "Exports are CSV or XLSX files, not '{chosen}'.",
                chosen=chosen or destination.name,
            )
        )
    if destination.is_dir():
        raise ValidationError.single("out", msg(
            "{destination} is a folder; give a file name.",
            destination=destination,
        ))
    if destination.exists() and not overwrite:
        raise ValidationError.single("out", msg(
            "{destination} already exists.",
            destination=destination,
        ))
    if destination.resolve() == db.path.resolve():
        raise ValidationError.single("out", msg("An export cannot replace the database itself."))
    columns, rows = list_rows(db, kind, query)
    partial = destination.with_name(destination.name + ".partial")
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        if chosen == "csv":
            count = _write_csv(partial, columns, rows)
        else:
            count = _write_xlsx(partial, columns, rows, _spec(kind).title)
        os.replace(partial, destination)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise StorageError(msg(
            "The export to {destination} failed: {strerror}.",
            destination=destination, strerror=error.strerror,
        )) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return ExportResult(destination, count, tuple(column.name for column in columns))


def _write_csv(path: Path, columns: Sequence[Column], rows: Iterator[tuple[Any, ...]]) -> int:
    count = 0
    # UTF-8 with a BOM: Excel reads it as UTF-8 only then; other programs ignore the BOM.
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([column.header for column in columns])
        for row in rows:
            writer.writerow([inert(cell_text(value)) for value in row])
            count += 1
        handle.flush()
        os.fsync(handle.fileno())
    return count


def _write_xlsx(
    path: Path, columns: Sequence[Column], rows: Iterator[tuple[Any, ...]], title: str
) -> int:
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet(title)
    bold = Font(bold=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, column.header)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    for row in rows:
        sheet.append([_xlsx_cell(sheet, value, WriteOnlyCell) for value in row])
        count += 1
    workbook.save(path)
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())
    return count


def _xlsx_cell(sheet: Any, value: Any, cell_class: Any) -> Any:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    if isinstance(value, date) and not isinstance(value, datetime):
        cell = cell_class(sheet, value)
        cell.number_format = "yyyy-mm-dd"
        return cell
    text = _ILLEGAL_XML.sub("\ufffd", cell_text(value))[:_XLSX_CELL_LIMIT]
    cell = cell_class(sheet, text)
    # Always a text cell: openpyxl would otherwise store "=..." as a formula.
    cell.data_type = "s"
    if text.startswith(_DANGEROUS_START):
        cell.quotePrefix = True
    return cell
