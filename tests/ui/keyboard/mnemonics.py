"""The Alt+letter keys a window offers, and who owns each."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)


def letter(text: str) -> str | None:
    """The mnemonic of ``text`` ("Sign &In" -> "i"); "&&" is a plain ampersand."""
    position = 0
    while (position := text.find("&", position)) != -1:
        following = text[position + 1 : position + 2]
        if following == "&":
            position += 2
            continue
        return following.casefold() or None
    return None


def owners(window: QWidget) -> dict[str, list[str]]:
    """Letter -> the texts that claim it, among what ``window`` shows now."""
    found: dict[str, list[str]] = defaultdict(list)

    def claim(text: str) -> None:
        key = letter(text)
        if key:
            found[key].append(text)

    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            claim(widget.text())
        elif isinstance(widget, QToolButton) and widget.defaultAction() is not None:
            continue  # tool bar buttons show the action's text without a mnemonic
        elif isinstance(widget, QAbstractButton):
            claim(widget.text())
        elif isinstance(widget, QGroupBox):
            claim(widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                claim(widget.tabText(index))
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            claim(action.text())
    return dict(found)


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {key: texts for key, texts in owners(window).items() if len(texts) > 1}


def clashes_in_every_tab(window: QWidget) -> dict[str, list[str]]:
    """Clashes with each tab of each visible tab widget shown in turn."""
    found = dict(clashes(window))
    for tabs in window.findChildren(QTabWidget):
        if tabs.window() is not window or not tabs.isVisibleTo(window):
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            for key, texts in clashes(window).items():
                found.setdefault(key, texts)
        tabs.setCurrentIndex(current)
    return found
