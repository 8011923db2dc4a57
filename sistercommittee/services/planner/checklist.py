"""The checklist of an exchange: what must be done before the delegation leaves, each item with a
deadline worked back from the travel date, and its tick (synced, see domain/planner.py).

The items follow from the exchange's dates and people, so that a participant added later brings
their passport, visa and consent items with them:

- a passport valid six months past the return, checked two weeks before the visa application
  (two months before departure when no visa is needed);
- a visa, by the destination's lead time (visas.py), for every traveller who is not a national of
  the destination;
- travel insurance, a month before;
- a parental consent form for every minor, a month before;
- a background check of every host family, six weeks before;
- gifts three weeks and protocol two weeks before; the emergency sheet printed three days before;
- and the items the committee added itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistercommittee.domain import ChecklistCheck, Exchange
from sistercommittee.domain.base import utcnow
from sistercommittee.domain.enums import ExchangeDirection
from sistercommittee.domain.planner import planner_id
from sistercommittee.errors import NotFoundError, ValidationError
from sistercommittee.ids import new_id
from sistercommittee.messages import Country, Day, Message, msg
from sistercommittee.names import name_key
from sistercommittee.services import fields as f
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.planner.common import PlannedExchange, family_label, load
from sistercommittee.services.planner.visas import lead_time_in
from sistercommittee.storage.database import Database

PASSPORT_MONTHS = 6
PASSPORT_BEFORE_VISA = 14
PASSPORT_NO_VISA = 60
INSURANCE_DAYS = 30
CONSENT_DAYS = 30
BACKGROUND_DAYS = 45
GIFTS_DAYS = 21
PROTOCOL_DAYS = 14
SHEET_DAYS = 3
SOON_DAYS = 14  # an open item due within this many days is "due soon"
CUSTOM = "custom/"


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    kind: str  # passport, visa, insurance, consent, background, gifts, protocol, sheet, custom
    title: str
    due_on: date
    why: str  # how the deadline was worked out
    done_on: date | None = None
    done_by: str | None = None
    note: str | None = None
    participant_id: str | None = None
    host_family_id: str | None = None
    problem: str | None = None  # what the records already show is wrong

    def status(self, today: date) -> str:
        """done, overdue, soon (due within two weeks) or open."""
        if self.done_on is not None:
            return "done"
        if self.due_on < today:
            return "overdue"
        if self.due_on <= today + timedelta(days=SOON_DAYS):
            return "soon"
        return "open"


@dataclass(frozen=True)
class Checklist:
    exchange_id: str
    exchange_title: str
    starts_on: date
    ends_on: date
    items: tuple[ChecklistItem, ...]  # by deadline

    @property
    def done(self) -> int:
        return sum(1 for item in self.items if item.done_on is not None)


@dataclass(frozen=True)
class Deadline:
    """A dated item for an agenda: an open checklist item or a coming purge of minors' data."""

    on: date
    title: str
    exchange_id: str
    exchange_title: str
    kind: str
    key: str
    overdue: bool


def passport_valid_until(ends_on: date) -> date:
    """Six months past the return, on the same day of the month (or the month's last day)."""
    month = ends_on.month - 1 + PASSPORT_MONTHS
    year, month = ends_on.year + month // 12, month % 12 + 1
    for day in range(ends_on.day, 27, -1):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return date(year, month, min(ends_on.day, 28))


def _check_id(exchange_id: str, key: str) -> str:
    return planner_id("checklist_checks", exchange_id, key)


def _checks(session: Session, exchange_id: str) -> dict[str, ChecklistCheck]:
    return {
        row.item_key: row
        for row in session.scalars(
            select(ChecklistCheck).where(
                ChecklistCheck.exchange_id == exchange_id, ChecklistCheck.deleted_at.is_(None)
            )
        )
    }


def _before(day: date, days: int) -> date:
    return day - timedelta(days=days)


def _items(session: Session, plan: PlannedExchange) -> list[ChecklistItem]:
    start = plan.starts_on
    travellers = plan.travellers
    items: list[ChecklistItem] = []
    destination = plan.destination_country
    where = Country(destination)
    lead = lead_time_in(session, destination)
    from_country = (
        plan.home_country if plan.direction == ExchangeDirection.OUTBOUND else plan.partner_country
    )
    valid_until = passport_valid_until(plan.ends_on)
    until_text = Day(valid_until, "dMMMMy")
    for person in travellers:
        nationality = person.nationality or from_country
        needs_visa = lead.visa_required and nationality != destination
        visa_due = _before(start, lead.lead_days)
        if needs_visa:
            source = {
                "committee": msg("the committee's figure"),
                "default": msg("the default figure, to check"),
                "general": msg("the general default, to check"),
            }[lead.source]
            items.append(
                ChecklistItem(
                    key=f"visa/{person.id}",
                    kind="visa",
                    title=msg(
                        "Visa or travel authorisation for {name} ({country})",
                        name=person.name,
                        country=where,
                    ),
                    due_on=visa_due,
                    why=msg(
                        "{country}: apply {days} days before departure ({source})",
                        country=where,
                        days=lead.lead_days,
                        source=source,
                    ),
                    participant_id=person.id,
                )
            )
        problem = None
        if person.passport_expires_on is not None and person.passport_expires_on < valid_until:
            problem = msg(
                "The passport expires on {day}: renew it before applying.",
                day=Day(person.passport_expires_on, "dMMMMy"),
            )
        passport_due = (
            _before(visa_due, PASSPORT_BEFORE_VISA)
            if needs_visa
            else _before(start, PASSPORT_NO_VISA)
        )
        items.append(
            ChecklistItem(
                key=f"passport/{person.id}",
                kind="passport",
                title=msg(
                    "Passport of {name} valid until {day}", name=person.name, day=until_text
                ),
                due_on=passport_due,
                why=(
                    msg(
                        "six months past the return; checked two weeks before the visa "
                        "application"
                    )
                    if needs_visa
                    else msg("six months past the return; two months before departure")
                ),
                participant_id=person.id,
                problem=problem,
            )
        )
        if person.is_minor:
            items.append(
                ChecklistItem(
                    key=f"consent/{person.id}",
                    kind="consent",
                    title=msg("Parental consent form signed for {name}", name=person.name),
                    due_on=_before(start, CONSENT_DAYS),
                    why=msg("a minor travels: a month before departure"),
                    participant_id=person.id,
                )
            )
    if travellers:
        count = len(travellers)
        items.append(
            ChecklistItem(
                key="insurance",
                kind="insurance",
                title=msg("Travel insurance for the 1 traveller")
                if count == 1
                else msg("Travel insurance for the {count} travellers", count=count),
                due_on=_before(start, INSURANCE_DAYS),
                why=msg("a month before departure"),
            )
        )
    minors = any(p.is_minor for p in travellers)
    for host in plan.hosts:
        ours = plan.direction == ExchangeDirection.INBOUND
        family = family_label(host.name)
        title = (
            msg("Background check of {family}", family=family)
            if ours
            else msg(
                "The partner committee confirms the background check of {family}", family=family
            )
        )
        items.append(
            ChecklistItem(
                key=f"background/{host.id}",
                kind="background",
                title=title,
                due_on=_before(start, BACKGROUND_DAYS),
                why=msg("six weeks before arrival; minors stay with host families")
                if minors
                else msg("six weeks before arrival"),
                host_family_id=host.id,
            )
        )
    items.append(
        ChecklistItem(
            key="gifts",
            kind="gifts",
            title=msg("Gifts for the partner city's officials and the host families"),
            due_on=_before(start, GIFTS_DAYS),
            why=msg("three weeks before departure"),
        )
    )
    items.append(
        ChecklistItem(
            key="protocol",
            kind="protocol",
            title=msg("Protocol: official visits, order of speeches, flags and titles"),
            due_on=_before(start, PROTOCOL_DAYS),
            why=msg("two weeks before departure"),
        )
    )
    items.append(
        ChecklistItem(
            key="sheet",
            kind="sheet",
            title=msg("Emergency sheet printed for the chaperones"),
            due_on=_before(start, SHEET_DAYS),
            why=msg("three days before departure"),
        )
    )
    return items


def _with_checks(
    items: list[ChecklistItem], checks: dict[str, ChecklistCheck], collation: str
) -> list[ChecklistItem]:
    out: list[ChecklistItem] = []
    for item in items:
        check = checks.get(item.key)
        if check is not None:
            item = ChecklistItem(
                **{
                    **item.__dict__,
                    "done_on": check.done_on,
                    "done_by": check.done_by,
                    "note": check.note,
                }
            )
        out.append(item)
    for key, check in checks.items():
        if key.startswith(CUSTOM) and check.title and check.due_on:
            out.append(
                ChecklistItem(
                    key=key,
                    kind="custom",
                    title=check.title,
                    due_on=check.due_on,
                    why=msg("added by the committee"),
                    done_on=check.done_on,
                    done_by=check.done_by,
                    note=check.note,
                )
            )
    # By date; on the same day the app's items in the order they are made (host families as
    # listed, in the user's alphabetical order), then the committee's own by their title.
    built = len(items)

    def place(pair: tuple[int, ChecklistItem]) -> tuple[date, int, bytes]:
        index, item = pair
        if index < built:
            return (item.due_on, index, b"")
        return (item.due_on, built, name_key(collation, item.title))

    return [item for _, item in sorted(enumerate(out), key=place)]


def checklist_in(session: Session, exchange_id: str) -> Checklist:
    plan = load(session, exchange_id)
    items = _with_checks(_items(session, plan), _checks(session, plan.id), plan.collation)
    return Checklist(plan.id, plan.title, plan.starts_on, plan.ends_on, tuple(items))


def checklist(db: Database, exchange_id: str) -> Checklist:
    with db.read() as session:
        return checklist_in(session, exchange_id)


def _item(session: Session, exchange_id: str, key: str) -> ChecklistItem:
    found = next((i for i in checklist_in(session, exchange_id).items if i.key == key), None)
    if found is None:
        raise NotFoundError(
            msg(
                "This exchange's checklist has no item '{key}'. List the items with "
                "'sistercommittee exchange checklist ID'.",
                key=key,
            )
        )
    return found


def check_item(
    db: Database,
    exchange_id: str,
    key: str,
    *,
    done: bool = True,
    on: date | None = None,
    by: str | None = None,
    note: str | None = None,
) -> Changes:
    """Tick (or untick) one item; ``on`` defaults to today."""
    by_text = f.text(by, "Done by", max_length=200) if by else None
    note_text = f.text(note, "Note", max_length=2000, multiline=True) if note else None
    with db.write() as session:
        _item(session, exchange_id, key)
        row_id = _check_id(exchange_id, key)
        row = session.get(ChecklistCheck, row_id)
        if row is None:
            row = ChecklistCheck(id=row_id, exchange_id=exchange_id, item_key=key)
            session.add(row)
        row.deleted_at = None
        row.done_on = (on or date.today()) if done else None
        row.done_by = by_text if done else None
        if note_text is not None:
            row.note = note_text
        session.flush()
        return Changes.of(Entity.EXCHANGES, ids=(row.id, exchange_id))


def add_item(db: Database, exchange_id: str, title: str, due_on: date | str) -> Changes:
    """An item of the committee's own, such as "Book the bus to the airport"."""
    problems = f.first_problem(
        (
            ("title", lambda: f.text(title, "Title", max_length=200) or _required("Title")),
            ("due_on", lambda: f.calendar_date(due_on, "Due date")),
        )
    )
    if problems:
        raise ValidationError(problems)
    with db.write() as session:
        exchange = session.get(Exchange, exchange_id)
        if exchange is None or exchange.deleted_at is not None:
            raise NotFoundError(msg(
                "There is no exchange with id {exchange_id}.",
                exchange_id=exchange_id,
            ))
        key = CUSTOM + new_id()
        row = ChecklistCheck(
            id=_check_id(exchange_id, key),
            exchange_id=exchange_id,
            item_key=key,
            title=f.text(title, "Title", max_length=200),
            due_on=f.calendar_date(due_on, "Due date"),
        )
        session.add(row)
        session.flush()
        return Changes.of(Entity.EXCHANGES, ids=(key, exchange_id))


def _required(label: str) -> str:
    raise f.FieldProblem(msg("{label} is required.", label=label))


def remove_item(db: Database, exchange_id: str, key: str) -> Changes:
    if not key.startswith(CUSTOM):
        raise ValidationError.single(
            "key",
            msg(
                "Only the items the committee added can be removed; the others follow from the "
                "exchange's dates and people.",
            ),
        )
    with db.write() as session:
        row = session.get(ChecklistCheck, _check_id(exchange_id, key))
        if row is None or row.deleted_at is not None:
            raise NotFoundError(msg("This exchange's checklist has no item '{key}'.", key=key))
        row.deleted_at = utcnow()
        return Changes.of(Entity.EXCHANGES, ids=(key, exchange_id))


def deadlines(db: Database, until: date, *, today: date | None = None) -> list[Deadline]:
    """Every open checklist item due on or before ``until`` of the exchanges not yet begun
    (overdue ones too), and every purge of minors' data coming by then: dated items for an
    agenda, by date."""
    from sistercommittee.services.planner.privacy import purges_due_in

    day = today or date.today()
    found: list[Deadline] = []
    with db.read() as session:
        ids = session.scalars(
            select(Exchange.id).where(Exchange.deleted_at.is_(None), Exchange.starts_on >= day)
        ).all()
        for exchange_id in ids:
            sheet = checklist_in(session, exchange_id)
            for item in sheet.items:
                if item.done_on is None and item.due_on <= until:
                    found.append(
                        Deadline(
                            on=item.due_on,
                            title=item.title,
                            exchange_id=sheet.exchange_id,
                            exchange_title=sheet.exchange_title,
                            kind=item.kind,
                            key=item.key,
                            overdue=item.due_on < day,
                        )
                    )
        for purge in purges_due_in(session, until):
            found.append(
                Deadline(
                    on=purge.due_on,
                    title=purge_title(purge.minors, purge.exchange_title),
                    exchange_id=purge.exchange_id,
                    exchange_title=purge.exchange_title,
                    kind="purge",
                    key="purge",
                    overdue=purge.due_on < day,
                )
            )
    return sorted(found, key=lambda d: (d.on, d.exchange_title, d.title))


def purge_title(minors: int, exchange_title: str) -> Message:
    """ "Purge the personal data of 3 minors (Takayama 2027)": a purge as a dated item."""
    if minors == 1:
        return msg("Purge the personal data of 1 minor ({exchange})", exchange=exchange_title)
    return msg(
        "Purge the personal data of {count} minors ({exchange})",
        count=minors,
        exchange=exchange_title,
    )


def restore_item(db: Database, exchange_id: str, key: str) -> Changes:
    """The undo of remove_item: the same item back."""
    with db.write() as session:
        row = session.get(ChecklistCheck, _check_id(exchange_id, key))
        if row is None or not key.startswith(CUSTOM):
            raise NotFoundError(msg("This exchange's checklist has no item '{key}'.", key=key))
        row.deleted_at = None
        return Changes.of(Entity.EXCHANGES, ids=(key, exchange_id))
