"""The overview tab of a record's detail pane: one scrolling rich-text label, selectable."""

from __future__ import annotations

import html

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


def overview_line(widget: QWidget, label: str, value: str) -> str:
    """A row of an overview's table: the label (bold), then its value; nothing without a value.

    Qt's rich-text tables keep their columns left to right whatever the text's direction, so
    in a right-to-left window the cells go in the other order, the label at the right where
    reading starts, each cell aligned right."""
    if not value:
        return ""
    name, shown = f"<b>{html.escape(label)}</b>", html.escape(value)
    if widget.isRightToLeft():
        return f"<tr><td align='right'>{shown}</td><td align='right'>&nbsp;&nbsp;{name}</td></tr>"
    return f"<tr><td>{name}&nbsp;&nbsp;</td><td>{shown}</td></tr>"


def overview_table(widget: QWidget, rows: str) -> str:
    """The table of ``overview_line`` rows, at the side where the window's reading starts."""
    align = " align='right'" if widget.isRightToLeft() else ""
    return f"<table{align}>{rows}</table>"
