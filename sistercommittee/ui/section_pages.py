"""The main window's pages: a sidebar entry and a slot in a stack for each section, the page
itself made the first time it is shown (start-up only builds the page on screen)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStackedWidget, QWidget

from sistercommittee.ui import icons
from sistercommittee.ui.pages.base import Page
from sistercommittee.ui.pages.pending import PendingPage
from sistercommittee.ui.sections import Section, have

if TYPE_CHECKING:
    from sistercommittee.ui.context import AppContext


class SectionPages(QObject):
    """The sidebar and the stack of pages it switches between.

    Signals:
        page_made(Page): a page was built, the first time it is needed.
        page_shown(Page): the sidebar's choice changed to this page, now on screen.
    """

    page_made = Signal(object)
    page_shown = Signal(object)

    def __init__(self, ctx: AppContext, sections: list[Section], parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sections: list[Section] = []
        self._built: list[Page | None] = []
        self.sidebar = QListWidget(parent)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(QCoreApplication.translate("MainWindow", "Sections"))
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setSpacing(2)
        self.sidebar.setUniformItemSizes(True)
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.stack = QStackedWidget(parent)
        for section in sections:
            self._add_section(section)
        # Each section's whole name (with uniform item sizes, Qt's own hint measures the first
        # one only, and a translation's longest name is seldom the first).
        metrics = self.sidebar.fontMetrics()
        longest = max(
            metrics.horizontalAdvance(self.sidebar.item(row).text())
            for row in range(self.sidebar.count())
        )
        width = max(longest + 2 * self.sidebar.iconSize().width() + 24, 150)
        self.sidebar.setFixedWidth(width)
        self.sidebar.currentRowChanged.connect(self._on_section_changed)

    def _add_section(self, section: Section) -> None:
        """A sidebar entry and an empty slot for the page."""
        self.sections.append(section)
        self._built.append(None)
        self.stack.addWidget(QWidget(self.stack))
        item = QListWidgetItem(icons.icon(section.key), section.title)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, section.title)
        item.setSizeHint(QSize(0, 36))
        self.sidebar.addItem(item)

    def _build(self, row: int) -> Page:
        built = self._built[row]
        if built is not None:
            return built
        section = self.sections[row]
        page: Page
        if have(section.service) and have(section.module):
            page_class = getattr(importlib.import_module(section.module), section.class_name)
            page = page_class(self.ctx, self.stack)
        else:
            page = PendingPage(self.ctx, section.key, section.title, section.key, self.stack)
        placeholder = self.stack.widget(row)
        self.stack.insertWidget(row, page)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self._built[row] = page
        self.page_made.emit(page)
        return page

    @property
    def pages(self) -> list[Page]:
        """The pages made so far."""
        return [page for page in self._built if page is not None]

    def row(self, key: str) -> int:
        for row, section in enumerate(self.sections):
            if section.key == key:
                return row
        raise KeyError(key)

    def page(self, key: str) -> Page:
        return self._build(self.row(key))

    def current_page(self) -> Page:
        return self._build(max(self.stack.currentIndex(), 0))

    def show_page(self, key: str) -> Page:
        page = self.page(key)
        self.sidebar.setCurrentRow(self.row(key))
        return page

    def show_row(self, row: int) -> None:
        self.sidebar.setCurrentRow(row)

    def _on_section_changed(self, row: int) -> None:
        if row < 0:
            return
        page = self._build(row)
        self.stack.setCurrentIndex(row)
        page.activate()
        self.page_shown.emit(page)
