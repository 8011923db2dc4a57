"""File > Import…: a roster from a CSV or Excel file, in four steps.

Choose what the file holds and the file -> match its columns to fields (pre-filled from their
names) -> see what each row becomes, with its problems by row and column -> import. Reading,
previewing and importing run on workers (10,000 rows take a second or two); the import shows
its progress with a Cancel button and writes nothing unless it finishes. Afterwards the lists
refresh through the app's ``operation_finished`` signal, as after any save.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from sistercommittee.ui.dialogs.import_page import WorkerPage
from sistercommittee.ui.dialogs.import_preview import PreviewPage
from sistercommittee.ui.shown import shown
from sistercommittee.ui.widgets.form import translate_label

if TYPE_CHECKING:
    from sistercommittee.importing import ImportResult, Preview, Table
    from sistercommittee.ui.context import AppContext


def _kinds() -> list[tuple[str, str]]:
    return [
        ("volunteers", QCoreApplication.translate("ImportWizard", "Volunteers")),
        ("partnerships", QCoreApplication.translate("ImportWizard", "Partnerships")),
        ("events", QCoreApplication.translate("ImportWizard", "Events")),
        ("hours", QCoreApplication.translate("ImportWizard", "Volunteer hours")),
    ]


class ImportWizard(QWizard):
    """The import, step by step; ``outcome`` holds the ImportResult once the import is done."""

    FILE, MAPPING, PREVIEW, SUMMARY = range(4)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, kind: str | None = None
    ) -> None:
        """``kind`` is chosen first ("volunteers": the page the user is on), when it is one."""
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("import_wizard")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Import Records"))
        self.setAccessibleName(self.tr("Import records from a file"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.table: Table | None = None
        self.preview: Preview | None = None
        self.outcome: ImportResult | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.summary_page = SummaryPage(self)
        self.setPage(self.FILE, self.file_page)
        self.setPage(self.MAPPING, self.mapping_page)
        self.setPage(self.PREVIEW, self.preview_page)
        self.setPage(self.SUMMARY, self.summary_page)
        if kind is not None and self.file_page.kind_combo.findData(kind) >= 0:
            self.file_page.kind_combo.setCurrentIndex(self.file_page.kind_combo.findData(kind))
        self.resize(760, 560)

    def reject(self) -> None:
        """Cancel (or Esc) while importing stops the import, which then writes nothing; the
        wizard stays open to say so."""
        if self.preview_page.importing is not None:
            self.preview_page.importing.cancel()
            self.preview_page.message.setText(self.tr("Stopping the import…"))
            return
        super().reject()

    @property
    def kind(self) -> str:
        return str(self.file_page.kind_combo.currentData())


class FilePage(WorkerPage):
    w: ImportWizard

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("What to import"))
        self.setSubTitle(
            self.tr("Choose what the file holds, and the file: a CSV file or an Excel workbook.")
        )
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kind")
        self.kind_combo.setAccessibleName(self.tr("What the file holds"))
        for name, label in _kinds():
            self.kind_combo.addItem(label, name)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("path")
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.setPlaceholderText(self.tr("The CSV or Excel file"))
        self.path_edit.textChanged.connect(self.completeChanged)
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.setObjectName("browse")
        self.browse_button.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        form = QFormLayout()
        kind_label = QLabel(self.tr("The file &holds:"), self)
        kind_label.setBuddy(self.kind_combo)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path_edit)
        form.addRow(kind_label, self.kind_combo)
        form.addRow(file_label, row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip()) and super().isComplete()

    def _on_browse_clicked(self) -> None:
        from sistercommittee.ui.widgets.file_choice import choose_file

        choose_file(
            self,
            self.tr("Choose the File to Import"),
            self.path_edit.text() or Path.home(),
            self.tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"),
            lambda path: self.path_edit.setText(str(path)),
        )

    def start(self) -> None:
        path = Path(self.path_edit.text().strip())

        def job() -> Table:
            from sistercommittee.importing import read_table

            return read_table(path)

        def read(table: Table) -> None:
            self.w.table = table
            self.done_then_next()

        self.w.ctx.read(self, job).with_progress(
            self.tr("Reading {file}…").format(file=path.name), cancellable=False
        ).on_success(read).on_failure(self.failed).run()


class MappingPage(WorkerPage):
    """One row per column of the file: its name, a value from it, and the field it fills."""

    w: ImportWizard

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Each column of the file fills the field chosen beside it. Columns set to "
                "“Not imported” are left out."
            )
        )
        self.grid = QTableWidget(0, 3, self)
        self.grid.setObjectName("mapping")
        self.grid.setAccessibleName(self.tr("Columns of the file and the fields they fill"))
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("Fills the field")]
        )
        self.grid.verticalHeader().hide()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.source = QLabel(self)
        self.source.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.message)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        from sistercommittee.importing import import_fields, suggest_mapping

        table = self.w.table
        assert table is not None
        self.message.clear()
        self.source.setText(
            self.tr("{file}: %n row(s), read as {how}.", "", len(table)).format(
                file=table.path.name, how=shown(table.source)
            )
        )
        fields = import_fields(self.w.kind)
        suggested = suggest_mapping(self.w.kind, table.headers)
        self.grid.setRowCount(len(table.headers))
        self.combos = []
        for index, header in enumerate(table.headers):
            self.grid.setItem(index, 0, QTableWidgetItem(header))
            sample = next((row[index] for row in table.rows if row[index].strip()), "")
            self.grid.setItem(index, 1, QTableWidgetItem(sample))
            combo = QComboBox(self.grid)
            combo.setAccessibleName(self.tr("Field for the column {name}").format(name=header))
            combo.addItem(self.tr("Not imported"), "")
            for spec in fields:
                # The importers' labels and help are English, translated in the "Forms" context
                # as the forms' own are.
                combo.addItem(translate_label(spec.label), spec.name)
                if spec.help:
                    combo.setItemData(
                        combo.count() - 1, translate_label(spec.help), Qt.ItemDataRole.ToolTipRole
                    )
            combo.setCurrentIndex(max(combo.findData(suggested.get(index, "")), 0))
            self.grid.setCellWidget(index, 2, combo)
            self.combos.append(combo)
        self.grid.resizeColumnsToContents()
        self.grid.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def mapping(self) -> dict[int, str]:
        return {
            index: str(combo.currentData())
            for index, combo in enumerate(self.combos)
            if combo.currentData()
        }

    def set_field(self, header: str, field_name: str) -> None:
        """Choose the field of the column named ``header`` ("" for not imported)."""
        assert self.w.table is not None
        combo = self.combos[self.w.table.headers.index(header)]
        combo.setCurrentIndex(combo.findData(field_name))

    def start(self) -> None:
        self.w.preview_page.run_preview(
            self.mapping(), on_done=self.done_then_next, on_failure=self.failed
        )


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Imported"))
        self.text = QLabel(self)
        self.text.setObjectName("result")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:
        outcome = self.w.outcome
        if outcome is None:
            return
        lines = [self.tr("%n record(s) added.", "", outcome.added)]
        if outcome.merged:
            lines.append(self.tr("%n record(s) filled in from duplicate rows.", "", outcome.merged))
        if outcome.unchanged:
            lines.append(self.tr("%n duplicate row(s) brought nothing new.", "", outcome.unchanged))
        if outcome.skipped_duplicates:
            lines.append(self.tr("%n duplicate row(s) left out.", "", outcome.skipped_duplicates))
        if outcome.skipped_bad:
            lines.append(
                self.tr(
                    "%n row(s) not imported because of problems, at row number(s) {rows}.",
                    "",
                    len(outcome.skipped_bad),
                ).format(
                    rows=", ".join(str(number) for number in outcome.skipped_bad[:20])
                    + (
                        self.tr(" and %n more", "", len(outcome.skipped_bad) - 20)
                        if len(outcome.skipped_bad) > 20
                        else ""
                    )
                )
            )
        if outcome.backup is not None:
            lines.append(
                self.tr(
                    "The records as they were before the import are kept as a backup "
                    "(File > Backups…)."
                )
            )
        self.text.setText("\n".join(lines))
