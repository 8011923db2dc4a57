"""Changed by two people: the values that lost a merge, listed for review and restorable.

A conflict is one field of one record. Restoring applies the losing value again as a new local
change (so it syncs to every laptop like any edit); if the record was deleted meanwhile, it is
brought back. All the fields of one losing edit are restored together.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, or_, select, tuple_
from sqlalchemy.orm import Session

from sistercommittee.domain import SYNCED_MODELS, Conflict
from sistercommittee.domain.base import Synced, utcnow
from sistercommittee.errors import NotFoundError
from sistercommittee.messages import msg
from sistercommittee.services.changes import Changes
from sistercommittee.services.paging import Page, check_window
from sistercommittee.storage.capture import to_wire
from sistercommittee.storage.database import Database
from sistercommittee.sync.deleted_conflicts import DELETED
from sistercommittee.sync.derived import DERIVED
from sistercommittee.sync.wire import clock_device, clock_wall_ms, table_specs

MODEL_OF_TABLE: dict[str, type[Synced]] = {
    model.__tablename__: model  # type: ignore[attr-defined]
    for model in SYNCED_MODELS
}

_NOUNS = {
    "organizations": "organization",
    "partnerships": "partnership",
    "partnership_status_changes": "partnership status change",
    "partner_contacts": "partner contact",
    "mous": "MOU",
    "mou_signatories": "MOU signatory",
    "mou_texts": "MOU text",
    "mou_scans": "MOU scan",
    "volunteers": "volunteer",
    "volunteer_languages": "volunteer language",
    "volunteer_hours": "hours entry",
    "events": "event",
    "event_partnerships": "event partnership",
    "event_shifts": "shift",
    "event_budget_lines": "budget line",
    "exchanges": "exchange",
    "exchange_participants": "participant",
    "exchange_host_families": "host family",
    "exchange_stays": "stay",
    "exchange_itinerary": "itinerary item",
    "exchange_costs": "exchange cost",
    "participant_details": "participant's planning details",
    "host_family_details": "host family's planning details",
    "checklist_checks": "checklist item",
    "visa_lead_times": "visa lead time",
    "planner_settings": "privacy setting",
    "minor_data_purges": "purge record",
    "volunteer_hours_reviews": "hours review",
    "reports_sent": "report sent to HQ",
    "photos": "photo",
    "photo_people": "person in a photo",
    "stories": "story",
}
_LABEL_COLUMNS = ("name", "title", "city_name", "family_name", "file_name", "language", "role")


@dataclass(frozen=True)
class ConflictRow:
    id: int
    table_name: str
    record_kind: str  # "volunteer", "event", ...
    record_id: str
    record_label: str  # the volunteer's name, the event's title, ...
    record_deleted: bool
    field: str
    field_label: str
    losing_value: Any  # JSON form (dates as ISO text)
    current_value: Any
    reason: str  # "changed": edited apart on two laptops; "deleted": edited while deleted
    losing_device_id: str
    losing_changed_at: datetime  # when the losing edit was made (its laptop's clock)
    detected_at: datetime
    resolution: str | None  # None while open, "restored" or "dismissed"


@dataclass(frozen=True)
class ConflictQuery:
    include_resolved: bool = False
    table_name: str | None = None
    record_id: str | None = None
    offset: int = 0
    limit: int = 100


def _label(table_name: str, row: Any) -> str:
    if row is None:
        return ""
    if table_name == "volunteers":
        from sistercommittee.services.volunteers import display_name

        return display_name(row.given_name, row.family_name)
    for column in _LABEL_COLUMNS:
        value = getattr(row, column, None)
        if value:
            return str(value)
    return _NOUNS.get(table_name, table_name)


def _hidden_fields() -> set[tuple[str, str]]:
    """Derived columns: recomputed after every merge, so their losers mean nothing."""
    return {(table_name, name) for table_name, d in DERIVED.items() for name in d.outputs}


def _rows(session: Session, conflicts: list[Conflict]) -> list[ConflictRow]:
    records: dict[tuple[str, str], Any] = {}
    wanted: dict[str, set[str]] = {}
    for conflict in conflicts:
        wanted.setdefault(conflict.table_name, set()).add(conflict.row_id)
    for table_name, ids in wanted.items():
        model = MODEL_OF_TABLE.get(table_name)
        if model is None:
            continue
        for found in session.scalars(select(model).where(model.id.in_(ids))):
            records[(table_name, found.id)] = found
    rows = []
    for conflict in conflicts:
        record = records.get((conflict.table_name, conflict.row_id))
        current = to_wire(getattr(record, conflict.field, None)) if record is not None else None
        deleted = record is None or record.deleted_at is not None
        rows.append(
            ConflictRow(
                id=conflict.id,
                table_name=conflict.table_name,
                record_kind=_NOUNS.get(conflict.table_name, conflict.table_name),
                record_id=conflict.row_id,
                record_label=_label(conflict.table_name, record),
                record_deleted=deleted,
                field=conflict.field,
                field_label=conflict.field.replace("_", " "),
                losing_value=conflict.losing_value,
                current_value=current,
                reason=conflict.reason,
                losing_device_id=clock_device(conflict.losing_clock),
                losing_changed_at=datetime.fromtimestamp(
                    clock_wall_ms(conflict.losing_clock) / 1000, UTC
                ),
                detected_at=conflict.detected_at,
                resolution=conflict.resolution,
            )
        )
    return rows


def _worth_showing(row: ConflictRow) -> bool:
    spec = table_specs().get(row.table_name)
    if spec is None or row.field not in spec.fields:
        # A field (or table) of a newer version, kept aside: listed once an upgrade brings it.
        return False
    if row.resolution is not None:
        return True
    if row.reason == DELETED and row.record_deleted:
        return True  # the edit is invisible while the record stays deleted
    return bool(row.losing_value != row.current_value)


def list_conflicts(db: Database, query: ConflictQuery = ConflictQuery()) -> Page[ConflictRow]:
    """Losing values, newest first. Open ones only unless ``include_resolved``; a loser whose value
    is what the record holds anyway is not listed."""
    check_window(query.offset, query.limit)
    conditions: list[Any] = []
    if not query.include_resolved:
        conditions.append(Conflict.resolved_at.is_(None))
    if query.table_name:
        conditions.append(Conflict.table_name == query.table_name)
    if query.record_id:
        conditions.append(Conflict.row_id == query.record_id)
    hidden = _hidden_fields()
    if hidden:
        conditions.append(tuple_(Conflict.table_name, Conflict.field).not_in(list(hidden)))
    with db.read() as session:
        conflicts = list(
            session.scalars(
                select(Conflict)
                .where(and_(*conditions))
                .order_by(Conflict.losing_clock.desc(), Conflict.id.desc())
            )
        )
        rows = [row for row in _rows(session, conflicts) if _worth_showing(row)]
    page = rows[query.offset : query.offset + query.limit]
    return Page(tuple(page), len(rows), query.offset, query.limit)


def get_conflict(db: Database, conflict_id: int) -> ConflictRow:
    with db.read() as session:
        conflict = session.get(Conflict, conflict_id)
        if conflict is None:
            raise NotFoundError(msg("There is no conflict {conflict_id}.", conflict_id=conflict_id))
        return _rows(session, [conflict])[0]


def restore_conflict(db: Database, conflict_id: int) -> Changes:
    """Apply the losing edit again, as a new change made on this laptop now (all the fields it
    lost together). A dismissed conflict may still be restored; a restored one is left as it is."""
    from sistercommittee.sync.service import ENTITY_OF_TABLE

    with db.write() as session:
        conflict = session.get(Conflict, conflict_id)
        if conflict is None:
            raise NotFoundError(msg("There is no conflict {conflict_id}.", conflict_id=conflict_id))
        entity = ENTITY_OF_TABLE.get(conflict.table_name)
        if conflict.resolution == "restored":
            # Restored together with another field of the same edit (or twice): nothing to do.
            return Changes(frozenset(), (conflict.row_id,))
        model = MODEL_OF_TABLE.get(conflict.table_name)
        record = session.get(model, conflict.row_id) if model is not None else None
        if record is None:
            raise NotFoundError(msg("The record this change belongs to is not on this laptop."))
        spec = table_specs()[conflict.table_name]
        siblings = session.scalars(
            select(Conflict).where(
                Conflict.table_name == conflict.table_name,
                Conflict.row_id == conflict.row_id,
                Conflict.losing_clock == conflict.losing_clock,
                or_(Conflict.resolved_at.is_(None), Conflict.id == conflict.id),
            )
        ).all()
        now = utcnow()
        for item in siblings:
            convert = spec.from_wire.get(item.field)
            if convert is None:
                continue  # a field this version does not know stays open until it does
            setattr(record, item.field, convert(item.losing_value))
            item.resolved_at = now
            item.resolution = "restored"
        if record.deleted_at is not None:
            record.deleted_at = None
        derived = DERIVED.get(conflict.table_name)
        if derived is not None:
            values = {column.key: getattr(record, column.key) for column in model.__table__.columns}  # type: ignore[union-attr]
            for name, value in derived.compute(values).items():
                setattr(record, name, value)
        return Changes(frozenset({entity} if entity else ()), (conflict.row_id,))


def dismiss_conflict(db: Database, conflict_id: int) -> None:
    """Keep the winning value: the conflict leaves the list."""
    with db.write() as session:
        conflict = session.get(Conflict, conflict_id)
        if conflict is None:
            raise NotFoundError(msg("There is no conflict {conflict_id}.", conflict_id=conflict_id))
        if conflict.resolved_at is None:
            conflict.resolved_at = utcnow()
            conflict.resolution = "dismissed"
