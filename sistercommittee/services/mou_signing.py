"""The MOU reaches its partnership: the first signed MOU gives the partnership its signing date,
and a partnership still exploring or proposed is offered to become active once it has one.

The rule, applied by every MOU write (add, edit, delete, restore; the CLI and the app both go
through them):

- The partnership's first signed MOU is its live MOU with the earliest signing date.
- A partnership without a signing date takes that MOU's date.
- A signing date that was the first MOU's date follows it: when that MOU's date changes, when
  it is deleted (the next signed MOU's date, or none) or when an earlier one is added. A date
  that differs from the first MOU's was set by hand, and is left as it is.
- An active or dormant partnership needs its signing date, so the last signed MOU going away
  never clears it.
- Exploring or proposed with a signed MOU: the write's Changes carry an Offer to make the
  partnership active, dated the day it was signed. The user decides (change_status does it).

Sync: the derived date is an ordinary change of the partnership's row, made in the same
transaction as the MOU's and sent with it, so every laptop ends with the same value (two
laptops changing MOUs of one partnership at once converge like any two edits of one field;
the rule applies again at the next MOU change). Incoming changes are not re-derived on arrival,
which would turn every received MOU into a new local edit.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sistercommittee.domain import Mou, Partnership
from sistercommittee.domain.enums import PartnershipStatus
from sistercommittee.messages import ISO, Day, msg
from sistercommittee.services.changes import Offer, OfferKind
from sistercommittee.services.partnerships.common import status_word

_NEEDS_DATE = (PartnershipStatus.ACTIVE, PartnershipStatus.DORMANT)
_BEFORE_ACTIVE = (PartnershipStatus.EXPLORING, PartnershipStatus.PROPOSED)


def first_signing(session: Session, partnership_id: str) -> date | None:
    """The signing date of the partnership's first signed live MOU."""
    session.flush()
    return session.scalar(
        select(func.min(Mou.signed_on)).where(
            Mou.partnership_id == partnership_id,
            Mou.deleted_at.is_(None),
            Mou.signed_on.is_not(None),
        )
    )


def follow(session: Session, partnership: Partnership, before: date | None) -> tuple[Offer, ...]:
    """Apply the rule to ``partnership`` after a MOU write; ``before`` is first_signing from
    before the write. Returns the offer to make it active, if there is one."""
    after = first_signing(session, partnership.id)
    if partnership.signed_on is None or partnership.signed_on == before:
        if after is not None:
            partnership.signed_on = after
        elif partnership.status not in _NEEDS_DATE:
            partnership.signed_on = None
    if after is None or partnership.status not in _BEFORE_ACTIVE:
        return ()
    return (
        Offer(
            OfferKind.ACTIVATE_PARTNERSHIP,
            partnership.id,
            msg(
                "The MOU with {city} is signed, but the partnership is still {status}. "
                "Make it active from {day}?",
                city=partnership.city_name,
                status=status_word(partnership.status),
                day=Day(after, ISO),
            ),
            on=partnership.signed_on or after,
        ),
    )
