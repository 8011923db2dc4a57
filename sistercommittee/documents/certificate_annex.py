"""The annex pages of a certificate: the full MOU text, and the signatures that did not fit.

Both languages are side by side and kept in step: when the two texts have as many paragraphs
(articles), each pair starts at the same height, the taller setting the next; otherwise both
start together at the top of every page. Every annex page carries "page x of y" in both
languages and a line for each side's initials, as is usual for annexes that are signed once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import zip_longest
from typing import Any

from reportlab.platypus import Flowable

from sistercommittee.documents.certificate_content import (
    CertificateError,
    Column,
    Content,
    Signature,
)
from sistercommittee.documents.certificate_parts import (
    BOTTOM,
    SIGN_SPACE,
    SIGNATURE_SIZES,
    SignatureBlock,
    draw_border,
    ornament,
    signature_block,
)
from sistercommittee.documents.layout import (
    GOLD_LIGHT,
    MARGIN,
    MUTED,
    NAVY,
    FillIn,
    body_leading,
    text,
)
from sistercommittee.documents.text import ScriptText
from sistercommittee.messages import msg

ANNEX_SIZE = 10.0
GUTTER = 40.0
PARAGRAPH_GAP = 6.0
FOOTER_HEIGHT = 34.0


@dataclass
class _Row:
    top: float
    cells: list[Flowable | SignatureBlock | None]


@dataclass
class _Page:
    titles: list[ScriptText]
    rows: list[_Row]
    signatures: bool


class Annex:
    """Measures (``paginate``) then draws (``draw``) the annex pages."""

    def __init__(
        self,
        canvas: Any,
        page: tuple[float, float],
        content: Content,
        mou_columns: Sequence[Column],
        signatures: bool,
    ) -> None:
        self.canvas = canvas
        self.width, self.height = page
        self.content = content
        self.mou_columns = tuple(mou_columns)
        self.signatures = signatures
        self.left = MARGIN
        self.content_width = self.width - 2 * MARGIN
        self.pages: list[_Page] = []
        count = max(len(content.columns), 1)
        self.column_width = (self.content_width - GUTTER * (count - 1)) / count

    # --- measuring --------------------------------------------------------------------------

    def _titles(self, key: str) -> list[ScriptText]:
        return [
            text(wording.sentence(key), wording.language, 15, bold=True, color=NAVY, leading=20)
            for wording in self.content.wordings
        ]

    def _content_top(self, titles: Sequence[ScriptText]) -> float:
        top = self.height - 58
        for title in titles:
            top -= title.wrap(self.content_width, 1000)[1]
        return top - 22

    def _bottom(self) -> float:
        return BOTTOM + FOOTER_HEIGHT

    def paginate(self) -> int:
        """Lay the annex out into pages; return how many there are."""
        self.pages = []
        if self.mou_columns:
            self._paginate_texts()
        if self.signatures:
            self._paginate_signatures()
        return len(self.pages)

    def _text_rows(self) -> list[list[ScriptText | None]]:
        paragraphs = [
            [part.strip() for part in column.body.split("\n") if part.strip()]
            for column in self.mou_columns
        ]
        in_step = len({len(items) for items in paragraphs}) == 1
        if not in_step:
            paragraphs = [["\n".join(items)] for items in paragraphs]
        rows: list[list[ScriptText | None]] = []
        for cells in zip_longest(*paragraphs):
            row: list[ScriptText | None] = []
            for cell, column in zip(cells, self.mou_columns, strict=True):
                language = column.wording.language
                leading = body_leading(language)
                row.append(
                    text(cell, language, ANNEX_SIZE, align="left", line_height=leading)
                    if cell
                    else None
                )
            rows.append(row)
        return rows

    def _paginate_texts(self) -> None:
        titles = self._titles("annex_title")
        top = self._content_top(titles)
        bottom = self._bottom()
        width = self.column_width
        page = _Page(titles, [], False)
        y = top
        for cells in self._text_rows():
            pending: list[ScriptText | None] = list(cells)
            while any(pending):
                heights = [cell.wrap(width, 10_000)[1] if cell else 0.0 for cell in pending]
                if y - max(heights) >= bottom:
                    page.rows.append(_Row(y, list(pending)))
                    y -= max(heights) + PARAGRAPH_GAP
                    break
                parts = [cell.split(width, y - bottom) if cell else [] for cell in pending]
                if any(parts):
                    page.rows.append(_Row(y, [part[0] if part else None for part in parts]))
                    pending = [
                        (part[1] if len(part) > 1 else None) if part else cell
                        for part, cell in zip(parts, pending, strict=True)
                    ]
                elif not page.rows:
                    raise CertificateError(msg(
                        "The MOU text cannot be laid out on the annex pages.",
                    ))
                self.pages.append(page)
                page = _Page(titles, [], False)
                y = top
        if page.rows:
            self.pages.append(page)

    def _signature_cell(self, signature: Signature | None) -> SignatureBlock | None:
        if signature is None:
            return None
        for sizes in SIGNATURE_SIZES:
            block = signature_block(signature, self.column_width * 0.7, sizes)
            if block is not None:
                return block
        raise CertificateError(
            msg("A signatory's name or title is too long for the annex page; shorten it.")
        )

    def _paginate_signatures(self) -> None:
        titles = self._titles("signatures_title")
        top = self._content_top(titles)
        bottom = self._bottom()
        page = _Page(titles, [], True)
        y = top
        pairs = zip_longest(self.content.home_signatures, self.content.partner_signatures)
        for home, partner in pairs:
            cells: list[Flowable | SignatureBlock | None] = [
                self._signature_cell(home),
                self._signature_cell(partner),
            ]
            height = max(cell.height for cell in cells if isinstance(cell, SignatureBlock))
            if y - height < bottom and page.rows:
                self.pages.append(page)
                page = _Page(titles, [], True)
                y = top
            page.rows.append(_Row(y, cells))
            y -= height + 8
        if page.rows:
            self.pages.append(page)

    # --- drawing ----------------------------------------------------------------------------

    def draw(self, first_page: int, total: int) -> None:
        for number, page in enumerate(self.pages, start=first_page):
            self._draw_page(page, number, total)
            self.canvas.showPage()

    def _place(self, flowable: Flowable, top: float, x: float, width: float) -> float:
        _w, height = flowable.wrapOn(self.canvas, width, self.height)
        flowable.drawOn(self.canvas, x, top - height)
        return float(top - height)

    def _draw_page(self, page: _Page, number: int, total: int) -> None:
        c = self.canvas
        draw_border(c, self.width, self.height)
        top = self.height - 58
        for title in page.titles:
            top = self._place(title, top, self.left, self.content_width)
        top -= 8
        ornament(c, self.width / 2, top, self.content_width * 0.22)
        columns = len(self.content.columns) if not page.signatures else 2
        width = (self.content_width - GUTTER * (columns - 1)) / columns
        lowest = top
        for row in page.rows:
            for index, cell in enumerate(row.cells):
                x = self.left + index * (width + GUTTER)
                if isinstance(cell, SignatureBlock):
                    lowest = min(lowest, self._draw_block(cell, x, row.top, width))
                elif cell is not None:
                    lowest = min(lowest, self._place(cell, row.top, x, width))
        if columns == 2:
            c.saveState()
            c.setStrokeColor(GOLD_LIGHT)
            c.setLineWidth(0.6)
            mid = self.left + width + GUTTER / 2
            c.line(mid, top - 14, mid, max(lowest, self._bottom()))
            c.restoreState()
        self._footer(number, total)

    def _draw_block(self, block: SignatureBlock, x: float, top: float, width: float) -> float:
        c = self.canvas
        length = min(width * 0.7, 240)
        centre = x + width / 2
        line_y = top - SIGN_SPACE
        c.saveState()
        c.setStrokeColor(NAVY)
        c.setLineWidth(0.7)
        c.line(centre - length / 2, line_y, centre + length / 2, line_y)
        c.restoreState()
        y = line_y - 4
        for flowable in block.flowables:
            y = self._place(flowable, y, centre - length / 2, length)
        return y

    def _footer(self, number: int, total: int) -> None:
        """ "Page x of y" in each language, centred; an initials line for each side."""
        wordings = self.content.wordings
        pages = " · ".join(
            wording.sentence("page_of", page=str(number), pages=str(total)) for wording in wordings
        )
        footer = text(pages, wordings[-1].language, 8, color=MUTED)
        self._place(
            footer, BOTTOM + 12, self.left + self.content_width * 0.3, self.content_width * 0.4
        )
        home, partner = wordings[0], wordings[-1]
        for wording, x in ((home, self.left), (partner, self.width - MARGIN - 170)):
            label = text(
                wording.sentence("initials"), wording.language, 8, color=MUTED, align="left"
            )
            fill = FillIn(label, rtl=wording.rtl)
            self._place(fill, BOTTOM + 18, x, 170)
