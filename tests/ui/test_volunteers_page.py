"""The volunteers page driven through its real widgets: add, validation beside the field, edit,
filters, bulk deactivate, delete, and undo/redo of each."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from sistercommittee.services import volunteers as svc
from sistercommittee.ui.dialogs.record_dialog import RecordDialog
from tests.ui.conftest import open_dialog


@pytest.fixture
def page(window: Any, wait_idle: Any) -> Any:
    page = window.show_page("volunteers")
    wait_idle()
    return page


def _add(db: Any, given: str, family: str = "", **values: Any) -> str:
    return svc.add_volunteer(db, {"given_name": given, "family_name": family, **values}).id


def _names(page: Any) -> list[str]:
    return [page.model.row_at(row).name for row in range(page.model.rowCount())]


def _select(page: Any, *names: str) -> None:
    from PySide6.QtCore import QItemSelectionModel

    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in range(page.model.rowCount()):
        if page.model.row_at(row).name in names:
            selection.select(
                page.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def test_add_a_volunteer_through_the_dialog_and_undo_redo(qtbot, window, page, db, wait_idle):
    dialog = open_dialog(qtbot, window.new_action.trigger, RecordDialog)
    form = dialog.form
    form.editor("given_name").line.insert("美咲")  # QTest types ASCII only
    form.editor("family_name").line.insert("田中")
    qtbot.keyClicks(form.editor("email").line, "misaki@example.org")
    form.editor("languages").set_value([("ja", "native"), ("en", "fluent")])
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_idle()
    assert _names(page) == ["田中美咲"]  # family name first, no space, in CJK
    assert page.selected_ids() == [page.model.id_at(0)]
    detail = svc.get_volunteer(db, page.model.id_at(0))
    assert [s.language for s in detail.languages] == ["en", "ja"]

    window.undo_action.trigger()
    wait_idle()
    assert _names(page) == []
    window.redo_action.trigger()
    wait_idle()
    assert _names(page) == ["田中美咲"]


def test_validation_messages_appear_beside_their_fields_and_keep_the_input(
    qtbot, window, page, db, wait_idle
):
    dialog = open_dialog(qtbot, page.new_record, RecordDialog)
    form = dialog.form
    qtbot.keyClicks(form.editor("email").line, "not-an-email")
    qtbot.keyClicks(form.editor("phone").line, "12")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(form.error_text("email")))
    assert dialog.isVisible()
    assert form.error_text("given_name") == "Given name is required."
    assert "not an email address" in form.error_text("email")
    assert "not a phone number" in form.error_text("phone")
    assert form.editor("email").value() == "not-an-email"  # what the user typed stays
    assert form.focusWidget() is form.editor("given_name").line  # the first wrong field
    # Typing in a field clears its message; fixing everything saves.
    qtbot.keyClicks(form.editor("given_name").line, "Ana")
    assert form.error_text("given_name") == ""
    form.editor("email").set_value("ana@example.org")
    form.editor("phone").set_value("")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_idle()
    assert _names(page) == ["Ana"]


def test_edit_then_undo_restores_previous_values(qtbot, window, page, db, wait_idle):
    volunteer_id = _add(db, "Olga", "Petrova", email="olga@example.org", skills="cooking")
    page.refresh()
    wait_idle()
    _select(page, "Olga Petrova")
    assert window.edit_action.isEnabled()
    dialog = open_dialog(qtbot, window.edit_action.trigger, RecordDialog)
    form = dialog.form
    assert form.editor("email").value() == "olga@example.org"
    form.editor("family_name").set_value("Петрова")
    form.editor("skills").set_value("cooking, translation")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_idle()
    assert _names(page) == ["Olga Петрова"]
    assert svc.get_volunteer(db, volunteer_id).skills == ("cooking", "translation")
    window.undo_action.trigger()
    wait_idle()
    assert svc.get_volunteer(db, volunteer_id).family_name == "Petrova"
    assert svc.get_volunteer(db, volunteer_id).skills == ("cooking",)
    assert _names(page) == ["Olga Petrova"]


def test_filters_run_in_sql(qtbot, page, db, wait_idle):
    _add(db, "Ana", "Lopez", languages="es:native", roles="board", skills="cooking")
    _add(db, "Ben", "Okafor", languages="en:native", skills="driving")
    inactive = _add(db, "Chloé", "Martin", languages="fr:native")
    svc.set_active(db, [inactive], False)
    page.refresh()
    wait_idle()
    assert _names(page) == ["Ana Lopez", "Ben Okafor", "Chloé Martin"]

    qtbot.keyClicks(page.search, "chloe")  # accents do not matter
    wait_idle()
    qtbot.waitUntil(lambda: _names(page) == ["Chloé Martin"])
    page.clear_filters()
    wait_idle()
    page.status_filter.setCurrentIndex(page.status_filter.findData(True))
    wait_idle()
    assert _names(page) == ["Ana Lopez", "Ben Okafor"]
    page.role_filter.setCurrentIndex(page.role_filter.findData("board"))
    wait_idle()
    assert _names(page) == ["Ana Lopez"]
    page.clear_filters()
    wait_idle()
    page.language_filter.setCurrentIndex(page.language_filter.findData("en"))
    wait_idle()
    assert _names(page) == ["Ben Okafor"]
    page.clear_filters()
    qtbot.keyClicks(page.skill_filter, "Driving")
    qtbot.waitUntil(lambda: _names(page) == ["Ben Okafor"])
    assert "1 volunteer" in page.count_label.text()


def test_sorting_by_a_column_header_reloads_in_that_order(qtbot, page, db, wait_idle):
    _add(db, "Ana", "Zapata", email="z@example.org")
    _add(db, "Zoe", "Adams", email="a@example.org")
    page.refresh()
    wait_idle()
    assert _names(page) == ["Ana Zapata", "Zoe Adams"]
    email_column = [c.key for c in page.model.columns].index("email")
    page.table.sortByColumn(email_column, Qt.SortOrder.AscendingOrder)
    wait_idle()
    assert _names(page) == ["Zoe Adams", "Ana Zapata"]
    page.table.sortByColumn(email_column, Qt.SortOrder.DescendingOrder)
    wait_idle()
    assert _names(page) == ["Ana Zapata", "Zoe Adams"]


def test_bulk_deactivate_and_undo(qtbot, window, page, db, wait_idle):
    ids = [_add(db, name) for name in ("Ana", "Ben", "Cai")]
    page.refresh()
    wait_idle()
    _select(page, "Ana", "Ben")
    assert page.deactivate_button.isEnabled()
    qtbot.mouseClick(page.deactivate_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert [svc.get_volunteer(db, i).active for i in ids] == [False, False, True]
    window.undo_action.trigger()
    wait_idle()
    assert [svc.get_volunteer(db, i).active for i in ids] == [True, True, True]


def test_delete_and_undo(qtbot, window, page, db, wait_idle, monkeypatch):
    _add(db, "Ana")
    _add(db, "Ben")
    page.refresh()
    wait_idle()
    _select(page, "Ana", "Ben")
    monkeypatch.setattr(page, "confirm", lambda question, detail: True)
    window.delete_action.trigger()
    wait_idle()
    assert _names(page) == []
    assert window.undo_action.toolTip() == "Undo Delete 2 volunteers"
    window.undo_action.trigger()
    wait_idle()
    assert _names(page) == ["Ana", "Ben"]


def test_column_layout_is_remembered(qtbot, ctx, window, page, wait_idle):
    from sistercommittee.ui.main_window import MainWindow

    header = page.table.horizontalHeader()
    header.resizeSection(0, 333)
    header.moveSection(2, 0)
    window.save_state()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    other = again.page("volunteers")
    assert other.table.horizontalHeader().sectionSize(0) == 333
    assert other.table.horizontalHeader().visualIndex(2) == 0


def test_log_hours_for_the_selected_volunteer_and_undo(qtbot, window, page, db, wait_idle):
    from sistercommittee.services import hours
    from tests.ui.helpers import save, save_expecting_errors

    volunteer_id = _add(db, "Ana", "Lopez")
    page.refresh()
    wait_idle()
    _select(page, "Ana Lopez")
    qtbot.waitUntil(lambda: page.hours.add_button.isEnabled())
    dialog = open_dialog(qtbot, page.hours_button.click, RecordDialog)
    qtbot.waitUntil(lambda: dialog.form.editor("volunteer_id").value() == volunteer_id)
    dialog.form.editor("hours").set_value("2:75")
    assert save_expecting_errors(qtbot, dialog, "hours")
    dialog.form.editor("hours").set_value("1:30")
    qtbot.keyClicks(dialog.form.editor("activity").line, "Translating letters")
    save(qtbot, dialog, wait_idle)
    qtbot.waitUntil(lambda: len(page.hours.model.rows) == 1)
    assert hours.list_hours(db, hours.HoursQuery(volunteer_id=volunteer_id)).items[0].minutes == 90
    qtbot.waitUntil(lambda: "1.5" in _names_hours(page))
    window.undo_action.trigger()
    wait_idle()
    qtbot.waitUntil(lambda: len(page.hours.model.rows) == 0)


def _names_hours(page: Any) -> str:
    return " ".join(
        page.model.data(page.model.index(r, c)) or ""
        for r in range(page.model.rowCount())
        for c in range(page.model.columnCount())
    )


@pytest.fixture
def japanese(translated_app: Any) -> Any:
    """The user's locale is Japanese from the start (as after choosing 日本語 in Preferences)."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("ja_JP"))
    yield
    QLocale.setDefault(before)


def _type(text: str) -> None:
    """Type into the focused widget: ASCII as keys, kana as the key events a Japanese input
    method sends (each with its text), which QTest.keyClicks cannot make."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    focused = QApplication.focusWidget()
    assert focused is not None
    for char in text:
        if char.isascii():
            QTest.keyClicks(focused, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                focused,
                Qt.Key.Key_unknown,
                char,
                Qt.KeyboardModifier.NoModifier,
            )


def test_a_reading_typed_in_the_form_moves_the_name_in_japanese(
    japanese, qtbot, window, page, db, wait_idle
):
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    _add(db, "一郎", "鈴木", name_reading="すずき いちろう")
    _add(db, "花子", "伊藤")
    _add(db, "芽衣", "田中")
    page.refresh()
    wait_idle()
    # Without a reading a kanji name sorts by its characters, after every name read in kana.
    assert _names(page) == ["鈴木一郎", "伊藤花子", "田中芽衣"]
    row = _names(page).index("鈴木一郎")
    tooltip = page.model.data(page.model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert "すずき いちろう" in tooltip

    _select(page, "田中芽衣")
    dialog = open_dialog(qtbot, window.edit_action.trigger, RecordDialog)
    form = dialog.form
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.editor("given_name").line)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # to the family name
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # to the reading
    assert QApplication.focusWidget() is form.editor("name_reading").focus_target()
    _type("たなか めい")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_idle()
    assert _names(page) == ["鈴木一郎", "田中芽衣", "伊藤花子"]  # す, た, then the kanji
    assert svc.get_volunteer(db, page.model.id_at(1)).name_reading == "たなか めい"


def test_a_kanji_name_without_a_reading_is_asked_for_one_and_sorts_after_the_read(
    japanese, qtbot, window, page, db, wait_idle
):
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from sistercommittee.ui.widgets import reading_hint

    _add(db, "一郎", "鈴木", name_reading="すずき いちろう")
    _add(db, "Mei", "Tanaka")
    page.refresh()
    wait_idle()
    dialog = open_dialog(qtbot, window.new_action.trigger, RecordDialog)
    form = dialog.form
    hint = form.findChild(QLabel, "reading_hint")
    assert hint is not None and not hint.isVisible()  # nothing typed yet
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.editor("given_name").line)
    _type("花子")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    _type("伊藤")
    # The name has kanji and no reading: the line under the reading field asks for it.
    assert hint.isVisible()
    assert "reading in kana" in hint.text()
    assert hint.geometry().top() > form.editor("name_reading").geometry().bottom()
    reading = form.editor("name_reading").focus_target()
    assert reading.accessibleDescription() == hint.text()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is reading
    _type("い")
    assert not hint.isVisible()  # a reading is being typed
    QTest.keyClick(reading, Qt.Key.Key_Backspace)
    assert hint.isVisible()  # empty again
    # Saved without one, as the user may: it sorts after every name that has a reading, and
    # its tooltip in the list says so.
    QTest.keyClick(reading, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_idle()
    assert _names(page) == ["Mei Tanaka", "鈴木一郎", "伊藤花子"]
    tooltip = page.model.data(page.model.index(2, 0), Qt.ItemDataRole.ToolTipRole)
    assert "comes after the names that have one" in tooltip
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.ToolTipRole) in (None, "")

    # Editing it: the hint is there from the start, and goes once the reading is typed.
    _select(page, "伊藤花子")
    dialog = open_dialog(qtbot, window.edit_action.trigger, RecordDialog)
    form = dialog.form
    hint = form.findChild(QLabel, "reading_hint")
    assert hint.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.editor("given_name").line)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    _type("いとう はなこ")
    assert not hint.isVisible()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_idle()
    assert _names(page) == ["Mei Tanaka", "伊藤花子", "鈴木一郎"]  # い before す
    # Where names do not sort in Japanese, the form asks nothing.
    assert reading_hint.attach(form, "es_MX") is None
