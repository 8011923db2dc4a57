"""The directory: partnerships of members that opted in from the app (the setting syncs with the
organization's row), searchable by city, country and kind; the public read-only /directory/."""

from __future__ import annotations

import httpx
from sqlalchemy import select

from sistercommittee.hq.models import AuditEntry
from sistercommittee.services import organizations, partnerships
from tests.hq.console.world import member


def _partner(lap, city: str, country: str, kind: str, status: str = "active") -> None:
    values = {"city_name": city, "country": country, "kind": kind, "status": status}
    if status == "active":
        values["signed_on"] = "1998-04-01"
    partnerships.add_partnership(lap.db, values)


def _rows(page: str) -> int:
    body = page.split('id="directory"', 1)[1].split("</table>", 1)[0]
    return body.count("<tr>") - 1  # less the header row


def test_only_members_who_opted_in_are_listed_and_the_setting_travels_with_sync(
    hq, console, tmp_path
):
    listed = member(
        tmp_path,
        hq.url,
        hq.db,
        "Springfield SCA",
        "Springfield",
        "US",
        seed=1,
        listed=True,
        contact="hello@springfield.example.org",
    )
    hidden = member(tmp_path, hq.url, hq.db, "Quiet Committee", "Lyon", "FR", seed=3)
    _partner(listed.laptop, "Kōfu", "JP", "sister_city")
    _partner(listed.laptop, "Tlaxcala", "MX", "friendship_city")
    _partner(listed.laptop, "Exploring Town", "DE", "sister_city", status="exploring")
    _partner(hidden.laptop, "Secretville", "IT", "sister_city")
    listed.sync()
    hidden.sync()
    console.sign_in()
    page = console.get("/console/directory").text
    assert "Kōfu" in page and "Tlaxcala" in page
    assert "mailto:hello@springfield.example.org" in page
    assert "Exploring Town" not in page  # not yet agreed by both cities
    assert "Secretville" not in page and "Quiet Committee" not in page
    # Searching: a city of either side, a country, a kind.
    # (The sample records add partnerships of their own, so figures are not counted here.)
    by_city = console.get("/console/directory", city="tlax").text
    assert _rows(by_city) == 1 and "Tlaxcala" in by_city
    by_country = console.get("/console/directory", country="jp").text
    assert "Kōfu" in by_country and "Tlaxcala" not in by_country
    by_name = console.get("/console/directory", country="Mexico").text
    assert "Tlaxcala" in by_name and "Kōfu" not in by_name
    # The home side's country finds every listed partnership of its committees.
    assert _rows(console.get("/console/directory", country="US").text) == _rows(page)
    friendship = console.get("/console/directory", kind="friendship_city").text
    assert "Tlaxcala" in friendship and "Kōfu" not in friendship
    # The quiet committee opts in from its app; its next sync lists it.
    organizations.edit_organization(
        hidden.laptop.db,
        {"directory_listed": True, "public_contact": "https://quiet.example.org"},
    )
    hidden.sync()
    page = console.get("/console/directory").text
    assert "Secretville" in page and 'href="https://quiet.example.org"' in page
    # ... and opting out takes it away again.
    organizations.edit_organization(listed.laptop.db, {"directory_listed": False})
    listed.sync()
    page = console.get("/console/directory").text
    assert "Kōfu" not in page and "Secretville" in page


def test_a_listing_needs_a_public_contact(tmp_path, hq):
    lap = member(tmp_path, hq.url, hq.db, "Springfield SCA", "Springfield", "US", seed=1)
    import pytest

    from sistercommittee.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        organizations.edit_organization(lap.laptop.db, {"directory_listed": True})
    assert caught.value.errors == {
        "public_contact": "Give a public contact to be listed in HQ's directory."
    }
    with pytest.raises(ValidationError) as caught:
        organizations.edit_organization(
            lap.laptop.db, {"directory_listed": True, "public_contact": "call us"}
        )
    assert "email address or a web address" in caught.value.errors["public_contact"]


def test_the_public_directory_opens_only_when_staff_publish_it(hq, console, tmp_path):
    listed = member(
        tmp_path,
        hq.url,
        hq.db,
        "Springfield SCA",
        "Springfield",
        "US",
        seed=1,
        listed=True,
        contact="hello@springfield.example.org",
    )
    _partner(listed.laptop, "Kōfu", "JP", "sister_city")
    listed.sync()
    assert httpx.get(f"{hq.url}/directory/").status_code == 404
    console.sign_in()
    console.get("/console/directory")
    assert console.post("/console/directory/public", {"public": "on"}).status_code == 303
    public = httpx.get(f"{hq.url}/directory/", params={"city": "kōfu"})
    assert public.status_code == 200
    assert "Kōfu" in public.text and "Springfield SCA" in public.text
    assert "Sign out" not in public.text and "csrf_token" not in public.text
    console.get("/console/directory")
    console.post("/console/directory/public", {})
    assert httpx.get(f"{hq.url}/directory/").status_code == 404
    with hq.db.read() as connection:
        details = connection.scalars(
            select(AuditEntry.detail).where(AuditEntry.action == "directory.public")
        ).all()
    assert details == ['{"enabled": true}', '{"enabled": false}']
