"""A search that hides the selected record leaves nothing selected: the detail pane stops
showing it and the page's own buttons are disabled, like the toolbar's, on every list page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from sistercommittee.services import events, exchanges, partnerships, volunteers


def _partnership(db: Any, name: str) -> None:
    partnerships.add_partnership(db, {"city_name": name, "country": "JP"})


def _volunteer(db: Any, name: str) -> None:
    volunteers.add_volunteer(db, {"given_name": name, "family_name": "Tanaka"})


def _event(db: Any, name: str) -> None:
    starts = datetime(2026, 6, 1, 18, 0, tzinfo=ZoneInfo("America/Chicago"))
    events.add_event(db, {"title": name, "starts_at": starts})


def _exchange(db: Any, name: str) -> None:
    found = partnerships.list_partnerships(db, partnerships.PartnershipQuery()).items
    partner = (
        found[0].id
        if found
        else partnerships.add_partnership(db, {"city_name": "Poltava", "country": "UA"}).id
    )
    exchanges.add_exchange(
        db,
        {
            "title": name,
            "partnership_id": partner,
            "starts_on": date(2026, 7, 1),
            "ends_on": date(2026, 7, 9),
            "direction": "inbound",
            "program": "youth",
        },
    )


PAGES: dict[str, tuple[Callable[[Any, str], None], str, list[str]]] = {
    # page key: (add a record named so, the detail label's attribute, the page's own buttons)
    "partnerships": (_partnership, "overview_label", ["edit", "change_status", "delete"]),
    "volunteers": (_volunteer, "detail_label", ["edit", "deactivate", "delete", "log_hours"]),
    "events": (_event, "overview_label", ["edit", "delete"]),
    "exchanges": (_exchange, "overview_label", ["edit", "delete"]),
}


def _buttons(page: Any, names: list[str]) -> dict[str, bool]:
    found = {b.objectName(): b.isEnabled() for b in page.findChildren(QPushButton)}
    return {name: found[name] for name in names if name in found}


@pytest.mark.parametrize("key", list(PAGES))
def test_a_search_that_hides_the_selected_record_clears_the_detail_and_buttons(
    qtbot: Any, window: Any, db: Any, wait_idle: Any, key: str
) -> None:
    add, label_name, button_names = PAGES[key]
    add(db, "Alderbrook")
    add(db, "Zephyrhill")
    page = window.show_page(key)
    wait_idle()
    label: QLabel = getattr(page, label_name)

    # Select a row from the keyboard: into the table, End (the last row), Home (the first).
    page.table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(page.table, Qt.Key.Key_End)
    qtbot.keyClick(page.table, Qt.Key.Key_Home)
    wait_idle()
    assert len(page.selected_ids()) == 1
    selected = page.model.id_at(0)
    shown = page.model.data(page.model.index(0, 0))
    qtbot.waitUntil(lambda: "Alderbrook" in label.text() or "Zephyrhill" in label.text())
    first = "Alderbrook" if "Alderbrook" in label.text() else "Zephyrhill"
    other = "Zephyrhill" if first == "Alderbrook" else "Alderbrook"
    assert window.edit_action.isEnabled()
    assert all(_buttons(page, button_names).values()), _buttons(page, button_names)

    # Ctrl+F and type a search that only the other record matches.
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search
    qtbot.keyClicks(page.search, other[:5])
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    wait_idle()
    assert page.model.rowCount() == 1 and page.model.id_at(0) != selected, shown

    assert page.selected_ids() == []
    assert first not in label.text()
    assert not window.edit_action.isEnabled()
    assert not window.delete_action.isEnabled()
    assert not any(_buttons(page, [n for n in button_names if n != "log_hours"]).values())

    # A search that still shows the record keeps it selected.
    qtbot.keyClick(page.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.search, Qt.Key.Key_Backspace)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    wait_idle()
    assert page.model.rowCount() == 2
