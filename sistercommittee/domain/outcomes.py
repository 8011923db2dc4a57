"""Economic-development outcomes of an event or an exchange, which HQ counts in the annual report:
whether it was a trade mission, the agreements signed, the investment announced and the jobs
created. Events and exchanges carry the same columns (this mixin), so the forms, the import and
the report treat them alike."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column


class Outcomes:
    trade_mission: Mapped[bool] = mapped_column(default=False)
    agreements_signed: Mapped[int | None] = mapped_column(Integer)
    investment_minor: Mapped[int | None] = mapped_column(Integer)  # in investment_currency
    investment_currency: Mapped[str | None] = mapped_column(String(3))
    jobs_created: Mapped[int | None] = mapped_column(Integer)
