"""A list's columns shown or hidden as a person does it: a right-click on the table's header or
View > Columns from the keyboard, an entry picked with the arrow keys, the column gone at once,
and still gone in the next window on the same settings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu


def _open_popup(qtbot: Any) -> QMenu:
    found: list[QMenu] = []

    def has_popup() -> bool:
        popup = QApplication.activePopupWidget()
        found[:] = [popup] if isinstance(popup, QMenu) and popup.isVisible() else []
        return bool(found)

    qtbot.waitUntil(has_popup)
    return found[0]


def _volunteers(window: Any, db: Any, wait_idle: Any) -> Any:
    """The volunteers page with a row (an empty list shows a sentence instead of the table)."""
    from sistercommittee.services.volunteers import add_volunteer

    add_volunteer(db, {"given_name": "Ana", "family_name": "Lopez", "phone": "+13125550100"})
    page = window.show_page("volunteers")
    wait_idle()
    page.refresh()
    wait_idle()
    assert page.table.isVisible()
    return page


def _titles(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def _right_click_header(qtbot: Any, window: Any, page: Any, logical: int) -> QMenu:
    """A right-click of the mouse on the header of column ``logical``, through the window (as
    the platform delivers it: the press makes the context menu event)."""
    header = page.table.horizontalHeader()
    spot = QPoint(
        header.sectionViewportPosition(logical) + header.sectionSize(logical) // 2,
        header.height() // 2,
    )
    QTest.mouseClick(
        window.windowHandle(),
        Qt.MouseButton.RightButton,
        Qt.KeyboardModifier.NoModifier,
        header.viewport().mapTo(window, spot),
    )
    return _open_popup(qtbot)


def _choose(qtbot: Any, menu: QMenu, title: str) -> None:
    """Down to the entry ``title`` with the arrow key (a menu opened from the keyboard starts on
    its first entry, one opened by the mouse on none), then Return."""
    for _ in range(len(menu.actions())):
        if menu.activeAction() is not None and menu.activeAction().text() == title:
            break
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert menu.activeAction().text() == title
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not menu.isVisible())


def test_a_column_hidden_from_the_headers_menu_stays_hidden_in_the_next_window(
    qtbot, ctx, db, window, wait_idle
):
    from sistercommittee.ui.main_window import MainWindow

    page = _volunteers(window, db, wait_idle)
    header = page.table.horizontalHeader()
    email = next(n for n, c in enumerate(page.model.columns) if c.key == "email")
    assert not header.isSectionHidden(email)

    menu = _right_click_header(qtbot, window, page, email)
    titles = _titles(menu)
    assert titles[:3] == ["Name", "Family name", "Email"] and titles[-1] == "Reset Columns"
    shown = {a.text(): a.isChecked() for a in menu.actions() if a.isCheckable()}
    assert shown["Email"] and not shown["Family name"]  # hidden until asked for
    _choose(qtbot, menu, "Email")
    assert header.isSectionHidden(email)
    assert email not in page.header_horizontal_order()  # nor printed

    again = MainWindow(ctx)  # without the first window saving its state
    qtbot.addWidget(again)
    other = again.page("volunteers").table.horizontalHeader()
    assert other.isSectionHidden(email)

    menu = _right_click_header(qtbot, window, page, 0)
    _choose(qtbot, menu, "Email")
    assert not header.isSectionHidden(email)


def test_view_columns_from_the_keyboard_keeps_the_last_column_shown(qtbot, db, window, wait_idle):
    page = _volunteers(window, db, wait_idle)
    header = page.table.horizontalHeader()
    for number in range(1, header.count()):
        page.column_layout.set_shown(number, False)
    assert page.column_layout.shown_count() == 1

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    view = _open_popup(qtbot)
    for _ in range(len(view.actions())):
        if view.activeAction() is window.columns_menu.menuAction():
            break
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.columns_menu)
    columns = window.columns_menu
    name = next(a for a in columns.actions() if a.text() == "Name")
    assert name.isChecked() and not name.isEnabled()  # the one left cannot be hidden
    _choose(qtbot, columns, "Phone")
    assert not header.isSectionHidden(1 + [c.key for c in page.model.columns[1:]].index("phone"))
    assert page.column_layout.shown_count() == 2


def test_reset_columns_brings_back_the_first_layout(qtbot, db, window, wait_idle):
    page = _volunteers(window, db, wait_idle)
    header = page.table.horizontalHeader()
    defaults = [header.isSectionHidden(n) for n in range(header.count())]
    page.column_layout.set_shown(0, False)
    header.moveSection(3, 1)
    menu = _right_click_header(qtbot, window, page, 2)
    _choose(qtbot, menu, "Reset Columns")
    assert [header.isSectionHidden(n) for n in range(header.count())] == defaults
    assert [header.logicalIndex(v) for v in range(header.count())] == list(range(header.count()))
