"""Charts drawn on the server as SVG: horizontal bars, one per label, with the figure written
beside each bar. The figures are also in a table on the same page, for screen readers and for
anyone who would rather read than look; the SVG carries a title and a description of its own."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from html import escape

from markupsafe import Markup

WIDTH = 460
BAR = 22
GAP = 8
LABEL_WIDTH = 150
VALUE_WIDTH = 70


def _number(value: int | Decimal) -> str:
    if isinstance(value, Decimal):
        return f"{value:,.1f}"
    return f"{value:,}"


def bar_chart(title: str, bars: Sequence[tuple[str, int | Decimal]], *, chart_id: str) -> Markup:
    """A chart of ``bars`` (label, figure), largest scale set by the largest figure."""
    if not bars:
        return Markup("")
    largest = max((float(value) for _, value in bars), default=0.0) or 1.0
    span = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    height = len(bars) * (BAR + GAP) + GAP
    described = "; ".join(f"{label}: {_number(value)}" for label, value in bars)
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" '
        f'preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(described)}</desc>',
    ]
    for index, (label, value) in enumerate(bars):
        y = GAP + index * (BAR + GAP)
        length = max(2.0, span * float(value) / largest) if float(value) > 0 else 0.0
        shown = label if len(label) <= 24 else label[:23] + "…"
        parts.append(
            f'<text class="chart-label" x="{LABEL_WIDTH - 8}" y="{y + BAR * 0.7:.1f}" '
            f'text-anchor="end">{escape(shown)}</text>'
        )
        parts.append(
            f'<rect class="chart-bar" x="{LABEL_WIDTH}" y="{y}" width="{length:.1f}" '
            f'height="{BAR}" rx="3"/>'
        )
        parts.append(
            f'<text class="chart-value" x="{LABEL_WIDTH + length + 6:.1f}" '
            f'y="{y + BAR * 0.7:.1f}">{escape(_number(value))}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
