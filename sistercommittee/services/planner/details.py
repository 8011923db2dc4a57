"""The planning details of a participant (passport, languages, allergies, date of birth …) and of
a host family (languages, pets, the nights it can host, whom it takes in), declared as forms so
that the command line and the dialogs are built from the same fields."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sistercommittee.domain import HostFamily, HostFamilyDetails, Participant, ParticipantDetails
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.services import fields as f
from sistercommittee.services import organizations, rows
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.exchanges.common import _child
from sistercommittee.services.forms import (
    Field,
    FormContext,
    FormSpec,
    apply,
    current_values,
    long_text,
    plain,
    short_text,
    validate,
)
from sistercommittee.services.planner.common import host_details_id, participant_details_id
from sistercommittee.storage.database import Database

GENDERS = ("female", "male", "other")
GUEST_GENDERS = ("any", "female", "male")
OLDEST = 120  # years: a date of birth before this is a typing mistake


def _gender(raw: Any, label: str) -> str:
    value = f.text(raw, label, max_length=20).casefold()
    aliases = {
        "f": "female",
        "m": "male",
        "woman": "female",
        "man": "male",
        "girl": "female",
        "boy": "male",
        "x": "other",
        "diverse": "other",
        "non-binary": "other",
    }
    value = aliases.get(value, value)
    if value not in GENDERS:
        raise f.FieldProblem(msg("{label}: write female, male or other.", label=label))
    return value


def _guest_gender(raw: Any, label: str) -> str:
    value = f.text(raw, label, max_length=20).casefold()
    value = {"f": "female", "m": "male", "either": "any", "both": "any"}.get(value, value)
    if value not in GUEST_GENDERS:
        raise f.FieldProblem(msg("{label}: write any, female or male.", label=label))
    return value


def _languages(raw: Any, label: str) -> list[str]:
    return [f.language(item, label) for item in f.text_list(raw, label, max_length=35)]


def _birth_date(raw: Any, label: str) -> date:
    value = f.calendar_date(raw, label)
    today = date.today()
    if value > today:
        raise f.FieldProblem(msg("{label} is in the future: check the year.", label=label))
    if value < today - timedelta(days=366 * OLDEST):
        raise f.FieldProblem(msg(
            "{label} is more than {OLDEST} years ago: check the year.",
            label=label, OLDEST=OLDEST,
        ))
    return value


def _passport_number(raw: Any, label: str) -> str:
    value = f.text(raw, label, max_length=40).replace(" ", "").upper()
    if not value.isalnum() or not 5 <= len(value) <= 20:
        raise f.FieldProblem(
            msg(
                "{label} '{value}' does not look like a passport number (5 to 20 letters and "
                "digits).",
                label=label, value=value,
            )
        )
    return value


PARTICIPANT_DETAILS_FORM = FormSpec(
    noun="participant's details",
    fields=(
        Field(
            "date_of_birth",
            "Date of birth",
            plain(_birth_date),
            help="tells minors apart and their age on the first day",
        ),
        Field("gender", "Gender", plain(_gender), help="female, male or other; for homestays"),
        Field(
            "languages",
            "Languages",
            plain(_languages),
            many=True,
            help="languages the person speaks, such as ja, en (a volunteer's own are added)",
        ),
        Field(
            "allergies",
            "Allergies",
            long_text(1000),
            help="food and animal allergies, such as 'peanuts; cats'",
        ),
        Field("medical_notes", "Medical notes", long_text(2000)),
        Field(
            "passport_number",
            "Passport number",
            plain(_passport_number),
            help="only if the committee needs it; purged for minors after the trip",
        ),
        Field("passport_expires_on", "Passport valid until", plain(f.calendar_date)),
        Field("nationality", "Nationality", plain(f.country), help="the passport's country"),
        Field(
            "emergency_contact",
            "Emergency contact",
            short_text(300),
            help="who to call at home, with the number",
        ),
    ),
)


def _check_host(ctx: FormContext) -> dict[str, str]:
    first = ctx.values.get("available_from")
    last = ctx.values.get("available_to")
    if first is not None and last is not None and last <= first:
        return {"available_to": msg("The family's last day is not after its first night.")}
    return {}


HOST_DETAILS_FORM = FormSpec(
    noun="host family's details",
    fields=(
        Field(
            "languages", "Languages", plain(_languages), many=True, help="languages spoken at home"
        ),
        Field("pets", "Pets", short_text(200), help="such as 'a dog, two cats'; empty for none"),
        Field(
            "available_from",
            "Can host from",
            plain(f.calendar_date),
            help="the first night the family can take guests",
        ),
        Field(
            "available_to",
            "Can host until",
            plain(f.calendar_date),
            help="the day the last guest leaves",
        ),
        Field(
            "guest_gender",
            "Takes guests",
            plain(_guest_gender),
            default=lambda ctx: "any",
            help="any, female or male",
        ),
        Field("takes_minors", "Takes minors", plain(f.boolean), default=lambda ctx: True),
    ),
    check=_check_host,
)


@dataclass(frozen=True)
class DetailsForm:
    """A record's details as the form shows them, with whose they are."""

    record_id: str
    label: str
    values: dict[str, Any]


def _shown(spec: FormSpec, row: Any) -> dict[str, Any]:
    return {
        spec_field.name: (
            list(getattr(row, spec_field.name))
            if spec_field.many
            else getattr(row, spec_field.name)
        )
        if row is not None
        else ([] if spec_field.many else None)
        for spec_field in spec.fields
    }


def participant_details(db: Database, participant_id: str) -> DetailsForm:
    with db.read() as session:
        participant, _ = _child(session, Participant, participant_id, "participant")
        row = rows.is_live(session, ParticipantDetails, participant_details_id(participant.id))
        from sistercommittee.services.exchanges.common import _participant_name

        return DetailsForm(
            participant.id,
            _participant_name(session, participant),
            _shown(PARTICIPANT_DETAILS_FORM, row),
        )


def set_participant_details(
    db: Database, participant_id: str, values: Mapping[str, Any]
) -> Changes:
    """Record (or change) the given fields of a participant's planning details."""
    with db.write() as session:
        participant, exchange = _child(session, Participant, participant_id, "participant")
        row_id = participant_details_id(participant.id)
        row = session.get(ParticipantDetails, row_id)
        current = current_values(row) if row is not None and row.deleted_at is None else None
        parsed = validate(
            PARTICIPANT_DETAILS_FORM,
            values,
            organizations.defaults(session),
            current=current or {},
        )
        if row is None:
            row = ParticipantDetails(id=row_id, participant_id=participant.id, languages=[])
            session.add(row)
        elif row.deleted_at is not None:  # purged or cleared before: filled in again
            row.deleted_at = None
        apply(row, parsed)
        if parsed and row.purged_at is not None:
            row.purged_at = None
        session.flush()
        return Changes.of(Entity.EXCHANGES, ids=(participant.id, exchange.id))


def host_family_details(db: Database, host_family_id: str) -> DetailsForm:
    with db.read() as session:
        family, _ = _child(session, HostFamily, host_family_id, "host family")
        row = rows.is_live(session, HostFamilyDetails, host_details_id(family.id))
        values = _shown(HOST_DETAILS_FORM, row)
        if row is None:
            values["guest_gender"], values["takes_minors"] = "any", True
        return DetailsForm(family.id, family.family_name, values)


def set_host_family_details(
    db: Database, host_family_id: str, values: Mapping[str, Any]
) -> Changes:
    with db.write() as session:
        family, exchange = _child(session, HostFamily, host_family_id, "host family")
        row_id = host_details_id(family.id)
        row = session.get(HostFamilyDetails, row_id)
        live = row is not None and row.deleted_at is None
        current = current_values(row) if live else None
        parsed = validate(
            HOST_DETAILS_FORM, values, organizations.defaults(session), current=current
        )
        if live and row is not None:
            merged = {**current_values(row), **parsed}
            problems = _check_host(FormContext(organizations.defaults(session), merged))
            if problems:
                raise ValidationError(problems)
        if row is None:
            row = HostFamilyDetails(id=row_id, host_family_id=family.id, languages=[])
            session.add(row)
        row.deleted_at = None
        apply(row, parsed)
        session.flush()
        return Changes.of(Entity.EXCHANGES, ids=(family.id, exchange.id))
