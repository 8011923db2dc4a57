"""Routes for joining from a snapshot, healing after a restore, and the check after each sync.

GET  /v1/checkpoint   HQ's epoch (and earlier ones), the feed's end, this laptop's checkpoint
GET  /v1/snapshot     the organization's rows at a feed position, as JSON lines (404: none)
POST /v1/check        live rows per table at a position, compared with the laptop's
"""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import Body, FastAPI
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from sistercommittee.hq import epoch
from sistercommittee.hq.caller import HqError
from sistercommittee.hq.database import HqDatabase
from sistercommittee.hq.routes import Reader, _problems
from sistercommittee.hq.snapshot import SnapshotStore, synced_tables
from sistercommittee.messages import msg

log = logging.getLogger(__name__)


class EpochOut(BaseModel):
    epoch: str
    reason: str = Field(description="created, restored or renewed")
    position: int | None = Field(
        description="Where this organization's feed stood when the epoch began after a restore."
    )


class CheckpointOut(BaseModel):
    epoch: str = Field(description="HQ's database identity; changes when it is restored.")
    epochs: list[EpochOut]
    high_water: int
    device_last_hlc: str | None = Field(description="The latest of this laptop's changes HQ holds.")
    device_last_seq: int | None
    snapshot_position: int | None = Field(description="Where the organization's snapshot stands.")


class CheckIn(BaseModel):
    position: int = Field(ge=0, le=2**62, description="The feed position the laptop is at.")
    counts: dict[str, int] = Field(description="Live rows per table on the laptop.")
    seen: dict[str, str] = Field(
        default_factory=dict,
        description="Per laptop, the latest HLC of its changes the laptop holds (its own too).",
    )


class CheckOut(BaseModel):
    compared: bool = Field(description="False when HQ could not count at that position now.")
    position: int
    counts: dict[str, int]
    mismatches: dict[str, list[int]] = Field(description="table: [laptop, HQ] where they differ.")


def add_healing_routes(app: FastAPI, db: HqDatabase, snapshots: SnapshotStore) -> None:
    @app.get(
        "/v1/checkpoint", response_model=CheckpointOut, responses=_problems(401), tags=["sync"]
    )
    def checkpoint(who: Reader) -> Any:
        answer = epoch.checkpoint(db, who.organization_id, who.client_device_id)
        answer["snapshot_position"] = snapshots.position(who.organization_id)
        return answer

    @app.get(
        "/v1/snapshot",
        response_class=StreamingResponse,
        responses={
            200: {
                "content": {"application/x-ndjson": {}},
                "description": "A header line, then the rows per table, conflicts, an end line.",
            },
            **_problems(401, 404),
        },
        tags=["sync"],
    )
    def snapshot(who: Reader) -> StreamingResponse:
        if snapshots.ready(who.organization_id) is None:
            raise HqError(
                404, msg("HQ has no snapshot of the organization yet; fetch the changes.")
            )
        return StreamingResponse(
            snapshots.stream(who.organization_id), media_type="application/x-ndjson"
        )

    @app.post("/v1/check", response_model=CheckOut, responses=_problems(401), tags=["sync"])
    def check(who: Reader, body: Annotated[CheckIn, Body()]) -> Any:
        known = set(synced_tables())
        tables = sorted(name for name in body.counts if name in known)
        found = snapshots.counts_at(who.organization_id, body.position, tables)
        if found is None or any(
            hlc > found[1].get(device, "") for device, hlc in body.seen.items()
        ):
            # Not now, or the laptop holds changes HQ does not (not yet sent again).
            return CheckOut(compared=False, position=body.position, counts={}, mismatches={})
        counts = found[0]
        mismatches = {
            name: [body.counts[name], counts[name]]
            for name in tables
            if body.counts[name] != counts[name]
        }
        if mismatches:
            log.warning(
                "check: laptop %s of %s differs from HQ at position %d in %s",
                who.client_device_id,
                who.organization_name,
                body.position,
                ", ".join(f"{name} ({a} here, {b} on HQ)" for name, (a, b) in mismatches.items()),
            )
        return CheckOut(compared=True, position=body.position, counts=counts, mismatches=mismatches)
