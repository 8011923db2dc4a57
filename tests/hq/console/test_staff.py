"""Staff accounts and sessions: the command that makes them, argon2, the cookie's flags, the
sign-in limit kept in the database, sessions that end, and the audit of signing in and out."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from sistercommittee.errors import ValidationError
from sistercommittee.hq.console import staff
from sistercommittee.hq.console.staff import StaffLimiter
from sistercommittee.hq.database import HqDatabase
from sistercommittee.hq.models import AuditEntry, LoginFailure, StaffSession, StaffUser
from tests.hq.console.helpers import STAFF_EMAIL, ConsoleClient
from tests.hq.fixtures import PASSWORD, make_org, new_hq_db, running_hq


def test_staff_add_on_the_command_line_makes_an_argon2_account(tmp_path):
    url = f"sqlite:///{tmp_path / 'hq.sqlite'}"
    command = [sys.executable, "-m", "sistercommittee.hq.cli", "--database-url", url]
    done = subprocess.run(
        [*command, "staff", "add", "--email", "Lee.Park@HQ.example.org", "--name", "Lee Park"],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Added lee.park@hq.example.org as HQ staff" in done.stdout
    again = subprocess.run(
        [*command, "staff", "add", "--email", "lee.park@hq.example.org", "--name", "Lee"],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert again.returncode == 2
    assert "There is already a staff account lee.park@hq.example.org." in again.stderr
    short = subprocess.run(
        [*command, "staff", "add", "--email", "kim@hq.example.org", "--name", "Kim"],
        input="short\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert short.returncode == 2 and "at least 10 characters" in short.stderr
    listing = subprocess.run(
        [*command, "staff", "list"], capture_output=True, text=True, check=True
    ).stdout
    assert "lee.park@hq.example.org  Lee Park  active" in listing
    closed = subprocess.run(
        [*command, "staff", "disable", "--email", "lee.park@hq.example.org"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert closed.returncode == 0, closed.stderr
    assert "can no longer sign in to the console" in closed.stdout
    listing = subprocess.run(
        [*command, "staff", "list"], capture_output=True, text=True, check=True
    ).stdout
    assert "lee.park@hq.example.org  Lee Park  disabled" in listing
    db = HqDatabase(url)
    with db.read() as connection:
        stored = connection.scalar(select(StaffUser.password_hash))
    db.dispose()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_the_session_cookie_is_secure_http_only_and_same_site(hq, staff_member):
    client = ConsoleClient(hq.url)
    try:
        form = client.get("/console/sign-in")
        assert "csrf_token" in form.text
        assert form.headers["cache-control"] == "no-store"
        assert "frame-ancestors 'none'" in form.headers["content-security-policy"]
        answer = client.sign_in()
        assert answer.status_code == 303 and answer.headers["location"] == "/console/members"
        again = client.get("/console/sign-in")  # signed in already: straight on
        assert again.status_code == 303 and again.headers["location"] == "/console/members"
        cookie = next(
            header
            for header in answer.headers.get_list("set-cookie")
            if header.startswith("__Host-sc-console=")
        ).lower()
        assert "; secure" in cookie and "; httponly" in cookie and "samesite=strict" in cookie
        assert "; path=/" in cookie and "domain=" not in cookie
        token = client.cookies["__Host-sc-console"]
        with hq.db.read() as connection:
            hashes = connection.scalars(select(StaffSession.token_hash)).all()
        assert token not in hashes and staff.session_hash(token) in hashes
    finally:
        client.close()


def test_failed_sign_ins_are_limited_across_restarts(hq_db, staff_member_db):
    address = "203.0.113.9"
    first = StaffLimiter(hq_db, per_account=3)
    for _ in range(3):
        with pytest.raises(Exception, match="not right"):
            staff.sign_in(hq_db, first, STAFF_EMAIL, "wrong password!", address)
    # Another process (a new limiter on the same database) sees the same failures.
    restarted = StaffLimiter(hq_db, per_account=3)
    with pytest.raises(Exception, match="Too many failed sign-ins") as refused:
        staff.sign_in(hq_db, restarted, STAFF_EMAIL, PASSWORD, address)
    assert refused.value.status == 429
    with hq_db.read() as connection:
        keys = connection.scalars(select(LoginFailure.key)).all()
    assert keys and all(STAFF_EMAIL not in key for key in keys)


def test_the_sign_in_page_says_when_to_try_again(hq, staff_member):
    client = ConsoleClient(hq.url)
    try:
        for _ in range(5):
            assert client.sign_in(STAFF_EMAIL, "not the password").status_code == 401
        answer = client.sign_in(STAFF_EMAIL, PASSWORD)
        assert answer.status_code == 429
        assert "Too many failed sign-ins. Try again in" in answer.text
        assert "__Host-sc-console" not in client.cookies
    finally:
        client.close()


def test_an_organizations_failed_sign_ins_do_not_lock_out_staff(hq, staff_member):
    import httpx

    org = make_org(hq.db)
    for _ in range(6):
        httpx.post(
            f"{hq.url}/v1/login",
            json={
                "email": STAFF_EMAIL,
                "password": "wrong",
                "device_id": "0" * 8 + "-0000-7000-8000-" + "0" * 12,
            },
        )
    client = ConsoleClient(hq.url)
    try:
        assert client.sign_in().status_code == 303
    finally:
        client.close()
    assert org.id


def test_sessions_end_on_sign_out_when_idle_and_when_the_account_is_closed(hq, console):
    console.sign_in()
    assert console.get("/console/members").status_code == 200
    token = console.cookies["__Host-sc-console"]
    # Idle for longer than allowed: signed out.
    idle = datetime.now(UTC) - staff.SESSION_IDLE - timedelta(minutes=1)
    with hq.db.write() as connection:
        connection.execute(update(StaffSession).values(last_seen_at=idle))
    assert console.get("/console/members").status_code == 303
    assert staff.identify(hq.db, token) is None
    # A new session ends on sign-out, and the old cookie stays dead.
    console.sign_in()
    console.get("/console/members")
    token = console.cookies["__Host-sc-console"]
    answer = console.post("/console/sign-out")
    assert answer.status_code == 303 and answer.headers["location"] == "/console/sign-in"
    console.cookies["__Host-sc-console"] = token
    assert console.get("/console/members").status_code == 303
    # Closing the account ends its sessions at once.
    console.sign_in()
    assert console.get("/console/members").status_code == 200
    staff.disable_staff(hq.db, STAFF_EMAIL)
    assert console.get("/console/members").status_code == 303
    assert console.sign_in().status_code == 401
    with hq.db.read() as connection:
        actions = connection.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
        sessions = connection.scalar(select(func.count()).select_from(StaffSession))
    assert actions == [
        "staff.add",
        "staff.sign_in",
        "staff.sign_in",
        "staff.sign_out",
        "staff.sign_in",
        "staff.disable",
    ]
    assert sessions == 0


def test_staff_input_is_checked(hq_db):
    with pytest.raises(ValidationError, match="not an email address"):
        staff.add_staff(hq_db, "lee", "Lee", PASSWORD)
    with pytest.raises(ValidationError, match="name"):
        staff.add_staff(hq_db, "lee@hq.example.org", " ", PASSWORD)


@pytest.fixture
def staff_member_db(hq_db):
    staff.add_staff(hq_db, STAFF_EMAIL, "Lee Park", PASSWORD)


def test_the_console_runs_on_a_server_of_its_own_database(tmp_path):
    """The console needs nothing but HQ's database: a server made from it serves sign-in."""
    import httpx

    db = new_hq_db(f"sqlite:///{tmp_path / 'hq.sqlite'}")
    try:
        with running_hq(db) as server:
            assert httpx.get(f"{server.url}/console/sign-in").status_code == 200
            css = httpx.get(f"{server.url}/console/static/console.css")
            assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    finally:
        db.dispose()
