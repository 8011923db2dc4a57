"""Drawing the certificate page: every part measured first, then drawn inside the frame.

The page is laid out top down: the organization, the titles, the cities, then the body texts
between the cities and the signatures. The signature blocks are laid out first from the bottom
of the frame, in the first arrangement where every name and title fits its slot without a word
cut and the body still fits above them:

1. the largest type (down to a floor), all of a side's signatories in one row, else in two rows;
2. else the first signatory of each side only, the others on an annex page of signatures.

An MOU text too long for the body at 8 pt goes to annex pages first (the page then carries the
statement and a line saying that the full text is attached). The cities are side by side, or
one above the other when a name is too long for half the width ("Llanfairpwllgwyngyll…").
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from sistercommittee.documents import fonts
from sistercommittee.documents.certificate_annex import Annex
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
    diamond,
    draw_border,
    ornament,
    signature_block,
)
from sistercommittee.documents.layout import (
    GOLD,
    GOLD_LIGHT,
    MARGIN,
    MUTED,
    NAVY,
    FillIn,
    body_leading,
    fits_unbroken,
    is_cjk,
    stack_height,
    text,
)
from sistercommittee.documents.text import ScriptText
from sistercommittee.messages import msg

BODY_SIZES = (14, 13.5, 13, 12.5, 12, 11.5, 11, 10.5, 10, 9.5, 9, 8.5, 8)
# (name, details) sizes of the signature blocks, largest first; the last is the floor.
ROW_GAP = 10.0
SEAL_RADIUS = 38.0
SEAL_SPACE = SEAL_RADIUS * 2 + 40


def read_logo(logo: Path | bytes) -> Any:
    from reportlab.lib.utils import ImageReader

    try:
        source: Any = io.BytesIO(logo) if isinstance(logo, bytes) else str(logo)
        image = ImageReader(source)
        image.getSize()
        return image
    except Exception as error:  # PIL raises many kinds for a file that is not an image
        raise CertificateError(
            msg(
                "The seal or logo image cannot be read ({error}). Use a PNG or JPEG file.",
                error=error,
            )
        ) from error


def draw_certificate(
    out: io.BytesIO, page: tuple[float, float], content: Content, logo: Any
) -> int:
    """Write the whole PDF (the certificate page and its annex pages) and return its pages."""
    from reportlab.pdfgen.canvas import Canvas

    # The initial font would otherwise be Helvetica, which is never embedded.
    canvas = Canvas(
        out, pagesize=page, pageCompression=1, initialFontName=fonts.register(fonts.SERIF)
    )
    canvas.setTitle(f"{content.home_title} — {content.home_city[0]} & {content.partner_city[0]}")
    canvas.setAuthor(content.organization)
    canvas.setSubject(content.home_title)
    canvas.setCreator("SisterCommittee")
    front = CertificatePage(canvas, page, content, logo)
    plan = front.plan()
    annex = Annex(canvas, page, content, plan.mou_annex, plan.signature_annex)
    annex_pages = annex.paginate()
    front.draw(plan)
    canvas.showPage()
    annex.draw(first_page=2, total=1 + annex_pages)
    canvas.save()
    return 1 + annex_pages


# --- signatures ---------------------------------------------------------------------------------


@dataclass
class SignatureLayout:
    """Where each side's signature blocks go: rows of blocks in slots of one width."""

    # home, partner: rows of blocks
    sides: tuple[list[list[SignatureBlock]], list[list[SignatureBlock]]]
    slots: tuple[float, float]  # the width of one slot on each side
    height: float  # of the tallest side, with the seal


def _rows(
    signatures: Sequence[Signature], side_width: float, per_row: int, sizes: tuple[float, float]
) -> tuple[list[list[SignatureBlock]], float, float] | None:
    slot = side_width / per_row
    blocks = []
    for signature in signatures:
        block = signature_block(signature, slot - 10, sizes)
        if block is None:
            return None
        blocks.append(block)
    rows = [blocks[start : start + per_row] for start in range(0, len(blocks), per_row)]
    height = sum(max(block.height for block in row) for row in rows) + ROW_GAP * (len(rows) - 1)
    return rows, slot, height


def signature_layouts(
    home: Sequence[Signature], partner: Sequence[Signature], side_width: float
) -> Iterator[SignatureLayout]:
    """Every arrangement that fits the slots, in order of preference, each measured only when
    the one before it was not taken."""
    # One row in large type, then two rows, then one row in the smallest type.
    order = [(1, sizes) for sizes in SIGNATURE_SIZES[:4]]
    order += [(2, sizes) for sizes in SIGNATURE_SIZES]
    order += [(1, sizes) for sizes in SIGNATURE_SIZES[4:]]
    seen = set()
    for rows, sizes in order:
        per_row = (math.ceil(len(home) / rows) or 1, math.ceil(len(partner) / rows) or 1)
        if (per_row, sizes) in seen:
            continue
        seen.add((per_row, sizes))
        home_rows = _rows(home, side_width, per_row[0], sizes)
        partner_rows = _rows(partner, side_width, per_row[1], sizes)
        if home_rows is None or partner_rows is None:
            continue
        height = max(home_rows[2], partner_rows[2], SEAL_RADIUS * 2 + 6)
        yield SignatureLayout(
            (home_rows[0], partner_rows[0]), (home_rows[1], partner_rows[1]), height
        )


# --- the page -----------------------------------------------------------------------------------


@dataclass
class PagePlan:
    header_bottom: float
    cities: list[tuple[Flowable, float, float, float]]  # flowable, x, top, width
    columns: tuple[Column, ...]
    body: list[list[Flowable]]
    signatures: SignatureLayout
    mou_annex: tuple[Column, ...]  # columns whose MOU text is on annex pages
    signature_annex: bool  # all signatures on an annex page; the first of each side here


class CertificatePage:
    """Lays out (``plan``) and draws (``draw``) the certificate page."""

    def __init__(self, canvas: Any, page: tuple[float, float], content: Content, logo: Any):
        self.canvas = canvas
        self.width, self.height = page
        self.content = content
        self.logo = logo
        self.left = MARGIN
        self.right = self.width - MARGIN
        self.content_width = self.right - self.left
        self.side_width = (self.content_width - SEAL_SPACE) / 2
        # Measurements reused while the arrangements are tried: (columns' ids, size) -> the
        # flowables and their height (None when a word does not fit the column).
        self._body_cache: dict[
            tuple[tuple[int, ...], float], tuple[list[list[Flowable]], float] | None
        ] = {}

    # --- measuring --------------------------------------------------------------------------

    def _header(self) -> tuple[list[tuple[Flowable, float]], float]:
        """The organization and titles with the space before each, and their total height."""
        content = self.content
        items: list[tuple[Flowable, float]] = [
            (text(content.organization.upper(), "en", 8.5, color=MUTED, tracking=1.6), 0)
        ]
        base = 23 if content.partner_title else 27
        items.append((self._title(content.home_title.upper(), content.home_language, base), 8))
        if content.partner_title:
            size = 21 if is_cjk(content.partner_language) else 19
            items.append((self._title(content.partner_title, content.partner_language, size), 2))
        height = sum(space + item.wrap(self.content_width, 1000)[1] for item, space in items)
        return items, height

    def _title(self, title: str, language: str, size: float) -> ScriptText:
        """The title at the largest size from ``size`` on where it takes at most two lines."""
        for step in range(8):
            current = size - step
            flowable = text(
                title,
                language,
                current,
                bold=True,
                color=NAVY,
                tracking=1.2 if language == self.content.home_language else 0,
                line_height=1.25,
            )
            flowable.wrap(self.content_width, 1000)
            if flowable.line_count <= 2 and flowable.fits_unbroken(self.content_width):
                return flowable
        return flowable

    def _cities(self, top: float) -> tuple[list[tuple[Flowable, float, float, float]], float]:
        """The two cities side by side, or one above the other when a name does not fit half
        the width on one line at 16 pt: (flowable, x, top, width) each, and the bottom."""
        content = self.content
        gap = 60.0
        half = (self.content_width - gap) / 2
        cities = (
            (content.home_city, content.home_language),
            (content.partner_city, content.partner_language),
        )

        def name(value: str, language: str, size: float) -> ScriptText:
            return text(value, language, size, bold=True, line_height=1.3)

        side_by_side = all(
            name(value, language, 16).widest_atom() <= half
            and name(value, language, 16).wrap(half, 1000)[1] <= 16 * 1.3 * 2 * 1.2
            for (value, _details), language in cities
        )
        placed: list[tuple[Flowable, float, float, float]] = []
        if side_by_side:
            bottom = top
            for index, ((value, details), language) in enumerate(cities):
                x = self.left + index * (half + gap)
                size = 20.0 if is_cjk(language) else 19.0
                while size > 16 and name(value, language, size).widest_atom() > half:
                    size -= 1
                y = top
                for flowable in (name(value, language, size), text(details, "en", 10, color=MUTED)):
                    placed.append((flowable, x, y, half))
                    y -= flowable.wrap(half, 1000)[1]
                bottom = min(bottom, y)
            placed.append((text("&", "en", 22, color=GOLD), self.left + half, top - 2, gap))
            return placed, bottom
        y = top
        for index, ((value, details), language) in enumerate(cities):
            size = 19.0
            while size > 11 and name(value, language, size).widest_atom() > self.content_width:
                size -= 1
            for flowable in (name(value, language, size), text(details, "en", 10, color=MUTED)):
                placed.append((flowable, self.left, y, self.content_width))
                y -= flowable.wrap(self.content_width, 1000)[1]
            if index == 0:
                amp = text("&", "en", 16, color=GOLD, line_height=1.2)
                placed.append((amp, self.left, y, self.content_width))
                y -= amp.wrap(self.content_width, 1000)[1]
        return placed, y

    def _body_geometry(self) -> tuple[float, list[float]]:
        columns = self.content.columns
        if len(columns) == 1:
            width = min(self.content_width * 0.72, 560)
            return width, [self.left + (self.content_width - width) / 2]
        gutter = 40.0
        width = (self.content_width - gutter) / 2
        return width, [self.left, self.left + width + gutter]

    def _column_flowables(self, size: float, column: Column) -> list[Flowable]:
        language = column.wording.language
        flowables: list[Flowable] = [
            text(column.body, language, size, align="left", line_height=body_leading(language))
        ]
        small = size * 0.95
        if column.note:
            note = text(column.note, language, small, color=MUTED, align="left")
            note.spaceBefore = size * 0.5
            flowables.append(note)
        if column.signed:
            signed = text(column.signed, language, small, color=MUTED, align="left")
            signed.spaceBefore = size * 0.8
            flowables.append(signed)
        for index, label in enumerate(column.blanks):
            fill = FillIn(
                text(label, language, small, color=MUTED, align="left"),
                rtl=column.wording.rtl,
            )
            fill.spaceBefore = size * (1.2 if index == 0 else 0.6)
            flowables.append(fill)
        return flowables

    def _fit_body(
        self, columns: Sequence[Column], height: float, smallest: float
    ) -> list[list[Flowable]] | None:
        """The columns' flowables at the largest body size down to ``smallest`` where all of
        them fit, or None."""
        for size in (size for size in BODY_SIZES if size >= smallest):
            measured = self._measure_body(columns, size)
            if measured is not None and measured[1] <= height:
                return measured[0]
        return None

    def _measure_body(
        self, columns: Sequence[Column], size: float
    ) -> tuple[list[list[Flowable]], float] | None:
        key = (tuple(id(column) for column in columns), size)
        if key not in self._body_cache:
            width, _xs = self._body_geometry()
            chosen = [self._column_flowables(size, column) for column in columns]
            if all(fits_unbroken(items, width) for items in chosen):
                tallest = max(stack_height(items, width) for items in chosen)
                self._body_cache[key] = (chosen, tallest)
            else:
                self._body_cache[key] = None
        return self._body_cache[key]

    def plan(self) -> PagePlan:
        """Choose the arrangement of the page (see the module docstring)."""
        content = self.content
        _items, header_height = self._header()
        header_bottom = self.height - 54 - header_height - 9 - 17
        cities, cities_bottom = self._cities(header_bottom)
        body_top = cities_bottom - 14
        column_choices: list[tuple[tuple[Column, ...], tuple[Column, ...]]] = [
            (content.columns, ())
        ]
        if any(column.is_mou_text for column in content.columns):
            statements = tuple(column.with_statement() for column in content.columns)
            column_choices.append((statements, content.columns))
        everyone = (content.home_signatures, content.partner_signatures, False)
        first_only = (content.home_signatures[:1], content.partner_signatures[:1], True)
        several = len(content.home_signatures) > 1 or len(content.partner_signatures) > 1
        # Every signature on the page with the body in a good size, then the others on an annex
        # page rather than the body in the smallest sizes.
        passes = [(everyone, 11.0), (everyone, 9.5)]
        if several:
            passes.append((first_only, 11.0))
        passes.append((everyone, BODY_SIZES[-1]))
        if several:
            passes.append((first_only, BODY_SIZES[-1]))
        annex_columns = [
            tuple(self._with_signatures_note(column) for column in columns)
            for columns, _mou_annex in column_choices
        ]
        measured: dict[bool, list[SignatureLayout]] = {}
        for (home, partner, signature_annex), smallest in passes:
            if signature_annex not in measured:
                measured[signature_annex] = []
                pending = signature_layouts(home, partner, self.side_width)
            else:
                pending = iter(())
            layouts = _Remembered(measured[signature_annex], pending)
            for index, (columns, mou_annex) in enumerate(column_choices):
                if signature_annex:
                    columns = annex_columns[index]
                for layout in layouts:
                    room = body_top - (BOTTOM + layout.height + 20)
                    body = self._fit_body(columns, room, smallest)
                    if body is not None:
                        return PagePlan(
                            header_bottom,
                            cities,
                            columns,
                            body,
                            layout,
                            mou_annex,
                            signature_annex,
                        )
        raise CertificateError(
            msg(
                "The certificate's text does not fit on the page; shorten the organization's "
                "or the cities' names, or the signatories' titles.",
            )
        )

    @staticmethod
    def _with_signatures_note(column: Column) -> Column:
        note = column.wording.sentence("signatures_note")
        if column.note and note in column.note:
            return column
        from dataclasses import replace

        return replace(column, note=f"{column.note} {note}" if column.note else note)

    # --- drawing ----------------------------------------------------------------------------

    def _place(self, flowable: Flowable, top: float, x: float, width: float) -> float:
        _w, height = flowable.wrapOn(self.canvas, width, self.height)
        flowable.drawOn(self.canvas, x, top - height)
        return float(top - height)

    def draw(self, plan: PagePlan) -> None:
        draw_border(self.canvas, self.width, self.height)
        top = self.height - 54
        items, _height = self._header()
        for flowable, space in items:
            top = self._place(flowable, top - space, self.left, self.content_width)
        top -= 9
        ornament(self.canvas, self.width / 2, top, self.content_width * 0.22)
        for flowable, x, y, width in plan.cities:
            self._place(flowable, y, x, width)
        self._draw_body(plan)
        self._draw_signatures(plan.signatures)

    def _draw_body(self, plan: PagePlan) -> None:
        width, xs = self._body_geometry()
        top = min(y - f.wrap(w, 1000)[1] for f, _x, y, w in plan.cities) - 14
        bottom = BOTTOM + plan.signatures.height + 20
        heights = [stack_height(items, width) for items in plan.body]
        tallest = max(heights)
        # Centre the body block in the space left, both columns from the same top.
        y_top = top - (top - bottom - tallest) / 2
        for items, x in zip(plan.body, xs, strict=True):
            y = y_top
            for flowable in items:
                y -= getattr(flowable, "spaceBefore", 0)
                y = self._place(flowable, y, x, width)
        if len(plan.body) == 2:
            c = self.canvas
            c.saveState()
            c.setStrokeColor(GOLD_LIGHT)
            c.setLineWidth(0.6)
            mid = self.left + width + 20
            c.line(mid, y_top, mid, y_top - tallest)
            c.restoreState()

    def _draw_signatures(self, layout: SignatureLayout) -> None:
        area_top = BOTTOM + layout.height
        for rows, slot, x in zip(
            layout.sides, layout.slots, (self.left, self.right - self.side_width), strict=True
        ):
            row_top = area_top
            for row in rows:
                # A short last row is centred under the one above it.
                offset = (self.side_width - slot * len(row)) / 2
                for index, block in enumerate(row):
                    left = x + offset + slot * index
                    self._signature_line(left, slot, row_top - SIGN_SPACE)
                    y = row_top - SIGN_SPACE - 4
                    for flowable in block.flowables:
                        y = self._place(flowable, y, left + 5, slot - 10)
                row_top -= max(block.height for block in row) + ROW_GAP
        cy = max(BOTTOM + SEAL_RADIUS, area_top - SIGN_SPACE - 2)
        cy = min(cy, area_top - SEAL_RADIUS)
        draw_seal(self.canvas, self.width / 2, cy, SEAL_RADIUS, self.logo, self.content)

    def _signature_line(self, left: float, slot: float, y: float) -> None:
        c = self.canvas
        length = min(slot - 18, 190)
        centre = left + slot / 2
        c.saveState()
        c.setStrokeColor(NAVY)
        c.setLineWidth(0.7)
        c.line(centre - length / 2, y, centre + length / 2, y)
        c.restoreState()


class _Remembered:
    """Iterates over the layouts measured so far, then measures more (and keeps them)."""

    def __init__(self, known: list[SignatureLayout], more: Iterator[SignatureLayout]) -> None:
        self.known = known
        self.more = more

    def __iter__(self) -> Iterator[SignatureLayout]:
        index = 0
        while True:
            if index < len(self.known):
                yield self.known[index]
            else:
                layout = next(self.more, None)
                if layout is None:
                    return
                self.known.append(layout)
                yield layout
            index += 1


# --- ornaments ----------------------------------------------------------------------------------


def draw_seal(c: Any, cx: float, cy: float, radius: float, logo: Any, content: Content) -> None:
    if logo is not None:
        image_width, image_height = logo.getSize()
        scale = min(2 * radius / image_width, 2 * radius / image_height)
        w, h = image_width * scale, image_height * scale
        c.drawImage(logo, cx - w / 2, cy - h / 2, w, h, mask="auto")
        return
    c.saveState()
    # A gold rosette: a scalloped edge, two rings, the kind around and the year inside.
    c.setFillColor(GOLD)
    path = c.beginPath()
    points = 48
    for i in range(points * 2 + 1):
        angle = math.pi * i / points
        r = radius if i % 2 == 0 else radius - 3.2
        px, py = cx + r * math.cos(angle), cy + r * math.sin(angle)
        if i == 0:
            path.moveTo(px, py)
        else:
            path.lineTo(px, py)
    path.close()
    c.drawPath(path, stroke=0, fill=1)
    c.setStrokeColor(Color(1, 1, 1))
    c.setLineWidth(0.8)
    c.circle(cx, cy, radius - 6, stroke=1, fill=0)
    c.setLineWidth(0.5)
    c.circle(cx, cy, radius - 17, stroke=1, fill=0)
    c.setFillColor(Color(1, 1, 1))
    name = fonts.register(fonts.SERIF, bold=True)
    label = content.emblem_text
    size = 6.4
    c.setFont(name, size)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text_radius = radius - 14.2
    total = stringWidth(label, name, size) + 1.2 * len(label)
    span = min(total / text_radius, math.pi * 1.5)
    angle = math.pi / 2 + span / 2
    for char in label:
        char_width = stringWidth(char, name, size) + 1.2
        step = char_width / text_radius
        theta = angle - step / 2
        c.saveState()
        c.translate(cx + text_radius * math.cos(theta), cy + text_radius * math.sin(theta))
        c.rotate(math.degrees(theta) - 90)
        c.drawCentredString(0, 0, char)
        c.restoreState()
        angle -= step
    if content.emblem_year:
        c.setFont(name, 12)
        c.drawCentredString(cx, cy - 4, content.emblem_year)
    else:
        diamond(c, cx, cy, 5)
    c.restoreState()
