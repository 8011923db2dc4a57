"""An organization's members, run by its coordinators: invitations, roles, removal, password
resets. The API, the command line and HQ's web console all come here.

Every function takes the organization's id and acts only within it: an email, a device or a code
of another organization is "not found" here. Codes (invitations and resets) are random, shown
once, and kept only as their SHA-256; each works once and expires.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, delete, func, insert, select, update

from sistercommittee.domain.base import utcnow
from sistercommittee.errors import NotFoundError, ValidationError
from sistercommittee.hq import security
from sistercommittee.hq.accounts import check_password, normalize_email
from sistercommittee.hq.database import HqDatabase
from sistercommittee.hq.models import (
    HqDevice,
    HqOrganization,
    HqUser,
    Invitation,
    PasswordReset,
)
from sistercommittee.hq.roles import ROLE_NAMES, ROLES
from sistercommittee.ids import new_id
from sistercommittee.messages import msg

INVITATION_DAYS = 14
RESET_HOURS = 48
# Crockford's base 32 without I, L, O, U: no two letters a person mixes up when reading it out.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE_GROUPS = 4  # XXXX-XXXX-XXXX-XXXX: 80 random bits


class ConflictError(ValidationError):
    """Asked for what the organization's state does not allow now (an account that exists, the
    only coordinator made a volunteer); the sentence says what to do first."""


class CodeError(ConflictError):
    """A code that is unknown, used already or expired (the sentence says which to ask for)."""


@dataclass(frozen=True)
class DeviceView:
    id: str
    name: str
    last_seen_at: datetime
    signed_in: bool


@dataclass(frozen=True)
class MemberView:
    email: str
    role: str
    joined_at: datetime
    last_sync_at: datetime | None  # the latest any of the member's laptops was seen
    devices: tuple[DeviceView, ...]


@dataclass(frozen=True)
class InvitationView:
    id: str
    email: str
    role: str
    invited_by: str | None
    created_at: datetime
    expires_at: datetime


@dataclass(frozen=True)
class IssuedCode:
    """A code as it is shown once, to the coordinator or in a mail."""

    code: str
    email: str
    role: str
    expires_at: datetime
    organization: str


@dataclass(frozen=True)
class Joined:
    user_id: str
    organization_id: str
    email: str
    role: str


# --- codes ------------------------------------------------------------------------------------


def new_code() -> str:
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(4 * _CODE_GROUPS))
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def normalize_code(code: str) -> str:
    """As typed: any case, spaces or dashes, O for 0 and I or L for 1."""
    text = code.strip().upper().replace("-", "").replace(" ", "")
    text = text.translate(str.maketrans("OIL", "011"))
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def code_hash(code: str) -> str:
    return hashlib.sha256(normalize_code(code).encode("ascii", "replace")).hexdigest()


def _role(role: str) -> str:
    role = role.strip().lower().replace("-", "_")
    if role not in ROLES:
        raise ValidationError.single(
            "role", msg("The role must be coordinator, volunteer or read-only.")
        )
    return role


def _organization_name(connection: Connection, organization_id: str) -> str:
    name = connection.scalar(
        select(HqOrganization.name).where(HqOrganization.id == organization_id)
    )
    if name is None:
        raise NotFoundError(msg("There is no such organization on this HQ."))
    return name


def _member(connection: Connection, organization_id: str, email: str) -> tuple[str, str]:
    """The id and role of the organization's account ``email``."""
    try:
        email = normalize_email(email)
    except ValidationError:
        raise NotFoundError(
            msg("{email!r} is not a member of this organization.", email=email.strip())
        ) from None
    row = connection.execute(
        select(HqUser.id, HqUser.role).where(
            HqUser.email == email, HqUser.organization_id == organization_id
        )
    ).first()
    if row is None:
        raise NotFoundError(msg("{email} is not a member of this organization.", email=email))
    return row.id, row.role


def _coordinators(connection: Connection, organization_id: str) -> int:
    return int(
        connection.scalar(
            select(func.count())
            .select_from(HqUser)
            .where(HqUser.organization_id == organization_id, HqUser.role == "coordinator")
        )
        or 0
    )


def _sign_out(connection: Connection, organization_id: str, user_id: str) -> int:
    result = connection.execute(
        update(HqDevice)
        .where(
            HqDevice.organization_id == organization_id,
            HqDevice.user_id == user_id,
            HqDevice.revoked_at.is_(None),
        )
        .values(revoked_at=utcnow())
    )
    return int(result.rowcount or 0)


# --- the list ---------------------------------------------------------------------------------


def list_members(db: HqDatabase, organization_id: str) -> list[MemberView]:
    with db.read() as connection:
        users = connection.execute(
            select(HqUser.id, HqUser.email, HqUser.role, HqUser.created_at)
            .where(HqUser.organization_id == organization_id)
            .order_by(HqUser.email)
        ).all()
        devices = connection.execute(
            select(
                HqDevice.user_id,
                HqDevice.client_device_id,
                HqDevice.name,
                HqDevice.last_seen_at,
                HqDevice.revoked_at,
            )
            .where(HqDevice.organization_id == organization_id)
            .order_by(HqDevice.last_seen_at.desc())
        ).all()
    by_user: dict[str, list[DeviceView]] = {}
    for device in devices:
        by_user.setdefault(device.user_id, []).append(
            DeviceView(
                device.client_device_id,
                device.name,
                device.last_seen_at,
                device.revoked_at is None,
            )
        )
    members = []
    for user in users:
        mine = tuple(by_user.get(user.id, ()))
        last = max((d.last_seen_at for d in mine), default=None)
        members.append(MemberView(user.email, user.role, user.created_at, last, mine))
    return members


def list_invitations(db: HqDatabase, organization_id: str) -> list[InvitationView]:
    """Invitations not used, cancelled nor expired yet."""
    with db.read() as connection:
        rows = connection.execute(
            select(
                Invitation.id,
                Invitation.email,
                Invitation.role,
                Invitation.invited_by,
                Invitation.created_at,
                Invitation.expires_at,
            )
            .where(
                Invitation.organization_id == organization_id,
                Invitation.used_at.is_(None),
                Invitation.cancelled_at.is_(None),
                Invitation.expires_at > utcnow(),
            )
            .order_by(Invitation.created_at)
        ).all()
    return [InvitationView(*row) for row in rows]


# --- invitations ------------------------------------------------------------------------------


def create_invitation(
    db: HqDatabase,
    organization_id: str,
    email: str,
    role: str,
    *,
    invited_by: str | None = None,
) -> IssuedCode:
    """Invite ``email`` to the organization as ``role``: the code is returned once (to be passed
    on or mailed) and kept only hashed. An earlier invitation of the same email is replaced.
    ``invited_by``: the coordinator's email, or None when HQ's staff invite."""
    with db.write() as connection:
        return invite_in(connection, organization_id, email, role, invited_by=invited_by)


def invite_in(
    connection: Connection,
    organization_id: str,
    email: str,
    role: str,
    *,
    invited_by: str | None = None,
) -> IssuedCode:
    """``create_invitation`` inside the caller's write transaction (HQ's console makes an
    organization, its first coordinator's invitation and its audit entry in one)."""
    email = normalize_email(email)
    role = _role(role)
    code = new_code()
    now = utcnow()
    expires = now + timedelta(days=INVITATION_DAYS)
    organization = _organization_name(connection, organization_id)
    if connection.scalar(select(HqUser.id).where(HqUser.email == email)):
        raise ConflictError.single(
            "email",
            msg("There is already an HQ account for {email}: it needs no invitation.", email=email),
        )
    connection.execute(
        update(Invitation)
        .where(
            Invitation.organization_id == organization_id,
            Invitation.email == email,
            Invitation.used_at.is_(None),
            Invitation.cancelled_at.is_(None),
        )
        .values(cancelled_at=now)
    )
    connection.execute(
        insert(Invitation).values(
            id=new_id(),
            organization_id=organization_id,
            email=email,
            role=role,
            code_hash=code_hash(code),
            invited_by=invited_by,
            created_at=now,
            expires_at=expires,
        )
    )
    return IssuedCode(code, email, role, expires, organization)


def cancel_invitation(db: HqDatabase, organization_id: str, invitation_id: str) -> None:
    with db.write() as connection:
        result = connection.execute(
            update(Invitation)
            .where(
                Invitation.id == invitation_id,
                Invitation.organization_id == organization_id,
                Invitation.used_at.is_(None),
                Invitation.cancelled_at.is_(None),
            )
            .values(cancelled_at=utcnow())
        )
        if not result.rowcount:
            raise NotFoundError(msg("That invitation was used or cancelled already."))


_CODE_UNKNOWN = msg(
    "That invitation code is not known to this HQ. Check it letter by letter, or ask your "
    "coordinator for a new invitation."
)


def accept_invitation(db: HqDatabase, code: str, password: str) -> Joined:
    """Make the account the invitation names, with ``password``; the code is used up."""
    check_password(password)
    digest = code_hash(code)
    password_hash = security.hash_password(password)
    now = utcnow()
    with db.write() as connection:
        found = connection.execute(
            select(Invitation.__table__).where(Invitation.code_hash == digest)
        ).first()
        if found is None:
            raise CodeError.single("code", _CODE_UNKNOWN)
        if found.used_at is not None:
            raise CodeError.single(
                "code",
                msg(
                    "That invitation was used already. Sign in with the password chosen then, "
                    "or ask your coordinator for a new invitation."
                ),
            )
        if found.cancelled_at is not None:
            raise CodeError.single(
                "code",
                msg(
                    "That invitation was replaced or cancelled: ask your coordinator for the new "
                    "one."
                ),
            )
        if found.expires_at <= now:
            raise CodeError.single(
                "code",
                msg(
                    "That invitation expired (invitations last {days} days): ask your "
                    "coordinator for a new one.",
                    days=INVITATION_DAYS,
                ),
            )
        if connection.scalar(select(HqUser.id).where(HqUser.email == found.email)):
            raise CodeError.single(
                "code",
                msg(
                    "There is already an HQ account for {email}: sign in with it.",
                    email=found.email,
                ),
            )
        # Single use even when two laptops send the same code at once: only one update wins.
        used = connection.execute(
            update(Invitation)
            .where(Invitation.id == found.id, Invitation.used_at.is_(None))
            .values(used_at=now)
        )
        if not used.rowcount:
            raise CodeError.single("code", msg("That invitation was used already."))
        user_id = new_id()
        connection.execute(
            insert(HqUser).values(
                id=user_id,
                organization_id=found.organization_id,
                email=found.email,
                password_hash=password_hash,
                role=found.role,
                created_at=now,
            )
        )
    return Joined(user_id, found.organization_id, found.email, found.role)


# --- roles and removal ------------------------------------------------------------------------


def set_role(
    db: HqDatabase,
    organization_id: str,
    email: str,
    role: str,
    *,
    keep_a_coordinator: bool = True,
) -> str:
    """Change a member's role. A coordinator's change keeps the organization a coordinator
    (HQ's administrator may leave it without one). Returns the role."""
    role = _role(role)
    with db.write() as connection:
        user_id, current = _member(connection, organization_id, email)
        demoted = current == "coordinator" and role != "coordinator"
        alone = keep_a_coordinator and _coordinators(connection, organization_id) <= 1
        if demoted and alone:
            raise ConflictError.single(
                "role",
                msg(
                    "{email} is the organization's only coordinator: make another member "
                    "coordinator first.",
                    email=normalize_email(email),
                ),
            )
        connection.execute(update(HqUser).where(HqUser.id == user_id).values(role=role))
    return role


def remove_member(
    db: HqDatabase, organization_id: str, email: str, *, keep_a_coordinator: bool = True
) -> int:
    """Remove a member: their laptops are signed out at once (each learns it at its next sync).
    What they synced stays. Returns how many laptops were signed out."""
    with db.write() as connection:
        user_id, role = _member(connection, organization_id, email)
        alone = keep_a_coordinator and _coordinators(connection, organization_id) <= 1
        if role == "coordinator" and alone:
            raise ConflictError.single(
                "email",
                msg(
                    "{email} is the organization's only coordinator and cannot be removed: make "
                    "another member coordinator first.",
                    email=normalize_email(email),
                ),
            )
        signed_out = _sign_out(connection, organization_id, user_id)
        connection.execute(delete(PasswordReset).where(PasswordReset.user_id == user_id))
        connection.execute(
            delete(HqDevice).where(
                HqDevice.organization_id == organization_id, HqDevice.user_id == user_id
            )
        )
        connection.execute(delete(HqUser).where(HqUser.id == user_id))
    return signed_out


def revoke_device(db: HqDatabase, organization_id: str, device_id: str) -> None:
    """Sign one of the organization's laptops out (HQ's id or the laptop's own device id)."""
    with db.write() as connection:
        result = connection.execute(
            update(HqDevice)
            .where(
                HqDevice.organization_id == organization_id,
                (HqDevice.id == device_id) | (HqDevice.client_device_id == device_id),
                HqDevice.revoked_at.is_(None),
            )
            .values(revoked_at=utcnow())
        )
        if not result.rowcount:
            raise NotFoundError(
                msg(
                    "There is no signed-in device {device_id} in this organization.",
                    device_id=device_id,
                )
            )


# --- password resets --------------------------------------------------------------------------


def _issue_reset(
    connection: Connection, organization_id: str, user_id: str, issued_by: str | None
) -> tuple[str, datetime]:
    now = utcnow()
    # Only the newest code works: an earlier one, maybe passed on or mailed, no longer does.
    connection.execute(
        update(PasswordReset)
        .where(PasswordReset.user_id == user_id, PasswordReset.used_at.is_(None))
        .values(used_at=now)
    )
    code = new_code()
    expires = now + timedelta(hours=RESET_HOURS)
    connection.execute(
        insert(PasswordReset).values(
            id=new_id(),
            organization_id=organization_id,
            user_id=user_id,
            code_hash=code_hash(code),
            issued_by=issued_by,
            created_at=now,
            expires_at=expires,
        )
    )
    return code, expires


def issue_reset(
    db: HqDatabase, organization_id: str, email: str, *, issued_by: str | None = None
) -> IssuedCode:
    """A coordinator's reset code for a member (shown once, to be passed on)."""
    with db.write() as connection:
        organization = _organization_name(connection, organization_id)
        user_id, role = _member(connection, organization_id, email)
        code, expires = _issue_reset(connection, organization_id, user_id, issued_by)
    return IssuedCode(code, normalize_email(email), role, expires, organization)


def reset_for_mail(db: HqDatabase, email: str) -> IssuedCode | None:
    """A reset code to mail to ``email`` when it is an account (None when it is not: the caller
    answers the same either way, so that emails cannot be probed)."""
    try:
        email = normalize_email(email)
    except ValidationError:
        return None
    with db.write() as connection:
        row = connection.execute(
            select(HqUser.id, HqUser.organization_id, HqUser.role).where(HqUser.email == email)
        ).first()
        if row is None:
            return None
        organization = _organization_name(connection, row.organization_id)
        code, expires = _issue_reset(connection, row.organization_id, row.id, None)
    return IssuedCode(code, email, row.role, expires, organization)


def reset_password(db: HqDatabase, code: str, password: str) -> Joined:
    """Set the password of the account the reset code is for; every laptop signed in as that
    account is signed out (the one resetting signs in again with the new password)."""
    check_password(password)
    digest = code_hash(code)
    password_hash = security.hash_password(password)
    now = utcnow()
    with db.write() as connection:
        row = connection.execute(
            select(
                PasswordReset.id,
                PasswordReset.user_id,
                PasswordReset.organization_id,
                PasswordReset.expires_at,
                PasswordReset.used_at,
            ).where(PasswordReset.code_hash == digest)
        ).first()
        if row is None:
            raise CodeError.single(
                "code",
                msg(
                    "That reset code is not known to this HQ. Check it letter by letter, or ask "
                    "for a new one."
                ),
            )
        if row.used_at is not None:
            raise CodeError.single(
                "code", msg("That reset code was used already or replaced by a newer one.")
            )
        if row.expires_at <= now:
            raise CodeError.single(
                "code",
                msg(
                    "That reset code expired (reset codes last {hours} hours): ask for a new one.",
                    hours=RESET_HOURS,
                ),
            )
        used = connection.execute(
            update(PasswordReset)
            .where(PasswordReset.id == row.id, PasswordReset.used_at.is_(None))
            .values(used_at=now)
        )
        if not used.rowcount:
            raise CodeError.single("code", msg("That reset code was used already."))
        connection.execute(
            update(HqUser).where(HqUser.id == row.user_id).values(password_hash=password_hash)
        )
        _sign_out(connection, row.organization_id, row.user_id)
        user = connection.execute(
            select(HqUser.email, HqUser.role).where(HqUser.id == row.user_id)
        ).one()
    return Joined(row.user_id, row.organization_id, user.email, user.role)


def role_name(role: str) -> str:
    return ROLE_NAMES.get(role, role)
