"""The agenda page, the dashboard's first panel, the calendar, the Health tab, the mailing list
and the tray notification, driven from the keyboard as a person would."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sistercommittee.services import events, hours, hours_approval, partnerships, volunteers
from tests.ui.conftest import open_dialog
from tests.ui.helpers import select
from tests.ui.keyboard.typing import (
    activate,
    alt,
    choose_in_file_dialog,
    focused,
    press,
    press_enter,
    tab,
    type_into_focused,
)

ZONE = ZoneInfo("America/Chicago")


def _today() -> date:
    return datetime.now(ZONE).date()


def _renewal_saved_to(qtbot: Any, wait_idle: Any, target: Path, status: Any) -> None:
    """Type ``target`` into the file dialog a renewal button opened: Takayama's renewal
    certificate is written there, and ``status`` says so."""
    from tests.documents.conftest import pdf_text

    choose_in_file_dialog(qtbot, target)
    wait_idle()
    qtbot.waitUntil(target.exists)
    text = pdf_text(target.read_bytes(), target.parent)
    assert "CERTIFICATE OF RENEWAL" in text and "Takayama" in text
    assert status.text() == f"Saved the renewal certificate to {target}."


def _pending(db: Any, given: str = "Aiko", hours_text: str = "2.5") -> str:
    volunteer = volunteers.add_volunteer(db, {"given_name": given, "family_name": "Sato"}).id
    return hours.log_hours(
        db,
        {"volunteer_id": volunteer, "worked_on": _today().isoformat(), "hours": hours_text,
         "activity": "Translated the newsletter", "self_logged": "yes"},
    ).id


@pytest.fixture(autouse=True)
def _report_sent(db: Any) -> None:
    """Last year's report went to HQ: the agenda holds only what each test adds."""
    from datetime import UTC

    from sistercommittee.domain import ReportSent

    with db.write() as session:
        session.add(
            ReportSent(year=_today().year - 1, kind="annual_report", file_name="report.pdf",
                       sent_at=datetime.now(UTC))
        )


def _show(qtbot: Any, window: Any, wait_idle: Any, number: int) -> Any:
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
    wait_idle()
    return window.current_page()


def _down_to_hours(qtbot: Any, page: Any) -> None:
    """Down the list, as a person does, to the hours waiting for approval."""
    page.tree.setFocus()
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(20):
        if any(item.kind.value == "hours" for item in page.selected_items()):
            return
        press(qtbot, Qt.Key.Key_Down)
    raise AssertionError("no hours item in the agenda")


def _rows(page: Any) -> list[str]:
    tree = page.tree
    found = []
    for index in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(index)
        found.append(group.text(0))
        found.extend("  " + group.child(n).text(1) for n in range(group.childCount()))
    return found


def test_approving_hours_from_the_agenda(qtbot, window, db, wait_idle):
    entry = _pending(db)
    page = _show(qtbot, window, wait_idle, 8)
    assert page.key == "agenda"
    assert "  Approve 2.5 hours logged by Aiko Sato" in _rows(page)

    _down_to_hours(qtbot, page)
    assert [item.record_id for item in page.selected_items()] == [entry]
    assert page.approve_button.isEnabled() and not page.renewal_button.isEnabled()

    from sistercommittee.ui.dialogs.review_dialog import ReviewDialog

    dialog = open_dialog(qtbot, lambda: alt(qtbot, "a"), ReviewDialog)
    assert focused() is dialog.reviewer
    press_enter(qtbot)  # no name yet
    wait_idle()
    qtbot.waitUntil(dialog.problem.isVisible)
    assert "coordinator's name" in dialog.problem.text()
    type_into_focused(qtbot, "Linda Park")
    tab(qtbot)
    type_into_focused(qtbot, "Checked with the chair")
    press_enter(qtbot)
    wait_idle()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_idle()

    assert hours.get_hours(db, entry).status.value == "approved"
    (review,) = hours_approval.hours_reviews(db, entry)
    assert (review.reviewer, review.note) == ("Linda Park", "Checked with the chair")
    assert page.status.text() == "Hours approved (1): they count from now on."
    assert not any("Approve" in row for row in _rows(page))
    assert window.ctx.settings.value("agenda/reviewer") == "Linda Park"


def test_declining_needs_a_reason(qtbot, window, db, wait_idle):
    entry = _pending(db, "Ben", "1")
    page = _show(qtbot, window, wait_idle, 8)
    _down_to_hours(qtbot, page)
    from sistercommittee.ui.dialogs.review_dialog import ReviewDialog

    dialog = open_dialog(qtbot, lambda: alt(qtbot, "l"), ReviewDialog)
    type_into_focused(qtbot, "Linda Park")
    press_enter(qtbot)
    wait_idle()
    qtbot.waitUntil(dialog.problem.isVisible)
    assert "why" in dialog.problem.text()
    tab(qtbot)
    type_into_focused(qtbot, "Logged twice")
    press_enter(qtbot)
    wait_idle()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert hours.get_hours(db, entry).status.value == "declined"


def test_the_dashboard_opens_on_the_agenda(qtbot, window, db, wait_idle):
    _pending(db)
    page = _show(qtbot, window, wait_idle, 1)
    assert page.key == "dashboard"
    qtbot.keyClick(window, Qt.Key.Key_F5)  # the hours were logged on another laptop
    wait_idle()
    qtbot.waitUntil(lambda: "Approve 2.5 hours" in page.agenda_text())
    assert "Agenda: 0 overdue, 0 today, 1 in the next 14 days" in page.agenda_text()
    page.agenda_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    wait_idle()
    assert window.current_page().key == "agenda"


def test_mailing_list_from_the_agenda(qtbot, window, db, wait_idle, tmp_path):
    volunteers.add_volunteer(
        db, {"given_name": "Ana", "email": "ana@example.org", "contact_consent": "yes",
             "consent_date": _today().isoformat()},
    )
    volunteers.add_volunteer(db, {"given_name": "Cleo", "email": "cleo@example.org"})
    page = _show(qtbot, window, wait_idle, 8)
    from sistercommittee.ui.dialogs.mailing_dialog import MailingDialog

    page.tree.setFocus()
    dialog = open_dialog(qtbot, lambda: alt(qtbot, "m"), MailingDialog)
    wait_idle()
    qtbot.waitUntil(lambda: "on the list" in dialog.preview.text())
    assert dialog.preview.text() == (
        "1 volunteer on the list; 1 left out: 1 did not agree to be contacted."
    )
    alt(qtbot, "e")
    target = tmp_path / "list.csv"
    choose_in_file_dialog(qtbot, target)
    wait_idle()
    qtbot.waitUntil(lambda: target.exists())
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert [row[0] for row in rows] == ["Email Address", "ana@example.org"]
    assert page.status.text().startswith("Saved ")


def test_calendar_month_and_week_with_both_cities_times(qtbot, window, db, wait_idle):
    takayama = partnerships.add_partnership(
        db, {"city_name": "Takayama", "country": "JP", "status": "active",
             "signed_on": "2001-03-10"},
    ).id
    day = _today() + timedelta(days=3)
    events.add_event(
        db, {"title": "Video call with Takayama", "starts_at": f"{day.isoformat()} 19:00",
             "ends_at": f"{day.isoformat()} 20:00", "partnerships": takayama},
    )
    page = _show(qtbot, window, wait_idle, 9)
    assert page.key == "calendar"
    cells = [
        (row, column)
        for row in range(page.grid.rowCount())
        for column in range(page.grid.columnCount())
        if page.events_at(row, column)
    ]
    if not cells:  # three days ahead is next month: Page Down shows it
        page.grid.setFocus()
        press(qtbot, Qt.Key.Key_PageDown)
        wait_idle()
        cells = [
            (row, column)
            for row in range(page.grid.rowCount())
            for column in range(page.grid.columnCount())
            if page.events_at(row, column)
        ]
    (cell,) = cells
    item = page.grid.item(*cell)
    assert "Video call with Takayama" in item.text()
    tip = item.toolTip()
    assert "Springfield:" in tip and "Takayama:" in tip
    assert "(CST)" in tip or "(CDT)" in tip
    assert "(JST)" in tip

    page.grid.setFocus()
    alt(qtbot, "t")  # Today (a button's mnemonic clicks it a moment later)
    qtbot.waitUntil(lambda: page.anchor == _today())
    alt(qtbot, "w")  # Week
    qtbot.waitUntil(lambda: page.mode == "week")
    wait_idle()
    if day not in page.days_shown():
        page.grid.setFocus()
        press(qtbot, Qt.Key.Key_PageDown)
        wait_idle()
    found = [
        page.grid.item(row, column)
        for row in range(24)
        for column in range(7)
        if page.events_at(row, column)
    ]
    assert len(found) == 1 and found[0].row() == 19
    assert "(JST)" in found[0].toolTip()

    page.grid.setCurrentItem(found[0])
    page.grid.setFocus()
    press_enter(qtbot)
    wait_idle()
    assert window.current_page().key == "events"


def test_the_health_tab_shows_flags_and_offers_the_renewal(
    qtbot, window, db, wait_idle, shown_errors, tmp_path
):
    signed = _today().replace(year=_today().year - 25) + timedelta(days=40)
    partnerships.add_partnership(
        db, {"city_name": "Takayama", "country": "JP", "status": "active",
             "signed_on": signed.isoformat(), "focus_areas": "education_youth"},
    )
    page = _show(qtbot, window, wait_idle, 2)
    select(page, lambda row: row.city_name == "Takayama")
    qtbot.waitUntil(lambda: page._detail is not None)
    page.table.setFocus()
    alt(qtbot, "l")
    health = page.health
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is health)
    wait_idle()
    assert page.tabs.currentWidget() is health
    qtbot.waitUntil(lambda: health.health is not None or bool(shown_errors))
    assert shown_errors == []
    text = health.label.text()
    assert "No exchange since the signing" in text
    assert "25 years since the signing with Takayama" in text
    assert "pen-pal or video exchange" in text
    assert health.renewal_button.isVisible()

    # The button makes the renewal certificate of the anniversary shown with it.
    alt(qtbot, "c")
    _renewal_saved_to(qtbot, wait_idle, tmp_path / "health renewal.pdf", health.status)


def test_due_today_notification_and_quiet(qtbot, window, db, wait_idle):
    from sistercommittee.services.agenda import agenda

    volunteers.add_volunteer(
        db, {"given_name": "Mei", "contact_consent": "yes",
             "consent_date": (_today() - timedelta(days=730)).isoformat()},
    )  # consent lapses today
    notifier = window.notifier
    seen: list[tuple[str, str]] = []
    notifier.notified.connect(lambda title, text: seen.append((title, text)))
    notifier.notify(agenda(db, 0))
    assert seen == [
        ("Due today in SisterCommittee: 1", "Consent to be contacted lapsed: Mei")
    ]
    notifier.check()  # already told today
    wait_idle()
    assert len(seen) == 1

    from sistercommittee.ui.dialogs.preferences_dialog import PreferencesDialog

    activate(qtbot, window)
    dialog = open_dialog(qtbot, window.preferences_action.trigger, PreferencesDialog)
    alt(qtbot, "q")
    qtbot.waitUntil(dialog.quiet.isChecked)
    alt(qtbot, "s")
    wait_idle()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    notifier.shown_on = None
    notifier.check()
    wait_idle()
    notifier.notify(agenda(db, 0))
    assert len(seen) == 1
    assert QApplication.instance() is not None


def _down_to(qtbot: Any, page: Any, kind: str) -> None:
    page.tree.setFocus()
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(30):
        if any(item.kind.value == kind for item in page.selected_items()):
            return
        press(qtbot, Qt.Key.Key_Down)
    raise AssertionError(f"no {kind} item in the agenda")


def test_enter_on_an_item_opens_its_record(qtbot, window, db, wait_idle):
    day = _today() + timedelta(days=5)
    gala = events.add_event(
        db, {"title": "Winter gala", "starts_at": f"{day.isoformat()} 18:00",
             "ends_at": f"{day.isoformat()} 22:00"},
    ).id
    events.add_shift(db, gala, {"role": "Cashier"})
    page = _show(qtbot, window, wait_idle, 8)
    _down_to(qtbot, page, "shifts")
    press_enter(qtbot)
    wait_idle()
    events_page = window.current_page()
    assert events_page.key == "events"
    qtbot.waitUntil(lambda: events_page.current_id() == gala)


def test_the_renewal_certificate_from_an_anniversary(qtbot, window, db, wait_idle, tmp_path):
    signed = _today().replace(year=_today().year - 10) + timedelta(days=100)
    pid = partnerships.add_partnership(
        db, {"city_name": "Takayama", "country": "JP", "status": "active",
             "signed_on": signed.isoformat()},
    ).id
    page = _show(qtbot, window, wait_idle, 8)
    _down_to(qtbot, page, "anniversary")
    (item,) = page.selected_items()
    assert item.partnership_ids == (pid,) and item.title.startswith("10 years since")
    assert page.renewal_button.isEnabled() and not page.approve_button.isEnabled()
    alt(qtbot, "r")
    _renewal_saved_to(qtbot, wait_idle, tmp_path / "renewal.pdf", page.status)


def test_an_anniversary_opens_on_the_partnerships_health_tab(qtbot, window, db, wait_idle):
    signed = _today().replace(year=_today().year - 5) + timedelta(days=20)
    pid = partnerships.add_partnership(
        db, {"city_name": "Tübingen", "country": "DE", "status": "active",
             "signed_on": signed.isoformat()},
    ).id
    page = _show(qtbot, window, wait_idle, 8)
    _down_to(qtbot, page, "anniversary")
    press_enter(qtbot)
    wait_idle()
    shown = window.current_page()
    assert shown.key == "partnerships"
    qtbot.waitUntil(lambda: shown.current_id() == pid)
    assert shown.tabs.currentWidget() is shown.health
    qtbot.waitUntil(lambda: shown.health.health is not None)
    assert "5 years since the signing with Tübingen" in shown.health.label.text()
