"""The delegation planner's deadlines as agenda items: the open checklist items of the exchanges
not yet begun (passports, visas, insurance, consent forms …), and the purges of minors' data,
from their reminder on."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistercommittee.domain import Exchange
from sistercommittee.messages import ISO, Day, msg
from sistercommittee.services.agenda.items import AgendaItem, ItemKind, Window
from sistercommittee.services.changes import Entity


def delegation_deadlines(session: Session, window: Window) -> Iterator[AgendaItem]:
    from sistercommittee.services.planner.checklist import checklist_in, purge_title
    from sistercommittee.services.planner.privacy import purges_due_in

    exchanges = session.execute(
        select(Exchange.id, Exchange.partnership_id).where(
            Exchange.deleted_at.is_(None), Exchange.starts_on >= window.today
        )
    ).all()
    for exchange_id, partnership_id in exchanges:
        sheet = checklist_in(session, exchange_id)
        for item in sheet.items:
            if item.done_on is None and item.due_on <= window.horizon:
                yield AgendaItem(
                    ItemKind.DEADLINE,
                    item.due_on,
                    msg("{item} ({exchange})", item=item.title, exchange=sheet.exchange_title),
                    item.problem or item.why,
                    Entity.EXCHANGES,
                    exchange_id,
                    (partnership_id,),
                    search=sheet.exchange_title,
                )
    for purge in purges_due_in(session, window.horizon):
        partner: str | None = session.scalar(
            select(Exchange.partnership_id).where(Exchange.id == purge.exchange_id)
        )
        yield AgendaItem(
            ItemKind.DEADLINE,
            purge.due_on,
            purge_title(purge.minors, purge.exchange_title),
            msg(
                "Returned on {day}: passport numbers, medical notes and consent forms are "
                "removed on this day (sistercommittee exchange purge).",
                day=Day(purge.ends_on, ISO),
            ),
            Entity.EXCHANGES,
            purge.exchange_id,
            (partner,) if partner else (),
            notice_days=max((purge.due_on - purge.remind_on).days, 0),
            search=purge.exchange_title,
        )
