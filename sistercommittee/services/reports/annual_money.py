"""The annual report's money: raised and spent per currency and category, in kind and aid."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sistercommittee.domain import (
    BudgetLine,
    Event,
    Exchange,
    ExchangeCost,
)
from sistercommittee.domain.enums import (
    BudgetCategory,
    BudgetDirection,
)
from sistercommittee.services.reports.annual_results import CategoryAmount, MoneyFigures
from sistercommittee.services.reports.common import _add_money, _money


def _category_amounts(sums: dict[tuple[str, str], int]) -> tuple[CategoryAmount, ...]:
    return tuple(
        CategoryAmount(currency, category, amount)
        for (currency, category), amount in sorted(
            sums.items(), key=lambda item: (item[0][0], -item[1], item[0][1])
        )
        if amount
    )


def _money_figures(
    session: Session, start_utc: datetime, end_utc: datetime, year: int
) -> tuple[MoneyFigures, dict[str, tuple[CategoryAmount, ...]]]:
    totals: dict[str, dict[str, int]] = {}
    raised: dict[tuple[str, str], int] = defaultdict(int)
    spent: dict[tuple[str, str], int] = defaultdict(int)
    kind_in: dict[tuple[str, str], int] = defaultdict(int)
    kind_out: dict[tuple[str, str], int] = defaultdict(int)
    aid_cash: dict[tuple[str, str], int] = defaultdict(int)
    aid_kind: dict[tuple[str, str], int] = defaultdict(int)

    def book(
        currency: str, category: BudgetCategory, direction: BudgetDirection, kind: bool, amount: int
    ) -> None:
        currency = currency.upper()
        _add_money(totals, currency, direction, kind, amount)
        key = (currency, category.value)
        if kind:
            (kind_in if direction == BudgetDirection.INCOME else kind_out)[key] += amount
        else:
            (raised if direction == BudgetDirection.INCOME else spent)[key] += amount
        if category == BudgetCategory.HUMANITARIAN_AID:
            (aid_kind if kind else aid_cash)[key] += amount

    for currency, category, direction, in_kind, amount in session.execute(
        select(
            BudgetLine.currency,
            BudgetLine.category,
            BudgetLine.direction,
            BudgetLine.in_kind,
            func.sum(BudgetLine.actual_minor),
        )
        .join(Event, Event.id == BudgetLine.event_id)
        .where(
            Event.deleted_at.is_(None),
            Event.starts_at >= start_utc,
            Event.starts_at < end_utc,
            BudgetLine.deleted_at.is_(None),
            BudgetLine.actual_minor.is_not(None),
        )
        .group_by(
            BudgetLine.currency, BudgetLine.category, BudgetLine.direction, BudgetLine.in_kind
        )
    ):
        book(currency, category, direction, bool(in_kind), int(amount or 0))
    for currency, category, in_kind, amount in session.execute(
        select(
            ExchangeCost.currency,
            ExchangeCost.category,
            ExchangeCost.in_kind,
            func.sum(ExchangeCost.amount_minor),
        )
        .join(Exchange, Exchange.id == ExchangeCost.exchange_id)
        .where(
            Exchange.deleted_at.is_(None),
            Exchange.starts_on >= date(year, 1, 1),
            Exchange.starts_on <= date(year, 12, 31),
            ExchangeCost.deleted_at.is_(None),
        )
        .group_by(ExchangeCost.currency, ExchangeCost.category, ExchangeCost.in_kind)
    ):
        book(currency, category, BudgetDirection.EXPENSE, bool(in_kind), int(amount or 0))
    money = MoneyFigures(
        totals=_money(totals),
        raised_by_category=_category_amounts(raised),
        spent_by_category=_category_amounts(spent),
    )
    assistance = {
        "in_kind_received": _category_amounts(kind_in),
        "in_kind_given": _category_amounts(kind_out),
        "humanitarian_cash": _category_amounts(aid_cash),
        "humanitarian_in_kind": _category_amounts(aid_kind),
    }
    return money, assistance
