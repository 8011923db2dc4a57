"""Printing a list as it is filtered and sorted on screen.

The rows are read page by page on a worker (with progress and Cancel: a big list takes a while on
an old laptop); the page is laid out and sent to the printer once the user chose one.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument, QTextOption
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from sistercommittee.ui import formatting

if TYPE_CHECKING:
    from sistercommittee.services.paging import Page
    from sistercommittee.storage.database import Database
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.models.paged_model import Column
    from sistercommittee.ui.ops import Progress

PRINT_PAGE = 1000
#: A list of more columns than this is printed across the page.
LANDSCAPE_FROM = 6


def fetch_all(
    db: Database,
    fetch: Callable[[Database, Any], Page[Any]],
    query: Any,
    progress: Progress | None = None,
) -> list[Any]:
    rows: list[Any] = []
    offset = 0
    while True:
        if progress is not None:
            progress.check()
        page = fetch(db, dataclasses.replace(query, offset=offset, limit=PRINT_PAGE))
        rows.extend(page.items)
        if progress is not None:
            progress.update(
                len(rows), page.total, QCoreApplication.translate("Printing", "Reading the list…")
            )
        if not page.has_more or not page.items:
            return rows
        offset += len(page.items)


def _is_address(word: str) -> bool:
    return "@" in word or "://" in word or word.startswith("www.")


def _is_phone(text: str) -> bool:
    return 0 < len(text) <= 24 and any(c.isdigit() for c in text) and all(
        c.isdigit() or c in " +-().x" for c in text
    )


def cell_html(text: str) -> str:
    """A table cell. One holding an email or web address keeps its lines whole: a line may
    break at a hyphen otherwise, which splits the address where it cannot be read or typed."""
    escaped = html.escape(text)
    if _is_phone(text) or any(_is_address(word) for word in text.split()):
        return f"<td style='white-space:nowrap'>{escaped}</td>"
    return f"<td>{escaped}</td>"


def rows_html(title: str, columns: Sequence[Column], rows: Sequence[Any]) -> str:
    head = "".join(f"<th align='left'>{html.escape(column.title)}</th>" for column in columns)
    body = "".join(
        "<tr>"
        + "".join(cell_html(column.text(row)) for column in columns)
        + "</tr>"
        for row in rows
    )
    printed = QCoreApplication.translate("Printing", "Printed {date}").format(
        date=formatting.fmt_date(formatting.today())
    )
    count = QCoreApplication.translate("Printing", "Rows: {count}").format(count=len(rows))
    return (
        f"<h2>{html.escape(title)}</h2><p>{html.escape(printed)} · {html.escape(count)}</p>"
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


@dataclass(frozen=True)
class Printable:
    """A list laid out for paper: its HTML, the paper of the organization's country, and
    whether it is printed across the page (many columns)."""

    html: str
    paper: str  # "letter" or "a4"
    landscape: bool = False


def paper_for(country: str) -> str:
    """Letter in the US, Canada, Mexico and the other countries that use it; A4 elsewhere (the
    same rule as the certificates and reports)."""
    from sistercommittee.documents.certificate import paper_for_country

    return paper_for_country(country or "")


def set_up_printer(printer: QPrinter, printable: Printable) -> None:
    size = QPageSize.PageSizeId.Letter if printable.paper == "letter" else QPageSize.PageSizeId.A4
    printer.setPageSize(QPageSize(size))
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape
        if printable.landscape
        else QPageLayout.Orientation.Portrait
    )
    printer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)


def render(printer: QPrinter, printable: Printable) -> None:
    """Lay the list out on ``printer``'s pages. Lines break between words only: an email or a
    web address is never cut in two (the default breaks a long word anywhere)."""
    document = QTextDocument()
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    document.setDefaultTextOption(option)
    font = QFont(document.defaultFont())
    font.setPointSizeF(9)
    document.setDefaultFont(font)
    document.setHtml(printable.html)
    document.print_(printer)


def print_html(parent: QWidget | None, printable: Printable, title: str) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    set_up_printer(printer, printable)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("Printing", "Print {title}").format(title=title)
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    render(printer, printable)
    return True


def print_list(
    ctx: AppContext,
    parent: QWidget,
    title: str,
    columns: Sequence[Column],
    fetch: Callable[[Database, Any], Page[Any]],
    query: Any,
    *,
    header: Sequence[int] | None = None,
    printer: Callable[[QWidget | None, Printable, str], bool] | None = None,
) -> None:
    shown = [columns[number] for number in header] if header else list(columns)
    db = ctx.db
    country = ctx.org.country if ctx.org is not None else ""

    def job(progress: Progress) -> Printable:
        rows = fetch_all(db, fetch, query, progress)
        return Printable(
            rows_html(title, shown, rows), paper_for(country), landscape=len(shown) > LANDSCAPE_FROM
        )

    send = printer or print_html
    ctx.read(parent, job).with_progress(
        QCoreApplication.translate("Printing", "Preparing {title} for printing…").format(
            title=title
        )
    ).on_success(lambda printable: send(parent, printable, title)).run()
