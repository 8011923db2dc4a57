"""Printing a list as it is filtered and sorted on screen.

The rows are read page by page on a worker (with progress and Cancel: a big list takes a while on
an old laptop); the page is laid out and sent to the printer once the user chose one.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
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


def rows_html(title: str, columns: Sequence[Column], rows: Sequence[Any]) -> str:
    head = "".join(f"<th align='left'>{html.escape(column.title)}</th>" for column in columns)
    body = "".join(
        "<tr>"
        + "".join(f"<td>{html.escape(column.text(row))}</td>" for column in columns)
        + "</tr>"
        for row in rows
    )
    printed = QCoreApplication.translate("Printing", "Printed {date}").format(
        date=formatting.fmt_date(formatting.today())
    )
    return (
        f"<h2>{html.escape(title)}</h2><p>{html.escape(printed)} · "
        f"{len(rows)}</p>"
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def print_html(parent: QWidget | None, document_html: str, title: str) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("Printing", "Print {title}").format(title=title)
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document = QTextDocument()
    document.setHtml(document_html)
    document.print_(printer)
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
    printer: Callable[[QWidget | None, str, str], bool] | None = None,
) -> None:
    shown = [columns[number] for number in header] if header else list(columns)
    db = ctx.db

    def job(progress: Progress) -> str:
        rows = fetch_all(db, fetch, query, progress)
        return rows_html(title, shown, rows)

    send = printer or print_html
    ctx.read(parent, job).with_progress(
        QCoreApplication.translate("Printing", "Preparing {title} for printing…").format(
            title=title
        )
    ).on_success(lambda document_html: send(parent, document_html, title)).run()
