"""A section whose part of the app is not in this build: says so plainly instead of failing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from sistercommittee.ui.context import AppContext
from sistercommittee.ui.pages.base import Page


class PendingPage(Page):
    def __init__(
        self, ctx: AppContext, key: str, title: str, icon_name: str, parent: QWidget | None = None
    ) -> None:
        self.key = key
        self.icon_name = icon_name
        self._title = title
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr("{section} is not part of this version of SisterCommittee yet.").format(
                section=title
            ),
            self,
        )
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setWordWrap(True)
        layout.addWidget(note)

    def title(self) -> str:
        return self._title
