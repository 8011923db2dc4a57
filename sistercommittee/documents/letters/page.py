"""The look of the letters: letterhead, headings, paragraphs, label and value rows, the signature,
portrait pages with "Page x of y" once a letter runs over one page.

Every text is a ``ScriptText``, so that names in any script are printed in their fonts, Arabic
and Hebrew joined and right to left, Thai and Devanagari shaped. Text in a right-to-left
language is aligned right and its label and value columns swap sides.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from sistercommittee.documents import fonts
from sistercommittee.documents.certificate import paper_for_country
from sistercommittee.documents.layout import GOLD, INK, MUTED, NAVY, body_leading, scale_for
from sistercommittee.documents.text import ScriptText
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg

LEFT_MARGIN = 22 * mm
RIGHT_MARGIN = 22 * mm
TOP_MARGIN = 20 * mm
BOTTOM_MARGIN = 20 * mm
BODY_SIZE = 9.5
LABEL_WIDTH = 55 * mm


def paper_size(country: str) -> tuple[float, float]:
    """US Letter for the countries that use it (US, CA, MX …), A4 elsewhere; portrait."""
    size = letter if paper_for_country(country) == "letter" else A4
    return float(size[0]), float(size[1])


def text_width(country: str) -> float:
    return float(paper_size(country)[0] - LEFT_MARGIN - RIGHT_MARGIN)


def _rtl(language: str | None, rtl: bool) -> bool:
    return rtl or (language or "").split("-")[0] in ("ar", "he", "fa", "ur")


def line(
    content: str,
    language: str | None,
    *,
    size: float = BODY_SIZE,
    bold: bool = False,
    color: Any = INK,
    align: str = "left",
    space_before: float = 0,
    space_after: float = 0,
    rtl: bool | None = None,
) -> ScriptText:
    """A text in the letter's running size (``rtl``: whether it runs from the right; by default
    when its language is written right to left). In a left-to-right letter a name in Arabic or
    Hebrew keeps its place at the left like any other value; in a right-to-left one every line
    runs from the right."""
    scaled = size * scale_for(language)
    text = ScriptText(
        content,
        language=language,
        size=scaled,
        leading=scaled * body_leading(language),
        bold=bold,
        color=color,
        align=align,  # type: ignore[arg-type]
        space_before=space_before,
        space_after=space_after,
    )
    if rtl is None:
        rtl = _rtl(language, False) or (text.rtl and align == "right")
    text.rtl = rtl
    return text


def heading(content: str, language: str | None, rtl: bool = False) -> Flowable:
    """A section heading, kept with what follows it."""
    text = line(
        content,
        language,
        size=11,
        bold=True,
        color=NAVY,
        align="right" if _rtl(language, rtl) else "left",
        space_before=8,
        space_after=3,
    )
    text.keepWithNext = True
    return text


def paragraph(content: str, language: str | None, rtl: bool = False) -> ScriptText:
    return line(content, language, align="right" if _rtl(language, rtl) else "left", space_after=5)


def title(content: str, language: str | None) -> ScriptText:
    return line(content, language, size=15, bold=True, color=NAVY, space_before=6, space_after=6)


def rows(
    pairs: Sequence[tuple[str, str]], language: str | None, width: float, rtl: bool = False
) -> Flowable:
    """Label and value rows (the label bold), as on a form; mirrored for right-to-left text."""
    mirrored = _rtl(language, rtl)
    align = "right" if mirrored else "left"
    data = []
    for label, value in pairs:
        cells = [
            line(label, language, bold=True, align=align),
            line(value, language, align=align),
        ]
        data.append(cells[::-1] if mirrored else cells)
    widths = [LABEL_WIDTH, width - LABEL_WIDTH]
    table = Table(data, colWidths=widths[::-1] if mirrored else widths, hAlign="LEFT")
    table.spaceAfter = 5
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def figures(
    header: Sequence[str],
    body: Sequence[Sequence[str]],
    footer: Sequence[str] | None,
    language: str | None,
    widths: Sequence[float],
) -> Table:
    """A small table of figures: the header and footer bold, numbers aligned right."""
    data: list[list[Flowable]] = [
        [line(header[0], language, bold=True)]
        + [line(cell, language, bold=True, align="right") for cell in header[1:]]
    ]
    for cells in body:
        data.append(
            [line(cells[0], language)] + [line(cell, language, align="right") for cell in cells[1:]]
        )
    if footer is not None:
        data.append(
            [line(footer[0], language, bold=True)]
            + [line(cell, language, bold=True, align="right") for cell in footer[1:]]
        )
    table = Table(data, colWidths=list(widths), hAlign="LEFT", repeatRows=1)
    table.spaceAfter = 6
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, NAVY),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if footer is not None:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.6, NAVY))
    table.setStyle(TableStyle(commands))
    return table


@dataclass(frozen=True)
class Signer:
    """Who signs: name and title as given; both None leaves lines to fill in by hand."""

    name: str | None
    title: str | None

    @classmethod
    def of(cls, name: str | None, title: str | None) -> Signer:
        name = " ".join((name or "").split()) or None
        title = " ".join((title or "").split()) or None
        if title and not name:
            raise ValidationError.single(
                "signer",
                msg("Give the signer's name as well as the title (--signer on the command line)."),
            )
        if name and len(name) > 200:
            raise ValidationError.single(
                "signer", msg("The signer's name is longer than 200 characters: shorten it.")
            )
        if title and len(title) > 200:
            raise ValidationError.single(
                "signer", msg("The signer's title is longer than 200 characters: shorten it.")
            )
        fonts.check_printable((name, title))
        return cls(name, title)


def signature(
    signer: Signer,
    organization: str,
    sign_offs: Sequence[tuple[str, str | None]],
    blank_label: str,
    closing: Flowable | None = None,
) -> Flowable:
    """The sign-off in each language, room to sign, the rule, and the signer's name and title
    (or a line to write them on). ``sign_offs``: (text, language) pairs. The closing sentence
    given goes over to the next page with the signature, so that it never stands alone."""
    parts: list[Flowable] = [closing] if closing is not None else []
    parts.append(Spacer(1, 6))
    for text, language in sign_offs:
        parts.append(line(text, language, rtl=False))  # at the left, above the signature
    parts.append(Spacer(1, 26))
    parts.append(HRFlowable(width=70 * mm, thickness=0.6, color=INK, hAlign="LEFT"))
    if signer.name:
        parts.append(line(signer.name, None, bold=True, space_before=2))
        if signer.title:
            parts.append(line(signer.title, None))
    else:
        parts.append(line(blank_label, None, size=8.5, color=MUTED, space_before=2))
        parts.append(Spacer(1, 16))
        parts.append(HRFlowable(width=70 * mm, thickness=0.4, color=MUTED, hAlign="LEFT"))
    parts.append(line(organization, None))
    return KeepTogether(parts)


def translation_rule() -> list[Flowable]:
    return [
        CondPageBreak(40 * mm),
        Spacer(1, 8),
        HRFlowable(width="100%", thickness=0.8, color=GOLD, spaceAfter=4),
    ]


def letterhead(organization: str, address: str, dated: str, width: float) -> list[Flowable]:
    """The committee's name and address at the top, the date of the letter at the right."""
    return [
        line(organization, None, size=14, bold=True, color=NAVY),
        line(address, None, size=9, color=MUTED),
        HRFlowable(width="100%", thickness=1.2, color=GOLD, spaceBefore=4, spaceAfter=8),
        line(dated, None, align="right", space_after=6),
    ]


def _numbered_canvas(label: Callable[[int, int], str]) -> type[Canvas]:
    """A canvas that numbers the pages once it knows how many there are, and only when there is
    more than one."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                if total > 1:
                    self._number(number, total)
                super().showPage()
            super().save()

        def _number(self, number: int, total: int) -> None:
            width, _height = self._pagesize
            text = ScriptText(label(number, total), size=8, color=MUTED, align="right")
            text.rtl = False  # "Page 1 of 2 · الصفحة 1 من 2" reads from the left
            box = width - LEFT_MARGIN - RIGHT_MARGIN
            text.wrap(box, 40)
            text.drawOn(self, LEFT_MARGIN, 9 * mm)

    return NumberedCanvas


def build(
    story: list[Flowable],
    *,
    country: str,
    title: str,
    author: str,
    subject: str,
    page_label: Callable[[int, int], str],
) -> tuple[bytes, int]:
    """The letter as PDF bytes and its number of pages."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=paper_size(country),
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=title,
        author=author,
        subject=subject,
        creator="SisterCommittee",
        initialFontName=fonts.register(fonts.SERIF),
    )
    doc.build(story, canvasmaker=_numbered_canvas(page_label))
    return buffer.getvalue(), int(doc.page)
