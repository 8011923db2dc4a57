from __future__ import annotations

import io
import subprocess
from datetime import date

import pytest
from pypdf import PdfReader

from sistercommittee.documents import fonts
from sistercommittee.documents.certificate import (
    CertificateError,
    build_certificate,
    render_certificate,
    write_certificate,
)
from sistercommittee.documents.wording import UnknownLanguageError, available_languages, load
from sistercommittee.domain.enums import PartnershipKind
from sistercommittee.errors import NotFoundError, ValidationError
from sistercommittee.services.certificates import certificate_data
from tests.documents.conftest import pdf_fonts, pdf_text
from tests.documents.factories import ENGLISH_MOU, add_partnership


def _page_size(pdf: bytes) -> tuple[float, float]:
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    return float(page.mediabox.width), float(page.mediabox.height)


def test_japanese_certificate_shows_both_cities_mou_and_signatories(db, tmp_path):
    pid = add_partnership(db, "ja")
    pdf = render_certificate(db, pid)
    text = pdf_text(pdf, tmp_path)
    assert "CERTIFICATE OF SISTER CITY AFFILIATION" in text
    assert "姉妹都市提携証書" in text
    assert "高山市" in text and "Springfield" in text
    assert "國島芳明" in text and "Michihiro Kunishima" in text and "高山市長" in text
    assert "Misty Buscher" in text and "Mayor of Springfield" in text
    assert "Signed at Springfield, Illinois on May 3, 2024" in text
    assert "2024年5月3日" in text
    assert "姉妹都市提携を結ぶ" in text.replace("\n", "")
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1


def test_fonts_are_embedded_and_subset(db, tmp_path):
    pid = add_partnership(db, "ja")
    rows = pdf_fonts(render_certificate(db, pid), tmp_path)
    assert rows, "no fonts listed"
    for row in rows:
        assert row["emb"] == "yes" and row["sub"] == "yes" and row["uni"] == "yes", row
    names = " ".join(row["name"] for row in rows)
    assert "BIZUDMincho" in names and "NotoSerif" in names


def test_cjk_certificate_is_small(db):
    pid = add_partnership(db, "zh")
    assert len(render_certificate(db, pid)) < 1_000_000


def test_arabic_comes_out_in_logical_order(db, tmp_path):
    pid = add_partnership(db, "ar")
    text = pdf_text(render_certificate(db, pid), tmp_path)
    assert "الإسكندرية" in text
    assert "محافظ الإسكندرية" in text
    assert "شهادة التوأمة بين المدينتين" in text
    # The signing line keeps the Latin place inside the Arabic sentence.
    assert "Springfield, Illinois" in text


def test_hebrew_statement_and_brackets_mirrored_in_visual_order(db, tmp_path):
    from sistercommittee.documents.text import visual_order

    pid = add_partnership(db, "he")  # no Hebrew MOU text: the statement has (country) brackets
    text = pdf_text(render_certificate(db, pid), tmp_path)
    assert "חיפה" in text and "ישראל" in text and "תעודת כינון קשרי ערים תאומות" in text
    # Drawn left to right, the brackets around a right-to-left word are mirrored.
    assert visual_order("וחיפה (ישראל) מאשרות", "R") == "תורשאמ (לארשי) הפיחו"


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("hi", ["पुणे", "भगिनी शहर संबंध प्रमाणपत्र", "नवल किशोर राम"]),
        ("th", ["เชียงใหม่", "นายกเทศมนตรีนครเชียงใหม่"]),
        ("uk", ["Харків", "Свідоцтво про побратимство міст", "Ігор Терехов"]),
        ("el", ["Θεσσαλονίκη", "Πιστοποιητικό Αδελφοποίησης Πόλεων"]),
        ("ko", ["수원시", "자매도시 결연 증서", "이재준"]),
        ("zh-Hant", ["臺南市", "締結姊妹市證書", "黃偉哲"]),
        ("zh", ["杭州市", "缔结姐妹城市关系证书"]),
        ("vi", ["Huế", "Nguyễn Văn Phương", "Giấy chứng nhận Kết nghĩa Thành phố"]),
        ("pl", ["Łódź", "Akt Partnerstwa Miast"]),
        ("tr", ["İzmir", "Kardeş Şehir Belgesi"]),
    ],
)
def test_partner_text_appears_in_its_script(db, tmp_path, key, expected):
    pid = add_partnership(db, key)
    text = pdf_text(render_certificate(db, pid), tmp_path)
    flat = text.replace("\n", " ")
    for item in expected:
        assert item in flat, (item, flat[:2000])


def test_user_text_is_never_markup(db, tmp_path):
    pid = add_partnership(db, "es", city_name="<b>Smith & Sons</b>", city_name_local="")
    text = pdf_text(render_certificate(db, pid), tmp_path)
    assert "<b>Smith & Sons</b>" in text


def test_text_in_a_script_without_font_is_refused_by_name(db):
    pid = add_partnership(db, "es", city_name_local="თბილისი")
    with pytest.raises(fonts.UncoveredTextError) as caught:
        render_certificate(db, pid)
    assert "Georgian" in caught.value.message
    assert "თბილისი" in caught.value.message


def test_partnership_without_mou_gets_statement_and_blank_signature_lines(db, tmp_path):
    pid = add_partnership(db, "de", with_mou=False)
    text = pdf_text(render_certificate(db, pid), tmp_path).replace("\n", " ")
    assert "hereby affirm their affiliation as sister cities" in text
    assert "bekräftigen Springfield (Vereinigte Staaten) und Würzburg (Deutschland)" in text
    assert "For Springfield" in text
    assert "Für Würzburg" in text
    assert "Unterzeichnet am 3. Mai 2024" in text


def test_mou_texts_used_only_when_both_languages_have_one(db, tmp_path):
    with_texts = add_partnership(db, "ja")
    without = add_partnership(db, "ja", texts=False)
    assert ENGLISH_MOU[:40] in pdf_text(render_certificate(db, with_texts), tmp_path).replace(
        "\n", " "
    )
    text = pdf_text(render_certificate(db, without), tmp_path).replace("\n", " ")
    assert "hereby affirm" in text


def test_deleted_mou_is_ignored(db, tmp_path):
    pid = add_partnership(db, "fr", deleted_mou=True)
    data = certificate_data(db, pid)
    assert data.mou is not None and data.mou.signed_place == "Springfield, Illinois"
    assert "Nowhere" not in pdf_text(render_certificate(db, pid), tmp_path)


def test_paper_from_country_and_override(db, tmp_path):
    pid = add_partnership(db, "fr")
    assert _page_size(render_certificate(db, pid)) == pytest.approx((792, 612))
    assert _page_size(render_certificate(db, pid, paper="a4")) == pytest.approx(
        (841.89, 595.28), abs=0.01
    )
    with pytest.raises(ValidationError):
        render_certificate(db, pid, paper="legal")


def test_language_override_and_unknown_language(db, tmp_path):
    pid = add_partnership(db, "ja")
    text = pdf_text(render_certificate(db, pid, language="fr"), tmp_path)
    assert "Certificat de jumelage entre villes" in text
    english_only = pdf_text(render_certificate(db, pid, language="en"), tmp_path)
    assert "姉妹都市提携証書" not in english_only
    with pytest.raises(UnknownLanguageError) as caught:
        render_certificate(db, pid, language="xh")
    assert "zh-Hant" in caught.value.message


def test_unknown_partnership(db):
    with pytest.raises(NotFoundError):
        render_certificate(db, "no-such-id")


@pytest.mark.parametrize("kind", list(PartnershipKind))
def test_kind_titles(db, tmp_path, kind):
    pid = add_partnership(db, "uk", kind=kind)
    text = pdf_text(render_certificate(db, pid), tmp_path)
    assert load("en").title(kind).upper() in text
    assert load("uk").title(kind) in text


@pytest.mark.parametrize("language", available_languages())
def test_every_template_renders_one_page(db, language):
    pid = add_partnership(db, "es", with_mou=False)
    data = certificate_data(db, pid)
    pdf = build_certificate(data, language=language)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    wording = load(language)
    assert wording.format_date(date(2024, 5, 3))


def test_long_mou_text_goes_to_annex_pages(db, tmp_path):
    pid = add_partnership(db, "ja")
    data = certificate_data(db, pid)
    from dataclasses import replace

    english = " ".join(
        f"Article {n}. The cities shall exchange students and artists." for n in range(90)
    )
    japanese = "".join(f"第{n}条 両市は学生と芸術家の交流を行う。" for n in range(90))
    mou = replace(data.mou, texts=(("en", english), ("ja", japanese)))
    pdf = build_certificate(replace(data, mou=mou))
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) >= 3
    first = pages[0].extract_text()
    assert "Article 1." not in first and "attached" in first
    text = pdf_text(pdf, tmp_path).replace("\n", " ")
    assert "Memorandum of Understanding" in text and "覚書" in text
    assert "Article 89." in text and "第89条" in text
    assert "姉妹都市提携証書" in text


def test_logo_is_drawn_and_bad_logo_refused(db, tmp_path):
    from PIL import Image

    pid = add_partnership(db, "ja")
    logo = tmp_path / "seal.png"
    Image.new("RGB", (120, 120), (200, 30, 30)).save(logo)
    with_logo = render_certificate(db, pid, logo=logo)
    assert b"/Subtype /Image" in with_logo or b"/Image" in with_logo
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not an image")
    with pytest.raises(CertificateError):
        render_certificate(db, pid, logo=bad)


def test_logo_in_files_folder_is_used(db, tmp_path):
    from PIL import Image

    pid = add_partnership(db, "ja")
    db.files_dir.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (50, 80), (0, 0, 200)).save(db.files_dir / "logo.png")
    assert b"/Image" in render_certificate(db, pid)


def test_write_certificate(db, tmp_path):
    pid = add_partnership(db, "ko")
    path = write_certificate(db, pid, tmp_path / "out.pdf")
    assert path.read_bytes().startswith(b"%PDF")
    assert list(tmp_path.glob(".out.pdf.*")) == []


def test_png_rendering_has_no_missing_glyph_warnings(db, tmp_path):
    pid = add_partnership(db, "th")
    source = tmp_path / "c.pdf"
    source.write_bytes(render_certificate(db, pid))
    result = subprocess.run(
        ["pdftoppm", "-r", "30", "-png", "-singlefile", str(source), str(tmp_path / "c")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stderr == ""
    assert (tmp_path / "c.png").stat().st_size > 1000
