"""The pieces a certificate's pages share: the signature blocks under the signature lines, the
border and the ornaments (certificate_page.py draws the page, certificate_annex.py the annex)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sistercommittee.documents.certificate_content import Signature
from sistercommittee.documents.layout import GOLD, INK, INNER_RULE, MUTED, NAVY, SAFE, text
from sistercommittee.documents.text import ScriptText

SIGNATURE_SIZES = ((10.5, 8.6), (10, 8.3), (9.5, 8), (9, 7.6), (8.5, 7.2), (8, 7))
SIGN_SPACE = 30.0  # room above the line for the signature itself
BOTTOM = SAFE + 4  # the lowest baseline area of the page
MAX_TITLE_LINES = 3


@dataclass
class SignatureBlock:
    flowables: list[ScriptText]
    height: float


def signature_block(
    signature: Signature, width: float, sizes: tuple[float, float]
) -> SignatureBlock | None:
    """The lines under one signature line, or None when a word would not fit the width or a
    title would take more than three lines."""
    name_size, detail_size = sizes
    flowables = []
    for content, language, bold in signature.lines:
        size = name_size if bold else detail_size
        flowable = text(
            content,
            language,
            size,
            bold=bold,
            color=INK if bold else MUTED,
            line_height=1.28,
        )
        if not flowable.fits_unbroken(width):
            return None
        flowable.wrap(width, 1000)
        if flowable.line_count > MAX_TITLE_LINES:
            return None
        flowables.append(flowable)
    return SignatureBlock(flowables, SIGN_SPACE + 4 + sum(item.height for item in flowables))


def draw_border(c: Any, w: float, h: float) -> None:
    c.saveState()
    c.setStrokeColor(NAVY)
    c.setLineWidth(3.2)
    c.rect(22, 22, w - 44, h - 44)
    c.setStrokeColor(GOLD)
    c.setLineWidth(0.9)
    c.rect(29, 29, w - 58, h - 58)
    c.setLineWidth(0.4)
    c.rect(INNER_RULE, INNER_RULE, w - 2 * INNER_RULE, h - 2 * INNER_RULE)
    # Corner ornaments: a gold diamond in each corner between the rules.
    c.setFillColor(GOLD)
    for x, y in ((33, 33), (w - 33, 33), (33, h - 33), (w - 33, h - 33)):
        diamond(c, x, y, 6.5)
    c.restoreState()


def diamond(c: Any, x: float, y: float, r: float) -> None:
    path = c.beginPath()
    path.moveTo(x, y + r)
    path.lineTo(x + r, y)
    path.lineTo(x, y - r)
    path.lineTo(x - r, y)
    path.close()
    c.drawPath(path, stroke=0, fill=1)


def ornament(c: Any, mid: float, y: float, half: float) -> None:
    c.saveState()
    c.setStrokeColor(GOLD)
    c.setLineWidth(0.8)
    c.line(mid - half, y, mid - 10, y)
    c.line(mid + 10, y, mid + half, y)
    c.setFillColor(GOLD)
    diamond(c, mid, y, 4)
    c.restoreState()
