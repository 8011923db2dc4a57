"""Mixed versions with joins from a snapshot and an HQ restored from a backup: a laptop that joins
from HQ's snapshot holds the fields and tables of a newer laptop that neither it nor HQ knows,
exactly as a laptop that replayed the feed holds them; after a restore, healing sends them to HQ
again, and a laptop joining the restored HQ gets them too."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select

from sistercommittee.hq.models import FeedChange
from sistercommittee.services import volunteers as V
from sistercommittee.services.organizations import create_organization
from sistercommittee.sync import service, snapshot, wire
from tests.hq.fixtures import Laptop, laptop, make_org
from tests.hq.helpers import hlc_now, push, sign_in
from tests.sync.content import content, records
from tests.sync.newer_schema import NEWER_FIELD, kept_aside, newer_field, set_newer_field, upgrade
from tests.sync.test_healing import SqliteHq

ORG = {"name": "Springfield Sister Cities", "city": "Springfield", "country": "US"}
BADGE = "01a23238-52aa-7001-93b6-6d01b999a0b1"


def _join(lap: Laptop) -> service.SyncResult:
    result = service.sync_now(lap.db, lap.store)
    assert result.from_snapshot > 0, "joined from HQ's snapshot"
    assert result.check_problem is None and result.checked
    return result


def _replayed_join(lap: Laptop, monkeypatch: pytest.MonkeyPatch) -> service.SyncResult:
    with monkeypatch.context() as patch:
        patch.setattr(snapshot, "load", lambda *args, **kwargs: None)
        result = service.sync_now(lap.db, lap.store)
    assert result.from_snapshot == 0
    return result


def _newer_values(hq: SqliteHq, device_id: str) -> list[dict[str, Any]]:
    with hq.db.read() as connection:
        return [
            fields
            for fields in (
                json.loads(text)
                for text in connection.scalars(
                    select(FeedChange.fields).where(FeedChange.device_id == device_id)
                )
            )
            if NEWER_FIELD in fields
        ]


@pytest.mark.parametrize("by_hand", [False, True], ids=["restore", "file-copied-back"])
def test_a_laptop_joining_from_a_snapshot_keeps_a_newer_field_and_healing_sends_it_again(
    tmp_path, monkeypatch, by_hand
):
    hq = SqliteHq(tmp_path, by_hand=by_hand)
    server = hq.start()
    laps: list[Laptop] = []
    try:
        org = make_org(hq.db)
        newer = laptop(tmp_path / "newer.sqlite", server.url, org.emails["coordinator"])
        laps.append(newer)
        upgrade(newer.db)
        create_organization(newer.db, ORG)
        ann = V.add_volunteer(newer.db, {"given_name": "Ann", "family_name": "Lee"}).id
        set_newer_field(newer.db, ann, "she/her")
        service.sync_now(newer.db, newer.store)
        # A row of a table only a newer version has, from another newer laptop.
        headers, device = sign_in(server.url, org.emails["coordinator"])
        badge = {
            "table": "volunteer_badges",
            "row_id": BADGE,
            "hlc": hlc_now(),
            "device_id": device,
            "fields": {"badge": "gold", "volunteer_id": ann},
            "base": {},
        }
        headers[wire.SCHEMA_HEADER] = str(wire.schema_version() + 1)
        assert push(server.url, headers, [badge]).status_code == 200

        older = laptop(tmp_path / "older.sqlite", server.url, org.emails["volunteer"])
        replayed = laptop(tmp_path / "replayed.sqlite", server.url, org.emails["volunteer"])
        laps += [older, replayed]
        assert _join(older).from_snapshot == 3  # the organization, Ann and the badge
        _replayed_join(replayed, monkeypatch)
        assert kept_aside(older.db) == [
            ("volunteer_badges", BADGE, "badge", "gold"),
            ("volunteer_badges", BADGE, "volunteer_id", ann),
            ("volunteers", ann, NEWER_FIELD, "she/her"),
        ]
        assert content(older.path) == content(replayed.path)
        # A laptop of the newer version joining from the same snapshot has the value in its column.
        upgraded = laptop(tmp_path / "upgraded.sqlite", server.url, org.emails["volunteer"])
        laps.append(upgraded)
        upgrade(upgraded.db)
        _join(upgraded)
        assert newer_field(upgraded.db, ann) == "she/her"
        assert kept_aside(upgraded.db) == kept_aside(older.db)[:2]  # the badge is still aside

        hq.backup()
        set_newer_field(newer.db, ann, "they/them")
        service.sync_now(newer.db, newer.store)
        V.edit_volunteer(older.db, ann, {"phone": "+12175550100"})
        service.sync_now(older.db, older.store)
        assert kept_aside(older.db)[-1] == ("volunteers", ann, NEWER_FIELD, "they/them")

        hq.restore()  # HQ lost the newer laptop's "they/them" and the older laptop's phone
        assert _newer_values(hq, newer.device_id) == [{NEWER_FIELD: "she/her"}]
        results = [service.sync_now(lap.db, lap.store) for lap in (newer, older, replayed)]
        # The laptops that sent what HQ lost find it behind (without a new epoch, a laptop that
        # sent nothing since the backup and whose cursor HQ has reached again cannot tell).
        assert results[0].healed and results[1].healed, [r.healed for r in results]
        assert by_hand or results[2].healed
        results = [service.sync_now(lap.db, lap.store) for lap in (newer, older, replayed)]
        assert [result.check_problem for result in results] == [None, None, None]
        # Sent again by the laptop that made it, once, though HQ's version does not know it.
        assert _newer_values(hq, newer.device_id) == [
            {NEWER_FIELD: "she/her"},
            {NEWER_FIELD: "they/them"},
        ]
        assert newer_field(newer.db, ann) == "they/them"
        assert V.get_volunteer(newer.db, ann).phone == "+12175550100"
        for lap in (older, replayed):
            assert kept_aside(lap.db)[-1] == ("volunteers", ann, NEWER_FIELD, "they/them")
            assert V.get_volunteer(lap.db, ann).phone == "+12175550100"

        # A laptop joining the restored HQ from its new snapshot holds the same.
        late = laptop(tmp_path / "late.sqlite", server.url, org.emails["read_only"])
        laps.append(late)
        _join(late)
        assert records(late.path) == records(older.path)
        upgrade(late.db)
        service.sync_now(late.db, late.store)
        assert newer_field(late.db, ann) == "they/them"
    finally:
        for lap in laps:
            lap.db.close()
        hq.stop()
