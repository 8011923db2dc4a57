"""Administration from the command line: organizations, users, passwords, devices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Connection, func, insert, or_, select, update

from sistercommittee.domain.base import utcnow
from sistercommittee.errors import NotFoundError, ValidationError
from sistercommittee.hq import security
from sistercommittee.hq.accounts import check_password, normalize_email
from sistercommittee.hq.database import HqDatabase
from sistercommittee.hq.models import FeedCounter, HqDevice, HqOrganization, HqUser
from sistercommittee.hq.roles import ROLES
from sistercommittee.ids import new_id

if TYPE_CHECKING:
    from sistercommittee.hq.members import IssuedCode



@dataclass(frozen=True)
class OrganizationInfo:
    id: str
    name: str
    users: int
    changes: int
    created_at: datetime


@dataclass(frozen=True)
class UserInfo:
    id: str
    email: str
    role: str
    organization: str
    created_at: datetime


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    client_device_id: str
    name: str
    email: str
    created_at: datetime
    last_seen_at: datetime
    revoked_at: datetime | None


def _role(role: str) -> str:
    role = role.strip().lower().replace("-", "_")
    if role not in ROLES:
        raise ValidationError.single("role", f"The role must be one of: {', '.join(ROLES)}.")
    return role


def _org_id(connection: Connection, org: str) -> str:
    found = connection.scalar(
        select(HqOrganization.id).where(or_(HqOrganization.id == org, HqOrganization.name == org))
    )
    if found is None:
        raise NotFoundError(f"There is no organization {org!r} on this HQ.")
    return found


def create_organization(db: HqDatabase, name: str) -> str:
    name = name.strip()
    if not name or len(name) > 200:
        raise ValidationError.single("name", "Give the organization a name (up to 200 characters).")
    with db.write() as connection:
        if connection.scalar(select(HqOrganization.id).where(HqOrganization.name == name)):
            raise ValidationError.single("name", f"There is already an organization {name!r}.")
        org_id = new_id()
        connection.execute(insert(HqOrganization).values(id=org_id, name=name, created_at=utcnow()))
        connection.execute(insert(FeedCounter).values(organization_id=org_id, last_seq=0))
    return org_id


def list_organizations(db: HqDatabase) -> list[OrganizationInfo]:
    with db.read() as connection:
        users = dict(
            connection.execute(
                select(HqUser.organization_id, func.count()).group_by(HqUser.organization_id)
            ).all()
        )
        rows = connection.execute(
            select(
                HqOrganization.id,
                HqOrganization.name,
                FeedCounter.last_seq,
                HqOrganization.created_at,
            )
            .join(FeedCounter, FeedCounter.organization_id == HqOrganization.id)
            .order_by(HqOrganization.name)
        ).all()
    return [
        OrganizationInfo(org_id, name, users.get(org_id, 0), last_seq, created_at)
        for org_id, name, last_seq, created_at in rows
    ]


def add_user(db: HqDatabase, org: str, email: str, role: str, password: str) -> str:
    email = normalize_email(email)
    role = _role(role)
    check_password(password)
    password_hash = security.hash_password(password)
    with db.write() as connection:
        org_id = _org_id(connection, org)
        if connection.scalar(select(HqUser.id).where(HqUser.email == email)):
            raise ValidationError.single("email", f"There is already a user {email}.")
        user_id = new_id()
        connection.execute(
            insert(HqUser).values(
                id=user_id,
                organization_id=org_id,
                email=email,
                password_hash=password_hash,
                role=role,
                created_at=utcnow(),
            )
        )
    return user_id


def _user_id(connection: Connection, email: str, org: str | None = None) -> str:
    """The user ``email``, of the organization ``org`` (name or id) when given."""
    query = select(HqUser.id).where(HqUser.email == normalize_email(email))
    if org is not None:
        query = query.where(HqUser.organization_id == _org_id(connection, org))
    found = connection.scalar(query)
    if found is None:
        where = f" in {org}" if org is not None else ""
        raise NotFoundError(f"There is no user {email}{where}.")
    return found


def remove_user(db: HqDatabase, email: str, org: str | None = None) -> None:
    """Remove a user; their devices are signed out. What they synced stays in the feed."""
    from sistercommittee.hq import members

    with db.read() as connection:
        user_id = _user_id(connection, email, org)
        org_id = connection.scalar(select(HqUser.organization_id).where(HqUser.id == user_id))
    assert org_id is not None
    members.remove_member(db, org_id, email, keep_a_coordinator=False)


def set_role(db: HqDatabase, email: str, role: str, org: str | None = None) -> None:
    from sistercommittee.hq import members

    with db.read() as connection:
        user_id = _user_id(connection, email, org)
        org_id = connection.scalar(select(HqUser.organization_id).where(HqUser.id == user_id))
    assert org_id is not None
    members.set_role(db, org_id, email, role, keep_a_coordinator=False)


def reset_password(
    db: HqDatabase, email: str, password: str, *, sign_out: bool = False, org: str | None = None
) -> None:
    check_password(password)
    password_hash = security.hash_password(password)
    with db.write() as connection:
        user_id = _user_id(connection, email, org)
        connection.execute(
            update(HqUser).where(HqUser.id == user_id).values(password_hash=password_hash)
        )
        if sign_out:
            connection.execute(
                update(HqDevice)
                .where(HqDevice.user_id == user_id, HqDevice.revoked_at.is_(None))
                .values(revoked_at=utcnow())
            )


def invite_user(db: HqDatabase, org: str, email: str, role: str) -> IssuedCode:
    """An invitation from HQ's administrator (an organization's first coordinator, say)."""
    from sistercommittee.hq import members

    with db.read() as connection:
        org_id = _org_id(connection, org)
    return members.create_invitation(db, org_id, email, role)


def list_users(db: HqDatabase, org: str) -> list[UserInfo]:
    with db.read() as connection:
        org_id = _org_id(connection, org)
        rows = connection.execute(
            select(HqUser.id, HqUser.email, HqUser.role, HqOrganization.name, HqUser.created_at)
            .join(HqOrganization, HqOrganization.id == HqUser.organization_id)
            .where(HqUser.organization_id == org_id)
            .order_by(HqUser.email)
        ).all()
    return [UserInfo(*row) for row in rows]


def list_devices(db: HqDatabase, org: str) -> list[DeviceInfo]:
    with db.read() as connection:
        org_id = _org_id(connection, org)
        rows = connection.execute(
            select(
                HqDevice.id,
                HqDevice.client_device_id,
                HqDevice.name,
                HqUser.email,
                HqDevice.created_at,
                HqDevice.last_seen_at,
                HqDevice.revoked_at,
            )
            .join(HqUser, HqUser.id == HqDevice.user_id)
            .where(HqDevice.organization_id == org_id)
            .order_by(HqDevice.created_at)
        ).all()
    return [DeviceInfo(*row) for row in rows]


def revoke_device(db: HqDatabase, device_id: str, org: str | None = None) -> str:
    """Sign one laptop of one organization out: its token stops working at once. ``device_id``
    is HQ's id or the laptop's own device id; a laptop's id signed in to more than one
    organization (a database copied) needs ``org``. Returns the organization's name."""
    from sistercommittee.hq import members

    with db.read() as connection:
        query = (
            select(HqDevice.organization_id, HqOrganization.name)
            .join(HqOrganization, HqOrganization.id == HqDevice.organization_id)
            .where(
                or_(HqDevice.id == device_id, HqDevice.client_device_id == device_id),
                HqDevice.revoked_at.is_(None),
            )
        )
        if org is not None:
            query = query.where(HqDevice.organization_id == _org_id(connection, org))
        found = connection.execute(query).all()
    if not found:
        where = f" in {org}" if org is not None else ""
        raise NotFoundError(f"There is no signed-in device {device_id}{where}.")
    if len({row.organization_id for row in found}) > 1:
        names = ", ".join(sorted(row.name for row in found))
        raise ValidationError.single(
            "org",
            f"Device {device_id} is signed in to more than one organization ({names}): say "
            "which with --org.",
        )
    members.revoke_device(db, found[0].organization_id, device_id)
    return str(found[0].name)
