"""The app on a database several times a committee's size: the window opens before the data,
lists come page by page, filters stay quick; and a keyboard-only round trip."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sistercommittee.ui.dialogs.record_dialog import RecordDialog


@pytest.fixture(scope="module")
def big_db_path(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from sistercommittee.sample import generate
    from sistercommittee.storage.database import open_database

    path = tmp_path_factory.mktemp("big") / "big.sqlite"
    db = open_database(path, create=True)
    generate(db, scale=4)
    db.close()
    return path


@pytest.mark.slow
def test_the_app_opens_on_a_big_database_and_pages_through(
    qtbot, translated_app, settings, shown_errors, big_db_path
):
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.main_window import MainWindow
    from sistercommittee.ui.startup import start

    ctx = AppContext(settings)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)  # painted before anything is read
    start(ctx, window, big_db_path)
    qtbot.waitUntil(lambda: ctx.ready, timeout=60_000)
    page = window.show_page("volunteers")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=30_000)
    assert page.model.total == 600
    first = page.model.first_page
    assert page.model.rowCount() == first  # one page, not the whole table
    assert page.model.canFetchMore()
    page.table.scrollToBottom()  # the view asks for the next page
    qtbot.waitUntil(lambda: page.model.rowCount() >= first + page.page_size, timeout=30_000)
    page.search.setText("an")
    page.apply_query()
    # How fast is measured by bench/bench_ui.py; here only that the new rows come.
    qtbot.waitUntil(lambda: not page.model.loading and page.model.total < 600, timeout=30_000)
    assert not shown_errors
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=30_000)
    window.save_state()
    ctx.close()


def test_keyboard_only_add_a_partnership(qtbot, window, db, wait_idle):
    """Ctrl+2 to Partnerships, Ctrl+N, type, Tab along, Enter saves; Ctrl+Z undoes."""
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert page.key == "partnerships"
    wait_idle()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RecordDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
    focus = dialog.focusWidget()
    assert focus is dialog.form.editor("city_name").line  # the first field has the focus
    qtbot.keyClicks(focus, "Tubingen")
    qtbot.keyClick(focus, Qt.Key.Key_Tab)  # local name
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # region
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # country
    country = dialog.focusWidget()
    assert country is dialog.form.editor("country").combo
    qtbot.keyClicks(country, "DE")
    qtbot.keyClick(country, Qt.Key.Key_Return)
    if dialog.isVisible():  # Return in the combo box accepted the completion first
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    wait_idle()
    assert [page.model.row_at(r).city_name for r in range(page.model.rowCount())] == ["Tubingen"]
    # The window's shortcuts answer once it is active again, as a person sees it after the dialog.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle()
    assert page.model.rowCount() == 0
