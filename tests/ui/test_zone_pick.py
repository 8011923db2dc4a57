"""The New Partnership dialog's zone follows the city typed, and offers the country's zones where
the city does not tell it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def _type_into(qtbot, form, name, text):
    target = form.editor(name).focus_target()
    target.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target)
    QTest.keyClicks(target, text)
    QTest.keyClick(target, Qt.Key.Key_Tab)  # leaving the field


def _new_partnership(qtbot, ctx):
    from sistercommittee.ui.dialogs.partnership_dialog import new_partnership

    dialog = new_partnership(ctx, None, lambda changes: None)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog, dialog.form


def test_the_city_and_state_give_the_zone(qtbot, ctx, wait_idle):
    _dialog, form = _new_partnership(qtbot, ctx)
    _type_into(qtbot, form, "country", "United States")
    _type_into(qtbot, form, "region", "Massachusetts")
    _type_into(qtbot, form, "city_name", "Springfield")
    assert form.editor("time_zone").value() == "America/New_York"
    assert not form.error_label("time_zone").isVisibleTo(form)


def test_an_unknown_city_offers_the_countrys_zones(qtbot, ctx, wait_idle):
    _dialog, form = _new_partnership(qtbot, ctx)
    _type_into(qtbot, form, "country", "Russia")
    _type_into(qtbot, form, "city_name", "Smallgrad")
    zone = form.editor("time_zone")
    assert zone.value() == ""
    offered = [zone.combo.itemData(i) for i in range(zone.combo.count())]
    assert offered[0] == "Europe/Moscow" and "Asia/Vladivostok" in offered
    assert all(not z.startswith("America/") for z in offered)
    note = form.error_label("time_zone")
    assert note.isVisibleTo(form)
    assert note.text().startswith("Smallgrad is not a city we know in Russia")
    # Picking one of them by typing is kept.
    _type_into(qtbot, form, "time_zone", "Asia/Omsk")
    assert zone.value() == "Asia/Omsk"
