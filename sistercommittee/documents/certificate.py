"""The bilingual certificate of a partnership, as a landscape PDF page.

The page shows, top to bottom: the organization's name, the title in the home language and in the
partner's language, the two cities, the MOU text (or the statement of friendship) in both
languages side by side with the place and date of signing, and the signature lines of both sides
with the organization's seal or logo between them.

Rules, decided here:

- The partner's language is the partnership's language, else the main official language of its
  country; the home language is the organization's, else English. When both are the same the
  certificate has one column.
- The latest MOU that is not deleted is used. Its texts are printed when it has one in each
  language printed; otherwise both columns carry the statement of friendship from the wording
  templates, so that the two sides always say the same thing.
- A partnership without an MOU still gets a certificate: the statement of friendship, the
  partnership's date of signing when known, and blank signature lines captioned with each city,
  to be signed by hand at a ceremony.
- An MOU text too long for the page at 8 pt is printed in full on annex pages that follow, in
  both languages side by side; the certificate page then carries the statement of friendship
  and a line saying that the full text is attached.
- The paper is US Letter for organizations in countries that use it, A4 elsewhere.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.platypus import Flowable

from sistercommittee.documents import fonts
from sistercommittee.documents.text import ScriptText
from sistercommittee.documents.wording import Wording, wording_for
from sistercommittee.domain.enums import SignatorySide
from sistercommittee.errors import SisterCommitteeError, ValidationError
from sistercommittee.services.certificates import (
    CertificateCity,
    CertificateData,
    CertificateSignatory,
    certificate_data,
)
from sistercommittee.storage.database import Database

Paper = Literal["letter", "a4"]
PAPERS: tuple[Paper, ...] = ("letter", "a4")

# Countries whose offices use US Letter paper; everyone else uses A4.
LETTER_COUNTRIES = frozenset(
    {"US", "CA", "MX", "PR", "PH", "CL", "CO", "VE", "CR", "GT", "PA", "DO", "SV", "NI", "HN", "BZ"}
)
LOGO_FILE_NAMES = ("seal.png", "seal.jpg", "logo.png", "logo.jpg", "logo.jpeg")

NAVY = HexColor("#1d2b4f")
GOLD = HexColor("#a8843a")
GOLD_LIGHT = HexColor("#d9c48f")
INK = HexColor("#1f1f1f")
MUTED = HexColor("#55595f")

BODY_SIZES = (14, 13.5, 13, 12.5, 12, 11.5, 11, 10.5, 10, 9.5, 9, 8.5, 8)
ANNEX_SIZE = 10.0


class CertificateError(SisterCommitteeError):
    """The certificate cannot be made as asked (bad paper, unreadable logo)."""


def paper_for_country(country: str) -> Paper:
    return "letter" if country.upper() in LETTER_COUNTRIES else "a4"


def partner_language(city: CertificateCity) -> str | None:
    """The partner's language: as recorded, else the first official language of its country."""
    if city.language:
        return city.language
    from babel.languages import get_official_languages

    official = get_official_languages(city.country.upper(), de_facto=True)
    return official[0].replace("_", "-") if official else None


def organization_logo(db: Database) -> Path | None:
    """The seal or logo kept in the organization's files folder (``seal.png``, ``logo.png`` …)."""
    folder = db.files_dir
    for name in LOGO_FILE_NAMES:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


# --- public API ---------------------------------------------------------------------------------


def render_certificate(
    db: Database,
    partnership_id: str,
    language: str | None = None,
    paper: str | None = None,
    logo: Path | bytes | None = None,
) -> bytes:
    """The certificate of a partnership as PDF bytes.

    Args:
        language: BCP 47 tag of the second language (default: the partner's).
        paper: "letter" or "a4" (default: from the organization's country).
        logo: an image file or its bytes (PNG or JPEG); default: the seal or logo in the
            organization's files folder, else a drawn emblem.

    Raises NotFoundError, UnknownLanguageError, UncoveredTextError, CertificateError.
    """
    data = certificate_data(db, partnership_id)
    if logo is None:
        logo = organization_logo(db)
    return build_certificate(data, language=language, paper=paper, logo=logo)


def write_certificate(
    db: Database,
    partnership_id: str,
    path: Path,
    language: str | None = None,
    paper: str | None = None,
    logo: Path | bytes | None = None,
) -> Path:
    """Write the certificate to ``path`` (replaced whole, never half-written) and return it."""
    pdf = render_certificate(db, partnership_id, language=language, paper=paper, logo=logo)
    from sistercommittee.documents.files import write_bytes

    return write_bytes(path, pdf)


def check_paper(paper: str | None, country: str) -> Paper:
    if paper is None:
        return paper_for_country(country)
    value = paper.strip().lower()
    if value not in PAPERS:
        raise ValidationError.single("paper", "The paper must be letter or a4.")
    return value  # type: ignore[return-value]


def build_certificate(
    data: CertificateData,
    language: str | None = None,
    paper: str | None = None,
    logo: Path | bytes | None = None,
) -> bytes:
    """The certificate PDF for data already read (see ``render_certificate``)."""
    chosen_paper = check_paper(paper, data.home.country)
    home_wording = (
        wording_for(data.home.language or "en")
        if _has_wording(data.home.language)
        else wording_for("en")
    )
    wanted = language or partner_language(data.partner)
    if wanted is None:
        raise ValidationError.single(
            "language",
            "The partner's language is not recorded; choose the certificate's language.",
        )
    partner_wording = wording_for(wanted)
    content = _content(data, home_wording, partner_wording)
    fonts.check_printable(content.all_texts(), partner_wording.language)
    logo_image = _read_logo(logo) if logo is not None else None
    page = landscape(letter if chosen_paper == "letter" else A4)
    buffer = io.BytesIO()
    from reportlab.pdfgen.canvas import Canvas

    # The initial font would otherwise be Helvetica, which is never embedded.
    canvas = Canvas(
        buffer,
        pagesize=page,
        pageCompression=1,
        initialFontName=fonts.register(fonts.SERIF),
    )
    canvas.setTitle(f"{content.home_title} — {data.home.name} & {data.partner.name}")
    canvas.setAuthor(data.organization_name)
    canvas.setSubject(content.home_title)
    canvas.setCreator("SisterCommittee")
    _CertificatePage(canvas, page, content, logo_image).draw()
    buffer.seek(0)
    return buffer.getvalue()


def _has_wording(language: str | None) -> bool:
    from sistercommittee.documents.wording import template_tag

    return bool(language) and template_tag(language or "") is not None


# --- content ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Column:
    wording: Wording
    body: str  # the MOU text, or the statement of friendship
    signed: str | None
    statement: str  # the statement of friendship, for when the MOU text goes to the annex
    is_mou_text: bool
    note: str | None = None  # "the full text is attached", when it is

    def with_statement(self) -> _Column:
        note = self.wording.sentence("annex_note")
        return replace(self, body=self.statement, is_mou_text=False, note=note)


@dataclass(frozen=True)
class _Signature:
    lines: tuple[tuple[str, str | None, bool], ...]  # (text, language, bold)


@dataclass(frozen=True)
class _Content:
    organization: str
    home_title: str
    partner_title: str | None
    home_city: tuple[str, str]  # name, details
    partner_city: tuple[str, str, str | None]  # name, details, partner language
    columns: tuple[_Column, ...]
    home_signatures: tuple[_Signature, ...]
    partner_signatures: tuple[_Signature, ...]
    emblem_text: str
    emblem_year: str | None

    def all_texts(self) -> list[str]:
        texts = [self.organization, self.home_title, self.partner_title or "", self.emblem_text]
        texts += [*self.home_city, self.partner_city[0], self.partner_city[1]]
        for column in self.columns:
            texts += [column.body, column.signed or "", column.statement]
            texts.append(column.wording.sentence("annex_note"))
        for signature in (*self.home_signatures, *self.partner_signatures):
            texts += [text for text, _language, _bold in signature.lines]
        return texts


def _join(*parts: str | None) -> str:
    return " · ".join(part for part in parts if part)


def _statement(wording: Wording, data: CertificateData) -> str:
    partner_name = data.partner.name_local or data.partner.name
    return wording.sentence(
        "statement",
        home=data.home.name,
        home_country=wording.country_name(data.home.country),
        partner=partner_name if wording.language != "en" else data.partner.name,
        partner_country=wording.country_name(data.partner.country),
        kind=wording.kind(data.kind),
    )


def _signature(signatory: CertificateSignatory, partner: bool, partner_language: str) -> _Signature:
    lines: list[tuple[str, str | None, bool]] = []
    if partner and signatory.name_local and signatory.name_local != signatory.name:
        lines.append((signatory.name_local, partner_language, True))
        lines.append((signatory.name, "en", False))
    else:
        lines.append((signatory.name, partner_language if partner else "en", True))
    if partner and signatory.title_local:
        lines.append((signatory.title_local, partner_language, False))
    if signatory.title and signatory.title != signatory.title_local:
        lines.append((signatory.title, "en", False))
    return _Signature(tuple(lines))


def _content(data: CertificateData, home: Wording, partner: Wording) -> _Content:
    bilingual = partner.language != home.language
    languages = (home, partner) if bilingual else (home,)
    mou = data.mou
    signed_on = (mou.signed_on if mou else None) or data.signed_on
    place = mou.signed_place if mou else None
    texts = [mou.text_in(wording.language) if mou else None for wording in languages]
    use_mou = all(texts)
    columns = tuple(
        _Column(
            wording,
            text if use_mou and text else _statement(wording, data),
            wording.signed(place, signed_on),
            _statement(wording, data),
            bool(use_mou and text),
        )
        for wording, text in zip(languages, texts, strict=True)
    )
    partner_name = data.partner.name_local or data.partner.name
    partner_details = _join(
        data.partner.name if data.partner.name_local else None,
        data.partner.region,
        home.country_name(data.partner.country),
    )
    home_signatures: list[_Signature] = []
    partner_signatures: list[_Signature] = []
    for signatory in mou.signatories if mou else ():
        is_partner = signatory.side == SignatorySide.PARTNER
        target = partner_signatures if is_partner else home_signatures
        target.append(_signature(signatory, is_partner, partner.language))
    if not home_signatures:
        home_signatures.append(
            _Signature(((home.sentence("for_city", city=data.home.name), home.language, False),))
        )
    if not partner_signatures:
        lines: list[tuple[str, str | None, bool]] = [
            (partner.sentence("for_city", city=partner_name), partner.language, False)
        ]
        if bilingual:
            lines.append((home.sentence("for_city", city=data.partner.name), home.language, False))
        partner_signatures.append(_Signature(tuple(lines)))
    return _Content(
        organization=data.organization_name,
        home_title=home.title(data.kind),
        partner_title=partner.title(data.kind) if bilingual else None,
        home_city=(data.home.name, _join(data.home.region, home.country_name(data.home.country))),
        partner_city=(partner_name, partner_details, partner.language),
        columns=columns,
        home_signatures=tuple(home_signatures),
        partner_signatures=tuple(partner_signatures),
        emblem_text=home.kind(data.kind).upper(),
        emblem_year=str(signed_on.year) if signed_on else None,
    )


def _read_logo(logo: Path | bytes) -> Any:
    from reportlab.lib.utils import ImageReader

    try:
        source: Any = io.BytesIO(logo) if isinstance(logo, bytes) else str(logo)
        image = ImageReader(source)
        image.getSize()
        return image
    except Exception as error:  # PIL raises many kinds for a file that is not an image
        raise CertificateError(
            f"The seal or logo image cannot be read ({error}). Use a PNG or JPEG file."
        ) from error


# --- drawing ------------------------------------------------------------------------------------


def _text(
    text: str,
    language: str | None,
    size: float,
    *,
    bold: bool = False,
    color: Color = INK,
    align: str = "center",
    tracking: float = 0,
    leading: float | None = None,
) -> ScriptText:
    return ScriptText(
        text,
        language=language,
        size=size,
        bold=bold,
        color=color,
        align=align,  # type: ignore[arg-type]
        tracking=tracking,
        leading=leading,
    )


def _is_cjk(language: str | None) -> bool:
    return (language or "").split("-")[0] in ("ja", "zh", "ko")


class _CertificatePage:
    """Draws one certificate page, and annex pages when the MOU text is too long."""

    def __init__(self, canvas: Any, page: tuple[float, float], content: _Content, logo: Any):
        self.canvas = canvas
        self.width, self.height = page
        self.content = content
        self.logo = logo
        self.left = 64.0
        self.right = self.width - 64.0
        self.content_width = self.right - self.left

    # Each helper draws below ``top`` and returns the new top.
    def _place(
        self, flowable: Flowable, top: float, x: float | None = None, width: float | None = None
    ) -> float:
        width = width if width is not None else self.content_width
        _w, height = flowable.wrapOn(self.canvas, width, self.height)
        flowable.drawOn(self.canvas, self.left if x is None else x, top - height)
        return top - height

    def draw(self) -> None:
        self._border()
        top = self.height - 54
        content = self.content
        top = self._place(
            _text(content.organization.upper(), "en", 8.5, color=MUTED, tracking=1.6), top
        )
        top -= 8
        title_size = 23 if content.partner_title else 27
        top = self._place(
            _text(
                content.home_title.upper(),
                "en",
                title_size,
                bold=True,
                color=NAVY,
                tracking=1.2,
                leading=title_size * 1.2,
            ),
            top,
        )
        if content.partner_title:
            language = content.partner_city[2]
            size = 21 if _is_cjk(language) else 19
            top -= 2
            top = self._place(
                _text(
                    content.partner_title, language, size, bold=True, color=NAVY, leading=size * 1.3
                ),
                top,
            )
        top -= 9
        self._ornament(top)
        top -= 17
        top = self._cities(top)
        top -= 14
        signatures_top = self._signatures()
        annex = self._body(top, signatures_top + 22)
        self.canvas.showPage()
        if annex:
            self._annex(annex)
        self.canvas.save()

    def _annex(self, columns: Sequence[_Column]) -> None:
        """The full MOU texts on as many pages as they need, both languages side by side."""
        gutter = 40.0
        count = len(columns)
        width = (self.content_width - gutter * (count - 1)) / count
        stories: list[list[Flowable]] = [
            [
                _text(
                    column.body,
                    column.wording.language,
                    ANNEX_SIZE,
                    align="left",
                    leading=ANNEX_SIZE * (1.6 if _is_cjk(column.wording.language) else 1.45),
                )
            ]
            for column in columns
        ]
        while any(stories):
            self._border()
            top = self.height - 58
            for column in columns:
                language = column.wording.language
                top = self._place(
                    _text(
                        column.wording.sentence("annex_title"),
                        language,
                        15,
                        bold=True,
                        color=NAVY,
                        leading=20,
                    ),
                    top,
                )
            top -= 8
            self._ornament(top)
            top -= 14
            progressed = False
            for index, story in enumerate(stories):
                x = self.left + index * (width + gutter)
                progressed |= self._fill(story, x, top, 48, width)
            if not progressed:
                raise CertificateError("The MOU text cannot be laid out on the annex pages.")
            if count == 2:
                c = self.canvas
                c.saveState()
                c.setStrokeColor(GOLD_LIGHT)
                c.setLineWidth(0.6)
                mid = self.left + width + gutter / 2
                c.line(mid, top, mid, 52)
                c.restoreState()
            self.canvas.showPage()

    def _border(self) -> None:
        c = self.canvas
        w, h = self.width, self.height
        c.saveState()
        c.setStrokeColor(NAVY)
        c.setLineWidth(3.2)
        c.rect(22, 22, w - 44, h - 44)
        c.setStrokeColor(GOLD)
        c.setLineWidth(0.9)
        c.rect(29, 29, w - 58, h - 58)
        c.setLineWidth(0.4)
        c.rect(33, 33, w - 66, h - 66)
        # Corner ornaments: a gold diamond in each corner between the rules.
        c.setFillColor(GOLD)
        for x, y in ((33, 33), (w - 33, 33), (33, h - 33), (w - 33, h - 33)):
            self._diamond(x, y, 6.5)
        c.restoreState()

    def _diamond(self, x: float, y: float, r: float) -> None:
        path = self.canvas.beginPath()
        path.moveTo(x, y + r)
        path.lineTo(x + r, y)
        path.lineTo(x, y - r)
        path.lineTo(x - r, y)
        path.close()
        self.canvas.drawPath(path, stroke=0, fill=1)

    def _ornament(self, y: float) -> None:
        c = self.canvas
        mid = self.width / 2
        half = self.content_width * 0.22
        c.saveState()
        c.setStrokeColor(GOLD)
        c.setLineWidth(0.8)
        c.line(mid - half, y, mid - 10, y)
        c.line(mid + 10, y, mid + half, y)
        c.setFillColor(GOLD)
        self._diamond(mid, y, 4)
        c.restoreState()

    def _cities(self, top: float) -> float:
        content = self.content
        gap = 60.0
        half = (self.content_width - gap) / 2
        partner_language = content.partner_city[2]
        blocks = []
        for (name, details), language, x in (
            (content.home_city, "en", self.left),
            (content.partner_city[:2], partner_language, self.left + half + gap),
        ):
            name_size = 20 if _is_cjk(language) else 19
            flowables = [
                _text(name, language, name_size, bold=True, color=INK, leading=name_size * 1.3),
                _text(details, "en", 10, color=MUTED),
            ]
            blocks.append((flowables, x))
        lowest = top
        for flowables, x in blocks:
            y = top
            for flowable in flowables:
                y = self._place(flowable, y, x=x, width=half)
            lowest = min(lowest, y)
        # "&" between the two cities, centred on the names.
        amp = _text("&", "en", 22, color=GOLD)
        _w, h = amp.wrapOn(self.canvas, gap, 40)
        amp.drawOn(self.canvas, self.left + half, top - h - 2)
        return lowest

    def _fill(
        self, story: list[Flowable], x: float, top: float, bottom: float, width: float
    ) -> bool:
        """Draw from the start of ``story`` into the box, cutting the last text between lines;
        remove what was drawn from the story and tell whether anything was."""
        progressed = False
        while story:
            flowable = story[0]
            _w, height = flowable.wrapOn(self.canvas, width, top - bottom)
            if height <= top - bottom:
                flowable.drawOn(self.canvas, x, top - height)
                top -= height
                story.pop(0)
                progressed = True
                continue
            parts = flowable.split(width, top - bottom)
            if not parts:
                break
            _w, height = parts[0].wrapOn(self.canvas, width, top - bottom)
            parts[0].drawOn(self.canvas, x, top - height)
            story[0:1] = parts[1:]
            progressed = True
            break
        return progressed

    def _body(self, top: float, bottom: float) -> tuple[_Column, ...]:
        """Draw the texts between the cities and the signatures; return the columns whose full
        MOU text must go to annex pages (none when everything fits)."""
        columns = self.content.columns
        height = top - bottom
        gutter = 40.0
        if len(columns) == 1:
            width = min(self.content_width * 0.72, 560)
            xs = [self.left + (self.content_width - width) / 2]
        else:
            width = (self.content_width - gutter) / 2
            xs = [self.left, self.left + width + gutter]

        def make(size: float, column: _Column) -> list[Flowable]:
            language = column.wording.language
            flowables: list[Flowable] = [
                _text(
                    column.body,
                    language,
                    size,
                    align="left",
                    leading=size * (1.55 if _is_cjk(language) else 1.42),
                )
            ]
            if column.note:
                note = _text(column.note, language, size * 0.95, color=MUTED, align="left")
                note.spaceBefore = size * 0.5
                flowables.append(note)
            if column.signed:
                signed = _text(column.signed, language, size * 0.95, color=MUTED, align="left")
                signed.spaceBefore = size * 0.8
                flowables.append(signed)
            return flowables

        annex: tuple[_Column, ...] = ()
        chosen = _fit(columns, make, width, height)
        if chosen is None and any(column.is_mou_text for column in columns):
            annex = columns
            columns = tuple(column.with_statement() for column in columns)
            chosen = _fit(columns, make, width, height)
        if chosen is None:
            raise CertificateError(
                "The certificate's text does not fit on the page; shorten the organization's "
                "or the cities' names."
            )
        heights = [_stack_height(items, width) for items in chosen]
        tallest = max(heights)
        # Centre the body block vertically in the space left, both columns from the same top.
        y_top = top - (height - tallest) / 2
        for items, x in zip(chosen, xs, strict=True):
            y = y_top
            for flowable in items:
                y -= getattr(flowable, "spaceBefore", 0)
                y = self._place(flowable, y, x=x, width=width)
        if len(columns) == 2:
            c = self.canvas
            c.saveState()
            c.setStrokeColor(GOLD_LIGHT)
            c.setLineWidth(0.6)
            mid = self.left + width + gutter / 2
            c.line(mid, y_top, mid, y_top - tallest)
            c.restoreState()
        return annex

    def _signatures(self) -> float:
        """Draw the signature blocks and the seal; return the top of the block."""
        content = self.content
        seal_radius = 38.0
        seal_space = seal_radius * 2 + 40
        half = (self.content_width - seal_space) / 2
        line_y = 112.0
        tops = [
            self._signature_group(content.home_signatures, self.left, half, line_y),
            self._signature_group(content.partner_signatures, self.right - half, half, line_y),
        ]
        self._seal(self.width / 2, 86.0, seal_radius)
        return max(max(tops), 86.0 + seal_radius)

    def _signature_group(
        self, signatures: Sequence[_Signature], x: float, width: float, line_y: float
    ) -> float:
        count = len(signatures)
        per_row = min(count, 3)
        slot = width / per_row
        line_width = min(slot - 18, 190)
        c = self.canvas
        for index, signature in enumerate(signatures[:per_row]):
            centre = x + slot * index + slot / 2
            c.saveState()
            c.setStrokeColor(NAVY)
            c.setLineWidth(0.7)
            c.line(centre - line_width / 2, line_y, centre + line_width / 2, line_y)
            c.restoreState()
            y = line_y - 4
            for text, language, bold in signature.lines:
                size = 10 if bold else 8.6
                # Narrow slots (three signatories a side): smaller type rather than words cut.
                while size > 6.5 and _text(text, language, size, bold=bold).widest_atom() > (
                    slot - 8
                ):
                    size -= 0.5
                y = self._place(
                    _text(
                        text,
                        language,
                        size,
                        bold=bold,
                        color=INK if bold else MUTED,
                        leading=size * 1.3,
                    ),
                    y,
                    x=centre - slot / 2 + 4,
                    width=slot - 8,
                )
        if count > per_row:
            # More signatories than fit in a row: list the rest on one line under the row.
            rest = "; ".join(s.lines[0][0] for s in signatures[per_row:])
            self._place(
                _text(rest, signatures[per_row].lines[0][1], 8, color=MUTED), 44, x=x, width=width
            )
        return line_y + 6

    def _seal(self, cx: float, cy: float, radius: float) -> None:
        c = self.canvas
        if self.logo is not None:
            image_width, image_height = self.logo.getSize()
            scale = min(2 * radius / image_width, 2 * radius / image_height)
            w, h = image_width * scale, image_height * scale
            c.drawImage(self.logo, cx - w / 2, cy - h / 2, w, h, mask="auto")
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
        label = self.content.emblem_text
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
        if self.content.emblem_year:
            c.setFont(name, 12)
            c.drawCentredString(cx, cy - 4, self.content.emblem_year)
        else:
            self._diamond(cx, cy, 5)
        c.restoreState()


def _fit(
    columns: Sequence[_Column], make: Any, width: float, height: float
) -> list[list[Flowable]] | None:
    """The columns' flowables at the largest body size where all of them fit, or None."""
    for size in BODY_SIZES:
        chosen = [make(size, column) for column in columns]
        if all(_stack_height(items, width) <= height for items in chosen):
            return chosen
    return None


def _stack_height(flowables: Sequence[Flowable], width: float) -> float:
    total = 0.0
    for flowable in flowables:
        _w, h = flowable.wrap(width, 10_000)
        total += h + getattr(flowable, "spaceBefore", 0)
    return total


__all__ = [
    "PAPERS",
    "CertificateError",
    "build_certificate",
    "check_paper",
    "organization_logo",
    "paper_for_country",
    "partner_language",
    "render_certificate",
    "write_certificate",
]
