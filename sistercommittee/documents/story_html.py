"""A story as an HTML page with its images: a folder holding index.html and images/, ready to
put on the committee's web site or to send to a newsletter editor. Everything the user wrote is
escaped; the page needs nothing from the network."""

from __future__ import annotations

import html
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from sistercommittee.documents.files import ExportFileError
from sistercommittee.documents.shown import Shown
from sistercommittee.documents.story_pdf import byline, only_english
from sistercommittee.documents.story_pdf import caption as photo_caption
from sistercommittee.messages import Translate, english, msg
from sistercommittee.services.stories import StoryDocument, story_document
from sistercommittee.storage.database import Database

IMAGE_PIXELS = 1600

_CSS = """
body { font-family: "Noto Serif", Georgia, serif; color: #1d2430; background: #fafafa;
       margin: 0; }
main { max-width: 46rem; margin: 0 auto; padding: 2.5rem 1.5rem 3rem; background: #fff; }
h1 { color: #1f3864; font-size: 2rem; line-height: 1.2; margin: 0 0 .4rem; }
.byline { color: #5b6068; margin: 0 0 1.5rem; border-bottom: 2px solid #b08d2e;
          padding-bottom: .8rem; }
.photos { display: grid; gap: 1rem; margin: 0 0 1.5rem; }
.photos.many { grid-template-columns: 1fr 1fr; }
figure { margin: 0; }
figure img { width: 100%; height: auto; display: block; border-radius: 3px; }
figcaption { color: #5b6068; font-size: .85rem; margin-top: .35rem; }
p { font-size: 1.08rem; line-height: 1.6; }
footer { color: #8a8f96; font-size: .8rem; margin-top: 2rem; }
"""


def _resized(source: Path, target: Path) -> tuple[int, int]:
    from PIL import Image, ImageOps

    with Image.open(source) as opened:
        picture = ImageOps.exif_transpose(opened).convert("RGB")
    picture.thumbnail((IMAGE_PIXELS, IMAGE_PIXELS))
    picture.save(target, "JPEG", quality=88)
    return picture.width, picture.height


def story_html(
    doc: StoryDocument, images: list[tuple[str, int, int]], translate: Translate = english
) -> str:
    """The page; ``images`` are (relative path, width, height) in the order of doc.photos; its
    own words written by ``translate`` (the committee's language, which the story is in)."""
    e = html.escape
    shown = Shown(translate)
    figures = []
    for photo, (src, width, height) in zip(doc.photos, images, strict=True):
        caption = photo_caption(photo, shown)
        alt = photo.caption or shown(msg("Photo of the story"))
        figures.append(
            f'<figure><img src="{e(src)}" width="{width}" height="{height}" alt="{e(alt)}">'
            + (f"<figcaption>{e(caption)}</figcaption>" if caption else "")
            + "</figure>"
        )
    photos = (
        f'<section class="photos{" many" if len(figures) > 1 else ""}">{"".join(figures)}</section>'
        if figures
        else ""
    )
    paragraphs = "\n".join(f"<p>{e(text)}</p>" for text in doc.paragraphs)
    return f"""<!DOCTYPE html>
<html lang="{e(_page_language(shown))}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(doc.title)}</title>
<style>{_CSS}</style>
</head>
<body>
<main>
<article>
<h1>{e(doc.title)}</h1>
<p class="byline">{e(byline(doc, shown))}</p>
{photos}
{paragraphs}
</article>
<footer>{e(shown(msg("Made with SisterCommittee.")))}</footer>
</main>
</body>
</html>
"""


def _page_language(shown: Shown) -> str:
    """The page's lang attribute: a BCP 47 tag ("es", "ja", "es-MX")."""
    return "en" if shown.english else shown.language.replace("_", "-")


def write_story_html(
    db: Database,
    story_id: str,
    folder: Path,
    translator_for: Callable[[str], Translate] = only_english,
) -> Path:
    """Write the page into ``folder`` (made if missing): index.html and images/. Written beside
    and moved in, so that a failure leaves no half page. Returns the path of index.html. The
    page's own words are in the committee's language, which the story is written in:
    ``translator_for(language)`` gives its translator."""
    doc = story_document(db, story_id)
    translate = translator_for(doc.language)
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=folder) as work:
            staging = Path(work)
            (staging / "images").mkdir()
            images: list[tuple[str, int, int]] = []
            for number, photo in enumerate(doc.photos, start=1):
                name = f"images/photo-{number}.jpg"
                width, height = _resized(photo.path, staging / name)
                images.append((name, width, height))
            page = story_html(doc, images, translate)
            (staging / "index.html").write_text(page, encoding="utf-8")
            target_images = folder / "images"
            if target_images.exists():
                shutil.rmtree(target_images)
            (staging / "images").replace(target_images)
            (staging / "index.html").replace(folder / "index.html")
    except OSError as error:
        raise ExportFileError(
            msg(
                "The story could not be written to {folder} ({strerror}). Choose another "
                "folder.",
                folder=folder, strerror=error.strerror,
            )
        ) from error
    return folder / "index.html"
