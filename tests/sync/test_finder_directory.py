"""Cities like ours, with what HQ's directory says: a listed committee's focus areas and town
industries reach another member's laptop at its sync, are kept beside its database for offline
use, and the partner finder shows them as reasons ("shared: …") and ranks by them."""

from __future__ import annotations

import pytest

from sistercommittee.services import finder, finder_profile, organizations
from sistercommittee.services.partnerships import add_partnership
from sistercommittee.sync import service
from tests.hq.fixtures import laptop, make_org

OURS = {
    "name": "Springfield Sister Cities",
    "city": "Springfield",
    "region": "Illinois",
    "country": "US",
    "time_zone": "America/Chicago",
    "industries": "Tourism, manufacturing; health care",
}


@pytest.fixture(scope="module")
def snapshot() -> finder.Snapshot:
    return finder.default_snapshot()


def test_a_listed_committee_shares_focus_areas_and_industries(hq, tmp_path, snapshot):
    mine, theirs = make_org(hq.db, "Springfield"), make_org(hq.db, "Listed")
    a = laptop(tmp_path / "a.sqlite", hq.url, mine.emails["coordinator"])
    organizations.create_organization(a.db, OURS)
    add_partnership(
        a.db,
        {"city_name": "Takayama", "country": "JP", "status": "active",
         "signed_on": "1996-10-08", "focus_areas": ["education_youth", "culture", "tourism"]},
    )
    home = finder.home_city(a.db, snapshot)
    before = snapshot.similar(home, our_partner_countries=["JP"], scope="country", limit=200)
    place = before[20].place  # a city like ours, far down the list on size and place alone
    b = laptop(tmp_path / "b.sqlite", hq.url, theirs.emails["coordinator"])
    organizations.create_organization(
        b.db,
        {"name": f"{place.name} Sister Cities", "city": place.name, "country": "US",
         "time_zone": "America/Chicago", "directory_listed": "yes",
         "public_contact": "https://listed.example.org", "industries": "manufacturing, Tourism"},
    )
    add_partnership(
        b.db,
        {"city_name": "Kumamoto", "country": "JP", "status": "active",
         "signed_on": "1996-10-08", "focus_areas": ["culture", "education_youth", "sports"]},
    )
    add_partnership(  # only agreed partnerships speak for the committee's focus
        b.db, {"city_name": "Lyon", "country": "FR", "status": "exploring",
               "focus_areas": ["health"]},
    )
    service.sync_now(b.db, b.store)
    assert finder_profile.load_directory(a.db).fetched_at is None  # never fetched yet
    service.sync_now(a.db, a.store)

    listed = finder_profile.load_directory(a.db)  # read from the copy beside the database
    assert listed.fetched_at is not None
    assert [(c.committee, c.city, c.country) for c in listed.committees] == [
        (f"{place.name} Sister Cities", place.name, "US")
    ]  # ours is not listed to ourselves
    (entry,) = listed.committees
    assert entry.focus_areas == {"culture", "education_youth", "sports"}
    assert entry.industries == {"manufacturing", "tourism"}
    assert finder_profile.directory_path(a.db).is_file()

    profile = finder_profile.our_profile(a.db)
    assert profile.industries == {"tourism", "manufacturing", "health care"}
    after = snapshot.similar(
        home, our_partner_countries=["JP"], profile=profile, directory=listed,
        scope="country", limit=200,
    )
    ranked = [r.place.qid for r in after]
    assert ranked.index(place.qid) < [r.place.qid for r in before].index(place.qid)
    reason = after[ranked.index(place.qid)].reason
    assert reason.startswith("shared: size band: ")
    assert (
        f"focus areas culture and education and youth like ours ({place.name} Sister Cities, "
        "HQ's directory)" in reason
    )
    assert "industry manufacturing and tourism like ours" in reason
    others = [r.reason for r in after if r.place.qid != place.qid]
    assert not any("HQ's directory" in text for text in others)
    a.db.close()
    b.db.close()
