"""Days worth marking in a partnership: the anniversaries of its signing (5, 10, 25, 50 years …),
the partner city's own dates and its country's national day; and today where the organization
is. Read by the partnership's health (health.py) and the agenda (agenda/)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sistercommittee.domain import Mou, Partnership
from sistercommittee.messages import Message, msg
from sistercommittee.services import organizations
from sistercommittee.services.national_days import NATIONAL_DAYS
from sistercommittee.services.partnerships.forms import parse_marked_date

MARKED_YEARS = (1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 60, 70, 75, 80, 90, 100)
RENEWAL_YEARS = (10, 25, 50, 75, 100)
ANNIVERSARY_NOTICE_DAYS = 365  # surfaced a year ahead: time to plan a visit, a ceremony


@dataclass(frozen=True)
class Anniversary:
    partnership_id: str
    city_name: str
    on: date
    what: Message  # "25 years since the signing with Takayama"
    years: int | None  # of a signing anniversary; None for a national day
    renewal: bool  # a renewal certificate can be printed for it


def org_today(session: Session) -> date:
    """Today where the organization is."""
    return datetime.now(ZoneInfo(organizations.defaults(session).time_zone)).date()


def founding_date(session: Session, partnership: Partnership) -> date | None:
    """The signing day: the partnership's own date, else its first signed MOU's."""
    if partnership.signed_on is not None:
        return partnership.signed_on
    signed: date | None = session.scalar(
        select(func.min(Mou.signed_on)).where(
            Mou.partnership_id == partnership.id,
            Mou.deleted_at.is_(None),
            Mou.signed_on.is_not(None),
        )
    )
    return signed


def _on_day(year: int, month: int, day: int) -> date:
    """The day in ``year``; a 29 February becomes the 28th in other years."""
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, month, day - 1)


def anniversaries_of(
    session: Session, partnership: Partnership, start: date, end: date
) -> list[Anniversary]:
    """The partnership's marked signing anniversaries and its country's national day between
    ``start`` and ``end`` (both included)."""
    found: list[Anniversary] = []
    since = founding_date(session, partnership)
    name = partnership.city_name
    for year in range(start.year, end.year + 1):
        if since is not None:
            on = _on_day(year, since.month, since.day)
            years = year - since.year
            if start <= on <= end and years in MARKED_YEARS:
                found.append(
                    Anniversary(
                        partnership.id,
                        name,
                        on,
                        msg("1 year since the signing with {city}", city=name)
                        if years == 1
                        else msg(
                            "{years} years since the signing with {city}", years=years, city=name
                        ),
                        years,
                        years in RENEWAL_YEARS,
                    )
                )
        for text in partnership.marked_dates or ():
            parsed = parse_marked_date(text)
            if parsed is None:
                continue  # written by a newer or older version: not a day this one reads
            since_year, month, day, what = parsed
            on = _on_day(year, month, day)
            if not start <= on <= end:
                continue
            count = year - since_year if since_year is not None else None
            if count is not None and count not in MARKED_YEARS and count % 25:
                continue  # a founding day is marked on its round anniversaries
            label = (
                msg("{what} ({city})", what=what, city=name)
                if count is None
                else msg("{what}, {years} years ({city})", what=what, years=count, city=name)
            )
            found.append(Anniversary(partnership.id, name, on, label, None, False))
        national = NATIONAL_DAYS.get(partnership.country)
        if national is not None:
            on = _on_day(year, national[0], national[1])
            if start <= on <= end:
                found.append(
                    Anniversary(
                        partnership.id,
                        name,
                        on,
                        msg("{day}: greet {city}", day=national[2], city=name),
                        None,
                        False,
                    )
                )
    return sorted(found, key=lambda item: item.on)
