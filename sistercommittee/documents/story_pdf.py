"""A story as one page of PDF: title, who and when, up to four photos with their captions and
credits, and the text. Long text is set smaller until the page holds it; text that cannot fit a
page even then is refused with a sentence that says how much to cut."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Spacer, Table, TableStyle

from sistercommittee.documents import fonts
from sistercommittee.documents.files import write_bytes
from sistercommittee.documents.layout import NAVY
from sistercommittee.documents.report_pdf import Styles, build_pdf, fixed, font_language, para
from sistercommittee.documents.shown import Shown
from sistercommittee.errors import ValidationError
from sistercommittee.messages import Translate, english, listing, msg
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


def byline(doc: StoryDocument, shown: Shown) -> str:
    """ "Springfield Sister Cities · Springfield · with Takayama, Japan · May 14, 2026" in the
    language ``shown`` writes."""
    if doc.partner_cities:
        return shown(
            msg(
                "{organization} · {city} · with {partners} · {date}",
                organization=doc.organization,
                city=doc.home_city,
                partners=listing(doc.partner_cities),
                date=doc.date_text,
            )
        )
    return shown(
        msg(
            "{organization} · {city} · {date}",
            organization=doc.organization,
            city=doc.home_city,
            date=doc.date_text,
        )
    )


def caption(photo: StoryPhoto, shown: Shown) -> str:
    """A photo's caption and credit: "The parade — Photo: Ken Ito"."""
    credit = shown(msg("Photo: {credit}", credit=photo.credit)) if photo.credit else None
    return " — ".join(part for part in (photo.caption, credit) if part)


def _photos(
    doc: StoryDocument, styles: Styles, frame_width: float, height: float, shown: Shown
) -> list[Flowable]:
    if not doc.photos:
        return []
    columns = 1 if len(doc.photos) == 1 else 2
    gap = 4 * mm
    cell_width = (frame_width - gap * (columns - 1)) / columns
    rows_count = (len(doc.photos) + columns - 1) // columns
    cell_height = height / rows_count
    language = font_language(shown.translate)
    cells: list[list[Flowable | str]] = []
    row: list[Flowable | str] = []
    for photo in doc.photos:
        text = caption(photo, shown)
        row.append([_image(photo, cell_width, cell_height), para(text, styles.small, language)])  # type: ignore[list-item]
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
    doc: StoryDocument, body_size: float, photo_height: float, frame_width: float, shown: Shown
) -> list[Flowable]:
    styles = Styles()
    language = font_language(shown.translate)
    body = _style(
        f"story-body-{body_size}", body_size, leading=body_size * 1.4, space_after=body_size * 0.6
    )
    story: list[Flowable] = [
        para(
            doc.title,
            _style("story-title", 22, bold=True, color=NAVY, leading=27, space_after=3),
            language,
        ),
        fixed(byline(doc, shown), styles.subtitle, language),
    ]
    story += _photos(doc, styles, frame_width, photo_height, shown)
    story += [para(text, body, language) for text in doc.paragraphs]
    return story


def story_pdf(
    doc: StoryDocument,
    country: str,
    generated_at: datetime | None = None,
    translate: Translate = english,
) -> bytes:
    """The one-page PDF of ``doc`` (Letter in the US and Canada, A4 elsewhere), its own words
    written by ``translate``: the committee's language, which the story is written in."""
    from reportlab.lib.pagesizes import A4, letter

    from sistercommittee.documents.certificate import paper_for_country

    paper = letter if paper_for_country(country) == "letter" else A4
    frame_width = paper[0] - 36 * mm
    frame_height = paper[1] - 38 * mm - 12  # the margins build_pdf uses, and its frame padding
    photo_room = 95 * mm if doc.photos else 0
    shown = Shown(translate)
    for body_size in (11.0, 10.0, 9.0, 8.0):
        for photo_height in (photo_room, photo_room * 0.75, photo_room * 0.55):
            story = _flowables(doc, body_size, photo_height, frame_width, shown)
            if _height(story, frame_width) <= frame_height:
                return build_pdf(
                    story,
                    title=doc.title,
                    organization=doc.organization,
                    country=country,
                    generated_at=generated_at or datetime.now(UTC),
                    translate=translate,
                )
    raise ValidationError.single(
        "body",
        msg(
            "The story does not fit on one page even in small print: shorten the text, or "
            "choose fewer photos.",
        ),
    )


def only_english(language: str) -> Translate:
    """A ``translator_for`` that has no translations: every document in English."""
    return english


def committee_story_pdf(
    db: Database, story_id: str, translator_for: Callable[[str], Translate] = only_english
) -> bytes:
    """The story's PDF in the committee's language (the organization's, which the story is
    written in as its draft was): ``translator_for(language)`` gives its translator."""
    from sistercommittee.services.organizations import get_organization

    doc = story_document(db, story_id)
    translate = translator_for(doc.language)
    return story_pdf(doc, get_organization(db).country, None, translate)


def write_story_pdf(
    db: Database,
    story_id: str,
    out: Path,
    translator_for: Callable[[str], Translate] = only_english,
) -> Path:
    """Write the story's PDF, in the committee's language (see committee_story_pdf)."""
    return write_bytes(Path(out), committee_story_pdf(db, story_id, translator_for))
