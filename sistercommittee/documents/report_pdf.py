"""The look shared by the report PDFs: page frame, styles, and user text made safe for
ReportLab's paragraph markup."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from sistercommittee.documents import fonts
from sistercommittee.documents.certificate import paper_for_country
from sistercommittee.documents.layout import GOLD, NAVY
from sistercommittee.documents.text import visual_order
from sistercommittee.messages import ISO, Day, Translate, english, language_of, msg, render

MUTED = colors.HexColor("#5b6068")
RULE = colors.HexColor("#c9cdd3")
BAND = colors.HexColor("#eef1f6")


def _style(
    name: str,
    size: float,
    *,
    bold: bool = False,
    color: Any = colors.black,
    leading: float | None = None,
    space_after: float = 0,
    align: int = TA_LEFT,
    space_before: float = 0,
    keep_with_next: bool = False,
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=fonts.register(fonts.SERIF, bold),
        fontSize=size,
        leading=leading or size * 1.3,
        textColor=color,
        spaceAfter=space_after,
        spaceBefore=space_before,
        alignment=align,
        keepWithNext=int(keep_with_next),
    )


class Styles:
    def __init__(self) -> None:
        self.title = _style("title", 20, bold=True, color=NAVY, space_after=2)
        self.subtitle = _style("subtitle", 10.5, color=MUTED, space_after=10)
        # A heading goes to the next page with what follows it, never alone at a page's foot.
        self.h1 = _style(
            "h1", 14, bold=True, color=NAVY, space_before=12, space_after=5, keep_with_next=True
        )
        self.h2 = _style(
            "h2", 11.5, bold=True, color=NAVY, space_before=8, space_after=3, keep_with_next=True
        )
        self.body = _style("body", 9.5, leading=13, space_after=4)
        self.small = _style("small", 8, color=MUTED)
        self.cell = _style("cell", 8.6, leading=11)
        self.cell_bold = _style("cell_bold", 8.6, bold=True, leading=11)
        self.cell_right = _style("cell_right", 8.6, leading=11, align=TA_RIGHT)
        self.head = _style("head", 8.2, bold=True, color=colors.white, leading=10.5)
        self.head_right = _style(
            "head_right", 8.2, bold=True, color=colors.white, leading=10.5, align=TA_RIGHT
        )


def safe(text: str | None, language: str | None = None, bold: bool = False) -> str:
    """User text as paragraph markup: escaped, each script in its font, right-to-left lines in
    visual order. ``<b>Smith & Sons</b>`` comes out as those very characters."""
    if not text:
        return ""
    lines = [visual_order(line) for line in fonts.normalize(text).split("\n")]
    return fonts.markup("\n".join(lines), language, bold)


def para(
    text: str | None, style: ParagraphStyle, language: str | None = None, bold: bool = False
) -> Paragraph:
    """A paragraph of user text (see ``safe``); shaped when it holds Devanagari or Thai."""
    value = text or ""
    runs = fonts.split_runs(value, language) if value else []
    if fonts.needs_shaping(runs):
        style = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
    return Paragraph(safe(value, language, bold), style)


def fixed(text: str, style: ParagraphStyle, language: str | None = None) -> Paragraph:
    """A paragraph of the app's own wording (still escaped: it may hold names); ``language``
    is the one it is written in (Japanese text takes a Japanese font for its kanji)."""
    return para(text, style, language)


# ReportLab's own left and right padding of a table's cell, which the tables here keep.
CELL_PADDING = 6


def table(
    rows: Sequence[Sequence[Flowable | str]],
    widths: Sequence[float],
    *,
    header: bool = True,
    zebra: bool = True,
) -> Table:
    result = Table(list(map(list, rows)), colWidths=list(widths), repeatRows=1 if header else 0)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), NAVY))
    if zebra:
        for index in range(1 if header else 0, len(rows)):
            if index % 2 == 0:
                commands.append(("BACKGROUND", (0, index), (-1, index), BAND))
    result.setStyle(TableStyle(commands))
    return result


def build_pdf(
    story: list[Flowable],
    *,
    title: str,
    organization: str,
    country: str,
    generated_at: datetime,
    translate: Translate = english,
) -> bytes:
    """Lay the story out on portrait pages with a header rule and numbered footers (their words
    in the language of ``translate``)."""
    buffer = io.BytesIO()
    paper = letter if paper_for_country(country) == "letter" else A4
    doc = SimpleDocTemplate(
        buffer,
        pagesize=paper,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=organization,
        creator="SisterCommittee",
        initialFontName=fonts.register(fonts.SERIF),
    )
    language = font_language(translate)
    org_markup_runs = fonts.split_runs(organization)
    # "2026-12-02 14:36 UTC" in English, as always; the day in the reader's form otherwise
    stamp = msg(
        "{day} {time} UTC", day=Day(generated_at.date(), ISO), time=f"{generated_at:%H:%M}"
    )

    def number(canvas: Any, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFillColor(MUTED)
        footer = msg("{title} · page {page} of {pages}", title=title, page=page, pages=pages)
        _draw_runs(canvas, render(footer, translate), paper[0] - doc.rightMargin, 10 * mm, language)
        canvas.restoreState()

    def decorate(canvas: Any, document: Any) -> None:
        canvas.saveState()
        width, height = document.pagesize
        canvas.setStrokeColor(GOLD)
        canvas.setLineWidth(0.8)
        canvas.line(
            document.leftMargin, height - 14 * mm, width - document.rightMargin, height - 14 * mm
        )
        canvas.setFillColor(MUTED)
        made = render(msg("Made {stamp} by SisterCommittee", stamp=stamp), translate)
        _draw_runs(canvas, made, document.leftMargin, 10 * mm, language, right=False)
        # The organization's name may be in any script: draw it run by run.
        x = document.leftMargin
        y = height - 12 * mm
        for run in org_markup_runs:
            name = fonts.register(run.face)
            canvas.setFont(name, 8)
            text = visual_order(run.text)
            canvas.drawString(x, y, text)
            x += canvas.stringWidth(text, name, 8)
        canvas.restoreState()

    doc.build(
        story,
        onFirstPage=decorate,
        onLaterPages=decorate,
        canvasmaker=lambda *args, **kwargs: _CountingCanvas(number, *args, **kwargs),
    )
    return buffer.getvalue()


def font_language(translate: Translate) -> str | None:
    """The language the fonts are chosen for when a document is written by ``translate``
    (None in English: as the documents have always chosen them)."""
    language = language_of(translate).replace("_", "-")
    return None if language.split("-")[0] in ("en", "") else language


def _draw_runs(
    canvas: Any, text: str, x: float, y: float, language: str | None, *, right: bool = True
) -> None:
    """A footer line of the app's wording drawn run by run, each script in its font (a Japanese
    footer takes a Japanese font); ``right``: ``x`` is where the line ends."""
    size = 7.5
    runs = [
        (fonts.register(run.face), visual_order(run.text))
        for run in fonts.split_runs(text, language)
    ]
    if right:
        x -= sum(canvas.stringWidth(part, name, size) for name, part in runs)
    for name, part in runs:
        canvas.setFont(name, size)
        canvas.drawString(x, y, part)
        x += canvas.stringWidth(part, name, size)


class _CountingCanvas(Canvas):
    """A canvas that holds its pages until the end, so that each can say "page 2 of 5"."""

    def __init__(self, number: Callable[[Any, int, int], None], *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._number = number
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._held)
        for page, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self._number(self, page, pages)
            super().showPage()
        super().save()


def locale_of(language: str, country: str) -> str:
    """The Babel locale of the organization's date, time and number forms: its language as
    written in its country (en_US: "May 10, 2025, 11:00 AM"; en_GB: "10 May 2025, 11:00")."""
    from babel import Locale, UnknownLocaleError

    tag = language.replace("-", "_")
    for candidate in (f"{tag}_{country}", tag, "en"):
        try:
            return str(Locale.parse(candidate))
        except (UnknownLocaleError, ValueError):
            continue
    return "en"


def day_text(moment: date, locale: str) -> str:
    """A day as the organization writes it in full: "Saturday, May 10, 2025"."""
    from babel.dates import format_date

    return str(format_date(moment, format="full", locale=locale))


def short_day(moment: date, locale: str) -> str:
    """A day in a table: "May 10, 2025"."""
    from babel.dates import format_date

    return str(format_date(moment, format="medium", locale=locale))


def clock_text(moment: datetime, locale: str) -> str:
    """A time of day as the organization writes it: "11:00 AM" (en_US), "11:00" (de_DE)."""
    from babel.dates import format_time

    return str(format_time(moment, format="short", locale=locale))


def span_text(start: datetime, end: datetime, zone: str, locale: str) -> str:
    """When something happens, on one clock: "Saturday, May 10, 2025, 11:00 AM – 5:00 PM
    (America/Chicago)", the end's day given when it is another."""
    first = f"{day_text(start, locale)}, {clock_text(start, locale)}"
    if start.date() == end.date():
        last = clock_text(end, locale)
    else:
        last = f"{short_day(end, locale)}, {clock_text(end, locale)}"
    return f"{first} – {last} ({zone.replace('_', ' ')})"
