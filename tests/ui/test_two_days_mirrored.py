"""The meeting-times day chart mirrors in a right-to-left layout, as Qt's own widgets do: our
city's day on the right with its hours at the right edge, the partner city's on the left; the
bands are painted where the parts say, and the texts are not mirrored."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from sistercommittee.services import partnerships
from sistercommittee.services.meeting_times import meeting_times
from sistercommittee.ui.widgets.two_days import STATE_COLORS, TwoDaysWidget


def _chart(qtbot: Any, times: Any, direction: Qt.LayoutDirection) -> TwoDaysWidget:
    chart = TwoDaysWidget()
    qtbot.addWidget(chart)
    chart.setLayoutDirection(direction)
    chart.set_times(times)
    chart.resize(600, chart.sizeHint().height())
    return chart


def test_the_chart_mirrors_right_to_left(qtbot: Any, translated_app: Any, db: Any) -> None:
    partnership = partnerships.add_partnership(
        db, {"city_name": "Kyoto", "city_name_local": "京都市", "country": "JP"}
    ).id
    times = meeting_times(db, partnership, date(2026, 5, 13))  # a Wednesday
    ltr = _chart(qtbot, times, Qt.LayoutDirection.LeftToRight)
    rtl = _chart(qtbot, times, Qt.LayoutDirection.RightToLeft)
    left, right = ltr.columns(), rtl.columns()
    width = rtl.width()
    for name, rect in left.items():  # each part at the mirrored place
        assert right[name].left() == width - rect.right(), name
        assert right[name].width() == rect.width(), name
    assert right["home_hours"].left() > right["home"].left() > right["partner"].left()
    assert right["partner"].left() > right["partner_hours"].left()
    # Painted there: at 10:00 Springfield (CDT) is at work, Kyoto (00:00) asleep.
    assert ltr.times is not None
    index = next(i for i, c in enumerate(ltr.times.cells) if c.home_local.hour == 10)
    cell = ltr.times.cells[index]
    assert (cell.home_state, cell.partner_state) == ("work", "asleep")
    y = 34 + index * 9 + 4
    for chart, parts in ((ltr, left), (rtl, right)):
        image = chart.grab().toImage()
        for part, state in (("home", cell.home_state), ("partner", cell.partner_state)):
            x = int(parts[part].center().x())
            assert image.pixelColor(x, y) == QColor(STATE_COLORS[state]), (part, chart)
