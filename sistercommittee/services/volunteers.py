"""Volunteers: add, edit, deactivate, delete, the languages they speak, and the paged list."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Text, and_, exists, func, or_, select, type_coerce
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.expression import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from sistercommittee.collation import collation_for
from sistercommittee.domain import HoursEntry, Volunteer, VolunteerLanguage
from sistercommittee.domain.base import utcnow
from sistercommittee.domain.enums import HoursStatus, LanguageLevel, VolunteerRole
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.names import display_name as display_name  # where the services import it
from sistercommittee.services import bulk, organizations, rows
from sistercommittee.services import fields as f
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.forms import (
    Field,
    FormContext,
    FormSpec,
    apply,
    current_values,
    form_values,
    long_text,
    plain,
    short_text,
    validate,
)
from sistercommittee.services.paging import Page, check_window, like_pattern
from sistercommittee.storage import name_keys
from sistercommittee.storage.database import Database


def _languages(raw: Any, label: str, ctx: FormContext) -> list[tuple[str, LanguageLevel]]:
    """Languages with a level: "ja:fluent, en:native", or pairs from a form. No level means
    conversational."""
    items = raw.split(",") if isinstance(raw, str) else list(raw)
    result: list[tuple[str, LanguageLevel]] = []
    for item in items:
        if isinstance(item, str):
            if not item.strip():
                continue
            tag_text, _, level_text = item.partition(":")
        else:
            tag_text, level_text = item
        tag = f.language(tag_text, label)
        level = (
            f.choice(LanguageLevel)(level_text, f"{label} level")
            if not f.is_blank(level_text)
            else LanguageLevel.CONVERSATIONAL
        )
        if tag not in (known for known, _ in result):
            result.append((tag, level))
    return result


def _phone(raw: Any, label: str, ctx: FormContext) -> str:
    return f.phone(raw, label, region=ctx.org.country)


def _check(ctx: FormContext) -> dict[str, str]:
    values = ctx.values
    problems: dict[str, str] = {}
    if values.get("contact_consent") and values.get("consent_date") is None:
        problems["consent_date"] = msg("Give the date the volunteer agreed to be contacted.")
    if values.get("consent_date") and not values.get("contact_consent"):
        problems["contact_consent"] = (
            msg("A consent date is set, but consent is not: tick consent or clear the date.")
        )
    if values.get("emergency_contact_phone") and not values.get("emergency_contact_name"):
        problems["emergency_contact_name"] = msg("Give the name of the emergency contact.")
    return problems


VOLUNTEER_FORM = FormSpec(
    noun="volunteer",
    fields=(
        Field("given_name", "Given name", short_text(100), required=True),
        Field("family_name", "Family name", short_text(100)),
        Field(
            "name_reading",
            "Name reading",
            short_text(200),
            help="how the name is read, in kana (furigana): the Japanese order sorts by it",
        ),
        Field("email", "Email", plain(f.email)),
        Field("phone", "Phone", _phone),
        Field(
            "languages",
            "Languages",
            _languages,
            many=True,
            help="tag:level pairs, e.g. 'ja:fluent, en:native'",
            show=lambda session, volunteer: [
                (row.language, row.level.value)
                for row in sorted(volunteer.languages, key=lambda r: r.language)
                if row.deleted_at is None
            ],
        ),
        Field(
            "roles",
            "Roles",
            plain(f.choices(VolunteerRole)),
            many=True,
            default=lambda ctx: [VolunteerRole.VOLUNTEER.value],
        ),
        Field("skills", "Skills", plain(f.text_list), many=True),
        Field("committees", "Committees", plain(f.text_list), many=True),
        Field(
            "contact_consent",
            "Consent to be contacted",
            plain(f.boolean),
            default=lambda ctx: False,
        ),
        Field("consent_date", "Consent date", plain(f.calendar_date)),
        Field("emergency_contact_name", "Emergency contact", short_text(200)),
        Field("emergency_contact_phone", "Emergency contact phone", _phone),
        Field("active", "Active", plain(f.boolean), default=lambda ctx: True),
        Field("notes", "Notes", long_text()),
    ),
    check=_check,
)


def sort_name(given: str, family: str | None) -> str:
    """Folded "given family" for search and ordering: case and accents do not matter."""
    whole = f"{given} {family or ''}".strip().casefold()
    decomposed = unicodedata.normalize("NFKD", whole)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def fold(term: str) -> str:
    return sort_name(term, None)




# --- results ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LanguageSkill:
    language: str
    level: LanguageLevel


@dataclass(frozen=True)
class VolunteerRow:
    id: str
    name: str
    given_name: str
    family_name: str | None
    email: str | None
    phone: str | None
    roles: tuple[str, ...]
    skills: tuple[str, ...]
    languages: tuple[str, ...]
    active: bool
    minutes_total: int  # hours given, all time, in minutes
    name_reading: str | None = None


@dataclass(frozen=True)
class VolunteerDetail:
    id: str
    name: str
    given_name: str
    family_name: str | None
    name_reading: str | None
    email: str | None
    phone: str | None
    languages: tuple[LanguageSkill, ...]
    roles: tuple[str, ...]
    skills: tuple[str, ...]
    committees: tuple[str, ...]
    contact_consent: bool
    consent_date: Any
    emergency_contact_name: str | None
    emergency_contact_phone: str | None
    active: bool
    notes: str | None
    minutes_total: int


SortKey = Literal["name", "email", "created", "family_name"]


@dataclass(frozen=True)
class VolunteerQuery:
    search: str = ""  # in names and email
    active: bool | None = None
    language: str | None = None
    skill: str | None = None
    role: VolunteerRole | None = None
    committee: str | None = None
    sort: SortKey = "name"
    descending: bool = False
    offset: int = 0
    limit: int = 100


# --- writes -----------------------------------------------------------------------------------


def _get(session: Session, volunteer_id: str) -> Volunteer:
    return rows.live(session, Volunteer, volunteer_id, "volunteer")


def _check_duplicate_email(session: Session, email: str | None, own_id: str | None) -> None:
    if not email:
        return
    clash = session.scalar(
        select(Volunteer.id).where(
            Volunteer.email == email, Volunteer.deleted_at.is_(None), Volunteer.id != (own_id or "")
        )
    )
    if clash:
        raise ValidationError.single("email", msg(
            "Another volunteer already has the email {email}.",
            email=email,
        ))


def _set_languages(
    session: Session, volunteer: Volunteer, wanted: Sequence[tuple[str, LanguageLevel]]
) -> None:
    existing = {
        row.language: row
        for row in session.scalars(
            select(VolunteerLanguage).where(
                VolunteerLanguage.volunteer_id == volunteer.id,
                VolunteerLanguage.deleted_at.is_(None),
            )
        )
    }
    wanted_map = dict(wanted)
    now = utcnow()
    for tag, row in existing.items():
        if tag not in wanted_map:
            row.deleted_at = now
        elif row.level != wanted_map[tag]:
            row.level = wanted_map[tag]
    for tag, level in wanted:
        if tag not in existing:
            session.add(VolunteerLanguage(volunteer_id=volunteer.id, language=tag, level=level))


def add_volunteer(db: Database, values: Mapping[str, Any]) -> Changes:
    with db.write() as session:
        parsed = validate(VOLUNTEER_FORM, values, organizations.defaults(session))
        _check_duplicate_email(session, parsed.get("email"), None)
        languages = parsed.pop("languages")
        volunteer = Volunteer()
        apply(volunteer, parsed)
        volunteer.sort_name = sort_name(volunteer.given_name, volunteer.family_name)
        session.add(volunteer)
        session.flush()
        _set_languages(session, volunteer, languages)
        return Changes.of(Entity.VOLUNTEERS, ids=(volunteer.id,))


def edit_volunteer(db: Database, volunteer_id: str, values: Mapping[str, Any]) -> Changes:
    with db.write() as session:
        volunteer = _get(session, volunteer_id)
        parsed = validate(
            VOLUNTEER_FORM,
            values,
            organizations.defaults(session),
            current=current_values(volunteer),
        )
        if "email" in parsed:
            _check_duplicate_email(session, parsed["email"], volunteer.id)
        languages = parsed.pop("languages", None)
        apply(volunteer, parsed)
        volunteer.sort_name = sort_name(volunteer.given_name, volunteer.family_name)
        if languages is not None:
            _set_languages(session, volunteer, languages)
        return Changes.of(Entity.VOLUNTEERS, ids=(volunteer.id,))


def set_active(db: Database, volunteer_ids: Iterable[str], active: bool) -> Changes:
    """Activate or deactivate several volunteers at once (all or none)."""
    ids = tuple(dict.fromkeys(volunteer_ids))
    if not ids:
        raise ValidationError.single("volunteers", msg("Choose at least one volunteer."))
    with db.write() as session:
        # Rosters are long: the bulk path checks the ids, writes the rows and their outbox
        # entries in a few statements instead of one ORM object each (bench/bench_sync.py).
        rows.update_live(session, Volunteer, ids, {"active": active}, "volunteer")
        return Changes.of(Entity.VOLUNTEERS, ids=ids)


def delete_volunteer(db: Database, volunteer_id: str) -> Changes:
    """Delete a volunteer. Their logged hours stay in the totals of past events."""
    with db.write() as session:
        volunteer = _get(session, volunteer_id)
        volunteer.deleted_at = utcnow()
        return Changes.of(Entity.VOLUNTEERS, ids=(volunteer.id,))


def restore_volunteer(db: Database, volunteer_id: str) -> Changes:
    """Bring back a deleted volunteer (the undo of a delete)."""
    with db.write() as session:
        volunteer = rows.stored(session, Volunteer, volunteer_id, "volunteer")
        volunteer.deleted_at = None
        return Changes.of(Entity.VOLUNTEERS, ids=(volunteer.id,))


def delete_volunteers(db: Database, ids: Iterable[str]) -> Changes:
    """Delete several volunteers as one action: all of them, or none."""
    unique = bulk.unique_ids(ids, "volunteer")
    with db.write() as session:
        rows.update_live(session, Volunteer, unique, {"deleted_at": utcnow()}, "volunteer")
        return Changes.of(Entity.VOLUNTEERS, ids=unique)


def restore_volunteers(db: Database, ids: Iterable[str]) -> Changes:
    """Bring back several volunteers (the undo of delete_volunteers): all of them, or none."""
    unique = bulk.unique_ids(ids, "volunteer")
    with db.write() as session:
        rows.update_live(
            session, Volunteer, unique, {"deleted_at": None}, "volunteer", deleted=True
        )
        return Changes.of(Entity.VOLUNTEERS, ids=unique)


def sort_names_in(db: Database, locale_name: str, *, unless_chosen: bool = False) -> Changes:
    """From now on the name orders are those of ``locale_name``'s language ("es_MX", "ja"): the
    app calls it when it opens a database, in the user's language. The stored sort keys are made
    again when they were of another language (about a second for 15,000 volunteers). With
    ``unless_chosen`` (the command line) only a database that has no order yet takes it, so that
    a script run under another LANG does not re-sort the app's lists."""
    collation = collation_for(locale_name)
    if unless_chosen:
        with db.read() as session:
            if name_keys.stored_collation(session):
                return Changes.of()
    if name_keys.use_collation(db, collation):
        return Changes.of(Entity.VOLUNTEERS)
    return Changes.of()


# --- reads ------------------------------------------------------------------------------------


def _minutes_by_volunteer(session: Session, ids: Sequence[str]) -> dict[str, int]:
    if not ids:
        return {}
    rows = session.execute(
        select(HoursEntry.volunteer_id, func.sum(HoursEntry.minutes))
        .where(
            HoursEntry.volunteer_id.in_(ids),
            HoursEntry.deleted_at.is_(None),
            HoursEntry.status == HoursStatus.APPROVED,
        )
        .group_by(HoursEntry.volunteer_id)
    )
    return {volunteer_id: int(total or 0) for volunteer_id, total in rows}


def _unindexed(column: Any) -> Any:
    """``+column``: the same value, but SQLite never serves it from an index."""
    return UnaryExpression(column, operator=custom_op("+"), type_=column.type)


def _ordering(column: Any, descending: bool) -> tuple[Any, Any]:
    """By ``column``, ties by id, so that pages never overlap."""
    if descending:
        return column.desc(), Volunteer.id.desc()
    return column.asc(), Volunteer.id.asc()


def _json_contains(column: Any, value: str) -> Any:
    each = func.json_each(column).table_valued("value")
    contains = exists(select(each.c.value).where(func.lower(each.c.value) == value.lower()))
    if value.isascii() and '"' not in value and "\\" not in value:
        # A text test first: the element as it appears quoted in the stored JSON (LIKE ignores
        # ASCII case as lower() does), so that json_each only parses the rows it lets through.
        # 15,000 volunteers: 40 ms with json_each alone, 5 ms with the test in front.
        text = type_coerce(column, Text)  # the stored JSON as text, no CAST in the SQL
        return and_(text.like(like_pattern(f'"{value}"'), escape="\\"), contains)
    return contains


def list_volunteers(db: Database, query: VolunteerQuery = VolunteerQuery()) -> Page[VolunteerRow]:
    check_window(query.offset, query.limit)
    # With a filter, SQLite (which keeps no statistics here) would rather walk an index of all live
    # (or active) volunteers and read every row in index order to test it: up to ten times slower
    # than one scan of the table. Written with a unary +, which no index serves, the live and
    # active tests leave it that scan; the indexes stay for the plain list and its deep pages.
    # Measured on 15,000 volunteers: see bench/README.md.
    narrowed = bool(
        query.search.strip()
        or query.active is not None
        or query.language
        or query.skill
        or query.role
        or query.committee
    )
    live = _unindexed(Volunteer.deleted_at) if narrowed else Volunteer.deleted_at
    conditions: list[Any] = [live.is_(None)]
    if query.search.strip():
        pattern = like_pattern(fold(query.search.strip()))
        conditions.append(
            or_(
                Volunteer.sort_name.like(pattern, escape="\\"),
                Volunteer.name_reading.like(like_pattern(query.search.strip()), escape="\\"),
                Volunteer.email.like(pattern, escape="\\"),
                Volunteer.phone.like(like_pattern(query.search.strip()), escape="\\"),
            )
        )
    if query.active is not None:
        conditions.append(_unindexed(Volunteer.active).is_(query.active))
    if query.language:
        tag = f.language(query.language, "Language")
        # The tag itself and its subtags ("zh" finds "zh-Hans"): one range of the language index,
        # since nothing but "-" may follow a language in a tag and "." sorts right after "-".
        # (LIKE 'zh-%' cannot use the index, and an EXISTS per volunteer reads every one.)
        conditions.append(
            Volunteer.id.in_(
                select(VolunteerLanguage.volunteer_id).where(
                    VolunteerLanguage.language >= tag,
                    VolunteerLanguage.language < f"{tag}.",
                    VolunteerLanguage.deleted_at.is_(None),
                )
            )
        )
    if query.skill:
        conditions.append(_json_contains(Volunteer.skills, query.skill.strip()))
    if query.role:
        conditions.append(_json_contains(Volunteer.roles, VolunteerRole(query.role).value))
    if query.committee:
        conditions.append(_json_contains(Volunteer.committees, query.committee.strip()))
    # The name orders are those of the user's language: keys kept by storage/name_keys.py.
    order_column = {
        "name": Volunteer.name_key,
        "family_name": Volunteer.family_key,
        "email": Volunteer.email,
        "created": Volunteer.created_at,
    }[query.sort]
    with db.read() as session:
        volunteers: Sequence[Volunteer]
        if narrowed:
            # One pass of the filter gives the page's ids in order and, beside each, the number of
            # matches; only the page's own rows are then read whole. (A count and then a sorted
            # page would run the filter twice and sort whole rows.)
            page = session.execute(
                select(Volunteer.id, func.count().over())
                .where(and_(*conditions))
                .order_by(*_ordering(_unindexed(order_column), query.descending))
                .offset(query.offset)
                .limit(query.limit)
            ).all()
            if page:
                total: int | None = page[0][1]
            else:  # past the last match: nothing to count beside
                total = session.scalar(
                    select(func.count()).select_from(Volunteer).where(and_(*conditions))
                )
            wanted = [volunteer_id for volunteer_id, _ in page]
            loaded = {
                volunteer.id: volunteer
                for volunteer in session.scalars(select(Volunteer).where(Volunteer.id.in_(wanted)))
            }
            volunteers = [loaded[volunteer_id] for volunteer_id in wanted]
        else:
            total = session.scalar(
                select(func.count()).select_from(Volunteer).where(and_(*conditions))
            )
            volunteers = session.scalars(
                select(Volunteer)
                .where(and_(*conditions))
                .order_by(*_ordering(order_column, query.descending))
                .offset(query.offset)
                .limit(query.limit)
            ).all()
        ids = [volunteer.id for volunteer in volunteers]
        minutes = _minutes_by_volunteer(session, ids)
        languages: dict[str, list[str]] = {}
        if ids:
            for volunteer_id, tag in session.execute(
                select(VolunteerLanguage.volunteer_id, VolunteerLanguage.language).where(
                    VolunteerLanguage.volunteer_id.in_(ids),
                    VolunteerLanguage.deleted_at.is_(None),
                )
            ):
                languages.setdefault(volunteer_id, []).append(tag)
        rows = tuple(
            VolunteerRow(
                id=v.id,
                name=display_name(v.given_name, v.family_name),
                given_name=v.given_name,
                family_name=v.family_name,
                email=v.email,
                phone=v.phone,
                roles=tuple(v.roles),
                skills=tuple(v.skills),
                languages=tuple(sorted(languages.get(v.id, []))),
                active=v.active,
                minutes_total=minutes.get(v.id, 0),
                name_reading=v.name_reading,
            )
            for v in volunteers
        )
    return Page(rows, int(total or 0), query.offset, query.limit)


def get_volunteer(db: Database, volunteer_id: str) -> VolunteerDetail:
    with db.read() as session:
        volunteer = session.scalar(
            select(Volunteer)
            .where(Volunteer.id == volunteer_id)
            .options(selectinload(Volunteer.languages))
        )
        if volunteer is None or volunteer.deleted_at is not None:
            raise rows.missing("volunteer", volunteer_id)
        minutes = _minutes_by_volunteer(session, [volunteer.id]).get(volunteer.id, 0)
        return VolunteerDetail(
            id=volunteer.id,
            name=display_name(volunteer.given_name, volunteer.family_name),
            given_name=volunteer.given_name,
            family_name=volunteer.family_name,
            name_reading=volunteer.name_reading,
            email=volunteer.email,
            phone=volunteer.phone,
            languages=tuple(
                LanguageSkill(row.language, row.level)
                for row in sorted(volunteer.languages, key=lambda r: r.language)
                if row.deleted_at is None
            ),
            roles=tuple(volunteer.roles),
            skills=tuple(volunteer.skills),
            committees=tuple(volunteer.committees),
            contact_consent=volunteer.contact_consent,
            consent_date=volunteer.consent_date,
            emergency_contact_name=volunteer.emergency_contact_name,
            emergency_contact_phone=volunteer.emergency_contact_phone,
            active=volunteer.active,
            notes=volunteer.notes,
            minutes_total=minutes,
        )


def volunteer_form_values(db: Database, volunteer_id: str) -> dict[str, Any]:
    """The volunteer's values in the terms of VOLUNTEER_FORM, as an edit dialog starts from."""
    with db.read() as session:
        return form_values(VOLUNTEER_FORM, session, _get(session, volunteer_id))
