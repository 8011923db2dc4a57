"""Measuring before drawing: the page, its frame, text in matched sizes across scripts.

Every part of a certificate is measured (``ScriptText.wrap``) before anything is drawn, so that
a layout can choose sizes and arrangements that fit the frame; see ``certificate_page``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.platypus import Flowable

from sistercommittee.documents.text import ScriptText

NAVY = HexColor("#1d2b4f")
GOLD = HexColor("#a8843a")
GOLD_LIGHT = HexColor("#d9c48f")
INK = HexColor("#1f1f1f")
MUTED = HexColor("#55595f")

# The frame: the navy rule, the gold rules inside it; nothing is printed outside SAFE.
OUTER_RULE = 22.0
INNER_RULE = 33.0
SAFE = 42.0  # every glyph stays this far from the paper's edges (9 pt inside the inner rule)
MARGIN = 64.0  # the left and right edges of the text

# Scripts that look smaller than Latin at the same point size are printed a little larger, so
# that the two columns look the same size: Naskh's letters sit low and small, Thai's too.
_SCRIPT_SCALE = {"ar": 1.15, "fa": 1.15, "ur": 1.15, "th": 1.08, "he": 1.05, "hi": 1.05}


def page_size(paper: str) -> tuple[float, float]:
    width, height = landscape(letter if paper == "letter" else A4)
    return float(width), float(height)


def scale_for(language: str | None) -> float:
    return _SCRIPT_SCALE.get((language or "").split("-")[0].lower(), 1.0)


def is_cjk(language: str | None) -> bool:
    return (language or "").split("-")[0] in ("ja", "zh", "ko", "yue")


def text(
    content: str,
    language: str | None,
    size: float,
    *,
    bold: bool = False,
    color: Color = INK,
    align: str = "center",
    tracking: float = 0,
    leading: float | None = None,
    line_height: float | None = None,
) -> ScriptText:
    """A ScriptText at ``size`` scaled for the language's script; ``line_height`` is the
    leading as a multiple of the (scaled) size."""
    scaled = size * scale_for(language)
    if leading is None and line_height is not None:
        leading = scaled * line_height
    return ScriptText(
        content,
        language=language,
        size=scaled,
        bold=bold,
        color=color,
        align=align,  # type: ignore[arg-type]
        tracking=tracking,
        leading=leading,
    )


def body_leading(language: str | None) -> float:
    """The leading of running text as a multiple of its size."""
    return 1.55 if is_cjk(language) else 1.42


def stack_height(flowables: Sequence[Flowable], width: float) -> float:
    total = 0.0
    for flowable in flowables:
        _w, h = flowable.wrap(width, 10_000)
        total += h + getattr(flowable, "spaceBefore", 0)
    return total


def fits_unbroken(flowables: Sequence[Any], width: float) -> bool:
    """Whether no word of the texts is wider than the width (so that none would be cut)."""
    return all(item.fits_unbroken(width) for item in flowables if isinstance(item, ScriptText))


class FillIn(Flowable):  # type: ignore[misc]
    """A label with a rule after it, to be filled in by hand ("Date ________")."""

    def __init__(self, label: ScriptText, rtl: bool = False) -> None:
        super().__init__()
        self.label = label
        self.rtl = rtl
        self.spaceBefore = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        _w, h = self.label.wrap(availWidth, availHeight)
        self.height = h + 6
        return self.width, self.height

    def fits_unbroken(self, width: float) -> bool:
        return self.label.fits_unbroken(width * 0.4)

    def draw(self) -> None:
        label = self.label
        label.wrap(self.width, self.height)
        label_width = label.natural_width
        label.drawOn(self.canv, 0, 6)
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(NAVY)
        canvas.setLineWidth(0.6)
        if self.rtl:
            end = self.width - label_width - 8
            start = max(0.0, end - 260)
        else:
            start = label_width + 8
            end = min(self.width, start + 260)
        canvas.line(start, 8, end, 8)
        canvas.restoreState()
