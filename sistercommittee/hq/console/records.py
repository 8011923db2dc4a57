"""What members' laptops synced, as the console reads it: each organization's own row (its city,
country, directory listing and public contact) and its partnerships, folded from the feed.

The fold is the merge's rule (per field, the change with the later clock, then device id, wins),
without the bookkeeping laptops need for conflicts. It is kept per organization in memory and
brought forward from the feed position it reached, so a page reads only the changes pushed since
the last one; a feed that moved backwards (HQ restored) or another epoch starts the fold anew.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from sistercommittee.hq.database import HqDatabase
from sistercommittee.hq.epoch import current_epoch
from sistercommittee.hq.models import FeedChange, FeedCounter, HqOrganization

TABLES = ("organizations", "partnerships")
_Clock = tuple[str, str]  # (hlc, device id): compared as the merge compares them


@dataclass
class _Fold:
    epoch: str
    seq: int = 0
    org_row_id: str | None = None
    # (table, row id) -> field -> (clock, value)
    rows: dict[tuple[str, str], dict[str, tuple[_Clock, Any]]] = field(default_factory=dict)
    # What the fold came to, kept until the next change reaches it.
    made: MemberRecords | None = None
    made_for: str | None = None  # the org row id it was made with

    def apply(self, table: str, row_id: str, hlc: str, device_id: str, fields: str) -> None:
        self.made = None
        row = self.rows.setdefault((table, row_id), {})
        clock = (hlc, device_id)
        for name, value in json.loads(fields).items():
            held = row.get(name)
            if held is None or held[0] < clock:
                row[name] = (clock, value)

    def live(self, table: str) -> list[dict[str, Any]]:
        found = []
        for (name, row_id), values in self.rows.items():
            if name != table:
                continue
            row = {key: value for key, (_, value) in values.items()}
            if row.get("deleted_at") is None:
                found.append({"id": row_id, **row})
        return found


@dataclass(frozen=True)
class MemberRecords:
    """One organization's own row (None until a laptop synced it) and its live partnerships."""

    organization: dict[str, Any] | None
    partnerships: list[dict[str, Any]]

    @property
    def listed_in_directory(self) -> bool:
        return bool(self.organization and self.organization.get("directory_listed"))


class MemberRecordsCache:
    """The folds of one HQ database's organizations, shared by the console's requests."""

    def __init__(self, db: HqDatabase) -> None:
        self.db = db
        self._folds: dict[str, _Fold] = {}
        self._lock = threading.Lock()

    def records(self, organization_ids: Iterable[str] | None = None) -> dict[str, MemberRecords]:
        wanted = None if organization_ids is None else set(organization_ids)
        with self.db.read() as connection:
            epoch = current_epoch(connection)
            positions = dict(
                connection.execute(select(FeedCounter.organization_id, FeedCounter.last_seq)).all()
            )
            row_ids = dict(
                connection.execute(select(HqOrganization.id, HqOrganization.org_row_id)).all()
            )
            if wanted is not None:
                positions = {key: value for key, value in positions.items() if key in wanted}
            with self._lock:
                for org_id, last_seq in positions.items():
                    fold = self._folds.get(org_id)
                    if fold is None or fold.epoch != epoch or fold.seq > last_seq:
                        fold = self._folds[org_id] = _Fold(epoch)
                    if fold.seq < last_seq:
                        for change in connection.execute(
                            select(
                                FeedChange.seq,
                                FeedChange.table_name,
                                FeedChange.row_id,
                                FeedChange.hlc,
                                FeedChange.device_id,
                                FeedChange.fields,
                            )
                            .where(
                                FeedChange.organization_id == org_id,
                                FeedChange.seq > fold.seq,
                                FeedChange.seq <= last_seq,
                                FeedChange.table_name.in_(TABLES),
                            )
                            .order_by(FeedChange.seq)
                        ):
                            fold.apply(*change[1:])
                        fold.seq = last_seq
                    fold.org_row_id = row_ids.get(org_id)
                return {org_id: self._records(self._folds[org_id]) for org_id in positions}

    @staticmethod
    def _records(fold: _Fold) -> MemberRecords:
        if fold.made is not None and fold.made_for == fold.org_row_id:
            return fold.made
        organizations = fold.live("organizations")
        own = next((row for row in organizations if row["id"] == fold.org_row_id), None)
        if own is None and len(organizations) == 1:
            own = organizations[0]
        fold.made = MemberRecords(own, fold.live("partnerships"))
        fold.made_for = fold.org_row_id
        return fold.made
