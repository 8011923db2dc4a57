"""What the certificate says in each language: places and names in the partner's language,
calendars, the document for each status, Chinese scripts, Arabic that can be searched."""

from __future__ import annotations

import io
import subprocess
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update

from sistercommittee.documents.certificate import (
    CertificateError,
    DocumentKind,
    build,
    make_certificate,
    render_certificate,
)
from sistercommittee.documents.wording import (
    SENTENCE_KEYS,
    available_languages,
    japanese_era_date,
    load,
)
from sistercommittee.domain import Mou, MouSignatory, MouText, Partnership
from sistercommittee.domain.enums import PartnershipStatus, SignatorySide
from sistercommittee.services.certificates import certificate_data
from tests.documents.conftest import pdf_text, word_boxes
from tests.documents.factories import add_partnership
from tests.documents.stress import add_stress_partnership


def _flat(pdf: bytes, tmp_path) -> str:
    return pdf_text(pdf, tmp_path).replace("\n", " ")


def _set(db, pid: str, **values: object) -> None:
    with db.write() as session:
        session.execute(update(Partnership).where(Partnership.id == pid).values(**values))


def _set_mou(db, pid: str, **values: object) -> None:
    with db.write() as session:
        session.execute(update(Mou).where(Mou.partnership_id == pid).values(**values))


# --- places and names in the partner's language ------------------------------------------------


def test_partner_column_prints_place_and_our_city_in_its_language(db, tmp_path):
    pid = add_partnership(db, "ja", place="Springfield City Hall")
    _set_mou(
        db,
        pid,
        signed_place_local="スプリングフィールド市役所",
        home_city_local="スプリングフィールド市",
    )
    text = pdf_text(render_certificate(db, pid, language="ja"), tmp_path)
    assert "Signed at Springfield City Hall on May 3, 2024" in text.replace("\n", " ")
    assert "2024年5月3日、スプリングフィールド市役所にて署名" in text.replace("\n", "")
    assert "\n名" not in text
    assert "City Hallにて" not in text


def test_without_the_place_in_the_partner_language_its_column_gives_the_date_alone(db, tmp_path):
    pid = add_partnership(db, "ja", place="Springfield City Hall")
    made = make_certificate(db, pid)
    text = _flat(made.pdf, tmp_path)
    assert "2024年5月3日署名" in text and "Hallにて" not in text
    assert any("not entered in 日本語" in note for note in made.notes)


@pytest.mark.parametrize(
    ("key", "place", "expected"),
    [
        ("de", "Rathaus Würzburg", "Rathaus Würzburg, den 3. Mai 2024"),
        (
            "es",
            "Palacio Municipal de Guadalajara",
            "Palacio Municipal de Guadalajara, a 3 de mayo de 2024",
        ),
        ("fr", "Hôtel de Ville de Besançon", "Hôtel de Ville de Besançon, le 3 mai 2024"),
        (
            "vi",
            "Ủy ban Nhân dân thành phố Huế",
            "Ký tại Ủy ban Nhân dân thành phố Huế, ngày 3 tháng 5 năm 2024",
        ),
        ("th", "ศาลาว่าการ", "ลงนาม ณ ศาลาว่าการ เมื่อวันที่ 3 พฤษภาคม พ.ศ. 2567"),
    ],
)
def test_signing_lines_need_no_article_and_use_local_calendars(db, tmp_path, key, place, expected):
    pid = add_partnership(db, key)
    _set_mou(db, pid, signed_place_local=place)
    assert expected in _flat(render_certificate(db, pid), tmp_path)


def test_japanese_era_is_an_option():
    assert japanese_era_date(date(2019, 5, 1)) == "令和元年5月1日"
    assert japanese_era_date(date(1999, 5, 8)) == "平成11年5月8日"
    assert japanese_era_date(date(1989, 1, 7)) == "昭和64年1月7日"


def test_japanese_era_on_the_certificate(db, tmp_path):
    pid = add_partnership(db, "ja")
    assert "令和6年5月3日" in _flat(render_certificate(db, pid, japanese_era=True), tmp_path)
    assert "令和" not in _flat(render_certificate(db, pid), tmp_path)


def test_german_name_is_printed_once_and_home_names_in_the_partner_script_are(db, tmp_path):
    pid = add_partnership(db, "ja")
    with db.write() as session:
        mou_id = session.scalar(select(Mou.id).where(Mou.partnership_id == pid))
        session.execute(
            update(MouSignatory)
            .where(MouSignatory.mou_id == mou_id, MouSignatory.side == SignatorySide.HOME)
            .values(name_local="ミスティ・バッシャー", title_local="スプリングフィールド市長")
        )
    text = _flat(render_certificate(db, pid), tmp_path)
    assert "ミスティ・バッシャー" in text and "スプリングフィールド市長" in text
    german = add_stress_partnership(db, "de", 2)
    text = _flat(render_certificate(db, german), tmp_path)
    assert text.count("Ursula Weiß") == 1 and "Dr. Ursula Weiß" in text


def test_hindi_uses_one_word_for_city():
    wording = load("hi")
    texts = [*wording.titles.values(), *wording.kinds.values(), *wording.sentences.values()]
    assert not any("नगर" in text for text in texts)


# --- the document follows the partnership -------------------------------------------------------


@pytest.mark.parametrize("status", [PartnershipStatus.EXPLORING, PartnershipStatus.PROPOSED])
def test_exploring_and_proposed_get_a_letter_of_intent_with_blank_lines(db, tmp_path, status):
    pid = add_partnership(db, "de", with_mou=False)
    _set(db, pid, status=status)
    made = make_certificate(db, pid)
    assert made.kind == DocumentKind.LETTER_OF_INTENT
    text = _flat(made.pdf, tmp_path)
    assert "LETTER OF INTENT" in text and "Absichtserklärung" in text
    assert "declare their intention" in text and "affirm their affiliation" not in text
    assert "Date" in text and "Place" in text and "Datum" in text and "Ort" in text
    assert "Signed" not in text and "Unterzeichnet" not in text


def test_friendship_city_gets_a_friendship_certificate(db, tmp_path):
    from sistercommittee.domain.enums import PartnershipKind

    pid = add_partnership(db, "fr", kind=PartnershipKind.FRIENDSHIP_CITY)
    text = _flat(render_certificate(db, pid), tmp_path)
    assert "FRIENDSHIP CITY" in text and "Certificat d’amitié entre villes" in text


def test_ended_partnership_is_refused_with_a_sentence(db):
    pid = add_partnership(db, "de")
    _set(db, pid, status=PartnershipStatus.ENDED)
    with pytest.raises(CertificateError) as caught:
        render_certificate(db, pid)
    assert "Würzburg has ended" in caught.value.message


def test_renewal_certificate_on_an_anniversary(db, tmp_path):
    pid = add_partnership(db, "ja", signed_on=date(2001, 5, 3))
    made = make_certificate(db, pid, renewal=True, today=date(2026, 6, 1))
    assert made.kind == DocumentKind.RENEWAL
    text = _flat(made.pdf, tmp_path)
    assert "CERTIFICATE OF RENEWAL" in text and "提携更新証書" in text
    assert "25th anniversary" in text and "May 3, 2001" in text and "25周年" in text
    assert "日付" in text and "場所" in text


def test_renewal_out_of_an_anniversary_names_the_next(db):
    pid = add_partnership(db, "ja", signed_on=date(2004, 5, 3))
    with pytest.raises(CertificateError) as caught:
        render_certificate(db, pid, renewal=True, today=date(2026, 6, 1))
    assert "2026 is its 22th year" not in caught.value.message
    assert "22nd year" in caught.value.message
    assert "25th anniversary, in 2029" in caught.value.message


# --- Chinese scripts ----------------------------------------------------------------------------


def test_traditional_certificate_never_prints_a_simplified_body(db, tmp_path):
    pid = add_partnership(db, "zh")  # an MOU text in zh-CN (simplified)
    made = make_certificate(db, pid, language="zh-Hant")
    text = _flat(made.pdf, tmp_path)
    assert "締結姊妹市證書" in text
    assert "本著友好與相互尊重的精神" in text  # the traditional statement
    assert "杭州市与斯普林菲尔德市" not in text
    assert any("OpenCC" in note for note in made.notes)
    converted = make_certificate(db, pid, language="zh-Hant", convert_chinese=True)
    text = _flat(converted.pdf, tmp_path)
    assert "杭州市與斯普林菲爾德市" in text and "与" not in text
    assert any("converted by OpenCC" in note for note in converted.notes)


# --- Arabic can be searched and copied ---------------------------------------------------------


def test_arabic_city_name_is_found_by_pdftotext(db, tmp_path):
    pid = add_partnership(db, "ar")
    source = tmp_path / "ar.pdf"
    source.write_bytes(render_certificate(db, pid))
    raw = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(source), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert "الإسكندرية" in raw  # no normalization: the letters themselves
    assert "محافظ الإسكندرية" in raw
    forms = sum(1 for char in raw if "\ufb50" <= char <= "\ufeff")
    arabic = sum(1 for char in raw if "\u0600" <= char <= "\u06ff")
    assert forms == 0 and arabic > 150


# --- typography ---------------------------------------------------------------------------------


def test_cjk_titles_are_bold_in_serif_faces(db, tmp_path):
    from tests.documents.conftest import pdf_fonts

    names = " ".join(
        row["name"]
        for row in pdf_fonts(render_certificate(db, add_partnership(db, "zh")), tmp_path)
    )
    assert "UMing" in names and "MicroHei" not in names
    korean = " ".join(
        row["name"]
        for row in pdf_fonts(render_certificate(db, add_partnership(db, "ko")), tmp_path)
    )
    assert "NanumMyeongjoBold" in korean
    # Faces without a bold weight are made bold by outlining the glyphs (text render mode 2).
    pdf = render_certificate(db, add_partnership(db, "ja"), paper="a4")
    content = b"".join(page.get_contents().get_data() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert b"2 Tr" in content


# --- annex pages --------------------------------------------------------------------------------


def test_annex_pages_are_numbered_have_initials_and_keep_the_columns_in_step(db, tmp_path):
    pid = add_partnership(db, "ja")
    data = certificate_data(db, pid)
    english = "\n".join(
        f"Article {n}. The cities shall exchange students, artists and officials every year."
        for n in range(1, 41)
    )
    japanese = "\n".join(
        f"第{n}条 両市は毎年、学生、芸術家及び職員の交流を行う。" for n in range(1, 41)
    )
    assert data.mou is not None
    mou = replace(data.mou, texts=(("en", english), ("ja", japanese)))
    pdf = build(replace(data, mou=mou)).pdf
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert pages >= 3
    text = _flat(pdf, tmp_path)
    assert f"Page 2 of {pages}" in text and f"Page {pages} of {pages}" in text
    assert f"2/{pages}ページ" in text and "Initials" in text and "略署" in text
    boxes = word_boxes(pdf, tmp_path)
    for n in (1, 17, 40):
        english_top = next(b for b in boxes if b[5] == f"{n}." and b[0] > 1)
        japanese_top = next(b for b in boxes if b[5].startswith(f"第{n}条") and b[0] > 1)
        assert english_top[0] == japanese_top[0], n
        assert english_top[2] == pytest.approx(japanese_top[2], abs=3), n


# --- templates ----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["cy", "ga", "eu", "ca", "fil", "sw", "id", "sm", "to", "fj"])
def test_new_languages_print_every_document(db, tmp_path, language):
    pid = add_partnership(db, "es", with_mou=False)
    wording = load(language)
    assert set(SENTENCE_KEYS) <= set(wording.sentences)
    text = _flat(render_certificate(db, pid, language=language), tmp_path)
    assert wording.title(certificate_data(db, pid).kind) in text
    _set(db, pid, status=PartnershipStatus.EXPLORING)
    assert wording.sentence("intent_title") in _flat(
        render_certificate(db, pid, language=language), tmp_path
    )


def test_tagalog_is_found_by_either_code():
    from sistercommittee.documents.wording import template_tag

    assert template_tag("tl") == "fil" and template_tag("fil") == "fil"
    assert "cy" in available_languages()


def test_an_mou_text_in_one_language_only_gives_the_statement_in_both(db, tmp_path):
    pid = add_partnership(db, "ja", texts=False)
    with db.write() as session:
        mou_id = session.scalar(select(Mou.id).where(Mou.partnership_id == pid))
        session.add(MouText(mou_id=mou_id, language="en", text="Only English."))
    text = pdf_text(render_certificate(db, pid), tmp_path)
    assert "Only English." not in text
    assert "hereby affirm" in text.replace("\n", " ")
    assert "ここに姉妹都市として提携することを確認する" in text.replace("\n", "")
