"""What the API does, without HTTP: sign-in, the per-organization change feed, reports.

Every function takes the caller (from the device token) and filters every query on the caller's
organization; nothing here accepts an organization id from the request.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import insert, select, update

from sistercommittee.domain.base import utcnow
from sistercommittee.errors import ValidationError
from sistercommittee.hq import epoch, security
from sistercommittee.hq.accounts import normalize_email
from sistercommittee.hq.caller import Caller, HqError
from sistercommittee.hq.database import HqDatabase
from sistercommittee.hq.models import (
    FeedChange,
    FeedCounter,
    HqDevice,
    HqOrganization,
    HqUser,
    PushBatch,
    Report,
)
from sistercommittee.ids import new_id
from sistercommittee.messages import msg
from sistercommittee.sync import wire

MAX_CLOCK_AHEAD_MS = 10 * 60 * 1000  # a change stamped further ahead than this is refused
MAX_PULL = 5000
MAX_REPORT_BYTES = 20 * 1024 * 1024
REPORT_KINDS = ("annual_report", "event_summary", "story", "other")
REPORT_MEDIA_TYPES = ("application/pdf", "text/csv", "application/octet-stream")
FILE_NAME = re.compile(r"^[\w][\w .()+,-]{0,199}$")
_SEEN_EVERY = timedelta(minutes=5)


# --- sign-in ----------------------------------------------------------------------------------


def authenticate(db: HqDatabase, token: str) -> Caller:
    if not token.startswith(security.TOKEN_PREFIX) or len(token) > 200:
        raise HqError(401, msg("This laptop is not signed in to HQ."))
    digest = security.token_hash(token)
    with db.read() as connection:
        row = connection.execute(
            select(
                HqDevice.id,
                HqDevice.client_device_id,
                HqDevice.organization_id,
                HqOrganization.name,
                HqUser.id,
                HqUser.email,
                HqUser.role,
                HqDevice.last_seen_at,
            )
            .join(HqUser, HqUser.id == HqDevice.user_id)
            .join(HqOrganization, HqOrganization.id == HqDevice.organization_id)
            .where(
                HqDevice.token_hash == digest,
                HqDevice.revoked_at.is_(None),
                HqUser.organization_id == HqDevice.organization_id,
            )
        ).first()
    if row is None:
        raise HqError(
            401, msg("This laptop's sign-in to HQ is no longer valid. Sign in again to sync.")
        )
    now = utcnow()
    if now - row.last_seen_at > _SEEN_EVERY:
        with db.write() as connection:
            connection.execute(
                update(HqDevice).where(HqDevice.id == row[0]).values(last_seen_at=now)
            )
    return Caller(row[0], row[1], row[2], row[3], row[4], row[5], row[6])


@dataclass(frozen=True)
class LoginResult:
    token: str
    caller: Caller
    org_row_id: str | None


def login(
    db: HqDatabase,
    limiter: security.LoginLimiter,
    *,
    email: str,
    password: str,
    device_id: str,
    device_name: str,
    address: str,
) -> LoginResult:
    wrong = HqError(401, msg("The email or password is not right."))
    try:
        email = normalize_email(email)
    except ValidationError:
        raise wrong from None
    wait = limiter.retry_after(email, address)
    if wait:
        raise HqError(
            429,
            msg("Too many sign-in attempts. Wait {wait} seconds and try again.", wait=wait),
            {"Retry-After": str(wait)},
        )
    if not wire.ROW_ID.match(device_id):
        raise HqError(422, msg("device_id must be a lower-case UUID."))
    with db.read() as connection:
        user = connection.execute(
            select(HqUser.id, HqUser.password_hash, HqUser.organization_id).where(
                HqUser.email == email
            )
        ).first()
    if not security.verify_password(user.password_hash if user else None, password) or not user:
        limiter.failed(email, address)
        raise wrong
    limiter.succeeded(email)
    return sign_in_device(db, user.id, user.organization_id, device_id, device_name)


def sign_in_device(
    db: HqDatabase, user_id: str, organization_id: str, device_id: str, device_name: str
) -> LoginResult:
    """A new token for the laptop ``device_id`` as the user (whose password, or invitation,
    was just checked)."""
    if not wire.ROW_ID.match(device_id):
        raise HqError(422, msg("device_id must be a lower-case UUID."))
    token = security.new_token()
    now = utcnow()
    with db.write() as connection:
        existing = connection.execute(
            select(HqDevice.id, HqDevice.user_id, HqDevice.revoked_at).where(
                HqDevice.organization_id == organization_id,
                HqDevice.client_device_id == device_id,
            )
        ).first()
        values = {
            "user_id": user_id,
            "name": device_name[:200] or "laptop",
            "token_hash": security.token_hash(token),
            "last_seen_at": now,
            "revoked_at": None,
        }
        if existing is None:
            device_pk = new_id()
            connection.execute(
                insert(HqDevice).values(
                    id=device_pk,
                    organization_id=organization_id,
                    client_device_id=device_id,
                    created_at=now,
                    **values,
                )
            )
        elif existing.revoked_at is None and existing.user_id != user_id:
            raise HqError(
                409,
                msg(
                    "This database is signed in to HQ as another person. "
                    "Sign that person out first, or use your own database."
                ),
            )
        else:
            device_pk = existing.id
            connection.execute(update(HqDevice).where(HqDevice.id == device_pk).values(**values))
    caller = authenticate(db, token)
    with db.read() as connection:
        org_row_id = connection.scalar(
            select(HqOrganization.org_row_id).where(HqOrganization.id == caller.organization_id)
        )
    return LoginResult(token, caller, org_row_id)


def logout(db: HqDatabase, caller: Caller) -> None:
    with db.write() as connection:
        connection.execute(
            update(HqDevice)
            .where(
                HqDevice.id == caller.device_pk,
                HqDevice.organization_id == caller.organization_id,
            )
            .values(revoked_at=utcnow())
        )


def session_info(db: HqDatabase, caller: Caller) -> dict[str, Any]:
    with db.read() as connection:
        org_row_id, high_water = connection.execute(
            select(HqOrganization.org_row_id, FeedCounter.last_seq)
            .join(FeedCounter, FeedCounter.organization_id == HqOrganization.id)
            .where(HqOrganization.id == caller.organization_id)
        ).one()
    return {
        "organization": {
            "id": caller.organization_id,
            "name": caller.organization_name,
            "org_row_id": org_row_id,
        },
        "user": {"email": caller.email, "role": caller.role},
        "device_id": caller.client_device_id,
        "high_water": high_water,
        "protocol": wire.PROTOCOL_VERSION,
    }


# --- the change feed --------------------------------------------------------------------------


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _dumps(value: Any) -> str:
    return _ENCODER.encode(value)


def push(
    db: HqDatabase, caller: Caller, batch_id: str, changes: list[dict[str, Any]]
) -> dict[str, Any]:
    """Append a batch to the organization's feed once, however often it is sent."""
    if not caller.can_write:
        raise HqError(
            403, msg("Your HQ account is read-only, so changes from this laptop are not sent.")
        )
    if not 0 < len(changes) <= wire.MAX_BATCH:
        raise HqError(422, msg("A push carries 1 to {most} changes.", most=wire.MAX_BATCH))
    latest_allowed = time.time_ns() // 1_000_000 + MAX_CLOCK_AHEAD_MS
    for index, change in enumerate(changes):
        if change.get("device_id") != caller.client_device_id:
            raise HqError(
                403,
                msg(
                    "Change {index} was made on another laptop; a laptop may only "
                    "send its own changes.",
                    index=index,
                ),
            )
        problem = wire.check_change(change, keep_unknown=True)
        if problem:
            raise HqError(
                422,
                msg("Change {index} cannot be stored: {problem}.", index=index, problem=problem),
            )
        if int(change["hlc"][:13]) > latest_allowed:
            ahead = (int(change["hlc"][:13]) - latest_allowed) // 60_000 + 10
            raise HqError(
                422,
                msg(
                    "The clock of this computer is about {ahead} minutes ahead of HQ's. Set the "
                    "date and time right and sync again; nothing has been lost.",
                    ahead=ahead,
                ),
            )
    org_id = caller.organization_id
    with db.write() as connection:
        last_seq = connection.scalar(
            select(FeedCounter.last_seq)
            .where(FeedCounter.organization_id == org_id)
            .with_for_update()
        )
        assert last_seq is not None
        prior = connection.scalar(
            select(PushBatch.response).where(
                PushBatch.organization_id == org_id, PushBatch.batch_id == batch_id
            )
        )
        if prior is not None:
            answer: dict[str, Any] = json.loads(prior)
            answer["replayed"] = True
            return answer
        hlcs = [change["hlc"] for change in changes]
        known: set[tuple[str, str, str]] = {
            (row.hlc, row.table_name, row.row_id)
            for row in connection.execute(
                select(FeedChange.hlc, FeedChange.table_name, FeedChange.row_id).where(
                    FeedChange.organization_id == org_id,
                    FeedChange.device_id == caller.client_device_id,
                    FeedChange.hlc >= min(hlcs),
                    FeedChange.hlc <= max(hlcs),
                )
            )
        }
        org_row_id = connection.scalar(
            select(HqOrganization.org_row_id).where(HqOrganization.id == org_id)
        )
        now = utcnow()
        rows: list[dict[str, Any]] = []
        for change in changes:
            identity = (change["hlc"], change["table"], change["row_id"])
            if identity in known:
                continue
            known.add(identity)
            if change["table"] == "organizations":
                if org_row_id is None:
                    org_row_id = change["row_id"]
                    connection.execute(
                        update(HqOrganization)
                        .where(HqOrganization.id == org_id)
                        .values(org_row_id=org_row_id)
                    )
                elif org_row_id != change["row_id"]:
                    raise HqError(
                        409,
                        msg(
                            "This database was made for another organization than the one it "
                            "is signed in to on HQ ({organization}). Nothing was sent.",
                            organization=caller.organization_name,
                        ),
                    )
            rows.append(
                {
                    "organization_id": org_id,
                    "seq": last_seq + len(rows) + 1,
                    "table_name": change["table"],
                    "row_id": change["row_id"],
                    "hlc": change["hlc"],
                    "device_id": change["device_id"],
                    "fields": _dumps(change["fields"]),
                    "base": _dumps(change.get("base") or {}),
                    "received_at": now,
                }
            )
        if rows:
            connection.execute(insert(FeedChange), rows)
            epoch.record_received(connection, org_id, caller.client_device_id, rows)
            connection.execute(
                update(FeedCounter)
                .where(FeedCounter.organization_id == org_id)
                .values(last_seq=last_seq + len(rows))
            )
        answer = {
            "accepted": len(rows),
            "duplicates": len(changes) - len(rows),
            "high_water": last_seq + len(rows),
            "replayed": False,
        }
        connection.execute(
            insert(PushBatch).values(
                organization_id=org_id,
                batch_id=batch_id,
                device_id=caller.client_device_id,
                response=_dumps(answer),
                created_at=now,
            )
        )
    return answer


def pull(db: HqDatabase, caller: Caller, after: int, limit: int) -> bytes:
    """The next changes after ``after`` made on other laptops, as the JSON response body.

    The counter is read first: every change up to it committed before it did, so paging up to it
    never skips a change that committed late.
    """
    org_id = caller.organization_id
    with db.read() as connection:
        high_water = connection.scalar(
            select(FeedCounter.last_seq).where(FeedCounter.organization_id == org_id)
        )
        assert high_water is not None
        if after > high_water:
            raise HqError(
                404,
                msg(
                    "This laptop has seen more of the organization's changes than HQ now holds "
                    "(was HQ restored from a backup?). Sync again: the laptop first sends HQ "
                    "what it lacks."
                ),
            )
        rows = connection.execute(
            select(
                FeedChange.seq,
                FeedChange.table_name,
                FeedChange.row_id,
                FeedChange.hlc,
                FeedChange.device_id,
                FeedChange.fields,
                FeedChange.base,
            )
            .where(
                FeedChange.organization_id == org_id,
                FeedChange.seq > after,
                FeedChange.seq <= high_water,
                FeedChange.device_id != caller.client_device_id,
            )
            .order_by(FeedChange.seq)
            .limit(limit)
        ).all()
    next_cursor = rows[-1].seq if len(rows) == limit else high_water
    # The stored text is already JSON (and ids and clocks were checked on the way in), so the
    # body is put together without parsing each change again.
    parts = [
        f'{{"seq":{row.seq},"table":"{row.table_name}","row_id":"{row.row_id}",'
        f'"hlc":"{row.hlc}","device_id":"{row.device_id}","fields":{row.fields},'
        f'"base":{row.base}}}'
        for row in rows
    ]
    body = (
        f'{{"changes":[{",".join(parts)}],"next_cursor":{next_cursor},'
        f'"high_water":{high_water},"more":{"true" if next_cursor < high_water else "false"}}}'
    )
    return body.encode("utf-8")


# --- reports ----------------------------------------------------------------------------------


def _report_info(report: Any) -> dict[str, Any]:
    return {
        "id": report.id,
        "year": report.year,
        "kind": report.kind,
        "file_name": report.file_name,
        "media_type": report.media_type,
        "size": report.size,
        "sha256": report.sha256,
        "uploaded_by": report.uploaded_by,
        "uploaded_at": report.uploaded_at.isoformat(),
    }


_REPORT_COLUMNS = (
    Report.id,
    Report.year,
    Report.kind,
    Report.file_name,
    Report.media_type,
    Report.size,
    Report.sha256,
    Report.uploaded_by,
    Report.uploaded_at,
)


def put_report(
    db: HqDatabase,
    caller: Caller,
    *,
    year: int,
    file_name: str,
    kind: str,
    media_type: str,
    content: bytes,
) -> tuple[dict[str, Any], bool]:
    """Keep a report for the organization and year; one of the same name is replaced.
    Returns the report and whether it is new."""
    if not caller.can_write:
        raise HqError(403, msg("Your HQ account is read-only, so reports cannot be uploaded."))
    if not FILE_NAME.match(file_name):
        raise HqError(
            422, msg("The file name may hold letters, digits, spaces and . ( ) + , - _ only.")
        )
    if kind not in REPORT_KINDS:
        raise HqError(
            422,
            msg("The kind of report must be one of: {kinds}.", kinds=", ".join(REPORT_KINDS)),
        )
    if media_type not in REPORT_MEDIA_TYPES:
        raise HqError(
            415,
            msg("A report must be one of: {types}.", types=", ".join(REPORT_MEDIA_TYPES)),
        )
    if not content:
        raise HqError(422, msg("The report is empty."))
    if len(content) > MAX_REPORT_BYTES:
        raise HqError(413, msg("The report is larger than 20 MB."))
    values = {
        "kind": kind,
        "media_type": media_type,
        "size": len(content),
        "sha256": hashlib.sha256(content).hexdigest(),
        "content": content,
        "uploaded_by": caller.email,
        "uploaded_at": utcnow(),
    }
    with db.write() as connection:
        existing = connection.scalar(
            select(Report.id).where(
                Report.organization_id == caller.organization_id,
                Report.year == year,
                Report.file_name == file_name,
            )
        )
        if existing is None:
            report_id = new_id()
            connection.execute(
                insert(Report).values(
                    id=report_id,
                    organization_id=caller.organization_id,
                    year=year,
                    file_name=file_name,
                    **values,
                )
            )
        else:
            report_id = existing
            connection.execute(
                update(Report)
                .where(Report.id == report_id, Report.organization_id == caller.organization_id)
                .values(**values)
            )
        row = connection.execute(select(*_REPORT_COLUMNS).where(Report.id == report_id)).one()
    return _report_info(row), existing is None


def list_reports(db: HqDatabase, caller: Caller, year: int | None) -> list[dict[str, Any]]:
    conditions = [Report.organization_id == caller.organization_id]
    if year is not None:
        conditions.append(Report.year == year)
    with db.read() as connection:
        rows = connection.execute(
            select(*_REPORT_COLUMNS).where(*conditions).order_by(Report.year, Report.file_name)
        ).all()
    return [_report_info(row) for row in rows]


def get_report(db: HqDatabase, caller: Caller, report_id: str) -> tuple[dict[str, Any], bytes]:
    with db.read() as connection:
        row = connection.execute(
            select(*_REPORT_COLUMNS, Report.content).where(
                Report.id == report_id, Report.organization_id == caller.organization_id
            )
        ).first()
    if row is None:
        raise HqError(404, msg("There is no such report."))
    return _report_info(row), bytes(row.content)
