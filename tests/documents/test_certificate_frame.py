"""Every glyph of every certificate lies inside the frame, and no word or name is broken.

The text boxes are read back from the PDF with ``pdftotext -bbox``. The cases: every
partnership of the demo data on both papers, and stress cases with one to four signatories a
side with long titles, a Thai name BudouX would cut, dates, and the longest place name in
Wales. Each case is one PDF made and read (about 0.2 s); the stress cases take the two papers in
turn so that each count meets both without doubling the cost.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from sistercommittee.documents.certificate import render_certificate
from sistercommittee.documents.layout import INNER_RULE
from sistercommittee.domain import Partnership
from sistercommittee.storage.database import Database, open_database
from tests.documents.conftest import pdf_text, word_boxes
from tests.documents.stress import CITIES, HOME, LLANFAIR, add_stress_partnership

# pdftotext's boxes use each font's ascent and descent: a little taller than the ink.
TOLERANCE = 1.0


def assert_inside_frame(
    pdf: bytes, tmp_path: Path
) -> list[tuple[int, float, float, float, float, str]]:
    boxes = word_boxes(pdf, tmp_path)
    sizes = {box[0]: (box[3], box[4]) for box in boxes if not box[5]}
    limit = INNER_RULE + TOLERANCE
    outside = []
    for page, x0, y0, x1, y1, word in boxes:
        if not word:
            continue
        width, height = sizes[page]
        if x0 < limit or y0 < limit or x1 > width - limit or y1 > height - limit:
            outside.append((page, round(x0), round(y0), round(x1), round(y1), word))
    assert not outside, f"words outside the frame: {outside[:10]}"
    return boxes


def assert_no_overlaps(boxes: list[tuple[int, float, float, float, float, str]]) -> None:
    """No two words print over each other (the middle half of each box, so that the fonts'
    generous ascents do not count)."""
    words = [box for box in boxes if box[5] and box[3] - box[1] > 0.5]
    bad = []
    for index, (page, x0, y0, x1, y1, word) in enumerate(words):
        inset = (y1 - y0) / 4
        for other in words[index + 1 :]:
            if other[0] != page:
                continue
            o_inset = (other[4] - other[2]) / 4
            if (
                x0 + 0.5 < other[3] - 0.5
                and other[1] + 0.5 < x1 - 0.5
                and y0 + inset < other[4] - o_inset
                and other[2] + o_inset < y1 - inset
            ):
                bad.append((word, other[5]))
    assert not bad, f"words printed over each other: {bad[:10]}"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Database:
    from sistercommittee.sample.generator import generate

    db = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite", create=True)
    generate(db, scale=1)
    yield db
    db.close()


def _demo_ids() -> list[str]:
    # The demo's partner cities, by their English name (the sample data is the same each run).
    from sistercommittee.sample.pools import PARTNERS

    return [partner.city_name for partner in PARTNERS]


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("city", _demo_ids())
def test_every_demo_certificate_stays_inside_the_frame(demo, tmp_path, city, paper):
    with demo.read() as session:
        pid = session.scalar(select(Partnership.id).where(Partnership.city_name == city))
    assert pid is not None, city
    pdf = render_certificate(demo, pid, paper=paper)
    assert_no_overlaps(assert_inside_frame(pdf, tmp_path))


STRESS = [(key, count) for key in CITIES for count in (1, 2, 3, 4)]


@pytest.mark.parametrize(("key", "count"), STRESS, ids=[f"{k}-{c}" for k, c in STRESS])
def test_stress_certificates_stay_inside_the_frame_with_words_whole(db, tmp_path, key, count):
    paper = "letter" if count % 2 else "a4"
    pid = add_stress_partnership(db, key, count)
    pdf = render_certificate(db, pid, paper=paper)
    boxes = assert_inside_frame(pdf, tmp_path)
    assert_no_overlaps(boxes)
    words = {box[5] for box in boxes}
    # Every word of the English names and titles comes out whole.
    for name, title in HOME[:count]:
        for word in f"{name} {title}".split():
            assert word.strip(",") in {w.strip(",") for w in words}, (word, sorted(words)[:50])
    lines = pdf_text(pdf, tmp_path).splitlines()
    # Names in the partner's script on one line each; the date never split.
    for _name, local, _title in CITIES[key][6][:count]:
        assert any(local in line for line in lines), (local, lines)
    assert any("May 8, 1999" in line for line in lines), lines


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_longest_place_name_is_never_cut(db, tmp_path, paper):
    pid = add_stress_partnership(db, "cy", 4)
    pdf = render_certificate(db, pid, paper=paper)
    assert_inside_frame(pdf, tmp_path)
    words = {box[5].strip(",.()") for box in word_boxes(pdf, tmp_path)}
    assert LLANFAIR in words
    assert not any(word and LLANFAIR.endswith(word) and word != LLANFAIR for word in words)
