"""The economic-development outcomes of an event or an exchange as lines of its detail view
(label, value), the same for both (services/outcomes.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from sistercommittee.ui import formatting

if TYPE_CHECKING:
    from sistercommittee.services.outcomes import OutcomeSummary


def _tr(text: str) -> str:
    return QCoreApplication.translate("Outcomes", text)


def outcome_lines(outcomes: OutcomeSummary | None) -> list[tuple[str, str]]:
    if outcomes is None or not outcomes.recorded:
        return []
    lines: list[tuple[str, str]] = []
    if outcomes.trade_mission:
        lines.append((_tr("Trade mission"), _tr("yes")))
    if outcomes.agreements_signed:
        lines.append((_tr("Agreements signed"), formatting.fmt_number(outcomes.agreements_signed)))
    if outcomes.investment_minor and outcomes.investment_currency:
        lines.append(
            (
                _tr("Investment"),
                formatting.fmt_money(outcomes.investment_minor, outcomes.investment_currency),
            )
        )
    if outcomes.jobs_created:
        lines.append((_tr("Jobs created"), formatting.fmt_number(outcomes.jobs_created)))
    return lines
