"""Exchange rates entered from the Documents page's annual report tab, typed like a person:
the rate is kept, a wrong one is refused beside its field, a rate is deleted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sistercommittee.services import rates

ALT = Qt.KeyboardModifier.AltModifier


def _dialog(qtbot: Any) -> Any:
    found: list[Any] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if w.objectName() == "rates_dialog"]
        return bool(found) and found[0].isVisible()

    qtbot.waitUntil(shown)
    return found[0]


def _type(qtbot: Any, dialog: Any, field: str, text: str) -> None:
    editor = dialog.form.editor(field).focus_target()
    editor.setFocus()  # a click into the field
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)


def test_rates_are_entered_and_deleted_in_the_app(
    qtbot: Any, window: Any, db: Any, wait_idle: Any
) -> None:
    page = window.show_page("documents")
    wait_idle()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(page.tabs, Qt.Key.Key_N, ALT)  # A&nnual Report
    qtbot.keyClick(page, Qt.Key.Key_X, ALT)  # E&xchange Rates…
    dialog = _dialog(qtbot)
    wait_idle()
    assert dialog.table.rowCount() == 0

    _type(qtbot, dialog, "year", "2025")
    _type(qtbot, dialog, "currency", "PLN")
    _type(qtbot, dialog, "usd_per_unit", "0.2512")
    _type(qtbot, dialog, "source", "IRS yearly average")
    qtbot.keyClick(dialog.form.editor("source").focus_target(), Qt.Key.Key_Return)  # the default
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert [dialog.table.item(0, c).text() for c in range(4)] == [
        "2025",
        "PLN",
        "0.2512",
        "IRS yearly average",
    ]
    (stored,) = rates.list_rates(db)
    assert (stored.year, stored.currency, str(stored.usd_per_unit)) == (2025, "PLN", "0.2512")

    # Dollars need no rate: said beside the currency, nothing saved.
    _type(qtbot, dialog, "currency", "USD")
    qtbot.keyClick(dialog, Qt.Key.Key_E, ALT)  # &Enter Rate
    qtbot.waitUntil(lambda: dialog.form.error_text("currency") != "")
    assert "US dollars need no rate" in dialog.form.error_text("currency")
    assert len(rates.list_rates(db)) == 1

    cell = dialog.table.visualItemRect(dialog.table.item(0, 1)).center()
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.waitUntil(dialog.delete_button.isEnabled)
    qtbot.keyClick(dialog, Qt.Key.Key_D, ALT)  # &Delete Rate
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0)
    assert rates.list_rates(db) == ()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
