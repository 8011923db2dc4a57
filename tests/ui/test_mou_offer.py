"""Saving a signed MOU of a partnership still exploring asks whether to make it active."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from sistercommittee.services import mous, partnerships


def _answer_with(qtbot, key, seen):
    """Press ``key`` in the question box as soon as it is shown (it runs its own event loop)."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            QTest.keyClick(box, key)
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)


def _open(qtbot, ctx, wait_idle, mou_id):
    from sistercommittee.ui.dialogs.mou_dialog import MouDialog

    dialog = MouDialog(ctx, mou_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    wait_idle()
    return dialog


def _type_place_and_save(qtbot, dialog, text):
    place = dialog.form.editor("signed_place").focus_target()
    place.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is place)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_End)
    QTest.keyClicks(QApplication.focusWidget(), text)
    # (Alt+S is also the Signing date's mnemonic in this dialog: the button is pressed instead.)
    dialog.save_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.save_button)
    QTest.keyClick(dialog.save_button, Qt.Key.Key_Space)


def test_yes_makes_the_partnership_active_from_the_signing_day(qtbot, ctx, db, wait_idle):
    takayama = partnerships.add_partnership(
        db, {"city_name": "Takayama", "country": "JP", "status": "exploring"}
    ).id
    mou = mous.add_mou(db, {"partnership_id": takayama, "signed_on": "1996-10-08"}).id
    dialog = _open(qtbot, ctx, wait_idle, mou)
    seen: list[str] = []
    _answer_with(qtbot, Qt.Key.Key_Return, seen)
    _type_place_and_save(qtbot, dialog, "Takayama City Hall")
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    wait_idle()
    assert seen == [
        "The MOU with Takayama is signed, but the partnership is still exploring. "
        "Make it active from 1996-10-08?"
    ]
    detail = partnerships.get_partnership(db, takayama)
    assert detail.status.value == "active"
    assert detail.signed_on == date(1996, 10, 8)
    assert mous.get_mou(db, mou).signed_place == "Takayama City Hall"
    # Undo takes the status back, and leaves the MOU as saved.
    ctx.undo_stack.undo()
    wait_idle()
    assert partnerships.get_partnership(db, takayama).status.value == "exploring"


def test_not_now_leaves_it_exploring(qtbot, ctx, db, wait_idle):
    takayama = partnerships.add_partnership(
        db, {"city_name": "Takayama", "country": "JP", "status": "exploring"}
    ).id
    mou = mous.add_mou(db, {"partnership_id": takayama, "signed_on": "1996-10-08"}).id
    dialog = _open(qtbot, ctx, wait_idle, mou)
    seen: list[str] = []
    _answer_with(qtbot, Qt.Key.Key_Escape, seen)
    _type_place_and_save(qtbot, dialog, "Gifu")
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    wait_idle()
    assert partnerships.get_partnership(db, takayama).status.value == "exploring"
