"""Opening a file in the program the computer has for it, and saying so plainly when it has
none: Qt only logs that (and returns False), which left a click doing nothing at all.

The fallbacks: save a copy (where another program or computer can open it), show the folder the
file is in, and, as a last resort, the file's path to copy.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Opening", text)


def open_in_viewer(
    parent: QWidget, path: Path, *, save_copy: Callable[[], None] | None = None
) -> bool:
    """Open ``path``; when nothing opens it, a box says so and offers the fallbacks. Returns
    whether a viewer took the file."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    log.warning("no program opened %s", path)
    box = QMessageBox(parent)
    box.setObjectName("no_viewer")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_tr("No Program to Open the File"))
    box.setText(_tr("This computer has no program set up to open {file}.").format(file=path.name))
    box.setInformativeText(
        _tr(
            "Save a copy to open it later or on another computer, or show the folder it is in. "
            "Installing a PDF viewer (for example Evince or Okular) lets “Open” work next time."
        )
    )
    box.setDetailedText(str(path))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    save = (
        box.addButton(_tr("&Save a Copy…"), QMessageBox.ButtonRole.AcceptRole)
        if save_copy is not None
        else None
    )
    folder = box.addButton(_tr("Show the &Folder"), QMessageBox.ButtonRole.ActionRole)
    close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(save or folder)
    box.setEscapeButton(close)

    def answered(_result: int) -> None:
        clicked = box.clickedButton()
        if save is not None and clicked is save and save_copy is not None:
            save_copy()
        elif clicked is folder:
            show_folder(parent, path.parent)

    box.finished.connect(answered)
    box.open()
    return False


def show_folder(parent: QWidget, folder: Path) -> bool:
    """Open ``folder`` in the file manager; without one, say where it is (selectable text)."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    log.warning("no file manager opened %s", folder)
    box = QMessageBox(parent)
    box.setObjectName("no_file_manager")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_tr("The Folder"))
    box.setText(_tr("This computer has no file manager set up. The folder is:"))
    box.setInformativeText(str(folder))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.open()
    return False
