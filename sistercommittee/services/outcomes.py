"""The economic-development outcomes of an event or an exchange, declared once.

``OUTCOME_FIELDS`` are part of both the event form and the exchange form (and so of their
command-line options, dialogs, imports and the round-trip test); ``to_columns`` turns the parsed
investment into the stored minor units.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sistercommittee.services import fields as f
from sistercommittee.services.forms import Field, FormContext, major_amount, plain

MAX_COUNT = 1_000_000


def _count(raw: Any, label: str) -> int:
    return f.integer(raw, label, minimum=0, maximum=MAX_COUNT)


def _investment(raw: Any, label: str, ctx: FormContext) -> int:
    currency = str(ctx.values.get("investment_currency") or ctx.org.currency)
    return f.money_minor(raw, label, currency)


OUTCOME_FIELDS: tuple[Field, ...] = (
    Field(
        "trade_mission",
        "Trade mission",
        plain(f.boolean),
        default=lambda ctx: False,
        help="yes when it was a trade or business mission",
    ),
    Field(
        "agreements_signed",
        "Agreements signed",
        plain(_count),
        help="business, university or municipal agreements signed, as a number",
    ),
    # Before the amount, which is read in this currency.
    Field(
        "investment_currency",
        "Investment currency",
        plain(f.currency),
        help="the currency of the investment; the organization's if left out",
    ),
    Field(
        "investment",
        "Investment",
        _investment,
        help="investment announced or made, in major units, e.g. 250000",
        show=lambda session, row: major_amount(
            row.investment_minor, row.investment_currency or "USD"
        ),
    ),
    Field(
        "jobs_created",
        "Jobs created",
        plain(_count),
        help="jobs created as a result, as a number",
    ),
)

@dataclass(frozen=True)
class OutcomeSummary:
    """An event's or an exchange's outcomes as recorded, for its detail view."""

    trade_mission: bool
    agreements_signed: int | None
    investment_minor: int | None
    investment_currency: str | None
    jobs_created: int | None

    @property
    def recorded(self) -> bool:
        return bool(
            self.trade_mission
            or self.agreements_signed
            or self.investment_minor
            or self.jobs_created
        )


def outcome_summary(row: Any) -> OutcomeSummary:
    """The outcomes of an Event or Exchange row."""
    return OutcomeSummary(
        bool(row.trade_mission),
        row.agreements_signed,
        row.investment_minor,
        row.investment_currency,
        row.jobs_created,
    )


def to_columns(
    parsed: dict[str, Any], org_currency: str, current_currency: str | None = None
) -> dict[str, Any]:
    """The parsed values with the investment in its column (minor units), and its currency set
    when an amount is given without one (the amount was read in the organization's)."""
    if "investment" in parsed:
        parsed["investment_minor"] = parsed.pop("investment")
    amount = parsed.get("investment_minor")
    if amount is not None and not parsed.get("investment_currency", current_currency):
        parsed["investment_currency"] = org_currency
    return parsed
