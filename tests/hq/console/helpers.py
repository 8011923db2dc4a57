"""A browser-like client of the console for HTTP tests: keeps the console's cookies (which are
Secure, so a standard cookie jar would not send them to a plain-HTTP test server) and reads the
CSRF token from the pages' forms."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from sistercommittee.hq.console import staff
from tests.hq.fixtures import PASSWORD, ServerThread

STAFF_EMAIL = "lee.park@hq.example.org"
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@dataclass
class StaffMember:
    email: str
    password: str


class ConsoleClient:
    def __init__(self, url: str) -> None:
        self.url = url
        self.cookies: dict[str, str] = {}
        self.http = httpx.Client(base_url=url, follow_redirects=False, timeout=20)
        self.csrf = ""

    def close(self) -> None:
        self.http.close()

    def _keep(self, response: httpx.Response) -> httpx.Response:
        for header in response.headers.get_list("set-cookie"):
            name, _, rest = header.partition("=")
            value = rest.split(";", 1)[0]
            if "max-age=0" in header.lower() or value in ('""', ""):
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        found = (
            _CSRF.search(response.text)
            if "text/html" in response.headers.get("content-type", "")
            else None
        )
        if found:
            self.csrf = found.group(1)
        return response

    def _cookie_header(self) -> dict[str, str]:
        if not self.cookies:
            return {}
        return {"Cookie": "; ".join(f"{key}={value}" for key, value in self.cookies.items())}

    def get(self, path: str, **params: Any) -> httpx.Response:
        # (An empty params would drop a query already in the path, as a redirect gives it.)
        return self._keep(self.http.get(path, params=params or None, headers=self._cookie_header()))

    def post(
        self, path: str, data: dict[str, str] | None = None, *, csrf: bool = True
    ) -> httpx.Response:
        form = dict(data or {})
        if csrf:
            form["csrf_token"] = self.csrf
        return self._keep(self.http.post(path, data=form, headers=self._cookie_header()))

    def sign_in(self, email: str = STAFF_EMAIL, password: str = PASSWORD) -> httpx.Response:
        """Sign in as a person would: open the form, send it, land on the page it leads to (whose
        forms carry the session's CSRF token)."""
        self.get("/console/sign-in")
        answer = self.post("/console/sign-in", {"email": email, "password": password})
        if answer.status_code == 303:
            self.get(answer.headers["location"])
        return answer


@pytest.fixture
def staff_member(hq: ServerThread) -> StaffMember:
    staff.add_staff(hq.db, STAFF_EMAIL, "Lee Park", PASSWORD)
    return StaffMember(STAFF_EMAIL, PASSWORD)


@pytest.fixture
def console(hq: ServerThread, staff_member: StaffMember) -> Iterator[ConsoleClient]:
    client = ConsoleClient(hq.url)
    yield client
    client.close()
