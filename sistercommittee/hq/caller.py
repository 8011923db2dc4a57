"""Who is calling HQ (the account and laptop behind a token) and the refusal HQ answers with."""

from __future__ import annotations

from dataclasses import dataclass

from sistercommittee.hq import roles
from sistercommittee.messages import Message


class HqError(Exception):
    """A refusal with its HTTP status and a sentence for the person at the laptop.

    ``detail`` is a message with identity (``msg``): the answer carries its English text as
    ``detail`` and its template and parameters as ``message``, so that the app shows it in its
    user's language (hq/refusals.py). A plain string is only for HQ's own web console."""

    def __init__(
        self, status: int, detail: Message | str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers or {}


@dataclass(frozen=True)
class Caller:
    device_pk: str
    client_device_id: str
    organization_id: str
    organization_name: str
    user_id: str
    email: str
    role: str

    @property
    def can_write(self) -> bool:
        return roles.allows(self.role, roles.WRITE)


def require(caller: Caller, permission: str, refusal: Message | None = None) -> None:
    """Refuse (403) a caller whose role lacks ``permission``."""
    if not roles.allows(caller.role, permission):
        raise HqError(403, refusal or roles.refusal(permission, caller.role))
