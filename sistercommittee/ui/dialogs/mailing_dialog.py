"""Export a mailing list: only the volunteers who agreed to be contacted, as CSV for a mail
tool or vCard for an address book. The dialog says beforehand how many are on it and how many
are left out, and why."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.ui import formatting
from sistercommittee.ui.shown import shown
from sistercommittee.ui.widgets.file_choice import choose_save_name

if TYPE_CHECKING:
    from sistercommittee.services.mailing import MailingList
    from sistercommittee.ui.context import AppContext


class MailingDialog(QDialog):
    """Signals:
    exported(str): the file was written; a sentence saying where and how many.
    """

    exported = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_list: MailingList | None = None
        self.setObjectName("mailing_dialog")
        self.setWindowTitle(self.tr("Mailing List"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Only volunteers who agreed to be contacted, and whose consent has not "
                "lapsed, are on the list."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.format = QComboBox(self)
        self.format.setObjectName("mailing_format")
        self.format.addItem(self.tr("CSV, for a mail tool"), "csv")
        self.format.addItem(self.tr("vCard, for an address book"), "vcard")
        form.addRow(self.tr("&Format:"), self.format)
        self.language = QLineEdit(self)
        self.language.setObjectName("mailing_language")
        self.language.setPlaceholderText(self.tr("everyone; or a language code such as ja"))
        self.language.setToolTip(self.language.placeholderText())  # whole when elided
        form.addRow(self.tr("Who &speaks:"), self.language)
        self.inactive = QCheckBox(self.tr("Include volunteers no longer &active"), self)
        self.inactive.setObjectName("mailing_inactive")
        form.addRow(self.inactive)
        layout.addLayout(form)
        self.preview = QLabel(self)
        self.preview.setObjectName("mailing_preview")
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Export…"))
        self.buttons.accepted.connect(self._on_export_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self.count)
        self.language.editingFinished.connect(self.count)
        self.inactive.toggled.connect(self.count)
        self.resize(480, 260)
        self.count()

    def _read(self) -> MailingList:
        from sistercommittee.services import mailing

        fmt = mailing.parse_format(self.format.currentData())
        zone = self.ctx.org.time_zone if self.ctx.org else None
        db, language, inactive = self.ctx.db, self.language.text(), self.inactive.isChecked()
        return mailing.mailing_list(
            db,
            fmt,
            today=formatting.today(zone),
            language=language,
            include_inactive=inactive,
        )

    def count(self) -> None:
        self.buttons.setEnabled(False)
        self.ctx.read(self, self._read).on_success(self._show_count).run()

    def _show_count(self, result: MailingList) -> None:
        self.result_list = result
        self.preview.setText(shown(result.summary()))
        self.buttons.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            bool(result.recipients)
        )

    def _on_export_clicked(self) -> None:
        result = self.result_list
        if result is None:
            return
        vcard = result.format.value == "vcard"
        choose_save_name(
            self,
            self.tr("Save the Mailing List"),
            Path.home() / (self.tr("Mailing list") + (".vcf" if vcard else ".csv")),
            self.tr("vCard files (*.vcf)") if vcard else self.tr("CSV files (*.csv)"),
            lambda path: self.write_to(path, result),
        )

    def write_to(self, path: Path, result: MailingList) -> None:
        def job() -> Path:
            from sistercommittee.documents.files import write_bytes
            from sistercommittee.services.mailing import render

            return write_bytes(path, render(result))

        def done(saved: Path) -> None:
            self.exported.emit(
                self.tr("Saved {path}: {summary}").format(
                    path=saved, summary=shown(result.summary())
                )
            )
            self.accept()

        self.ctx.read(self, job).on_success(done).run()
