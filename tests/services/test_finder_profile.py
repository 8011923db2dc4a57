"""What the finder matches beyond size and place: our focus areas and industries, and the copy
of HQ's directory kept beside the database (read as HQ last sent it, never guessed)."""

from __future__ import annotations

from datetime import UTC, datetime

from sistercommittee.services import finder_profile as fp
from sistercommittee.services import organizations
from sistercommittee.services.partnerships import add_partnership
from sistercommittee.storage.database import Database


def test_industries_are_the_committees_own_words_folded():
    assert fp.industries_of("Tourism, wine;  Automobile manufacturing ,") == {
        "tourism", "wine", "automobile manufacturing"
    }
    assert fp.industries_of("") == fp.industries_of(None) == frozenset()


def test_our_profile_from_our_partnerships_and_preferences(db: Database):
    add_partnership(db, {"city_name": "Kumamoto", "country": "JP", "status": "exploring",
                         "focus_areas": ["culture", "sports"]})
    organizations.edit_organization(db, {"industries": "Wine, tourism"})
    profile = fp.our_profile(db)
    assert profile.focus_areas == {"culture", "sports"}
    assert profile.industries == {"wine", "tourism"}


def test_the_directory_copy_is_kept_and_read_back(db: Database):
    assert fp.load_directory(db) == fp.Directory((), None)
    when = datetime(2026, 12, 1, 20, 0, tzinfo=UTC)
    count = fp.save_directory(
        db,
        {"committees": [
            {"committee": "Napa SCA", "city": "Napa", "country": "US",
             "focus_areas": ["culture", "no_such_area"], "industries": "Wine; tourism"},
            {"committee": "No city", "country": "US"},  # not matchable: left out when read
            "not an object",
        ]},
        when,
    )
    assert count == 2
    found = fp.load_directory(db)
    assert found.fetched_at == when
    assert found.committees == (
        fp.ListedCommittee("Napa SCA", "Napa", "US", frozenset({"culture"}),
                           frozenset({"wine", "tourism"})),
    )
    score, reasons = fp.shared_reasons(
        fp.OurProfile(frozenset({"culture", "arts"}), frozenset({"wine"})), found.committees[0]
    )
    assert score == 0.5 + 0.75
    assert reasons == [
        "focus areas culture like ours (Napa SCA, HQ's directory)", "industry wine like ours"
    ]
    fp.directory_path(db).write_text("{broken", encoding="utf-8")
    assert fp.load_directory(db).committees == ()  # fetched again at the next sync
