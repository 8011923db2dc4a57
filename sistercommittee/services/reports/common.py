"""What the reports share: sums of money per currency, the organization and partner cities they
name, the organization's days."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from sistercommittee.domain.enums import (
    BudgetDirection,
)
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.services import organizations

SCHEMA_VERSION = "2"
MAX_RANGE_DAYS = 3700  # about ten years: a summary longer than that is a typing mistake


# --- shared results -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Money:
    """Sums in one currency, in minor units (cents)."""

    currency: str
    income_minor: int = 0
    expense_minor: int = 0
    in_kind_income_minor: int = 0  # goods and services received, valued
    in_kind_expense_minor: int = 0  # goods and services given, valued

    @property
    def net_minor(self) -> int:
        return self.income_minor - self.expense_minor


@dataclass(frozen=True)
class PartnerRef:
    id: str
    city_name: str
    city_name_local: str | None
    country: str


@dataclass(frozen=True)
class OrganizationRef:
    name: str
    city: str
    country: str
    time_zone: str
    currency: str
    sci_member_number: str | None
    language: str  # BCP 47: with the country, the date and time forms the documents use


def _org_ref(session: Session) -> OrganizationRef:
    org = organizations.current(session)
    return OrganizationRef(
        org.name,
        org.city,
        org.country,
        org.time_zone,
        org.currency,
        org.sci_member_number,
        org.language or "en",
    )


def _day_bounds(first: date, last: date, zone: str) -> tuple[datetime, datetime]:
    tz = ZoneInfo(zone)
    start = datetime.combine(first, time(0), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    return start, end


def check_range(date_from: date, date_to: date) -> None:
    if date_to < date_from:
        raise ValidationError.single("to", msg("The last day is before the first day."))
    if (date_to - date_from).days > MAX_RANGE_DAYS:
        raise ValidationError.single("to", msg("Choose a range of at most ten years."))


def _add_money(
    sums: dict[str, dict[str, int]],
    currency: str,
    direction: BudgetDirection,
    in_kind: bool,
    amount: int,
) -> None:
    slot = sums.setdefault(currency.upper(), defaultdict(int))
    key = ("in_kind_" if in_kind else "") + (
        "income_minor" if direction == BudgetDirection.INCOME else "expense_minor"
    )
    slot[key] += amount


def _money(sums: dict[str, dict[str, int]]) -> tuple[Money, ...]:
    return tuple(Money(currency, **dict(values)) for currency, values in sorted(sums.items()))


def _chunks(ids: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]
