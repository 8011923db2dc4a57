"""Reports the organization sent to HQ: the agenda knows which yearly report is still due."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from sistercommittee.domain.base import Base, Synced
from sistercommittee.domain.types import UTCDateTime


class ReportSent(Synced, Base):
    """One report file HQ accepted (migration 0009); synced, so every laptop knows it was sent."""

    __tablename__ = "reports_sent"

    year: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(40))  # "annual_report", "event_summary"
    file_name: Mapped[str] = mapped_column(String(255))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime())
