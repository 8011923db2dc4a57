"""Exchange rates the committee enters per year, so that the annual report can give HQ one
total in US dollars; the report prints each rate with the year it was entered for."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from sistercommittee.domain.base import Base, Synced


class ExchangeRate(Synced, Base):
    __tablename__ = "exchange_rates"

    year: Mapped[int] = mapped_column(Integer, index=True)
    currency: Mapped[str] = mapped_column(String(3))  # ISO 4217, never USD
    usd_per_unit: Mapped[str] = mapped_column(String(32))  # decimal text: dollars for one unit
    source: Mapped[str | None] = mapped_column(String(200))  # where the rate was read
