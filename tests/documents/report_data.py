"""A small year of committee life, inserted row by row, with known totals for the reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sistercommittee.domain import (
    BudgetLine,
    Event,
    EventPartnership,
    Exchange,
    ExchangeCost,
    HoursEntry,
    Participant,
    Partnership,
    Shift,
    StatusChange,
    Volunteer,
)
from sistercommittee.domain.enums import (
    BudgetCategory,
    BudgetDirection,
    EventKind,
    ExchangeDirection,
    ExchangeProgram,
    HoursKind,
    ParticipantRole,
    PartnershipKind,
    PartnershipStatus,
)
from sistercommittee.storage.database import Database

CHICAGO = ZoneInfo("America/Chicago")
TOKYO = ZoneInfo("Asia/Tokyo")
GONE = datetime(2025, 12, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Ids:
    takayama: str
    merida: str
    festival: str  # 10 May 2025, Springfield
    new_years_eve: str  # 31 Dec 2025 23:30 in Chicago = 1 Jan 2026 in UTC
    new_year: str  # 1 Jan 2026 00:30 in Chicago
    tokyo_call: str  # 3 Jun 2025 19:00 in Tokyo
    volunteer: str
    deleted_volunteer: str


def local(
    year: int, month: int, day: int, hour: int, minute: int = 0, zone: ZoneInfo = CHICAGO
) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=zone)


def build(db: Database) -> Ids:
    with db.write() as s:
        takayama = Partnership(
            city_name="Takayama",
            city_name_local="高山市",
            country="JP",
            language="ja",
            kind=PartnershipKind.SISTER_CITY,
            status=PartnershipStatus.ACTIVE,
            signed_on=date(2025, 3, 1),
            focus_areas=[],
        )
        merida = Partnership(
            city_name="Mérida",
            country="MX",
            language="es",
            kind=PartnershipKind.SISTER_CITY,
            status=PartnershipStatus.DORMANT,
            signed_on=date(2019, 4, 2),
            focus_areas=[],
        )
        tubingen = Partnership(
            city_name="Tübingen",
            country="DE",
            language="de",
            kind=PartnershipKind.FRIENDSHIP_CITY,
            status=PartnershipStatus.PROPOSED,
            focus_areas=[],
        )
        gone = Partnership(
            city_name="Gone",
            country="FR",
            language="fr",
            kind=PartnershipKind.SISTER_CITY,
            status=PartnershipStatus.ACTIVE,
            focus_areas=[],
            deleted_at=GONE,
        )
        s.add_all([takayama, merida, tubingen, gone])
        s.flush()
        s.add_all(
            [
                StatusChange(
                    partnership_id=takayama.id,
                    from_status=PartnershipStatus.EXPLORING,
                    to_status=PartnershipStatus.ACTIVE,
                    changed_on=date(2025, 3, 1),
                ),
                StatusChange(
                    partnership_id=merida.id,
                    from_status=None,
                    to_status=PartnershipStatus.ACTIVE,
                    changed_on=date(2019, 4, 2),
                ),
                StatusChange(
                    partnership_id=merida.id,
                    from_status=PartnershipStatus.ACTIVE,
                    to_status=PartnershipStatus.DORMANT,
                    changed_on=date(2025, 6, 1),
                ),
                StatusChange(
                    partnership_id=tubingen.id,
                    from_status=PartnershipStatus.EXPLORING,
                    to_status=PartnershipStatus.PROPOSED,
                    changed_on=date(2026, 2, 1),
                ),
            ]
        )
        volunteer = Volunteer(
            given_name="Ana",
            family_name="Reyes",
            sort_name="ana reyes",
            roles=[],
            skills=[],
            committees=[],
            created_at=datetime(2025, 2, 1, tzinfo=UTC),
        )
        deleted = Volunteer(
            given_name="Bo",
            family_name="Gone",
            sort_name="bo gone",
            roles=[],
            skills=[],
            committees=[],
            deleted_at=GONE,
            created_at=datetime(2024, 2, 1, tzinfo=UTC),
        )
        later = Volunteer(
            given_name="Cy",
            family_name="Later",
            sort_name="cy later",
            roles=[],
            skills=[],
            committees=[],
            created_at=datetime(2026, 3, 1, tzinfo=UTC),
        )
        old = Volunteer(
            given_name="Di",
            family_name="Old",
            sort_name="di old",
            roles=[],
            skills=[],
            committees=[],
            active=False,
            created_at=datetime(2020, 3, 1, tzinfo=UTC),
        )
        s.add_all([volunteer, deleted, later, old])
        s.flush()

        def event(title: str, start: datetime, end: datetime, **kw: object) -> Event:
            row = Event(
                title=title,
                kind=kw.pop("kind", EventKind.FESTIVAL),
                starts_at=start,
                ends_at=end,
                time_zone=str(start.tzinfo),
                **kw,
            )
            s.add(row)
            s.flush()
            return row

        festival = event(
            "Japan Festival <b>& Friends</b>",
            local(2025, 5, 10, 11),
            local(2025, 5, 10, 17),
            venue="Old State Capitol Plaza",
            attendance=1200,
            description="Taiko drums, tea ceremony and a kimono show.",
            outcome="=SUM(A1:A9) raised for the youth exchange",
        )
        eve = event(
            "New Year's Eve lanterns",
            local(2025, 12, 31, 23, 30),
            local(2026, 1, 1, 0, 30),
            kind=EventKind.CEREMONY,
        )
        new_year = event(
            "New Year's Day walk", local(2026, 1, 1, 0, 30), local(2026, 1, 1, 2), attendance=40
        )
        tokyo_call = event(
            "Video call with Takayama",
            local(2025, 6, 3, 19, zone=TOKYO),
            local(2025, 6, 3, 20, zone=TOKYO),
            kind=EventKind.VIRTUAL_EXCHANGE,
            attendance=30,
        )
        event(
            "Deleted event",
            local(2025, 8, 1, 10),
            local(2025, 8, 1, 11),
            attendance=999,
            deleted_at=GONE,
        )
        s.add(EventPartnership(event_id=festival.id, partnership_id=takayama.id))
        s.add(EventPartnership(event_id=festival.id, partnership_id=gone.id))
        s.add(EventPartnership(event_id=tokyo_call.id, partnership_id=takayama.id))
        s.add_all(
            [
                Shift(
                    event_id=festival.id,
                    role="Tea",
                    starts_at=local(2025, 5, 10, 11),
                    ends_at=local(2025, 5, 10, 13),
                    volunteer_id=volunteer.id,
                ),
                Shift(
                    event_id=festival.id,
                    role="Tickets",
                    starts_at=local(2025, 5, 10, 11),
                    ends_at=local(2025, 5, 10, 13),
                ),
                Shift(
                    event_id=festival.id,
                    role="Gone",
                    starts_at=local(2025, 5, 10, 11),
                    ends_at=local(2025, 5, 10, 13),
                    deleted_at=GONE,
                ),
            ]
        )

        def line(
            event_row: Event,
            direction: BudgetDirection,
            category: BudgetCategory,
            actual: int | None,
            currency: str = "USD",
            in_kind: bool = False,
            **kw: object,
        ) -> None:
            s.add(
                BudgetLine(
                    event_id=event_row.id,
                    direction=direction,
                    category=category,
                    currency=currency,
                    planned_minor=actual,
                    actual_minor=actual,
                    in_kind=in_kind,
                    **kw,
                )
            )

        line(festival, BudgetDirection.INCOME, BudgetCategory.TICKETS, 150_000)
        line(festival, BudgetDirection.INCOME, BudgetCategory.DONATIONS, 25_000)
        line(festival, BudgetDirection.EXPENSE, BudgetCategory.FOOD, 40_000)
        line(festival, BudgetDirection.INCOME, BudgetCategory.DONATIONS, 5_000, in_kind=True)
        line(festival, BudgetDirection.INCOME, BudgetCategory.SALES, None)  # planned only
        line(festival, BudgetDirection.INCOME, BudgetCategory.SALES, 77_777, deleted_at=GONE)
        line(tokyo_call, BudgetDirection.INCOME, BudgetCategory.GRANTS, 30_000, currency="JPY")
        line(new_year, BudgetDirection.INCOME, BudgetCategory.TICKETS, 1_000)  # 2026
        line(eve, BudgetDirection.EXPENSE, BudgetCategory.HUMANITARIAN_AID, 12_000)

        def hours(
            who: Volunteer, minutes: int, day: date, event_row: Event | None = None, **kw: object
        ) -> None:
            s.add(
                HoursEntry(
                    volunteer_id=who.id,
                    event_id=event_row.id if event_row else None,
                    minutes=minutes,
                    worked_on=day,
                    kind=kw.pop("kind", HoursKind.EVENT),
                    **kw,
                )
            )

        hours(volunteer, 120, date(2025, 5, 10), festival)
        hours(deleted, 60, date(2025, 5, 10), festival)
        hours(volunteer, 30, date(2025, 7, 1), kind=HoursKind.MEETING)
        hours(volunteer, 999, date(2025, 7, 2), kind=HoursKind.MEETING, deleted_at=GONE)
        hours(volunteer, 45, date(2024, 12, 31), kind=HoursKind.MEETING)

        def exchange(
            title: str,
            direction: ExchangeDirection,
            program: ExchangeProgram,
            start: date,
            partner: Partnership,
            people: list[tuple[bool, bool]],
            **kw: object,
        ) -> Exchange:
            row = Exchange(
                title=title,
                direction=direction,
                program=program,
                partnership_id=partner.id,
                starts_on=start,
                ends_on=start,
                **kw,
            )
            s.add(row)
            s.flush()
            for youth, removed in people:
                s.add(
                    Participant(
                        exchange_id=row.id,
                        name="Someone",
                        role=ParticipantRole.STUDENT,
                        is_youth=youth,
                        deleted_at=GONE if removed else None,
                    )
                )
            return row

        students = exchange(
            "Takayama students",
            ExchangeDirection.INBOUND,
            ExchangeProgram.YOUTH,
            date(2025, 7, 20),
            takayama,
            [(True, False), (True, False), (False, False), (True, True)],
        )
        culture = exchange(
            "Choir to Mérida",
            ExchangeDirection.OUTBOUND,
            ExchangeProgram.CULTURE,
            date(2025, 9, 1),
            merida,
            [(False, False), (False, False)],
        )
        aid = exchange(
            "Relief supplies",
            ExchangeDirection.OUTBOUND,
            ExchangeProgram.HUMANITARIAN,
            date(2025, 10, 1),
            merida,
            [(False, False)],
        )
        exchange(
            "Old trip",
            ExchangeDirection.OUTBOUND,
            ExchangeProgram.CULTURE,
            date(2024, 9, 1),
            merida,
            [(False, False)],
        )
        exchange(
            "Deleted trip",
            ExchangeDirection.OUTBOUND,
            ExchangeProgram.CULTURE,
            date(2025, 9, 1),
            merida,
            [(False, False)],
            deleted_at=GONE,
        )
        s.add_all(
            [
                ExchangeCost(
                    exchange_id=culture.id,
                    category=BudgetCategory.TRAVEL,
                    currency="USD",
                    amount_minor=200_000,
                ),
                ExchangeCost(
                    exchange_id=aid.id,
                    category=BudgetCategory.HUMANITARIAN_AID,
                    currency="USD",
                    amount_minor=50_000,
                    in_kind=True,
                ),
                ExchangeCost(
                    exchange_id=students.id,
                    category=BudgetCategory.GIFTS,
                    currency="USD",
                    amount_minor=3_000,
                ),
                ExchangeCost(
                    exchange_id=students.id,
                    category=BudgetCategory.GIFTS,
                    currency="USD",
                    amount_minor=9,
                    deleted_at=GONE,
                ),
            ]
        )
        return Ids(
            takayama.id,
            merida.id,
            festival.id,
            eve.id,
            new_year.id,
            tokyo_call.id,
            volunteer.id,
            deleted.id,
        )
