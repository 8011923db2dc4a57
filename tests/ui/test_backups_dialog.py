"""File > Backups… driven through the real dialog: a backup made now is listed; restoring it
keeps the current state as a backup first and every view reloads with the restored records."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from sistercommittee.services import volunteers as svc
from sistercommittee.services.backups import list_backups
from sistercommittee.ui.dialogs.backups_dialog import BackupsDialog
from tests.ui.conftest import open_dialog
from tests.ui.keyboard.typing import choose_in_file_dialog, file_dialog


def _names(page: Any) -> list[str]:
    return sorted(page.model.row_at(row).name for row in range(page.model.rowCount()))


def _confirm(qtbot: Any) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "confirm_restore" and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown, timeout=10_000)
    return found[-1]


def _back_up(qtbot: Any, dialog: BackupsDialog, wait_idle: Any, count: int) -> None:
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    wait_idle()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == count, timeout=10_000)


def test_back_up_now_then_restore_reloads_every_view(
    qtbot, window, ctx, db, wait_idle, shown_errors
):
    svc.add_volunteer(db, {"given_name": "Jane", "family_name": "Smith"})
    page = window.show_page("volunteers")
    wait_idle()
    assert _names(page) == ["Jane Smith"]

    dialog = open_dialog(qtbot, window.backups_action.trigger, BackupsDialog)
    wait_idle()
    assert dialog.table.rowCount() == 0
    _back_up(qtbot, dialog, wait_idle, 1)
    assert dialog.table.item(0, 1).text() == "Made by hand"
    assert dialog.table.item(0, 2).text()  # its size
    assert [info.reason for info in list_backups(db.path)] == ["manual"]

    # A record added after the backup is gone once the backup is restored.
    svc.add_volunteer(db, {"given_name": "Akira", "family_name": "Tanaka"})
    window.refresh_action.trigger()
    wait_idle()
    assert _names(page) == ["Akira Tanaka", "Jane Smith"]

    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    box = _confirm(qtbot)
    assert "kept as a backup first" in box.informativeText()
    old = ctx.db
    qtbot.mouseClick(box.defaultButton(), Qt.MouseButton.LeftButton)
    dialog.reject()  # the dialog stays until the database is reopened
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: ctx.db is not old, timeout=10_000)
    wait_idle()

    qtbot.waitUntil(lambda: _names(page) == ["Jane Smith"], timeout=10_000)
    assert "Restored" in dialog.status.text()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    reasons = [info.reason for info in list_backups(ctx.db.path)]
    assert sorted(reasons) == ["before-restore", "manual"]
    qtbot.waitUntil(lambda: window.last_stats.volunteers == 1, timeout=10_000)  # status bar
    assert shown_errors == []
    dialog.reject()
    wait_idle()
    ctx.db.close()


def test_cancelling_the_restore_changes_nothing(qtbot, window, ctx, db, wait_idle):
    dialog = open_dialog(qtbot, window.backups_action.trigger, BackupsDialog)
    wait_idle()
    _back_up(qtbot, dialog, wait_idle, 1)
    svc.add_volunteer(db, {"given_name": "Akira", "family_name": "Tanaka"})
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    box = _confirm(qtbot)
    box.reject()
    wait_idle()
    assert ctx.db is db
    assert [row.name for row in svc.list_volunteers(db).items] == ["Akira Tanaka"]
    dialog.reject()


def test_the_first_start_of_the_day_backs_the_database_up(
    qtbot, translated_app, settings, shown_errors, db, db_path
):
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.main_window import MainWindow
    from sistercommittee.ui.startup import start

    for _start in range(2):  # the second start the same day makes no other backup
        ctx = AppContext(settings)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        start(ctx, window, db_path)
        qtbot.waitUntil(lambda ctx=ctx: ctx.ready, timeout=10_000)
        qtbot.waitUntil(lambda ctx=ctx: ctx.runner.pending == 0, timeout=10_000)
        ctx.close()
        window.close()
    assert [info.reason for info in list_backups(db_path)] == ["daily"]
    assert shown_errors == []


def test_a_file_that_is_no_backup_is_refused_and_nothing_changes(
    qtbot, window, ctx, db, wait_idle, tmp_path, shown_errors
):
    from sistercommittee.errors import DatabaseFileError

    svc.add_volunteer(db, {"given_name": "Jane", "family_name": "Smith"})
    other = tmp_path / "notes.sqlite"
    other.write_text("not a database", encoding="utf-8")
    dialog = open_dialog(qtbot, window.backups_action.trigger, BackupsDialog)
    wait_idle()
    qtbot.mouseClick(dialog.restore_file_button, Qt.MouseButton.LeftButton)
    choose_in_file_dialog(qtbot, other)
    box = _confirm(qtbot)
    assert "notes.sqlite" in box.text()
    qtbot.mouseClick(box.defaultButton(), Qt.MouseButton.LeftButton)
    wait_idle()
    assert [type(error) for error in shown_errors] == [DatabaseFileError]
    assert ctx.db is db
    assert [row.name for row in svc.list_volunteers(db).items] == ["Jane Smith"]
    assert dialog.restore_file_button.isEnabled()
    assert list_backups(db.path) == []  # refused before anything was backed up
    dialog.reject()


def test_back_up_to_a_chosen_folder_and_restore_from_that_file(
    qtbot, window, ctx, db, wait_idle, tmp_path, shown_errors
):
    from sistercommittee.services.backups import check_file

    svc.add_volunteer(db, {"given_name": "Jane", "family_name": "Smith"})
    stick = tmp_path / "USB STICK"
    stick.mkdir()
    dialog = open_dialog(qtbot, window.backups_action.trigger, BackupsDialog)
    wait_idle()
    dialog.backup_to_button.setFocus()
    qtbot.keyClick(dialog.backup_to_button, Qt.Key.Key_Space)
    choose_in_file_dialog(qtbot, stick / "committee copy")  # typed without an extension
    wait_idle()
    copy = stick / "committee copy.sqlite"
    qtbot.waitUntil(copy.exists)
    assert shown_errors == []
    assert "Backed up to" in dialog.status.text() and "USB STICK" in dialog.status.text()
    assert check_file(copy).path == copy
    assert list_backups(db.path) == []  # outside the app's own rotation
    assert ctx.settings.value("backups/last_folder") == str(stick)

    # The next time, the dialog starts in that folder.
    dialog.backup_to_button.setFocus()
    qtbot.keyClick(dialog.backup_to_button, Qt.Key.Key_Space)
    chooser = file_dialog(qtbot)
    assert chooser.directory().absolutePath() == str(stick)
    qtbot.keyClick(chooser, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(chooser) or not chooser.isVisible())
    wait_idle()

    # Records added since then are gone after restoring from that file.
    svc.add_volunteer(db, {"given_name": "Ben", "family_name": "Okafor"})
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.restore_file_button.setFocus()
    qtbot.keyClick(dialog.restore_file_button, Qt.Key.Key_Space)
    choose_in_file_dialog(qtbot, copy)
    box = _confirm(qtbot)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    wait_idle()
    qtbot.waitUntil(lambda: ctx.db is not db, timeout=10_000)
    assert [row.name for row in svc.list_volunteers(ctx.db).items] == ["Jane Smith"]
    dialog.reject()
