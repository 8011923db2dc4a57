"""The sample data: realistic at scale 1, valid by the service validators, deterministic, and
recorded in the outbox exactly as the change capture would have recorded it."""

from __future__ import annotations

import itertools
import unicodedata
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sistercommittee.domain import (
    SYNCED_MODELS,
    BudgetLine,
    Event,
    EventPartnership,
    Exchange,
    HostFamily,
    HoursEntry,
    ItineraryItem,
    Mou,
    MouSignatory,
    MouText,
    Organization,
    OutboxEntry,
    Participant,
    PartnerContact,
    Partnership,
    Shift,
    StatusChange,
    Stay,
    SyncState,
    Volunteer,
    VolunteerLanguage,
)
from sistercommittee.domain.enums import STATUS_TRANSITIONS, EventKind, PartnershipStatus
from sistercommittee.errors import ValidationError
from sistercommittee.sample import SampleSummary, generate
from sistercommittee.services import fields as f
from sistercommittee.services.volunteers import add_volunteer, sort_name
from sistercommittee.storage import capture
from sistercommittee.storage.database import Database, open_database

# The script each partner country's local city name must be written in, and for Latin ones a
# letter beyond ASCII it must show (umlauts, accents).
EXPECTED_SCRIPTS = {
    "JP": "CJK",
    "CN": "CJK",
    "KR": "HANGUL",
    "EG": "ARABIC",
    "UA": "CYRILLIC",
    "DE": "LATIN",
    "MX": "LATIN",
    "FR": "LATIN",
    "GR": "GREEK",
    "IL": "HEBREW",
    "IN": "DEVANAGARI",
    "TH": "THAI",
}


# Photos, who is in them and stories are added through the services after the bulk rows (their
# timestamps are the ORM's, a few microseconds apart, like any record typed in).
ADDED_THROUGH_SERVICES = {"photos", "photo_people", "stories"}


def scripts_of(text: str) -> set[str]:
    """The Unicode scripts of the letters in ``text`` (by the first word of their names)."""
    found = set()
    for char in text:
        if unicodedata.category(char).startswith("L"):
            name = unicodedata.name(char, "")
            found.add("CJK" if name.startswith(("CJK", "HIRAGANA", "KATAKANA")) else name.split()[0])
    return found


def all_rows(db: Database, model: type) -> list:
    with db.read() as session:
        return list(session.scalars(select(model)))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    """One scale-1 demo database shared by the checks that only read it."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = open_database(path, create=True)
    stages: list[tuple[str, float]] = []
    summary = generate(db, progress=lambda stage, fraction: stages.append((stage, fraction)))
    yield db, summary, stages
    db.close()


def test_scale_one_is_a_realistic_committee(demo):
    db, summary, stages = demo
    assert isinstance(summary, SampleSummary)
    assert summary.organizations == 1
    assert summary.partnerships >= 15
    assert summary.volunteers >= 120
    assert summary.events >= 400
    assert summary.hours_entries >= 4000
    assert summary.exchanges >= 8
    assert summary.outbox_entries == summary.synced_rows
    with db.read() as session:
        org = session.scalars(select(Organization)).one()
        assert (org.name, org.city, org.region, org.country) == (
            "Springfield Sister Cities Association", "Springfield", "Illinois", "US"
        )
        assert (org.currency, org.time_zone, org.language) == ("USD", "America/Chicago", "en")
        assert org.sci_member_number
        kinds = set(session.scalars(select(Event.kind)))
        assert kinds == set(EventKind)
        years = {event.starts_at.year for event in session.scalars(select(Event))}
        assert years >= {2021, 2022, 2023, 2024, 2025, 2026}
        directions = Counter(session.scalars(select(Exchange.direction)))
        assert directions["inbound"] and directions["outbound"]
        assert len(set(session.scalars(select(Exchange.program)))) >= 4
        assert session.scalar(select(func.count()).where(Participant.is_youth.is_(True))) > 0
        assert session.scalar(select(func.count()).where(Participant.role == "chaperone")) > 0
        categories = set(session.scalars(select(BudgetLine.category)))
        assert "humanitarian_aid" in categories
        assert session.scalar(select(func.count()).where(BudgetLine.in_kind.is_(True))) > 0
        assert session.scalar(select(func.count()).select_from(ItineraryItem)) > 0
        hour_kinds = set(session.scalars(select(HoursEntry.kind)))
        assert {"event", "meeting", "translation", "hosting", "travel"} <= hour_kinds
    assert stages[-1] == ("Done", 1.0)
    fractions = [fraction for _, fraction in stages]
    assert fractions == sorted(fractions) and fractions[0] >= 0


def test_partner_cities_have_local_names_in_their_own_scripts(demo):
    db, _, _ = demo
    partnerships = all_rows(db, Partnership)
    by_country = {p.country: p for p in partnerships}
    assert set(EXPECTED_SCRIPTS) | {"VN", "TR", "PL"} <= set(by_country)
    for country, script in EXPECTED_SCRIPTS.items():
        local = by_country[country].city_name_local
        assert scripts_of(local) == {script}, (country, local)
        if script == "LATIN":
            assert not local.isascii(), local
    assert by_country["JP"].city_name_local == "高山市"
    for partnership in partnerships:
        assert partnership.language and partnership.time_zone and partnership.focus_areas
        assert f.language(partnership.language, "Language") == partnership.language


def check_history(history: list[tuple[str | None, str]], status: str) -> None:
    """(from, to) steps in date order: from nothing to exploring, then allowed steps only."""
    assert history[0] == (None, PartnershipStatus.EXPLORING)
    for (_, before), (after_from, after) in itertools.pairwise(history):
        assert after_from == before
        assert PartnershipStatus(after) in STATUS_TRANSITIONS[PartnershipStatus(before)]
    assert history[-1][1] == status


def test_status_histories_follow_the_allowed_transitions(demo):
    db, _, _ = demo
    changes = defaultdict(list)
    for change in all_rows(db, StatusChange):
        changes[change.partnership_id].append(change)
    for partnership in all_rows(db, Partnership):
        history = sorted(changes[partnership.id], key=lambda c: c.changed_on)
        check_history([(c.from_status, c.to_status) for c in history], partnership.status)


def test_generated_histories_of_numbered_variants_are_valid_too():
    # Beyond scale 1 the pool cities come back as numbered variants with generated histories.
    from sistercommittee.sample import pools
    from sistercommittee.sample.generator import AS_OF, _Generator

    generator = _Generator(None, None, scale=100, seed=5, progress=lambda *_: None)  # type: ignore[arg-type]
    for base in pools.PARTNERS:
        for _ in range(50):
            steps = generator._variant_history(base)
            days = [day for _, day in steps]
            assert days == sorted(days) and days[-1] <= AS_OF
            history = [(None, steps[0][0])] + [
                (before, after) for (before, _), (after, _) in itertools.pairwise(steps)
            ]
            check_history(history, steps[-1][0])


def test_active_partnerships_have_a_bilingual_mou_signed_by_both_sides(demo):
    db, _, _ = demo
    mous = {mou.partnership_id: mou for mou in all_rows(db, Mou)}
    signatories = defaultdict(list)
    for signatory in all_rows(db, MouSignatory):
        signatories[signatory.mou_id].append(signatory)
    texts = defaultdict(dict)
    for text in all_rows(db, MouText):
        texts[text.mou_id][text.language] = text.text
    contacts = Counter(contact.partnership_id for contact in all_rows(db, PartnerContact))
    for partnership in all_rows(db, Partnership):
        assert contacts[partnership.id] >= 1
        if partnership.status != PartnershipStatus.ACTIVE:
            continue
        mou = mous[partnership.id]
        assert mou.signed_on == partnership.signed_on is not None
        assert mou.languages == ["en", partnership.language]
        sides = Counter(s.side for s in signatories[mou.id])
        assert sides["home"] >= 1 and sides["partner"] >= 1
        for signatory in signatories[mou.id]:
            assert signatory.name and signatory.title and signatory.title_local
        local = texts[mou.id][partnership.language]
        english = texts[mou.id]["en"]
        assert partnership.city_name_local in local and "{" not in local
        assert partnership.city_name in english and "Springfield" in english
        assert "lorem" not in (local + english).lower()
        if scripts_of(partnership.city_name_local) != {"LATIN"}:
            assert scripts_of(local) - {"LATIN"}, local  # written in the partner's own script
    takayama = next(p for p in all_rows(db, Partnership) if p.city_name == "Takayama")
    titles = {s.title_local for s in signatories[mous[takayama.id].id]}
    assert "高山市長" in titles


def test_volunteers_are_many_and_varied(demo):
    db, _, _ = demo
    volunteers = all_rows(db, Volunteer)
    assert len(volunteers) >= 120
    scripts = Counter()
    for volunteer in volunteers:
        scripts.update(scripts_of(volunteer.given_name + (volunteer.family_name or "")))
        assert volunteer.sort_name == sort_name(volunteer.given_name, volunteer.family_name)
        assert volunteer.roles
        assert bool(volunteer.contact_consent) == (volunteer.consent_date is not None)
    assert len(scripts) >= 5, scripts
    emails = [v.email for v in volunteers if v.email]
    assert len(emails) == len(set(emails)) > 100
    assert all(email.endswith(("@example.org", "@example.com")) for email in emails)
    assert any(not v.active for v in volunteers) and sum(v.active for v in volunteers) > 100
    assert all(v.active for v in volunteers if "board" in v.roles)
    roles = Counter(role for v in volunteers for role in v.roles)
    assert roles["board"] >= 5 and roles["committee_chair"] >= 5 and roles["coordinator"] >= 5
    languages = defaultdict(set)
    for row in all_rows(db, VolunteerLanguage):
        languages[row.volunteer_id].add(row.language)
    assert all(languages[v.id] for v in volunteers)
    spoken = {tag.split("-")[0] for tags in languages.values() for tag in tags}
    assert {"en", "ja", "zh", "ko", "ar", "uk", "es", "fr", "de", "vi"} <= spoken


def test_every_value_passes_the_field_validators(demo):
    db, _, _ = demo

    def same(parse, value, *args):
        assert parse(value, "Field", *args) == value, value

    org = all_rows(db, Organization)[0]
    same(f.country, org.country)
    same(f.currency, org.currency)
    same(f.time_zone, org.time_zone)
    same(f.language, org.language)
    for partnership in all_rows(db, Partnership):
        same(f.country, partnership.country)
        same(f.language, partnership.language)
        same(f.time_zone, partnership.time_zone)
    for contact in all_rows(db, PartnerContact):
        same(f.phone, contact.phone)
        same(f.email, contact.email)
        same(f.language, contact.language)
    for mou in all_rows(db, Mou):
        for tag in mou.languages:
            same(f.language, tag)
    for volunteer in all_rows(db, Volunteer):
        for phone in (volunteer.phone, volunteer.emergency_contact_phone):
            if phone:
                same(f.phone, phone)
        if volunteer.email:
            same(f.email, volunteer.email)
    for row in all_rows(db, VolunteerLanguage):
        same(f.language, row.language)
    for event in all_rows(db, Event):
        same(f.time_zone, event.time_zone)
        assert event.ends_at > event.starts_at
    for shift in all_rows(db, Shift):
        assert shift.ends_at > shift.starts_at
    for item in all_rows(db, ItineraryItem):
        same(f.time_zone, item.time_zone)
        assert item.ends_at is None or item.ends_at > item.starts_at
    for exchange in all_rows(db, Exchange):
        assert exchange.ends_on > exchange.starts_on
    for stay in all_rows(db, Stay):
        assert stay.to_date > stay.from_date
    for line in all_rows(db, BudgetLine):
        same(f.currency, line.currency)
        assert line.planned_minor > 0
    for person in all_rows(db, Participant) + all_rows(db, HostFamily):
        if person.phone:
            same(f.phone, person.phone)
        if person.email:
            same(f.email, person.email)
    for entry in all_rows(db, HoursEntry):
        assert 0 < entry.minutes <= 24 * 60
    for model in SYNCED_MODELS:
        for row in all_rows(db, model):
            assert row.deleted_at is None


def test_staffing_hours_and_lodging_are_consistent(demo):
    db, _, _ = demo
    from sistercommittee.sample.generator import AS_OF

    shifts_by_volunteer = defaultdict(list)
    staffed = Counter()  # shifts of past events, which their volunteers logged as hours
    events = {event.id: event for event in all_rows(db, Event)}
    for shift in all_rows(db, Shift):
        if shift.volunteer_id is None:
            continue
        shifts_by_volunteer[shift.volunteer_id].append((shift.starts_at, shift.ends_at))
        if events[shift.event_id].ends_at.date() < AS_OF:
            minutes = int((shift.ends_at - shift.starts_at).total_seconds() // 60)
            staffed[(shift.event_id, shift.volunteer_id, minutes)] += 1
    for spans in shifts_by_volunteer.values():
        spans.sort()
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert start >= end  # nobody works two shifts at once
    logged = Counter(
        (entry.event_id, entry.volunteer_id, entry.minutes)
        for entry in all_rows(db, HoursEntry)
        if entry.kind == "event"
    )
    assert logged == staffed and len(logged) > 500
    days = [entry.worked_on for entry in all_rows(db, HoursEntry)]
    assert date(2021, 1, 1) <= min(days) and max(days) <= AS_OF
    stays = Counter(stay.host_family_id for stay in all_rows(db, Stay))
    for family in all_rows(db, HostFamily):
        assert stays[family.id] <= family.capacity
    linked = {link.event_id for link in all_rows(db, EventPartnership)}
    virtual = [e for e in events.values() if e.kind == EventKind.VIRTUAL_EXCHANGE and e.id in linked]
    assert virtual and all("Online with" in (e.description or "") for e in virtual)


def test_the_same_seed_gives_the_same_data(tmp_path: Path):
    def names(seed: int, name: str) -> tuple[list, list]:
        db = open_database(tmp_path / name, create=True)
        generate(db, scale=0.2, seed=seed)
        with db.read() as session:
            people = session.execute(
                select(Volunteer.given_name, Volunteer.family_name, Volunteer.email).order_by(
                    Volunteer.sort_name, Volunteer.email
                )
            ).all()
            events = session.execute(
                select(Event.title, Event.starts_at).order_by(Event.starts_at, Event.title)
            ).all()
        db.close()
        return people, events

    first = names(7, "a.sqlite")
    assert first == names(7, "b.sqlite")
    assert first[0] != names(8, "c.sqlite")[0]


def test_a_database_with_records_is_refused_untouched(db):
    add_volunteer(db, {"given_name": "Ana", "family_name": "Pérez"})
    with db.read() as session:
        before = session.scalar(select(func.count()).select_from(OutboxEntry))
    with pytest.raises(ValidationError) as caught:
        generate(db, scale=0.1)
    assert "database" in caught.value.errors
    assert "empty database" in caught.value.message
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == before
        assert session.scalar(select(func.count()).select_from(Partnership)) == 0


def test_an_existing_organization_is_kept(db):
    summary = generate(db, scale=0.1)
    assert summary.organizations == 0
    orgs = all_rows(db, Organization)
    assert [org.name for org in orgs] == ["Springfield Sister Cities"]


def test_the_scale_must_be_positive(empty_db):
    with pytest.raises(ValidationError):
        generate(empty_db, scale=0)


def test_every_row_has_the_outbox_entry_the_change_capture_would_write(empty_db):
    summary = generate(empty_db, scale=0.2, seed=3)
    with empty_db.read() as session:
        entries = session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).all()
        state = session.scalars(select(SyncState)).one()
        by_row = defaultdict(list)
        for entry in entries:
            by_row[entry.row_id].append(entry)
        rows = 0
        for model in SYNCED_MODELS:
            for obj in session.scalars(select(model)):
                rows += 1
                (entry,) = by_row.pop(obj.id)
                assert entry.table_name == model.__tablename__
                assert entry.fields == capture.changed_fields(obj, is_new=True)
                assert entry.device_id == state.device_id
                if model.__tablename__ not in ADDED_THROUGH_SERVICES:
                    assert obj.updated_at == obj.created_at
    assert by_row == {}  # no entry without its row
    assert rows == len(entries) == summary.outbox_entries == summary.synced_rows
    stamps = [entry.hlc for entry in entries]
    assert all(a < b for a, b in itertools.pairwise(stamps))
    assert state.last_hlc == stamps[-1]
    # A change made afterwards through the services is stamped after all of them.
    changed = add_volunteer(empty_db, {"given_name": "Mei", "family_name": "Tanaka"})
    with empty_db.read() as session:
        later = session.scalars(
            select(OutboxEntry.hlc).where(OutboxEntry.row_id == changed.id)
        ).one()
    assert later > stamps[-1]


def test_volunteer_list_filters_agree_with_a_plain_filter_on_sample_data(demo):
    """The list's SQL (tuned on the scale-100 sample) keeps exactly the rows a plain filter keeps,
    in the same order and pages, with and without filters."""
    from dataclasses import replace

    from sistercommittee.services import volunteers as service

    db, _, _ = demo
    everyone = all_rows(db, Volunteer)
    spoken = defaultdict(list)
    for row in all_rows(db, VolunteerLanguage):
        spoken[row.volunteer_id].append(row.language)

    def speaks(tag):
        return lambda v: any(t == tag or t.startswith(f"{tag}-") for t in spoken[v.id])

    by_name = lambda v: (v.name_key, v.id)  # noqa: E731  # the order of the user's language
    cases = [
        (service.VolunteerQuery(language="es"), speaks("es")),
        (service.VolunteerQuery(language="zh"), speaks("zh")),
        (service.VolunteerQuery(skill="PHOTOGRAPHY"), lambda v: "photography" in v.skills),
        (service.VolunteerQuery(role="coordinator"), lambda v: "coordinator" in v.roles),
        (
            service.VolunteerQuery(committee="Takayama Committee"),
            lambda v: "Takayama Committee" in v.committees,
        ),
        (service.VolunteerQuery(search="example.com"), lambda v: "example.com" in (v.email or "")),
        (service.VolunteerQuery(active=False), lambda v: not v.active),
        (service.VolunteerQuery(), lambda v: True),
    ]
    for query, keep in cases:
        page = service.list_volunteers(db, replace(query, limit=1000))
        wanted = sorted((v for v in everyone if keep(v)), key=by_name)
        assert wanted, query
        assert [row.id for row in page.items] == [v.id for v in wanted], query
        assert page.total == len(wanted)
        second = service.list_volunteers(db, replace(query, offset=3, limit=5))
        assert [row.id for row in second.items] == [v.id for v in wanted[3:8]], query
    by_email = lambda v: (v.email is not None, v.email or "", v.id)  # noqa: E731
    for query, keep in (
        (service.VolunteerQuery(language="en", active=True), lambda v: v.active and speaks("en")(v)),
        (service.VolunteerQuery(), lambda v: True),
    ):
        for descending in (False, True):
            page = service.list_volunteers(
                db, replace(query, sort="email", descending=descending, limit=1000)
            )
            wanted = sorted((v for v in everyone if keep(v)), key=by_email, reverse=descending)
            assert [row.id for row in page.items] == [v.id for v in wanted]


def test_volunteer_skill_filter_finds_skills_beyond_ascii(db):
    from sistercommittee.services import volunteers as service

    ana = add_volunteer(db, {"given_name": "Ana", "skills": 'Café hosting; "Taiko" drums'}).id
    add_volunteer(db, {"given_name": "Bo", "skills": "cafe hosting"})
    for skill in ("café hosting", '"taiko" drums'):
        page = service.list_volunteers(db, service.VolunteerQuery(skill=skill))
        assert [row.id for row in page.items] == [ana], skill


def test_sample_photos_show_who_is_pictured_and_their_consent(demo):
    from sistercommittee.domain import Photo, PhotoPerson, Story
    from sistercommittee.services.photos import ensure_thumbnail, list_photos, photo_path

    db, summary, _ = demo
    assert (summary.photos, summary.photo_people, summary.stories) == (5, 7, 3)
    with db.read() as session:
        photos = session.scalars(select(Photo).order_by(Photo.created_at, Photo.id)).all()
        stories = session.scalars(select(Story)).all()
        minors = session.scalars(select(PhotoPerson).where(PhotoPerson.is_minor.is_(True))).all()
    assert {bool(p.event_id) for p in photos} == {True, False}  # on events and an exchange
    for photo in photos:
        stored = photo_path(db, photo.sha256)
        assert stored.stat().st_size == photo.size_bytes < 20_000  # small files
        assert ensure_thumbnail(db, photo.sha256).is_file()
        assert (photo.width, photo.height) == (640, 420)
    # A minor pictured with a guardian's consent, and one whose guardian did not agree.
    assert {(m.consent, bool(m.guardian_name and m.consent_on)) for m in minors} == {
        (True, True), (False, False)
    }
    exchange_id = next(p.exchange_id for p in photos if p.exchange_id)
    shown = list_photos(db, exchange_id=exchange_id)
    withheld = [p for p in shown if not p.publishable]
    assert len(withheld) == 1
    assert withheld[0].withheld_because.endswith(": minor: no guardian's consent recorded")
    published = {photo_id for story in stories for photo_id in story.photo_ids}
    assert withheld[0].id not in published  # never published
    assert published and all(p.publishable for p in shown if p.id in published)


def test_sample_stories_are_drafted_from_their_records(demo):
    from sistercommittee.domain import Story

    db, _, _ = demo
    with db.read() as session:
        stories = session.scalars(select(Story).order_by(Story.title)).all()
        events = {e.id: e for e in session.scalars(select(Event).where(
            Event.id.in_([s.event_id for s in stories if s.event_id])))}
        exchanges = {x.id: x for x in session.scalars(select(Exchange).where(
            Exchange.id.in_([s.exchange_id for s in stories if s.exchange_id])))}
    assert len(stories) == 3 and len(events) == 2 and len(exchanges) == 1
    for story in stories:
        record = events.get(story.event_id) or exchanges[story.exchange_id]
        assert story.title.startswith(record.title)
        assert "Springfield" in story.body and record.title in story.body
    festival = next(s for s in stories if s.event_id and events[s.event_id].kind == "festival")
    assert f"{events[festival.event_id].attendance:,} guests came" in festival.body


def test_sample_photos_are_the_same_files_every_time(tmp_path: Path):
    from sistercommittee.domain import Photo

    def hashes(name: str) -> list[tuple[str, str]]:
        db = open_database(tmp_path / name, create=True)
        generate(db, scale=0.2)
        with db.read() as session:
            found = session.execute(
                select(Photo.file_name, Photo.sha256).order_by(Photo.file_name)
            ).all()
        db.close()
        return [tuple(row) for row in found]

    first = hashes("a.sqlite")
    assert len(first) == 5 and first == hashes("b.sqlite")


def test_host_families_are_named_as_their_language_writes_them(demo):
    """A host family's name is the family's name alone ("Miller", "Takahashi") or as its own
    language writes it ("高橋家", "Familia García"): never the English word "family", which the
    app says itself in the reader's language ("la familia Miller", "Miller家")."""
    from sistercommittee.messages import render
    from sistercommittee.services.exchanges.common import _the_family

    db, _, _ = demo
    names = [family.family_name for family in all_rows(db, HostFamily)]
    assert names and not [n for n in names if "family" in n.casefold()]
    spanish = {"{name}": "{name}", "the {name} family": "la familia {name}"}
    translate = lambda context, text: spanish.get(text, text)  # noqa: E731
    assert render(_the_family("Miller"), translate) == "la familia Miller"
    assert render(_the_family("Familia García"), translate) == "Familia García"
    assert render(_the_family("高橋家"), translate) == "高橋家"
