"""One search across every kind of record: partnerships, volunteers, events, exchanges, MOUs,
partner contacts, exchange participants and host families, by name, city, email, venue, place.

For the app's Ctrl+K palette. One SQL query (a UNION ALL of one select per kind) ranks and pages
the hits, so it answers as fast on 50,000 events as on fifty: case and accents are ignored
("besancon" finds "Besançon") without calling Python for every row, since only rows holding a
character outside ASCII need the Python fold (SQLite's LIKE already ignores ASCII case).

Each hit says which page shows it and which record that page selects: a contact or an MOU is
shown on the Partnerships page with its partnership selected, a participant or a host family on
the Exchanges page with its exchange.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import (
    ColumnElement,
    LargeBinary,
    Select,
    String,
    and_,
    bindparam,
    case,
    exists,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from sistercommittee.domain import (
    Event,
    Exchange,
    HostFamily,
    Mou,
    MouSignatory,
    Participant,
    PartnerContact,
    Partnership,
    Volunteer,
)
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.services.paging import Page, check_window
from sistercommittee.storage.database import Database

#: Fewer characters than this find nothing (one letter would match almost every record).
MIN_TERM = 2
MAX_TERM = 200


class RecordKind(StrEnum):
    PARTNERSHIP = "partnership"
    VOLUNTEER = "volunteer"
    EVENT = "event"
    EXCHANGE = "exchange"
    MOU = "mou"
    CONTACT = "contact"
    PARTICIPANT = "participant"
    HOST_FAMILY = "host_family"


#: The page of the app that shows each kind (its list holds the record to select).
PAGE_OF: dict[RecordKind, str] = {
    RecordKind.PARTNERSHIP: "partnerships",
    RecordKind.VOLUNTEER: "volunteers",
    RecordKind.EVENT: "events",
    RecordKind.EXCHANGE: "exchanges",
    RecordKind.MOU: "partnerships",
    RecordKind.CONTACT: "partnerships",
    RecordKind.PARTICIPANT: "exchanges",
    RecordKind.HOST_FAMILY: "exchanges",
}

#: Among hits that match equally well, the main records first.
_ORDER = {kind: number for number, kind in enumerate(RecordKind)}


@dataclass(frozen=True)
class SearchQuery:
    text: str
    kinds: tuple[RecordKind, ...] = ()  # none: every kind
    offset: int = 0
    limit: int = 20


@dataclass(frozen=True)
class SearchHit:
    """Attributes:
    kind: what the record is.
    record_id: the record found (a contact's own id, say).
    page: the app's page that shows it ("partnerships" …).
    select_id: the record that page selects to show it (the contact's partnership).
    title: the record's name ("Takayama (高山市)", "Mei Tanaka", "Sister Cities Gala"; an
        MOU's partner city).
    detail: what tells it apart ("mei@example.org", an event's venue).
    page_search: what that page's own search finds the selected record by (its name, email or
        title; a contact's partner city).
    """

    kind: RecordKind
    record_id: str
    page: str
    select_id: str
    title: str
    detail: str
    page_search: str
    on: date | None = None  # an event's day (at its venue), an exchange's start, a signing
    #: A partnership's country (ISO 3166 code), named by the UI in the user's language.
    country: str = ""


def fold(text: str) -> str:
    """Case and accents do not matter: "Île-de-France" -> "ile-de-france"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _fold_or_none(text: str | None) -> str | None:
    return None if text is None else fold(text)


def _register(session: Session) -> None:
    raw: Any = session.connection().connection.dbapi_connection
    raw.create_function("sc_search_fold", 1, _fold_or_none, deterministic=True)


def _like(term: str, *, anywhere: bool = True) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%" if anywhere else f"{escaped}%"


def _matches(column: Any, pattern: Any) -> ColumnElement[bool]:
    """``column`` holds the folded term. SQLite's LIKE ignores ASCII case by itself; only a value
    with a character beyond ASCII (more bytes than characters, a test in C) is folded in Python
    too: at scale 100 that is one event title in seven instead of every one (three times less
    CPU than folding them all; bench/bench_search.py)."""
    return or_(
        column.like(pattern, escape="\\"),
        and_(
            func.length(func.cast(column, LargeBinary)) != func.length(column),
            func.sc_search_fold(column, type_=String).like(pattern, escape="\\"),
        ),
    )


def _live(column: Any) -> ColumnElement[bool]:
    """``+deleted_at IS NULL``: a search reads every row anyway, and SQLite (which keeps no
    statistics here) would otherwise walk the deleted_at index and look each row up, several
    times slower than one pass over the table."""
    unindexed: Any = UnaryExpression(column, operator=custom_op("+"), type_=column.type)
    return unindexed.is_(None)  # type: ignore[no-any-return]


def _any(columns: list[Any], pattern: Any) -> ColumnElement[bool]:
    # (Testing the columns joined into one text was measured slower: SQLite builds the text.)
    return or_(*(_matches(column, pattern) for column in columns))


def _rank(title: Any, prefix: Any) -> Any:
    """0 when the name starts with the term ("Tak" → Takayama), else 1."""
    return case((_matches(title, prefix), 0), else_=1)


def _selects(kinds: tuple[RecordKind, ...], pattern: Any, prefix: Any) -> list[Select[Any]]:
    chosen = set(kinds) if kinds else set(RecordKind)
    selects: list[Select[Any]] = []

    def add(
        kind: RecordKind,
        record_id: Any,
        select_id: Any,
        title: Any,
        detail_1: Any,
        detail_2: Any,
        sort_key: Any,
        where: ColumnElement[bool],
        source: Any,
        *joins: tuple[Any, Any],
        zone: Any = None,
    ) -> None:
        if kind not in chosen:
            return
        stmt = select(
            literal(kind.value).label("kind"),
            literal(_ORDER[kind]).label("kind_order"),
            record_id.label("record_id"),
            select_id.label("select_id"),
            title.label("title"),
            func.coalesce(detail_1, "").label("detail_1"),
            func.coalesce(detail_2, "").label("detail_2"),
            (func.coalesce(zone, "") if zone is not None else literal("")).label("zone"),
            _rank(sort_key, prefix).label("rank"),
            func.lower(sort_key).label("sort_key"),
        ).select_from(source)
        for target, on in joins:
            stmt = stmt.join(target, on)
        selects.append(stmt.where(where))

    live_partnership = _live(Partnership.deleted_at)
    add(
        RecordKind.PARTNERSHIP,
        Partnership.id,
        Partnership.id,
        Partnership.city_name,
        Partnership.city_name_local,
        Partnership.country,
        Partnership.city_name,
        and_(
            live_partnership,
            _any([Partnership.city_name, Partnership.city_name_local, Partnership.region], pattern),
        ),
        Partnership,
    )
    add(
        RecordKind.VOLUNTEER,
        Volunteer.id,
        Volunteer.id,
        Volunteer.given_name,
        Volunteer.family_name,
        Volunteer.email,
        Volunteer.sort_name,
        and_(
            _live(Volunteer.deleted_at),
            # sort_name is stored folded ("given family"), so it needs no Python per row.
            or_(
                Volunteer.sort_name.like(pattern, escape="\\"),
                Volunteer.email.like(pattern, escape="\\"),
                Volunteer.phone.like(pattern, escape="\\"),
            ),
        ),
        Volunteer,
    )
    add(
        RecordKind.EVENT,
        Event.id,
        Event.id,
        Event.title,
        Event.venue,
        Event.starts_at,
        Event.title,
        and_(_live(Event.deleted_at), _any([Event.title, Event.venue], pattern)),
        Event,
        zone=Event.time_zone,
    )
    add(
        RecordKind.EXCHANGE,
        Exchange.id,
        Exchange.id,
        Exchange.title,
        Partnership.city_name,
        Exchange.starts_on,
        Exchange.title,
        and_(_live(Exchange.deleted_at), live_partnership, _matches(Exchange.title, pattern)),
        Exchange,
        (Partnership, Partnership.id == Exchange.partnership_id),
    )
    signatory = exists().where(
        MouSignatory.mou_id == Mou.id,
        _live(MouSignatory.deleted_at),
        _any([MouSignatory.name, MouSignatory.name_local], pattern),
    )
    add(
        RecordKind.MOU,
        Mou.id,
        Mou.partnership_id,
        Partnership.city_name,
        Mou.signed_place,
        Mou.signed_on,
        Partnership.city_name,
        and_(
            _live(Mou.deleted_at),
            live_partnership,
            or_(_matches(Mou.signed_place, pattern), signatory),
        ),
        Mou,
        (Partnership, Partnership.id == Mou.partnership_id),
    )
    add(
        RecordKind.CONTACT,
        PartnerContact.id,
        PartnerContact.partnership_id,
        PartnerContact.name,
        Partnership.city_name,
        func.coalesce(PartnerContact.email, PartnerContact.organization),
        PartnerContact.name,
        and_(
            _live(PartnerContact.deleted_at),
            live_partnership,
            _any([PartnerContact.name, PartnerContact.email, PartnerContact.organization], pattern),
        ),
        PartnerContact,
        (Partnership, Partnership.id == PartnerContact.partnership_id),
    )
    add(
        RecordKind.PARTICIPANT,
        Participant.id,
        Participant.exchange_id,
        Participant.name,
        Exchange.title,
        Participant.email,
        Participant.name,
        and_(
            _live(Participant.deleted_at),
            Participant.name.is_not(None),  # a volunteer taking part is found as the volunteer
            _live(Exchange.deleted_at),
            _any([Participant.name, Participant.email], pattern),
        ),
        Participant,
        (Exchange, Exchange.id == Participant.exchange_id),
    )
    add(
        RecordKind.HOST_FAMILY,
        HostFamily.id,
        HostFamily.exchange_id,
        HostFamily.family_name,
        Exchange.title,
        HostFamily.email,
        HostFamily.family_name,
        and_(
            _live(HostFamily.deleted_at),
            _live(Exchange.deleted_at),
            _any([HostFamily.family_name, HostFamily.email], pattern),
        ),
        HostFamily,
        (Exchange, Exchange.id == HostFamily.exchange_id),
    )
    return selects


def _check(query: SearchQuery) -> str:
    term = " ".join(query.text.split())
    if len(term) > MAX_TERM:
        raise ValidationError.single("text", msg(
            "Search for at most {most} characters at a time.",
            most=MAX_TERM,
        ))
    check_window(query.offset, query.limit)
    return term


@cache
def _statements(kinds: tuple[RecordKind, ...]) -> tuple[Select[Any], Select[Any]]:
    """The query for these kinds, made once: building eight selects costs more than running them
    on a small database. The term and the page come as parameters. Returns the page's query
    and the count of all hits."""
    selects = _selects(kinds, bindparam("pattern"), bindparam("prefix"))
    hits = union_all(*selects).subquery("hits")
    page = (
        select(hits, func.count().over().label("total"))
        .order_by(hits.c.rank, hits.c.kind_order, hits.c.sort_key, hits.c.record_id)
        .offset(bindparam("offset"))
        .limit(bindparam("limit"))
    )
    return page, select(func.count()).select_from(hits)


def search_records(db: Database, query: SearchQuery) -> Page[SearchHit]:
    """The records whose names, places or emails hold ``query.text``: those starting with it
    first, then by kind (partnerships, volunteers, events, exchanges, then the rest) and name."""
    term = _check(query)
    if len(term) < MIN_TERM:
        return Page((), 0, query.offset, query.limit)
    folded = fold(term)
    stmt, count = _statements(tuple(sorted(set(query.kinds))))
    parameters = {
        "pattern": _like(folded),
        "prefix": _like(folded, anywhere=False),
        "offset": query.offset,
        "limit": query.limit,
    }
    with db.read() as session:
        _register(session)
        rows = session.execute(stmt, parameters).all()
        if rows:
            total = int(rows[0].total)
        elif query.offset == 0:
            total = 0
        else:  # a page past the end: how many there are, for the pager
            total = int(session.scalar(count, parameters) or 0)
    return Page(tuple(_hit(row) for row in rows), total, query.offset, query.limit)


def _day(text: str, zone: str) -> date | None:
    """The calendar day of a stored date, or of a stored UTC time where ``zone`` keeps its
    clock (an event at 7 PM in Springfield is on that day, not on the next UTC one)."""
    if not text:
        return None
    try:
        if len(text) <= 10:
            return date.fromisoformat(text)
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(ZoneInfo(zone)).date() if zone else moment.date()
    except (ZoneInfoNotFoundError, ValueError):
        return moment.date()


def _hit(row: Any) -> SearchHit:
    kind = RecordKind(row.kind)
    title, one, two = str(row.title or ""), str(row.detail_1 or ""), str(row.detail_2 or "")
    page_search, on, country = title, None, ""
    if kind is RecordKind.PARTNERSHIP:
        title = f"{title} ({one})" if one and fold(one) != fold(title) else title
        detail, country = "", two
    elif kind is RecordKind.VOLUNTEER:
        from sistercommittee.services.volunteers import display_name

        page_search = two or " ".join(part for part in (title, one) if part)
        title, detail = display_name(title, one or None), two
    elif kind in (RecordKind.EVENT, RecordKind.EXCHANGE, RecordKind.MOU):
        # An event's venue, an exchange's partner city, an MOU's place of signing (an MOU is
        # titled by its partner city; the kind is shown beside it).
        detail, on = one, _day(two, str(row.zone or ""))
    elif kind is RecordKind.CONTACT:
        page_search = one
        detail = " · ".join(part for part in (one, two) if part)
    else:  # a participant or host family: of which exchange
        page_search = one
        detail = " · ".join(part for part in (one, two) if part)
    return SearchHit(
        kind, row.record_id, PAGE_OF[kind], row.select_id, title, detail, page_search, on, country
    )
