"""What every console page shares: the templates, the session cookie, the CSRF check, the
refusals, and the headers that keep pages out of caches and frames."""

from __future__ import annotations

import hmac
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from sistercommittee.hq.console.staff import StaffIdentity, identify
from sistercommittee.hq.database import HqDatabase

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
STATIC = Path(__file__).resolve().parent.parent / "static"
# __Host-: the browser keeps the cookie only if it is Secure, for this host alone and path /.
SESSION_COOKIE = "__Host-sc-console"
SIGN_IN_COOKIE = "__Host-sc-sign-in"  # the sign-in form's CSRF token, before any session
MAX_FORM_BYTES = 64 * 1024
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)


class Refused(Exception):
    """A request the console turns down: signed out (401), not allowed or without its CSRF token
    (403), or something not there (404). Nothing of HQ's data goes with the answer."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _date(value: date | datetime | None, with_time: bool = False) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M UTC") if with_time else value.date().isoformat()
    return value.isoformat()


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def _number(value: Any) -> str:
    from decimal import Decimal

    if isinstance(value, Decimal):
        return f"{value:,.2f}" if value != value.to_integral_value() else f"{value:,.0f}"
    if isinstance(value, float):
        return f"{value:,.1f}"
    return f"{value:,}"


def _country(code: str) -> str:
    import pycountry

    found = pycountry.countries.get(alpha_2=code) if code else None
    return (
        str(getattr(found, "common_name", None) or getattr(found, "name", code)) if found else code
    )


def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "svg"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["day"] = _date
    env.filters["when"] = lambda value: _date(value, with_time=True)
    env.filters["size"] = _size
    env.filters["number"] = _number
    env.filters["country"] = _country
    return env


class Pages:
    """Rendering and the checks each page makes, bound to one HQ database."""

    def __init__(self, db: HqDatabase) -> None:
        self.db = db
        self.env = environment()

    def render(
        self,
        request: Request,
        template: str,
        who: StaffIdentity | None,
        status: int = 200,
        **values: Any,
    ) -> HTMLResponse:
        page = self.env.get_template(template).render(
            who=who,
            csrf=who.csrf_token if who else values.pop("csrf", ""),
            path=request.url.path,
            server=str(request.base_url).rstrip("/"),
            **values,
        )
        return HTMLResponse(page, status_code=status, headers=page_headers())

    def staff(self, request: Request) -> StaffIdentity:
        who = identify(self.db, request.cookies.get(SESSION_COOKIE))
        if who is None:
            raise Refused(401, "Sign in to the console to see this page.")
        return who

    async def form(self, request: Request, who: StaffIdentity | None) -> dict[str, str]:
        """The posted form, once its CSRF token matched the session's (or, to sign in, the
        sign-in cookie's)."""
        if request.headers.get("content-type", "").split(";")[0].strip() != (
            "application/x-www-form-urlencoded"
        ):
            raise Refused(403, "This form was not sent by the console.")
        body = await request.body()
        if len(body) > MAX_FORM_BYTES:
            raise Refused(403, "This form is too large.")
        parsed = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
        form = {key: values[0] for key, values in parsed.items()}
        expected = who.csrf_token if who else request.cookies.get(SIGN_IN_COOKIE, "")
        given = form.pop("csrf_token", "")
        if not expected or not given or not hmac.compare_digest(expected, given):
            raise Refused(
                403, "This form has expired or did not come from the console. Open the page again."
            )
        return form


def page_headers() -> dict[str, str]:
    return {
        "Cache-Control": "no-store",
        "Content-Security-Policy": CSP,
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Referrer-Policy": "same-origin",
    }


def set_session_cookie(response: Response, token: str) -> None:
    response.set_cookie(
        SESSION_COOKIE, token, path="/", secure=True, httponly=True, samesite="strict"
    )


def set_sign_in_cookie(response: Response, token: str) -> None:
    response.set_cookie(
        SIGN_IN_COOKIE, token, path="/", secure=True, httponly=True, samesite="strict"
    )


def to_sign_in(request: Request) -> RedirectResponse:
    target = request.url.path
    if request.url.query:
        target += "?" + request.url.query
    return RedirectResponse(
        f"/console/sign-in?next={quote(target, safe='')}", status_code=303, headers=page_headers()
    )


def safe_next(target: str | None) -> str:
    """Where to go after signing in: a console page of this server only."""
    if target and target.startswith("/console/") and not target.startswith("/console//"):
        return target
    return "/console/members"
