"""The members routes: the organization's accounts (every role reads them; coordinators invite,
change roles, remove and issue password resets), joining with an invitation, and password
resets by code.

Joining and resetting need no token; they are rate-limited like sign-in, per client address.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import FastAPI, Path, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from sistercommittee.errors import NotFoundError, SisterCommitteeError, ValidationError
from sistercommittee.hq import feed, mail, members, security
from sistercommittee.hq.api_models import login_answer
from sistercommittee.hq.caller import Caller, HqError
from sistercommittee.hq.database import HqDatabase
from sistercommittee.hq.refusals import refusal_body
from sistercommittee.hq.routes import Coordinator, MessageIdentity, Reader, _problems
from sistercommittee.hq.security import LoginLimiter
from sistercommittee.messages import msg
from sistercommittee.sync import wire

ROLE_PATTERN = r"^(coordinator|volunteer|read_only|read-only)$"


class DeviceOut(BaseModel):
    id: str = Field(description="The laptop database's device id.")
    name: str
    last_seen_at: datetime
    signed_in: bool


class MemberOut(BaseModel):
    email: str
    role: str
    joined_at: datetime
    last_sync_at: datetime | None
    devices: list[DeviceOut]


class InvitationOut(BaseModel):
    id: str
    email: str
    role: str
    invited_by: str | None
    created_at: datetime
    expires_at: datetime


class MembersOut(BaseModel):
    organization: str
    you: str = Field(description="The caller's email.")
    your_role: str
    members: list[MemberOut]
    invitations: list[InvitationOut] = Field(description="Sent, not yet used nor expired.")


class InviteIn(BaseModel):
    email: str = Field(max_length=254)
    role: str = Field(pattern=ROLE_PATTERN)


class IssuedOut(BaseModel):
    code: str = Field(description="Shown once: HQ keeps only its hash.")
    email: str
    role: str
    expires_at: datetime
    emailed: bool = Field(description="HQ mailed the code to the email (mail is configured).")


class RoleIn(BaseModel):
    role: str = Field(pattern=ROLE_PATTERN)


class RemovedOut(BaseModel):
    email: str
    signed_out: int = Field(description="Laptops of the member signed out.")


class JoinIn(BaseModel):
    code: str = Field(min_length=4, max_length=64)
    password: str = Field(min_length=security.MIN_PASSWORD_LENGTH, max_length=1024)
    device_id: str = Field(pattern=wire.ROW_ID.pattern)
    device_name: str = Field(default="laptop", max_length=200)


class ResetRequestIn(BaseModel):
    email: str = Field(max_length=254)


class ResetRequestOut(BaseModel):
    detail: str = Field(description="What happens next, as a sentence for the user (English).")
    message: MessageIdentity | None = Field(
        default=None, description="The same sentence as a message with identity."
    )
    mail: bool = Field(description="HQ has mail: a code was sent if the email is an account.")


class ResetIn(BaseModel):
    code: str = Field(min_length=4, max_length=64)
    password: str = Field(min_length=security.MIN_PASSWORD_LENGTH, max_length=1024)


class ResetOut(BaseModel):
    email: str


def _sentence(error: SisterCommitteeError) -> str:
    """What ``error`` says: the one field's message itself (with its identity), when it is one."""
    if isinstance(error, ValidationError) and len(error.errors) == 1:
        return next(iter(error.errors.values()))
    return error.message


def _refusal(error: Exception) -> HqError:
    if isinstance(error, members.ConflictError):
        return HqError(409, _sentence(error))
    if isinstance(error, ValidationError):
        return HqError(422, _sentence(error))
    if isinstance(error, NotFoundError):
        return HqError(404, _sentence(error))
    raise error


def _server(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def add_member_routes(
    app: FastAPI, db: HqDatabase, limiter: LoginLimiter, mailer: mail.Mailer | None
) -> None:
    def address(request: Request) -> str:
        return request.client.host if request.client else "unknown"

    def limited(request: Request, kind: str) -> str:
        """Wrong codes count like wrong passwords: per client address, and per kind of code."""
        where = address(request)
        wait = limiter.retry_after(f"{kind}:{where}", where)
        if wait:
            raise HqError(
                429,
                msg("Too many tries. Wait {wait} seconds and try again.", wait=wait),
                {"Retry-After": str(wait)},
            )
        return where

    @app.get("/v1/members", response_model=MembersOut, responses=_problems(401), tags=["members"])
    def list_members(who: Reader) -> Any:
        return {
            "organization": who.organization_name,
            "you": who.email,
            "your_role": who.role,
            "members": [_plain(m) for m in members.list_members(db, who.organization_id)],
            "invitations": [_plain(i) for i in members.list_invitations(db, who.organization_id)],
        }

    @app.post(
        "/v1/invitations",
        response_model=IssuedOut,
        status_code=201,
        responses=_problems(401, 403, 409),
        tags=["members"],
    )
    def invite(body: InviteIn, who: Coordinator, request: Request) -> Any:
        try:
            issued = members.create_invitation(
                db, who.organization_id, body.email, body.role, invited_by=who.email
            )
        except (ValidationError, NotFoundError) as error:
            raise _refusal(error) from None
        emailed = mail.send_invitation(mailer, issued, _server(request))
        return _issued(issued, emailed)

    @app.delete(
        "/v1/invitations/{invitation_id}",
        status_code=204,
        responses=_problems(401, 403, 404),
        tags=["members"],
    )
    def cancel(who: Coordinator, invitation_id: Annotated[str, Path(max_length=36)]) -> Response:
        try:
            members.cancel_invitation(db, who.organization_id, invitation_id)
        except NotFoundError as error:
            raise _refusal(error) from None
        return Response(status_code=204)

    @app.put(
        "/v1/members/{email}/role",
        response_model=MemberOut,
        responses=_problems(401, 403, 404, 409),
        tags=["members"],
    )
    def set_role(
        who: Coordinator, email: Annotated[str, Path(max_length=254)], body: RoleIn
    ) -> Any:
        try:
            members.set_role(db, who.organization_id, email, body.role)
        except (ValidationError, NotFoundError) as error:
            raise _refusal(error) from None
        return _one(who, email)

    @app.delete(
        "/v1/members/{email}",
        response_model=RemovedOut,
        responses=_problems(401, 403, 404, 409),
        tags=["members"],
    )
    def remove(who: Coordinator, email: Annotated[str, Path(max_length=254)]) -> Any:
        if email.strip().lower() == who.email:
            raise HqError(
                409,
                msg("You cannot remove yourself: another coordinator can, if that is wanted."),
            )
        try:
            signed_out = members.remove_member(db, who.organization_id, email)
        except (ValidationError, NotFoundError) as error:
            raise _refusal(error) from None
        return {"email": email.strip().lower(), "signed_out": signed_out}

    @app.post(
        "/v1/members/{email}/password-reset",
        response_model=IssuedOut,
        status_code=201,
        responses=_problems(401, 403, 404),
        tags=["members"],
    )
    def issue_reset(
        who: Coordinator, email: Annotated[str, Path(max_length=254)], request: Request
    ) -> Any:
        try:
            issued = members.issue_reset(db, who.organization_id, email, issued_by=who.email)
        except (ValidationError, NotFoundError) as error:
            raise _refusal(error) from None
        return _issued(issued, mail.send_reset(mailer, issued, _server(request)))

    @app.post(
        "/v1/join",
        response_model=None,
        responses=_problems(409, 429),
        tags=["sign-in"],
        summary="Join with an invitation: make the account, and sign this laptop in",
    )
    async def join(body: JoinIn, request: Request) -> Any:
        where = limited(request, "invitation")
        try:
            joined = await run_in_threadpool(
                members.accept_invitation, db, body.code, body.password
            )
        except members.CodeError as error:
            await run_in_threadpool(limiter.failed, f"invitation:{where}", where)
            raise HqError(409, _sentence(error)) from None
        except ValidationError as error:
            raise HqError(422, _sentence(error)) from None
        result = await run_in_threadpool(
            feed.sign_in_device,
            db,
            joined.user_id,
            joined.organization_id,
            body.device_id,
            body.device_name,
        )

        return login_answer(result)

    @app.post(
        "/v1/password-reset/request",
        response_model=ResetRequestOut,
        status_code=202,
        responses=_problems(429),
        tags=["sign-in"],
    )
    def request_reset(body: ResetRequestIn, request: Request) -> Any:
        where = limited(request, "reset-request")
        # Each request counts against the limit: mail cannot be sent to anyone without end.
        limiter.failed(f"reset-request:{where}", where)
        if mailer is None:
            return {
                **refusal_body(
                    msg(
                        "This HQ sends no mail. Ask a coordinator of your organization for a "
                        "reset code."
                    )
                ),
                "mail": False,
            }
        issued = members.reset_for_mail(db, body.email)
        if issued is not None:
            mail.send_reset(mailer, issued, _server(request))
        return {
            **refusal_body(
                msg(
                    "If that email has an HQ account, a reset code is on its way to it. "
                    "Check the mail, then type the code here."
                )
            ),
            "mail": True,
        }

    @app.post(
        "/v1/password-reset",
        response_model=ResetOut,
        responses=_problems(409, 429),
        tags=["sign-in"],
    )
    def reset(body: ResetIn, request: Request) -> Any:
        where = limited(request, "reset")
        try:
            done = members.reset_password(db, body.code, body.password)
        except members.CodeError as error:
            limiter.failed(f"reset:{where}", where)
            raise HqError(409, _sentence(error)) from None
        except ValidationError as error:
            raise HqError(422, _sentence(error)) from None
        return {"email": done.email}

    def _one(who: Caller, email: str) -> Any:
        wanted = email.strip().lower()
        for member in members.list_members(db, who.organization_id):
            if member.email == wanted:
                return _plain(member)
        raise HqError(404, msg("{email} is not a member of this organization.", email=wanted))


def _plain(value: Any) -> dict[str, Any]:
    import dataclasses

    data = dataclasses.asdict(value)
    if "devices" in data:
        data["devices"] = list(data["devices"])
    return data


def _issued(issued: members.IssuedCode, emailed: bool) -> dict[str, Any]:
    return {
        "code": issued.code,
        "email": issued.email,
        "role": issued.role,
        "expires_at": issued.expires_at,
        "emailed": emailed,
    }
