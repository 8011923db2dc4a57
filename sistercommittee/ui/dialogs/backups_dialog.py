"""File > Backups…: the backups of this database (date, reason, size), a backup made now, and a
restore from one of them or from another file.

A restore keeps the records as they are first (as a backup "Before a restore"), replaces them as
a whole or not at all, then reopens the database as at start-up, and every view reloads.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.ui import errors
from sistercommittee.ui.widgets.file_choice import choose_file, choose_save_name
from sistercommittee.ui.widgets.table_rows import select_row

if TYPE_CHECKING:
    from sistercommittee.services.backups import BackupInfo, RestoreResult
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.database_files import Opened

log = logging.getLogger(__name__)


class BackupsDialog(QDialog):
    """Attributes:
    backups: what the list shows, newest first.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.backups: list[BackupInfo] = []
        self.setObjectName("backups_dialog")
        self.setWindowTitle(self.tr("Backups"))
        self.setAccessibleName(self.tr("Backups"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        intro = QLabel(
            self.tr(
                "SisterCommittee backs your records up once a day, and before an import or a "
                "restore. Choose a backup to go back to the records as they were then. Back Up "
                "To… keeps a copy where you choose, such as on a USB stick."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("backups")
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Why"), self.tr("Size")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(self._on_restore_clicked)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backup_button = QPushButton(self.tr("&Back Up Now"), self)
        self.backup_button.setObjectName("back_up_now")
        self.backup_button.clicked.connect(self._on_backup_clicked)
        self.backup_to_button = QPushButton(self.tr("Back Up &To…"), self)
        self.backup_to_button.setObjectName("back_up_to")
        self.backup_to_button.setToolTip(
            self.tr("Save a copy of the records where you choose, such as a USB stick")
        )
        self.backup_to_button.clicked.connect(self._on_backup_to_clicked)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setObjectName("restore")
        self.restore_button.setToolTip(self.tr("Go back to the chosen backup"))
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.restore_file_button = QPushButton(self.tr("Restore From &Another File…"), self)
        self.restore_file_button.setObjectName("restore_file")
        self.restore_file_button.clicked.connect(self._on_restore_file_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.backup_to_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.restore_file_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(620, 420)
        self._busy = False
        self._update_buttons()
        self.reload()

    def reject(self) -> None:
        """Close, Esc or the window's close box wait for a backup or restore under way: the
        dialog is the one that reopens the database after a restore."""
        if self._busy:
            return
        super().reject()

    # --- the list ------------------------------------------------------------------------------

    def reload(self) -> None:
        path = self.ctx.db.path

        def job() -> list[BackupInfo]:
            from sistercommittee.services.backups import list_backups

            return list_backups(path)

        self.ctx.read(self, job).on_success(self._show).run()

    def _show(self, backups: list[BackupInfo]) -> None:
        from sistercommittee.ui.formatting import fmt_datetime

        self.backups = list(backups)
        locale = QLocale()
        self.table.setRowCount(len(backups))
        for row, info in enumerate(backups):
            made = QTableWidgetItem(fmt_datetime(info.made_at))
            made.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.table.setItem(row, 0, made)
            self.table.setItem(row, 1, QTableWidgetItem(self._reason(info)))
            size = QTableWidgetItem(locale.formattedDataSize(info.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 2, size)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        if backups:
            select_row(self.table, 0)
        else:
            self.status.setText(self.tr("There are no backups of these records yet."))
        self._update_buttons()

    def _reason(self, info: BackupInfo) -> str:
        texts = {
            "daily": self.tr("Daily"),
            "manual": self.tr("Made by hand"),
            "before-restore": self.tr("Before a restore"),
            "before-import": self.tr("Before an import"),
        }
        if info.reason.startswith("before-upgrade"):
            return self.tr("Before an update of SisterCommittee")
        return texts.get(info.reason, info.description)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.backup_button.setEnabled(not self._busy)
        self.backup_to_button.setEnabled(not self._busy)
        self.restore_button.setEnabled(not self._busy and self.selected() is not None)
        self.restore_file_button.setEnabled(not self._busy)

    # --- back up now ---------------------------------------------------------------------------

    def _on_backup_clicked(self) -> None:
        db = self.ctx.db

        def job() -> BackupInfo:
            from sistercommittee.services.backups import make_backup

            return make_backup(db, "manual")

        def done(info: BackupInfo) -> None:
            self._set_busy(False)
            self.status.setText(self.tr("Backed up."))
            self.reload()

        self._set_busy(True)
        self.status.setText(self.tr("Backing up…"))
        self.ctx.write(self, job).with_progress(
            self.tr("Backing up…"), cancellable=False
        ).on_success(done).on_failure(self._failed).run()

    def _on_backup_to_clicked(self) -> None:
        """A copy in a file of the user's choosing (a USB stick, a shared folder), outside the
        rotation of the app's own backups; the folder is remembered for next time."""
        from datetime import date

        settings = self.ctx.settings
        folder = Path(str(settings.value("backups/last_folder", "") or Path.home()))
        if not folder.is_dir():
            folder = Path.home()
        suggested = folder / self.tr("SisterCommittee backup {date}.sqlite").format(
            date=date.today().isoformat()
        )

        def chosen(name: Path) -> None:
            destination = name if name.suffix else name.with_suffix(".sqlite")
            settings.setValue("backups/last_folder", str(destination.parent))
            self.back_up_to(destination)

        choose_save_name(
            self,
            self.tr("Back Up To"),
            suggested,
            self.tr("SisterCommittee databases (*.sqlite)"),
            chosen,
        )

    def back_up_to(self, destination: Path) -> None:
        db = self.ctx.db

        def job() -> Path:
            from sistercommittee.services.backups import backup_to_file

            # The file dialog asked before replacing a file of that name.
            return backup_to_file(db, destination, overwrite=True)

        def done(saved: Path) -> None:
            self._set_busy(False)
            self.status.setText(
                self.tr("Backed up to {path}. Restore From Another File… goes back to it.").format(
                    path=saved
                )
            )

        self._set_busy(True)
        self.status.setText(self.tr("Backing up…"))
        self.ctx.write(self, job).with_progress(
            self.tr("Backing up to {file}…").format(file=destination.name), cancellable=False
        ).on_success(done).on_failure(self._failed).run()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.status.clear()
        errors.show_error(self, error)

    # --- restore -------------------------------------------------------------------------------

    def _on_restore_clicked(self) -> None:
        from sistercommittee.ui.formatting import fmt_datetime

        info = self.selected()
        if info is None or self._busy:
            return
        self.confirm_restore(
            info.path,
            self.tr("Go back to the records as they were on {when}?").format(
                when=fmt_datetime(info.made_at)
            ),
        )

    def _on_restore_file_clicked(self) -> None:
        choose_file(
            self,
            self.tr("Choose a Backup to Restore"),
            Path.home(),
            self.tr("SisterCommittee databases (*.sqlite *.db);;All files (*)"),
            lambda path: self.confirm_restore(
                path, self.tr("Replace the records by those in {file}?").format(file=path.name)
            ),
        )

    def confirm_restore(self, source: Path, question: str) -> None:
        """Ask first (a window-modal box), then restore ``source``."""
        box = QMessageBox(self)
        box.setObjectName("confirm_restore")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore a Backup"))
        box.setText(question)
        box.setInformativeText(
            self.tr(
                "Every record is replaced by the backup's. The records as they are now are "
                "kept as a backup first (“Before a restore”), so you can come back to them."
            )
        )
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)

        def answered(_result: int) -> None:
            if box.clickedButton() is restore:
                self.restore(source)

        box.finished.connect(answered)
        box.open()

    def restore(self, source: Path) -> None:
        """Restore ``source`` on the writer thread, then reopen the database there."""
        path = self.ctx.db.path

        def job() -> tuple[RestoreResult, Opened]:
            from sistercommittee.services.backups import restore
            from sistercommittee.ui.database_files import open_existing

            result = restore(source, path)
            return result, open_existing(path)

        self._set_busy(True)
        self.status.setText(self.tr("Restoring…"))
        self.ctx.write(self, job).with_progress(
            self.tr("Restoring {file}…").format(file=source.name), cancellable=False
        ).on_success(self._restored).on_failure(self._failed).run()

    def _restored(self, result: tuple[RestoreResult, Opened]) -> None:
        from sistercommittee.services.changes import Changes, Entity

        _restore, opened = result
        old = self.ctx.db
        if opened.org is None:  # a backup from before the organization was entered
            opened.db.close()
            self._set_busy(False)
            self.status.setText(
                self.tr("The backup has no organization. Open the database again to set it up.")
            )
            return
        # As after opening a database at start-up; then every list reloads, and undoing an
        # edit made before the restore is no longer possible.
        self.ctx.undo_stack.clear()
        self.ctx.set_database(opened.db, opened.org)
        self.ctx.notify(Changes.of(*Entity), initiator=self)
        old.close()
        self._set_busy(False)
        self.status.setText(
            self.tr(
                "Restored. The records as they were before are kept as the backup "
                "“Before a restore”."
            )
        )
        self.reload()
