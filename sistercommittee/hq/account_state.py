"""What a laptop learns of its own account in every sync answer: the caller's role and the
organization's membership standing.

A coordinator may change a member's role at any time and HQ's staff record the dues; a laptop
learned both only at sign-in (and on the Members page), so a demoted volunteer's laptop kept
offering edits HQ then refused. The checkpoint, push and pull answers carry ``account``, so the
laptop's idea of what it may do is never older than its last sync.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import select

from sistercommittee.hq.caller import Caller
from sistercommittee.hq.console.members import standing
from sistercommittee.hq.database import HqDatabase
from sistercommittee.hq.models import MemberProfile


class MembershipOut(BaseModel):
    standing: str = Field(description="good (dues paid), lapsed, or none (no dues recorded).")
    dues_paid_through: str | None = Field(description="The date the dues are paid through.")


class AccountOut(BaseModel):
    role: str = Field(description="The caller's role now: coordinator, volunteer or read_only.")
    membership: MembershipOut


def account_state(db: HqDatabase, caller: Caller) -> dict[str, Any]:
    """The caller's role (as its token was checked just now) and its organization's standing."""
    with db.read() as connection:
        paid = connection.scalar(
            select(MemberProfile.dues_paid_through).where(
                MemberProfile.organization_id == caller.organization_id
            )
        )
    return {
        "role": caller.role,
        "membership": {
            "standing": standing(paid, datetime.now(UTC).date()),
            "dues_paid_through": paid.isoformat() if paid is not None else None,
        },
    }


def with_account(body: bytes, account: dict[str, Any]) -> bytes:
    """A JSON object's body (as HQ puts a pull's together) with ``account`` added at its end."""
    assert body.endswith(b"}")
    return body[:-1] + b',"account":' + json.dumps(account).encode() + b"}"
