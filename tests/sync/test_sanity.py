"""After each sync the laptop and HQ compare live rows per table; a difference is reported."""

from __future__ import annotations

import logging
import sqlite3

from sistercommittee.services import volunteers as V
from sistercommittee.services.organizations import create_organization
from sistercommittee.sync import service
from tests.hq.fixtures import laptop, make_org

ORG = {"name": "Springfield Sister Cities", "city": "Springfield", "country": "US"}


def test_a_laptop_that_lost_a_record_behind_syncs_back_is_told(hq, tmp_path, caplog):
    org = make_org(hq.db)
    a = laptop(tmp_path / "a.sqlite", hq.url, org.emails["coordinator"])
    b = laptop(tmp_path / "b.sqlite", hq.url, org.emails["volunteer"])
    create_organization(a.db, ORG)
    ids = [V.add_volunteer(a.db, {"given_name": name}).id for name in ("Ann", "Bo", "Chen")]
    first = service.sync_now(a.db, a.store)
    assert first.checked and first.check_problem is None
    joined = service.sync_now(b.db, b.store)
    assert joined.checked and joined.check_problem is None
    status = service.sync_status(b.db, b.store)
    assert status.last_checked_at is not None and status.check_problem is None

    # Something outside sync loses a record on B (a bug, a hand edit of the file).
    raw = sqlite3.connect(b.path)
    with raw:
        raw.execute(
            "UPDATE volunteers SET deleted_at = '2026-12-01T00:00:00.000000+00:00' WHERE id = ?",
            (ids[1],),
        )
    raw.close()
    V.edit_volunteer(a.db, ids[0], {"notes": "so that B receives a volunteer change"})
    service.sync_now(a.db, a.store)
    with caplog.at_level(logging.WARNING):
        result = service.sync_now(b.db, b.store)
    assert result.received == 1 and result.checked
    assert result.check_problem is not None
    assert "volunteers: 2 here, 3 on HQ" in result.check_problem
    assert service.sync_status(b.db, b.store).check_problem == result.check_problem
    logged = [
        r for r in caplog.records if "disagree" in r.getMessage() or "differs" in r.getMessage()
    ]
    assert {r.name for r in logged} == {
        "sistercommittee.sync.sanity",
        "sistercommittee.hq.api_healing",
    }

    # Put right (the record restored the same way), the next check agrees and says so.
    raw = sqlite3.connect(b.path)
    with raw:
        raw.execute("UPDATE volunteers SET deleted_at = NULL WHERE id = ?", (ids[1],))
    raw.close()
    V.edit_volunteer(a.db, ids[2], {"notes": "another change"})
    service.sync_now(a.db, a.store)
    again = service.sync_now(b.db, b.store)
    assert again.checked and again.check_problem is None
    assert service.sync_status(b.db, b.store).check_problem is None
    a.db.close()
    b.db.close()


def test_the_check_waits_while_changes_are_not_sent(hq, tmp_path):
    org = make_org(hq.db)
    r = laptop(tmp_path / "r.sqlite", hq.url, org.emails["read_only"])
    a = laptop(tmp_path / "a.sqlite", hq.url, org.emails["coordinator"])
    create_organization(a.db, ORG)
    service.sync_now(a.db, a.store)
    assert service.sync_now(r.db, r.store).checked
    V.add_volunteer(r.db, {"given_name": "Local only"})  # a read-only account cannot send it
    result = service.sync_now(r.db, r.store)
    assert result.not_sent and not result.checked and result.check_problem is None
    a.db.close()
    r.db.close()
