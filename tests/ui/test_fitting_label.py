"""The status bar's counts in a window too narrow for them: as much as fits, then "…", and the
whole line in the tooltip; the whole line again once the window is wide enough."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QWidget

from sistercommittee.ui.widgets.fitting_label import FittingLabel

LINE = "15 partnerships · 151 volunteers · 501 events · 17 exchanges"


def test_a_line_too_long_ends_in_an_ellipsis_and_the_tooltip_has_it_whole(qtbot: Any) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QHBoxLayout(holder)
    label = FittingLabel(holder)
    layout.addWidget(label)
    label.set_whole_text(LINE)
    holder.resize(160, 40)
    holder.show()
    qtbot.waitExposed(holder)
    qtbot.waitUntil(lambda: label.text().endswith("…"), timeout=5_000)
    assert LINE.startswith(label.text()[:-1])
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    assert label.toolTip() == LINE and label.whole_text() == LINE
    holder.resize(label.sizeHint().width() + 40, 40)
    qtbot.waitUntil(lambda: label.text() == LINE, timeout=5_000)
