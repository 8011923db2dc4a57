"""The Members pages: a new organization with its first coordinator's invitation, HQ's record of
a member (city, country, dues), its accounts, laptops, last sync and reports."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from sistercommittee.hq import members as accounts
from sistercommittee.hq.console import members
from sistercommittee.hq.models import AuditEntry, HqOrganization, Invitation, MemberProfile
from tests.hq.console.world import YEAR, member

NEW_MEMBER = {
    "name": "Springfield Sister Cities",
    "city": "Springfield",
    "country": "United States",
    "dues_paid_through": "2027-06-30",
    "coordinator_email": "Ann.Lee@Springfield.example.org",
}


def _code(page: str) -> str:
    found = re.search(r'id="invitation-code">([^<]+)<', page)
    assert found, page
    return found.group(1)


def test_staff_create_an_organization_with_its_first_coordinators_invitation(hq, console):
    console.sign_in()
    answer = console.post("/console/members/new", NEW_MEMBER)
    assert answer.status_code == 201
    code = _code(answer.text)
    assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){3}", code)
    assert "ann.lee@springfield.example.org" in answer.text
    with hq.db.read() as connection:
        org_id = connection.scalar(
            select(HqOrganization.id).where(HqOrganization.name == NEW_MEMBER["name"])
        )
        profile = connection.execute(select(MemberProfile)).one()
        invitation = connection.execute(select(Invitation)).one()
        entry = connection.execute(
            select(AuditEntry).where(AuditEntry.action == "member.create")
        ).one()
    assert (profile.city, profile.country, profile.dues_paid_through) == (
        "Springfield",
        "US",
        date(2027, 6, 30),
    )
    # The code is kept only hashed, for one coordinator, for 14 days.
    assert invitation.code_hash == hashlib.sha256(code.encode()).hexdigest()
    assert code not in str(tuple(invitation))
    assert (invitation.email, invitation.role, invitation.organization_id) == (
        "ann.lee@springfield.example.org",
        "coordinator",
        org_id,
    )
    assert invitation.expires_at - invitation.created_at == timedelta(days=14)
    assert invitation.invited_by is None  # HQ's staff, not a coordinator: the audit names who
    assert entry.staff_email == "lee.park@hq.example.org" and entry.organization_id == org_id
    # The list shows it, in good standing; its page shows the invitation, never its code again.
    listing = console.get("/console/members").text
    assert "Springfield Sister Cities" in listing and "In good standing" in listing
    page = console.get(f"/console/members/{org_id}").text
    assert "ann.lee@springfield.example.org as Coordinator" in page
    assert code not in page


def test_bad_input_is_named_field_by_field_and_nothing_is_made(hq, console):
    console.sign_in()
    answer = console.post(
        "/console/members/new",
        {**NEW_MEMBER, "name": "", "country": "Atlantis", "dues_paid_through": "30/06/2027"},
    )
    assert answer.status_code == 422
    assert "Give the organization a name" in answer.text
    assert "Country &#39;Atlantis&#39; is not a country." in answer.text
    assert "Give the date the dues are paid through as YYYY-MM-DD." in answer.text
    assert 'aria-invalid="true"' in answer.text
    # What was typed stays in the form.
    assert 'value="Ann.Lee@Springfield.example.org"' in answer.text
    with hq.db.read() as connection:
        assert connection.scalar(select(HqOrganization.id)) is None
        changes = select(AuditEntry.id).where(AuditEntry.action.like("member.%"))
        assert connection.scalar(changes) is None


def test_a_coordinator_who_already_has_an_account_is_refused(hq, console, tmp_path):
    taken = member(tmp_path, hq.url, hq.db, "Taken Committee", "Lyon", "FR", seed=4)
    console.sign_in()
    answer = console.post(
        "/console/members/new", {**NEW_MEMBER, "coordinator_email": taken.coordinator}
    )
    assert answer.status_code == 422
    assert "There is already an HQ account for" in answer.text
    with hq.db.read() as connection:
        names = connection.scalars(select(HqOrganization.name)).all()
    assert names == ["Taken Committee"]  # the new organization was rolled back with it


def test_standing_follows_the_dues_date_and_changes_are_audited(hq, console, tmp_path):
    today = date.today()
    assert members.standing(today, today) == members.GOOD
    assert members.standing(today - timedelta(days=1), today) == members.LAPSED
    assert members.standing(None, today) == members.NONE
    console.sign_in()
    console.post("/console/members/new", NEW_MEMBER)
    with hq.db.read() as connection:
        org_id = connection.scalar(select(HqOrganization.id))
    lapsed = (today - timedelta(days=1)).isoformat()
    page = console.get(f"/console/members/{org_id}")
    answer = console.post(
        f"/console/members/{org_id}/profile",
        {"city": "Springfield", "country": "US", "dues_paid_through": lapsed},
    )
    assert answer.status_code == 303, page.text
    saved = console.get(answer.headers["location"]).text
    assert "Lapsed" in saved and "HQ&#39;s record was saved." in saved
    assert "Springfield Sister Cities" in console.get("/console/members", standing="lapsed").text
    assert "Springfield Sister Cities" not in console.get("/console/members", standing="good").text
    audit_page = console.get("/console/audit").text
    assert "Changed a member&#39;s details" in audit_page
    assert lapsed in audit_page and "2027-06-30" in audit_page  # before and after
    # The member's own history: its creation and the change, nobody's sign-ins.
    own = console.get("/console/audit", organization=org_id).text
    assert "Changes staff made to Springfield Sister Cities" in own
    assert own.count("<tr>") - 1 == 2 and "Signed in" not in own


def test_a_members_page_shows_its_accounts_laptops_last_sync_and_reports(hq, console, tmp_path):
    nagoya = member(tmp_path, hq.url, hq.db, "Nagoya Friendship", "Nagoya", "JP", seed=2)
    nagoya.sync()
    nagoya.upload(fmt="csv")
    console.sign_in()
    listing = console.get("/console/members", q="nagoya").text
    assert "Nagoya Friendship" in listing
    # City and country come from the organization row the laptop synced.
    assert "Nagoya, Japan" in listing
    page = console.get(f"/console/members/{nagoya.org_id}").text
    assert nagoya.coordinator in page
    assert "Signed in" in page  # its laptop
    assert datetime.now(UTC).strftime("%Y-%m-%d") in page  # last sync, today
    assert "annual-report-2025.csv" in page
    link = re.search(rf'href="(/console/members/{nagoya.org_id}/reports/[^"]+)"', page).group(1)
    download = console.get(link)
    assert download.status_code == 200
    assert download.content == (nagoya.folder / f"annual-report-{YEAR}.csv").read_bytes()
    assert "attachment" in download.headers["content-disposition"]
    # Another organization's report is not reachable under this one's address.
    other = member(tmp_path, hq.url, hq.db, "Lyon Jumelages", "Lyon", "FR", seed=3)
    report_id = link.rsplit("/", 1)[1]
    assert console.get(f"/console/members/{other.org_id}/reports/{report_id}").status_code == 404


def test_staff_invite_another_account_and_the_code_is_shown_once(hq, console, tmp_path):
    nagoya = member(tmp_path, hq.url, hq.db, "Nagoya Friendship", "Nagoya", "JP", seed=2)
    console.sign_in()
    console.get(f"/console/members/{nagoya.org_id}")
    answer = console.post(
        f"/console/members/{nagoya.org_id}/invitations",
        {"invite_email": "kenji@nagoya.example.org", "role": "volunteer"},
    )
    assert answer.status_code == 201
    code = _code(answer.text)
    open_now = accounts.list_invitations(hq.db, nagoya.org_id)
    assert [(i.email, i.role) for i in open_now] == [("kenji@nagoya.example.org", "volunteer")]
    assert (open_now[0].expires_at - open_now[0].created_at) == timedelta(days=14)
    # The code works: Kenji joins with it and a password of his own.
    joined = accounts.accept_invitation(hq.db, code.lower(), "kenji's own password")
    assert (joined.email, joined.role, joined.organization_id) == (
        "kenji@nagoya.example.org",
        "volunteer",
        nagoya.org_id,
    )
    page = console.get(f"/console/members/{nagoya.org_id}").text
    assert "kenji@nagoya.example.org" in page and "Open invitations" not in page
    bad = console.post(
        f"/console/members/{nagoya.org_id}/invitations",
        {"invite_email": "not an address", "role": "volunteer"},
    )
    assert bad.status_code == 422 and "is not an email address" in bad.text


def test_the_list_orders_and_pages_many_members(hq, console):
    from sqlalchemy import insert

    from sistercommittee.hq import admin
    from sistercommittee.hq.console.routes_members import PAGE_SIZE

    today = date.today()
    ids = []
    for number in range(PAGE_SIZE + 5):
        org_id = admin.create_organization(hq.db, f"Committee {number:03d}")
        ids.append(org_id)
        with hq.db.write() as connection:
            connection.execute(
                insert(MemberProfile).values(
                    organization_id=org_id,
                    city="Springfield",
                    country="US",
                    # Committee 007's dues ran out first; every other one is paid up.
                    dues_paid_through=today - timedelta(days=30)
                    if number == 7
                    else today + timedelta(days=number),
                    updated_at=datetime.now(UTC),
                )
            )
    console.sign_in()
    first = console.get("/console/members").text
    assert f"{PAGE_SIZE + 5} organizations, page 1 of 2" in first
    assert "Committee 000" in first and f"Committee {PAGE_SIZE + 4:03d}" not in first
    second = console.get("/console/members", page="2").text
    assert f"Committee {PAGE_SIZE + 4:03d}" in second and "Committee 000" not in second
    by_dues = console.get("/console/members", sort="dues").text
    names = re.findall(r'href="/console/members/[^"]+">(Committee \d+)<', by_dues)
    assert names[:2] == ["Committee 007", "Committee 000"]
    assert 'value="dues" selected' in by_dues
    # The next page keeps the order chosen.
    assert "sort=dues&amp;page=2" in by_dues
    assert console.get("/console/members", sort="nonsense").status_code == 422
