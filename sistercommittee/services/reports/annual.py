"""The annual report HQ asks its members for: the year's figures and the chosen highlights."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistercommittee.domain import (
    Event,
    Exchange,
)
from sistercommittee.domain.enums import (
    ExchangeProgram,
)
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.services import rows
from sistercommittee.services.reports.annual_figures import (
    _event_figures,
    _event_rows,
    _exchange_figures,
    _partnership_figures,
    _volunteer_figures,
)
from sistercommittee.services.reports.annual_hq import (
    dollar_totals,
    hosting_figures,
    outcome_figures,
    partner_cities,
)
from sistercommittee.services.reports.annual_money import _money_figures
from sistercommittee.services.reports.annual_results import (
    AnnualReport,
    AssistanceFigures,
    EventHighlight,
)
from sistercommittee.services.reports.common import SCHEMA_VERSION, _day_bounds, _org_ref
from sistercommittee.storage.database import Database


def _highlight_events(
    session: Session, event_ids: Sequence[str], year: int
) -> tuple[EventHighlight, ...]:
    found: list[EventHighlight] = []
    for event_id in dict.fromkeys(event_ids):
        event = rows.live(session, Event, event_id, "event")
        local = event.starts_at.astimezone(ZoneInfo(event.time_zone))
        if local.year != year:
            raise ValidationError.single(
                "highlight_event",
                msg(
                    "The event “{title}” took place in {year}, not in {year2}.",
                    title=event.title, year=local.year, year2=year,
                )          )
        found.append(
            EventHighlight(event.id, event.title, local.date(), event.attendance, event.outcome)
        )
    return tuple(found)


def annual_report(
    db: Database,
    year: int,
    *,
    highlights: Sequence[str] = (),
    highlight_event_ids: Sequence[str] = (),
) -> AnnualReport:
    """The year's figures for HQ, with the highlights the user chose (texts and events)."""
    if not 1900 <= year <= 2200:
        raise ValidationError.single("year", msg("Give a year such as 2026."))
    texts = tuple(text.strip() for text in highlights if text and text.strip())
    for text in texts:
        if len(text) > 2000:
            raise ValidationError.single("highlight", msg(
                "A highlight may be at most 2,000 letters.",
            ))
    with db.read() as session:
        org = _org_ref(session)
        zone = ZoneInfo(org.time_zone)
        start_utc, end_utc = _day_bounds(date(year, 1, 1), date(year, 12, 31), org.time_zone)
        event_rows = _event_rows(session, start_utc, end_utc)
        exchanges, _exchange_ids = _exchange_figures(session, year)
        money, assistance = _money_figures(session, start_utc, end_utc, year)
        aid_exchanges = list(
            session.execute(
                select(Exchange.id).where(
                    Exchange.deleted_at.is_(None),
                    Exchange.program == ExchangeProgram.HUMANITARIAN,
                    Exchange.starts_on >= date(year, 1, 1),
                    Exchange.starts_on <= date(year, 12, 31),
                )
            ).scalars()
        )
        partnership_figures, statuses = _partnership_figures(session, year, end_utc)
        outcomes = outcome_figures(session, year, start_utc, end_utc)
        aid_people = sum(
            r.participants for r in exchanges.rows if r.program == ExchangeProgram.HUMANITARIAN
        )
        return AnnualReport(
            schema_version=SCHEMA_VERSION,
            year=year,
            organization=org,
            generated_at=datetime.now(UTC).replace(microsecond=0),
            partnerships=partnership_figures,
            volunteers=_volunteer_figures(session, year, start_utc, end_utc),
            events=_event_figures(event_rows, zone),
            exchanges=exchanges,
            money=money,
            assistance=AssistanceFigures(
                humanitarian_exchanges=len(aid_exchanges),
                humanitarian_participants=aid_people,
                **assistance,
            ),
            highlights=texts,
            highlight_events=_highlight_events(session, highlight_event_ids, year),
            hosting=hosting_figures(session, year),
            outcomes=outcomes,
            partner_cities=partner_cities(session, statuses, end_utc, year),
            dollars=dollar_totals(session, year, money, outcomes.investment),
        )
