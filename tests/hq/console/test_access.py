"""Every console route, tried signed out, as an organization's account, and without its CSRF
token: refused, and nothing of HQ's data in the answer."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import func, select

from sistercommittee.hq.models import AuditEntry, ConsoleSetting, HqOrganization, Invitation
from tests.hq.console.helpers import ConsoleClient
from tests.hq.fixtures import PASSWORD, make_org
from tests.hq.helpers import sign_in

ORG_ID = "{org_id}"
# Every console route, with the form a real use of it posts. The test below checks this list
# against the app's routes, so that a new route cannot be left out.
GET_ROUTES = [
    "/console/",
    "/console/members",
    "/console/members/new",
    "/console/members/{org_id}",
    "/console/members/{org_id}/reports/{report_id}",
    "/console/impact",
    "/console/impact.csv",
    "/console/directory",
    "/console/audit",
    "/console/stories",
    "/console/stories/{report_id}/pdf",
]
POST_ROUTES = {
    "/console/members/new": {
        "name": "Smuggled Committee",
        "city": "Springfield",
        "country": "US",
        "dues_paid_through": "",
        "coordinator_email": "smuggled@example.org",
    },
    "/console/members/{org_id}/profile": {
        "city": "Elsewhere",
        "country": "FR",
        "dues_paid_through": "2030-01-01",
    },
    "/console/members/{org_id}/invitations": {
        "invite_email": "x@example.org",
        "role": "coordinator",
    },
    "/console/directory/public": {"public": "on"},
    "/console/sign-out": {},
}
OPEN_ROUTES = {  # open to anyone by design
    ("GET", "/console/sign-in"),
    ("POST", "/console/sign-in"),
    ("GET", "/console/static/console.css"),
    ("GET", "/directory/"),
    ("GET", "/directory"),
}


def _state(db) -> tuple[int, int, int, int]:
    with db.read() as connection:
        return (
            connection.scalar(select(func.count()).select_from(HqOrganization)),
            connection.scalar(select(func.count()).select_from(Invitation)),
            connection.scalar(select(func.count()).select_from(AuditEntry)),
            connection.scalar(select(func.count()).select_from(ConsoleSetting)),
        )


@pytest.fixture
def secret_org(hq):
    """An organization with a report: names that must never appear in a refusal."""
    org = make_org(hq.db, "Hidden Valley Twinning Society")
    headers, _ = sign_in(hq.url, org.emails["coordinator"])
    answer = httpx.put(
        f"{hq.url}/v1/reports/2025/annual-report-2025.csv",
        headers={**headers, "Content-Type": "text/csv"},
        params={"kind": "annual_report"},
        content=b"schema_version,year,section,metric,dimension,currency,value\r\n",
    )
    assert answer.status_code == 201, answer.text
    return org, answer.json()["id"], headers


def _path(template: str, org_id: str, report_id: str) -> str:
    return template.format(org_id=org_id, report_id=report_id)


def _refused_without_data(response: httpx.Response, org_name: str) -> None:
    assert response.status_code in (303, 401, 403), response.status_code
    if response.status_code == 303:
        assert response.headers["location"].startswith("/console/sign-in")
    assert org_name not in response.text
    assert "Hidden Valley" not in response.text
    assert "annual-report-2025" not in response.text
    assert "__Host-sc-console=" not in response.headers.get("set-cookie", "")


def _all_routes(routes):
    for route in routes:
        included = getattr(route, "original_router", None)  # an included router, kept whole
        if included is not None:
            yield from _all_routes(included.routes)
        else:
            yield route


def test_the_route_lists_cover_every_console_route(hq_app):
    routes = set()
    for route in _all_routes(hq_app.routes):
        path = getattr(route, "path", "")
        if path.startswith(("/console", "/directory")):
            for method in getattr(route, "methods", set()) - {"HEAD"}:
                routes.add((method, path))
    tested = {("GET", path) for path in GET_ROUTES} | {("POST", path) for path in POST_ROUTES}
    assert routes == tested | OPEN_ROUTES


def test_signed_out_every_route_is_refused_and_shows_nothing(hq, staff_member, secret_org):
    org, report_id, _ = secret_org
    before = _state(hq.db)
    client = ConsoleClient(hq.url)
    try:
        for template in GET_ROUTES:
            response = client.get(_path(template, org.id, report_id))
            assert response.status_code == 303, template
            _refused_without_data(response, org.name)
        client.get("/console/sign-in")  # a CSRF token of the sign-in form, no session
        for template, form in POST_ROUTES.items():
            response = client.post(_path(template, org.id, report_id), form)
            assert response.status_code == 401, template
            _refused_without_data(response, org.name)
    finally:
        client.close()
    assert _state(hq.db) == before


def test_an_organization_account_never_reaches_the_console(hq, staff_member, secret_org):
    org, report_id, device_headers = secret_org
    client = ConsoleClient(hq.url)
    try:
        # Its email and password do not sign in to the console ...
        answer = client.sign_in(org.emails["coordinator"], PASSWORD)
        assert answer.status_code == 401
        assert "The email or the password is not right." in answer.text
        assert "__Host-sc-console" not in client.cookies
        # ... and its laptop's token opens no page.
        for template in GET_ROUTES:
            response = httpx.get(
                f"{hq.url}{_path(template, org.id, report_id)}",
                headers=device_headers,
                follow_redirects=False,
            )
            assert response.status_code == 303, template
            _refused_without_data(response, org.name)
        before = _state(hq.db)
        for template, form in POST_ROUTES.items():
            response = httpx.post(
                f"{hq.url}{_path(template, org.id, report_id)}",
                headers=device_headers,
                data={**form, "csrf_token": client.csrf},
            )
            assert response.status_code == 401, template
            _refused_without_data(response, org.name)
        assert _state(hq.db) == before
    finally:
        client.close()


@pytest.mark.parametrize("csrf", ["missing", "wrong", "another session's"])
def test_a_form_without_its_csrf_token_is_refused_and_changes_nothing(
    hq, console, secret_org, csrf
):
    org, report_id, _ = secret_org
    assert console.sign_in().status_code == 303
    other = ConsoleClient(hq.url)
    try:
        other.sign_in()
        tokens = {"missing": None, "wrong": "x" * 43, "another session's": other.csrf}
        before = _state(hq.db)
        for template, form in POST_ROUTES.items():
            data = dict(form)
            if tokens[csrf] is not None:
                data["csrf_token"] = tokens[csrf]
            response = console.post(_path(template, org.id, report_id), data, csrf=False)
            assert response.status_code == 403, template
            assert "This request was refused" in response.text
            _refused_without_data(response, org.name)
        assert _state(hq.db) == before
        # The session still works: the refusals signed nobody out.
        assert console.get("/console/members").status_code == 200
    finally:
        other.close()


def test_signing_in_without_the_sign_in_forms_token_is_refused(hq, staff_member):
    answer = httpx.post(
        f"{hq.url}/console/sign-in",
        data={"email": staff_member.email, "password": staff_member.password},
    )
    assert answer.status_code == 403
    assert "set-cookie" not in answer.headers


def test_the_public_directory_is_not_there_until_staff_publish_it(hq, secret_org):
    answer = httpx.get(f"{hq.url}/directory/")
    assert answer.status_code == 404
    assert "has not published its directory" in answer.text
