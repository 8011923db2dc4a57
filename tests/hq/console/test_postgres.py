"""The console on PostgreSQL, HQ's production database: staff sign in, a member is created, its
laptop syncs and sends its report, and every page reads them back."""

from __future__ import annotations

import re

from sistercommittee.hq.console import staff
from tests.hq.console.helpers import STAFF_EMAIL, ConsoleClient
from tests.hq.console.world import member
from tests.hq.fixtures import PASSWORD


def test_every_page_works_on_postgres(pg_hq, tmp_path):
    staff.add_staff(pg_hq.db, STAFF_EMAIL, "Lee Park", PASSWORD)
    springfield = member(
        tmp_path,
        pg_hq.url,
        pg_hq.db,
        "Springfield SCA",
        "Springfield",
        "US",
        seed=1,
        listed=True,
        contact="hello@springfield.example.org",
    )
    springfield.sync()
    report = springfield.upload(fmt="csv")
    client = ConsoleClient(pg_hq.url)
    try:
        assert client.sign_in().status_code == 303
        created = client.post(
            "/console/members/new",
            {
                "name": "Lyon Jumelages",
                "city": "Lyon",
                "country": "FR",
                "dues_paid_through": "2027-12-31",
                "coordinator_email": "claire@lyon.example.org",
            },
        )
        assert created.status_code == 201
        listing = client.get("/console/members").text
        assert "Lyon Jumelages" in listing and "Springfield, United States" in listing
        page = client.get(f"/console/members/{springfield.org_id}").text
        assert "annual-report-2025.csv" in page
        link = re.search(r'href="(/console/members/[^"]+/reports/[^"]+)"', page).group(1)
        assert (
            client.get(link).content == (springfield.folder / "annual-report-2025.csv").read_bytes()
        )
        impact = client.get("/console/impact").text
        assert f'id="figure-volunteers">{report.volunteers.volunteers:,}<' in impact
        assert client.get("/console/impact.csv").status_code == 200
        assert "hello@springfield.example.org" in client.get("/console/directory").text
        client.post("/console/directory/public", {"public": "on"})
        assert "Created an organization" in client.get("/console/audit").text
    finally:
        client.close()
