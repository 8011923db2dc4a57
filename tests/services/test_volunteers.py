from __future__ import annotations

import pytest
from sqlalchemy import select

from sistercommittee.domain import OutboxEntry, Volunteer
from sistercommittee.errors import NotFoundError, ValidationError
from sistercommittee.services import volunteers as svc
from sistercommittee.services.volunteers import VolunteerQuery


def test_add_normalises_phone_email_and_languages(db):
    changes = svc.add_volunteer(
        db,
        {
            "given_name": "  Mei ",
            "family_name": "Tanaka",
            "email": "Mei.Tanaka@Example.ORG",
            "phone": "(217) 555-0142",
            "languages": "ja:native, EN:fluent",
            "skills": "translation; calligraphy",
        },
    )
    detail = svc.get_volunteer(db, changes.id)
    assert detail.given_name == "Mei"
    assert detail.email == "Mei.Tanaka@example.org"
    assert detail.phone == "+12175550142"  # a US number: the organization is in the US
    assert [(s.language, s.level.value) for s in detail.languages] == [
        ("en", "fluent"),
        ("ja", "native"),
    ]
    assert detail.skills == ("translation", "calligraphy")
    assert detail.roles == ("volunteer",)
    assert detail.active is True


def test_add_refuses_every_bad_field_at_once_and_writes_nothing(db):
    with pytest.raises(ValidationError) as caught:
        svc.add_volunteer(
            db,
            {"given_name": "", "email": "not-an-email", "phone": "12", "languages": "xx-qq:fluent"},
        )
    errors = caught.value.errors
    assert set(errors) == {"given_name", "email", "phone", "languages"}
    assert errors["given_name"] == "Given name is required."
    assert "not an email address" in errors["email"]
    with db.read() as session:
        assert session.scalars(select(Volunteer)).all() == []
        assert (
            session.scalars(select(OutboxEntry).where(OutboxEntry.table_name == "volunteers")).all()
            == []
        )


def test_duplicate_email_is_refused(db):
    svc.add_volunteer(db, {"given_name": "Ana", "email": "ana@example.org"})
    with pytest.raises(ValidationError, match="already has the email"):
        svc.add_volunteer(db, {"given_name": "Ana B", "email": "ANA@example.org".lower()})


def test_consent_needs_a_date(db):
    with pytest.raises(ValidationError) as caught:
        svc.add_volunteer(db, {"given_name": "Ana", "contact_consent": "yes"})
    assert "consent_date" in caught.value.errors


def test_edit_changes_only_given_fields_and_records_them_in_the_outbox(db):
    volunteer_id = svc.add_volunteer(db, {"given_name": "Olena", "family_name": "Koval"}).id
    svc.edit_volunteer(db, volunteer_id, {"email": "olena@example.org", "languages": "uk:native"})
    detail = svc.get_volunteer(db, volunteer_id)
    assert detail.family_name == "Koval"
    assert detail.email == "olena@example.org"
    with db.read() as session:
        entries = session.scalars(
            select(OutboxEntry).where(OutboxEntry.row_id == volunteer_id).order_by(OutboxEntry.seq)
        ).all()
    assert entries[-1].fields == {"email": "olena@example.org"}
    assert entries[0].hlc < entries[-1].hlc


def test_delete_hides_and_restore_brings_back(db):
    volunteer_id = svc.add_volunteer(db, {"given_name": "Omar"}).id
    svc.delete_volunteer(db, volunteer_id)
    with pytest.raises(NotFoundError):
        svc.get_volunteer(db, volunteer_id)
    assert svc.list_volunteers(db).total == 0
    svc.restore_volunteer(db, volunteer_id)
    assert svc.list_volunteers(db).total == 1


def test_list_filters_and_sorts_in_sql(db):
    svc.add_volunteer(
        db,
        {
            "given_name": "Émile",
            "family_name": "Durand",
            "languages": "fr:native",
            "skills": "cooking",
        },
    )
    svc.add_volunteer(
        db,
        {
            "given_name": "Ahmed",
            "family_name": "Hassan",
            "languages": "ar:native",
            "roles": "board",
        },
    )
    svc.add_volunteer(
        db, {"given_name": "美咲", "family_name": "佐藤", "languages": "ja:native", "active": "no"}
    )
    assert [r.name for r in svc.list_volunteers(db).items] == [
        "Ahmed Hassan",
        "Émile Durand",
        "佐藤美咲",
    ]
    assert [r.name for r in svc.list_volunteers(db, VolunteerQuery(search="emile")).items] == [
        "Émile Durand"
    ]
    assert svc.list_volunteers(db, VolunteerQuery(language="ja")).items[0].family_name == "佐藤"
    assert svc.list_volunteers(db, VolunteerQuery(active=True)).total == 2
    assert svc.list_volunteers(db, VolunteerQuery(skill="Cooking")).items[0].given_name == "Émile"
    assert svc.list_volunteers(db, VolunteerQuery(role="board")).items[0].given_name == "Ahmed"
    page = svc.list_volunteers(db, VolunteerQuery(limit=2, sort="name", descending=True))
    assert page.total == 3 and len(page.items) == 2 and page.has_more


def test_search_treats_wildcards_literally(db):
    svc.add_volunteer(db, {"given_name": "Ana"})
    assert svc.list_volunteers(db, VolunteerQuery(search="%")).total == 0


def test_bulk_deactivate_is_all_or_nothing(db):
    first = svc.add_volunteer(db, {"given_name": "A"}).id
    with pytest.raises(NotFoundError):
        svc.set_active(db, [first, "missing-id"], False)
    assert svc.get_volunteer(db, first).active is True
    svc.set_active(db, [first], False)
    assert svc.get_volunteer(db, first).active is False


def test_bulk_actions_on_a_whole_roster_are_one_action_with_an_outbox_entry_each(db):
    from sistercommittee.storage.bulk import NewRows

    with db.write() as session:
        rows = NewRows(session)
        ids = [
            rows.add(Volunteer, {"given_name": f"V{i}", "family_name": "R", "sort_name": f"r v{i}"})
            for i in range(1_200)
        ]
        rows.flush()
    svc.set_active(db, ids, False)
    svc.delete_volunteers(db, ids[:700])
    with pytest.raises(NotFoundError, match=ids[0]):  # deleted ones are not there to delete
        svc.delete_volunteers(db, [ids[900], ids[0]])
    assert svc.get_volunteer(db, ids[900]).active is False  # nothing of the refused action
    svc.restore_volunteers(db, ids[:700])
    with db.read() as session:
        entries = session.scalars(select(OutboxEntry.fields).order_by(OutboxEntry.seq)).all()
        live = session.scalars(
            select(Volunteer.id).where(Volunteer.deleted_at.is_(None), Volunteer.active.is_(False))
        ).all()
    assert len(live) == 1_200
    assert entries[-2 * 700 - 1_200 : -2 * 700] == [{"active": False}] * 1_200
    assert entries[-700:] == [{"deleted_at": None}] * 700
    with pytest.raises(ValidationError):
        svc.delete_volunteers(db, [])


def test_clearing_a_field_with_a_default_restores_the_default(db):
    volunteer_id = svc.add_volunteer(db, {"given_name": "Ana", "active": "no", "roles": "board"}).id
    svc.edit_volunteer(db, volunteer_id, {"active": "", "roles": ""})
    detail = svc.get_volunteer(db, volunteer_id)
    assert detail.active is True
    assert detail.roles == ("volunteer",)


def test_clearing_a_required_field_is_refused(db):
    volunteer_id = svc.add_volunteer(db, {"given_name": "Ana"}).id
    with pytest.raises(ValidationError) as caught:
        svc.edit_volunteer(db, volunteer_id, {"given_name": "  "})
    assert caught.value.errors == {"given_name": "Given name is required."}
