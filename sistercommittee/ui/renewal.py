"""The renewal-certificate shortcut of an anniversary: ask where to save, make the PDF on a
worker for the anniversary's day, say where it went."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sistercommittee.ui.widgets.file_choice import choose_save_name

if TYPE_CHECKING:
    from sistercommittee.ui.context import AppContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("Renewal", text)


def save_renewal_certificate(
    ctx: AppContext,
    parent: QWidget,
    partnership_id: str,
    city: str,
    on: date,
    said: Callable[[str], None],
) -> None:
    """Ask for a file name, then write the renewal certificate of the anniversary ``on``."""
    db = ctx.db

    def write(path: Path) -> None:
        def job() -> Path:
            from sistercommittee.documents.certificate import make_certificate
            from sistercommittee.documents.files import write_bytes

            made = make_certificate(db, partnership_id, renewal=True, today=on)
            return write_bytes(path, made.pdf)

        ctx.read(parent, job).with_progress(_tr("Making the renewal certificate…")).on_success(
            lambda saved: said(_tr("Saved the renewal certificate to {path}.").format(path=saved))
        ).run()

    choose_save_name(
        parent,
        _tr("Save the Renewal Certificate"),
        Path.home() / _tr("Renewal certificate {city} {year}.pdf").format(city=city, year=on.year),
        _tr("PDF documents (*.pdf)"),
        write,
    )
