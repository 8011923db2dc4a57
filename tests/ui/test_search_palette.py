"""Ctrl+K, Search Everything, driven by the keyboard: type, arrows, Enter opens the record on
its page with it selected, even far down a long list."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sistercommittee.services import events, partnerships, volunteers
from sistercommittee.ui.search_palette import SearchPalette
from tests.ui.conftest import open_dialog


@pytest.fixture
def records(db: Any) -> dict[str, str]:
    ids = {
        "takayama": partnerships.add_partnership(
            db, {"city_name": "Takayama", "city_name_local": "高山市", "country": "JP"}
        ).id,
        "lanterns": events.add_event(
            db,
            {
                "title": "Takayama lantern evening",
                "starts_at": datetime(2026, 6, 1, 18, 0, tzinfo=ZoneInfo("America/Chicago")),
            },
        ).id,
    }
    ids["kuroda"] = partnerships.add_contact(
        db, ids["takayama"], {"name": "Hiroshi Kuroda", "email": "kuroda@city.example.jp"}
    ).id
    # More volunteers than the list's first page, the one searched for sorted last.
    for number in range(230):
        volunteers.add_volunteer(db, {"given_name": f"Alex{number:03}", "family_name": "Avery"})
    ids["zoe"] = volunteers.add_volunteer(
        db, {"given_name": "Zoë", "family_name": "Zylberstein", "email": "zoe@example.org"}
    ).id
    return ids


def _palette(qtbot: Any, window: Any) -> SearchPalette:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    palette = open_dialog(
        qtbot,
        lambda: qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier),
        SearchPalette,
    )
    qtbot.waitUntil(lambda: QApplication.focusWidget() is palette.field)
    return palette


def _type(qtbot: Any, palette: SearchPalette, text: str, wait_idle: Any) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.waitUntil(lambda: not palette._timer.isActive(), timeout=5_000)
    wait_idle()


def test_type_arrow_enter_opens_the_record_on_its_page(
    qtbot: Any, window: Any, records: dict[str, str], wait_idle: Any
) -> None:
    palette = _palette(qtbot, window)
    assert "two letters" in palette.status.text()
    _type(qtbot, palette, "takay", wait_idle)
    titles = [hit.title for hit in palette.hits]
    # Names starting with the term first: the city, then the event.
    assert titles[:2] == ["Takayama (高山市)", "Takayama lantern evening"]
    assert palette.status.text() == "2 records found."
    assert palette.list.currentRow() == 0

    qtbot.keyClick(palette.field, Qt.Key.Key_Down)  # the event
    assert palette.list.currentRow() == 1
    qtbot.keyClick(palette.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not palette.isVisible())
    wait_idle()
    page = window.current_page()
    assert page.key == "events"
    assert page.selected_ids() == [records["lanterns"]]
    assert "Takayama lantern evening" in page.overview_label.text()


def test_a_contact_opens_its_partnership_and_a_volunteer_far_down_the_list(
    qtbot: Any, window: Any, records: dict[str, str], wait_idle: Any
) -> None:
    palette = _palette(qtbot, window)
    _type(qtbot, palette, "kuroda", wait_idle)
    assert [hit.title for hit in palette.hits] == ["Hiroshi Kuroda"]
    assert "Partner contact" in palette.list.item(0).text()
    qtbot.keyClick(palette.field, Qt.Key.Key_Enter)
    wait_idle()
    page = window.current_page()
    assert (page.key, page.selected_ids()) == ("partnerships", [records["takayama"]])
    assert page.tabs.currentWidget() is page.contacts  # the contact's tab, open

    palette = _palette(qtbot, window)
    _type(qtbot, palette, "zylber", wait_idle)  # typed without the accent of "Zoë"
    qtbot.keyClick(palette.field, Qt.Key.Key_Return)
    wait_idle()
    page = window.current_page()
    assert (page.key, page.selected_ids()) == ("volunteers", [records["zoe"]])
    qtbot.waitUntil(lambda: "Zylberstein" in page.detail_label.text())
    assert window.edit_action.isEnabled()


def test_more_hits_are_read_past_the_last_and_esc_closes(
    qtbot: Any, window: Any, records: dict[str, str], wait_idle: Any
) -> None:
    palette = _palette(qtbot, window)
    _type(qtbot, palette, "avery", wait_idle)
    assert len(palette.hits) == 20 and palette.total == 230
    assert "20 of 230 records" in palette.status.text()
    for _ in range(19):
        qtbot.keyClick(palette.field, Qt.Key.Key_Down)
    wait_idle()
    qtbot.waitUntil(lambda: len(palette.hits) == 40)
    assert palette.list.currentRow() == 19
    qtbot.keyClick(palette.field, Qt.Key.Key_Down)
    assert palette.hits[palette.list.currentRow()].title == "Alex020 Avery"

    qtbot.keyClick(palette.field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, palette, "qqzzx", wait_idle)
    assert palette.hits == [] and palette.status.text() == "Nothing matches “qqzzx”."
    qtbot.keyClick(palette.field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not palette.isVisible())
    assert window.current_page().key == "dashboard"
