"""The MOU's texts in the partner's language: entered through the MOU form, kept by the
migration that adds them, printed on the certificate."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from sistercommittee.documents.certificate import render_certificate
from sistercommittee.domain import Mou
from sistercommittee.errors import ValidationError
from sistercommittee.services import mou_forms, mous
from sistercommittee.storage import migrate
from sistercommittee.storage.database import APPLICATION_ID, open_database
from tests.documents.conftest import pdf_text
from tests.documents.factories import add_partnership


def test_mou_form_takes_the_place_and_our_city_in_the_partner_language(db, tmp_path):
    pid = add_partnership(db, "ja", with_mou=False)
    changes = mous.add_mou(
        db,
        {
            "partnership_id": pid,
            "signed_on": "2024-05-03",
            "signed_place": "Takayama City Hall",
            "signed_place_local": "高山市役所",
            "home_city_local": "スプリングフィールド市",
        },
    )
    detail = mous.get_mou(db, changes.id)
    assert detail.signed_place_local == "高山市役所"
    assert detail.home_city_local == "スプリングフィールド市"
    mous.edit_mou(db, changes.id, {"signed_place_local": "高山市役所 大会議室"})
    assert mous.get_mou(db, changes.id).signed_place_local == "高山市役所 大会議室"
    text = pdf_text(render_certificate(db, pid), tmp_path).replace("\n", "")
    assert "高山市役所 大会議室にて署名" in text
    assert "スプリングフィールド市" in text
    names = {field.name for field in mou_forms.MOU_FORM.fields}
    assert {"signed_place_local", "home_city_local"} <= names


def test_mou_form_refuses_a_place_too_long(db):
    pid = add_partnership(db, "ja", with_mou=False)
    with pytest.raises(ValidationError) as caught:
        mous.add_mou(db, {"partnership_id": pid, "signed_place_local": "署" * 201})
    assert "signed_place_local" in caught.value.errors


def test_upgrade_from_the_previous_head_keeps_mous_and_adds_the_columns_empty(db_path, tmp_path):
    from sistercommittee.storage.engine import create_sqlite_engine

    assert "0006_certificate_texts" in migrate.known_revisions()
    engine = create_sqlite_engine(db_path)
    stamp = "2026-01-01T00:00:00.000000+00:00"
    with engine.connect() as connection, connection.begin():
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        migrate.upgrade(connection, "0005_sync_healing")
        connection.exec_driver_sql(
            "INSERT INTO sync_state (id, device_id, last_hlc, pull_cursor) "
            "VALUES (1, 'device', '0000000000000.000000', 0)"
        )
        connection.exec_driver_sql(
            "INSERT INTO partnerships (id, city_name, country, kind, status, focus_areas, "
            f"created_at, updated_at) VALUES ('p1', 'Takayama', 'JP', 'sister_city', 'active', "
            f"'[]', '{stamp}', '{stamp}')"
        )
        connection.exec_driver_sql(
            "INSERT INTO mous (id, partnership_id, signed_on, signed_place, languages, "
            f"created_at, updated_at) VALUES ('m1', 'p1', '1996-10-08', 'Takayama City Hall', "
            f"'[\"en\", \"ja\"]', '{stamp}', '{stamp}')"
        )
    engine.dispose()
    db = open_database(db_path, backup_dir=tmp_path / "backups")
    try:
        with db.read() as session:
            mou = session.scalars(select(Mou)).one()
            assert mou.signed_place == "Takayama City Hall"
            assert mou.signed_place_local is None and mou.home_city_local is None
        from sistercommittee.services.organizations import create_organization

        create_organization(
            db,
            {
                "name": "Springfield",
                "city": "Springfield",
                "country": "US",
                "time_zone": "America/Chicago",
            },
        )
        mous.edit_mou(db, "m1", {"signed_place_local": "高山市役所"})
        with db.read() as session:
            assert session.scalars(select(Mou)).one().signed_place_local == "高山市役所"
    finally:
        db.close()
