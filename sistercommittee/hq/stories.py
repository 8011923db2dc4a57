"""Members' stories at HQ, for its newsletter.

A story reaches HQ twice: its row, like every synced record, in the organization's change feed;
and, when the committee sends it, its one-page PDF as a report of kind "story" named
``story-<id>.pdf``. HQ lists the stories that were sent (``sent_at`` set, not deleted), each
with the organization, the title, the text and the report to download.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from sistercommittee.hq.database import HqDatabase
from sistercommittee.hq.models import FeedChange, HqOrganization, Report

STORY_KIND = "story"


@dataclass(frozen=True)
class HqStory:
    id: str
    organization_id: str
    organization: str
    title: str
    body: str
    sent_at: str
    event_id: str | None
    exchange_id: str | None
    report_id: str | None  # the PDF, when it was uploaded
    report_size: int | None


def _latest(changes: list[Any]) -> dict[str, dict[str, Any]]:
    """Row id -> its fields, each the value of the latest clock (HLC, then device), as the
    laptops' merge decides."""
    rows: dict[str, dict[str, tuple[tuple[str, str], Any]]] = {}
    for change in changes:
        fields = json.loads(change.fields)
        clock = (change.hlc, change.device_id)
        row = rows.setdefault(change.row_id, {})
        for name, value in fields.items():
            if name not in row or row[name][0] <= clock:
                row[name] = (clock, value)
    return {row_id: {k: v for k, (_, v) in fields.items()} for row_id, fields in rows.items()}


def list_stories(db: HqDatabase, organization_id: str | None = None) -> list[HqStory]:
    """The stories members sent, the latest first; of one organization, or of all of them."""
    conditions = [FeedChange.table_name == "stories"]
    if organization_id is not None:
        conditions.append(FeedChange.organization_id == organization_id)
    with db.read() as connection:
        changes = connection.execute(
            select(
                FeedChange.organization_id,
                FeedChange.row_id,
                FeedChange.hlc,
                FeedChange.device_id,
                FeedChange.fields,
            )
            .where(*conditions)
            .order_by(FeedChange.seq)
        ).all()
        names = dict(connection.execute(select(HqOrganization.id, HqOrganization.name)).all())
        report_conditions = [Report.kind == STORY_KIND]
        if organization_id is not None:
            report_conditions.append(Report.organization_id == organization_id)
        reports = {
            (row.organization_id, row.file_name): (row.id, row.size)
            for row in connection.execute(
                select(Report.organization_id, Report.file_name, Report.id, Report.size).where(
                    *report_conditions
                )
            )
        }
    by_org: dict[str, list[Any]] = {}
    for change in changes:
        by_org.setdefault(change.organization_id, []).append(change)
    found: list[HqStory] = []
    for org_id, org_changes in by_org.items():
        for row_id, fields in _latest(org_changes).items():
            if not fields.get("sent_at") or fields.get("deleted_at"):
                continue
            report = reports.get((org_id, f"story-{row_id}.pdf"))
            found.append(
                HqStory(
                    id=row_id,
                    organization_id=org_id,
                    organization=str(names.get(org_id, org_id)),
                    title=str(fields.get("title") or ""),
                    body=str(fields.get("body") or ""),
                    sent_at=str(fields["sent_at"]),
                    event_id=fields.get("event_id"),
                    exchange_id=fields.get("exchange_id"),
                    report_id=report[0] if report else None,
                    report_size=report[1] if report else None,
                )
            )
    return sorted(found, key=lambda story: story.sent_at, reverse=True)
