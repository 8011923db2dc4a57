"""The Partner Finder page, used from the keyboard: a city's twinnings, a country's cities with
no partner in ours, cities like ours, and starting an exploring partnership from a result."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from sistercommittee.services import partnerships as svc
from tests.ui.keyboard.typing import activate, focused, press, type_into_focused

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def page(qtbot: Any, window: Any, wait_idle: Any) -> Any:
    page = window.show_page("finder")
    wait_idle()
    activate(qtbot, window)
    page.focus_search()
    return page


def _after_button(qtbot: Any, page: Any, key: Qt.Key, wait_idle: Any) -> None:
    """Alt+letter on a button clicks it as a person sees it: pressed, then released a moment
    later (QAbstractButton.animateClick); wait for what the click says on the page."""
    before = page.message.text()
    press(qtbot, key, ALT)
    qtbot.waitUntil(
        lambda: page.message.text() not in (before, "Searching…") and page.ctx.runner.pending == 0,
        timeout=10_000,
    )
    wait_idle()


def _top(page: Any) -> list[str]:
    tree = page.results
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def _children(item: Any) -> list[str]:
    return [item.child(i).text(0) for i in range(item.childCount())]


def test_who_a_city_is_twinned_with_then_explore(qtbot, window, page, db, wait_idle):
    assert "CC0" in page.source_label.text() and "2016-09-10" in page.source_label.text()
    assert focused() is page.city_edit
    type_into_focused(qtbot, "Fort Lauderdale")
    press(qtbot, Qt.Key.Key_Return)
    wait_idle()
    assert _top(page) == ["Fort Lauderdale (FL, United States)"]
    assert "Mataró (Spain)" in _children(page.results.topLevelItem(0))
    # Tab to the results, down to Mataró, then Alt+X
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.search_button
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.results
    for _ in range(20):
        if page.results.currentItem().text(0) == "Mataró (Spain)":
            break
        press(qtbot, Qt.Key.Key_Down)
    assert page.results.currentItem().text(0) == "Mataró (Spain)"
    assert page.explore_button.isEnabled()
    _after_button(qtbot, page, Qt.Key.Key_X, wait_idle)
    assert "Added Mataró (Spain)" in page.message.text()
    rows = svc.list_partnerships(db).items
    assert [(r.city_name, r.country, r.status) for r in rows] == [("Mataró", "ES", "exploring")]
    # a second time, the service's sentence shows on the page; nothing is added
    _after_button(qtbot, page, Qt.Key.Key_X, wait_idle)
    assert "already a partnership with Mataró" in page.message.text()
    assert len(svc.list_partnerships(db).items) == 1


def test_a_place_of_unknown_country_cannot_be_explored(qtbot, page, wait_idle):
    type_into_focused(qtbot, "Springfield")
    press(qtbot, Qt.Key.Key_Return)
    wait_idle()
    assert _top(page) and all("country unknown" in text for text in _top(page))
    assert not page.explore_button.isEnabled()


def test_country_without_partner_in_ours(qtbot, page, wait_idle):
    press(qtbot, Qt.Key.Key_L, ALT)  # &Look for
    assert focused() is page.mode
    press(qtbot, Qt.Key.Key_Down)  # the second question
    assert page.inputs.currentIndex() == 1
    press(qtbot, Qt.Key.Key_O, ALT)  # C&ountry
    assert focused() is page.country_edit
    type_into_focused(qtbot, "Japa")
    press(qtbot, Qt.Key.Key_Return)
    wait_idle()
    assert "Did you mean Japan?" in page.message.text()
    type_into_focused(qtbot, "n")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.min_population
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_into_focused(qtbot, "500000")
    _after_button(qtbot, page, Qt.Key.Key_S, wait_idle)
    top = _top(page)
    assert top and all(text.endswith("(Japan)") for text in top)
    for i in range(page.results.topLevelItemCount()):
        item = page.results.topLevelItem(i)
        assert int(item.text(1).replace(",", "")) >= 500_000
        assert not any("United States" in child for child in _children(item))
        assert "none in United States" in item.text(3)


def test_cities_like_ours(qtbot, page, wait_idle):
    press(qtbot, Qt.Key.Key_L, ALT)
    press(qtbot, Qt.Key.Key_End)
    assert page.inputs.currentIndex() == 2
    press(qtbot, Qt.Key.Key_W, ALT)  # &Where
    assert focused() is page.scope
    press(qtbot, Qt.Key.Key_End)  # in our country
    _after_button(qtbot, page, Qt.Key.Key_S, wait_idle)
    top = _top(page)
    assert top and all("United States" in text for text in top)
    assert "ours" in page.results.topLevelItem(0).text(3)
    assert page.results.topLevelItem(0).childCount() > 0
