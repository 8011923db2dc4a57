"""The audit log: every change staff make through the console, who made it and when.

``record`` runs inside the change's own write transaction, so that a change is never made without
its entry, nor an entry written for a change that was rolled back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select

from sistercommittee.domain.base import utcnow
from sistercommittee.hq.database import HqDatabase
from sistercommittee.hq.models import AuditEntry, HqOrganization

# What each action is called on the audit page.
ACTIONS = {
    "staff.add": "Added a staff account",
    "staff.disable": "Closed a staff account",
    "staff.sign_in": "Signed in",
    "staff.sign_out": "Signed out",
    "member.create": "Created an organization",
    "member.profile": "Changed a member's details",
    "member.invite": "Invited a member's account",
    "directory.public": "Changed the public directory",
}


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    staff_email: str
    action: str
    organization_id: str | None
    organization_name: str | None
    detail: dict[str, Any]

    @property
    def action_label(self) -> str:
        return ACTIONS.get(self.action, self.action)


def record(
    connection: Connection,
    staff_email: str,
    action: str,
    *,
    organization_id: str | None = None,
    **detail: Any,
) -> None:
    connection.execute(
        insert(AuditEntry).values(
            at=utcnow(),
            staff_email=staff_email,
            action=action,
            organization_id=organization_id,
            detail=json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str),
        )
    )


def entries(
    db: HqDatabase, *, organization_id: str | None = None, limit: int = 200, offset: int = 0
) -> tuple[list[AuditRow], int]:
    """The newest entries first, and how many there are in all."""
    conditions = []
    if organization_id is not None:
        conditions.append(AuditEntry.organization_id == organization_id)
    with db.read() as connection:
        total = connection.scalar(select(func.count()).select_from(AuditEntry).where(*conditions))
        rows = connection.execute(
            select(
                AuditEntry.id,
                AuditEntry.at,
                AuditEntry.staff_email,
                AuditEntry.action,
                AuditEntry.organization_id,
                HqOrganization.name,
                AuditEntry.detail,
            )
            .outerjoin(HqOrganization, HqOrganization.id == AuditEntry.organization_id)
            .where(*conditions)
            .order_by(AuditEntry.id.desc())
            .limit(limit)
            .offset(offset)
        ).all()
    return [AuditRow(*row[:6], json.loads(row[6])) for row in rows], int(total or 0)
