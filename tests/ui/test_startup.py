"""Opening the app: an existing database, the welcome on a new file, a file that cannot be used."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox


@pytest.fixture
def bare(translated_app: Any, settings: Any, shown_errors: Any, qtbot: Any) -> Any:
    """A context and window with no database yet, as run_app makes them."""
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.main_window import MainWindow

    ctx = AppContext(settings)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    yield ctx, window
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10_000)
    ctx.close()


def test_an_existing_database_opens_behind_the_painted_window(qtbot, bare, db, db_path):
    from sistercommittee.ui.startup import start

    ctx, window = bare
    assert not ctx.ready
    assert not window.new_action.isEnabled()
    start(ctx, window, db_path)
    qtbot.waitUntil(lambda: ctx.ready, timeout=10_000)
    assert ctx.org.name == "Springfield Sister Cities"
    assert window.windowTitle().startswith("Springfield Sister Cities")
    qtbot.waitUntil(lambda: "volunteers" in window.counts_label.whole_text(), timeout=10_000)


def test_a_new_file_asks_for_the_organization_then_opens(qtbot, bare, tmp_path):
    from sistercommittee.ui.dialogs.welcome_dialog import WelcomeDialog
    from sistercommittee.ui.startup import start

    ctx, window = bare
    path = tmp_path / "new" / "committee.sqlite"
    start(ctx, window, path)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, WelcomeDialog))
    assert dialog.isVisible()
    form = dialog.form
    # Nothing is created for input the service refuses; the messages sit beside the fields.
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(form.error_text("name")), timeout=10_000)
    assert form.error_text("city") == "Home city is required."
    assert not path.exists()
    qtbot.keyClicks(form.editor("name").line, "Kyiv Friends")
    qtbot.keyClicks(form.editor("city").line, "Nashville")
    form.editor("country").combo.setEditText("Germany")
    form.editor("country").edited.emit()  # as when the user picks it
    assert form.editor("country").value() == "DE"
    assert form.editor("time_zone").value() == "Europe/Berlin"
    assert form.editor("currency").value() == "EUR"
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.ready, timeout=10_000)
    assert path.exists()
    assert ctx.org.country == "DE" and ctx.org.currency == "EUR"


def test_a_file_that_is_not_a_database_explains_and_offers_a_way_on(qtbot, bare, tmp_path):
    from sistercommittee.ui.startup import start

    ctx, window = bare
    path = tmp_path / "notes.sqlite"
    path.write_text("shopping list")
    start(ctx, window, path)
    boxes: list[QMessageBox] = []

    def box_shown() -> bool:
        boxes[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "database_problem" and w.isVisible()
        ]
        return bool(boxes)

    qtbot.waitUntil(box_shown, timeout=10_000)
    box = boxes[0]
    assert "not a SisterCommittee database" in box.text()
    assert "Choose another database file" in box.informativeText()
    assert path.read_text() == "shopping list"  # left as it was
    quit_button = next(b for b in box.buttons() if b.text() == "Quit")
    quit_button.click()
    qtbot.waitUntil(lambda: not window.isVisible())
