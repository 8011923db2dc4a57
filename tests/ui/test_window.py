"""The window's own parts: Preferences (undoable), printing a filtered list, the crash dialog,
the sections' shortcuts and state."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox

from sistercommittee.services import organizations, volunteers
from tests.ui.conftest import open_dialog


def test_preferences_edit_the_organization_and_undo(qtbot, window, db, wait_idle):
    from sistercommittee.ui.dialogs.preferences_dialog import PreferencesDialog

    dialog = open_dialog(qtbot, window.preferences_action.trigger, PreferencesDialog)
    dialog.form.editor("name").set_value("Springfield–Kyiv Friends")
    dialog.form.editor("currency").set_value("XYZ")
    dialog._on_save_clicked()
    qtbot.waitUntil(lambda: bool(dialog.form.error_text("currency")), timeout=10_000)
    dialog.form.editor("currency").set_value("USD")
    dialog._on_save_clicked()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    wait_idle()
    assert organizations.get_organization(db).name == "Springfield–Kyiv Friends"
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Springfield–Kyiv Friends"))
    window.undo_action.trigger()
    wait_idle()
    assert organizations.get_organization(db).name == "Springfield Sister Cities"


def test_print_takes_the_list_as_filtered(qtbot, window, db, wait_idle, monkeypatch):
    for name in ("Ana", "Ben", "Bea"):
        volunteers.add_volunteer(db, {"given_name": name})
    page = window.show_page("volunteers")
    wait_idle()
    page.search.setText("b")
    page.apply_query()
    wait_idle()
    printed: list[str] = []
    monkeypatch.setattr(
        "sistercommittee.ui.printing.print_html",
        lambda parent, printable, title: printed.append(printable.html) or True,
    )
    window.print_action.trigger()
    wait_idle()
    assert len(printed) == 1
    assert "Ben" in printed[0] and "Bea" in printed[0] and "Ana" not in printed[0]


def test_an_unexpected_error_shows_the_crash_dialog_and_logs(qtbot, window, monkeypatch):
    from sistercommittee.ui import errors

    shown: list[BaseException] = []
    monkeypatch.setattr(errors, "show_crash", lambda parent, error: shown.append(error))
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    errors.install_excepthook()
    try:
        raise RuntimeError("a bug")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert [str(error) for error in shown] == ["a bug"]


def test_storage_errors_say_what_to_do(qtbot, monkeypatch):
    from sistercommittee.errors import StorageError
    from sistercommittee.ui import errors

    seen: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        seen.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    errors.show_error(
        None, StorageError("The disk is full, so nothing was saved. Free some space.")
    )
    assert seen[0].text().startswith("The disk is full")
    assert seen[0].windowTitle() == "The database could not be used"


def test_sections_by_shortcut_and_remembered(qtbot, ctx, window, wait_idle):
    from sistercommittee.ui.main_window import MainWindow

    window.section_actions[3].trigger()  # Ctrl+4
    assert window.current_page().key == "events"
    wait_idle()
    window.save_state()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.current_page().key == "events"


def test_export_the_filtered_list(qtbot, window, db, wait_idle, tmp_path):
    import csv

    for name in ("Ana", "Ben", "Bea"):
        volunteers.add_volunteer(db, {"given_name": name})
    page = window.show_page("volunteers")
    wait_idle()
    page.search.setText("b")
    page.apply_query()
    wait_idle()
    assert window.export_action.isEnabled()
    target = tmp_path / "volunteers.csv"
    page.export_to(target)
    wait_idle()
    with target.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == 3  # header and the two that match
