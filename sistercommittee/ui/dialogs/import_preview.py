"""The import wizard's third step: what each row of the file becomes (added, merged with a
duplicate, left out) with its problems by row and column, then the import itself, on a worker
with its progress and a Cancel that leaves everything as it was."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from sistercommittee.ui.dialogs.import_page import WorkerPage
from sistercommittee.ui.shown import shown

if TYPE_CHECKING:
    from sistercommittee.importing import ImportResult, Preview, PreviewRow
    from sistercommittee.ui.ops import ServiceOp

_Index = QModelIndex | QPersistentModelIndex


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


class PreviewPage(WorkerPage):
    def __init__(self, wizard: QWizard) -> None:
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
