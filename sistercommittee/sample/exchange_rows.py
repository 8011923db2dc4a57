"""Sample exchanges: delegations both ways, participants, host families and stays, itineraries,
costs, outcomes, and the one still to come."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sistercommittee.domain import (
    Exchange,
    ExchangeCost,
    HostFamily,
    ItineraryItem,
    Participant,
    Stay,
)
from sistercommittee.sample import pools
from sistercommittee.sample.constants import (
    AS_OF,
    EVENTS_UNTIL,
    EXCHANGES_PER_SCALE,
    PROGRAM_WEIGHTS,
    USD_RATES,
)
from sistercommittee.sample.helpers import (
    SamplePartner,
    ascii_letters,
    precision,
    typed_in,
    wall_clock_utc,
    weighted,
)
from sistercommittee.sample.texts import marked
from sistercommittee.services.volunteers import display_name

# An exchange's description by its program: where the delegation comes from, for how many days.
_DESCRIPTIONS = {
    "youth": marked("Delegation from {place}, {days} days, youth program."),
    "education": marked("Delegation from {place}, {days} days, education program."),
    "culture": marked("Delegation from {place}, {days} days, culture program."),
    "business_trade": marked("Delegation from {place}, {days} days, business trade program."),
    "municipal": marked("Delegation from {place}, {days} days, municipal program."),
    "humanitarian": marked("Delegation from {place}, {days} days, humanitarian program."),
    "sports": marked("Delegation from {place}, {days} days, sports program."),
}


class ExchangeRows:
    """Exchanges and all they hold, for the sample generator (mixed into it)."""

    def _exchanges(self) -> None:
        rng = self.rng
        count = max(2, round(EXCHANGES_PER_SCALE * self.scale))
        span = (EVENTS_UNTIL - date(2022, 3, 1)).days
        starts = sorted(date(2022, 3, 1) + timedelta(days=rng.randint(0, span))
                        for _ in range(count))
        for number, start in enumerate(starts):
            partner = self._partner_on(start)
            if partner is None:
                continue
            self._exchange(partner, start)
            if number % max(1, count // 10) == 0:
                self.progress("Exchanges", 0.7 + 0.1 * number / count)

    def _people_of(self, culture: pools.Culture, count: int) -> list[tuple[str, str, str]]:
        """(name as written, Latin given, Latin family) for people from a culture."""
        rng = self.rng
        people = []
        for number in range(count):
            given, family = rng.choice(culture.given), rng.choice(culture.family)
            native = not culture.latin_script and number % 3 != 2
            shown = display_name(given[0], family[0]) if native else f"{given[1]} {family[1]}"
            if culture.latin_script:
                shown = f"{given[0]} {family[0]}"
            people.append((shown, given[1], family[1]))
        return people

    def _outcomes(self, program: str, days: int, past: bool) -> dict[str, Any]:
        if program != "business_trade" or not past:
            return {}
        from babel.numbers import get_currency_precision

        return {
            "trade_mission": True,
            "agreements_signed": days % 3 + 1,
            "investment_minor": days * 25_000 * 10 ** int(get_currency_precision(self.currency)),
            "investment_currency": self.currency,
            "jobs_created": days * 2,
        }

    def _exchange(self, partner: SamplePartner, starts_on: date) -> None:
        rng = self.rng
        base = partner.base
        program = weighted(rng, PROGRAM_WEIGHTS)
        if base.key == "poltava" and rng.random() < 0.5:
            program = "humanitarian"
        elif program == "humanitarian" and base.key != "poltava":
            program = "culture"
        direction = rng.choice(("inbound", "outbound"))
        if program == "humanitarian" and base.key == "poltava":
            direction = "outbound" if rng.random() < 0.3 else "inbound"
        days = rng.randint(6, 12)
        ends_on = starts_on + timedelta(days=days)
        past = ends_on < AS_OF
        words = self.words
        title = words.format(
            rng.choice(pools.EXCHANGE_TITLES[program]), partner=partner.name, year=starts_on.year
        )
        created = typed_in(starts_on - timedelta(days=rng.randint(60, 240)), 17, 0)
        travellers_from = partner.name if direction == "inbound" else self.home
        exchange_id = self.add(
            Exchange,
            {
                "title": title,
                "direction": direction,
                "program": program,
                "partnership_id": partner.id,
                "starts_on": starts_on,
                "ends_on": ends_on,
                "description": words.format(
                    _DESCRIPTIONS[program], place=travellers_from, days=days
                ),
                "notes": words.text("Visa letters sent.")
                if direction == "inbound" and rng.random() < 0.5
                else None,
                "created_at": created,
                # Derived from what was drawn above (no further draws): who pays, and what a
                # business delegation brought about once it was over.
                "travel_paid_by": "sending_committee" if program == "youth" else "participant",
                "stay_paid_by": "host_families",
                **self._outcomes(program, days, past),
            },
        )
        youth = program in ("youth", "sports")
        culture = pools.CULTURES[base.culture] if direction == "inbound" else pools.CULTURES["en"]
        travellers: list[tuple[str, bool]] = []  # (participant id, needs a bed with a family)

        def participant(row: dict[str, Any]) -> str:
            return self.add(
                Participant,
                {"exchange_id": exchange_id, "created_at": created, **row},
            )

        if youth:
            students = self._people_of(culture, rng.randint(6, 14))
            adults = rng.randint(2, 3)
            for name, _, _ in students:
                travellers.append(
                    (
                        participant(
                            {
                                "name": name,
                                "role": "student",
                                "is_youth": True,
                                "notes": words.format("Age {age}.", age=rng.randint(14, 17)),
                            }
                        ),
                        True,
                    )
                )
            adult_role = "chaperone"
        else:
            adults = rng.randint(3, 9)
            adult_role = "delegate"
        volunteer_travellers: list[int] = []
        if direction == "inbound":
            for name, given, family in self._people_of(culture, adults):
                travellers.append(
                    (
                        participant(
                            {
                                "name": name,
                                "role": adult_role,
                                "email": (
                                    f"{ascii_letters(given)}.{ascii_letters(family)}"
                                    f"@{partner.email_domain}"
                                ),
                                "phone": base.phone_format.format(rng.randint(0, 999)),
                            }
                        ),
                        rng.random() < 0.8,
                    )
                )
        else:
            for _ in range(adults):
                index = self._member(starts_on)
                if index is None or index in volunteer_travellers:
                    continue
                volunteer_travellers.append(index)
                travellers.append(
                    (
                        participant(
                            {"volunteer_id": self.volunteers[index].id, "role": adult_role}
                        ),
                        True,
                    )
                )
        interpreter = self._speaker_of(base.language, starts_on)
        if interpreter is not None and interpreter not in volunteer_travellers:
            participant({"volunteer_id": self.volunteers[interpreter].id, "role": "interpreter"})
            if direction == "outbound":
                volunteer_travellers.append(interpreter)

        self._stays(exchange_id, partner, direction, travellers, starts_on, ends_on, created,
                    past)
        self._itinerary(exchange_id, partner, direction, starts_on, days, created)
        self._exchange_costs(exchange_id, partner, direction, len(travellers), created)
        if past and direction == "outbound":
            for index in volunteer_travellers:
                self._hours(self.volunteers[index].id, starts_on, rng.randint(12, 24) * 60,
                            "travel",
                            activity=words.format("Travel to {partner}", partner=partner.name))

    def _coming_exchange(self) -> None:
        """A delegation booked for the turn of the year, so that the agenda has travel dates to
        show (drawn last, so that every record before it stays as it was)."""
        partner = next((p for p in self.partners if p.status == "active"), None)
        if partner is not None:
            self._exchange(partner, AS_OF + timedelta(days=43))

    def _member(self, day: date) -> int | None:
        """A volunteer who is a member on ``day`` (busy or not: for trips and hosting)."""
        pool, rng = self.staff_pool, self.rng
        for _ in range(20):
            index = pool[int(rng.random() * len(pool))]
            if self.volunteers[index].available(day):
                return index
        return None

    def _speaker_of(self, language: str, day: date) -> int | None:
        primary = language.split("-")[0]
        rng = self.rng
        for _ in range(40):
            index = self.staff_pool[int(rng.random() * len(self.staff_pool))]
            volunteer = self.volunteers[index]
            if volunteer.available(day) and any(
                tag.split("-")[0] == primary for tag in volunteer.languages
            ):
                return index
        return None

    def _stays(
        self,
        exchange_id: str,
        partner: SamplePartner,
        direction: str,
        travellers: list[tuple[str, bool]],
        starts_on: date,
        ends_on: date,
        created: datetime,
        past: bool,
    ) -> None:
        rng = self.rng
        base = partner.base
        family_id: str | None = None
        room = 0
        hosted = 0
        host_index: int | None = None
        for participant_id, with_family in travellers:
            if not with_family:
                continue
            if room == 0:
                if past and host_index is not None and direction == "inbound":
                    self._hosting_hours(host_index, partner, hosted, starts_on, ends_on)
                capacity = rng.choice((1, 2, 2, 3))
                room, hosted = capacity, 0
                if direction == "inbound":
                    host_index = self._member(starts_on)
                    family_id = self._home_family(exchange_id, host_index, capacity, created)
                else:
                    host_index = None
                    culture = pools.CULTURES[base.culture]
                    family = rng.choice(culture.family)
                    in_latin = not culture.latin_script and rng.random() < 0.3
                    # The family's name as its own language writes it ("高橋家", "Familia
                    # García"), or its surname alone in Latin letters: the app says "family"
                    # in the reader's language ("the Takahashi family", "la familia Takahashi").
                    family_id = self.add(
                        HostFamily,
                        {
                            "exchange_id": exchange_id,
                            "family_name": family[1]
                            if in_latin
                            else base.family_format.format(family[0]),
                            "address": partner.local,
                            "phone": base.phone_format.format(rng.randint(0, 999)),
                            "capacity": capacity,
                            "created_at": created,
                        },
                    )
            assert family_id is not None
            self.add(
                Stay,
                {
                    "exchange_id": exchange_id,
                    "participant_id": participant_id,
                    "host_family_id": family_id,
                    "from_date": starts_on,
                    "to_date": ends_on,
                    "created_at": created,
                },
            )
            room -= 1
            hosted += 1
        if past and host_index is not None and direction == "inbound":
            self._hosting_hours(host_index, partner, hosted, starts_on, ends_on)

    def _home_family(self, exchange_id: str, index: int | None, capacity: int,
                     created: datetime) -> str:
        rng = self.rng
        volunteer = self.volunteers[index] if index is not None else None
        family = volunteer.latin_family if volunteer else rng.choice(
            pools.CULTURES["en"].family)[0]
        address = None
        if self.is_springfield:
            address = (
                f"{rng.randint(100, 3999)} {rng.choice(pools.HOME_STREETS)}, Springfield, IL "
                f"{rng.choice(pools.HOME_ZIPS)}"
            )
        return self.add(
            HostFamily,
            {
                "exchange_id": exchange_id,
                "family_name": family,  # the surname: the app adds "family" in each language
                "volunteer_id": volunteer.id if volunteer else None,
                "address": address,
                "phone": volunteer.phone if volunteer else None,
                "email": volunteer.email if volunteer else None,
                "capacity": capacity,
                "notes": self.words.text("Has a dog.") if rng.random() < 0.15 else None,
                "created_at": created,
            },
        )

    def _hosting_hours(self, index: int, partner: SamplePartner, guests: int, starts_on: date,
                       ends_on: date) -> None:
        nights = (ends_on - starts_on).days
        self._hours(
            self.volunteers[index].id,
            ends_on,
            min(24 * 60, nights * 120),
            "hosting",
            activity=self.words.format("Hosted 1 guest from {partner}", partner=partner.name)
            if guests == 1
            else self.words.format(
                "Hosted {guests} guests from {partner}", guests=guests, partner=partner.name
            ),
        )

    def _itinerary(self, exchange_id: str, partner: SamplePartner, direction: str,
                   starts_on: date, days: int, created: datetime) -> None:
        rng = self.rng
        zone = self.home_zone if direction == "inbound" else partner.base.time_zone
        sights = self.sights if direction == "inbound" else partner.base.sights
        middle = pools.ITINERARY_ACTIVITIES[1:-1]
        words = self.words
        for offset in range(days + 1):
            day = starts_on + timedelta(days=offset)
            if offset == 0:
                items = [pools.ITINERARY_ACTIVITIES[0]]
            elif offset == days:
                items = [pools.ITINERARY_ACTIVITIES[-1]]
            else:
                items = rng.sample(middle, rng.randint(1, 2))
            minute = rng.choice((9, 10)) * 60
            for title in items:
                starts_at = wall_clock_utc(day, minute, zone)
                length = rng.choice((90, 120, 180))
                self.add(
                    ItineraryItem,
                    {
                        "exchange_id": exchange_id,
                        "starts_at": starts_at,
                        "ends_at": None if title == "Departure" else
                        starts_at + timedelta(minutes=length),
                        "time_zone": zone,
                        "title": words.text(title),
                        "place": words.text(
                            marked("Airport")
                            if title in ("Arrival and welcome", "Departure")
                            else rng.choice(sights)
                        ),
                        "created_at": created,
                    },
                )
                minute += length + rng.choice((60, 120, 180))

    def _exchange_costs(self, exchange_id: str, partner: SamplePartner, direction: str,
                        travellers: int, created: datetime) -> None:
        rng = self.rng
        lines = rng.sample(pools.EXCHANGE_COSTS, rng.randint(3, 6))
        for category, description, in_kind, low, high in lines:
            amount = rng.randint(low, high)
            if description == "Airfare":
                if direction == "inbound":
                    continue  # the partner city pays its delegation's flights
                amount *= max(1, travellers)
            currency = self.currency
            if direction == "outbound" and description != "Airfare" and rng.random() < 0.5:
                currency = partner.base.currency
            rate = USD_RATES.get(currency, 1.0) / USD_RATES.get(self.currency, 1.0)
            minor = round(amount * rate) * 10 ** precision(currency)
            self.add(
                ExchangeCost,
                {
                    "exchange_id": exchange_id,
                    "category": category,
                    "description": self.words.text(description),
                    "currency": currency,
                    "amount_minor": minor,
                    "in_kind": in_kind,
                    "created_at": created,
                },
            )
