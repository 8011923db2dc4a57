"""Help > About: what this app is, the versions a problem report needs (app, Python, Qt, SQLite,
the system), where its log file is, with a button that opens that folder and one that copies the
versions for an e-mail."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sistercommittee import APP_NAME
from sistercommittee.ui import icons
from sistercommittee.ui.dialogs.common import fit_wrapped_text
from sistercommittee.ui.shown import shown
from sistercommittee.versions import Versions, versions


def _finder_source() -> str:
    """The partner finder's data: where it comes from, its licence and date."""
    try:
        from sistercommittee.services.finder import default_snapshot

        # A message of the services: rendered in the reader's language (QLabel would take the
        # English text the message carries as a str).
        return shown(default_snapshot().info.attribution)
    except Exception:  # a broken install must not keep the About box from opening
        return QCoreApplication.translate("AboutDialog", "not installed")


class AboutDialog(QDialog):
    """Attributes: versions (what it shows), log_folder, open_log_button, copy_button."""

    def __init__(self, log_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.versions: Versions = versions()
        self.log_folder = log_folder

        logo = QLabel(self)
        logo.setPixmap(icons.app_icon().pixmap(QSize(64, 64)))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"<h2>{html.escape(APP_NAME)} {html.escape(self.versions.app)}</h2>", self)
        title.setObjectName("about_title")
        blurb = QLabel(
            self.tr(
                "Partnerships, volunteers, events and exchanges of a sister city committee, on "
                "your own computer. Free software under the MIT License; the fonts it prints "
                "with are under the SIL Open Font License or the Apache License."
            ),
            self,
        )
        blurb.setWordWrap(True)

        grid = QGridLayout()
        v = self.versions
        qt = (
            self.tr("{qt} (PySide6 {pyside})").format(qt=v.qt, pyside=v.pyside)
            if v.qt
            else self.tr("not installed")
        )
        rows = [
            (self.tr("Version:"), v.app + (self.tr(" (bundle)") if v.frozen else "")),
            (self.tr("Python:"), v.python),
            (self.tr("Qt:"), qt),
            (self.tr("SQLite:"), v.sqlite),
            (self.tr("System:"), v.platform),
            (self.tr("Log folder:"), str(log_folder)),
            (self.tr("Partner finder:"), _finder_source()),
        ]
        self.value_labels: dict[str, QLabel] = {}
        for row, (name, value) in enumerate(rows):
            label = QLabel(name, self)
            shown = QLabel(value, self)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            label.setBuddy(shown)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(shown, row, 1)
            self.value_labels[name.rstrip(":")] = shown
        grid.setColumnStretch(1, 1)

        self.open_log_button = QPushButton(self.tr("&Open Log Folder"), self)
        self.open_log_button.setObjectName("open_log_folder")
        self.open_log_button.clicked.connect(self.open_log_folder)
        self.copy_button = QPushButton(self.tr("&Copy Versions"), self)
        self.copy_button.setObjectName("copy_versions")
        self.copy_button.setToolTip(self.tr("For a message about a problem"))
        self.copy_button.clicked.connect(self.copy_versions)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.open_log_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)

        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(blurb)
        text.addLayout(grid)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_wrapped_text(self)

    def open_log_folder(self) -> None:
        self.log_folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_folder)))

    def copy_versions(self) -> None:
        lines = [*self.versions.lines(), f"Log folder {self.log_folder}"]
        QGuiApplication.clipboard().setText("\n".join(lines))
