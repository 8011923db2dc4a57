"""The organization's members, as the app and the command line ask HQ about them: the list,
invitations, roles, removal, password resets; joining with an invitation; a forgotten password.

No Qt here. Each call is one request to HQ with this database's device token (from the secure
store); HQ checks the role for every one of them, and its refusal comes back as a sentence.
The role HQ reports is kept in the database, so that the app shows what this account may do.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import update

from sistercommittee.domain import SyncAccount
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.storage.database import Database
from sistercommittee.sync.client import HqClient, answer_sentence, normalize_server_url
from sistercommittee.sync.credentials import SecretStore
from sistercommittee.sync.errors import SyncError
from sistercommittee.sync.service import (
    ProgressCallback,
    SignIn,
    SyncResult,
    _device_name,
    _token,
    adopt_sign_in,
    join_with,
    local_identity,
    login,
)

log = logging.getLogger(__name__)

ROLES = ("coordinator", "volunteer", "read_only")
MIN_PASSWORD_LENGTH = 10

#: What each role may do, as the app says it when something is hidden or refused.
ROLE_ABILITIES = {
    "coordinator": msg(
        "Coordinators manage the organization's members and all of its records."
    ),
    "volunteer": msg(
        "Volunteers add and change records; the coordinators manage the members."
    ),
    "read_only": msg(
        "Read-only accounts see the organization's records but change nothing."
    ),
}


@dataclass(frozen=True)
class Device:
    id: str
    name: str
    last_seen_at: datetime
    signed_in: bool


@dataclass(frozen=True)
class Member:
    email: str
    role: str
    joined_at: datetime
    last_sync_at: datetime | None
    devices: tuple[Device, ...]


@dataclass(frozen=True)
class PendingInvitation:
    id: str
    email: str
    role: str
    invited_by: str | None
    created_at: datetime
    expires_at: datetime


@dataclass(frozen=True)
class Members:
    organization: str
    you: str
    your_role: str
    members: tuple[Member, ...]
    invitations: tuple[PendingInvitation, ...]

    @property
    def can_manage(self) -> bool:
        return self.your_role == "coordinator"


@dataclass(frozen=True)
class IssuedCode:
    """A code HQ made: shown once here, never kept on this laptop."""

    code: str
    email: str
    role: str
    expires_at: datetime
    emailed: bool


def role_name(role: str) -> str:
    return {"read_only": "read-only"}.get(role, role)


def normalize_role(role: str) -> str:
    value = role.strip().lower().replace("-", "_").replace(" ", "_")
    if value not in ROLES:
        raise ValidationError.single(
            "role", msg(
                "{role!r} is not a role: give coordinator, volunteer or read-only.",
                role=role,
            )
        )
    return value


def check_new_password(password: str, again: str | None = None) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError.single(
            "password", msg(
                "A password needs at least {MIN_PASSWORD_LENGTH} characters.",
                MIN_PASSWORD_LENGTH=MIN_PASSWORD_LENGTH,
            )
        )
    if again is not None and again != password:
        raise ValidationError.single("again", msg("The two passwords differ: type the same twice."))


def _when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _client(db: Database, store: SecretStore, transport: httpx.BaseTransport | None) -> HqClient:
    _, server_url, token = _token(db, store)
    return HqClient(server_url, token, transport=transport)


def _remember_role(db: Database, role: str) -> None:
    with db.write() as session:
        session.execute(update(SyncAccount).where(SyncAccount.id == 1).values(role=role))


# --- the list and what coordinators do ---------------------------------------------------------


def list_members(
    db: Database, store: SecretStore, *, transport: httpx.BaseTransport | None = None
) -> Members:
    with _client(db, store, transport) as client:
        answer = client.members()
    _remember_role(db, answer["your_role"])
    members = tuple(
        Member(
            email=item["email"],
            role=item["role"],
            joined_at=datetime.fromisoformat(item["joined_at"]),
            last_sync_at=_when(item["last_sync_at"]),
            devices=tuple(
                Device(
                    d["id"], d["name"], datetime.fromisoformat(d["last_seen_at"]), d["signed_in"]
                )
                for d in item["devices"]
            ),
        )
        for item in answer["members"]
    )
    invitations = tuple(
        PendingInvitation(
            id=item["id"],
            email=item["email"],
            role=item["role"],
            invited_by=item["invited_by"],
            created_at=datetime.fromisoformat(item["created_at"]),
            expires_at=datetime.fromisoformat(item["expires_at"]),
        )
        for item in answer["invitations"]
    )
    return Members(answer["organization"], answer["you"], answer["your_role"], members, invitations)


def _issued(answer: dict[str, Any]) -> IssuedCode:
    return IssuedCode(
        answer["code"],
        answer["email"],
        answer["role"],
        datetime.fromisoformat(answer["expires_at"]),
        bool(answer["emailed"]),
    )


def _as_field(error: SyncError, field: str) -> Exception:
    """HQ's refusal of bad input (422) or a conflict (409) as a message beside ``field``."""
    if error.status in (409, 422):
        return ValidationError.single(field, error.message)
    return error


def _email(email: str) -> str:
    email = email.strip()
    if "@" not in email or " " in email or email.startswith("@") or email.endswith("@"):
        raise ValidationError.single(
            "email", msg(
                "{email!r} is not an email address; it looks like name@example.org.",
                email=email,
            )
        )
    return email


def invite(
    db: Database,
    store: SecretStore,
    email: str,
    role: str,
    *,
    transport: httpx.BaseTransport | None = None,
) -> IssuedCode:
    email, role = _email(email), normalize_role(role)
    with _client(db, store, transport) as client:
        try:
            return _issued(client.invite(email, role))
        except SyncError as error:
            raise _as_field(error, "email") from None


def cancel_invitation(
    db: Database,
    store: SecretStore,
    invitation_id: str,
    *,
    transport: httpx.BaseTransport | None = None,
) -> None:
    with _client(db, store, transport) as client:
        client.cancel_invitation(invitation_id)


def set_role(
    db: Database,
    store: SecretStore,
    email: str,
    role: str,
    *,
    transport: httpx.BaseTransport | None = None,
) -> str:
    role = normalize_role(role)
    with _client(db, store, transport) as client:
        try:
            return str(client.set_role(email.strip(), role)["role"])
        except SyncError as error:
            raise _as_field(error, "role") from None


def remove_member(
    db: Database, store: SecretStore, email: str, *, transport: httpx.BaseTransport | None = None
) -> int:
    """Remove a member; returns how many of their laptops HQ signed out."""
    with _client(db, store, transport) as client:
        return int(client.remove_member(email.strip())["signed_out"])


def issue_reset(
    db: Database, store: SecretStore, email: str, *, transport: httpx.BaseTransport | None = None
) -> IssuedCode:
    with _client(db, store, transport) as client:
        return _issued(client.issue_reset(email.strip()))


# --- joining with an invitation ------------------------------------------------------------------


def _code(code: str) -> str:
    code = code.strip()
    if len(code.replace("-", "").replace(" ", "")) < 16:
        raise ValidationError.single(
            "code", msg("Type the whole invitation code: four groups of four letters and digits.")
        )
    return code


def sign_in_with_invitation(
    db: Database,
    store: SecretStore,
    server_url: str,
    code: str,
    password: str,
    *,
    device_name: str | None = None,
    transport: httpx.BaseTransport | None = None,
) -> SignIn:
    """Accept an invitation on this database: HQ makes the account with ``password`` and signs
    this laptop in (a first coordinator's database that holds the organization already, or a
    new one that fetches it)."""
    server_url = normalize_server_url(server_url)
    code = _code(code)
    check_new_password(password)
    device_id = local_identity(db)[0]
    with HqClient(server_url, transport=transport) as client:
        try:
            answer = client.join(code, password, device_id, device_name or _device_name())
        except SyncError as error:
            raise _as_field(error, "code") from None
    return adopt_sign_in(db, store, server_url, answer, transport=transport)


def join_with_invitation(
    path: Path,
    store: SecretStore,
    server_url: str,
    code: str,
    password: str,
    progress: ProgressCallback | None = None,
    *,
    transport: httpx.BaseTransport | None = None,
) -> tuple[Database, SignIn, SyncResult]:
    """A new database at ``path`` for the organization the invitation is to, with all of its
    records fetched from HQ. The caller closes the returned database."""
    server_url = normalize_server_url(server_url)
    code = _code(code)
    check_new_password(password)
    return join_with(
        path,
        lambda db: sign_in_with_invitation(
            db, store, server_url, code, password, transport=transport
        ),
        store,
        progress,
        transport=transport,
    )


# --- a forgotten password -----------------------------------------------------------------------


@dataclass(frozen=True)
class ResetAsked:
    mailed: bool  # HQ has mail: a code is on its way if the email is an account
    detail: str  # HQ's sentence for the person


def request_reset(
    server_url: str, email: str, *, transport: httpx.BaseTransport | None = None
) -> ResetAsked:
    """Ask HQ to mail a reset code (HQ answers the same whether the email is an account)."""
    email = _email(email)
    with HqClient(server_url, transport=transport) as client:
        answer = client.request_reset(email)
    return ResetAsked(bool(answer["mail"]), answer_sentence(answer) or str(answer["detail"]))


def reset_password(
    server_url: str,
    code: str,
    password: str,
    *,
    db: Database | None = None,
    store: SecretStore | None = None,
    transport: httpx.BaseTransport | None = None,
) -> str:
    """Set a new password with a reset code; HQ signs out every laptop of the account. With
    ``db`` (signed in as this account, or not signed in), this database signs in again with the
    new password. Returns the account's email."""
    server_url = normalize_server_url(server_url)
    code = code.strip()
    if not code:
        raise ValidationError.single("code", msg(
            "Type the reset code from the mail or coordinator.",
        ))
    check_new_password(password)
    with HqClient(server_url, transport=transport) as client:
        try:
            email = str(client.reset_password(code, password)["email"])
        except SyncError as error:
            raise _as_field(error, "code") from None
    if db is not None and store is not None:
        with db.read() as session:
            account = session.get(SyncAccount, 1)
            mine = account is None or account.email in (None, email)
        if mine:
            login(db, store, server_url, email, password, transport=transport)
    return email
