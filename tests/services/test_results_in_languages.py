"""The sentences the services return are shown in the user's language: a partnership's health,
its anniversaries, the agenda, the delegation planner, the mailing list's left-out reasons, the
partnership's label with its country and a story's draft, rendered in Spanish and Japanese from
the app's translations (the .qm files the desktop app and the command line load), while the
English stays the sentence it always was."""

from __future__ import annotations

import re
from datetime import date

import pytest

from sistercommittee.messages import Message, Translate, render
from sistercommittee.messages.translators import language_translator
from sistercommittee.services import (
    events,
    exchanges,
    health,
    mailing,
    organizations,
    partnerships,
    planner,
    stories,
    volunteers,
)
from sistercommittee.services.agenda import ItemKind, agenda
from tests.services.planner.conftest import make_trip, tick_background_checks

TODAY = date(2025, 6, 1)
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# Words a translation rightly writes as English does (Spanish "festival", "visa", "Invite").
SAME_WORDS = {"festival", "general", "visa", "visas", "invite", "protocol", "esta", "nzeta", "schengen", "mdac"}
# Names of forms a traveller fills, which stay as their country calls them.
SAME_WORDS |= {"arrival", "card"}
# Commands a sentence quotes stay as they are typed.
_COMMAND = re.compile(r"sistercommittee[ a-z\-{}]*|sync [a-z\-]+")


@pytest.fixture(scope="module")
def es() -> Translate:
    return language_translator("es")


@pytest.fixture(scope="module")
def ja() -> Translate:
    return language_translator("ja")


def _words(message: Message) -> set[str]:
    """The English words a message's templates write (its own and its parts'), less those its
    values bring (names, titles)."""
    text = _COMMAND.sub(" ", _PLACEHOLDER.sub(" ", message.template))
    words = set(re.findall(r"[A-Za-z]{4,}", text))
    for value in message.params.values():
        if isinstance(value, Message):
            words |= _words(value)
    values = " ".join(str(v) for v in message.params.values() if not isinstance(v, Message))
    return {w for w in words if w not in values}


def assert_translated(text: str, translate: Translate) -> str:
    """``text`` is a message; rendered, it has none of the English words of its templates."""
    assert isinstance(text, Message), f"plain text, not a message: {text!r}"
    shown = render(text, translate)
    left = sorted(
        w
        for w in _words(text)
        if w.lower() not in SAME_WORDS and re.search(rf"\b{w}\b", shown)
    )
    assert left == [], f"English left in {shown!r}: {left}"
    return shown


def _partnership(db, **values) -> str:
    base = {"city_name": "Takayama", "city_name_local": "高山市", "country": "JP",
            "status": "active", "signed_on": "2000-09-01",
            "focus_areas": "education_youth, culture"}
    return partnerships.add_partnership(db, {**base, **values}).id


def test_health_flags_and_suggestions_in_spanish_and_japanese(db, es, ja):
    pid = _partnership(db)
    exchanges.add_exchange(
        db,
        {"title": "Youth ambassadors 2021", "direction": "outbound", "program": "youth",
         "partnership_id": pid, "starts_on": "2021-07-01", "ends_on": "2021-07-10"},
    )
    result = health.partnership_health(db, pid, today=TODAY)
    first = result.flags[0].reason
    assert first == "No exchange in 3 years: the last was Youth ambassadors 2021 (2021-07-01)."
    assert render(first, es) == (
        "Ningún intercambio en 3 años: el último fue Youth ambassadors 2021 (1 jul 2021)."
    )
    assert render(first, ja) == (
        "3年間交流がありません。最後は「Youth ambassadors 2021」（2021年7月1日）でした。"
    )
    assert render(result.flags[2].reason, ja) == (
        "Takayama側の連絡先が登録されていません。やり取りする相手を追加してください。"
    )
    for text in [f.reason for f in result.flags] + list(result.suggestions):
        for translate in (es, ja):
            assert_translated(text, translate)
    assert render(result.suggestions[0], es).startswith("Empareje una clase de cada ciudad")
    # The list beside it names the country in the language shown.
    (summary,) = health.health_overview(db, today=TODAY)
    assert (summary.country, render(summary.country, es), render(summary.country, ja)) == (
        "Japan", "Japón", "日本",
    )


def test_anniversaries_and_the_partner_countrys_day(db, es, ja):
    pid = _partnership(db, signed_on="2000-09-01")
    result = health.partnership_health(db, pid, today=date(2025, 1, 15))
    whats = {a.on: a.what for a in result.anniversaries}
    signing, national = whats[date(2025, 9, 1)], whats[date(2025, 2, 11)]
    assert signing == "25 years since the signing with Takayama"
    assert render(signing, es) == "25 años de la firma con Takayama"
    assert render(signing, ja) == "Takayamaとの提携25周年"
    assert national == "Japan's National Foundation Day: greet Takayama"
    assert render(national, ja) == "建国記念の日: Takayamaにお祝いのあいさつを"
    assert assert_translated(national, es) == (
        "Día de la Fundación Nacional de Japón: envíe un saludo a Takayama"
    )


def test_the_agenda_in_spanish_and_japanese(db, es, ja):
    pid = _partnership(db)
    event = events.add_event(
        db,
        {"title": "Autumn festival", "kind": "festival", "time_zone": "America/Chicago",
         "starts_at": "2025-06-20 10:00", "partnerships": pid},
    ).id
    events.add_shift(db, event, {"role": "Set-up", "starts_at": "2025-06-20 09:00"})
    exchanges.add_exchange(
        db,
        {"title": "Takayama students 2025", "direction": "inbound", "program": "youth",
         "partnership_id": pid, "starts_on": "2025-06-10", "ends_on": "2025-06-16"},
    )
    volunteers.add_volunteer(
        db, {"given_name": "Ana", "family_name": "Ruiz", "email": "ana@example.org",
             "contact_consent": "yes", "consent_date": "2023-06-10"},
    )
    items = agenda(db, 30, today=TODAY).items
    kinds = {item.kind for item in items}
    assert {ItemKind.SHIFTS, ItemKind.TRAVEL, ItemKind.CONSENT} <= kinds
    by_title = {str.__str__(item.title): item for item in items}
    shifts = by_title["1 shift without a volunteer at Autumn festival"]
    assert render(shifts.title, es) == "1 turno sin voluntario en Autumn festival"
    assert render(shifts.title, ja) == "Autumn festivalにボランティアのいないシフトが1件"
    arrives = by_title["Delegation from Takayama arrives: Takayama students 2025"]
    assert render(arrives.title, ja) == "Takayamaの訪問団が到着: Takayama students 2025"
    assert render(arrives.detail, es) == "7 días, del 10 jun 2025 al 16 jun 2025"
    assert render(arrives.detail, ja) == "7日間（2025年6月10日～2025年6月16日）"
    # The open shifts' detail is the roles as the committee named them, with their times.
    assert shifts.detail == "Set-up 09:00"
    for item in items:
        for translate in (es, ja):
            assert_translated(item.title, translate)
            if item.detail and item is not shifts:
                assert_translated(item.detail, translate)



def test_the_agendas_hours_and_days_in_the_languages_form(db, es, ja):
    """The hours to approve take the language's decimal mark, every day its short date (the
    English keeps "2.5" and ISO days), in the agenda and in the health's open tasks alike."""
    from sistercommittee.services import hours

    pid = _partnership(db)
    ana = volunteers.add_volunteer(
        db, {"given_name": "Ana", "family_name": "Ruiz", "email": "ana@example.org",
             "contact_consent": "yes", "consent_date": "2023-06-10"},
    ).id
    entry = hours.log_hours(db, {"volunteer_id": ana, "worked_on": "2025-05-02", "hours": "2.5",
                                 "activity": "Newsletter", "self_logged": "yes"}).id
    items = agenda(db, 30, today=TODAY).items
    (approve,) = [item for item in items if item.kind is ItemKind.HOURS]
    assert approve.title == "Approve 2.5 hours logged by Ana Ruiz"
    assert render(approve.title, es) == "Aprobar 2,5 horas registradas por Ana Ruiz"
    assert render(approve.title, ja) == "Ana Ruizさんが記録した活動時間2.5時間の承認"
    assert approve.detail.startswith("Newsletter, 2025-05-02; logged on ")
    assert render(approve.detail, es).startswith("Newsletter, 2 may 2025; registradas el ")
    assert render(approve.detail, ja).startswith("Newsletter、2025年5月2日")
    (consent,) = [item for item in items if item.kind is ItemKind.CONSENT]
    assert consent.detail == "Given on 2023-06-10: ask Ana Ruiz to renew it."
    assert render(consent.detail, es) == "Dado el 10 jun 2023: pida a Ana Ruiz que lo renueve."
    assert render(consent.detail, ja).startswith("2023年6月10日に")
    # The partnership's open tasks: the agenda's lines, their day first.
    exchanges.add_exchange(
        db,
        {"title": "Takayama students 2025", "direction": "inbound", "program": "youth",
         "partnership_id": pid, "starts_on": "2025-06-10", "ends_on": "2025-06-16"},
    )
    result = health.partnership_health(db, pid, today=TODAY)
    lines = {str.__str__(line): line for line in result.open_tasks}
    line = lines["2025-06-10  Delegation from Takayama arrives: Takayama students 2025"]
    assert render(line, es).startswith("10 jun 2025  ")
    assert render(line, ja).startswith("2025年6月10日  ")
    # Deciding twice is refused with the day and the decision in the language.
    from sistercommittee.errors import ValidationError
    from sistercommittee.services.hours_approval import approve_hours

    approve_hours(db, [entry], "Linda Park")
    with pytest.raises(ValidationError) as caught:
        approve_hours(db, [entry], "Linda Park")
    again = caught.value.errors["hours_id"]
    assert again == "The hours of 2025-05-02 are already approved."
    assert render(again, es) == "Las horas del 2 may 2025 ya están aprobadas."
    assert render(again, ja) == "2025年5月2日の活動時間はすでに承認されています。"


def test_a_shifts_clash_names_its_day_and_time_in_the_language(db, es, ja):
    from sistercommittee.errors import ValidationError

    ana = volunteers.add_volunteer(db, {"given_name": "Ana", "family_name": "Ruiz"}).id
    fair, workshop = (
        events.add_event(db, {"title": title, "kind": "festival", "time_zone": "America/Chicago",
                              "starts_at": "2025-06-20 10:00", "ends_at": "2025-06-20 18:00"}).id
        for title in ("Autumn fair", "Taiko workshop")
    )
    events.add_shift(db, fair, {"role": "Tea", "starts_at": "2025-06-20 11:00",
                                "ends_at": "2025-06-20 12:00", "volunteer_id": ana})
    with pytest.raises(ValidationError) as caught:
        events.add_shift(db, workshop, {"role": "Drums", "starts_at": "2025-06-20 11:30",
                                        "ends_at": "2025-06-20 13:00", "volunteer_id": ana})
    clash = caught.value.errors["volunteer_id"]
    assert clash == "Ana Ruiz already works 11:00–12:00 on 2025-06-20 at Autumn fair."
    assert render(clash, es) == "Ana Ruiz ya trabaja el 20 jun 2025, de 11:00 a 12:00 en Autumn fair."
    assert render(clash, ja) == (
        "Ana Ruizさんは2025年6月20日11:00～12:00にAutumn fairのシフトにすでに入っています。"
    )
    with pytest.raises(ValidationError) as caught:
        events.add_shift(db, fair, {"role": "Set-up", "starts_at": "2025-06-20 05:00",
                                    "ends_at": "2025-06-20 10:00"})
    early = caught.value.errors["starts_at"]
    assert render(early, es).startswith(
        "El turno Set-up empieza demasiado pronto: Autumn fair es el 20 jun 2025, de 10:00 a "
        "18:00, y los turnos pueden empezar como máximo 4 horas antes"
    ), render(early, es)
    assert render(early, ja).startswith("シフト「Set-up」の開始が早すぎます。"), render(early, ja)
    for text in (clash, early):
        for translate in (es, ja):
            assert_translated(text, translate)

def test_the_checklist_and_its_deadlines_in_spanish_and_japanese(db, es, ja):
    trip = make_trip(db, "outbound")
    planner.set_participant_details(
        db, trip.people["Aoi Sato"], {"passport_expires_on": "2027-09-01", "nationality": "US"}
    )
    sheet = planner.checklist(db, trip.exchange_id)
    kinds = {item.kind for item in sheet.items}
    assert {"visa", "passport", "consent", "insurance", "gifts", "protocol", "sheet"} <= kinds
    passport = next(
        i for i in sheet.items if i.kind == "passport" and i.participant_id == trip.people["Aoi Sato"]
    )
    assert passport.title == "Passport of Aoi Sato valid until 17 November 2027"
    assert render(passport.title, es) == (
        "Pasaporte de Aoi Sato vigente hasta el 17 de noviembre de 2027"
    )
    assert render(passport.title, ja) == (
        "Aoi Satoさんのパスポートが2027年11月17日まで有効であることの確認"
    )
    assert passport.problem == (
        "The passport expires on 1 September 2027: renew it before applying."
    )
    assert render(passport.problem, ja) == (
        "パスポートの有効期限は2027年9月1日です。申請の前に更新してください。"
    )
    visa = next(i for i in sheet.items if i.kind == "visa")
    assert render(visa.title, es).endswith("(Japón)")
    for item in sheet.items:
        for translate in (es, ja):
            assert_translated(item.title, translate)
            assert_translated(item.why, translate)
            if item.problem:
                assert_translated(item.problem, translate)


def test_homestay_reasons_and_conflicts_in_spanish_and_japanese(db, es, ja):
    trip = make_trip(db)
    planner.set_participant_details(
        db, trip.people["Aoi Sato"],
        {"date_of_birth": "2011-02-01", "gender": "female", "languages": "ja, en",
         "allergies": "cats; peanuts"},
    )
    planner.set_participant_details(
        db, trip.people["Ren Ito"], {"date_of_birth": "2010-08-20", "gender": "male",
                                     "languages": "ja"},
    )
    planner.set_host_family_details(db, trip.hosts["Miller"], {"languages": "en", "pets": "two cats"})
    planner.set_host_family_details(
        db, trip.hosts["Garcia"], {"languages": "en, ja", "guest_gender": "female"}
    )
    plan = planner.homestay_plan(db, trip.exchange_id)
    # Before the background checks: the minors are not placed, and the reasons say why.
    refusals = [r for u in plan.unplaced for r in u.reasons]
    assert refusals
    for reason in refusals:
        for translate in (es, ja):
            assert_translated(reason, translate)
    tick_background_checks(db, trip)
    plan = planner.homestay_plan(db, trip.exchange_id)
    aoi = next(s for s in plan.suggestions if s.guest == "Aoi Sato")
    assert "Both speak Japanese, English." in aoi.reasons
    both = next(r for r in aoi.reasons if r == "Both speak Japanese, English.")
    assert render(both, es) == "Ambos hablan japonés, inglés."
    assert render(both, ja) == "どちらも日本語、英語を話します。"
    assert render(aoi.notes[0], ja) == (
        "ホストファミリーに伝えてください: Aoi Satoさんはcats; peanutsのアレルギーがあります。"
    )
    for suggestion in plan.suggestions:
        for text in (*suggestion.reasons, *suggestion.notes):
            for translate in (es, ja):
                assert_translated(text, translate)
    planner.accept_suggestions(db, trip.exchange_id)
    family = dict(planner.homestay_plan(db, trip.exchange_id).placed)["Ren Ito"]
    name = str.__str__(family).removeprefix("the ").removesuffix(" family")
    planner.set_participant_details(db, trip.people["Ren Ito"], {"allergies": "dogs"})
    planner.set_host_family_details(db, trip.hosts[name], {"pets": "a dog"})
    (conflict,) = planner.homestay_plan(db, trip.exchange_id).conflicts
    (problem,) = conflict.problems
    assert problem == f"Ren Ito is allergic to dog; the {name} family has a dog."
    assert render(problem, es) == f"Ren Ito es alérgico a: perros; la familia {name} tiene a dog."
    assert render(problem, ja).startswith("Ren Itoさんは犬のアレルギーがありますが")


def test_the_purge_reminder_in_spanish_and_japanese(db, es, ja):
    trip = make_trip(db)
    for person in ("Aoi Sato", "Ren Ito"):
        planner.set_participant_details(
            db, trip.people[person], {"passport_number": "TZ123", "allergies": "none"}
        )
    items = agenda(db, 366, today=date(2027, 8, 1)).items
    purge = next(i for i in items if i.kind is ItemKind.DEADLINE and "Purge" in i.title)
    assert purge.title == "Purge the personal data of 2 minors (Kyoto students visit)"
    assert render(purge.title, es) == (
        "Eliminar los datos personales de 2 menores (Kyoto students visit)"
    )
    assert render(purge.title, ja) == "未成年2人の個人情報の消去（Kyoto students visit）"
    for translate in (es, ja):
        assert_translated(purge.detail, translate)
    assert trip.exchange_id == purge.record_id


def test_mailing_list_left_out_reasons_in_spanish_and_japanese(db, es, ja):
    volunteers.add_volunteer(
        db, {"given_name": "Ana", "email": "ana@example.org", "contact_consent": "yes",
             "consent_date": "2025-01-10"},
    )
    volunteers.add_volunteer(db, {"given_name": "Ben", "email": "ben@example.org"})
    volunteers.add_volunteer(
        db, {"given_name": "Chie", "contact_consent": "yes", "consent_date": "2025-01-10"}
    )
    result = mailing.mailing_list(db, mailing.MailFormat.CSV, today=TODAY)
    summary = result.summary()
    assert summary == (
        "1 volunteer on the list; 2 left out: 1 did not agree to be contacted, "
        "1 no email address."
    )
    assert render(summary, es) == (
        "1 voluntario en la lista; 2 excluidos: sin consentimiento para ser contactados (1), "
        "sin correo electrónico (1)."
    )
    assert render(summary, ja) == (
        "リストのボランティアは1人、除外は2人です（連絡への同意なし: 1人、メールアドレスなし: 1人）。"
    )


def test_the_partnership_label_names_its_country_in_the_language(db, es, ja):
    pid = _partnership(db)
    ((found, label),) = partnerships.partnership_choices(db)
    assert (found, label) == (pid, "Takayama (高山市), Japan")
    assert render(label, es) == "Takayama (高山市), Japón"
    assert render(label, ja) == "Takayama (高山市)（日本）"


def test_a_story_is_drafted_in_the_committees_language(db, es, ja):
    pid = _partnership(db)
    event = events.add_event(
        db,
        {"title": "Autumn festival", "kind": "festival", "time_zone": "America/Chicago",
         "starts_at": "2024-10-12 10:00", "venue": "Washington Park", "attendance": "120",
         "partnerships": pid},
    ).id
    english = stories.draft_story(db, event_id=event)
    assert english.language == "en"
    assert english.written(language_translator("en")).body.startswith(
        "On October 12, 2024, Springfield Sister Cities held Autumn festival, a festival at "
        "Washington Park in Springfield with our partner Takayama, Japan."
    )
    organizations.edit_organization(db, {"language": "es"})
    draft = stories.draft_story(db, event_id=event)
    assert draft.language == "es"
    written = draft.written(language_translator(draft.language))
    assert written.title == "Autumn festival: Springfield y Takayama"
    assert written.body.split("\n\n") == [
        "El 12 de octubre de 2024, Springfield Sister Cities celebró «Autumn festival», un "
        "festival en Washington Park, en Springfield, con nuestra ciudad asociada Takayama, "
        "Japón.",
        "Asistieron 120 invitados.",
    ]
    assert render(draft.body, ja).split("\n\n") == [
        "2024年10月12日、Springfield Sister Citiesは提携都市のTakayama（日本）とともに、"
        "SpringfieldのWashington Parkでフェスティバル「Autumn festival」を開催しました。",
        "来場者は120人。",
    ]


def test_visa_lead_times_name_the_country_and_their_note_in_the_language(db, es, ja):
    rows = {row.country: row for row in planner.visa_lead_times(db)}
    germany, japan, unlisted = rows["DE"], rows["JP"], planner.lead_time(db, "BT")
    assert germany.note == (
        "Schengen short-stay visa: apply 15 to 180 days before; decision in 15 days, up to 45."
    )
    assert render(germany.note, ja) == "シェンゲン短期滞在ビザ: 15～180日前に申請。審査は15日、最長45日。"
    assert render(germany.country_name, es) == "Alemania"
    assert render(japan.country_name, ja) == "日本"
    assert unlisted.source == "general"
    for row in (*rows.values(), unlisted):
        if row.note:
            for translate in (es, ja):
                assert_translated(row.note, translate)
    # The committee's own note is its own words, shown as written.
    planner.set_visa_lead_time(db, "DE", 30, note="Ask the consulate in Chicago")
    assert planner.lead_time(db, "DE").note == "Ask the consulate in Chicago"


@pytest.mark.parametrize("language", ["es", "ja"])
def test_what_a_purge_removed_is_said_whole_in_the_language(language: str) -> None:
    from sistercommittee.services.planner.purge_record import REMOVED_KINDS, removed_text

    removed = {kind: index + 1 for index, kind in enumerate(REMOVED_KINDS)}
    english = render(removed_text(removed))
    shown = render(removed_text(removed), language_translator(language))
    assert english.startswith("Removed: ") and "; " in english
    english_words = set(re.findall(r"[A-Za-z]{4,}", english))
    assert english_words and not english_words & set(re.findall(r"[A-Za-z]{4,}", shown)), shown
