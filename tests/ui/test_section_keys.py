"""Every section of the main window is reached from the keyboard: Ctrl+1 … Ctrl+9 and Ctrl+0
for the first ten, Ctrl+Page Down / Ctrl+Page Up through all twelve, and the View menu's
Alt+letters; the keys are shown in the menu and the sidebar's tooltips, and none of them is
another action's key or one of Qt's standard keys."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from tests.ui.keyboard.mnemonics import letter
from tests.ui.keyboard.typing import activate, focused

CTRL = Qt.KeyboardModifier.ControlModifier
KEYS = ["dashboard", "partnerships", "volunteers", "events", "exchanges", "documents", "sync", "agenda", "calendar", "members", "stories", "finder"]


def _press(qtbot: Any, wait_idle: Any, key: Qt.Key, modifier: Any = CTRL) -> str:
    """``key`` pressed where the keyboard focus is; the section then on screen."""
    QTest.keyClick(focused(), key, modifier)
    wait_idle()
    QApplication.processEvents()
    return str(focused().window().current_page().key)


def test_the_sections_are_the_twelve_in_sidebar_order(window: Any) -> None:
    assert [section.key for section in window.sections] == KEYS


def test_ctrl_and_a_number_opens_each_of_the_first_ten(
    qtbot: Any, window: Any, wait_idle: Any
) -> None:
    activate(qtbot, window)
    digits = [Qt.Key(Qt.Key.Key_0 + n % 10) for n in range(1, 11)]  # 1 … 9, then 0
    # Backwards too, so that each key is seen to move from another section.
    for key, expected in [*zip(digits, KEYS, strict=False), *reversed(list(zip(digits, KEYS, strict=False)))]:
        assert _press(qtbot, wait_idle, key) == expected
        assert window.sidebar.currentRow() == KEYS.index(expected)
        assert window.stack.currentWidget() is window.current_page()


def test_ctrl_page_down_and_up_go_round_all_twelve(
    qtbot: Any, window: Any, wait_idle: Any
) -> None:
    activate(qtbot, window)
    assert _press(qtbot, wait_idle, Qt.Key.Key_1) == "dashboard"
    seen = [_press(qtbot, wait_idle, Qt.Key.Key_PageDown) for _ in KEYS]
    assert seen == [*KEYS[1:], "dashboard"]  # the last one goes round to the first
    seen = [_press(qtbot, wait_idle, Qt.Key.Key_PageUp) for _ in KEYS]
    assert seen == ["finder", "stories", "members", "calendar", "agenda", "sync", "documents",
                    "exchanges", "events", "volunteers", "partnerships", "dashboard"]
    # From a number to the two without one.
    assert _press(qtbot, wait_idle, Qt.Key.Key_0) == "members"
    assert _press(qtbot, wait_idle, Qt.Key.Key_PageDown) == "stories"
    assert _press(qtbot, wait_idle, Qt.Key.Key_PageDown) == "finder"


def test_the_view_menu_lists_every_section_with_its_letter_and_key(
    qtbot: Any, window: Any, wait_idle: Any
) -> None:
    activate(qtbot, window)
    for row, key in enumerate(KEYS):
        QTest.keyClick(focused(), Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
        menu = QApplication.activePopupWidget()
        entries = [action for action in menu.actions() if not action.isSeparator()]
        if row == 0:  # the menu as a person reads it
            shown = [(a.text(), a.shortcut().toString()) for a in entries]
            assert shown == [
                ("&Dashboard", "Ctrl+1"), ("&Partnerships", "Ctrl+2"), ("&Volunteers", "Ctrl+3"),
                ("&Events", "Ctrl+4"), ("E&xchanges", "Ctrl+5"), ("D&ocuments", "Ctrl+6"),
                ("&Sync", "Ctrl+7"), ("&Agenda", "Ctrl+8"), ("&Calendar", "Ctrl+9"),
                ("&Members", "Ctrl+0"), ("S&tories", ""), ("Partner &Finder", ""),
                ("&Next Section", "Ctrl+PgDown"), ("Previo&us Section", "Ctrl+PgUp"),
                ("Co&lumns", ""),
                ("&Refresh", QKeySequence(QKeySequence.StandardKey.Refresh).toString()),
            ]
            letters = [letter(action.text()) for action in entries]
            assert len(set(letters)) == len(letters), letters
        mnemonic = letter(entries[row].text())
        assert mnemonic is not None
        QTest.keyClick(menu, Qt.Key(ord(mnemonic.upper())))
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
        activate(qtbot, window)  # the menu gives the window back its keyboard
        wait_idle()
        assert window.current_page().key == key


def test_the_sidebar_tooltips_name_each_key(window: Any) -> None:
    tips = [window.sidebar.item(row).toolTip() for row in range(window.sidebar.count())]
    assert tips[0] == "Dashboard (Ctrl+1)"
    assert tips[9] == "Members (Ctrl+0)"
    assert tips[10:] == ["Stories", "Partner Finder"]  # the View menu and Ctrl+Page Down


def test_no_key_is_taken_twice_nor_a_standard_one(window: Any) -> None:
    taken: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for keys in action.shortcuts():
            taken.setdefault(keys.toString(), []).append(action.objectName() or action.text())
    for shortcut in window.findChildren(QShortcut):
        taken.setdefault(shortcut.key().toString(), []).append("a page's own key")
    twice = {keys: owners for keys, owners in taken.items() if len(owners) > 1}
    assert twice == {}
    standard = {
        keys.toString()
        for name in QKeySequence.StandardKey
        if name is not QKeySequence.StandardKey.UnknownKey
        for keys in QKeySequence.keyBindings(name)
    }
    ours = [
        *(a.shortcut().toString() for a in window.section_actions if not a.shortcut().isEmpty()),
        window.section_keys.next_action.shortcut().toString(),
        window.section_keys.previous_action.shortcut().toString(),
    ]
    assert len(ours) == 12
    assert not standard & set(ours)
