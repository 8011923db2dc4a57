"""The planner's tabs on the Exchanges page, driven from the keyboard: ticking the checklist,
planning details, accepting homestay suggestions, the emergency sheet and the purge; and the
meeting-times dialog of a partnership."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from sistercommittee.services import events, planner
from sistercommittee.ui.dialogs.meeting_times_dialog import MeetingTimesDialog
from sistercommittee.ui.dialogs.record_dialog import RecordDialog
from tests.services.planner.conftest import Trip, make_trip, tick_background_checks
from tests.ui.conftest import open_dialog
from tests.ui.helpers import select, select_part

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def trip(db: Any) -> Trip:
    return make_trip(db)


@pytest.fixture
def page(window: Any, wait_idle: Any, trip: Trip, qtbot: Any) -> Any:
    page = window.show_page("exchanges")
    wait_idle()
    select(page, lambda r: r.id == trip.exchange_id)
    qtbot.waitUntil(lambda: page._detail is not None)
    wait_idle()
    return page


def _tab(qtbot: Any, window: Any, page: Any, letter: str, widget: Any, wait_idle: Any) -> None:
    window.activateWindow()  # back from a dialog, as the window manager does
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window, letter, ALT)
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is widget)
    wait_idle()


def _key_of(tab: Any, index: int) -> str:
    return tab.tree.topLevelItem(index).data(0, Qt.ItemDataRole.UserRole)


def test_ticking_the_checklist_with_space(qtbot, window, page, db, trip, wait_idle):
    tab = page.checklist_tab
    _tab(qtbot, window, page, "k", tab, wait_idle)
    assert tab.tree.topLevelItemCount() == len(planner.checklist(db, trip.exchange_id).items)
    assert "0 of" in tab.summary.text()
    first = tab.tree.topLevelItem(0)
    QTest.mouseClick(
        tab.tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=tab.tree.visualItemRect(first).center(),
    )
    assert tab.tree.hasFocus()
    QTest.keyClick(tab.tree, Qt.Key.Key_Home)
    QTest.keyClick(tab.tree, Qt.Key.Key_Down)
    key = _key_of(tab, 1)
    assert tab.tree.currentItem() is tab.tree.topLevelItem(1)
    assert tab.why.text().startswith("Deadline: ")
    QTest.keyClick(tab.tree, Qt.Key.Key_Space)
    wait_idle()
    qtbot.waitUntil(lambda: "1 of" in tab.summary.text())
    done = {i.key: i for i in planner.checklist(db, trip.exchange_id).items}
    assert done[key].done_on == date.today()
    # The reload keeps the row chosen; Space again unticks.
    assert _key_of(tab, tab.tree.indexOfTopLevelItem(tab.tree.currentItem())) == key
    QTest.keyClick(tab.tree, Qt.Key.Key_Space)
    wait_idle()
    qtbot.waitUntil(lambda: "0 of" in tab.summary.text())
    assert {i.key: i for i in planner.checklist(db, trip.exchange_id).items}[key].done_on is None


def test_new_item_typed_in_a_dialog(qtbot, window, page, db, trip, wait_idle):
    tab = page.checklist_tab
    _tab(qtbot, window, page, "k", tab, wait_idle)
    dialog = open_dialog(qtbot, lambda: QTest.keyClick(window, "w", ALT), RecordDialog)
    QTest.keyClicks(dialog.form.editor("title").line, "Book the bus to the airport")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    QTest.keyClicks(QApplication.focusWidget(), "2027-05-01")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    wait_idle()
    titles = [tab.tree.topLevelItem(i).text(0) for i in range(tab.tree.topLevelItemCount())]
    assert "Book the bus to the airport" in titles
    window.undo_action.trigger()
    wait_idle()
    titles = [tab.tree.topLevelItem(i).text(0) for i in range(tab.tree.topLevelItemCount())]
    assert "Book the bus to the airport" not in titles


def test_planning_details_then_homestays_accepted(qtbot, window, page, db, trip, wait_idle):
    _tab(qtbot, window, page, "p", page.participants, wait_idle)
    select_part(page.participants, lambda p: p.name == "Aoi Sato")
    dialog = open_dialog(qtbot, lambda: QTest.keyClick(window, "g", ALT), RecordDialog)
    QTest.keyClicks(dialog.form.editor("passport_number").line, "tk 998 8776")
    QTest.keyClicks(dialog.form.editor("allergies").focus_target(), "cats")
    QTest.keyClicks(dialog.form.editor("languages").line, "ja, en")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    wait_idle()
    shown = planner.participant_details(db, trip.people["Aoi Sato"]).values
    assert (shown["passport_number"], shown["allergies"], shown["languages"]) == (
        "TK9988776",
        "cats",
        ["ja", "en"],
    )
    planner.set_host_family_details(db, trip.hosts["Miller"], {"pets": "two cats"})
    tick_background_checks(db, trip)
    page.show_detail(trip.exchange_id)
    wait_idle()
    tab = page.homestays_tab
    _tab(qtbot, window, page, "s", tab, wait_idle)
    plan = planner.homestay_plan(db, trip.exchange_id)
    assert plan.suggestions
    texts = []
    for i in range(tab.tree.topLevelItemCount()):
        section = tab.tree.topLevelItem(i)
        for j in range(section.childCount()):
            row = section.child(j)
            texts.append(row.text(0) + " " + row.text(1))
            texts += [row.child(k).text(0) for k in range(row.childCount())]
    aoi = next(s for s in plan.suggestions if s.guest == "Aoi Sato")
    assert aoi.family != "Miller"  # allergic to the Millers' cats
    assert f"Aoi Sato {aoi.family}" in texts
    assert "No pets, and the guest is allergic to animals." in texts
    QTest.keyClick(window, "l", ALT)  # Accept All
    wait_idle()
    qtbot.waitUntil(lambda: "suggested: 0 " in tab.summary.text())
    assert len(planner.homestay_plan(db, trip.exchange_id).placed) == len(plan.suggestions)


def test_emergency_sheet_saved_through_the_file_dialog(
    qtbot, window, page, db, trip, wait_idle, tmp_path
):
    tab = page.checklist_tab
    _tab(qtbot, window, page, "k", tab, wait_idle)
    dialog = open_dialog(qtbot, lambda: QTest.keyClick(window, "m", ALT), QFileDialog)
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    target = tmp_path / "kyoto-sheet.pdf"
    field = QApplication.focusWidget()
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field, str(target))
    QTest.keyClick(field, Qt.Key.Key_Return)
    wait_idle()
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert target.read_bytes().startswith(b"%PDF")
    assert "emergency sheet saved as kyoto-sheet.pdf" in tab.summary.text()


def test_purge_confirmed_with_enter(qtbot, window, db, wait_idle, monkeypatch):
    from sistercommittee.ui import formatting

    trip = make_trip(db)
    planner.set_participant_details(db, trip.people["Ren Ito"], {"passport_number": "TK1234567"})
    monkeypatch.setattr(formatting, "today", lambda: date(2027, 9, 1))
    page = window.show_page("exchanges")
    wait_idle()
    select(page, lambda r: r.id == trip.exchange_id)
    qtbot.waitUntil(lambda: page._detail is not None)
    tab = page.checklist_tab
    _tab(qtbot, window, page, "k", tab, wait_idle)
    qtbot.waitUntil(lambda: tab.purge_button.isEnabled())
    assert "was due to be purged on" in tab.privacy.text()

    answered: list[str] = []

    def press_enter() -> None:
        """Answer the question once it is on screen, as a person would: Enter."""
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press_enter)
            return
        answered.append(box.text())
        QTest.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    QTest.keyClick(window, "u", ALT)
    wait_idle()
    qtbot.waitUntil(lambda: "was purged on" in tab.privacy.text())
    assert answered == ["Purge the personal data of this exchange's minors?"]
    assert planner.participant_details(db, trip.people["Ren Ito"]).values["passport_number"] is None
    assert not tab.purge_button.isEnabled()


def test_meeting_times_typed_and_the_event_made(qtbot, window, db, wait_idle, trip):
    page = window.show_page("partnerships")
    wait_idle()
    select(page, lambda r: r.id == trip.partnership_id)
    wait_idle()
    dialog = open_dialog(qtbot, lambda: QTest.keyClick(window, "i", ALT), MeetingTimesDialog)
    wait_idle()
    line = dialog.day.line
    QTest.mouseClick(line, Qt.MouseButton.LeftButton)
    QTest.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(line, "2027-03-16")
    QTest.keyClick(line, Qt.Key.Key_Return)
    wait_idle()
    qtbot.waitUntil(lambda: dialog.times is not None and dialog.times.on == date(2027, 3, 16))
    assert dialog.difference.text() == "Kyoto is 14 hours ahead of Springfield."
    assert dialog.slots.count() == 2
    assert dialog.slots.item(0).text().startswith("Both awake: 07:00–08:00 Tue in Springfield")
    QTest.keyClick(dialog, "c", ALT)  # the list of hours in common
    QTest.keyClick(dialog.slots, Qt.Key.Key_Down)
    assert dialog.chosen.text().startswith("17:00–18:00 Tue in Springfield (CDT) = 07:00–08:00")
    # A click on the picture picks a half hour: the band of 18:00 here.
    from sistercommittee.ui.widgets.two_days import HEADER, ROW

    QTest.mouseClick(
        dialog.picture, Qt.MouseButton.LeftButton, pos=QPoint(100, HEADER + 36 * ROW + ROW // 2)
    )
    assert dialog.picture.hasFocus()
    assert dialog.chosen.text().startswith("18:00–19:00 Tue in Springfield")
    QTest.keyClick(dialog.picture, Qt.Key.Key_Up)
    assert dialog.chosen.text().startswith("17:30–18:30 Tue in Springfield")
    QTest.keyClick(dialog, "l", ALT)
    QTest.keyClick(dialog.minutes, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.minutes, "45")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    wait_idle()
    qtbot.waitUntil(lambda: dialog.created is not None)
    event = events.get_event(db, dialog.created)
    assert event.title == "Video call with Kyoto"
    assert event.description == (
        "17:30–18:15 Tue in Springfield (CDT) = 07:30–08:15 Wed in Kyoto (JST)"
    )
    assert event.ends_at - event.starts_at == timedelta(minutes=45)
    window.undo_action.trigger()
    wait_idle()
    with db.read() as session:
        from sistercommittee.domain import Event

        assert session.get(Event, dialog.created).deleted_at is not None


def test_visa_lead_times_changed_and_added_from_the_keyboard(qtbot, window, page, db, wait_idle):
    from sistercommittee.ui.dialogs.planner_dialogs import VisaTimesDialog

    tab = page.checklist_tab
    _tab(qtbot, window, page, "k", tab, wait_idle)
    QTest.keyClick(window, "l", ALT)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, VisaTimesDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    )
    visas = next(w for w in QApplication.topLevelWidgets() if isinstance(w, VisaTimesDialog))
    wait_idle()
    qtbot.waitUntil(lambda: visas.table.topLevelItemCount() > 40)
    visas.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is visas)
    assert visas.table.hasFocus()  # the table takes the focus when the dialog opens
    QTest.keyClicks(visas.table, "Japan")  # the list's own type-ahead
    assert visas.table.currentItem().text(0) == "Japan (JP)"
    dialog = open_dialog(qtbot, lambda: QTest.keyClick(visas, "c", ALT), RecordDialog)
    line = dialog.form.editor("lead_days").line
    QTest.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(line, "50")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    wait_idle()
    assert (planner.lead_time(db, "JP").lead_days, planner.lead_time(db, "JP").source) == (
        50,
        "committee",
    )
    qtbot.waitUntil(lambda: visas.table.currentItem().text(3) == "ours")
    visas.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is visas)
    dialog = open_dialog(qtbot, lambda: QTest.keyClick(visas, "a", ALT), RecordDialog)
    QTest.keyClicks(dialog.form.editor("country").focus_target().lineEdit(), "Bhutan")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # close the completer
    QTest.keyClicks(dialog.form.editor("lead_days").line, "40")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    wait_idle()
    assert planner.lead_time(db, "BT").lead_days == 40
    window.undo_action.trigger()
    wait_idle()
    assert planner.lead_time(db, "BT").source == "general"
    visas.close()
