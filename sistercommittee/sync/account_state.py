"""The account's role and the organization's membership standing, as HQ says them in every sync
answer (checkpoint, push, pull), kept in ``sync_account``.

The app's role guard (ui/role_guard.py) reads the role kept here, so a coordinator's demotion or
promotion reaches the laptop at its next sync, with no sign-in. An HQ older than this says
nothing, and what was kept at sign-in stays.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from sistercommittee.domain import SyncAccount
from sistercommittee.domain.base import utcnow
from sistercommittee.storage.database import Database

log = logging.getLogger(__name__)

STANDINGS = ("good", "lapsed", "none")  # dues paid, dues run out, no dues recorded at HQ


def membership_of(account: dict[str, Any] | None) -> tuple[str | None, date | None]:
    """(standing, dues paid through) from an answer's ``account``; None for what it lacks."""
    membership = account.get("membership") if account else None
    if not isinstance(membership, dict):
        return None, None
    standing = membership.get("standing")
    paid = membership.get("dues_paid_through")
    try:
        paid_through = date.fromisoformat(paid) if isinstance(paid, str) else None
    except ValueError:
        paid_through = None
    return (standing if standing in STANDINGS else None), paid_through


def remember(db: Database, account: dict[str, Any] | None) -> None:
    """Keep what HQ said of the account, in one short write when it differs from what is kept."""
    if account is None:
        return
    role = str(account["role"])
    standing, paid_through = membership_of(account)
    with db.read() as session:
        kept = session.get(SyncAccount, 1)
        if kept is None or (kept.role, kept.membership, kept.dues_paid_through) == (
            role,
            standing,
            paid_through,
        ):
            return
    with db.write() as session:
        kept = session.get(SyncAccount, 1)
        if kept is None:
            return
        if kept.role != role:
            log.info("HQ says this account is now %s (it was %s)", role, kept.role)
        kept.role = role
        kept.membership = standing
        kept.dues_paid_through = paid_through
        kept.role_learned_at = utcnow()
