"""Sample events: their days and kinds, titles, shifts and who staffed them, virtual meetings at
hours both cities are awake, budgets, and the hours volunteers gave."""

from __future__ import annotations

from datetime import date, datetime

from sistercommittee.domain import (
    BudgetLine,
    Event,
    EventPartnership,
    HoursEntry,
    Shift,
)
from sistercommittee.sample import pools
from sistercommittee.sample.constants import (
    AS_OF,
    DAYS,
    EVENTS_FROM,
    EVENTS_PER_SCALE,
    EVENTS_UNTIL,
    KIND_WEIGHTS,
    MINUTES,
    SHAPES,
    YOUTH_SHARE,
)
from sistercommittee.sample.helpers import (
    SamplePartner,
    language_name,
    precision,
    themes_of,
    typed_in,
    wall_clock_utc,
    zone_of,
)


class EventRows:
    """Events, shifts, budgets and event hours, for the sample generator (mixed into it)."""

    def _event_days(self, count: int) -> list[tuple[date, str]]:
        rng = self.rng
        span = (EVENTS_UNTIL - EVENTS_FROM).days
        days: list[tuple[date, str]] = []
        kinds = rng.choices(
            [kind for kind, _ in KIND_WEIGHTS], [weight for _, weight in KIND_WEIGHTS], k=count
        )
        for kind in kinds:
            day = EVENTS_FROM + DAYS[self._between(0, span)]
            if day.year == 2021 and self.rand() < 0.3:  # fewer events in the pandemic year
                day = EVENTS_FROM + DAYS[self._between(365, span)]
            if day.year == 2021 and kind in ("festival", "reception", "performance") and (
                self.rand() < 0.6
            ):
                kind = "virtual_exchange"
            weekday = self._one_of(SHAPES[kind].weekdays)
            day += DAYS[(weekday - day.weekday()) % 7]
            days.append((day, kind))
        days.sort(key=lambda item: item[0])
        return days

    def _partner_on(self, day: date, *, engaged: bool = False) -> SamplePartner | None:
        candidates = self.partners_by_year.get(day.year) or []
        if not candidates:
            return None
        rng = self.rng
        for _ in range(6):
            partner = candidates[int(rng.random() * len(candidates))]
            if partner.active_on(day) or (engaged and partner.engaged_on(day)):
                return partner
        return None

    def _events(self) -> None:
        count = max(20, round(EVENTS_PER_SCALE * self.scale))
        days = self._event_days(count)
        step = max(1, count // 20)
        for number, (day, kind) in enumerate(days):
            self._event(day, kind)
            if number % step == 0:
                self.progress("Events", 0.1 + 0.6 * number / count)

    def _event(self, day: date, kind: str) -> None:
        rng = self.rng
        shape = SHAPES[kind]
        engaged = kind in ("meeting", "virtual_exchange")
        title, shown_title, partner = self._event_title(kind, day, engaged)
        words = self.words
        zone = self.home_zone
        venue = self._one_of(self.venues[kind])
        description = None
        shortest, longest = shape.minutes
        minutes = shortest + 15 * self._between(0, (longest - shortest) // 15)
        abroad = (
            partner is not None and kind in ("ceremony", "reception") and self.rand() < 0.1
        )
        if kind == "virtual_exchange" and partner is not None:
            start_minute = self._virtual_start(day, partner)
            starts_at = wall_clock_utc(day, start_minute, zone)
            there = starts_at.astimezone(zone_of(partner.base.time_zone))
            here = starts_at.astimezone(zone_of(zone))
            times = {
                "partner": partner.name,
                "here": words.time(here),
                "home": self.home,
                "there": words.time(there),
            }
            if there.date() > here.date():
                description = words.format(
                    "Online with {partner}: {here} in {home}, {there} the next day in {partner}.",
                    **times,
                )
            elif there.date() < here.date():
                description = words.format(
                    "Online with {partner}: {here} in {home}, {there} the day before in "
                    "{partner}.",
                    **times,
                )
            else:
                description = words.format(
                    "Online with {partner}: {here} in {home}, {there} in {partner}.", **times
                )
            venue = "Online (Zoom)"
        else:
            if abroad and partner is not None:
                zone = partner.base.time_zone
                venue = rng.choice(partner.base.sights)
                description = words.format(
                    "Held in {partner} during the committee's visit.", partner=partner.name
                )
            elif kind == "virtual_exchange":
                venue = "Online (Zoom)"
            hour = self._one_of(shape.hours or (18,))
            start_minute = hour * 60 + self._one_of((0, 0, 30))
            starts_at = wall_clock_utc(day, start_minute, zone)
            if description is None and partner is not None and self.rand() < 0.5:
                description = words.format(
                    "Organized by the {committee}.",
                    committee=self.committee_names[partner.committee],
                )
        ends_at = starts_at + MINUTES[minutes]
        past = ends_at.date() < AS_OF
        low, high = shape.attendance
        attendance = self._between(low, high) if past and self.rand() < 0.9 else None
        event_id = self.add(
            Event,
            {
                "title": shown_title,
                "description": description,
                "kind": kind,
                "starts_at": starts_at,
                "ends_at": ends_at,
                "time_zone": zone,
                "venue": words.text(venue),
                "attendance": attendance,
                # Derived: the random draws (and so the rest of the sample) stay as they were.
                "youth_attendance": (
                    attendance * YOUTH_SHARE[kind] // 100
                    if attendance is not None and kind in YOUTH_SHARE
                    else None
                ),
                "outcome": (
                    words.text(self._one_of(pools.OUTCOMES[kind]))
                    if past and self.rand() < 0.7
                    else None
                ),
                "created_at": typed_in(day - DAYS[self._between(14, 90)], 15, 20),
            },
        )
        linked = [partner] if partner is not None else []
        if kind == "festival" and partner is None:
            extra = self.partners_by_year.get(day.year) or []
            linked = [p for p in rng.sample(extra, min(len(extra), rng.randint(3, 6)))
                      if p.active_on(day)]
        for linked_partner in linked:
            self.add(
                EventPartnership,
                {
                    "event_id": event_id,
                    "partnership_id": linked_partner.id,
                    "created_at": typed_in(day - DAYS[10], 15, 21),
                },
            )
        self._shifts(event_id, kind, shown_title, day, starts_at, ends_at, past)
        if kind == "meeting":
            self._meeting_hours(
                event_id, title, shown_title, partner, day, starts_at, ends_at, past
            )
        self._budget(event_id, kind, partner, day, past)

    def _virtual_start(self, day: date, partner: SamplePartner) -> int:
        """A time that is daytime on both sides, in minutes after midnight here."""
        rng = self.rng
        hours = [7, 8, 9, 10, 11, 12, 16, 17, 18, 19, 20]
        rng.shuffle(hours)
        there_zone = zone_of(partner.base.time_zone)
        for hour in hours:
            there = wall_clock_utc(day, hour * 60, self.home_zone).astimezone(there_zone)
            if 8 <= there.hour <= 20:
                return hour * 60
        return 8 * 60

    def _event_title(
        self, kind: str, day: date, engaged: bool
    ) -> tuple[str, str, SamplePartner | None]:
        """(the title in English, as the record writes it, the partner) of an event."""
        partner = self._partner_on(day, engaged=engaged)
        words = self.words
        if partner is not None:
            themes = themes_of(partner.base, kind)
            if themes and self.rand() < 0.6:
                title = self._one_of(themes)
                shown = words.text(title)
                if partner.name != partner.base.city_name:
                    title = f"{title} ({partner.name})"
                    shown = f"{shown} ({partner.name})"
                return title, shown, partner
        choices = pools.GENERIC_TITLES[kind]
        template, needs_partner = self._one_of(choices)
        if needs_partner and partner is None:
            template, needs_partner = next(
                (choice for choice in choices if not choice[1]), ("{kind}", False)
            )
        if not needs_partner:
            partner = None
        language = language_name(partner.base.language) if partner else ""
        params = {"partner": partner.name if partner else "", "year": day.year}
        title = template.format(**params, language=language, kind=pools.KIND_NAMES[kind])
        if template == "{kind}":
            return title, words.text(pools.KIND_NAMES[kind]), partner
        shown = words.format(template, **params, language=words.text(language))
        return title, shown, partner

    def _pick(self, day: date, start: float, end: float, tries: int = 6) -> int | None:
        """A volunteer who is a member on ``day`` and free from ``start`` on (UTC seconds)."""
        pool, volunteers, busy, rand = self.staff_pool, self.volunteers, self.busy, self.rand
        for _ in range(tries):
            index = pool[int(rand() * len(pool))]
            if busy[index] <= start and volunteers[index].available(day):
                busy[index] = end
                return index
        return None

    def _shifts(
        self,
        event_id: str,
        kind: str,
        title: str,
        day: date,
        starts_at: datetime,
        ends_at: datetime,
        past: bool,
    ) -> None:
        rand = self.rand
        low, high = SHAPES[kind].shifts
        count = self._between(low, high)
        if not count:
            return
        roles = pools.SHIFT_ROLES[kind]
        first = int(rand() * len(roles))
        duration = int((ends_at - starts_at).total_seconds()) // 60
        blocks = max(1, duration // 180)
        length = duration // blocks
        created = typed_in(day - DAYS[self._between(3, 30)], 16, 0)
        fill = 0.93 if past else 0.6
        base = starts_at.timestamp() / 60  # minutes
        words = self.words
        for number in range(count):
            role = roles[(first + number) % len(roles)]
            if role == "Setup":
                offset, minutes = -60, 90
            elif role == "Cleanup":
                offset, minutes = duration - 30, 90
            else:
                offset, minutes = (number % blocks) * length, length
            start = starts_at + MINUTES[offset]
            end = start + MINUTES[minutes]
            index = (
                self._pick(day, (base + offset) * 60, (base + offset + minutes) * 60)
                if rand() < fill
                else None
            )
            volunteer_id = self.volunteers[index].id if index is not None else None
            self.add(
                Shift,
                {
                    "event_id": event_id,
                    "role": words.text(role),
                    "starts_at": start,
                    "ends_at": end,
                    "volunteer_id": volunteer_id,
                    "created_at": created,
                },
            )
            if past and volunteer_id is not None:
                # Events start after 9:00 and end before midnight: the shift is on the event's day.
                self._hours(
                    volunteer_id,
                    day,
                    minutes,
                    "event",
                    event_id=event_id,
                    activity=(
                        f"{role}, {title}"
                        if words.english
                        else words.format("{role}, {title}", role=words.text(role), title=title)
                    )[:200],
                )

    def _meeting_hours(
        self,
        event_id: str,
        title: str,
        shown_title: str,
        partner: SamplePartner | None,
        day: date,
        starts_at: datetime,
        ends_at: datetime,
        past: bool,
    ) -> None:
        if not past:
            return
        rng = self.rng
        if partner is not None:
            members = self.committee_members.get(partner.committee, [])
        elif title.startswith("Board"):
            members = self.board
        else:
            name = next((c for c in pools.FUNCTIONAL_COMMITTEES if title.startswith(c[:12])), "")
            members = self.committee_members.get(name, self.board)
        start, end = starts_at.timestamp(), ends_at.timestamp()
        wanted = rng.randint(4, 9)
        attendees: list[int] = []
        for index in rng.sample(members, min(len(members), wanted * 2)):
            if len(attendees) >= wanted:
                break
            if self.busy[index] <= start and self.volunteers[index].available(day):
                self.busy[index] = end
                attendees.append(index)
        while len(attendees) < min(3, wanted):
            index = self._pick(day, start, end)
            if index is None:
                break
            attendees.append(index)
        minutes = int((ends_at - starts_at).total_seconds() // 60)
        for index in attendees:
            self._hours(
                self.volunteers[index].id, day, minutes, "meeting", event_id=event_id,
                activity=shown_title,
            )

    def _budget(self, event_id: str, kind: str, partner: SamplePartner | None, day: date,
                past: bool) -> None:
        rng = self.rng
        options = list(pools.BUDGET_LINES[kind])
        lines = rng.sample(options, rng.randint(1, len(options))) if options else []
        if (
            partner is not None
            and partner.base.key == "poltava"
            and day >= date(2022, 3, 1)
            and kind in ("fundraiser", "other", "festival", "performance")
        ):
            lines += rng.sample(pools.HUMANITARIAN_LINES, rng.randint(1, 3))
        if not lines:
            return
        unit = 10 ** precision(self.currency)
        created = typed_in(day - DAYS[self._between(7, 45)], 16, 30)
        for direction, category, description, in_kind, low, high in lines:
            planned = self._between(low // 10, high // 10) * 10 * unit
            actual = round(planned * (0.7 + 0.6 * self.rand())) if past else None
            self.add(
                BudgetLine,
                {
                    "event_id": event_id,
                    "direction": direction,
                    "category": category,
                    "description": self.words.format(
                        description, partner=partner.name if partner else ""
                    ),
                    "currency": self.currency,
                    "planned_minor": planned,
                    "actual_minor": actual,
                    "in_kind": in_kind,
                    "created_at": created,
                },
            )

    def _hours(
        self,
        volunteer_id: str,
        worked_on: date,
        minutes: int,
        kind: str,
        *,
        event_id: str | None = None,
        activity: str | None = None,
        notes: str | None = None,
    ) -> None:
        self.add(
            HoursEntry,
            {
                "volunteer_id": volunteer_id,
                "event_id": event_id,
                "activity": activity,
                "worked_on": worked_on,
                "minutes": max(15, min(minutes, 24 * 60)),
                "kind": kind,
                "notes": notes,
                "created_at": typed_in(worked_on + DAYS[minutes % 7]),
            },
        )
        self.hours_written += 1
