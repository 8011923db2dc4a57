"""Letters for delegations: real PDFs made from an exchange's records and read back with
pdftotext, the services' refusals, and the command line through the real command."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from sistercommittee.documents.letters import make_hours_letter, make_invitation, make_support
from sistercommittee.errors import NotFoundError, ValidationError
from sistercommittee.services import exchanges, hours, letters, volunteers
from sistercommittee.services.hours import HoursQuery
from sistercommittee.services.organizations import create_organization
from sistercommittee.storage.database import Database, open_database
from tests.documents.conftest import pdf_text, word_boxes
from tests.documents.factories import add_partnership


@dataclass(frozen=True)
class Records:
    visitor: str  # a student on the inbound exchange from Takayama, with a host family
    chaperone: str  # on the same exchange, no host family yet
    host: str  # a local host of the inbound exchange
    traveller: str  # one of ours on the outbound exchange to Takayama
    partner_host: str  # a host in Takayama on the outbound exchange
    volunteer: str  # with hours in 2024 and 2025
    idle_volunteer: str  # no hours


def _records(db: Database) -> Records:
    takayama = add_partnership(db, "ja")
    inbound = exchanges.add_exchange(
        db,
        {
            "title": "Takayama students visit Springfield",
            "direction": "inbound",
            "program": "youth",
            "partnership_id": takayama,
            "starts_on": "2026-07-10",
            "ends_on": "2026-07-17",
        },
    ).id
    visitor = exchanges.add_participant(
        db, inbound, {"name": "山田花子", "role": "student", "is_youth": "yes"}
    ).id
    chaperone = exchanges.add_participant(
        db, inbound, {"name": "Kenji Sato", "role": "chaperone"}
    ).id
    host = exchanges.add_participant(db, inbound, {"name": "Ann Miller", "role": "host"}).id
    family = exchanges.add_host_family(
        db,
        inbound,
        {
            "family_name": "Miller",
            "address": "1204 Walnut Street, Springfield, IL 62704",
            "capacity": "2",
        },
    ).id
    exchanges.assign_stay(db, inbound, visitor, family, "2026-07-10", "2026-07-17")
    exchanges.add_itinerary_item(
        db,
        inbound,
        {
            "title": "Welcome at City Hall",
            "place": "Springfield City Hall",
            "starts_at": "2026-07-11 10:00",
            "ends_at": "2026-07-11 11:30",
        },
    )
    exchanges.add_itinerary_item(
        db, inbound, {"title": "Lincoln Home visit", "starts_at": "2026-07-12 09:00"}
    )
    exchanges.add_cost(db, inbound, {"category": "food", "amount": "480.00"})
    exchanges.add_cost(
        db, inbound, {"category": "travel", "description": "Airport pick-up", "amount": "150"}
    )
    exchanges.add_cost(
        db,
        inbound,
        {
            "category": "other",
            "description": "Host family lodging",
            "amount": "700",
            "in_kind": "yes",
        },
    )
    outbound = exchanges.add_exchange(
        db,
        {
            "title": "Springfield delegation to Takayama",
            "direction": "outbound",
            "program": "culture",
            "partnership_id": takayama,
            "starts_on": "2026-10-03",
            "ends_on": "2026-10-11",
        },
    ).id
    traveller = exchanges.add_participant(
        db, outbound, {"name": "Maria Gonzalez", "role": "delegate"}
    ).id
    partner_host = exchanges.add_participant(
        db, outbound, {"name": "Tanaka Hiroshi", "role": "host"}
    ).id
    volunteer = volunteers.add_volunteer(db, {"given_name": "Ruth", "family_name": "Okafor"}).id
    for day, spent in (("2024-03-02", "3"), ("2024-11-20", "2:30"), ("2025-05-05", "4.25")):
        hours.log_hours(
            db,
            {"volunteer_id": volunteer, "worked_on": day, "hours": spent, "activity": "Festival"},
        )
    deleted = hours.log_hours(
        db, {"volunteer_id": volunteer, "worked_on": "2025-06-01", "hours": "9", "activity": "x"}
    ).id
    hours.delete_hours(db, deleted)
    idle = volunteers.add_volunteer(db, {"given_name": "Sam", "family_name": "Idle"}).id
    return Records(visitor, chaperone, host, traveller, partner_host, volunteer, idle)


@pytest.fixture
def records(db: Database) -> Records:
    return _records(db)


# --- the invitation letter ----------------------------------------------------------------------


def test_invitation_in_english_and_japanese(db, records, tmp_path):
    letter = make_invitation(
        db, records.visitor, signer="Laura Chen", signer_title="Exchange Coordinator"
    )
    assert letter.languages == ("en", "ja")
    text = pdf_text(letter.pdf, tmp_path)
    flat = " ".join(text.split())
    assert "Letter of invitation" in text and "招へい状" in text
    assert text.count("山田花子") >= 2  # the name in its script, in both languages
    assert "Springfield Sister Cities" in text
    assert "July 10, 2026 to July 17, 2026" in flat or "10 July 2026" in flat
    assert "2026年7月10日" in text  # the Japanese date form
    assert "Welcome at City Hall" in text and "Lincoln Home visit" in text
    assert "$480.00" in text and "$150.00" in text and "$700.00" in text
    assert "provided in kind" in text and "現物提供" in text
    assert "1204 Walnut Street" in text and "Miller" in text
    assert "Laura Chen" in text and "Exchange Coordinator" in text
    assert "高山市" in text  # the partner city in its own name in the Japanese part
    assert "under 18" in flat
    assert "Chaperones Kenji Sato" in flat and "引率者 Kenji Sato" in flat  # with a minor
    assert any("passport" in note for note in letter.notes)


def test_invitation_without_host_family_and_english_only(db, records, tmp_path):
    letter = make_invitation(db, records.chaperone, language="en")
    assert letter.languages == ("en",)
    text = pdf_text(letter.pdf, tmp_path)
    assert "Kenji Sato" in text
    assert "Chaperones" not in text  # an adult's letter names no chaperones
    assert "No host family is recorded yet" in text
    assert "招へい状" not in text
    assert "Name and title" in text  # no signer given: a line to write them on


def test_invitation_refusals(db, records):
    with pytest.raises(ValidationError, match=r"outbound exchange.*letter of support"):
        letters.invitation_data(db, records.traveller)
    with pytest.raises(ValidationError, match="host or local helper"):
        letters.invitation_data(db, records.host)
    with pytest.raises(NotFoundError, match="no participant with id nope"):
        letters.invitation_data(db, "nope")
    exchanges.remove_participant(db, records.chaperone)
    with pytest.raises(NotFoundError):
        make_invitation(db, records.chaperone)
    with pytest.raises(ValidationError, match="name as well as the title"):
        make_invitation(db, records.visitor, signer_title="Coordinator")
    with pytest.raises(ValidationError, match="not a language code"):
        make_invitation(db, records.visitor, language="not a language")


def test_invitation_without_programme_or_costs_says_so(db, records, tmp_path):
    bare = exchanges.add_exchange(
        db,
        {
            "title": "Mayor's visit",
            "direction": "inbound",
            "program": "municipal",
            "partnership_id": add_partnership(db, "ko"),
            "starts_on": "2026-09-01",
            "ends_on": "2026-09-04",
        },
    ).id
    guest = exchanges.add_participant(db, bare, {"name": "이재준", "role": "delegate"}).id
    letter = make_invitation(db, guest)
    assert letter.languages == ("en", "ko")
    text = pdf_text(letter.pdf, tmp_path)
    flat = " ".join(text.split())
    assert "The detailed programme will be sent separately." in flat
    assert "records no costs of the exchange that it covers" in flat
    assert "상세 일정은 별도로 보내 드립니다." in flat
    assert "초청장" in text and text.count("이재준") >= 2
    assert "수원시" in text and "2026년 9월 1일" in flat


def test_thai_and_devanagari_names_are_shaped_and_read_back(db, records, tmp_path):
    exchanges.edit_participant(db, records.traveller, {"name": "สมชาย ใจดี"})
    exchanges.edit_participant(db, records.chaperone, {"name": "अनन्या शर्मा"})
    thai = pdf_text(make_support(db, records.traveller, language="en").pdf, tmp_path)
    assert "สมชาย ใจดี" in thai
    hindi = pdf_text(make_invitation(db, records.chaperone, language="en").pdf, tmp_path)
    assert "अनन्या शर्मा" in hindi


# --- the letter of support ----------------------------------------------------------------------


def test_support_letter_in_english_and_spanish(db, records, tmp_path):
    letter = make_support(db, records.traveller, language="es", signer="Laura Chen")
    assert letter.languages == ("en", "es")
    text = pdf_text(letter.pdf, tmp_path)
    flat = " ".join(text.split())
    assert "Letter of support" in text and "Carta de apoyo" in text
    assert text.count("Maria Gonzalez") >= 2
    assert "Takayama" in text and "Japón" in text
    assert "3 de octubre de 2026" in flat and "11 de octubre de 2026" in flat
    assert "intercambio cultural" in text


def test_support_refusals(db, records):
    with pytest.raises(ValidationError, match=r"inbound exchange.*invitation letter"):
        letters.support_data(db, records.visitor)
    with pytest.raises(ValidationError, match="host in the partner city"):
        letters.support_data(db, records.partner_host)


def test_language_without_wording_is_english_alone_with_a_note(db, records, tmp_path):
    letter = make_support(db, records.traveller, language="pt-BR")
    assert letter.languages == ("en",)
    assert any("no letter wording in Portuguese (Brazil) (pt-BR) yet" in n for n in letter.notes)
    assert "Carta de apoio" not in pdf_text(letter.pdf, tmp_path)


def test_invitation_in_arabic_runs_right_to_left_and_reads_back(db, records, tmp_path):
    alexandria = add_partnership(db, "ar")
    visit = exchanges.add_exchange(
        db,
        {
            "title": "Alexandria teachers visit",
            "direction": "inbound",
            "program": "education",
            "partnership_id": alexandria,
            "starts_on": "2026-04-12",
            "ends_on": "2026-04-19",
        },
    ).id
    guest = exchanges.add_participant(db, visit, {"name": "ليلى حداد", "role": "delegate"}).id
    exchanges.add_cost(db, visit, {"category": "food", "amount": "320"})
    letter = make_invitation(db, guest, signer="Laura Chen")
    assert letter.languages == ("en", "ar")
    text = pdf_text(letter.pdf, tmp_path)
    for words in ("رسالة دعوة", "ليلى حداد", "الإسكندرية", "تبادل تعليمي", "الوجبات"):
        assert words in text
    assert "\u200f" not in text  # no direction marks left in the amounts
    # The Arabic part runs from the right: its labels stand right of their values.
    # pdftotext gives each right-to-left stretch as one box, its letters in visual order.
    boxes = word_boxes(letter.pdf, tmp_path)
    logical = [(b, unicodedata.normalize("NFKC", b[5])[::-1]) for b in boxes]
    label = next(b for b, words in logical if words == "الاسم")
    value = next(b for b, words in logical if words == "ليلى حداد" and abs(b[2] - label[2]) < 3)
    assert value[3] < label[1]
    english = next(b for b in boxes if b[5] == "Name")
    assert english[1] < 80  # the English label at the left margin


def test_arabic_names_are_shaped_and_searchable(db, records, tmp_path):
    exchanges.edit_participant(db, records.traveller, {"name": "ليلى حداد"})
    letter = make_support(db, records.traveller, language="fr")
    text = pdf_text(letter.pdf, tmp_path)
    assert "Lettre de soutien" in text
    assert "Takayama" in text and "高山市" not in text  # the local name only in Japanese
    # pdftotext reads the joined forms back as the letters (NFKC), in some order of the words.
    assert "ليلى" in text or "ىليل" in text


# --- the volunteer-hours letter -----------------------------------------------------------------


def _service_minutes(db: Database, volunteer_id: str, year: int) -> int:
    page = hours.list_hours(
        db,
        HoursQuery(
            volunteer_id=volunteer_id,
            date_from=date(year, 1, 1),
            date_to=date(year, 12, 31),
            limit=500,
        ),
    )
    return sum(row.minutes for row in page.items)


def test_hours_letter_totals_equal_the_service(db, records, tmp_path):
    data = letters.volunteer_hours_data(db, records.volunteer)
    assert [y.year for y in data.years] == [2024, 2025]
    for year in data.years:
        assert year.minutes == _service_minutes(db, records.volunteer, year.year)
    assert data.total_minutes == 3 * 60 + 150 + 255  # the deleted entry is not counted
    letter = make_hours_letter(
        db, records.volunteer, language="ja", signer="Laura Chen", signer_title="Coordinator"
    )
    text = pdf_text(letter.pdf, tmp_path, layout=True)
    assert "Ruth Okafor" in text
    assert "5.5" in text and "4.25" in text and "9.75" in text
    assert "ボランティア活動証明書" in text and "合計" in text
    assert "March 2, 2024" in text or "2 March 2024" in text


def test_hours_letter_in_german_writes_decimal_commas(db, records, tmp_path):
    letter = make_hours_letter(db, records.volunteer, language="de")
    text = pdf_text(letter.pdf, tmp_path, layout=True)
    assert "9,75" in text and "5,5" in text
    assert "2. März 2024" in text


def test_hours_letter_refusals(db, records):
    with pytest.raises(ValidationError, match="Sam Idle has no volunteer hours"):
        letters.volunteer_hours_data(db, records.idle_volunteer)
    with pytest.raises(NotFoundError, match="no volunteer with id nobody"):
        letters.volunteer_hours_data(db, "nobody")


# --- paper and pages ----------------------------------------------------------------------------


def _page_sizes(pdf: bytes, tmp_path: Path) -> list[tuple[float, float]]:
    return [(b[3], b[4]) for b in word_boxes(pdf, tmp_path) if b[5] == ""]


def test_letter_paper_in_the_us(db, records, tmp_path):
    letter = make_support(db, records.traveller, language="en")
    assert _page_sizes(letter.pdf, tmp_path) == [(612.0, 792.0)]
    assert "Page 1" not in pdf_text(letter.pdf, tmp_path)  # one page: no number


def test_a4_and_page_numbers_on_a_long_letter(tmp_path):
    db = open_database(tmp_path / "fr.sqlite", create=True)
    try:
        create_organization(
            db,
            {
                "name": "Comité de jumelage de Besançon",
                "city": "Besançon",
                "country": "FR",
                "time_zone": "Europe/Paris",
            },
        )
        made = _records(db)
        inbound = letters.invitation_data(db, made.visitor).exchange.id
        for day in range(10, 17):
            for hour in (9, 14, 18):
                exchanges.add_itinerary_item(
                    db,
                    inbound,
                    {
                        "title": f"Programme item {day}-{hour}",
                        "starts_at": f"2026-07-{day} {hour}:00",
                    },
                )
        letter = make_invitation(db, made.visitor)
    finally:
        db.close()
    sizes = _page_sizes(letter.pdf, tmp_path)
    assert letter.pages == len(sizes) > 1
    assert set(sizes) == {(595.276, 841.89)} or all(round(w) == 595 for w, _ in sizes)
    text = pdf_text(letter.pdf, tmp_path)
    assert f"Page 1 of {letter.pages}" in text
    assert f"1/{letter.pages}ページ" in text  # read back NFKC: the fullwidth slash is "/"
    assert f"Page {letter.pages} of {letter.pages}" in text


# --- the wording files --------------------------------------------------------------------------


def test_every_letter_wording_loads_and_has_its_dates():
    from sistercommittee.documents.letters import wording

    tags = wording.available_languages()
    assert set(tags) >= {"en", "ja", "es", "zh-Hans", "ko", "fr", "de"}
    for tag in tags:
        loaded = wording.load(tag)
        assert loaded.day(date(2026, 7, 10))
        assert "2026" in loaded.date_range(date(2026, 7, 10), date(2026, 7, 17))
    assert wording.letter_tag("zh-CN") == "zh-Hans"
    assert wording.letter_tag("zh-TW") is None  # no traditional wording yet: not simplified
    assert wording.letter_tag("es-MX") == "es"


def test_damaged_wording_is_a_sentence(tmp_path, monkeypatch):
    import shutil

    from sistercommittee import resources
    from sistercommittee.documents.letters import wording
    from sistercommittee.errors import SisterCommitteeError

    copy = tmp_path / "resources"
    shutil.copytree(resources.resources_dir() / "certificates", copy / "certificates")
    (copy / "fonts").mkdir()
    (copy / "letters").mkdir()
    (copy / "letters" / "ja.json").write_text('{"invitation_title": "招へい状"}', encoding="utf-8")
    monkeypatch.setenv(resources.ENVIRONMENT_VARIABLE, str(copy))
    resources.resources_dir.cache_clear()
    wording.load.cache_clear()
    try:
        with pytest.raises(SisterCommitteeError, match="letter wording for ja is damaged"):
            wording.load("ja")
    finally:
        monkeypatch.delenv(resources.ENVIRONMENT_VARIABLE)
        resources.resources_dir.cache_clear()
        wording.load.cache_clear()


# --- the command line ---------------------------------------------------------------------------


def _cli(db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "sistercommittee", "--db", str(db_path), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ),
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture
def cli_records(db_path: Path) -> Records:
    db = open_database(db_path, create=True)
    try:
        create_organization(
            db,
            {
                "name": "Springfield Sister Cities",
                "city": "Springfield",
                "region": "Illinois",
                "country": "US",
                "time_zone": "America/Chicago",
            },
        )
        return _records(db)
    finally:
        db.close()


def test_letter_commands_write_the_pdfs(db_path, cli_records, tmp_path):
    out = tmp_path / "invitation.pdf"
    result = _cli(
        db_path,
        "letter",
        "invitation",
        cli_records.visitor,
        "--out",
        str(out),
        "--signer",
        "Laura Chen",
        "--signer-title",
        "Exchange Coordinator",
    )
    assert result.returncode == 0, result.stderr
    assert "Wrote the invitation letter (2 pages, en and ja)" in result.stdout
    assert "Note: No passport number is recorded for the visitor" in result.stdout
    text = pdf_text(out.read_bytes(), tmp_path)
    assert "山田花子" in text and "Laura Chen" in text

    out = tmp_path / "support.pdf"
    result = _cli(db_path, "letter", "support", cli_records.traveller, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "Wrote the letter of support (1 page, en and ja)" in result.stdout
    assert "Maria Gonzalez" in pdf_text(out.read_bytes(), tmp_path)

    out = tmp_path / "hours.pdf"
    result = _cli(
        db_path, "letter", "hours", cli_records.volunteer, "--out", str(out), "--language", "ko"
    )
    assert result.returncode == 0, result.stderr
    assert "(1 page, en and ko)" in result.stdout
    text = pdf_text(out.read_bytes(), tmp_path, layout=True)
    assert "9.75" in text and "자원봉사 확인서" in text


def test_letter_commands_refuse_with_a_sentence_and_leave_the_file(db_path, cli_records, tmp_path):
    out = tmp_path / "letter.pdf"
    out.write_bytes(b"the letter made yesterday")
    cases = [
        (("invitation", cli_records.traveller), "make a letter of support instead"),
        (("support", cli_records.visitor), "make an invitation letter"),
        (("hours", cli_records.idle_volunteer), "Sam Idle has no volunteer hours"),
        (("invitation", "missing-id"), "There is no participant with id missing-id"),
        (("support", cli_records.traveller, "--language", "xx-!!"), "not a language code"),
    ]
    for args, message in cases:
        result = _cli(db_path, "letter", *args, "--out", str(out))
        assert result.returncode != 0
        assert message in result.stderr, result.stderr
        assert out.read_bytes() == b"the letter made yesterday"
    result = _cli(
        db_path,
        "letter",
        "support",
        cli_records.traveller,
        "--out",
        str(tmp_path / "no such folder" / "x.pdf"),
    )
    assert result.returncode != 0 and "does not exist" in result.stderr
    assert list(tmp_path.glob(".letter.pdf.*")) == []  # no temporary file left behind
