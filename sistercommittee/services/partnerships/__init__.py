"""Partnerships with cities abroad: add and edit them, move them through their lifecycle (with its
history kept), keep the partner side's contacts, and list them with their latest activity."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal, get_args
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale
from babel.languages import get_official_languages
from sqlalchemy import (
    ColumnElement,
    String,
    and_,
    case,
    exists,
    func,
    literal_column,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import Subquery

from sistercommittee.domain import (
    Event,
    EventPartnership,
    Exchange,
    Mou,
    MouScan,
    MouSignatory,
    PartnerContact,
    Partnership,
    StatusChange,
)
from sistercommittee.domain.base import utcnow
from sistercommittee.domain.enums import (
    STATUS_TRANSITIONS,
    FocusArea,
    PartnershipKind,
    PartnershipStatus,
)
from sistercommittee.errors import NotFoundError, ValidationError
from sistercommittee.services import fields as f
from sistercommittee.services import organizations
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.forms import (
    Field,
    FormContext,
    FormSpec,
    OrgDefaults,
    apply,
    current_values,
    long_text,
    plain,
    short_text,
    validate,
)
from sistercommittee.services.paging import Page, check_window, like_pattern
from sistercommittee.storage.database import Database

# The lifecycle in the order people think of it; lists sort statuses this way, not alphabetically.
LIFECYCLE: tuple[PartnershipStatus, ...] = (
    PartnershipStatus.EXPLORING,
    PartnershipStatus.PROPOSED,
    PartnershipStatus.ACTIVE,
    PartnershipStatus.DORMANT,
    PartnershipStatus.ENDED,
)

# --- helpers shared with the MOU service --------------------------------------------------------


def fold(value: str | None) -> str | None:
    """Text for comparing and searching: case and accents do not matter ("Île" finds "ile")."""
    if value is None:
        return None
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def country_name(code: str) -> str:
    """The country's everyday English name ("South Korea", not "Korea, Republic of")."""
    return str(Locale.parse("en").territories.get(code, code))


def latest_date_anywhere() -> date:
    """Today's date where it is latest on earth (UTC+14): a later date is in the future for
    everyone, wherever the agreement was signed."""
    return (datetime.now(UTC) + timedelta(hours=14)).date()


def future_date_problem(day: date | None, label: str) -> str | None:
    if day is not None and day > latest_date_anywhere():
        return (
            f"{label} {day.isoformat()} is in the future. Give the date it actually happened, "
            "or leave it empty until then."
        )
    return None


def default_language(country: str | None) -> str | None:
    """The main official language of a country as a BCP 47 tag (JP -> ja, MX -> es, TW ->
    zh-Hant), or None when babel knows none."""
    if not country:
        return None
    found = get_official_languages(country, de_facto=True)
    if not found:
        return None
    try:
        return f.language(found[0].replace("_", "-"), "Language")
    except f.FieldProblem:
        return None


def default_time_zone(country: str | None) -> str | None:
    """The main time zone of a country (fields.country_zones lists it first), or None."""
    zones = f.country_zones(country) if country else []
    return zones[0] if zones else None


def _offsets(zone: str) -> tuple[timedelta | None, ...]:
    tz = ZoneInfo(zone)
    year = datetime.now(UTC).year
    return tuple(
        datetime(y, month, 15, 12, tzinfo=UTC).astimezone(tz).utcoffset()
        for y in (year, year + 1)
        for month in (1, 4, 7, 10)
    )


def zone_fits_country(zone: str, country: str) -> bool:
    """Whether a partner city in ``country`` can be in ``zone``: one of the country's zones, or an
    older name that keeps the same clock (Asia/Calcutta for India). Countries tzdata lists no
    zones for accept any zone."""
    zones = f.country_zones(country)
    if not zones or zone in zones:
        return True
    try:
        wanted = _offsets(zone)
        return any(_offsets(candidate) == wanted for candidate in zones)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False


def _zone_problem(zone: str, country: str) -> str:
    zones = f.country_zones(country)
    shown = ", ".join(zones[:5])
    more = f" (or another of its {len(zones)} zones)" if len(zones) > 5 else ""
    one = "Use" if len(zones) == 1 else "Use one of"
    return (
        f"Time zone {zone} is not used in {country_name(country)}, so the partner's local times "
        f"would be wrong. {one}: {shown}{more}."
    )


def _sql_functions(session: Session) -> None:
    """Register the Python helpers the queries call on this session's SQLite connection.

    SQLite's lower() knows only ASCII, so accent-free comparison needs our own function; so does
    turning a UTC time into the calendar date where an event took place.
    """
    raw: Any = session.connection().connection.dbapi_connection
    raw.create_function("sc_fold", 1, fold, deterministic=True)
    raw.create_function("sc_local_date", 2, _local_date_text, deterministic=True)


def _local_date_text(utc_text: str | None, zone: str | None) -> str | None:
    if not utc_text:
        return None
    try:
        moment = datetime.fromisoformat(utc_text)
        tz: Any = ZoneInfo(zone) if zone else UTC
    except (ValueError, ZoneInfoNotFoundError, OSError):
        return utc_text[:10]
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(tz).date().isoformat()


def _sql_fold(column: Any) -> ColumnElement[str]:
    return func.sc_fold(column, type_=String)


def today_in(zone: str) -> date:
    """Today's date on the wall clock of ``zone``."""
    try:
        return datetime.now(ZoneInfo(zone)).date()
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return datetime.now(UTC).date()


def allowed_next(status: PartnershipStatus) -> tuple[PartnershipStatus, ...]:
    """The statuses a partnership may move to next, in lifecycle order."""
    return tuple(s for s in LIFECYCLE if s in STATUS_TRANSITIONS[status])


def _a(word: str) -> str:
    return f"{'An' if word[0] in 'aeiou' else 'A'} {word}"


def label(city_name: str, city_name_local: str | None, country: str) -> str:
    """How a partnership is named in lists and messages: "Takayama (高山市), Japan"."""
    name = (
        f"{city_name} ({city_name_local})"
        if city_name_local and city_name_local != city_name
        else city_name
    )
    return f"{name}, {country_name(country)}"


def _listing(statuses: Sequence[PartnershipStatus]) -> str:
    names = [s.value for s in statuses]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


# --- the partnership form ---------------------------------------------------------------------


def _check(ctx: FormContext) -> dict[str, str]:
    values = ctx.values
    problems: dict[str, str] = {}
    signed_on = values.get("signed_on")
    future = future_date_problem(signed_on, "Signing date")
    if future:
        problems["signed_on"] = future
    elif values.get("status") == PartnershipStatus.ACTIVE and signed_on is None:
        problems["signed_on"] = (
            "An active partnership needs its signing date. Give the date the agreement was "
            "signed, or choose the status exploring or proposed until it is signed."
        )
    zone, country = values.get("time_zone"), values.get("country")
    if zone and country and not zone_fits_country(zone, country):
        problems["time_zone"] = _zone_problem(zone, country)
    return problems


PARTNERSHIP_FORM = FormSpec(
    noun="partnership",
    fields=(
        Field("city_name", "City name", short_text(200), required=True, help="in English"),
        Field(
            "city_name_local",
            "Local city name",
            short_text(200),
            help="as the city writes it, e.g. 高山市",
        ),
        Field("region", "Region", short_text(200), help="prefecture, state or province"),
        Field("country", "Country", plain(f.country), required=True),
        Field(
            "language",
            "Partner's language",
            plain(f.language),
            default=lambda ctx: default_language(ctx.values.get("country")),
            help="BCP 47 code; the country's main language if not given",
        ),
        Field(
            "time_zone",
            "Partner's time zone",
            plain(f.time_zone),
            default=lambda ctx: default_time_zone(ctx.values.get("country")),
            help="the country's main zone if not given",
        ),
        Field(
            "kind",
            "Kind",
            plain(f.choice(PartnershipKind)),
            default=lambda ctx: PartnershipKind.SISTER_CITY,
        ),
        Field(
            "status",
            "Status",
            plain(f.choice(PartnershipStatus)),
            default=lambda ctx: PartnershipStatus.EXPLORING,
            help="only when adding; later use change status, which keeps the history",
        ),
        Field("signed_on", "Signing date", plain(f.calendar_date)),
        Field("focus_areas", "Focus areas", plain(f.choices(FocusArea)), many=True),
        Field("committee", "Committee", short_text(200)),
        Field("notes", "Notes", long_text()),
    ),
    check=_check,
)


def _contact_phone(raw: Any, label: str, ctx: FormContext) -> str:
    return f.phone(raw, label, region=ctx.org.country)


# Validated with the partner's side as defaults (see _contact_defaults): a phone number without its
# country code is read as one of the partner's country, the language defaults to the partner's.
CONTACT_FORM = FormSpec(
    noun="contact",
    fields=(
        Field("name", "Name", short_text(200), required=True),
        Field("title", "Title", short_text(200)),
        Field("organization", "Organization", short_text(200)),
        Field("email", "Email", plain(f.email)),
        Field("phone", "Phone", _contact_phone, help="a number in the partner's country"),
        Field(
            "language",
            "Language",
            plain(f.language),
            default=lambda ctx: ctx.org.language or None,
            help="the partner's language if not given",
        ),
        Field("notes", "Notes", long_text()),
    ),
)


# --- results ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PartnershipRow:
    id: str
    city_name: str
    city_name_local: str | None
    region: str | None
    country: str
    kind: PartnershipKind
    status: PartnershipStatus
    signed_on: date | None
    focus_areas: tuple[str, ...]
    last_activity: date | None  # the date of the latest event or exchange (may be planned)
    events_count: int
    exchanges_count: int


@dataclass(frozen=True)
class StatusStep:
    from_status: PartnershipStatus | None  # None for the status it was added with
    to_status: PartnershipStatus
    changed_on: date
    note: str | None


@dataclass(frozen=True)
class ContactInfo:
    id: str
    name: str
    title: str | None
    organization: str | None
    email: str | None
    phone: str | None
    language: str | None
    notes: str | None


@dataclass(frozen=True)
class MouSummary:
    id: str
    signed_on: date | None
    signed_place: str | None
    languages: tuple[str, ...]
    signatories_count: int
    scans_count: int


@dataclass(frozen=True)
class PartnershipDetail:
    id: str
    label: str  # "Takayama (高山市), Japan"
    city_name: str
    city_name_local: str | None
    region: str | None
    country: str
    country_name: str
    language: str | None
    time_zone: str | None
    kind: PartnershipKind
    status: PartnershipStatus
    next_statuses: tuple[PartnershipStatus, ...]
    signed_on: date | None
    focus_areas: tuple[str, ...]
    committee: str | None
    notes: str | None
    created_at: datetime
    last_activity: date | None
    events_count: int
    exchanges_count: int
    history: tuple[StatusStep, ...]  # in the order recorded
    contacts: tuple[ContactInfo, ...]
    mous: tuple[MouSummary, ...]  # latest signed first


PartnershipSortKey = Literal[
    "city_name", "country", "status", "signed_on", "created", "last_activity"
]


@dataclass(frozen=True)
class PartnershipQuery:
    search: str = ""  # in the English and local names and the region
    country: str | None = None
    status: PartnershipStatus | None = None
    kind: PartnershipKind | None = None
    focus_area: FocusArea | None = None
    sort: PartnershipSortKey = "city_name"
    descending: bool = False
    offset: int = 0
    limit: int = 100


# --- writes -----------------------------------------------------------------------------------


def _get(session: Session, partnership_id: str) -> Partnership:
    partnership = session.get(Partnership, partnership_id)
    if partnership is None or partnership.deleted_at is not None:
        raise NotFoundError(f"There is no partnership with id {partnership_id}.")
    return partnership


def _quiet_parse(name: str, raw: Mapping[str, Any], fallback: Any, org: OrgDefaults) -> Any:
    """One field's parsed value, or None when it is wrong (its message comes from validate)."""
    if name not in raw:
        return fallback
    if f.is_blank(raw[name]):
        return None
    spec_field = PARTNERSHIP_FORM.field(name)
    try:
        return spec_field.parse(raw[name], spec_field.label, FormContext(org, {}))
    except f.FieldProblem:
        return None


def _duplicate_problem(
    session: Session, city: str | None, country: str | None, own_id: str | None
) -> dict[str, str]:
    if not city or not country:
        return {}
    wanted = fold(city)
    for other_id, other_name in session.execute(
        select(Partnership.id, Partnership.city_name).where(
            Partnership.country == country, Partnership.deleted_at.is_(None)
        )
    ):
        if other_id != own_id and fold(other_name) == wanted:
            return {
                "city_name": (
                    f"There is already a partnership with {other_name}, {country_name(country)}. "
                    "Open it instead of adding the city twice."
                )
            }
    return {}


def _follow_country(raw: dict[str, Any], partnership: Partnership, org: OrgDefaults) -> None:
    """When the country is corrected, bring the language and time zone along, unless they are
    given too, or were chosen on purpose (differ from the old country's defaults) and a chosen
    zone is also used in the new country."""
    new_country = _quiet_parse("country", raw, partnership.country, org)
    if not new_country or new_country == partnership.country:
        return
    zone = partnership.time_zone
    if "time_zone" not in raw and (
        zone is None
        or zone == default_time_zone(partnership.country)
        or not zone_fits_country(zone, new_country)
    ):
        raw["time_zone"] = default_time_zone(new_country)
    if "language" not in raw and partnership.language in (
        None,
        default_language(partnership.country),
    ):
        raw["language"] = default_language(new_country)


def add_partnership(db: Database, values: Mapping[str, Any]) -> Changes:
    """Add a partnership, with the first step of its status history."""
    with db.write() as session:
        org = organizations.defaults(session)
        problems: dict[str, str] = {}
        try:
            parsed = validate(PARTNERSHIP_FORM, values, org)
        except ValidationError as error:
            problems.update(error.errors)
            parsed = {}
        if "city_name" not in problems:
            problems.update(
                _duplicate_problem(
                    session,
                    _quiet_parse("city_name", values, None, org),
                    _quiet_parse("country", values, None, org),
                    None,
                )
            )
        if problems:
            raise ValidationError(problems)
        partnership = Partnership()
        apply(partnership, parsed)
        session.add(partnership)
        session.flush()
        status = partnership.status
        # An active partnership became active when it was signed; otherwise history starts today.
        started = (
            partnership.signed_on
            if status == PartnershipStatus.ACTIVE and partnership.signed_on
            else today_in(org.time_zone)
        )
        session.add(
            StatusChange(
                partnership_id=partnership.id,
                from_status=None,
                to_status=status,
                changed_on=started,
            )
        )
        return Changes.of(Entity.PARTNERSHIPS, ids=(partnership.id,))


def edit_partnership(db: Database, partnership_id: str, values: Mapping[str, Any]) -> Changes:
    """Change a partnership's details. The status is changed with change_status instead."""
    with db.write() as session:
        partnership = _get(session, partnership_id)
        org = organizations.defaults(session)
        raw = dict(values)
        problems: dict[str, str] = {}
        if "status" in raw:
            # A form may send the status back unchanged; only a change is refused.
            if _quiet_parse("status", raw, None, org) != partnership.status:
                problems["status"] = (
                    "The status is not edited with the other details: use change status, which "
                    f"keeps the history. From {partnership.status.value} it can become "
                    f"{_listing(allowed_next(partnership.status))}."
                )
            del raw["status"]
        _follow_country(raw, partnership, org)
        try:
            parsed = validate(PARTNERSHIP_FORM, raw, org, current=current_values(partnership))
        except ValidationError as error:
            problems.update(error.errors)
            parsed = {}
        if "city_name" not in problems and ("city_name" in raw or "country" in raw):
            problems.update(
                _duplicate_problem(
                    session,
                    _quiet_parse("city_name", raw, partnership.city_name, org),
                    _quiet_parse("country", raw, partnership.country, org),
                    partnership.id,
                )
            )
        if problems:
            raise ValidationError(problems)
        apply(partnership, parsed)
        return Changes.of(Entity.PARTNERSHIPS, ids=(partnership.id,))


def change_status(
    db: Database,
    partnership_id: str,
    to_status: PartnershipStatus | str,
    changed_on: date | str | None = None,
    note: str | None = None,
) -> Changes:
    """Move a partnership to its next status and record the step in its history.

    ``changed_on`` defaults to today; it cannot be before the previous change (the status the
    partnership was added with may be recorded later than the steps people enter afterwards from
    their files, so that one does not count). To become active, a partnership needs its signing
    date first.
    """
    with db.write() as session:
        partnership = _get(session, partnership_id)
        org = organizations.defaults(session)
        current = partnership.status
        allowed = allowed_next(current)
        problems: dict[str, str] = {}
        target: PartnershipStatus | None = None
        try:
            target = f.choice(PartnershipStatus)(to_status, "New status")
        except f.FieldProblem as problem:
            problems["to_status"] = str(problem)
        if target is not None and target == current:
            problems["to_status"] = f"The partnership is already {current.value}."
        elif target is not None and target not in allowed:
            problems["to_status"] = (
                f"{_a(current.value)} partnership can become {_listing(allowed)}, "
                f"not {target.value}."
            )
        elif target == PartnershipStatus.ACTIVE and partnership.signed_on is None:
            problems["to_status"] = (
                "An active partnership needs its signing date. Add the date the agreement was "
                "signed to the partnership first, then make it active."
            )
        day: date | None = None
        if f.is_blank(changed_on):
            day = today_in(org.time_zone)
        else:
            try:
                day = f.calendar_date(changed_on, "Date of the change")
            except f.FieldProblem as problem:
                problems["changed_on"] = str(problem)
        if day is not None:
            latest = session.scalar(
                select(func.max(StatusChange.changed_on)).where(
                    StatusChange.partnership_id == partnership.id,
                    StatusChange.from_status.is_not(None),
                    StatusChange.deleted_at.is_(None),
                )
            )
            future = future_date_problem(day, "Date of the change")
            if future:
                problems["changed_on"] = future
            elif latest is not None and day < latest:
                problems["changed_on"] = (
                    f"{day.isoformat()} is before the last recorded change of status, on "
                    f"{latest.isoformat()}. Give that date or a later one."
                )
        clean_note: str | None = None
        if not f.is_blank(note):
            try:
                clean_note = f.text(note, "Note", max_length=2000, multiline=True)
            except f.FieldProblem as problem:
                problems["note"] = str(problem)
        if problems:
            raise ValidationError(problems)
        assert target is not None and day is not None
        step = StatusChange(
            partnership_id=partnership.id,
            from_status=current,
            to_status=target,
            changed_on=day,
            note=clean_note,
        )
        session.add(step)
        partnership.status = target
        session.flush()
        # The step's id second: revert_status_change can make sure it undoes this one.
        return Changes.of(Entity.PARTNERSHIPS, ids=(partnership.id, step.id))


def _recorded_last(session: Session, partnership_id: str) -> StatusChange | None:
    """The live step of the history recorded last (the history is shown in that order)."""
    return session.scalars(
        select(StatusChange)
        .where(
            StatusChange.partnership_id == partnership_id,
            StatusChange.deleted_at.is_(None),
        )
        .order_by(StatusChange.created_at.desc(), StatusChange.id.desc())
        .limit(1)
    ).first()


def _signing_date_needed(what: str) -> dict[str, str]:
    return {
        "to_status": "An active partnership needs its signing date. Add the date the agreement "
        f"was signed to the partnership first, then {what}."
    }


def revert_status_change(
    db: Database, partnership_id: str, *, status_change_id: str | None = None
) -> Changes:
    """Undo the latest recorded change of status: its step leaves the history (tombstoned, so the
    undo syncs) and the partnership is back in the status it came from, whatever the lifecycle
    allows going forward (an active partnership was proposed before: undo goes back there).

    Refused with a sentence when there is only the status the partnership was added with, and
    when going back would make it active without a signing date. With ``status_change_id`` (the
    second id change_status returns), refused unless that step is still the latest: a change
    made since, on this laptop or another, is undone first. restore_status_change redoes it.
    """
    with db.write() as session:
        partnership = _get(session, partnership_id)
        city = partnership.city_name
        if status_change_id is not None:
            wanted = session.get(StatusChange, status_change_id)
            if wanted is None or wanted.partnership_id != partnership.id:
                raise NotFoundError(f"There is no change of status with id {status_change_id}.")
            if wanted.deleted_at is not None and partnership.status == wanted.from_status:
                return Changes.of(Entity.PARTNERSHIPS, ids=(partnership.id, wanted.id))
        step = _recorded_last(session, partnership.id)
        if step is None or step.from_status is None:
            raise ValidationError.single(
                "to_status",
                f"{city} has been {partnership.status.value} since it was added: there is no "
                "change of status to undo.",
            )
        if status_change_id is not None and step.id != status_change_id:
            raise ValidationError.single(
                "to_status",
                f"The status of {city} was changed again since, to {step.to_status.value} on "
                f"{step.changed_on.isoformat()}: undo that change first.",
            )
        if step.to_status != partnership.status:
            raise ValidationError.single(
                "to_status",
                f"{city} is {partnership.status.value}, but its history ends with a change to "
                f"{step.to_status.value}: change the status instead of undoing.",
            )
        if step.from_status == PartnershipStatus.ACTIVE and partnership.signed_on is None:
            raise ValidationError(_signing_date_needed("undo the change"))
        step.deleted_at = utcnow()
        partnership.status = step.from_status
        return Changes.of(Entity.PARTNERSHIPS, ids=(partnership.id, step.id))


def restore_status_change(db: Database, status_change_id: str) -> Changes:
    """Bring back a change of status that revert_status_change undid (the redo), as the same step
    of the history. Refused when the partnership has moved on since (it is no longer in the status
    the step came from, or a later step was recorded), or when the step makes it active and the
    signing date has been removed."""
    with db.write() as session:
        step = session.get(StatusChange, status_change_id)
        if step is None:
            raise NotFoundError(f"There is no change of status with id {status_change_id}.")
        partnership = _get(session, step.partnership_id)
        if step.deleted_at is None:
            return Changes.of(Entity.PARTNERSHIPS, ids=(partnership.id, step.id))
        city = partnership.city_name
        latest = _recorded_last(session, partnership.id)
        if (
            step.from_status is None
            or partnership.status != step.from_status
            or (latest is not None and (latest.created_at, latest.id) > (step.created_at, step.id))
        ):
            raise ValidationError.single(
                "to_status",
                f"The status of {city} was changed since: it is {partnership.status.value} now. "
                f"Change it to {step.to_status.value} again if it should be.",
            )
        if step.to_status == PartnershipStatus.ACTIVE and partnership.signed_on is None:
            raise ValidationError(_signing_date_needed("make it active"))
        step.deleted_at = None
        partnership.status = step.to_status
        return Changes.of(Entity.PARTNERSHIPS, ids=(partnership.id, step.id))


def delete_partnership(db: Database, partnership_id: str) -> Changes:
    """Delete a partnership added by mistake. One with exchanges is refused: its exchanges would
    lose their city; setting the status to ended keeps the history instead."""
    with db.write() as session:
        partnership = _get(session, partnership_id)
        exchanges = session.scalar(
            select(func.count(Exchange.id)).where(
                Exchange.partnership_id == partnership.id, Exchange.deleted_at.is_(None)
            )
        )
        if exchanges:
            raise ValidationError.single(
                "partnership",
                f"{partnership.city_name} has {exchanges} exchange"
                f"{'s' if exchanges != 1 else ''}, which would lose their partner city. Delete "
                "those first, or change the partnership's status to ended to keep its history.",
            )
        partnership.deleted_at = utcnow()
        return Changes.of(Entity.PARTNERSHIPS, ids=(partnership.id,))


def restore_partnership(db: Database, partnership_id: str) -> Changes:
    """Bring back a deleted partnership (the undo of a delete)."""
    with db.write() as session:
        partnership = session.get(Partnership, partnership_id)
        if partnership is None:
            raise NotFoundError(f"There is no partnership with id {partnership_id}.")
        if partnership.deleted_at is None:
            return Changes.of(Entity.PARTNERSHIPS, ids=(partnership.id,))
        clash = _duplicate_problem(
            session, partnership.city_name, partnership.country, partnership.id
        )
        if clash:
            raise ValidationError(clash)
        partnership.deleted_at = None
        return Changes.of(Entity.PARTNERSHIPS, ids=(partnership.id,))


# --- partner contacts -------------------------------------------------------------------------


def _contact_defaults(org: OrgDefaults, partnership: Partnership) -> OrgDefaults:
    return replace(org, country=partnership.country, language=partnership.language or "")


def _get_contact(session: Session, contact_id: str) -> tuple[PartnerContact, Partnership]:
    contact = session.get(PartnerContact, contact_id)
    if contact is None or contact.deleted_at is not None:
        raise NotFoundError(f"There is no partner contact with id {contact_id}.")
    partnership = session.get(Partnership, contact.partnership_id)
    if partnership is None or partnership.deleted_at is not None:
        raise NotFoundError(f"There is no partner contact with id {contact_id}.")
    return contact, partnership


def add_contact(db: Database, partnership_id: str, values: Mapping[str, Any]) -> Changes:
    """Add a person on the partner city's side."""
    with db.write() as session:
        partnership = _get(session, partnership_id)
        defaults = _contact_defaults(organizations.defaults(session), partnership)
        parsed = validate(CONTACT_FORM, values, defaults)
        contact = PartnerContact(partnership_id=partnership.id)
        apply(contact, parsed)
        session.add(contact)
        session.flush()
        return Changes.of(Entity.PARTNERSHIPS, ids=(contact.id, partnership.id))


def edit_contact(db: Database, contact_id: str, values: Mapping[str, Any]) -> Changes:
    with db.write() as session:
        contact, partnership = _get_contact(session, contact_id)
        defaults = _contact_defaults(organizations.defaults(session), partnership)
        parsed = validate(CONTACT_FORM, values, defaults, current=current_values(contact))
        apply(contact, parsed)
        return Changes.of(Entity.PARTNERSHIPS, ids=(contact.id, partnership.id))


def delete_contact(db: Database, contact_id: str) -> Changes:
    with db.write() as session:
        contact, partnership = _get_contact(session, contact_id)
        contact.deleted_at = utcnow()
        return Changes.of(Entity.PARTNERSHIPS, ids=(contact.id, partnership.id))


def restore_contact(db: Database, contact_id: str) -> Changes:
    """Bring back a deleted contact (the undo of a delete)."""
    with db.write() as session:
        contact = session.get(PartnerContact, contact_id)
        if contact is None:
            raise NotFoundError(f"There is no partner contact with id {contact_id}.")
        _get(session, contact.partnership_id)
        contact.deleted_at = None
        return Changes.of(Entity.PARTNERSHIPS, ids=(contact.id, contact.partnership_id))


# --- reads ------------------------------------------------------------------------------------


def _event_activity(ids: Sequence[str] | None) -> Subquery:
    """Per partnership: its latest event (by start) and how many events concern it.

    SQLite gives the bare column ``time_zone`` from the row that holds the max()
    (https://www.sqlite.org/lang_select.html#bareagg), so the local date is the latest event's.
    """
    stmt = (
        select(
            EventPartnership.partnership_id.label("partnership_id"),
            func.max(Event.starts_at).label("latest_at"),
            Event.time_zone.label("latest_zone"),
            func.count(func.distinct(Event.id)).label("events_count"),
        )
        .join(Event, Event.id == EventPartnership.event_id)
        .where(EventPartnership.deleted_at.is_(None), Event.deleted_at.is_(None))
    )
    if ids is not None:
        stmt = stmt.where(EventPartnership.partnership_id.in_(ids)).group_by(
            EventPartnership.partnership_id
        )
    else:
        # Over all links, "+" keeps SQLite from walking the partnership_id index (a random read of
        # every event, 4x slower at 50,000 events): it scans the links in the order they were
        # made, which is near the events' own order, and groups in a temporary b-tree.
        stmt = stmt.group_by(literal_column("+event_partnerships.partnership_id"))
    return stmt.subquery("event_activity")


def _exchange_activity(ids: Sequence[str] | None) -> Subquery:
    stmt = (
        select(
            Exchange.partnership_id.label("partnership_id"),
            func.max(Exchange.starts_on).label("latest_on"),
            func.count(Exchange.id).label("exchanges_count"),
        )
        .where(Exchange.deleted_at.is_(None))
        .group_by(Exchange.partnership_id)
    )
    if ids is not None:
        stmt = stmt.where(Exchange.partnership_id.in_(ids))
    return stmt.subquery("exchange_activity")


def _last_activity(events: Subquery, exchanges: Subquery) -> ColumnElement[str]:
    """The later of the two dates as ISO text, NULL when there is neither (max() of two values
    is NULL if either is, hence the coalesce)."""
    event_day = func.sc_local_date(events.c.latest_at, events.c.latest_zone, type_=String)
    exchange_day = type_coerce(exchanges.c.latest_on, String)
    return func.max(
        func.coalesce(event_day, exchange_day),
        func.coalesce(exchange_day, event_day),
        type_=String,
    )


def _activity_select(ids: Sequence[str] | None) -> Any:
    events, exchanges = _event_activity(ids), _exchange_activity(ids)
    stmt = (
        select(
            Partnership,
            _last_activity(events, exchanges).label("last_activity"),
            func.coalesce(events.c.events_count, 0).label("events_count"),
            func.coalesce(exchanges.c.exchanges_count, 0).label("exchanges_count"),
        )
        .outerjoin(events, events.c.partnership_id == Partnership.id)
        .outerjoin(exchanges, exchanges.c.partnership_id == Partnership.id)
    )
    return stmt


def _row(partnership: Partnership, last: str | None, events: int, exchanges: int) -> PartnershipRow:
    return PartnershipRow(
        id=partnership.id,
        city_name=partnership.city_name,
        city_name_local=partnership.city_name_local,
        region=partnership.region,
        country=partnership.country,
        kind=partnership.kind,
        status=partnership.status,
        signed_on=partnership.signed_on,
        focus_areas=tuple(partnership.focus_areas or ()),
        last_activity=date.fromisoformat(last) if last else None,
        events_count=int(events or 0),
        exchanges_count=int(exchanges or 0),
    )


def _json_contains(column: Any, value: str) -> Any:
    each = func.json_each(column).table_valued("value")
    return exists(select(each.c.value).where(each.c.value == value))


def _conditions(query: PartnershipQuery) -> list[Any]:
    problems: dict[str, str] = {}
    conditions: list[Any] = [Partnership.deleted_at.is_(None)]
    term = fold(" ".join(query.search.split()))
    if term:
        pattern = like_pattern(term)
        conditions.append(
            or_(
                _sql_fold(Partnership.city_name).like(pattern, escape="\\"),
                _sql_fold(Partnership.city_name_local).like(pattern, escape="\\"),
                _sql_fold(Partnership.region).like(pattern, escape="\\"),
            )
        )
    filters: tuple[tuple[str, Any, Any], ...] = (
        ("country", query.country, f.country),
        ("status", query.status, f.choice(PartnershipStatus)),
        ("kind", query.kind, f.choice(PartnershipKind)),
        ("focus_area", query.focus_area, f.choice(FocusArea)),
    )
    parsed: dict[str, Any] = {}
    for name, raw, parse in filters:
        if f.is_blank(raw):
            continue
        try:
            parsed[name] = parse(raw, name.replace("_", " ").capitalize())
        except f.FieldProblem as problem:
            problems[name] = str(problem)
    if query.sort not in get_args(PartnershipSortKey):
        problems["sort"] = f"Sort by one of: {', '.join(get_args(PartnershipSortKey))}."
    if problems:
        raise ValidationError(problems)
    if "country" in parsed:
        conditions.append(Partnership.country == parsed["country"])
    if "status" in parsed:
        conditions.append(Partnership.status == parsed["status"])
    if "kind" in parsed:
        conditions.append(Partnership.kind == parsed["kind"])
    if "focus_area" in parsed:
        conditions.append(_json_contains(Partnership.focus_areas, parsed["focus_area"].value))
    return conditions


def list_partnerships(
    db: Database, query: PartnershipQuery = PartnershipQuery()
) -> Page[PartnershipRow]:
    check_window(query.offset, query.limit)
    conditions = _conditions(query)
    name_key = _sql_fold(Partnership.city_name)
    with db.read() as session:
        _sql_functions(session)
        total = session.scalar(
            select(func.count()).select_from(Partnership).where(and_(*conditions))
        )
        stmt = select(Partnership.id).where(and_(*conditions))
        order: Any
        if query.sort == "last_activity":
            events, exchanges = _event_activity(None), _exchange_activity(None)
            stmt = stmt.outerjoin(events, events.c.partnership_id == Partnership.id).outerjoin(
                exchanges, exchanges.c.partnership_id == Partnership.id
            )
            order = _last_activity(events, exchanges)
        else:
            order = {
                "city_name": name_key,
                "country": Partnership.country,
                "status": case(
                    *[(Partnership.status == s, i) for i, s in enumerate(LIFECYCLE)], else_=99
                ),
                "signed_on": Partnership.signed_on,
                "created": Partnership.created_at,
            }[query.sort]
        # Blank dates go last either way; rows that tie stay in alphabetical order.
        first = order.desc() if query.descending else order.asc()
        stmt = stmt.order_by(first.nulls_last(), name_key.asc(), Partnership.id.asc())
        ids = list(session.scalars(stmt.offset(query.offset).limit(query.limit)))
        by_id = {
            partnership.id: _row(partnership, last, events_count, exchanges_count)
            for partnership, last, events_count, exchanges_count in session.execute(
                _activity_select(ids).where(Partnership.id.in_(ids))
            )
        }
        rows = tuple(by_id[partnership_id] for partnership_id in ids)
    return Page(rows, int(total or 0), query.offset, query.limit)


def partnerships_without_activity(db: Database, since: date) -> tuple[PartnershipRow, ...]:
    """Partnerships not ended whose latest event or exchange ended before ``since`` (or that never
    had one), the longest quiet first: for the dashboard's "no activity for a year"."""
    with db.read() as session:
        _sql_functions(session)
        stmt = _activity_select(None)
        last = stmt.selected_columns.last_activity
        stmt = stmt.where(
            Partnership.deleted_at.is_(None),
            Partnership.status != PartnershipStatus.ENDED,
            or_(last.is_(None), last < since.isoformat()),
        ).order_by(last.asc(), _sql_fold(Partnership.city_name), Partnership.id)
        return tuple(_row(*row) for row in session.execute(stmt))


def partnership_choices(db: Database) -> tuple[tuple[str, str], ...]:
    """(id, label) for pick lists, by city name: "Takayama (高山市), Japan"."""
    with db.read() as session:
        _sql_functions(session)
        rows = session.execute(
            select(
                Partnership.id,
                Partnership.city_name,
                Partnership.city_name_local,
                Partnership.country,
                Partnership.status,
            )
            .where(Partnership.deleted_at.is_(None))
            .order_by(_sql_fold(Partnership.city_name), Partnership.country, Partnership.id)
        ).all()
    return tuple(
        (
            partnership_id,
            label(city, local, country) + (" — ended" if status == PartnershipStatus.ENDED else ""),
        )
        for partnership_id, city, local, country, status in rows
    )


def get_partnership(db: Database, partnership_id: str) -> PartnershipDetail:
    with db.read() as session:
        _sql_functions(session)
        found = session.execute(
            _activity_select([partnership_id]).where(
                Partnership.id == partnership_id, Partnership.deleted_at.is_(None)
            )
        ).first()
        if found is None:
            raise NotFoundError(f"There is no partnership with id {partnership_id}.")
        partnership, last, events_count, exchanges_count = found
        history = session.scalars(
            select(StatusChange)
            .where(
                StatusChange.partnership_id == partnership.id,
                StatusChange.deleted_at.is_(None),
            )
            .order_by(StatusChange.created_at, StatusChange.id)  # in the order recorded
        ).all()
        contacts = session.scalars(
            select(PartnerContact)
            .where(
                PartnerContact.partnership_id == partnership.id,
                PartnerContact.deleted_at.is_(None),
            )
            .order_by(func.lower(PartnerContact.name), PartnerContact.id)
        ).all()
        signatories = (
            select(func.count(MouSignatory.id))
            .where(MouSignatory.mou_id == Mou.id, MouSignatory.deleted_at.is_(None))
            .scalar_subquery()
        )
        scans = (
            select(func.count(MouScan.id))
            .where(MouScan.mou_id == Mou.id, MouScan.deleted_at.is_(None))
            .scalar_subquery()
        )
        mous = session.execute(
            select(Mou, signatories, scans)
            .where(Mou.partnership_id == partnership.id, Mou.deleted_at.is_(None))
            .order_by(Mou.signed_on.desc(), Mou.created_at.desc())
        ).all()
        return PartnershipDetail(
            id=partnership.id,
            label=label(partnership.city_name, partnership.city_name_local, partnership.country),
            city_name=partnership.city_name,
            city_name_local=partnership.city_name_local,
            region=partnership.region,
            country=partnership.country,
            country_name=country_name(partnership.country),
            language=partnership.language,
            time_zone=partnership.time_zone,
            kind=partnership.kind,
            status=partnership.status,
            next_statuses=allowed_next(partnership.status),
            signed_on=partnership.signed_on,
            focus_areas=tuple(partnership.focus_areas or ()),
            committee=partnership.committee,
            notes=partnership.notes,
            created_at=partnership.created_at,
            last_activity=date.fromisoformat(last) if last else None,
            events_count=int(events_count or 0),
            exchanges_count=int(exchanges_count or 0),
            history=tuple(
                StatusStep(step.from_status, step.to_status, step.changed_on, step.note)
                for step in history
            ),
            contacts=tuple(
                ContactInfo(
                    id=c.id,
                    name=c.name,
                    title=c.title,
                    organization=c.organization,
                    email=c.email,
                    phone=c.phone,
                    language=c.language,
                    notes=c.notes,
                )
                for c in contacts
            ),
            mous=tuple(
                MouSummary(
                    id=mou.id,
                    signed_on=mou.signed_on,
                    signed_place=mou.signed_place,
                    languages=tuple(mou.languages or ()),
                    signatories_count=int(signatory_count or 0),
                    scans_count=int(scan_count or 0),
                )
                for mou, signatory_count, scan_count in mous
            ),
        )
