"""File > Import…: a roster from a CSV or Excel file, in four steps.

Choose what the file holds and the file -> match its columns to fields (pre-filled from their
names) -> see what each row becomes, with its problems by row and column -> import. Reading,
previewing and importing run on workers (10,000 rows take a second or two); the import shows
its progress with a Cancel button and writes nothing unless it finishes. Afterwards the lists
refresh through the app's ``operation_finished`` signal, as after any save.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from sistercommittee.ui import errors
from sistercommittee.ui.shown import shown

if TYPE_CHECKING:
    from sistercommittee.importing import ImportResult, Preview, PreviewRow, Table
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.ops import ServiceOp

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex


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


class _Page(QWizardPage):
    """A page whose Next waits for a worker: ``validatePage`` starts the job and says no; when
    the job is done the page moves the wizard on itself."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.busy = False
        self.ready = False  # the job finished: the next validatePage lets the wizard on
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def isComplete(self) -> bool:
        return not self.busy and super().isComplete()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.completeChanged.emit()

    def validatePage(self) -> bool:
        if self.ready:
            self.ready = False
            return True
        if not self.busy and self.isComplete():  # next() comes here even when Next is off
            self.message.clear()
            self.set_busy(True)
            self.start()
        return False

    def start(self) -> None:
        raise NotImplementedError

    def done_then_next(self) -> None:
        self.set_busy(False)
        self.ready = True
        self.w.next()

    def failed(self, error: BaseException) -> None:
        self.set_busy(False)
        from sistercommittee.errors import SisterCommitteeError

        if isinstance(error, SisterCommitteeError):
            self.message.setText(shown(error.message))
        else:
            errors.show_error(self, error)


class FilePage(_Page):
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


class MappingPage(_Page):
    """One row per column of the file: its name, a value from it, and the field it fills."""

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
                file=table.path.name, how=table.source
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
                combo.addItem(spec.label, spec.name)
                if spec.help:
                    combo.setItemData(combo.count() - 1, spec.help, Qt.ItemDataRole.ToolTipRole)
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
        self.w.preview_page.run_preview(self.mapping(), on_done=self.done_then_next,
                                        on_failure=self.failed)


class PreviewModel(QAbstractTableModel):
    """The preview's rows: number, name, action, problems (10,000 rows stay fast)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[PreviewRow, ...] = ()

    def set_rows(self, rows: tuple[PreviewRow, ...]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Row"), self.tr("Record"), self.tr("Action"), self.tr("Problems"))[
                section
            ]
        return None

    def action_text(self, row: PreviewRow) -> str:
        texts = {
            "add": self.tr("New"),
            "merge": self.tr("Merge"),
            "same": self.tr("Merge (nothing new)"),
            "skip": self.tr("Skip (duplicate)"),
            "bad": self.tr("Problem"),
        }
        return texts[str(row.action)]

    def details(self, row: PreviewRow) -> str:
        if row.problems:
            return "\n".join(
                self.tr("Column “{column}”: {message}").format(
                    column=problem.column, message=shown(problem.message)
                )
                if problem.column
                else shown(problem.message)
                for problem in row.problems
            )
        found = [str(row.duplicate)] if row.duplicate is not None else []
        return "\n".join(shown(text) for text in found + list(row.notes))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return str(row.number)
            if column == 1:
                return row.label
            if column == 2:
                return self.action_text(row)
            text = self.details(row)
            return text.replace("\n", "; ") if role == Qt.ItemDataRole.DisplayRole else text
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 2 and row.problems:
            from PySide6.QtWidgets import QApplication, QStyle

            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PreviewPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(
            self.tr("Nothing is saved yet. Each row of the file, and what the import does with it.")
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.model = PreviewModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("preview")
        self.view.setAccessibleName(self.tr("Rows of the file and what the import does"))
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.details = QLabel(self)
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.merge_radio = QRadioButton(self.tr("&Merge duplicates into the saved records"), self)
        self.merge_radio.setObjectName("merge_duplicates")
        self.skip_duplicates_radio = QRadioButton(self.tr("Lea&ve duplicates out"), self)
        self.skip_duplicates_radio.setObjectName("skip_duplicates")
        self.merge_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.merge_radio)
        group.addButton(self.skip_duplicates_radio)
        self.skip_duplicates_radio.toggled.connect(self._on_duplicates_changed)
        self.skip_bad = QCheckBox(self.tr("&Skip the rows with problems and import the rest"), self)
        self.skip_bad.setObjectName("skip_bad_rows")
        self.skip_bad.toggled.connect(self._on_skip_bad_toggled)
        duplicates = QHBoxLayout()
        duplicates.addWidget(self.merge_radio)
        duplicates.addWidget(self.skip_duplicates_radio)
        duplicates.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addLayout(duplicates)
        layout.addWidget(self.skip_bad)
        layout.addWidget(self.message)
        self._mapping: dict[int, str] = {}
        self.importing: ServiceOp | None = None  # the import under way

    # --- the preview, run from the mapping page and again when the duplicates choice changes

    def run_preview(self, mapping: dict[int, str], *, on_done: Any, on_failure: Any) -> None:
        from sistercommittee.importing import preview

        table = self.w.table
        assert table is not None
        self._mapping = dict(mapping)
        db = self.w.ctx.db
        kind = self.w.kind
        policy = "skip" if self.skip_duplicates_radio.isChecked() else "merge"

        def job() -> Preview:
            return preview(db, kind, table, mapping, duplicates=policy)  # type: ignore[arg-type]

        def shown(result: Preview) -> None:
            self.w.preview = result
            self._show(result)
            on_done()

        self.w.ctx.read(self, job).with_progress(
            self.tr("Checking %n row(s)…", "", len(table)), cancellable=False
        ).on_success(shown).on_failure(on_failure).run()

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The whole text of the row's problems (or duplicate), which the table cuts short."""
        if not current.isValid():
            self.details.clear()
            return
        row = self.model.rows[current.row()]
        details = self.model.details(row)
        self.details.setText(
            self.tr("Row {number}: {details}").format(number=row.number, details=details)
            if details
            else ""
        )

    def _on_duplicates_changed(self) -> None:
        if self.w.preview is None or self.busy:
            return
        self.set_busy(True)
        self.run_preview(
            self._mapping, on_done=lambda: self.set_busy(False), on_failure=self.failed
        )

    def _show(self, result: Preview) -> None:
        from sistercommittee.importing import RowAction

        self.model.set_rows(result.rows)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setStretchLastSection(True)
        counts = [
            (result.count(RowAction.ADD), self.tr("%n new", "", result.count(RowAction.ADD))),
            (
                result.count(RowAction.MERGE) + result.count(RowAction.SAME),
                self.tr(
                    "%n to merge", "", result.count(RowAction.MERGE) + result.count(RowAction.SAME)
                ),
            ),
            (
                result.count(RowAction.SKIP),
                self.tr("%n duplicate(s) left out", "", result.count(RowAction.SKIP)),
            ),
            (len(result.bad_rows), self.tr("%n with problems", "", len(result.bad_rows))),
        ]
        parts = [text for count, text in counts if count]
        text = self.tr("%n row(s): ", "", len(result.rows)) + ", ".join(parts) + "."
        if result.ignored_columns:
            text += " " + self.tr("Not imported: {columns}.").format(
                columns=", ".join(result.ignored_columns)
            )
        if not result.ok:
            text += " " + self.tr(
                "Correct the rows with problems in the file and import it again, or tick "
                "“Skip the rows with problems”."
            )
        self.summary.setText(text)
        self.skip_bad.setEnabled(not result.ok)
        first = next(
            (number for number, row in enumerate(result.rows) if row.problems or row.duplicate),
            None,
        )
        self.details.clear()
        if first is not None:  # the first row to look at, with its whole text below
            self.view.setCurrentIndex(self.model.index(first, 0))
        self.completeChanged.emit()

    def _on_skip_bad_toggled(self, _checked: bool) -> None:
        self.completeChanged.emit()

    def initializePage(self) -> None:
        self.message.clear()
        self.skip_bad.setChecked(False)

    def isComplete(self) -> bool:
        result = self.w.preview
        if result is None or not super().isComplete():
            return False
        if not result.ok and not self.skip_bad.isChecked():
            return False
        return result.writes > 0 or bool(result.rows)

    def start(self) -> None:
        from sistercommittee.importing import apply_import

        result = self.w.preview
        assert result is not None
        db = self.w.ctx.db
        skip_bad = self.skip_bad.isChecked()
        text = self.tr("Importing %n row(s)…", "", len(result.rows))

        def job(progress: Any) -> ImportResult:
            def report(done: int, total: int) -> None:
                progress.update(done, total, text)

            return apply_import(
                db,
                result,
                skip_bad_rows=skip_bad,
                progress=report,
                cancel=lambda: progress.cancelled,
            )

        def imported(outcome: ImportResult) -> None:
            self.importing = None
            self.w.outcome = outcome
            self.done_then_next()

        def failed(error: BaseException) -> None:
            self.importing = None
            self.failed(error)

        self.importing = (
            self.w.ctx.write(self, job, initiator=self.w)
            .with_progress(text)
            .on_success(imported)
            .on_failure(failed)
            .run()
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
            lines.append(
                self.tr("%n record(s) filled in from duplicate rows.", "", outcome.merged)
            )
        if outcome.unchanged:
            lines.append(self.tr("%n duplicate row(s) brought nothing new.", "", outcome.unchanged))
        if outcome.skipped_duplicates:
            lines.append(
                self.tr("%n duplicate row(s) left out.", "", outcome.skipped_duplicates)
            )
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
