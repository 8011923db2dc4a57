"""The app's file dialogs, driven by the keyboard: the file's path typed into the name field and
Enter, for saving (a list exported) and for opening (another database when one cannot be used);
Escape chooses nothing."""

from __future__ import annotations

import csv
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from sistercommittee.services import volunteers
from tests.ui.keyboard.typing import (
    activate,
    choose_in_file_dialog,
    file_dialog,
    press,
    press_escape,
)


def test_a_list_exported_to_a_typed_file_name(qtbot, window, db, wait_idle, tmp_path, snap):
    volunteers.add_volunteer(db, {"given_name": "Ada", "family_name": "Okafor"})
    window.show_page("volunteers")
    wait_idle()
    activate(qtbot, window)
    press(
        qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    chooser = file_dialog(qtbot)
    assert chooser.selectedFiles()[0].endswith("Volunteers.xlsx")  # the suggested name
    snap(chooser, "export-file")
    target = tmp_path / "for the newsletter.csv"
    choose_in_file_dialog(qtbot, target)
    wait_idle()
    qtbot.waitUntil(target.exists, timeout=10_000)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert any("Okafor" in cell for row in rows[1:] for cell in row), rows

    # Escape in the file dialog writes nothing.
    activate(qtbot, window)
    press(
        qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    chooser = file_dialog(qtbot)
    activate(qtbot, chooser)
    press_escape(qtbot)
    qtbot.waitUntil(lambda: not shiboken6.isValid(chooser) or not chooser.isVisible())
    wait_idle()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".csv", ".xlsx")) == [
        "for the newsletter.csv"
    ]


@pytest.fixture
def bare(translated_app: Any, settings: Any, shown_errors: Any, qtbot: Any) -> Any:
    """A context and window with no database yet, as the app starts."""
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.main_window import MainWindow

    ctx = AppContext(settings)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    yield ctx, window
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10_000)
    ctx.close()


def test_a_file_that_cannot_be_used_then_another_typed_into_the_file_dialog(
    qtbot, bare, db, db_path, tmp_path
):
    from sistercommittee.ui.startup import start

    db.close()  # the committee's database, to be chosen instead
    ctx, window = bare
    notes = tmp_path / "notes.sqlite"
    notes.write_text("shopping list")
    start(ctx, window, notes)
    boxes: list[QMessageBox] = []

    def problem_shown() -> bool:
        boxes[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "database_problem" and w.isVisible()
        ]
        return bool(boxes)

    # Escape in the file dialog asks again; then the database typed in opens.
    qtbot.waitUntil(problem_shown, timeout=10_000)
    activate(qtbot, boxes[0])
    press(qtbot, Qt.Key.Key_Return)  # Choose Another File…, the default
    chooser = file_dialog(qtbot)
    activate(qtbot, chooser)
    press_escape(qtbot)
    qtbot.waitUntil(problem_shown, timeout=10_000)
    activate(qtbot, boxes[0])
    press(qtbot, Qt.Key.Key_Return)
    choose_in_file_dialog(qtbot, db_path)
    qtbot.waitUntil(lambda: ctx.ready, timeout=10_000)
    assert ctx.db.path == db_path
    assert ctx.org.name == "Springfield Sister Cities"
    assert notes.read_text() == "shopping list"
