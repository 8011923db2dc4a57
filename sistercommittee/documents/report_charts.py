"""The charts of the report PDFs: bars by month, and pairs of bars by category.

``font(texts, bold)`` names the font for the given texts (a chart's words may be Japanese).
``number(value)``, when given, writes the figures of the value axis ("2,5" in a Spanish report
written the way Spain writes numbers); without it ReportLab writes them ("2.5", "10"), as the
English report always printed them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from sistercommittee.documents.layout import GOLD, NAVY

Font = Callable[..., str]
"""(texts=(), bold=False) -> the registered name of the font that prints them."""
Number = Callable[[float], str]
"""A figure of a value axis as the reader's language writes it."""


def _value_axis(axis: Any, values: Sequence[float], number: Number | None) -> None:
    if number is not None:
        axis.labelTextFormat = number
    if values and all(float(v).is_integer() for v in values) and 0 < max(values) < 5:
        axis.valueStep = 1  # counts of events or people: no 0.2 of an event on the axis


def bar_chart(
    values: Sequence[float],
    labels: Sequence[str],
    title: str,
    width: float,
    font: Font,
    color: Any = NAVY,
    number: Number | None = None,
) -> Drawing:
    height = 150
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 24
    chart.width, chart.height = width - 44, height - 50
    chart.data = [list(values)]
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = font(labels)
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = font()
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    _value_axis(chart.valueAxis, values, number)
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dde1e6")
    chart.valueAxis.visibleGrid = True
    chart.bars[0].fillColor = color
    chart.bars[0].strokeColor = None
    chart.barWidth = 6
    if not any(values):
        chart.valueAxis.valueMax = 1
    drawing.add(chart)
    drawing.add(
        String(0, height - 12, title, fontName=font([title], True), fontSize=9, fillColor=NAVY)
    )
    return drawing


def grouped_chart(
    rows: Sequence[tuple[str, float, float]],
    title: str,
    width: float,
    series: tuple[str, str],
    font: Font,
    number: Number | None = None,
) -> Drawing:
    height = max(110, 26 * len(rows) + 60)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 110, 30
    chart.width, chart.height = width - 130, height - 62
    chart.data = [[r[1] for r in rows], [r[2] for r in rows]]
    chart.categoryAxis.categoryNames = [r[0] for r in rows]
    chart.categoryAxis.labels.fontName = font([r[0] for r in rows])
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.reverseDirection = True
    chart.valueAxis.labels.fontName = font()
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    _value_axis(chart.valueAxis, [v for r in rows for v in r[1:]], number)
    if not any(r[1] or r[2] for r in rows):
        chart.valueAxis.valueMax = 1
    chart.bars[0].fillColor = NAVY
    chart.bars[1].fillColor = GOLD
    chart.bars.strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 110, 14
    legend.fontName = font(series)
    legend.fontSize = 7.5
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.colorNamePairs = [(NAVY, series[0]), (GOLD, series[1])]
    legend.dxTextSpace = 4
    legend.deltax = 80
    drawing.add(legend)
    drawing.add(
        String(0, height - 12, title, fontName=font([title], True), fontSize=9, fillColor=NAVY)
    )
    return drawing
