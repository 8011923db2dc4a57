"""Staff accounts and their browser sessions.

A staff account is a row of ``staff_users``, never an organization's user: an organization's
email and password do not open the console, and a staff account cannot sync. Passwords are
argon2 (hq.security); a session is a random token in a cookie, kept in the database only as its
SHA-256, with a CSRF token of its own. Failed sign-ins count in the database (hq.security's
limiter, under keys of their own), so the limit holds across HQ's processes and restarts.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, insert, select, update

from sistercommittee.domain.base import utcnow
from sistercommittee.errors import NotFoundError, ValidationError
from sistercommittee.hq import security
from sistercommittee.hq.accounts import check_password, normalize_email
from sistercommittee.hq.caller import HqError
from sistercommittee.hq.console import audit
from sistercommittee.hq.database import HqDatabase
from sistercommittee.hq.models import StaffSession, StaffUser
from sistercommittee.hq.security import LoginLimiter
from sistercommittee.ids import new_id

SESSION_LIFETIME = timedelta(hours=12)  # signed out after this, however busy
SESSION_IDLE = timedelta(hours=2)  # or after this long without a request
_TOUCH_EVERY = timedelta(minutes=1)  # last_seen_at is written at most this often
COMMAND_LINE = "(command line)"  # who the audit log names for `sistercommittee-hq staff ...`


@dataclass(frozen=True)
class StaffInfo:
    id: str
    email: str
    name: str
    created_at: datetime
    disabled_at: datetime | None


@dataclass(frozen=True)
class StaffIdentity:
    """Who a session cookie names, and the CSRF token its forms must carry."""

    staff_id: str
    email: str
    name: str
    csrf_token: str


class StaffLimiter(LoginLimiter):
    """The sign-in limit for the console: the same table as laptops' sign-ins, under other keys,
    so that a committee's failed sign-ins never lock out a staff member of the same address."""

    @staticmethod
    def _key(kind: str, value: str) -> str:
        return hashlib.sha256(f"staff-{kind}:{value}".encode()).hexdigest()


def _name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 200:
        raise ValidationError.single("name", "Give the staff member's name (up to 200 characters).")
    return name


def add_staff(db: HqDatabase, email: str, name: str, password: str) -> str:
    email = normalize_email(email)
    name = _name(name)
    check_password(password)
    password_hash = security.hash_password(password)
    with db.write() as connection:
        if connection.scalar(select(StaffUser.id).where(StaffUser.email == email)):
            raise ValidationError.single("email", f"There is already a staff account {email}.")
        staff_id = new_id()
        connection.execute(
            insert(StaffUser).values(
                id=staff_id,
                email=email,
                name=name,
                password_hash=password_hash,
                created_at=utcnow(),
                disabled_at=None,
            )
        )
        audit.record(connection, COMMAND_LINE, "staff.add", email=email, name=name)
    return staff_id


def list_staff(db: HqDatabase) -> list[StaffInfo]:
    with db.read() as connection:
        rows = connection.execute(
            select(
                StaffUser.id,
                StaffUser.email,
                StaffUser.name,
                StaffUser.created_at,
                StaffUser.disabled_at,
            ).order_by(StaffUser.email)
        ).all()
    return [StaffInfo(*row) for row in rows]


def disable_staff(db: HqDatabase, email: str) -> None:
    """Close a staff account: its sessions end at once; its audit entries stay."""
    email = normalize_email(email)
    with db.write() as connection:
        staff_id = connection.scalar(select(StaffUser.id).where(StaffUser.email == email))
        if staff_id is None:
            raise NotFoundError(f"There is no staff account {email}.")
        connection.execute(
            update(StaffUser).where(StaffUser.id == staff_id).values(disabled_at=utcnow())
        )
        connection.execute(delete(StaffSession).where(StaffSession.staff_id == staff_id))
        audit.record(connection, COMMAND_LINE, "staff.disable", email=email)


def session_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def sign_in(
    db: HqDatabase, limiter: LoginLimiter, email: str, password: str, address: str
) -> tuple[str, StaffIdentity]:
    """A new session for the staff member: its cookie token and who it names. A wrong email or
    password, a closed account, or too many tries are refused with a sentence."""
    email = email.strip().lower()
    wait = limiter.retry_after(email, address)
    if wait:
        raise HqError(
            429,
            f"Too many failed sign-ins. Try again in {wait} seconds.",
            {"Retry-After": str(wait)},
        )
    with db.read() as connection:
        row = connection.execute(
            select(StaffUser.id, StaffUser.name, StaffUser.password_hash).where(
                StaffUser.email == email, StaffUser.disabled_at.is_(None)
            )
        ).first()
    if not security.verify_password(row.password_hash if row else None, password) or row is None:
        limiter.failed(email, address)
        raise HqError(401, "The email or the password is not right.")
    limiter.succeeded(email)
    token = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    now = utcnow()
    with db.write() as connection:
        connection.execute(
            insert(StaffSession).values(
                token_hash=session_hash(token),
                staff_id=row.id,
                csrf_token=csrf,
                created_at=now,
                last_seen_at=now,
                expires_at=now + SESSION_LIFETIME,
            )
        )
        # Sessions that ran out are forgotten as new ones begin.
        connection.execute(delete(StaffSession).where(StaffSession.expires_at < now))
        audit.record(connection, email, "staff.sign_in", address=address)
    return token, StaffIdentity(row.id, email, row.name, csrf)


def identify(db: HqDatabase, token: str | None) -> StaffIdentity | None:
    """The staff member a session cookie names, or None: no cookie, an unknown, ended or idle
    session, or a closed account."""
    if not token or len(token) > 200:
        return None
    hashed = session_hash(token)
    now = utcnow()
    with db.read() as connection:
        row = connection.execute(
            select(
                StaffSession.staff_id,
                StaffSession.csrf_token,
                StaffSession.last_seen_at,
                StaffSession.expires_at,
                StaffUser.email,
                StaffUser.name,
            )
            .join(StaffUser, StaffUser.id == StaffSession.staff_id)
            .where(StaffSession.token_hash == hashed, StaffUser.disabled_at.is_(None))
        ).first()
    if row is None or row.expires_at <= now or row.last_seen_at + SESSION_IDLE <= now:
        return None
    if now - row.last_seen_at >= _TOUCH_EVERY:
        with db.write() as connection:
            connection.execute(
                update(StaffSession)
                .where(StaffSession.token_hash == hashed)
                .values(last_seen_at=now)
            )
    return StaffIdentity(row.staff_id, row.email, row.name, row.csrf_token)


def sign_out(db: HqDatabase, token: str, who: StaffIdentity) -> None:
    with db.write() as connection:
        connection.execute(
            delete(StaffSession).where(StaffSession.token_hash == session_hash(token))
        )
        audit.record(connection, who.email, "staff.sign_out")
