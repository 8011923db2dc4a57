"""What every HQ route module shares: the refusal body, the responses it documents, and the
caller a device token names."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

from sistercommittee.hq import caller as caller_module
from sistercommittee.hq import feed, roles
from sistercommittee.hq.caller import Caller, HqError
from sistercommittee.hq.database import HqDatabase
from sistercommittee.messages import Message, msg


class MessageIdentity(BaseModel):
    template: str = Field(description="The English template, the message's id in the catalog.")
    params: dict[str, Any] = Field(
        description="Its placeholders' values: text or numbers, or {term, context} for a word "
        "translated in its own context, {message} for a message inside it."
    )


class Problem(BaseModel):
    detail: str = Field(description="What went wrong, as a sentence for the user (English).")
    message: MessageIdentity | None = Field(
        default=None,
        description="The same sentence as a message with identity, to show in the user's "
        "language (messages/as_json.py).",
    )


def _problems(*codes: int) -> dict[int | str, dict[str, Any]]:
    # Every refusal has the same body, {"detail": "a sentence", "message": {...}}, bad input
    # (422) included.
    return {code: {"model": Problem} for code in (*codes, 422)}


_bearer = HTTPBearer(auto_error=False, description="The device token from /v1/login.")


def _caller(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Caller:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise HqError(401, msg("This laptop is not signed in to HQ."))
    db: HqDatabase = request.app.state.db
    return feed.authenticate(db, credentials.credentials)


Authenticated = Annotated[Caller, Depends(_caller)]


def _needs(permission: str, refusal: Message | None = None) -> Any:
    def check(caller: Authenticated) -> Caller:
        caller_module.require(caller, permission, refusal)
        return caller

    check.permission = permission  # type: ignore[attr-defined]  # what the route needs, for tests
    return Depends(check)


# The caller of a route, checked for the permission the route needs (hq/roles.py).
Reader = Annotated[Caller, _needs(roles.READ)]
Writer = Annotated[
    Caller,
    _needs(
        roles.WRITE,
        msg("Your HQ account is read-only, so changes from this laptop are not sent."),
    ),
]
ReportWriter = Annotated[
    Caller,
    _needs(roles.WRITE, msg("Your HQ account is read-only, so reports cannot be uploaded.")),
]
FileWriter = Annotated[
    Caller,
    _needs(roles.WRITE, msg("Your HQ account is read-only, so photo files cannot be sent.")),
]
Coordinator = Annotated[Caller, _needs(roles.MEMBERS)]
