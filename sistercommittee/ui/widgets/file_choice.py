"""Choosing a file to open or a name to save under, the same way everywhere in the app.

The file dialog is opened without a nested event loop (``open``): the window behind it keeps
going, and the choice arrives in a callback (only when a file was chosen). Qt's own file dialog
is used instead of the system's when there is no real screen (``QT_QPA_PLATFORM=offscreen`` or
``minimal``), or when the application is told not to use native dialogs (the attribute
``Qt.AA_DontUseNativeDialogs``, or ``SISTERCOMMITTEE_QT_FILE_DIALOG=1``): that one can be
driven by the keyboard alone, its file name field taking the focus, and Enter choosing.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

#: Set to 1 to use Qt's own file dialog even where the system has one.
QT_FILE_DIALOG = "SISTERCOMMITTEE_QT_FILE_DIALOG"


def use_qt_dialog() -> bool:
    """Whether Qt's own file dialog is used rather than the system's."""
    return (
        QApplication.platformName() in ("offscreen", "minimal")
        or QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
        or os.environ.get(QT_FILE_DIALOG) == "1"
    )


def _dialog(parent: QWidget | None, title: str, start: Path | str, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(start), filters)
    dialog.setObjectName("file_dialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    if use_qt_dialog():
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    return dialog


def _when_chosen(dialog: QFileDialog, on_chosen: Callable[[list[Path]], None]) -> None:
    def finished(result: int) -> None:
        chosen = [Path(name) for name in dialog.selectedFiles() if name]
        if result == QDialog.DialogCode.Accepted and chosen:
            on_chosen(chosen)

    dialog.finished.connect(finished)
    dialog.open()


def choose_files(
    parent: QWidget | None,
    title: str,
    folder: Path | str,
    filters: str,
    on_chosen: Callable[[list[Path]], None],
) -> QFileDialog:
    """Ask for one or more existing files; ``on_chosen`` gets them."""
    dialog = _dialog(parent, title, folder, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    _when_chosen(dialog, on_chosen)
    return dialog


def choose_file(
    parent: QWidget | None,
    title: str,
    folder: Path | str,
    filters: str,
    on_chosen: Callable[[Path], None],
) -> QFileDialog:
    """Ask for one existing file; ``on_chosen`` gets it."""
    dialog = _dialog(parent, title, folder, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    _when_chosen(dialog, lambda paths: on_chosen(paths[0]))
    return dialog


def choose_save_name(
    parent: QWidget | None,
    title: str,
    suggested: Path | str,
    filters: str,
    on_chosen: Callable[[Path], None],
) -> QFileDialog:
    """Ask where to save, starting from ``suggested`` (a folder and a file name); the dialog
    asks before replacing a file; ``on_chosen`` gets the name as typed."""
    dialog = _dialog(parent, title, suggested, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    _when_chosen(dialog, lambda paths: on_chosen(paths[0]))
    return dialog
