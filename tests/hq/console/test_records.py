"""What the console reads of members' synced records: folded from the feed by the merge's rule,
brought forward by the changes since, started anew when the feed moved backwards."""

from __future__ import annotations

from sqlalchemy import delete, update

from sistercommittee.hq.console.records import MemberRecordsCache
from sistercommittee.hq.models import FeedChange, FeedCounter
from sistercommittee.ids import new_id
from tests.hq.fixtures import make_org
from tests.hq.helpers import push, sign_in

DEVICE_A = "01900000-0000-7000-8000-00000000000a"
DEVICE_B = "01900000-0000-7000-8000-00000000000b"


def _change(row_id, hlc, device, **fields):
    return {
        "table": "partnerships",
        "row_id": row_id,
        "hlc": hlc,
        "device_id": device,
        "fields": fields,
        "base": {},
    }


def test_the_later_clock_wins_whatever_order_the_changes_came_in(hq):
    org = make_org(hq.db)
    headers, _ = sign_in(hq.url, org.emails["coordinator"], DEVICE_A)
    other, _ = sign_in(hq.url, org.emails["volunteer"], DEVICE_B)  # a second laptop
    cache = MemberRecordsCache(hq.db)
    row = new_id()
    first = _change(
        row, "1764000000002.000000", DEVICE_A, city_name="Kofu", country="JP", kind="sister_city"
    )
    assert push(hq.url, headers, [first]).status_code == 200
    (partnership,) = cache.records()[org.id].partnerships
    assert partnership["city_name"] == "Kofu"
    # An edit made earlier elsewhere arrives later: it loses. One made later wins, field by field.
    earlier = _change(row, "1764000000001.000000", DEVICE_B, city_name="Kōfu (old)")
    later = _change(row, "1764000000003.000000", DEVICE_B, city_name="Kōfu", status="active")
    assert push(hq.url, other, [earlier, later]).status_code == 200
    (partnership,) = cache.records()[org.id].partnerships
    assert (partnership["city_name"], partnership["country"], partnership["status"]) == (
        "Kōfu",
        "JP",
        "active",
    )
    # Same clock on two laptops: the device id decides, as on every laptop.
    tie = _change(row, "1764000000003.000000", DEVICE_A, status="dormant")
    assert push(hq.url, headers, [tie]).status_code == 200
    assert cache.records()[org.id].partnerships[0]["status"] == "active"  # B > A
    # A delete hides the row.
    gone = _change(row, "1764000000004.000000", DEVICE_A, deleted_at="2026-12-01T00:00:00+00:00")
    assert push(hq.url, headers, [gone]).status_code == 200
    assert cache.records()[org.id].partnerships == []


def test_a_feed_that_moved_backwards_is_folded_anew(hq):
    org = make_org(hq.db)
    headers, _ = sign_in(hq.url, org.emails["coordinator"], DEVICE_A)
    cache = MemberRecordsCache(hq.db)
    kept, lost = new_id(), new_id()
    push(hq.url, headers, [_change(kept, "1764000000001.000000", DEVICE_A, city_name="Lyon")])
    push(hq.url, headers, [_change(lost, "1764000000002.000000", DEVICE_A, city_name="Lost")])
    assert len(cache.records()[org.id].partnerships) == 2
    # As a restore from an older backup leaves it: the last change is gone from the feed.
    with hq.db.write() as connection:
        connection.execute(
            delete(FeedChange).where(FeedChange.organization_id == org.id, FeedChange.seq == 2)
        )
        connection.execute(
            update(FeedCounter).where(FeedCounter.organization_id == org.id).values(last_seq=1)
        )
    assert [p["city_name"] for p in cache.records()[org.id].partnerships] == ["Lyon"]
