"""The keys that reach every section of the main window, and the View menu that lists them.

Ctrl+1 … Ctrl+9 open the first nine sections and Ctrl+0 the tenth, as browsers and chat apps
number their tabs; Ctrl+Page Down and Ctrl+Page Up go to the next and the previous section,
round the end (how tabs are paged through on every desktop). The View menu lists each section
with its Alt+letter and its key, so the two without a number are one Alt+V and a letter away.
None of these keys is a standard key of Qt on Windows, macOS, GNOME or KDE (Ctrl is Command on
macOS, and Qt's paging there is Control or Option with Page Up/Down, never Command), and a
section's own keys (the calendar's Page Up/Down, a tab bar's Ctrl+Tab) stay the section's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from sistercommittee.ui import icons
from sistercommittee.ui.section_pages import SectionPages

#: The numbered keys, in sidebar order: Ctrl+1 … Ctrl+9, then Ctrl+0.
NUMBERED = 10
NEXT_SECTION = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageDown)
PREVIOUS_SECTION = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageUp)


def section_shortcut(row: int) -> QKeySequence:
    """Ctrl+1 for the first section … Ctrl+9, Ctrl+0 for the tenth; none after that."""
    if row >= NUMBERED:
        return QKeySequence()
    digit = Qt.Key(Qt.Key.Key_0 + (row + 1) % 10)
    return QKeySequence(Qt.Modifier.CTRL | digit)


def shown_key(keys: QKeySequence) -> str:
    """The key as the platform writes it ("Ctrl+4", "⌘4")."""
    return keys.toString(QKeySequence.SequenceFormat.NativeText)


class SectionKeys(QObject):
    """An action for each section (its key, its Alt+letter in the View menu), the next and
    previous section, and the sidebar's tooltips naming each section's key."""

    def __init__(self, window: QMainWindow, pages: SectionPages) -> None:
        super().__init__(window)
        self.pages = pages
        self.section_actions: list[QAction] = []
        for row, section in enumerate(pages.sections):
            action = QAction(icons.icon(section.key), section.label, window)
            action.setObjectName(f"action_show_{section.key}")
            action.setShortcut(section_shortcut(row))
            action.setData(row)
            action.triggered.connect(self._on_section_action)
            window.addAction(action)
            self.section_actions.append(action)
            item = pages.sidebar.item(row)
            keys = action.shortcut()
            item.setToolTip(
                QCoreApplication.translate("MainWindow", "{section} ({key})").format(
                    section=section.title, key=shown_key(keys)
                )
                if not keys.isEmpty()
                else section.title
            )
        self.next_action = QAction(
            QCoreApplication.translate("MainWindow", "&Next Section"), window
        )
        self.next_action.setObjectName("action_next_section")
        self.next_action.setShortcut(NEXT_SECTION)
        self.next_action.triggered.connect(self.show_next)
        self.previous_action = QAction(
            QCoreApplication.translate("MainWindow", "Previo&us Section"), window
        )
        self.previous_action.setObjectName("action_previous_section")
        self.previous_action.setShortcut(PREVIOUS_SECTION)
        self.previous_action.triggered.connect(self.show_previous)
        window.addAction(self.next_action)
        window.addAction(self.previous_action)

    def add_to(self, menu: QMenu) -> None:
        """Every section, then the next and the previous one."""
        for action in self.section_actions:
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.next_action)
        menu.addAction(self.previous_action)

    def _on_section_action(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.pages.show_row(int(action.data()))

    def show_next(self) -> None:
        self._step(1)

    def show_previous(self) -> None:
        self._step(-1)

    def _step(self, by: int) -> None:
        count = len(self.pages.sections)
        row = max(self.pages.sidebar.currentRow(), 0)
        self.pages.show_row((row + by) % count)
