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
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import date
from typing import TYPE_CHECKING, Any

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
from sistercommittee.errors import ValidationError
from sistercommittee.messages import Translate, msg
from sistercommittee.sample import pools
from sistercommittee.sample.constants import (
    AS_OF,
    RECORDS_FROM,
    SAMPLE_RATES,
)
from sistercommittee.sample.event_rows import EventRows
from sistercommittee.sample.exchange_rows import ExchangeRows
from sistercommittee.sample.helpers import (
    SamplePartner,
    SampleVolunteer,
    typed_in,
)
from sistercommittee.sample.partnership_rows import PartnershipRows
from sistercommittee.sample.photos_and_stories import add_photos_and_stories
from sistercommittee.sample.self_logged import add_self_logged_hours
from sistercommittee.sample.texts import Words, marked
from sistercommittee.sample.volunteer_rows import VolunteerRows
from sistercommittee.storage.bulk import BulkWriter
from sistercommittee.storage.clock import HybridClock, Timestamp

if TYPE_CHECKING:
    from sistercommittee.storage.database import Database

Progress = Callable[[str, float], None]


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
    photos: int
    photo_people: int
    stories: int
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
    translate: Translate | None = None,
) -> SampleSummary:
    """Fill ``db`` with sample data; refuses a database that already holds records.

    The organization already in the database is kept; without one, a committee in Springfield,
    Illinois is created. The records are written in one transaction: all of them, or nothing;
    then a few photos and stories are added through the services (sample.photos_and_stories).

    ``translate`` writes the sample's texts (titles, roles, notes …, the "Sample" context of the
    translations) and its stories in a language: the user's (sample.texts). Without it they are
    in English. The same seed makes the same records in every language, only their words differ.
    """
    if not scale > 0:
        raise ValidationError.single("scale", msg("The scale must be more than zero."))
    report = progress or (lambda stage, fraction: None)
    words = Words(translate)
    with db.write() as session, _bulk_settings(session.connection(), scale) as connection:
        _refuse_records(connection)
        device_id, last_hlc = connection.execute(
            select(SyncState.device_id, SyncState.last_hlc).where(SyncState.id == 1)
        ).one()
        clock = HybridClock(Timestamp.decode(last_hlc))
        writer = BulkWriter(connection, device_id=device_id, clock=clock)
        home = _read_home(connection)
        _Generator(writer, home, scale=scale, seed=seed, progress=report, words=words).run()
        report("Writing", 0.99)
        writer.flush()
        connection.execute(
            update(SyncState).where(SyncState.id == 1).values(last_hlc=clock.last.encode())
        )
        counts = writer.counts()
    # Photos and stories go through the services, as a member would add them (files stored,
    # thumbnails made, consent checked), each with the outbox entry its change capture writes.
    report("Photos and stories", 0.995)
    told = add_photos_and_stories(db, words)
    summary = SampleSummary(
        **{name: counts.get(model.__tablename__, 0) for name, model in _SUMMARY_TABLES.items()},
        photos=told.photos,
        photo_people=told.people_pictured,
        stories=told.stories,
        outbox_entries=writer.outbox_count + told.photos + told.people_pictured + told.stories,
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


class _Generator(PartnershipRows, VolunteerRows, EventRows, ExchangeRows):
    """Makes the rows, parents before children, and hands each to the sink."""

    def __init__(
        self,
        sink: BulkWriter,
        home: tuple[str, str, str, str] | None,
        *,
        scale: float,
        seed: int,
        progress: Progress,
        words: Words | None = None,
    ) -> None:
        self.sink = sink
        self.words = words or Words()
        self.existing_home = home
        self.rng = random.Random(seed)
        self.rand = self.rng.random
        self.scale = scale
        self.progress = progress
        self.partners: list[SamplePartner] = []
        self.partners_by_year: dict[int, list[SamplePartner]] = {}
        self.partners_by_language: dict[str, list[SamplePartner]] = {}
        self.volunteers: list[SampleVolunteer] = []
        self.staff_pool: list[int] = []
        self.busy: list[float] = []
        self.committee_members: dict[str, list[int]] = {}
        self.board: list[int] = []
        self.emails: set[str] = set()
        # Committees by their English name (what the draws compare), as the records write them.
        self.committee_names: dict[str, str] = {}
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
        source = self.words.text("sample data, approximate yearly average")
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
                        "source": source,
                        "created_at": typed_in(date(year + 1, 1, 20), 19, 0),
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
            notes = self.words.text(values["notes"])
            self.add(
                Organization,
                {**values, "notes": notes, "created_at": typed_in(RECORDS_FROM, 15, 0)},
            )
            home = (values["name"], values["city"], values["currency"], values["time_zone"])
        self.org_name, self.home, self.currency, self.home_zone = home
        self.is_springfield = self.home == pools.HOME_ORGANIZATION["city"]
        if self.is_springfield:
            self.venues = pools.HOME_VENUES
            self.sights = pools.HOME_SIGHTS
        else:
            self.venues = pools.GENERIC_VENUES
            self.sights = (
                marked("City Hall"),
                marked("Public library"),
                marked("High school"),
                marked("Historic downtown"),
                marked("City park"),
                marked("Local museum"),
            )
