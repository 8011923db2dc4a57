"""The console's routes for signing in and out and for the Members pages."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response

from sistercommittee.errors import NotFoundError, ValidationError
from sistercommittee.hq.caller import HqError
from sistercommittee.hq.console import members, staff
from sistercommittee.hq.console.records import MemberRecordsCache
from sistercommittee.hq.console.web import (
    SESSION_COOKIE,
    SIGN_IN_COOKIE,
    Pages,
    Refused,
    page_headers,
    safe_next,
    set_session_cookie,
    set_sign_in_cookie,
)
from sistercommittee.hq.security import LoginLimiter

PAGE_SIZE = 100
OrgId = Annotated[str, Path(max_length=36)]


def members_router(pages: Pages, records: MemberRecordsCache, limiter: LoginLimiter) -> APIRouter:
    router = APIRouter(prefix="/console", include_in_schema=False)
    db = pages.db

    @router.get("/")
    def home(request: Request) -> Response:
        pages.staff(request)
        return RedirectResponse("/console/members", status_code=303, headers=page_headers())

    # --- signing in and out -------------------------------------------------------------------

    def sign_in_page(
        request: Request, next_page: str, email: str = "", error: str = "", status: int = 200
    ) -> Response:
        token = secrets.token_urlsafe(32)
        response = pages.render(
            request,
            "console/sign_in.html",
            None,
            status=status,
            csrf=token,
            next_page=safe_next(next_page),
            email=email,
            error=error,
        )
        set_sign_in_cookie(response, token)
        return response

    @router.get("/sign-in")
    def sign_in_form(
        request: Request, next: Annotated[str, Query(max_length=500)] = ""
    ) -> Response:
        if staff.identify(db, request.cookies.get(SESSION_COOKIE)) is not None:
            # Signed in already (a bookmark, the back button): straight on.
            return RedirectResponse(safe_next(next), status_code=303, headers=page_headers())
        return sign_in_page(request, next)

    @router.post("/sign-in")
    async def sign_in(request: Request) -> Response:
        form = await pages.form(request, None)
        email = form.get("email", "")[:254]
        address = request.client.host if request.client else "unknown"
        try:
            token, _ = await run_in_threadpool(
                staff.sign_in, db, limiter, email, form.get("password", "")[:1024], address
            )
        except HqError as error:
            return sign_in_page(
                request, form.get("next", ""), email, error.detail, status=error.status
            )
        response = RedirectResponse(
            safe_next(form.get("next")), status_code=303, headers=page_headers()
        )
        set_session_cookie(response, token)
        response.delete_cookie(SIGN_IN_COOKIE, path="/", secure=True, httponly=True)
        return response

    @router.post("/sign-out")
    async def sign_out(request: Request) -> Response:
        who = pages.staff(request)
        await pages.form(request, who)
        staff.sign_out(db, request.cookies.get(SESSION_COOKIE, ""), who)
        response = RedirectResponse("/console/sign-in", status_code=303, headers=page_headers())
        response.delete_cookie(SESSION_COOKIE, path="/", secure=True, httponly=True)
        return response

    # --- members ------------------------------------------------------------------------------

    @router.get("/members")
    def member_list(
        request: Request,
        q: Annotated[str, Query(max_length=200)] = "",
        standing: Annotated[str, Query(pattern="^(|good|lapsed|none)$")] = "",
        sort: Annotated[str, Query(pattern="^(name|last_sync|dues|city)$")] = "name",
        page: Annotated[int, Query(ge=1, le=10_000)] = 1,
    ) -> Response:
        who = pages.staff(request)
        rows = members.list_members(db, records, query=q, standing_filter=standing, sort=sort)
        pages_count = max(1, -(-len(rows) // PAGE_SIZE))
        page = min(page, pages_count)
        return pages.render(
            request,
            "console/members.html",
            who,
            rows=rows[(page - 1) * PAGE_SIZE : page * PAGE_SIZE],
            total=len(rows),
            q=q,
            standing=standing,
            sort=sort,
            sorts=members.SORTS,
            page=page,
            pages_count=pages_count,
            standings=members.STANDING_LABELS,
        )

    @router.get("/members/new")
    def new_member_form(request: Request) -> Response:
        who = pages.staff(request)
        return pages.render(request, "console/member_new.html", who, values={}, errors={})

    @router.post("/members/new")
    async def new_member(request: Request) -> Response:
        who = pages.staff(request)
        form = await pages.form(request, who)
        try:
            org_id, invitation = members.create_member(
                db,
                who.email,
                name=form.get("name", ""),
                city=form.get("city", ""),
                country=form.get("country", ""),
                dues_paid_through=form.get("dues_paid_through", ""),
                coordinator_email=form.get("coordinator_email", ""),
            )
        except ValidationError as error:
            return pages.render(
                request,
                "console/member_new.html",
                who,
                status=422,
                values=form,
                errors=error.errors,
            )
        detail = members.member_detail(db, records, org_id)
        return pages.render(
            request,
            "console/member.html",
            who,
            status=201,
            detail=detail,
            issued=invitation,
            notice=f"{detail.member.name} was created. Give its coordinator the invitation code.",
            errors={},
            roles=ROLES,
        )

    def _detail(org_id: str) -> members.MemberDetail:
        try:
            return members.member_detail(db, records, org_id)
        except NotFoundError as error:
            raise Refused(404, error.message) from None

    @router.get("/members/{org_id}")
    def member_page(
        request: Request, org_id: OrgId, saved: Annotated[int, Query(ge=0, le=1)] = 0
    ) -> Response:
        who = pages.staff(request)
        return pages.render(
            request,
            "console/member.html",
            who,
            detail=_detail(org_id),
            issued=None,
            notice="HQ's record was saved." if saved else "",
            errors={},
            roles=ROLES,
        )

    @router.post("/members/{org_id}/profile")
    async def member_profile(request: Request, org_id: OrgId) -> Response:
        who = pages.staff(request)
        form = await pages.form(request, who)
        try:
            members.update_profile(
                db,
                who.email,
                org_id,
                city=form.get("city", ""),
                country=form.get("country", ""),
                dues_paid_through=form.get("dues_paid_through", ""),
            )
        except NotFoundError as error:
            raise Refused(404, error.message) from None
        except ValidationError as error:
            return pages.render(
                request,
                "console/member.html",
                who,
                status=422,
                detail=_detail(org_id),
                issued=None,
                notice="",
                errors=error.errors,
                roles=ROLES,
            )
        return RedirectResponse(
            f"/console/members/{org_id}?saved=1", status_code=303, headers=page_headers()
        )

    @router.post("/members/{org_id}/invitations")
    async def member_invite(request: Request, org_id: OrgId) -> Response:
        who = pages.staff(request)
        form = await pages.form(request, who)
        try:
            invitation = members.invite(
                db, who.email, org_id, email=form.get("invite_email", ""), role=form.get("role", "")
            )
        except NotFoundError as error:
            raise Refused(404, error.message) from None
        except ValidationError as error:
            return pages.render(
                request,
                "console/member.html",
                who,
                status=422,
                detail=_detail(org_id),
                issued=None,
                notice="",
                errors={f"invite_{key}": value for key, value in error.errors.items()},
                roles=ROLES,
            )
        return pages.render(
            request,
            "console/member.html",
            who,
            status=201,
            detail=_detail(org_id),
            issued=invitation,
            notice=f"Invitation made for {invitation.email}.",
            errors={},
            roles=ROLES,
        )

    @router.get("/members/{org_id}/reports/{report_id}")
    def member_report(
        request: Request, org_id: OrgId, report_id: Annotated[str, Path(max_length=36)]
    ) -> Response:
        pages.staff(request)
        try:
            name, media_type, content = members.report_file(db, org_id, report_id)
        except NotFoundError as error:
            raise Refused(404, error.message) from None
        headers = page_headers()
        headers["Content-Disposition"] = f'attachment; filename="{name}"'
        return Response(content, media_type=media_type, headers=headers)

    return router


ROLES = {"coordinator": "Coordinator", "volunteer": "Volunteer", "read_only": "Read-only"}
