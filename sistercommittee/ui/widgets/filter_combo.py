"""A list page's filter: a combo box of "All …" and one entry per value."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from sistercommittee.ui.shown import shown


class FilterCombo(QComboBox):
    """A filter: "All …" or one value."""

    def __init__(
        self,
        all_text: str,
        options: Sequence[tuple[Any, str]],
        accessible_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.addItem(all_text, None)
        for value, text in options:
            self.addItem(text, value)
        self.setAccessibleName(accessible_name)
        self.setToolTip(accessible_name)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def value(self) -> Any:
        return self.currentData()

    def set_options(self, options: Sequence[tuple[Any, str]]) -> None:
        current = self.currentData()
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        for value, text in options:
            self.addItem(shown(text), value)
        index = self.findData(current)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
