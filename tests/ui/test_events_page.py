"""The events page: add with times on the venue's clock, a validation error beside its field,
edit, filters, shifts and who fills them, hours for the staff, budget, delete, undo."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from sistercommittee.services import events as svc
from sistercommittee.services import hours, volunteers
from sistercommittee.ui.dialogs.record_dialog import RecordDialog
from tests.ui.conftest import open_dialog
from tests.ui.helpers import save, save_expecting_errors, select, select_part


@pytest.fixture
def page(window: Any, wait_idle: Any) -> Any:
    page = window.show_page("events")
    wait_idle()
    return page


def _titles(page: Any) -> list[str]:
    return [page.model.row_at(r).title for r in range(page.model.rowCount())]


def _add(db: Any, title: str, start: datetime, **values: Any) -> str:
    return svc.add_event(db, {"title": title, "starts_at": start, **values}).id


def test_add_event_on_the_venue_clock_with_error_beside_the_field(
    qtbot, window, page, db, wait_idle
):
    dialog = open_dialog(qtbot, window.new_action.trigger, RecordDialog)
    form = dialog.form
    qtbot.keyClicks(form.editor("title").line, "Lantern festival")
    form.editor("time_zone").set_value("Asia/Tokyo")
    form.editor("starts_at").set_value(datetime(2030, 8, 1, 18, 0))
    form.editor("ends_at").set_value(datetime(2030, 8, 1, 17, 0))
    message = save_expecting_errors(qtbot, dialog, "ends_at")
    assert "before" in message
    form.editor("ends_at").set_value(datetime(2030, 8, 1, 21, 0))
    save(qtbot, dialog, wait_idle)
    assert _titles(page) == ["Lantern festival"]
    detail = svc.get_event(db, page.model.id_at(0))
    assert detail.starts_at == datetime(2030, 8, 1, 9, 0, tzinfo=UTC)  # 18:00 in Tokyo
    window.undo_action.trigger()
    wait_idle()
    assert _titles(page) == []


def test_moving_the_start_moves_the_end(qtbot, window, page):
    dialog = open_dialog(qtbot, window.new_action.trigger, RecordDialog)
    form = dialog.form
    start = form.editor("starts_at")
    start.focus_target().setFocus()
    qtbot.keyClick(start.focus_target(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(start.focus_target(), "1/1/2030 10:00 AM")
    qtbot.keyClick(start.focus_target(), Qt.Key.Key_Tab)
    assert form.editor("ends_at").value() == datetime(2030, 1, 1, 12, 0)


def test_edit_filters_and_delete_undo(qtbot, window, page, db, wait_idle, monkeypatch):
    now = datetime.now(UTC)
    past = _add(db, "Old reception", now - timedelta(days=30), kind="reception")
    _add(db, "Future festival", now + timedelta(days=30), kind="festival")
    page.refresh()
    wait_idle()
    assert _titles(page) == ["Future festival", "Old reception"]  # latest first
    page.when_filter.setCurrentIndex(page.when_filter.findData(True))
    wait_idle()
    assert _titles(page) == ["Future festival"]
    page.clear_filters()
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("reception"))
    wait_idle()
    assert _titles(page) == ["Old reception"]
    page.clear_filters()
    page.from_filter.set_value((now + timedelta(days=1)).date())
    page.from_filter.edited.emit()
    qtbot.waitUntil(lambda: _titles(page) == ["Future festival"])
    page.clear_filters()
    wait_idle()

    select(page, lambda r: r.id == past)
    dialog = open_dialog(qtbot, window.edit_action.trigger, RecordDialog)
    dialog.form.editor("attendance").set_value("120")
    save(qtbot, dialog, wait_idle)
    assert svc.get_event(db, past).attendance == 120
    window.undo_action.trigger()
    wait_idle()
    assert svc.get_event(db, past).attendance is None

    select(page, lambda r: r.id == past)
    monkeypatch.setattr(page, "confirm", lambda question, detail: True)
    window.delete_action.trigger()
    wait_idle()
    assert _titles(page) == ["Future festival"]
    window.undo_action.trigger()
    wait_idle()
    assert _titles(page) == ["Future festival", "Old reception"]


def test_staffing_assign_and_log_hours_for_staff(qtbot, window, page, db, wait_idle):
    ana = volunteers.add_volunteer(db, {"given_name": "Ana", "email": "ana@example.org"}).id
    start = datetime.now(UTC) - timedelta(days=2)
    event_id = _add(db, "Bake sale", start, time_zone="America/Chicago")
    page.refresh()
    wait_idle()
    select(page, lambda r: r.id == event_id)
    qtbot.waitUntil(lambda: page._detail is not None)
    page.tabs.setCurrentWidget(page.shifts)
    dialog = open_dialog(qtbot, page.shifts.add_button.click, RecordDialog)
    qtbot.keyClicks(dialog.form.editor("role").line, "Cashier")
    picker = dialog.form.editor("volunteer_id")
    qtbot.keyClicks(picker.line, "Ana")
    qtbot.waitUntil(lambda: picker.value() == ana or "Ana <ana@example.org>" in picker._choices)
    picker.set_value((ana, "Ana <ana@example.org>"))
    save(qtbot, dialog, wait_idle)
    qtbot.waitUntil(lambda: len(page.shifts.model.rows) == 1)
    assert page.shifts.model.rows[0].volunteer_name == "Ana"
    assert page.log_staff_button.isEnabled()
    page.log_staff_button.click()
    wait_idle()
    logged = hours.list_hours(db, hours.HoursQuery(event_id=event_id))
    assert logged.total == 1 and logged.items[0].minutes == 120
    window.undo_action.trigger()
    wait_idle()
    assert hours.list_hours(db, hours.HoursQuery(event_id=event_id)).total == 0

    select_part(page.shifts, lambda s: True)
    page.unassign_button.click()
    wait_idle()
    qtbot.waitUntil(lambda: page.shifts.model.rows[0].volunteer_id is None)
    window.undo_action.trigger()
    wait_idle()
    qtbot.waitUntil(lambda: page.shifts.model.rows[0].volunteer_id == ana)


def test_budget_line(qtbot, window, page, db, wait_idle):
    event_id = _add(db, "Gala", datetime.now(UTC) + timedelta(days=10))
    page.refresh()
    wait_idle()
    select(page, lambda r: r.id == event_id)
    qtbot.waitUntil(lambda: page._detail is not None)
    dialog = open_dialog(qtbot, page.budget.add_button.click, RecordDialog)
    dialog.form.editor("direction").set_value("income")
    dialog.form.editor("planned").set_value("abc")
    assert "amount" in save_expecting_errors(qtbot, dialog, "planned")
    dialog.form.editor("planned").set_value("1,250.50")
    save(qtbot, dialog, wait_idle)
    qtbot.waitUntil(lambda: len(page.budget.model.rows) == 1)
    assert page.budget.model.rows[0].planned_minor == 125050
    assert "$1,250.50" in page.budget_totals.text()
