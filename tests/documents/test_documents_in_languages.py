"""Every document and list a volunteer reads, made in Spanish and in Japanese and read back: no
English word of the app's own is left in them. The story, the emergency sheet, the event
summaries, the annual report, the certificate, the partner finder's labels and notes, and the
command line's tables, agenda and planner outputs (with the marks of the language in their
numbers).

Not here, by design: the letters for visas (English and a second language: embassies read the
English), the JSON/CSV exports for HQ (the annual report's and the event summary's: fixed
English keys), the mailing list's CSV columns (the keys mail tools import).

One committee for the whole module; each language is chosen by the reader's translator, and the
committee's language (which the story and the certificate are written in) is set for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from sistercommittee.cli.main import main
from sistercommittee.documents.annual_report import render_annual_report
from sistercommittee.documents.certificate import render_certificate
from sistercommittee.documents.emergency_sheet import write_emergency_sheet
from sistercommittee.documents.event_summary import render_event_summary
from sistercommittee.documents.story_html import write_story_html
from sistercommittee.documents.story_pdf import write_story_pdf
from sistercommittee.messages import render
from sistercommittee.messages.translators import language_translator
from sistercommittee.services import events as E
from sistercommittee.services import exchanges as X
from sistercommittee.services import finder, planner
from sistercommittee.services import photos as P
from sistercommittee.services import stories as S
from sistercommittee.services.hours import log_hours
from sistercommittee.services.organizations import create_organization, edit_organization
from sistercommittee.services.partnerships import get_partnership
from sistercommittee.services.volunteers import add_volunteer
from sistercommittee.storage.database import Database, open_database
from tests.documents.conftest import pdf_text
from tests.documents.english_left import english_left
from tests.documents.factories import add_partnership
from tests.services.story_helpers import make_jpeg

LANGUAGES = ("es", "ja")
LOCALES = {"es": "es_ES.UTF-8", "ja": "ja_JP.UTF-8"}  # Spain: numbers 1.234,5


def reader(language: str) -> Any:
    """The translator of a reader in Spain or Japan (the committee is in the US)."""
    return language_translator(LOCALES[language].split(".")[0])


@dataclass
class Committee:
    db: Database
    path: Path
    folder: Path
    takayama: str
    event: str
    fair: str
    trip: str
    story: str
    typed: list[str] = field(default_factory=list)


def _typed(committee_texts: list[str], text: str) -> str:
    committee_texts.append(text)
    return text


@pytest.fixture(scope="module")
def committee(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Committee]:
    """A committee with what each document prints: a partner with its MOU, an event with its
    shifts, hours, money and photo, its story, a second event, and a trip abroad with minors,
    host families, details and stays. Every text it types is kept (``typed``): it stays as
    typed in every language."""
    folder = tmp_path_factory.mktemp("languages")
    path = folder / "committee.sqlite"
    db = open_database(path, create=True)
    texts: list[str] = []
    t = lambda text: _typed(texts, text)  # noqa: E731
    create_organization(
        db,
        {
            "name": t("Comité Springfield–Takayama"),
            "city": t("Springfield"),
            "region": t("Illinois"),
            "country": "US",
            "time_zone": "America/Chicago",
        },
    )
    takayama = add_partnership(
        db, "ja", place=t("Springfield, Illinois"), home_signatories=(("Misty Buscher", "Alcaldesa"),)
    )
    texts += ["Takayama", "高山市", "Gifu", "Michihiro Kunishima", "國島芳明", "Mayor of Takayama"]
    texts += ["Misty Buscher", "Alcaldesa"]
    event = E.add_event(
        db,
        {
            "title": t("Matsuri Takayama"),
            "kind": "festival",
            "starts_at": "2026-04-11 10:00",
            "ends_at": "2026-04-11 18:00",
            "venue": t("Parque Washington"),
            "attendance": "1234",
            "youth_attendance": "310",
            "description": t("Taiko y danzas de Takayama; 高山の太鼓。"),
            "outcome": t("Fondos para el intercambio; 交流の資金。"),
            "partnerships": takayama,
            "trade_mission": "yes",
            "agreements_signed": "2",
            "jobs_created": "3",
        },
    ).id
    E.add_budget_line(
        db,
        event,
        {"direction": "income", "category": "tickets", "planned": "1500", "actual": "1612.50"},
    )
    mei = add_volunteer(db, {"given_name": t("Mei"), "family_name": t("Tanaka")}).id
    shift = E.add_shift(
        db,
        event,
        {"role": t("Chadō"), "starts_at": "2026-04-11 10:00", "ends_at": "2026-04-11 12:30"},
    ).id
    E.assign_shift(db, shift, mei)
    E.add_shift(
        db,
        event,
        {"role": t("Kimono"), "starts_at": "2026-04-11 13:00", "ends_at": "2026-04-11 15:00"},
    )
    log_hours(db, {"volunteer_id": mei, "event_id": event, "worked_on": "2026-04-11",
                   "hours": "2.5"})
    fair = E.add_event(
        db,
        {
            "title": t("Feria de Otoño"),
            "kind": "fundraiser",
            "starts_at": "2026-10-03 09:00",
            "ends_at": "2026-10-03 13:00",
        },
    ).id
    photo = P.add_photo(
        db, make_jpeg(folder / "taiko.jpg"), event_id=event, caption=t("Taiko"),
        credit=t("Ken Ito"),
    ).id
    draft = S.draft_story(db, event_id=event)
    story = S.create_story(
        db,
        {"event_id": event, "title": t("Matsuri 2026"), "body": t("Taiko. 太鼓。"),
         "photo_ids": [photo]},
    ).id
    assert draft.photo_ids == (photo,)
    trip = X.add_exchange(
        db,
        {
            "title": t("Viaje a Takayama"),
            "direction": "outbound",
            "program": "youth",
            "partnership_id": takayama,
            "starts_on": "2027-05-10",
            "ends_on": "2027-05-17",
        },
    ).id
    people = {}
    for name, role, youth in (("Aoi Sato", "student", True), ("Keiko Mori", "chaperone", False)):
        people[name] = X.add_participant(
            db, trip, {"name": t(name), "role": role, "is_youth": youth}
        ).id
    planner.set_participant_details(
        db,
        people["Aoi Sato"],
        {
            "passport_number": "TK9988776",
            "allergies": t("cacahuate; ピーナッツ"),
            "emergency_contact": t("Madre, +1 217 555 0199"),
            "date_of_birth": "2011-02-01",
        },
    )
    host = X.add_host_family(
        db,
        trip,
        {"family_name": t("Yamada"), "capacity": 2, "address": t("Kamisannomachi 1, Takayama"),
         "phone": "+81577320000"},
    ).id
    X.add_host_family(db, trip, {"family_name": t("Hayashi"), "capacity": 1})
    X.assign_stay(db, trip, people["Aoi Sato"], host, "2027-05-10", "2027-05-17")
    yield Committee(db, path, folder, takayama, event, fair, trip, story, texts)
    db.close()


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, committee: Committee) -> Iterator[str]:
    """The reader's language, which is the committee's too for what is written in it."""
    edit_organization(committee.db, {"language": request.param})
    yield request.param
    edit_organization(committee.db, {"language": "en"})


def _no_english(text: str, language: str, committee: Committee, what: str) -> None:
    left = english_left(text, language, committee.typed)
    assert left == [], f"English left in the {what} ({language}): {left}\n{text}"


def test_story_pdf_and_web_page_are_in_the_committees_language(committee, language, tmp_path):
    pdf = write_story_pdf(committee.db, committee.story, tmp_path / "s.pdf", language_translator)
    text = pdf_text(pdf.read_bytes(), tmp_path)
    _no_english(text, language, committee, "story PDF")
    flat = "".join(text.split())
    if language == "es":
        assert "11deabrilde2026" in flat and "Takayama,Japón" in flat and "Foto:KenIto" in flat
    else:
        assert "2026年4月11日" in flat and "Takayama(日本)" in flat and "写真:KenIto" in flat
    page = write_story_html(committee.db, committee.story, tmp_path / "web", language_translator)
    html = page.read_text(encoding="utf-8")
    assert f'<html lang="{language}">' in html
    _no_english(re.sub(r"<[^>]+>", " ", html.split("<body>")[1]), language, committee, "story page")


def test_emergency_sheet_is_in_the_readers_language(committee, language, tmp_path):
    out = write_emergency_sheet(
        committee.db, committee.trip, tmp_path / "sheet.pdf", reader(language)
    )
    text = pdf_text(out.read_bytes(), tmp_path)
    _no_english(text, language, committee, "emergency sheet")
    flat = "".join(text.split())
    expected = {"es": ("Takayama,Japón", "familiaYamada"), "ja": ("Takayama(日本)", "110")}
    for part in expected[language]:
        assert part in flat


def test_event_summaries_are_in_the_readers_language(committee, language, tmp_path):
    translate = reader(language)
    one, _ = render_event_summary(committee.db, "pdf", event_id=committee.event, translate=translate)
    text = pdf_text(one, tmp_path)
    _no_english(text, language, committee, "event summary")
    flat = "".join(text.split())
    if language == "es":  # numbers and money as Spain writes them
        assert "1.234,deellos310menoresde18años" in flat and "1.612,50US$" in flat, flat
        assert "Voluntarios1persona,2,5horas" in flat, flat
    else:
        assert "1,234" in flat and "1,612.50" in flat, flat
    from datetime import date

    both, count = render_event_summary(
        committee.db, "pdf", date_from=date(2026, 1, 1), date_to=date(2026, 12, 31),
        translate=translate,
    )
    assert count == 2
    _no_english(pdf_text(both, tmp_path), language, committee, "events summary")


def test_annual_report_is_in_the_readers_language(committee, language, tmp_path):
    """The report for the board, with every section filled: figures, highlights, partner
    cities, charts, exchanges, hosting, outcomes, money with its rates, assistance."""
    highlight = "Taiko en la feria"
    typed = [*committee.typed, highlight]
    texts = {}
    for year in (2026, 2027):  # the events and the money; the trip abroad with its families
        pdf = render_annual_report(
            committee.db, year, "pdf", highlights=(highlight,),
            highlight_event_ids=(committee.event,) if year == 2026 else (),
            translate=reader(language),
        )
        texts[year] = pdf_text(pdf, tmp_path)
        left = english_left(texts[year], language, typed)
        assert left == [], f"English left in the annual report ({language}): {left}\n{texts[year]}"
    flat = "".join(texts[2026].split())
    if language == "es":  # Spain's marks, the labels of the stored words, the months
        assert "1.612,50US$" in flat and "Ciudadhermana" in flat and "ene" in flat, flat
    else:
        assert "1,612.50" in flat and "姉妹都市" in flat and "1月" in flat, flat
    # The exports for HQ keep their English keys whatever the reader's language.
    json_text = render_annual_report(committee.db, 2026, "json").decode()
    assert '"volunteer_hours"' in json_text or '"volunteers"' in json_text


def test_certificate_is_in_the_committees_language_and_the_partners(committee, language, tmp_path):
    pdf = render_certificate(committee.db, committee.takayama)
    _no_english(pdf_text(pdf, tmp_path), language, committee, "certificate")


def test_partner_finder_labels_and_the_note_of_a_city_explored(committee, language):
    translate = language_translator(language)
    snapshot = finder.default_snapshot()
    results = snapshot.twins_of("Takayama")
    assert results, "the shipped snapshot knows Takayama"
    place = results[0].place
    label = render(place.label, translate)
    assert label == {"es": "Takayama (Japón)", "ja": "Takayama（日本）"}[language]
    names = [p.name for p in results[0].partners]  # the cities' names as the snapshot has them
    for partner in results[0].partners:
        label = render(partner.label, translate)
        assert english_left(label, language, [*committee.typed, *names]) == [], label
    partner = next(p for p in results[0].partners if p.country)
    changes = finder.start_exploring(committee.db, snapshot, partner.qid, translate)
    notes = get_partnership(committee.db, changes.id).notes or ""
    assert "wikidata.org" in notes
    assert english_left(notes, language, [*committee.typed, *names]) == [], notes
    from sistercommittee.services.partnerships import delete_partnership

    delete_partnership(committee.db, changes.id)


def _cli(committee: Committee, language: str, capsys, monkeypatch, *args: str) -> str:
    monkeypatch.setenv("LANG", LOCALES[language])
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    capsys.readouterr()
    code = main(["--db", str(committee.path), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out + err


def test_command_line_tables_agenda_and_planner_speak_the_language(
    committee, language, capsys, monkeypatch, tmp_path
):
    commands = [
        ("event", "list"),
        ("event", "show", committee.event),
        ("exchange", "list"),
        ("exchange", "show", committee.trip),
        ("partnership", "list"),
        ("volunteer", "list"),
        ("hours", "list"),
        ("stats",),
        ("agenda", "--days", "366"),
        ("health",),
        ("exchange", "checklist", committee.trip),
        ("exchange", "homestays", committee.trip),
        ("exchange", "deadlines"),
        ("story", "list"),
        ("finder", "twins", "Takayama"),
        ("mailing-list", "--out", str(tmp_path / "list.csv")),
        ("exchange", "emergency-sheet", committee.trip, "--out", str(tmp_path / "sheet.pdf")),
        ("export", "event-summary", "--event", committee.event, "--format", "pdf", "--out",
         str(tmp_path / "summary.pdf")),
        ("story", "export", committee.story, "--pdf", str(tmp_path / "story.pdf")),
        ("export", "annual-report", "--year", "2026", "--format", "pdf", "--out",
         str(tmp_path / "annual.pdf")),
        ("export", "calendar", "--out", str(tmp_path / "events.ics")),
    ]
    # The checklist's keys are what `exchange check ID KEY` takes: identifiers, as typed.
    keys = [item.key for item in planner.checklist(committee.db, committee.trip).items]
    # The partner finder's cities, named as its snapshot names them.
    twins = [p.name for r in finder.default_snapshot().twins_of("Takayama") for p in r.partners]
    typed = [*committee.typed, str(tmp_path), *keys, *twins]
    for command in commands:
        out = _cli(committee, language, capsys, monkeypatch, *command)
        left = english_left(out, language, typed)
        assert left == [], f"English left in `{' '.join(command)}` ({language}): {left}\n{out}"
    for name in ("sheet.pdf", "summary.pdf", "story.pdf", "annual.pdf"):
        text = pdf_text((tmp_path / name).read_bytes(), tmp_path)
        left = english_left(text, language, committee.typed)
        assert left == [], f"English left in {name} of the command line ({language}): {left}"
    calendar = (tmp_path / "events.ics").read_text(encoding="utf-8").replace("\n ", "")
    shown = [  # what a calendar app shows of each event: the words, not the file's keys
        line.split(":", 1)[1].replace("\\n", " ")
        for line in calendar.splitlines()
        if line.split(":")[0].split(";")[0] in ("X-WR-CALNAME", "DESCRIPTION", "CATEGORIES")
    ]
    _no_english(" ".join(shown), language, committee, "calendar")
    # Number columns in the locale's form: Spain's 729.019 and 0,0067, Japan's as English.
    twins_table = _cli(committee, language, capsys, monkeypatch, "finder", "twins", "Takayama")
    assert ("729.019" if language == "es" else "729,019") in twins_table
    _cli(committee, language, capsys, monkeypatch, "rate", "set", "--year", "2026",
         "--currency", "JPY", "--usd-per-unit", "0.0067")
    rates = _cli(committee, language, capsys, monkeypatch, "rate", "list")
    assert ("0,0067" if language == "es" else "0.0067") in rates, rates
    assert english_left(rates, language, [*typed, "JPY"]) == [], rates


def test_english_is_still_what_it_was(committee, tmp_path):
    """The default translator writes every document as it has always been written."""
    one, _ = render_event_summary(committee.db, "pdf", event_id=committee.event)
    flat = " ".join(pdf_text(one, tmp_path).split())
    assert "Attendance 1,234, of them 310 under 18" in flat
    assert "Made " in flat and " by SisterCommittee" in flat and "page 1 of 1" in flat
    pdf = write_story_pdf(committee.db, committee.story, tmp_path / "s.pdf")
    story = " ".join(pdf_text(pdf.read_bytes(), tmp_path).split())
    assert "with Takayama, Japan · April 11, 2026" in story and "Photo: Ken Ito" in story

