"""A story as one page of PDF: title, who and when, up to four photos with their captions and
credits, and the text. Long text is set smaller until the page holds it; text that cannot fit a
page even then is refused with a sentence that says how much to cut."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Spacer, Table, TableStyle

from sistercommittee.documents import fonts
from sistercommittee.documents.files import write_bytes
from sistercommittee.documents.layout import NAVY
from sistercommittee.documents.report_pdf import Styles, build_pdf, fixed, para
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.services.stories import StoryDocument, StoryPhoto, story_document
from sistercommittee.storage.database import Database

PHOTO_PIXELS = 1400  # the longer side a photo is embedded at: sharp in print, small in size


def _style(
    name: str,
    size: float,
    *,
    bold: bool = False,
    color: object = None,
    leading: float | None = None,
    space_after: float = 0,
) -> ParagraphStyle:
    extra = {"textColor": color} if color is not None else {}
    return ParagraphStyle(
        name,
        fontName=fonts.register(fonts.SERIF, bold),
        fontSize=size,
        leading=leading or size * 1.3,
        spaceAfter=space_after,
        **extra,
    )


def _height(flowables: list[Flowable], width: float) -> float:
    """The height the flowables take in a frame of ``width``, with their spaces."""
    total = 0.0
    for flowable in flowables:
        _w, h = flowable.wrap(width, 10_000)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _image(photo: StoryPhoto, width: float, height: float) -> Image:
    """The photo scaled into width × height (aspect kept), embedded as JPEG."""
    from PIL import Image as PilImage
    from PIL import ImageOps

    with PilImage.open(photo.path) as opened:
        picture = ImageOps.exif_transpose(opened).convert("RGB")
    picture.thumbnail((PHOTO_PIXELS, PHOTO_PIXELS))
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85)
    buffer.seek(0)
    ratio = min(width / picture.width, height / picture.height)
    return Image(buffer, width=picture.width * ratio, height=picture.height * ratio)


def _photos(
    doc: StoryDocument, styles: Styles, frame_width: float, height: float
) -> list[Flowable]:
    if not doc.photos:
        return []
    columns = 1 if len(doc.photos) == 1 else 2
    gap = 4 * mm
    cell_width = (frame_width - gap * (columns - 1)) / columns
    rows_count = (len(doc.photos) + columns - 1) // columns
    cell_height = height / rows_count
    cells: list[list[Flowable | str]] = []
    row: list[Flowable | str] = []
    for photo in doc.photos:
        caption = " — ".join(
            part for part in (photo.caption, photo.credit and f"Photo: {photo.credit}") if part
        )
        row.append([_image(photo, cell_width, cell_height), para(caption, styles.small)])  # type: ignore[list-item]
        if len(row) == columns:
            cells.append(row)
            row = []
    if row:
        row.append("")
        cells.append(row)
    widths = [cell_width + gap] * (columns - 1) + [cell_width]
    table = Table(cells, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (columns - 2, -1), gap),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return [table, Spacer(1, 3 * mm)]


def _flowables(
    doc: StoryDocument, body_size: float, photo_height: float, frame_width: float
) -> list[Flowable]:
    styles = Styles()
    body = _style(
        f"story-body-{body_size}", body_size, leading=body_size * 1.4, space_after=body_size * 0.6
    )
    with_cities = f" · with {', '.join(doc.partner_cities)}" if doc.partner_cities else ""
    story: list[Flowable] = [
        para(
            doc.title, _style("story-title", 22, bold=True, color=NAVY, leading=27, space_after=3)
        ),
        fixed(
            f"{doc.organization} · {doc.home_city}{with_cities} · {doc.date_text}", styles.subtitle
        ),
    ]
    story += _photos(doc, styles, frame_width, photo_height)
    story += [para(text, body) for text in doc.paragraphs]
    return story


def story_pdf(doc: StoryDocument, country: str, generated_at: datetime | None = None) -> bytes:
    """The one-page PDF of ``doc`` (Letter in the US and Canada, A4 elsewhere)."""
    from reportlab.lib.pagesizes import A4, letter

    from sistercommittee.documents.certificate import paper_for_country

    paper = letter if paper_for_country(country) == "letter" else A4
    frame_width = paper[0] - 36 * mm
    frame_height = paper[1] - 38 * mm - 12  # the margins build_pdf uses, and its frame padding
    photo_room = 95 * mm if doc.photos else 0
    for body_size in (11.0, 10.0, 9.0, 8.0):
        for photo_height in (photo_room, photo_room * 0.75, photo_room * 0.55):
            story = _flowables(doc, body_size, photo_height, frame_width)
            if _height(story, frame_width) <= frame_height:
                return build_pdf(
                    story,
                    title=doc.title,
                    organization=doc.organization,
                    country=country,
                    generated_at=generated_at or datetime.now(UTC),
                )
    raise ValidationError.single(
        "body",
        msg(
            "The story does not fit on one page even in small print: shorten the text, or "
            "choose fewer photos.",
        ),
    )


def write_story_pdf(db: Database, story_id: str, out: Path) -> Path:
    from sistercommittee.services.organizations import get_organization

    doc = story_document(db, story_id)
    return write_bytes(Path(out), story_pdf(doc, get_organization(db).country))
