"""Two schema versions side by side through the real HQ: a field only the newer laptop has reaches
HQ, passes through the older laptop untouched (even when that one edits or deletes the record),
and is there once the older laptop is upgraded. A laptop too old for HQ is told to update."""

from __future__ import annotations

import io
import json

import pytest
from sqlalchemy import select

from sistercommittee.cli.main import main
from sistercommittee.hq.models import FeedChange
from sistercommittee.hq.versions import SchemaRange
from sistercommittee.services import volunteers as V
from sistercommittee.services.organizations import create_organization
from sistercommittee.sync import service, wire
from sistercommittee.sync.conflicts import list_conflicts
from sistercommittee.sync.errors import OutdatedError
from tests.hq.fixtures import PASSWORD, laptop, make_org, running_hq
from tests.sync.newer_schema import (
    NEWER_FIELD,
    kept_aside,
    newer_field,
    set_newer_field,
    upgrade,
)

ORG = {"name": "Springfield Sister Cities", "city": "Springfield", "country": "US"}


def _phone(db, volunteer_id):
    with db.read() as session:
        from sistercommittee.domain import Volunteer

        return session.get(Volunteer, volunteer_id).phone


def _feed_fields(hq, device_id=None):
    query = select(FeedChange.fields).order_by(FeedChange.seq)
    if device_id is not None:
        query = query.where(FeedChange.device_id == device_id)
    with hq.db.read() as connection:
        return [json.loads(f) for f in connection.scalars(query)]


def test_a_newer_field_reaches_hq_passes_through_an_older_laptop_and_lands_after_its_upgrade(
    hq, org, tmp_path
):
    newer = laptop(tmp_path / "newer.sqlite", hq.url, org.emails["coordinator"])
    older = laptop(tmp_path / "older.sqlite", hq.url, org.emails["volunteer"])
    upgrade(newer.db)
    create_organization(newer.db, ORG)
    ann = V.add_volunteer(newer.db, {"given_name": "Ann", "family_name": "Lee"}).id
    set_newer_field(newer.db, ann, "she/her")
    service.sync_now(newer.db, newer.store)
    assert {NEWER_FIELD: "she/her"} in _feed_fields(hq)  # stored by HQ, which does not know it

    service.sync_now(older.db, older.store)
    assert kept_aside(older.db) == [("volunteers", ann, NEWER_FIELD, "she/her")]

    # The older laptop edits the record: its change carries only what it knows.
    V.edit_volunteer(
        older.db, ann, {"given_name": "Ann", "family_name": "Lee", "phone": "+12175550100"}
    )
    service.sync_now(older.db, older.store)
    sent = _feed_fields(hq, older.device_id_cached)
    assert sent and all(NEWER_FIELD not in fields for fields in sent)
    service.sync_now(newer.db, newer.store)
    assert _phone(newer.db, ann) == "+12175550100" and newer_field(newer.db, ann) == "she/her"

    # A later value from the newer laptop replaces the one kept aside, by the merge rule.
    set_newer_field(newer.db, ann, "they/them")
    service.sync_now(newer.db, newer.store)
    V.edit_volunteer(
        older.db, ann, {"given_name": "Ann", "family_name": "Lee", "phone": "+12175550101"}
    )
    service.sync_now(older.db, older.store)
    assert kept_aside(older.db) == [("volunteers", ann, NEWER_FIELD, "they/them")]
    service.sync_now(newer.db, newer.store)
    assert (_phone(newer.db, ann), newer_field(newer.db, ann)) == ("+12175550101", "they/them")

    # The older laptop is upgraded: the value kept aside moves into the new column.
    upgrade(older.db)
    service.sync_now(older.db, older.store)
    assert newer_field(older.db, ann) == "they/them"
    assert kept_aside(older.db) == []
    assert list_conflicts(older.db).total == list_conflicts(newer.db).total == 0


def test_a_delete_on_the_older_laptop_has_seen_the_newer_field(hq, org, tmp_path):
    """The delete's base names the clock of the value kept aside, so the newer laptop does not
    take the value for an edit the delete never saw."""
    newer = laptop(tmp_path / "newer.sqlite", hq.url, org.emails["coordinator"])
    older = laptop(tmp_path / "older.sqlite", hq.url, org.emails["volunteer"])
    upgrade(newer.db)
    create_organization(newer.db, ORG)
    ann = V.add_volunteer(newer.db, {"given_name": "Ann", "family_name": "Lee"}).id
    set_newer_field(newer.db, ann, "she/her")
    service.sync_now(newer.db, newer.store)
    service.sync_now(older.db, older.store)
    V.delete_volunteer(older.db, ann)
    service.sync_now(older.db, older.store)
    service.sync_now(newer.db, newer.store)
    assert list_conflicts(newer.db).total == 0
    # An undelete on the newer laptop leaves the value kept aside on the older one as it was.
    V.restore_volunteer(newer.db, ann)
    service.sync_now(newer.db, newer.store)
    service.sync_now(older.db, older.store)
    assert kept_aside(older.db) == [("volunteers", ann, NEWER_FIELD, "she/her")]


def test_a_newer_field_on_a_record_made_on_the_newer_laptop_is_kept_from_its_first_change(
    hq, org, tmp_path
):
    newer = laptop(tmp_path / "newer.sqlite", hq.url, org.emails["coordinator"])
    older = laptop(tmp_path / "older.sqlite", hq.url, org.emails["volunteer"])
    upgrade(newer.db)
    create_organization(newer.db, ORG)
    service.sync_now(newer.db, newer.store)
    ann = V.add_volunteer(newer.db, {"given_name": "Ann", "family_name": "Lee"}).id
    set_newer_field(newer.db, ann, "she/her")
    service.sync_now(newer.db, newer.store)  # the create and the edit travel in one batch
    service.sync_now(older.db, older.store)
    upgrade(older.db)
    service.sync_now(older.db, older.store)
    assert newer_field(older.db, ann) == "she/her"


def test_a_laptop_too_old_for_hq_is_told_to_update_the_app(hq_db, tmp_path, capsys, monkeypatch):
    with running_hq(hq_db, schemas=SchemaRange(oldest=wire.schema_version() + 1)) as newer_hq:
        org = make_org(hq_db)
        lap = laptop(tmp_path / "a.sqlite", newer_hq.url, None)
        with pytest.raises(OutdatedError) as raised:
            service.login(lap.db, lap.store, newer_hq.url, org.emails["coordinator"], PASSWORD)
        assert raised.value.message.startswith(
            "This version of SisterCommittee is too old for HQ; update the app."
        )
        lap.db.close()
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        code = main(
            [
                "--db",
                str(tmp_path / "a.sqlite"),
                "sync",
                "login",
                "--server",
                newer_hq.url,
                "--email",
                org.emails["coordinator"],
            ]
        )
        captured = capsys.readouterr()
        assert code != 0 and "Traceback" not in captured.err
        assert "too old for HQ; update the app" in captured.err + captured.out


def test_rows_of_a_table_this_version_does_not_know_are_kept_aside(hq, org, tmp_path):
    from tests.hq.helpers import hlc_now, push, sign_in

    older = laptop(tmp_path / "older.sqlite", hq.url, org.emails["volunteer"])
    headers, device = sign_in(hq.url, org.emails["coordinator"])
    badge = {
        "table": "volunteer_badges",
        "row_id": "01a23238-52aa-7001-93b6-6d01b999a0b1",
        "hlc": hlc_now(),
        "device_id": device,
        "fields": {"badge": "gold", "awarded_on": "2026-11-30"},
        "base": {},
    }
    newer_headers = {**headers, wire.SCHEMA_HEADER: str(wire.schema_version() + 1)}
    assert push(hq.url, newer_headers, [badge]).status_code == 200
    result = service.sync_now(older.db, older.store)
    assert result.received == 1
    assert kept_aside(older.db) == [
        ("volunteer_badges", badge["row_id"], "awarded_on", "2026-11-30"),
        ("volunteer_badges", badge["row_id"], "badge", "gold"),
    ]


def test_a_race_on_a_newer_field_keeps_the_same_loser_on_the_older_laptop(hq, org, tmp_path):
    one = laptop(tmp_path / "one.sqlite", hq.url, org.emails["coordinator"])
    two = laptop(tmp_path / "two.sqlite", hq.url, org.emails["volunteer"])
    older = laptop(tmp_path / "older.sqlite", hq.url, org.emails["volunteer"])
    upgrade(one.db)
    upgrade(two.db)
    create_organization(one.db, ORG)
    ann = V.add_volunteer(one.db, {"given_name": "Ann", "family_name": "Lee"}).id
    service.sync_now(one.db, one.store)
    service.sync_now(two.db, two.store)
    set_newer_field(one.db, ann, "she/her")
    set_newer_field(two.db, ann, "they/them")  # made apart: one of them loses
    for lap in (one, two, older, one):
        service.sync_now(lap.db, lap.store)

    def recorded(db):
        """The losing values each laptop keeps (list_conflicts shows only fields the models of
        this code know, and the test's newer field is a column only)."""
        from sqlalchemy import text

        with db.read() as session:
            return sorted(
                session.execute(
                    text(
                        "SELECT table_name, row_id, field, losing_value, losing_clock "
                        "FROM sync_conflicts WHERE resolved_at IS NULL"
                    )
                ).all()
            )

    assert recorded(one.db) == recorded(two.db) and len(recorded(one.db)) == 1
    winner = newer_field(one.db, ann)
    assert [value for *_, value in kept_aside(older.db)] == [winner]
    assert recorded(older.db) == recorded(one.db)  # the same loser, kept for later
    assert list_conflicts(older.db).total == 0  # nothing it could show or restore yet
    upgrade(older.db)
    service.sync_now(older.db, older.store)
    assert newer_field(older.db, ann) == winner
    assert recorded(older.db) == recorded(one.db)
