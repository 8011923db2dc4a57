"""The Members pages: every organization with where it is, its membership standing, its
accounts and laptops, when it last synced and what reports it sent; and making a new member with
its first coordinator's invitation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, insert, select, update

from sistercommittee.domain.base import utcnow
from sistercommittee.errors import NotFoundError, ValidationError
from sistercommittee.hq import members as member_accounts
from sistercommittee.hq.accounts import normalize_email
from sistercommittee.hq.console import audit
from sistercommittee.hq.console.records import MemberRecordsCache
from sistercommittee.hq.database import HqDatabase
from sistercommittee.hq.models import (
    FeedCounter,
    HqDevice,
    HqOrganization,
    HqUser,
    MemberProfile,
    Report,
)
from sistercommittee.ids import new_id
from sistercommittee.services import fields as f

GOOD = "good"
LAPSED = "lapsed"
NONE = "none"
STANDING_LABELS = {GOOD: "In good standing", LAPSED: "Lapsed", NONE: "No dues recorded"}
SORTS = {
    "name": "Name",
    "last_sync": "Last sync, longest ago first",
    "dues": "Dues, soonest due first",
    "city": "Country and city",
}


def standing(paid_through: date | None, today: date) -> str:
    if paid_through is None:
        return NONE
    return GOOD if paid_through >= today else LAPSED


@dataclass(frozen=True)
class MemberRow:
    id: str
    name: str
    city: str
    country: str
    dues_paid_through: date | None
    standing: str
    accounts: int
    devices: int
    last_sync: datetime | None
    reports: int

    @property
    def standing_label(self) -> str:
        return STANDING_LABELS[self.standing]


@dataclass(frozen=True)
class AccountRow:
    email: str
    role: str
    created_at: datetime
    last_sync: datetime | None


@dataclass(frozen=True)
class DeviceRow:
    name: str
    email: str
    client_device_id: str
    created_at: datetime
    last_seen_at: datetime
    revoked_at: datetime | None


@dataclass(frozen=True)
class ReportRow:
    id: str
    year: int
    kind: str
    file_name: str
    media_type: str
    size: int
    uploaded_by: str
    uploaded_at: datetime


@dataclass(frozen=True)
class MemberDetail:
    member: MemberRow
    profile_city: str
    profile_country: str
    synced_name: str | None
    accounts: list[AccountRow]
    devices: list[DeviceRow]
    reports: list[ReportRow]
    invitations: list[member_accounts.InvitationView]
    partnerships: int
    listed_in_directory: bool
    public_contact: str | None
    changes: int


def _where(profile: tuple[str, str] | None, synced: dict[str, Any] | None) -> tuple[str, str]:
    """The member's city and country: what its laptops synced, else what HQ recorded."""
    if synced and synced.get("city") and synced.get("country"):
        return str(synced["city"]), str(synced["country"])
    return profile if profile else ("", "")


def list_members(
    db: HqDatabase,
    records: MemberRecordsCache,
    *,
    query: str = "",
    standing_filter: str = "",
    sort: str = "name",
    today: date | None = None,
) -> list[MemberRow]:
    """Every organization (or those whose name, city or country holds ``query``, and of one
    standing), by name or by one of ``SORTS``."""
    today = today or date.today()
    with db.read() as connection:
        orgs = connection.execute(
            select(HqOrganization.id, HqOrganization.name).order_by(HqOrganization.name)
        ).all()
        profiles = {
            row.organization_id: row
            for row in connection.execute(
                select(
                    MemberProfile.organization_id,
                    MemberProfile.city,
                    MemberProfile.country,
                    MemberProfile.dues_paid_through,
                )
            )
        }
        accounts = dict(
            connection.execute(
                select(HqUser.organization_id, func.count()).group_by(HqUser.organization_id)
            ).all()
        )
        devices = {
            row[0]: (row[1], row[2])
            for row in connection.execute(
                select(
                    HqDevice.organization_id,
                    func.count(HqDevice.id).filter(HqDevice.revoked_at.is_(None)),
                    func.max(HqDevice.last_seen_at),
                ).group_by(HqDevice.organization_id)
            )
        }
        reports = dict(
            connection.execute(
                select(Report.organization_id, func.count()).group_by(Report.organization_id)
            ).all()
        )
    synced = records.records()
    needle = query.strip().casefold()
    rows = []
    for org_id, name in orgs:
        profile = profiles.get(org_id)
        found = synced.get(org_id)
        city, country = _where(
            (profile.city, profile.country) if profile else None,
            found.organization if found else None,
        )
        paid = profile.dues_paid_through if profile else None
        count, last_seen = devices.get(org_id, (0, None))
        last_sync = _as_datetime(last_seen)
        row = MemberRow(
            org_id,
            name,
            city,
            country,
            paid,
            standing(paid, today),
            accounts.get(org_id, 0),
            count,
            last_sync,
            reports.get(org_id, 0),
        )
        if needle and not any(needle in text.casefold() for text in (name, city, country)):
            continue
        if standing_filter and row.standing != standing_filter:
            continue
        rows.append(row)
    never = datetime.min.replace(tzinfo=UTC)
    if sort == "last_sync":  # those that never synced first, then the longest ago
        rows.sort(key=lambda row: row.last_sync or never)
    elif sort == "dues":  # no dues recorded first, then the date they run out
        rows.sort(key=lambda row: row.dues_paid_through or date.min)
    elif sort == "city":
        rows.sort(key=lambda row: (row.country, row.city.casefold(), row.name.casefold()))
    return rows


def _as_datetime(value: Any) -> datetime | None:
    # max() over a UTCDateTime column comes back as its stored text on some backends.
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def member_detail(
    db: HqDatabase, records: MemberRecordsCache, org_id: str, *, today: date | None = None
) -> MemberDetail:
    today = today or date.today()
    with db.read() as connection:
        org = connection.execute(
            select(HqOrganization.id, HqOrganization.name).where(HqOrganization.id == org_id)
        ).first()
        if org is None:
            raise NotFoundError("There is no such organization on this HQ.")
        profile = connection.execute(
            select(
                MemberProfile.city, MemberProfile.country, MemberProfile.dues_paid_through
            ).where(MemberProfile.organization_id == org_id)
        ).first()
        devices = [
            DeviceRow(*row)
            for row in connection.execute(
                select(
                    HqDevice.name,
                    HqUser.email,
                    HqDevice.client_device_id,
                    HqDevice.created_at,
                    HqDevice.last_seen_at,
                    HqDevice.revoked_at,
                )
                .join(HqUser, HqUser.id == HqDevice.user_id)
                .where(HqDevice.organization_id == org_id)
                .order_by(HqDevice.last_seen_at.desc())
            )
        ]
        users = connection.execute(
            select(HqUser.email, HqUser.role, HqUser.created_at)
            .where(HqUser.organization_id == org_id)
            .order_by(HqUser.email)
        ).all()
        reports = [
            ReportRow(*row)
            for row in connection.execute(
                select(
                    Report.id,
                    Report.year,
                    Report.kind,
                    Report.file_name,
                    Report.media_type,
                    Report.size,
                    Report.uploaded_by,
                    Report.uploaded_at,
                )
                .where(Report.organization_id == org_id)
                .order_by(Report.year.desc(), Report.uploaded_at.desc())
            )
        ]
        changes = connection.scalar(
            select(FeedCounter.last_seq).where(FeedCounter.organization_id == org_id)
        )
    found = records.records([org_id]).get(org_id)
    synced = found.organization if found else None
    city, country = _where((profile.city, profile.country) if profile else None, synced)
    last_by_email: dict[str, datetime] = {}
    for device in devices:
        seen = last_by_email.get(device.email)
        if seen is None or device.last_seen_at > seen:
            last_by_email[device.email] = device.last_seen_at
    live = [device for device in devices if device.revoked_at is None]
    paid = profile.dues_paid_through if profile else None
    member = MemberRow(
        org.id,
        org.name,
        city,
        country,
        paid,
        standing(paid, today),
        len(users),
        len(live),
        max((device.last_seen_at for device in devices), default=None),
        len(reports),
    )
    return MemberDetail(
        member=member,
        profile_city=profile.city if profile else "",
        profile_country=profile.country if profile else "",
        synced_name=str(synced["name"]) if synced and synced.get("name") else None,
        accounts=[AccountRow(*user, last_by_email.get(user.email)) for user in users],
        devices=devices,
        reports=reports,
        invitations=member_accounts.list_invitations(db, org_id),
        partnerships=len(found.partnerships) if found else 0,
        listed_in_directory=found.listed_in_directory if found else False,
        public_contact=str(synced.get("public_contact") or "") or None if synced else None,
        changes=int(changes or 0),
    )


# --- changes staff make -----------------------------------------------------------------------


def _place(city: str, country: str) -> tuple[str, str]:
    problems = {}
    city = city.strip()
    if not city or len(city) > 200:
        problems["city"] = "Give the member's home city (up to 200 characters)."
    try:
        country = f.country(country, "Country")
    except f.FieldProblem as problem:
        problems["country"] = str(problem)
    if problems:
        raise ValidationError(problems)
    return city, country


def _paid_through(raw: str) -> date | None:
    if not raw.strip():
        return None
    try:
        return date.fromisoformat(raw.strip())
    except ValueError:
        raise ValidationError.single(
            "dues_paid_through", "Give the date the dues are paid through as YYYY-MM-DD."
        ) from None


def create_member(
    db: HqDatabase,
    staff_email: str,
    *,
    name: str,
    city: str,
    country: str,
    dues_paid_through: str,
    coordinator_email: str,
) -> tuple[str, member_accounts.IssuedCode]:
    """A new organization with its profile and its first coordinator's invitation, in one
    transaction with its audit entry. Returns the organization's id and the invitation (whose
    code is shown once)."""
    problems: dict[str, str] = {}
    name = name.strip()
    if not name or len(name) > 200:
        problems["name"] = "Give the organization a name (up to 200 characters)."
    try:
        city, country = _place(city, country)
    except ValidationError as error:
        problems.update(error.errors)
    try:
        paid = _paid_through(dues_paid_through)
    except ValidationError as error:
        problems.update(error.errors)
    try:
        coordinator_email = normalize_email(coordinator_email)
    except ValidationError as error:
        problems["coordinator_email"] = error.errors.get("email", error.message)
    if problems:
        raise ValidationError(problems)
    now = utcnow()
    with db.write() as connection:
        if connection.scalar(select(HqOrganization.id).where(HqOrganization.name == name)):
            raise ValidationError.single("name", f"There is already an organization {name!r}.")
        org_id = new_id()
        connection.execute(insert(HqOrganization).values(id=org_id, name=name, created_at=now))
        connection.execute(insert(FeedCounter).values(organization_id=org_id, last_seq=0))
        connection.execute(
            insert(MemberProfile).values(
                organization_id=org_id,
                city=city,
                country=country,
                dues_paid_through=paid,
                updated_at=now,
            )
        )
        try:
            # Made by HQ's staff (no coordinator invited): the audit entry below names who.
            invitation = member_accounts.invite_in(
                connection, org_id, coordinator_email, "coordinator"
            )
        except ValidationError as error:
            raise ValidationError(
                {"coordinator_email": error.errors.get("email", error.message)}
            ) from None
        audit.record(
            connection,
            staff_email,
            "member.create",
            organization_id=org_id,
            name=name,
            city=city,
            country=country,
            dues_paid_through=paid.isoformat() if paid else None,
            coordinator=coordinator_email,
        )
    return org_id, invitation


def update_profile(
    db: HqDatabase,
    staff_email: str,
    org_id: str,
    *,
    city: str,
    country: str,
    dues_paid_through: str,
) -> None:
    city, country = _place(city, country)
    paid = _paid_through(dues_paid_through)
    now = utcnow()
    with db.write() as connection:
        if connection.scalar(select(HqOrganization.id).where(HqOrganization.id == org_id)) is None:
            raise NotFoundError("There is no such organization on this HQ.")
        before = connection.execute(
            select(
                MemberProfile.city, MemberProfile.country, MemberProfile.dues_paid_through
            ).where(MemberProfile.organization_id == org_id)
        ).first()
        values = {"city": city, "country": country, "dues_paid_through": paid, "updated_at": now}
        if before is None:
            connection.execute(insert(MemberProfile).values(organization_id=org_id, **values))
        else:
            connection.execute(
                update(MemberProfile)
                .where(MemberProfile.organization_id == org_id)
                .values(**values)
            )
        audit.record(
            connection,
            staff_email,
            "member.profile",
            organization_id=org_id,
            before=(
                {
                    "city": before.city,
                    "country": before.country,
                    "dues_paid_through": before.dues_paid_through,
                }
                if before
                else None
            ),
            after={"city": city, "country": country, "dues_paid_through": paid},
        )


def invite(
    db: HqDatabase, staff_email: str, org_id: str, *, email: str, role: str
) -> member_accounts.IssuedCode:
    with db.write() as connection:
        invitation = member_accounts.invite_in(connection, org_id, email, role)
        audit.record(
            connection,
            staff_email,
            "member.invite",
            organization_id=org_id,
            email=invitation.email,
            role=invitation.role,
        )
    return invitation


def report_file(db: HqDatabase, org_id: str, report_id: str) -> tuple[str, str, bytes]:
    """A report's file name, media type and content."""
    with db.read() as connection:
        row = connection.execute(
            select(Report.file_name, Report.media_type, Report.content).where(
                Report.id == report_id, Report.organization_id == org_id
            )
        ).first()
    if row is None:
        raise NotFoundError("There is no such report.")
    return row.file_name, row.media_type, bytes(row.content)
