"""HQ's own tables: organizations, their users and devices, the change feed, and reports.

Every table but ``organizations`` carries ``organization_id`` and every query filters on it, so
one organization's requests never reach another's rows.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from sistercommittee.domain.base import NAMING_CONVENTION
from sistercommittee.domain.types import ISODate, UTCDateTime


class HqBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class HqOrganization(HqBase):
    __tablename__ = "organizations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # The id of the organization's own row in the synced data, set by the first push that
    # carries it: a laptop made for another organization cannot push its row here.
    org_row_id: Mapped[str | None] = mapped_column(String(36))


class HqUser(HqBase):
    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    organization_id: Mapped[str] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), index=True
    )
    email: Mapped[str] = mapped_column(String(254), unique=True)  # lower-cased
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(24))  # coordinator, volunteer, read_only
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class HqDevice(HqBase):
    """A laptop's database signed in as a user: the token is kept only as its SHA-256."""

    __tablename__ = "devices"
    __table_args__ = (UniqueConstraint("organization_id", "client_device_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    organization_id: Mapped[str] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"))
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    client_device_id: Mapped[str] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String(200))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class FeedCounter(HqBase):
    """The last sequence number given out in an organization's feed. A push locks this row until
    it commits, so sequence numbers become visible in order and a reader never skips one."""

    __tablename__ = "feed_counters"

    organization_id: Mapped[str] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True
    )
    last_seq: Mapped[int] = mapped_column(BigInteger)


class FeedChange(HqBase):
    __tablename__ = "changes"
    __table_args__ = (
        UniqueConstraint("organization_id", "device_id", "hlc", "table_name", "row_id"),
    )

    organization_id: Mapped[str] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    hlc: Mapped[str] = mapped_column(String(24))
    device_id: Mapped[str] = mapped_column(String(36))
    fields: Mapped[str] = mapped_column(Text)  # JSON object, as received
    base: Mapped[str] = mapped_column(Text)  # JSON object
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())


class PushBatch(HqBase):
    """A push already applied, by its idempotency key, with the answer it got."""

    __tablename__ = "push_batches"

    organization_id: Mapped[str] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True
    )
    batch_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    response: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Report(HqBase):
    __tablename__ = "reports"
    __table_args__ = (UniqueConstraint("organization_id", "year", "file_name"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    organization_id: Mapped[str] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40))
    file_name: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    uploaded_by: Mapped[str] = mapped_column(String(254))
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class LoginFailure(HqBase):
    """A failed sign-in, kept for the rate limit's window. In the database rather than in a
    process's memory, so that the limit holds across worker processes and restarts. ``key`` is a
    SHA-256 of the email or the client address (``e:…`` / ``a:…``), never the email itself."""

    __tablename__ = "login_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(64), index=True)
    failed_at: Mapped[float] = mapped_column(Float)


class HqEpoch(HqBase):
    """One life of HQ's database: a new epoch begins when the database is created, and whenever
    it is restored from a backup (``sistercommittee-hq restore``, or ``epoch renew`` after a
    restore made by other means). Laptops that saw another epoch know HQ may have lost changes."""

    __tablename__ = "hq_epochs"

    epoch: Mapped[str] = mapped_column(String(36), primary_key=True)
    ordinal: Mapped[int] = mapped_column(Integer, unique=True)  # the latest is the current one
    reason: Mapped[str] = mapped_column(String(24))  # created, restored, renewed
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())


class HqEpochPosition(HqBase):
    """Where each organization's feed stood when an epoch began after a restore: positions up to
    it are the same changes as before; later ones may be numbered anew."""

    __tablename__ = "hq_epoch_positions"

    epoch: Mapped[str] = mapped_column(
        ForeignKey("hq_epochs.epoch", ondelete="CASCADE"), primary_key=True
    )
    organization_id: Mapped[str] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(BigInteger)


class DeviceCheckpoint(HqBase):
    """Per laptop, the latest of its changes this database holds (CouchDB's replication
    checkpoint): a laptop that sent later ones knows HQ lost them, and sends them again."""

    __tablename__ = "device_checkpoints"

    organization_id: Mapped[str] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True
    )
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    last_hlc: Mapped[str] = mapped_column(String(24))
    last_seq: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Invitation(HqBase):
    """A coordinator's invitation of an email to the organization with a role. The one-time code
    is kept only as its SHA-256; it works once, until ``expires_at``."""

    __tablename__ = "invitations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    organization_id: Mapped[str] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), index=True
    )
    email: Mapped[str] = mapped_column(String(254))  # lower-cased
    role: Mapped[str] = mapped_column(String(24))
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    invited_by: Mapped[str | None] = mapped_column(String(254))  # a coordinator's email, or None
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class PasswordReset(HqBase):
    """A one-time code that sets a new password for one account (kept only as its SHA-256)."""

    __tablename__ = "password_resets"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    organization_id: Mapped[str] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    issued_by: Mapped[str | None] = mapped_column(String(254))  # a coordinator, or None: by mail
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


# --- the web console (hq/console) --------------------------------------------------------------


class StaffUser(HqBase):
    """An HQ staff member who signs in to the web console: apart from organizations' users, so
    that no committee account ever reaches the console and no staff account ever syncs."""

    __tablename__ = "staff_users"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)  # lower-cased
    name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class StaffSession(HqBase):
    """A signed-in browser: the cookie's token is kept only as its SHA-256, with the session's
    CSRF token beside it."""

    __tablename__ = "staff_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    staff_id: Mapped[str] = mapped_column(
        ForeignKey("staff_users.id", ondelete="CASCADE"), index=True
    )
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AuditEntry(HqBase):
    """One change a staff member made through the console, kept for good."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    staff_email: Mapped[str] = mapped_column(String(254))
    action: Mapped[str] = mapped_column(String(64))
    organization_id: Mapped[str | None] = mapped_column(String(36), index=True)
    detail: Mapped[str] = mapped_column(Text)  # JSON object


class MemberProfile(HqBase):
    """What HQ itself records of a member: where it is (until its laptops sync their own
    organization row) and the date its dues are paid through."""

    __tablename__ = "member_profiles"

    organization_id: Mapped[str] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True
    )
    city: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))
    dues_paid_through: Mapped[date | None] = mapped_column(ISODate())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ConsoleSetting(HqBase):
    """A setting staff change in the console (the public directory's switch)."""

    __tablename__ = "console_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    enabled: Mapped[bool] = mapped_column(Boolean)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class HqFile(HqBase):
    """A photo's file, kept for the organization's laptops under its SHA-256: a laptop that
    adds a photo sends it, the others fetch it (rows sync through the feed, files through here)."""

    __tablename__ = "hq_files"

    organization_id: Mapped[str] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True
    )
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    uploaded_by: Mapped[str] = mapped_column(String(254))
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime())
