"""Exchange rates to US dollars, entered by the committee per year, for the annual report's
dollar total (HQ adds up its members' reports in dollars).

A rate says how many US dollars one unit of a currency was worth in a year (for PLN in 2025,
about 0.25). The report of a year uses that year's rate, or else the latest earlier year's, and
prints the year it used; a currency without any rate is named and left out of the total.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistercommittee.domain import ExchangeRate
from sistercommittee.domain.base import utcnow
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.services import fields as f
from sistercommittee.services import organizations, rows
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.forms import (
    Field,
    FormSpec,
    apply,
    current_values,
    form_values,
    plain,
    short_text,
    validate,
)
from sistercommittee.storage.database import Database


def _year(raw: Any, label: str) -> int:
    return f.integer(raw, label, minimum=1900, maximum=2200)


def _foreign_currency(raw: Any, label: str) -> str:
    value = f.currency(raw, label)
    if value == "USD":
        raise f.FieldProblem(msg(
            "{label}: amounts in US dollars need no rate; give another currency.",
            label=label,
        ))
    return value


def _rate(raw: Any, label: str) -> Decimal:
    value = f.decimal_amount(raw, label)
    if value <= 0:
        raise f.FieldProblem(msg(
            "{label} must be more than zero, such as 0.25 for one zloty.",
            label=label,
        ))
    if value.adjusted() < -9 or len(value.normalize().as_tuple().digits) > 12:
        raise f.FieldProblem(msg("{label}: give at most 12 digits, such as 0.2541.", label=label))
    # Plain digits, never an exponent: 250 stays "250" (normalize() alone gives "2.5E+2").
    return Decimal(format(value.normalize(), "f"))


RATE_FORM = FormSpec(
    noun="exchange rate",
    fields=(
        Field("year", "Year", plain(_year), required=True, help="the year the rate is for"),
        Field("currency", "Currency", plain(_foreign_currency), required=True),
        Field(
            "usd_per_unit",
            "US dollars for one unit",
            plain(_rate),
            required=True,
            help="e.g. 0.25 for the Polish złoty, 0.0067 for the Japanese yen",
        ),
        Field(
            "source",
            "Source",
            short_text(200),
            help="where the rate was read, e.g. IRS yearly average",
        ),
    ),
)


@dataclass(frozen=True)
class RateInfo:
    id: str
    year: int
    currency: str
    usd_per_unit: Decimal
    source: str | None


@dataclass(frozen=True)
class UsedRate:
    """The rate a report used for a currency: of its own year or of an earlier one."""

    currency: str
    usd_per_unit: Decimal
    year: int  # the year the rate was entered for
    source: str | None


def _info(rate: ExchangeRate) -> RateInfo:
    return RateInfo(rate.id, rate.year, rate.currency, Decimal(rate.usd_per_unit), rate.source)


def set_rate(db: Database, values: Mapping[str, Any]) -> Changes:
    """Enter the rate of a currency for a year; a rate already entered for them is replaced."""
    with db.write() as session:
        parsed = validate(RATE_FORM, values, organizations.defaults(session))
        rate = session.scalar(
            select(ExchangeRate).where(
                ExchangeRate.year == parsed["year"],
                ExchangeRate.currency == parsed["currency"],
                ExchangeRate.deleted_at.is_(None),
            )
        )
        if rate is None:
            rate = ExchangeRate(year=parsed["year"], currency=parsed["currency"])
            session.add(rate)
        rate.usd_per_unit = format(parsed["usd_per_unit"], "f")
        rate.source = parsed.get("source")
        session.flush()
        return Changes.of(Entity.ORGANIZATION, ids=(rate.id,))


def edit_rate(db: Database, rate_id: str, values: Mapping[str, Any]) -> Changes:
    """Change a rate entered; another rate of the same year and currency is refused."""
    with db.write() as session:
        rate = rows.live(session, ExchangeRate, rate_id, "exchange rate")
        parsed = validate(
            RATE_FORM, values, organizations.defaults(session), current=current_values(rate)
        )
        year = parsed.get("year", rate.year)
        currency = parsed.get("currency", rate.currency)
        clash = session.scalar(
            select(ExchangeRate.id).where(
                ExchangeRate.year == year,
                ExchangeRate.currency == currency,
                ExchangeRate.deleted_at.is_(None),
                ExchangeRate.id != rate.id,
            )
        )
        if clash is not None:
            raise ValidationError.single(
                "currency", msg(
                    "A rate of {currency} for {year} is already entered: change that one.",
                    currency=currency, year=year,
                )
            )
        if "usd_per_unit" in parsed:
            parsed["usd_per_unit"] = format(parsed["usd_per_unit"], "f")
        apply(rate, parsed)
        return Changes.of(Entity.ORGANIZATION, ids=(rate.id,))


def rate_form_values(db: Database, rate_id: str) -> dict[str, Any]:
    """The rate's values in the terms of RATE_FORM, as an edit starts from."""
    with db.read() as session:
        return form_values(RATE_FORM, session, rows.live(session, ExchangeRate, rate_id, "rate"))


def delete_rate(db: Database, rate_id: str) -> Changes:
    with db.write() as session:
        rate = rows.live(session, ExchangeRate, rate_id, "exchange rate")
        rate.deleted_at = utcnow()
        return Changes.of(Entity.ORGANIZATION, ids=(rate.id,))


def list_rates(db: Database) -> tuple[RateInfo, ...]:
    """Every rate entered, the latest year first."""
    with db.read() as session:
        found = session.scalars(
            select(ExchangeRate)
            .where(ExchangeRate.deleted_at.is_(None))
            .order_by(ExchangeRate.year.desc(), ExchangeRate.currency)
        )
        return tuple(_info(rate) for rate in found)


def rates_for_year(
    session: Session, year: int, currencies: Iterable[str]
) -> tuple[dict[str, UsedRate], tuple[str, ...]]:
    """For each currency (other than USD): the rate of ``year`` or of the latest earlier year,
    and the currencies that have none (sorted)."""
    wanted = sorted({c.upper() for c in currencies} - {"USD"})
    used: dict[str, UsedRate] = {}
    if wanted:
        for rate in session.scalars(
            select(ExchangeRate)
            .where(
                ExchangeRate.deleted_at.is_(None),
                ExchangeRate.currency.in_(wanted),
                ExchangeRate.year <= year,
            )
            .order_by(ExchangeRate.currency, ExchangeRate.year.desc())
        ):
            if rate.currency not in used:
                used[rate.currency] = UsedRate(
                    rate.currency, Decimal(rate.usd_per_unit), rate.year, rate.source
                )
    missing = tuple(c for c in wanted if c not in used)
    return used, missing
