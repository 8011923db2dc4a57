"""Every Alt+letter in a window has one owner: the main window on each page (menus, page
buttons, detail tabs) and every dialog."""

from __future__ import annotations

from tests.ui.keyboard.mnemonics import clashes_in_every_tab


def test_the_main_window_has_no_clash_on_any_page(qtbot, window, wait_idle):
    found = {}
    for section in window.sections:
        window.show_page(section.key)
        wait_idle()
        for key, texts in clashes_in_every_tab(window).items():
            found[f"{section.key}:{key}"] = texts
    assert found == {}
