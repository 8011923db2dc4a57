"""The defects a volunteer met by typing, each typed again here: a date field that swallowed the
next fields, a date typed over that kept its month, 31/31/2026 read as 12/31/2026, a start time
saved on the wrong day, Alt+C typing a "c", changes dropped on Close or Escape, a sign-in that
forgot what was typed."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from sistercommittee.services import events, hours, partnerships, volunteers
from sistercommittee.ui.dialogs.record_dialog import RecordDialog
from tests.ui.conftest import open_dialog
from tests.ui.keyboard.typing import (
    alt,
    answer,
    focused,
    focused_name,
    press,
    press_enter,
    press_escape,
    question,
    save_with_enter,
    select_all_and_type,
    tab,
    type_into_focused,
)


def us(day: date) -> str:
    return f"{day.month}/{day.day}/{day.year}"


def new_on(qtbot: Any, window: Any, section: str, wait_idle: Any) -> Any:
    window.show_page(section)
    wait_idle()
    return open_dialog(
        qtbot, lambda: press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier), RecordDialog
    )


def test_an_empty_date_takes_what_is_typed_and_tab_moves_on(qtbot, window, db, wait_idle, snap):
    dialog = new_on(qtbot, window, "partnerships", wait_idle)
    assert focused_name(dialog) == "city_name"
    type_into_focused(qtbot, "Takayama")
    while focused_name(dialog) != "signed_on":
        tab(qtbot)
    signed = dialog.form.editor("signed_on")
    assert signed.line.text() == "" and signed.line.placeholderText()  # a hint, not text
    type_into_focused(qtbot, "1996-10-08")
    tab(qtbot)
    assert focused_name(dialog) == "focus_areas"  # Tab left the date
    assert signed.line.text() == "10/8/1996"
    while focused_name(dialog) != "committee":
        tab(qtbot)
    type_into_focused(qtbot, "Takayama City Hall")
    assert signed.line.text() == "10/8/1996"
    # the country, typed last, from the keyboard too
    while focused_name(dialog) != "country":
        tab(qtbot)
    type_into_focused(qtbot, "Japan")
    snap(dialog, "partnership")
    save_with_enter(qtbot, dialog, wait_idle)
    found = partnerships.get_partnership(db, dialog.changes.id)
    assert (found.city_name, found.country, found.signed_on) == (
        "Takayama",
        "JP",
        date(1996, 10, 8),
    )
    assert found.committee == "Takayama City Hall"


@pytest.fixture
def volunteer(db: Any) -> str:
    return volunteers.add_volunteer(db, {"given_name": "Ada", "family_name": "Lovelace"}).id


def test_a_date_typed_over_is_the_date_typed(qtbot, window, db, volunteer, wait_idle, snap):
    window.show_page("volunteers")
    wait_idle()
    page = window.current_page()
    page.table.selectRow(0)
    dialog = open_dialog(
        qtbot,
        lambda: qtbot.keyClick(page.table, "u", Qt.KeyboardModifier.AltModifier),
        RecordDialog,
    )
    form = dialog.form
    while focused_name(dialog) != "activity":
        tab(qtbot)
    type_into_focused(qtbot, "Translating letters")
    tab(qtbot)
    assert focused_name(dialog) == "worked_on"
    today = form.editor("worked_on").value()
    assert isinstance(today, date)
    earlier = today - timedelta(days=3)
    type_into_focused(qtbot, "31/31/2026")
    tab(qtbot)
    assert "no month 31" in form.error_text("worked_on")  # never silently 12/31/2026
    snap(dialog, "hours-error")
    assert focused_name(dialog) == "hours"  # and Tab still moved on
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    type_into_focused(qtbot, us(earlier))  # Shift+Tab selected it all: typing replaces
    tab(qtbot)
    assert form.error_text("worked_on") == ""
    assert form.editor("worked_on").value() == earlier
    type_into_focused(qtbot, "2:30")
    snap(dialog, "hours")
    press_enter(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible() or bool(form.banner.text()), timeout=10_000)
    assert {name: form.error_text(name) for name in form.editors if form.error_text(name)} == {}
    wait_idle()
    row = hours.get_hours(db, dialog.changes.id)
    assert (row.volunteer_id, row.worked_on, row.minutes) == (volunteer, earlier, 150)
    assert row.activity == "Translating letters"


def test_a_typed_start_time_is_saved_as_typed_in_the_events_zone(
    qtbot, window, db, wait_idle, snap
):
    dialog = new_on(qtbot, window, "events", wait_idle)
    type_into_focused(qtbot, "Winter concert")
    while focused_name(dialog) != "time_zone":
        tab(qtbot)
    select_all_and_type(qtbot, "America/Chicago")
    tab(qtbot)
    assert focused_name(dialog) == "starts_at"
    type_into_focused(qtbot, "12/20/2026 6:00 PM")
    tab(qtbot)
    assert dialog.form.editor("ends_at").value() == datetime(2026, 12, 20, 20, 0)  # moved along
    snap(dialog, "event")
    press_enter(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    wait_idle()
    detail = events.get_event(db, dialog.changes.id)
    assert detail.time_zone == "America/Chicago"
    assert detail.starts_at == datetime(2026, 12, 21, 0, 0, tzinfo=UTC)  # 18:00 in Chicago
    assert detail.local_starts_at.replace(tzinfo=None) == datetime(2026, 12, 20, 18, 0)


def test_the_calendar_reaches_1996_from_the_keyboard(qtbot, window, wait_idle, snap):
    dialog = new_on(qtbot, window, "partnerships", wait_idle)
    while focused_name(dialog) != "signed_on":
        tab(qtbot)
    signed = dialog.form.editor("signed_on")
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = signed.popup
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup.calendar, "y", Qt.KeyboardModifier.AltModifier)
    assert focused() is popup.year
    select_all_and_type(qtbot, "1996")
    press_enter(qtbot)  # the year is taken; the days take the focus
    assert focused() is popup.calendar.focusWidget() or focused() is popup.calendar
    press(qtbot, Qt.Key.Key_PageUp)  # a month back a press: December to October
    press(qtbot, Qt.Key.Key_PageUp)
    snap(popup, "calendar")
    press_enter(qtbot)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert signed.value().year == 1996 and signed.value().month == 10


def test_alt_letter_without_an_owner_types_nothing(qtbot, window, wait_idle):
    dialog = new_on(qtbot, window, "events", wait_idle)
    type_into_focused(qtbot, "Picnic")
    alt(qtbot, "c")  # no control owns Alt+C in this dialog
    alt(qtbot, "q")
    assert dialog.form.editor("title").value() == "Picnic"


def test_escape_with_typed_text_asks_and_discard_leaves_nothing(qtbot, window, db, wait_idle):
    dialog = new_on(qtbot, window, "events", wait_idle)
    type_into_focused(qtbot, "Lantern walk")
    press_escape(qtbot)
    box = question(qtbot)
    answer(qtbot, box, "escape")  # Cancel: back to the dialog, as typed
    assert dialog.isVisible() and dialog.form.editor("title").value() == "Lantern walk"
    dialog.close()  # the window's close button asks the same
    box = question(qtbot)
    answer(qtbot, box, "d")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_idle()
    assert events.list_events(db, events.EventQuery()).total == 0


def test_escape_then_save_saves(qtbot, window, db, wait_idle):
    dialog = new_on(qtbot, window, "events", wait_idle)
    type_into_focused(qtbot, "Lantern walk")
    press_escape(qtbot)
    answer(qtbot, question(qtbot), "s")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    wait_idle()
    assert [e.title for e in events.list_events(db, events.EventQuery()).items] == ["Lantern walk"]


def test_a_refused_save_keeps_everything_typed(qtbot, window, db, wait_idle):
    dialog = new_on(qtbot, window, "events", wait_idle)
    type_into_focused(qtbot, "Late night")
    while focused_name(dialog) != "ends_at":
        tab(qtbot)
    type_into_focused(qtbot, "1/1/2000 1:00 AM")  # before the start
    press_enter(qtbot)
    qtbot.waitUntil(lambda: bool(dialog.form.error_text("ends_at")), timeout=10_000)
    assert dialog.isVisible()
    assert dialog.form.editor("title").value() == "Late night"
    assert dialog.form.editor("ends_at").line.text() == "1/1/2000 1:00 AM"


def test_tab_visits_every_field_in_order_then_save_and_cancel(qtbot, window, db, wait_idle):
    """The partner cities arrive from a worker after the dialog shows: their boxes once stayed
    hidden, and Tab circled the fields without ever reaching Save."""
    from PySide6.QtWidgets import QApplication

    partnerships.add_partnership(db, {"city_name": "Takayama", "country": "JP"})
    dialog = new_on(qtbot, window, "events", wait_idle)
    wait_idle()
    # Every field of the form, in the form's order (the spec declares them), then the buttons.
    expected = [*events.EVENT_FORM.names, "Save", "Cancel", "title"]
    stops = []
    for _ in range(len(expected)):
        widget = QApplication.focusWidget()
        stops.append(focused_name(dialog) or widget.text().replace("&", ""))
        tab(qtbot)
    assert stops == expected
