"""Sample data for a sister city committee: the demo database, and the big ones for benchmarks.

Scale 1 is one realistic committee (15 partnerships, 150 volunteers, about 500 events from 2021 to
2026, 5,000 hours entries); scale 100 is a hundred times that, made from the same pools with
numbered variants. The same seed always gives the same names, dates and amounts; row ids are fresh
UUIDv7 keys so that two demo databases never share one.

Rows are written with Core INSERTs in one transaction, each with the outbox entry the change capture
would have written, so that a demo database syncs like one typed in by hand.
"""

from __future__ import annotations

import gc
import random
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, select, update

from sistercommittee.domain import (
    BudgetLine,
    Event,
    EventPartnership,
    Exchange,
    ExchangeCost,
    ExchangeRate,
    HostFamily,
    HoursEntry,
    HoursReview,
    ItineraryItem,
    Mou,
    MouSignatory,
    MouText,
    Organization,
    Participant,
    PartnerContact,
    Partnership,
    Shift,
    StatusChange,
    Stay,
    SyncState,
    Volunteer,
    VolunteerLanguage,
)
from sistercommittee.domain.enums import FocusArea
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.sample import pools
from sistercommittee.sample.self_logged import add_self_logged_hours
from sistercommittee.services.consent import CONSENT_VALID_DAYS
from sistercommittee.services.volunteers import display_name, sort_name
from sistercommittee.storage.bulk import BulkWriter
from sistercommittee.storage.clock import HybridClock, Timestamp

if TYPE_CHECKING:
    from sistercommittee.storage.database import Database

Progress = Callable[[str, float], None]

# US dollars for one unit, roughly the yearly averages of the 2020s (the sample keeps one rate per
# currency for every year).
SAMPLE_RATES = {
    "CNY": "0.14",
    "EGP": "0.032",
    "EUR": "1.08",
    "GBP": "1.26",
    "ILS": "0.27",
    "INR": "0.012",
    "JPY": "0.0068",
    "KRW": "0.00075",
    "MXN": "0.055",
    "PLN": "0.25",
    "THB": "0.028",
    "TRY": "0.035",
    "UAH": "0.026",
    "VND": "0.00004",
}

# Of an event's attendance, the share of people under 18 (percent), for the kinds that record it.
YOUTH_SHARE = {"festival": 20, "performance": 15, "workshop": 30, "virtual_exchange": 40}

# The day the sample data is "as of": events after it are still planned, without attendance or
# hours. Fixed, so that a seed always gives the same database.
AS_OF = date(2026, 11, 15)
EVENTS_FROM = date(2021, 1, 1)
EVENTS_UNTIL = date(2026, 12, 31)
# Ready-made offsets for the hot loops (a timedelta made per row costs more than the lookup).
DAYS = [timedelta(days=n) for n in range((AS_OF - date(2010, 1, 1)).days + 1)]
MINUTES = {n: timedelta(minutes=n) for n in range(-120, 24 * 60 + 1)}
# When the committee started keeping its records in the app: older history was typed in then.
RECORDS_FROM = date(2020, 9, 14)
JOINED_FROM = date(2012, 1, 1)

# Per unit of scale.
VOLUNTEERS_PER_SCALE = 150
EVENTS_PER_SCALE = 500
HOURS_PER_SCALE = 5000
EXCHANGES_PER_SCALE = 16
PARTNERSHIPS_PER_SCALE = 8  # beyond the base pool of 15 cities

KIND_WEIGHTS: tuple[tuple[str, int], ...] = (
    ("meeting", 34),
    ("festival", 5),
    ("fundraiser", 9),
    ("reception", 8),
    ("virtual_exchange", 10),
    ("ceremony", 4),
    ("workshop", 14),
    ("performance", 7),
    ("other", 9),
)


@dataclass(frozen=True)
class _Shape:
    hours: tuple[int, ...]  # local start hours
    minutes: tuple[int, int]  # duration range
    shifts: tuple[int, int]
    attendance: tuple[int, int]
    weekdays: tuple[int, ...]  # 0 = Monday


SHAPES: dict[str, _Shape] = {
    "meeting": _Shape((18, 19), (60, 120), (0, 1), (5, 18), (1, 2, 3)),
    "festival": _Shape((10, 11), (360, 540), (12, 24), (300, 2500), (5,)),
    "fundraiser": _Shape((17, 18), (180, 240), (5, 10), (60, 250), (4, 5)),
    "reception": _Shape((17, 18), (90, 150), (3, 6), (25, 120), (0, 1, 2, 3, 4)),
    "virtual_exchange": _Shape((), (60, 90), (1, 3), (12, 80), (0, 1, 2, 3, 4)),
    "ceremony": _Shape((10, 11, 16), (60, 120), (2, 5), (30, 200), (0, 2, 4, 5)),
    "workshop": _Shape((10, 14, 18), (90, 180), (2, 4), (8, 40), (1, 3, 5)),
    "performance": _Shape((19,), (120, 150), (3, 8), (80, 400), (4, 5)),
    "other": _Shape((9, 10, 13), (120, 300), (1, 3), (20, 200), (0, 2, 5, 6)),
}

HOURS_ACTIVITIES: dict[str, tuple[str, ...]] = {
    "meeting": (
        "Committee planning call",
        "Meeting with city hall staff",
        "Board retreat",
        "Call with the partner committee",
    ),
    "administration": (
        "Newsletter",
        "Membership records",
        "Bookkeeping",
        "Annual report to Sister Cities International",
        "Website updates",
        "Photo archive",
    ),
    "fundraising": ("Sponsor visits", "Grant application", "Raffle ticket sales", "Donor letters"),
    "hosting": ("Airport pick-up", "Hosted a visiting teacher", "City tour for guests"),
    "other": ("School presentation", "Library display", "Radio interview", "Parade float"),
}
OTHER_HOURS_KINDS: tuple[tuple[str, int], ...] = (
    ("administration", 30),
    ("meeting", 22),
    ("translation", 16),
    ("fundraising", 14),
    ("hosting", 6),
    ("other", 12),
)

PROGRAM_WEIGHTS: tuple[tuple[str, int], ...] = (
    ("youth", 35),
    ("education", 14),
    ("culture", 20),
    ("business_trade", 10),
    ("municipal", 10),
    ("humanitarian", 4),
    ("sports", 7),
)

# Rough rates to turn costs in USD into the partner's currency, for costs paid abroad.
USD_RATES = {
    "JPY": 150.0, "CNY": 7.2, "KRW": 1350.0, "EGP": 48.0, "UAH": 41.0, "EUR": 0.92,
    "MXN": 17.0, "ILS": 3.7, "INR": 83.0, "THB": 35.0, "VND": 25000.0, "TRY": 32.0,
    "PLN": 4.0, "USD": 1.0,
}

VARIANT_STATUSES: tuple[tuple[str, int], ...] = (
    ("active", 62),
    ("dormant", 12),
    ("ended", 6),
    ("reopened", 5),
    ("proposed", 8),
    ("exploring", 7),
)


@dataclass(frozen=True)
class SampleSummary:
    """How many rows of each kind the sample data added."""

    organizations: int
    partnerships: int
    status_changes: int
    partner_contacts: int
    mous: int
    mou_signatories: int
    mou_texts: int
    volunteers: int
    volunteer_languages: int
    hours_entries: int
    hours_reviews: int
    events: int
    event_partnerships: int
    shifts: int
    budget_lines: int
    exchanges: int
    participants: int
    host_families: int
    stays: int
    itinerary_items: int
    exchange_costs: int
    exchange_rates: int
    outbox_entries: int

    @property
    def synced_rows(self) -> int:
        return sum(getattr(self, f.name) for f in fields(self) if f.name != "outbox_entries")


_SUMMARY_TABLES = {
    "organizations": Organization,
    "partnerships": Partnership,
    "status_changes": StatusChange,
    "partner_contacts": PartnerContact,
    "mous": Mou,
    "mou_signatories": MouSignatory,
    "mou_texts": MouText,
    "volunteers": Volunteer,
    "volunteer_languages": VolunteerLanguage,
    "hours_entries": HoursEntry,
    "hours_reviews": HoursReview,
    "events": Event,
    "event_partnerships": EventPartnership,
    "shifts": Shift,
    "budget_lines": BudgetLine,
    "exchanges": Exchange,
    "participants": Participant,
    "host_families": HostFamily,
    "stays": Stay,
    "itinerary_items": ItineraryItem,
    "exchange_costs": ExchangeCost,
    "exchange_rates": ExchangeRate,
}


def generate(
    db: Database,
    *,
    scale: float = 1,
    seed: int = 2026,
    progress: Progress | None = None,
) -> SampleSummary:
    """Fill ``db`` with sample data; refuses a database that already holds records.

    The organization already in the database is kept; without one, a committee in Springfield,
    Illinois is created. Everything is written in one transaction: all of it, or nothing.
    """
    if not scale > 0:
        raise ValidationError.single("scale", msg("The scale must be more than zero."))
    report = progress or (lambda stage, fraction: None)
    with db.write() as session, _bulk_settings(session.connection(), scale) as connection:
        _refuse_records(connection)
        device_id, last_hlc = connection.execute(
            select(SyncState.device_id, SyncState.last_hlc).where(SyncState.id == 1)
        ).one()
        clock = HybridClock(Timestamp.decode(last_hlc))
        writer = BulkWriter(connection, device_id=device_id, clock=clock)
        home = _read_home(connection)
        _Generator(writer, home, scale=scale, seed=seed, progress=report).run()
        report("Writing", 0.99)
        writer.flush()
        connection.execute(
            update(SyncState).where(SyncState.id == 1).values(last_hlc=clock.last.encode())
        )
        counts = writer.counts()
        summary = SampleSummary(
            **{
                name: counts.get(model.__tablename__, 0)
                for name, model in _SUMMARY_TABLES.items()
            },
            outbox_entries=writer.outbox_count,
        )
    report("Done", 1.0)
    return summary


def _read_home(connection: Connection) -> tuple[str, str, str, str] | None:
    """(name, city, currency, time zone) of the organization already in the database."""
    row = connection.execute(
        select(
            Organization.name, Organization.city, Organization.currency, Organization.time_zone
        )
        .where(Organization.deleted_at.is_(None))
        .limit(1)
    ).first()
    return None if row is None else (row[0], row[1], row[2], row[3])


@contextmanager
def _bulk_settings(connection: Connection, scale: float) -> Iterator[Connection]:
    """A page cache for the index updates of up to a million inserts (about 8 MiB per unit of
    scale, at most 512 MiB: more saved no time at scale 100), and no cyclic garbage collection
    while the rows are built (they hold no cycles; the collector would walk the growing batches
    again and again). Both are put back afterwards."""
    (cache_size,) = connection.exec_driver_sql("PRAGMA cache_size").one()
    kib = int(min(512 * 1024, 16 * 1024 + 8 * 1024 * scale))
    connection.exec_driver_sql(f"PRAGMA cache_size = -{kib}")
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield connection
    finally:
        if collecting:
            gc.enable()
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(cache_size)}")


def _refuse_records(connection: Connection) -> None:
    for model in (Partnership, Volunteer, Event, Exchange):
        if connection.execute(select(model.id).limit(1)).first() is not None:
            raise ValidationError.single(
                "database",
                msg(
                    "This database already holds partnerships, volunteers, events or "
                    "exchanges; sample data is only added to a new, empty database. Create a "
                    "new file for it.",
                ),
            )


# --- helpers ----------------------------------------------------------------------------------


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _local(day: date, minute_of_day: int, zone: str) -> datetime:
    """A wall-clock time in ``zone`` as an aware UTC datetime."""
    hour, minute = divmod(minute_of_day, 60)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=_zone(zone)).astimezone(UTC)


# The partner cities' own days worth marking (the health view and the agenda show them).
MARKED_DATES: dict[str, tuple[str, ...]] = {
    "takayama": ("04-14 Spring Takayama Festival", "10-09 Autumn Takayama Festival"),
    "merida": ("1542-01-06 Mérida founded",),
}


def _renewed_consent(given: date, *, renews: bool) -> date:
    """Consent lasts two years (services.consent); most volunteers renew it when asked, so its
    date is the last renewal. Those who do not keep the first date, and it has lapsed."""
    if not renews:
        return given
    while given + timedelta(days=CONSENT_VALID_DAYS) <= AS_OF:
        given += timedelta(days=CONSENT_VALID_DAYS)
    return given


@cache
def _stamp(day: date, hour: int = 23, minute: int = 10) -> datetime:
    """When a record about ``day`` was typed in: that evening (UTC), never after AS_OF."""
    day = min(day, AS_OF)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


_ASCII = str.maketrans({"ß": "ss", "ø": "o", "ł": "l", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe"})


def _ascii(text: str) -> str:
    """Lower-case ASCII letters and digits of a Latin name, for an email address."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_ASCII))
    return "".join(char for char in decomposed if char.isascii() and char.isalnum())


@cache
def _precision(currency: str) -> int:
    from babel.numbers import get_currency_precision

    return int(get_currency_precision(currency))


def _language_name(tag: str) -> str:
    return pools.LANGUAGE_NAMES.get(tag.split("-")[0], tag)


@cache
def _themes(base: pools.PartnerCity, kind: str) -> tuple[str, ...]:
    return tuple(title for theme_kind, title in base.themes if theme_kind == kind)


def _weighted(rng: random.Random, pairs: Sequence[tuple[str, int]]) -> str:
    return rng.choices([key for key, _ in pairs], weights=[w for _, w in pairs])[0]


def _era(year: int) -> tuple[int, str, str]:
    for era in pools.HOME_SIGNATORY_ERAS:
        if year <= era[0]:
            return era
    return pools.HOME_SIGNATORY_ERAS[-1]


# --- the generator ----------------------------------------------------------------------------


@dataclass
class _Partner:
    id: str
    base: pools.PartnerCity
    name: str
    local: str
    committee: str
    email_domain: str
    status: str
    history: list[tuple[str, date]]
    active_spans: list[tuple[date, date]] = field(default_factory=list)
    engaged_from: date = EVENTS_FROM

    def active_on(self, day: date) -> bool:
        return any(start <= day < end for start, end in self.active_spans)

    def engaged_on(self, day: date) -> bool:
        """Talking to each other: active, or exploring and proposing."""
        if self.active_on(day):
            return True
        return self.status in ("exploring", "proposed") and self.engaged_from <= day


@dataclass(slots=True)
class _Volunteer:
    id: str
    given: str
    family: str
    latin_given: str
    latin_family: str
    email: str | None
    phone: str | None
    culture: str
    languages: list[str]
    joined: date
    left: date | None
    committees: list[str]
    roles: list[str]

    def available(self, day: date) -> bool:
        return self.joined <= day and (self.left is None or day < self.left)


class _Generator:
    """Makes the rows, parents before children, and hands each to the sink."""

    def __init__(
        self,
        sink: BulkWriter,
        home: tuple[str, str, str, str] | None,
        *,
        scale: float,
        seed: int,
        progress: Progress,
    ) -> None:
        self.sink = sink
        self.existing_home = home
        self.rng = random.Random(seed)
        self.rand = self.rng.random
        self.scale = scale
        self.progress = progress
        self.partners: list[_Partner] = []
        self.partners_by_year: dict[int, list[_Partner]] = {}
        self.partners_by_language: dict[str, list[_Partner]] = {}
        self.volunteers: list[_Volunteer] = []
        self.staff_pool: list[int] = []
        self.busy: list[float] = []
        self.committee_members: dict[str, list[int]] = {}
        self.board: list[int] = []
        self.emails: set[str] = set()
        self.hours_written = 0

    # -- orchestration

    def run(self) -> None:
        self.progress("Organization", 0.0)
        self._organization()
        self.progress("Partnerships", 0.02)
        self._partnerships()
        self.progress("Volunteers", 0.05)
        self._volunteers()
        self.progress("Events", 0.1)
        self._events()
        self.progress("Exchanges", 0.7)
        self._exchanges()
        self.progress("Volunteer hours", 0.8)
        self._other_hours()
        add_self_logged_hours(self, AS_OF)
        self._coming_exchange()
        self._rates()

    def add(self, model: Any, row: dict[str, Any]) -> str:
        return self.sink.add(model, row)

    def _rates(self) -> None:
        """The committee's exchange rates to US dollars for each full year of the sample, entered
        in January of the next (no random draws). The current year has none yet, so its report
        uses the year before's and says so."""
        currencies = sorted({p.currency for p in pools.PARTNERS} | {self.currency} - {"USD"})
        for year in range(RECORDS_FROM.year, AS_OF.year):
            for currency in currencies:
                if currency not in SAMPLE_RATES:
                    continue
                self.add(
                    ExchangeRate,
                    {
                        "year": year,
                        "currency": currency,
                        "usd_per_unit": SAMPLE_RATES[currency],
                        "source": "sample data, approximate yearly average",
                        "created_at": _stamp(date(year + 1, 1, 20), 19, 0),
                    },
                )

    # random.Random's randint and choice cost several times more than this in the hot loops.

    def _between(self, low: int, high: int) -> int:
        return low + int(self.rand() * (high - low + 1))

    def _one_of(self, items: Sequence[Any]) -> Any:
        return items[int(self.rand() * len(items))]

    # -- organization

    def _organization(self) -> None:
        home = self.existing_home
        if home is None:
            values = dict(pools.HOME_ORGANIZATION)
            self.add(Organization, {**values, "created_at": _stamp(RECORDS_FROM, 15, 0)})
            home = (values["name"], values["city"], values["currency"], values["time_zone"])
        self.org_name, self.home, self.currency, self.home_zone = home
        self.is_springfield = self.home == pools.HOME_ORGANIZATION["city"]
        if self.is_springfield:
            self.venues = pools.HOME_VENUES
            self.sights = pools.HOME_SIGHTS
        else:
            self.venues = pools.GENERIC_VENUES
            self.sights = ("City Hall", "Public library", "High school", "Historic downtown",
                           "City park", "Local museum")

    # -- partnerships

    def _partnership_count(self) -> int:
        base = len(pools.PARTNERS)
        if self.scale <= 1:
            return max(4, round(base * self.scale))
        return max(base, round(PARTNERSHIPS_PER_SCALE * self.scale))

    def _partnerships(self) -> None:
        rng = self.rng
        for index in range(self._partnership_count()):
            base = pools.PARTNERS[index % len(pools.PARTNERS)]
            number = index // len(pools.PARTNERS)
            if number == 0:
                name, local, domain = base.city_name, base.city_name_local, base.key
                history = [(status, date.fromisoformat(day)) for status, day in base.history]
                focus = list(base.focus_areas)
            else:
                name = f"{base.city_name} {number + 1}"
                local = f"{base.city_name_local} {number + 1}"
                domain = f"{base.key}{number + 1}"
                history = self._variant_history(base)
                focus = rng.sample([area.value for area in FocusArea], rng.randint(2, 4))
            self._partnership(base, name, local, domain, history, focus, variant=number > 0)
        for year in range(EVENTS_FROM.year, EVENTS_UNTIL.year + 1):
            first, last = date(year, 1, 1), date(year, 12, 31)
            self.partners_by_year[year] = [
                p
                for p in self.partners
                if any(s <= last and e > first for s, e in p.active_spans)
                or (p.status in ("exploring", "proposed") and p.engaged_from <= last)
            ]
        for partner in self.partners:
            primary = partner.base.language.split("-")[0]
            self.partners_by_language.setdefault(primary, []).append(partner)

    def _variant_history(self, base: pools.PartnerCity) -> list[tuple[str, date]]:
        """A lifecycle that follows STATUS_TRANSITIONS, signed in the era of the base city's
        signatories (whose names the pool has in the partner's script)."""
        rng = self.rng
        plan = _weighted(rng, VARIANT_STATUSES)
        signed_base = next(
            (date.fromisoformat(day) for status, day in base.history if status == "active"), None
        )
        if plan in ("proposed", "exploring"):
            start = date(2019, 1, 1) + timedelta(days=rng.randint(0, 2200))
            steps = [("exploring", start)]
            if plan == "proposed":
                steps.append(("proposed", start + timedelta(days=rng.randint(120, 500))))
            return [(s, d) for s, d in steps if d <= AS_OF] or [("exploring", AS_OF)]
        era_year = signed_base.year if signed_base else 2020
        low, high = {
            0: (1984, 2004),
            1: (2005, 2016),
            2: (2017, 2025),
        }[next(i for i, era in enumerate(pools.HOME_SIGNATORY_ERAS) if era_year <= era[0])]
        signed = date(rng.randint(low, high), rng.randint(1, 12), rng.randint(1, 28))
        proposed = signed - timedelta(days=rng.randint(150, 420))
        steps = [
            ("exploring", proposed - timedelta(days=rng.randint(180, 540))),
            ("proposed", proposed),
            ("active", signed),
        ]
        if plan in ("dormant", "ended", "reopened"):
            stop = signed + timedelta(days=rng.randint(3 * 365, 15 * 365))
            steps.append(("dormant" if plan == "dormant" else "ended", stop))
            if plan == "reopened":
                steps.append(("exploring", stop + timedelta(days=rng.randint(365, 5 * 365))))
        kept = [(s, d) for s, d in steps if d <= AS_OF - timedelta(days=14)]
        return kept or [("exploring", AS_OF - timedelta(days=14))]

    def _partnership(
        self,
        base: pools.PartnerCity,
        name: str,
        local: str,
        domain: str,
        history: list[tuple[str, date]],
        focus: list[str],
        *,
        variant: bool,
    ) -> None:
        rng = self.rng
        status = history[-1][0]
        signed_on = next((day for s, day in history if s == "active"), None)
        first_day = history[0][1]
        created = _stamp(max(first_day, RECORDS_FROM), 16, 5)
        committee = f"{name} Committee"
        partnership_id = self.add(
            Partnership,
            {
                "city_name": name,
                "city_name_local": local,
                "region": base.region,
                "country": base.country,
                "language": base.language,
                "time_zone": base.time_zone,
                "kind": base.kind,
                "status": status,
                "signed_on": signed_on,
                "focus_areas": focus,
                "marked_dates": list(MARKED_DATES.get(base.key, ())) if not variant else [],
                "committee": committee,
                "notes": None
                if variant
                else f"Partner city since {signed_on.year}." if signed_on else None,
                "created_at": created,
            },
        )
        partner = _Partner(
            id=partnership_id,
            base=base,
            name=name,
            local=local,
            committee=committee,
            email_domain=f"{domain}.example.org",
            status=status,
            history=history,
            engaged_from=first_day,
        )
        start: date | None = None
        previous: str | None = None
        for step, day in history:
            self.add(
                StatusChange,
                {
                    "partnership_id": partnership_id,
                    "from_status": previous,
                    "to_status": step,
                    "changed_on": day,
                    "note": _status_note(step, previous, name),
                    "created_at": _stamp(max(day, RECORDS_FROM), 16, 10),
                },
            )
            if step == "active":
                start = day
            elif start is not None:
                partner.active_spans.append((start, day))
                start = None
            previous = step
        if start is not None:
            partner.active_spans.append((start, date.max))
        self.partners.append(partner)
        self.committee_members[committee] = []

        culture = pools.CULTURES[base.culture]
        for position, contact in enumerate(base.contacts):
            if variant:
                given, family = rng.choice(culture.given), rng.choice(culture.family)
                person = display_name(given[0], family[0]) if position == 0 else (
                    f"{given[1]} {family[1]}"
                )
                local_part = f"{_ascii(given[1])}.{_ascii(family[1])}"
            else:
                person, local_part = contact.name, contact.email_local_part
            self.add(
                PartnerContact,
                {
                    "partnership_id": partnership_id,
                    "name": person,
                    "title": contact.title,
                    "organization": contact.organization.replace(base.city_name, name),
                    "email": f"{local_part}@{partner.email_domain}",
                    "phone": base.phone_format.format(rng.randint(0, 999)),
                    "language": contact.language,
                    "notes": None,
                    # Every fourth partner city has not answered the last letter: a health flag.
                    "awaiting_reply_since": (
                        AS_OF - timedelta(days=45)
                        if position == 0 and status == "active" and len(self.partners) % 4 == 1
                        else None
                    ),
                    "created_at": created,
                },
            )
        if status == "exploring" or (signed_on is None and status != "proposed"):
            return
        self._mou(partner, signed_on, created)

    def _mou(self, partner: _Partner, signed_on: date | None, created: datetime) -> None:
        base = partner.base
        home_local = base.home_local if self.is_springfield else self.home
        mou_id = self.add(
            Mou,
            {
                "partnership_id": partner.id,
                "signed_on": signed_on,
                "signed_place": (
                    base.signed_place.replace(base.city_name, partner.name) if signed_on else None
                ),
                "signed_place_local": (
                    base.signed_place_local or None
                    if signed_on and partner.name == base.city_name
                    else None
                ),
                "home_city_local": home_local,
                "languages": ["en", base.language],
                "created_at": created,
            },
        )
        year = signed_on.year if signed_on else AS_OF.year
        era = _era(year)
        base_signed = next(
            (date.fromisoformat(day) for s, day in base.history if s == "active"), None
        )
        same_era = _era(base_signed.year if base_signed else AS_OF.year) == era
        for position, home_name in enumerate((era[1], era[2])):
            self.add(
                MouSignatory,
                {
                    "mou_id": mou_id,
                    "side": "home",
                    "position": position,
                    "name": home_name,
                    "name_local": base.home_names_local[position] if same_era else None,
                    "title": pools.HOME_TITLES_EN[position].format(
                        home=self.home, organization=self.org_name
                    ),
                    "title_local": base.home_titles_local[position].format(home=home_local),
                    "created_at": created,
                },
            )
        for position, signatory in enumerate(base.signatories):
            self.add(
                MouSignatory,
                {
                    "mou_id": mou_id,
                    "side": "partner",
                    "position": position,
                    "name": signatory.name,
                    "name_local": signatory.name_local,
                    "title": signatory.title.replace(base.city_name, partner.name),
                    "title_local": signatory.title_local,
                    # The partner mayor of every third MOU signed long ago has left office.
                    "left_office_on": (
                        date(signed_on.year + 8, 4, 30)
                        if position == 0
                        and signed_on is not None
                        and signed_on.year + 8 < AS_OF.year
                        and len(self.partners) % 3 == 0
                        else None
                    ),
                    "created_at": created,
                },
            )
        texts = (
            ("en", pools.MOU_TEXT_EN[base.kind].format(home=self.home, partner=partner.name)),
            (base.language, base.mou_text.format(home=home_local, partner=partner.local)),
        )
        for language, text in texts:
            self.add(
                MouText,
                {"mou_id": mou_id, "language": language, "text": text, "created_at": created},
            )

    # -- volunteers

    def _volunteers(self) -> None:
        rng = self.rng
        count = max(12, round(VOLUNTEERS_PER_SCALE * self.scale))
        cultures: list[str] = []
        for key, share in pools.CULTURE_SHARES:
            cultures += [key] * max(1 if count >= 100 else 0, round(share * count))
        cultures = (cultures + ["en"] * count)[:count]
        rng.shuffle(cultures)
        seen: dict[str, int] = {}
        partners_by_culture: dict[str, list[_Partner]] = {}
        for partner in self.partners:
            partners_by_culture.setdefault(partner.base.culture, []).append(partner)
        functional = pools.FUNCTIONAL_COMMITTEES
        for name in functional:
            self.committee_members[name] = []
        span = (AS_OF - timedelta(days=30) - JOINED_FROM).days
        levels: list[list[tuple[str, str]]] = []  # each volunteer's languages with levels

        for index, key in enumerate(cultures):
            culture = pools.CULTURES[key]
            nth = seen.get(key, 0)
            seen[key] = nth + 1
            given = rng.choice(culture.given)
            family = rng.choice(culture.family)
            native = not culture.latin_script and nth % 2 == 0
            given_name, family_name = (given[0], family[0]) if native else (given[1], family[1])
            if culture.latin_script:
                given_name, family_name = given[0], family[0]
            joined = JOINED_FROM + timedelta(days=int(span * rng.random() ** 0.8))
            left = None
            if rng.random() < 0.18 and (AS_OF - joined).days > 200:
                left = joined + timedelta(days=rng.randint(120, (AS_OF - joined).days - 30))
            languages = self._languages_of(culture, native)
            committees: list[str] = []
            own = partners_by_culture.get(key, [])
            if own and rng.random() < 0.8:
                committees.append(rng.choice(own).committee)
            elif rng.random() < 0.35:
                committees.append(rng.choice(self.partners).committee)
            if rng.random() < 0.4:
                committees.append(rng.choice(functional))
                if rng.random() < 0.2:
                    committees.append(rng.choice(functional))
            committees = list(dict.fromkeys(committees))
            volunteer = _Volunteer(
                id="",
                given=given_name,
                family=family_name,
                latin_given=given[1],
                latin_family=family[1],
                email=self._email(given[1], family[1]) if rng.random() < 0.94 else None,
                phone=(
                    f"+1{rng.choice(pools.HOME_AREA_CODES)}5550{rng.randint(100, 199)}"
                    if rng.random() < 0.88
                    else None
                ),
                culture=key,
                languages=[tag for tag, _ in languages],
                joined=joined,
                left=left,
                committees=committees,
                roles=[],
            )
            for name in committees:
                self.committee_members[name].append(index)
            self.volunteers.append(volunteer)
            levels.append(languages)

        # Roles: a board and a chair for each committee with members, from the active volunteers
        # when there are any; coordinators.
        order = list(range(count))
        rng.shuffle(order)
        order.sort(key=lambda index: self.volunteers[index].left is not None)  # active first
        board = order[: min(max(5, round(0.06 * count)), 25)]
        for index in board:
            self.volunteers[index].roles.append("board")
        for members in self.committee_members.values():
            if members:
                active = [m for m in members if self.volunteers[m].left is None] or members
                chair = self.volunteers[active[0]]
                if "committee_chair" not in chair.roles:
                    chair.roles.append("committee_chair")
        for index in order[len(board) : len(board) + round(0.1 * count)]:
            self.volunteers[index].roles.append("coordinator")
        self.board = board

        for index, volunteer in enumerate(self.volunteers):
            if not volunteer.roles:
                volunteer.roles.append("volunteer")
            consent = rng.random() < 0.86
            emergency = rng.random() < 0.35
            contact_given = rng.choice(pools.CULTURES["en"].given)[0]
            volunteer.id = self.add(
                Volunteer,
                {
                    "given_name": volunteer.given,
                    "family_name": volunteer.family,
                    "sort_name": sort_name(volunteer.given, volunteer.family),
                    "email": volunteer.email,
                    "phone": volunteer.phone,
                    "roles": volunteer.roles,
                    "skills": self._skills(volunteer),
                    "committees": volunteer.committees,
                    "contact_consent": consent,
                    "consent_date": (
                        _renewed_consent(
                            min(volunteer.joined + timedelta(days=rng.randint(0, 30)), AS_OF),
                            renews=index % 9 != 4,
                        )
                        if consent
                        else None
                    ),
                    "emergency_contact_name": (
                        f"{contact_given} {volunteer.latin_family}" if emergency else None
                    ),
                    "emergency_contact_phone": (
                        f"+1217555{rng.randint(100, 199):04d}" if emergency else None
                    ),
                    "active": volunteer.left is None,
                    "notes": rng.choice(pools.VOLUNTEER_NOTES) if rng.random() < 0.15 else None,
                    "created_at": _stamp(volunteer.joined, 1, 30),
                },
            )
            for tag, level in levels[index]:
                self.add(
                    VolunteerLanguage,
                    {
                        "volunteer_id": volunteer.id,
                        "language": tag,
                        "level": level,
                        "created_at": _stamp(volunteer.joined, 1, 31),
                    },
                )
            weight = (
                6
                if "board" in volunteer.roles
                else 5
                if "committee_chair" in volunteer.roles
                else 4
                if "coordinator" in volunteer.roles
                else rng.choice((1, 1, 1, 2, 2, 3, 4))
            )
            self.staff_pool += [index] * weight
        self.busy = [0.0] * len(self.volunteers)

    def _languages_of(self, culture: pools.Culture, native: bool) -> list[tuple[str, str]]:
        rng = self.rng
        if culture.key == "en":
            languages = [("en", "native")]
            roll = rng.random()
            learned = 0 if roll < 0.5 else 1 if roll < 0.9 else 2
            for _ in range(learned):
                tag = _weighted(rng, pools.LEARNED_LANGUAGES)
                if tag not in (known for known, _ in languages):
                    languages.append((tag, rng.choice(("basic", "conversational", "fluent"))))
            return languages
        tag = culture.language
        if tag == "es" and rng.random() < 0.3:
            tag = "es-MX"
        if native or (culture.latin_script and rng.random() < 0.5):
            languages = [(tag, "native"), ("en", rng.choice(("fluent", "fluent", "native")))]
        else:
            languages = [("en", "native"), (tag, rng.choice(("fluent", "conversational")))]
        if culture.key == "uk" and rng.random() < 0.4:
            languages.append(("ru", "fluent"))
        return languages

    def _email(self, given: str, family: str) -> str:
        rng = self.rng
        first, last = _ascii(given) or "volunteer", _ascii(family) or "member"
        local = rng.choice((f"{first}.{last}", f"{first}.{last}", f"{first[0]}{last}",
                            f"{first}{last[0]}", f"{last}.{first}"))
        domain = "example.org" if rng.random() < 0.7 else "example.com"
        address = f"{local}@{domain}"
        number = 2
        while address in self.emails:
            address = f"{local}{number}@{domain}"
            number += 1
        self.emails.add(address)
        return address

    def _skills(self, volunteer: _Volunteer) -> list[str]:
        rng = self.rng
        skills = rng.sample(pools.SKILLS, rng.randint(1, 3))
        culture = pools.CULTURES[volunteer.culture]
        if culture.skills and rng.random() < 0.6:
            skills.append(rng.choice(culture.skills))
        if len(volunteer.languages) > 1 and rng.random() < 0.3 and "translation" not in skills:
            skills.append("translation")
        return skills

    # -- events

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

    def _partner_on(self, day: date, *, engaged: bool = False) -> _Partner | None:
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
        title, partner = self._event_title(kind, day, engaged)
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
            starts_at = _local(day, start_minute, zone)
            there = starts_at.astimezone(_zone(partner.base.time_zone))
            here = starts_at.astimezone(_zone(zone))
            when_there = there.strftime("%I:%M %p").lstrip("0")
            next_day = " the next day" if there.date() > here.date() else (
                " the day before" if there.date() < here.date() else ""
            )
            description = (
                f"Online with {partner.name}: {here.strftime('%I:%M %p').lstrip('0')} in "
                f"{self.home}, {when_there}{next_day} in {partner.name}."
            )
            venue = "Online (Zoom)"
        else:
            if abroad and partner is not None:
                zone = partner.base.time_zone
                venue = rng.choice(partner.base.sights)
                description = f"Held in {partner.name} during the committee's visit."
            elif kind == "virtual_exchange":
                venue = "Online (Zoom)"
            hour = self._one_of(shape.hours or (18,))
            start_minute = hour * 60 + self._one_of((0, 0, 30))
            starts_at = _local(day, start_minute, zone)
            if description is None and partner is not None and self.rand() < 0.5:
                description = f"Organized by the {partner.committee}."
        ends_at = starts_at + MINUTES[minutes]
        past = ends_at.date() < AS_OF
        low, high = shape.attendance
        attendance = self._between(low, high) if past and self.rand() < 0.9 else None
        event_id = self.add(
            Event,
            {
                "title": title,
                "description": description,
                "kind": kind,
                "starts_at": starts_at,
                "ends_at": ends_at,
                "time_zone": zone,
                "venue": venue,
                "attendance": attendance,
                # Derived: the random draws (and so the rest of the sample) stay as they were.
                "youth_attendance": (
                    attendance * YOUTH_SHARE[kind] // 100
                    if attendance is not None and kind in YOUTH_SHARE
                    else None
                ),
                "outcome": (
                    self._one_of(pools.OUTCOMES[kind]) if past and self.rand() < 0.7 else None
                ),
                "created_at": _stamp(day - DAYS[self._between(14, 90)], 15, 20),
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
                    "created_at": _stamp(day - DAYS[10], 15, 21),
                },
            )
        self._shifts(event_id, kind, title, day, starts_at, ends_at, past)
        if kind == "meeting":
            self._meeting_hours(event_id, title, partner, day, starts_at, ends_at, past)
        self._budget(event_id, kind, partner, day, past)

    def _virtual_start(self, day: date, partner: _Partner) -> int:
        """A time that is daytime on both sides, in minutes after midnight here."""
        rng = self.rng
        hours = [7, 8, 9, 10, 11, 12, 16, 17, 18, 19, 20]
        rng.shuffle(hours)
        there_zone = _zone(partner.base.time_zone)
        for hour in hours:
            there = _local(day, hour * 60, self.home_zone).astimezone(there_zone)
            if 8 <= there.hour <= 20:
                return hour * 60
        return 8 * 60

    def _event_title(
        self, kind: str, day: date, engaged: bool
    ) -> tuple[str, _Partner | None]:
        partner = self._partner_on(day, engaged=engaged)
        if partner is not None:
            themes = _themes(partner.base, kind)
            if themes and self.rand() < 0.6:
                title = self._one_of(themes)
                if partner.name != partner.base.city_name:
                    title = f"{title} ({partner.name})"
                return title, partner
        choices = pools.GENERIC_TITLES[kind]
        template, needs_partner = self._one_of(choices)
        if needs_partner and partner is None:
            template, needs_partner = next(
                (choice for choice in choices if not choice[1]), ("{kind}", False)
            )
        if not needs_partner:
            partner = None
        title = template.format(
            partner=partner.name if partner else "",
            year=day.year,
            language=_language_name(partner.base.language) if partner else "",
            kind=kind.replace("_", " ").capitalize(),
        )
        return title, partner

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
        created = _stamp(day - DAYS[self._between(3, 30)], 16, 0)
        fill = 0.93 if past else 0.6
        base = starts_at.timestamp() / 60  # minutes
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
                    "role": role,
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
                    activity=f"{role}, {title}"[:200],
                )

    def _meeting_hours(
        self,
        event_id: str,
        title: str,
        partner: _Partner | None,
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
                activity=title,
            )

    def _budget(self, event_id: str, kind: str, partner: _Partner | None, day: date,
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
        unit = 10 ** _precision(self.currency)
        created = _stamp(day - DAYS[self._between(7, 45)], 16, 30)
        for direction, category, description, in_kind, low, high in lines:
            planned = self._between(low // 10, high // 10) * 10 * unit
            actual = round(planned * (0.7 + 0.6 * self.rand())) if past else None
            self.add(
                BudgetLine,
                {
                    "event_id": event_id,
                    "direction": direction,
                    "category": category,
                    "description": description.format(partner=partner.name if partner else ""),
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
                "created_at": _stamp(worked_on + DAYS[minutes % 7]),
            },
        )
        self.hours_written += 1

    # -- exchanges

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

    def _exchange(self, partner: _Partner, starts_on: date) -> None:
        rng = self.rng
        base = partner.base
        program = _weighted(rng, PROGRAM_WEIGHTS)
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
        title = rng.choice(pools.EXCHANGE_TITLES[program]).format(
            partner=partner.name, year=starts_on.year
        )
        created = _stamp(starts_on - timedelta(days=rng.randint(60, 240)), 17, 0)
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
                "description": (
                    f"Delegation from {travellers_from}, {days} days, "
                    f"{program.replace('_', ' ')} program."
                ),
                "notes": "Visa letters sent." if direction == "inbound" and rng.random() < 0.5
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
                                "notes": f"Age {rng.randint(14, 17)}.",
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
                                "email": f"{_ascii(given)}.{_ascii(family)}@{partner.email_domain}",
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
                            "travel", activity=f"Travel to {partner.name}")

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
        partner: _Partner,
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
                    family_id = self.add(
                        HostFamily,
                        {
                            "exchange_id": exchange_id,
                            "family_name": f"{family[1]} family"
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
                "family_name": f"{family} family",
                "volunteer_id": volunteer.id if volunteer else None,
                "address": address,
                "phone": volunteer.phone if volunteer else None,
                "email": volunteer.email if volunteer else None,
                "capacity": capacity,
                "notes": "Has a dog." if rng.random() < 0.15 else None,
                "created_at": created,
            },
        )

    def _hosting_hours(self, index: int, partner: _Partner, guests: int, starts_on: date,
                       ends_on: date) -> None:
        nights = (ends_on - starts_on).days
        self._hours(
            self.volunteers[index].id,
            ends_on,
            min(24 * 60, nights * 120),
            "hosting",
            activity=f"Hosted {guests} guest{'s' if guests != 1 else ''} from {partner.name}",
        )

    def _itinerary(self, exchange_id: str, partner: _Partner, direction: str,
                   starts_on: date, days: int, created: datetime) -> None:
        rng = self.rng
        zone = self.home_zone if direction == "inbound" else partner.base.time_zone
        sights = self.sights if direction == "inbound" else partner.base.sights
        middle = pools.ITINERARY_ACTIVITIES[1:-1]
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
                starts_at = _local(day, minute, zone)
                length = rng.choice((90, 120, 180))
                self.add(
                    ItineraryItem,
                    {
                        "exchange_id": exchange_id,
                        "starts_at": starts_at,
                        "ends_at": None if title == "Departure" else
                        starts_at + timedelta(minutes=length),
                        "time_zone": zone,
                        "title": title,
                        "place": "Airport" if title in ("Arrival and welcome", "Departure")
                        else rng.choice(sights),
                        "created_at": created,
                    },
                )
                minute += length + rng.choice((60, 120, 180))

    def _exchange_costs(self, exchange_id: str, partner: _Partner, direction: str,
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
            minor = round(amount * rate) * 10 ** _precision(currency)
            self.add(
                ExchangeCost,
                {
                    "exchange_id": exchange_id,
                    "category": category,
                    "description": description,
                    "currency": currency,
                    "amount_minor": minor,
                    "in_kind": in_kind,
                    "created_at": created,
                },
            )

    # -- other hours

    def _other_hours(self) -> None:
        rng = self.rng
        target = round(HOURS_PER_SCALE * self.scale)
        remaining = target - self.hours_written
        if remaining <= 0:
            return
        kinds = [kind for kind, _ in OTHER_HOURS_KINDS]
        weights = [weight for _, weight in OTHER_HOURS_KINDS]
        chosen = rng.choices(kinds, weights=weights, k=remaining)
        step = max(1, remaining // 10)
        # Hours are on record from the first year of events on, while the volunteer is a member.
        volunteers, rand = self.volunteers, rng.random
        pool = [i for i in self.staff_pool if (volunteers[i].left or AS_OF) > EVENTS_FROM]
        if not pool:
            return
        for number, kind in enumerate(chosen):
            volunteer = volunteers[pool[int(rand() * len(pool))]]
            since = max(volunteer.joined, EVENTS_FROM)
            days = max(0, (min(volunteer.left or AS_OF, AS_OF) - since).days - 1)
            worked_on = since + DAYS[int(rand() * days)]
            minutes = 30 + 15 * int(rand() * 15)
            activity = None
            if kind == "translation":
                for tag in volunteer.languages:
                    partners = self.partners_by_language.get(tag.split("-")[0])
                    if tag != "en" and partners:
                        partner = partners[int(rng.random() * len(partners))]
                        activity = rng.choice(
                            (
                                f"Translated letters to {partner.name}",
                                f"Interpreted a video call with {partner.name}",
                                f"Translated the newsletter into {_language_name(tag)}",
                            )
                        )
                        break
                if activity is None:
                    kind = "administration"
            if activity is None:
                choices = HOURS_ACTIVITIES[kind]
                activity = choices[int(rand() * len(choices))]
            self._hours(volunteer.id, worked_on, minutes, kind, activity=activity)
            if number % step == 0:
                self.progress("Volunteer hours", 0.8 + 0.19 * number / remaining)


def _status_note(step: str, previous: str | None, name: str) -> str | None:
    if previous is None:
        return f"First contacts with {name}."
    return {
        "proposed": "Council resolution proposing the partnership.",
        "active": "MOU signed by both mayors.",
        "dormant": "No exchanges for some years; contacts kept by email.",
        "ended": "Ended by mutual agreement.",
        "exploring": "Talks resumed.",
    }.get(step)
