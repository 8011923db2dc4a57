"""The overview tab of a record's detail pane: one scrolling rich-text label, selectable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget


def overview_tab(parent: QWidget, object_name: str) -> tuple[QWidget, QLabel]:
    """A tab page and the label on it that shows the record's overview as rich text."""
    page = QWidget(parent)
    layout = QVBoxLayout(page)
    scroll = QScrollArea(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    label = QLabel(scroll)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    scroll.setWidget(label)
    layout.addWidget(scroll, 1)
    return page, label
