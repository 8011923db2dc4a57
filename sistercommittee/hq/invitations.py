"""Invitations: a one-time code with which someone joins an organization in a role.

HQ makes the code and hands it out once, to whoever invites (a coordinator, or HQ staff in the
console for an organization's first coordinator); only its SHA-256 is kept. A code is good for
14 days and for one use. Redeeming it (setting a password, signing in a laptop) belongs to the
organization's member services; this module makes codes and tells which are still open.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, insert, select

from sistercommittee.domain.base import utcnow
from sistercommittee.errors import ValidationError
from sistercommittee.hq import admin
from sistercommittee.hq.models import HqUser, Invitation
from sistercommittee.ids import new_id

VALID_FOR = timedelta(days=14)
# Crockford's base32 without I, L, O, U: a code read aloud or typed from paper has no look-alikes.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_GROUPS = 5  # 5 groups of 4: 100 bits
_LOOK_ALIKES = str.maketrans("OIL", "011")


@dataclass(frozen=True)
class IssuedInvitation:
    """An invitation as it is made: the only time its code exists in clear."""

    id: str
    organization_id: str
    email: str
    role: str
    code: str
    expires_at: datetime


@dataclass(frozen=True)
class OpenInvitation:
    id: str
    email: str
    role: str
    created_by: str
    created_at: datetime
    expires_at: datetime


def check_role(role: str) -> str:
    role = role.strip().lower().replace("-", "_").replace(" ", "_")
    if role not in admin.ROLES:
        raise ValidationError.single("role", f"The role must be one of: {', '.join(admin.ROLES)}.")
    return role


def new_code() -> str:
    groups = ("".join(secrets.choice(_ALPHABET) for _ in range(4)) for _ in range(_GROUPS))
    return "-".join(groups)


def normalize_code(code: str) -> str:
    """The code as it is hashed: upper case, without spaces or dashes, look-alikes read as
    Crockford's base32 reads them (O as 0, I and L as 1)."""
    cleaned = "".join(ch for ch in code.upper() if ch not in " -\t")
    return cleaned.translate(_LOOK_ALIKES)


def code_hash(code: str) -> str:
    return hashlib.sha256(normalize_code(code).encode("ascii", "replace")).hexdigest()


def create_invitation(
    connection: Connection,
    organization_id: str,
    email: str,
    role: str,
    *,
    created_by: str,
    now: datetime | None = None,
) -> IssuedInvitation:
    """Make an invitation inside the caller's write transaction (so that it lands together with
    whatever else the caller records, such as a new organization or an audit entry)."""
    email = admin.normalize_email(email)
    role = check_role(role)
    taken = connection.scalar(select(HqUser.organization_id).where(HqUser.email == email))
    if taken is not None:
        raise ValidationError.single("email", f"{email} already has an HQ account.")
    now = now or utcnow()
    code = new_code()
    invitation = IssuedInvitation(
        id=new_id(),
        organization_id=organization_id,
        email=email,
        role=role,
        code=code,
        expires_at=now + VALID_FOR,
    )
    connection.execute(
        insert(Invitation).values(
            id=invitation.id,
            organization_id=organization_id,
            email=email,
            role=role,
            code_hash=code_hash(code),
            created_by=created_by,
            created_at=now,
            expires_at=invitation.expires_at,
            used_at=None,
        )
    )
    return invitation


def open_invitations(
    connection: Connection, organization_id: str, *, now: datetime | None = None
) -> list[OpenInvitation]:
    """The organization's invitations not used and not expired, newest first."""
    now = now or utcnow()
    rows = connection.execute(
        select(
            Invitation.id,
            Invitation.email,
            Invitation.role,
            Invitation.created_by,
            Invitation.created_at,
            Invitation.expires_at,
        )
        .where(
            Invitation.organization_id == organization_id,
            Invitation.used_at.is_(None),
            Invitation.expires_at > now,
        )
        .order_by(Invitation.created_at.desc())
    ).all()
    return [OpenInvitation(*row) for row in rows]
